"""Whether a target and its outcome count per the same denominators.

每人每月600元 and 每人每年650元 share an amount (one) but not a period;
每人每年 and 年人均 are the same two denominators in another order, 日 and 天
the same period, 名 and 人 the same people.  The parser keeps a period that is
a registered unit (年, 日, 天, 周) as the denominator's ``unit`` and one that is
not (月, 季度, 学期) as its ``subject``: both are periods here.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from minsheng._context import WIDE
from minsheng._quantity import Per
from minsheng._units import PEOPLE, UNITS, Unit, in_base


def _period(symbol: str, times: int = 1) -> tuple[str, Unit | None, int]:
    """A registered unit of time as a period: its dimension, the unit and how many of it."""
    unit = UNITS[symbol]
    assert unit.dimension is not None  # noqa: S101 - every unit of time has one
    return unit.dimension, unit, times


# A period in its dimension and a unit of it (每季度 is 3 months, 每周 168 hours): the
# registry's units of time, and the words the parser keeps as subjects (月, 季度, 星期)
_PERIODS: dict[str, tuple[str, Unit | None, int]] = {
    **{
        symbol: _period(symbol) for symbol in ("年", "个月", "周", "日", "天", "小时", "分钟", "秒")
    },
    "月": _period("个月"),
    "季度": _period("个月", 3),
    "季": _period("个月", 3),
    "星期": _period("周"),
    "学期": ("term", None, 1),
}
# the classifiers of people, and the words that name people with none (每人, 千人口)
_PEOPLE_UNITS = frozenset(PEOPLE)
_PEOPLE = frozenset(("人", "人口"))
# a classifier that only counts its subject (每个学生, 每千名常住人口, 每所学校)
_GENERAL = frozenset(("个", "名", "位", "所", "家"))


class Denominator(NamedTuple):
    """One denominator as compared: its amount, period or what it counts, and how named.

    ``counted`` is a period's dimension, a physical unit's dimension (with
    ``amount`` in the dimension's unit: 每1000米 and 每千米 are one
    kilometre), or the thing counted: 人 for people however printed (每人,
    每千名, 每千人口), else the subject after a general classifier
    (每千名常住人口 counts 常住人口), else the unit (户, 床) or the subject.
    ``by_unit`` is true where a registered unit other than a person's names
    it (每千户): another thing, not another wording.
    """

    amount: Decimal
    counted: str
    period: bool
    by_unit: bool
    printed: str = ""
    """The denominator as the dataset has it (1000名常住人口), for messages."""


def denominator(per: Per) -> Denominator:
    """How ``per`` is compared with another denominator."""
    unit, subject = per.unit, per.subject
    shown = "" if per.amount == 1 else f"{per.amount:f}"  # 每名学生, not 每1名学生
    printed = f"{shown}{unit or ''}{subject or ''}"
    for word in (unit, subject):
        if word in _PERIODS:
            dimension, period, times = _PERIODS[word]
            # exactly: 每180分钟 is 每3小时, which a factor of 1/60, rounded, missed
            amount = WIDE.multiply(per.amount, times)
            if period is not None:
                amount = in_base(amount, period)
            return Denominator(amount, dimension, period=True, by_unit=False)
    physical = UNITS.get(unit or "")
    if physical is not None and physical.dimension is not None and subject is None:
        # 每千米, 每1000米, 每公里: one kilometre; 元/千瓦时
        amount = in_base(per.amount, physical)
        return Denominator(amount, physical.dimension, period=False, by_unit=True)
    if (unit in _PEOPLE_UNITS and subject is None) or (unit is None and subject in _PEOPLE):
        return Denominator(per.amount, "人", period=False, by_unit=False, printed=printed)
    if subject is not None and (unit is None or unit in _GENERAL):
        return Denominator(per.amount, subject, period=False, by_unit=False, printed=printed)
    return Denominator(per.amount, unit or "", period=False, by_unit=True)


def _sorted(per: tuple[Per, ...]) -> list[Denominator]:
    return sorted(map(denominator, per), key=lambda d: (d.period, d.amount, d.counted))


def compare_denominators(
    target: tuple[Per, ...], actual: tuple[Per, ...]
) -> tuple[bool, list[tuple[str, str]]]:
    """Whether the denominators differ, and the wordings that may name one population.

    They differ where their amounts or periods differ, in any order, or
    where what they count differs and a unit names it on either side (per
    1,000 households against per 1,000 people).  Two subjects that differ
    (常住人口, 人口) are returned as pairs: the same population, perhaps.
    """
    if not target and not actual:
        return False, []
    mine, theirs = _sorted(target), _sorted(actual)
    if len(mine) != len(theirs):
        return True, []
    wordings = []
    for a, b in zip(mine, theirs, strict=True):
        if a.amount != b.amount or a.period != b.period:
            return True, []
        if a.counted == b.counted:
            continue
        if a.period or a.by_unit or b.by_unit:
            return True, []
        wordings.append((a.printed, b.printed))
    return False, wordings
