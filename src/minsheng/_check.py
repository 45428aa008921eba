"""Checks a structured program against itself.

Loading runs :func:`reference_problems`: names are unique, references resolve,
units are registered and ballot ranks run 1..n.  :func:`check`, which
``minsheng validate`` runs, adds the semantic checks of
:mod:`minsheng._semantic`, which visit every metric once.
"""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Collection, Iterator

from minsheng._context import own_context
from minsheng._errors import Problem, expect, problem
from minsheng._i18n import listing, msg
from minsheng._issues import metrics_of as metric_paths
from minsheng._model import Measure, Metric, Program
from minsheng._quantity import Quantity
from minsheng._record import RankingMethod
from minsheng._review import acknowledge, review_problems
from minsheng._semantic import walk
from minsheng._units import LIBRARY_UNITS, UNITS

# Where a metric holds figures: one each, several each, and in each component.
# quantity_paths and the quick reference test both read them from here.
_SINGLE_ROLES = ("target", "actual", "estimate", "progress")
_MANY_ROLES = ("baselines", "alternatives")
_COMPONENT_ROLES = ("target", "actual")
_singles = operator.attrgetter(*_SINGLE_ROLES)
_manies = operator.attrgetter(*_MANY_ROLES)
_component_figures = operator.attrgetter(*_COMPONENT_ROLES)


def quantity_paths(program: Program) -> Iterator[tuple[str, Quantity]]:
    """Yield every quantity in the program with its JSON path."""
    for path, metric in metric_paths(program):
        for name in _SINGLE_ROLES:
            quantity = getattr(metric, name)
            if quantity is not None:
                yield f"{path}.{name}", quantity
        for name in _MANY_ROLES:
            for i, quantity in enumerate(getattr(metric, name)):
                yield f"{path}.{name}[{i}]", quantity
        for c, component in enumerate(metric.components):
            for name in _COMPONENT_ROLES:
                quantity = getattr(component, name)
                if quantity is not None:
                    yield f"{path}.components[{c}].{name}", quantity


