"""The converter: exact round trips, strict types, every problem with its path."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import minsheng
from minsheng._converters import CONVERTER, structure_program
from minsheng._json import read_json
from tests import strategies
from tests.conftest import ROOT, one_metric
from tests.test_schema import VALIDATOR

MODEL_STRATEGIES: list[tuple[type, st.SearchStrategy[Any]]] = [
    (minsheng.Text, strategies.texts),
    (minsheng.Per, strategies.pers),
    (minsheng.Quantity, strategies.quantities()),
    (minsheng.Component, strategies.components),
    (minsheng.Evidence, strategies.evidence),
    (minsheng.NamedItems, strategies.named_items),
    (minsheng.Metric, strategies.metrics()),
    (minsheng.Project, strategies.projects()),
    (minsheng.Source, strategies.sources),
    (minsheng.Jurisdiction, strategies.jurisdictions()),
    (minsheng.Area, strategies.areas),
    (minsheng.Unit, strategies.declared_units),
    (minsheng.Ballot, strategies.ballots(projects=3)),
    (
        minsheng.BallotEntry,
        st.builds(
            minsheng.BallotEntry,
            rank=st.integers(1, 9),
            project=st.integers(1, 9),
            votes=st.none() | st.integers(0, 99),
        ),
    ),
    (minsheng.Evaluation, strategies.evaluations),
    (
        minsheng.Reported,
        st.builds(
            minsheng.Reported,
            status=st.sampled_from(minsheng.ReportedStatus),
            phrase=strategies.optional_words,
        ),
    ),
]


@pytest.mark.parametrize(
    ("cls", "strategy"), MODEL_STRATEGIES, ids=lambda v: getattr(v, "__name__", "")
)
def test_round_trip_every_class(cls: type, strategy: st.SearchStrategy[Any]) -> None:
    """structure(unstructure(x)) == x for every model class, through JSON text."""

    @given(strategy)
    def check(value: Any) -> None:
        text = json.dumps(CONVERTER.unstructure(value), ensure_ascii=False)
        assert CONVERTER.structure(json.loads(text), cls) == value

    check()


@strategies.few_programs
@given(strategies.programs())
def test_generated_programs_round_trip_and_validate(program: minsheng.Program) -> None:
    """One random program, every property: JSON round trips, schema, and both converters.

    - ``loads(dumps(p)) == p``, with the ``$schema`` declaration in between;
    - ``structure(unstructure(p)) == p`` through JSON text;
    - whatever the model can hold, the shipped JSON Schema accepts;
    - loading tries the fast converter first; on valid data both give the same program.
    """
    from minsheng._converters import _FAST_CONVERTER

    text = minsheng.dumps(program)
    assert f'"$schema": "{minsheng.SCHEMA_ID}"' in text
    assert minsheng.loads(text) == program
    document = CONVERTER.unstructure(program)
    assert CONVERTER.structure(json.loads(json.dumps(document)), minsheng.Program) == program
    assert list(VALIDATOR.iter_errors(json.loads(text))) == []
    assert _outcome(_FAST_CONVERTER, document) == _outcome(CONVERTER, document) == program


def test_decimals_are_strings_in_json(kunming_2025: minsheng.Program) -> None:
    """No figure is written as a JSON number, so none passes through a float."""
    data = json.loads(minsheng.dumps(kunming_2025))
    actual = data["projects"][2]["metrics"][0]["actual"]
    assert actual["value"] == "197800"
    assert json.loads(minsheng.dumps(kunming_2025), parse_float=pytest.fail)


def _minimal() -> dict[str, Any]:
    return one_metric(
        {
            "id": "places",
            "kind": "count",
            "subject": {"zh": "学位"},
            "direction": "higher",
            "target": {"value": "3000", "unit": "个"},
        }
    )


def _problems(document: Any) -> list[tuple[str, str]]:
    with pytest.raises(minsheng.DatasetError) as info:
        structure_program(document, file="x.json")
    return [(p.code, p.path) for p in info.value.problems]


def test_minimal_document_loads() -> None:
    """The hand-made minimal document is valid, so the failures below are the edits."""
    target = structure_program(_minimal()).projects[0].metrics[0].target
    assert target == minsheng.Quantity(Decimal(3000), "个")


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda d: d.update(year="2025"), [("type", "$.year")]),
        (lambda d: d.update(year=True), [("type", "$.year")]),
        (
            lambda d: d["projects"][0]["metrics"][0]["target"].update(value=3000),
            [("type", "$.projects[0].metrics[0].target.value")],
        ),
        (
            lambda d: d["projects"][0]["metrics"][0]["target"].update(value="3e3"),
            [("type", "$.projects[0].metrics[0].target.value")],
        ),
        (
            lambda d: d["projects"][0]["metrics"][0]["target"].update(value="NaN"),
            [("type", "$.projects[0].metrics[0].target.value")],
        ),
        (lambda d: d["projects"][0]["metrics"][0]["target"].update(unit=None), []),
        (lambda d: d["projects"][0]["title"].update(en=None), []),
        (lambda d: d["sources"][0].update(author=None), []),
        (
            lambda d: d["projects"][0]["title"].update(zh=None),
            [("type", "$.projects[0].title.zh")],
        ),
        (
            lambda d: d["projects"][0].update(categories=["schools"]),
            [("type", "$.projects[0].categories[0]")],
        ),
        (lambda d: d.update(stage=None), [("type", "$.stage")]),
        (lambda d: d.pop("as_of"), [("missing", "$.as_of")]),
        (
            lambda d: d["projects"][0]["metrics"][0].pop("kind"),
            [("missing", "$.projects[0].metrics[0].kind")],
        ),
        (
            lambda d: d["projects"][0].update(colour="red"),
            [("unknown-key", "$.projects[0].colour")],
        ),
        (lambda d: d.update(sources="s"), [("type", "$.sources")]),
        (lambda d: d.update(as_of="2025-02-30"), [("type", "$.as_of")]),
        (
            lambda d: d["projects"][0]["metrics"][0].pop("direction"),
            [("value", "$.projects[0].metrics[0]")],
        ),
        (lambda d: d.update({"$schema": "urn:other"}), [("value", "$.$schema")]),
    ],
)
def test_each_bad_edit_names_its_path(edit: Any, expected: list[tuple[str, str]]) -> None:
    """A bad value is reported with a stable code and its JSON path."""
    document = _minimal()
    edit(document)
    if not expected:
        structure_program(document)  # None stays None: allowed where optional
        return
    assert _problems(document) == expected


def test_all_problems_of_a_file_are_reported_at_once() -> None:
    """Three independent mistakes give three problems, in one error."""
    document = _minimal()
    document["year"] = "2025"
    document["projects"][0]["colour"] = "red"
    del document["projects"][0]["metrics"][0]["subject"]
    assert sorted(_problems(document)) == [
        ("missing", "$.projects[0].metrics[0].subject"),
        ("type", "$.year"),
        ("unknown-key", "$.projects[0].colour"),
    ]


def test_problem_says_what_was_expected_and_found() -> None:
    """The message names the expected JSON type and the value found."""
    document = _minimal()
    document["year"] = "2025"
    with pytest.raises(minsheng.DatasetError) as info:
        structure_program(document, file="x.json")
    (problem,) = info.value.problems
    assert problem.expected == "an integer"
    assert problem.found == '"2025"'
    assert str(info.value) == 'x.json: $.year: wrong type; expected an integer, found "2025"'


@pytest.mark.parametrize(
    ("key", "value", "said"),
    [
        ("stage", "done", 'invalid value; expected one of "planned", "voted", "progress",'),
        ("stage", 3, 'wrong type; expected one of "planned"'),
        ("as_of", "2025-02-30", 'invalid value; expected a real calendar date, found "2025-02-30"'),
        ("as_of", 20250203, "wrong type; expected a date string such as"),
    ],
)
def test_a_string_of_the_wrong_form_is_an_invalid_value(key: str, value: object, said: str) -> None:
    """Regression: a stage "done" was a 'wrong type', though it is the string expected.

    A string that names no member, no real date or no decimal is an invalid
    value; a value of another JSON type is a wrong type.  Both keep the code
    ``type``.
    """
    document = _minimal()
    document[key] = value
    with pytest.raises(minsheng.DatasetError) as info:
        structure_program(document, file="x.json")
    (problem,) = info.value.problems
    assert problem.code == "type"
    assert said in str(info.value)


BAD_BYTES = {
    "truncated": (b'{"year": 2025, "projects": [', "syntax"),
    "non-utf8": (b'{"year": "\xff\xfe"}', "encoding"),
    "nan": (b'{"a": {"b": [NaN]}}', "non-finite"),
    "infinity": (b'{"a": -Infinity}', "non-finite"),
    "duplicate": (b'{"a": {"b": 1, "b": 2}}', "duplicate-key"),
    "deep": (b"[" * 10_000 + b"]" * 10_000, "too-deep"),
    # regression: deeper than the limit, but not so deep that json.loads gives up:
    # the plain reading returned it, and the model called it a wrong type
    "deep-100": (b'{"notes": ' + b"[" * 100 + b"]" * 100 + b"}", "too-deep"),
    "deep-65": (b"[" * 65 + b"]" * 65, "too-deep"),
    "empty": (b"", "syntax"),
    "blank": (b" \n\t", "syntax"),
    "not-an-object": (b"[1, 2]", "type"),
}


@pytest.mark.parametrize("name", sorted(BAD_BYTES))
def test_bad_files_raise_dataset_errors(name: str, tmp_path: Path) -> None:
    """Each kind of broken file is a DatasetError with a code, never a raw exception."""
    data, code = BAD_BYTES[name]
    path = tmp_path / f"{name}.json"
    path.write_bytes(data)
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.load_file(path)
    assert [p.code for p in info.value.problems][:1] == [code]
    assert info.value.file == str(path)
    assert all(p.path.startswith("$") for p in info.value.problems)


def test_paths_point_inside_the_document() -> None:
    """NaN and duplicate keys are located, not only detected."""
    with pytest.raises(minsheng.DatasetError) as info:
        read_json(b'{"a": {"b": [1, NaN]}, "c": {"d": 1, "d": 2}}')
    assert [(p.code, p.path) for p in info.value.problems] == [
        ("non-finite", "$.a.b[1]"),
        ("duplicate-key", "$.c.d"),
    ]


def test_syntax_error_gives_line_and_column() -> None:
    """A truncated file says where it ends."""
    with pytest.raises(minsheng.DatasetError) as info:
        read_json(b'{\n  "a": [1,\n')
    assert "line 3 column 1" in info.value.problems[0].message


def test_nesting_at_the_limit_is_read() -> None:
    """64 levels are allowed, 65 are not (``BAD_BYTES``)."""
    document = read_json(b"[" * 64 + b"]" * 64)
    depth = 0
    while isinstance(document, list):
        depth += 1
        document = document[0] if document else None
    assert depth == 64


def test_byte_order_mark_is_accepted() -> None:
    """Editors on Windows write a BOM; it is not part of the JSON."""
    assert read_json(b'\xef\xbb\xbf{"a": "1"}') == {"a": "1"}


def test_json_floats_never_reach_the_model() -> None:
    """A JSON number with a fraction is read as a Decimal and then rejected as a number."""
    document = _minimal()
    document["projects"][0]["metrics"][0]["target"]["value"] = Decimal("3000.5")
    assert _problems(document) == [("type", "$.projects[0].metrics[0].target.value")]


def _outcome(converter: Any, document: Any) -> object:
    try:
        return converter.structure(document, minsheng.Program)
    except Exception:  # noqa: BLE001 - only whether it failed matters here
        return "rejected"


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.update(year="2025"),
        lambda d: d.pop("as_of"),
        lambda d: d["projects"][0].update(colour="red"),
        lambda d: d["projects"][0]["metrics"][0]["target"].update(value=3000),
        lambda d: d["projects"][0]["metrics"][0].pop("direction"),
        lambda d: d["projects"][0]["metrics"][0].update(kind="tally"),
        lambda d: d["projects"][0].update(metrics={"a": 1}),
        lambda d: d["sources"][0].update(date="2025-13-01"),
    ],
)
def test_fast_and_detailed_converters_agree_on_bad_data(edit: Any) -> None:
    """Both converters reject each bad document, so the fast path hides nothing."""
    from minsheng._converters import _FAST_CONVERTER

    document = _minimal()
    edit(document)
    assert _outcome(_FAST_CONVERTER, document) == _outcome(CONVERTER, document) == "rejected"


def test_an_array_where_an_object_belongs_is_bad_data() -> None:
    """[1] or "x" where an object belongs is a type problem with its path, not a crash."""
    document = json.loads(minsheng.dumps(minsheng.load("kunming", 2025)))
    document["jurisdiction"] = [1]
    document["projects"][0]["metrics"][0]["target"] = "x"
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.loads(json.dumps(document))
    assert [(p.code, p.path) for p in info.value.problems] == [
        ("type", "$.jurisdiction"),
        ("type", "$.projects[0].metrics[0].target"),
    ]


def test_a_bug_in_minsheng_is_not_reported_as_bad_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected exception inside the model surfaces as itself, not as a Problem."""

    def broken(_: object) -> None:
        raise ZeroDivisionError

    # Both load paths check a figure's numbers: the explaining one through the post-init.
    monkeypatch.setattr(minsheng.Quantity, "_check_numbers", broken)
    root = Path(__file__).resolve().parents[1]
    text = (root / "datasets" / "kunming" / "2025.json").read_text(encoding="utf-8")
    with pytest.raises(ZeroDivisionError):
        minsheng.loads(text)


