"""The parser's readings kept beside the bytecode are the parser's readings.

:mod:`minsheng._readings` keeps what the parser read in each phrase, so that
a report need not import the parser.  Whatever the file holds, a phrase must
read as the parser reads it, or as the file's own entry says where that entry
is well formed and its stamp holds.
"""

# The module's state (the file read, the readings used) is what is tested.
# ruff: noqa: SLF001

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import minsheng
from minsheng import _kept, _phrases, _readings
from minsheng._i18n import Message
from minsheng._readings import Reading, decode, encode
from tests.conftest import ROOT
from tests.strategies import quantities

# the fields of 不少于3000个's figure, as kept
_FIGURE = ("3000", "个", 0, 0, "exact", ">=", (), "不少于3000个", None, None, None, None)
# a reason nested deeper than any the parser gives
_DEEP: Any = ("{text}", (("text", "no"),))
for _ in range(10):
    _DEEP = ("{inner}", (("inner", _DEEP),))
CORPUS = json.loads((ROOT / "tests" / "corpus" / "phrases.json").read_text(encoding="utf-8"))
PHRASES = sorted({entry["phrase"] for entry in CORPUS["phrases"]})


def _parsed(phrase: str) -> Reading | minsheng.ParseError:
    try:
        return minsheng.parse_phrase(phrase)
    except minsheng.ParseError as exc:
        return exc


def _same(a: object, b: object) -> bool:
    """Equal readings, or parse errors of the same reason, text and position."""
    if isinstance(a, minsheng.ParseError) and isinstance(b, minsheng.ParseError):
        return (type(a), a.reason_detail, a.text, a.position, str(a)) == (
            type(b),
            b.reason_detail,
            b.text,
            b.position,
            str(b),
        )
    return type(a) is type(b) and a == b


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty file of readings, private to the test, as a new process finds it."""
    path = tmp_path / "__pycache__" / "readings.test.bin"
    monkeypatch.setattr(_readings, "_WHERE", (str(path), _STAMP))
    monkeypatch.setattr(_kept, "_WRITABLE", {})
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(_readings, "atexit", _NoExit())
    _new_process()
    yield path
    _new_process()


class _NoExit:
    """Stands for atexit: the tests write the file themselves."""

    @staticmethod
    def register(_: object) -> None:
        return None


def _new_process() -> None:
    """The module as a new process finds it, the file on disk as it is."""
    _readings._file = None
    _readings._used.clear()
    _readings._made = False
    _readings._checked = False
    _phrases._read.cache_clear()


_STAMP = ("readings", "test", _readings.sources()[0])


def _write(path: Path, data: Any) -> None:
    """Write ``data`` as the file holds it: a dict as pairs, anything else as it is."""
    held = tuple(data.items()) if isinstance(data, dict) else data
    _kept.write(str(path), _STAMP, marshal.dumps(held))


def test_every_corpus_reading_is_kept_as_it_was_read() -> None:
    """Each phrase of the corpus, read or refused, decodes to what the parser read."""
    refused = 0
    for phrase in PHRASES:
        for text in (phrase, f"{phrase}之", f"约{phrase}"):
            reading = _parsed(text)
            refused += isinstance(reading, minsheng.ParseError)
            assert _same(decode(encode(reading)), reading), text
    assert refused > 100  # refusals are kept too


@given(
    figure=quantities(),
    baselines=st.lists(quantities(), max_size=2).map(tuple),
    change=st.none() | st.sampled_from(minsheng.Measure),
    direction=st.none() | st.sampled_from(minsheng.Direction),
)
def test_any_reading_is_kept_as_it_is(
    figure: minsheng.Quantity,
    baselines: tuple[minsheng.Quantity, ...],
    change: minsheng.Measure | None,
    direction: minsheng.Direction | None,
) -> None:
    """Every field of a reading, its figures' denominators, ranges and spans included."""
    reading = Reading(figure, baselines, change, direction)
    kept: Any = encode(reading)
    again = decode(marshal.loads(marshal.dumps(kept)))  # noqa: S302 - our own bytes
    assert isinstance(again, Reading)
    assert again == reading
    assert [str(q.value) for q in again.baselines] == [str(q.value) for q in baselines]
    assert str(again.figure.value) == str(figure.value)  # 3.0E+3 stays as printed


