"""babel's locale data kept beside the bytecode formats exactly as babel's own.

:mod:`minsheng._localedata` keeps the entries of babel's locale data that
formatting reads, so that a command does not load three pickles of CLDR
data.  Whatever the file holds, formatting must read as babel formats.
"""

# The module's state (the file read, the entries added) is what is tested.
# ruff: noqa: SLF001, S301 - the pickles read are the test's own

from __future__ import annotations

import datetime as dt
import os
import pickle
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import babel
import babel.dates
import babel.localedata
import babel.numbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minsheng import _kept, _localedata

IDENTIFIERS = ["en", "zh_Hans", "zh_Hant"]


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty file of locale data, private to the test."""
    return keep_locale_data(tmp_path, monkeypatch)


def keep_locale_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the kept locale data at an empty file under ``tmp_path``, as a new process has it.

    The dates' tests keep their dates the same way, beside it (tests/test_dates.py).
    """
    path = tmp_path / "__pycache__" / "babel.test.bin"
    monkeypatch.setattr(_localedata, "PATH", str(path))
    monkeypatch.setattr(_localedata, "_file", None)
    monkeypatch.setattr(_localedata, "_added", {})
    monkeypatch.setattr(_localedata, "_fresh", {})
    monkeypatch.setattr(_kept, "_WRITABLE", {})
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    babel.localedata.clear_caches()
    return path


def _formatted(locale: babel.Locale, value: Decimal, places: int, date: dt.date) -> list[str]:
    """What minsheng asks of babel, and some of what it does not."""
    pattern = babel.numbers.parse_pattern("#,##0" + ("." + "0" * places if places else ""))
    return [
        pattern.apply(value, locale),
        babel.numbers.format_decimal(value, locale=locale),
        babel.numbers.format_percent(value, locale=locale),
        babel.dates.format_date(date, format="long", locale=locale),
        babel.dates.format_date(date, format="short", locale=locale),
        str(babel.dates.get_month_names("abbreviated", locale=locale)[date.month]),
    ]


def fresh_process_state() -> None:
    """The module and babel as a new process finds them: nothing read, nothing added."""
    _localedata._file = None
    _localedata._added.clear()
    _localedata._fresh.clear()
    babel.localedata.clear_caches()


@pytest.mark.usefixtures("kept")
@settings(max_examples=60, deadline=None)
@given(
    identifier=st.sampled_from(IDENTIFIERS),
    value=st.decimals(min_value=-(10**15), max_value=10**15, places=4),
    places=st.integers(0, 4),
    date=st.dates(),
)
def test_kept_data_formats_as_babel_own(
    identifier: str, value: Decimal, places: int, date: dt.date
) -> None:
    """With no file, and with the file a first process wrote, babel formats alike."""
    own = _formatted(babel.Locale.parse(identifier), value, places, date)
    fresh_process_state()
    assert _formatted(_localedata.babel_locale(identifier), value, places, date) == own
    _localedata._write()
    fresh_process_state()
    second = _localedata.babel_locale(identifier)
    assert _formatted(second, value, places, date) == own
    assert _localedata._added == {}  # everything came from the file


def test_the_file_holds_what_formatting_read(kept: Path) -> None:
    locale = _localedata.babel_locale("en")
    assert _formatted(locale, Decimal("1234.5"), 1, dt.date(2026, 2, 3))[0] == "1,234.5"
    assert set(_localedata._added["en"]) >= {"number_symbols", "date_formats", "months"}
    _localedata._write()
    assert kept.is_file()
    assert _localedata._added == {}
    read = _localedata._read()
    assert set(read) == {"en"}
    assert pickle.loads(read["en"]["number_symbols"]) == _localedata._plain(
        babel.localedata.load("en")["number_symbols"]
    )


@pytest.mark.usefixtures("kept")
def test_an_entry_the_file_lacks_is_read_from_babel() -> None:
    """The file is a part of the data: anything else is babel's, loaded as before."""
    _formatted(_localedata.babel_locale("zh_Hant"), Decimal(3), 0, dt.date(2025, 1, 1))
    _localedata._write()
    fresh_process_state()
    locale = _localedata.babel_locale("zh_Hant")
    assert locale.territories["CN"] == babel.Locale.parse("zh_Hant").territories["CN"]
    assert set(_localedata._added["zh_Hant"]) == {"territories"}
    with pytest.raises(KeyError):
        locale._data["no such entry"]


