"""Exports: every format reads back equal to the row view, decimal for decimal."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
import tempfile
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import minsheng
from minsheng._cli import main
from minsheng._errors import install_command
from minsheng._rows import Rows, table_values
from minsheng._tables import TABLES, TableName, columns_of
from tests.conftest import ROOT
from tests.strategies import programs

pa = pytest.importorskip("pyarrow", reason="the parquet extra (pyarrow) is not installed")
pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra is not installed")

D = Decimal


def _typed(kind: str, value: Any) -> object:
    """A value read back from a file, typed by its column: the reader's side of the format."""
    if value is None or value == "":
        return None
    if kind == "decimal":
        return value if isinstance(value, Decimal) else Decimal(value)
    if kind == "integer":
        return int(value)
    if kind == "boolean":
        return value if isinstance(value, bool) else {"true": True, "false": False}[value]
    if kind == "date":
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
    return value


def read_csv(path: Path, table: TableName) -> list[list[object]]:
    columns = columns_of(table)
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == [c.name for c in columns]
    return [[_typed(c.type, v) for c, v in zip(columns, row, strict=True)] for row in rows[1:]]


def read_jsonl(path: Path, table: TableName) -> list[list[object]]:
    columns = columns_of(table)
    result = []
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()  # as naive readers split: every break inside a string is escaped
    assert lines == text.split("\n")[:-1]
    for line in lines:
        data = json.loads(line)
        assert list(data) == [c.name for c in columns]
        assert not any(isinstance(v, float) for v in data.values()), "a float in JSON lines"
        result.append([_typed(c.type, data[c.name]) for c in columns])
    return result


def read_parquet(path: Path, table: TableName) -> list[list[object]]:
    columns = columns_of(table)
    data = pq.read_table(path)
    assert data.schema.names == [c.name for c in columns]
    for field in data.schema:
        assert not pa.types.is_floating(field.type), f"{field.name} is a float column"
    return [[_typed(c.type, row[c.name]) for c in columns] for row in data.to_pylist()]


READERS = {"csv": read_csv, "jsonl": read_jsonl, "parquet": read_parquet}


def expected(table: TableName, source: Rows) -> list[list[object]]:
    return [list(row) for row in table_values(table, source)]


def _same(got: list[list[object]], want: list[list[object]]) -> None:
    """Equal value for value; decimals equal as numbers and never floats."""
    assert len(got) == len(want)
    for got_row, want_row in zip(got, want, strict=True):
        assert got_row == want_row
        for value in got_row:
            assert not isinstance(value, float)


def _round_trip(source: Iterable[minsheng.Program], folder: Path) -> None:
    programs_ = list(source)
    for fmt, reader in READERS.items():
        paths = minsheng.export(programs_, folder / fmt, format=fmt)
        assert [p.name for p in paths] == [f"{t}.{fmt}" for t in TABLES]
        for table, path in zip(TABLES, paths, strict=True):
            _same(reader(path, table), expected(table, programs_))


def test_kunming_round_trips_in_every_format(tmp_path: Path) -> None:
    """CSV, JSON lines and Parquet read back equal to the rows of every shipped dataset."""
    _round_trip([minsheng.load(d.city, d.year) for d in minsheng.available()], tmp_path)


def test_line_breaks_inside_strings_keep_one_record_a_line(tmp_path: Path) -> None:
    """Regression: U+2028 in a citation cut a JSON-lines record in two for splitlines()."""
    program = attrs.evolve(minsheng.load("kunming", 2025), citation="甲\u2028乙\u2029丙\x85丁")
    _round_trip([program], tmp_path)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st_programs=programs())
def test_generated_programs_round_trip(st_programs: minsheng.Program) -> None:
    """Random valid programs survive CSV, JSON lines and Parquet, decimal for decimal."""
    with tempfile.TemporaryDirectory() as folder:
        _round_trip([st_programs], Path(folder))


def test_figure_rows_read_back_from_parquet_and_csv(
    kunming_2025: minsheng.Program, tmp_path: Path
) -> None:
    """The public FigureRow records rebuilt from Parquet and CSV equal the row view."""
    rows = list(minsheng.figure_rows([kunming_2025]))
    minsheng.export([kunming_2025], tmp_path / "p", format="parquet")
    minsheng.export([kunming_2025], tmp_path / "c", format="csv")
    for values in (
        read_parquet(tmp_path / "p" / "figures.parquet", "figures"),
        read_csv(tmp_path / "c" / "figures.csv", "figures"),
    ):
        assert [minsheng.FigureRow(*v) for v in values] == rows  # type: ignore[arg-type]


def test_parquet_decimals_are_exact_arrow_decimals(kunming_2025: minsheng.Program) -> None:
    """Decimal columns are decimal128(37, 10), the same in every export: 95.12 stays 95.12."""
    from minsheng._export import arrow_table

    data = arrow_table("figures", [kunming_2025])
    assert data.schema.field("value").type == pa.decimal128(37, 10)
    assert D("95.12") in data.column("value").to_pylist()
    assert data.schema.field("value").metadata[b"minsheng_type"] == b"decimal"
    metrics = arrow_table("metrics", [kunming_2025])
    for name in ("attainment_low", "attainment_high", "ratio", "difference"):
        assert metrics.schema.field(name).type == pa.decimal128(37, 10), name
    empty = arrow_table("metrics", minsheng.select([kunming_2025], years=(2030, 2030)))
    assert empty.schema == metrics.schema


