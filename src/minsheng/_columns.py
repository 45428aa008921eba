"""The tables' columns: one definition per table, shared by every format.

Each table (figures and metrics here; programs in :mod:`minsheng._tables`)
is a tuple of :class:`Column` descriptors: name, type, description and how
to get the value from the row's context.  The row records
(:mod:`minsheng._rows`), every export format and the docs' column reference
are built from these tuples, so that a new column is one descriptor and one
field on the record.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable
from operator import attrgetter
from typing import Any, Generic, Literal, NamedTuple, TypeVar

import attrs

from minsheng._model import Component, Metric, Program, Project, Text
from minsheng._quantity import Interval, Per, Quantity
from minsheng._results import MetricResult, ProjectResult

ColumnType = Literal["string", "integer", "decimal", "boolean", "date"]
"""The type of a column's values; ``None`` is allowed unless the column is required."""

Level = Literal["program", "project", "metric", "row"]
"""What a column's value depends on: rows of one program share its program columns."""

C = TypeVar("C")


@attrs.frozen
class Column(Generic[C]):
    """One column of a table: its name, type, meaning and how to get its value.

    ``get`` reads the value from the table's context (a figure, a metric or a
    program, with what surrounds it).  ``required`` columns never hold ``None``.
    ``level`` says what the value depends on, so that rows of one program,
    project or metric compute their shared columns once; a table lists its
    columns from the coarsest level to the finest.
    """

    name: str
    type: ColumnType
    description: str
    get: Callable[[C], Any]
    required: bool = False
    level: Level = "row"


class _Place(NamedTuple):
    """What every row of a program shares: the program and its vote ranks."""

    program: Program
    ranks: dict[int, int]
    source: str

    @property
    def place(self) -> _Place:
        return self


class _Figure(NamedTuple):
    place: _Place
    project: Project | None
    metric: Metric
    role: str
    position: int | None
    component: Component | None
    quantity: Quantity
    interval: Interval
    path: str


class _Assessed(NamedTuple):
    place: _Place
    project: ProjectResult | None
    result: MetricResult
    path: str
    computed: tuple[object, ...]  # the computed columns as the tables write them: computed()

    @property
    def metric(self) -> MetricResult:
        return self.result


def place_of(program: Program) -> _Place:
    ballot = program.ballot
    ranks = {e.project: e.rank for e in ballot.entries} if ballot is not None else {}
    return _Place(program, ranks, program.sources[0].id)


def _zh(text: Text | None) -> str | None:
    return None if text is None else text.zh


def _en(text: Text | None) -> str | None:
    return None if text is None else text.en


def _value(member: enum.Enum | None) -> str | None:
    """An enum member as its JSON string.

    Read from ``_value_``, the member's value (``.value`` is a property, slow
    on Python 3.11, and a table asks millions of times).
    """
    if member is None:
        return None
    value = member._value_
    return value if value.__class__ is str else str(value)


def per_text(per: tuple[Per, ...]) -> str | None:
    """Denominators as a compact JSON array, ``None`` without any.

    >>> from decimal import Decimal
    >>> per_text((Per(Decimal(1000), "名", "常住人口"),))
    '[{"amount":"1000","unit":"名","subject":"常住人口"}]'
    """
    if not per:
        return None
    items = [
        {
            name: value
            for name, value in (
                ("amount", format(p.amount, "f")),
                ("unit", p.unit),
                ("subject", p.subject),
                ("en", p.en),
            )
            if value is not None
        }
        for p in per
    ]
    return json.dumps(items, ensure_ascii=False, separators=(",", ":"))


def _categories(project: Project | None) -> str | None:
    if project is None:
        return None
    return ",".join(str(_value(c)) for c in project.categories)


def _departments(project: Project | None) -> str | None:
    if project is None or not project.departments:
        return None
    return json.dumps(list(project.departments), ensure_ascii=False, separators=(",", ":"))


def _at(level: Level, columns: tuple[Column[C], ...]) -> tuple[Column[C], ...]:
    return tuple(attrs.evolve(c, level=level) for c in columns)


