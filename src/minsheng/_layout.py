"""Text laid out for a terminal: display width, wrapping, aligned tables.

A CJK character takes two columns of a terminal.  Display width comes from
wcwidth, the maintained implementation of POSIX ``wcwidth``, where it is
installed (the ``terminal`` extra); without it, from the standard library's
``unicodedata``: wide and full-width characters take two columns, combining
marks and format characters none.  A test holds the two to the same widths
over every report minsheng writes and over the blocks its text is drawn
from (Latin, general and CJK punctuation, CJK ideographs, full-width forms),
so a report is laid out alike with and without the extra.  Text made only of
the commonest of those characters is measured without importing wcwidth.
Across all of Unicode the two differ only where the standard's later versions
changed a width that Python's tables predate (Yijing and counting-rod symbols
became wide) and on the Arabic number signs.
"""

from __future__ import annotations

import functools
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence

from minsheng._patterns import compiled

DEFAULT_COLUMNS = 80
"""The width of a report when neither ``COLUMNS`` nor the terminal says."""
MIN_COLUMNS = 40
"""Narrower terminals get this width: a report cannot usefully be narrower."""
UNLIMITED = 1_000_000
"""A width no line reaches: text that is not laid out for a terminal."""

# Marks, format characters and line separators take no column, as in wcwidth;
# so do the Hangul vowel and final jamo that join a syllable, and the fillers.
_ZERO_WIDTH = frozenset(("Mn", "Me", "Mc", "Cf", "Zl", "Zp"))
_JOINING_JAMO = ((0x1160, 0x11FF), (0xD7B0, 0xD7FF), (0x3164, 0x3164), (0xFFA0, 0xFFA0))


def stdlib_width(text: str) -> int:
    """The display width by ``unicodedata``: W and F count 2, marks and formats 0."""
    total = 0
    for ch in text:
        if " " <= ch <= "~":  # printable ASCII, the common case
            total += 1
        elif "\u4e00" <= ch <= "\u9fff":  # CJK unified ideographs, the other one
            total += 2
        elif ch == "\u00ad":  # the soft hyphen shows where it breaks a line
            total += 1
        elif unicodedata.category(ch) in _ZERO_WIDTH or _joining_jamo(ord(ch)):
            continue
        else:
            total += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return total


def _joining_jamo(code: int) -> bool:
    return any(low <= code <= high for low, high in _JOINING_JAMO)


@functools.cache
def measure() -> Callable[[str], int]:
    """The function that measures display width: wcwidth's where installed."""
    try:
        from wcwidth import wcswidth  # noqa: PLC0415 - an optional extra
    except ImportError:
        return stdlib_width

    def by_wcwidth(text: str) -> int:
        columns: int = wcswidth(text)
        return columns if columns >= 0 else stdlib_width(text)  # a control character

    return by_wcwidth


# Characters on which the standard library and wcwidth agree, one by one, and
# which wcwidth never joins into a sequence: printable ASCII and Latin-1, most
# general punctuation (not the joiners), CJK symbols and punctuation (not the
# tone marks U+302A-302F, which combine), the unified ideographs, full-width
# forms.  Text of these alone is measured
# without importing wcwidth (15 ms); a test proves the agreement.
COMMON = compiled(
    "[\x20-\x7e\xa0-\xff\u2010-\u2027\u2030-\u205e\u3000-\u3029\u3030-\u303f"
    "\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6]*"
)


# The wide characters of COMMON: one column more than the rest of them, each.
_COMMON_WIDE = compiled("[\u3000-\u3029\u3030-\u303e\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6]")


def width(text: str) -> int:
    """The display width of ``text``: wide and full-width characters count 2."""
    if text.isascii():
        return len(text)
    if COMMON.fullmatch(text):  # stdlib_width's answer, counted in C (a test holds them equal)
        return len(text) + len(_COMMON_WIDE.findall(text))
    return measure()(text)


def terminal_width() -> int:
    """The terminal's columns as :func:`shutil.get_terminal_size` gives them, 80 without one.

    It asks as shutil does (a positive ``COLUMNS``, else the size of the
    terminal that ``sys.__stdout__`` writes to), without importing shutil,
    which imports bz2 and lzma: 3 ms of every report.
    """
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else DEFAULT_COLUMNS


def terminal_columns() -> int:
    """The report's width: ``COLUMNS``, else the terminal's, else 80; at least 40."""
    return max(terminal_width(), MIN_COLUMNS)