SCHEMA_1 = Path(__file__).resolve().parent / "data" / "schema-1"


def test_schema_1_datasets_load_as_schema_2() -> None:
    """A schema-1 file loads: category, baseline and under-way read as their schema-2 names."""
    old = minsheng.load_file(SCHEMA_1 / "kunming-2025.json")
    assert old.project(1).categories == (minsheng.Category.EDUCATION,)
    carers = old.project(2).metric("carers-growth")
    assert len(carers.baselines) == 1
    assert carers.baseline is not None
    assert carers.baseline.derivation is not None
    assert minsheng.loads(minsheng.dumps(old)) == old
    assert minsheng.SCHEMA_ID in minsheng.dumps(old)


def test_schema_1_stage_under_way_is_progress() -> None:
    """The schema-1 stage under-way is a progress report in schema 2."""
    document = json.loads((SCHEMA_1 / "undetermined.json").read_text(encoding="utf-8"))
    document["stage"] = "under-way"
    assert minsheng.loads(json.dumps(document)).stage is minsheng.Stage.PROGRESS


def test_unknown_schema_is_a_problem() -> None:
    """A document naming a schema minsheng does not know is rejected, naming both it knows."""
    document = json.loads((SCHEMA_1 / "undetermined.json").read_text(encoding="utf-8"))
    for unknown in ("urn:minsheng:schema:program:0", "urn:minsheng:schema:program:03"):
        document["$schema"] = unknown
        with pytest.raises(minsheng.DatasetError) as info:
            minsheng.loads(json.dumps(document))
        assert "urn:minsheng:schema:program:1" in str(info.value)
        assert "upgrade" not in str(info.value)  # :03 is no later schema's name


