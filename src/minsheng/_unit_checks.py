"""Units in the semantic checks: kinds, dimensions, classifiers and denominators.

Which unit kinds a metric's kind allows, whether two units compare as they
are (validate) and as assessment compares them (:func:`incomparable_problems`),
and whether target and outcome count per the same denominator.
:mod:`minsheng._semantic` runs these on every metric.
"""

from __future__ import annotations

from collections.abc import Mapping

from minsheng._consistency import compared_with
from minsheng._denominators import compare_denominators
from minsheng._errors import Problem
from minsheng._i18n import msg, verbatim
from minsheng._issues import issue as _issue
from minsheng._model import Metric, MetricKind
from minsheng._phrases import names_a_denominator, show_per
from minsheng._quantity import Approximation, Comparator, Quantity
from minsheng._units import GROWTH_UNITS, PEOPLE, Unit, UnitKind, units_compare

_ALLOWED: Mapping[MetricKind, tuple[UnitKind, ...]] = {
    MetricKind.COUNT: (UnitKind.CLASSIFIER,),
    MetricKind.PHYSICAL: (UnitKind.PHYSICAL,),
    MetricKind.MONEY: (UnitKind.CURRENCY,),
    MetricKind.DURATION: (UnitKind.DURATION,),
    MetricKind.RATE: (UnitKind.PERCENT, UnitKind.POINTS, UnitKind.PERMILLE),  # 婴儿死亡率5‰
}
"""The unit kinds each metric kind's figures may have; kinds not listed take any."""

_NON_NEGATIVE = (
    UnitKind.CLASSIFIER,
    UnitKind.PHYSICAL,
    UnitKind.CURRENCY,
    UnitKind.DURATION,
)
_RATES = (UnitKind.PERCENT, UnitKind.POINTS)


def _past_all(share: Quantity) -> bool:
    """Whether a share in % says more than the whole: 120%, 95—105%, 超过100%, 100余%."""
    if share.value > 100 or (share.upper is not None and share.upper > 100):
        return True
    return share.value == 100 and (
        share.comparator is Comparator.MORE_THAN or share.approximation is Approximation.MORE_THAN
    )


def _disjunction_covers(unit: Unit, other: Unit) -> bool:
    """Whether ``unit`` is a disjunctive classifier, as 人（户）, one of whose parts is ``other``.

    A part is ``other`` or one it names as its own either: 名 is 人 of 人（户）.
    个, whose ``either`` lists what it may count (所, 家), names no part.
    """
    return other.symbol in unit.either and any(
        part in unit.symbol for part in (other.symbol, *other.either)
    )


def _relation(a: Unit, b: Unit, equivalent: tuple[str, ...]) -> str | None:
    """``None`` where the units compare as they are; else the code of what is wrong."""
    if a.symbol == b.symbol or (a.kind in _RATES and b.kind in _RATES):
        return None
    if a.kind is UnitKind.CLASSIFIER and b.kind is UnitKind.CLASSIFIER:
        if {a.symbol, b.symbol} <= set(equivalent):
            return None
        if _disjunction_covers(a, b) or _disjunction_covers(b, a):
            return None
        if a.symbol in b.either and b.symbol in a.either:
            return None  # 名 and 人: each names the other, the same people
        return "classifier-mismatch"
    if a.dimension is not None and a.dimension == b.dimension:
        return None
    if (
        a.kind is UnitKind.DURATION
        and b.kind is UnitKind.DURATION
        and "age"
        not in (
            a.dimension,
            b.dimension,
        )
    ):
        # 4小时 against 1个工作日, 60天 against 3个月: durations that do not convert,
        # which `incomparable` and assessment (undetermined) say, but no error (an
        # age, 65岁, is no duration)
        return None
    return "unit-mismatch"


def _denominator_mismatch(path: str, target: Quantity, actual: Quantity) -> Problem:
    return _issue(
        "denominator-mismatch",
        f"{path}.actual.per",
        msg("the outcome's denominator is not the target's"),
        expected=verbatim(show_per(target.per)),
        found=show_per(actual.per),
    )


def denominator_problems(path: str, target: Quantity, actual: Quantity) -> list[Problem]:
    differ, wordings = compare_denominators(target.per, actual.per)
    if differ:
        return [_denominator_mismatch(path, target, actual)]
    return [
        _issue(
            "denominator-wording",
            f"{path}.actual.per",
            msg(
                "the target counts per {mine} and the outcome per {theirs}: the same population?",
                mine=mine,
                theirs=theirs,
            ),
        )
        for mine, theirs in wordings
    ]


