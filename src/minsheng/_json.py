"""Reading and writing datasets: strict JSON in, the model out, and back.

:func:`read_json` decodes strict JSON, I-JSON (RFC 7493) in fact: no duplicate
keys, NaN or Infinity, no lone surrogates.  Hard limits are checked before any
expensive work: the size of the data (:data:`MAX_FILE_SIZE`), the nesting
(:data:`MAX_DEPTH`), the length of a number token and of a string (in
:mod:`minsheng._values`, which the fast path's builders share).  :func:`loads`
tries the fast path of :mod:`minsheng._build` first, and otherwise structures
the document with the converters and checks its references; :func:`dumps`
writes it back.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable
from decimal import Decimal
from typing import Any, cast

from minsheng._build import build
from minsheng._check import reference_problems, references_hold
from minsheng._context import own_context
from minsheng._errors import DatasetError, Problem, clip, expect, problem, shown
from minsheng._files import MAX_FILE_SIZE as MAX_FILE_SIZE  # noqa: PLC0414 - read from here too
from minsheng._files import SIZE_VARIABLE as SIZE_VARIABLE  # noqa: PLC0414
from minsheng._files import read_file, size_limit, too_large
from minsheng._i18n import Message, msg
from minsheng._model import Program
from minsheng._patterns import compiled
from minsheng._values import MAX_NUMBER_LENGTH, MAX_STRING_LENGTH

MAX_DEPTH = 64
"""How deeply a dataset may nest; real programs need about ten levels."""

MAX_VALUES = 200_000
"""How many values (an object's keys and an array's items, at any depth) a dataset may hold.

