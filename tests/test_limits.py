"""Hard limits on input, checked before expensive work, with short messages."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

import minsheng
from minsheng._errors import MAX_SHOWN
from minsheng._json import SIZE_VARIABLE
from minsheng._model import DIVISION_CODE
from minsheng._quantity import SLUG
from minsheng._values import DATE, DECIMAL, MAX_NUMBER_LENGTH, MAX_STRING_LENGTH
from tests.conftest import ROOT

KUNMING = ROOT / "datasets" / "kunming" / "2025.json"


def _document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(KUNMING.read_text(encoding="utf-8"))
    return document


def _codes(data: str | bytes) -> list[tuple[str, str]]:
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.loads(data, file="x.json")
    assert len(str(info.value)) < 2000, "the message grows with the data"
    return [(p.code, p.path) for p in info.value.problems]


def test_a_huge_exponent_gives_a_short_message() -> None:
    """Regression: {"year": 1e999999999} formatted a billion digits; now a short type problem."""
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.loads(b'{"year": 1e999999999}')
    (problem,) = [p for p in info.value.problems if p.path == "$.year"]
    assert (problem.code, problem.found) == ("type", "1E+999999999")
    assert len(info.value.render()) < 1000


@pytest.mark.parametrize("digits", [MAX_NUMBER_LENGTH + 1, 4301, 100_000])
def test_a_long_integer_is_a_data_problem(digits: int) -> None:
    """Regression: integers of more than 4,300 digits raised a bare ValueError."""
    assert _codes('{"year": ' + "9" * digits + "}") == [("too-long", "$.year")]


def test_a_long_fraction_token_is_a_data_problem() -> None:
    """A number token with a long fraction is refused before Decimal reads it."""
    assert _codes('{"year": 1.' + "5" * 5000 + "}") == [("too-long", "$.year")]


@pytest.mark.parametrize(
    ("field", "value"),
    [("decimals", 100), ("decimals", 7), ("multiplier", 5), ("multiplier", 10**20)],
)
def test_decimals_and_multiplier_have_bounds(field: str, value: int) -> None:
    """Regression: "decimals": 100 passed validate and crashed report; now a value problem."""
    document = _document()
    document["projects"][0]["metrics"][0]["actual"][field] = value
    path = f"$.projects[0].metrics[0].actual.{field}"
    assert _codes(json.dumps(document)) == [("value", path)]


@pytest.mark.parametrize(
    "value", ["9" * 500, "1" * 21, "1." + "1" * 7, "0.0000001", "1" * 20 + "." + "1" * 7]
)
def test_a_value_has_at_most_20_digits_and_6_decimals(value: str) -> None:
    """Regression: a 500-digit value passed validate and crashed report with InvalidOperation."""
    document = _document()
    document["projects"][0]["metrics"][0]["actual"]["value"] = value
    assert _codes(json.dumps(document)) == [("type", "$.projects[0].metrics[0].actual.value")]


def test_the_largest_figures_report_cleanly() -> None:
    """Figures at every bound at once still assess and format: exact, no InvalidOperation."""
    document = _document()
    metric = document["projects"][2]["metrics"][0]
    metric["target"].update(value="99999999999999999999.999999", decimals=6, multiplier=0)
    metric["target"].pop("phrase")
    metric["actual"].update(value="99999999999999000000", multiplier=12, decimals=6)
    metric["actual"].pop("phrase")
    program = minsheng.loads(json.dumps(document))
    for style in ("text", "markdown", "json"):
        assert minsheng.format_report(minsheng.assess(program), style=style, locale="en")
    assert minsheng.format_program(program, locale="zh-Hant")
    assert minsheng.loads(minsheng.dumps(program)) == program


def test_the_model_refuses_what_the_reader_refuses() -> None:
    """Quantity built in Python has the same bounds as a dataset's figure."""
    for value in (Decimal("1e20"), Decimal("0.0000001"), Decimal("1e999999999")):
        with pytest.raises(minsheng.InvalidValueError):
            minsheng.Quantity(value=value, unit="个")
    with pytest.raises(minsheng.InvalidValueError, match="decimals must be at most 6"):
        minsheng.Quantity(value=Decimal(1), unit="个", decimals=7)