@pytest.mark.usefixtures("kept")
def test_kept_data_is_read_without_babel_data_files(monkeypatch: pytest.MonkeyPatch) -> None:
    value, date = Decimal("-1234567.125"), dt.date(2025, 12, 31)
    own = _formatted(babel.Locale.parse("en"), value, 2, date)
    fresh_process_state()
    _formatted(_localedata.babel_locale("en"), Decimal("0.5"), 2, date)
    _localedata._write()
    fresh_process_state()

    def refused(*_: object, **__: object) -> Any:
        raise AssertionError("babel's data was loaded")

    monkeypatch.setattr(_localedata, "load", refused)
    locale = _localedata.babel_locale("en")
    formatted = _formatted(locale, value, 2, date)
    assert formatted == own
    assert formatted[3] == "December 31, 2025"


def _write_file(path: Path, data: object, stamp: tuple[Any, ...] | None = None) -> None:
    _kept.write(str(path), _localedata.STAMP if stamp is None else stamp, pickle.dumps(data))


@pytest.mark.parametrize(
    "data",
    [
        ["not", "a", "dict"],
        {"en": "not a dict"},
        {1: {}},
        {"en": {2: b"a key that is no name"}},
        {"en": {"number_symbols": {"latn": {}}}},  # an entry not pickled alone
    ],
)
def test_a_malformed_file_is_passed_over(kept: Path, data: object) -> None:
    _write_file(kept, data)
    assert _localedata._read() == {}
    locale = _localedata.babel_locale("en")
    assert _formatted(locale, Decimal(1), 0, dt.date(2025, 1, 1))[0] == "1"


def test_bytes_that_are_no_pickle_are_passed_over(kept: Path) -> None:
    _kept.write(str(kept), _localedata.STAMP, b"\x80\x05garbage")
    assert _localedata._read() == {}
    kept.write_bytes(b"[\xff\xff\xff\x7f")  # marshal would allocate 16 GB for it
    assert _localedata._read() == {}


def test_a_file_of_another_stamp_is_passed_over(kept: Path) -> None:
    """Data kept under another babel is never read, even where it would load."""
    wrong = {"en": {"number_symbols": pickle.dumps({"latn": {"group": "!", "decimal": "?"}})}}
    _write_file(kept, wrong, stamp=("another", *_localedata.STAMP[1:]))
    assert _localedata._read() == {}
    _write_file(kept, wrong)  # the same, under this stamp: read, and wrong on purpose
    assert _localedata._read() == wrong


def test_the_file_is_named_for_babel_and_the_interpreter() -> None:
    assert babel.__version__ in _localedata.STAMP
    assert sys.version in _localedata.STAMP
    assert Path(_localedata.PATH).name.startswith(f"babel.{sys.implementation.cache_tag}-")


def test_nothing_is_written_without_bytecode(kept: Path) -> None:
    sys.dont_write_bytecode = True
    _formatted(_localedata.babel_locale("en"), Decimal(1), 0, dt.date(2025, 1, 1))
    _localedata._write()
    assert not kept.exists()


_REPORT = """
import os, sys
import babel.localedata
loaded = []
original = babel.localedata.load
def load(name, merge_inherited=True):
    loaded.append(name)
    return original(name, merge_inherited)
babel.localedata.load = load
from minsheng._cli import main
for locale in sys.argv[1:]:
    os.environ["LANG"] = locale
    sys.stdout = open(os.devnull, "w")
    main(["report", "kunming", "2025"])
print(sorted(set(loaded)), file=sys.stderr)
"""
LOCALES = ("C.UTF-8", "zh_CN.UTF-8", "zh_TW.UTF-8")


def test_a_second_process_loads_no_babel_data(tmp_path: Path) -> None:
    """A first report in each locale writes the file; the next process reads it alone.

    A process keeps the data of the first locale it loads (babel's data is
    untouched then); the one here reports in all three and loads none.
    """
    env = {**os.environ, "COLUMNS": "80", "LANGUAGE": ""}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("LC_ALL", None)
    command = [sys.executable, "-X", f"pycache_prefix={tmp_path}", "-c", _REPORT]
    for locale in LOCALES:
        first = subprocess.run(
            [*command, locale], capture_output=True, text=True, check=True, env=env
        )
        assert first.stderr.split("\n")[-2] != "[]"  # babel's data, loaded once
    assert len(list(tmp_path.rglob("babel.*.bin"))) == 1
    second = subprocess.run(
        [*command, *LOCALES], capture_output=True, text=True, check=True, env=env
    )
    assert second.stderr.strip() == "[]"


