"""Reading and writing datasets: strict JSON in, the model out, and back.

:func:`read_json` decodes strict JSON, I-JSON (RFC 7493) in fact: no duplicate
keys, NaN or Infinity, no lone surrogates.  Hard limits are checked before any
expensive work: the size of the data (:data:`MAX_FILE_SIZE`), the nesting
(:data:`MAX_DEPTH`), the length of a number token and of a string (in
:mod:`minsheng._values`, which the fast path's builders share).  :func:`loads`
tries the fast path (:mod:`minsheng._settle`) first, and otherwise structures
the document with the converters and checks its references; :func:`dumps`
writes it back.
"""

from __future__ import annotations

import json
import os
from decimal import Decimal
from typing import Any, cast

from minsheng._check import reference_problems
from minsheng._context import own_context
from minsheng._errors import DatasetError, Problem, clip, expect, problem, shown
from minsheng._files import MAX_FILE_SIZE as MAX_FILE_SIZE  # noqa: PLC0414 - read from here too
from minsheng._files import SIZE_VARIABLE as SIZE_VARIABLE  # noqa: PLC0414
from minsheng._files import read_file, size_limit, too_large
from minsheng._i18n import Message, msg
from minsheng._model import Program
from minsheng._patterns import compiled
from minsheng._settle import ESCAPED_SURROGATE, SlowPathError, pairs_fast, settled
from minsheng._values import MAX_NUMBER_LENGTH, MAX_STRING_LENGTH
from minsheng._values import MAX_VALUES as MAX_VALUES  # noqa: PLC0414 - read from here too

MAX_DEPTH = 64
"""How deeply a dataset may nest; real programs need about ten levels."""


# Cheap scans of the whole text: a lone surrogate can only be written as an
# escape, and a string longer than the limit needs a long run without a quote
# unless it holds escaped quotes.  When none of these is found, the fast path
# needs no per-string check; otherwise the slow path checks every string.
_LONG_RUN = compiled('"[^"]{' + str(MAX_STRING_LENGTH) + "}")  # from a quote: linear
_SURROGATE = compiled("[\ud800-\udfff]")


class _Marked(dict[str, Any]):
    """A JSON object that remembers the keys it saw twice."""

    duplicates: tuple[str, ...] = ()


class _NonFinite:
    def __init__(self, token: str) -> None:
        self.token = token


class _LongNumber:
    """A number token too long to convert: ``int`` is quadratic in its digits."""

    def __init__(self, token: str) -> None:
        self.token = token


def _int_fast(token: str) -> int:
    if len(token) > MAX_NUMBER_LENGTH:
        raise SlowPathError
    return int(token)


def _float_fast(token: str) -> Decimal:
    if len(token) > MAX_NUMBER_LENGTH:
        raise SlowPathError
    return Decimal(token)


def _int(token: str) -> int | _LongNumber:
    return _LongNumber(token) if len(token) > MAX_NUMBER_LENGTH else int(token)


def _float(token: str) -> Decimal | _LongNumber:
    return _LongNumber(token) if len(token) > MAX_NUMBER_LENGTH else Decimal(token)


def _constant_fast(token: str) -> Any:  # noqa: ARG001 - json calls it with the token
    raise SlowPathError


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


def _string_problems(text: str, path: str) -> list[Problem]:
    problems = []
    if len(text) > MAX_STRING_LENGTH:
        problems.append(
            problem(
                "too-long",
                path,
                msg(
                    "a string of {length} characters; the limit is {limit}",
                    length=len(text),
                    limit=MAX_STRING_LENGTH,
                ),
                found=shown(text),  # its start and its own size, not its escaped one
            )
        )
    match = _SURROGATE.search(text[:MAX_STRING_LENGTH])
    if match is not None:
        problems.append(_surrogate(path, match.group(), match.start()))
    return problems


def _surrogate(path: str, character: str, offset: int) -> Problem:
    """The problem of a lone surrogate at ``offset`` of a string: no character."""
    return problem(
        "surrogate",
        path,
        msg(
            "a lone surrogate {code} at offset {offset}: not a character",
            code=f"U+{ord(character):04X}",
            offset=offset,
        ),
        expected=msg("Unicode text"),
    )


def _key_path(path: str, key: str) -> str:
    return f"{path}.{clip(key)}"


