"""Where the files minsheng ships live: datasets/, schema/ and locale/.

datasets/ and schema/ are top-level folders of the repository, the sources of
truth.  The wheel maps them into the package (``minsheng/datasets``,
``minsheng/schema``); a source checkout or an editable install reads them
where they are.

A package installed as a folder on disk, as pip installs it, is read with
:mod:`os` alone (:class:`OnDisk`); importlib.resources is imported only for
one that is not, such as a package inside a zip file.  pathlib would do the
job, but its import (with urllib.parse and ipaddress) took 3 to 4 ms of every
command, more than finding and reading a dataset.
"""

# os.path here, where pathlib costs every command its import:
# ruff: noqa: PTH112, PTH113, PTH118, PTH119, PTH120, PTH123, PTH208

from __future__ import annotations

import os
from typing import IO, TYPE_CHECKING, Any, Literal, overload

if TYPE_CHECKING:
    from collections.abc import Iterator
    from importlib.resources.abc import Traversable


class OnDisk:
    """A file or folder on disk, as much of a ``Traversable`` as minsheng reads.

    It is a path (:class:`os.PathLike`); its text is the path itself, as
    ``str`` of a :class:`pathlib.Path` of the same file would be.
    """

    __slots__ = ("_path",)

    def __init__(self, path: str) -> None:
        self._path = path

    def __fspath__(self) -> str:
        return self._path

    def __str__(self) -> str:
        return self._path

    def __repr__(self) -> str:
        return f"OnDisk({self._path!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OnDisk) and other._path == self._path

    def __hash__(self) -> int:
        return hash(self._path)

    @property
    def name(self) -> str:
        """The last part of the path."""
        return os.path.basename(self._path)

    def joinpath(self, *descendants: str | os.PathLike[str]) -> OnDisk:
        """The path below this one."""
        return OnDisk(os.path.join(self._path, *(os.fspath(d) for d in descendants)))

    def __truediv__(self, child: str | os.PathLike[str], /) -> OnDisk:
        return self.joinpath(child)

    def is_dir(self) -> bool:
        """Whether it is a folder (following links), as :meth:`pathlib.Path.is_dir`."""
        return os.path.isdir(self._path)

    def is_file(self) -> bool:
        """Whether it is a regular file (following links), as :meth:`pathlib.Path.is_file`."""
        return os.path.isfile(self._path)

    def iterdir(self) -> Iterator[OnDisk]:
        """What the folder holds, in the order :func:`os.listdir` gives, as pathlib does."""
        for name in os.listdir(self._path):
            yield OnDisk(os.path.join(self._path, name))

    @overload
    def open(
        self, mode: Literal["r"] = "r", *, encoding: str | None = None, errors: str | None = None
    ) -> IO[str]: ...

    @overload
    def open(self, mode: Literal["rb"]) -> IO[bytes]: ...

    def open(
        self, mode: str = "r", *, encoding: str | None = None, errors: str | None = None
    ) -> IO[Any]:
        """The file, opened for reading as text or (``"rb"``) bytes."""
        if mode == "rb":
            return open(self._path, "rb")
        return open(self._path, mode, encoding=encoding, errors=errors)

    def read_bytes(self) -> bytes:
        """The file's bytes."""
        with open(self._path, "rb") as file:
            return file.read()

    def read_text(self, encoding: str | None = None) -> str:
        """The file's text."""
        with open(self._path, encoding=encoding) as file:
            return file.read()


_HERE = os.path.dirname(__file__)  # absolute, as pathlib gave it; never .. collapsed


def packaged(name: str) -> Traversable:
    """``name`` inside the installed package.

    Where the package is a folder on disk, as pip installs it, that is a plain
    path, which is what importlib.resources would return; it is imported (a
    few milliseconds) only for a package that is not, such as one in a zip.
    """
    if os.path.isdir(_HERE):
        return OnDisk(os.path.join(_HERE, name))
    import importlib.resources  # noqa: PLC0415 - only where the package is not a folder

    return importlib.resources.files("minsheng") / name


def shipped(name: str) -> Traversable:
    """The shipped folder ``name``, from the installed package or the checkout."""
    inside = packaged(name)
    if inside.is_dir():
        return inside
    checkout = os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__))))
    return OnDisk(os.path.join(checkout, name))