def test_exports_of_parts_read_as_one_table(kunming_2025: minsheng.Program, tmp_path: Path) -> None:
    """Two exports (one category each) read together lost decimals: 583.385 became 583.

    Each export chose its own scale, and DuckDB reads files of several by the
    first file's schema.
    """
    duckdb = pytest.importorskip("duckdb", reason="duckdb is not installed")
    for category in ("education", "transport"):
        chosen = minsheng.select([kunming_2025], category=category)
        minsheng.export(chosen, tmp_path / category, format="parquet")
    files = [str(tmp_path / c / "figures.parquet") for c in ("education", "transport")]
    rows = duckdb.sql(
        f"SELECT low, high FROM read_parquet({files!r})"  # noqa: S608 - our own paths
        " WHERE metric = 'rural-roads' AND role = 'actual'"
    ).fetchall()
    assert rows == [(D("583.385"), D("583.395"))]
    pa_dataset = pytest.importorskip("pyarrow.dataset")
    table = pa_dataset.dataset(files, format="parquet").to_table()
    assert table.num_rows == sum(
        1
        for c in ("education", "transport")
        for _ in minsheng.figure_rows(minsheng.select([kunming_2025], category=c))
    )


def _with_wide_baseline(program: minsheng.Program, value: str, decimals: int) -> minsheng.Program:
    """``program`` whose first metric has a baseline wider than a figure may be.

    Built with validators off (20 + 6 digits is the model's bound), to test
    the export's own guards.
    """
    with attrs.validators.disabled():
        wide = minsheng.Quantity(D(value), "个", decimals=decimals)
    project = program.project(1)
    metric = attrs.evolve(project.metrics[0], baselines=(wide,))
    return attrs.evolve(program, projects=(attrs.evolve(project, metrics=(metric,)),), ballot=None)


def test_a_value_too_wide_for_the_column_is_an_error(kunming_2025: minsheng.Program) -> None:
    """A value that decimal128(37, 10) cannot hold is an ExportError, never rounded or text."""
    from minsheng._export import _decimal_array, arrow_table

    program = _with_wide_baseline(kunming_2025, "123456789012345678901234567890123.123456", 6)
    with pytest.raises(minsheng.ExportError, match=r"the figures table's value column holds 1234"):
        arrow_table("figures", [program])
    # pyarrow's own cast wraps 33 digits before the point into another number
    program = _with_wide_baseline(kunming_2025, "123456789012345678901234567890123.5", 1)
    with pytest.raises(minsheng.ExportError, match=r"holds 123456789012345678901234567890123\.5"):
        arrow_table("figures", [program])
    negative = [D("-" + "9" * 27), D("9" * 27), D("-0.0000000001"), None]
    column = next(c for c in columns_of("figures") if c.name == "low")
    assert _decimal_array("figures", column, negative).to_pylist() == negative


@given(
    st.decimals(
        min_value=-(10**20),
        max_value=10**20,
        places=6,
        allow_nan=False,
        allow_infinity=False,
    ),
    st.sampled_from(["exact", "rounded", "about", "more-than"]),
    st.integers(0, 6),
)
def test_every_figure_fits_the_decimal_column_exactly(
    value: Decimal, approximation: str, decimals: int
) -> None:
    """A figure's value and interval ends, within the model's limits, fit decimal128(37, 10)."""
    from minsheng._export import _decimal_array
    from minsheng._tables import columns_of

    value = value.quantize(D(1).scaleb(-decimals))
    try:
        quantity = minsheng.Quantity(
            value,
            "个",
            decimals=decimals,
            approximation=minsheng.Approximation(approximation),
        )
    except minsheng.InvalidValueError:
        return  # outside the model: not a figure
    interval = quantity.interval
    column = next(c for c in columns_of("figures") if c.name == "low")
    values = [quantity.value, interval.low, interval.high]
    assert _decimal_array("figures", column, values).to_pylist() == values


_PLAIN = st.integers(-(10**26), 10**26).map(D).map(lambda d: d.scaleb(-6) + 0)


@given(
    st.lists(
        st.none() | _PLAIN | st.decimals(allow_nan=False, allow_infinity=False),
        max_size=8,
    )
)
@example([D("1E+2"), D("5100")])
@example([D("0E-7"), None])
@example([D("-0.00"), D("0.000001"), D("1E-7")])
def test_decimal_text_is_plain_notation(values: list[Decimal | None]) -> None:
    """The quick text of a decimal column is format(v, "f"), exponent or not."""
    from minsheng._export import _plain_texts

    expected = [None if v is None else format(v, "f") for v in values]
    assert _plain_texts(values).to_pylist() == expected


