"""Checks a structured program against itself.

Loading runs :func:`reference_problems`: names are unique, references resolve,
units are registered and ballot ranks run 1..n.  ``minsheng validate`` also runs
:func:`consistency_problems` (baseline + increment = level, components sum) and
:func:`phrase_problems` (every figure agrees with the phrase it was read from).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from decimal import Decimal

import attrs

from minsheng._errors import ParseError, Problem, problem
from minsheng._i18n import Message, msg
from minsheng._model import Direction, Measure, Metric, Program, RankingMethod
from minsheng._parse import parse_quantity
from minsheng._quantity import Approximation, Comparator, Per, Quantity
from minsheng._units import UNITS


def metric_paths(program: Program) -> Iterator[tuple[str, Metric]]:
    """Yield each metric with its JSON path: the program's figures, then the projects'."""
    for f, figure in enumerate(program.figures):
        yield f"$.figures[{f}]", figure
    for p, project in enumerate(program.projects):
        for m, metric in enumerate(project.metrics):
            yield f"$.projects[{p}].metrics[{m}]", metric


_SINGLE_ROLES = ("target", "actual", "estimate", "progress")


def quantity_paths(program: Program) -> Iterator[tuple[str, Quantity]]:
    """Yield every quantity in the program with its JSON path."""
    for path, metric in metric_paths(program):
        for name in _SINGLE_ROLES:
            quantity = getattr(metric, name)
            if quantity is not None:
                yield f"{path}.{name}", quantity
        for name in ("baselines", "alternatives"):
            for i, quantity in enumerate(getattr(metric, name)):
                yield f"{path}.{name}[{i}]", quantity
        for c, component in enumerate(metric.components):
            for name in ("target", "actual"):
                quantity = getattr(component, name)
                if quantity is not None:
                    yield f"{path}.components[{c}].{name}", quantity


def _duplicates(values: list[object]) -> set[object]:
    return {value for value, count in Counter(values).items() if count > 1}


def _metric_list_problems(path: str, metrics: tuple[Metric, ...]) -> list[Problem]:
    """Metric ids repeat nowhere in one list, and increments name a metric of the list."""
    problems = []
    ids = [m.id for m in metrics]
    for dup in _duplicates(list(ids)):
        problems.append(problem("reference", path, msg("metric id {id} repeats", id=repr(dup))))
    by_id = {m.id: m for m in metrics}
    for m, metric in enumerate(metrics):
        if metric.increment is None:
            continue
        other = by_id.get(metric.increment)
        if other is None:
            problems.append(
                problem(
                    "reference",
                    f"{path}[{m}].increment",
                    msg("no such metric in this project"),
                    expected=msg("one of {choices}", choices=", ".join(ids)),
                    found=repr(metric.increment),
                )
            )
        elif metric.measure is not Measure.LEVEL or other.measure is not (Measure.INCREMENT):
            problems.append(
                problem(
                    "reference",
                    f"{path}[{m}].increment",
                    msg("only a level metric can name its increment metric"),
                    expected=msg(
                        "measure {here} here and {there} there",
                        here='"level"',
                        there='"increment"',
                    ),
                )
            )
    return problems


def _unit_declaration_problems(program: Program) -> list[Problem]:
    """A program's own units neither repeat nor redefine the library's."""
    problems = []
    for dup in _duplicates([unit.symbol for unit in program.units]):
        problems.append(problem("reference", "$.units", msg("unit {unit} repeats", unit=dup)))
    for u, unit in enumerate(program.units):
        if unit.symbol in UNITS:
            problems.append(
                problem(
                    "reference",
                    f"$.units[{u}].symbol",
                    msg("{unit} is a library unit; a dataset may only add units", unit=unit.symbol),
                )
            )
    return problems


def reference_problems(program: Program) -> list[Problem]:
    """Return what makes the program refer to things it does not have."""
    problems: list[Problem] = _unit_declaration_problems(program)
    source_ids = [s.id for s in program.sources]
    for dup in _duplicates(list(source_ids)):
        problems.append(
            problem("reference", "$.sources", msg("source id {id} repeats", id=repr(dup)))
        )
    numbers = [p.number for p in program.projects if p.number is not None]
    for dup in _duplicates(list(numbers)):
        problems.append(
            problem("reference", "$.projects", msg("project number {number} repeats", number=dup))
        )
    areas = [area.number for area in program.areas]
    for dup in _duplicates(list(areas)):
        problems.append(
            problem("reference", "$.areas", msg("area number {number} repeats", number=dup))
        )
    problems += _metric_list_problems("$.figures", program.figures)
    for p, project in enumerate(program.projects):
        problems += _metric_list_problems(f"$.projects[{p}].metrics", project.metrics)
        if project.area is not None and project.area not in areas:
            problems.append(
                problem(
                    "reference",
                    f"$.projects[{p}].area",
                    msg("no such area"),
                    expected=msg("one of {choices}", choices=", ".join(map(str, areas)) or "—"),
                    found=str(project.area),
                )
            )
    table = program.unit_table
    for path, owner in (
        ("$.ballot", program.ballot),
        ("$.evaluation", program.evaluation),
    ):
        if owner is not None and owner.source is not None:
            problems.extend(_source_problem(owner.source, source_ids, path))
    for path, metric in metric_paths(program):
        if metric.evidence is not None and metric.evidence.source is not None:
            problems.extend(_source_problem(metric.evidence.source, source_ids, f"{path}.evidence"))
        for i, symbol in enumerate(metric.equivalent_units):
            if symbol not in table:
                problems.append(_unregistered(f"{path}.equivalent_units[{i}]", symbol))
    for path, quantity in quantity_paths(program):
        if quantity.source is not None:
            problems.extend(_source_problem(quantity.source, source_ids, path))
        if quantity.unit is None:
            problems.append(
                problem("missing", f"{path}.unit", msg("a dataset figure needs a unit"))
            )
        units = [(f"{path}.unit", quantity.unit)] + [
            (f"{path}.per[{i}].unit", per.unit)
            for i, per in enumerate(quantity.per)
            if per.unit is not None
        ]
        for unit_path, unit in units:
            if unit is not None and unit not in table:
                problems.append(_unregistered(unit_path, unit))
    problems.extend(_ballot_problems(program, set(numbers)))
    return problems


def _unregistered(path: str, unit: str) -> Problem:
    return problem(
        "reference",
        path,
        msg("unit is not registered"),
        expected=msg(
            "a unit from {registry} or the dataset's own units", registry="minsheng.UNITS"
        ),
        found=repr(unit),
    )


def _source_problem(source: str, source_ids: list[str], path: str) -> list[Problem]:
    if source in source_ids:
        return []
    return [
        problem(
            "reference",
            f"{path}.source",
            msg("no such source"),
            expected=msg("one of {choices}", choices=", ".join(source_ids)),
            found=repr(source),
        )
    ]


def _ballot_problems(program: Program, numbers: set[int]) -> list[Problem]:
    ballot = program.ballot
    if ballot is None or not ballot.entries:
        return []
    problems = []
    ranks = sorted(entry.rank for entry in ballot.entries)
    if ranks != list(range(1, len(ranks) + 1)):
        problems.append(
            problem(
                "consistency",
                "$.ballot.entries",
                msg("ranks must run 1..n without gaps or repeats"),
                found=", ".join(map(str, ranks)),
            )
        )
    for dup in _duplicates([entry.project for entry in ballot.entries]):
        problems.append(
            problem(
                "reference", "$.ballot.entries", msg("project {number} is ranked twice", number=dup)
            )
        )
    for e, entry in enumerate(ballot.entries):
        path = f"$.ballot.entries[{e}]"
        if entry.project not in numbers:
            problems.append(
                problem(
                    "reference",
                    f"{path}.project",
                    msg("no such project"),
                    found=str(entry.project),
                )
            )
        if entry.votes is not None and not ballot.counts_published:
            problems.append(
                problem(
                    "consistency",
                    f"{path}.votes",
                    msg("a vote count is given but counts_published is false"),
                )
            )
    if ballot.method is RankingMethod.VOTES_DESCENDING:
        ordered = sorted(ballot.entries, key=lambda entry: entry.rank)
        votes = [entry.votes for entry in ordered if entry.votes is not None]
        if votes != sorted(votes, reverse=True):
            problems.append(
                problem(
                    "consistency",
                    "$.ballot.entries",
                    msg("ranked by votes, but the vote counts do not fall with rank"),
                )
            )
    return problems


def _exact(quantity: Quantity | None) -> Decimal | None:
    if quantity is None or quantity.approximation is not Approximation.EXACT:
        return None
    return quantity.value


def consistency_problems(program: Program) -> list[Problem]:
    """Return the arithmetic the program's own figures fail.

    Only exact figures are checked: 5100余 sums with nothing.
    """
    problems: list[Problem] = []
    for p, project in enumerate(program.projects):
        by_id = {m.id: m for m in project.metrics}
        for m, metric in enumerate(project.metrics):
            path = f"$.projects[{p}].metrics[{m}]"
            increment = by_id.get(metric.increment or "")
            baseline = _exact(metric.baseline)
            if increment is not None and baseline is not None:
                for name in ("target", "actual"):
                    level = _exact(getattr(metric, name))
                    change = _exact(getattr(increment, name))
                    if level is not None and change is not None and baseline + change != level:
                        problems.append(
                            problem(
                                "consistency",
                                f"{path}.{name}",
                                msg(
                                    "baseline {baseline} + increment {change} ({increment})"
                                    " is not the level {level}",
                                    baseline=baseline,
                                    change=change,
                                    increment=increment.id,
                                    level=level,
                                ),
                            )
                        )
            for name in ("target", "actual"):
                whole = _exact(getattr(metric, name))
                parts = [_exact(getattr(c, name)) for c in metric.components]
                if whole is None or not parts or None in parts:
                    continue
                total = sum((part for part in parts if part is not None), Decimal(0))
                if total != whole:
                    problems.append(
                        problem(
                            "consistency",
                            f"{path}.{name}",
                            msg("components sum to {total}, not {whole}", total=total, whole=whole),
                        )
                    )
    return problems


_READINGS = (Approximation.EXACT, Approximation.ROUNDED)


def phrase_disagreements(quantity: Quantity, implied: Comparator | None = None) -> list[Message]:
    """Return how ``quantity`` disagrees with its own phrase; empty if it agrees.

    Whether a plain figure is exact or rounded is the dataset's reading, not the
    phrase's: 2.6万 may be either.  ``implied`` is the comparator that a bare
    target already means (``>=`` where higher is better): a dataset may state
    it where a word outside the phrase gives it (确保 at the head of a list).
    Everything else must match.
    """
    if quantity.phrase is None:
        return []
    try:
        parsed = parse_quantity(quantity.phrase)
    except ParseError as exc:
        return [
            msg(
                "the phrase cannot be read: {reason} at position {position}",
                reason=exc.reason_detail,
                position=exc.position,
            )
        ]
    found = []
    pairs: list[tuple[str, object, object]] = [
        ("value", quantity.value, parsed.value),
        ("multiplier", quantity.multiplier, parsed.multiplier),
        ("decimals", quantity.decimals, parsed.decimals),
        (
            "comparator",
            quantity.comparator,
            implied
            if parsed.comparator is None and quantity.comparator == implied
            else parsed.comparator,
        ),
        ("per", _denominators(quantity), _denominators(parsed)),
    ]
    if parsed.unit is not None:
        pairs.append(("unit", quantity.unit, parsed.unit))
    if not (quantity.approximation in _READINGS and parsed.approximation in _READINGS):
        pairs.append(("approximation", quantity.approximation, parsed.approximation))
    for name, mine, theirs in pairs:
        if mine != theirs:
            found.append(
                msg(
                    "{field} is {mine} but the phrase says {theirs}",
                    field=name,
                    mine=_show(mine),
                    theirs=_show(theirs),
                )
            )
    return found


def _denominators(quantity: Quantity) -> tuple[Per, ...]:
    """The denominators as a phrase can say them: without a dataset's English names."""
    return tuple(attrs.evolve(per, en=None) for per in quantity.per)


