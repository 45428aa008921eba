"""What the parser reads in a phrase (:class:`Reading`), and readings kept beside the bytecode.

The checks and the assessment read the phrase of each figure: a report of one
city's year reads about seventy.  The readings take a few milliseconds, but
importing the parser takes about 20 ms, more than the report's own work.  So
the readings a process made are kept in a file beside the bytecode
(:mod:`minsheng._kept`), and the next process that asks for a phrase kept
there decodes its reading and never imports the parser:

- The file's stamp holds the interpreter's full version, minsheng's version
  and a checksum of its files (:func:`sources`), taken as this module is
  imported and checked again when the parser is first used and before the
  file is written.  A process in which a file changed after ``import
  minsheng`` began (or just before) keeps and serves nothing, nor does one on
  Windows, where a file's change time is its creation time: a reading is
  never served by a parser other than the one that made it.
- A reading is kept as plain values (text, integers, tuples) and decoded
  through the model's own constructors, each field checked for its type and
  bounded in size; a file that is malformed, or whose entry is, is passed
  over and the parser reads the phrase.
- At exit, a process that parsed a phrase writes the readings it used and
  made, then as many of the file's others as :data:`MOST` allows.  A process
  that parsed nothing writes nothing.
"""

from __future__ import annotations

import atexit
import enum
import marshal
import os
import string
import sys
import threading
import zlib
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs

from minsheng import _IMPORTED_NS, _kept
from minsheng._errors import ParseError
from minsheng._i18n import Message
from minsheng._model import Direction, Measure
from minsheng._quantity import Approximation, Comparator, Per, Quantity, Span
from minsheng._version import __version__

__all__ = ["Reading"]


@attrs.frozen
class Reading:
    """What a phrase says: its figure and, where it says so, a change.

    ``figure`` is the figure the phrase states: the target of 由8%降至7% (7 %).
    ``baselines`` are the levels a from → to phrase starts from: 8 % there, or
    1200元 and 1000元 in 由1200元、1000元统一提高到1500元.  ``change`` is
    :attr:`~minsheng.Measure.INCREMENT` for a change *by* an amount (提高3个百分点)
    and :attr:`~minsheng.Measure.LEVEL` for a change *to* a level (提高到1500元);
    ``None`` when the phrase has no change word.  ``direction`` is
    :attr:`~minsheng.Direction.HIGHER` for 提高, 增加, 增长 and
    :attr:`~minsheng.Direction.LOWER` for 下降, 减少, 压缩, 缩短.
    """

    figure: Quantity
    baselines: tuple[Quantity, ...] = ()
    change: Measure | None = None
    direction: Direction | None = None


MOST = 1024
"""The most readings the file keeps; a year of one city has about a hundred phrases."""
LARGEST = 1024 * 1024
"""The largest file read or written, in bytes: :data:`MOST` readings take 80 to 250 kB.

Decoding a file of :data:`MOST` readings takes about a millisecond.
"""
SETTLED_NS = 5_000_000_000
"""How long before a process looks (in ns) minsheng's files must have last changed."""

_lock = threading.Lock()
_file: dict[str, Any] | None = None  # phrase: encoded reading; read on first use
_used: dict[str, Any] = {}  # phrase: encoded reading, served or made in this process
_made = False  # whether this process parsed a phrase (and so writes the file at exit)
_checked = False  # whether the files were looked at again when the parser was first asked


def sources(folder: str = os.path.dirname(__file__)) -> tuple[int, int]:  # noqa: PTH120 - as in _kept
    """A checksum of the files in ``folder``, and when the last of them, or it, changed (ns).

    The checksum is of each file's name, size, modification and change times
    and inode: an edit that keeps the size and sets the modification time back
    (``cp -p``, ``touch -r``) still changes the change time, which no tool sets
    on a POSIX system.  The folder is minsheng's own, whose modules (source,
    compiled or both) make every reading; its subpackages and catalogs make
    none.  The folder's own times count too: a module removed changes them.
    """
    info = os.stat(folder)  # noqa: PTH116 - os, as in _kept
    seen = []
    latest = max(info.st_mtime_ns, info.st_ctime_ns)
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_file():
                info = entry.stat()
                changed = max(info.st_mtime_ns, info.st_ctime_ns)
                seen.append((entry.name, info.st_size, info.st_mtime_ns, changed, info.st_ino))
                latest = max(latest, changed)
    return zlib.crc32(repr(sorted(seen)).encode()), latest


