"""Attainment: actual against target, honest about approximate figures.

The rules (see the docs' "Attainment semantics"):

- The ratio follows direction: actual / target where higher is better, target
  / actual where lower is better.  It is never clamped: 5100 against 3000 is
  170%.
- An approximate actual is an interval (5100余 is [5100, 5200)), so the ratio
  is an interval too.  A target is taken at its printed value: it is a bound,
  not a measurement.
- Status is three-valued: met when every value of the interval satisfies the
  target, not met when none does, and undetermined otherwise.  Context figures
  have no target, unreported ones no outcome, and milestones and qualitative
  targets are judged from the recorded evidence.
- A growth target (翻一番) compares growth factors: +100.89% is 2.0089 times.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from decimal import Decimal

import attrs

from minsheng._consistency import compared_with, meet
from minsheng._context import WIDE, own_context
from minsheng._denominators import compare_denominators
from minsheng._errors import Problem, expect
from minsheng._i18n import _
from minsheng._intervals import (
    TESTS,
    Test,
    factor,
    in_unit_of,
    negated,
    one_sided,
    ratio,
    ratio_interval,
    scaled,
    shown_difference,
)
from minsheng._model import (
    Direction,
    Measure,
    Metric,
    MetricKind,
    Program,
    Project,
    ReportedStatus,
    Stage,
)
from minsheng._patterns import compiled
from minsheng._phrases import (
    FLIPPED,
    bound_of,
    change_kind,
    changing,
    measure_with,
    pledged_reading,
    sign_of,
)
from minsheng._quantity import Approximation, Comparator, Interval, Quantity
from minsheng._results import (
    Agreement,
    Assessment,
    MetricResult,
    ProjectResult,
    Status,
    Summary,
)
from minsheng._review import METRIC_PATH, acknowledge, review_problems
from minsheng._semantic import walk
from minsheng._units import GROWTH_UNITS, UNITS, Unit, UnitKind, units_compare


def _bounded(
    metric: Metric,
    interval: Interval,
    goal: Decimal,
    tests: tuple[Test, Test],
    rough: Quantity | None,
) -> MetricResult:
    """The attainment of an outcome that is only a bound: met or not only where it decides.

    It has no ratio or difference to print: 不少于2235名 against 2000 is met,
    by at least 11.8 %, not by 11.8 %.  ``rough`` is an approximate target,
    as for :func:`_judged`.
    """
    straddles = _("the outcome is a bound, which reaches both sides of the target")
    status, reason = _judged(interval, goal, tests, rough, straddles)
    return MetricResult(metric, status, reason=reason)


def _incomparable(
    target: Quantity,
    actual: Quantity,
    units: Mapping[str, Unit],
    equivalent: tuple[str, ...] = (),
) -> str | None:
    if target.unit is None or actual.unit is None:
        return _("a figure has no unit")
    mine, theirs = units.get(target.unit), units.get(actual.unit)
    if mine is None or theirs is None:
        return _("a unit is not registered")
    if not units_compare(mine, theirs, equivalent):
        return _("the target and the outcome are in units that do not compare")
    if (target.per or actual.per) and compare_denominators(target.per, actual.per)[0]:
        return _("the target and the outcome have different denominators")
    return None


def _growth(
    metric: Metric,
    target: Quantity,
    actual: Quantity,
    units: Mapping[str, Unit],
    signs: tuple[int, int],
) -> tuple[Decimal, Decimal, Interval] | str:
    """Return (goal factor, actual factor, actual factor range), or why not.

    ``signs`` are the target's and the outcome's :func:`change_sign`.
    """
    target_sign, sign = signs
    if target.unit not in GROWTH_UNITS:
        return _("a growth target must be in % or 倍")
    goal = factor(target.value, target.unit, target_sign)
    if actual.unit in GROWTH_UNITS:
        interval = scaled(actual.interval, lambda v: factor(v, actual.unit, sign))
        return goal, factor(actual.value, actual.unit, sign), interval
    baseline = compared_with(metric, actual)  # the level's one baseline
    if baseline is None:
        return _("a growth outcome must be in % or 倍, or a level with a baseline")
    reason = _incomparable(baseline, actual, units, metric.equivalent_units)
    if reason is not None:
        return reason
    if baseline.value <= 0:
        return _("the baseline is not positive")
    # A level against its baseline: 4712名 from about 2346名 is 2.0085 times; in the
    # level's unit (1.1公里 from 1000米 is 1.1 times, not 0.0011)
    levels = actual.interval
    bases, base = in_unit_of(baseline, actual, units)
    low = levels.low / bases.high
    high = levels.high / bases.low if bases.low > 0 else None
    if high is None:
        return _("the baseline's range reaches zero")
    return goal, actual.value / base, Interval(low, high)


# 减负3500万元, 减税, 降费, 节约: an amount saved, counted as it is (not a fall of it)
_SAVING = compiled("减负|减税|降费|减费|减免|節約|节约|节省|節省|減負|減稅|降費")


def _way(actual: Quantity, target_sign: int, way: int) -> int:
    """The outcome's own way (减少3500个 against 不少于3000个 is a fall), 0 for none.

    ``way`` is the outcome's :func:`change_sign`.  减负3500万元 against a target
    with no change word counts the savings: no fall.
    """
    if way < 0 and not target_sign and actual.phrase and _SAVING.search(actual.phrase):
        return 0
    return way


def _numeric(
    metric: Metric, target: Quantity, actual: Quantity, units: Mapping[str, Unit]
) -> MetricResult:
    """The attainment of an outcome against its target, where both are figures.

    A change by an amount is compared as the level it leaves: its figure
    records the size, and its phrase the way (下降5% is -5 %, a bound on its
    size a bound the other way), so that a fall never meets a rise and a cut
    is met by a cut at least as deep.  An outcome that names no change of
    its own (5100余个) goes the target's way.
    """
    # each phrase's change, read once for every use below
    target_change, actual_change = changing(target), changing(actual)
    target_sign, actual_sign = sign_of(target_change), sign_of(actual_change)
    goal_comparator = bound_of(target, target_sign)
    actual_comparator = actual.comparator
    cut = False
    if metric.kind is MetricKind.GROWTH:
        growth = _growth(metric, target, actual, units, (target_sign, actual_sign))
        if isinstance(growth, str):
            return MetricResult(metric, Status.UNDETERMINED, reason=growth)
        goal, point, interval = growth
        if actual.unit in GROWTH_UNITS:
            actual_comparator = bound_of(actual, actual_sign)
        difference = WIDE.subtract(point, goal).scaleb(2, WIDE)  # in points: no digit added
        difference_unit = "pp"
    else:
        reason = _incomparable(target, actual, units, metric.equivalent_units)
        if reason is not None:
            return MetricResult(metric, Status.UNDETERMINED, reason=reason)
        assert target.unit is not None  # noqa: S101 - checked by _incomparable
        assert actual.unit is not None  # noqa: S101
        interval, point = in_unit_of(actual, target, units)
        # 减少200座 against 减少到350座; or a level metric's outcome that is a change
        # by an amount (不低于1500元 against 增加1600元), or the reverse (新增3000个
        # against 学位总数达到12500个)
        kinds = {
            metric.measure
            or measure_with(target, target_change)
            or _level_unless_said(metric, target, units),
            measure_with(actual, actual_change),
        }
        if kinds == {Measure.INCREMENT, Measure.LEVEL}:
            reason = _("one figure is a change by an amount, the other the level it reached")
            return MetricResult(metric, Status.UNDETERMINED, reason=reason)
        cut = target_sign < 0
        goal = -target.value if cut else target.value  # 下降3—5%: a fall of at least 3 %
        if target.upper is not None and not cut and metric.direction is Direction.LOWER:
            goal = target.upper  # 3—5个工作日 where fewer is better: at most 5 meets it
        if (_way(actual, target_sign, actual_sign) or target_sign) < 0:
            interval, point = negated(interval), -point
            actual_comparator = FLIPPED[actual.comparator] if actual.comparator else None
        difference = shown_difference(WIDE.subtract(point, goal))  # exact, however wide the figures
        # A difference of rates, or of changes in rates, is in percentage points.
        points = units[target.unit].kind in (UnitKind.PERCENT, UnitKind.POINTS)
        difference_unit = "pp" if points else target.unit
    lower = metric.direction is Direction.LOWER
    comparator = goal_comparator or (Comparator.AT_MOST if lower else Comparator.AT_LEAST)
    tests = TESTS[comparator]
    rough = metric.kind is not MetricKind.GROWTH and not cut and target.approximation in _ROUGH
    if actual_comparator is not None:
        bound = one_sided(interval, actual_comparator)
        return _bounded(metric, bound, goal, tests, target if rough else None)
    status, reason = _judged(interval, goal, tests, target if rough else None)
    if cut:  # the ratio of the sizes: 下降0.8 against 下降0.5 is 160 %
        interval, point, goal, lower = negated(interval), -point, -goal, not lower
    return MetricResult(
        metric,
        status,
        attainment=ratio_interval(interval, goal, lower=lower),
        ratio=ratio(point, goal, lower=lower),
        difference=difference,
        difference_unit=difference_unit,
        reason=reason,
    )


_ROUGH = (Approximation.ABOUT, Approximation.ROUNDED)
_LEVELS = (MetricKind.RATE, MetricKind.DURATION, MetricKind.DENSITY)
"""Kinds of metric whose target is a level unless it names a change: 就业率90%以上."""


def _level_unless_said(
    metric: Metric, target: Quantity, units: Mapping[str, Unit]
) -> Measure | None:
    """What a target whose phrase names no change measures, where its kind says: or ``None``.

    A rate's, a duration's or a density's target is a level (90%以上 against
    增长95.12%, a semantic review's "met"), unless the pledge's words read it as
    a change (缩短3天, whose target prints 3天), or its unit is one of change
    (5个百分点, a difference of rates; a review's).
    """
    unit = units.get(target.unit) if target.unit is not None else None
    if metric.kind not in _LEVELS or unit is None or unit.kind is UnitKind.POINTS:
        return None
    pledged = pledged_reading(metric)
    return Measure.LEVEL if pledged is None or pledged.change is None else pledged.change


def _judged(
    interval: Interval,
    goal: Decimal,
    tests: tuple[Test, Test],
    rough: Quantity | None,
    straddles: str = _("the outcome's range straddles the target"),
) -> tuple[Status, str | None]:
    """The status of an outcome's ``interval`` against ``goal``, and why it is undetermined.

    A target is taken at its printed value; but ``rough``, a target of 约3000个
    or a rounded 3.0万, pledged a range, and a miss inside it proves nothing.
    """
    every, none = tests
    if every(interval, goal):
        return Status.MET, None
    if not none(interval, goal):
        return Status.UNDETERMINED, straddles
    if rough is not None and meet(interval, rough.interval):  # open ends too: 不足2500个
        return Status.UNDETERMINED, _(
            "the target is approximate, and the outcome is within its range"
        )
    return Status.NOT_MET, None


def assess_metric(metric: Metric, units: Mapping[str, Unit] = UNITS) -> MetricResult:
    """Compute the attainment of one metric; ``units`` adds a program's own units.

    Where a metric records other readings of an ambiguous outcome
    (``alternatives``), each is assessed too: if they disagree on the status,
    the result is undetermined and says so.
    """
    if not metric.kind.is_numeric:
        evidence = metric.evidence
        if evidence is None or (evidence.statement is None and evidence.achieved is None):
            return MetricResult(metric, Status.NO_OUTCOME, reason=_("no evidence is recorded"))
        return MetricResult(metric, Status.EVIDENCE, achieved=evidence.achieved)
    if metric.target is None:
        return MetricResult(metric, Status.NO_TARGET)
    if metric.actual is None:
        return MetricResult(metric, Status.NO_OUTCOME, reason=_("no outcome is recorded"))
    result = _numeric(metric, metric.target, metric.actual, units)
    others = [_numeric(metric, metric.target, other, units) for other in metric.alternatives]
    if others and {other.status for other in others} - {result.status}:
        # The readings disagree: no single ratio or difference stands, and the
        # attainment is every ratio that some reading allows.
        intervals = [r.attainment for r in (result, *others) if r.attainment is not None]
        hull = (
            Interval(min(i.low for i in intervals), max(i.high for i in intervals))
            if len(intervals) == 1 + len(others)
            else None
        )
        return MetricResult(
            metric,
            Status.UNDETERMINED,
            attainment=hull,
            reason=_("the readings of an ambiguous source disagree on the status"),
        )
    return (
        _with_parts(result, units) if metric.components and result.status is Status.MET else result
    )


def _with_parts(result: MetricResult, units: Mapping[str, Unit]) -> MetricResult:
    """A whole that is met, unless a part with a target of its own is not (8家 of 8家+14家)."""
    metric = result.metric
    statuses = {
        _numeric(metric, part.target, part.actual, units).status
        if part.actual is not None
        else Status.UNDETERMINED  # a part pledged, with no outcome of its own
        for part in metric.components
        if part.target is not None
    }
    if Status.NOT_MET in statuses:
        reason = _("a part of it with a target of its own is not met (see its parts)")
        return attrs.evolve(result, status=Status.NOT_MET, reason=reason)
    if Status.UNDETERMINED in statuses:
        reason = _("a part of it with a target of its own is undetermined (see its parts)")
        return attrs.evolve(result, status=Status.UNDETERMINED, reason=reason)
    return result


MEASURABLE = (Status.MET, Status.NOT_MET, Status.UNDETERMINED)
"""The statuses of a metric with a numeric target and outcome: what a ratio judges."""
_JUDGED = (*MEASURABLE, Status.EVIDENCE)


def _project_status(results: tuple[MetricResult, ...]) -> Status:
    verdicts = [r.verdict for r in results if r.status in _JUDGED]
    targeted_without_outcome = any(
        r.status is Status.NO_OUTCOME
        and (r.metric.target is not None or not r.metric.kind.is_numeric)
        for r in results
    )
    if Status.NOT_MET in verdicts:
        return Status.NOT_MET
    if Status.UNDETERMINED in verdicts or (verdicts and targeted_without_outcome):
        return Status.UNDETERMINED
    if verdicts:
        return Status.MET
    if targeted_without_outcome:
        return Status.NO_OUTCOME  # a target waits for its outcome, whatever else is there
    if any(r.status is Status.NO_TARGET for r in results):
        return Status.NO_TARGET
    return Status.NO_OUTCOME


def _agreement(reported: ReportedStatus, status: Status) -> Agreement:
    if reported is ReportedStatus.NOT_REPORTED:
        return Agreement.NOT_REPORTED
    claims_done = reported is ReportedStatus.COMPLETED
    if status is Status.MET:
        return Agreement.AGREES if claims_done else Agreement.DISAGREES
    if status is Status.NOT_MET:
        return Agreement.DISAGREES if claims_done else Agreement.AGREES
    return Agreement.UNCONFIRMED


def assess_project(project: Project, units: Mapping[str, Unit] = UNITS) -> ProjectResult:
    """Compute the attainment of one project and compare it with the report."""
    return _project_result(project, tuple(assess_metric(m, units) for m in project.metrics))


def _project_result(
    project: Project, results: tuple[MetricResult, ...], problems: tuple[Problem, ...] = ()
) -> ProjectResult:
    """A project with its metrics' results, its rolled-up status and its agreement.

    ``problems`` are what the checks find in the project's own data.
    """
    status = _project_status(results)
    agreement = _agreement(project.reported.status, status)
    return ProjectResult(project, status, agreement, results, problems)


_REPORTED_PATH = compiled(r"\$\.projects\[([0-9]+)\]\.reported")


def _flagged(result: MetricResult, problems: list[Problem]) -> MetricResult:
    """``result`` with its problems; a metric with an error is never met: undetermined."""
    if not problems:
        return result
    if any(p.severity == "error" for p in problems) and result.status in _JUDGED:
        result = MetricResult(
            result.metric,
            Status.UNDETERMINED,
            reason=_("the data has an error (see minsheng validate)"),
        )
    return attrs.evolve(result, problems=tuple(problems))


_LEVEL = "+ increment"  # the words of consistency's baseline + increment = level


def _blame_the_increment(
    program: Program, found: dict[tuple[int | None, int], list[Problem]]
) -> None:
    """Give the increment a level names its level's consistency errors too.

    Baseline + increment is not the level: which figure is wrong the data
    does not say, so neither metric is met on it (the increment was, alone).
    """
    for (p, m), problems in list(found.items()):
        metrics = program.figures if p is None else program.projects[p].metrics
        named = metrics[m].increment
        errors = [x for x in problems if x.code == "consistency" and _LEVEL in x.detail.template]
        if named is None or not errors:
            continue
        for i, metric in enumerate(metrics):
            if metric.id == named:
                found.setdefault((p, i), []).extend(e for e in errors if e not in found[p, i])


def _checked(
    program: Program, projects: tuple[ProjectResult, ...], figures: tuple[MetricResult, ...]
) -> tuple[tuple[ProjectResult, ...], tuple[MetricResult, ...], int]:
    """Attach what the semantic checks find, and a draft's review markers, to each metric.

    Returns the results and how many errors the checks found, the program's own too.
    """
    found: dict[tuple[int | None, int], list[Problem]] = {}
    reported: dict[int, list[Problem]] = {}
    problems = acknowledge(program, walk(program) + review_problems(program))
    errors = sum(1 for problem in problems if problem.severity == "error")
    for problem in problems:
        match = METRIC_PATH.match(problem.path)
        if match is not None:
            project = None if match[1] is None else int(match[1])
            found.setdefault((project, int(match[2])), []).append(problem)
        elif (status := _REPORTED_PATH.match(problem.path)) is not None:
            # (a semantic review's: 已完成90% read as completed "agreed", unmarked)
            reported.setdefault(int(status[1]), []).append(problem)
    if not found and not reported:
        return projects, figures, errors
    _blame_the_increment(program, found)
    checked = tuple(
        _project_result(
            result.project,
            tuple(_flagged(r, found.get((p, m), [])) for m, r in enumerate(result.metrics)),
            tuple(reported.get(p, ())),
        )
        for p, result in enumerate(projects)
    )
    flagged = tuple(_flagged(r, found.get((None, f), [])) for f, r in enumerate(figures))
    return checked, flagged, errors


def _so_far(result: MetricResult) -> MetricResult:
    """A mid-year verdict, which the rest of the year may change: undetermined.

    What was added already (新增, higher is better) stays met, as does a level
    a change brought about (费率由8%降至7%): neither is taken back; a running
    rate or a cap met at mid-year may not be at the year's end, and a figure
    below its target is no miss yet.
    """
    metric = result.metric
    kept = (
        metric.measure is Measure.INCREMENT
        and metric.direction is not Direction.LOWER
        and metric.kind not in (MetricKind.RATE, MetricKind.GROWTH)  # a running rate
    ) or (metric.target is not None and change_kind(metric.target) is Measure.LEVEL)
    if result.status is Status.NOT_MET or (result.status is Status.MET and not kept):
        reason = _(
            "this is a progress report: the year is not over, so the figure decides nothing yet"
        )
        return attrs.evolve(result, status=Status.UNDETERMINED, reason=reason)
    return result


def _not_over(projects: tuple[ProjectResult, ...]) -> tuple[ProjectResult, ...]:
    """The projects of a progress report, with :func:`_so_far` metrics.

    A project the government calls in progress at mid-year says nothing of a
    target met early (新增 places above the year's number): unconfirmed, not
    a disagreement.
    """
    found = []
    for r in projects:
        result = _project_result(r.project, tuple(map(_so_far, r.metrics)), r.problems)
        if r.project.reported.status is ReportedStatus.IN_PROGRESS:
            result = attrs.evolve(result, agreement=Agreement.UNCONFIRMED)
        found.append(result)
    return tuple(found)


@own_context
def assess(program: Program) -> Assessment:
    """Compute the attainment of every metric and project of ``program``.

    >>> import minsheng
    >>> result = minsheng.assess(minsheng.load("kunming", 2025))
    >>> result.summary.projects, result.summary.reported_complete
    (10, 10)

    Raises:
        ArgumentError: ``program`` is not a Program.

    """
    expect(program, Program, "program", "assess")
    units = program.unit_table
    projects, figures, errors = _checked(
        program,
        tuple(assess_project(p, units) for p in program.projects),
        tuple(assess_metric(m, units) for m in program.figures),
    )
    if program.stage is Stage.PROGRESS:
        projects, figures = _not_over(projects), tuple(map(_so_far, figures))
    metrics = [m for p in projects for m in p.metrics]
    by_status = Counter(m.status for m in metrics)
    agreement = Counter(p.agreement for p in projects)
    summary = Summary(
        metrics=len(metrics),
        measurable=sum(by_status[s] for s in MEASURABLE),
        met=by_status[Status.MET],
        not_met=by_status[Status.NOT_MET],
        undetermined=by_status[Status.UNDETERMINED],
        no_target=by_status[Status.NO_TARGET],
        no_outcome=by_status[Status.NO_OUTCOME],
        evidence=by_status[Status.EVIDENCE],
        evidence_achieved=sum(1 for m in metrics if m.achieved is True),
        projects=len(projects),
        reported_complete=sum(
            1 for p in program.projects if p.reported.status is ReportedStatus.COMPLETED
        ),
        agreeing=agreement[Agreement.AGREES],
        disagreeing=agreement[Agreement.DISAGREES],
        unconfirmed=agreement[Agreement.UNCONFIRMED],
    )
    return Assessment(program, projects, summary, figures, errors)
