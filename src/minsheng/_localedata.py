"""babel's locales, with the part of their data that minsheng reads kept beside the bytecode.

minsheng formats numbers and dates with a few entries of a locale's CLDR
data, as babel has it: the number symbols, the date formats and the month
names.  To give them, babel loads the locale's whole data: three pickles of
830 kB for English (the global data, root and ``en``), merged, 9 ms of every
command that formats, more than the command's own work.

:func:`babel_locale` returns babel's own :class:`babel.Locale`, of a subclass
whose data is read from a file kept by :mod:`minsheng._kept`
(``__pycache__/babel.<cache tag>-<stamp hash>.bin``), holding, for each
locale, the entries that formatting asked for, as babel's merged data has
them, each pickled alone and read when it is first asked for (the date
formats are babel.dates' own objects, and unpickling them imports that
module).  The data is never other than babel's:

- The file is named and stamped for the interpreter's full version, babel's
  version and minsheng's, and checksummed.
- An entry the file does not hold is read from babel's whole data
  (:func:`babel.localedata.load`, which loads it as before); the process
  then writes the file again at exit, with that entry added, but only where
  it read the entry as babel's files hold it (:func:`_babel_entry`): data a
  program changed in memory is never kept.
- A file that is missing, malformed or not of this stamp is passed over.

A test holds formatting with the kept data to formatting with babel's own,
for every served locale, and a second process to reading no babel data file.
Overriding ``Locale._data`` relies on babel reading every locale entry
through it, as babel has since its first versions; where it stops doing so,
babel loads its data itself and formats as before, only slower.
"""

from __future__ import annotations

import atexit
import copy
import pickle
import sys
import threading
from typing import Any

import babel
from babel.core import parse_locale
from babel.localedata import LocaleDataDict, load

from minsheng import _kept
from minsheng._version import __version__

STAMP = (sys.version, babel.__version__, __version__, pickle.HIGHEST_PROTOCOL, "entries")
"""What the kept data depends on: the interpreter, babel, minsheng, the file's form."""
PATH = _kept.path("babel", STAMP)
"""The file of kept locale data."""
LARGEST = 1024 * 1024
"""The largest file read, in bytes; minsheng's three locales keep about 10 kB."""

_Kept = dict[str, dict[str, bytes]]  # a locale's identifier: its kept entries, each pickled
_lock = threading.Lock()
_file: _Kept | None = None  # read on first use
_added: _Kept = {}  # entries this process read from babel's files, written at exit
_fresh: dict[str, dict[str, Any] | None] = {}  # each locale's data as babel's files hold it
_served: set[str] = set()  # locales of which an entry was served that may not be kept


class _Absent:
    """An entry babel's data does not have: kept too, so that asking again loads nothing."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Absent)

    def __hash__(self) -> int:
        return 0


_ABSENT = _Absent()


def _read() -> _Kept:
    payload = _kept.read(PATH, STAMP, LARGEST)
    if payload is None:
        return {}
    try:
        data = pickle.loads(payload)  # noqa: S301 - ours, beside the bytecode, as a .pyc is
    except Exception:  # noqa: BLE001 - whatever is wrong with it, babel loads its data
        return {}
    if not isinstance(data, dict) or not all(
        isinstance(name, str)
        and isinstance(entries, dict)
        and all(_is_key(key) and isinstance(value, bytes) for key, value in entries.items())
        for name, entries in data.items()
    ):
        return {}
    return data


def _is_key(key: object) -> bool:
    return isinstance(key, str)


def _babel_entry(identifier: str, key: str) -> tuple[Any, bool]:
    """The entry ``key`` of babel's data for ``identifier``, and whether it may be kept.

    ``_ABSENT`` stands for an entry babel's data does not have.

    Only data read from babel's files may be kept: where babel had loaded any
    locale data before, a program may have changed it in memory (babel's
    dictionaries can be written to), and the next process must not print
    that.  So the first time a locale is asked for here, its data is copied
    as babel loads it, if babel had loaded nothing before; otherwise nothing
    of it is kept in this process.
    """
    with _lock:
        if identifier not in _fresh:
            cache = getattr(babel.localedata, "_cache", None)
            cold = isinstance(cache, dict) and not cache and _kept.may_write(PATH)
            data = load(identifier)
            _fresh[identifier] = (
                pickle.loads(pickle.dumps(data, pickle.HIGHEST_PROTOCOL))  # noqa: S301 - ours
                if cold
                else None
            )
        fresh = _fresh[identifier]
    if fresh is None:
        return load(identifier).get(key, _ABSENT), False
    return _plain(fresh.get(key, _ABSENT)), True


def _plain(value: Any) -> Any:  # noqa: ANN401 - babel's data is untyped
    """``value`` with babel's alias-resolving wrappers taken off: what its pickles hold."""
    if isinstance(value, LocaleDataDict):
        value = value._data  # noqa: SLF001 - the plain data the wrapper reads
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


