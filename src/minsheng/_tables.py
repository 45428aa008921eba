"""The tables minsheng exports: the program and project tables' columns, and all four by name.

The figure and metric tables' columns live in :mod:`minsheng._columns`; this
module adds the program table (one row per dataset, with its licence,
citation and sources) and the project table (one row per project, with its
vote rank and status), and names the four tables for the writers and the
docs' column reference.
"""

from __future__ import annotations

import json
from operator import attrgetter
from typing import Literal, NamedTuple, cast

from minsheng._columns import (
    FIGURE_COLUMNS,
    METRIC_COLUMNS,
    Column,
    _at,
    _en,
    _Place,
    _place_columns,
    _project_columns,
    _project_result_columns,
    _value,
    _zh,
    notes_text,
)
from minsheng._model import Program
from minsheng._record import web_address
from minsheng._results import ProjectResult
from minsheng._schemas import SCHEMA_ID


def sources_text(program: Program) -> str:
    """The program's sources as a JSON array of objects, dates as ISO strings."""
    items = []
    for s in program.sources:
        item = {"id": s.id, "publisher": s.publisher, "title": s.title, "date": s.date.isoformat()}
        # a url only where it is a web address (not javascript:)
        optional = (("author", s.author), ("url", web_address(s.url)), ("note", s.note))
        item.update({name: value for name, value in optional if value is not None})
        items.append(item)
    return json.dumps(items, ensure_ascii=False, separators=(",", ":"))


def citation(program: Program) -> str:
    """How to cite a dataset: its own citation text, or one built from its sources.

    >>> import minsheng
    >>> print(citation(minsheng.load("kunming", 2026)))  # doctest: +ELLIPSIS
    minsheng dataset kunming/2026, revision ... (昆明市 2026). From: 昆明日报, ...
    """
    if program.citation is not None:
        return program.citation
    sources = "; ".join(
        ", ".join(
            part
            for part in (s.publisher, s.title, s.author, s.date.isoformat(), web_address(s.url))
            if part
        )
        for s in program.sources
    )
    name = program.jurisdiction.name.zh
    return (
        f"minsheng dataset {program.key}, revision {program.revision}"
        f" ({name} {program.year}). From: {sources}."
    )


def license_of(program: Program) -> str | None:
    """The dataset's licence (an SPDX id or text), where it states one."""
    return program.license


PROGRAM_COLUMNS: tuple[Column[_Place], ...] = (
    *_at("program", _place_columns(lambda p: p)),
    Column(
        "level",
        "string",
        "The jurisdiction's level, from its code: province, prefecture or county.",
        lambda p: _value(p.program.jurisdiction.level),
        required=True,
    ),
    Column(
        "name",
        "string",
        "The program's own name (惠民实事, 为民办实事).",
        lambda p: _zh(p.program.name),
    ),
    Column(
        "as_of",
        "date",
        "The date the program's figures stand as of.",
        lambda p: p.program.as_of,
        required=True,
    ),
    Column(
        "projects",
        "integer",
        "How many projects the program has (the whole program's, whatever a selection keeps).",
        lambda p: len(p.program.projects),
        required=True,
    ),
    Column(
        "program_figures",
        "integer",
        "How many figures of the whole program it has (八个方面25项): metrics outside"
        " every project. The figures table has a row for every figure of every metric.",
        lambda p: len(p.program.figures),
        required=True,
    ),
    Column(
        "metrics",
        "integer",
        "How many metrics its projects have (the whole program's).",
        lambda p: sum(len(project.metrics) for project in p.program.projects),
        required=True,
    ),
    Column(
        "license",
        "string",
        "The data licence the dataset states (an SPDX id or text).",
        lambda p: license_of(p.program),
    ),
    Column(
        "citation",
        "string",
        "How to cite the dataset; built from its sources where it states none.",
        lambda p: citation(p.program),
        required=True,
    ),
    Column(
        "sources",
        "string",
        "The dataset's sources as a JSON array: id, publisher, title, date, author, url.",
        lambda p: sources_text(p.program),
        required=True,
    ),
    Column(
        "schema",
        "string",
        "The dataset schema the data follows.",
        lambda _: SCHEMA_ID,
        required=True,
    ),
    Column(
        "notes",
        "string",
        "The dataset's notes on the whole program, as a JSON array (the date its outcomes"
        " stand as of, where they were reported).",
        lambda p: notes_text(p.program.notes),
    ),
)
"""The columns of the program table, in order: one row per dataset."""


class _Ranked(NamedTuple):
    """A project row's context: its program's place and the project, assessed."""

    place: _Place
    result: ProjectResult
    path: str


PROJECT_COLUMNS: tuple[Column[_Ranked], ...] = (
    *_at("program", _place_columns(attrgetter("place"))),
    *_project_columns(attrgetter("place"), attrgetter("result.project")),
    Column(
        "title_en",
        "string",
        "The project's title in English (minsheng's translation unless marked official).",
        lambda r: _en(r.result.project.title),
    ),
    Column(
        "description",
        "string",
        "The pledge as the program words it, in Chinese.",
        attrgetter("result.project.description"),
    ),
    Column(
        "path",
        "string",
        "The project's JSON path in the dataset ($.projects[0]).",
        attrgetter("path"),
        required=True,
    ),
    Column(
        "metrics",
        "integer",
        "How many metrics the project has (none before its targets are set).",
        lambda r: len(r.result.project.metrics),
        required=True,
    ),
    *_project_result_columns(attrgetter("result")),
    Column(
        "notes",
        "string",
        "The dataset's notes on the project, as a JSON array: how its sources were read"
        " (确保 read as at least), on which its metrics' statuses may rest.",
        lambda r: notes_text(r.result.project.notes),
    ),
)
"""The columns of the project table, in order: one row per project, with its vote rank."""


TableName = Literal["programs", "projects", "figures", "metrics"]
TABLES: tuple[TableName, ...] = ("programs", "projects", "figures", "metrics")
"""The tables minsheng exports, in order."""


def columns_of(table: TableName) -> tuple[Column[object], ...]:
    """The column definition of ``table``."""
    found = {
        "programs": PROGRAM_COLUMNS,
        "projects": PROJECT_COLUMNS,
        "figures": FIGURE_COLUMNS,
        "metrics": METRIC_COLUMNS,
    }
    # Each table's columns read its own kind of record; callers only name them.
    return cast("tuple[Column[object], ...]", found[table])


def columns_markdown() -> str:
    """The column reference of every table, as Markdown tables."""
    lines = []
    for table in TABLES:
        lines += ["", f"## {table}", "", "| column | type | required | meaning |"]
        lines.append("|---|---|---|---|")
        for column in columns_of(table):
            description = column.description.replace("|", "\\|")
            required = "yes" if column.required else ""
            lines.append(f"| `{column.name}` | {column.type} | {required} | {description} |")
    return "\n".join(lines[1:]) + "\n"
