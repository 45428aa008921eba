"""The fast load path is proven equal to the explaining path.

:mod:`minsheng._build` settles documents it is certain of and gives up on the
rest; :func:`minsheng.loads` then runs the explaining path (the strict reader
and cattrs with detailed validation).  Here both paths read the same bytes,
valid and mutated, with each decoder the fast path may use, and must agree:
where the fast path builds a program, the explaining path builds an equal one,
class for class; and ``loads`` as a whole gives exactly what the explaining
path gives, program or problems.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import re
from collections.abc import Callable, Iterator
from typing import Any, cast

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import minsheng
from minsheng import _build as build_module
from minsheng import _generate as generate_module
from minsheng import _settle as settle_module
from minsheng._build import build
from minsheng._check import _reference_problems, quantity_paths, references_hold
from minsheng._converters import structure_program
from minsheng._generate import (
    _IMPLIED,
    BUILT_CHECKS,
    INLINE_VALIDATORS,
    NOTHING_TO_CHECK,
    TWINS,
    USUAL_KEYS,
    _Generator,
)
from minsheng._json import MAX_FILE_SIZE, read_json
from minsheng._json import _decode as decode_text
from minsheng._json import _encoded as encoded
from minsheng._json import _text as checked_text
from minsheng._quantity import SLUG, _check_decimal
from minsheng._settle import _json_decode as json_decode
from minsheng._settle import _msgspec_decode as msgspec_decode
from minsheng._settle import _quoted_colons as quoted_colons
from minsheng._settle import _unique_keys as unique_keys
from minsheng._settle import settled
from minsheng._values import DECIMAL, MAX_STRING_LENGTH
from tests.strategies import programs
from tests.test_fuzz import FUZZ, TEXTS, mutants

DECODERS: dict[str, Callable[[str, bytes], Any]] = {"json": json_decode}
_FAST = msgspec_decode()
if _FAST is not None:  # the fast extra; CI runs the suite with and without it
    DECODERS["msgspec"] = _FAST


def _explained(data: str | bytes) -> minsheng.Program | minsheng.DatasetError:
    """What the explaining path alone makes of ``data``: a program or the error."""
    try:
        raw = encoded(data, None)
        program = structure_program(decode_text(checked_text(raw, None, MAX_FILE_SIZE), None))
        problems = _reference_problems(program)
    except minsheng.DatasetError as error:
        return error
    if problems:
        return minsheng.DatasetError(file=None, problems=problems)
    return program


def _fast(data: str | bytes, decode: Callable[[str, bytes], Any]) -> minsheng.Program | None:
    """What the fast path alone makes of ``data`` with ``decode``; None where it gives up."""
    try:
        raw = encoded(data, None)
        text = checked_text(raw, None, MAX_FILE_SIZE)
    except minsheng.DatasetError:
        return None
    with _decoding(decode):
        return settled(text, raw)


@contextlib.contextmanager
def _decoding(decode: Callable[[str, bytes], Any]) -> Iterator[None]:
    saved = settle_module.__dict__["_DECODE"]
    settle_module.__dict__["_DECODE"] = decode
    try:
        yield
    finally:
        settle_module.__dict__["_DECODE"] = saved


def _classes(value: object) -> Iterator[type]:
    """The class of every object in a program, depth first."""
    yield type(value)
    if attrs.has(type(value)):
        for field in attrs.fields(cast("Any", type(value))):
            yield from _classes(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from _classes(item)


def _agree(data: str | bytes) -> None:
    """Both paths agree on ``data``, with every decoder, and ``loads`` is the explaining path."""
    explained = _explained(data)
    for name, decode in DECODERS.items():
        fast = _fast(data, decode)
        if fast is not None:
            assert isinstance(explained, minsheng.Program), (name, explained)
            assert fast == explained, name
            assert list(_classes(fast)) == list(_classes(explained))
    try:
        loaded: minsheng.Program | minsheng.DatasetError = minsheng.loads(data)
    except minsheng.DatasetError as error:
        loaded = error
    if isinstance(explained, minsheng.DatasetError):
        assert isinstance(loaded, minsheng.DatasetError)
        assert loaded.problems == explained.problems
    else:
        assert loaded == explained


@FUZZ
@given(mutants())
def test_paths_agree_on_mutated_datasets(data: str | bytes) -> None:
    """Mutated shipped datasets: types, keys, numbers, strings, bytes."""
    _agree(data)


@FUZZ
@given(programs())
def test_paths_agree_on_random_programs(program: minsheng.Program) -> None:
    """Valid random programs: the fast path settles them, and builds the same program."""
    data = minsheng.dumps(program).encode()
    _agree(data)
    for name, decode in DECODERS.items():
        assert _fast(data, decode) == program, name


@pytest.mark.parametrize("decoder", sorted(DECODERS))
@pytest.mark.parametrize("name", sorted(TEXTS))
def test_fast_path_settles_the_shipped_datasets(name: str, decoder: str) -> None:
    """The fast path is not dead code: it settles every valid shipped dataset."""
    program = _fast(TEXTS[name], DECODERS[decoder])
    assert program is not None
    assert program == _explained(TEXTS[name])


def _kunming() -> str:
    return TEXTS["kunming/2025"].decode()


# Documents the fast path's decoders accept but the strict reader refuses, or
# that only counting keys can tell apart; each is valid but for one thing.
EDGES: dict[str, Callable[[str], str]] = {
    "repeated key": lambda t: t.replace('"year": 2025', '"year": 2025, "year": 2025', 1),
    "repeated key, other value": lambda t: t.replace(
        '"year": 2025', '"year": 2024, "year": 2025', 1
    ),
    "repeated key in a figure": lambda t: t.replace(
        '"unit": "个"', '"unit": "个", "unit": "个"', 1
    ),
    "space before a colon": lambda t: t.replace('"year": 2025', '"year" : 2025', 1),
    "quote and colon in a string": lambda t: t.replace(
        '"zh": "昆明市"', '"zh": "昆明市\\": \\"市\\":"', 1
    ),
    "a space before a colon hides a repeated key": lambda t: t.replace(
        '"stage": "reported"', '"stage" : "reported"', 1
    ).replace('"year": 2025', '"year": 1999, "year": 2025', 1),
    "a tab before a colon hides a repeated key": lambda t: t.replace(
        '"year": 2025', '"year"\t: 2025, "year": 2025', 1
    ),
    "a newline before a colon hides a nested repeated key": lambda t: t.replace(
        '"unit": "个"', '"unit"\n: "个", "unit": "个"', 1
    ),
    "NaN": lambda t: t.replace('"year": 2025', '"year": NaN', 1),
    "float year": lambda t: t.replace('"year": 2025', '"year": 2025.0', 1),
    "long integer": lambda t: t.replace('"revision": 4', '"revision": ' + "9" * 32, 1),
    "longer integer": lambda t: t.replace('"revision": 4', '"revision": ' + "9" * 33, 1),
    "huge integer": lambda t: t.replace('"revision": 4', '"revision": ' + "9" * 5000, 1),
    "negative long integer": lambda t: t.replace('"revision": 4', '"revision": -' + "9" * 31, 1),
    "BOM": lambda t: "\ufeff" + t,
    "schema 1": lambda t: t.replace("schema:program:2", "schema:program:1", 1),
    "no schema": lambda t: re.sub(r'"\$schema": "[^"]*",', "", t, count=1),
    "escaped surrogate": lambda t: t.replace('"zh": "昆明市"', '"zh": "昆明\\ud800"', 1),
    "an unknown key": lambda t: t.replace('"year": 2025', '"year": 2025, "yeer": 1', 1),
    "a bool for an int": lambda t: t.replace('"revision": 4', '"revision": true', 1),
    "a number for a decimal": lambda t: t.replace('"value": "3000"', '"value": 3000', 1),
    "an exponent in a decimal": lambda t: t.replace('"value": "3000"', '"value": "3e3"', 1),
    "a plus in a decimal": lambda t: t.replace('"value": "3000"', '"value": "+3000"', 1),
    # what msgspec's types check as it decodes, and the keys it counts
    "a string at the length limit": lambda t: t.replace(
        '"zh": "昆明市"', '"zh": "' + "昆" * MAX_STRING_LENGTH + '"', 1
    ),
    "a string over the length limit": lambda t: t.replace(
        '"zh": "昆明市"', '"zh": "' + "昆" * (MAX_STRING_LENGTH + 1) + '"', 1
    ),
    "an escaped key": lambda t: t.replace('"year": 2025', '"\\u0079ear": 2025', 1),
    "an escaped key, repeated": lambda t: t.replace(
        '"year": 2025', '"\\u0079ear": 2024, "year": 2025', 1
    ),
    "a null schema": lambda t: t.replace(
        '"$schema": "urn:minsheng:schema:program:2"', '"$schema": null', 1
    ),
    "an explicit null": lambda t: t.replace('"author": "杜仲莹",', '"author": null,', 1),
    "an explicit default": lambda t: t.replace(
        '"en": "Kunming", "en_official": true', '"en": "Kunming", "en_official": false', 1
    ),
    "a null for a required string": lambda t: t.replace('"slug": "kunming"', '"slug": null', 1),
    "a list for an object": lambda t: t.replace(
        '"name": {"zh": "惠民实事", "en": "livelihood projects"}', '"name": []', 1
    ),
    "an object for a list": lambda t: t.replace(
        '"categories": ["education"]', '"categories": {}', 1
    ),
    "an unknown enum value": lambda t: t.replace('"stage": "reported"', '"stage": "done"', 1),
    "an enum value in another case": lambda t: t.replace(
        '"stage": "reported"', '"stage": "Reported"', 1
    ),
    "an integer beyond 64 bits": lambda t: t.replace(
        '"revision": 4', '"revision": ' + str(2**64), 1
    ),
    "an exponent for an integer": lambda t: t.replace('"year": 2025', '"year": 2.025e3', 1),
    "a control character in a string": lambda t: t.replace(
        '"zh": "昆明市"', '"zh": "昆明\x01市"', 1
    ),
    "a string for a bool": lambda t: t.replace('"en_official": true', '"en_official": "true"', 1),
}


@pytest.mark.parametrize("edge", sorted(EDGES))
def test_paths_agree_on_edges(edge: str) -> None:
    """Each edge case is decided alike; the ones the fast path must refuse, it refuses."""
    text = EDGES[edge](_kunming())
    assert text != _kunming() or edge == "no schema"
    _agree(text)
    _agree(text.encode())
    if isinstance(_explained(text), minsheng.DatasetError):
        for decode in DECODERS.values():
            assert _fast(text, decode) is None


def test_repeated_keys_are_refused_by_count() -> None:
    """A repeated key with the same value decodes to a valid program; only the count tells."""
    text = EDGES["repeated key"](_kunming())
    built = build(json.loads(text))
    assert built is not None
    assert built.keys == text.encode().count(b'":') - 1
    assert not unique_keys(text)
    error = _explained(text)
    assert isinstance(error, minsheng.DatasetError)
    assert [p.code for p in error.problems] == ["duplicate-key"]


def _with_statement(statement: str, *, repeated: str | None) -> str:
    """The Kunming 2025 file with a metric's statement; where ``repeated``, a key given twice.

    ``repeated`` is ``"statement"`` (the key of that statement) or
    ``"description"`` (a project's, whose text holds no quote).
    """
    document = json.loads(_kunming())
    document["projects"][0]["metrics"][0]["statement"] = statement
    document["projects"][0]["description"] = "一段说明"
    text = json.dumps(document, ensure_ascii=False, indent=2)
    if repeated is None:
        return text
    value = statement if repeated == "statement" else "一段说明"
    member = f'"{repeated}": {json.dumps(value, ensure_ascii=False)}'
    assert text.count(member) == 1
    return text.replace(member, f"{member},\n{member}")


def test_a_string_that_quotes_a_term_is_settled_by_the_count(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """说明"是": a quote and a colon inside a string: the count still settles, without a reread."""
    text = _with_statement('依据"惠民实事": 说明', repeated=None)
    assert build_module.build(json.loads(text)) is not None

    def reread(_: str) -> bool:
        raise AssertionError("read again with a hook")

    monkeypatch.setattr(settle_module, "_unique_keys", reread)
    for name, decode in DECODERS.items():
        assert _fast(text, decode) == _explained(text), name


@pytest.mark.parametrize("repeated", ["statement", "description"])
@pytest.mark.parametrize(
    "statement", ['依据"惠民实事": 说明', 'a\\": b', 'a\\\\\\": b', "a\\\\", '": ', '" :', 'a"']
)
def test_a_repeated_key_beside_a_quoted_colon_is_refused(statement: str, repeated: str) -> None:
    """The quotes the count leaves out never hide a repeated key."""
    text = _with_statement(statement, repeated=repeated)
    for name, decode in DECODERS.items():
        assert _fast(text, decode) is None, name
    error = _explained(text)
    assert isinstance(error, minsheng.DatasetError)
    assert "duplicate-key" in {p.code for p in error.problems}


@given(
    st.text(alphabet=st.sampled_from(['"', "\\", ":", " ", "\t", "\n", "a"]), max_size=12),
    st.sampled_from([None, "statement", "description"]),
)
def test_quotes_colons_and_backslashes_in_a_string_never_hide_a_repeated_key(
    statement: str, repeated: str | None
) -> None:
    """Any mix of quotes, backslashes, colons and spaces in a string: both paths agree."""
    text = _with_statement(statement, repeated=repeated)
    _agree(text)
    if repeated:
        for name, decode in DECODERS.items():
            assert _fast(text, decode) is None, name


@pytest.mark.parametrize(
    ("raw", "count"),
    [
        (b'"a\\": b"', 1),  # an escaped quote, then a colon
        (b'"a\\"  \t: b"', 1),  # whitespace between
        (b'"a\\\\": 1', 0),  # an escaped backslash: the quote ends the string
        (b'"a\\\\\\": b"', 1),  # three: a backslash, then an escaped quote
        (b'"a\\" b"', 0),  # no colon after it
        (b'"a\\"', 0),  # the text ends
        (b'"' + b"\\" * 65 + b'": 1', 0),  # a run too long to count: 0, so the text is reread
        (b'"a\\": b' * 1001, 0),  # too many to count one by one
        (b'"a\\"' + b" " * 70 + b': b"', 0),  # whitespace too long to look past
    ],
)
def test_quoted_colons(raw: bytes, count: int) -> None:
    """The quotes inside strings that a colon follows, by the parity of their backslashes."""
    assert quoted_colons(raw) == count


@given(st.from_regex(DECIMAL, fullmatch=True))
def test_decimal_strings_pass_the_decimal_validator(text: str) -> None:
    """Why the builders may skip _check_decimal: a DECIMAL string always passes it."""
    from decimal import Decimal

    assert _IMPLIED[_check_decimal] is Decimal
    field = attrs.fields(minsheng.Quantity).value
    _check_decimal(None, field, Decimal(text))


_WHITESPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())


@pytest.mark.parametrize("validator", list(INLINE_VALIDATORS), ids=lambda v: v.__name__)
@given(
    st.one_of(
        st.none(),
        st.text(alphabet=st.sampled_from("az09-_A.é" + _WHITESPACE), max_size=8),
        st.text(max_size=4),
        # names, and names with one character more at either end (a prefix matches)
        st.tuples(
            st.sampled_from(["", "-", "A", "\n", " "]),
            st.from_regex(SLUG, fullmatch=True),
            st.sampled_from(["", "-", "_", "\n", " ", "é"]),
        ).map("".join),
    )
)
def test_inline_validators_agree_with_theirs(validator: Any, value: str | None) -> None:
    """A builder's inline test passes exactly where the validator it stands for passes."""
    optional = "{v} is None" in INLINE_VALIDATORS[validator]
    if value is None and not optional:
        return  # a required field's conversion has made it a str
    names = {**_Generator().namespace, "value": value}  # the builders' own names
    passes = eval(INLINE_VALIDATORS[validator].format(v="value"), names)  # noqa: S307 - our own text
    field = attrs.fields(minsheng.Metric).id
    try:
        validator(None, field, value)
    except minsheng.InvalidValueError:
        assert not passes
    else:
        assert passes


def test_the_usual_keys_are_optional_fields_of_their_class() -> None:
    """A misspelt usual key would only be looked for late, so it is tested here."""
    for cls, names in USUAL_KEYS.items():
        optional = {f.name for f in attrs.fields(cls) if f.default is not attrs.NOTHING}
        assert set(names) <= optional, cls.__name__


def _skips_and_passes(value: str, multiplier: int, decimals: int, upper: str | None) -> None:
    """Where a figure's builder would skip _check_numbers (NOTHING_TO_CHECK), it passes."""
    from decimal import Decimal

    from minsheng._values import is_decimal

    names: dict[str, object] = {"f_multiplier": multiplier, "f_decimals": decimals}
    names.update(f_upper=upper, _value=value)
    condition = NOTHING_TO_CHECK[minsheng.Quantity].format(value="_value")
    if not is_decimal(value) or not eval(condition, names):  # noqa: S307
        return
    # its post-init calls _check_numbers: built, it has passed
    high = None if upper is None else Decimal(upper)
    minsheng.Quantity(Decimal(value), "个", multiplier=multiplier, decimals=decimals, upper=high)


def test_what_the_builders_skip_their_number_checks_for_passes_them() -> None:
    """Every mix of plain, fractional and unfitting values with the numbers a figure has."""
    values = ["0", "7", "3000", "16001", "1.5", "1.50", "-3", "0.000001"]
    for case in itertools.product(values, [0, 3, 4, 8], [-1, 0, 1, 2, 6, 7], [None, "1"]):
        _skips_and_passes(*case)


@given(
    st.one_of(st.from_regex(DECIMAL, fullmatch=True), st.integers(0, 10**20).map(str)),
    st.sampled_from([0, 4, 8, 3]),
    st.integers(min_value=-1, max_value=7),
    st.sampled_from([None, "1"]),
)
def test_what_the_builders_skip_their_number_checks_for_passes_them_at_random(
    value: str, multiplier: int, decimals: int, upper: str | None
) -> None:
    """The same, for random decimal strings."""
    _skips_and_passes(value, multiplier, decimals, upper)


def test_the_builders_call_the_part_of_the_post_init_they_name() -> None:
    """A name in BUILT_CHECKS is a method, and its class's builder calls it."""
    generated = generate_module.module_text()
    for cls, check in BUILT_CHECKS.items():
        assert callable(getattr(cls, check))
        builder = generated.split(f"def _build_{cls.__name__}(")[1].split("\ndef ")[0]
        assert f"_o.{check}()" in builder
        assert "__attrs_post_init__" not in builder


@pytest.mark.parametrize(
    ("path", "change"),
    [
        # 16001 is no whole number of 万: Quantity._check_numbers refuses it
        ("$.projects[0].metrics[0].target", {"value": "16001", "multiplier": 4}),
        ("$.projects[0].metrics[0].target", {"decimals": 7}),
        # a numeric target needs a direction: Metric._check_figures refuses it
        ("$.projects[0].metrics[0]", {"direction": None}),
    ],
)
def test_the_builders_refuse_what_the_checks_they_call_refuse(
    path: str, change: dict[str, object]
) -> None:
    """Each part of a post-init that the builders call still refuses, on both decoders."""
    document = json.loads(TEXTS["kunming/2025"])
    target = document
    for step in re.findall(r"\.(\w+)|\[(\d+)\]", path):
        target = target[step[0]] if step[0] else target[int(step[1])]
    target.update(change)
    data = json.dumps(document, ensure_ascii=False)
    assert isinstance(_explained(data), minsheng.DatasetError)
    for name, decode in DECODERS.items():
        assert _fast(data, decode) is None, name


@given(st.one_of(mutants(), programs().map(lambda p: minsheng.dumps(p).encode())))
def test_built_figures_and_metrics_pass_their_whole_post_init(data: str | bytes) -> None:
    """A builder calls only part of a figure's and a metric's post-init; the rest holds too."""
    assert set(BUILT_CHECKS) == {minsheng.Quantity, minsheng.Metric}
    program = _fast(data, json_decode)
    if program is not None:
        for _, figure in quantity_paths(program):
            figure.__attrs_post_init__()
        for metric in [*program.figures, *(m for p in program.projects for m in p.metrics)]:
            metric.__attrs_post_init__()


def test_cpython_builds_through_twins() -> None:
    """Pinned: CPython allows the twin technique, so the fast builders use it."""
    assert TWINS
    program = _fast(TEXTS["kunming/2025"], json_decode)
    assert type(program) is minsheng.Program
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        program.year = 2000  # type: ignore[misc]


def test_plain_builders_where_twins_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without __class__ assignment the builders call each class's __init__, to the same effect."""
    monkeypatch.setattr(generate_module, "TWINS", False)
    monkeypatch.setattr(build_module, "_BUILDERS", None)
    for (name, data), decoder in itertools.product(TEXTS.items(), DECODERS):
        assert _fast(data, DECODERS[decoder]) == _explained(data), (name, decoder)
    assert "_o.__class__" not in "\n".join(_plain_source())


def _plain_source() -> list[str]:
    generator = _Generator()
    generator.builder(minsheng.Program)
    generator.struct_builder(minsheng.Program)
    return generator.lines


@FUZZ
@given(mutants())
def test_quick_reference_test_agrees_with_the_detailed_one(data: str | bytes) -> None:
    """``references_hold`` is true exactly where the detailed reference check finds nothing."""
    try:
        program = structure_program(read_json(encoded(data, None)))
    except minsheng.DatasetError:
        return
    assert references_hold(program) == (not _reference_problems(program))


@FUZZ
@given(mutants())
def test_the_references_the_builders_collect_decide_as_a_visit_does(data: str | bytes) -> None:
    """The figures' units and sources, collected while building, decide as visiting them does."""
    try:
        document = json.loads(data)
    except ValueError:
        return
    built = build(document)
    if built is None:
        return
    collected = references_hold(built.program, (built.units, built.sources))
    assert collected == references_hold(built.program)


def test_the_builders_collect_every_figure_reference() -> None:
    """Kunming 2025: every figure's unit and source, and every denominator's unit.

    Units of the library are left out: every program knows them.
    """
    built = build(json.loads(TEXTS["kunming/2025"]))
    assert built is not None
    figures = [q for _, q in quantity_paths(built.program)]
    units = {q.unit for q in figures} | {
        per.unit for q in figures for per in q.per if per.unit is not None
    }
    assert built.units == units - set(minsheng.UNITS) == set()  # all the library's
    assert built.sources == {q.source for q in figures if q.source is not None}


@pytest.mark.parametrize(
    ("where", "unit", "holds"),
    [
        ("figure", "只猫", False),
        ("figure", None, False),
        ("figure", "个", True),
        ("denominator", "只猫", False),  # a review: nothing tested this collection
        ("denominator", "人", True),
    ],
)
def test_a_figure_unit_is_collected_and_checked(where: str, unit: str | None, holds: bool) -> None:
    """A unit outside the library is collected, and decides as visiting the figures does."""
    document = json.loads(TEXTS["kunming/2025"])
    target = document["projects"][0]["metrics"][0]["target"]
    if where == "figure":
        target["unit"] = unit
    else:
        target["per"] = [{"amount": "1000", "unit": unit}]
    built = build(document)
    assert built is not None
    assert built.units == (set() if holds else {unit})
    assert references_hold(built.program, (built.units, built.sources)) is holds
    assert references_hold(built.program) is holds


@pytest.mark.parametrize("named", ["first", "unknown"])
def test_a_figure_source_is_collected_and_checked(named: str) -> None:
    """A figure that names a source: the program's own passes, another is left to explain."""
    document = json.loads(TEXTS["kunming/2025"])
    source = document["sources"][0]["id"] if named == "first" else "no-such-source"
    document["projects"][0]["metrics"][0]["target"]["source"] = source
    built = build(document)
    assert built is not None
    assert built.sources == {source}
    assert references_hold(built.program, (built.units, built.sources)) is (named == "first")
    assert references_hold(built.program) is (named == "first")


def test_the_fast_decoder_is_imported_once_loading_has_read_enough() -> None:
    """msgspec, where installed, is imported neither with minsheng nor for one small file."""
    import subprocess
    import sys

    code = (
        "import sys, minsheng; from minsheng._settle import FAST_DECODER_AFTER as limit;"
        " print('msgspec' in sys.modules); data = minsheng.dumps(minsheng.load('kunming', 2025));"
        " print('msgspec' in sys.modules, 'cattrs' in sys.modules);"
        " [minsheng.loads(data) for _ in range(limit // len(data.encode()) + 1)];"
        " print('msgspec' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == [
        "False",
        "False",
        "True",  # dumps uses cattrs; loading alone did not (test_loading_imports_no_cattrs)
        str("msgspec" in DECODERS),
    ]


@pytest.mark.parametrize("hidden", [True, False], ids=["without msgspec", "with msgspec"])
def test_a_document_that_is_no_object_is_refused_without_importing_msgspec(hidden: bool) -> None:
    """A review's: ``loads("[]")`` imported the struct types, and without the extra failed.

    The fast path took any document that is no dict for msgspec's struct and
    imported :mod:`minsheng._structs`: a ModuleNotFoundError without the
    fast extra, and msgspec imported before loading had read enough with it.
    """
    import subprocess
    import sys

    code = (
        f"import sys\nif {hidden}: sys.modules['msgspec'] = None\n"
        "import minsheng\n"
        "for text in ('[]', '1', 'null', '\"x\"'):\n"
        "    try:\n"
        "        minsheng.loads(text)\n"
        "    except minsheng.DatasetError as error:\n"
        "        print(error.problems[0].code, error.problems[0].path)\n"
        "print(sorted(m for m in ('msgspec', 'minsheng._structs') if sys.modules.get(m)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == ["type $"] * 4 + ["[]"]


def test_loading_imports_no_cattrs() -> None:
    """A file the fast path settles never imports cattrs, nor importlib.metadata."""
    import subprocess
    import sys

    code = (
        "import sys, minsheng; minsheng.load('kunming', 2025);"
        " print(sorted(m for m in ('cattrs', 'importlib.metadata') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_generated_builders_are_current() -> None:
    """_builders.py is what the generator writes today, and loading uses it."""
    from minsheng._generate import main

    assert main(["--check"]) == 0
    minsheng.loads(TEXTS["kunming/2025"])
    builders = vars(build_module)["_BUILDERS"]
    assert [builder.__module__ for builder in builders] == ["minsheng._builders"] * 2


@given(
    st.one_of(
        st.text(alphabet="0123456789-.x٣ ", max_size=24),
        st.from_regex(DECIMAL, fullmatch=True),
        st.integers(min_value=0, max_value=10**30).map(str),
        st.integers(min_value=10**18, max_value=10**21).map(str),  # the longest allowed
    )
)
@example("9" * 20)
@example("1" + "0" * 20)
@example("0")
@example("00")
def test_is_decimal_is_the_pattern(text: str) -> None:
    """What the builders accept as a decimal string is what DECIMAL matches whole."""
    from minsheng._values import is_decimal

    assert is_decimal(text) == (DECIMAL.fullmatch(text) is not None)


def test_integer_bounds_are_the_readers_token_limit() -> None:
    """The builders accept exactly the integers of at most MAX_NUMBER_LENGTH characters."""
    from minsheng._generate import INT_BOUNDS
    from minsheng._values import MAX_NUMBER_LENGTH

    low, high = INT_BOUNDS
    assert len(str(low + 1)) == len(str(high - 1)) == MAX_NUMBER_LENGTH
    assert len(str(low)) == len(str(high)) == MAX_NUMBER_LENGTH + 1


_KEY_LINE = re.compile(r'^(\s*"[^"\n]*")(: )', re.MULTILINE)
_SCALAR_MEMBER = re.compile(r'^\s*"[^"\n]*": [^\[{\n].*,$')


@FUZZ
@given(st.data())
def test_a_repeated_key_is_found_however_the_text_is_spaced(data: st.DataObject) -> None:
    """Whitespace before colons and repeated keys, in any mix: a repeated key is always found."""
    text = TEXTS[data.draw(st.sampled_from(sorted(TEXTS)))].decode()
    keys = list(_KEY_LINE.finditer(text))
    spaced = set(data.draw(st.lists(st.integers(0, len(keys) - 1), max_size=5)))
    pieces, last = [], 0
    for n, match in enumerate(keys):
        if n in spaced:  # "key" : value, "key"\t: value or "key"\n: value
            pieces += [text[last : match.end(1)], " \t\n"[n % 3], match.group(2)]
            last = match.end()
    text = "".join([*pieces, text[last:]])
    # repeat one member whose value is a scalar: its line, once more, after itself
    lines = text.split("\n")
    members = [n for n, line in enumerate(lines) if _SCALAR_MEMBER.match(line)]
    at = data.draw(st.sampled_from(members))
    lines.insert(at + 1, lines[at])
    with pytest.raises(minsheng.DatasetError) as error:
        minsheng.loads("\n".join(lines))
    assert "duplicate-key" in {problem.code for problem in error.value.problems}


def _model_classes(cls: type) -> Iterator[type]:
    """``cls`` and every model class its fields hold, once each."""
    seen: list[type] = []
    todo = [cls]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.append(current)
        for field in attrs.fields(cast("Any", current)):
            pending = [field.type]
            while pending:
                tp = pending.pop()
                if isinstance(tp, type) and attrs.has(tp):
                    todo.append(tp)
                pending.extend(getattr(tp, "__args__", ()))
    yield from seen


@pytest.mark.skipif("msgspec" not in DECODERS, reason="the fast extra (msgspec) is not installed")
def test_the_fast_extra_decodes_into_structs_of_the_model() -> None:
    """One struct per model class, of its fields and no others, refusing unknown keys."""
    import msgspec

    from minsheng._structs import SCHEMA_FIELD, program_struct

    structs: dict[str, Any] = {}
    pending = [program_struct()]
    while pending:
        struct = pending.pop()
        if struct.__name__ in structs:
            continue
        structs[struct.__name__] = struct
        described = cast("msgspec.inspect.StructType", msgspec.inspect.type_info(struct))
        for info in described.fields:
            pending.extend(_structs_in(info.type))
    classes = list(_model_classes(minsheng.Program))
    assert sorted(structs) == sorted(f"{cls.__name__}Struct" for cls in classes)
    for cls in classes:
        struct = structs[f"{cls.__name__}Struct"]
        names = [field.name for field in attrs.fields(cast("Any", cls))]
        extra = [SCHEMA_FIELD] if cls is minsheng.Program else []
        assert sorted(struct.__struct_fields__) == sorted(names + extra), cls.__name__
        assert struct.__struct_config__.forbid_unknown_fields
    document = DECODERS["msgspec"]("", TEXTS["kunming/2025"])
    assert type(document) is program_struct()


def _structs_in(info: Any) -> Iterator[Any]:
    import msgspec

    if isinstance(info, msgspec.inspect.StructType):
        yield info.cls
    for name in ("item_type", "types"):
        inner = getattr(info, name, None)
        for each in inner if isinstance(inner, tuple) else [inner] if inner else []:
            yield from _structs_in(each)
