"""Review markers: what a person must still confirm in a draft.

:func:`minsheng.draft` writes a ``review`` entry on the program, a project or a
metric for every guess it is unsure of (a figure's role, a subject taken from
the words next to a figure, a category, a unit read from a noun).  Each entry
is a validation *warning* with the code ``review`` until a person removes it,
so ``minsheng validate --strict`` fails on a draft that nobody has reviewed.
"""

from __future__ import annotations

from minsheng._errors import Problem, problem
from minsheng._i18n import msg
from minsheng._model import Program

CODES = {"review": "warning"}
"""The code the review check gives, with its severity."""


def review_problems(program: Program) -> list[Problem]:
    """One warning for each review marker left in ``program``."""
    owners: list[tuple[str, tuple[str, ...]]] = [("$", program.review)]
    for p, project in enumerate(program.projects):
        owners.append((f"$.projects[{p}]", project.review))
        owners += [
            (f"$.projects[{p}].metrics[{m}]", metric.review)
            for m, metric in enumerate(project.metrics)
        ]
    owners += [(f"$.figures[{m}]", metric.review) for m, metric in enumerate(program.figures)]
    return [
        problem(
            "review",
            f"{path}.review[{i}]",
            msg("a person must confirm this, then remove the marker: {what}", what=what),
            severity="warning",
        )
        for path, entries in owners
        for i, what in enumerate(entries)
    ]