def _duplicates(values: list[object]) -> set[object]:
    if len(set(values)) == len(values):  # the common case, without counting
        return set()
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
                    expected=msg("one of {choices}", choices=listing(ids)),
                    found=repr(metric.increment),
                )
            )
        elif other is metric:  # a level that names itself as its own increment
            problems.append(
                problem(
                    "reference",
                    f"{path}[{m}].increment",
                    msg("a metric cannot be its own increment"),
                    expected=msg(
                        "the id of another metric, with measure {there}", there='"increment"'
                    ),
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


def _unique(values: list[object]) -> bool:
    return len(set(values)) == len(values)


def _metrics_hold(
    metrics: tuple[Metric, ...], source_ids: set[str], symbols: frozenset[str], *, figures: bool
) -> bool:
    """Whether a list of metrics passes every check that reference_problems makes of it.

    That is: :func:`_metric_list_problems`, and the loops over metrics and,
    unless ``figures`` is false (the caller has tested them), their figures.
    """
    ids = {metric.id for metric in metrics}
    if len(ids) != len(metrics):
        return False
    for metric in metrics:
        if metric.increment is not None and not _increment_holds(metric, metrics):
            return False
        evidence = metric.evidence
        if evidence is not None and evidence.source not in (None, *source_ids):
            return False
        if metric.equivalent_units and not symbols.issuperset(metric.equivalent_units):
            return False
        if figures and not _figures_hold(metric, source_ids, symbols):
            return False
    return True


def metric_figures(metric: Metric) -> tuple[Quantity | None, ...]:
    """Every figure of ``metric`` in :func:`quantity_paths`' order; ``None`` for a role unset."""
    figures = _singles(metric) + sum(_manies(metric), ())
    for component in metric.components:
        figures += _component_figures(component)
    return figures


def _figures_hold(metric: Metric, source_ids: set[str], symbols: frozenset[str]) -> bool:
    """Whether every figure of ``metric`` names a known unit, and a known source if any."""
    for quantity in metric_figures(metric):
        if quantity is None:
            continue
        if quantity.unit not in symbols:  # None is not among them either
            return False
        if quantity.source is not None and quantity.source not in source_ids:
            return False
        for per in quantity.per:
            if per.unit is not None and per.unit not in symbols:
                return False
    return True


def _increment_holds(metric: Metric, metrics: tuple[Metric, ...]) -> bool:
    other = next((m for m in metrics if m.id == metric.increment), None)
    return (
        other is not None and metric.measure is Measure.LEVEL and other.measure is Measure.INCREMENT
    )


def references_hold(
    program: Program, figures: tuple[set[str | None], set[str]] | None = None
) -> bool:
    """Whether :func:`reference_problems` has nothing to say: a quick test without paths.

    Valid programs are the common case, and building the JSON path of every
    figure only to find nothing wrong would cost loading a third of its time.
    Each test here mirrors one of :func:`reference_problems`; where any fails,
    that function finds out what and where.  ``figures`` are the units of
    every figure and denominator and the sources that figures name, where
    the builders of :mod:`minsheng._build` collected them; without them, the
    figures are visited here.
    """
    source_ids = {source.id for source in program.sources}
    numbers = [project.number for project in program.projects if project.number is not None]
    areas = {area.number for area in program.areas}
    symbols = LIBRARY_UNITS
    if program.units:
        declared = [unit.symbol for unit in program.units]
        if len(set(declared)) != len(declared) or not LIBRARY_UNITS.isdisjoint(declared):
            return False
        symbols = LIBRARY_UNITS.union(declared)
    if figures is not None:
        units, named = figures
        if not (symbols.issuperset(units) and source_ids.issuperset(named)):
            return False
    visit = figures is None
    projects = program.projects
    return (
        len(source_ids) == len(program.sources)
        and _unique(numbers)  # type: ignore[arg-type]
        and len(areas) == len(program.areas)
        and all(p.area is None or p.area in areas for p in projects)
        and all(
            owner is None or owner.source is None or owner.source in source_ids
            for owner in (program.ballot, program.evaluation)
        )
        and _metrics_hold(program.figures, source_ids, symbols, figures=visit)
        and all(_metrics_hold(p.metrics, source_ids, symbols, figures=visit) for p in projects)
        and (program.ballot is None or not _ballot_problems(program, set(numbers)))
    )


def reference_problems(program: Program) -> list[Problem]:
    """Return what makes the program refer to things it does not have."""
    return [] if references_hold(program) else _reference_problems(program)


def _reference_problems(program: Program) -> list[Problem]:
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
                    expected=msg("one of {choices}", choices=listing(areas) if areas else "—"),
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
                problems.append(_unregistered(unit_path, unit, table))
    problems.extend(_ballot_problems(program, set(numbers)))
    return problems


_MAGNITUDES = {"十": 1, "百": 2, "千": 3, "万": 4, "亿": 8}


def _unregistered(path: str, unit: str, table: Collection[str] = ()) -> Problem:
    power = _MAGNITUDES.get(unit[:1])
    if power is not None and unit[1:] in table:
        # a newcomer's 万元: the magnitude belongs in the figure, not the unit
        expected = msg(
            "{base} with multiplier {power}: {unit} is a magnitude and a unit",
            base=unit[1:],
            power=power,
            unit=unit,
        )
    else:
        expected = msg(
            "a unit from {registry} or the dataset's own units", registry="minsheng.UNITS"
        )
    return problem(
        "reference", path, msg("unit is not registered"), expected=expected, found=repr(unit)
    )


def _source_problem(source: str, source_ids: list[str], path: str) -> list[Problem]:
    if source in source_ids:
        return []
    return [
        problem(
            "reference",
            f"{path}.source",
            msg("no such source"),
            expected=msg("one of {choices}", choices=listing(source_ids)),
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
        if entry.project not in numbers:
            problems.append(
                problem(
                    "reference",
                    f"$.ballot.entries[{e}].project",
                    msg("no such project"),
                    found=str(entry.project),
                )
            )
        if entry.votes is not None and not ballot.counts_published:
            problems.append(
                problem(
                    "consistency",
                    f"$.ballot.entries[{e}].votes",
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


@own_context
def check(program: Program) -> tuple[Problem, ...]:
    """Return every problem of a program: references, then the semantic checks.

    Loading already rejects broken references; ``check`` also walks every
    metric once for what well-formed data can still get wrong: units that
    contradict the metric's kind or each other, denominators, directions
    against comparators, baselines, stage and dates, sums and levels (with
    intervals where figures are approximate) and every figure against the
    phrase it was read from.  Each problem has a stable ``code`` and a
    ``severity``: ``"error"`` or ``"warning"``, or ``"acknowledged"`` for a
    warning the metric's ``acknowledged`` names.  Each ``review`` marker a
    draft leaves is a warning with the code ``review``.

    >>> import minsheng
    >>> [p.code for p in minsheng.check(minsheng.load("kunming", 2026))]
    []

    Raises:
        ArgumentError: ``program`` is not a Program.

    """
    expect(program, Program, "program", "check")
    problems = reference_problems(program) + walk(program) + review_problems(program)
    return tuple(acknowledge(program, problems))
