"""Attainment: direction, intervals, statuses and roll-ups."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import minsheng
from minsheng import Approximation as A
from minsheng import Direction, MetricKind, Quantity, Status

D = Decimal


def metric(
    target: Quantity | None,
    actual: Quantity | None,
    *,
    direction: Direction = Direction.HIGHER,
    kind: MetricKind = MetricKind.COUNT,
    baseline: Quantity | None = None,
) -> minsheng.Metric:
    return minsheng.Metric(
        id="m",
        kind=kind,
        subject=minsheng.Text("对象"),
        direction=direction,
        target=target,
        actual=actual,
        baselines=() if baseline is None else (baseline,),
    )


def result(
    target: Quantity | None, actual: Quantity | None, **kwargs: object
) -> minsheng.MetricResult:
    return result_of(metric(target, actual, **kwargs))  # type: ignore[arg-type]


def result_of(m: minsheng.Metric) -> minsheng.MetricResult:
    """The assessment of one metric, with the library's units."""
    from minsheng._assess import assess_metric

    return assess_metric(m)


def q(text: str) -> Quantity:
    return minsheng.parse_quantity(text)


def test_more_than_figure_gives_a_range() -> None:
    """5100余 against at least 3000 is met, 170% up to (not including) 173.3%."""
    r = result(q("不少于3000个"), q("5100余个"))
    assert r.status is Status.MET
    assert r.attainment is not None
    assert r.attainment.low == D("1.7")
    assert not r.attainment.high_closed
    assert r.difference == D(2100)


def test_never_clamped() -> None:
    """583.39 km against 200 km is 291.7%, not 100%."""
    r = result(q("200公里"), q("583.39公里"))
    assert r.ratio == D("2.91695")


def test_lower_is_better_inverts_the_ratio() -> None:
    """2 working days against at most 1 is 50%, not met; 1 against 2 is 200%, met."""
    late = result(q("压缩为1个工作日"), q("2个工作日"), direction=Direction.LOWER)
    assert (late.status, late.ratio) == (Status.NOT_MET, D("0.5"))
    early = result(q("压缩为2个工作日"), q("1个工作日"), direction=Direction.LOWER)
    assert (early.status, early.ratio) == (Status.MET, D(2))


def test_rate_difference_is_in_percentage_points() -> None:
    """95.12% against 90%以上 is met by +5.12 pp."""
    r = result(q("90%以上"), q("95.12%"), kind=MetricKind.RATE)
    assert (r.status, r.difference, r.difference_unit) == (Status.MET, D("5.12"), "pp")


def test_growth_compares_factors() -> None:
    """+100.89% against 翻一番 is met: 2.0089 times against 2."""
    r = result(q("翻一番"), q("增长100.89%"), kind=MetricKind.GROWTH)
    assert r.status is Status.MET
    assert r.ratio == D("1.00445")


def test_growth_from_a_level_and_its_baseline() -> None:
    """A level against a baseline is a growth factor: 4712 from 2300 is 2.05 times."""
    r = result(q("翻一番"), q("4712名"), kind=MetricKind.GROWTH, baseline=q("2300名"))
    assert r.status is Status.MET
    assert r.ratio == D(4712) / D(2300) / 2
    short = result(q("翻一番"), q("4000名"), kind=MetricKind.GROWTH, baseline=q("2300名"))
    assert short.status is Status.NOT_MET


def test_growth_without_a_baseline_is_undetermined() -> None:
    """A level cannot be compared with a doubling without its baseline."""
    r = result(q("翻一番"), q("4712名"), kind=MetricKind.GROWTH)
    assert r.status is Status.UNDETERMINED
    assert r.reason is not None


def test_straddling_interval_is_undetermined() -> None:
    """2.6万 is [25500, 26500]: against 26000 it may or may not be met."""
    r = result(q("26000个"), q("2.6万个"))
    assert r.status is Status.UNDETERMINED
    assert r.reason == "the outcome's range straddles the target"


def test_below_target_is_not_met() -> None:
    """1.5万 against 16万 is not met, 9.4%."""
    r = result(q("16万个"), q("1.5万个"))
    assert r.status is Status.NOT_MET


def test_strict_comparator_at_the_boundary() -> None:
    """超过100 is not met by exactly 100; 不少于100 is."""
    assert result(q("超过100个"), q("100个")).status is Status.NOT_MET
    assert result(q("不少于100个"), q("100个")).status is Status.MET
    assert result(q("低于5%"), q("5%"), direction=Direction.LOWER).status is Status.NOT_MET