@pytest.mark.parametrize(
    ("edit", "path"),
    [
        (lambda d: d["jurisdiction"].update(slug="kunming\n"), "$.jurisdiction.slug"),
        (
            lambda d: d["projects"][0]["metrics"][0]["target"].update(value="3000\n"),
            "$.projects[0].metrics[0].target.value",
        ),
        (
            lambda d: d["jurisdiction"].update(division_code="530100\n"),
            "$.jurisdiction.division_code",
        ),
        (lambda d: d.update(as_of="2025-12-31\n"), "$.as_of"),
    ],
    ids=["slug", "decimal", "division-code", "date"],
)
def test_a_final_newline_is_not_accepted(edit: Any, path: str) -> None:
    """Regression: kunming, 3000 and 530100 with a final newline loaded: $ matched before it."""
    document = _document()
    edit(document)
    assert [p for _, p in _codes(json.dumps(document))] == [path]


SCHEMA = minsheng.json_schema("program")


def _schema_accepts(definition: str, value: str) -> bool:
    fragment = {"$defs": SCHEMA["$defs"], "$ref": f"#/$defs/{definition}"}
    return bool(jsonschema.Draft202012Validator(fragment).is_valid(value))


def _model_accepts(build: Any, value: str) -> bool:
    try:
        build(value)
    except minsheng.InvalidValueError:
        return False
    return True


def _positive_amount(value: str) -> bool:
    return bool(DECIMAL.fullmatch(value)) and _model_accepts(
        lambda v: minsheng.Per(amount=Decimal(v)), value
    )


def _declares(symbol: str) -> None:
    """Build a program that declares a unit of ``symbol``."""
    program = minsheng.load("kunming", 2026)
    unit = minsheng.Unit(symbol, minsheng.UnitKind.CLASSIFIER, "lamp", "lamps", symbol)
    attrs.evolve(program, units=(unit,))


PATTERNS: dict[str, Callable[[str], bool]] = {
    "slug": lambda v: bool(SLUG.fullmatch(v)),
    "decimal": lambda v: bool(DECIMAL.fullmatch(v)),
    "date": lambda v: bool(DATE.fullmatch(v)),
    "jurisdiction/properties/division_code": lambda v: bool(DIVISION_CODE.fullmatch(v)),
    "per/properties/amount": _positive_amount,
    "text/properties/zh": lambda v: _model_accepts(lambda z: minsheng.Text(zh=z), v),
    "unit/properties/symbol": lambda v: _model_accepts(_declares, v),
}
TRICKY = [
    *("kunming", "kunming\n", "\nkunming", "kun-ming", "kun--ming", "-kunming", "kunming-"),
    *("Kunming", "kunming ", " ", "", "\t", "\n", "\u3000", "\x1c", "k", "k9", "9k", "kün"),
    *("0", "00", "-0", "0.5", ".5", "5.", "1e3", "+1", "3000", "3000\n", "3000\r", "-5"),
    *("0.0", "0.000001", "0.0000001", "1.123456", "1.1234567", "１２３", "٣", "1_000"),
    *("12345678901234567890", "123456789012345678901", "99999999999999999999.999999"),
    *("530100", "530100\n", "5301000", "053010", "930100", "53O100", "5301"),
    *("2025-12-31", "2025-12-31\n", "2025-1-1", "2025-02-30", "20251231", "2025-12-31T00"),
]


@pytest.mark.parametrize("definition", sorted(PATTERNS))
def test_schema_patterns_and_python_checks_agree(definition: str) -> None:
    """Each schema pattern and its Python check give the same verdict on every tricky string."""
    check = PATTERNS[definition]
    disagreements = [
        value for value in TRICKY if _schema_accepts(definition, value) != check(value)
    ]
    assert disagreements == []


def test_every_schema_pattern_is_in_the_table() -> None:
    """No pattern escapes the agreement test: every pattern of the schema is listed above.

    Two more are parts of other rules: the amount's "not a minus sign", and the
    division code ending in 0000 that makes a jurisdiction a province.
    """
    text = json.dumps(SCHEMA["$defs"])
    assert text.count('"pattern"') == len(PATTERNS) + 2