def _scan(document: Any) -> list[Problem]:
    """Find duplicate keys, NaN and Infinity, long tokens, lone surrogates and deep nesting."""
    problems = []
    stack: list[tuple[Any, str, int]] = [(document, "$", 1)]
    while stack:
        value, path, depth = stack.pop()
        if isinstance(value, str):
            problems.extend(_string_problems(value, path))
        elif isinstance(value, _LongNumber):
            problems.append(
                problem(
                    "too-long",
                    path,
                    msg(
                        "a number of {length} characters; the limit is {limit}",
                        length=len(value.token),
                        limit=MAX_NUMBER_LENGTH,
                    ),
                    found=value.token,
                )
            )
        elif isinstance(value, _NonFinite):
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
                            _key_path(path, key),
                            msg("key {key} repeats", key=clip(repr(key))),
                        )
                    )
                for key in value:
                    problems.extend(_string_problems(key, _key_path(path, key)))
                children = [(v, _key_path(path, k), depth + 1) for k, v in value.items()]
            else:
                children = [(v, f"{path}[{i}]", depth + 1) for i, v in enumerate(value)]
            stack.extend(reversed(children))
    return sorted(problems, key=lambda p: p.path)


def _shape(document: Any) -> tuple[bool, int]:
    """Whether ``document`` nests deeper than :data:`MAX_DEPTH`, and how many values it holds.

    Level by level, keeping only the containers (to the depth limit): the
    values are its objects' keys and its arrays' items.
    """
    level = [document] if isinstance(document, _CONTAINERS) else []
    values = 0
    for _ in range(MAX_DEPTH):
        if not level:
            return False, values
        inner: list[Any] = []
        for value in level:
            values += len(value)
            children = value.values() if isinstance(value, dict) else value
            inner += [child for child in children if isinstance(child, _CONTAINERS)]
        level = inner
    return bool(level), values


def _too_many(values: int, file: str | os.PathLike[str] | None) -> DatasetError:
    return DatasetError(
        file=file,
        problems=[
            problem(
                "too-many",
                "$",
                msg(
                    "the data holds {count} values (keys and items); the limit is {limit}",
                    count=values,
                    limit=MAX_VALUES,
                ),
            )
        ],
    )


_CONTAINERS = (dict, list)


def _too_deep() -> Message:
    return msg("nested deeper than {depth} levels", depth=MAX_DEPTH)


def read_json(
    data: bytes, *, file: str | os.PathLike[str] | None = None, max_size: int | None = None
) -> Any:
    """Decode strict JSON from ``data``, within the hard limits.

    Raises:
        DatasetError: the bytes are too many, not UTF-8, not JSON, or not strict JSON.

    """
    limit = size_limit(max_size, "read_json")
    return _decode(_text(data, file, limit, given=max_size is not None), file)


def _text(
    data: bytes, file: str | os.PathLike[str] | None, limit: int, *, given: bool = False
) -> str:
    """The text of ``data``: at most ``limit`` bytes, UTF-8, not empty; without a BOM.

    ``given``: the caller gave the limit, rather than the setting.
    """
    if len(data) > limit:
        raise too_large(len(data), limit, file, given=given)
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
    if not text or text.isspace():
        raise DatasetError(
            file=file,
            problems=[
                problem("syntax", "$", msg("the file is empty"), expected=msg("a JSON object"))
            ],
        )
    return text


def _suspect(text: str) -> bool:
    """Whether ``text`` may hold a lone surrogate or a string over the limit."""
    return ESCAPED_SURROGATE.search(text) is not None or (
        len(text) > MAX_STRING_LENGTH and ('\\"' in text or _LONG_RUN.search(text) is not None)
    )


def _decode(text: str, file: str | os.PathLike[str] | None) -> Any:
    """Decode strict JSON text within the limits, or explain why it is not."""
    if not _suspect(text):
        try:
            # Valid files are the common case: read them with cheap hooks, and read
            # again with paths only when a duplicate key or NaN needs explaining.
            document = json.loads(
                text,
                object_pairs_hook=pairs_fast,
                parse_float=_float_fast,
                parse_int=_int_fast,
                parse_constant=_constant_fast,
            )
        except (SlowPathError, json.JSONDecodeError, RecursionError):
            pass  # explained below
        else:
            deep, values = _shape(document)
            if values > MAX_VALUES:
                raise _too_many(values, file)
            if not deep:
                return document  # else explained below, with its path
    try:
        document = json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_float=_float,
            parse_int=_int,
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
                        # "Unterminated string starting at", "Invalid control character at"
                        error=exc.msg.removesuffix(" at"),
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
    _, values = _shape(document)
    if values > MAX_VALUES:  # before explaining every one of them
        raise _too_many(values, file)
    problems = _scan(document)
    if problems:
        raise DatasetError(file=file, problems=problems)
    return document