def _looked() -> tuple[str, tuple[Any, ...]] | None:
    """The file of kept readings and its stamp, as the modules are on disk now.

    ``None`` where they cannot be listed (a package in a zip file), or where one
    changed less than :data:`SETTLED_NS` ago (it may be changing still): no
    reading is kept or served there.
    """
    if os.name == "nt":  # where the change time is the creation time: an edit may not show
        return None
    try:
        checksum, latest = sources()
    except OSError:
        return None
    if latest > _IMPORTED_NS - SETTLED_NS:  # since minsheng's modules began to load, or just before
        return None
    # one file per interpreter and version, which each edit of a module replaces
    named = ("readings", sys.version, __version__, marshal.version)
    return _kept.path("readings", named), (*named, checksum)


# Looked at as this module is imported, against the time minsheng's modules began
# to load: where none changed since (or just before), the readings this process
# makes and serves are those of the modules as they are on disk.  A module that
# changes later while the process runs (a long session, a checkout) stops the
# process keeping or serving any, when the parser is first used or at exit.
_WHERE = _looked()


def _unchanged() -> bool:
    """Whether minsheng's files are as they were when this module was imported."""
    where = _WHERE
    try:
        return where is not None and sources()[0] == where[1][-1]
    except OSError:
        return False


def _read_file() -> dict[str, Any]:
    """The kept readings by phrase, as the file holds them: pairs, not a marshalled dict.

    (A dict of keys that all share one hash takes minutes to build; the pairs'
    phrases are hashed here, at random per process.)
    """
    where = _WHERE
    data = None if where is None else _kept.read_marshal(*where, LARGEST)
    if type(data) is not tuple:
        return {}
    return {
        pair[0]: pair[1]
        for pair in data
        if type(pair) is tuple and len(pair) == 2 and type(pair[0]) is str
    }


def kept(phrase: str) -> Reading | ParseError | None:
    """The kept reading of ``phrase``; ``None`` where none is kept or it cannot be decoded."""
    global _file  # noqa: PLW0603 - read once, on first use
    with _lock:
        if _file is None:
            _file = _read_file()
        encoded = _file.get(phrase) if _WHERE is not None else None
    if encoded is None or not _small(encoded):
        return None
    try:
        reading = decode(encoded)
    except Exception:  # noqa: BLE001 - whatever is wrong with an entry, the parser reads it
        return None
    if (reading.text if isinstance(reading, ParseError) else reading.figure.phrase) != phrase:
        return None  # the parser's reading names its phrase
    with _lock:
        _used[phrase] = encoded
    return reading


def keep(phrase: str, reading: Reading | ParseError) -> None:
    """Keep the reading the parser made of ``phrase``, for the file written at exit.

    The first time, the files are looked at again: a parser imported from
    modules that changed since this module was imported keeps nothing, and
    the process serves no more kept readings.
    """
    global _made, _checked, _WHERE  # noqa: PLW0603 - set once, with the exit handler
    where = _WHERE
    if where is None or len(_used) >= MOST or len(phrase) > _LONGEST_TEXT:
        return
    if not _checked:
        _checked = True
        if not _unchanged():
            _WHERE = None
            return
    if not _kept.may_write(where[0]):
        return
    try:
        encoded = encode(reading)
    except TypeError:  # a value no kept reading holds: the parser reads it again
        return
    with _lock:
        _used[phrase] = encoded
        if not _made:
            _made = True
            atexit.register(_write)