def test_units_that_do_not_compare_are_undetermined() -> None:
    """Person-visits are not people."""
    r = result(q("1000人"), q("1200人次"))
    assert r.status is Status.UNDETERMINED
    assert r.reason == "the target and the outcome are in units that do not compare"


def test_people_or_households_are_met_by_people_in_any_classifier() -> None:
    """4000人（户） is met by 4100名 as by 4100人; not by person-visits."""
    assert result(q("4000人（户）"), q("4100名")).status is Status.MET
    assert result(q("4000人（户）"), q("4100位")).status is Status.MET
    assert result(q("4000人（户）"), q("4100人次")).status is Status.UNDETERMINED


def test_units_convert_within_a_dimension() -> None:
    """2 days against at most 72 hours is met."""
    r = result(q("不超过72小时"), q("2天"), direction=Direction.LOWER, kind=MetricKind.DURATION)
    assert (r.status, r.ratio) == (Status.MET, D("1.5"))


def test_no_target_and_no_outcome() -> None:
    """Context figures have no target; unreported ones no outcome."""
    assert result(None, q("55.7万人次")).status is Status.NO_TARGET
    assert result(q("3000个"), None).status is Status.NO_OUTCOME


def test_zero_target_gives_no_ratio_but_a_status() -> None:
    """A zero target is not replaced with 0.001: no ratio, the comparison still holds."""
    r = result(q("0个"), q("5个"))
    assert (r.status, r.ratio, r.attainment) == (Status.MET, None, None)


def test_milestones_are_judged_by_evidence() -> None:
    """A milestone's status comes from the recorded evidence."""
    from minsheng._assess import assess_metric

    base = minsheng.Metric("p", MetricKind.MILESTONE, minsheng.Text("平台"))
    done = attrs_evolve(base, evidence=minsheng.Evidence("已建成", achieved=True))
    silent = attrs_evolve(base, evidence=minsheng.Evidence(None, None))
    assert (assess_metric(done).status, assess_metric(done).achieved) == (
        Status.EVIDENCE,
        True,
    )
    assert assess_metric(silent).status is Status.NO_OUTCOME
    assert assess_metric(base).status is Status.NO_OUTCOME


def attrs_evolve(metric: minsheng.Metric, **changes: object) -> minsheng.Metric:
    import attrs

    return attrs.evolve(metric, **changes)  # type: ignore[arg-type]


positive = st.integers(min_value=1, max_value=10**9).map(D)


@given(positive, positive, positive, st.sampled_from(A))
def test_attainment_is_monotonic_in_the_actual(target: D, a: D, b: D, approximation: A) -> None:
    """A larger actual never lowers attainment where higher is better, nor raises it where lower."""
    assume(a != b)
    small, large = (Quantity(v, "个", approximation=approximation) for v in sorted((a, b)))
    # 余 and 约 figures are as precise as their last significant digit, so compare
    # figures of one precision: 1000000000约 is vaguer than 500000001约.
    assume(small.step == large.step)
    t = Quantity(target, "个")
    for direction in Direction:
        lo = result(t, small, direction=direction)
        hi = result(t, large, direction=direction)
        assert lo.attainment is not None
        assert hi.attainment is not None
        assert lo.ratio is not None
        assert hi.ratio is not None
        if direction is Direction.HIGHER:
            assert lo.ratio < hi.ratio
            assert lo.attainment.low <= hi.attainment.low
            assert lo.attainment.high <= hi.attainment.high
        else:
            assert lo.ratio > hi.ratio
            assert lo.attainment.low >= hi.attainment.low
            assert lo.attainment.high >= hi.attainment.high


@given(positive, positive, st.sampled_from(Direction))
def test_exact_figures_give_a_point(target: D, actual: D, direction: Direction) -> None:
    """An exact actual gives low == high, and never undetermined."""
    r = result(Quantity(target, "个"), Quantity(actual, "个"), direction=direction)
    assert r.attainment is not None
    assert r.attainment.low == r.attainment.high == r.ratio
    assert r.status in (Status.MET, Status.NOT_MET)


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=9))
def test_straddling_intervals_are_undetermined(mantissa: int, offset: int) -> None:
    """A target strictly inside an about-interval gives undetermined, either direction."""
    actual = Quantity(D(mantissa * 10), "个", approximation=A.ABOUT)  # step 10: ±5
    assume(actual.step == 10)
    target = Quantity(D(mantissa * 10 - 5 + offset), "个")
    for direction in Direction:
        assert result(target, actual, direction=direction).status is Status.UNDETERMINED


