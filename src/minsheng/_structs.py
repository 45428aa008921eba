"""msgspec struct types of the model, so that the ``fast`` extra decodes and checks in one pass.

With the ``fast`` extra, loading decodes a file with msgspec straight into the
structs defined here, rather than into dicts: msgspec then checks, in C, what
the builders of plain data check in Python (each value's JSON type, each
string's length, each integer's bounds, each enum's value, and that no object
has a key its class lacks).  The builders of :mod:`minsheng._build` turn the
structs into the model's objects, converting decimals and dates and running
the model's validators.  A document msgspec refuses goes to the explaining
path, so these types need only be at least as strict as it.

msgspec keeps the last of two repeated keys, as :func:`json.loads` does; an
absent key holds :data:`minsheng._generate._MISSING`, so that the builders count
the keys present and the count of keys in the text finds the repeated ones.

:mod:`minsheng._settle` imports this module when it first decodes with
msgspec; :func:`minsheng._build.build` looks for it in ``sys.modules`` rather
than import it, so that a document :func:`json.loads` decoded to no dict
(``[]``) never imports msgspec.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from decimal import Decimal
from typing import Annotated, Any, Literal, get_args, get_origin

import attrs
import msgspec

from minsheng._generate import _MISSING, INT_BOUNDS, _inner, _is_optional
from minsheng._model import Program
from minsheng._schemas import SCHEMA_ID
from minsheng._values import MAX_STRING_LENGTH

_STRING = Annotated[str, msgspec.Meta(max_length=MAX_STRING_LENGTH)]

# msgspec bounds integers within 64 bits only: these are within INT_BOUNDS,
# and an integer between them and INT_BOUNDS (no dataset has one) goes to the
# explaining path.
_INTEGER = Annotated[
    int,
    msgspec.Meta(ge=max(INT_BOUNDS[0] + 1, -(2**63)), le=min(INT_BOUNDS[1] - 1, 2**63 - 1)),
]

SCHEMA_FIELD = "dollar_schema"
"""The struct field of a program's ``$schema`` key, which the model has no field for."""


def _json_type(tp: Any, structs: dict[type, Any]) -> Any:  # noqa: ANN401 - typing forms
    """The type msgspec decodes a JSON value of the model type ``tp`` as."""
    if _is_optional(tp):
        return _json_type(_inner(tp), structs) | None
    if get_origin(tp) is tuple:
        return list[_json_type(get_args(tp)[0], structs)]  # type: ignore[misc]
    if tp in (str, Decimal, dt.date):  # the builders read decimals and dates from strings
        return _STRING
    if tp is bool:
        return bool
    if tp is int:
        return _INTEGER
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp  # msgspec decodes a member from its value, as enum_values has it
    if isinstance(tp, type) and attrs.has(tp):
        return _struct(tp, structs)
    raise NotImplementedError(tp)


def _struct(cls: type, structs: dict[type, Any]) -> Any:  # noqa: ANN401 - a made class
    if cls not in structs:
        fields = attrs.fields(cls)
        required: list[Any] = [
            (field.name, _json_type(field.type, structs))
            for field in fields
            if field.default is attrs.NOTHING
        ]
        optional = [
            (field.name, _json_type(field.type, structs), _MISSING)
            for field in fields
            if field.default is not attrs.NOTHING
        ]
        if cls is Program:
            if SCHEMA_FIELD in attrs.fields_dict(cls):
                raise TypeError(f"Program has a field {SCHEMA_FIELD}, which the struct uses")
            schema = msgspec.field(default=_MISSING, name="$schema")
            optional.append((SCHEMA_FIELD, Literal[SCHEMA_ID], schema))
        # gc=False: a struct holds no cycle, and lives only while its object is built
        structs[cls] = msgspec.defstruct(
            f"{cls.__name__}Struct",
            required + optional,
            forbid_unknown_fields=True,
            gc=False,
            module=__name__,
        )
    return structs[cls]


@functools.cache
def program_struct() -> type[msgspec.Struct]:
    """The struct type that the ``fast`` extra decodes a dataset file as."""
    struct: type[msgspec.Struct] = _struct(Program, {})
    return struct
