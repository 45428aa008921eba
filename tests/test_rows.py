"""The row views: one record per figure and per metric, exact and complete."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from decimal import ROUND_FLOOR, Context, Decimal
from fractions import Fraction
from types import SimpleNamespace
from typing import Any, Literal, get_args, get_origin, get_type_hints

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import minsheng
from minsheng._check import quantity_paths
from minsheng._columns import FIGURE_COLUMNS, METRIC_COLUMNS
from minsheng._decimals import plain
from minsheng._rows import ProgramRow, program_rows
from minsheng._tables import PROGRAM_COLUMNS, PROJECT_COLUMNS, TABLES, columns_of
from tests.conftest import ROOT, one_metric
from tests.strategies import few_programs, programs

D = Decimal


def test_records_have_the_columns_in_order() -> None:
    """Each record's fields are its table's column definition, name for name."""
    for record, columns in (
        (minsheng.FigureRow, FIGURE_COLUMNS),
        (minsheng.MetricRow, METRIC_COLUMNS),
        (minsheng.ProjectRow, PROJECT_COLUMNS),
        (ProgramRow, PROGRAM_COLUMNS),
    ):
        assert [f.name for f in attrs.fields(record)] == [c.name for c in columns]


def test_columns_are_described_and_typed() -> None:
    """Every column has a description and one of the five types; names are unique."""
    for table in TABLES:
        columns = columns_of(table)
        assert len({c.name for c in columns}) == len(columns)
        for column in columns:
            assert column.description.strip(), column.name
            assert column.type in {"string", "integer", "decimal", "boolean", "date"}


def test_kunming_figures(kunming_2025: minsheng.Program) -> None:
    """5100余个 is a row with its interval [5100, 5200), phrase, role and source."""
    rows = {(r.project, r.metric, r.role, r.index): r for r in minsheng.figure_rows([kunming_2025])}
    row = rows[(1, "kindergarten-places", "actual", None)]
    assert (row.value, row.low, row.high, row.low_closed, row.high_closed) == (
        D(5100),
        D(5100),
        D(5200),
        True,
        False,
    )
    assert (row.phrase, row.approximation, row.unit, row.source) == (
        "5100余个",
        "more-than",
        "个",
        "kunming-daily-2026-02-03-report",
    )
    assert (row.city, row.division_code, row.year, row.stage, row.category) == (
        "kunming",
        "530100",
        2025,
        "reported",
        "education",
    )
    jobs = rows[(3, "jobs-offered", "actual", None)]
    assert (jobs.value, jobs.multiplier, jobs.decimals, jobs.low) == (D(197800), 4, 2, D(197750))
    hospitals = [r for k, r in rows.items() if k[1] == "hospitals" and r.role.startswith("comp")]
    assert [(r.role, r.index, r.value) for r in hospitals[:2]] == [
        ("component-target", 1, D(8)),
        ("component-actual", 1, D(8)),
    ]
    density = rows[(2, "childcare-density", "target", None)]
    assert density.per is not None
    assert json.loads(density.per)[0]["amount"] == "1000"


def test_vote_ranks(kunming_2026: minsheng.Program) -> None:
    """A voted program's metric rows carry each project's rank; 2026 has no metrics yet."""
    assert list(minsheng.metric_rows([kunming_2026])) == []
    ranks = {e.project: e.rank for e in kunming_2026.ballot.entries}  # type: ignore[union-attr]
    assert ranks[1] == 1


def test_metric_rows_are_the_assessment(kunming_2025: minsheng.Program) -> None:
    """Each metric row holds its MetricResult's status, ratios and its project's agreement."""
    rows = list(minsheng.metric_rows([kunming_2025]))
    results = [(p, m) for p in minsheng.assess(kunming_2025).projects for m in p.metrics]
    assert len(rows) == len(results) == sum(len(p.metrics) for p in kunming_2025.projects)
    for row, (project, result) in zip(rows, results, strict=True):
        assert (row.project, row.metric) == (project.project.number, result.metric.id)
        assert row.status == result.status.value
        assert row.ratio == plain(result.ratio, ROUND_FLOOR)
        assert row.difference == plain(result.difference, ROUND_FLOOR)
        assert row.agreement == project.agreement.value
        if result.attainment is None:
            assert row.attainment_low is row.attainment_high is None
        else:  # to 10 places, outward
            low, high = row.attainment_low, row.attainment_high
            assert low is not None
            assert high is not None
            assert low <= result.attainment.low <= result.attainment.high <= high
            assert result.attainment.low - low < D("1e-10")
    rate = next(r for r in rows if r.metric == "graduate-employment-rate")
    assert (rate.difference, rate.difference_unit, rate.status) == (D("5.12"), "pp", "met")


def test_program_rows_carry_revision_and_citation(kunming_2025: minsheng.Program) -> None:
    """The program table names the revision, the citation built from the sources."""
    (row,) = program_rows([kunming_2025])
    metrics = sum(len(p.metrics) for p in kunming_2025.projects)
    assert (row.city, row.year, row.revision, row.projects, row.metrics) == (
        "kunming",
        2025,
        kunming_2025.revision,
        10,
        metrics,
    )
    assert "昆明日报" in row.citation
    assert f"kunming/2025, revision {kunming_2025.revision}" in row.citation
    assert json.loads(row.sources)[0]["id"] == "kunming-daily-2026-02-03-report"


def test_default_is_every_installed_dataset() -> None:
    """Without programs, the rows cover every dataset the registry lists."""
    keys = {f"{r.city}/{r.year}" for r in program_rows()}
    assert keys == {f"{d.city}/{d.year}" for d in minsheng.available()}


@few_programs
@given(programs())
def test_every_figure_is_one_row(program: minsheng.Program) -> None:
    """Figure rows are the program's figures, path for path, value for value, exactly."""
    rows = list(minsheng.figure_rows([program]))
    figures = list(quantity_paths(program))
    assert [r.path for r in rows] == [path for path, _ in figures]
    for row, (_, quantity) in zip(rows, figures, strict=True):
        interval = quantity.interval
        assert (row.value, row.low, row.high) == (quantity.value, interval.low, interval.high)
        assert row.approximation == quantity.approximation.value
        assert row.phrase == quantity.phrase
        assert (row.multiplier, row.decimals) == (quantity.multiplier, quantity.decimals)
        assert row.source == (quantity.source or program.sources[0].id)
    metrics = list(minsheng.metric_rows([program]))
    assert len(metrics) == len(program.figures) + sum(len(p.metrics) for p in program.projects)
    assert [r.project for r in metrics[: len(program.figures)]] == [None] * len(program.figures)


