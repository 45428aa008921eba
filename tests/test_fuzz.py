"""A mutation fuzzer: every shipped dataset, mutated, is accepted cleanly or rejected cleanly.

Hypothesis mutates each shipped dataset: it deletes keys and items, changes
types, puts in extreme numbers and strings with control characters and lone
surrogates, renames keys, truncates the text and flips or inserts bytes.  Each
result must be either

- accepted: then every renderer (report as text, Markdown and JSON, show),
  ``check`` and the ``dumps``/``loads`` round trip run cleanly; or
- rejected with a :class:`~minsheng.DatasetError` whose message is bounded.

Nothing else may escape.  Where the mutated text is JSON that minsheng reads,
the shipped JSON Schema (with its date format asserted) and the loader agree
on whether its structure is valid.  The one rule the schema cannot state is
exempt: a value must be a multiple of 10**(multiplier - decimals).

The suite runs a modest number of examples; ``MINSHENG_FUZZ_EXAMPLES=N``
runs N per test instead, for the long run the validation docs describe.
"""

from __future__ import annotations

import copy
import json
import os
from decimal import Decimal
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import minsheng
from minsheng._converters import structure_program
from minsheng._json import read_json
from tests.conftest import ROOT

DATASETS = sorted((ROOT / "datasets").glob("*/*.json"))
TEXTS = {path.parent.name + "/" + path.stem: path.read_bytes() for path in DATASETS}
DOCUMENTS = {name: json.loads(data, parse_float=Decimal) for name, data in TEXTS.items()}
PROGRAM_SCHEMA = jsonschema.Draft202012Validator(
    minsheng.json_schema("program"),
    format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
)
REPORT_SCHEMA = jsonschema.Draft202012Validator(minsheng.json_schema("report"))

EXAMPLES = int(os.environ.get("MINSHENG_FUZZ_EXAMPLES", "0")) or None
_PROFILE = settings.default.max_examples if settings.default is not None else 100
FUZZ = settings(
    max_examples=EXAMPLES or min(50, _PROFILE),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Raw JSON number tokens, put in through a placeholder string.
TOKENS = ("1e999999999", "-0", "1.5", "2025.0", "9" * 40, "-" + "9" * 5000, "1E-400")
STRINGS = (
    "",
    " ",
    "x",
    "kunming\n",
    "3000\n",
    "530100\n",
    "2025-02-30",
    "\x1b[31m",
    "\ud800",
    "\udfff",
    "\u202e",
    "a\nb",
    "9" * 500,
    "0.0000001",
    "1e3",
    "个",
    "%",
    "x" * 25_000,
)
VALUES: tuple[Any, ...] = (
    None,
    True,
    False,
    0,
    -1,
    1,
    7,
    10**31,
    -(10**31),
    [],
    {},
    [1],
    {"a": 1},
    *STRINGS,
    *(f"@@{i}@@" for i in range(len(TOKENS))),
)
CONTROLS = ("\n", "\r", "\t", "\x00", "\x1b", "\x7f", "\x9b", "\u2028", "\u202e", "\ud800")


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


def _parent(document: Any, path: tuple[Any, ...]) -> Any:
    node = document
    for step in path[:-1]:
        node = node[step]
    return node


@st.composite
def _edit(draw: st.DrawFn, document: Any) -> None:
    """Apply one structural mutation to ``document`` in place."""
    paths = _paths(document)
    path = paths[draw(st.integers(0, len(paths) - 1))]
    kind = draw(st.sampled_from(["delete", "replace", "rename", "control", "add", "copy"]))
    if not path:
        if kind == "replace":
            document.clear()
        return
    parent, last = _parent(document, path), path[-1]
    if kind == "delete":
        del parent[last]
    elif kind == "replace":
        parent[last] = copy.deepcopy(draw(st.sampled_from(VALUES)))
    elif kind == "rename" and isinstance(parent, dict):
        suffix = draw(st.sampled_from(("", *CONTROLS, "x")))
        parent[str(last) + suffix if suffix else ""] = parent.pop(last)
    elif kind == "control" and isinstance(parent[last], str):
        text = parent[last]
        at = draw(st.integers(0, len(text)))
        parent[last] = text[:at] + draw(st.sampled_from(CONTROLS)) + text[at:]
    elif kind == "add" and isinstance(parent[last], dict):
        parent[last][draw(st.sampled_from(("colour", "\x1b[2J", "a\nb")))] = 1
    elif kind == "copy" and isinstance(parent, list):
        parent.insert(last, copy.deepcopy(parent[last]))


def _serialize(document: Any, *, ascii_only: bool) -> str:
    text = json.dumps(document, ensure_ascii=ascii_only, default=str)
    for index, token in enumerate(TOKENS):
        text = text.replace(f'"@@{index}@@"', token)
    return text


@st.composite
def mutants(draw: st.DrawFn) -> str | bytes:
    """A shipped dataset with one to three mutations: structural, then perhaps on bytes."""
    name = draw(st.sampled_from(sorted(DOCUMENTS)))
    document = copy.deepcopy(DOCUMENTS[name])
    for _ in range(draw(st.integers(0, 3))):
        draw(_edit(document))
    text = _serialize(document, ascii_only=draw(st.booleans()))
    if not draw(st.booleans()):
        return text
    data = text.encode("utf-8", "surrogatepass")
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(data)))
        operation = draw(st.sampled_from(["truncate", "flip", "insert"]))
        if operation == "truncate":
            data = data[:at]
        elif operation == "flip" and at < len(data):
            data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
        else:
            data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at:]
    return data


