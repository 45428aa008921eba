"""Row views: one flat record per figure, per metric and per program.

Analysts work in tables.  :func:`figure_rows` gives one :class:`FigureRow` per
figure (a target, a baseline, an outcome, a component's target, …) and
:func:`metric_rows` one :class:`MetricRow` per metric with its assessment.
Both are plain iterables of frozen records, with exact :class:`~decimal.Decimal`
values and enum members as their JSON strings.  Their fields are the columns
that :mod:`minsheng._columns` and :mod:`minsheng._tables` define, in order.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import operator
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from decimal import Decimal
from typing import Any

import attrs

from minsheng._assess import assess
from minsheng._columns import Column, _Assessed, _Figure, _Place, place_of
from minsheng._context import callers_steps, own_context_steps
from minsheng._decimals import computed
from minsheng._errors import expect, expect_programs
from minsheng._literals import (
    AgreementValue,
    ApproximationValue,
    CategoryValue,
    ComparatorValue,
    DirectionValue,
    KindValue,
    LevelValue,
    MeasureValue,
    ReportedValue,
    Role,
    StageValue,
    StatusValue,
)
from minsheng._model import Metric, Program, Project
from minsheng._query import Selection
from minsheng._registry import load_installed
from minsheng._results import Assessment
from minsheng._tables import TableName, _Ranked, columns_of


@attrs.frozen
class _DatasetColumns:
    """The columns every table starts with: the dataset's place and time (``_place_columns``)."""

    city: str
    city_name: str
    division_code: str
    province: str | None
    year: int
    stage: StageValue
    revision: int


@attrs.frozen
class _ProjectColumns(_DatasetColumns):
    """Then, in the figure, metric and project tables, the project's (``_project_columns``)."""

    project: int | None
    title: str | None
    rank: int | None
    category: CategoryValue | None
    categories: str | None
    area: int | None
    departments: str | None


@attrs.frozen
class FigureRow(_ProjectColumns):
    """One figure of a program: a target, baseline, outcome or component figure.

    The fields are the columns of the figure table, in order; the docs'
    column reference describes each.  Enum members are their JSON
    strings (``"more-than"``), typed as a ``Literal`` of those strings (so a
    type checker refuses ``row.approximation == "more_than"``), numbers are
    exact, ``None`` is a missing value.
    """

    metric: str
    kind: KindValue
    direction: DirectionValue | None
    measure: MeasureValue | None
    role: Role
    index: int | None
    component: str | None
    path: str
    value: Decimal
    low: Decimal
    high: Decimal
    low_closed: bool
    high_closed: bool
    comparator: ComparatorValue | None
    unit: str | None
    per: str | None
    multiplier: int
    decimals: int
    approximation: ApproximationValue
    phrase: str | None
    derivation: str | None
    source: str


@attrs.frozen
class MetricRow(_ProjectColumns):
    """One metric of a program with its computed attainment.

    The fields are the columns of the metric table, in order; the
    attainment columns are empty where the status has no ratio (no target, no
    outcome, evidence, or units that do not compare).
    """

    metric: str
    kind: KindValue
    direction: DirectionValue | None
    measure: MeasureValue | None
    subject: str
    subject_en: str | None
    path: str
    status: StatusValue
    verdict: StatusValue
    attainment_low: Decimal | None
    attainment_high: Decimal | None
    attainment_low_closed: bool | None
    attainment_high_closed: bool | None
    ratio: Decimal | None
    difference: Decimal | None
    difference_unit: str | None
    achieved: bool | None
    reason: str | None
    ambiguous: bool
    warned: bool
    reported: ReportedValue | None
    project_status: StatusValue | None
    agreement: AgreementValue | None
    notes: str | None


@attrs.frozen
class ProjectRow(_ProjectColumns):
    """One project of a program, with its vote rank and its computed status.

    The fields are the columns of the project table, in order.  A program
    that is voted on but not yet reported has its projects here, ranked,
    before any of them has a metric.
    """

    title_en: str | None
    description: str | None
    path: str
    metrics: int
    reported: ReportedValue
    project_status: StatusValue
    agreement: AgreementValue
    notes: str | None


@attrs.frozen
class ProgramRow(_DatasetColumns):
    """One dataset: where, when, which revision, its licence, citation and sources."""

    level: LevelValue
    name: str | None
    as_of: dt.date
    projects: int
    program_figures: int
    metrics: int
    license: str | None
    citation: str
    sources: str
    schema: str
    notes: str | None


Rows = Iterable[Program] | Selection | None
"""What the row views read: programs, a selection, or ``None`` for every installed dataset."""


def programs_of(source: Rows, function: str) -> Iterator[Program]:
    """The programs ``source`` names, each checked: a lone Program is a clear error."""
    if source is None:
        yield from load_installed()  # (a plugin's broken file is left out, with a warning)
    elif isinstance(source, Selection):
        yield from source.programs
    else:
        expect_programs(source, "source", function)
        for program in callers_steps(source):  # the caller's code, in the caller's context
            expect(program, Program, "each item of source", function)
            yield program


