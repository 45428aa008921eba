"""Misreads a thirteenth hunt of real text found.

Its pages: 2026 pledge lists, completion notices, care, schools, housing and
food safety.  Each phrase now reads right or is refused, by the parser and the scan alike.
Sources: 总体不及格率为2.61% (yanwo22.com), 地区生产总值迈上6万亿元台阶
(hb.cri.cn, 2026-01-28), 跨越140萬億元人民幣關口 (hk01.com).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from minsheng import parse_phrase


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("总体不及格率为2.61%", "2.61"),
        ("未达标水体3个", "3"),
        ("整改不到位问题30个", "30"),
        ("不及格学生300名", "300"),
        ("未满月婴儿300名", "300"),
        ("不到岗人员5名", "5"),
        ("不足额缴费300人", "300"),
        ("不及时处理的问题30个", "30"),
    ],
)
def test_a_negation_inside_a_noun_is_no_bound(text: str, value: str) -> None:
    """不及格率为2.61% read as under 2.61 %, 未达标水体3个 as under three."""
    figure = parse_phrase(text).figure
    assert (figure.value, figure.comparator) == (Decimal(value), None)
    found = [f for f in minsheng.find_quantities(text) if f.reading is not None]
    assert [f.reading.figure.comparator for f in found if f.reading is not None] == [None]


@pytest.mark.parametrize(
    "text", ["不足3000元", "未达到3000元", "不到3个月", "未满3年", "收入不及3000元"]
)
def test_the_same_words_before_a_figure_still_bound_it(text: str) -> None:
    """不足, 未达到, 不到, 未满, 不及 right before a figure: less than it."""
    assert parse_phrase(text).figure.comparator is minsheng.Comparator.LESS_THAN


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("地区生产总值迈上6万亿元台阶。", "6万亿元台阶"),
        ("2025年跨越140萬億元人民幣關口。", "跨越140萬億元人民幣關口"),
    ],
)
def test_a_threshold_crossed_is_refused(text: str, phrase: str) -> None:
    """迈上6万亿元台阶 read as exactly 6万亿元 (the year's figure was 62661亿元)."""
    with pytest.raises(minsheng.ParseError, match="a bound after the figure"):
        parse_phrase(text.rstrip("。"))
    (found,) = minsheng.find_quantities(text)
    assert (found.phrase, found.reading) == (phrase, None)


def test_a_threshold_after_a_bound_of_its_own_reads() -> None:
    """突破1万亿元大关: more than it, as 突破1万亿元."""
    figure = parse_phrase("突破1万亿元大关").figure
    assert (figure.value, figure.comparator) == (Decimal(10**12), minsheng.Comparator.MORE_THAN)
    (found,) = minsheng.find_quantities("GDP突破1万亿元大关。")
    assert found.reading is not None
    assert found.reading.figure.comparator is minsheng.Comparator.MORE_THAN


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("年服务能力达到10万人次以上", "年"),
        ("年诊疗量达到50万人次", "年"),
        ("日配送能力达到5000份", "日"),
    ],
)
def test_a_period_before_more_verbs_is_a_denominator(text: str, period: str) -> None:
    """年服务能力达到10万人次 lost its year, where 年接待能力 kept it (能力 and 量 only)."""
    (per,) = parse_phrase(text).figure.per
    assert per.unit == period


@pytest.mark.parametrize(
    "text", ["今年服务群众10万人次", "全年服务10万人次", "2025年服务群众10万人次"]
)
def test_a_year_named_before_the_same_verbs_is_no_denominator(text: str) -> None:
    """今年, 全年, 2025年: the year's total, not per year."""
    assert parse_phrase(text).figure.per == ()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("负荷不足额定容量的60%", "60"),
        ("考核得分未达标准分的60%", "60"),
        ("空置率不到岗位总数的5%", "5"),
        ("婴儿未满月龄6个月", "6"),
    ],
)
def test_a_bound_before_a_word_that_starts_like_those_nouns_still_bounds(
    text: str, value: str
) -> None:
    """A review's: 不足额定容量的60% lost its bound to the guard of 不足额."""
    figure = parse_phrase(text).figure
    assert (figure.value, figure.comparator) == (Decimal(value), minsheng.Comparator.LESS_THAN)


@pytest.mark.parametrize(
    "text",
    ["学雷锋志愿服务月服务群众3万人次", "全国爱耳日诊疗300人次", "隔日配送3000件", "年接诊3万人次"],
)
def test_a_day_or_month_that_names_an_event_is_no_denominator(text: str) -> None:
    """A review's: 志愿服务月服务群众3万人次 read as per month (only 能力 and 量 take one)."""
    assert parse_phrase(text).figure.per == ()