def _program(
    *metrics: minsheng.Metric,
    reported: minsheng.ReportedStatus = minsheng.ReportedStatus.COMPLETED,
    units: tuple[minsheng.Unit, ...] = (),
) -> minsheng.Program:
    project = minsheng.Project(
        1,
        minsheng.Text("项目"),
        (minsheng.Category.OTHER,),
        metrics=metrics,
        reported=minsheng.Reported(reported),
    )
    return minsheng.Program(
        jurisdiction=minsheng.Jurisdiction(
            "testville", minsheng.Text("测试市"), "190100", minsheng.Text("测试省")
        ),
        year=2025,
        stage=minsheng.Stage.REPORTED,
        as_of=__import__("datetime").date(2025, 12, 31),
        sources=(minsheng.Source("s", "p", "t", __import__("datetime").date(2026, 1, 1)),),
        projects=(project,),
        units=units,
    )


def test_project_not_met_disagrees_with_a_completed_report() -> None:
    """A project reported complete with a target not met disagrees."""
    program = _program(
        metric(q("不少于3000个"), q("2500个")),
        reported=minsheng.ReportedStatus.COMPLETED,
    )
    assessment = minsheng.assess(program)
    (project,) = assessment.projects
    assert (project.status, project.agreement) == (
        Status.NOT_MET,
        minsheng.Agreement.DISAGREES,
    )
    assert assessment.summary.disagreeing == 1


def test_project_undetermined_is_unconfirmed() -> None:
    """A straddling figure leaves the report unconfirmed."""
    program = _program(
        metric(q("26000个"), q("2.6万个")),
        metric(q("10个"), q("12个")),
        reported=minsheng.ReportedStatus.COMPLETED,
    )
    (project,) = minsheng.assess(program).projects
    assert (project.status, project.agreement) == (
        Status.UNDETERMINED,
        minsheng.Agreement.UNCONFIRMED,
    )
    assert (project.count(Status.MET), project.count(Status.UNDETERMINED)) == (1, 1)


def test_project_with_only_context_figures_has_no_target() -> None:
    """No targets, no verdict."""
    program = _program(metric(None, q("12个")), reported=minsheng.ReportedStatus.NOT_REPORTED)
    (project,) = minsheng.assess(program).projects
    assert (project.status, project.agreement) == (
        Status.NO_TARGET,
        minsheng.Agreement.NOT_REPORTED,
    )


def test_results_are_frozen(kunming_2025: minsheng.Program) -> None:
    """Assessment results cannot be changed after the fact."""
    import attrs

    assessment = minsheng.assess(kunming_2025)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        assessment.summary.met = 0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("target", "actual", "direction", "status"),
    [
        ("不少于2000名", "不少于2235名", Direction.HIGHER, Status.MET),
        ("不少于3000个", "超过3000个", Direction.HIGHER, Status.MET),
        ("不少于3000个", "不少于3000个", Direction.HIGHER, Status.MET),
        ("不少于3000个", "不超过3500个", Direction.HIGHER, Status.UNDETERMINED),
        ("不少于3000个", "不超过2500个", Direction.HIGHER, Status.NOT_MET),
        ("不少于3000个", "不少于2500个", Direction.HIGHER, Status.UNDETERMINED),
        ("不超过3天", "不超过2天", Direction.LOWER, Status.MET),
        ("不超过3天", "不少于4天", Direction.LOWER, Status.NOT_MET),
        ("不超过3天", "少于3天", Direction.LOWER, Status.MET),
    ],
)
def test_an_outcome_stated_as_a_bound_decides_only_what_it_can(
    target: str, actual: str, direction: Direction, status: Status
) -> None:
    """Regression: 不超过3500个 read as 3,500 was met against at least 3,000.

    An outcome that is a bound stands for every value on its side: met or
    not met only where all of them are, with no ratio or difference to print.
    """
    unit_kind = MetricKind.DURATION if direction is Direction.LOWER else MetricKind.COUNT
    r = result(q(target), q(actual), direction=direction, kind=unit_kind)
    assert r.status is status
    assert (r.attainment, r.ratio, r.difference) == (None, None, None)
    assert (r.reason is not None) == (status is Status.UNDETERMINED)


