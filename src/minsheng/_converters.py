"""The cattrs converters: JSON values to the model and back, with error paths.

This is the only module that registers cattrs hooks.  It is strict:

- decimals are JSON strings (``"197800"``), never JSON numbers, so no float
  ever touches a figure;
- strings, integers, booleans and enum values must have exactly their JSON
  type: ``"2026"`` is not a year and ``null`` is not ``"None"``;
- unknown keys are errors.

Every failure becomes a :class:`~minsheng.Problem` with a JSON path, and all of
a document's problems are reported at once in a :class:`~minsheng.DatasetError`.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import os
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from decimal import Decimal
from types import UnionType
from typing import Any, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from minsheng._errors import DatasetError, InvalidValueError, Problem, problem
from minsheng._i18n import listing, msg, verbatim
from minsheng._migrate import migrate, schema_1_path
from minsheng._model import Program
from minsheng._schemas import SCHEMA_1_ID, SCHEMA_ID
from minsheng._values import (
    _describe,
    _enum_hook,
    _MismatchError,
    _structure_bool,
    _structure_date,
    _structure_decimal,
    _structure_int,
    _structure_str,
)
from minsheng._version import __version__


def _is_optional(cls: Any) -> bool:
    args = get_args(cls)
    return len(args) == 2 and type(None) in args and get_origin(cls) in (UnionType, Union)


def _is_homogeneous_tuple(cls: Any) -> bool:
    args = get_args(cls)
    return get_origin(cls) is tuple and len(args) == 2 and args[1] is Ellipsis


DATA_ERRORS = (
    BaseValidationError,
    ForbiddenExtraKeysError,
    _MismatchError,
    InvalidValueError,
    KeyError,
)
"""What structuring raises for bad data; anything else is a bug in minsheng."""


MAX_ITEMS_EXPLAINED = 100
"""How many items with problems of one array are explained; the rest are counted, not read."""

MAX_ITEMS_EXPLAINED_IN_ALL = 1000
"""How many items with problems a document has explained, in all its arrays.

