"""Regular expressions compiled once per Python, and kept beside the bytecode.

minsheng's parser, scanner and checks hold about a hundred regular
expressions, some of them alternations of hundreds of words.  Python compiles
a pattern in pure Python, and these took about 20 ms of every command that
reads phrases, more than the command's own work.  The program that re makes
of a pattern depends only on the pattern, its flags and the Python that
compiled it, so :func:`compiled` keeps the programs in a file beside the
package's bytecode and builds each pattern from its program with
``_sre.compile``, the constructor the re module itself ends with.

This is specific to CPython.  The file is kept as :mod:`minsheng._kept`
keeps its files (named for the interpreter's full version, sre's magic
number and code size, and minsheng's version; checksummed; read bounded and
without blocking; written whole, never without bytecode), and besides:

- A program is written only where the pattern it builds is equal to the one
  ``re.compile`` gives (patterns compare their flags, text and programs) and
  has the same groups and group names; sre validates every program it is
  given.
- Where the file is missing, unreadable or malformed, where a program is
  refused, or where Python has no such constructor, re compiles the pattern
  as usual.
- A file that would hold more than :data:`MOST` programs (of patterns since
  edited) is written again with those this process used and made.

Only patterns written in minsheng's own modules go through here, so the file
holds a bounded number of programs; a pattern made from a caller's input
never does.
"""

from __future__ import annotations

import array
import atexit
import marshal
import re
import sys
from typing import Any

from minsheng import _kept
from minsheng._version import __version__

_sre: Any = sys.modules.get("_sre")  # re imports it; it has no stubs
_compiler: Any = getattr(re, "_compiler", None)
_parser: Any = getattr(re, "_parser", None)

# Everything the program of a pattern depends on besides its text and flags,
# and minsheng's version, so that an upgrade starts a new file.
_STAMP = (
    sys.version,
    getattr(_sre, "MAGIC", None),
    getattr(_sre, "CODESIZE", None),
    sys.maxunicode,
    __version__,
)
_CODE = "I"  # sre's code words are 32-bit; a program is kept as their bytes
_USABLE = (
    sys.implementation.name == "cpython"
    and callable(getattr(_sre, "compile", None))
    and getattr(_sre, "CODESIZE", None) == array.array(_CODE).itemsize
    and _compiler is not None
    and _parser is not None
)
MOST = 600
"""The most programs the file keeps; minsheng's modules hold about three hundred.

A file that would hold more (programs of patterns since edited) is written
again with only the programs this process used and made.
"""
LARGEST = 4 * 1024 * 1024
"""The largest file read, in bytes; the programs of minsheng's patterns take about 150 kB."""

_Key = tuple[str, int]
_programs: dict[_Key, Any] | None = None  # read from the file on first use
_used: set[_Key] = set()  # built from the file in this process
_new: dict[_Key, Any] = {}  # compiled in this process, written at exit


PATH = _kept.path("patterns", _STAMP)
"""The file of compiled programs: one per interpreter (two Pythons 3.11 never share one)."""


def _read() -> dict[_Key, Any]:
    """The kept programs, or none where the file is missing or not one to trust."""
    programs = _kept.read_marshal(PATH, _STAMP, LARGEST)
    return programs if isinstance(programs, dict) else {}


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the kept program where there is one."""
    global _programs  # noqa: PLW0603 - read once, on first use
    flags = int(flags)  # a RegexFlag is written as the number it is
    if not _USABLE:
        return re.compile(source, flags)
    if _programs is None:
        _programs = _read()
    key = (source, flags)
    kept = _programs.get(key)
    if kept is not None:
        built = _built(source, kept)
        if built is not None:
            _used.add(key)
            return built
    pattern = re.compile(source, flags)
    if len(_new) < MOST and _kept.may_write(PATH):
        program = _program(source, flags, pattern)
        if program is not None:
            if not _new:
                atexit.register(_write)
            _new[key] = program
    return pattern


def _built(source: str, kept: Any) -> re.Pattern[str] | None:  # noqa: ANN401 - read from a file
    """The pattern the kept program builds, or ``None`` where it is malformed or refused."""
    try:
        final_flags, code, groups, groupindex, indexgroup = kept
        words = array.array(_CODE, code).tolist()
        pattern: re.Pattern[str] = _sre.compile(
            source, final_flags, words, groups, groupindex, indexgroup
        )
    except Exception:  # noqa: BLE001 - whatever is wrong with it, re compiles instead
        return None
    return pattern


def _program(source: str, flags: int, pattern: re.Pattern[str]) -> tuple[Any, ...] | None:
    """What ``_sre.compile`` takes to build ``pattern``, where it builds the very same."""
    try:
        parsed = _parser.parse(source, flags)
        code = _compiler._code(parsed, flags)  # noqa: SLF001 - what re.compile runs
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        program = (
            int(flags | parsed.state.flags),
            array.array(_CODE, code).tobytes(),
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        built = _sre.compile(source, program[0], list(code), program[2], groupindex, program[4])
    except Exception:  # noqa: BLE001 - re's internals changed: re compiles, as it always can
        return None
    # == compares the flags, the text and the program; the groups' names are apart
    same = built == pattern and built.groupindex == pattern.groupindex
    return program if same and built.groups == pattern.groups else None


def _write() -> None:
    """Add this process's programs to the file (at exit), replacing it whole."""
    if not _new or sys.dont_write_bytecode:
        return
    programs = {**_read(), **_new}
    if len(programs) > MOST:  # programs of patterns since edited: keep this process's
        kept = _programs or {}
        programs = {key: kept[key] for key in _used if key in kept} | _new
    _kept.write(PATH, _STAMP, marshal.dumps(programs))
    _new.clear()