def test_column_reference_is_current() -> None:
    """docs/reference/columns.md holds the tables generated from the column definition."""
    from minsheng._tables import columns_markdown

    page = (ROOT / "docs" / "reference" / "columns.md").read_text(encoding="utf-8")
    begin, end = "<!-- columns: begin -->\n", "<!-- columns: end -->"
    generated = page[page.index(begin) + len(begin) : page.index(end)]
    assert generated == columns_markdown(), (
        "docs/reference/columns.md is stale: paste the output of"
        " `python -c 'from minsheng._tables import columns_markdown as c; print(c(), end=\"\")'`"
    )


@pytest.mark.parametrize(
    ("call", "function"),
    [
        (lambda p: list(minsheng.figure_rows(p)), "figure_rows"),
        (lambda p: list(minsheng.metric_rows(p)), "metric_rows"),
        (lambda p: list(program_rows(p)), "program_rows"),
        (lambda p: list(minsheng.project_rows(p)), "project_rows"),
        (minsheng.select, "select"),
    ],
)
def test_a_lone_program_is_a_clear_error(
    kunming_2025: minsheng.Program, call: Callable[[object], object], function: str
) -> None:
    """Regression: figure_rows(program) raised a bare TypeError; these take a list of programs."""
    with pytest.raises(minsheng.ArgumentError, match=rf"^{function}\(\) takes .* not Program$"):
        call(kunming_2025)
    with pytest.raises(
        minsheng.ArgumentError, match=rf"^{function}\(\) takes each item .* not str$"
    ):
        call(["kunming/2025"])