@pytest.mark.parametrize(
    ("target", "actual", "kind", "direction", "status", "ratio"),
    [
        # a fall never meets a rise (下降5% was read as up 5 %, met against 增长3%)
        (
            "增长3%",
            "下降5%",
            MetricKind.GROWTH,
            Direction.HIGHER,
            Status.NOT_MET,
            D("0.95") / D("1.03"),
        ),
        (
            "增长3%",
            "增长5%",
            MetricKind.GROWTH,
            Direction.HIGHER,
            Status.MET,
            D("1.05") / D("1.03"),
        ),
        (
            "提高0.5个百分点",
            "下降0.8个百分点",
            MetricKind.RATE,
            Direction.HIGHER,
            Status.NOT_MET,
            None,
        ),
        # a cut is met by a cut at least as deep (it was the other way round)
        (
            "下降0.5个百分点",
            "下降0.8个百分点",
            MetricKind.RATE,
            Direction.LOWER,
            Status.MET,
            D("1.6"),
        ),
        (
            "下降0.5个百分点",
            "上升0.3个百分点",
            MetricKind.RATE,
            Direction.LOWER,
            Status.NOT_MET,
            None,
        ),
        (
            "下降0.5个百分点",
            "下降0.3个百分点",
            MetricKind.RATE,
            Direction.LOWER,
            Status.NOT_MET,
            D("0.6"),
        ),
        ("减少200座", "减少250座", MetricKind.COUNT, Direction.LOWER, Status.MET, D("1.25")),
        # an outcome that names no change goes the target's way
        ("减少200座", "150座", MetricKind.COUNT, Direction.LOWER, Status.NOT_MET, D("0.75")),
        (
            "下降10%",
            "下降12%",
            MetricKind.GROWTH,
            Direction.LOWER,
            Status.MET,
            D("0.9") / D("0.88"),
        ),
    ],
)
def test_a_change_by_an_amount_is_compared_the_way_its_phrase_goes(
    target: str,
    actual: str,
    kind: MetricKind,
    direction: Direction,
    status: Status,
    ratio: D | None,
) -> None:
    """A figure records a change's size; its phrase says which way it went."""
    r = result(q(target), q(actual), kind=kind, direction=direction)
    assert (r.status, r.ratio) == (status, ratio)


def test_a_bound_on_a_fall_bounds_the_level_from_the_other_side() -> None:
    """下降5%以上 is a fall of at least 5 %: a fall of 3 % does not meet it, nor a rise."""
    deep = result(q("下降5%以上"), q("下降6%"), kind=MetricKind.GROWTH, direction=Direction.LOWER)
    assert deep.status is Status.MET
    shallow = result(
        q("下降5%以上"), q("下降3%"), kind=MetricKind.GROWTH, direction=Direction.LOWER
    )
    assert shallow.status is Status.NOT_MET
    bound = result(q("减少200座"), q("减少200座以上"), direction=Direction.LOWER)
    assert bound.status is Status.MET


def test_an_increase_by_times_adds_the_baseline() -> None:
    """增加一倍 is double (it was 1×, not met against 翻一番); 增长2倍 is three times."""
    doubled = result(q("翻一番"), q("增加一倍"), kind=MetricKind.GROWTH)
    assert (doubled.status, doubled.ratio) == (Status.MET, D(1))
    tripled = result(q("增长2倍"), q("增长100.89%"), kind=MetricKind.GROWTH)
    assert tripled.status is Status.NOT_MET
    assert result(q("2倍"), q("翻一番"), kind=MetricKind.GROWTH).status is Status.MET


def test_a_range_target_where_lower_is_better_is_met_within_it() -> None:
    """4 working days against 3—5 was not met: the range's far end is the bound."""
    r = result(
        q("3—5个工作日"), q("4个工作日"), direction=Direction.LOWER, kind=MetricKind.DURATION
    )
    assert (r.status, r.ratio) == (Status.MET, D("1.25"))
    late = result(
        q("3—5个工作日"), q("6个工作日"), direction=Direction.LOWER, kind=MetricKind.DURATION
    )
    assert late.status is Status.NOT_MET
    more = result(q("3—5个"), q("4个"), direction=Direction.HIGHER)
    assert more.status is Status.MET


def test_the_report_says_which_way_a_change_went() -> None:
    """下降5% was shown as "up 5%", beside a verdict that now says not met."""
    fall = metric(q("增长3%"), q("下降5%"), kind=MetricKind.GROWTH)
    doubled = attrs_evolve(metric(q("翻一番"), q("增加一倍"), kind=MetricKind.GROWTH), id="doubled")
    program = _program(fall, doubled, reported=minsheng.ReportedStatus.COMPLETED)
    english = minsheng.format_report(minsheng.assess(program), locale="en")
    assert "down 5%" in english
    assert "up 1×" in english
    chinese = minsheng.format_report(minsheng.assess(program), locale="zh-Hans")
    assert "下降5%" in chinese