Kunming 2025 holds about 1,100.  The limit bounds the work of explaining a
file with errors: each value may be one problem, and a file of 6 MB can hold
millions (a reviewer's ``"projects": [1, 1, …]`` took minutes and gigabytes).
"""


# Cheap scans of the whole text: a lone surrogate can only be written as an
# escape, and a string longer than the limit needs a long run without a quote
# unless it holds escaped quotes.  When none of these is found, the fast path
# needs no per-string check; otherwise the slow path checks every string.
_ESCAPED_SURROGATE = compiled(r"\\u[dD][89a-fA-F]")
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
        raise _SlowPathError
    return int(token)


def _float_fast(token: str) -> Decimal:
    if len(token) > MAX_NUMBER_LENGTH:
        raise _SlowPathError
    return Decimal(token)


def _int(token: str) -> int | _LongNumber:
    return _LongNumber(token) if len(token) > MAX_NUMBER_LENGTH else int(token)


def _float(token: str) -> Decimal | _LongNumber:
    return _LongNumber(token) if len(token) > MAX_NUMBER_LENGTH else Decimal(token)


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
    return _ESCAPED_SURROGATE.search(text) is not None or (
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
                object_pairs_hook=_pairs_fast,
                parse_float=_float_fast,
                parse_int=_int_fast,
                parse_constant=_constant_fast,
            )
        except (_SlowPathError, json.JSONDecodeError, RecursionError):
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
    program = _settled(text, raw)
    if program is not None:
        return program
    # The explaining path: every problem, each with its JSON path.
    from minsheng._converters import structure_program  # noqa: PLC0415 - cattrs, when needed

    program = structure_program(_decode(text, file), file=file)
    problems = reference_problems(program)
    if problems:
        raise DatasetError(file=file, problems=problems)
    return program


FAST_DECODER_AFTER = 1024 * 1024
"""How many bytes loading reads before it imports msgspec (the ``fast`` extra).

Importing msgspec takes about 5 ms, which a few small files never repay:
decoding 36 kB with it saves about 0.1 ms.  Bulk loads reach this in a few
dozen files, and decode with msgspec from then on.
"""

_Decode = Callable[[str, bytes], Any]
"""A decoder of the fast path: it takes the checked text and its UTF-8 bytes."""


def _json_decode(text: str, raw: bytes) -> Any:  # noqa: ARG001 - JSON data
    return json.loads(text)  # the text: json.loads would decode the bytes again


def _msgspec_decode() -> _Decode | None:
    try:
        import msgspec  # noqa: PLC0415 - an optional extra
    except ImportError:
        return None
    from minsheng._structs import program_struct  # noqa: PLC0415 - imports msgspec

    decode = msgspec.json.Decoder(program_struct()).decode

    def decode_bytes(text: str, raw: bytes) -> Any:  # noqa: ARG001 - JSON data
        return decode(raw.removeprefix(codecs.BOM_UTF8))

    return decode_bytes


_DECODE: _Decode | None = None
_read = 0


def _decoder(size: int) -> _Decode:
    """The JSON decoder for the fast path: msgspec's once it pays, else :func:`json.loads`.

    msgspec is used where the ``fast`` extra is installed, from the load that
    brings the bytes read past :data:`FAST_DECODER_AFTER`; it is never
    imported with minsheng.  :func:`json.loads` gives plain data to the
    builders; msgspec gives the structs of :mod:`minsheng._structs`, having
    checked their types, or refuses (a ``ValueError``).
    """
    global _DECODE, _read  # noqa: PLW0603 - chosen once, when it pays
    if _DECODE is not None:
        return _DECODE
    _read += size
    if _read < FAST_DECODER_AFTER:
        return _json_decode
    _DECODE = _msgspec_decode() or _json_decode
    return _DECODE


def _settled(text: str, raw: bytes) -> Program | None:
    """The program in ``raw`` by the fast path, or ``None`` where it is not certain.

    A decoder reads it (:func:`_decoder`): :func:`json.loads` may accept a
    NaN, a long number or a long string, but the builders of
    :mod:`minsheng._build` refuse every float, every integer that a long token
    gives and every string over the limit (msgspec's types refuse them as it
    decodes).  Either keeps the last of a repeated key, so the keys are
    counted.
    ``text`` is ``raw`` decoded, which :func:`_text` has checked.
    """
    # A lone surrogate is written as an escape: a text without a backslash
    # (found by memchr, where the pattern costs a tenth of a decode) has none.
    if b"\\" in raw and _ESCAPED_SURROGATE.search(text) is not None:
        return None  # the builders check the length of every string themselves
    try:
        document = _decoder(len(raw))(text, raw)
    except (ValueError, RecursionError):  # JSON's, msgspec's, and the int digit limit
        return None
    built = build(document)
    if built is None or built.values > MAX_VALUES:  # too many: the explaining path says so
        return None
    ends = _key_ends(raw)
    if built.keys != ends and built.keys != ends - _quoted_colons(raw) and not _unique_keys(text):
        return None
    if not references_hold(built.program, (built.units, built.sources)):
        return None
    return built.program


def _key_ends(raw: bytes) -> int:
    """At least the number of keys in the JSON text ``raw``: count them where it is equal.

    Without its whitespace, every key of the text ends in ``":``, and a string
    can only add more of them; so where the decoded objects have as many keys,
    none repeats.  (Counting ``":`` in the text as it is would miss a key
    written ``"key" : …``, and one such key could hide a repeated one.)
    """
    return raw.translate(None, b" \t\r\n").count(b'":')


_MAX_QUOTED = 1000
r"""The most ``\"`` a text may hold for :func:`_quoted_colons` to count them one by one."""


def _quoted_colons(raw: bytes) -> int:
    r"""How many of the ``":`` that :func:`_key_ends` counts are inside strings: at most that.

    A quote inside a string is escaped: an odd run of backslashes stands
    before it.  Each such quote that whitespace and a colon follow (a string
    that quotes a term: ``说明\"是\": …``) is one ``":`` of the text without
    its whitespace that no key ends in.  So where the keys number exactly the
    count less these, none repeats.  A string that starts with a colon adds
    one more, uncounted here: then the counts differ, and the text is read
    again.  Where the text has more than :data:`_MAX_QUOTED` of them, or a
    run of more than 64 backslashes or whitespace bytes, this gives 0
    rather than count long.
    """
    if raw.count(b'\\"') > _MAX_QUOTED:
        return 0
    count = 0
    at = raw.find(b'\\"')
    while at != -1:
        run = 1  # backslashes ending at ``at``
        while run <= 64 and at - run >= 0 and raw[at - run] == 0x5C:
            run += 1
        if run > 64:
            return 0
        if run % 2:  # escaped: is a colon next, after whitespace?
            after = raw[at + 2 : at + 66].lstrip(b" \t\r\n")
            if not after and at + 66 < len(raw):
                return 0  # more than 64 bytes of whitespace
            if after.startswith(b":"):
                count += 1
        at = raw.find(b'\\"', at + 2)
    return count


def _unique_keys(text: str) -> bool:
    """Whether no object of the JSON ``text`` repeats a key."""
    try:
        json.loads(text, object_pairs_hook=_pairs_fast)
    except (_SlowPathError, ValueError, RecursionError):  # unsure: the explaining path decides
        return False
    return True


@own_context
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