def test_only_the_readings_own_kinds_are_kept() -> None:
    figure = minsheng.Quantity(Decimal(1), "个")
    for value in (
        object(),
        figure,
        Reading(figure, change=1),  # type: ignore[arg-type]
        Reading(figure, baselines=[figure]),  # type: ignore[arg-type]
        Reading(attrs.evolve(figure, phrase=1)),  # type: ignore[arg-type]
        Reading(attrs.evolve(figure, per=(minsheng.Text("文"),))),  # type: ignore[arg-type]
        minsheng.ParseError(Message("{x}", (("x", 1),)), text="x", position=0),  # type: ignore[arg-type]
    ):
        with pytest.raises(TypeError):
            encode(value)  # type: ignore[arg-type]


def test_every_field_is_kept() -> None:
    """Each class's fields are kept, so that a field added to the model is kept too."""
    for kind, fields in _readings.OBJECTS.items():
        assert list(fields) == [f.name for f in attrs.fields(kind)], kind


@pytest.mark.usefixtures("kept")
def test_a_kept_reading_is_served_as_kept(kept: Path) -> None:
    """A phrase the file holds is read from it: the parser is not asked."""
    phrase = "不少于3000个"
    assert _phrases._read(phrase) == minsheng.parse_phrase(phrase)
    _readings._write()
    _new_process()
    wrong = Reading(minsheng.Quantity(Decimal(7), "个", phrase=phrase))
    assert set(_readings._read_file()) == {phrase}
    _write(kept, {phrase: encode(wrong)})  # this stamp: read, whatever it says
    assert _phrases._read(phrase) == wrong


def test_the_malformed_entries_below_differ_from_a_kept_one_only_as_they_say() -> None:
    assert encode(minsheng.parse_phrase("不少于3000个")) == ("r", (_FIGURE, (), None, None))
    error = decode(("p", ("{text}", (("text", "no"),)), "不少于3000个", 0))
    assert isinstance(error, minsheng.ParseError)
    assert error.reason == "no"


@pytest.mark.parametrize(
    "entry",
    [
        ("x", 1),
        ("r", ("1",)),
        ("r", (_FIGURE, (), None, None, "extra")),
        ("r", (("NaN", *_FIGURE[1:]), (), None, None)),
        ("r", (("3000", 7, *_FIGURE[2:]), (), None, None)),
        ("r", (_FIGURE, [_FIGURE], None, None)),
        ("r", (_FIGURE, (), "more", None)),
        ("r", (_FIGURE, (), None, 1)),
        ("r", ((*_FIGURE[:4], "roughly", *_FIGURE[5:]), (), None, None)),
        ("r", ((*_FIGURE[:6], (("0", None, None, None),), *_FIGURE[7:]), (), None, None)),
        ("r", ((*_FIGURE[:11], (5, 1)), (), None, None)),
        ("p", ("{text}", (("text", "no"),)), "another phrase", 0),
        ("p", ("{text}", (("text", 1),)), "不少于3000个", 0),
        ("p", ("{text}", [("text", "no")]), "不少于3000个", 0),
        ("p", ("{text}", (("text", "no"),)), "不少于3000个", "0"),
        ("p", ("{text}", (("text", "no"),)), "不少于3000个", 99),  # past the text's end
        ("p", ("{text:>1000000000}", (("text", "no"),)), "不少于3000个", 0),  # a review's
        ("p", ("{text!r}", (("text", "no"),)), "不少于3000个", 0),
        ("p", ("{other}", (("text", "no"),)), "不少于3000个", 0),
        ("p", ("{text}", (("text", "x" * 1025),)), "不少于3000个", 0),
        ("p", _DEEP, "不少于3000个", 0),
        ("r", (_FIGURE, (_FIGURE,) * 17, None, None)),  # marshal repeats one by reference
        ("r", ((*_FIGURE[:6], (("1", None, None, None),) * 17, *_FIGURE[7:]), (), None, None)),
        [1, 2],
        7,
        None,
    ],
)
def test_a_malformed_entry_is_read_by_the_parser(kept: Path, entry: Any) -> None:
    phrase = "不少于3000个"
    _write(kept, {phrase: entry})
    assert _phrases._read(phrase) == minsheng.parse_phrase(phrase)


@pytest.mark.parametrize(
    "data",
    [
        ["a list"],
        "text",
        None,
        3,
        (("5100余个",),),
        ((5100, ("p", ("{text}", (("text", "no"),)), "5100余个", 0)),),
    ],
)
def test_a_malformed_file_is_passed_over(kept: Path, data: Any) -> None:
    _write(kept, data)
    assert _phrases._read("5100余个") == minsheng.parse_phrase("5100余个")


def test_a_file_of_a_dict_is_passed_over(kept: Path) -> None:
    """The file holds pairs: a marshalled dict of keys that share one hash took minutes."""
    wrong = ("p", ("{text}", (("text", "no"),)), "5100余个", 0)
    _kept.write(str(kept), _STAMP, marshal.dumps({"5100余个": wrong}))
    assert _readings._read_file() == {}
    _write(kept, {"5100余个": wrong})
    assert _readings._read_file() == {"5100余个": wrong}