_SINGLE = ("target", "actual", "estimate", "progress")
_SEVERAL = (("baselines", "baseline"), ("alternatives", "alternative"))


def _metric_figures(
    place: _Place, project: Project | None, metric: Metric, path: str
) -> Iterator[_Figure]:
    """A metric's figures, in the order of :func:`minsheng._check.quantity_paths`."""
    for role in _SINGLE:
        quantity = getattr(metric, role)
        if quantity is not None:
            yield _Figure(
                place,
                project,
                metric,
                role,
                None,
                None,
                quantity,
                quantity.interval,
                f"{path}.{role}",
            )
    for field, role in _SEVERAL:
        for i, quantity in enumerate(getattr(metric, field)):
            yield _Figure(
                place,
                project,
                metric,
                role,
                i + 1,
                None,
                quantity,
                quantity.interval,
                f"{path}.{field}[{i}]",
            )
    for c, component in enumerate(metric.components):
        for role in ("target", "actual"):
            quantity = getattr(component, role)
            if quantity is not None:
                yield _Figure(
                    place,
                    project,
                    metric,
                    f"component-{role}",
                    c + 1,
                    component,
                    quantity,
                    quantity.interval,
                    f"{path}.components[{c}].{role}",
                )


def _figures(program: Program, selection: Selection | None) -> Iterator[_Figure]:
    place = place_of(program)
    keep = None
    if selection is not None and selection.filters_metrics:
        keep = selection
        assessment = _assessment(program)
    for f, figure in enumerate(program.figures):
        if keep is None or keep.keeps_metric(None, assessment.figures[f]):
            yield from _metric_figures(place, None, figure, f"$.figures[{f}]")
    for p, project in enumerate(program.projects):
        for m, metric in enumerate(project.metrics):
            if keep is None or keep.keeps_metric(
                assessment.projects[p], assessment.projects[p].metrics[m]
            ):
                yield from _metric_figures(place, project, metric, f"$.projects[{p}].metrics[{m}]")


def _metrics(program: Program, selection: Selection | None) -> Iterator[_Assessed]:
    place = place_of(program)
    assessment = _assessment(program)
    for f, result in enumerate(assessment.figures):
        if selection is None or selection.keeps_metric(None, result):
            yield _Assessed(place, None, result, f"$.figures[{f}]", computed(result))
    for p, project in enumerate(assessment.projects):
        for m, result in enumerate(project.metrics):
            if selection is None or selection.keeps_metric(project, result):
                path = f"$.projects[{p}].metrics[{m}]"
                yield _Assessed(place, project, result, path, computed(result))


def _program(program: Program, _: Selection | None) -> Iterator[_Place]:
    yield place_of(program)


def _projects(program: Program, selection: Selection | None) -> Iterator[_Ranked]:
    place = place_of(program)
    for p, result in enumerate(_assessment(program).projects):
        if (
            selection is None
            or selection.keeps_project(result)
            # the projects of the metric table's rows (status=met keeps the met
            # metrics of a project that is undetermined as a whole)
            or any(selection.keeps_metric(result, m) for m in result.metrics)
        ):
            yield _Ranked(place, result, f"$.projects[{p}]")


# The assessments made while one export writes its tables: each program is
# assessed once for the project and metric tables (assessment is most of an
# export's time).  None outside an export, where each view assesses afresh.
_ASSESSED: ContextVar[dict[int, Assessment] | None] = ContextVar("assessed", default=None)


def _assessment(program: Program) -> Assessment:
    kept = _ASSESSED.get()
    if kept is None:
        return assess(program)
    found = kept.get(id(program))
    if found is None or found.program is not program:
        found = kept[id(program)] = assess(program)
    return found


@contextlib.contextmanager
def assessing_once() -> Iterator[dict[int, Assessment]]:
    """Within the block, the tables assess each program once, not once per table.

    Yields the assessments made, by the program's ``id``; a block within
    another keeps them in the outer one's (the command line asks an export
    what data with errors it wrote).
    """
    kept = _ASSESSED.get()
    if kept is not None:
        yield kept
        return
    kept = {}
    token = _ASSESSED.set(kept)
    try:
        yield kept
    finally:
        _ASSESSED.reset(token)


_WALKS: dict[TableName, Callable[[Program, Selection | None], Iterator[Any]]] = {
    "programs": _program,
    "projects": _projects,
    "figures": _figures,
    "metrics": _metrics,
}
_GROUP = {"program": "place", "project": "project", "metric": "metric"}


