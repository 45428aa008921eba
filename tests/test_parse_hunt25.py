"""Misreads the twenty-fifth and twenty-sixth hunts of real text found.

The twenty-fifth read social and medical insurance, pensions, minimum wages,
the housing fund, childcare subsidies and tiered utility prices, with Hong
Kong's and Taiwan's pages; the twenty-sixth the main expected targets of
government work reports, five-year plans' indicators, Hong Kong's and Macau's
policy addresses and Taiwan's national development plans.  Sources:
每月基本工資從新台幣2萬5250元調高到…;時薪…每小時基本工資從168元調高到176元
(accounting.org.tw), 本次月薪調漲約有180.14萬名勞工受惠 (news.tvbs.com.tw),
报销比例最高可以达到65% (xuexi.huize.com), 最高增加10个百分点 (a city's health
insurance explainer), 水费滞纳金按每日百分之五计算 (a question-and-answer page),
經濟成長率為百分之二到二點五之間 (news.cnyes.com), CPI約在1.6％跟1.7％之間
(udn.com) and 主要指标最多的一个大类 (a page on the fourteenth five-year plan).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from tests.conftest import assert_all_refused, found_figures, scanned


@pytest.mark.parametrize(
    "text",
    [
        "月薪新台幣2萬2000元;時薪140元",  # 140 renminbi: the currency reaches past ;
        "月薪為新台幣26,400元；時薪為176元",
        "長者生活津貼為每月港幣4,195元;高齡津貼為每月1,675元",
        "最低有關入息水平為HK$7,100;最高為30,000元",
    ],
)
def test_a_currency_named_before_reaches_past_a_semicolon(text: str) -> None:
    assert_all_refused(text)


def test_a_currency_named_after_its_amount_stops_at_a_semicolon() -> None:
    """约合20533美元 converts; the 元 after the semicolon are renminbi (a sixteenth hunt's)."""
    assert scanned("约合20533美元;常住人均生产总值为98094元。") == [
        ("约合20533美元", False),
        ("人均生产总值为98094元", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "經濟成長率為百分之二到二點五之間",  # 2 %, the low end alone
        "百分之三到四之间",
        "CPI約在1.6％跟1.7％之間",  # an exact 1.7 %
        "CPI在1.6%和1.7%之间",  # two exact figures
        "失業率介於3.6%與3.7%之間",
        "本次月薪調漲約有180.14萬名勞工受惠",  # a rise of about 1.8 million
        "此次提高约有50万人受益",
        "电价上涨约有300万户受影响",
        "报销比例最高可以达到65%",  # at least 65 %: a cap
        "报销比例最高能达到90%",
        "補助最高可以達到5000元",
        "最高增加10个百分点",  # a rise, its cap lost
        "每人最高增加300元",
        "最高提高到5000元",
        "成为主要指标最多的一个大类",  # at most 1: the one with the most
        "最多的3个省份",
        "數量最多的一個類別",
    ],
)
def test_hunt_forms_are_refused(text: str) -> None:
    """Each read a figure wrong in value, unit, bound or change."""
    assert_all_refused(text)


@pytest.mark.parametrize(
    ("text", "comparator", "unit"),
    [
        ("月用电量在180千瓦时及以内", minsheng.Comparator.AT_MOST, "千瓦时"),  # exactly 180
        ("年用水量180立方米及以内的部分", minsheng.Comparator.AT_MOST, "立方米"),
        ("家庭人口4人及以内", minsheng.Comparator.AT_MOST, "人"),
        ("180千瓦时及其以内", minsheng.Comparator.AT_MOST, "千瓦时"),
        ("最多增加10个百分点", minsheng.Comparator.AT_MOST, "个百分点"),  # as before
        ("最高可达到65%", minsheng.Comparator.AT_MOST, "%"),
        ("CPI在1.6%至1.7%之间", None, "%"),  # a range, as before
    ],
)
def test_bounds_read(text: str, comparator: minsheng.Comparator | None, unit: str) -> None:
    ((_, figure),) = found_figures(text)
    assert figure is not None
    assert (figure.comparator, figure.unit) == (comparator, unit)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("水费滞纳金按每日百分之五计算", "日"),  # 5 %: a late fee's, per day
        ("每日按欠费总额的千分之一计算", "日"),
        ("超过20号每日收取5‰滞纳金", "日"),
        ("每日千分之五", "日"),
        ("每月收取5%", "月"),
        ("每天收取5%", "天"),  # as before
    ],
)
def test_a_rate_each_day_keeps_its_day(text: str, period: str) -> None:
    ((_, figure),) = found_figures(text)
    assert figure is not None
    assert [p.unit or p.subject for p in figure.per] == [period]