def test_a_reading_of_another_phrase_is_passed_over(kept: Path) -> None:
    _write(kept, {"5100余个": encode(minsheng.parse_phrase("3000个"))})
    assert _phrases._read("5100余个") == minsheng.parse_phrase("5100余个")


def test_an_entry_of_many_references_is_passed_over(kept: Path) -> None:
    """A few kB of marshal's references to one message (a second review's: it ran for minutes)."""
    reason: Any = ("{text}", (("text", "no"),))
    for _ in range(8):
        reason = ("{a}", tuple((f"a{i}" if i else "a", reason) for i in range(16)))
    entry = ("p", reason, "5100余个", 0)
    assert len(marshal.dumps(entry)) < 10_000
    assert not _readings._small(entry)
    _write(kept, {"5100余个": entry})
    assert _phrases._read("5100余个") == minsheng.parse_phrase("5100余个")


def test_a_file_of_another_stamp_is_passed_over(kept: Path) -> None:
    phrase = "5100余个"
    wrong = Reading(minsheng.Quantity(Decimal(7), "个", phrase=phrase))
    _kept.write(str(kept), ("readings", "another"), marshal.dumps({phrase: encode(wrong)}))
    assert _phrases._read(phrase) == minsheng.parse_phrase(phrase)
    _new_process()
    other_files = (*_STAMP[:-1], _STAMP[-1] + 1)  # the same versions, other files
    _kept.write(str(kept), other_files, marshal.dumps({phrase: encode(wrong)}))
    assert _phrases._read(phrase) == minsheng.parse_phrase(phrase)


def test_the_stamp_follows_each_file(tmp_path: Path) -> None:
    """A module edited, added or removed changes the stamp, as it would its bytecode.

    So does an edit that keeps the size and sets the modification time back, as
    ``cp -p`` and ``touch -r`` do: the change time moves.
    """
    module = tmp_path / "a.py"
    module.write_text("x = 1\n", encoding="utf-8")
    first, latest = _readings.sources(str(tmp_path))
    assert _readings.sources(str(tmp_path)) == (first, latest)
    assert latest >= module.stat().st_mtime_ns
    (tmp_path / "cache").mkdir()  # a folder: no module
    assert _readings.sources(str(tmp_path))[0] == first
    info = module.stat()
    time.sleep(0.01)
    module.write_text("x = 2\n", encoding="utf-8")  # the same size, the same time
    os.utime(module, ns=(info.st_atime_ns, info.st_mtime_ns))
    second = _readings.sources(str(tmp_path))[0]
    assert second != first
    (tmp_path / "b.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")  # compiled, or bytecode
    assert _readings.sources(str(tmp_path))[0] not in (first, second)


def test_the_stamp_names_the_interpreter_minsheng_and_its_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    checksum = _readings.sources()[0]
    # (files settled long ago: a fresh checkout's first import makes __pycache__ in the folder)
    monkeypatch.setattr(_readings, "sources", lambda: (checksum, 0))
    where = _readings._looked()
    assert where is not None
    path, stamp = where
    assert sys.version in stamp
    assert minsheng.__version__ in stamp
    assert stamp[-1] == checksum
    assert Path(path).parent.name == "__pycache__"
    # one file for every state of the modules: an edit replaces it, and leaves none behind
    assert str(checksum) not in Path(path).name


def test_nothing_is_kept_where_the_files_cannot_be_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    def unlisted(folder: str = "") -> tuple[int, int]:
        raise OSError(folder)

    monkeypatch.setattr(_readings, "sources", unlisted)
    assert _readings._looked() is None


def test_nothing_is_kept_where_a_file_changed_just_now(monkeypatch: pytest.MonkeyPatch) -> None:
    """A module written a moment ago may be being written still (or within the clock's tick)."""
    began = minsheng._IMPORTED_NS
    monkeypatch.setattr(_readings, "sources", lambda: (1, began - 10**9))
    assert _readings._looked() is None
    monkeypatch.setattr(_readings, "sources", lambda: (1, began - _readings.SETTLED_NS - 10**9))
    assert _readings._looked() is not None


