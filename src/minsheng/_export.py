"""Exports: CSV, JSON lines, Parquet, a Frictionless Data Package, and DataFrames.

Every format writes the same four tables (``programs``, ``projects``,
``figures``, ``metrics``) with the columns that :mod:`minsheng._tables`
names, and every number stays exact:

- CSV and JSON lines (standard library): decimals as plain decimal text
  (``"5100"``, ``"95.12"``), never JSON numbers, so no reader turns them into
  floats; an empty CSV cell is a missing value.
- Parquet (the ``parquet`` extra, pyarrow): decimals as Arrow's
  decimal128(37, 10) in every export, which holds every figure exactly; the
  computed columns are written to 10 places in every format.
- A Data Package: the CSV files and a ``datapackage.json`` with a Table Schema
  per resource, the datasets' sources, licences, revisions and citations.
- :func:`to_pandas` (the ``pandas`` extra): a DataFrame with Arrow-backed
  decimal columns.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from minsheng._columns import Column, place_of
from minsheng._context import own_context
from minsheng._decimals import DECIMAL_PLACES
from minsheng._errors import InvalidValueError, clip, expect, install_command
from minsheng._i18n import listing, msg, verbatim
from minsheng._query import Selection
from minsheng._record import web_address
from minsheng._rows import Rows, assessing_once, programs_of, table_chunks, table_values
from minsheng._tables import TABLES, TableName, columns_of, license_of
from minsheng._version import __version__
from minsheng._writing import (
    ExportError,
    make_folders,
    output_folder,
    text_writer,
    undone_on_failure,
    write_all,
)

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

Format = Literal["csv", "jsonl", "parquet", "datapackage"]
FORMATS: tuple[Format, ...] = ("csv", "jsonl", "parquet", "datapackage")
"""The formats :func:`export` writes."""

DECIMAL_DIGITS = 37
"""The digits of every decimal column in Parquet: 27 before the point hold every figure and a
ratio between figures in one unit; one short of decimal128's 38 lets Arrow add two columns."""


def _needs(module: str, extra: str, what: str) -> Any:  # noqa: ANN401 - a module
    import importlib  # noqa: PLC0415

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        if isinstance(exc, ModuleNotFoundError) and exc.name == module.partition(".")[0]:
            raise ExportError(
                msg(
                    "{what} needs the {extra} extra: {command}",
                    what=what,
                    extra=extra,
                    command=verbatim(install_command(extra)),
                )
            ) from None
        # installed, but it failed to import (a library it loads, too little memory)
        raise ExportError(
            msg(
                "{what} needs {module}, which is installed but failed to import: {error}",
                what=what,
                module=module,
                error=verbatim(clip(str(exc), 200)),
            )
        ) from None


def _materialize(source: Rows, function: str = "export") -> Rows:
    """Programs that can be read once per table: a one-shot iterator is read once here.

    ``function`` is the public function that was given them, which errors name.
    """
    if source is None:
        return source
    programs = list(programs_of(source, function))  # each checked as the row views check it
    seen: set[tuple[str, int, str]] = set()
    for program in programs:
        key = (program.jurisdiction.slug, program.year, program.stage.value)
        if key in seen:
            # the tables' rows are keyed by city, year and stage: a second copy
            # would count every figure twice, and break the Data Package's key
            raise ExportError(
                msg(
                    "{city} {year} ({stage}) is given twice; the tables hold one program"
                    " per city, year and stage",
                    city=verbatim(clip(key[0])),
                    year=key[1],
                    stage=key[2],
                )
            )
        seen.add(key)
    return source if isinstance(source, Selection) else programs


def _columns(table: TableName, source: Rows) -> list[list[object]]:
    """The table's values, column by column."""
    columns: list[list[object]] = [[] for _ in columns_of(table)]
    for chunk in table_chunks(table, source):
        for column, values in zip(columns, chunk, strict=True):
            column.extend(values)
    return columns


def _text(value: object) -> str:
    """A value as CSV text: decimals in plain notation, booleans as true/false."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _json_value(value: object) -> object:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def csv_text(table: TableName, source: Rows) -> str:
    """The table as CSV text, with a header row of column names."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([c.name for c in columns_of(table)])
    for row in table_values(table, source):
        writer.writerow([_text(v) for v in row])
    return buffer.getvalue()