def test_the_programs_table_names_its_program_level_figures_apart() -> None:
    """Regression: validate counts 88 figures of Kunming 2025 while programs.figures said 0.

    The figures table has a row for every figure; the programs table's count
    of figures of the whole program (metrics outside every project) says so.
    """
    names = [c.name for c in PROGRAM_COLUMNS]
    assert "program_figures" in names
    assert "figures" not in names
    (row,) = program_rows([minsheng.load("kunming", 2025)])
    assert row.program_figures == len(minsheng.load("kunming", 2025).figures)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D("0.8900"), "0.89"),
        (D("1.000E+4"), "10000"),
        (D("0.8666666666666666666666666667"), "0.8666666667"),
        (D("5"), "5"),
        (D("-2.50"), "-2.5"),
        (D("123456789012345678901.25"), "123456789012345678901.25"),
        (D("0E-7"), "0"),
        (D("-0"), "0"),
        (D("-0.00"), "0"),
    ],
)
def test_computed_decimals_are_plain_and_to_ten_places(value: D, expected: str) -> None:
    """A difference was written 0.8900 and a row could hold Decimal('1.000E+4')."""
    result = plain(value)
    assert result is not None
    assert str(result) == expected


def test_a_rounded_attainment_end_goes_outward_and_opens() -> None:
    """The table's attainment interval still holds every ratio the figures allow."""
    from minsheng._decimals import computed
    from minsheng._quantity import Interval

    third = D(1) / D(3)  # 0.3333…, 28 digits
    result: Any = SimpleNamespace(
        attainment=Interval(third, 2 * third), ratio=third, difference=None
    )
    low, high, low_closed, high_closed, ratio, difference = computed(result)
    assert (low, high, ratio, difference) == (
        D("0.3333333333"),
        D("0.6666666667"),
        D("0.3333333333"),  # down
        None,
    )
    assert isinstance(low, Decimal)
    assert isinstance(high, Decimal)
    assert low < third
    assert 2 * third < high
    assert (low_closed, high_closed) == (False, False)
    exact = Interval(D("1.7"), D("1.75"), high_closed=False)
    result = SimpleNamespace(attainment=exact, ratio=D("1.7"), difference=D("0.8900"))
    assert computed(result) == (D("1.7"), D("1.75"), True, False, D("1.7"), D("0.89"))
    tenth = Interval(D("0.10000000000000"), D("0.2"))  # 14 places, but no digit lost: closed
    result = SimpleNamespace(attainment=tenth, ratio=None, difference=None)
    assert computed(result)[:4] == (D("0.1"), D("0.2"), True, True)


def test_metric_rows_carry_the_datasets_notes(kunming_2025: minsheng.Program) -> None:
    """A met status that rests on a recorded reading showed no trace of it in any table."""
    rows = {r.metric: r for r in minsheng.metric_rows([kunming_2025])}
    metric = kunming_2025.project(4).metric("school-canteens")
    assert metric.notes
    assert json.loads(rows["school-canteens"].notes or "[]") == list(metric.notes)
    bare = next(m.id for p in kunming_2025.projects for m in p.metrics if not m.notes)
    assert rows[bare].notes is None


def test_project_rows_show_a_voted_programs_ranking() -> None:
    """Kunming 2026's vote ranking was in no table: it has projects, ranked, and no metric yet."""
    program = minsheng.load("kunming", 2026)
    rows = list(minsheng.project_rows([program]))
    assert program.ballot is not None
    ranks: dict[int | None, int] = {e.project: e.rank for e in program.ballot.entries}
    assert [(r.project, r.rank) for r in rows] == [
        (p.number, ranks[p.number]) for p in program.projects
    ]
    assert all(r.metrics == 0 and r.year == 2026 for r in rows)
    first = program.projects[0].title
    assert first is not None
    assert (rows[0].title, rows[0].title_en) == (first.zh, first.en)
    assert rows[0].path == "$.projects[0]"