def _write() -> None:
    """Write the readings this process used and made, then the file's others (at exit).

    Nothing is written where minsheng's files changed since the process looked,
    nor a file larger than :data:`LARGEST`.
    """
    where = _WHERE
    if where is None or not _made or sys.dont_write_bytecode or not _unchanged():
        return
    with _lock:
        data = dict(_used)
        old = _read_file()
    payload = marshal.dumps(tuple(data.items()))
    for phrase, encoded in old.items():
        if len(data) >= MOST:
            break
        data.setdefault(phrase, encoded)
    if len(data) > len(_used):
        more = marshal.dumps(tuple(data.items()))
        if len(more) <= LARGEST - _HEADER:
            payload = more
    if len(payload) <= LARGEST - _HEADER:
        _kept.write(*where, payload)


_HEADER = 64  # more than the bytes _kept writes before the payload
_LONGEST_TEXT = 1024  # the longest phrase or text kept; the parser reads 256 characters at most
_MOST_ITEMS = 16  # the most figures, denominators or arguments of a message kept in one
_DEEPEST = 8  # the deepest message kept (a parse error's reason holds a few)
_BUDGET = 2000  # the most values one kept reading holds; the parser's hold a hundred or so


def _small(encoded: object) -> bool:
    """Whether ``encoded`` holds at most :data:`_BUDGET` values, counted as a walk meets them.

    marshal writes an object met again as a reference of five bytes, so that a
    small file may hold a tuple of tuples of … each met many times: decoding,
    and rendering a reason, would build every one.
    """
    left = _BUDGET
    stack = [encoded]
    while stack:
        value = stack.pop()
        left -= 1
        if left < 0:
            return False
        if type(value) is tuple:
            stack.extend(value)
    return True


# A kept reading is a tuple of plain values: each class below is written as
# the tuple of its fields, in the order named here, and read back through its
# constructor, each field checked for its type as it is read.
_Codec = tuple[Callable[[Any], Any], Callable[[Any], Any]]  # (encode, decode)


def _text_in(value: object) -> str:
    if type(value) is not str or len(value) > _LONGEST_TEXT:
        raise TypeError(type(value).__name__)
    return value


def _integer_in(value: object) -> int:
    if type(value) is not int:
        raise TypeError(type(value).__name__)
    return value


def _plain(value: object) -> object:
    return value


def _decimal_out(value: object) -> str:
    if type(value) is not Decimal:
        raise TypeError(type(value).__name__)
    return str(value)


_TEXT: _Codec = (_text_in, _text_in)
_INTEGER: _Codec = (_integer_in, _integer_in)
_DECIMAL: _Codec = (_decimal_out, lambda value: Decimal(_text_in(value)))


def _optional(codec: _Codec) -> _Codec:
    encode, decode = codec
    return (
        lambda value: None if value is None else encode(value),
        lambda value: None if value is None else decode(value),
    )


def _member(kind: type[enum.Enum]) -> _Codec:
    def encode(value: object) -> object:
        if type(value) is not kind:
            raise TypeError(type(value).__name__)
        return value.value

    return (encode, kind)


def _items(codec: _Codec) -> _Codec:
    encode, decode = codec

    def items_out(value: object) -> tuple[object, ...]:
        if type(value) is not tuple or len(value) > _MOST_ITEMS:
            raise TypeError(type(value).__name__)
        return tuple(encode(item) for item in value)

    def items_in(value: object) -> tuple[object, ...]:
        # bounded: marshal writes an object repeated as a reference of 5 bytes
        if type(value) is not tuple or len(value) > _MOST_ITEMS:
            raise TypeError(type(value).__name__)
        return tuple(decode(item) for item in value)

    return (items_out, items_in)