# Line breaks other than \n that JSON leaves unescaped: readers that split lines
# as Python's str.splitlines() does would cut a record at them.
_OTHER_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def jsonl_text(table: TableName, source: Rows) -> str:
    """The table as JSON lines, one object per row, decimals as strings.

    Every line break inside a string is escaped, U+2028 and U+2029 too, so
    that each record is one line by any reader's count.
    """
    names = [c.name for c in columns_of(table)]
    return "".join(
        json.dumps(
            dict(zip(names, [_json_value(v) for v in row], strict=True)),
            ensure_ascii=False,
        ).translate(_OTHER_BREAKS)
        + "\n"
        for row in table_values(table, source)
    )


def _decimal_array(table: TableName, column: Column[Any], values: Sequence[object]) -> pa.Array:
    """Decimals as Arrow's decimal128(37, 10), the same type in every export.

    Every figure fits it exactly, and so does a ratio between figures in one
    unit (a ratio across units 10⁶ apart, km² against m², may not); computed
    columns are rounded to 10 places
    (:data:`~minsheng._decimals.DECIMAL_PLACES`).  A value that would not fit
    is an error, never rounded here.  The digits are counted first: pyarrow's
    cast from text wraps a value with too many digits before the point into
    another number, without an error.
    """
    import pyarrow as pa  # noqa: PLC0415
    import pyarrow.compute as pc  # noqa: PLC0415

    array = _plain_texts(values)
    lengths = pc.utf8_length(array)
    points = pc.find_substring(array, ".")
    has_point = pc.greater_equal(points, 0)
    signs = pc.cast(pc.starts_with(array, "-"), pa.int32())
    wholes = pc.subtract(pc.if_else(has_point, points, lengths), signs)
    places = pc.if_else(has_point, pc.subtract(pc.subtract(lengths, points), 1), 0)
    too_wide = pc.or_(
        pc.greater(wholes, DECIMAL_DIGITS - DECIMAL_PLACES), pc.greater(places, DECIMAL_PLACES)
    )
    if pc.any(too_wide).as_py():
        index = pc.index(too_wide, True).as_py()
        raise ExportError(
            msg(
                "the {table} table's {column} column holds {value}, which does not fit a"
                " decimal of {digits} digits, {places} after the point; CSV and JSON lines"
                " keep every digit",
                table=table,
                column=column.name,
                value=clip(str(array[index].as_py())),
                digits=DECIMAL_DIGITS,
                places=DECIMAL_PLACES,
            )
        )
    return array.cast(pa.decimal128(DECIMAL_DIGITS, DECIMAL_PLACES))


def _plain_texts(values: Sequence[object]) -> pa.Array:
    """Decimals as plain decimal text (``format(v, "f")``), as an Arrow string array.

    ``str`` writes a decimal so, and faster, unless it takes an exponent
    (1E+2, 1E-7): then every value is written with ``format``.
    """
    import pyarrow as pa  # noqa: PLC0415
    import pyarrow.compute as pc  # noqa: PLC0415

    array = pa.array([None if v is None else str(v) for v in values], pa.string())
    if pc.any(pc.match_substring(array, "E")).as_py():
        array = pa.array([None if v is None else format(v, "f") for v in values], pa.string())
    return array


_INT64 = (-(2**63), 2**63 - 1)


def _arrow_array(table: TableName, column: Column[Any], values: Sequence[object]) -> pa.Array:
    import pyarrow as pa  # noqa: PLC0415

    if column.type == "decimal":
        return _decimal_array(table, column, values)
    if column.type == "integer":  # a number 2**63 loads (a dataset's ints are unbounded)
        wide = next(
            (v for v in values if isinstance(v, int) and not _INT64[0] <= v <= _INT64[1]), None
        )
        if wide is not None:
            raise ExportError(
                msg(
                    "the {table} table's {column} column holds {value}, which does not fit a"
                    " 64-bit integer; CSV and JSON lines keep every digit",
                    table=table,
                    column=column.name,
                    value=clip(str(wide)),
                )
            )
    kinds = {
        "string": pa.string(),
        "integer": pa.int64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
    }
    return pa.array(values, kinds[column.type])