# What classifiers of people and households count: never one another's, nor
# things' (个 never counts people)
_COUNTED = {
    **dict.fromkeys(PEOPLE, "people"),
    "户": "households",
    "人（户）": "people-or-households",  # either, as it says
}
# counts of times: 2235人次 are visits, 30车次 trips, never people or vehicles (场次, the
# sessions of 场, counts events, as 场 does)
_TIMES = frozenset(
    ("人次", "户次", "车次", "架次", "班次", "台次", "批次", "趟次", "列次", "艘次", "次")
)


def equivalence_problems(path: str, metric: Metric, units: Mapping[str, Unit]) -> list[Problem]:
    """``equivalent_units`` that pair classifiers of different things, or no classifiers.

    人次 counts visits, not people: no metric makes 2235人次 the 2235名 a
    target pledged; and 元 or 公里 counts no things at all.
    """
    declared = [units[s] for s in metric.equivalent_units if s in units]
    groups = {_COUNTED.get(u.symbol, "things") for u in declared}
    if any(u.kind is not UnitKind.CLASSIFIER for u in declared):
        reason = msg("only classifiers count the same things")
    elif len({u.symbol for u in declared}) < 2:
        return []
    elif any(u.symbol in _TIMES for u in declared):
        reason = msg("a count of times (人次, 车次) is never a count of anything else")
    elif len(groups - {"people-or-households"}) > 1 or groups == {
        "people-or-households",
        "things",
    }:
        reason = msg("people, households and things are never the same")
    else:
        return []
    return [
        _issue(
            "equivalent-units",
            f"{path}.equivalent_units",
            msg(
                "{units} cannot be declared equivalent: {reason}",
                units=" ".join(metric.equivalent_units),
                reason=reason,
            ),
        )
    ]


def figure_roles(metric: Metric, path: str) -> list[tuple[str, Quantity]]:
    """Every figure of the metric in the metric's own unit, with its path.

    ``progress`` (percent complete) is not among them: it is always in %.
    """
    roles = []
    if metric.target is not None:
        roles.append((path + ".target", metric.target))
    if metric.actual is not None:
        roles.append((path + ".actual", metric.actual))
    if metric.estimate is not None:
        roles.append((path + ".estimate", metric.estimate))
    for i, quantity in enumerate(metric.baselines):
        roles.append((f"{path}.baselines[{i}]", quantity))
    for i, quantity in enumerate(metric.alternatives):
        roles.append((f"{path}.alternatives[{i}]", quantity))
    for c, component in enumerate(metric.components):
        if component.target is not None:
            roles.append((f"{path}.components[{c}].target", component.target))
        if component.actual is not None:
            roles.append((f"{path}.components[{c}].actual", component.actual))
    return roles


def incomparable_problems(
    path: str, metric: Metric, units: Mapping[str, Unit], known: list[Problem]
) -> list[Problem]:
    """Outcomes in a unit that the figure assessment compares them with does not compare with.

    Validate lets % and 个百分点 stand together (both are rates, and a baseline
    may be in either), but assessment compares an outcome with the target, or
    a growth's level with its baseline, as they are (:func:`compared_with`).
    Where another problem already names the outcome's unit, it says it.
    """
    problems: list[Problem] = []
    if metric.actual is None:
        return problems
    outcomes = [("actual", metric.actual)]
    if metric.alternatives:
        outcomes += [(f"alternatives[{i}]", a) for i, a in enumerate(metric.alternatives)]
    for where, outcome in outcomes:
        other = compared_with(metric, outcome)
        if other is None or other.unit == outcome.unit:
            continue  # nearly always: one unit compares with itself
        at = f"{path}.{where}.unit"
        if any(p.path == at for p in known):
            continue
        mine, theirs = units.get(other.unit or ""), units.get(outcome.unit or "")
        if mine is None or theirs is None or units_compare(mine, theirs, metric.equivalent_units):
            continue  # a unit not registered, or none: reference_problems and assessment say so
        problems.append(
            _issue(
                "incomparable",
                at,
                (
                    msg(
                        "{unit} does not compare with the target's {reference}:"
                        " assessment cannot decide the metric",
                        unit=theirs.symbol,
                        reference=mine.symbol,
                    )
                    if other is metric.target
                    else msg(
                        "{unit} does not compare with the baseline's {reference}:"
                        " assessment cannot decide the growth",
                        unit=theirs.symbol,
                        reference=mine.symbol,
                    )
                ),
            )
        )
    return problems