@pytest.mark.parametrize("version", ["3", "9", "12"])
def test_a_newer_schema_says_to_upgrade_minsheng(version: str) -> None:
    """A file of a later schema is one problem that says so, not its keys' every problem."""
    document = json.loads((SCHEMA_1 / "undetermined.json").read_text(encoding="utf-8"))
    document["$schema"] = f"urn:minsheng:schema:program:{version}"
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.loads(json.dumps(document))
    (problem,) = info.value.problems
    assert (problem.code, problem.path) == ("value", "$.$schema")
    assert problem.message == (
        f"a schema newer than this minsheng {minsheng.__version__} reads: upgrade minsheng"
    )
    assert problem.found == f'"urn:minsheng:schema:program:{version}"'


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d.update(year=20250), "$.year"),
        (lambda d: d.update(revision=0), "$.revision"),
        (lambda d: d["projects"][1].update(number=0), "$.projects[1].number"),
        (lambda d: d["projects"][0].update(categories=[]), "$.projects[0].categories"),
        (
            lambda d: d["projects"][0]["metrics"][0]["target"].update(decimals=9),
            "$.projects[0].metrics[0].target.decimals",
        ),
        (
            lambda d: d["projects"][0]["metrics"][0]["target"].update(multiplier=5),
            "$.projects[0].metrics[0].target.multiplier",
        ),
    ],
)
def test_a_value_that_breaks_an_invariant_is_found_at_its_field(change: Any, path: str) -> None:
    """Regression: these were all reported at the object's path (``$`` for the year)."""
    document = json.loads((ROOT / "datasets" / "kunming" / "2025.json").read_text("utf-8"))
    change(document)
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.loads(json.dumps(document, ensure_ascii=False))
    assert [(p.code, p.path) for p in info.value.problems] == [("value", path)]