def test_enum_text_is_the_members_value() -> None:
    """A table's enum column holds each member's JSON value."""
    import enum

    from minsheng._columns import _value
    from minsheng._results import Agreement, Status

    kinds: list[type[enum.Enum]] = [
        minsheng.Stage, minsheng.Category, minsheng.MetricKind, minsheng.Direction,
        minsheng.Measure, minsheng.Comparator, minsheng.Approximation,
        minsheng.ReportedStatus, Status, Agreement,
    ]  # fmt: skip
    for kind in kinds:
        for member in kind:
            assert _value(member) == str(member.value)
    assert _value(None) is None


def test_datapackage_is_valid_frictionless(tmp_path: Path) -> None:
    """The Data Package validates with frictionless, and carries sources and revisions."""
    frictionless = pytest.importorskip("frictionless", reason="frictionless is not installed")
    extra = [minsheng.load_file(ROOT / "tests" / "data" / f) for f in ("not-met.json",)]
    programs_ = [minsheng.load(d.city, d.year) for d in minsheng.available()] + extra
    minsheng.export(programs_, tmp_path, format="datapackage")
    report = frictionless.validate(tmp_path / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in descriptor["resources"]] == list(TABLES)
    datasets = {d["key"]: d["revision"] for d in descriptor["minsheng"]["datasets"]}
    assert datasets["kunming/2025"] == minsheng.load("kunming", 2025).revision
    assert any("昆明日报" in s["title"] for s in descriptor["sources"])
    fields = descriptor["resources"][TABLES.index("figures")]["schema"]["fields"]
    assert {f["name"]: f["type"] for f in fields}["value"] == "number"
    _same(read_csv(tmp_path / "figures.csv", "figures"), expected("figures", programs_))


def test_datapackage_states_licences_and_source_links(
    kunming_2025: minsheng.Program, tmp_path: Path
) -> None:
    """A dataset's licence reaches the package's licenses, a source's URL its path."""
    frictionless = pytest.importorskip("frictionless", reason="frictionless is not installed")
    source = attrs.evolve(kunming_2025.sources[0], url="https://example.org/report")
    own = attrs.evolve(
        kunming_2025, license="CC-BY-4.0", sources=(source, *kunming_2025.sources[1:])
    )
    minsheng.export([own], tmp_path, format="datapackage")
    assert frictionless.validate(tmp_path / "datapackage.json").valid
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["licenses"] == [{"name": "CC-BY-4.0"}]
    assert {
        "title": f"{source.publisher}: {source.title} ({source.date})",
        "path": "https://example.org/report",
    } in descriptor["sources"]
    assert descriptor["minsheng"]["datasets"][0]["license"] == "CC-BY-4.0"


def test_a_source_url_that_is_no_web_address_is_not_exported(
    kunming_2025: minsheng.Program, tmp_path: Path
) -> None:
    """A hostile-input audit's: javascript: reached datapackage.json as a source's path."""
    source = attrs.evolve(kunming_2025.sources[0], url=" JaVaScRiPt:alert(3)")
    hostile = attrs.evolve(kunming_2025, sources=(source, *kunming_2025.sources[1:]))
    assert ("source-url", "$.sources[0].url") in {(p.code, p.path) for p in minsheng.check(hostile)}
    minsheng.export([hostile], tmp_path, format="datapackage")
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert {"title": f"{source.publisher}: {source.title} ({source.date})"} in descriptor["sources"]
    # nor the sources column, nor the citation built from them (a review's)
    for name in ("datapackage.json", "programs.csv"):
        assert "alert" not in (tmp_path / name).read_text(encoding="utf-8"), name
    upper = attrs.evolve(source, url="HTTPS://example.org/report")
    shouted = attrs.evolve(kunming_2025, sources=(upper, *kunming_2025.sources[1:]))
    assert "source-url" not in {p.code for p in minsheng.check(shouted)}


def test_to_pandas_has_arrow_decimals(kunming_2025: minsheng.Program) -> None:
    """to_pandas gives Arrow-backed decimal columns and the share of targets met per category."""
    pd = pytest.importorskip("pandas", reason="the pandas extra is not installed")
    frame = minsheng.to_pandas([kunming_2025])
    assert isinstance(frame.dtypes["ratio"], pd.ArrowDtype)
    assert pa.types.is_decimal(frame.dtypes["ratio"].pyarrow_dtype)
    assert frame.loc[frame["metric"] == "kindergarten-places", "attainment_low"].iloc[0] == D("1.7")
    judged = frame[frame["verdict"].isin(["met", "not-met", "undetermined"])]
    share = (judged["verdict"] == "met").groupby(judged["category"]).mean()
    rows = [
        r
        for r in minsheng.metric_rows([kunming_2025])
        if r.category == "education" and r.verdict in ("met", "not-met", "undetermined")
    ]
    assert share["education"] == sum(r.verdict == "met" for r in rows) / len(rows)
    figures = minsheng.to_pandas([kunming_2025], table="figures")
    assert len(figures) == len(list(minsheng.figure_rows([kunming_2025])))


def test_to_pandas_rejects_unknown_tables() -> None:
    """An unknown table name is an InvalidValueError naming the choices."""
    with pytest.raises(minsheng.InvalidValueError, match="programs, projects, figures, metrics"):
        minsheng.to_pandas([], table="rows")  # type: ignore[arg-type]


