"""What changed between two versions of a dataset, as JSON paths.

Both programs are compared as the dataset JSON that :func:`minsheng.dumps`
writes, with every field, defaults too: a figure read again as exact shows
its multiplier going to 0, not a multiplier removed.  Lists of things with an
identity are matched by it, not by position:
projects and areas by ``number``, metrics and sources by ``id``, ballot
entries by ``rank``; so inserting a project reports one added project, not
every later one changed.  A path names the item's position in the new
version, or in the old one for what was removed.
"""

from __future__ import annotations

import functools
import json
from typing import TYPE_CHECKING, Any, Literal

import attrs

from minsheng._converters import make_converter
from minsheng._errors import clip
from minsheng._model import Program

if TYPE_CHECKING:
    import cattrs

ChangeKind = Literal["added", "removed", "changed"]

_IDENTITY = {
    "projects": "number",
    "areas": "number",
    "metrics": "id",
    "figures": "id",
    "sources": "id",
    "entries": "rank",
}


@attrs.frozen
class Change:
    """One difference: a value added, removed or changed at a JSON path.

    ``old`` and ``new`` are JSON values as the dataset writes them (decimals
    as strings); ``None`` on the side where the value is absent.
    """

    path: str
    kind: ChangeKind
    old: Any = None
    new: Any = None

    def as_json(self) -> dict[str, Any]:
        """The change as a JSON object."""
        return {"path": self.path, "change": self.kind, "old": self.old, "new": self.new}

    def describe(self) -> str:
        """``~ path: old → new``, ``+ path: new`` or ``- path: old``."""
        if self.kind == "added":
            return f"+ {self.path}: {_show(self.new)}"
        if self.kind == "removed":
            return f"- {self.path}: {_show(self.old)}"
        return f"~ {self.path}: {_show(self.old)} → {_show(self.new)}"


_SHOWN = 200
"""The most characters of a value a line shows: a removed project is a long object.
``--format json`` gives every value whole."""


def _show(value: object) -> str:
    return clip(json.dumps(value, ensure_ascii=False, separators=(",", ":")), _SHOWN)


def _identity(items: list[Any], key: str | None) -> list[Any] | None:
    """The items' identities, if every item has a distinct one."""
    if key is None or not all(isinstance(i, dict) and key in i for i in items):
        return None
    keys = [i[key] for i in items]
    return keys if len(set(map(repr, keys))) == len(keys) else None


def _walk(old: Any, new: Any, paths: tuple[str, str], name: str, out: list[Change]) -> None:  # noqa: ANN401
    """Compare ``old`` and ``new``, where ``paths`` say they are in the new and the old version.

    A removed item's path is its own, the old one: a project that moved from
    the tenth place to the first and lost a metric lost it at
    ``$.projects[9]``, not at ``$.projects[0]``.
    """
    path, old_path = paths
    if isinstance(old, dict) and isinstance(new, dict):
        for key in [*new, *(k for k in old if k not in new)]:
            here, there = f"{path}.{key}", f"{old_path}.{key}"
            if key not in new:
                out.append(Change(there, "removed", old=old[key]))
            elif key not in old:
                out.append(Change(here, "added", new=new[key]))
            else:
                _walk(old[key], new[key], (here, there), key, out)
        return
    if isinstance(old, list) and isinstance(new, list):
        old_keys = _identity(old, _IDENTITY.get(name))
        new_keys = _identity(new, _IDENTITY.get(name))
        if old_keys is not None and new_keys is not None:
            before = {
                repr(k): (i, item) for i, (k, item) in enumerate(zip(old_keys, old, strict=True))
            }
            after = {repr(k) for k in new_keys}
            for i, (k, item) in enumerate(zip(new_keys, new, strict=True)):
                match = before.get(repr(k))
                if match is None:
                    out.append(Change(f"{path}[{i}]", "added", new=item))
                else:
                    _walk(match[1], item, (f"{path}[{i}]", f"{old_path}[{match[0]}]"), "", out)
            for k, (i, item) in before.items():
                if k not in after:
                    out.append(Change(f"{old_path}[{i}]", "removed", old=item))
            return
        for i in range(max(len(old), len(new))):
            if i >= len(new):
                out.append(Change(f"{old_path}[{i}]", "removed", old=old[i]))
            elif i >= len(old):
                out.append(Change(f"{path}[{i}]", "added", new=new[i]))
            else:
                _walk(old[i], new[i], (f"{path}[{i}]", f"{old_path}[{i}]"), "", out)
        return
    if old != new or type(old) is not type(new):
        out.append(Change(path, "changed", old=old, new=new))


def diff(old: Program, new: Program) -> tuple[Change, ...]:
    """Every difference between two versions of a dataset, in document order.

    >>> import attrs, minsheng
    >>> old = minsheng.load("kunming", 2026)
    >>> new = attrs.evolve(old, revision=old.revision + 1)
    >>> [change.path for change in diff(old, new)]
    ['$.revision']
    """
    out: list[Change] = []
    converter = _full_converter()
    _walk(converter.unstructure(old), converter.unstructure(new), ("$", "$"), "", out)
    return tuple(out)


@functools.cache
def _full_converter() -> cattrs.Converter:
    return make_converter(omit_if_default=False)
