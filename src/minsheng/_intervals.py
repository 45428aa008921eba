"""The arithmetic of attainment, on exact intervals of decimals.

An approximate figure stands for an interval (5100余 is [5100, 5200)), a
bound for a half-line (不少于2235名 is [2235, ∞)); a growth figure is a
factor (+100.89% is 2.0089 times).  :mod:`minsheng._assess` judges with
these; nothing here rounds.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from decimal import Decimal

from minsheng._context import CONTEXT
from minsheng._quantity import Comparator, Interval, Quantity
from minsheng._units import Unit, convert


def factor(value: Decimal, unit: str | None, sign: int = 0) -> Decimal:
    """A growth figure as a growth factor; ``sign`` is its phrase's way: 1 up, -1 down, 0 unsaid.

    +100.89% is 2.0089 times and 下降5% 0.95; 翻一番 and 2倍 are 2, but 增加一倍
    (an increase by once the baseline) is 2 and 增长2倍 3.
    """
    if unit == "%":
        return 1 - value / 100 if sign < 0 else 1 + value / 100
    return value if sign == 0 else 1 + sign * value


def scaled(interval: Interval, scale: Callable[[Decimal], Decimal]) -> Interval:
    """The interval with both ends mapped by a monotonic function (a decreasing one swaps them)."""
    low, high = scale(interval.low), scale(interval.high)
    if low > high:
        return Interval(high, low, interval.high_closed, interval.low_closed)
    return Interval(low, high, interval.low_closed, interval.high_closed)


def negated(interval: Interval) -> Interval:
    return scaled(interval, operator.neg)


Test = Callable[[Interval, Decimal], bool]

_INFINITY = Decimal("Infinity")


def one_sided(interval: Interval, comparator: Comparator) -> Interval:
    """The values an outcome stated as a bound stands for: 不少于2235名 is [2235, ∞)."""
    if comparator is Comparator.AT_LEAST:
        return Interval(interval.low, _INFINITY, interval.low_closed, high_closed=False)
    if comparator is Comparator.MORE_THAN:
        return Interval(interval.low, _INFINITY, low_closed=False, high_closed=False)
    if comparator is Comparator.AT_MOST:
        high_closed = interval.high_closed
        return Interval(-_INFINITY, interval.high, low_closed=False, high_closed=high_closed)
    return Interval(-_INFINITY, interval.high, low_closed=False, high_closed=False)


TESTS: dict[Comparator, tuple[Test, Test]] = {
    # comparator: (every value satisfies it, no value does)
    Comparator.AT_LEAST: (
        lambda a, t: a.low >= t,
        lambda a, t: a.high < t or (a.high == t and not a.high_closed),
    ),
    Comparator.MORE_THAN: (
        lambda a, t: a.low > t or (a.low == t and not a.low_closed),
        lambda a, t: a.high <= t,
    ),
    Comparator.AT_MOST: (
        lambda a, t: a.high <= t,
        lambda a, t: a.low > t or (a.low == t and not a.low_closed),
    ),
    Comparator.LESS_THAN: (
        lambda a, t: a.high < t or (a.high == t and not a.high_closed),
        lambda a, t: a.low >= t,
    ),
}


def in_unit_of(
    quantity: Quantity, other: Quantity, units: Mapping[str, Unit]
) -> tuple[Interval, Decimal]:
    """``quantity``'s interval and value in ``other``'s unit, exactly (168 小时 is 7 天)."""
    if quantity.unit == other.unit:
        return quantity.interval, quantity.value
    unit, into = units[quantity.unit or ""], units[other.unit or ""]
    return scaled(quantity.interval, lambda v: convert(v, unit, into)), convert(
        quantity.value, unit, into
    )


_EXACT_DIGITS = 33  # a difference of two figures: 20 digits and 6 places, in units 10⁶ apart


def shown_difference(difference: Decimal) -> Decimal:
    """A difference as the report shows it: exact, or 28 digits where it never ends.

    A difference of two figures ends within 33 digits; one longer comes of a
    conversion that never ends (100 分钟 against 1 小时), and is shown as a
    quotient is.
    """
    exponent = difference.as_tuple().exponent
    if not isinstance(exponent, int) or difference.adjusted() - exponent < _EXACT_DIGITS:
        return difference
    return CONTEXT.plus(difference)


def ratio(actual: Decimal, target: Decimal, *, lower: bool) -> Decimal | None:
    """``actual`` against ``target``; ``None`` for a target of zero, which has no ratio."""
    numerator, denominator = (target, actual) if lower else (actual, target)
    if denominator <= 0 or numerator < 0 or not target:
        return None
    return numerator / denominator


def ratio_interval(actual: Interval, target: Decimal, *, lower: bool) -> Interval | None:
    if lower:
        low = ratio(actual.high, target, lower=True)
        high = ratio(actual.low, target, lower=True)
        low_closed, high_closed = actual.high_closed, actual.low_closed
    else:
        low = ratio(actual.low, target, lower=False)
        high = ratio(actual.high, target, lower=False)
        low_closed, high_closed = actual.low_closed, actual.high_closed
    if low is None or high is None:
        return None
    return Interval(low, high, low_closed, high_closed)
