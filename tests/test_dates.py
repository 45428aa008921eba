"""Long dates kept beside the bytecode print as babel prints them.

:mod:`minsheng._dates` keeps what babel formatted for a date, so that a
report need not import babel.dates.  Whatever the file holds, a date must
read as babel formats it from its own data.
"""

# The modules' state (the files read, the entries added) is what is tested.
# ruff: noqa: SLF001

from __future__ import annotations

import datetime as dt
import marshal
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import babel
import babel.dates
import babel.localedata
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minsheng import _dates, _format, _kept, _localedata
from minsheng._format import format_date
from tests.test_localedata import fresh_process_state, keep_locale_data

IDENTIFIERS = ["en", "zh_Hans", "zh_Hant"]
TAGS = {"en": "en", "zh_Hans": "zh-Hans", "zh_Hant": "zh-Hant"}


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Empty files of dates and of locale data, private to the test."""
    keep_locale_data(tmp_path, monkeypatch)
    path = tmp_path / "__pycache__" / "dates.test.bin"
    monkeypatch.setattr(_dates, "PATH", str(path))
    monkeypatch.setattr(_dates, "_file", None)
    monkeypatch.setattr(_dates, "_added", {})
    monkeypatch.setattr(_localedata, "_served", set())
    _format._babel_locale.cache_clear()  # its locales hold the data they read
    return path


def _new_process() -> None:
    """The modules as a new process finds them, the files on disk as they are."""
    _dates._file = None
    _dates._added.clear()
    fresh_process_state()
    _localedata._served.clear()
    _format._babel_locale.cache_clear()


def _babel_own(identifier: str, date: dt.date) -> str:
    return babel.dates.format_date(date, format="long", locale=babel.Locale.parse(identifier))


@pytest.mark.usefixtures("kept")
@settings(max_examples=60, deadline=None)
@given(identifier=st.sampled_from(IDENTIFIERS), date=st.dates())
def test_a_kept_date_prints_as_babel_prints_it(identifier: str, date: dt.date) -> None:
    """Formatted by babel, then read from the file a first process wrote: the same text."""
    own = _babel_own(identifier, date)
    _new_process()
    assert format_date(date, locale=TAGS[identifier]) == own
    _localedata._write()
    _dates._write()
    _new_process()
    assert format_date(date, locale=TAGS[identifier]) == own
    assert _dates._added == {}  # read from the file


@pytest.mark.usefixtures("kept")
def test_the_file_holds_each_date_formatted() -> None:
    """A process keeps dates of the first locale whose data it loads, as it keeps that data."""
    assert format_date(dt.date(2025, 12, 31), locale="en") == "December 31, 2025"
    assert format_date(dt.date(2026, 2, 3), locale="zh-Hant") == "2026年2月3日"
    assert not _localedata.pristine("zh_Hant")  # babel had loaded English data
    _localedata._write()
    _dates._write()
    assert _dates._read() == {"en 2025-12-31": "December 31, 2025"}
    assert _dates._added == {}
    _new_process()
    assert format_date(dt.date(2026, 2, 3), locale="zh-Hant") == "2026年2月3日"
    _dates._write()
    assert _dates._read() == {
        "en 2025-12-31": "December 31, 2025",
        "zh_Hant 2026-02-03": "2026年2月3日",
    }


@pytest.mark.usefixtures("kept")
def test_a_datetime_or_a_subclass_prints_its_date() -> None:
    class Day(dt.date):
        def isoformat(self) -> str:
            return "not a date"

    when = dt.datetime(2025, 3, 4, 23, 59, tzinfo=dt.UTC)
    assert format_date(when, locale="en") == "March 4, 2025"
    assert format_date(Day(2025, 3, 5), locale="en") == "March 5, 2025"
    assert set(_dates._added) == {"en 2025-03-04", "en 2025-03-05"}


def test_a_second_process_imports_no_babel_dates(tmp_path: Path) -> None:
    """The first report writes the kept files; the next one imports no babel.dates or .numbers.

    The first loads babel's locale data, whose pickles hold babel.numbers'
    and babel.dates' patterns; the next reads the kept entries it needs.

    A checkout compiles the Chinese catalogs with babel.messages, which
    imports babel.dates itself; an installed wheel has them compiled.
    """
    code = (
        "import os, sys\n"
        "from minsheng._cli import main\n"
        "from minsheng import _dates\n"
        "sys.stdout = open(os.devnull, 'w')\n"
        "assert main(['report', 'kunming', '2025', '--locale', sys.argv[1]]) == 0\n"
        "babel = {'babel.dates', 'babel.numbers'} & set(sys.modules)\n"
        "imported = bool(babel) and 'babel.messages' not in sys.modules\n"
        "print(imported, len(_dates._added), file=sys.stderr)\n"
    )
    env = {**os.environ}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-X", f"pycache_prefix={tmp_path}", "-c", code]
    for locale in ("en", "zh-Hans", "zh-Hant"):
        first = subprocess.run(
            [*command, locale], capture_output=True, text=True, check=True, env=env
        )
        assert first.stderr.split()[1] != "0"  # the report's dates, formatted and kept
        second = subprocess.run(
            [*command, locale], capture_output=True, text=True, check=True, env=env
        )
        assert second.stderr.strip() == "False 0"


def test_a_date_formatted_from_changed_data_is_never_kept(kept: Path) -> None:
    """A date printed from babel's data as a program changed it in memory is not kept."""
    babel.Locale.parse("en").months["format"]["wide"][12] = "Twelfth"
    assert format_date(dt.date(2025, 12, 31), locale="en") == "Twelfth 31, 2025"  # as babel
    assert not _localedata.pristine("en")
    assert _dates._added == {}
    _dates._write()
    assert not kept.exists()
    _new_process()  # a new process, with babel's own data
    assert format_date(dt.date(2025, 12, 31), locale="en") == "December 31, 2025"


