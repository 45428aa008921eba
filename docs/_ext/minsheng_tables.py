"""Tables generated from minsheng itself, so the docs cannot drift from the code.

- ``{minsheng-schema} program`` renders a JSON Schema as one table per definition;
- ``{minsheng-units}`` renders the unit registry.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from docutils import nodes
from docutils.parsers.rst import Directive

import minsheng

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def _table(headers: list[str], rows: list[list[str]]) -> nodes.table:
    table = nodes.table()
    group = nodes.tgroup(cols=len(headers))
    table += group
    for _ in headers:
        group += nodes.colspec(colwidth=1)
    head = nodes.thead()
    group += head
    body = nodes.tbody()
    group += body
    for section, cells in ((head, headers), *((body, row) for row in rows)):
        row_node = nodes.row()
        for cell in cells:
            entry = nodes.entry()
            entry += nodes.paragraph(text=cell)
            row_node += entry
        section.append(row_node)
    return table


def _type(spec: dict[str, Any]) -> str:
    if "$ref" in spec:
        return spec["$ref"].rsplit("/", 1)[-1]
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


class SchemaDirective(Directive):
    """Render one of minsheng's JSON Schemas as tables."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        """Build a section per definition, each with a table of its properties."""
        schema = minsheng.json_schema(self.arguments[0])
        result: list[nodes.Node] = []
        definitions = [("(top level)", schema), *schema.get("$defs", {}).items()]
        for name, definition in definitions:
            properties = definition.get("properties")
            if not properties:
                continue
            required = set(definition.get("required", []))
            rows = [
                [
                    key,
                    _type(spec),
                    "yes" if key in required else "",
                    spec.get("description", ""),
                ]
                for key, spec in properties.items()
            ]
            result.append(nodes.rubric(text=name))
            if definition.get("description"):
                result.append(nodes.paragraph(text=definition["description"]))
            result.append(_table(["key", "type", "required", "meaning"], rows))
        return result


class UnitsDirective(Directive):
    """Render the unit registry as a table."""

    def run(self) -> list[nodes.Node]:
        """Build one row per registered unit."""
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
        return [_table(headers, rows)]


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the directives."""
    app.add_directive("minsheng-schema", SchemaDirective)
    app.add_directive("minsheng-units", UnitsDirective)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
