"""Reference tables generated from minsheng itself, committed as Markdown.

The tables of the dataset schema, the units and the categories live in the
reference pages between two markers::

    <!-- generated: units -->

    | symbol | … |

    <!-- end generated: units -->

so that a reader on a code host sees them without building the docs.  This
module is their one generator:

- ``python docs/_ext/minsheng_tables.py --write`` rewrites every block from
  the code;
- ``python docs/_ext/minsheng_tables.py --check`` exits 1 if one is stale;
- as a Sphinx extension it fails the build (a warning under ``-W``) when one
  is stale, and ``tests/test_docs.py`` fails the tests.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import minsheng

if TYPE_CHECKING:
    from sphinx.application import Sphinx

DOCS = Path(__file__).resolve().parent.parent
COMMAND = "python docs/_ext/minsheng_tables.py --write"


def _cell(text: str) -> str:
    """A table cell: one line, with pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def _code(text: str) -> str:
    return f"`{text}`" if text else ""


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows]
    return lines


def _type(spec: dict[str, Any]) -> str:
    if "$ref" in spec:
        return str(spec["$ref"]).rsplit("/", 1)[-1]
    if "const" in spec:
        return json.dumps(spec["const"], ensure_ascii=False)
    if "enum" in spec:
        return " | ".join(json.dumps(v, ensure_ascii=False) for v in spec["enum"])
    if "anyOf" in spec:
        return " | ".join(_type(s) for s in spec["anyOf"])
    kind = spec.get("type", "any")
    if kind == "array":
        return f"array of {_type(spec.get('items', {}))}"
    if isinstance(kind, list):
        return " | ".join(kind)
    if "pattern" in spec:
        return f"{kind} matching {spec['pattern']}"
    return str(kind)


def schema_markdown(name: str = "program") -> str:
    """One table per definition of a JSON Schema: key, type, required, meaning."""
    schema = minsheng.json_schema(name)
    lines: list[str] = []
    definitions = [(f"{name} (top level)", schema), *schema.get("$defs", {}).items()]
    for title, definition in definitions:
        properties = definition.get("properties")
        if not properties:
            continue
        required = set(definition.get("required", []))
        rows = [
            [
                _code(key),
                _code(_type(spec)),
                "yes" if key in required else "",
                spec.get("description", ""),
            ]
            for key, spec in properties.items()
        ]
        lines += ["", f"### {title}", ""]
        if definition.get("description"):
            lines += [definition["description"], ""]
        lines += _table(["key", "type", "required", "meaning"], rows)
    return "\n".join(lines[1:])


def units_markdown() -> str:
    """One row per unit of ``minsheng.UNITS``."""
    rows = [
        [
            unit.symbol,
            unit.zh_hant,
            unit.kind.value,
            unit.dimension or "",
            "" if unit.dimension is None else str(unit.factor.normalize()),
            f"{unit.en} / {unit.en_plural}",
            " ".join(unit.either),
        ]
        for unit in minsheng.UNITS.values()
    ]
    headers = ["symbol", "zh-Hant", "kind", "dimension", "factor", "English", "compares with"]
    return "\n".join(_table(headers, rows))


def categories_markdown() -> str:
    """One row per category: its value and how reports name it."""
    # The labels are the report's own; there is no public name for them.
    from minsheng._locale import served  # noqa: PLC0415
    from minsheng._render import CATEGORY_LABELS  # noqa: PLC0415

    rows = [
        [_code(category.value), label, served("zh-Hans").gettext(label)]
        for category, label in CATEGORY_LABELS.items()
    ]
    return "\n".join(_table(["value", "English", "中文"], rows))


GENERATORS: dict[str, Callable[[], str]] = {
    "schema program": schema_markdown,
    "units": units_markdown,
    "categories": categories_markdown,
}
"""Every generated block, by the name its markers give it."""

_BLOCK = re.compile(
    r"(<!-- generated: (?P<name>[\w ]+) -->\n)(?P<body>.*?)(<!-- end generated: (?P=name) -->)",
    re.DOTALL,
)


def regenerate(text: str) -> str:
    """``text`` with every generated block rewritten from the code."""

    def fill(match: re.Match[str]) -> str:
        body = GENERATORS[match.group("name")]()
        return f"{match.group(1)}\n{body}\n\n{match.group(4)}"

    return _BLOCK.sub(fill, text)


def pages() -> list[Path]:
    """The pages that hold generated blocks."""
    return sorted(p for p in DOCS.rglob("*.md") if _BLOCK.search(p.read_text(encoding="utf-8")))


def stale() -> list[Path]:
    """The pages whose generated blocks differ from what the code generates now."""
    return [p for p in pages() if regenerate(t := p.read_text(encoding="utf-8")) != t]


def _check_at_build(app: Sphinx) -> None:
    from sphinx.util import logging  # noqa: PLC0415

    for page in stale():
        logging.getLogger(__name__).warning(
            "%s: generated tables are out of date; run %s", page.relative_to(DOCS), COMMAND
        )
    del app


def setup(app: Sphinx) -> dict[str, Any]:
    """Check, when the docs build, that the committed tables are current."""
    app.connect("builder-inited", _check_at_build)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


def main(argv: list[str] | None = None) -> int:
    """Write or check the generated tables; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", action="store_true", help="rewrite the generated blocks")
    action.add_argument("--check", action="store_true", help="exit 1 if a block is stale")
    args = parser.parse_args(argv)
    if args.write:
        for page in pages():
            page.write_text(regenerate(page.read_text(encoding="utf-8")), encoding="utf-8")
        return 0
    for page in stale():
        sys.stderr.write(f"{page.relative_to(DOCS)}: out of date; run {COMMAND}\n")
    return 1 if stale() else 0


if __name__ == "__main__":
    sys.exit(main())