def _show(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, str):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, tuple):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    value_of = getattr(value, "value", None)
    return str(value_of) if isinstance(value_of, str) else repr(value)


def _implied(metric: Metric) -> Comparator | None:
    """The comparator a bare numeric target of ``metric`` already means."""
    if metric.direction is None:
        return None
    return Comparator.AT_MOST if metric.direction is Direction.LOWER else Comparator.AT_LEAST


def phrase_problems(program: Program) -> list[Problem]:
    """Return every figure that disagrees with the phrase it was read from."""
    implied = {f"{path}.target": _implied(metric) for path, metric in metric_paths(program)}
    return [
        problem(
            "phrase",
            path,
            msg("{message} ({phrase})", message=message, phrase=repr(quantity.phrase)),
        )
        for path, quantity in quantity_paths(program)
        for message in phrase_disagreements(quantity, implied.get(path))
    ]


def check(program: Program) -> tuple[Problem, ...]:
    """Return every problem of a program: references, arithmetic and phrases.

    Loading already rejects broken references; ``check`` also verifies that
    baseline + increment = level, that components sum to their total, and that
    every figure agrees with the phrase it was read from.

    >>> import minsheng
    >>> minsheng.check(minsheng.load("kunming", 2025))
    ()
    """
    return tuple(
        reference_problems(program) + consistency_problems(program) + phrase_problems(program)
    )
