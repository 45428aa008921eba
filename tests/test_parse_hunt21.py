"""Misreads a twenty-first hunt of real text found: budgets, sport, culture, safety.

Its pages: provincial and county budget reports, sport and culture facilities,
rural revitalization, social assistance standards, public safety, and Hong
Kong's, Macau's and Taiwan's pages on them.  Sources: 藏品數量4665萬件/套
(3nexsa.cn), 省級支出同比減支15.75億元 and 增支83.51億元 (dddjmc.com), 較原編列增列
115億元 (pchome.com.tw), 财政收支相抵支出大于收入3098亿元 (sina.com.cn), 服务范围不应
超过50km2 (cabr-fire.com), 每年因交通事故死亡人数已经连续十余年 (360docs.net),
人均体育消费分别为2428元(人民币,下同)和1451元 (sushuapos.com).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from minsheng import Direction, Measure, Per


@pytest.mark.parametrize("text", ["藏品數量4665萬件/套", "300台/套", "1200个/处"])
def test_one_measure_word_or_another_is_no_denominator(text: str) -> None:
    """4665萬件/套 read as 46,650,000 items per set: items or sets."""
    found = list(minsheng.find_quantities(text))
    assert found
    assert all(f.reading is None for f in found)


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("每人购买2张/人", Per(Decimal(1), "人")),  # (限购 is a limit: refused)
        ("3台/户", Per(Decimal(1), "户")),
        ("1名/人", Per(Decimal(1), "人")),  # the property test's: per person
    ],
)
def test_a_count_per_person_or_household_stays_a_denominator(text: str, per: Per) -> None:
    (found,) = minsheng.find_quantities(text)
    assert found.reading is not None
    assert found.reading.figure.per == (per,)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("省級支出同比減支15.75億元", Direction.LOWER),
        ("增支83.51億元", Direction.HIGHER),
        ("較原編列增列115億元", Direction.HIGHER),
    ],
)
def test_a_budget_s_change_words_are_changes(text: str, direction: Direction) -> None:
    """減支15.75億元 and 少收15亿元 read as plain amounts: they are changes by them."""
    found = [f for f in minsheng.find_quantities(text) if f.reading is not None]
    assert [(f.reading.change, f.reading.direction) for f in found if f.reading] == [
        (Measure.INCREMENT, direction)
    ]


@pytest.mark.parametrize(
    "text",
    ["财政收支相抵支出大于收入3098亿元", "男性多于女性3.2万人", "遠低於台北市23處"],
)
def test_more_than_a_thing_by_an_amount_is_a_difference(text: str) -> None:
    """支出大于收入3098亿元 read as more than 3098亿元: a deficit of it."""
    (found,) = minsheng.find_quantities(text)
    assert found.reading is None


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("面积大于500平方米", minsheng.Comparator.MORE_THAN),
        ("大于收入的3%", minsheng.Comparator.MORE_THAN),
        ("不超过总医疗费10%", minsheng.Comparator.AT_MOST),
    ],
)
def test_a_bound_of_the_figure_still_reads(text: str, comparator: minsheng.Comparator) -> None:
    (found,) = minsheng.find_quantities(text)
    assert found.reading is not None
    assert found.reading.figure.comparator is comparator


@pytest.mark.parametrize("text", ["服务范围不应超过50km2建设用地规模", "面积约50km2"])
def test_square_kilometres_in_letters_are_no_length(text: str) -> None:
    """不应超过50km2 read as at most 50 km."""
    assert all(
        f.reading is None or f.reading.figure.unit != "千米" for f in minsheng.find_quantities(text)
    )


@pytest.mark.parametrize(
    "text", ["中国每年因交通事故死亡人数已经连续十余年居世界第一", "每年举办该活动已连续5年"]
)
def test_years_per_year_are_refused(text: str) -> None:
    """每年…连续十余年 read as more than 10 years a year."""
    (found,) = minsheng.find_quantities(text)
    assert found.reading is None


def test_days_per_year_still_read() -> None:
    (found,) = minsheng.find_quantities("每年带薪年休假5天")
    assert found.reading is not None
    assert found.reading.figure.per == (Per(Decimal(1), "年"),)


@pytest.mark.parametrize(
    "text",
    ["人均体育消费分别为2428元(人民币,下同)和1451元", "每人每月1800元(集中养育)、1400元(社会散居)"],
)
def test_a_note_between_list_items_keeps_the_list(text: str) -> None:
    """…和1451元 read as a plain 1451元: the note hid the list, and its 人均 was lost."""
    found = list(minsheng.find_quantities(text))
    assert not any(f.reading is not None and f.reading.figure.value in (1451, 1400) for f in found)


# A review of these rules (its third of the day) found these.


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("每年至少收到3000元", minsheng.Comparator.AT_LEAST),
        ("每人最少收100元", minsheng.Comparator.AT_LEAST),
        ("至少收入3000元", minsheng.Comparator.AT_LEAST),
    ],
)
def test_at_least_received_is_no_fall(text: str, comparator: minsheng.Comparator) -> None:
    """每年至少收到3000元 read as a fall to 3000: 少收 of 至少收."""
    (found,) = minsheng.find_quantities(text)
    assert found.reading is not None
    assert (found.reading.figure.comparator, found.reading.change) == (comparator, None)


@pytest.mark.parametrize("text", ["强调减少支出3000万元", "协调减少用地3000亩"])
def test_words_that_end_in_tiao_leave_their_cut_refused(text: str) -> None:
    """强调减少支出3000万元 read as a plain amount: 调减 of 强调减少 took the cut."""
    (found,) = minsheng.find_quantities(text)
    assert found.reading is None


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("每期刊发2篇/期", Per(Decimal(1), "期")),
        ("每场演出4次/场", Per(Decimal(1), "场")),
    ],
)
def test_per_issue_and_per_show_stay_denominators(text: str, per: Per) -> None:
    (found,) = minsheng.find_quantities(text)
    assert found.reading is not None
    assert found.reading.figure.per == (per,)


@pytest.mark.parametrize(
    "text",
    ["每月发放补贴已连续6个月", "每日坚持锻炼已连续30天"],
)
def test_the_review_s_variants_are_refused(text: str) -> None:
    (found,) = minsheng.find_quantities(text)
    assert found.reading is None


def test_newly_listed_is_no_rise() -> None:
    """新增列为重点项目30个 read by parse_phrase as a change to 30: 新增, then 列为."""
    reading = minsheng.parse_phrase("新增列为重点项目30个")
    assert reading.change is None


# A twenty-second hunt (317 sentences, 53 pages of county and district pledge
# lists and completion reports): 确保实现任务清零 and 新建无人值守24小时城市书屋2个
# (bx2200.com, rd.ankang.gov.cn).


@pytest.mark.parametrize(
    "text",
    [
        "确保实现任务清零",
        "确保欠薪动态清零",
        "确保一个不漏",
        "确保一户一人稳定就业",
        "确保一次办好",
    ],
)
def test_set_words_after_que_bao_hold_no_figure(text: str) -> None:
    """确保实现任务清零 read as at least 0, 确保一个不漏 as at least one."""
    assert list(minsheng.find_quantities(text)) == []


@pytest.mark.parametrize("text", ["确保三年完成改造", "确保3个工作日办结"])
def test_que_bao_before_a_time_is_refused(text: str) -> None:
    """确保三年完成改造 read as at least 3 years: a deadline, within them."""
    (found,) = minsheng.find_quantities(text)
    assert found.reading is None


def test_que_bao_before_a_count_still_bounds_it() -> None:
    (found,) = minsheng.find_quantities("确保3000个")
    assert found.reading is not None
    assert found.reading.figure.comparator is minsheng.Comparator.AT_LEAST


def test_hours_that_name_a_reading_room_are_no_duration() -> None:
    """新建无人值守24小时城市书屋2个 found 24 小时."""
    assert [f.phrase for f in minsheng.find_quantities("新建无人值守24小时城市书屋2个")] == ["2个"]


# A fourth review (of the fixes above) found these.


@pytest.mark.parametrize("text", ["购置车辆50辆/台", "2000株/棵"])
def test_other_pairs_of_measure_words_are_refused(text: str) -> None:
    """50辆/台 read as 50 vehicles per machine once the pairs were a fixed list."""
    assert all(f.reading is None for f in minsheng.find_quantities(text))


@pytest.mark.parametrize("text", ["核减不合理费用3000万元", "少收税费5亿元", "比上年少收3000万元"])
def test_budget_cuts_stay_changes(text: str) -> None:
    (found,) = minsheng.find_quantities(text)
    assert found.reading is not None
    assert (found.reading.change, found.reading.direction) == (Measure.INCREMENT, Direction.LOWER)


@pytest.mark.parametrize("text", ["确保用3年时间完成", "每个月已连续6个月"])
def test_the_fourth_review_s_variants_are_refused(text: str) -> None:
    (found,) = minsheng.find_quantities(text)
    assert found.reading is None


@pytest.mark.parametrize("text", ["确保一个也不能少", "一户一档", "一个不落", "一人一策"])
def test_more_set_words_hold_no_figure(text: str) -> None:
    assert list(minsheng.find_quantities(text)) == []


def test_a_cap_far_after_the_largest_one_caps_each() -> None:
    """单户最大贷款额度…原则上不超过50万元: a cap per household, 30 characters on."""
    (found,) = minsheng.find_quantities("单户最大贷款额度由各地根据实际确定原则上不超过50万元")
    assert found.reading is not None
    assert found.reading.figure.per == (Per(Decimal(1), "户"),)