def _columns(columns: tuple[Column[Any], ...], contexts: list[Any]) -> list[list[Any]]:
    """One program's contexts as columns of values.

    A program-, project- or metric-level column is computed once per run of
    rows that share that object, and repeated: only row-level columns cost a
    call per row.
    """
    runs: dict[str, list[list[Any]]] = {}
    result = []
    for column in columns:
        group = _GROUP.get(column.level)
        get = column.get
        if group is None:
            result.append(list(map(get, contexts)))
            continue
        spans = runs.get(group)
        if spans is None:
            spans = runs[group] = _runs(contexts, group)
        if len(spans) == len(contexts):  # no row shares its object: one call per row
            result.append(list(map(get, contexts)))
            continue
        values: list[Any] = []
        for context, count in spans:
            values += [get(context)] * count
        result.append(values)
    return result


def _runs(contexts: list[Any], group: str) -> list[list[Any]]:
    """The runs of contexts that share their ``group`` object: [first context, length]."""
    key = operator.attrgetter(group)
    spans: list[list[Any]] = []
    last: object = _UNSET
    for context in contexts:
        found = key(context)
        if found is last:
            spans[-1][1] += 1
        else:
            spans.append([context, 1])
            last = found
    return spans


_UNSET = object()


def table_chunks(table: TableName, source: Rows) -> Iterator[list[list[Any]]]:
    """The table's values, as columns, one program at a time."""
    columns = columns_of(table)
    walk = _WALKS[table]
    selection = source if isinstance(source, Selection) else None
    for program in programs_of(source, f"{table.removesuffix('s')}_rows"):
        contexts = list(walk(program, selection))
        if contexts:
            yield _columns(columns, contexts)


def table_values(table: TableName, source: Rows) -> Iterator[tuple[Any, ...]]:
    """Each row of ``table`` as a tuple of values, in column order."""
    for chunk in table_chunks(table, source):
        yield from zip(*chunk, strict=True)


def figure_rows(source: Rows = None) -> Iterator[FigureRow]:
    """One :class:`FigureRow` per figure of the programs, in dataset order.

    ``source`` is an iterable of programs, a :class:`Selection` (only the
    figures of its selected metrics), or ``None`` for every installed dataset.
    The rows are read as the programs are, lazily: a program given twice gives
    its rows twice, where :func:`export` and :func:`to_pandas`, whose tables
    hold one program per city, year and stage, refuse it.

    >>> import minsheng
    >>> row = next(minsheng.figure_rows([minsheng.load("kunming", 2025)]))
    >>> row.city, row.project, row.metric, row.role, row.value, row.comparator
    ('kunming', 1, 'kindergarten-places', 'target', Decimal('3000'), '>=')

    Raises:
        ArgumentError: ``source`` is neither programs nor a Selection.

    """
    return own_context_steps(
        (FigureRow(*values) for values in table_values("figures", source)), "figure_rows"
    )


def metric_rows(source: Rows = None) -> Iterator[MetricRow]:
    """One :class:`MetricRow` per metric of the programs, with its assessment.

    ``source`` is as for :func:`figure_rows`.

    >>> import minsheng
    >>> row = next(minsheng.metric_rows([minsheng.load("kunming", 2025)]))
    >>> row.metric, row.status, row.attainment_low, row.attainment_low_closed
    ('kindergarten-places', 'met', Decimal('1.7'), True)

    Raises:
        ArgumentError: ``source`` is neither programs nor a Selection.

    """
    return own_context_steps(
        (MetricRow(*values) for values in table_values("metrics", source)), "metric_rows"
    )


def project_rows(source: Rows = None) -> Iterator[ProjectRow]:
    """One :class:`ProjectRow` per project of the programs, with its vote rank and status.

    ``source`` is as for :func:`figure_rows`; a :class:`Selection` keeps the
    projects of its categories and statuses, and the project of every metric
    it keeps, so that the project and metric tables of one export agree.

    >>> import minsheng
    >>> row = next(minsheng.project_rows([minsheng.load("kunming", 2026)]))
    >>> row.year, row.project, row.rank, row.metrics
    (2026, 1, 1, 0)

    Raises:
        ArgumentError: ``source`` is neither programs nor a Selection.

    """
    return own_context_steps(
        (ProjectRow(*values) for values in table_values("projects", source)), "project_rows"
    )


def program_rows(source: Rows = None) -> Iterator[ProgramRow]:
    """One :class:`ProgramRow` per program: its revision, licence, citation and sources.

    ``source`` is as for :func:`figure_rows`.  Its counts (``projects``,
    ``metrics``) are the whole program's, whatever a selection keeps.

    >>> import minsheng
    >>> row = next(minsheng.program_rows([minsheng.load("kunming", 2025)]))
    >>> row.city, row.year, row.projects
    ('kunming', 2025, 10)

    Raises:
        ArgumentError: ``source`` is neither programs nor a Selection.

    """
    return own_context_steps(
        (ProgramRow(*values) for values in table_values("programs", source)), "program_rows"
    )
