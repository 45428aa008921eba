"""Compile the gettext catalogs into the wheel.

The ``.po`` catalogs under ``src/minsheng/locale`` are committed; the ``.mo``
files are built here, by babel, and never committed.  A source checkout or an
editable install compiles the catalogs in memory instead.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CatalogBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Compile each ``minsheng.po`` to ``minsheng.mo`` next to it in the wheel."""

    PLUGIN_NAME = "catalogs"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile the catalogs and add them to the wheel."""
        if self.target_name != "wheel" or version == "editable":
            return
        from babel.messages.mofile import write_mo  # noqa: PLC0415
        from babel.messages.pofile import read_po  # noqa: PLC0415

        self._scratch = Path(tempfile.mkdtemp(prefix="minsheng-mo-"))
        locale_root = Path(self.root) / "src" / "minsheng" / "locale"
        for po in sorted(locale_root.glob("*/LC_MESSAGES/minsheng.po")):
            relative = po.relative_to(locale_root).with_suffix(".mo")
            with po.open("rb") as file:
                catalog = read_po(file, locale=po.parts[-3])
            if catalog.fuzzy:
                msg = f"{po} is marked fuzzy; review it before building"
                raise RuntimeError(msg)
            target = self._scratch / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("wb") as file:
                write_mo(file, catalog)
            build_data["force_include"][str(target)] = f"minsheng/locale/{relative.as_posix()}"

    def finalize(
        self,
        version: str,  # noqa: ARG002 - the hook's signature
        build_data: dict[str, Any],  # noqa: ARG002
        artifact_path: str,  # noqa: ARG002
    ) -> None:
        """Remove the compiled files once the wheel holds them."""
        scratch = getattr(self, "_scratch", None)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