A file of 600 kB can hold 200,000 empty sources, each missing four keys:
explaining every one took 20 s and 1.4 GB.  Past these bounds an array's
remaining items are one problem (``unexplained``), which says how many.
"""

_BUDGET: ContextVar[list[int] | None] = ContextVar("_BUDGET", default=None)
"""The items with problems still to be explained in this document, where it is bounded."""


class _Unexplained(Exception):  # noqa: N818 - a marker among cattrs' errors, not raised alone
    """The items of an array from here on, left unread once enough had problems."""

    def __init__(self, count: int) -> None:
        super().__init__(count)
        self.count = count


def make_converter(*, detailed: bool = True, omit_if_default: bool = True) -> cattrs.Converter:
    """Build the converter that every minsheng dataset goes through.

    Both variants accept and reject the same documents.  The detailed one
    collects every problem with its path; the other stops at the first, and is
    what loading tries first, since valid files are the common case.
    ``omit_if_default=False`` writes every field, defaults too (for
    :func:`minsheng.diff`, where a change to a default is a change).
    """
    converter = cattrs.Converter(
        detailed_validation=detailed, forbid_extra_keys=True, omit_if_default=omit_if_default
    )
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(Decimal, lambda d: format(d, "f"))
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _enum_hook
    )

    def object_hook(cls: type) -> Callable[[object, type], Any]:
        # cattrs' generated function indexes its argument; check that it is an
        # object first, so that [1] where an object belongs is bad data, not a
        # TypeError from inside cattrs.
        structure: Callable[[Any, Any], Any] = make_dict_structure_fn(
            cls,
            converter,
            _cattrs_forbid_extra_keys=True,
            _cattrs_detailed_validation=detailed,
        )

        def checked(value: object, _: type) -> Any:
            if not isinstance(value, dict):
                raise _MismatchError(msg("a JSON object"), value)
            return structure(value, cls)

        return checked

    converter.register_structure_hook_factory(attrs.has, object_hook)

    def tuple_hook(cls: Any) -> Callable[[object, type], tuple[Any, ...]]:
        element = get_args(cls)[0]
        element_hook = converter.get_structure_hook(element)

        def structure_fast(value: object, _: type) -> tuple[Any, ...]:
            if not isinstance(value, list):
                raise _MismatchError(msg("an array"), value)
            return tuple([element_hook(item, element) for item in value])

        def structure(value: object, _: type) -> tuple[Any, ...]:
            if not isinstance(value, list):
                raise _MismatchError(msg("an array"), value)
            items = []
            errors: list[Exception] = []
            budget = _BUDGET.get()
            for index, item in enumerate(value):
                try:
                    items.append(element_hook(item, element))
                except DATA_ERRORS as exc:
                    exc.add_note(IterableValidationNote(f"@ [{index}]", index, element))
                    errors.append(exc)
                    if budget is not None:
                        budget[0] -= 1
                    spent = budget is not None and budget[0] <= 0
                    after = index + 1
                    if after < len(value) and (spent or len(errors) >= MAX_ITEMS_EXPLAINED):
                        # enough explained: the rest are counted, not read
                        unread = _Unexplained(len(value) - after)
                        unread.add_note(IterableValidationNote(f"@ [{after}]", after, element))
                        errors.append(unread)
                        break
            if errors:
                raise IterableValidationError("invalid items", errors, cls)
            return tuple(items)

        return structure if detailed else structure_fast

    converter.register_structure_hook_factory(_is_homogeneous_tuple, tuple_hook)

    def optional_hook(cls: Any) -> Callable[[object, type], Any]:
        # cattrs dispatches on every call for X | None; bind the inner hook once.
        (inner,) = (arg for arg in get_args(cls) if arg is not type(None))
        inner_hook = converter.get_structure_hook(inner)
        return lambda value, _: None if value is None else inner_hook(value, inner)

    converter.register_structure_hook_factory(_is_optional, optional_hook)
    converter.register_unstructure_hook_factory(
        _is_homogeneous_tuple,
        lambda cls: _list_unstructurer(converter, get_args(cls)[0]),
    )
    return converter


def _list_unstructurer(
    converter: cattrs.Converter, element: Any
) -> Callable[[tuple[Any, ...]], list[Any]]:
    hook = converter.get_unstructure_hook(element)
    return lambda items: [hook(item) for item in items]


CONVERTER = make_converter()
_FAST_CONVERTER = make_converter(detailed=False)


def _problems_from(exc: BaseException, path: str) -> Iterator[Problem]:
    if isinstance(exc, BaseValidationError):
        for sub in exc.exceptions:
            sub_path = path
            for note in getattr(sub, "__notes__", ()):
                if isinstance(note, AttributeValidationNote):
                    sub_path = f"{path}.{note.name}"
                elif isinstance(note, IterableValidationNote):
                    sub_path = f"{path}[{note.index}]"
            yield from _problems_from(sub, sub_path)
    elif isinstance(exc, ForbiddenExtraKeysError):
        # the keys it may have, bounded once for all its unknown ones (an audit's
        # 50,000 unknown keys took 12 s, most of it bounding each one's copy)
        allowed = msg("one of {choices}", choices=listing(_field_names(exc.cl)))
        expected = problem("unknown-key", path, allowed).detail
        for key in sorted(exc.extra_fields):
            found = problem("unknown-key", f"{path}.{key}", msg("unknown key {key}", key=repr(key)))
            yield attrs.evolve(found, expected_detail=expected)
    elif isinstance(exc, KeyError):
        yield problem("missing", path, msg("required key is missing"))
    elif isinstance(exc, _MismatchError):
        # "done" for a stage is a string, as expected, but no stage
        wrong = msg("invalid value") if exc.right_type else msg("wrong type")
        yield problem("type", path, wrong, expected=exc.expected, found=exc.found)
    elif isinstance(exc, InvalidValueError):
        yield problem("value", path + exc.at, exc.detail)
    elif isinstance(exc, _Unexplained):
        reason = msg(
            "{count} items from here on not read: too many before had problems",
            count=exc.count,
        )
        yield problem("unexplained", path, reason)
    else:
        raise exc  # a bug in minsheng, not a problem of the data


def _field_names(cls: type) -> list[str]:
    fields: tuple[Any, ...] = getattr(cls, "__attrs_attrs__", ())
    return [f.name for f in fields]


def structure_program(document: Any, *, file: str | os.PathLike[str] | None = None) -> Program:
    """Turn a decoded JSON document into a :class:`Program`.

    Raises:
        DatasetError: with every problem the document has.

    """
    if not isinstance(document, dict):
        raise DatasetError(
            file=file,
            problems=[
                problem(
                    "type",
                    "$",
                    msg("wrong type"),
                    expected=msg("a JSON object"),
                    found=_describe(document),
                )
            ],
        )
    document = dict(document)
    declared = document.pop("$schema", SCHEMA_ID)
    problems = []
    original = document
    if declared == SCHEMA_1_ID:
        document = migrate(document)
    elif _newer(declared):  # its keys are a later schema's: nothing else can be said of them
        raise DatasetError(
            file=file,
            problems=[
                problem(
                    "value",
                    "$.$schema",
                    msg(
                        "a schema newer than this minsheng {version} reads: upgrade minsheng",
                        version=__version__,
                    ),
                    expected=verbatim(json.dumps(SCHEMA_ID)),
                    found=_describe(declared),
                )
            ],
        )
    elif declared != SCHEMA_ID:
        problems.append(
            problem(
                "value",
                "$.$schema",
                msg("unsupported schema"),
                expected=verbatim(f"{json.dumps(SCHEMA_ID)} or {json.dumps(SCHEMA_1_ID)}"),
                found=_describe(declared),
            )
        )
    try:
        program = _FAST_CONVERTER.structure(document, Program)
    except DATA_ERRORS:
        # The detailed converter explains what the fast one stopped at.
        token = _BUDGET.set([MAX_ITEMS_EXPLAINED_IN_ALL])
        try:
            program = CONVERTER.structure(document, Program)
        except DATA_ERRORS as exc:
            # what was left unread first: a message shows the first hundred problems
            found = sorted(_problems_from(exc, "$"), key=lambda p: p.code != "unexplained")
            if declared == SCHEMA_1_ID:  # in the file's own keys: category, not categories[0]
                found = [attrs.evolve(p, path=schema_1_path(p.path, original)) for p in found]
            problems.extend(found)
            raise DatasetError(file=file, problems=problems) from None
        finally:
            _BUDGET.reset(token)
    if problems:
        raise DatasetError(file=file, problems=problems)
    return program


def _newer(declared: object) -> bool:
    """Whether ``declared`` names a later version of the program schema than :data:`SCHEMA_ID`."""
    prefix, _, version = SCHEMA_ID.rpartition(":")
    if not isinstance(declared, str) or not declared.startswith(prefix + ":"):
        return False
    later = declared.removeprefix(prefix + ":")
    return (
        later.isascii()
        and later.isdigit()
        and not later.startswith("0")  # :03 is no schema's name
        and len(later) < 10
        and int(later) > int(version)
    )


def unstructure_program(program: Program) -> dict[str, Any]:
    """Turn a :class:`Program` into JSON-ready data, declaring the schema."""
    data: dict[str, Any] = {"$schema": SCHEMA_ID}
    data.update(CONVERTER.unstructure(program))
    return data