def test_duckdb_reads_the_parquet(kunming_2025: minsheng.Program, tmp_path: Path) -> None:
    """DuckDB reads the export with exact DECIMAL columns and counts what the rows count."""
    duckdb = pytest.importorskip("duckdb", reason="duckdb is not installed")
    minsheng.export([kunming_2025], tmp_path, format="parquet")
    path = (tmp_path / "metrics.parquet").as_posix()
    con = duckdb.connect()
    met, total = con.execute(
        "SELECT count(*) FILTER (status = 'met'), count(*) FROM read_parquet(?)", [path]
    ).fetchone()
    rows = list(minsheng.metric_rows([kunming_2025]))
    assert (met, total) == (sum(r.status == "met" for r in rows), len(rows))
    kind = con.execute(
        "SELECT typeof(ratio) FROM read_parquet(?) WHERE ratio IS NOT NULL LIMIT 1", [path]
    ).fetchone()[0]
    assert kind.startswith("DECIMAL")


def test_python_api_errors(tmp_path: Path) -> None:
    """An unknown format and an empty path are InvalidValueErrors; a file is not a folder."""
    with pytest.raises(minsheng.InvalidValueError, match="not one of csv"):
        minsheng.export([], tmp_path, format="xlsx")
    with pytest.raises(minsheng.InvalidValueError, match="must not be empty"):
        minsheng.export([], " ", format="csv")
    file = tmp_path / "file"
    file.write_text("", encoding="utf-8")
    with pytest.raises(minsheng.ExportError, match="is a file: export writes into a folder"):
        minsheng.export([], file, format="csv")


