"""What the command line writes: nothing that can drive a terminal, nothing unbounded.

Every key or value echoed from data has its control characters, bidirectional
overrides and marks, line separators, lone surrogates and invisible characters
(the byte order mark, tags) escaped (ESC shows as a
backslash, x and 1b); text views see a program whose text is escaped the same
way, so that a title cannot forge a line; JSON output escapes them as JSON
escapes.
Standard output that is closed is an error, and standard error that is gone is
silence.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sys
from collections.abc import Iterable
from typing import Any, TextIO

import attrs

from minsheng._i18n import _
from minsheng._layout import width
from minsheng._model import Program
from minsheng._patterns import compiled

# Characters that must never reach a terminal as they are: C0 and C1 controls
# (escape sequences), bidirectional overrides and marks, line separators,
# surrogates, and invisible ones a hostile-input audit found shown raw: the byte
# order mark, tag characters, zero-width and other format characters, Hangul fillers.
_UNSAFE = compiled(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u115f\u1160\u200b\u200e\u200f\u2028\u2029"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ud800-\udfff\ufeff\uffa0"
    "\ufff9-\ufffb\U0001d173-\U0001d17a\U000e0000-\U000e007f]"
)
_UNSAFE_IN_DATA = compiled("[\t\n]|" + _UNSAFE.pattern)


_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escaped_char(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _json_escaped_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # JSON writes a character past the BMP as its surrogate pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def escape(text: str) -> str:
    """``text`` with every control character shown as an escape; newlines and tabs stay."""
    return _UNSAFE.sub(_escaped_char, text)


def escape_line(text: str) -> str:
    """``text`` as one line: newlines and tabs are escaped too."""
    return _UNSAFE_IN_DATA.sub(_escaped_char, text)


def escape_html(text: str) -> str:
    """``text`` (a page) with every unsafe character as a character reference, ``&#x200b;``.

    A browser shows the same text; a terminal sees no control character.
    """
    return _UNSAFE.sub(lambda m: f"&#x{ord(m.group()):x};", text)


def escape_json(text: str) -> str:
    # json.dumps escapes C0 controls; the rest appear only inside strings, where
    # \uXXXX is the same JSON value.
    return _UNSAFE.sub(_json_escaped_char, text)


class Output:
    """Standard output through an escaping filter; a closed stream is an error."""

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream
        self.filter = escape

    def write(self, text: str) -> None:
        if self.stream is None:
            raise OSError(errno.EBADF, _("standard output is closed"))
        self.stream.write(self.filter(text))

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)


def err(line: str) -> None:
    """Write one line to standard error, escaped; say nothing if it is gone."""
    stream = sys.stderr
    if stream is None:
        return
    with contextlib.suppress(OSError, ValueError):
        stream.write(escape_line(line) + "\n")


def for_terminal(program: Program) -> Program:
    """``program`` with control characters in its text escaped, for the text views.

    A title holding a newline would otherwise forge a line of the report, and
    one holding an escape sequence would colour the terminal.  Objects whose
    text is safe are kept as they are: for most programs, the same object.
    """
    escaped: Program = _escaped(program)
    return escaped


def _escaped(value: Any) -> Any:  # noqa: ANN401 - any part of a program
    cls = type(value)
    if cls is str:
        return value if _UNSAFE_IN_DATA.search(value) is None else escape_line(value)
    if cls is tuple:
        items = tuple(_escaped(item) for item in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    fields = _FIELDS.get(cls)
    if fields is None:
        fields = _FIELDS[cls] = _fields(cls)
    if fields:
        changes = {}
        for name, alias in fields:
            old = getattr(value, name)
            new = _escaped(old)
            if new is not old:
                changes[alias] = new
        return attrs.evolve(value, **changes) if changes else value
    if isinstance(value, str):  # a str enum's value, say
        return value if _UNSAFE_IN_DATA.search(value) is None else escape_line(value)
    if isinstance(value, tuple):  # a subclass of tuple
        items = tuple(_escaped(item) for item in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    return value


_FIELDS: dict[type, tuple[tuple[str, str], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, str], ...]:
    """The names and aliases of an attrs class's fields; none for any other type.

    Asked once per type: asking attrs for every object was half the walk.
    """
    if not attrs.has(cls):
        return ()
    return tuple((field.name, field.alias) for field in attrs.fields(cls))


def discard_stdout() -> None:
    """Point standard output at the null device, so that exiting flushes nothing."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def window(text: str, position: int, radius: int = 30) -> tuple[str, int]:
    """Escaped ``text`` around ``position``, and the caret's display offset in it."""
    start = max(0, position - radius)
    before = ("…" if start else "") + escape_line(text[start:position])
    after = escape_line(text[position : position + radius])
    end = "…" if position + radius < len(text) else ""
    return before + after + end, width(before)