# Columns that every table shares: where and when.
def _place_columns(place: Callable[[C], _Place]) -> tuple[Column[C], ...]:
    return (
        Column(
            "city",
            "string",
            "The city's slug, as the registry names it (kunming).",
            lambda c: place(c).program.jurisdiction.slug,
            required=True,
        ),
        Column(
            "city_name",
            "string",
            "The city's Chinese name (昆明市).",
            lambda c: place(c).program.jurisdiction.name.zh,
            required=True,
        ),
        Column(
            "division_code",
            "string",
            "The GB/T 2260 administrative division code (530100).",
            lambda c: place(c).program.jurisdiction.division_code,
            required=True,
        ),
        Column(
            "province",
            "string",
            "The province's Chinese name (云南省).",
            lambda c: _zh(place(c).program.jurisdiction.province),
        ),
        Column(
            "year", "integer", "The program's year.", lambda c: place(c).program.year, required=True
        ),
        Column(
            "stage",
            "string",
            "Which document the data comes from: planned, voted, progress or reported.",
            lambda c: _value(place(c).program.stage),
            required=True,
        ),
        Column(
            "revision",
            "integer",
            "The dataset's revision; it goes up whenever a figure changes.",
            lambda c: place(c).program.revision,
            required=True,
        ),
    )


def _project_columns(
    place: Callable[[C], _Place], project: Callable[[C], Project | None]
) -> tuple[Column[C], ...]:
    def number(c: C) -> int | None:
        found = project(c)
        return None if found is None else found.number

    def rank(c: C) -> int | None:
        found = project(c)
        if found is None or found.number is None:
            return None
        return place(c).ranks.get(found.number)

    def title(c: C) -> str | None:
        found = project(c)
        return None if found is None else _zh(found.title)

    def area(c: C) -> int | None:
        found = project(c)
        return None if found is None else found.area

    def category(c: C) -> str | None:
        found = project(c)
        return None if found is None else _value(found.category)

    return (
        Column(
            "project",
            "integer",
            "The project's number in the program; empty for program-level figures"
            " and for projects a source does not number.",
            number,
        ),
        Column("title", "string", "The project's title in Chinese.", title),
        Column("rank", "integer", "The project's rank in the delegates' vote, if voted.", rank),
        Column("category", "string", "The project's first category.", category),
        Column(
            "categories",
            "string",
            "All of the project's categories, comma-separated (education,healthcare).",
            lambda c: _categories(project(c)),
        ),
        Column("area", "integer", "The number of the program's area the project is in.", area),
        Column(
            "departments",
            "string",
            'The departments responsible, as a JSON array: ["市民政局","市财政局"].',
            lambda c: _departments(project(c)),
        ),
    )


def _project_result_columns(
    result: Callable[[C], ProjectResult | None], *, empty: str | None = None
) -> tuple[Column[C], ...]:
    """What was reported of a row's project, its computed status and their agreement.

    ``empty`` names the rows that have no project (program-level figures);
    without it, every row has one and the columns are required.
    """

    def of(get: Callable[[ProjectResult], enum.Enum]) -> Callable[[C], str | None]:
        def value(c: C) -> str | None:
            found = result(c)
            return None if found is None else _value(get(found))

        return value

    suffix = "" if empty is None else f"; empty for {empty}"
    return (
        Column(
            "reported",
            "string",
            f"What the government reported of the project (completed, in-progress, …){suffix}.",
            of(lambda r: r.project.reported.status),
            required=empty is None,
        ),
        Column(
            "project_status",
            "string",
            f"The project's computed status, its metrics rolled up{suffix}.",
            of(attrgetter("status")),
            required=empty is None,
        ),
        Column(
            "agreement",
            "string",
            "Whether the project's computed status agrees with the reported one:"
            f" agrees, disagrees, unconfirmed or not-reported{suffix}.",
            of(attrgetter("agreement")),
            required=empty is None,
        ),
    )


