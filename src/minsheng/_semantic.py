"""Semantic checks: data that is well-formed but cannot be right.

:func:`walk` visits every metric of a program once (the projects' metrics and
the program's own figures) and runs every metric-level check on it: units
against kinds, targets against outcomes and baselines, directions against
comparators, sums and levels with intervals (:mod:`minsheng._consistency`),
each figure against the phrase it was read from, and what the metric records
against its words (:mod:`minsheng._word_checks`: the pledge's, the outcome's
and the evidence's); and it checks the program as a whole
(:mod:`minsheng._program_checks`: its stage, dates and words).

Each problem has a stable code and a severity: an *error* is data that cannot
be right (``minsheng validate`` fails, and ``report`` never says "met" on it);
a *warning* is data that may be right but needs a declaration or a second look
(``validate --strict`` fails).  docs/reference/validation.md lists every code
with an example.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from minsheng._consistency import levels, sums, unit_converter
from minsheng._errors import Problem
from minsheng._i18n import msg, verbatim
from minsheng._issues import issue as _issue
from minsheng._model import Direction, Measure, Metric, MetricKind, Program
from minsheng._patterns import compiled
from minsheng._phrases import (
    bound_of,
    change_sign,
    implied_comparator,
    implied_counts,
    phrase_disagreements,
    read_phrase,
)
from minsheng._program_checks import program_problems
from minsheng._quantity import Approximation, Comparator, Quantity, spoken_per
from minsheng._script import normalize
from minsheng._unit_checks import (
    denominator_problems,
    equivalence_problems,
    figure_roles,
    incomparable_problems,
    unit_problems,
    whole_count_problems,
)
from minsheng._units import Unit, UnitKind
from minsheng._word_checks import evidence_problems, planned_problems, words_problems

_UP = (Comparator.AT_LEAST, Comparator.MORE_THAN)
_DOWN = (Comparator.AT_MOST, Comparator.LESS_THAN)


def _outcome_problems(
    path: str, metric: Metric, roles: list[tuple[str, Quantity]], units: Mapping[str, Unit]
) -> list[Problem]:
    """An outcome copied from the pledge, a density with no denominator, named items."""
    problems = []
    target, actual = metric.target, metric.actual
    if (
        actual is not None
        and actual.comparator is not None
        and target is not None
        and actual.phrase
        and actual.phrase == target.phrase
    ):  # 不少于3000个 as the outcome too: the pledge, copied
        problems.append(
            _issue(
                "outcome-copies-target",
                f"{path}.actual.phrase",
                msg(
                    "the outcome's phrase {phrase} is the pledge's own bound:"
                    " an outcome copied from the target?",
                    phrase=repr(actual.phrase),
                ),
            )
        )
    if metric.kind is MetricKind.DENSITY:
        problems += [
            _issue(
                "density-per",
                f"{where}.per",
                msg("a density counts per something (每千人口), but the figure has no denominator"),
                expected=msg("a denominator"),
            )
            for where, quantity in roles
            if not quantity.per
        ]
    if metric.items is not None:
        problems += _items_problems(path, metric, units)
    return problems


def _items_problems(path: str, metric: Metric, units: Mapping[str, Unit]) -> list[Problem]:
    """Named items against themselves, and a complete list against the count it names."""
    items = metric.items
    assert items is not None  # noqa: S101 - the caller checks
    seen: set[str] = set()
    twice = None
    for name in items.names:  # in one pass: a hostile list may be long
        if name in seen:
            twice = name
            break
        seen.add(name)
    if twice is not None:
        return [_issue("items", f"{path}.items.names", msg("{name} is named twice", name=twice))]
    if not items.exhaustive or metric.measure is Measure.LEVEL:
        return []  # a level counts more than the year's items
    counted = [
        quantity
        for quantity in (metric.target, metric.actual)
        if quantity is not None
        and quantity.approximation is Approximation.EXACT
        and quantity.comparator is None
        and quantity.upper is None
        and quantity.multiplier == 0
        and (unit := units.get(quantity.unit or "")) is not None
        and unit.kind is UnitKind.CLASSIFIER
    ]
    if not counted or any(quantity.value == len(items.names) for quantity in counted):
        return []
    return [
        _issue(
            "items",
            f"{path}.items.names",
            msg(
                "a complete list of {count} names, but the figures count {figures}",
                count=len(items.names),
                figures=", ".join(q.phrase or f"{q.value:f}" for q in counted),
            ),
        )
    ]


def _progress_problems(path: str, metric: Metric) -> list[Problem]:
    """Percent complete is a share: from 0 to 100%."""
    progress = metric.progress
    if progress is not None and progress.unit != "%":
        return [
            _issue(
                "progress-unit",
                f"{path}.progress.unit",
                msg("percent complete is a share, in %"),
                found=repr(progress.unit),
            )
        ]
    if progress is None or 0 <= progress.value <= 100:
        return []
    return [
        _issue(
            "share-over-100" if progress.value > 100 else "negative",
            f"{path}.progress.value",
            msg("percent complete runs from 0 to 100%"),
            found=f"{progress.value:f}%",
        )
    ]


LESS = compiled(
    "减|降|缩|压|控制|少|低|短|以内|以下|不超|不高于|不多于|至多|最多|精简|下调|节约|节省|清零|消除"
)
"""Words of less in a pledge (减少, 降至, 缩短, 压减, 控制在, 以内): lower may be better."""


_MORE = compiled("新增|新建|新开|改建|扩建|新改建|建成|建设|培训|提供|扶持|帮扶|招录|发放|覆盖")
"""Words of more in a pledge (新增, 新建、改建, 培训): lower cannot be better."""


def _says_no_less(metric: Metric) -> bool:
    """Whether the metric's pledge (its statement) adds, with no word of less in it.

    (Not 实现不动产登记1个工作日办结 or 急救反应时间12分钟: a time or a radius,
    where lower may be better and the words say no more.)
    """
    statement = metric.statement
    if statement is None:
        return False
    words = normalize(statement)
    return _MORE.search(words) is not None and LESS.search(words) is None


_SUM = compiled(r"^ *([0-9]+(?:\.[0-9]+)?(?: *[-+−] *[0-9]+(?:\.[0-9]+)?)+) *(?:[:：=]|$)")
"""1 + 3 + 1 + 12: …, 41293 − 6403: …: a derivation that opens with a sum or a difference."""
_TERM = compiled(r"([-+−]?) *([0-9]+(?:\.[0-9]+)?)")


def _derivation_problems(where: str, quantity: Quantity) -> list[Problem]:
    """A derivation whose opening sum is not the figure's value (a trial's: 5 → 15, 1 + 3 + 1).

    Only a sum or a difference of plain numbers, before a colon, is computed;
    one that states its result (… = 583390 米, perhaps in another unit) and
    any other derivation (4712 / (1 + 100.89%) = …) are left to their reader.
    """
    found = _SUM.match(quantity.derivation or "")
    if found is None or found.group().rstrip().endswith("="):
        return []  # 320000 + 263390 = 583390 米: it states its result, in a unit of its own
    total = sum(
        (-Decimal(number) if sign in "-−" and sign else Decimal(number))
        for sign, number in _TERM.findall(found.group(1))
    )
    if total in (quantity.value, quantity.value.scaleb(-quantity.multiplier)):
        return []  # (a sum in the printed unit, 19.78 − 16 of 万, comes to the value too)
    return [
        _issue(
            "derivation",
            f"{where}.value",
            msg(
                "the derivation {derivation} comes to {total}, but the value is {value}",
                derivation=repr(found.group(1).strip()),
                total=format(total, "f"),
                value=format(quantity.value, "f"),
            ),
        )
    ]


def _direction_problems(path: str, metric: Metric) -> list[Problem]:
    """A target bound, or a change with none, that goes against the metric's direction.

    A bound on a fall's size bounds the level from the other side (降幅不低于5%
    is at most 95 % of it: lower is better).  A bare change gives its way:
    下降0.5个百分点 where higher is better, or 增长3% where lower is, says
    neither which outcome meets it.
    """
    target = metric.target
    if target is None or metric.direction is None:
        return []
    lower = metric.direction is Direction.LOWER
    sign = change_sign(target)  # (read once: the comparator's side and the change's way)
    comparator = bound_of(target, sign)
    # a range with a cap word (涨幅控制在2—3%) bounds both sides, which the parser's
    # range reading does not keep
    if comparator is None and (target.upper is None or "控制" not in (target.phrase or "")):
        if sign == 0 and lower and _says_no_less(metric):
            # a trial's: 新建、改建农村公路200公里 with lower is better: 583.39 km
            # built were "not met"
            return [
                _issue(
                    "direction-words",
                    f"{path}.direction",
                    msg(
                        "lower is better, but the target {phrase} bounds nothing and the"
                        " pledge {statement} says nothing of less",
                        phrase=repr(target.phrase),
                        statement=repr(metric.statement),
                    ),
                    expected=verbatim('"higher"'),
                )
            ]
        if sign == 0 or (sign < 0) == lower:
            return []
        return [
            _issue(
                "direction-change",
                f"{path}.direction",
                (
                    msg(
                        "lower is better, but the target is a rise ({phrase}) with no bound",
                        phrase=repr(target.phrase),
                    )
                    if lower
                    else msg(
                        "higher is better, but the target is a fall ({phrase}) with no bound",
                        phrase=repr(target.phrase),
                    )
                ),
                expected=verbatim('"lower"' if sign < 0 else '"higher"'),
            )
        ]
    if (lower and comparator in _UP) or (not lower and comparator in _DOWN):
        recorded = (target.comparator or comparator).value
        if comparator is not target.comparator:  # a bound on a fall's size
            message = (
                msg(
                    "lower is better, but the target bounds the fall with {comparator},"
                    " which bounds the level from below",
                    comparator=recorded,
                )
                if lower
                else msg(
                    "higher is better, but the target bounds the fall with {comparator},"
                    " which bounds the level from above",
                    comparator=recorded,
                )
            )
        elif lower:
            message = msg(
                "lower is better, but the target bounds it with {comparator}", comparator=recorded
            )
        else:
            message = msg(
                "higher is better, but the target bounds it with {comparator}", comparator=recorded
            )
        return [_issue("direction-comparator", f"{path}.target.comparator", message)]
    return []


def _baseline_problems(path: str, metric: Metric, units: Mapping[str, Unit]) -> list[Problem]:
    """A cut whose target is above its baseline, or a rise whose target is below it."""
    target = metric.target
    if (
        target is None
        or metric.direction is None
        or metric.measure is Measure.INCREMENT
        or metric.kind is MetricKind.GROWTH
    ):
        return []
    problems = []
    for baseline in metric.baselines:
        converted = unit_converter(baseline, target, units)
        if converted is None or spoken_per(target) != spoken_per(baseline):
            continue
        base = converted(baseline.value)
        lower = metric.direction is Direction.LOWER
        if (lower and target.value > base) or (not lower and target.value < base):
            problems.append(
                _issue(
                    "target-beyond-baseline",
                    f"{path}.target",
                    (
                        msg(
                            "lower is better, but the target {target} is above the baseline"
                            " {baseline}",
                            target=format(target.value, "f"),
                            baseline=format(base, "f"),
                        )
                        if lower
                        else msg(
                            "higher is better, but the target {target} is below the baseline"
                            " {baseline}",
                            target=format(target.value, "f"),
                            baseline=format(base, "f"),
                        )
                    ),
                )
            )
    return problems


def _quantity_problems(
    path: str, metric: Metric, roles: list[tuple[str, Quantity]]
) -> list[Problem]:
    """Each figure against its phrase; each outcome that reads as rounded is rounded.

    An outcome without a phrase reads as rounded when it was printed with
    decimals, as the parser reads a phrase.  ``roles`` are the metric's
    figures as :func:`~minsheng._unit_checks.figure_roles` gives them.
    """
    problems = []
    if metric.progress is not None:
        roles = [*roles, (f"{path}.progress", metric.progress)]
    target = path + ".target"
    for where, quantity in roles:
        span, phrase = quantity.span, quantity.phrase
        if span is not None and phrase is not None and span.end - span.start != len(phrase):
            problems.append(
                _issue(
                    "span-length",
                    f"{where}.span",
                    msg(
                        "the span covers {count} characters, but the phrase has {length}",
                        count=span.end - span.start,
                        length=len(phrase),
                    ),
                )
            )
        parsed = read_phrase(quantity)
        # most figures need not read the comparator a bare target means
        implied = (
            implied_comparator(metric)
            if where == target and implied_counts(quantity, parsed)
            else None
        )
        for message in phrase_disagreements(quantity, parsed, implied):
            problems.append(
                _issue(
                    "phrase",
                    where,
                    msg("{message} ({phrase})", message=message, phrase=repr(quantity.phrase)),
                )
            )
        if quantity.derivation:  # (no derivation holds no sum: most figures have none)
            problems += _derivation_problems(where, quantity)
        if phrase is None and not (quantity.derivation or "").strip():
            # a target of 300 where the statement says 3000, a baseline that decides
            # a growth: a figure tied to no source decides a verdict unchecked (a
            # blank derivation, "", says no more than none)
            problems.append(
                _issue(
                    "provenance",
                    where,
                    msg(
                        "the figure has neither a phrase nor a derivation:"
                        " nothing ties it to its source, and no phrase check can read it"
                    ),
                )
            )
        if quantity.approximation is not Approximation.EXACT or not (
            where.endswith(".actual") or ".alternatives[" in where  # an outcome
        ):
            continue
        rounded = (
            parsed.approximation is Approximation.ROUNDED
            if isinstance(parsed, Quantity)
            else quantity.decimals > 0
        )
        if rounded:
            problems.append(
                _issue(
                    "rounded-unmarked",
                    f"{where}.approximation",
                    msg(
                        "the outcome was printed rounded ({printed}), so it stands for an"
                        " interval, but it is recorded as exact",
                        printed=repr(quantity.phrase) if quantity.phrase else "decimals",
                    ),
                    expected=verbatim('"rounded"'),
                )
            )
    return problems


def metric_problems(
    path: str,
    metric: Metric,
    increment: Metric | None,
    units: Mapping[str, Unit],
) -> list[Problem]:
    """Every semantic problem of one metric; ``increment`` is the metric it names, if any."""
    roles = figure_roles(metric, path)
    problems = unit_problems(roles, metric, units, metric.equivalent_units)
    problems += whole_count_problems(roles, metric, units)
    if metric.equivalent_units:
        problems += equivalence_problems(path, metric, units)
    problems += incomparable_problems(path, metric, units, problems)
    problems += _direction_problems(path, metric)
    problems += _progress_problems(path, metric)
    problems += words_problems(path, metric)
    problems += planned_problems(path, metric)
    actual = metric.actual
    if (
        (actual is not None and actual.comparator is not None)
        or metric.kind is MetricKind.DENSITY
        or metric.items is not None
    ):  # most metrics have nothing for these checks
        problems += _outcome_problems(path, metric, roles, units)
    if not metric.kind.is_numeric and metric.target is not None and actual is not None:
        # a road of 200公里 with 120公里 built, as a milestone: achieved by its words
        problems.append(
            _issue(
                "kind-figures",
                f"{path}.kind",
                msg(
                    "a {kind} is judged by its evidence, but it records a target and an outcome"
                    " in figures, which would not be compared",
                    kind=metric.kind.value,
                ),
            )
        )
    if metric.kind.is_numeric and metric.evidence is not None:
        # a newcomer's: evidence on a rate, never read, with no word of it
        problems.append(
            _issue(
                "kind-evidence",
                f"{path}.evidence",
                msg(
                    "a {kind} is judged by its figures, so its evidence is never read;"
                    " only a milestone's or a qualitative target's is",
                    kind=metric.kind.value,
                ),
            )
        )
    problems += evidence_problems(path, metric)
    target, actual = metric.target, metric.actual
    if (
        target is not None
        and actual is not None
        and (target.per or actual.per)  # no denominators: none to compare
        and metric.kind.is_numeric
    ):
        problems += denominator_problems(path, target, actual)
    # Each check below finds nothing without the figures it compares.
    if metric.baselines:
        problems += _baseline_problems(path, metric, units)
    if metric.components:
        problems += [_issue("consistency", *found) for found in sums(path, metric, units)]
    if increment is not None:
        problems += [
            _issue("consistency", *found) for found in levels(path, metric, increment, units)
        ]
    problems += _quantity_problems(path, metric, roles)
    return problems


def _group_problems(prefix: str, metrics: tuple[Metric, ...]) -> list[Problem]:
    """Metrics of one project (or the program's figures) against each other."""
    problems = []
    chinese: dict[str, str] = {}
    for m, metric in enumerate(metrics):
        en = metric.subject.en
        if en is None:
            continue
        first = chinese.setdefault(en, metric.subject.zh)
        if first != metric.subject.zh:
            problems.append(
                _issue(
                    "subject-en",
                    f"{prefix}[{m}].subject.en",
                    msg(
                        "{en} is also the English of {zh}, another subject",
                        en=repr(en),
                        zh=repr(first),
                    ),
                )
            )
    return problems


def walk(program: Program) -> list[Problem]:
    """Every semantic problem of ``program``, visiting each metric once."""
    units = program.unit_table
    problems = program_problems(program)
    groups = [("$.figures", program.figures)] + [
        (f"$.projects[{p}].metrics", project.metrics) for p, project in enumerate(program.projects)
    ]
    for prefix, metrics in groups:
        problems += _group_problems(prefix, metrics)
        by_id = {m.id: m for m in metrics}
        for m, metric in enumerate(metrics):
            increment = by_id.get(metric.increment) if metric.increment else None
            problems += metric_problems(f"{prefix}[{m}]", metric, increment, units)
    return problems