@pytest.mark.parametrize("text", ["每日访问量下降10%", "每月缴纳8%", "平均每日成交额增加26%"])
def test_a_rate_of_a_day_s_measure_keeps_no_day(text: str) -> None:
    """The day's or month's measure rose once; a contribution is of a month's wage."""
    assert minsheng.parse_phrase(text).figure.per == ()


def test_a_count_after_a_change_without_having_reads() -> None:
    """本次调整约有50万人受益: 调整 is no change of the figure; 增加约5万人 is one."""
    ((phrase, figure),) = found_figures("本次调整约有50万人受益")
    assert figure is not None
    assert (phrase, figure.value) == ("约有50万人", Decimal(500000))
    reading = minsheng.parse_phrase("人数增加约5万人")
    assert (reading.change, reading.figure.approximation) == (
        minsheng.Measure.INCREMENT,
        minsheng.Approximation.ABOUT,
    )


@pytest.mark.parametrize(
    "text",
    [
        "每千人口拥有执业医师数等3项指标",  # 3 per 1000 people: the indicators' own
        "森林覆盖率、人均预期寿命等5项指标提前实现",
        "包括每千人口床位数在内的12个指标",
        "经济总量连续跨越110万亿元、120万亿元、130万亿元大关",  # exact amounts: crossed
        "地级及以上城市空气质量优良天数比率(%) 76。7 >80 - 约束性",  # > 80 with no unit
        "城镇调查失业率（%） ｜ 5.2 ｜ <5.5 ｜ 预期性",
        "12 每千人口拥有执业（助理）医师数（人） 2.9 3.2 — 预期性",
        "預算(元):3,509億",
    ],
)
def test_plan_and_table_forms_are_refused(text: str) -> None:
    assert_all_refused(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("节能降耗19.71%", Decimal("19.71")),  # a plain 19.71 %: a fall
        ("必须完成降耗4.48%的目标", Decimal("4.48")),
        ("化学需氧量减排10%", Decimal(10)),
        ("完成降碳18%", Decimal(18)),
    ],
)
def test_a_reduction_of_energy_or_emissions_reads_as_a_fall(text: str, value: Decimal) -> None:
    reading = minsheng.parse_phrase(text)
    assert (reading.figure.value, reading.change, reading.direction) == (
        value,
        minsheng.Measure.INCREMENT,
        minsheng.Direction.LOWER,
    )


def test_a_word_that_holds_its_object_counts_what_follows() -> None:
    """减排设施3套 counts the plants, as 减税政策3项 counts the policies."""
    reading = minsheng.parse_phrase("减排设施3套")
    assert (reading.figure.value, reading.change) == (Decimal(3), None)


