"""The unit registry.

Chinese figures come with a *classifier* (量词: 个, 所, 名, 人次, …) or a real
*unit* (公里, 元, 小时, %).  The registry keeps them apart:

- a classifier counts things, and counts of different things never convert
  (人次, person-visits, is not 人, people);
- a physical unit, a currency or a duration converts within its dimension
  (1 天 = 24 小时), never across;
- percent, per mille (‰) and factors (倍) are dimensionless ratios;
- percentage points (个百分点) measure a change of a rate, never a rate.

Units are identified by the symbol that the sources print, so a dataset reads
like its article: ``"unit": "个"``, ``"unit": "公里"``, ``"unit": "%"``.
Magnitude words are not units: 万元 is 元 with a multiplier of 10**4.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Mapping
from decimal import Decimal
from typing import NoReturn

import attrs

from minsheng._context import CONTEXT, WIDE
from minsheng._errors import InvalidValueError, clip
from minsheng._i18n import msg


class UnitKind(enum.Enum):
    """What sort of thing a unit measures."""

    CLASSIFIER = "classifier"
    PHYSICAL = "physical"
    CURRENCY = "currency"
    DURATION = "duration"
    PERCENT = "percent"
    POINTS = "points"
    PERMILLE = "permille"
    FACTOR = "factor"


_CONVERTING = (UnitKind.PHYSICAL, UnitKind.CURRENCY, UnitKind.DURATION)
_SMALLEST_FACTOR = Decimal("0.000001")  # the bounds of a dataset's decimals: 6 places,
_FACTOR_LIMIT = Decimal("1E+20")  # and 20 digits before the point


@attrs.frozen
class Unit:
    """One unit or classifier.

    ``factor`` converts to the first unit registered in the same ``dimension``;
    classifiers have no dimension and never convert.  ``either`` lists the
    classifiers that a disjunctive classifier such as 人（户） may be compared
    with.  A dataset may declare units of its own (``Program.units``) in the
    same form.
    """

    symbol: str
    kind: UnitKind
    en: str
    en_plural: str
    zh_hant: str
    dimension: str | None = None
    factor: Decimal = Decimal(1)
    either: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        # a unit declared with factor 0 made assessment divide by zero
        factor = self.factor
        if isinstance(factor, bool) or not isinstance(factor, Decimal | int):  # never a float
            raise InvalidValueError(
                msg("a unit's factor is a Decimal or an int, not {factor}", factor=repr(factor)),
                at=".factor",
            )
        if not (Decimal(factor).is_finite() and factor > 0):
            raise InvalidValueError(
                msg("a unit's factor must be above 0, not {factor}", factor=self.factor),
                at=".factor",
            )
        if not _SMALLEST_FACTOR <= factor < _FACTOR_LIMIT:
            # as a dataset's file allows: a factor of 10¹⁰⁰ left the tables' ten places
            # past every digit minsheng computes in, and export raised InvalidOperation
            raise InvalidValueError(
                msg(
                    "a unit's factor must be at least {low} and below {high}, not {factor}",
                    low="0.000001",
                    high="10^20",
                    factor=clip(repr(self.factor)),
                ),
                at=".factor",
            )
        if self.kind in _CONVERTING and self.dimension is None:
            raise InvalidValueError(
                msg("a unit of kind {kind} needs a dimension", kind=self.kind.value),
                at=".dimension",
            )

    def comparable_with(self, other: Unit) -> bool:
        """Whether a figure in this unit can be compared with one in ``other``."""
        if self.symbol == other.symbol:
            return True
        if self.dimension is not None:
            return self.dimension == other.dimension
        return other.symbol in self.either or self.symbol in other.either


def units_compare(a: Unit, b: Unit, equivalent: tuple[str, ...] = ()) -> bool:
    """Whether a target in ``a`` and an outcome in ``b`` compare, as assessment compares them.

    They compare where the units do (:meth:`Unit.comparable_with`), or where
    the metric declares both ``equivalent_units``.
    """
    declared = bool(equivalent) and {a.symbol, b.symbol} <= set(equivalent)
    return declared or a.comparable_with(b)


GROWTH_UNITS = ("%", "倍")
"""The units a growth can be in without a baseline: a rate of change, or a factor."""


def _classifier(symbol: str, en: str, en_plural: str, zh_hant: str = "") -> Unit:
    return Unit(symbol, UnitKind.CLASSIFIER, en, en_plural, zh_hant or symbol)


PEOPLE = ("人", "名", "位")
"""The classifiers of people: each compares with the others, and counts no other thing."""


def _person(symbol: str) -> Unit:
    """A classifier of people, which names the others as ``either``."""
    others = tuple(p for p in PEOPLE if p != symbol)
    return Unit(symbol, UnitKind.CLASSIFIER, "person", "people", symbol, either=others)


_ALL: tuple[Unit, ...] = (
    # 个 is the general classifier: it can stand for any classifier of things
    # (2000所 canteens are 2000个), never for people, households or events.
    Unit(
        "个",
        UnitKind.CLASSIFIER,
        "item",
        "items",
        "個",
        either=tuple("所家条台件项座套处辆张间床片"),
    ),
    _classifier("所", "institution", "institutions"),
    _person("名"),  # 培训2000名 and 2235人: the same people
    _person("人"),
    _classifier("人次", "person-time", "person-times"),
    _classifier("户", "household", "households", "戶"),
    _classifier("户次", "household-time", "household-times", "戶次"),
    Unit(
        "人（户）",
        UnitKind.CLASSIFIER,
        "person or household",
        "people or households",
        "人（戶）",
        either=(*PEOPLE, "户"),
    ),
    _classifier("条", "item", "items", "條"),
    _classifier("家", "establishment", "establishments"),
    _classifier("台", "unit", "units", "臺"),
    _classifier("件", "item", "items"),
    _classifier("项", "item", "items", "項"),
    _classifier("期", "session", "sessions"),
    _classifier("场", "event", "events", "場"),
    _classifier("场次", "session", "sessions", "場次"),  # 11场次: not 11场 and a word 次
    _classifier("部", "unit", "units"),  # 电梯42部
    _classifier("口", "unit", "units"),  # 7.4万口山坪塘, 机井30口
    _classifier("架次", "flight", "flights"),
    _classifier("车次", "trip", "trips", "車次"),
    _classifier("班次", "service", "services"),
    _classifier("座", "structure", "structures"),
    _classifier("栋", "building", "buildings", "棟"),
    _classifier("套", "set", "sets"),
    # 保障性租赁住房5万套（间）: flats or rooms, as the national target counts them
    Unit(
        "套（间）",
        UnitKind.CLASSIFIER,
        "flat or room",
        "flats or rooms",
        "套（間）",
        either=("套", "间"),
    ),
    _classifier("次", "time", "times"),
    _classifier("处", "site", "sites", "處"),
    _classifier("辆", "vehicle", "vehicles", "輛"),
    _classifier("张", "sheet", "sheets", "張"),
    _classifier("间", "room", "rooms", "間"),
    _classifier("床", "bed", "beds"),
    _person("位"),
    _classifier("片", "area", "areas"),
    _classifier("棵", "tree", "trees"),
    _classifier("株", "plant", "plants"),
    Unit("公里", UnitKind.PHYSICAL, "km", "km", "公里", "length", Decimal(1)),
    Unit("千米", UnitKind.PHYSICAL, "km", "km", "千米", "length", Decimal(1)),
    Unit("米", UnitKind.PHYSICAL, "m", "m", "米", "length", Decimal("0.001")),
    Unit("平方米", UnitKind.PHYSICAL, "m²", "m²", "平方米", "area", Decimal(1)),
    Unit("平米", UnitKind.PHYSICAL, "m²", "m²", "平米", "area", Decimal(1)),
    Unit("平方公里", UnitKind.PHYSICAL, "km²", "km²", "平方公里", "area", Decimal(10**6)),
    # 集镇区面积1.8平方千米: the standard name of the square kilometre
    Unit("平方千米", UnitKind.PHYSICAL, "km²", "km²", "平方千米", "area", Decimal(10**6)),
    Unit("亩", UnitKind.PHYSICAL, "mu", "mu", "畝", "area", CONTEXT.divide(2000, 3)),
    Unit("公顷", UnitKind.PHYSICAL, "ha", "ha", "公頃", "area", Decimal(10**4)),
    Unit("吨", UnitKind.PHYSICAL, "t", "t", "噸", "mass", Decimal(1)),
    Unit("公斤", UnitKind.PHYSICAL, "kg", "kg", "公斤", "mass", Decimal("0.001")),
    Unit("千克", UnitKind.PHYSICAL, "kg", "kg", "千克", "mass", Decimal("0.001")),
    Unit("斤", UnitKind.PHYSICAL, "jin", "jin", "斤", "mass", Decimal("0.0005")),
    Unit("立方米", UnitKind.PHYSICAL, "m³", "m³", "立方米", "volume", Decimal(1)),
    # air quality: PM2.5平均浓度控制在29微克/立方米以内
    Unit(
        "微克/立方米",
        UnitKind.PHYSICAL,
        "µg/m³",
        "µg/m³",
        "微克/立方米",
        "concentration",
        Decimal(1),
    ),
    Unit(
        "毫克/立方米",
        UnitKind.PHYSICAL,
        "mg/m³",
        "mg/m³",
        "毫克/立方米",
        "concentration",
        Decimal(1000),
    ),
    Unit("元", UnitKind.CURRENCY, "yuan", "yuan", "元", "money", Decimal(1)),
    # Macau patacas never convert into yuan: a dimension of their own
    Unit("澳门元", UnitKind.CURRENCY, "pataca", "patacas", "澳門元", "money-mop", Decimal(1)),
    Unit("千伏", UnitKind.PHYSICAL, "kV", "kV", "千伏", "voltage", Decimal(1)),
    Unit("千伏安", UnitKind.PHYSICAL, "kVA", "kVA", "千伏安", "apparent-power", Decimal(1)),
    Unit("千瓦", UnitKind.PHYSICAL, "kW", "kW", "千瓦", "power", Decimal(1)),
    Unit("千瓦时", UnitKind.PHYSICAL, "kWh", "kWh", "千瓦時", "energy", Decimal(1)),
    Unit("小时", UnitKind.DURATION, "hour", "hours", "小時", "time", Decimal(1)),
    Unit("分钟", UnitKind.DURATION, "minute", "minutes", "分鐘", "time", CONTEXT.divide(1, 60)),
    Unit("秒", UnitKind.DURATION, "second", "seconds", "秒", "time", CONTEXT.divide(1, 3600)),
    Unit("天", UnitKind.DURATION, "day", "days", "天", "time", Decimal(24)),
    Unit("日", UnitKind.DURATION, "day", "days", "日", "time", Decimal(24)),
    Unit("周", UnitKind.DURATION, "week", "weeks", "週", "time", Decimal(168)),
    Unit(
        "个工作日",
        UnitKind.DURATION,
        "working day",
        "working days",
        "個工作日",
        "working-time",
        Decimal(1),
    ),
    Unit("个月", UnitKind.DURATION, "month", "months", "個月", "months", Decimal(1)),
    Unit("个季度", UnitKind.DURATION, "quarter", "quarters", "個季度", "months", Decimal(3)),
    Unit("年", UnitKind.DURATION, "year", "years", "年", "months", Decimal(12)),
    Unit("岁", UnitKind.DURATION, "year of age", "years of age", "歲", "age", Decimal(1)),
    Unit("周岁", UnitKind.DURATION, "year of age", "years of age", "周歲", "age", Decimal(1)),
    # a share in percent or per mille: 0.42% is 4.2‰
    Unit("%", UnitKind.PERCENT, "%", "%", "%", "share", Decimal(1)),
    Unit("个百分点", UnitKind.POINTS, "pp", "pp", "個百分點"),
    Unit("‰", UnitKind.PERMILLE, "‰", "‰", "‰", "share", Decimal("0.1")),
    Unit("倍", UnitKind.FACTOR, "times", "times", "倍"),
)


class _UnitTable(dict[str, Unit]):
    """The library's units: a dict that cannot change, with a short repr.

    A read-only dict rather than a mappingproxy, so that signatures that take
    it as a default (``units=UNITS``) show one line in ``help()``, not 60 units.
    """

    def __repr__(self) -> str:
        return f"<minsheng.UNITS: {len(self)} units>"

    def __reduce__(self) -> tuple[type[_UnitTable], tuple[dict[str, Unit]]]:
        return _UnitTable, (dict(self),)  # a copy or a pickle is built, never changed

    def _read_only(self, *_args: object, **_kwargs: object) -> NoReturn:
        raise TypeError("minsheng.UNITS cannot change: give a program its own units instead")

    def __init__(self, units: dict[str, Unit]) -> None:
        if self:  # UNITS.__init__(x=…) would update it
            self._read_only()
        super().__init__(units)

    __setitem__ = __delitem__ = __ior__ = _read_only
    clear = pop = popitem = setdefault = update = _read_only


UNITS: Mapping[str, Unit] = _UnitTable({u.symbol: u for u in _ALL})
"""Every registered unit and classifier, by the symbol sources print."""
LIBRARY_UNITS = frozenset(UNITS)
"""The symbols of the library's units, for quick membership tests."""
RATES = frozenset(
    u.symbol for u in _ALL if u.kind in (UnitKind.PERCENT, UnitKind.PERMILLE, UnitKind.POINTS)
)
"""The library's rates: %, ‰ and percentage points."""


