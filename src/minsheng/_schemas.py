"""The JSON Schemas minsheng ships: one for datasets, one for reports.

They live in the top-level ``schema/`` folder, the source of truth, which the
wheel carries as ``minsheng/schema``.
"""

from __future__ import annotations

import json
from typing import Any

from minsheng._errors import InvalidValueError, clip, expect
from minsheng._i18n import msg
from minsheng._resources import shipped

SCHEMA_ID = "urn:minsheng:schema:program:2"
"""The ``$id`` of the dataset schema, which datasets name in ``$schema``."""

SCHEMA_1_ID = "urn:minsheng:schema:program:1"
"""The first dataset schema, which still loads: see :mod:`minsheng._migrate`."""

REPORT_SCHEMA_ID = "urn:minsheng:schema:report:2"
"""The ``$id`` of the report schema, which JSON reports name in ``$schema``."""

SCHEMA_NAMES = ("program", "report")
"""The shipped schemas, by name."""


def schema_text(name: str = "program") -> str:
    """Return the text of a shipped JSON Schema: ``program`` or ``report``."""
    expect(name, str, "name", "json_schema")
    if name not in SCHEMA_NAMES:
        raise InvalidValueError(
            msg("no schema named {name}; use 'program' or 'report'", name=clip(repr(name)))
        )
    return (shipped("schema") / f"{name}.schema.json").read_text(encoding="utf-8")


def json_schema(name: str = "program") -> dict[str, Any]:
    """Return a shipped JSON Schema (draft 2020-12) as a dict.

    ``program`` describes datasets; ``report`` describes ``minsheng report
    --format json``.

    Raises:
        ArgumentError: ``name`` is no string.
        InvalidValueError: ``name`` is not a schema minsheng has.

    """
    schema: dict[str, Any] = json.loads(schema_text(name))
    return schema
