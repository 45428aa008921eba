"""Where the files minsheng ships live: datasets/ and schema/.

They are top-level folders of the repository, the sources of truth.  The
wheel maps them into the package (``minsheng/datasets``, ``minsheng/schema``);
a source checkout or an editable install reads them where they are.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def shipped(name: str) -> Traversable:
    """The shipped folder ``name``, from the installed package or the checkout."""
    packaged = importlib.resources.files("minsheng") / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / name