def test_a_progress_report_below_its_target_is_no_miss_yet() -> None:
    """A mid-year figure of 1,800 against 3,000 for the year was "not met"."""
    import attrs

    program = attrs.evolve(
        _program(
            metric(q("不少于3000个"), q("1800个")),
            # places added already stay added; a rate met at mid-year may fall
            attrs_evolve(
                metric(q("不少于3000个"), q("3200个")),
                id="ahead",
                measure=minsheng.Measure.INCREMENT,
            ),
            attrs_evolve(metric(q("95%以上"), q("96%"), kind=MetricKind.RATE), id="rate"),
            reported=minsheng.ReportedStatus.IN_PROGRESS,
        ),
        stage=minsheng.Stage.PROGRESS,
    )
    (project,) = minsheng.assess(program).projects
    assert [m.status for m in project.metrics] == [
        Status.UNDETERMINED,
        Status.MET,
        Status.UNDETERMINED,
    ]
    assert project.metrics[0].ratio == D("0.6")
    # the report says "undetermined, because" it: a clause (a trial's "because a
    # progress report: …")
    assert project.metrics[0].reason is not None
    assert project.metrics[0].reason.startswith("this is a progress report: ")
    reported = attrs.evolve(program, stage=minsheng.Stage.REPORTED)
    assert minsheng.assess(reported).projects[0].metrics[0].status is Status.NOT_MET


def test_in_progress_at_mid_year_does_not_disagree_with_a_target_met_early() -> None:
    """新增3200个 against 不少于3000个, the project "in progress" at mid-year: it "disagreed".

    At the year's end, in progress with every target met still disagrees.
    """
    import attrs

    ahead = attrs_evolve(metric(q("不少于3000个"), q("3200个")), measure=minsheng.Measure.INCREMENT)
    program = attrs.evolve(
        _program(ahead, reported=minsheng.ReportedStatus.IN_PROGRESS),
        stage=minsheng.Stage.PROGRESS,
    )
    assessment = minsheng.assess(program)
    (project,) = assessment.projects
    assert (project.status, project.agreement) == (Status.MET, minsheng.Agreement.UNCONFIRMED)
    assert (assessment.summary.disagreeing, assessment.summary.unconfirmed) == (0, 1)
    done = attrs.evolve(program, stage=minsheng.Stage.REPORTED)
    assert minsheng.assess(done).projects[0].agreement is minsheng.Agreement.DISAGREES
    claimed = _program(ahead, reported=minsheng.ReportedStatus.COMPLETED)
    claimed = attrs.evolve(claimed, stage=minsheng.Stage.PROGRESS)
    assert minsheng.assess(claimed).projects[0].agreement is minsheng.Agreement.AGREES


def test_a_whole_is_not_met_where_a_part_with_a_target_is_not() -> None:
    """8家 of 8家+14家 missed (6家), the whole met (29 of 22): the metric was met."""
    import attrs

    part = minsheng.Component
    whole = attrs_evolve(
        metric(q("22家"), q("29家")),
        components=(
            part(minsheng.Text("市属"), q("8家"), q("6家")),
            part(minsheng.Text("县级"), q("14家"), q("23家")),
        ),
    )
    r = result_of(whole)
    assert (r.status, r.reason is not None) == (Status.NOT_MET, True)
    kept = attrs.evolve(whole, components=(part(minsheng.Text("市属"), q("8家"), q("9家")),))
    assert result_of(kept).status is Status.MET
    rough = attrs.evolve(whole, components=(part(minsheng.Text("市属"), q("8家"), q("约8家")),))
    assert result_of(rough).status is Status.UNDETERMINED


def test_a_change_word_on_one_side_only_is_no_sign() -> None:
    """A review's: 不少于3000万元 against 减负3500万元 (savings) was not met; 减少到350座 met."""
    savings = result(q("不少于3000万元"), q("减负3500万元"), kind=MetricKind.MONEY)
    assert (savings.status, savings.ratio) == (Status.MET, D(3500) / D(3000))
    level = result(q("减少200座"), q("由500座减少到350座"), direction=Direction.LOWER)
    assert level.status is Status.UNDETERMINED
    assert level.reason == "one figure is a change by an amount, the other the level it reached"


def test_a_fall_never_meets_a_target_to_add_but_savings_count() -> None:
    """A second review's: 减少3500个 met 不少于3000个 once only one side had to say its way."""
    assert result(q("不少于3000个"), q("减少3500个")).status is Status.NOT_MET
    savings = result(q("不少于3000万元"), q("减负3500万元"), kind=MetricKind.MONEY)
    assert savings.status is Status.MET