def test_a_lone_surrogate_is_refused() -> None:
    """Regression: a lone surrogate in a title loaded, and loads(dumps(p)) then failed."""
    document = _document()
    document["projects"][0]["title"]["zh"] = "托育\ud800"
    text = json.dumps(document)  # ASCII with \\ud800, as JSON allows
    assert _codes(text) == [("surrogate", "$.projects[0].title.zh")]
    assert _codes(json.dumps(document, ensure_ascii=False)) == [("surrogate", "$")]


def test_a_surrogate_pair_is_a_character() -> None:
    """An escaped surrogate pair is one character, not a lone surrogate."""
    document = _document()
    document["projects"][0]["title"]["zh"] = "托育\U0001f600"
    program = minsheng.loads(json.dumps(document))
    title = program.projects[0].title
    assert title is not None
    assert title.zh.endswith("\U0001f600")


@pytest.mark.parametrize("filler", ["x", '\\"'], ids=["plain", "escaped-quotes"])
def test_a_string_has_a_length_limit(filler: str) -> None:
    """A string longer than MAX_STRING_LENGTH is refused with its start and its size."""
    document = _document()
    document["notes"] = ["placeholder"]
    text = json.dumps(document).replace("placeholder", filler * (MAX_STRING_LENGTH + 1))
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.loads(text)
    (problem,) = info.value.problems
    assert (problem.code, problem.path) == ("too-long", "$.notes[0]")
    assert f"a string of {MAX_STRING_LENGTH + 1} characters" in problem.message
    assert problem.found is not None
    assert len(problem.found) < 2 * MAX_SHOWN


def test_a_long_key_is_shown_by_its_start() -> None:
    """An unknown key of a million characters gives a message of a few hundred."""
    document = _document()
    document["k" * 1_000_000] = 1
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.loads(json.dumps(document))
    assert len(str(info.value)) < 2 * MAX_STRING_LENGTH
    assert "(1000000 characters)" in str(info.value)


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    """A folder, a FIFO or a device is a clear error, never a hang or a traceback."""
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    for path in (tmp_path, fifo, Path(os.devnull)):
        with pytest.raises(minsheng.DatasetError) as info:
            minsheng.load_file(path)
        assert [p.code for p in info.value.problems] == ["not-a-file"]


