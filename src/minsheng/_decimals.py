"""The decimals the tables write: figures exactly, computed values to 10 places.

Every decimal column has one type in every export (Parquet's decimal128(37,
10)), so that the files of several exports read as one table.  A figure fits
it as it is; :func:`computed` writes a metric row's ratio, difference and
attainment to :data:`DECIMAL_PLACES` with :func:`plain`, rounded so that
each keeps the side of 1 or 0 its value is on, and so that the attainment's
ends still hold every ratio the figures allow.
"""

from __future__ import annotations

import decimal
from decimal import Decimal

from minsheng._context import CONTEXT, WIDE
from minsheng._results import MetricResult

DECIMAL_PLACES = 10
"""The decimal places of every decimal column: Parquet's decimal128(37, 10) in every export.

A figure's value and interval ends have at most 21 digits before the point
and 7 after (:data:`~minsheng._quantity.MAX_INTEGER_DIGITS`,
:data:`~minsheng._quantity.MAX_FRACTION_DIGITS` and half a printed place), so
they fit exactly.  Ratios and differences are computed, and are rounded to
this many places in every format: down (a ratio keeps its side of 1, a
difference its side of 0), and an attainment's ends outward, from the
assessment's 28 significant digits (an end that takes all of them first moves
one digit outward, since the division may have rounded it inward).
"""

_PLACE = Decimal(1).scaleb(-DECIMAL_PLACES, CONTEXT)  # at import, in minsheng's context
_ONE = Decimal(1)
_ZERO = Decimal(0)
_LONGEST = DECIMAL_PLACES + 1  # the point and the places after it


def plain(value: Decimal | None, rounding: str = decimal.ROUND_HALF_EVEN) -> Decimal | None:
    """A computed decimal as the tables write it: at most 10 places, no trailing zeros.

    0.8900 is 0.89, 1.000E+4 is 10000, -0 is 0, 0.86666…667 (28 digits) is
    0.8666666667 (half to even, unless ``rounding`` says otherwise).  A value
    below 10⁻⁶ still prints with an exponent (2E-10): it is the same number.
    """
    if value is None:
        return None
    if not value:
        return _ZERO  # -0, 0E-7
    text = str(value)  # cheaper than as_tuple(), which builds a named tuple
    point = text.find(".")
    if "E" not in text and (point < 0 or (text[-1] != "0" and len(text) - point <= _LONGEST)):
        return value  # plain already: the common case, kept cheap
    if not value.is_finite():
        return value  # the model never computes one
    value = value.quantize(_PLACE, rounding=rounding, context=WIDE).normalize(WIDE)
    if not value:
        return _ZERO  # rounded to 0
    if "E+" in str(value):  # normalize wrote 100 as 1E+2
        return value.quantize(_ONE, context=WIDE)
    return value


def computed(result: MetricResult) -> tuple[object, ...]:
    """The attainment's ends and their closedness, the ratio and the difference, as written.

    To :data:`DECIMAL_PLACES` (:func:`plain`); an attainment end that is
    rounded is rounded outward and is open, so that the table's interval holds
    every ratio the figures allow.  Computed once per metric row.
    """
    # down, so that a ratio keeps its side of 1 and a difference its side of 0
    difference = plain(result.difference, decimal.ROUND_FLOOR)
    interval = result.attainment
    if interval is None:
        return (None, None, None, None, plain(result.ratio, decimal.ROUND_FLOOR), difference)
    low = plain(_outward(interval.low, -1), decimal.ROUND_FLOOR)
    # an exact outcome's ratio is both ends: rounded once, where it is short
    ratio = low if result.ratio == interval.low else plain(result.ratio, decimal.ROUND_FLOOR)
    exact = interval.high == interval.low and low == interval.low
    high = low if exact else plain(_outward(interval.high, 1), decimal.ROUND_CEILING)
    return (
        low,
        high,
        interval.low_closed and low == interval.low,
        interval.high_closed and high == interval.high,
        ratio,
        difference,
    )


def _outward(value: Decimal, way: int) -> Decimal:
    """An attainment end as assessed, one digit further ``way`` where it may be rounded.

    Assessment divides to 28 significant digits (:data:`~minsheng._context.CONTEXT`),
    and a quotient that takes all 28 was rounded at the last, perhaps
    toward the inside of the interval; one digit further out, it is on the
    outside of the exact end, where rounding to 10 places outward keeps it.
    A value of fewer digits is exact.
    """
    if len(str(value)) < CONTEXT.prec:  # fewer characters than a rounded quotient's digits
        return value
    _, digits, exponent = value.as_tuple()
    if len(digits) < CONTEXT.prec or not isinstance(exponent, int):
        return value
    return WIDE.add(value, Decimal(way).scaleb(exponent, WIDE))