def _object(kind: type, fields: dict[str, _Codec]) -> _Codec:
    def encode(value: object) -> tuple[object, ...]:
        if type(value) is not kind:
            raise TypeError(type(value).__name__)
        return tuple(out(getattr(value, name)) for name, (out, _) in fields.items())

    def decode(value: object) -> object:
        if type(value) is not tuple or len(value) != len(fields):
            raise TypeError(type(value).__name__)
        pairs = zip(fields.items(), value, strict=True)
        return kind(**{name: read(item) for (name, (_, read)), item in pairs})

    return (encode, decode)


_PER = {
    "amount": _DECIMAL,
    "unit": _optional(_TEXT),
    "subject": _optional(_TEXT),
    "en": _optional(_TEXT),
}
_SPAN = {"start": _INTEGER, "end": _INTEGER}
_QUANTITY = {
    "value": _DECIMAL,
    "unit": _optional(_TEXT),
    "multiplier": _INTEGER,
    "decimals": _INTEGER,
    "approximation": _member(Approximation),
    "comparator": _optional(_member(Comparator)),
    "per": _items(_object(Per, _PER)),
    "phrase": _optional(_TEXT),
    "derivation": _optional(_TEXT),
    "source": _optional(_TEXT),
    "upper": _optional(_DECIMAL),
    "span": _optional(_object(Span, _SPAN)),
}
_FIGURE = _object(Quantity, _QUANTITY)
_READING = {
    "figure": _FIGURE,
    "baselines": _items(_FIGURE),
    "change": _optional(_member(Measure)),
    "direction": _optional(_member(Direction)),
}


def _message_out(value: object, depth: int = 0) -> tuple[object, ...]:
    if type(value) is not Message or depth > _DEEPEST or len(value.args) > _MOST_ITEMS:
        raise TypeError(type(value).__name__)
    args = tuple(
        (_text_in(name), _text_in(arg) if type(arg) is str else _message_out(arg, depth + 1))
        for name, arg in value.args
    )
    return (_template(value.template, {name for name, _ in value.args}), args)


def _message_in(value: Any, depth: int = 0) -> Message:  # noqa: ANN401 - read from a file
    template: object
    args: object
    template, args = value
    if type(args) is not tuple or depth > _DEEPEST or len(args) > _MOST_ITEMS:
        raise TypeError(type(args).__name__)
    pairs = tuple(
        (_text_in(name), _text_in(arg) if type(arg) is str else _message_in(arg, depth + 1))
        for name, arg in args
    )
    return Message(_template(template, {name for name, _ in pairs}), pairs)


def _template(value: object, names: set[str]) -> str:
    """A message's template: its fields plain names of its arguments (no ``{text:>1000000}``)."""
    template = _text_in(value)
    for _, field, spec, conversion in string.Formatter().parse(template):
        if field is not None and (field not in names or spec or conversion):
            raise TypeError(field)
    return template


_MESSAGE = {"template": _TEXT, "args": (_plain, _plain)}  # the fields, for the tests
OBJECTS = {Reading: _READING, Quantity: _QUANTITY, Per: _PER, Span: _SPAN, Message: _MESSAGE}
"""Each class a kept reading is made of, and its fields as they are kept."""


def encode(reading: Reading | ParseError) -> tuple[object, ...]:
    """``reading`` as plain values that marshal writes; :class:`TypeError` for anything else.

    A reading is kept as ``("r", fields)`` and a parse error as ``("p", reason,
    text, position)``.
    """
    if type(reading) is ParseError:
        return ("p", _message_out(reading.reason_detail), reading.text, reading.position)
    return ("r", _object(Reading, _READING)[0](reading))


def decode(value: Any) -> Reading | ParseError:  # noqa: ANN401 - read from a file
    """The reading :func:`encode` wrote as ``value``; an error where it is malformed."""
    tag = value[0]
    if tag == "p":
        _, reason, text, position = value
        if not 0 <= _integer_in(position) <= len(_text_in(text)):
            raise ValueError(position)
        return ParseError(_message_in(reason), text=text, position=position)
    if tag == "r":
        _, fields = value
        reading: Reading = _object(Reading, _READING)[1](fields)
        return reading
    raise ValueError(tag)
