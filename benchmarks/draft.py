"""Measure minsheng.draft against a dataset transcribed by hand.

    python benchmarks/draft.py [SOURCE.txt] [CITY/YEAR]

By default it drafts Kunming 2025 from ../shared/sources/kunming-daily-2026-02-03.txt
(beside the checkout) and compares the draft with the shipped kunming/2025.
It prints a table, then one JSON line.

The shipped dataset records phrases, not spans, so each shipped figure is
first placed in the source: its phrase is looked for in its project's part of
the text (from the project's title to the next one's), before the outcome
marker (完成情况) for a target or baseline, after it for an outcome; the
first occurrence not yet taken by another shipped figure is its span.  A
shipped figure is *found* when a figure of the draft overlaps that span and
has the same value.  For the figures found:

- attribution: the draft puts it under the project with the shipped number;
- role: target (with baselines and component targets), actual (with
  alternatives and component actuals) or estimate, as shipped;
- unit, multiplier, decimals and approximation: equal to the shipped ones.

Pairing: of the shipped metrics with a target and an outcome both placed,
how many the draft pairs the same (one drafted metric whose target and
outcome overlap them); and how many drafted pairs put an outcome with a
shipped target that the shipped data does not pair it with.  Only a metric's
own target and outcome count, not its components' (a component outcome the
draft pairs with the metric's target is not counted either way).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import minsheng
from minsheng._check import quantity_paths

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "sources" / "kunming-daily-2026-02-03.txt"
GOALS = {"recall": 0.98, "attribution": 0.95, "role": 0.90, "unit": 1.0}
_PROJECT = re.compile(r"\$\.projects\[(\d+)\]")
_OUTCOME = re.compile(r"完成情况|進展情況|完成情況|进展情况")
FIELDS = ("unit", "multiplier", "decimals", "approximation")


def role_of(path: str) -> str:
    """The role of the quantity at ``path``: target, actual or estimate."""
    last = path.rsplit(".", 1)[-1]
    if last.startswith(("actual", "alternatives")):
        return "actual"
    if last.startswith("estimate"):
        return "estimate"
    if last.startswith("progress"):
        return "progress"
    return "target"


def figures(program: minsheng.Program) -> Iterator[tuple[int | None, str, minsheng.Quantity]]:
    """Each phrased quantity with its project's number and its role."""
    for path, quantity in quantity_paths(program):
        if quantity.phrase is None:
            continue
        match = _PROJECT.match(path)
        number = None if match is None else program.projects[int(match.group(1))].number
        yield number, role_of(path), quantity


def gold(
    text: str, shipped: minsheng.Program
) -> list[tuple[int | None, str, minsheng.Quantity, tuple[int, int] | None]]:
    """The shipped figures, each placed at its span in ``text`` (None where it is not)."""
    starts = []
    for project in shipped.projects:
        title = project.title.zh if project.title else None
        starts.append(text.find(title) if title else -1)
    taken: set[tuple[int, int]] = set()
    placed = []
    for number, role, quantity in figures(shipped):
        index = next(i for i, p in enumerate(shipped.projects) if p.number == number)
        a = starts[index]
        later = [s for s in starts if s > a]
        b = min(later) if later else len(text)
        marker = _OUTCOME.search(text, a, b)
        cut = b if marker is None else marker.start()
        lo, hi = (a, cut) if role == "target" else (cut, b)
        phrase = quantity.phrase or ""
        span = None
        at = text.find(phrase, lo, hi)
        while at >= 0:
            if (at, at + len(phrase)) not in taken:
                span = (at, at + len(phrase))
                taken.add(span)
                break
            at = text.find(phrase, at + 1, hi)
        placed.append((number, role, quantity, span))
    return placed


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _span(quantity: minsheng.Quantity | None) -> tuple[int, int] | None:
    if quantity is None or quantity.span is None:
        return None
    return quantity.span.start, quantity.span.end


