"""Files kept beside the bytecode: work a process does once, for the next ones.

Five things minsheng would otherwise redo at every start are kept this way:
the programs re compiles from its patterns (:mod:`minsheng._patterns`), the
part of babel's locale data that formatting reads
(:mod:`minsheng._localedata`), the dates babel formatted
(:mod:`minsheng._dates`), the parser's readings of phrases
(:mod:`minsheng._readings`) and the answer of the look for plugins
(:mod:`minsheng._plugins`).  All are guarded as bytecode is, and this module
holds what they share:

- A file lives in the package's ``__pycache__`` folder (under
  ``sys.pycache_prefix`` where that is set) and is named for a *stamp*:
  everything its content depends on (the interpreter's full version, the
  versions of minsheng and of the library whose work it keeps).  The
  readings' file is named for the versions alone, and its header's stamp
  holds a checksum of minsheng's files besides, so that an edit replaces it.  A file of
  another stamp is never read, and an upgrade starts a new file.
- The file starts with a mark, a checksum of the stamp and one of the
  payload, all checked as bytes before the payload is decoded.  It is read
  only where it is a regular file of at most the size the caller allows,
  opened without blocking: a FIFO or a device in its place is passed over.
- It is written to a temporary file that replaces the old one; never where
  ``sys.dont_write_bytecode`` is set (``PYTHONDONTWRITEBYTECODE``), and a
  folder that cannot be written is no error.

Whatever is wrong with a file, the caller does the work itself, as before.
"""

# os.path, not pathlib: pathlib's import costs more than a kept file saves a
# command that has no other use for it.
# ruff: noqa: PTH103, PTH105, PTH108, PTH112, PTH118, PTH120, PTH123

from __future__ import annotations

import contextlib
import marshal
import os
import stat
import struct
import sys
import threading
import zlib
from typing import Any


def _folder() -> str:
    here = os.path.dirname(__file__)  # absolute, for a module imported from a path
    prefix = sys.pycache_prefix
    if prefix:
        return os.path.join(prefix, os.path.splitdrive(here)[1].lstrip(os.sep))
    return os.path.join(here, "__pycache__")


def path(name: str, stamp: tuple[Any, ...]) -> str:
    """Where the file ``name`` of ``stamp`` is kept: one per interpreter and versions."""
    crc = zlib.crc32(repr(stamp).encode())
    return os.path.join(_folder(), f"{name}.{sys.implementation.cache_tag}-{crc:08x}.bin")


def read(file: str, stamp: tuple[Any, ...], largest: int) -> bytes | None:
    """The payload kept in ``file`` under ``stamp``; ``None`` where there is none to trust.

    Only a regular file of at most ``largest`` bytes is read, whose stamp is
    ``stamp`` and whose checksum holds.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        with open(os.open(file, flags), "rb") as opened:
            info = os.fstat(opened.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_size > largest:
                return None
            data = opened.read(largest + 1)
        if len(data) > largest:  # grew while it was read
            return None
    except OSError:  # none yet, or not one we can read
        return None
    # Checked as bytes before anything is decoded: a few random bytes given to
    # marshal can ask for gigabytes (a list header with a count of 2**31).
    header = _header(stamp, data[_HEADER.size :])
    return data[_HEADER.size :] if data[: _HEADER.size] == header else None


_MAGIC = b"minsheng-kept-1\n"
_HEADER = struct.Struct(f"<{len(_MAGIC)}sII")


def _header(stamp: tuple[Any, ...], payload: bytes) -> bytes:
    """What a file starts with: a mark, a checksum of its stamp and one of its payload."""
    return _HEADER.pack(_MAGIC, zlib.crc32(repr(stamp).encode()), zlib.crc32(payload))


def read_marshal(file: str, stamp: tuple[Any, ...], largest: int) -> object:
    """The object marshalled in ``file`` under ``stamp``; ``None`` where there is none to trust.

    The caller checks the object's shape before it uses it.
    """
    payload = read(file, stamp, largest)
    if payload is None:
        return None
    try:
        return marshal.loads(payload)  # noqa: S302 - ours, as a .pyc is
    except Exception:  # noqa: BLE001 - whatever is wrong with it, the work is done again
        return None


def writable(file: str) -> bool:
    """Whether ``file`` could be written: its folder (or the folder's parent) can be.

    A folder in the file's place cannot be replaced, so it answers no there too.
    """
    folder = os.path.dirname(file)
    existing = folder if os.path.isdir(folder) else os.path.dirname(folder)
    return os.access(existing, os.W_OK) and not os.path.isdir(file)


_WRITABLE: dict[str, bool] = {}  # each file's folder, asked once a process


def may_write(file: str) -> bool:
    """Whether ``file`` may be written now: bytecode is, and its folder can be.

    The folder is asked once per process (:func:`writable`); the setting is
    asked every time, as :func:`write` asks it.
    """
    if sys.dont_write_bytecode:
        return False
    known = _WRITABLE.get(file)
    if known is None:
        known = _WRITABLE[file] = writable(file)
    return known


def write(file: str, stamp: tuple[Any, ...], payload: bytes) -> None:
    """Keep ``payload`` in ``file`` under ``stamp``, replacing the file whole.

    Nothing is written where bytecode is not; a folder that cannot be written
    is no error (the work is done again next time).
    """
    if sys.dont_write_bytecode:
        return
    temporary = f"{file}.{os.getpid()}-{threading.get_ident()}.tmp"
    # never through a link, never blocking on a FIFO, never onto a file already there
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    made = False
    try:
        os.makedirs(os.path.dirname(file), exist_ok=True)
        descriptor = os.open(temporary, flags, 0o644)
        made = True
        with open(descriptor, "wb") as opened:
            opened.write(_header(stamp, payload) + payload)
        os.replace(temporary, file)
        made = False
    except OSError:  # the folder cannot be written, or the name is taken
        pass
    finally:
        if made:  # left only where the write failed
            with contextlib.suppress(OSError):
                os.unlink(temporary)