def test_project_rows_follow_a_selection(kunming_2025: minsheng.Program) -> None:
    """A selection by category keeps its projects, with their computed and reported status."""
    chosen = minsheng.select([kunming_2025], category="education")
    rows = list(minsheng.project_rows(chosen))
    assert rows
    assert all("education" in (r.categories or "") for r in rows)
    results = {p.project.number: p for p in minsheng.assess(kunming_2025).projects}
    for row in rows:
        result = results[row.project]
        assert row.project_status == result.status.value
        assert row.agreement == result.agreement.value
        assert row.reported == result.project.reported.status.value


def test_a_ratio_keeps_its_side_of_one() -> None:
    """0.99999999995 (19999999999 against 20000000000, not met) was written 1, half to even."""
    from minsheng._decimals import computed
    from minsheng._quantity import Interval

    ratio = D(19999999999) / D(20000000000)
    result: Any = SimpleNamespace(
        attainment=Interval(ratio, ratio), ratio=ratio, difference=D("-1E-11")
    )
    low, high, low_closed, high_closed, written, difference = computed(result)
    assert written == D("0.9999999999")
    assert isinstance(written, Decimal)
    assert written < 1
    assert difference == D("-1E-10")  # still below 0
    assert (low, high, low_closed, high_closed) == (written, D(1), False, False)


@given(
    st.decimals(
        min_value=-(10**26), max_value=10**26, allow_nan=False, allow_infinity=False, places=None
    )
)
def test_plain_rounds_within_one_place_and_writes_plainly(value: Decimal) -> None:
    """plain() is exact to 10 places, rounds each way within 10⁻¹⁰, and never pads."""
    from decimal import ROUND_CEILING

    down, up, even = plain(value, ROUND_FLOOR), plain(value, ROUND_CEILING), plain(value)
    assert down is not None
    assert up is not None
    assert even is not None
    assert down <= value <= up
    assert up - down <= D("1E-10")
    assert down <= even <= up
    for written in (down, up, even):
        sign, digits, exponent = written.as_tuple()
        assert isinstance(exponent, int)
        assert -10 <= exponent <= 0
        assert exponent == 0 or digits[-1] != 0  # no trailing zero
        assert not (sign and not any(digits))  # no -0
    if value == value.quantize(D("1E-10"), context=Context(prec=60)):
        assert down == up == even == value


def test_project_and_program_rows_carry_the_datasets_notes(
    kunming_2025: minsheng.Program,
) -> None:
    """Project 3's 确保 read as at least, on which its met statuses rest, was in no table."""
    projects = {r.project: r for r in minsheng.project_rows([kunming_2025])}
    assert json.loads(projects[3].notes or "[]") == list(kunming_2025.project(3).notes)
    assert projects[1].notes is None or kunming_2025.project(1).notes
    (program,) = minsheng.program_rows([kunming_2025])
    assert json.loads(program.notes or "[]") == list(kunming_2025.notes)


_AREAS = {"平方米": Fraction(1), "公顷": Fraction(10000), "平方公里": Fraction(10**6)}