@pytest.mark.parametrize(
    ("text", "pers"),
    [
        ("每户居民月实际用水量在10立方米以内", ["户", "月"]),  # per household: its month lost
        ("每户年用气量300立方米以内", ["户", "年"]),
        ("年用电量在2761千瓦时到4800千瓦时", ["年"]),
        ("時薪調幅43.94%", []),  # 43.94 % an hour: the hourly wage's change
        ("小时最低工资标准提高8%", []),
        ("时薪为24元", ["小时"]),  # as before
        ("每人每月按当地最低工资标准的60%领取", []),  # a share of a month's wage
        ("每亩就能节省化肥、水费等100多元", ["亩"]),  # per mu, after 等
    ],
)
def test_denominators(text: str, pers: list[str]) -> None:
    figure = minsheng.parse_phrase(text).figure
    assert [p.unit or p.subject for p in figure.per] == pers


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("全社会研发经费投入的年均增长将超过7%", minsheng.Comparator.MORE_THAN),  # no change
        ("年均增长要达到7%以上", minsheng.Comparator.AT_LEAST),
        ("年均增长将不低于6%", minsheng.Comparator.AT_LEAST),
    ],
)
def test_a_word_of_will_between_a_change_and_its_bound(
    text: str, comparator: minsheng.Comparator
) -> None:
    ((_, figure),) = found_figures(text)
    reading = minsheng.parse_phrase(text[text.index("年均") :])
    assert figure is not None
    assert (reading.figure.comparator, reading.change, [p.unit for p in reading.figure.per]) == (
        comparator,
        minsheng.Measure.INCREMENT,
        ["年"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "一般較市區或擴展市區的申請者平均短約 1年",  # about 1 year: shorter by it
        "較編配入住新界區公屋的長約兩年",
        "比原计划短3个月",
    ],
)
def test_a_comparative_of_length_is_a_difference(text: str) -> None:
    assert_all_refused(text)


# Their review's findings: neighbours still misread, and over-refusals.
@pytest.mark.parametrize(
    "text",
    [
        "小额担保贷款的利率最高可上浮3个百分点",  # an exact rise: the cap lost
        "个人贷款额度最高可提高至60万元",
        "贷款期限最长可延长至3年",
        "最高 增加10个百分点",
        "最高再提高5%",
        "最高还可增加300元",
        "最高将提高到5000元",
        "过去五年全市地区生产总值平均增长7.1%",  # a rise in all: each year's average
        "过去10年间GDP平均增长5.2%",
        "“十三五”期间平均增长7.1%",
        "錄得3.2%及5.1%按年升幅",  # two levels
        "跨越110万亿元、120万亿元的大关",
        "本次月薪調漲約180萬名勞工受惠",  # a rise of about 1.8 million
        "年减排颗粒物300吨",  # a level of 300 t
        "减排化学需氧量500吨",
        "用电量（千瓦时） 180 >200",  # more than 200 with no unit
        "城镇登记失业率[%] 4.5 <5.5",
        "人均可支配收入（元/人） 35000 >40000",
        "人均GDP等3大类",  # 3 per person
        "每千人口床位数等指标12项",
        "5公里含以内",  # exactly 5 km
    ],
)
def test_review_forms_are_refused(text: str) -> None:
    assert_all_refused(text)


@pytest.mark.parametrize(
    ("text", "pers"),
    [
        ("全市年用水量比上年减少3%", []),  # 3 % a year: the year of 上年
        ("年用电量较上年增长8%", []),
        ("年均比上年增长5%", ["年"]),
        ("每月征收的税款增长10%", []),  # the month's tax rose
        ("每日收取的快递量增长20%", []),
        ("每小时加收10%", ["小时"]),  # a rate an hour: its hour kept
        ("每小时增长2%", ["小时"]),
        ("为每户发放米、面、油等3类物资", ["户"]),  # per household, after 等
        ("为每位老人提供助餐、助浴等6项服务", ["位"]),
        ("每个村建设文化室、卫生室等5个设施", ["个"]),
    ],
)
def test_review_denominators(text: str, pers: list[str]) -> None:
    figure = minsheng.parse_phrase(text).figure
    assert [p.unit or p.subject for p in figure.per] == pers


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("减排量3万吨", Decimal(30000), "吨"),  # a quantity named: as before
        ("累计减排量达到12万吨", Decimal(120000), "吨"),
        ("减排比例达到30%", Decimal(30), "%"),
        ("减排设施3套", Decimal(3), "套"),
        ("养老金（元）提高到3000元。恩格尔系数降至0.28", Decimal("0.28"), None),  # prose
        ("日元一度贬值；居民收入增长至5万元", Decimal(50000), "元"),  # no amount named
    ],
)
def test_review_forms_read(text: str, value: Decimal, unit: str | None) -> None:
    figure = found_figures(text)[-1][1]
    assert figure is not None
    assert (figure.value, figure.unit) == (value, unit)