def test_a_running_rate_met_at_a_progress_report_is_undetermined() -> None:
    """A second review's: 增长6.5% against 增长6% stayed met at mid-year, as a rate may fall."""
    import attrs

    growth = attrs_evolve(
        metric(q("增长6%"), q("增长6.5%"), kind=MetricKind.GROWTH),
        measure=minsheng.Measure.INCREMENT,
    )
    program = attrs.evolve(
        _program(growth, reported=minsheng.ReportedStatus.IN_PROGRESS),
        stage=minsheng.Stage.PROGRESS,
    )
    assert minsheng.assess(program).projects[0].metrics[0].status is Status.UNDETERMINED


def test_a_level_metric_against_an_outcome_that_is_a_change_is_undetermined() -> None:
    """A second review's: 不低于1500元 (a level) against 增加1600元 (a raise) was met at 106.7 %."""
    level = attrs_evolve(
        metric(q("不低于1500元"), q("增加1600元"), kind=MetricKind.MONEY),
        measure=minsheng.Measure.LEVEL,
    )
    assert result_of(level).status is Status.UNDETERMINED
    added = attrs_evolve(level, measure=minsheng.Measure.INCREMENT)
    assert result_of(added).status is Status.MET


def test_denominators_are_compared_by_period_and_in_any_order() -> None:
    """A second semantic review's: 每人每年650元 met 每人每月不低于600元 (108.3 %).

    Only the amounts of the denominators were compared; 月 is a subject, 年 a unit.
    """
    money = MetricKind.MONEY
    a_year = result(q("每人每月不低于600元"), q("每人每年650元"), kind=money)
    assert a_year.status is Status.UNDETERMINED
    assert a_year.reason == "the target and the outcome have different denominators"
    daily = result(q("日均不少于1500人次"), q("月均1600人次"))
    assert daily.status is Status.UNDETERMINED
    either_order = result(q("每人每年不低于600元"), q("年人均650元"), kind=money)
    assert (either_order.status, either_order.ratio) == (Status.MET, D(650) / D(600))
    assert result(q("日均不少于1500人次"), q("每天1600人次")).status is Status.MET


def test_an_amount_added_is_no_level() -> None:
    """A second semantic review's: 新增12个 against 达到11个 (a level) was met at 109.1 %.

    增加12个 was undetermined already; 新增 names an amount added as well.
    """
    level = attrs_evolve(metric(q("达到11个"), q("新增12个")), measure=minsheng.Measure.LEVEL)
    r = result_of(level)
    assert (r.status, r.reason) == (
        Status.UNDETERMINED,
        "one figure is a change by an amount, the other the level it reached",
    )
    for words in ("新建12个", "新開12個"):
        assert result_of(attrs_evolve(level, actual=q(words))).status is Status.UNDETERMINED
    added = attrs_evolve(level, measure=minsheng.Measure.INCREMENT)
    assert result_of(added).status is Status.MET
    assert result_of(attrs_evolve(level, actual=q("12个"))).status is Status.MET
    # a diff review's: 新 of another word is no amount added
    for words in ("更新设备12个", "科技创新建设项目12个", "新开发区企业12个", "新建小区配套12个"):
        assert result_of(attrs_evolve(level, actual=q(words))).status is Status.MET, words
    # a second diff review's: the guard took 新增区级…, 新建住宅 for words too, and met them
    for words in ("新增区级服务站12个", "新建住宅12套", "新开发就业岗位12个", "新设区级站点12个"):
        r = result_of(attrs_evolve(level, actual=q(words)))
        assert (r.status, r.reason) == (
            Status.UNDETERMINED,
            "one figure is a change by an amount, the other the level it reached",
        ), words
    for words in ("新建楼盘配套12个", "新建小區配套12個", "新设备12台"):
        assert result_of(attrs_evolve(level, actual=q(words))).status is Status.MET, words


