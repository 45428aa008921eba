"""Sphinx configuration for the minsheng documentation."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

import minsheng

project = "minsheng"
author = "minsheng contributors"
copyright = "2026, minsheng contributors"  # noqa: A001 - Sphinx's name
release = minsheng.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "minsheng_tables",
]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = f"minsheng {release}"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
# Show defaults as written (units=UNITS), not as the repr of a whole table.
autodoc_preserve_defaults = True

# The docs build offline, so there is no intersphinx: these names from the
# standard library and from attrs and babel stay unlinked on purpose.
nitpicky = True
nitpick_ignore = [
    ("py:class", name)
    for name in (
        "Decimal",
        "decimal.Decimal",
        "datetime.date",
        "dt.date",
        "Path",
        "pathlib.Path",
        "gettext.NullTranslations",
        "MappingProxyType",
        "types.MappingProxyType",
        "Traversable",
        "enum.Enum",
        "Sequence",
        "Mapping",
        "collections.abc.Mapping",
        "Callable",
        "collections.abc.Callable",
        "Iterable",
        "Iterator",
        "collections.abc.Iterator",
        "Any",
        "attrs.Attribute",
        "babel.core.Locale",
        "Locale",
        "Severity",
        # Tables and exports: the standard library's abstract types, the row
        # views' type aliases, and pandas, an optional extra.
        "collections.abc.Iterable",
        "collections.abc.Iterator",
        "os.PathLike",
        "Rows",
        "TableName",
        # report_data's TypedDict, imported for type checkers only (2 ms of a report's start)
        "ReportData",
        "pd.DataFrame",
    )
]
nitpick_ignore_regex = [("py:class", r"minsheng\._.*")]
# format_text's docstring names a private helper.
nitpick_ignore.append(("py:func", "dataset_text"))
