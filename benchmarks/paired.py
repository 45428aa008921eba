"""Compare loading at another commit with loading here, in turn, on this machine.

    python benchmarks/paired.py REV [--rounds 3] [--cities 40]

A full run of ``run.py`` is one sample of a machine whose speed may change
within minutes; comparing two commits by two such runs compares two moments
as much as two codes.  This runs the same measure for ``REV`` (checked out in
a temporary git worktree) and for the working tree alternately, each time in
a fresh process, and prints each round's ratios to ``json.loads``.

The measure is each document's fastest of seven loads, summed, against each
document's fastest of seven ``json.loads``, taken in turn, so that a pause of
the machine during one call does not count.  It reads lower than ``run.py``'s
measure (the best of three passes over the corpus, a pass timed whole), whose
figures are the ones the goals name.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

MEASURE = """
import json, sys, time
sys.modules["msgspec"] = None  # without the fast extra, as load_vs_json_loads
sys.path.insert(0, {here!r})
import minsheng, corpus
corpus.CITIES = {cities}
documents = list(corpus.corpus())
kunming = (corpus.HERE.parent / "datasets" / "kunming" / "2025.json").read_bytes()
clock = time.perf_counter

def fastest(items, tries=7):
    json_total = minsheng_total = 0.0
    for item in items:
        json_best = minsheng_best = float("inf")
        for _ in range(tries):
            start = clock()
            json.loads(item)
            middle = clock()
            minsheng.loads(item)
            end = clock()
            json_best = min(json_best, middle - start)
            minsheng_best = min(minsheng_best, end - middle)
        json_total += json_best
        minsheng_total += minsheng_best
    return minsheng_total / json_total

for item in documents[:20]:
    minsheng.loads(item)
print(json.dumps({{"corpus": fastest(documents), "kunming": fastest([kunming] * 50)}}))
"""


def _measure(src: Path, cities: int) -> dict[str, float]:
    code = MEASURE.format(here=str(HERE), cities=cities)
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        sys.exit(f"the measure failed for {src}:\n{done.stderr}")
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> None:
    """Measure ``REV`` and the working tree in turn, and print each round's ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="the commit to compare with the working tree")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cities", type=int, default=40, help="cities of the corpus (337 in all)")
    args = parser.parse_args()
    git = shutil.which("git")
    if git is None:
        sys.exit("paired.py needs git, to check out REV beside the working tree")
    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / "tree"
        added = subprocess.run(
            [git, "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), args.rev],
            capture_output=True,
            text=True,
            check=False,
        )
        if added.returncode != 0:
            sys.exit(f"cannot check out {args.rev}: {added.stderr.strip()}")
        try:
            print(f"{'round':>5}  {'code':<12} {'corpus':>7} {'kunming':>8}")
            for round_ in range(1, args.rounds + 1):
                for name, src in ((args.rev[:12], tree / "src"), ("here", ROOT / "src")):
                    ratios = _measure(src, args.cities)
                    corpus, kunming = ratios["corpus"], ratios["kunming"]
                    print(f"{round_:>5}  {name:<12} {corpus:>7.2f} {kunming:>8.2f}")
        finally:
            subprocess.run(
                [git, "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True
            )


if __name__ == "__main__":
    main()
