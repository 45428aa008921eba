"""What the parser reads in a phrase (:class:`Reading`), and readings kept beside the bytecode.

The checks and the assessment read the phrase of each figure: a report of one
city's year reads about seventy.  The readings take a few milliseconds, but
importing the parser takes about 20 ms, more than the report's own work.  So
the readings a process made are kept in a file beside the bytecode
(:mod:`minsheng._kept`), and the next process that asks for a phrase kept
there decodes its reading and never imports the parser:

- The file's stamp holds the interpreter's full version, minsheng's version
  and the name, size and modification time of each of minsheng's modules, as
  Python's bytecode is guarded by its source's size and time: a reading is
  never served by a parser other than the one that made it.
- A reading is kept as plain values (text, integers, tuples) and decoded
  through the model's own constructors, which check it as they would any
  figure; a file that is malformed, or whose entry is, is passed over and the
  parser reads the phrase.
- At exit, a process that parsed a phrase writes the readings it used and
  made, then as many of the file's others as :data:`MOST` allows.  A process
  that parsed nothing writes nothing.
"""

from __future__ import annotations

import atexit
import enum
import marshal
import os
import sys
import threading
import zlib
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs

from minsheng import _kept
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
"""The largest file read, in bytes: :data:`MOST` readings take 80 to 250 kB.

Decoding a file of :data:`MOST` readings takes about a millisecond.
"""

_lock = threading.Lock()
_file: dict[str, Any] | None = None  # phrase: encoded reading; read on first use
_used: dict[str, Any] = {}  # phrase: encoded reading, served or made in this process
_made = False  # whether this process parsed a phrase (and so writes the file at exit)
_stamp: tuple[Any, ...] | None = None
_path: str | None = None


def sources(folder: str = os.path.dirname(__file__)) -> int:  # noqa: PTH120 - as in _kept
    """A checksum of the name, size and modification time of each module in ``folder``.

    The folder is minsheng's own, whose modules make every reading.
    """
    seen = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.endswith(".py"):
                info = entry.stat()
                seen.append((entry.name, info.st_size, info.st_mtime_ns))
    return zlib.crc32(repr(sorted(seen)).encode())


def _where() -> tuple[str, tuple[Any, ...]] | None:
    """The file of kept readings and its stamp, found once a process.

    ``None`` where minsheng's modules cannot be listed (a package in a zip
    file): no reading is kept or served there.
    """
    global _stamp, _path  # noqa: PLW0603 - found once, on first use
    if _stamp is None:
        try:
            checksum = sources()
        except OSError:
            _stamp = ()
        else:
            _stamp = ("readings", sys.version, __version__, marshal.version, checksum)
            _path = _kept.path("readings", _stamp)
    return None if _path is None else (_path, _stamp)


def _read_file() -> dict[str, Any]:
    where = _where()
    data = None if where is None else _kept.read_marshal(*where, LARGEST)
    return data if isinstance(data, dict) else {}


def kept(phrase: str) -> Reading | ParseError | None:
    """The kept reading of ``phrase``; ``None`` where none is kept or it cannot be decoded."""
    global _file  # noqa: PLW0603 - read once, on first use
    with _lock:
        if _file is None:
            _file = _read_file()
        encoded = _file.get(phrase)
    if encoded is None:
        return None
    try:
        reading = decode(encoded)
    except Exception:  # noqa: BLE001 - whatever is wrong with an entry, the parser reads it
        return None
    if isinstance(reading, ParseError) and reading.text != phrase:
        return None
    with _lock:
        _used[phrase] = encoded
    return reading


def keep(phrase: str, reading: Reading | ParseError) -> None:
    """Keep the reading the parser made of ``phrase``, for the file written at exit."""
    global _made  # noqa: PLW0603 - set once, with the exit handler
    where = _where()
    if where is None or len(_used) >= MOST or not _kept.may_write(where[0]):
        return
    try:
        encoded = encode(reading)
    except TypeError:  # a value no kept reading holds: the parser reads it again
        return
    with _lock:
        if len(_used) >= MOST:
            return
        _used[phrase] = encoded
        if not _made:
            _made = True
            atexit.register(_write)


def _write() -> None:
    """Write the readings this process used and made, then the file's others (at exit)."""
    where = _where()
    with _lock:
        if where is None or not _made or sys.dont_write_bytecode:
            return
        data = dict(_used)
        for phrase, encoded in _read_file().items():
            if len(data) >= MOST:
                break
            data.setdefault(phrase, encoded)
    _kept.write(*where, marshal.dumps(data))


# A kept reading is a tuple of plain values: each class below is written as
# the tuple of its fields, in the order named here, and read back through its
# constructor, each field checked for its type as it is read.
_Codec = tuple[Callable[[Any], Any], Callable[[Any], Any]]  # (encode, decode)


def _text_in(value: object) -> str:
    if type(value) is not str:
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
        if type(value) is not tuple:
            raise TypeError(type(value).__name__)
        return tuple(encode(item) for item in value)

    def items_in(value: object) -> tuple[object, ...]:
        if type(value) is not tuple:
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


def _message_out(value: object) -> tuple[object, ...]:
    if type(value) is not Message:
        raise TypeError(type(value).__name__)
    args = tuple(
        (_text_in(name), _text_in(arg) if type(arg) is str else _message_out(arg))
        for name, arg in value.args
    )
    return (_text_in(value.template), args)


def _message_in(value: Any) -> Message:  # noqa: ANN401 - read from a file
    template: object
    args: object
    template, args = value
    if type(args) is not tuple:
        raise TypeError(type(args).__name__)
    return Message(
        _text_in(template),
        tuple(
            (_text_in(name), arg if type(arg) is str else _message_in(arg)) for name, arg in args
        ),
    )


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
        return ParseError(_message_in(reason), text=_text_in(text), position=_integer_in(position))
    if tag == "r":
        _, fields = value
        reading: Reading = _object(Reading, _READING)[1](fields)
        return reading
    raise ValueError(tag)
