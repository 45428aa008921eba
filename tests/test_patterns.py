"""Patterns built from kept programs are re's own patterns, and a bad file changes nothing.

:mod:`minsheng._patterns` keeps the programs that re compiles from
minsheng's patterns in a file beside the bytecode, and builds the patterns
from them with ``_sre.compile``.  A pattern compares equal to another only
where their flags, text and programs are equal, so ``==`` against
``re.compile`` proves a built pattern is the one re would have made.
"""

# The module's state (the programs read and new, the file's stamp) is what is tested.
# ruff: noqa: SLF001

from __future__ import annotations

import array
import importlib
import marshal
import os
import pkgutil
import re
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

import minsheng
from minsheng import _kept, _patterns

pytestmark = pytest.mark.skipif(not _patterns._USABLE, reason="CPython's _sre.compile only")

# In a fresh interpreter: import every module of minsheng, then say which
# patterns it compiled afresh (not from the file) and whether each pattern
# built from the file equals re's.
_EVERY_MODULE = """
import importlib, pkgutil, re, sys
import minsheng, minsheng._html
for package in (minsheng, minsheng._html):
    for module in pkgutil.iter_modules(package.__path__):
        if module.name != "__main__":
            importlib.import_module(f"{package.__name__}.{module.name}")
from minsheng import _patterns
kept = _patterns._programs or {}
unequal = [s for s, f in kept if _patterns.compiled(s, f) != re.compile(s, f)]
print(len(kept), len(_patterns._new), len(unequal))
"""