class _Entries(dict[str | int | None, Any]):
    """A locale's kept entries; any other entry is read from babel's whole data.

    Each kept entry is unpickled when it is first asked for, so that an entry
    of babel's own classes (the date formats are babel.dates' patterns) does
    not import their module for a command that never reads it.
    """

    def __init__(self, identifier: str, kept: dict[str, bytes]) -> None:
        super().__init__()
        self.identifier = identifier
        self.kept = kept
        self.absent: set[str] = set()

    def __missing__(self, key: str | int | None) -> Any:  # noqa: ANN401 - babel's data is untyped
        if not isinstance(key, str) or key in self.absent:  # babel's entries are named
            raise KeyError(key)
        value = _unpickled(self.kept.get(key))
        if value is _NOT_KEPT:
            value, keep = _babel_entry(self.identifier, key)
            with _lock:
                if keep:
                    if not _added:
                        atexit.register(_write)
                    _added.setdefault(self.identifier, {})[key] = value
                else:
                    _served.add(self.identifier)
            if keep:
                value = copy.deepcopy(value)  # what callers change must not reach the file
        if value == _ABSENT:
            self.absent.add(key)
            raise KeyError(key)
        self[key] = value
        return value


_NOT_KEPT = object()


def _unpickled(pickled: bytes | None) -> Any:  # noqa: ANN401 - babel's data is untyped
    """A kept entry, or ``_NOT_KEPT`` where there is none or it cannot be read."""
    if pickled is None:
        return _NOT_KEPT
    try:
        return pickle.loads(pickled)  # noqa: S301 - ours, beside the bytecode, as a .pyc is
    except Exception:  # noqa: BLE001 - whatever is wrong with it, babel loads its data
        return _NOT_KEPT


def pristine(identifier: str) -> bool:
    """Whether every entry of the locale served so far is babel's files' own.

    False once an entry was served that could not be kept: babel had loaded
    data before minsheng asked (a program may have changed it in memory), or
    the file's folder cannot be written.  What was formatted with such data
    must not be kept either (:mod:`minsheng._dates`).
    """
    with _lock:
        return identifier not in _served


def _entries(identifier: str) -> LocaleDataDict:
    global _file  # noqa: PLW0603 - read once, on first use
    with _lock:
        if _file is None:
            _file = _read()
        kept = _file.get(identifier, {})
    return LocaleDataDict(_Entries(identifier, kept))


class _Locale(babel.Locale):
    """babel's Locale, reading its data from the kept entries first."""

    @property
    def _data(self) -> LocaleDataDict:
        data: LocaleDataDict | None = self.__dict__.get("_minsheng_data")
        if data is None:
            data = self.__dict__["_minsheng_data"] = _entries(str(self))
        return data


def babel_locale(identifier: str) -> babel.Locale:
    """The babel Locale for ``identifier`` (``en``, ``zh_Hans``), its data read as kept."""
    return _Locale(*parse_locale(identifier))


def _pickled(value: Any) -> bytes | None:  # noqa: ANN401 - babel's data is untyped
    try:
        return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - an entry pickle refuses is not kept
        return None


def _write() -> None:
    """Add the entries this process read from babel to the file (at exit)."""
    with _lock:
        if not _added or sys.dont_write_bytecode:
            return
        data = _read()
        for identifier, entries in _added.items():
            kept = data.setdefault(identifier, {})
            for key, value in entries.items():
                pickled = _pickled(value)
                if pickled is not None:  # one that pickle refuses is read from babel again
                    kept[key] = pickled
        _added.clear()
    _kept.write(PATH, STAMP, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
