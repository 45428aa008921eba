"""Regular expressions compiled once per Python, and kept beside the bytecode.

minsheng's parser, scanner and checks hold about a hundred regular
expressions, some of them alternations of hundreds of words.  Python compiles
a pattern in pure Python, and these took about 20 ms of every command that
reads phrases, more than the command's own work.  The program that re makes
of a pattern depends only on the pattern, its flags and the Python that
compiled it, so :func:`compiled` keeps the programs in a file beside the
package's bytecode and builds each pattern from its program with
``_sre.compile``, the constructor the re module itself ends with.

This is specific to CPython, and guarded the way bytecode is:

- The file, ``__pycache__/patterns.<cache tag>.bin`` (under
  ``sys.pycache_prefix`` where that is set), is marked with the interpreter's
  full version, sre's magic number and code size; a file from another Python
  is ignored.
- A program is written only where the pattern it builds is equal to the one
  ``re.compile`` gives (patterns compare their programs), and sre validates
  every program it is given.
- Where the file is missing, unreadable or malformed, where a program is
  refused, or where Python has no such constructor, re compiles the pattern
  as usual.
- New programs are written at exit, to a temporary file that replaces the old
  one, and never where ``sys.dont_write_bytecode`` is set
  (``PYTHONDONTWRITEBYTECODE``); a folder that cannot be written is no error.

Only patterns written in minsheng's own modules go through here, so the file
holds a bounded number of programs; a pattern made from a caller's input
never does.
"""

# os.path, not pathlib: pathlib's import costs more than this module saves a
# command that has no other use for it.
# ruff: noqa: PTH100, PTH103, PTH105, PTH108, PTH112, PTH118, PTH120, PTH123

from __future__ import annotations

import array
import atexit
import contextlib
import marshal
import os
import re
import sys
from typing import Any

_sre: Any = sys.modules.get("_sre")  # re imports it; it has no stubs
_compiler: Any = getattr(re, "_compiler", None)
_parser: Any = getattr(re, "_parser", None)

# Everything the program of a pattern depends on besides its text and flags.
_STAMP = (
    sys.version,
    getattr(_sre, "MAGIC", None),
    getattr(_sre, "CODESIZE", None),
    sys.maxunicode,
)
_CODE = "I"  # sre's code words are 32-bit; a program is kept as their bytes
_USABLE = (
    sys.implementation.name == "cpython"
    and callable(getattr(_sre, "compile", None))
    and getattr(_sre, "CODESIZE", None) == array.array(_CODE).itemsize
    and _compiler is not None
    and _parser is not None
)
MOST = 1000
"""The most programs the file keeps; minsheng's modules hold about a hundred."""

_Key = tuple[str, int]
_programs: dict[_Key, Any] | None = None  # read from the file on first use
_new: dict[_Key, Any] = {}  # compiled in this process, written at exit


def _folder() -> str:
    here = os.path.dirname(os.path.abspath(__file__))
    prefix = sys.pycache_prefix
    if prefix:
        return os.path.join(prefix, os.path.splitdrive(here)[1].lstrip(os.sep))
    return os.path.join(here, "__pycache__")


PATH = os.path.join(_folder(), f"patterns.{sys.implementation.cache_tag}.bin")
"""The file of compiled programs."""


def _read() -> dict[_Key, Any]:
    try:
        with open(PATH, "rb") as file:
            stamp, programs = marshal.loads(file.read())  # noqa: S302 - ours, as a .pyc is
    except (OSError, EOFError, ValueError, TypeError):  # none yet, or not one of ours
        return {}
    if stamp != _STAMP or not isinstance(programs, dict):
        return {}
    return programs


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the kept program where there is one."""
    global _programs  # noqa: PLW0603 - read once, on first use
    flags = int(flags)  # a RegexFlag is written as the number it is
    if not _USABLE:
        return re.compile(source, flags)
    if _programs is None:
        _programs = _read()
    kept = _programs.get((source, flags))
    if kept is not None:
        try:
            final_flags, code, groups, groupindex, indexgroup = kept
            words = array.array(_CODE, code).tolist()
            pattern: re.Pattern[str] = _sre.compile(
                source, final_flags, words, groups, groupindex, indexgroup
            )
        except (TypeError, ValueError, RuntimeError):  # a program of the wrong shape, or refused
            pass
        else:
            return pattern
    pattern = re.compile(source, flags)
    if len(_programs) + len(_new) < MOST and _can_write():
        program = _program(source, flags, pattern)
        if program is not None:
            if not _new:
                atexit.register(_write)
            _new[source, flags] = program
    return pattern


_writable: bool | None = None


def _can_write() -> bool:
    """Whether programs may be written: bytecode may, and the folder (or its parent) can be."""
    global _writable  # noqa: PLW0603 - asked once, at the first new pattern
    if _writable is None:
        folder = os.path.dirname(PATH)
        existing = folder if os.path.isdir(folder) else os.path.dirname(folder)
        _writable = os.access(existing, os.W_OK)
    return _writable and not sys.dont_write_bytecode


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
    return program if built == pattern else None


def _write() -> None:
    """Add this process's programs to the file (at exit), replacing it whole."""
    if not _new or sys.dont_write_bytecode:
        return
    programs = {**_read(), **_new}
    if len(programs) > MOST:
        programs = dict(_new)
    temporary = f"{PATH}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(PATH), exist_ok=True)
        with open(temporary, "wb") as file:
            file.write(marshal.dumps((_STAMP, programs)))
        os.replace(temporary, PATH)
    except OSError:  # a folder that cannot be written: re compiles next time too
        with contextlib.suppress(OSError):
            os.unlink(temporary)
    _new.clear()
