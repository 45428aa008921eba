"""Compare loading at another commit with loading here, in turn, on this machine.

    python benchmarks/paired.py REV [--rounds 3] [--cities 40] [--fast]

A full run of ``run.py`` is one sample of a machine whose speed may change
within minutes; comparing two commits by two such runs compares two moments
as much as two codes.  This runs the same measure for ``REV`` (checked out in
a temporary git worktree) and for the working tree alternately, each time in
a fresh process, and prints each round's ratios to ``json.loads``.  Both read
the same documents: the corpus is generated once, by the working tree's code.

The measure is each document's fastest of seven loads, summed, against each
document's fastest of seven ``json.loads``, taken in turn, so that a pause of
the machine during one call does not count.  It reads about a tenth lower
than ``run.py``'s measure (chunks of documents timed whole), whose figures
are the ones the goals name.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# Run with -P, in an empty folder: only PYTHONPATH says which minsheng is measured.
CORPUS = """
import pickle, sys
sys.path.insert(0, {here!r})
import corpus
corpus.CITIES = {cities}
with open({out!r}, "wb") as out:
    pickle.dump(list(corpus.corpus()), out)
"""

MEASURE = """
import json, pickle, sys, time
if not {fast}:
    sys.modules["msgspec"] = None  # without the fast extra, as load_vs_json_loads
import minsheng
if {fast}:  # with it from the first file, as load_fast_vs_json_loads
    import msgspec
    try:  # where the fast path lives (minsheng._json until 2026-12-01)
        from minsheng import _settle as fast_path
    except ImportError:
        from minsheng import _json as fast_path
    fast_path.FAST_DECODER_AFTER = 0
with open({documents!r}, "rb") as given:
    documents = pickle.load(given)
with open({kunming!r}, "rb") as given:
    kunming = given.read()
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
print(json.dumps({{"corpus": fastest(documents), "kunming": fastest([kunming] * 50),
                  "file": minsheng.__file__}}))
"""


def _python(code: str, src: Path, folder: Path) -> str:
    """Run ``code`` in a fresh interpreter that imports minsheng from ``src``; its output."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, "-P", "-c", code],
        env=env,
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.exit(f"the measure failed for {src}:\n{done.stderr}")
    return done.stdout


def _measure(src: Path, documents: Path, folder: Path, *, fast: bool) -> dict[str, float]:
    kunming = ROOT / "datasets" / "kunming" / "2025.json"
    code = MEASURE.format(documents=str(documents), kunming=str(kunming), fast=fast)
    result = json.loads(_python(code, src, folder).splitlines()[-1])
    if not Path(result.pop("file")).is_relative_to(src):  # measured the wrong code
        sys.exit(f"the measure for {src} imported minsheng from elsewhere")
    return result


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def main() -> None:
    """Measure ``REV`` and the working tree in turn, and print each round's ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="the commit to compare with the working tree")
    parser.add_argument("--rounds", type=_positive, default=3)
    parser.add_argument(
        "--cities", type=_positive, default=40, help="cities of the corpus (337 in all)"
    )
    parser.add_argument(
        "--fast", action="store_true", help="with the fast extra (msgspec), which must be installed"
    )
    args = parser.parse_args()
    git = shutil.which("git")
    if git is None:
        sys.exit("paired.py needs git, to check out REV beside the working tree")
    # A SIGTERM ends the process through the finally below, which removes the worktree.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        tree = folder / "tree"
        added = subprocess.run(
            [git, "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), args.rev],
            capture_output=True,
            text=True,
            check=False,
        )
        if added.returncode != 0:
            sys.exit(f"cannot check out {args.rev}: {added.stderr.strip()}")
        try:
            documents = folder / "corpus.pickle"
            code = CORPUS.format(here=str(HERE), cities=args.cities, out=str(documents))
            _python(code, ROOT / "src", folder)
            sides = [(args.rev[:12], tree / "src"), ("here", ROOT / "src")]
            print(f"{'round':>5}  {'code':<12} {'corpus':>7} {'kunming':>8}")
            for round_ in range(1, args.rounds + 1):
                # each side first in every other round, so that a drift favours neither
                for name, src in sides if round_ % 2 else sides[::-1]:
                    ratios = _measure(src, documents, folder, fast=args.fast)
                    corpus, kunming = ratios["corpus"], ratios["kunming"]
                    print(f"{round_:>5}  {name:<12} {corpus:>7.2f} {kunming:>8.2f}")
        finally:
            removed = subprocess.run(
                [git, "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                capture_output=True,
                text=True,
                check=False,
            )
            if removed.returncode != 0:
                print(f"could not remove the worktree {tree}: {removed.stderr.strip()}")


if __name__ == "__main__":
    main()
