"""Long dates as babel formats them, kept beside the bytecode.

A report prints a date or two: the program's, its sources'.  babel.dates
formats them, and importing it costs about 6 ms of a command (zoneinfo, which
imports sysconfig, and babel's look for the local time zone), where the
formatting itself takes microseconds.  So what babel printed for a date in a
locale is kept in a file beside the bytecode (:mod:`minsheng._kept`), stamped
as babel's kept locale data is (:mod:`minsheng._localedata`): with the
interpreter's full version, babel's and minsheng's.  The next process prints
the kept text, and imports babel.dates only for a date it has not seen.

- Only what babel formatted from its files' data is kept: where an entry of
  the locale's data was served in this process that could not be kept
  (:func:`minsheng._localedata.pristine`), nothing is.
- The file holds at most :data:`MOST` dates; one that would hold more is
  written with this process's dates alone.
- The file is a marshalled dictionary of text, read only where its stamp and
  checksum hold and its shape is right; whatever is wrong with it, babel
  formats the date as before.
"""

from __future__ import annotations

import atexit
import datetime as dt
import marshal
import sys
import threading
from typing import TYPE_CHECKING

from minsheng import _kept, _localedata

if TYPE_CHECKING:
    from babel import Locale

_STAMP = ("long dates", *_localedata.STAMP)
PATH = _kept.path("dates", _STAMP)
"""The file of kept dates."""
MOST = 4096
"""The most dates the file holds."""
LARGEST = 512 * 1024
"""The largest file read, in bytes: :data:`MOST` dates take about 150 kB."""

_lock = threading.Lock()
_file: dict[str, str] | None = None  # "identifier yyyy-mm-dd": the text; read on first use
_added: dict[str, str] = {}  # what this process formatted, written at exit


def _read() -> dict[str, str]:
    data = _kept.read_marshal(PATH, _STAMP, LARGEST)
    if isinstance(data, dict) and all(
        isinstance(key, str) and isinstance(text, str) for key, text in data.items()
    ):
        return data
    return {}


def long_date(date: dt.date, locale: Locale) -> str:
    """``date`` in ``locale``'s long format, as ``babel.dates.format_date`` prints it."""
    global _file  # noqa: PLW0603 - read once, on first use
    day = dt.date(date.year, date.month, date.day)  # a datetime's date, or a subclass's
    identifier = str(locale)
    key = f"{identifier} {day.isoformat()}"
    with _lock:
        if _file is None:
            _file = _read()
        text = _file.get(key) or _added.get(key)
    if text is not None:
        return text
    from babel.dates import format_date  # noqa: PLC0415 - only for a date not kept

    text = format_date(day, format="long", locale=locale)
    if _localedata.pristine(identifier) and _kept.may_write(PATH):
        with _lock:
            if len(_added) < MOST:
                if not _added:
                    atexit.register(_write)
                _added[key] = text
    return text


def _write() -> None:
    """Add the dates this process formatted to the file (at exit)."""
    with _lock:
        if not _added or sys.dont_write_bytecode:
            return
        data = {**_read(), **_added}
        if len(data) > MOST:
            data = dict(_added)
        _added.clear()
    _kept.write(PATH, _STAMP, marshal.dumps(data))
