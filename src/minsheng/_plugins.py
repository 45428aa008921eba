"""Whether an installed distribution may declare a ``minsheng.datasets`` entry point.

importlib.metadata costs 15 to 40 ms to import, more than a command's work,
and most environments have no plugin.  So the registry asks :func:`possible`
first, and imports importlib.metadata only where it answers yes.

It answers no only where it is sure: every finder on ``sys.meta_path`` that
finds distributions is the standard path finder, every entry of ``sys.path``
is a folder or missing, and no ``entry_points.txt`` in a ``*.dist-info``,
``*.egg-info`` or ``EGG-INFO`` folder of them names the group.  That is where
importlib.metadata would look.

Looking opens the entry points of every installed distribution (1 to 2 ms
in an environment of a hundred).  A "no" is kept beside the bytecode
(:mod:`minsheng._kept`) with the modification times of what it looked at:
each folder of ``sys.path``, each metadata folder in them, and each
``entry_points.txt``.  Installing or removing a distribution adds or removes
a folder, which changes its parent's time; rewriting an ``entry_points.txt``
changes its own.  The next process compares those times (about a hundred
``stat`` calls) and looks again wherever one differs.  An answer is not kept
while anything it depends on changed in the last :data:`SETTLED_NS`, since a
change within the same tick of the file system's clock would not show.
"""

# os.path, not pathlib: pathlib's import costs more than this module saves.
# ruff: noqa: PTH116, PTH118, PTH123

from __future__ import annotations

import marshal
import os
import sys
import time
from importlib.machinery import PathFinder
from typing import Any

from minsheng import _kept
from minsheng._version import __version__

GROUP = "minsheng.datasets"
_METADATA = (".dist-info", ".egg-info")
_STAMP = (sys.version, __version__, GROUP)
PATH = _kept.path("plugins", _STAMP)
"""The file of kept answers."""
LARGEST = 1024 * 1024
"""The largest file read, in bytes; an environment of a hundred distributions keeps 20 kB."""
MOST = 8
"""The most answers kept, one per ``sys.path``; the last looked at stay."""
SETTLED_NS = 2_000_000_000
"""How long ago (in ns) what an answer depends on must have last changed for it to be kept."""

_Times = tuple[tuple[str, int], ...]  # a path and its modification time, -1 where missing
_Kept = dict[tuple[str, ...], _Times]  # the folders of sys.path: what their "no" depends on


def _time(path: str) -> int:
    try:
        return os.stat(path).st_mtime_ns
    except (OSError, ValueError):
        return -1


def _other_finder() -> bool:
    return any(
        finder is not PathFinder and hasattr(finder, "find_distributions")
        for finder in sys.meta_path
    )


def possible() -> bool:
    """Whether importlib.metadata may find a ``minsheng.datasets`` entry point."""
    if _other_finder():
        return True
    folders = tuple(entry or "." for entry in sys.path)
    if _agree(_read().get(folders)):
        return False
    found, times = _look(folders)
    if not found and times is not None:
        _keep(folders, times)
    return found


def _look(folders: tuple[str, ...]) -> tuple[bool, _Times | None]:
    """Look in ``folders``: whether one may declare the group, and the times looked at.

    Each time is taken before what it covers is read, so that a change made
    while looking shows at the next look.
    """
    group = GROUP.encode()
    times: list[tuple[str, int]] = []
    for folder in folders:
        times.append((folder, _time(folder)))
        try:
            with os.scandir(folder) as items:
                names = [item.name for item in items]
        except NotADirectoryError:
            return True, None  # a zip file, which may hold distributions
        except OSError:
            continue  # missing or unreadable: importlib.metadata finds nothing there either
        for name in names:
            lowered = name.lower()  # importlib.metadata ignores the case of these names
            if lowered.endswith(_METADATA) or lowered == "egg-info":
                metadata = os.path.join(folder, name)
                entry_points = os.path.join(metadata, "entry_points.txt")
                times.append((metadata, _time(metadata)))
                written = _time(entry_points)
                if written == -1:
                    continue
                times.append((entry_points, written))
                try:
                    with open(entry_points, "rb") as file:
                        if group in file.read():
                            return True, None
                except OSError:
                    continue
    return False, tuple(times)


def _read() -> dict[Any, Any]:
    """The kept answers; each is checked where it is used (:func:`_agree`)."""
    payload = _kept.read(PATH, _STAMP, LARGEST)
    if payload is None:
        return {}
    try:
        kept = marshal.loads(payload)  # noqa: S302 - ours, as a .pyc is
    except (EOFError, ValueError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}


def _agree(times: object) -> bool:
    """Whether ``times`` is a kept answer's times, and every one is still the path's."""
    if not isinstance(times, tuple) or not times:
        return False
    for pair in times:
        if not isinstance(pair, tuple) or len(pair) != 2:
            return False
        path, written = pair
        if not isinstance(path, str) or type(written) is not int or _time(path) != written:
            return False
    return True


def _well_formed(times: object) -> bool:
    return isinstance(times, tuple) and all(
        isinstance(pair, tuple)
        and len(pair) == 2
        and isinstance(pair[0], str)
        and type(pair[1]) is int
        for pair in times
    )


def _keep(folders: tuple[str, ...], times: _Times) -> None:
    """Keep the "no" for ``folders``, unless what it depends on changed just now."""
    if sys.dont_write_bytecode or not _kept.writable(PATH):
        return
    if any(written > time.time_ns() - SETTLED_NS for _, written in times):
        return
    kept: _Kept = {
        key: value
        for key, value in _read().items()
        if isinstance(key, tuple) and all(isinstance(f, str) for f in key) and _well_formed(value)
    }
    kept.pop(folders, None)
    kept[folders] = times  # the last looked at goes last
    while len(kept) > MOST:
        del kept[next(iter(kept))]
    _kept.write(PATH, _STAMP, marshal.dumps(kept))