def pairing(text: str, shipped: minsheng.Program, drafted: minsheng.Program) -> dict[str, int]:
    """Shipped target-outcome pairs the draft pairs alike, and drafted pairs that are wrong."""
    spans = {id(q): span for _, _, q, span in gold(text, shipped)}
    pairs = [  # a target with its outcome's span; none where it has none
        (spans.get(id(m.target)), spans.get(id(m.actual)) if m.actual is not None else None)
        for project in shipped.projects
        for m in project.metrics
        if m.target is not None
        and m.target.phrase
        # an outcome that cannot be placed in the text says nothing of the pairing
        and (m.actual is None or spans.get(id(m.actual)) is not None)
    ]
    drafted_pairs = [
        (_span(m.target), _span(m.actual))
        for project in drafted.projects
        for m in project.metrics
        if m.target is not None and m.actual is not None
    ]
    both = [(t, a) for t, a in pairs if t is not None and a is not None]
    same = sum(
        any(_overlaps(t, dt) and _overlaps(a, da) for dt, da in drafted_pairs) for t, a in both
    )
    wrong = sum(
        any(_overlaps(t, dt) and not _overlaps(a, da) for t, a in pairs if t is not None)
        for dt, da in drafted_pairs
    )
    return {"shipped_pairs": len(both), "same_pairs": same, "wrong_pairs": wrong}


def measure(text: str, shipped: minsheng.Program) -> dict[str, Any]:
    """Draft from ``text`` and compare the draft with ``shipped``."""
    drafted = minsheng.draft(
        text, city=shipped.jurisdiction, year=shipped.year, stage=shipped.stage
    )
    mine = [(n, r, q) for n, r, q in figures(drafted) if q.span is not None]
    counts = {"shipped": 0, "placed": 0, "found": 0, "exact_span": 0, "attribution": 0, "role": 0}
    counts.update(dict.fromkeys(FIELDS, 0))
    missed = []
    for number, role, quantity, span in gold(text, shipped):
        counts["shipped"] += 1
        if span is None:
            missed.append(f"{quantity.phrase} (not placed in the source)")
            continue
        counts["placed"] += 1
        hits = [
            (n, r, q)
            for n, r, q in mine
            if q.span is not None
            and q.span.start < span[1]
            and span[0] < q.span.end
            and q.value == quantity.value
        ]
        if not hits:
            missed.append(f"{quantity.phrase} at {span[0]}-{span[1]}")
            continue
        n, r, q = hits[0]
        counts["found"] += 1
        counts["exact_span"] += q.span is not None and (q.span.start, q.span.end) == span
        counts["attribution"] += n == number
        counts["role"] += r == role
        for name in FIELDS:
            counts[name] += getattr(q, name) == getattr(quantity, name)
    found = counts["found"] or 1
    rates = {
        "recall": counts["found"] / counts["shipped"],
        "attribution": counts["attribution"] / found,
        "role": counts["role"] / found,
        **{name: counts[name] / found for name in FIELDS},
    }
    took = []
    for _ in range(5):
        start = time.perf_counter()
        minsheng.draft(text, city=shipped.jurisdiction, year=shipped.year, stage=shipped.stage)
        took.append(time.perf_counter() - start)
    review = sum(1 for p in minsheng.check(drafted) if p.code == "review")
    errors = [p.describe() for p in minsheng.check(drafted) if p.severity == "error"]
    return {
        "counts": counts,
        "rates": rates,
        "pairing": pairing(text, shipped, drafted),
        "missed": missed,
        "draft_figures": len(mine),
        "review_markers": review,
        "errors": errors,
        "draft_ms": round(min(took) * 1000, 1),
        "characters": len(text),
    }


def main(argv: list[str]) -> int:
    """Print the measurements as a table, then as one JSON line."""
    source = Path(argv[0]) if argv else SOURCE
    city, _, year = (argv[1] if len(argv) > 1 else "kunming/2025").partition("/")
    if not source.is_file():
        print(f"no source at {source}: nothing to measure", file=sys.stderr)
        return 2
    result = measure(source.read_text(encoding="utf-8"), minsheng.load(city, int(year)))
    c = result["counts"]
    print(f"shipped figures with a phrase: {c['shipped']} (placed in the source: {c['placed']})")
    print(f"figures in the draft:          {result['draft_figures']}")
    for name, rate in result["rates"].items():
        goal = GOALS.get(name, GOALS["unit"])
        mark = "ok" if rate >= goal else "below goal"
        print(f"{name:<14} {rate:7.1%}  goal {goal:.0%}  {mark}")
    print(f"exact spans:   {c['exact_span']} of {c['found']} found")
    p = result["pairing"]
    print(
        f"pairing:       {p['same_pairs']} of {p['shipped_pairs']} shipped target-outcome pairs"
        f" paired alike; {p['wrong_pairs']} drafted pairs wrong"
    )
    print(f"review markers: {result['review_markers']}; errors: {len(result['errors'])}")
    print(
        f"draft time:    {result['draft_ms']} ms for {result['characters']} characters (best of 5)"
    )
    for line in result["missed"]:
        print(f"missed: {line}")
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
