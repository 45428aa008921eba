"""The registry's quick look for plugins, and the "no" it keeps between processes.

A kept "no" must never hide a plugin installed, removed or rewritten since:
each test changes what was looked at after the answer was kept, and the next
look must see it.
"""

# The module's kept file and its settling time are what is tested.
# ruff: noqa: SLF001

from __future__ import annotations

import marshal
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from minsheng import _kept, _plugins

_ENTRY_POINTS = "[minsheng.datasets]\ntestville = minsheng_testville.data\n"
_HOUR_AGO_NS = 3600 * 10**9


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of installed distributions, none a plugin, alone on sys.path and settled.

    Change times cannot be set back, so the settling time is 0 here: what the
    test made before its first look counts as settled.
    """
    folder = tmp_path / "site-packages"
    for name in ("attrs-25.1.0.dist-info", "cattrs-25.1.dist-info", "old.egg-info"):
        (folder / name).mkdir(parents=True)
    (folder / "cattrs-25.1.dist-info" / "entry_points.txt").write_text(
        "[console_scripts]\nx = y:z\n", encoding="utf-8"
    )
    monkeypatch.setattr(_plugins, "PATH", str(tmp_path / "__pycache__" / "plugins.bin"))
    monkeypatch.setattr(_plugins, "SETTLED_NS", 0)
    monkeypatch.setattr(sys, "path", [str(folder)])
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    _settle(folder)
    return folder


def _settle(folder: Path) -> None:
    """Date everything under ``folder`` an hour back, as an environment installed earlier."""
    past = folder.stat().st_mtime_ns - _HOUR_AGO_NS
    for path in [*folder.rglob("*"), folder]:
        os.utime(path, ns=(past, past))


def _kept_answers() -> dict[Any, Any]:
    kept = _kept.read_marshal(_plugins.PATH, _plugins._STAMP, _plugins.LARGEST)
    return kept if isinstance(kept, dict) else {}


def _looked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """The looks made from now on (the answer not taken from the file)."""
    looks: list[tuple[str, ...]] = []
    real = _plugins._look

    def counting(folders: tuple[str, ...]) -> tuple[bool, _plugins._Seen | None]:
        looks.append(folders)
        return real(folders)

    monkeypatch.setattr(_plugins, "_look", counting)
    return looks


def _install(folder: Path, name: str = "testville-1.0.dist-info") -> None:
    (folder / name).mkdir(parents=True)
    (folder / name / "entry_points.txt").write_text(_ENTRY_POINTS, encoding="utf-8")


@pytest.mark.usefixtures("site")
def test_a_no_is_kept_and_used(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _plugins.possible() is False
    assert Path(_plugins.PATH).is_file()
    looks = _looked(monkeypatch)
    assert _plugins.possible() is False
    assert looks == []  # answered from the file


@pytest.mark.parametrize(
    "change", ["install", "egg", "rewrite", "add", "folder appears", "copied back", "chmod"]
)
def test_a_kept_no_never_hides_a_plugin(
    site: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    """A plugin installed, or entry points written into a distribution, shows at once."""
    missing = site.parent / "later"
    monkeypatch.setattr(sys, "path", [str(site), str(missing)])
    hidden = site / "hidden.dist-info"
    if change == "chmod":
        if os.geteuid() == 0:
            pytest.skip("root reads a folder whatever its mode")
        _install(hidden.parent, hidden.name)
        hidden.chmod(0)
    assert _plugins.possible() is False
    assert _kept_answers()  # kept
    folders = [site, *(p for p in site.rglob("*") if p.is_dir() and os.access(p, os.R_OK))]
    before = [p.stat().st_mtime_ns for p in folders]
    if change == "install":
        _install(site)
    elif change == "egg":
        (site / "old.egg-info" / "entry_points.txt").write_text(_ENTRY_POINTS)
    elif change == "rewrite":  # in place: the folders' times do not change, the file's does
        with (site / "cattrs-25.1.dist-info" / "entry_points.txt").open("a") as file:
            file.write(_ENTRY_POINTS)
        for path, written in zip(folders, before, strict=True):
            os.utime(path, ns=(written, written))
    elif change == "add":
        (site / "attrs-25.1.0.dist-info" / "entry_points.txt").write_text(_ENTRY_POINTS)
    elif change == "folder appears":
        _install(missing)
    elif change == "copied back":  # cp -p: a file of the same name, size and times
        source = site / "cattrs-25.1.dist-info" / "entry_points.txt"
        copy = site.parent / "entry_points.txt"
        copy.write_text(_ENTRY_POINTS.ljust(len(source.read_text())), encoding="utf-8")
        info = source.stat()
        os.utime(copy, ns=(info.st_atime_ns, info.st_mtime_ns))
        shutil.copy2(copy, source)
        for path, written in zip(folders, before, strict=True):
            os.utime(path, ns=(written, written))
        assert source.stat().st_mtime_ns == info.st_mtime_ns
    else:
        hidden.chmod(0o755)
    assert _plugins.possible() is True


def test_a_removed_plugin_is_seen_gone(site: Path) -> None:
    _install(site)
    _settle(site)
    assert _plugins.possible() is True
    assert _kept_answers() == {}  # a yes is never kept
    shutil.rmtree(site / "testville-1.0.dist-info")
    assert _plugins.possible() is False


def test_another_sys_path_is_looked_at_afresh(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _plugins.possible() is False
    other = site.parent / "other"
    _install(other)
    monkeypatch.setattr(sys, "path", [str(site), str(other)])
    assert _plugins.possible() is True


def test_the_current_folder_is_kept_as_the_folder_it_is(
    tmp_path: Path, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'' and relative entries mean the folder a process runs in, not the same text.

    Two folders with the same times (as after ``cp -a`` or ``tar x``): a "no"
    kept in the first must not answer for the second.
    """
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    _install(second)
    for folder in (first, second, second / "testville-1.0.dist-info"):
        os.utime(folder, ns=(10**18, 10**18))
    monkeypatch.setattr(sys, "path", ["", "relative", str(site)])
    monkeypatch.chdir(first)
    assert _plugins.possible() is False
    monkeypatch.chdir(second)
    assert _plugins.possible() is True


