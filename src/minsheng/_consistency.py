"""Consistency of figures with each other, as intervals: parts and wholes, levels.

Components must sum to their whole, and a baseline plus an increment must be
the level.  Approximate figures are intervals (约5000 is [4500, 5500]), so
each sum is an interval too, and a check fails only where the sum and the
figure it should equal share no value.  Each check returns the JSON path and
message of every failure; :mod:`minsheng._semantic` makes them problems.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal

from minsheng._context import CONTEXT, WIDE
from minsheng._i18n import Message, msg
from minsheng._model import Metric, MetricKind
from minsheng._quantity import Interval, Quantity
from minsheng._units import GROWTH_UNITS, Unit, UnitKind, convert

_ROLES = ("target", "actual")


def compared_with(metric: Metric, outcome: Quantity) -> Quantity | None:
    """The figure assessment compares ``outcome`` with as it is, in its own unit.

    That is the target, but for a growth: an outcome in % or 倍 is a growth
    itself, and a level is compared with the metric's one baseline.
    """
    if metric.kind is not MetricKind.GROWTH:
        return metric.target
    return None if outcome.unit in GROWTH_UNITS else metric.baseline


def unit_converter(
    quantity: Quantity, into: Quantity, units: Mapping[str, Unit]
) -> Callable[[Decimal], Decimal] | None:
    """An amount of ``quantity``'s unit in ``into``'s, exactly, where they compare."""
    a, b = units.get(quantity.unit or ""), units.get(into.unit or "")
    if a is None or b is None:
        return None
    if a.symbol == b.symbol or (a.kind is UnitKind.CLASSIFIER and b.kind is UnitKind.CLASSIFIER):
        return _same
    if a.dimension is not None and a.dimension == b.dimension:
        return lambda value: convert(value, a, b)
    return None


def _same(value: Decimal) -> Decimal:
    return value


def _sum(intervals: list[Interval]) -> Interval:
    def total(ends: Iterable[Decimal]) -> Decimal:
        # added in 60 digits, then shown in 28 as a quotient is: parts converted from
        # minutes carry their endless thirds, and 20+20+20 分钟 must be 1 小时
        return CONTEXT.plus(functools.reduce(WIDE.add, ends, Decimal(0)))

    return Interval(
        total(i.low for i in intervals),
        total(i.high for i in intervals),
        all(i.low_closed for i in intervals),
        all(i.high_closed for i in intervals),
    )


def meet(a: Interval, b: Interval) -> bool:
    """Whether two intervals share a value."""
    low, low_closed = max((a.low, a.low_closed), (b.low, b.low_closed), key=lambda e: e[0])
    if a.low == b.low:
        low_closed = a.low_closed and b.low_closed
    high, high_closed = min((a.high, a.high_closed), (b.high, b.high_closed), key=lambda e: e[0])
    if a.high == b.high:
        high_closed = a.high_closed and b.high_closed
    return low < high or (low == high and low_closed and high_closed)


def _scaled(quantity: Quantity, converted: Callable[[Decimal], Decimal]) -> Interval:
    interval = quantity.interval
    return Interval(
        converted(interval.low), converted(interval.high), interval.low_closed, interval.high_closed
    )


def _show(interval: Interval) -> str:
    if interval.is_point:
        return format(interval.low, "f")
    return (
        ("[" if interval.low_closed else "(")
        + f"{interval.low:f}, {interval.high:f}"
        + ("]" if interval.high_closed else ")")
    )


def sums(path: str, metric: Metric, units: Mapping[str, Unit]) -> list[tuple[str, Message]]:
    """Components must sum to their whole: as intervals wherever a figure is approximate."""
    problems = []
    for name in _ROLES:
        whole = getattr(metric, name)
        parts = [getattr(c, name) for c in metric.components]
        if whole is None or not parts or None in parts:
            continue
        factors = [unit_converter(part, whole, units) for part in parts]
        if None in factors:
            continue  # the unit checks report it
        total = _sum([_scaled(p, f) for p, f in zip(parts, factors, strict=True) if f is not None])
        if not meet(total, whole.interval):
            problems.append(
                (
                    f"{path}.{name}",
                    msg(
                        "components sum to {total}, not {whole}",
                        total=_show(total),
                        whole=_show(whole.interval),
                    ),
                )
            )
    return problems


def levels(
    path: str, metric: Metric, increment: Metric, units: Mapping[str, Unit]
) -> list[tuple[str, Message]]:
    """Baseline + increment = level, for the target and the outcome, with intervals."""
    baselines = metric.baselines
    if len(baselines) != 1:
        return []
    (baseline,) = baselines
    problems = []
    for name in _ROLES:
        level, change = getattr(metric, name), getattr(increment, name)
        if level is None or change is None:
            continue
        factors = (unit_converter(baseline, level, units), unit_converter(change, level, units))
        if factors[0] is None or factors[1] is None:
            continue
        total = _sum([_scaled(baseline, factors[0]), _scaled(change, factors[1])])
        if not meet(total, level.interval):
            problems.append(
                (
                    f"{path}.{name}",
                    msg(
                        "baseline {baseline} + increment {change} ({increment})"
                        " is not the level {level}",
                        baseline=_show(baseline.interval),
                        change=_show(change.interval),
                        increment=increment.id,
                        level=_show(level.interval),
                    ),
                )
            )
    return problems