@pytest.mark.parametrize(
    "text", ["迈上1万亿元新台阶", "迈上6万亿元的台阶", "邁上6萬億元臺階", "跨越140万亿元的关口"]
)
def test_a_threshold_with_a_word_between_is_refused_too(text: str) -> None:
    """A review's: 迈上1万亿元新台阶 read as exactly 1万亿元."""
    with pytest.raises(minsheng.ParseError, match="a bound after the figure"):
        parse_phrase(text)
    assert all(f.reading is None for f in minsheng.find_quantities(text))


def test_a_threshold_after_a_bound_below_reads() -> None:
    """跌破1万亿元大关: less than it (a review's: refused)."""
    assert parse_phrase("跌破1万亿元大关").figure.comparator is minsheng.Comparator.LESS_THAN


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("每个托位补助1万元", ("个", "托位")),
        ("每张床位补贴1万元", ("张", "床位")),
        ("每个助餐点补贴5万元", ("个", "助餐点")),
        ("每家养老机构补贴10万元", ("家", "养老机构")),
        ("每個託位補助1萬元", ("个", "托位")),
    ],
)
def test_the_noun_after_mei_and_a_classifier_is_the_denominator(
    text: str, per: tuple[str, str]
) -> None:
    """每个托位补助1万元 read as per 个, the place dropped (and per 个 of any meal point)."""
    (found,) = parse_phrase(text).figure.per
    assert (found.unit, found.subject) == per


def test_a_size_that_names_a_class_of_care_homes_is_passed_over() -> None:
    """床位100张以上的护理院3家 found ≥ 100 beds as well as the three homes.

    面积500平方米以上的社区食堂10个 was passed over: both qualify what the count counts.
    """
    found = minsheng.find_quantities("建设床位100张以上的护理院3家。")
    assert [f.phrase for f in found] == ["3家"]
    assert [f.phrase for f in minsheng.find_quantities("新增床位100张以上。")] == ["100张以上"]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("日平均客流超过2000人次", ("日", None)),
        ("日平均办件量1200件", ("日", None)),
        ("月平均1.2亿元", (None, "月")),
        ("平均年增长5%", ("年", None)),
    ],
)
def test_a_day_s_or_month_s_average_is_per_day_or_month(
    text: str, period: tuple[str | None, str | None]
) -> None:
    """A fourteenth hunt's: 日平均客流超过2000人次 read as a total, 平均年增长5% as one rise."""
    (per,) = parse_phrase(text).figure.per
    assert (per.unit, per.subject) == period
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is not None
    assert [(p.unit, p.subject) for p in found.reading.figure.per] == [period]


@pytest.mark.parametrize("text", ["今日平均客流2000人次", "平均年龄45岁"])
def test_today_or_an_average_age_is_no_period(text: str) -> None:
    """今日, 平均年龄: no denominator."""
    assert parse_phrase(text).figure.per == ()


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("同比减少26起、443人。", "26起、443人"), ("同比增加3起、10人。", "3起、10人")],
)
def test_a_change_governs_the_items_after_a_refused_one(text: str, phrase: str) -> None:
    """A fourteenth hunt's: 同比减少26起、443人 found 443人 as a plain level (26起 refused)."""
    assert [(f.phrase, f.reading) for f in minsheng.find_quantities(text)] == [(phrase, None)]


def test_items_after_a_refused_one_without_a_change_are_found() -> None:
    """发生事故26起、死亡443人: no change word; 443人 is found and read."""
    found = minsheng.find_quantities("发生事故26起、死亡443人。")
    assert [(f.phrase, f.reading is not None) for f in found] == [("26起", False), ("443人", True)]


@pytest.mark.parametrize(
    ("text", "per"),
    [("每张年票售价100元", ("张", None)), ("每张学生证补办收费10元", ("张", None))],
)
def test_zhang_takes_no_noun_but_beds(text: str, per: tuple[str, str | None]) -> None:
    """A review's: 每张年票 read as per 张 per year once 张 took the nouns after it."""
    (found,) = parse_phrase(text).figure.per
    assert (found.unit, found.subject) == per


@pytest.mark.parametrize(
    "text",
    ["每位企业家奖励5万元", "每个项目经理配备2名", "每个项目点补助3万元", "每个站点长补贴500元"],
)
def test_a_noun_that_runs_on_is_refused(text: str) -> None:
    """A review's: 每位企业家 read as per firm, 每个项目点 as per project."""
    with pytest.raises(minsheng.ParseError, match="noun runs on"):
        parse_phrase(text)


def test_a_normal_year_compared_with_is_no_period() -> None:
    """A review's: 降水量较平均年增加20% (than a normal year) read as per year."""
    assert parse_phrase("降水量较平均年增加20%").figure.per == ()


def test_an_about_word_after_the_change_still_governs_the_list() -> None:
    """A review's: 同比减少约26起、443人 found 443人 as a plain level."""
    found = minsheng.find_quantities("同比减少约26起、443人。")
    assert [(f.phrase, f.reading) for f in found] == [("26起、443人", None)]
