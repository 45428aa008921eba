"""Row views: one flat record per figure, per metric and per program.

Analysts work in tables.  :func:`figure_rows` gives one :class:`FigureRow` per
figure (a target, a baseline, an outcome, a component's target, …) and
:func:`metric_rows` one :class:`MetricRow` per metric with its assessment.
Both are plain iterables of frozen records, with exact :class:`~decimal.Decimal`
values and enum members as their JSON strings.  Their fields are the columns
that :mod:`minsheng._columns` defines, in order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from decimal import Decimal

import attrs

from minsheng._assess import assess
from minsheng._columns import (
    FIGURE_COLUMNS,
    METRIC_COLUMNS,
    PROGRAM_COLUMNS,
    TableName,
    _Assessed,
    _Figure,
    _Place,
    columns_of,
    place_of,
)
from minsheng._model import Program
from minsheng._query import Selection
from minsheng._registry import available, load


@attrs.frozen
class FigureRow:
    """One figure of a program: a target, baseline, outcome or component figure.

    The fields are the columns of :data:`FIGURE_COLUMNS`, in order, and the
    docs' column reference describes each.  Enum members are their JSON
    strings (``"more-than"``), numbers are exact, ``None`` is a missing value.
    """

    city: str
    city_name: str
    division_code: str
    province: str | None
    year: int
    stage: str
    revision: int
    project: int | None
    rank: int | None
    category: str | None
    categories: str | None
    metric: str
    kind: str
    direction: str | None
    measure: str | None
    role: str
    index: int | None
    component: str | None
    path: str
    value: Decimal
    low: Decimal
    high: Decimal
    low_closed: bool
    high_closed: bool
    comparator: str | None
    unit: str | None
    per: str | None
    multiplier: int
    decimals: int
    approximation: str
    phrase: str | None
    derivation: str | None
    source: str


@attrs.frozen
class MetricRow:
    """One metric of a program with its computed attainment.

    The fields are the columns of :data:`METRIC_COLUMNS`, in order; the
    attainment columns are empty where the status has no ratio (no target, no
    outcome, evidence, or units that do not compare).
    """

    city: str
    city_name: str
    division_code: str
    province: str | None
    year: int
    stage: str
    revision: int
    project: int | None
    rank: int | None
    category: str | None
    categories: str | None
    metric: str
    kind: str
    direction: str | None
    measure: str | None
    subject: str
    subject_en: str | None
    path: str
    status: str
    verdict: str
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
    reported: str
    project_status: str
    agreement: str


@attrs.frozen
class ProgramRow:
    """One dataset: where, when, which revision, its licence, citation and sources."""

    city: str
    city_name: str
    division_code: str
    province: str | None
    year: int
    stage: str
    revision: int
    as_of: dt.date
    projects: int
    metrics: int
    license: str | None
    citation: str
    sources: str
    schema: str


Rows = Iterable[Program] | Selection | None
"""What the row views read: programs, a selection, or ``None`` for every installed dataset."""


def _programs(source: Rows) -> Iterator[Program]:
    if source is None:
        for info in available():
            yield load(info.city, info.year)
    elif isinstance(source, Selection):
        yield from source.programs
    else:
        yield from source


def _figures(program: Program, selection: Selection | None) -> Iterator[_Figure]:
    place = place_of(program)
    results = None
    if selection is not None and selection.filters_metrics:
        results = assess(program).projects
    for p, project in enumerate(program.projects):
        for m, metric in enumerate(project.metrics):
            if results is not None and not selection.keeps_metric(  # type: ignore[union-attr]
                results[p], results[p].metrics[m]
            ):
                continue
            path = f"$.projects[{p}].metrics[{m}]"
            for role in ("target", "baseline", "actual"):
                quantity = getattr(metric, role)
                if quantity is not None:
                    yield _Figure(
                        place, project, metric, role, None, None, quantity, f"{path}.{role}"
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
                            f"{path}.components[{c}].{role}",
                        )


def figure_contexts(source: Rows) -> Iterator[_Figure]:
    """The figures of ``source``, each with what surrounds it."""
    selection = source if isinstance(source, Selection) else None
    for program in _programs(source):
        yield from _figures(program, selection)


def metric_contexts(source: Rows) -> Iterator[_Assessed]:
    """The metrics of ``source``, each assessed, with what surrounds it."""
    selection = source if isinstance(source, Selection) else None
    for program in _programs(source):
        place = place_of(program)
        for p, project in enumerate(assess(program).projects):
            for m, result in enumerate(project.metrics):
                if selection is None or selection.keeps_metric(project, result):
                    yield _Assessed(place, project, result, f"$.projects[{p}].metrics[{m}]")


def program_contexts(source: Rows) -> Iterator[_Place]:
    """The programs of ``source``."""
    for program in _programs(source):
        yield place_of(program)


def figure_rows(source: Rows = None) -> Iterator[FigureRow]:
    """One :class:`FigureRow` per figure of the programs, in dataset order.

    ``source`` is an iterable of programs, a :class:`Selection` (only the
    figures of its selected metrics), or ``None`` for every installed dataset.

    >>> import minsheng
    >>> row = next(minsheng.figure_rows([minsheng.load("kunming", 2025)]))
    >>> row.city, row.project, row.metric, row.role, row.value, row.comparator
    ('kunming', 1, 'kindergarten-places', 'target', Decimal('3000'), '>=')
    """
    getters = [c.get for c in FIGURE_COLUMNS]
    for context in figure_contexts(source):
        yield FigureRow(*[get(context) for get in getters])


def metric_rows(source: Rows = None) -> Iterator[MetricRow]:
    """One :class:`MetricRow` per metric of the programs, with its assessment.

    ``source`` is as for :func:`figure_rows`.

    >>> import minsheng
    >>> row = next(minsheng.metric_rows([minsheng.load("kunming", 2025)]))
    >>> row.metric, row.status, row.attainment_low, row.agreement
    ('kindergarten-places', 'met', Decimal('1.7'), 'agrees')
    """
    getters = [c.get for c in METRIC_COLUMNS]
    for context in metric_contexts(source):
        yield MetricRow(*[get(context) for get in getters])


def program_rows(source: Rows = None) -> Iterator[ProgramRow]:
    """One :class:`ProgramRow` per program."""
    getters = [c.get for c in PROGRAM_COLUMNS]
    for context in program_contexts(source):
        yield ProgramRow(*[get(context) for get in getters])


def table_values(table: TableName, source: Rows) -> Iterator[list[object]]:
    """Each row of ``table`` as a list of values, in column order."""
    contexts: Iterable[object] = {
        "programs": program_contexts,
        "figures": figure_contexts,
        "metrics": metric_contexts,
    }[table](source)
    getters = [c.get for c in columns_of(table)]
    for context in contexts:
        yield [get(context) for get in getters]
