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
_RENAMED = compiled(
    r"^\$\.projects\[([0-9]+)\](?:\.(categories)\[0\]|\.metrics\[([0-9]+)\]\.(baselines)\[0\])"
)


def schema_1_path(path: str, document: dict[str, Any]) -> str:
    """The path in the schema-1 ``document`` of a problem found at ``path`` of its migrated copy.

    ``$.projects[0].categories[0]`` is the file's ``$.projects[0].category``,
    where :func:`migrate` renamed it (not where the file has ``categories``).
    """
    found = _RENAMED.match(path)
    if found is None:
        return path
    key = 2 if found[2] else 4  # the group of the renamed key
    old, new = ("category", "categories") if found[2] else ("baseline", "baselines")
    try:
        project = document["projects"][int(found[1])]
        owner = project if found[2] else project["metrics"][int(found[3])]
    except (KeyError, IndexError, TypeError):
        return path
    if not isinstance(owner, dict) or old not in owner or new in owner:
        return path  # the file has the new key itself: its own path
    return f"{path[: found.start(key) - 1]}.{old}{path[found.end() :]}"
