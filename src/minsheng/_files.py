"""Reading a file of data or text, within the size limit, never from a device or a pipe.

:func:`read_file` reads a regular file and nothing else (a folder, a device,
a FIFO or a socket is refused before anything is read, and a FIFO is opened
without blocking), at most :func:`max_file_size` bytes: :data:`MAX_FILE_SIZE`
or the environment variable ``MINSHENG_MAX_FILE_SIZE``.  Datasets
(:mod:`minsheng._json`) and source texts (:mod:`minsheng._provenance`) are
read by it.
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from minsheng._errors import DatasetError, InvalidValueError, clip, expect, problem
from minsheng._i18n import msg, verbatim

MAX_FILE_SIZE = 8 * 1024 * 1024
"""The largest dataset read, in bytes (8 MiB; Kunming 2025 is 36 kB).

Raise it with the ``max_size`` argument of :func:`~minsheng.loads` and :func:`~minsheng.load_file`,
or for the command line with the environment variable ``MINSHENG_MAX_FILE_SIZE``
(a number of bytes).
"""


SIZE_VARIABLE = "MINSHENG_MAX_FILE_SIZE"
"""The environment variable that overrides :data:`MAX_FILE_SIZE`."""


def max_file_size() -> int:
    """The size limit in force: ``MINSHENG_MAX_FILE_SIZE`` if set, else :data:`MAX_FILE_SIZE`.

    Raises:
        InvalidValueError: the variable is set but is not a positive number of
            bytes (a setting, not a problem of any data).

    """
    value = os.environ.get(SIZE_VARIABLE)
    if value is None:
        return MAX_FILE_SIZE
    if not value.isascii() or not value.isdigit() or len(value) > 18 or int(value) < 1:
        raise InvalidValueError(
            msg(
                "{variable} must be a positive number of bytes, at most 18 digits, not {value}",
                variable=SIZE_VARIABLE,
                value=clip(repr(value)),
            )
        )
    return int(value)


def size_limit(max_size: int | None, function: str) -> int:
    """The size limit a caller of ``function`` gives as ``max_size``; else :func:`max_file_size`.

    Raises:
        ArgumentError: ``max_size`` is no integer.
        InvalidValueError: ``max_size`` is not positive, or the variable is bad.

    """
    if max_size is None:
        return max_file_size()
    expect(max_size, int, "max_size", function)
    if max_size < 1:
        raise InvalidValueError(
            msg(
                "max_size must be a positive number of bytes, not {value}",
                value=clip(repr(max_size)),
            )
        )
    return max_size


def too_large(
    size: int, limit: int, file: str | os.PathLike[str] | None, *, given: bool = False
) -> DatasetError:
    """The error for ``size`` bytes over ``limit``: ``given`` by the caller as max_size."""
    detail = (
        msg("{size} bytes; the limit given is {limit}", size=size, limit=limit)
        if given
        else msg(
            "{size} bytes; the limit is {limit} (set {variable} to raise it)",
            size=size,
            limit=limit,
            variable=SIZE_VARIABLE,
        )
    )
    return DatasetError(file=file, problems=[problem("too-large", "$", detail)])


def io_error(path: str | os.PathLike[str], reason: str) -> DatasetError:
    """A file that cannot be read, with the system's reason."""
    return DatasetError(
        file=path,
        problems=[
            problem("io", "$", msg("cannot read the file: {reason}", reason=verbatim(reason)))
        ],
    )


_CHUNK = 1024 * 1024


def _read_within(handle: BinaryIO, limit: int) -> bytes:
    """The bytes of ``handle``, or the first ``limit`` + 1 of them where it holds more.

    Read in chunks: one read of ``limit`` + 1 bytes allocates that much first,
    and a limit of 2**40 (``max_size`` or the variable) made reading a file of
    36 kB a MemoryError.  A file that grows while read stays bounded.
    """
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = handle.read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def read_file(path: str | os.PathLike[str], *, max_size: int | None = None) -> bytes:
    """Read a regular file of at most ``max_size`` bytes; never a device, FIFO or folder.

    Raises:
        DatasetError: the file cannot be read, is not a regular file, or is too large.

    """
    if not isinstance(path, str | os.PathLike) or not str(path):
        raise DatasetError(
            file=clip(repr(path)),
            problems=[problem("io", "$", msg("no file is named"), expected=msg("a file path"))],
        )
    limit = size_limit(max_size, "load_file")
    try:
        # O_NONBLOCK: opening a FIFO without a writer must not hang; it is refused below.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise io_error(clip(str(path)), getattr(exc, "strerror", None) or str(exc)) from None
    try:
        mode = os.fstat(descriptor)
        if not stat.S_ISREG(mode.st_mode):
            detail = (
                msg("a folder, not a file")
                if stat.S_ISDIR(mode.st_mode)
                else msg("a device, pipe or socket, not a regular file")
            )
            raise DatasetError(
                file=clip(str(path)),
                problems=[problem("not-a-file", "$", detail, expected=msg("a regular file"))],
            )
        if mode.st_size > limit:
            raise too_large(mode.st_size, limit, clip(str(path)), given=max_size is not None)
        with os.fdopen(os.dup(descriptor), "rb") as handle:
            data = _read_within(handle, limit)
    except OSError as exc:
        raise io_error(clip(str(path)), exc.strerror or str(exc)) from None
    finally:
        os.close(descriptor)
    if len(data) > limit:
        raise too_large(len(data), limit, clip(str(path)), given=max_size is not None)
    return data
