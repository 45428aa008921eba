"""The JSON Schema and the converter agree."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import attrs
import jsonschema
import pytest

import minsheng
from minsheng._converters import structure_program
from tests.conftest import ROOT

SCHEMA = minsheng.json_schema("program")
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_schemas_are_valid_draft_2020_12() -> None:
    """Both shipped schemas are themselves valid, with an $id."""
    for name in ("program", "report"):
        schema = minsheng.json_schema(name)
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["$id"].startswith("urn:minsheng:schema:")
    assert SCHEMA["$id"] == minsheng.SCHEMA_ID


def test_unknown_schema_name() -> None:
    """Asking for a schema that does not exist is a clear InvalidValueError (a ValueError)."""
    with pytest.raises(minsheng.InvalidValueError, match="no schema named"):
        minsheng.json_schema("nope")


@pytest.mark.parametrize("path", sorted((ROOT / "datasets").glob("*/*.json")), ids=lambda p: p.stem)
def test_shipped_datasets_validate(path: Any) -> None:
    """Every shipped dataset declares the schema and validates against it."""
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["$schema"] == minsheng.SCHEMA_ID
    assert list(VALIDATOR.iter_errors(document)) == []


def _classes() -> dict[str, type]:
    return {
        "text": minsheng.Text,
        "jurisdiction": minsheng.Jurisdiction,
        "source": minsheng.Source,
        "per": minsheng.Per,
        "quantity": minsheng.Quantity,
        "items": minsheng.NamedItems,
        "component": minsheng.Component,
        "evidence": minsheng.Evidence,
        "metric": minsheng.Metric,
        "reported": minsheng.Reported,
        "project": minsheng.Project,
        "ballot_entry": minsheng.BallotEntry,
        "ballot": minsheng.Ballot,
        "evaluation": minsheng.Evaluation,
    }


@pytest.mark.parametrize("name", sorted(_classes()))
def test_schema_fields_match_the_model(name: str) -> None:
    """Each definition lists exactly the class's fields, and requires those without defaults."""
    cls = _classes()[name]
    definition = SCHEMA["$defs"][name]
    fields = attrs.fields(cls)
    assert set(definition["properties"]) == {f.name for f in fields}
    required = {f.name for f in fields if f.default is attrs.NOTHING}
    assert set(definition.get("required", [])) >= required
    assert definition["additionalProperties"] is False
    for field in fields:
        assert definition["properties"][field.name], f"{name}.{field.name} has no schema"


def test_program_fields_match_the_model() -> None:
    """The top level lists the program's fields and $schema."""
    names = {f.name for f in attrs.fields(minsheng.Program)}
    assert set(SCHEMA["properties"]) == names | {"$schema"}


def test_every_property_is_described() -> None:
    """Field descriptions are part of the schema's contract."""
    undocumented = [
        f"{name}.{prop}"
        for name, definition in SCHEMA["$defs"].items()
        for prop, spec in definition.get("properties", {}).items()
        if "description" not in spec
        and "$ref" not in spec
        and prop
        not in (
            "zh",
            "en",
            "publisher",
            "title",
            "names",
            "label",
            "target",
            "actual",
            "kind",
            "status",
            "rank",
            "body",
            "held",
            "counts_published",
            "entries",
            "items",
            "evidence",
            "components",
            "metrics",
            "note",
            "delegations",
            "date",
            "source",
        )
    ]
    assert undocumented == []


def _base() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        (ROOT / "datasets" / "kunming" / "2025.json").read_text(encoding="utf-8")
    )
    return document


def _metric(doc: dict[str, Any]) -> dict[str, Any]:
    metric: dict[str, Any] = doc["projects"][0]["metrics"][0]
    return metric