def test_export_reads_a_generator_once(kunming_2025: minsheng.Program, tmp_path: Path) -> None:
    """A one-shot iterator of programs fills every table, not only the first."""
    minsheng.export(iter([kunming_2025]), tmp_path, format="csv")
    metrics = sum(len(p.metrics) for p in kunming_2025.projects) + len(kunming_2025.figures)
    assert len(read_csv(tmp_path / "metrics.csv", "metrics")) == metrics


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main([*args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "datapackage"])
def test_cli_export_every_format(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`minsheng export --format F --to DIR` writes the four tables and names each file."""
    code, out, err = _run(["export", "--format", fmt, "--to", str(tmp_path)], capsys)
    assert (code, err) == (0, "")
    written = [Path(line).name for line in out.splitlines()]
    extension = "csv" if fmt == "datapackage" else fmt
    assert written[:4] == [f"{t}.{extension}" for t in TABLES]
    assert all((tmp_path / name).is_file() for name in written)


def test_cli_export_selects(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Datasets and selection options narrow the export: met education metrics of 2025."""
    code, _, _ = _run(
        [
            "export",
            "kunming/2025",
            "--category",
            "education",
            "--status",
            "met",
            "--to",
            str(tmp_path),
        ],
        capsys,
    )
    assert code == 0
    rows = read_csv(tmp_path / "metrics.csv", "metrics")
    names = [c.name for c in columns_of("metrics")]
    statuses = {(r[names.index("category")], r[names.index("verdict")]) for r in rows}
    assert statuses == {("education", "met")}
    figures = read_csv(tmp_path / "figures.csv", "figures")
    metric = [c.name for c in columns_of("figures")].index("metric")
    assert {r[names.index("metric")] for r in rows} == {r[metric] for r in figures}


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["export", "--to", ""], 2, "--to needs a folder"),
        (["export", "--to", "  "], 2, "--to needs a folder"),
        (["export", "--to", "-"], 2, "not to standard output"),
        (["export", "--format", "xlsx", "--to", "x"], 2, "invalid choice"),
        (["export", "--years", "2026-2024", "--to", "x"], 2, "ends before it starts"),
        (["export", "nowhere/2025", "--to", "x"], 1, "nowhere"),
    ],
)
def test_cli_export_errors(
    args: list[str], code: int, needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad arguments are one clear line and exit 2; a missing dataset exits 1; no traceback."""
    if code == 2 and "--to" in args and args[-1] not in ("", "  ", "-"):
        with pytest.raises(SystemExit) as exit_info:
            main(args)
        assert exit_info.value.code == 2
        err = capsys.readouterr().err
    else:
        got, _, err = _run(args, capsys)
        assert got == code
        assert len(err.strip().splitlines()) == 1
    assert needle in err
    assert "Traceback" not in err


def test_cli_export_unwritable_is_an_io_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder that cannot be made is one line and exit 1."""
    file = tmp_path / "file"
    file.write_text("", encoding="utf-8")
    code, _, err = _run(["export", "--to", str(file / "sub")], capsys)
    assert code == 1
    assert err.startswith("minsheng: cannot write")
    assert len(err.strip().splitlines()) == 1


def test_parquet_without_pyarrow_says_which_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without pyarrow, Parquet export names the extra to install, exit 1, no traceback."""
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    code, _, err = _run(["export", "--format", "parquet", "--to", str(tmp_path)], capsys)
    assert code == 1
    assert install_command("parquet") in err
    with pytest.raises(minsheng.ExportError, match=re.escape(install_command("pandas"))):
        minsheng.to_pandas([])


class _Installed:
    def __init__(self, recorded: str | None) -> None:
        self.recorded = recorded

    def read_text(self, name: str) -> str | None:
        assert name == "direct_url.json"
        return self.recorded


@pytest.mark.parametrize(
    ("recorded", "command"),
    [
        # a newcomer's: from a checkout, the index's name found no package
        ('{"url": "file://{folder}", "dir_info": {}}', "pip install '{folder}[x]'"),
        ('{"url": "file://{folder}", "dir_info": {"editable": true}}', "pip install '{folder}[x]'"),
        # a wheel's file (CI's: a temporary folder, gone since) and an index: the name
        ('{"url": "file://{folder}/m.whl", "archive_info": {}}', "pip install 'minsheng[x]'"),
        ('{"url": "file:///no/such/folder", "dir_info": {}}', "pip install 'minsheng[x]'"),
        ('{"url": "https://example.org/minsheng.whl"}', "pip install 'minsheng[x]'"),
        (None, "pip install 'minsheng[x]'"),
        ("not json", "pip install 'minsheng[x]'"),
    ],
)
def test_the_install_command_names_where_minsheng_came_from(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, recorded: str | None, command: str
) -> None:
    """An extra's hint names the folder minsheng was installed from, else the index's name."""
    from importlib import metadata

    folder = tmp_path / "my code"
    folder.mkdir()
    if recorded is not None:
        recorded = recorded.replace("{folder}", str(folder).replace(" ", "%20"))
    monkeypatch.setattr(metadata, "distribution", lambda _: _Installed(recorded))
    assert install_command("x") == command.replace("{folder}", str(folder))


def test_csv_quotes_what_needs_quoting(tmp_path: Path) -> None:
    """Phrases with commas, quotes and newlines survive CSV."""
    quantity = minsheng.Quantity(D(1), "个", phrase='a,"b"\nc', source=None)
    program = minsheng.load("kunming", 2025)
    project = program.project(1)
    metric = attrs.evolve(project.metrics[0], actual=quantity)
    program = attrs.evolve(
        program, projects=(attrs.evolve(project, metrics=(metric,)),), ballot=None
    )
    minsheng.export([program], tmp_path, format="csv")
    rows = read_csv(tmp_path / "figures.csv", "figures")
    assert 'a,"b"\nc' in rows[1]
    text = io.StringIO((tmp_path / "figures.csv").read_text(encoding="utf-8"))
    assert next(csv.reader(text))[0] == "city"


def test_citation_file_names_this_release() -> None:
    """CITATION.cff is CFF 1.2 and names the package's version and licence."""
    text = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    fields = dict(
        line.split(": ", 1) for line in text.splitlines() if ": " in line and line[0] != " "
    )
    assert fields["cff-version"] == "1.2.0"
    assert fields["version"] == minsheng.__version__
    assert fields["license"] == "MIT"
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_program_rows_cite_and_license(kunming_2025: minsheng.Program, tmp_path: Path) -> None:
    """Each dataset's licence and citation text are exported with it, the dataset's own first."""
    own = attrs.evolve(kunming_2025, license="CC-BY-4.0", citation="Cite me so.")
    other = attrs.evolve(kunming_2025, year=2024)  # one program per city, year and stage
    minsheng.export([own, other], tmp_path, format="jsonl")
    rows = [
        json.loads(line) for line in (tmp_path / "programs.jsonl").read_text("utf-8").splitlines()
    ]
    assert (rows[0]["license"], rows[0]["citation"]) == ("CC-BY-4.0", "Cite me so.")
    assert rows[1]["license"] == kunming_2025.license
    if kunming_2025.citation is None:
        assert rows[1]["citation"].startswith("minsheng dataset kunming/2024, revision")


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_failed_export_leaves_the_folder_as_it_was(
    kunming_2025: minsheng.Program, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk left a figures.csv cut at 4096 bytes beside the old tables."""
    minsheng.export([kunming_2025], tmp_path)
    before = _tree(tmp_path)
    real = Path.write_text

    def full(self: Path, text: str, *args: Any, **kwargs: Any) -> int:
        if ".figures.csv." in self.name:
            real(self, text[:4096], *args, **kwargs)
            raise OSError(28, "No space left on device", str(self))
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", full)
    with pytest.raises(minsheng.ExportError, match=r"figures\.csv: No space left on device"):
        minsheng.export(minsheng.select([kunming_2025], category="education"), tmp_path)
    assert _tree(tmp_path) == before  # no temporary left, no table half written


def test_a_table_that_cannot_be_written_leaves_no_file(
    kunming_2025: minsheng.Program, tmp_path: Path
) -> None:
    """An error in one table (a value too wide) writes none of the four."""
    program = _with_wide_baseline(kunming_2025, "123456789012345678901234567890123.5", 1)
    with pytest.raises(minsheng.ExportError, match="does not fit"):
        minsheng.export([program], tmp_path / "out", format="parquet")
    assert not (tmp_path / "out").exists() or _tree(tmp_path / "out") == {}


def test_a_datapackage_descriptor_never_describes_other_data(
    kunming_2025: minsheng.Program, tmp_path: Path
) -> None:
    """CSV files written over a Data Package's left its datapackage.json describing the old ones."""
    minsheng.export([kunming_2025], tmp_path, format="datapackage")
    minsheng.export([kunming_2025], tmp_path, format="parquet")  # other files: it still holds
    assert (tmp_path / "datapackage.json").is_file()
    paths = minsheng.export(minsheng.select([kunming_2025], years=(2030, 2030)), tmp_path)
    assert not (tmp_path / "datapackage.json").exists()
    assert {p.name for p in paths} == {f"{table}.csv" for table in TABLES}
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    (theirs / "datapackage.json").write_text('{"resources": [{"path": "figures.csv"}]}')
    minsheng.export([kunming_2025], theirs)  # not minsheng's: left alone
    assert (theirs / "datapackage.json").is_file()


def test_an_export_assesses_each_program_once(
    kunming_2025: minsheng.Program, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The project and metric tables each assessed every program: most of an export's time."""
    from minsheng import _rows

    calls: list[minsheng.Program] = []
    real = minsheng.assess

    def counting(program: minsheng.Program) -> minsheng.Assessment:
        calls.append(program)
        return real(program)

    monkeypatch.setattr(_rows, "assess", counting)
    minsheng.export([kunming_2025], tmp_path, format="csv")
    assert calls == [kunming_2025]
    list(minsheng.metric_rows([kunming_2025]))  # outside an export, a view assesses afresh
    assert len(calls) == 2


def test_a_failed_rename_puts_every_file_back(
    kunming_2025: minsheng.Program, tmp_path: Path
) -> None:
    """A rename that failed after others left the tables before it replaced (half an export)."""
    minsheng.export([kunming_2025], tmp_path)
    (tmp_path / "metrics.csv").unlink()
    (tmp_path / "metrics.csv").mkdir()  # the last rename cannot replace a folder
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    with pytest.raises(minsheng.ExportError, match=r"metrics\.csv"):
        minsheng.export(minsheng.select([kunming_2025], category="education"), tmp_path)
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*before, "metrics.csv"])


@pytest.mark.parametrize(
    ("error", "nth"),
    [(PermissionError(1, "Operation not permitted", "figures.csv"), 3), (KeyboardInterrupt(), 4)],
)
def test_a_rename_that_fails_or_is_interrupted_is_rolled_back(
    error: BaseException,
    nth: int,
    kunming_2025: minsheng.Program,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A rename that fails, or a Ctrl-C before one, left new tables beside hidden old ones.

    The third fails (a file another user owns, in a sticky folder), or a
    Ctrl-C comes at the fourth: every file stays old.
    """
    minsheng.export([minsheng.load("kunming", 2026)], tmp_path)
    before = _tree(tmp_path)
    real = Path.replace
    placed: list[str] = []

    def failing(self: Path, target: Any) -> Path:
        if self.name.endswith(".tmp") and not Path(target).name.endswith(".tmp"):
            if len(placed) == nth - 1:
                placed.append("failed")
                raise error
            placed.append(Path(target).name)
        return real(self, target)

    monkeypatch.setattr(Path, "replace", failing)
    if isinstance(error, OSError):
        with pytest.raises(minsheng.ExportError, match="Operation not permitted"):
            minsheng.export([kunming_2025], tmp_path)
    else:
        with pytest.raises(KeyboardInterrupt):
            minsheng.export([kunming_2025], tmp_path)
    monkeypatch.undo()
    assert _tree(tmp_path) == before


def test_exported_files_get_the_mode_new_files_get(
    kunming_2025: minsheng.Program, tmp_path: Path
) -> None:
    """Exported files were 0600 (mkstemp's), unreadable to others.

    A file written again keeps its mode.
    """
    import os

    old = os.umask(0o022)
    try:
        minsheng.export([kunming_2025], tmp_path / "a")
    finally:
        os.umask(old)
    assert {(p.stat().st_mode & 0o777) for p in (tmp_path / "a").iterdir()} == {0o644}
    (tmp_path / "a" / "figures.csv").chmod(0o640)
    minsheng.export([kunming_2025], tmp_path / "a")
    assert (tmp_path / "a" / "figures.csv").stat().st_mode & 0o777 == 0o640


def test_a_symbolic_link_is_written_through(kunming_2025: minsheng.Program, tmp_path: Path) -> None:
    """A table that is a link to a file elsewhere is written there; the link stays a link."""
    elsewhere = tmp_path / "elsewhere.csv"
    elsewhere.write_text("old", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "figures.csv").symlink_to(elsewhere)
    minsheng.export([kunming_2025], out)
    assert (out / "figures.csv").is_symlink()
    assert elsewhere.read_text(encoding="utf-8").startswith("city,")


@pytest.mark.parametrize(
    ("to", "error", "needle"),
    [
        ("x" * 300, minsheng.ExportError, "File name too long"),
        ("a\0b", minsheng.InvalidValueError, "NUL"),
    ],
)
def test_an_impossible_folder_name_is_a_clear_error(
    to: str, error: type[Exception], needle: str
) -> None:
    """A name too long raised a bare OSError, a NUL byte a ValueError."""
    with pytest.raises(error, match=needle):
        minsheng.export([], to)


def test_a_filtered_exports_project_and_metric_tables_agree(
    kunming_2025: minsheng.Program,
) -> None:
    """status=met wrote met metrics of projects the project table left out."""
    for status in ("met", "evidence", "undetermined"):
        chosen = minsheng.select([kunming_2025], status=status)
        projects = {r.project for r in minsheng.project_rows(chosen)}
        metrics = {r.project for r in minsheng.metric_rows(chosen)}
        assert metrics <= projects, status
        assert metrics, status


def test_a_package_states_a_licence_only_where_every_dataset_does(
    kunming_2025: minsheng.Program, tmp_path: Path
) -> None:
    """A package of a dataset with no licence and one under MIT declared MIT for both."""
    unlicensed = attrs.evolve(kunming_2025, license=None, revision=kunming_2025.revision + 1)
    other = minsheng.load("kunming", 2026)
    minsheng.export([unlicensed, other], tmp_path, format="datapackage")
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert "licenses" not in descriptor
    assert [d["license"] for d in descriptor["minsheng"]["datasets"]] == [None, other.license]
    minsheng.export([kunming_2025, other], tmp_path / "both", format="datapackage")
    both = json.loads((tmp_path / "both" / "datapackage.json").read_text(encoding="utf-8"))
    assert both["licenses"] == [{"name": other.license}]


def test_a_failed_export_removes_the_folders_it_made(tmp_path: Path) -> None:
    """A failed export into a new folder left it, and its parents, behind, empty."""
    program = _with_wide_baseline(
        minsheng.load("kunming", 2025), "123456789012345678901234567890123.5", 1
    )
    with pytest.raises(minsheng.ExportError, match="does not fit"):
        minsheng.export([program], tmp_path / "new" / "deep", format="parquet")
    assert list(tmp_path.iterdir()) == []


def test_two_tables_that_lead_to_one_file_are_refused(
    kunming_2025: minsheng.Program, tmp_path: Path
) -> None:
    """programs.csv linked to metrics.csv: the last rename won, and programs.csv held metrics."""
    minsheng.export([kunming_2025], tmp_path)
    (tmp_path / "programs.csv").unlink()
    (tmp_path / "programs.csv").symlink_to("metrics.csv")
    before = _tree(tmp_path)
    with pytest.raises(minsheng.ExportError, match="are one file"):
        minsheng.export([kunming_2025], tmp_path)
    assert _tree(tmp_path) == before
    (tmp_path / "programs.csv").unlink()
    (tmp_path / "programs.csv").hardlink_to(tmp_path / "metrics.csv")
    with pytest.raises(minsheng.ExportError, match="are one file"):
        minsheng.export([kunming_2025], tmp_path)


def test_a_table_linked_to_a_folder_is_refused_with_nothing_left(
    kunming_2025: minsheng.Program, tmp_path: Path
) -> None:
    """A link to a folder left a temporary in the folder's parent, and said Not a directory."""
    (tmp_path / "elsewhere").mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "figures.csv").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(minsheng.ExportError, match="it is a folder, not a file"):
        minsheng.export([kunming_2025], out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere", "out"]
    assert [p.name for p in out.iterdir()] == ["figures.csv"]


def test_an_interrupt_right_after_a_rename_is_rolled_back(
    kunming_2025: minsheng.Program, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Python raises a Ctrl-C after the rename it interrupts: the move went unrecorded."""
    minsheng.export([minsheng.load("kunming", 2026)], tmp_path)
    before = _tree(tmp_path)
    real = Path.replace
    for nth in range(1, 9):  # each of the four moves aside and the four renames in turn
        calls: list[int] = []

        def late(self: Path, target: Any, nth: int = nth, calls: list[int] = calls) -> Path:
            moved = real(self, target)
            calls.append(1)
            if len(calls) == nth:
                raise KeyboardInterrupt
            return moved

        monkeypatch.setattr(Path, "replace", late)
        with pytest.raises(KeyboardInterrupt):
            minsheng.export([kunming_2025], tmp_path)
        monkeypatch.undo()
        assert _tree(tmp_path) == before, nth


def test_an_interrupt_while_old_files_are_removed_leaves_the_new_export(
    kunming_2025: minsheng.Program, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every new table was in place; a Ctrl-C then left the old ones as hidden temporaries."""
    minsheng.export([minsheng.load("kunming", 2026)], tmp_path)
    real = Path.unlink
    hits: list[int] = []

    def interrupted(self: Path, missing_ok: bool = False) -> None:
        real(self, missing_ok=missing_ok)
        if self.name.endswith(".tmp") and not hits:
            hits.append(1)
            raise KeyboardInterrupt

    monkeypatch.setattr(Path, "unlink", interrupted)
    with pytest.raises(KeyboardInterrupt):
        minsheng.export([kunming_2025], tmp_path)
    monkeypatch.undo()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(f"{t}.csv" for t in TABLES)
    fresh = tmp_path.parent / f"{tmp_path.name}-fresh"
    minsheng.export([kunming_2025], fresh)
    assert _tree(tmp_path) == _tree(fresh)


def test_a_failed_export_removes_only_the_folders_it_made(tmp_path: Path) -> None:
    """For new/../existing, the folder that existed was removed; for a deep name, parents stayed."""
    program = _with_wide_baseline(
        minsheng.load("kunming", 2025), "123456789012345678901234567890123.5", 1
    )
    existing = tmp_path / "existing"
    existing.mkdir()
    with pytest.raises(minsheng.ExportError, match="does not fit"):
        minsheng.export([program], tmp_path / "new" / ".." / "existing", format="parquet")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing"]
    with pytest.raises(minsheng.ExportError, match="File name too long"):
        minsheng.export([program], tmp_path / "a" / "b" / ("x" * 300) / "c")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing"]


def test_a_read_only_table_is_exported_again(
    kunming_2025: minsheng.Program, tmp_path: Path
) -> None:
    """The temporary took the table's 0444 before it was written, and writing it failed."""
    minsheng.export([kunming_2025], tmp_path)
    (tmp_path / "figures.csv").chmod(0o444)
    minsheng.export(minsheng.select([kunming_2025], category="education"), tmp_path)
    assert (tmp_path / "figures.csv").stat().st_mode & 0o777 == 0o444


def test_a_deep_or_foreign_descriptor_is_left_alone(
    kunming_2025: minsheng.Program, tmp_path: Path
) -> None:
    """A datapackage.json nested deeper than json reads crashed the export (exit 70)."""
    (tmp_path / "datapackage.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    minsheng.export([kunming_2025], tmp_path)
    assert (tmp_path / "datapackage.json").stat().st_size == 200_000


def test_a_text_that_is_not_unicode_is_a_clear_error(
    kunming_2025: minsheng.Program, tmp_path: Path
) -> None:
    """A lone surrogate in a program built in code raised a bare UnicodeEncodeError."""
    project = kunming_2025.project(1)
    odd = attrs.evolve(kunming_2025, projects=(attrs.evolve(project, notes=("学位\ud800",)),))
    with pytest.raises(minsheng.ExportError, match="not valid Unicode"):
        minsheng.export([odd], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_package_of_datasets_under_different_licences_states_none(
    kunming_2025: minsheng.Program, tmp_path: Path
) -> None:
    """CC-BY-4.0 and MIT datasets made a package under both, as if each were under both."""
    other = attrs.evolve(kunming_2025, license="CC-BY-4.0", revision=kunming_2025.revision + 1)
    minsheng.export([other, minsheng.load("kunming", 2026)], tmp_path, format="datapackage")
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert "licenses" not in descriptor


def test_one_program_at_two_stages_is_a_valid_datapackage(
    kunming_2025: minsheng.Program, tmp_path: Path
) -> None:
    """Regression: the same city and year at two stages broke the package's primary keys."""
    frictionless = pytest.importorskip("frictionless", reason="frictionless is not installed")
    progress = attrs.evolve(kunming_2025, stage=minsheng.Stage.PROGRESS, as_of=dt.date(2025, 6, 30))
    minsheng.export([kunming_2025, progress], tmp_path, format="datapackage")
    report = frictionless.validate(tmp_path / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    keys = [r["schema"]["primaryKey"] for r in descriptor["resources"]]
    assert all(key[:3] == ["city", "year", "stage"] for key in keys)


@pytest.mark.parametrize("format_", ["csv", "parquet", "datapackage"])
def test_a_program_given_twice_is_refused(
    kunming_2025: minsheng.Program, tmp_path: Path, format_: str
) -> None:
    """Regression: a program given twice was exported twice, and every share counted double."""
    revised = attrs.evolve(kunming_2025, revision=kunming_2025.revision + 1)
    selected = minsheng.select([kunming_2025, kunming_2025])  # a review's: a Selection too
    for twice in ([kunming_2025, kunming_2025], [kunming_2025, revised], selected):
        with pytest.raises(minsheng.ExportError, match=r"kunming 2025 \(reported\) is given twice"):
            minsheng.export(twice, tmp_path / "out", format=format_)
        assert not (tmp_path / "out").exists()


def test_the_command_line_refuses_a_dataset_given_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "kunming", "2025", "kunming", "2025", "--to", str(tmp_path / "x")]) == 1
    assert "kunming 2025 (reported) is given twice" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize(
    ("where", "table", "column"),
    [("number", "projects", "project"), ("revision", "programs", "revision")],
)
def test_an_integer_past_64_bits_is_an_export_error(
    where: str, table: TableName, column: str, tmp_path: Path
) -> None:
    """A reviewer's: project number 2**63 loads, and Parquet raised a bare OverflowError."""
    document = json.loads((ROOT / "datasets" / "kunming" / "2025.json").read_bytes())
    if where == "number":
        document["projects"][0]["number"] = 2**63
    else:
        document["revision"] = 10**30
    program = minsheng.loads(json.dumps(document))
    with pytest.raises(minsheng.ExportError, match=r"column holds .* 64-bit integer"):
        minsheng.export([program], tmp_path / "p", format="parquet")
    with pytest.raises(minsheng.ExportError, match=f"{table} table's {column} column holds"):
        minsheng.to_pandas([program], table=table)
    rows = minsheng.export([program], tmp_path / "c", format="csv")  # CSV keeps every digit
    assert rows
