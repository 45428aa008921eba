"""What a person has reviewed: review markers, and warnings acknowledged.

:func:`minsheng.draft` writes a ``review`` entry on the program, a project or a
metric for every guess it is unsure of (a figure's role, a subject taken from
the words next to a figure, a category, a unit read from a noun).  Each entry
is a validation *warning* with the code ``review`` until a person removes it,
so ``minsheng validate --strict`` fails on a draft that nobody has reviewed.

The other way round, a metric's ``acknowledged`` names warnings a person has
reviewed and accepts (a source that words the target's denominator 常住人口
and the outcome's 人口): :func:`acknowledge` gives them the severity
``acknowledged``, which ``--strict`` passes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

import attrs

from minsheng._errors import Problem, problem
from minsheng._i18n import listing, msg
from minsheng._issues import CODES as CHECK_CODES
from minsheng._issues import metrics_of
from minsheng._model import Program
from minsheng._patterns import compiled

CODES = {"review": "warning", "acknowledged": "error", "acknowledged-unused": "warning"}
"""The codes of what a person reviewed, with their severity."""

ACKNOWLEDGEABLE = frozenset(
    code for code, severity in CHECK_CODES.items() if severity == "warning" and code != "text-form"
)
"""The warnings a metric may acknowledge: the semantic checks' (not ``review``: a
person removes the marker instead; nor ``text-form``: a spreadsheet formula in
the data is removed, never accepted)."""

METRIC_PATH = compiled(r"\$\.(?:projects\[([0-9]+)\]\.metrics|figures)\[([0-9]+)\]")
"""The path of the metric a problem's path lies in: group 1 its project (none for
the program's figures), group 2 its index."""


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


def acknowledge(program: Program, problems: list[Problem]) -> list[Problem]:
    """``problems`` with each warning a metric acknowledges marked so, then the entries' own.

    An entry acknowledges one warning of its code on its metric: where the
    metric has as many of them as entries that name the code, each is
    acknowledged; where it has more (one added since the review), none is,
    and the entries say so; where it has fewer, the entries left over say
    that they answer nothing.  An entry that names no warning a metric may
    acknowledge (an error's code, or one no check gives) is an error.
    """
    owners = {path: m.acknowledged for path, m in metrics_of(program) if m.acknowledged}
    if not owners:
        return problems
    keys = [_owner(found, owners) for found in problems]
    warned = Counter(key for key in keys if key is not None)
    named = {path: Counter(codes) for path, codes in owners.items()}
    marked = [
        found
        if key is None or warned[key] > named[key[0]][key[1]]
        else attrs.evolve(found, severity="acknowledged")
        for found, key in zip(problems, keys, strict=True)
    ]
    for path, codes in owners.items():
        seen: Counter[str] = Counter()
        for i, code in enumerate(codes):
            entry = f"{path}.acknowledged[{i}]"
            if code not in ACKNOWLEDGEABLE:
                marked.append(_unacknowledgeable(entry, code))
                continue
            seen[code] += 1
            have, entries = warned[path, code], named[path][code]
            if have < entries and seen[code] > have:
                detail = msg(
                    "the metric has no {code} warning left to acknowledge: remove the entry",
                    code=repr(code),
                )
            elif have > entries:
                detail = msg(
                    "the metric has {count} {code} warnings, more than the entries that"
                    " acknowledge them: none is acknowledged until each has its entry",
                    count=have,
                    code=repr(code),
                )
            else:
                continue
            marked.append(problem("acknowledged-unused", entry, detail, severity="warning"))
    return marked


def _owner(found: Problem, owners: Mapping[str, object]) -> tuple[str, str] | None:
    """The path of the metric among ``owners`` that may acknowledge ``found``, and its code."""
    if found.severity != "warning" or found.code not in ACKNOWLEDGEABLE:
        return None  # (an entry naming review or text-form is an error, and passes neither)
    at = METRIC_PATH.match(found.path)
    return None if at is None or at.group() not in owners else (at.group(), found.code)


def _unacknowledgeable(path: str, code: str) -> Problem:
    if CHECK_CODES.get(code) == "error":
        detail = msg("{code} is an error: only a warning may be acknowledged", code=repr(code))
    else:
        detail = msg("{code} is no warning a metric can acknowledge", code=repr(code))
    expected = msg("one of {choices}", choices=listing(sorted(ACKNOWLEDGEABLE)))
    return problem("acknowledged", path, detail, expected=expected, found=repr(code))
