"""Schema 1 datasets, read as schema 2.

Schema 2 (``urn:minsheng:schema:program:2``) renamed three things that
schema 1 had; everything else only gained optional fields:

- a project's ``category`` became ``categories``, a list;
- a metric's ``baseline`` became ``baselines``, a list;
- the stage ``under-way`` became ``progress``.

:func:`migrate` rewrites a decoded schema-1 document in these terms.  It
changes only what has the expected shape and leaves anything else as it
found it, for the converter to report with its path.  ``minsheng migrate
FILE`` writes the result as a schema-2 file.
"""

from __future__ import annotations

from typing import Any

from minsheng._patterns import compiled


def migrate(document: dict[str, Any]) -> dict[str, Any]:
    """Return a schema-2 copy of the schema-1 ``document`` (without ``$schema``)."""
    migrated = dict(document)
    migrated.pop("$schema", None)
    if migrated.get("stage") == "under-way":
        migrated["stage"] = "progress"
    projects = migrated.get("projects")
    if isinstance(projects, list):
        migrated["projects"] = [_project(project) for project in projects]
    return migrated


def _project(project: object) -> object:
    if not isinstance(project, dict):
        return project
    migrated = dict(project)
    if "category" in migrated and "categories" not in migrated:
        migrated["categories"] = [migrated.pop("category")]
    metrics = migrated.get("metrics")
    if isinstance(metrics, list):
        migrated["metrics"] = [_metric(metric) for metric in metrics]
    return migrated


def _metric(metric: object) -> object:
    if not isinstance(metric, dict) or "baseline" not in metric or "baselines" in metric:
        return metric
    migrated = dict(metric)
    baseline = migrated.pop("baseline")
    if baseline is not None:
        migrated["baselines"] = [baseline]
    return migrated


# a problem found in the migrated document, at the path of the schema-1 file's own key
_RENAMED = compiled(r"\.(categories|baselines)\[0\]")
_SCHEMA_1_KEYS = {"categories": ".category", "baselines": ".baseline"}


def schema_1_path(path: str) -> str:
    """The path in a schema-1 file of a problem found at ``path`` of its migrated copy.

    ``$.projects[0].categories[0]`` is the file's ``$.projects[0].category``.
    """
    return _RENAMED.sub(lambda m: _SCHEMA_1_KEYS[m[1]], path)