def _metric_columns(metric: Callable[[C], Metric]) -> tuple[Column[C], ...]:
    return (
        Column(
            "metric",
            "string",
            "The metric's id, unique within its project (or among the program's figures).",
            lambda c: metric(c).id,
            required=True,
        ),
        Column(
            "kind",
            "string",
            "What the metric measures: count, rate, growth, milestone, …",
            lambda c: _value(metric(c).kind),
            required=True,
        ),
        Column(
            "direction",
            "string",
            "higher or lower: which way is better.",
            lambda c: _value(metric(c).direction),
        ),
        Column(
            "measure",
            "string",
            "increment (新增) or level (年末达到).",
            lambda c: _value(metric(c).measure),
        ),
    )


FIGURE_COLUMNS: tuple[Column[_Figure], ...] = (
    *_at("program", _place_columns(attrgetter("place"))),
    *_at("project", _project_columns(attrgetter("place"), attrgetter("project"))),
    *_at("metric", _metric_columns(attrgetter("metric"))),
    Column(
        "role",
        "string",
        "The figure's role: target, baseline, actual (the outcome), estimate (an"
        " expected figure, never assessed), progress (percent complete), alternative"
        " (another reading of an ambiguous outcome), component-target or component-actual.",
        attrgetter("role"),
        required=True,
    ),
    Column(
        "index",
        "integer",
        "The figure's 1-based position among the metric's baselines, alternatives"
        " or components; empty for a role that holds one figure.",
        attrgetter("position"),
    ),
    Column(
        "component",
        "string",
        "The component's label, for component figures.",
        lambda f: None if f.component is None else f.component.label.zh,
    ),
    Column(
        "path",
        "string",
        "The figure's JSON path in the dataset ($.projects[0].metrics[1].target).",
        attrgetter("path"),
        required=True,
    ),
    Column(
        "value",
        "decimal",
        "The figure's exact value as published (197800 for 19.78万; 95.12 for 95.12%).",
        attrgetter("quantity.value"),
        required=True,
    ),
    Column(
        "low",
        "decimal",
        "The low end of the values the number stands for (5100 for 5100余); see comparator.",
        attrgetter("interval.low"),
        required=True,
    ),
    Column(
        "high",
        "decimal",
        "The high end of the values the number stands for (5200 for 5100余); see comparator.",
        attrgetter("interval.high"),
        required=True,
    ),
    Column(
        "low_closed",
        "boolean",
        "Whether the low end belongs to the interval.",
        attrgetter("interval.low_closed"),
        required=True,
    ),
    Column(
        "high_closed",
        "boolean",
        "Whether the high end belongs to the interval (false for 5100余).",
        attrgetter("interval.high_closed"),
        required=True,
    ),
    Column(
        "comparator",
        "string",
        "How the figure bounds its number: >=, >, <= or <. A target's (不少于3000个) is what it"
        " asks; an outcome's (5000人以上) says the outcome lies on that side of the number,"
        " its other end unknown, whatever low and high say of the number itself.",
        lambda f: _value(f.quantity.comparator),
    ),
    Column("unit", "string", "The unit or classifier (个, %, 元).", attrgetter("quantity.unit")),
    Column(
        "per",
        "string",
        'Denominators as a JSON array: [{"amount":"1000","unit":"名","subject":"常住人口"}].',
        lambda f: per_text(f.quantity.per),
    ),
    Column(
        "multiplier",
        "integer",
        "The power of ten of the magnitude word printed (4 for 万).",
        attrgetter("quantity.multiplier"),
        required=True,
    ),
    Column(
        "decimals",
        "integer",
        "Decimals of the printed number (2 for 19.78万).",
        attrgetter("quantity.decimals"),
        required=True,
    ),
    Column(
        "approximation",
        "string",
        "exact, rounded, more-than (余) or about (约).",
        lambda f: _value(f.quantity.approximation),
        required=True,
    ),
    Column(
        "phrase",
        "string",
        "The exact text the figure was read from (5100余个).",
        attrgetter("quantity.phrase"),
    ),
    Column(
        "derivation",
        "string",
        "How a figure that no source prints was computed.",
        attrgetter("quantity.derivation"),
    ),
    Column(
        "source",
        "string",
        "The id of the source the figure comes from.",
        lambda f: f.quantity.source or f.place.source,
        required=True,
    ),
)
"""The columns of the figure table, in order."""