def test_nothing_is_kept_where_a_file_changed_after_minsheng_began_to_load(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A session that imported minsheng, then saw a checkout: its modules are old and new."""
    monkeypatch.setattr(_readings, "sources", lambda: (1, minsheng._IMPORTED_NS + 1))
    assert _readings._looked() is None


def test_nothing_is_kept_where_the_change_time_is_the_creation_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On Windows an edit that sets the modification time back would not show."""
    monkeypatch.setattr(os, "name", "nt")
    assert _readings._looked() is None


def test_a_module_removed_changes_the_latest_time(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("", encoding="utf-8")
    (tmp_path / "b.py").write_text("", encoding="utf-8")
    _, before = _readings.sources(str(tmp_path))
    time.sleep(0.01)
    (tmp_path / "b.py").unlink()
    _, after = _readings.sources(str(tmp_path))
    assert after > before


def test_a_process_whose_modules_changed_keeps_and_serves_nothing(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A checkout while a session runs: its parser, imported later, may be another."""
    _phrases._read("5100余个")
    _readings._write()
    assert kept.exists()
    _new_process()
    before = kept.read_bytes()
    monkeypatch.setattr(_readings, "sources", lambda: (_STAMP[-1] + 1, 0))
    assert _phrases._read("3000个") == minsheng.parse_phrase("3000个")
    assert _readings._WHERE is None  # looked at again when the parser was first asked
    _phrases._read.cache_clear()
    assert _readings.kept("5100余个") is None  # and serves no more
    _readings._write()
    assert kept.read_bytes() == before


def test_nothing_is_written_where_the_modules_changed_before_exit(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _phrases._read("5100余个")
    monkeypatch.setattr(_readings, "sources", lambda: (_STAMP[-1] + 1, 0))
    _readings._write()
    assert not kept.exists()


@pytest.mark.usefixtures("kept")
def test_the_file_holds_this_processes_readings_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """Those used and made come first, then the file's others, up to the limit."""
    monkeypatch.setattr(_readings, "MOST", 3)
    for phrase in ("1个", "2个", "3个"):
        _phrases._read(phrase)
    _readings._write()
    _new_process()
    for phrase in ("3个", "4个", "5个", "6个"):  # 3个 from the file, then two more made
        _phrases._read(phrase)
    assert list(_readings._used) == ["3个", "4个", "5个"]
    _readings._write()
    assert list(_readings._read_file()) == ["3个", "4个", "5个"]
    _new_process()
    _phrases._read("6个")
    _readings._write()
    assert list(_readings._read_file()) == ["6个", "3个", "4个"]


def test_a_process_that_parsed_nothing_writes_nothing(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _phrases._read("5100余个")
    _readings._write()
    _new_process()
    assert _phrases._read("5100余个") == minsheng.parse_phrase("5100余个")
    assert _readings._used  # served from the file
    written: list[str] = []
    monkeypatch.setattr(_kept, "write", lambda path, *_: written.append(path))
    _readings._write()
    assert written == []
    assert kept.exists()


def test_nothing_is_written_without_bytecode(kept: Path) -> None:
    sys.dont_write_bytecode = True
    _phrases._read("5100余个")
    assert _readings._used == {}
    _readings._write()
    assert not kept.exists()


def test_a_second_report_imports_no_parser(tmp_path: Path) -> None:
    """The first report keeps its phrases' readings; the next reads them, and prints the same."""
    code = (
        "import io, sys\n"
        "from minsheng._cli import main\n"
        "out, sys.stdout = sys.stdout, io.StringIO()\n"
        "assert main(['report', 'kunming', '2025', '--locale', 'en']) == 0\n"
        "print(sys.stdout.getvalue(), file=out)\n"
        "print('minsheng._parse' in sys.modules, file=sys.stderr)\n"
    )
    env = {**os.environ}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-X", f"pycache_prefix={tmp_path}", "-c", code]
    first = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    assert first.stderr.strip() == "True"
    second = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    assert second.stderr.strip() == "False"
    assert second.stdout == first.stdout
    assert "Met" in first.stdout or "met" in first.stdout


@pytest.mark.usefixtures("kept")
def test_the_file_is_never_larger_than_it_may_be_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the file's others would make it too large, this process's readings alone go."""
    for phrase in ("1个", "2个", "3个"):
        _phrases._read(phrase)
    _readings._write()
    _new_process()
    _phrases._read("4个")
    alone = len(marshal.dumps(tuple(_readings._used.items())))
    monkeypatch.setattr(_readings, "LARGEST", alone + _readings._HEADER)
    _readings._write()
    assert list(_readings._read_file()) == ["4个"]
    _new_process()
    _phrases._read("5个")
    monkeypatch.setattr(_readings, "LARGEST", _readings._HEADER + 10)  # not even that
    _readings._write()
    monkeypatch.setattr(_readings, "LARGEST", 1024 * 1024)
    assert list(_readings._read_file()) == ["4个"]