@pytest.mark.parametrize(
    "data",
    [["a list"], {"en 2025-12-31": 1}, {2: "December 31, 2025"}, "text"],
)
def test_a_malformed_file_is_passed_over(kept: Path, data: Any) -> None:
    _kept.write(str(kept), _dates._STAMP, marshal.dumps(data))
    assert _dates._read() == {}
    assert format_date(dt.date(2025, 12, 31), locale="en") == "December 31, 2025"


def test_a_file_of_another_stamp_is_passed_over(kept: Path) -> None:
    wrong = {"en 2025-12-31": "Wrong on purpose"}
    _kept.write(str(kept), ("another", *_dates._STAMP[1:]), marshal.dumps(wrong))
    assert format_date(dt.date(2025, 12, 31), locale="en") == "December 31, 2025"
    _new_process()
    _kept.write(str(kept), _dates._STAMP, marshal.dumps(wrong))  # this stamp: read
    assert format_date(dt.date(2025, 12, 31), locale="en") == "Wrong on purpose"


@pytest.mark.usefixtures("kept")
def test_the_file_is_stamped_as_the_locale_data() -> None:
    assert babel.__version__ in _dates._STAMP
    assert sys.version in _dates._STAMP
    assert set(_localedata.STAMP) <= set(_dates._STAMP)


@pytest.mark.usefixtures("kept")
def test_the_file_holds_at_most_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_dates, "MOST", 3)
    for day in (1, 2):
        format_date(dt.date(2025, 1, day), locale="en")
    _dates._write()
    _new_process()
    for day in (3, 4, 5, 6):  # the file's 2 and these 4 are more than 3: only 3 of these
        format_date(dt.date(2025, 1, day), locale="en")
    assert len(_dates._added) == 3
    _dates._write()
    assert sorted(_dates._read()) == ["en 2025-01-03", "en 2025-01-04", "en 2025-01-05"]


def test_nothing_is_written_without_bytecode(kept: Path) -> None:
    sys.dont_write_bytecode = True
    format_date(dt.date(2025, 1, 1), locale="en")
    _dates._write()
    assert not kept.exists()