BAD_DOCUMENTS: dict[str, Callable[[dict[str, Any]], object]] = {
    "year-as-string": lambda d: d.update(year="2025"),
    "year-as-bool": lambda d: d.update(year=True),
    "missing-as-of": lambda d: d.pop("as_of"),
    "unknown-top-key": lambda d: d.update(colour="red"),
    "unknown-metric-key": lambda d: _metric(d).update(colour="red"),
    "value-as-number": lambda d: _metric(d)["target"].update(value=3000),
    "value-with-exponent": lambda d: _metric(d)["target"].update(value="3e3"),
    "value-nan": lambda d: _metric(d)["target"].update(value="NaN"),
    "bad-comparator": lambda d: _metric(d)["target"].update(comparator="=>"),
    "bad-approximation": lambda d: _metric(d)["actual"].update(approximation="roughly"),
    "bad-category": lambda d: d["projects"][0].update(categories=["schools"]),
    "bad-stage": lambda d: d.update(stage="done"),
    "null-stage": lambda d: d.update(stage=None),
    "null-title-zh": lambda d: d["projects"][0]["title"].update(zh=None),
    "empty-title-zh": lambda d: d["projects"][0]["title"].update(zh="  "),
    "bad-date": lambda d: d.update(as_of="31/12/2025"),
    "bad-slug": lambda d: d["jurisdiction"].update(slug="Kun Ming"),
    "bad-division-code": lambda d: d["jurisdiction"].update(division_code="53010"),
    "no-sources": lambda d: d.update(sources=[]),
    "sources-not-array": lambda d: d.update(sources="s"),
    "project-number-zero": lambda d: d["projects"][0].update(number=0),
    "year-out-of-range": lambda d: d.update(year=1800),
    "negative-decimals": lambda d: _metric(d)["actual"].update(decimals=-1),
    "bad-multiplier": lambda d: _metric(d)["actual"].update(multiplier=5),
    "numeric-target-without-direction": lambda d: _metric(d).pop("direction"),
    "zero-denominator": lambda d: d["projects"][1]["metrics"][9]["target"]["per"][0].update(
        amount="0"
    ),
    "negative-votes": lambda d: d["ballot"].update(
        entries=[{"rank": 1, "project": 1, "votes": -1}]
    ),
    "wrong-schema": lambda d: d.update({"$schema": "urn:other"}),
    "evidence-missing-achieved": lambda d: d["projects"][1]["metrics"][5]["evidence"].pop(
        "achieved"
    ),
    # schema 2
    "no-categories": lambda d: d["projects"][0].update(categories=[]),
    "category-not-a-list": lambda d: d["projects"][0].update(categories="education"),
    "schema-1-category-in-schema-2": lambda d: d["projects"][0].update(category="education"),
    "schema-1-baseline-in-schema-2": lambda d: _metric(d).update(baseline=None),
    "no-number-no-title": lambda d: d["projects"][0].update(number=None, title=None),
    "province-names-a-province": lambda d: d["jurisdiction"].update(division_code="530000"),
    "city-without-province": lambda d: d["jurisdiction"].pop("province"),
    "bad-stage-under-way": lambda d: d.update(stage="under-way"),
    "area-number-zero": lambda d: d.update(areas=[{"number": 0, "title": {"zh": "一"}}]),
    "area-without-title": lambda d: d.update(areas=[{"number": 1}]),
    "bad-unit-kind": lambda d: d.update(
        units=[{"symbol": "盏", "kind": "lamps", "en": "l", "en_plural": "l", "zh_hant": "盞"}]
    ),
    "unit-without-english": lambda d: d.update(
        units=[{"symbol": "盏", "kind": "classifier", "en_plural": "l", "zh_hant": "盞"}]
    ),
    "baselines-not-a-list": lambda d: _metric(d).update(baselines={"value": "1", "unit": "个"}),
    "estimate-not-a-quantity": lambda d: _metric(d).update(estimate="约12.5亿元"),
    "alternatives-without-actual": lambda d: d["projects"][0]["metrics"][2].update(actual=None),
    "per-en-not-a-string": lambda d: d["projects"][1]["metrics"][9]["target"]["per"][0].update(
        en=1
    ),
    "equivalent-units-not-strings": lambda d: _metric(d).update(equivalent_units=[1]),
    "departments-not-a-list": lambda d: d["projects"][0].update(departments="市民政局"),
    "license-not-a-string": lambda d: d.update(license=1),
    "figures-not-metrics": lambda d: d.update(figures=[{"id": "x"}]),
}


@pytest.mark.parametrize("name", sorted(BAD_DOCUMENTS))
def test_bad_documents_are_rejected_by_both(name: str) -> None:
    """The converter and the schema reject the same bad documents."""
    document = copy.deepcopy(_base())
    BAD_DOCUMENTS[name](document)
    assert list(VALIDATOR.iter_errors(document)), "the schema accepted it"
    with pytest.raises(minsheng.DatasetError):
        structure_program(document)
