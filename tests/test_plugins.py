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
import sys
from pathlib import Path
from typing import Any

import pytest

from minsheng import _kept, _plugins

_ENTRY_POINTS = "[minsheng.datasets]\ntestville = minsheng_testville.data\n"
_HOUR_AGO_NS = 3600 * 10**9


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of installed distributions, none a plugin, alone on sys.path and settled."""
    folder = tmp_path / "site-packages"
    for name in ("attrs-25.1.0.dist-info", "cattrs-25.1.dist-info", "old.egg-info"):
        (folder / name).mkdir(parents=True)
    (folder / "cattrs-25.1.dist-info" / "entry_points.txt").write_text(
        "[console_scripts]\nx = y:z\n", encoding="utf-8"
    )
    monkeypatch.setattr(_plugins, "PATH", str(tmp_path / "__pycache__" / "plugins.bin"))
    monkeypatch.setattr(sys, "path", [str(folder)])
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    _settle(folder)
    return folder


def _settle(folder: Path) -> None:
    """Date everything under ``folder`` an hour back, as an environment installed earlier."""
    past = folder.stat().st_mtime_ns - _HOUR_AGO_NS
    for path in [*folder.rglob("*"), folder]:
        os.utime(path, ns=(past, past))


def _looked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """The looks made from now on (the answer not taken from the file)."""
    looks: list[tuple[str, ...]] = []
    real = _plugins._look

    def counting(folders: tuple[str, ...]) -> tuple[bool, _plugins._Times | None]:
        looks.append(folders)
        return real(folders)

    monkeypatch.setattr(_plugins, "_look", counting)
    return looks


@pytest.mark.usefixtures("site")
def test_a_no_is_kept_and_used(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _plugins.possible() is False
    assert Path(_plugins.PATH).is_file()
    looks = _looked(monkeypatch)
    assert _plugins.possible() is False
    assert looks == []  # answered from the file


@pytest.mark.parametrize("change", ["install", "egg", "rewrite", "add", "folder appears"])
def test_a_kept_no_never_hides_a_plugin(
    site: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    """A plugin installed, or entry points written into a distribution, shows at once."""
    missing = site.parent / "later"
    monkeypatch.setattr(sys, "path", [str(site), str(missing)])
    assert _plugins.possible() is False
    assert _plugins._read()  # kept
    if change == "install":
        (site / "testville-1.0.dist-info").mkdir()
        (site / "testville-1.0.dist-info" / "entry_points.txt").write_text(_ENTRY_POINTS)
    elif change == "egg":
        (site / "old.egg-info" / "entry_points.txt").write_text(_ENTRY_POINTS)
    elif change == "rewrite":  # in place: the folders' times do not change, the file's does
        folders = [site, *(p for p in site.rglob("*") if p.is_dir())]
        before = [p.stat().st_mtime_ns for p in folders]
        with (site / "cattrs-25.1.dist-info" / "entry_points.txt").open("a") as file:
            file.write(_ENTRY_POINTS)
        for path, written in zip(folders, before, strict=True):
            os.utime(path, ns=(written, written))
    elif change == "add":
        (site / "attrs-25.1.0.dist-info" / "entry_points.txt").write_text(_ENTRY_POINTS)
    else:
        (missing / "testville-1.0.dist-info").mkdir(parents=True)
        (missing / "testville-1.0.dist-info" / "entry_points.txt").write_text(_ENTRY_POINTS)
    assert _plugins.possible() is True


def test_a_removed_plugin_is_seen_gone(site: Path) -> None:
    plugin = site / "testville-1.0.dist-info"
    plugin.mkdir()
    (plugin / "entry_points.txt").write_text(_ENTRY_POINTS)
    _settle(site)
    assert _plugins.possible() is True
    assert _plugins._read() == {}  # a yes is never kept
    (plugin / "entry_points.txt").unlink()
    plugin.rmdir()
    assert _plugins.possible() is False


def test_another_sys_path_is_looked_at_afresh(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _plugins.possible() is False
    other = site.parent / "other"
    (other / "testville-1.0.dist-info").mkdir(parents=True)
    (other / "testville-1.0.dist-info" / "entry_points.txt").write_text(_ENTRY_POINTS)
    monkeypatch.setattr(sys, "path", [str(site), str(other)])
    assert _plugins.possible() is True


def test_an_answer_about_a_fresh_change_is_not_kept(site: Path) -> None:
    """A folder changed within the file system's clock tick could change again unseen."""
    (site / "just-installed-1.0.dist-info").mkdir()
    assert _plugins.possible() is False
    assert _plugins._read() == {}


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
    assert [folders[-1] for folders in _plugins._read()] == [
        str(site.parent / "missing2"),
        str(site.parent / "missing3"),
    ]


@pytest.mark.parametrize(
    "kept",
    [
        [1, 2],
        {"not a tuple": ()},
        {"site": "not times"},
        {"site": ()},
        {"site": (("site", "not a time"),)},
        {"site": (("site", 1, 2),)},
        {"site": ((5, 1),)},
        {"site": (("site", True),)},
    ],
)
def test_a_malformed_file_is_passed_over(
    site: Path, monkeypatch: pytest.MonkeyPatch, kept: Any
) -> None:
    """Whatever the file holds for this sys.path, the folders are looked at afresh."""
    if isinstance(kept, dict):
        kept = {
            (str(site),) if key == "site" else key: tuple(
                (str(site), pair[1], *pair[2:])
                if isinstance(pair, tuple) and pair[0] == "site"
                else pair
                for pair in value
            )
            if isinstance(value, tuple)
            else value
            for key, value in kept.items()
        }
    _kept.write(_plugins.PATH, _plugins._STAMP, marshal.dumps(kept))
    looks = _looked(monkeypatch)
    assert _plugins.possible() is False
    assert looks == [(str(site),)]
    assert _plugins._agree(_plugins._read()[(str(site),)])  # kept again, well formed


def test_a_file_that_says_no_wrongly_is_used_only_while_times_agree(site: Path) -> None:
    """A "no" kept for a folder with a plugin is believed while the folder's time agrees.

    It proves the file is read; once the time differs, the look finds the plugin.
    """
    (site / "testville-1.0.dist-info").mkdir()
    (site / "testville-1.0.dist-info" / "entry_points.txt").write_text(_ENTRY_POINTS)
    _settle(site)
    times = ((str(site), site.stat().st_mtime_ns),)
    _kept.write(_plugins.PATH, _plugins._STAMP, marshal.dumps({(str(site),): times}))
    assert _plugins.possible() is False  # wrong on purpose: the file was read
    os.utime(site)  # now
    assert _plugins.possible() is True