def unit_problems(
    roles: list[tuple[str, Quantity]],
    metric: Metric,
    units: Mapping[str, Unit],
    equivalent: tuple[str, ...],
) -> list[Problem]:
    """Figures whose units contradict the metric's kind, or each other.

    ``roles`` are the metric's figures as :func:`figure_roles` gives them.
    """
    problems = []
    allowed = _ALLOWED.get(metric.kind)
    reference = metric.target or metric.actual
    reference_unit = None if reference is None else units.get(reference.unit or "")
    growth_level = metric.kind is MetricKind.GROWTH
    for where, quantity in roles:
        unit = units.get(quantity.unit or "")
        if unit is None:
            continue  # reference_problems reports unregistered units
        if allowed is not None and unit.kind not in allowed:
            problems.append(
                _issue(
                    "kind-unit",
                    f"{where}.unit",
                    msg(
                        "a {kind} metric cannot be measured in {unit}",
                        kind=metric.kind.value,
                        unit=unit.symbol,
                    ),
                    expected=msg(
                        "a unit of kind {kinds}", kinds=", ".join(k.value for k in allowed)
                    ),
                    found=unit.kind.value,
                )
            )
            continue
        if unit.kind in _NON_NEGATIVE and quantity.value < 0:
            problems.append(
                _issue(
                    "negative",
                    f"{where}.value",
                    msg("a figure in {unit} cannot be negative", unit=unit.symbol),
                    found=format(quantity.value, "f"),
                )
            )
        if (
            metric.kind is MetricKind.GROWTH
            and unit.kind is UnitKind.PERCENT
            and quantity.value < -100
        ):
            problems.append(
                _issue(
                    "negative",
                    f"{where}.value",
                    msg("a fall of more than 100% leaves less than nothing"),
                    found=f"{quantity.value:f}%",
                )
            )
        if metric.kind is MetricKind.RATE and unit.kind is UnitKind.PERCENT and quantity.value < 0:
            problems.append(
                _issue(
                    "negative",
                    f"{where}.value",
                    msg("a rate is a share of a whole: at least 0%"),
                    found=f"{quantity.value:f}%",
                )
            )
        if metric.kind is MetricKind.RATE and unit.kind is UnitKind.PERCENT and _past_all(quantity):
            problems.append(
                _issue(
                    "share-over-100",
                    f"{where}.value",
                    msg("a rate is a share of a whole: at most 100%"),
                    # (超过100%: more than the whole, which its value alone does not say)
                    found=repr(quantity.phrase) if quantity.phrase else f"{quantity.value:f}%",
                )
            )
        if reference_unit is None or quantity is reference or unit is reference_unit:
            continue  # a unit compares with itself (_relation)
        skip = growth_level and (
            quantity.unit in GROWTH_UNITS
            or (reference is not None and reference.unit in GROWTH_UNITS)
        )
        if not skip:
            code = _relation(reference_unit, unit, equivalent)
            if code is not None:
                problems.append(
                    _issue(
                        code,
                        f"{where}.unit",
                        (
                            # the target's unit where there is one: either may be wrong
                            msg(
                                "{unit} does not compare with the target's {reference}",
                                unit=unit.symbol,
                                reference=reference_unit.symbol,
                            )
                            if reference is metric.target
                            else msg(
                                "{unit} does not compare with the outcome's {reference}",
                                unit=unit.symbol,
                                reference=reference_unit.symbol,
                            )
                        )
                        if code == "unit-mismatch"
                        else msg(
                            "{unit} counts other things than the metric's {reference};"
                            " declare them in equivalent_units if they are the same",
                            unit=unit.symbol,
                            reference=reference_unit.symbol,
                        ),
                    )
                )
    return problems


def whole_count_problems(
    roles: list[tuple[str, Quantity]], metric: Metric, units: Mapping[str, Unit]
) -> list[Problem]:
    """A count of things whose figure is no whole number: 2235.5名 carers, 4.5个 places.

    (A semantic review's: both were met.)  Not a count per something (每千人4.5个,
    a count's subject that says 每 or 均).
    """
    if metric.kind is not MetricKind.COUNT or names_a_denominator(metric.subject.zh):
        return []
    return [
        _issue(
            "count-whole",
            f"{where}.value",
            msg("a count of {unit} is a whole number", unit=unit.symbol),
            found=format(quantity.value, "f"),
        )
        for where, quantity in roles
        if quantity.value != quantity.value.to_integral_value()
        and not quantity.per
        and (unit := units.get(quantity.unit or "")) is not None
        and unit.kind is UnitKind.CLASSIFIER
    ]