def _every_module(prefix: Path, seed: int) -> tuple[int, int, int]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    result = subprocess.run(
        [sys.executable, "-X", f"pycache_prefix={prefix}", "-c", _EVERY_MODULE],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    kept, new, unequal = map(int, result.stdout.split())
    return kept, new, unequal


def test_a_second_process_builds_every_pattern_from_the_file(tmp_path: Path) -> None:
    """The first process writes the programs; the next, in another hash seed, compiles none.

    Pattern texts must not depend on the order of a set (which changes with
    the hash seed), or every process would miss and add to the file.
    """
    kept, new, _ = _every_module(tmp_path, seed=1)
    assert kept == 0
    assert new > 80  # minsheng's modules hold about a hundred patterns
    assert len(list(tmp_path.rglob("patterns.*.bin"))) == 1
    kept_again, new_again, unequal = _every_module(tmp_path, seed=2)
    assert (kept_again, new_again, unequal) == (new, 0, 0)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty file of programs, private to the test."""
    path = tmp_path / "__pycache__" / "patterns.test.bin"
    monkeypatch.setattr(_patterns, "PATH", str(path))
    monkeypatch.setattr(_patterns, "_programs", None)
    monkeypatch.setattr(_patterns, "_new", {})
    monkeypatch.setattr(_patterns, "_used", set())
    monkeypatch.setattr(_kept, "_WRITABLE", {})
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return path


SOURCES = [
    (r"(?P<year>[12][0-9]{3})年(?:(?P<month>[01]?[0-9])月)?", 0),
    (r"不少于|不低于|(?<![0-9])以上(?![\u3400-\u9fff])", 0),
    (r"  [a-z]+  # a comment\n  [0-9]*", int(re.VERBOSE)),
    (r"ÄBC", int(re.IGNORECASE)),
]


@pytest.mark.parametrize(("source", "flags"), SOURCES)
def test_written_programs_build_re_own_patterns(cache: Path, source: str, flags: int) -> None:
    first = _patterns.compiled(source, flags)
    assert first == re.compile(source, flags)
    assert (source, flags) in _patterns._new
    _patterns._write()
    assert cache.is_file()
    assert _patterns._new == {}
    _patterns._programs = None  # as a new process would
    again = _patterns.compiled(source, flags)
    assert again == re.compile(source, flags)
    assert again.groupindex == re.compile(source, flags).groupindex
    assert _patterns._new == {}  # built from the file, not compiled
    assert again.pattern == source


def test_a_flag_is_kept_as_a_number(cache: Path) -> None:
    pattern = _patterns.compiled("a b", re.VERBOSE)
    assert pattern == re.compile("a b", re.VERBOSE)
    assert all(type(flags) is int for _, flags in _patterns._new)
    _patterns._write()  # marshal refuses a RegexFlag: this would raise
    assert cache.is_file()


def _write_file(
    path: Path,
    programs: Any,
    stamp: Any = None,
    checksum: int | None = None,
) -> None:
    """A file of programs as _write makes it, or with another stamp or a wrong checksum."""
    payload = marshal.dumps(programs)
    stamp = _patterns._STAMP if stamp is None else stamp
    header = _kept._header(stamp, payload)
    if checksum is not None:
        header = header[:-4] + checksum.to_bytes(4, "little")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + payload)


def _program(source: str, flags: int = 0) -> tuple[Any, ...]:
    pattern = re.compile(source, flags)
    program = _patterns._program(source, flags, pattern)
    assert program is not None
    return program


def test_the_file_is_named_for_its_interpreter() -> None:
    """Two Pythons of one cache tag (3.11.2 and 3.11.7) keep two files, not one they overwrite."""
    stamp = zlib.crc32(repr(_patterns._STAMP).encode())
    assert Path(_patterns.PATH).name == (f"patterns.{sys.implementation.cache_tag}-{stamp:08x}.bin")
    assert sys.version in _patterns._STAMP
    assert minsheng.__version__ in _patterns._STAMP  # an upgrade starts a new file


def test_a_file_from_another_python_is_ignored(cache: Path) -> None:
    """Programs from another interpreter are never used, even for the same text."""
    other = ("2.7.18", *_patterns._STAMP[1:])
    # a program that would match "b", filed under the text "a"
    _write_file(cache, {("a", 0): _program("b")}, stamp=other)
    assert _patterns.compiled("a", 0).match("a")
    assert ("a", 0) in _patterns._new  # compiled afresh


def test_a_file_whose_checksum_fails_is_ignored(cache: Path) -> None:
    programs = {("a", 0): _program("b")}
    _write_file(cache, programs, checksum=zlib.crc32(marshal.dumps(programs)) ^ 1)
    assert _patterns.compiled("a", 0) == re.compile("a")
    _write_file(cache, programs)  # the same, with its checksum: used, and wrong on purpose
    _patterns._programs = None
    assert _patterns.compiled("a", 0).match("b")  # proves the file was read above


def test_a_file_over_the_limit_is_not_read(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write_file(cache, {("a", 0): _program("b")})
    monkeypatch.setattr(_patterns, "LARGEST", cache.stat().st_size - 1)
    assert _patterns.compiled("a", 0) == re.compile("a")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00garbage",
        b"\xff" * 64,
        marshal.dumps([1, 2, 3]),
        marshal.dumps(("x", "y")),
        # marshal would allocate 16 GB for each: a list, then a tuple of 2**31 items
        b"[\xff\xff\xff\x7f",
        b"(\x00\x00\x00\x10",
    ],
)
def test_a_malformed_file_is_ignored(cache: Path, content: bytes) -> None:
    cache.parent.mkdir(parents=True)
    cache.write_bytes(content)
    assert _patterns.compiled("[0-9]+个", 0) == re.compile("[0-9]+个")


_WORDS = array.array("I", [99, 99, 99]).tobytes()


@pytest.mark.parametrize(
    "program",
    [
        "not a tuple",
        (0, b"\x01\x02\x03", 0, {}, ()),  # bytes that are no whole words
        (0, _WORDS, 0, {}, ()),  # words sre refuses
        (0, b"", 0, {}),  # a field missing
        (2**70, b"", 0, {}, ()),  # flags too large: OverflowError
        (0, b"", -5, {}, ()),  # a negative count of groups
        (0, b"", 0, {"g": 2**70}, ()),
    ],
)
def test_a_malformed_program_is_compiled_by_re(cache: Path, program: object) -> None:
    _write_file(cache, {("[0-9]+个", 0): program})
    assert _patterns.compiled("[0-9]+个", 0) == re.compile("[0-9]+个")


@pytest.mark.usefixtures("cache")
def test_programs_whose_group_names_differ_are_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Patterns compare without their group names; a program is kept only where those agree too."""
    real = _patterns._sre

    class Swapping:
        """_sre, but it builds patterns whose named groups are swapped."""

        def compile(
            self, source: str, flags: int, code: list[int], groups: int, index: Any, names: Any
        ) -> Any:
            swapped = {name: groups + 1 - number for name, number in index.items()}
            return real.compile(source, flags, code, groups, swapped, tuple(reversed(names)))

    monkeypatch.setattr(_patterns, "_sre", Swapping())
    source = r"(?P<year>[0-9]{4})-(?P<month>[0-9]{2})"
    pattern = _patterns.compiled(source, 0)
    assert pattern.groupindex == {"year": 1, "month": 2}  # re's own pattern comes back
    assert _patterns._new == {}


def test_nothing_is_written_without_bytecode(cache: Path) -> None:
    sys.dont_write_bytecode = True
    assert _patterns.compiled("x+y", 0) == re.compile("x+y")
    assert _patterns._new == {}  # not even worked out
    _patterns._write()
    assert not cache.exists()


@pytest.mark.usefixtures("cache")
def test_a_folder_that_cannot_be_written_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setattr(_patterns, "PATH", str(blocker / "__pycache__" / "patterns.bin"))
    monkeypatch.setattr(_kept, "_WRITABLE", {_patterns.PATH: True})  # as if it had said yes
    assert _patterns.compiled("x+z", 0) == re.compile("x+z")
    assert _patterns._new
    _patterns._write()  # os.makedirs fails under a file: no error
    assert [p.name for p in tmp_path.rglob("*")] == ["a-file"]


def test_an_interrupted_write_leaves_no_temporary_file(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _patterns.compiled("x+v", 0) == re.compile("x+v")

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        _patterns._write()
    assert list(cache.parent.iterdir()) == []


@pytest.mark.usefixtures("cache")
def test_an_unwritable_folder_is_found_before_any_work(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "access", lambda *_: False)
    assert _patterns.compiled("x+w", 0) == re.compile("x+w")
    assert _patterns._new == {}


def test_a_folder_in_the_files_place_is_found_before_any_work(cache: Path) -> None:
    cache.mkdir(parents=True)
    assert _patterns.compiled("x+u", 0) == re.compile("x+u")
    assert _patterns._new == {}


def test_a_full_file_is_written_again_with_this_process_programs(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Programs of patterns since edited pile up; past MOST, only the used and new stay."""
    monkeypatch.setattr(_patterns, "MOST", 3)
    stale = {(f"old{n}", 0): _program(f"old{n}") for n in range(3)}
    _write_file(cache, {**stale, ("used", 0): _program("used")})
    assert _patterns.compiled("used", 0) == re.compile("used")
    assert _patterns.compiled("new", 0) == re.compile("new")
    _patterns._write()
    assert set(_patterns._read()) == {("used", 0), ("new", 0)}


@pytest.mark.usefixtures("cache")
def test_at_most_most_programs_are_made(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_patterns, "MOST", 3)
    for n in range(5):
        assert _patterns.compiled(f"a{{{n}}}", 0) == re.compile(f"a{{{n}}}")
    assert len(_patterns._new) == 3


@pytest.mark.usefixtures("cache")
def test_changed_re_internals_fall_back_to_re(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_patterns, "_compiler", object())  # no _code
    assert _patterns.compiled("q+", 0) == re.compile("q+")
    assert _patterns._new == {}


def test_where_sre_has_no_constructor_re_compiles(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_patterns, "_USABLE", False)
    _write_file(cache, {("a", 0): _program("b")})
    assert _patterns.compiled("a", 0).match("a")
    assert _patterns._programs is None  # the file was never read


def test_every_module_compiles_through_here() -> None:
    """The modules compile their patterns with ``compiled``, not ``re.compile``.

    One pattern is compiled inside a function, where re's own cache serves it.
    """
    calls = []
    for package in (minsheng, importlib.import_module("minsheng._html")):
        for module in pkgutil.iter_modules(package.__path__):
            path = Path(package.__path__[0]) / f"{module.name}.py"
            if path.is_file() and module.name != "_patterns":
                text = path.read_text(encoding="utf-8")
                calls += [f"{path.name}:{m.start()}" for m in re.finditer(r"re\.compile\(", text)]
    assert [c.split(":")[0] for c in calls] == ["_draft_layout.py"]


_READ_ONE = """
import sys
from minsheng import _patterns
_patterns.PATH = sys.argv[1]
print(len(_patterns._read()))
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
@pytest.mark.parametrize("kind", ["fifo", "zero", "folder"])
def test_a_fifo_device_or_folder_in_the_files_place_is_passed_over(
    tmp_path: Path, kind: str
) -> None:
    """Regression: a FIFO there hung every import, and /dev/zero read without end.

    Each runs in a process of its own, with a timeout, so that a regression
    fails instead of hanging the suite.
    """
    path = tmp_path / "patterns.bin"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "zero":
        path.symlink_to("/dev/zero")
    else:
        path.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", _READ_ONE, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.split() == ["0"]