# Chinese punctuation that must not start a line: it stays with what precedes it.
_NO_BREAK_BEFORE = frozenset("，。、；：？！）》」』”’…%％·")
_NO_BREAK_AFTER = frozenset("（《「『“‘")
_PIECE = compiled(r"\S+?(?=[^\x00-\u10ff]|\s|$)\s*|[^\x00-\u10ff]\s*|\s+")
# A number with the wide character after it (3000个, 2.6万个, 第3项) is one piece:
# 第3 and 项 on two lines read badly.
_NUMBER_END = frozenset("0123456789万亿")


def _pieces(text: str) -> list[str]:
    """Split ``text`` into the pieces a line may break between.

    A Latin word keeps its trailing spaces; each wide character is a piece of
    its own; closing punctuation sticks to the piece before it, opening
    punctuation to the piece after it.
    """
    pieces: list[str] = []
    for match in _PIECE.finditer(text):
        piece = match.group()
        if pieces and (
            piece[0] in _NO_BREAK_BEFORE
            or pieces[-1][-1] in _NO_BREAK_AFTER
            or (pieces[-1][-1] in _NUMBER_END and piece[0] > "\u10ff")
        ):
            pieces[-1] += piece
        else:
            pieces.append(piece)
    return pieces


def wrap(text: str, columns: int) -> list[str]:
    """Break ``text`` into lines of at most ``columns`` display columns.

    Latin text breaks at spaces, Chinese between characters (never before a
    closing mark); a word wider than a line is cut.  Spaces at the breaks go.
    """
    columns = max(columns, 2)
    lines: list[str] = []
    line = ""
    for piece in _pieces(text):
        if width((line + piece).rstrip()) <= columns:
            line += piece
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = ""
        for ch in piece:
            if width((line + ch).rstrip()) > columns:
                lines.append(line.rstrip())
                line = ""
            line += ch
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return [lines[0], *(entry.lstrip() for entry in lines[1:])]


def fill(text: str, columns: int, first: str = "", rest: str | None = None) -> list[str]:
    """Wrap ``text`` to ``columns``, the first line after ``first``, the others after ``rest``."""
    rest = first if rest is None else rest
    room = columns - max(width(first), width(rest))
    lines = wrap(text, room)
    return [first + lines[0], *(rest + line for line in lines[1:])]


def pack(items: Sequence[str], columns: int, indent: str, separator: str = " · ") -> list[str]:
    """Lay ``items`` out in lines of ``columns``, joined by ``separator`` where they fit."""
    lines: list[str] = []
    line = ""
    for item in items:
        candidate = line + separator + item if line else item
        if width(indent + candidate) <= columns:
            line = candidate
            continue
        if line:
            lines.append(indent + line)
        wrapped = fill(item, columns, indent)
        lines += wrapped[:-1]
        line = wrapped[-1][len(indent) :]
    if line:
        lines.append(indent + line)
    return lines


def _pad(text: str, columns: int) -> str:
    return text + " " * (columns - width(text))


def table(rows: Sequence[Sequence[str]], indent: str = "") -> list[str]:
    """Lay out rows as columns aligned by display width."""
    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        indent + "  ".join(_pad(cell, w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]


def clip(text: str, columns: int = 32) -> str:
    """Shorten ``text`` to ``columns`` display columns, ending in … if cut."""
    if width(text) <= columns:
        return text
    kept = ""
    for ch in text:
        if width(kept + ch) > columns - 1:
            break
        kept += ch
    return kept + "…"


def heading_lines(heading: str, columns: int) -> list[str]:
    """A heading ``N. title  [tags]``: title and tags wrapped three columns in.

    Three, as the project's lines below it, whatever the number's width: a
    newcomer found 10.'s tags one column right of its categories.
    """
    if width(heading) <= columns:
        return [heading]
    title, _, tags = heading.partition("  [")
    hang = "   "
    return fill(title, columns, "", hang) + fill("[" + tags, columns, hang)


_MD_SPECIAL = compiled(r"([`*_<>|[])")
# A backslash only escapes ASCII punctuation; elsewhere CommonMark shows it as it is.
_MD_BACKSLASH = compiled(r"\\(?=[!-/:-@\[-`{-~])")


def md(text: str) -> str:
    """Escape what CommonMark would read as markup: a * stays a *."""
    return _MD_SPECIAL.sub(r"\\\1", _MD_BACKSLASH.sub(r"\\\\", text))


def md_line(text: str) -> str:
    """An escaped line that cannot start a list, a heading or a quote."""
    escaped = md(text)
    if re.match(r"[-+#]|\d+[.)]\s", escaped):
        escaped = "\\" + escaped
    return escaped