def test_a_change_against_a_rate_s_level_is_undetermined() -> None:
    """An eleventh semantic review's: 增长95.12% against 90%以上 (a rate's level) was met.

    A rate's, a duration's or a density's target that names no change is a
    level, whatever ``measure`` says, so an outcome that is a change does not
    compare with it.
    """
    change = "one figure is a change by an amount, the other the level it reached"
    rate = MetricKind.RATE
    for words in ("增长95.12%", "增长5.12%", "提高5%"):
        r = result(q("90%以上"), q(words), kind=rate)
        assert (r.status, r.reason) == (Status.UNDETERMINED, change), words
    assert result(q("90%以上"), q("提高5个百分点"), kind=rate).status is Status.UNDETERMINED
    assert result(q("90%以上"), q("95.12%"), kind=rate).status is Status.MET
    assert result(q("提高3个百分点"), q("提高5个百分点"), kind=rate).status is Status.MET
    lower = Direction.LOWER
    duration = result(
        q("压缩至1个工作日"), q("缩短2个工作日"), kind=MetricKind.DURATION, direction=lower
    )
    assert (duration.status, duration.reason) == (Status.UNDETERMINED, change)
    # a count's target with no change word may be an amount added: 新增 meets it
    assert result(q("不少于3000个"), q("新增5100余个")).status is Status.MET
    # a review's: a difference of rates is a change by its unit, and the pledge's
    # words may name the change that a target's phrase leaves out
    assert result(q("5个百分点"), q("提高6个百分点"), kind=rate).status is Status.MET
    cut = attrs_evolve(
        metric(q("3天"), q("缩短4天"), kind=MetricKind.DURATION, direction=lower),
        statement="办理时限缩短3天",
    )
    assert result_of(cut).status is Status.MET
    assert result_of(attrs_evolve(cut, statement="办理时限3天")).status is Status.UNDETERMINED


def test_a_total_is_no_amount_added() -> None:
    """A fourth semantic review's: 新增≥3000 against 学位总数达到12500个 was met at 417 %."""
    added = attrs_evolve(
        metric(q("新增不少于3000个"), q("学位总数达到12500个")), measure=minsheng.Measure.INCREMENT
    )
    for words in (
        "学位总数达到12500个",
        "现有12500个",
        "總數達到12500個",
        "共有1.25万个",
        "现有学位12500个",
        "共计12500个",
    ):
        r = result_of(attrs_evolve(added, actual=q(words)))
        assert (r.status, r.reason) == (
            Status.UNDETERMINED,
            "one figure is a change by an amount, the other the level it reached",
        ), words
    # what was added in all, or an amount that reached a figure, is an amount added
    # (a review's: 全年累计5100余个 is what the year added, as year-end reports write it)
    for words in (
        "累计新增3200个",
        "新增学位达到3200个",
        "3200个",
        "全年累计3200余个",
        "全年共有3200余个",  # a review's: what the year added, as 累计
    ):
        assert result_of(attrs_evolve(added, actual=q(words))).status is Status.MET, words


def test_a_target_of_zero_gives_no_ratio_either_way() -> None:
    """A second semantic review's: at most 0个 against 1个 had an attainment of 0.0 %."""
    capped = result(q("0个"), q("1个"), direction=Direction.LOWER)
    assert (capped.status, capped.ratio, capped.attainment) == (Status.NOT_MET, None, None)
    none_left = result(q("0个"), q("0个"), direction=Direction.LOWER)
    assert (none_left.status, none_left.ratio) == (Status.MET, None)
    nothing_done = result(q("不少于5个"), q("0个"))  # nothing of 5 is 0 %, a ratio
    assert (nothing_done.status, nothing_done.ratio) == (Status.NOT_MET, D(0))


def test_per_mille_and_percent_compare() -> None:
    """A diff review's: 0.42% against 5‰以内 was an error; it is 4.2‰, met."""
    r = result(q("5‰以内"), q("0.42%"), kind=MetricKind.RATE, direction=Direction.LOWER)
    assert (r.status, r.ratio) == (Status.MET, D(5) / D("4.2"))


def test_a_miss_within_an_approximate_target_is_undetermined() -> None:
    """A third semantic review's: 2900 against 约3000个 was not met, and disagreed."""
    about = result(q("约3000个"), q("2900个"))
    assert (about.status, about.reason) == (
        Status.UNDETERMINED,
        "the target is approximate, and the outcome is within its range",
    )
    assert result(q("约3000个"), q("3100个")).status is Status.MET  # at its printed value
    assert result(q("约3000个"), q("2000个")).status is Status.NOT_MET  # below its range
    assert result(q("不少于3000个"), q("2900个")).status is Status.NOT_MET  # an exact bound
    # a second diff review's: an outcome that is a bound (不足2950个) was not met
    for words in ("2950个以内", "不足2950个", "不到2990个"):
        assert result(q("约3000个"), q(words)).status is Status.UNDETERMINED, words
    assert result(q("约3000个"), q("不足2000个")).status is Status.NOT_MET
    # a last review's: an open end at the range's edge does not reach into it
    assert result(q("约3000个"), q("不足2500个")).status is Status.NOT_MET