# The factors that no decimal holds, as the fractions they are: a mu is 2000/3 m²,
# a minute 1/60 hour.  Converting by the rounded factor judged 168 小时 short of
# 7 天 (by 10⁻²⁷), and 60 分钟 met 1 小时 only as the rounding fell.
_FRACTIONS = {
    "亩": (Decimal(2000), Decimal(3)),
    "分钟": (Decimal(1), Decimal(60)),
    "秒": (Decimal(1), Decimal(3600)),
}


@functools.lru_cache(maxsize=1024)
def exact_factor(unit: Unit) -> tuple[Decimal, Decimal]:
    """The unit's factor as a numerator and a denominator, exactly (2000 and 3 for 亩).

    A factor of 28 digits is taken for the quotient it was made as
    (``Decimal(1) / 60``, a program's own unit too) where a fraction of a
    denominator up to a million divides to exactly it.
    """
    factor = Decimal(unit.factor)
    fraction = _FRACTIONS.get(unit.symbol)
    if fraction is not None and factor == CONTEXT.divide(*fraction):
        return fraction
    if len(factor.as_tuple().digits) >= CONTEXT.prec:  # rounded, perhaps: which quotient?
        from fractions import Fraction  # noqa: PLC0415 - only for such a factor

        near = Fraction(factor).limit_denominator(10**6)
        numerator, denominator = Decimal(near.numerator), Decimal(near.denominator)
        if CONTEXT.divide(numerator, denominator) == factor:
            return numerator, denominator
    return factor, Decimal(1)


def in_base(value: Decimal, unit: Unit) -> Decimal:
    """``value`` of ``unit`` in the first unit of its dimension: 180 分钟 is 3 小时, exactly."""
    numerator, denominator = exact_factor(unit)
    return WIDE.divide(WIDE.multiply(value, numerator), denominator)


def convert(value: Decimal, unit: Unit, into: Unit) -> Decimal:
    """``value`` in ``unit``, as an amount of ``into`` (same dimension): 168 小时 is 7 天.

    Exact wherever the amount's decimal ends; where it does not (100 分钟 is
    1.666… 小时), to 60 digits, far closer than any figure's printed place.
    """
    if unit.factor == into.factor:
        return value
    numerator, denominator = exact_factor(unit)
    into_numerator, into_denominator = exact_factor(into)
    scaled = WIDE.multiply(WIDE.multiply(value, numerator), into_denominator)
    return WIDE.divide(scaled, WIDE.multiply(denominator, into_numerator))
