"""Reading and writing datasets: strict JSON in, the model out, and back.

:func:`read_json` decodes strict JSON (no duplicate keys, NaN or Infinity, no
nesting deeper than :data:`MAX_DEPTH`); :func:`loads` structures the document
with the converters and checks its references; :func:`dumps` writes it back.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from minsheng._check import reference_problems
from minsheng._converters import structure_program, unstructure_program
from minsheng._errors import DatasetError, Problem, problem
from minsheng._i18n import Message, msg, verbatim
from minsheng._model import Program

MAX_DEPTH = 64
"""How deeply a dataset may nest; real programs need about ten levels."""


class _Marked(dict[str, Any]):
    """A JSON object that remembers the keys it saw twice."""

    duplicates: tuple[str, ...] = ()


class _NonFinite:
    def __init__(self, token: str) -> None:
        self.token = token


class _SlowPathError(Exception):
    """A document that needs the slow, path-tracking reading to explain itself."""


def _pairs_fast(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _SlowPathError
    return obj


def _constant_fast(token: str) -> Any:  # noqa: ARG001 - json calls it with the token
    raise _SlowPathError


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = _Marked(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        duplicates = []
        for key, _ in pairs:
            if key in seen:
                duplicates.append(key)
            seen.add(key)
        obj.duplicates = tuple(duplicates)
    return obj


def _scan(document: Any) -> list[Problem]:
    """Find duplicate keys, NaN and Infinity, and too-deep nesting, with paths."""
    problems = []
    stack: list[tuple[Any, str, int]] = [(document, "$", 1)]
    while stack:
        value, path, depth = stack.pop()
        if isinstance(value, _NonFinite):
            problems.append(
                problem(
                    "non-finite",
                    path,
                    msg("{token} is not valid JSON", token=value.token),
                    expected=msg("a finite value"),
                )
            )
        elif isinstance(value, dict | list):
            if depth > MAX_DEPTH:
                problems.append(problem("too-deep", path, _too_deep()))
                continue
            if isinstance(value, dict):
                for key in getattr(value, "duplicates", ()):
                    problems.append(
                        problem(
                            "duplicate-key",
                            f"{path}.{key}",
                            msg("key {key} repeats", key=repr(key)),
                        )
                    )
                children = [(v, f"{path}.{k}", depth + 1) for k, v in value.items()]
            else:
                children = [(v, f"{path}[{i}]", depth + 1) for i, v in enumerate(value)]
            stack.extend(reversed(children))
    return sorted(problems, key=lambda p: p.path)


def _too_deep() -> Message:
    return msg("nested deeper than {depth} levels", depth=MAX_DEPTH)


def read_json(data: bytes, *, file: str | Path | None = None) -> Any:
    """Decode strict JSON from ``data``.

    Raises:
        DatasetError: the bytes are not UTF-8, not JSON, or not strict JSON.

    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DatasetError(
            file=file,
            problems=[
                problem(
                    "encoding",
                    "$",
                    msg(
                        "byte {byte} at offset {offset} is not UTF-8",
                        byte=f"0x{data[exc.start]:02x}",
                        offset=exc.start,
                    ),
                    expected=msg("UTF-8 text"),
                )
            ],
        ) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise DatasetError(
            file=file,
            problems=[
                problem("syntax", "$", msg("the file is empty"), expected=msg("a JSON object"))
            ],
        )
    try:
        # Valid files are the common case: read them with cheap hooks, and read
        # again with paths only when a duplicate key or NaN needs explaining.
        return json.loads(
            text,
            object_pairs_hook=_pairs_fast,
            parse_float=Decimal,
            parse_constant=_constant_fast,
        )
    except (_SlowPathError, json.JSONDecodeError, RecursionError):
        pass  # explained below
    try:
        document = json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_float=Decimal,
            parse_constant=_NonFinite,
        )
    except json.JSONDecodeError as exc:
        raise DatasetError(
            file=file,
            problems=[
                problem(
                    "syntax",
                    "$",
                    msg(
                        "{error} at line {line} column {column}",
                        error=exc.msg,
                        line=exc.lineno,
                        column=exc.colno,
                    ),
                    expected=msg("valid JSON"),
                )
            ],
        ) from None
    except RecursionError:
        raise DatasetError(
            file=file,
            problems=[problem("too-deep", "$", _too_deep())],
        ) from None
    problems = _scan(document)
    if problems:
        raise DatasetError(file=file, problems=problems)
    return document


def dumps(program: Program) -> str:
    """Serialize a :class:`~minsheng.Program` as dataset JSON text.

    ``minsheng.loads(minsheng.dumps(program)) == program`` always holds.
    """
    return json.dumps(unstructure_program(program), ensure_ascii=False, indent=2) + "\n"


def loads(data: bytes | str, *, file: str | Path | None = None) -> Program:
    """Load a program from JSON text or bytes.

    Raises:
        DatasetError: with every problem found, each with its JSON path.

    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    program = structure_program(read_json(raw, file=file), file=file)
    problems = reference_problems(program)
    if problems:
        raise DatasetError(file=file, problems=problems)
    return program


def load_file(path: str | Path) -> Program:
    """Load a program from a JSON file.

    Raises:
        DatasetError: the file cannot be read or is not a valid program.

    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DatasetError(
            file=path,
            problems=[
                problem(
                    "io",
                    "$",
                    msg(
                        "cannot read the file: {reason}", reason=verbatim(exc.strerror or str(exc))
                    ),
                )
            ],
        ) from None
    return loads(data, file=path)
