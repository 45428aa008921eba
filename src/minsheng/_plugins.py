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
(:mod:`minsheng._kept`), for the absolute folders of ``sys.path``, with what
``stat`` said of everything the look read: each folder, each metadata folder
in them, and each ``entry_points.txt``.  It keeps the modification time, the
inode's change time (which no tool sets back: ``cp -p``, ``touch -r`` and
``chmod`` all change it), and the device and inode.  Installing or removing
a distribution changes its folder's parent; rewriting entry points changes
the file.  The next process compares (about a hundred ``stat`` calls) and
looks again wherever anything differs.  An answer is not kept while anything
it depends on changed less than :data:`SETTLED_NS` before the look began,
since a change within the same tick of the file system's clock would not
show; a file system whose clock runs behind this machine's by more than that
could defeat it.
"""

# os.path, not pathlib: pathlib's import costs more than this module saves.
# ruff: noqa: PTH109, PTH116, PTH118, PTH123

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import time
from collections.abc import Iterator
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
SETTLED_NS = 5_000_000_000
"""How long before a look (in ns) what its answer depends on must have last changed."""

_Stat = tuple[int, int, int, int]  # modification and change times, device, inode
_Seen = tuple[tuple[str, _Stat | None], ...]  # each path looked at; None where missing
_Kept = dict[tuple[str, ...], _Seen]  # the absolute folders of sys.path: what a "no" depends on


def _stat(path: str) -> _Stat | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return (info.st_mtime_ns, info.st_ctime_ns, info.st_dev, info.st_ino)


def _other_finder() -> bool:
    return any(
        finder is not PathFinder and hasattr(finder, "find_distributions")
        for finder in sys.meta_path
    )


def possible() -> bool:
    """Whether importlib.metadata may find a ``minsheng.datasets`` entry point."""
    if _other_finder():
        return True
    entries = [entry or os.curdir for entry in sys.path]
    if not all(type(entry) is str for entry in entries):  # a Path, say: looked at, not kept
        return _look(tuple(_fspaths(entries)))[0]
    # absolute, but never with .. taken out as text: the system follows a link first
    try:
        here = os.getcwd()
    except OSError:  # the folder the process runs in was removed: looked at, not kept
        return _look(tuple(entries))[0]
    folders = tuple(os.path.join(here, entry) for entry in entries)
    if _agree(_kept.read_marshal(PATH, _STAMP, LARGEST), folders):
        return False
    began = time.time_ns()
    found, seen = _look(folders)
    if not found and seen is not None:
        _keep(folders, seen, began)
    return found


def _fspaths(entries: list[Any]) -> Iterator[str | bytes]:
    """The entries of ``sys.path`` that name a path, as the import system reads them."""
    for entry in entries:
        with contextlib.suppress(TypeError):
            yield os.fspath(entry)


def _look(folders: tuple[Any, ...]) -> tuple[bool, _Seen | None]:
    """Look in ``folders``: whether one may declare the group, and what was looked at.

    Each path is asked about before what it covers is read, so that a change
    made while looking shows at the next look.
    """
    group = GROUP.encode()
    seen: list[tuple[str, _Stat | None]] = []
    for folder in folders:
        seen.append((folder, _stat(folder)))
        try:
            with os.scandir(folder) as items:
                names = [item.name for item in items]
        except NotADirectoryError:
            return True, None  # a zip file, which may hold distributions
        except (OSError, TypeError, ValueError):
            continue  # missing or unreadable: importlib.metadata finds nothing there either
        for name in names:
            if not isinstance(name, str):  # a folder named in bytes: let importlib decide
                return True, None
            lowered = name.lower()  # importlib.metadata ignores the case of these names
            if lowered.endswith(_METADATA) or lowered == "egg-info":
                metadata = os.path.join(folder, name)
                entry_points = os.path.join(metadata, "entry_points.txt")
                seen.append((metadata, _stat(metadata)))
                written = _stat(entry_points)
                seen.append((entry_points, written))
                if written is None:
                    continue
                try:
                    with open(entry_points, "rb") as file:
                        if group in file.read():
                            return True, None
                except OSError:
                    continue
    return False, tuple(seen)


def _agree(kept: object, folders: tuple[str, ...]) -> bool:
    """Whether a "no" is kept for ``folders`` and everything it looked at is as it was."""
    seen = kept.get(folders) if isinstance(kept, dict) else None
    if not _well_formed(seen):
        return False
    return all(_stat(path) == stat for path, stat in seen)  # type: ignore[union-attr]


def _well_formed(seen: object) -> bool:
    return (
        isinstance(seen, tuple)
        and bool(seen)
        and all(
            isinstance(pair, tuple)
            and len(pair) == 2
            and isinstance(pair[0], str)
            and (
                pair[1] is None
                or (
                    isinstance(pair[1], tuple)
                    and len(pair[1]) == 4
                    and all(type(number) is int for number in pair[1])
                )
            )
            for pair in seen
        )
    )


def _keep(folders: tuple[str, ...], seen: _Seen, began: int) -> None:
    """Keep the "no" for ``folders``, unless what it depends on changed just before."""
    if not _kept.may_write(PATH):
        return
    settled = began - SETTLED_NS
    if any(stat is not None and max(stat[:2]) > settled for _, stat in seen):
        return
    read = _kept.read_marshal(PATH, _STAMP, LARGEST)
    kept: _Kept = {
        key: value
        for key, value in (read.items() if isinstance(read, dict) else ())
        if isinstance(key, tuple) and all(isinstance(f, str) for f in key) and _well_formed(value)
    }
    kept.pop(folders, None)
    kept[folders] = seen  # the last looked at goes last
    while len(kept) > MOST:
        del kept[next(iter(kept))]
    _kept.write(PATH, _STAMP, marshal.dumps(kept))