@own_context
def dumps(program: Program) -> str:
    """Serialize a :class:`~minsheng.Program` as dataset JSON text.

    ``minsheng.loads(minsheng.dumps(program)) == program`` holds for every
    program whose sequences are tuples, as loading builds them; a program
    that no dataset may hold is refused, not written (a lone
    surrogate, a string past the limit, more values than the limit, a
    reference to no source or unit, or text larger than the size limit in
    force, ``MINSHENG_MAX_FILE_SIZE``).

    Raises:
        ArgumentError: ``program`` is not a :class:`~minsheng.Program`.
        DatasetError: the program holds what :func:`loads` refuses.
        InvalidValueError: ``MINSHENG_MAX_FILE_SIZE`` is set to no positive number.

    """
    expect(program, Program, "program", "dumps")
    from minsheng._converters import unstructure_program  # noqa: PLC0415 - cattrs, when needed

    data = unstructure_program(program)
    values = _shape(data)[1]
    if values > MAX_VALUES:
        raise _too_many(values, "<dumps>")
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if _SURROGATE.search(text) is not None or _suspect(text):
        problems = _scan(data)  # a hostile-input audit's: text that loads() then refused
        if problems:
            raise DatasetError(file="<dumps>", problems=problems)
    problems = reference_problems(program)  # a ballot's source that no source is
    if problems:
        raise DatasetError(file="<dumps>", problems=problems)
    size = len(text.encode("utf-8", "surrogatepass"))
    limit = size_limit(None, "dumps")
    if size > limit:
        raise too_large(size, limit, "<dumps>")
    return text


def _encoded(data: object, file: str | os.PathLike[str] | None) -> bytes:
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data)
    expect(data, (str, bytes), "data", "loads")  # bytes returned above: text from here
    text = cast("str", data)
    # UTF-8 is never longer than 4 bytes a character: refuse before encoding.
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise DatasetError(
            file=file, problems=[_surrogate("$", text[exc.start], exc.start)]
        ) from None


@own_context
def loads(
    data: bytes | str, *, file: str | os.PathLike[str] | None = None, max_size: int | None = None
) -> Program:
    """Load a program from JSON text or bytes.

    ``max_size`` overrides the limit of 8 MiB (and ``MINSHENG_MAX_FILE_SIZE``),
    in bytes.

    Raises:
        ArgumentError: ``data`` is no text or bytes, or ``max_size`` no int.
        DatasetError: with every problem found, each with its JSON path.
        InvalidValueError: ``MINSHENG_MAX_FILE_SIZE`` is set to no positive number.

    """
    limit = size_limit(max_size, "loads")
    if isinstance(data, str) and len(data) > limit:
        raise too_large(len(data), limit, file, given=max_size is not None)
    raw = _encoded(data, file)
    text = _text(raw, file, limit, given=max_size is not None)
    program = settled(text, raw)
    if program is not None:
        return program
    # The explaining path: every problem, each with its JSON path.
    from minsheng._converters import structure_program  # noqa: PLC0415 - cattrs, when needed

    program = structure_program(_decode(text, file), file=file)
    problems = reference_problems(program)
    if problems:
        raise DatasetError(file=file, problems=problems)
    return program


def load_file(path: str | os.PathLike[str], *, max_size: int | None = None) -> Program:
    """Load a program from a JSON file.

    Only regular files are read, of at most ``max_size`` bytes (default
    8 MiB, or ``MINSHENG_MAX_FILE_SIZE`` where set).

    Raises:
        DatasetError: the file cannot be read or is not a valid program.
        InvalidValueError: ``MINSHENG_MAX_FILE_SIZE`` is set to no positive number.

    """
    data = read_file(path, max_size=max_size)
    return loads(data, file=clip(str(path), 1000), max_size=max_size)