def _renders(program: minsheng.Program) -> None:
    """Every renderer and the round trip run cleanly on an accepted program."""
    assessment = minsheng.assess(program)
    for locale in ("zh-Hans", "zh-Hant", "en"):
        for style in ("text", "markdown"):
            assert minsheng.format_report(assessment, style=style, locale=locale)
        assert minsheng.format_program(program, locale=locale)
    report = json.loads(minsheng.format_report(assessment, style="json"))
    REPORT_SCHEMA.validate(report)
    minsheng.check(program)
    assert minsheng.loads(minsheng.dumps(program)) == program


def _digits_rule_only(error: minsheng.DatasetError) -> bool:
    return all("does not fit multiplier" in p.message for p in error.problems)


def _agrees_with_schema(data: str | bytes) -> None:
    """Where the text is JSON minsheng reads, schema and loader agree on its structure."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    try:
        document = read_json(raw)
    except minsheng.DatasetError:
        return  # not I-JSON that minsheng reads: no structure to compare
    schema_errors = [e.message[:200] for e in PROGRAM_SCHEMA.iter_errors(document)]
    try:
        structure_program(document)
    except minsheng.DatasetError as exc:
        if not schema_errors and not _digits_rule_only(exc):
            pytest.fail(f"the schema accepts what the loader rejects: {exc.lines()[:3]}")
        return
    assert schema_errors == [], "the schema rejects what the loader accepts"


def _accepted_or_rejected_cleanly(data: str | bytes) -> None:
    try:
        program = minsheng.loads(data)
    except minsheng.DatasetError as exc:
        assert exc.problems
        assert all(len(line) < 3000 for line in exc.lines())
        return
    _renders(program)


@FUZZ
@given(mutants())
def test_mutated_datasets_are_accepted_or_rejected_cleanly(data: str | bytes) -> None:
    """Each mutant loads and renders cleanly, or is a bounded DatasetError: nothing else."""
    _accepted_or_rejected_cleanly(data)


@FUZZ
@given(mutants())
def test_schema_and_loader_agree_on_mutants(data: str | bytes) -> None:
    """The shipped JSON Schema and the loader give every mutant the same structural verdict."""
    _agrees_with_schema(data)


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_shipped_datasets_survive_the_oracle(name: str) -> None:
    """The unmutated datasets pass both oracles: the fuzzer starts from valid data."""
    _accepted_or_rejected_cleanly(TEXTS[name])
    _agrees_with_schema(TEXTS[name])
    assert minsheng.loads(TEXTS[name]).key == name
