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
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
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

from minsheng._errors import MAX_SHOWN, DatasetError, InvalidValueError, Problem, clip, problem
from minsheng._i18n import Message, msg, verbatim
from minsheng._migrate import migrate
from minsheng._model import Program
from minsheng._quantity import MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS
from minsheng._schemas import SCHEMA_1_ID, SCHEMA_ID

# Matched whole (fullmatch); the schema's patterns say the same.
DECIMAL = re.compile(
    f"-?(0|[1-9][0-9]{{0,{MAX_INTEGER_DIGITS - 1}}})(\\.[0-9]{{1,{MAX_FRACTION_DIGITS}}})?"
)
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class _MismatchError(TypeError):
    """A JSON value of the wrong type or form."""

    def __init__(self, expected: Message, value: object) -> None:
        self.expected = expected
        self.found = _describe(value)
        super().__init__(f"expected {expected}, found {self.found}")


def _describe(value: object) -> str:
    """Show a JSON value as JSON, shortened: words would need translating."""
    if isinstance(value, list):
        return "[…]"
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, Decimal):
        # 1e999999999 in full is a billion characters: show short numbers in
        # full and others as Python writes them, with an exponent.
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and abs(exponent) <= MAX_SHOWN:
            return clip(format(value, "f"))
        return clip(str(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return clip(str(value))  # read_json bounds the digits, so str is cheap
    if isinstance(value, str):
        return clip(json.dumps(value[: MAX_SHOWN + 1], ensure_ascii=False), MAX_SHOWN + 2)
    return clip(json.dumps(value, ensure_ascii=False))


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise _MismatchError(msg("a string"), value)
    return value


def _structure_int(value: object, _: type) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _MismatchError(msg("an integer"), value)
    return value


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise _MismatchError(msg("true or false"), value)
    return value


def _structure_decimal(value: object, _: type) -> Decimal:
    if not isinstance(value, str) or not DECIMAL.fullmatch(value):
        raise _MismatchError(
            msg(
                "a decimal string such as {example}, of at most {digits} digits"
                " and {decimals} decimals",
                example='"19.78"',
                digits=MAX_INTEGER_DIGITS,
                decimals=MAX_FRACTION_DIGITS,
            ),
            value,
        )
    return Decimal(value)


def _structure_date(value: object, _: type) -> dt.date:
    if not isinstance(value, str) or not DATE.fullmatch(value):
        raise _MismatchError(msg("a date string such as {example}", example='"2025-12-31"'), value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _MismatchError(msg("a real calendar date"), value) from None


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    values = {member.value: member for member in cls}
    expected = msg("one of {choices}", choices=", ".join(json.dumps(v) for v in values))

    def structure(value: object, _: type) -> enum.Enum:
        if not isinstance(value, str) or value not in values:
            raise _MismatchError(expected, value)
        return values[value]

    return structure


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


def make_converter(*, detailed: bool = True) -> cattrs.Converter:
    """Build the converter that every minsheng dataset goes through.

    Both variants accept and reject the same documents.  The detailed one
    collects every problem with its path; the other stops at the first, and is
    what loading tries first, since valid files are the common case.
    """
    converter = cattrs.Converter(
        detailed_validation=detailed, forbid_extra_keys=True, omit_if_default=True
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
            errors = []
            for index, item in enumerate(value):
                try:
                    items.append(element_hook(item, element))
                except DATA_ERRORS as exc:
                    exc.add_note(IterableValidationNote(f"@ [{index}]", index, element))
                    errors.append(exc)
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
        for key in sorted(exc.extra_fields):
            yield problem(
                "unknown-key",
                f"{path}.{key}",
                msg("unknown key {key}", key=repr(key)),
                expected=msg("one of {choices}", choices=", ".join(_field_names(exc.cl))),
            )
    elif isinstance(exc, KeyError):
        yield problem("missing", path, msg("required key is missing"))
    elif isinstance(exc, _MismatchError):
        yield problem("type", path, msg("wrong type"), expected=exc.expected, found=exc.found)
    elif isinstance(exc, InvalidValueError):
        yield problem("value", path, exc.detail)
    else:
        raise exc  # a bug in minsheng, not a problem of the data


def _field_names(cls: type) -> list[str]:
    fields: tuple[Any, ...] = getattr(cls, "__attrs_attrs__", ())
    return [f.name for f in fields]


def structure_program(document: Any, *, file: str | Path | None = None) -> Program:
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
    if declared == SCHEMA_1_ID:
        document = migrate(document)
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
        try:
            program = CONVERTER.structure(document, Program)
        except DATA_ERRORS as exc:
            problems.extend(_problems_from(exc, "$"))
            raise DatasetError(file=file, problems=problems) from None
    if problems:
        raise DatasetError(file=file, problems=problems)
    return program


def unstructure_program(program: Program) -> dict[str, Any]:
    """Turn a :class:`Program` into JSON-ready data, declaring the schema."""
    data: dict[str, Any] = {"$schema": SCHEMA_ID}
    data.update(CONVERTER.unstructure(program))
    return data
