"""The JSON values at the leaves of a dataset, and the strict rules they follow.

Both load paths check leaves by these rules: the converters of
:mod:`minsheng._converters` as cattrs hooks, and the builders of
:mod:`minsheng._build`.  Nothing here imports cattrs, so that a load that the
fast path settles never does.

- decimals are JSON strings (``"197800"``), never JSON numbers, so no float
  ever touches a figure;
- strings, integers, booleans and enum values must have exactly their JSON
  type: ``"2026"`` is not a year and ``null`` is not ``"None"``.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
from collections.abc import Callable
from decimal import Decimal

from minsheng._errors import MAX_SHOWN, clip
from minsheng._i18n import Message, msg
from minsheng._patterns import compiled
from minsheng._quantity import MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS

MAX_NUMBER_LENGTH = 32
"""The longest JSON number token read, in characters; a dataset's integers have a few digits."""

MAX_STRING_LENGTH = 20_000
"""The longest JSON string read (keys included), in characters: a long paragraph is 2,000."""

MAX_VALUES = 200_000
"""How many values (an object's keys and an array's items, at any depth) a dataset may hold.

Kunming 2025 holds about 1,100.  The limit bounds the work of explaining a
file with errors: each value may be one problem, and a file of 6 MB can hold
millions (a reviewer's ``"projects": [1, 1, …]`` took minutes and gigabytes).
"""

# Matched whole (fullmatch); the schema's patterns say the same.
DECIMAL = compiled(
    f"-?(0|[1-9][0-9]{{0,{MAX_INTEGER_DIGITS - 1}}})(\\.[0-9]{{1,{MAX_FRACTION_DIGITS}}})?"
)
DATE = compiled(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class _MismatchError(TypeError):
    """A JSON value of the wrong type or form.

    ``right_type`` says that the value has the JSON type expected but not its
    form: a string that names no member ("done" for a stage), no real date,
    or no decimal.
    """

    def __init__(self, expected: Message, value: object, *, right_type: bool = False) -> None:
        self.expected = expected
        self.found = _describe(value)
        self.right_type = right_type
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


def is_decimal(text: str) -> bool:
    """Whether ``text`` is a decimal string of a dataset: :data:`DECIMAL`, matched whole.

    A non-negative integer (0, 3000) is tested without the pattern, which costs
    more; a test proves that both decide alike.
    """
    if text.isdigit() and text.isascii():
        return len(text) <= MAX_INTEGER_DIGITS and (text[0] != "0" or len(text) == 1)
    return DECIMAL.fullmatch(text) is not None


@functools.cache
def enum_values(cls: type[enum.Enum]) -> dict[object, enum.Enum]:
    """An enum's members by their JSON value."""
    return {member.value: member for member in cls}


def _structure_decimal(value: object, _: type) -> Decimal:
    if not isinstance(value, str) or not is_decimal(value):
        raise _MismatchError(
            msg(
                "a decimal string such as {example}, of at most {digits} digits"
                " and {decimals} decimals",
                example='"19.78"',
                digits=MAX_INTEGER_DIGITS,
                decimals=MAX_FRACTION_DIGITS,
            ),
            value,
            right_type=isinstance(value, str),
        )
    return Decimal(value)


def _structure_date(value: object, _: type) -> dt.date:
    if not isinstance(value, str) or not DATE.fullmatch(value):
        raise _MismatchError(
            msg("a date string such as {example}", example='"2025-12-31"'),
            value,
            right_type=isinstance(value, str),
        )
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _MismatchError(msg("a real calendar date"), value, right_type=True) from None


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    values = enum_values(cls)
    expected = msg("one of {choices}", choices=", ".join(json.dumps(v) for v in values))

    def structure(value: object, _: type) -> enum.Enum:
        if not isinstance(value, str) or value not in values:
            raise _MismatchError(expected, value, right_type=isinstance(value, str))
        return values[value]

    return structure