def _datasets(source: Rows) -> list[dict[str, object]]:
    return [
        {
            "key": place.program.key,
            "revision": place.program.revision,
            "license": license_of(place.program),
        }
        for place in map(place_of, programs_of(source, "export"))
    ]


def arrow_table(table: TableName, source: Rows) -> pa.Table:
    """The table as a pyarrow Table, each field described, decimals exact."""
    pa = _needs("pyarrow", "parquet", "Arrow and Parquet")
    columns = columns_of(table)
    values = _columns(table, source)
    arrays = [_arrow_array(table, c, v) for c, v in zip(columns, values, strict=True)]
    fields = [
        pa.field(
            c.name,
            a.type,
            nullable=not c.required,
            metadata={"description": c.description, "minsheng_type": c.type},
        )
        for c, a in zip(columns, arrays, strict=True)
    ]
    metadata = {"minsheng": json.dumps({"version": __version__, "table": table})}
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields, metadata=metadata))


@own_context
def to_pandas(source: Rows = None, *, table: TableName = "metrics") -> pd.DataFrame:
    """One of the tables as a pandas DataFrame, with exact Arrow-backed decimals.

    ``source`` is an iterable of programs, a :class:`Selection`, or ``None``
    for every installed dataset; ``table`` is ``"metrics"`` (one row per
    metric, assessed), ``"figures"``, ``"projects"`` or ``"programs"``.  Decimal columns have
    the dtype ``pd.ArrowDtype(pa.decimal128(37, 10))``.  Needs the
    ``pandas`` extra.  A type checker knows the result as a DataFrame where
    ``pandas-stubs`` is installed, and as ``Any`` without it: pandas ships
    no type information of its own.

    Raises:
        ArgumentError: ``source`` is no iterable of programs (a lone Program).
        InvalidValueError: ``table`` is none of the four tables.
        ExportError: pandas or pyarrow is missing, a value does not fit, or a program repeats.

    """
    if table not in TABLES:
        raise InvalidValueError(
            msg("{table} is not one of {choices}", table=clip(repr(table)), choices=listing(TABLES))
        )
    pandas = _needs("pandas", "pandas", "to_pandas")
    _needs("pyarrow", "pandas", "to_pandas")
    frame: pd.DataFrame = arrow_table(table, _materialize(source, "to_pandas")).to_pandas(
        types_mapper=pandas.ArrowDtype
    )
    return frame


_LONGEST_DESCRIPTOR = 16 * 2**20  # minsheng writes one of about 100 kB


def _stale_descriptor(folder: Path, files: Iterable[str]) -> Path | None:
    """A datapackage.json that minsheng wrote in ``folder`` and that describes one of ``files``."""
    path = folder / "datapackage.json"
    try:
        if path.stat().st_size > _LONGEST_DESCRIPTOR:
            return None
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None  # none, or not minsheng's: left alone
    if not isinstance(descriptor, dict) or "minsheng" not in descriptor:
        return None
    resources = descriptor.get("resources")
    paths = (
        {r.get("path") for r in resources if isinstance(r, dict)}
        if isinstance(resources, list)
        else set()
    )
    return path if paths & set(files) else None


def _field(column: Column[Any]) -> dict[str, object]:
    """A Table Schema field for the column."""
    kinds = {
        "string": "string",
        "integer": "integer",
        "decimal": "number",
        "boolean": "boolean",
        "date": "date",
    }
    field: dict[str, object] = {
        "name": column.name,
        "type": kinds[column.type],
        "description": column.description,
    }
    if column.type == "boolean":
        field["trueValues"] = ["true"]
        field["falseValues"] = ["false"]
    if column.required:
        field["constraints"] = {"required": True}
    return field


_KEYS: dict[TableName, list[str]] = {
    "programs": ["city", "year", "stage"],
    "projects": ["city", "year", "stage", "path"],
    "figures": ["city", "year", "stage", "path"],
    "metrics": ["city", "year", "stage", "path"],
}


