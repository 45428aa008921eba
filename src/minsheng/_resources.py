"""Where the files minsheng ships live: datasets/ and schema/.

They are top-level folders of the repository, the sources of truth.  The
wheel maps them into the package (``minsheng/datasets``, ``minsheng/schema``);
a source checkout or an editable install reads them where they are.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def packaged(name: str) -> Traversable:
    """``name`` inside the installed package.

    Where the package is a folder on disk, as pip installs it, that is a plain
    path, which is what importlib.resources would return; it is imported (a
    few milliseconds) only for a package that is not, such as one in a zip.
    """
    here = Path(__file__).parent
    if here.is_dir():
        return here / name
    import importlib.resources  # noqa: PLC0415 - only where the package is not a folder

    return importlib.resources.files("minsheng") / name


def shipped(name: str) -> Traversable:
    """The shipped folder ``name``, from the installed package or the checkout."""
    inside = packaged(name)
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parents[2] / name