def _project(a: _Assessed) -> Project | None:
    return None if a.project is None else a.project.project


METRIC_COLUMNS: tuple[Column[_Assessed], ...] = (
    *_at("program", _place_columns(attrgetter("place"))),
    *_at("project", _project_columns(attrgetter("place"), _project)),
    *_at("metric", _metric_columns(attrgetter("result.metric"))),
    Column(
        "subject",
        "string",
        "What the metric counts or measures, in Chinese.",
        attrgetter("result.metric.subject.zh"),
        required=True,
    ),
    Column(
        "subject_en",
        "string",
        "The subject in English (minsheng's translation unless marked official).",
        lambda a: _en(a.result.metric.subject),
    ),
    Column(
        "path",
        "string",
        "The metric's JSON path in the dataset ($.projects[0].metrics[1]).",
        attrgetter("path"),
        required=True,
    ),
    Column(
        "status",
        "string",
        "The computed status: met, not-met, undetermined, no-target, no-outcome or evidence.",
        lambda a: _value(a.result.status),
        required=True,
    ),
    Column(
        "verdict",
        "string",
        "The status with evidence resolved: met, not-met or undetermined where judged.",
        lambda a: _value(a.result.verdict),
        required=True,
    ),
    Column(
        "attainment_low",
        "decimal",
        "The lowest attainment ratio the figures allow (1.7 for 5100余 against 3000),"
        " rounded down to 10 places.",
        lambda a: a.computed[0],
    ),
    Column(
        "attainment_high",
        "decimal",
        "The highest attainment ratio the figures allow, rounded up to 10 places.",
        lambda a: a.computed[1],
    ),
    Column(
        "attainment_low_closed",
        "boolean",
        "Whether attainment_low itself is possible (not where it was rounded).",
        lambda a: a.computed[2],
    ),
    Column(
        "attainment_high_closed",
        "boolean",
        "Whether attainment_high itself is possible (not where it was rounded).",
        lambda a: a.computed[3],
    ),
    Column(
        "ratio",
        "decimal",
        "The attainment ratio of the printed values (never clamped), rounded down to 10 places.",
        lambda a: a.computed[4],
    ),
    Column(
        "difference",
        "decimal",
        "Outcome minus target at the printed values, in difference_unit, rounded down to 10"
        " places.",
        lambda a: a.computed[5],
    ),
    Column(
        "difference_unit",
        "string",
        "The unit of the difference: the target's, or pp (percentage points).",
        attrgetter("result.difference_unit"),
    ),
    Column(
        "achieved",
        "boolean",
        "The evidence's verdict, for milestones and qualitative targets.",
        attrgetter("result.achieved"),
    ),
    Column(
        "reason",
        "string",
        "Why a result is undetermined or missing, in English.",
        attrgetter("result.reason"),
    ),
    Column(
        "ambiguous",
        "boolean",
        "Whether the metric rests on a recorded reading of an ambiguous source.",
        attrgetter("result.ambiguous"),
        required=True,
    ),
    Column(
        "warned",
        "boolean",
        "Whether a check warns about the metric's data, or a draft's review marker is"
        " left on it (the ! of the text reports); the status stands, marked.",
        attrgetter("result.warned"),
        required=True,
    ),
    *_project_result_columns(attrgetter("project"), empty="program-level figures"),
    Column(
        "notes",
        "string",
        "The dataset's notes on the metric, as a JSON array: how its sources were read"
        " (an outcome that counts more than the pledge, a total since an earlier year).",
        lambda a: notes_text(a.result.metric.notes),
    ),
)
"""The columns of the metric table, in order."""


def notes_text(notes: tuple[str, ...]) -> str | None:
    """A dataset's notes as a JSON array, or ``None`` where it has none."""
    return json.dumps(list(notes), ensure_ascii=False) if notes else None