@pytest.mark.parametrize(
    ("target", "actual", "status", "difference"),
    [
        ("不超过7天", "168小时", Status.MET, D(0)),  # a review's: not met, by 10⁻²⁷
        ("不超过1小时", "60分钟", Status.MET, D(0)),
        ("不超过1小时", "3600秒", Status.MET, D(0)),
        ("不超过1小时", "100分钟", Status.NOT_MET, D("0.6666666666666666666666666667")),
        ("不少于2000平方米", "3亩", Status.MET, D(0)),
        ("不少于1公顷", "15亩", Status.MET, D(0)),
    ],
)
def test_units_convert_exactly(target: str, actual: str, status: Status, difference: D) -> None:
    """168 hours are 7 days and 3 mu 2000 m², exactly: a factor of 1/24 or 2000/3 rounded missed."""
    lower = "不超过" in target
    kind = MetricKind.DURATION if "小时" in target or "天" in target else MetricKind.PHYSICAL
    r = result_of(
        metric(
            q(target),
            q(actual),
            direction=Direction.LOWER if lower else Direction.HIGHER,
            kind=kind,
        )
    )
    assert r.status is status
    assert r.difference == difference


@pytest.mark.parametrize(
    ("target", "actual"),
    [
        ("每3小时1班次", "每180分钟2班次"),
        ("每5分钟1班次", "每300秒1班次"),
        ("每0.5小时1班次", "每30分钟1班次"),
    ],
)
def test_periods_of_denominators_compare_exactly(target: str, actual: str) -> None:
    """A review's: 每180分钟 was not 每3小时 (a factor of 1/60, rounded), a data error."""
    m = metric(q(target), q(actual))
    assert [p.code for p in minsheng.check(_program(m))] == []
    assert result_of(m).status is Status.MET


@pytest.mark.parametrize(
    ("target", "actual", "baseline", "status"),
    [
        ("增长100%", "4天", "48小时", Status.MET),
        ("增长10%", "1100米", "1公里", Status.MET),
        ("增长200%", "96小时", "2天", Status.NOT_MET),  # 2 times, not 48
    ],
)
def test_a_growth_converts_its_baseline_into_the_levels_unit(
    target: str, actual: str, baseline: str, status: Status
) -> None:
    """A review's: 4天 from 48小时 against 增长100% was not met, at 4.2 %."""
    m = metric(q(target), q(actual), kind=MetricKind.GROWTH, baseline=q(baseline))
    assert result_of(m).status is status


def test_a_growth_difference_has_no_digits_it_did_not_compute() -> None:
    """A review's: 7000人 from 6000人 against 增长10% gave 6.666666666666666666666666700 points."""
    r = result(q("增长10%"), q("7000人"), kind=MetricKind.GROWTH, baseline=q("6000人"))
    assert r.difference is not None
    assert str(r.difference) == "6.6666666666666666666666667"  # the quotient's 28 digits


def test_parts_converted_from_minutes_sum_to_the_hour() -> None:
    """A review's: 20+10+30 分钟 summed to 0.9999999999999999999999999999 小时, a data error."""
    parts = tuple(
        minsheng.Component(minsheng.Text(f"段{i}"), target=q("20分钟"), actual=q(a))
        for i, a in enumerate(["20分钟", "10分钟", "30分钟"])
    )
    m = minsheng.Metric(
        id="m",
        kind=MetricKind.DURATION,
        subject=minsheng.Text("时长"),
        direction=Direction.HIGHER,
        target=q("1小时"),
        actual=q("1小时"),
        components=parts,
    )
    assert [p.code for p in minsheng.check(_program(m))] == []


def test_a_programs_own_unit_of_a_rounded_fraction_converts_exactly() -> None:
    """A review's: a unit 分 of Decimal(1) / 60 missed 不超过1小时 at 60分 by 10⁻²⁸."""
    import attrs

    fen = minsheng.Unit(
        "分", minsheng.UnitKind.DURATION, "minute", "minutes", "分", "time", D(1) / 60
    )
    m = metric(
        q("不超过1小时"),
        attrs.evolve(q("60分钟"), unit="分", phrase=None),
        direction=Direction.LOWER,
        kind=MetricKind.DURATION,
    )
    r = minsheng.assess(_program(m, units=(fen,))).projects[0].metrics[0]
    assert (r.status, r.difference) == (Status.MET, D(0))