def _comparable(value: Any) -> Any:
    """``value`` as data: babel's patterns and aliases compare by identity, not content."""
    value = _localedata._plain(value)
    if isinstance(value, dict):
        return {key: _comparable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_comparable(item) for item in value)
    if hasattr(value, "__dict__"):
        return (type(value).__name__, _comparable(vars(value)))
    if hasattr(value, "__slots__"):
        return (
            type(value).__name__,
            [_comparable(getattr(value, n, None)) for n in value.__slots__],
        )
    return value


@pytest.mark.usefixtures("kept")
@pytest.mark.parametrize("identifier", IDENTIFIERS)
def test_every_entry_kept_is_babel_own(identifier: str) -> None:
    """Each entry of a locale's data, kept and read back, equals babel's, aliases and all."""
    keys = sorted(babel.localedata.load(identifier))
    fresh_process_state()
    entries = _localedata.babel_locale(identifier)._data
    for key in keys:
        entries[key]
    _localedata._write()
    fresh_process_state()
    read = _localedata._read()[identifier]
    assert sorted(read) == keys
    babel_data = babel.localedata.load(identifier)
    for key in keys:
        assert _comparable(pickle.loads(read[key])) == _comparable(babel_data[key]), key
    again = _localedata.babel_locale(identifier)._data
    plain = babel.localedata.LocaleDataDict(dict[Any, Any](babel_data))
    for key in keys:  # resolved, as babel resolves its aliases
        assert _comparable(again[key]) == _comparable(plain[key]), key


def test_data_a_program_changed_is_never_kept(kept: Path) -> None:
    """Regression: a group symbol set in one process printed in the next.

    babel's data can be written to in memory; what minsheng keeps must be what
    babel's files hold, so data read after any change is served, not kept.
    """
    babel.Locale.parse("en").number_symbols["latn"]["group"] = "'"
    locale = _localedata.babel_locale("en")
    assert babel.numbers.format_decimal(Decimal(12345), locale=locale) == "12'345"  # as babel
    assert _localedata._added == {}
    _localedata._write()
    assert not kept.exists()
    fresh_process_state()  # a new process, with babel's own data
    fresh = _localedata.babel_locale("en")
    assert babel.numbers.format_decimal(Decimal(12345), locale=fresh) == "12,345"


@pytest.mark.usefixtures("kept")
def test_what_callers_change_does_not_reach_the_file() -> None:
    locale = _localedata.babel_locale("en")
    locale.number_symbols["latn"]["group"] = "'"
    _localedata._write()
    assert pickle.loads(_localedata._read()["en"]["number_symbols"])["latn"]["group"] == ","


def test_an_entry_babel_lacks_is_kept_as_lacking(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asking again for an entry babel does not have loads nothing in the next process."""
    entries = _localedata.babel_locale("en")._data
    assert entries.get("no such entry") is None
    _localedata._write()
    assert kept.is_file()
    fresh_process_state()

    def refused(*_: object, **__: object) -> Any:
        raise AssertionError("babel's data was loaded")

    monkeypatch.setattr(_localedata, "load", refused)
    assert _localedata.babel_locale("en")._data.get("no such entry") is None


@pytest.mark.usefixtures("kept")
def test_nothing_is_kept_where_the_folder_cannot_be_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_kept, "writable", lambda _: False)
    locale = _localedata.babel_locale("zh_Hans")
    assert babel.numbers.format_decimal(Decimal(12345), locale=locale) == "12,345"
    assert _localedata._added == {}
    assert _localedata._fresh == {"zh_Hans": None}  # no copy of babel's data was made


def test_an_entry_that_does_not_unpickle_is_read_from_babel(kept: Path) -> None:
    """Each entry is pickled alone: one that is unreadable leaves the others kept."""
    symbols = pickle.dumps(_localedata._plain(babel.localedata.load("en")["number_symbols"]))
    _write_file(kept, {"en": {"number_symbols": symbols, "months": b"\x80\x05garbage"}})
    fresh_process_state()
    locale = _localedata.babel_locale("en")
    assert locale.months == babel.Locale.parse("en").months
    assert set(_localedata._added["en"]) == {"months"}  # read from babel, kept again
    assert locale.number_symbols["latn"]["group"] == ","
    assert set(_localedata._added["en"]) == {"months"}  # from the file
