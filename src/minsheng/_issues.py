"""The problems the semantic checks give: every code with its severity, and where.

:mod:`minsheng._semantic` checks each metric, :mod:`minsheng._program_checks`
the program as a whole; both give their problems through :func:`issue`, with
the severity that :data:`CODES` fixes for each code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping

from minsheng._errors import Problem, Severity, problem
from minsheng._i18n import Message, msg
from minsheng._model import Metric, Program

CODES: Mapping[str, Severity] = {
    "unit-mismatch": "error",
    "classifier-mismatch": "warning",
    "incomparable": "warning",
    "denominator-mismatch": "error",
    "denominator-wording": "warning",
    "equivalent-units": "error",
    "direction-comparator": "error",
    "direction-change": "error",
    "kind-unit": "error",
    "negative": "error",
    "share-over-100": "error",
    "target-beyond-baseline": "error",
    "stage-outcome": "error",
    "as-of-year": "error",
    "rounded-unmarked": "error",
    "consistency": "error",
    "phrase": "error",
    "progress-unit": "error",
    "evidence-words": "error",
    "span-length": "error",
    "evaluation-score": "error",
    "as-of-source": "warning",
    "evaluation-date": "error",
    "subject-en": "warning",
    "reported-phrase": "warning",
    "statement-target": "warning",
    "statement-per": "warning",
    "count-whole": "warning",
    "ballot": "error",
    "division-province": "error",
    "province-name": "warning",
    "outcome-copies-target": "warning",
    "evidence-copies-statement": "warning",
    "direction-words": "warning",
    "derivation": "error",
    "stage-ballot": "error",
    "as-of-vote": "warning",
    "as-of-stage": "warning",
    "categories": "error",
    "duplicate-title": "warning",
    "ballot-coverage": "warning",
    "evidence-phrase": "error",
    "evidence-figure": "error",
    "evidence-unsaid": "warning",
    "no-projects": "warning",
    "outcome-planned": "error",
    "provenance": "warning",
    "kind-figures": "error",
    "kind-evidence": "warning",
    "source-date": "error",
    "source-url": "warning",
    "evaluation-body": "warning",
    "text-form": "warning",
    "density-per": "error",
    "items": "error",
}
"""Every code the semantic checks give, with its severity."""


def issue(
    code: str,
    path: str,
    detail: Message,
    *,
    expected: Message | None = None,
    found: str | None = None,
) -> Problem:
    """A problem of ``code``, with the severity :data:`CODES` gives it."""
    return problem(code, path, detail, expected=expected, found=found, severity=CODES[code])


def metrics_of(program: Program) -> Iterator[tuple[str, Metric]]:
    """Every metric with its JSON path: the program's figures, then the projects'."""
    for f, figure in enumerate(program.figures):
        yield f"$.figures[{f}]", figure
    for p, project in enumerate(program.projects):
        for m, metric in enumerate(project.metrics):
            yield f"$.projects[{p}].metrics[{m}]", metric


def dated(code: str, path: str, detail: Message, date: dt.date, years: range) -> list[Problem]:
    """A date outside ``years`` (two of them) as a problem; none for a date within."""
    if date.year in years:
        return []
    expected = msg("a date in {first} or {last}", first=years[0], last=years[-1])
    return [issue(code, path, detail, expected=expected)]