@pytest.mark.parametrize(
    ("unit", "path"),
    [
        ({"factor": "0"}, "$.units[0].factor"),
        ({"factor": "-1"}, "$.units[0].factor"),
        ({"dimension": None}, "$.units[0].dimension"),
    ],
)
def test_a_declared_unit_that_cannot_convert_is_refused(unit: dict[str, Any], path: str) -> None:
    """Regression: factor 0 loaded, and assessment then divided by it (DivisionByZero)."""
    document = json.loads((ROOT / "datasets" / "kunming" / "2025.json").read_text("utf-8"))
    declared = {"symbol": "亩地", "kind": "physical", "en": "mu", "en_plural": "mu"}
    declared |= {"zh_hant": "畝地", "dimension": "area", "factor": "666"} | unit
    document["units"] = [declared]
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.loads(json.dumps(document, ensure_ascii=False))
    assert [(p.code, p.path) for p in info.value.problems] == [("value", path)]


def test_a_schema_1_file_is_explained_in_its_own_keys() -> None:
    """A hostile-input audit's: problems were at categories[0] and baselines[0], not in the file."""
    document = json.loads((SCHEMA_1 / "undetermined.json").read_text(encoding="utf-8"))
    document["projects"][0]["category"] = 5
    document["projects"][0]["metrics"][0]["baseline"] = {"value": 5}
    with pytest.raises(minsheng.DatasetError) as raised:
        minsheng.loads(json.dumps(document))
    assert [p.path for p in raised.value.problems] == [
        "$.projects[0].category",
        "$.projects[0].metrics[0].baseline.value",
        "$.projects[0].metrics[0].baseline.unit",
    ]
    # a diff review's: a schema-1 file that has categories itself is told of its own key
    document = json.loads((SCHEMA_1 / "undetermined.json").read_text(encoding="utf-8"))
    document["projects"][0].pop("category")
    document["projects"][0]["categories"] = ["nonsense"]
    with pytest.raises(minsheng.DatasetError) as raised:
        minsheng.loads(json.dumps(document))
    assert [p.path for p in raised.value.problems] == ["$.projects[0].categories[0]"]