def test_dot_dot_after_a_link_is_followed_as_the_system_follows_it(
    tmp_path: Path, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: ``link/../plugins`` was read as ``plugins`` beside the link, not its target's.

    importlib.metadata asks the system, which follows the link before ``..``.
    """
    (tmp_path / "deep" / "sub").mkdir(parents=True)
    _install(tmp_path / "deep" / "plugins")
    (tmp_path / "link").symlink_to(tmp_path / "deep" / "sub")
    monkeypatch.setattr(sys, "path", [str(site), str(tmp_path / "link" / ".." / "plugins")])
    assert _plugins.possible() is True


def test_a_removed_current_folder_is_no_error(
    tmp_path: Path, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    monkeypatch.setattr(sys, "path", ["", str(site)])
    assert _plugins.possible() is False
    assert _kept_answers() == {}


def test_a_path_that_is_no_text_is_looked_at_not_kept(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """importlib.metadata takes a pathlib.Path on sys.path; so does the look, without keeping.

    Regression: keeping it failed (marshal takes no Path), and so did every load.
    """
    monkeypatch.setattr(sys, "path", [site, 3, None])
    assert _plugins.possible() is False
    assert _kept_answers() == {}
    _install(site)
    assert _plugins.possible() is True
    monkeypatch.setattr(sys, "path", [os.fsencode(site)])
    assert _plugins.possible() is True  # names in bytes: importlib.metadata decides


def test_an_answer_about_a_fresh_change_is_not_kept(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder changed within the file system's clock tick could change again unseen."""
    monkeypatch.setattr(_plugins, "SETTLED_NS", 5 * 10**9)
    (site / "just-installed-1.0.dist-info").mkdir()
    assert _plugins.possible() is False
    assert _kept_answers() == {}


@pytest.mark.usefixtures("site")
def test_nothing_is_kept_without_bytecode() -> None:
    sys.dont_write_bytecode = True
    assert _plugins.possible() is False
    assert not Path(_plugins.PATH).exists()


def test_at_most_most_answers_are_kept(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_plugins, "MOST", 2)
    for n in range(4):
        monkeypatch.setattr(sys, "path", [str(site), str(site.parent / f"missing{n}")])
        assert _plugins.possible() is False
    assert [folders[-1] for folders in _kept_answers()] == [
        str(site.parent / "missing2"),
        str(site.parent / "missing3"),
    ]


_GOOD = (0, 0, 0, 0)


@pytest.mark.parametrize(
    "kept",
    [
        [1, 2],
        b"[\xff\xff\xff\x7f",  # not written by marshal: a list header of 2**31 items
        {"not a tuple": ()},
        {"site": "not times"},
        {"site": ()},
        {"site": (("site", "not a stat"),)},
        {"site": (("site", _GOOD, 2),)},
        {"site": ((5, _GOOD),)},
        {"site": (("site", (True, 0, 0, 0)),)},
        {"site": (("site", (0, 0, 0)),)},
    ],
)
def test_a_malformed_file_is_passed_over(
    site: Path, monkeypatch: pytest.MonkeyPatch, kept: Any
) -> None:
    """Whatever the file holds for this sys.path, the folders are looked at afresh."""
    if isinstance(kept, dict):
        kept = {
            (str(site),) if key == "site" else key: tuple(
                (str(site), *pair[1:]) if isinstance(pair, tuple) and pair[0] == "site" else pair
                for pair in value
            )
            if isinstance(value, tuple)
            else value
            for key, value in kept.items()
        }
    if isinstance(kept, bytes):
        Path(_plugins.PATH).parent.mkdir(parents=True, exist_ok=True)
        Path(_plugins.PATH).write_bytes(kept)
    else:
        _kept.write(_plugins.PATH, _plugins._STAMP, marshal.dumps(kept))
    looks = _looked(monkeypatch)
    assert _plugins.possible() is False
    assert looks == [(str(site),)]
    assert _plugins._agree(_kept_answers(), (str(site),))  # kept again, well formed


def test_a_file_that_says_no_wrongly_is_used_only_while_the_folder_agrees(site: Path) -> None:
    """A "no" kept for a folder with a plugin is believed while the folder is as it was.

    It proves the file is read; once the folder changes, the look finds the plugin.
    """
    _install(site)
    _settle(site)
    seen = ((str(site), _plugins._stat(str(site))),)
    _kept.write(_plugins.PATH, _plugins._STAMP, marshal.dumps({(str(site),): seen}))
    assert _plugins.possible() is False  # wrong on purpose: the file was read
    os.utime(site)  # now
    assert _plugins.possible() is True