@settings(max_examples=150, deadline=None)
@given(
    target=st.integers(1, 10**20 - 1),
    actual_digits=st.integers(1, 10**20 - 1),
    places=st.integers(0, 6),
    units=st.tuples(st.sampled_from(sorted(_AREAS)), st.sampled_from(sorted(_AREAS))),
    higher=st.booleans(),
)
def test_the_tables_attainment_holds_every_ratio_the_figures_allow(
    target: int, actual_digits: int, places: int, units: tuple[str, str], higher: bool
) -> None:
    """Regression: at 17 digits and more, an end was rounded inward, a difference up.

    Exact arithmetic (fractions) against the metric table: the attainment's
    ends hold the outcome's whole range, and the difference is the exact one
    rounded down to 10 places.
    """
    actual = D(actual_digits).scaleb(-places)
    rounded = {"decimals": places, "approximation": "rounded"} if places else {}
    document = one_metric(
        {
            "kind": "physical",
            "direction": "higher" if higher else "lower",
            "target": {"value": str(target), "unit": units[0], "derivation": "x"},
            "actual": {
                "value": format(actual, "f"),
                "unit": units[1],
                "derivation": "x",
                **rounded,
            },
        }
    )
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    (row,) = minsheng.metric_rows([program])
    t = Fraction(target) * _AREAS[units[0]]
    half = Fraction(1, 2 * 10**places) if places else Fraction(0)
    low_a, high_a = (
        (Fraction(actual) - half) * _AREAS[units[1]],
        (Fraction(actual) + half) * _AREAS[units[1]],
    )
    if low_a <= 0:
        return
    low, high = (low_a / t, high_a / t) if higher else (t / high_a, t / low_a)
    assert row.attainment_low is not None
    assert row.attainment_high is not None
    assert Fraction(row.attainment_low) <= low
    assert Fraction(row.attainment_high) >= high
    # the difference is in the target's unit: the outcome converted, less the target
    difference = Fraction(actual) * _AREAS[units[1]] / _AREAS[units[0]] - target
    assert row.difference is not None
    assert Fraction(row.difference) == Fraction(math.floor(difference * 10**10), 10**10)


_VALUE_TYPES = {
    "StageValue": minsheng.Stage,
    "LevelValue": minsheng.JurisdictionLevel,
    "CategoryValue": minsheng.Category,
    "KindValue": minsheng.MetricKind,
    "DirectionValue": minsheng.Direction,
    "MeasureValue": minsheng.Measure,
    "ReportedValue": minsheng.ReportedStatus,
    "ComparatorValue": minsheng.Comparator,
    "ApproximationValue": minsheng.Approximation,
    "StatusValue": minsheng.Status,
    "AgreementValue": minsheng.Agreement,
}


def test_each_value_type_is_its_enums_values() -> None:
    """The row fields' Literal types name exactly their enums' JSON values, in order."""
    from minsheng import _literals

    assert {name for name in vars(_literals) if name.endswith("Value")} == set(_VALUE_TYPES)
    for name, enum in _VALUE_TYPES.items():
        assert get_args(getattr(_literals, name)) == tuple(m.value for m in enum), name
    from minsheng._rows import _SEVERAL, _SINGLE

    roles = {*_SINGLE, *(role for _, role in _SEVERAL), "component-target", "component-actual"}
    assert set(get_args(_literals.Role)) == roles


def _allowed(hint: Any) -> set[object] | None:
    """The values a Literal field (or an optional one) allows; None for any other type."""
    args = [hint] if get_origin(hint) is Literal else list(get_args(hint))
    literals = [a for a in args if get_origin(a) is Literal]
    if not literals:
        return None
    allowed: set[object] = {v for a in literals for v in get_args(a)}
    return allowed | ({None} if type(None) in args else set())


def _check_literal_fields(rows: list[Any]) -> int:
    checked = 0
    for row in rows:
        for name, hint in get_type_hints(type(row)).items():
            allowed = _allowed(hint)
            if allowed is not None:
                assert getattr(row, name) in allowed, (type(row).__name__, name)
                checked += 1
    return checked


_ROW_VIEWS = (
    minsheng.program_rows,
    minsheng.project_rows,
    minsheng.figure_rows,
    minsheng.metric_rows,
)


def test_every_row_holds_what_its_literal_fields_allow() -> None:
    """Each typed field of every shipped row holds a value its type names."""
    checked = sum(_check_literal_fields(list(view())) for view in _ROW_VIEWS)
    assert checked > 1000
    typed = {
        name
        for row in (minsheng.FigureRow, minsheng.MetricRow, ProgramRow, minsheng.ProjectRow)
        for name, hint in get_type_hints(row).items()
        if _allowed(hint) is not None
    }
    assert typed >= {"stage", "role", "status", "verdict", "approximation", "agreement", "level"}


@few_programs
@given(programs())
def test_generated_rows_hold_what_their_literal_fields_allow(program: minsheng.Program) -> None:
    """So do the rows of generated programs, with every enum member and role."""
    for view in _ROW_VIEWS:
        _check_literal_fields(list(view([program])))