def _source_entries(source: Rows) -> list[dict[str, str]]:
    seen: dict[tuple[str, ...], dict[str, str]] = {}
    for place in map(place_of, programs_of(source, "export")):
        for s in place.program.sources:
            entry = {"title": f"{s.publisher}: {s.title} ({s.date.isoformat()})"}
            url = web_address(s.url)  # not javascript:
            if url is not None:
                entry["path"] = url
            seen.setdefault(tuple(entry.values()), entry)
    return list(seen.values())


def datapackage(source: Rows, files: dict[TableName, str]) -> dict[str, object]:
    """The ``datapackage.json`` descriptor of the exported CSV files."""
    datasets = _datasets(source)
    # a package licence only where every dataset states the same one: a dataset
    # is under its own licence, not the others'
    stated = {d["license"] for d in datasets}
    licences = [str(*stated)] if len(stated) == 1 and None not in stated else []
    descriptor: dict[str, object] = {
        "name": "minsheng",
        "title": "Livelihood pledges of Chinese cities (民生实事), exported by minsheng",
        "profile": "tabular-data-package",
        "sources": _source_entries(source),
        "resources": [
            {
                "name": table,
                "path": files[table],
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [_field(c) for c in columns_of(table)],
                    "missingValues": [""],
                    "primaryKey": _KEYS[table],
                },
            }
            for table in TABLES
        ],
        "minsheng": {"version": __version__, "datasets": datasets},
    }
    if licences:
        descriptor["licenses"] = [{"name": name} for name in licences]
    return descriptor


@own_context
def export(source: Rows, to: str | os.PathLike[str], *, format: str = "csv") -> tuple[Path, ...]:  # noqa: A002
    """Write the programs, projects, figures and metrics tables of ``source`` into folder ``to``.

    ``format`` is ``csv``, ``jsonl``, ``parquet`` (the ``parquet`` extra) or
    ``datapackage`` (CSV files and a ``datapackage.json``).  ``source`` is an
    iterable of programs, a :class:`Selection`, or ``None`` for every installed
    dataset.  The folder is created if needed; files of the same names are
    replaced, all at once or, where one cannot be written, none (and a folder
    it made is removed again); a ``datapackage.json`` that minsheng wrote
    there and that describes a replaced CSV file is removed, as it would
    describe other data.  Returns the paths written.

    Raises:
        ArgumentError: ``source`` is no iterable of programs, or ``to`` no path.
        InvalidValueError: an unknown format or an empty path.
        ExportError: files cannot be written, no pyarrow, a value does not fit, a program repeats.

    """
    expect(to, (str, os.PathLike), "to", "export")
    expect(format, str, "format", "export")
    if format not in FORMATS:
        raise InvalidValueError(
            msg(
                "{format} is not one of {choices}",
                format=clip(repr(format)),
                choices=listing(FORMATS),
            )
        )
    folder = output_folder(to)
    if format == "parquet":
        _needs("pyarrow", "parquet", "Parquet")
    source = _materialize(source)
    writers = _writers(format, source)
    with undone_on_failure() as made:  # the folders this export makes
        make_folders(folder, made)
        # a descriptor that would describe tables it no longer matches goes with them
        stale = None if format == "datapackage" else _stale_descriptor(folder, writers)
        with assessing_once():
            return tuple(write_all(folder, writers, [stale] if stale else []))


def _writers(format: str, source: Rows) -> dict[str, Callable[[Path], object]]:  # noqa: A002
    """Each file of the export by name, with the function that writes it to a path."""
    if format == "parquet":
        import pyarrow.parquet as pq  # noqa: PLC0415

        def parquet(table: TableName) -> Callable[[Path], object]:
            return lambda path: pq.write_table(arrow_table(table, source), path, compression="zstd")

        return {f"{table}.parquet": parquet(table) for table in TABLES}
    extension = "jsonl" if format == "jsonl" else "csv"
    text = jsonl_text if format == "jsonl" else csv_text

    def written_text(table: TableName) -> Callable[[Path], object]:
        return lambda path: path.write_text(text(table, source), encoding="utf-8", newline="")

    files: dict[TableName, str] = {table: f"{table}.{extension}" for table in TABLES}
    writers = {files[table]: written_text(table) for table in TABLES}
    if format == "datapackage":
        descriptor = json.dumps(datapackage(source, files), ensure_ascii=False, indent=2)
        writers["datapackage.json"] = text_writer(descriptor + "\n")
    return writers
