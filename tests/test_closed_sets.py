"""Closed sets stay closed: every enum member has a label, a schema entry and a style."""

from __future__ import annotations

import contextlib
import enum
import io
import re
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

import minsheng
from minsheng import _format, _render, _report
from minsheng._cli import main
from minsheng._locale import served


def _enum_lists(schema: Any, path: str = "$") -> Iterator[tuple[str, list[Any]]]:
    """Yield every ``enum`` of a JSON Schema with its path."""
    if isinstance(schema, dict):
        if "enum" in schema:
            yield path, schema["enum"]
        for key, value in schema.items():
            yield from _enum_lists(value, f"{path}/{key}")
    elif isinstance(schema, list):
        for index, value in enumerate(schema):
            yield from _enum_lists(value, f"{path}[{index}]")


LABELS: list[tuple[Mapping[Any, str], type[enum.Enum]]] = [
    (_render.REPORTED_LABELS, minsheng.ReportedStatus),
    (_render.STAGE_LABELS, minsheng.Stage),
    (_render.STAGE_TITLES, minsheng.Stage),
    (_render.METHOD_LABELS, minsheng.RankingMethod),
    (_render.CATEGORY_LABELS, minsheng.Category),
    (_render.AGREEMENT_LABELS, minsheng.Agreement),
    (_format.STATUS_LABELS, minsheng.Status),
    (_format.COMPARATOR_TEMPLATES, minsheng.Comparator),
]


@pytest.mark.parametrize(("labels", "cls"), LABELS, ids=lambda x: getattr(x, "__name__", ""))
def test_every_member_has_a_translated_label(
    labels: Mapping[Any, str], cls: type[enum.Enum]
) -> None:
    """A new member without a label fails here, not when some dataset first uses it."""
    assert set(labels) == set(cls)
    for label in labels.values():
        assert served("zh-Hans").gettext(label) != label, label


SCHEMA_ENUMS = {
    ("program", "$/properties/stage"): minsheng.Stage,
    ("program", "$/$defs/quantity/properties/approximation"): minsheng.Approximation,
    ("program", "$/$defs/quantity/properties/comparator"): minsheng.Comparator,
    ("program", "$/$defs/metric/properties/kind"): minsheng.MetricKind,
    ("program", "$/$defs/metric/properties/direction"): minsheng.Direction,
    ("program", "$/$defs/metric/properties/measure"): minsheng.Measure,
    ("program", "$/$defs/reported/properties/status"): minsheng.ReportedStatus,
    ("program", "$/$defs/category"): minsheng.Category,
    ("program", "$/$defs/unit/properties/kind"): minsheng.UnitKind,
    ("program", "$/$defs/ballot/properties/method"): minsheng.RankingMethod,
    ("report", "$/properties/stage"): minsheng.Stage,
    ("report", "$/$defs/status"): minsheng.Status,
    ("report", "$/$defs/project/properties/reported_status"): minsheng.ReportedStatus,
    ("report", "$/$defs/project/properties/agreement"): minsheng.Agreement,
}


@pytest.mark.parametrize("name", ["program", "report"])
def test_schema_enums_match_the_python_enums(name: str) -> None:
    """Each enum of a shipped schema lists exactly its Python enum's values."""
    found = dict(_enum_lists(minsheng.json_schema(name)))
    expected = {path: cls for (schema, path), cls in SCHEMA_ENUMS.items() if schema == name}
    assert expected.keys() <= found.keys()
    for path, cls in expected.items():
        assert {v for v in found[path] if v is not None} == {m.value for m in cls}, path


def test_every_enum_of_the_schemas_is_checked() -> None:
    """No enum in a schema escapes the table above (except the fixed multipliers)."""
    for name in ("program", "report"):
        for path, values in _enum_lists(minsheng.json_schema(name)):
            if "/allOf" in path or path.endswith("/multiplier"):
                continue
            assert (name, path) in SCHEMA_ENUMS, (name, path, values)


def test_enum_values_have_one_spelling() -> None:
    """Every enum value that is a word is kebab-case, in datasets and reports alike."""
    for cls in SCHEMA_ENUMS.values():
        for member in cls:
            assert "_" not in member.value, member


def test_report_styles_are_the_cli_choices(kunming_2025: minsheng.Program) -> None:
    """format_report writes every style the CLI offers, and the CLI offers every style."""
    out, err = io.StringIO(), io.StringIO()
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        pytest.raises(SystemExit),
    ):
        main(["report", "kunming", "2025", "--format", "bogus", "--locale", "en"])
    offered = re.search(r"choose from (.*)\)", err.getvalue())
    assert offered is not None
    assert re.findall(r"[a-z]+", offered.group(1)) == list(_report.REPORT_STYLES)
    assessment = minsheng.assess(kunming_2025)
    for style in _report.REPORT_STYLES:
        assert minsheng.format_report(assessment, locale="en", style=style)