@pytest.mark.parametrize(
    "path", ["", "missing.json", "a" * 300 + ".json", "nul\0.json", 123, None, b"x.json"]
)
def test_any_path_gives_a_dataset_error(
    path: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: a path component over 255 characters raised OSError; now a DatasetError."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.load_file(path)
    assert [p.code for p in info.value.problems] == ["io"]
    assert len(str(info.value)) < 300


@pytest.mark.parametrize("limit", [2**40, 2**63, 10**400])
def test_a_huge_limit_reads_no_more_than_the_file(
    limit: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reviewer's: max_size=2**40 was a MemoryError, 2**63 an OverflowError, not a load."""
    path = tmp_path / "k.json"
    path.write_bytes(KUNMING.read_bytes())
    assert minsheng.load_file(path, max_size=limit).year == 2025
    monkeypatch.setenv(SIZE_VARIABLE, str(min(limit, 10**18 - 1)))
    assert minsheng.load_file(path).year == 2025


def test_the_file_size_limit_and_its_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file over the limit is refused before it is read; max_size and the variable raise it."""
    path = tmp_path / "k.json"
    path.write_bytes(KUNMING.read_bytes())
    size = path.stat().st_size
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.load_file(path, max_size=size - 1)
    assert [p.code for p in info.value.problems] == ["too-large"]
    # the caller's own limit: no setting to point at
    assert str(info.value).endswith(f"{size} bytes; the limit given is {size - 1}")
    assert minsheng.load_file(path, max_size=size).year == 2025
    monkeypatch.setenv(SIZE_VARIABLE, str(size - 1))
    with pytest.raises(minsheng.DatasetError) as setting:
        minsheng.load_file(path)
    assert SIZE_VARIABLE in str(setting.value)
    with pytest.raises(minsheng.DatasetError):
        minsheng.loads(path.read_bytes())
    monkeypatch.setenv(SIZE_VARIABLE, "lots")
    # a setting, not a problem of the file: no file and no JSON path in the message
    with pytest.raises(minsheng.InvalidValueError) as bad:
        minsheng.load_file(path)
    assert str(bad.value) == (
        f"{SIZE_VARIABLE} must be a positive number of bytes, at most 18 digits, not 'lots'"
    )


@pytest.mark.parametrize(
    ("max_size", "error"),
    [
        ("x", minsheng.ArgumentError),
        (1.5, minsheng.ArgumentError),
        (True, minsheng.ArgumentError),
        (-1, minsheng.InvalidValueError),
        (0, minsheng.InvalidValueError),
    ],
)
def test_a_max_size_that_is_no_positive_integer_is_refused(
    max_size: object, error: type[minsheng.MinshengError]
) -> None:
    """Regression: "x" and 1.5 gave a TypeError; -1 blamed MINSHENG_MAX_FILE_SIZE."""
    with pytest.raises(error, match=r"max_size"):
        minsheng.loads(b"{}", max_size=max_size)  # type: ignore[arg-type]
    with pytest.raises(error, match=r"max_size"):
        minsheng.load_file(KUNMING, max_size=max_size)  # type: ignore[arg-type]


def _program() -> minsheng.Program:
    return minsheng.load("kunming", 2025)


def _metric() -> minsheng.Metric:
    return _program().projects[0].metrics[0]


def _actual() -> minsheng.Quantity:
    actual = _metric().actual
    assert actual is not None
    return actual


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: minsheng.loads(None), minsheng.ArgumentError),  # type: ignore[arg-type]
        (lambda: minsheng.loads(123), minsheng.ArgumentError),  # type: ignore[arg-type]
        (lambda: minsheng.loads(["{}"]), minsheng.ArgumentError),  # type: ignore[arg-type]
        (lambda: minsheng.loads(bytearray(b"{}")), minsheng.DatasetError),  # type: ignore[arg-type]
        (lambda: minsheng.loads("\ud800"), minsheng.DatasetError),
        (lambda: minsheng.load(None, None), minsheng.ArgumentError),  # type: ignore[arg-type]
        (lambda: minsheng.load("kunming\n", 2025), minsheng.UnknownDatasetError),
        (lambda: minsheng.load("kunming", 2025.0), minsheng.ArgumentError),  # type: ignore[arg-type]
        (lambda: minsheng.load(b"kunming", 2025), minsheng.ArgumentError),  # type: ignore[arg-type]
        (lambda: minsheng.check("kunming"), minsheng.ArgumentError),  # type: ignore[arg-type]
        (lambda: minsheng.dumps({}), minsheng.ArgumentError),  # type: ignore[arg-type]
        # a second hostile-input audit's: AttributeError, TypeError, UnicodeEncodeError,
        # and messages of 200,000 characters
        (lambda: minsheng.format_quantity(_actual(), units=None), minsheng.ArgumentError),  # type: ignore[arg-type]
        (lambda: minsheng.format_target(_actual(), units=None), minsheng.ArgumentError),  # type: ignore[arg-type]
        (lambda: attrs.evolve(_metric(), kind=None), minsheng.InvalidValueError),  # type: ignore[arg-type]
        (lambda: attrs.evolve(_program(), units=None), minsheng.InvalidValueError),  # type: ignore[arg-type]
        (lambda: attrs.evolve(_program(), units=b"x"), minsheng.InvalidValueError),  # type: ignore[arg-type]
        (lambda: attrs.evolve(_program(), units=[None]), minsheng.InvalidValueError),  # type: ignore[arg-type]
        (lambda: minsheng.export([_program()], "\ud800"), minsheng.InvalidValueError),
        (
            lambda: minsheng.export([_program()], "o", format="x" * 200_000),
            minsheng.InvalidValueError,
        ),
        (lambda: minsheng.to_pandas([_program()], table="x" * 200_000), minsheng.InvalidValueError),  # type: ignore[arg-type]
    ],
)
def test_the_api_raises_only_minsheng_errors(call: Any, error: type[Exception]) -> None:
    """Any input of any type to the loading API is a documented minsheng exception."""
    with pytest.raises(error) as info:
        call()
    assert isinstance(info.value, minsheng.MinshengError)
    assert len(str(info.value)) < 500


def test_problem_messages_are_bounded() -> None:
    """Every part of a Problem is bounded, whatever the data put in it."""
    from minsheng._errors import problem
    from minsheng._i18n import msg

    made = problem("value", "$." + "p" * 10_000, msg("{x}", x="y" * 10_000), found="z" * 10_000)
    assert len(made.describe()) < 1500
    assert re.search(r"\(10000 characters\)", made.describe())


def test_references_have_the_form_of_names() -> None:
    """A source or increment reference is a slug, as the schema says, checked at load."""
    document = _document()
    document["ballot"]["source"] = "kunmi`g-daily"
    document["projects"][0]["metrics"][0]["actual"]["source"] = "Daily\n"
    assert _codes(json.dumps(document)) == [
        ("value", "$.projects[0].metrics[0].actual.source"),
        ("value", "$.ballot.source"),
    ]


def test_a_dataset_of_too_many_values_is_one_problem() -> None:
    """A hostile-input audit's: 3,000,000 items in projects took minutes and gigabytes.

    Past MAX_VALUES (keys and items at any depth) loading stops before it
    explains each value: one problem, whether the values are wrong or right.
    """
    from minsheng._build import build
    from minsheng._json import MAX_VALUES, _shape

    document = _document()
    wrong = {**document, "projects": [1] * (MAX_VALUES + 1)}
    assert _codes(json.dumps(wrong)) == [("too-many", "$")]
    # right values too: the fast path and the explaining path refuse alike
    projects = [
        {"number": n, "title": {"zh": f"项目{n}"}, "categories": ["other"]}
        for n in range(1, MAX_VALUES // 5)
    ]
    many = {**document, "projects": projects}
    built = build(json.loads(json.dumps(many)))  # the builders build it, and count
    assert built is not None
    assert built.values == _shape(many)[1] > MAX_VALUES
    assert _codes(json.dumps(many, ensure_ascii=False)) == [("too-many", "$")]
    few = {**document, "projects": projects[: MAX_VALUES // 10]}  # under it, loads
    assert len(minsheng.loads(json.dumps(few, ensure_ascii=False)).projects) == MAX_VALUES // 10
    keys = {**document, **{f"k{n}": 0 for n in range(MAX_VALUES)}}
    assert _codes(json.dumps(keys, ensure_ascii=False)) == [("too-many", "$")]


def test_a_valid_program_well_under_the_value_limit_loads() -> None:
    """The limit is far above real programs: Kunming 2025 holds about 1,100 values."""
    from minsheng._json import MAX_VALUES, _shape

    document = _document()
    assert _shape(document) == (False, _shape(document)[1])
    assert _shape(document)[1] * 100 < MAX_VALUES
    assert minsheng.loads(json.dumps(document, ensure_ascii=False)).key == "kunming/2025"


def test_a_dataset_error_lists_at_most_a_hundred_problems() -> None:
    """Each problem is kept; the message shows a hundred and says how many more."""
    from minsheng._errors import MAX_PROBLEMS_SHOWN

    document = _document()
    # 250 problems, at most 100 in each array (explaining stops there; see below)
    document["projects"], document["sources"], document["notes"] = [1] * 100, [1] * 100, [1] * 50
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.loads(json.dumps(document, ensure_ascii=False), file="x.json")
    error = info.value
    assert len(error.problems) == 250
    lines = error.lines()
    assert len(lines) == MAX_PROBLEMS_SHOWN + 1
    assert lines[-1] == "x.json: … and 150 more problems, not shown"
    assert str(error).count("\n") == MAX_PROBLEMS_SHOWN
    document = _document()
    document["projects"] = [1] * (MAX_PROBLEMS_SHOWN + 1)  # a review's: "1 more problems"
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.loads(json.dumps(document, ensure_ascii=False), file="x.json")
    assert info.value.lines()[-1] == "x.json: … and 1 more problem, not shown"


@pytest.mark.parametrize(
    ("edit", "code"),
    [
        (lambda p: attrs.evolve(p, notes=("x" * (MAX_STRING_LENGTH + 1),)), "too-long"),
        (lambda p: attrs.evolve(p, name=minsheng.Text("计划\ud800")), "surrogate"),
    ],
)
def test_dumps_writes_only_what_loads_reads(edit: Any, code: str) -> None:
    """A hostile-input audit's: dumps() wrote a lone surrogate and a 30,000-character note.

    loads() then refused what dumps() had written; dumps() refuses it now.
    """
    program = edit(minsheng.load("kunming", 2025))
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.dumps(program)
    assert [p.code for p in info.value.problems] == [code]


def test_dumps_refuses_a_reference_to_nothing_and_text_past_the_size_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A review's: a ballot citing no source, and 30 MB, were written and then refused."""
    program = minsheng.load("kunming", 2026)
    assert program.ballot is not None
    cited = attrs.evolve(program, ballot=attrs.evolve(program.ballot, source="nope"))
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.dumps(cited)
    assert [(p.code, p.path) for p in info.value.problems] == [("reference", "$.ballot.source")]
    monkeypatch.setenv(SIZE_VARIABLE, "1000")
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.dumps(program)
    assert [p.code for p in info.value.problems] == ["too-large"]


def test_a_programs_units_may_be_a_list() -> None:
    """A review's: units given as a list, as every tuple field takes one, were refused."""
    unit = minsheng.Unit("箱", minsheng.UnitKind.CLASSIFIER, "box", "boxes", "箱")
    program = attrs.evolve(_program(), units=[unit])  # type: ignore[arg-type]
    assert program.unit_table["箱"] == unit


@pytest.mark.parametrize("key", ["sources", "projects"])
def test_explaining_a_file_of_many_bad_items_is_bounded(key: str) -> None:
    """A reviewer's 600 kB of empty sources gave 792,000 problems, 20 s and 1.4 GB."""
    document = json.loads(KUNMING.read_bytes())
    document[key] = [{}] * 150_000
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.loads(json.dumps(document))
    problems = info.value.problems
    assert len(problems) < 1000
    first = problems[0]  # first, so that the message shows it
    assert (first.code, first.path) == ("unexplained", f"$.{key}[100]")
    line = f"$.{key}[100]: 149900 items from here on not read: too many before had problems"
    assert line in str(info.value).splitlines()[0]
    assert {p.path.split("]")[0] + "]" for p in problems[1:]} == {
        f"$.{key}[{i}]" for i in range(100)
    }


def test_explaining_is_bounded_across_arrays_too() -> None:
    """Past 1,000 items with problems in all, every array stops at its next item."""
    document = json.loads(KUNMING.read_bytes())
    for project in document["projects"]:
        project["metrics"] = [{}] * 150
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.loads(json.dumps(document))
    problems = info.value.problems
    unexplained = [p.path for p in problems if p.code == "unexplained"]
    # 100 metrics explained in each project, until 1,000 items in all (the
    # projects count too): the tenth project's metrics stop early; arrays
    # without problems (notes) are read whole
    assert unexplained == [f"$.projects[{n}].metrics[100]" for n in range(9)] + [
        "$.projects[9].metrics[91]"
    ]
    assert len({p.path.rsplit(".", 1)[0] for p in problems}) < 1100


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (b'{"a": "abc', "$: Unterminated string starting at line 1 column 7"),
        (b'{"a": "a\x01b"}', "$: Invalid control character at line 1 column 9"),
    ],
)
def test_a_syntax_error_says_at_once(text: bytes, message: str) -> None:
    """A reviewer's: "Unterminated string starting at at line 303"."""
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.loads(text)
    assert message in str(info.value)
    assert " at at " not in str(info.value)
