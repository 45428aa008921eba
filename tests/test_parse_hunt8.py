"""Misreads an eighth hunt found.

It read pledge lists, work-report targets and pages from Hong Kong, Macau and
Taiwan. Each phrase now reads right or is refused, by the parser and the scan
alike; the hunt's addresses are in the docstrings.
"""

from __future__ import annotations

import pytest

import minsheng
from minsheng import parse_quantity as parse


@pytest.mark.parametrize(
    "text",
    [
        "每戶每月補貼3000元(澳門元)",
        "3000元（澳門元）",
        "永久居民为每人9000元(澳门元,下同)",
        "澳幣5000元",
        "MOP10,000元",
        "发放HKD500元",
    ],
)
def test_an_amount_in_patacas_or_another_currency_is_refused(text: str) -> None:
    """永久居民为每人9000元(澳门元,下同) (m.yunzhuan.com) read as 9,000 yuan in renminbi.

    A 澳门元 in brackets after 元, 澳币 and a currency code before the amount
    name a currency other than renminbi, as 港币 there did.
    """
    with pytest.raises(minsheng.ParseError, match=r"currency|unexpected text"):
        parse(text)
    found = list(minsheng.find_quantities(text + "。"))
    assert found
    assert all(f.reading is None for f in found)


@pytest.mark.parametrize(("text", "unit"), [("3000澳门元", "澳门元"), ("RMB3000元", None)])
def test_patacas_as_a_unit_and_renminbi_by_its_code_read(text: str, unit: str | None) -> None:
    """3000澳门元 is in the unit 澳门元; RMB3000元 is renminbi, found without its code."""
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is not None
    assert found.reading.figure.value == 3000
    if unit is not None:
        assert found.reading.figure.unit == unit


def test_a_second_unit_in_full_width_brackets_is_found_with_them() -> None:
    """3000人（人次） was found as a plain 3000人: the parser refuses the phrase whole."""
    (found,) = minsheng.find_quantities("服务3000人（人次）。")
    assert (found.phrase, found.reading) == ("3000人（人次）", None)


@pytest.mark.parametrize(
    "text", ["提早0.4年", "较上季提早了0.2年", "比计划提前10天", "推迟5天", "推后3天"]
)
def test_a_shift_in_time_is_refused_by_the_scan_too(text: str) -> None:
    """平均輪候時間…提早0.4年 (hkcna.hk): the scan found a plain 0.4 years.

    The parser refused 提前10天; the scan cut the shift off. 提早 and 推后 are
    shifts too, and the scan finds the shift with its figure.
    """
    with pytest.raises(minsheng.ParseError, match="a shift in time"):
        parse(text)
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is None
    assert found.phrase.startswith(("提早", "提前", "推迟", "推后"))


@pytest.mark.parametrize(
    "text",
    ["发生重污染395天次", "巡河500公里次", "出动巡查3000小时次", "飞防作业3000亩次", "200吨次"],
)
def test_a_measure_that_counts_occasions_is_refused(text: str) -> None:
    """發生重污染395天次 (an air-quality bulletin) read as 395 days; 公里次 as km."""
    with pytest.raises(minsheng.ParseError, match="a unit made of two"):
        parse(text)
    found, change = minsheng.find_quantities(text + "，同比下降5%。")
    assert found.reading is None
    assert found.phrase.endswith("次")
    assert change.reading is not None


@pytest.mark.parametrize(
    "text", ["为确保市十四届人大四次会议确定的任务", "达到十四届人大确定的目标"]
)
def test_a_session_of_a_congress_is_no_figure(text: str) -> None:
    """為確保市十四屆人大四次會議… (a Hangzhou document) read as at least 14."""
    assert list(minsheng.find_quantities(text + "。")) == []


@pytest.mark.parametrize("text", ["孕产妇死亡率为10万分之8.5", "十万分之八点五", "3分之1"])
def test_a_fraction_of_a_large_number_is_refused_whole(text: str) -> None:
    """孕产妇死亡率为10万分之8.5 (a probe): the scan found 10万, 100,000."""
    with pytest.raises(minsheng.ParseError, match="a fraction of a large"):
        parse(text)
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is None
    assert found.phrase.endswith(("8.5", "八点五", "1"))


def test_fractions_of_a_hundred_a_thousand_or_a_small_numeral_still_read() -> None:
    """百分之五, 千分之三 and 四分之一 read as before; 数 before 百分之 ends a word."""
    assert parse("百分之五").value == 5
    assert parse("千分之三").unit == "‰"
    assert parse("四分之一").value == 25
    assert parse("预测数百分之五").value == 5


@pytest.mark.parametrize("text", ["最多的一天达到3.2万人次", "最少的一天也有1200人"])
def test_the_busiest_day_is_no_bound_on_days(text: str) -> None:
    """最多的一天 (a probe) was found as at most one day: it is the busiest day."""
    found = list(minsheng.find_quantities(text + "。"))
    assert [f.phrase for f in found if "一天" in f.phrase] == []
    assert found[-1].phrase.endswith(("人次", "人"))


@pytest.mark.parametrize(
    "text", ["已延长八个专科门诊的服务时间", "延长8条公交线路运营时间", "缩短20个事项的办理时限"]
)
def test_a_count_of_things_after_lengthening_or_shortening_is_refused(text: str) -> None:
    """已延長八個專科門診的服務時間 (a Macau page) read as 8 more.

    The count names whose time is lengthened or cut, not by how much.
    """
    with pytest.raises(minsheng.ParseError, match="延长 or 缩短 before a count of things"):
        parse(text)
    (found,) = minsheng.find_quantities(text + "。")  # the count, and whose time it is
    assert found.reading is not None
    assert found.reading.change is None
    assert found.phrase.endswith(("时间", "时限"))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("延长3公里", "公里"),
        ("缩短2个工作日", "个工作日"),
        ("减少3个环节", "个"),
        ("缩短3个环节", "个"),
    ],
)
def test_a_change_by_a_length_a_time_or_a_count_still_reads(text: str, unit: str) -> None:
    """延长3公里 and 缩短2个工作日 are changes; 减少3个环节 is three fewer steps."""
    quantity = parse(text)
    assert quantity.unit == unit


@pytest.mark.parametrize("text", ["2.0版本", "4.0時代", "数字人民币3.0版本"])
def test_a_version_or_an_era_is_a_name(text: str) -> None:
    """2.0版 and 4.0時代 read as bare numbers (an eighth hunt's)."""
    with pytest.raises(minsheng.ParseError, match="an ordinal or a name"):
        parse(text)


@pytest.mark.parametrize(
    ("text", "value"), [("推出特刊8版", 8), ("连续3届", 3), ("1000万版权收入", 10000000)]
)
def test_editions_sessions_and_copyright_still_count(text: str, value: int) -> None:
    """A review's: 8版, 3届 count, and 版权 is no 版; only 届人大 and 版本 name."""
    assert parse(text).value == value
    if "版权" in text:
        (found,) = minsheng.find_quantities(text + "。")
        assert found.reading is not None
        assert found.reading.figure.value == value


def test_jianyue_ends_a_word_not_about() -> None:
    """「簡約公屋」平均輪候3.1年 (eastweek.stheadline.com) was refused: 簡約 is a name."""
    (found,) = minsheng.find_quantities("「簡約公屋」平均輪候3.1年。")
    assert found.reading is not None
    assert found.reading.figure.approximation is minsheng.Approximation.ROUNDED


@pytest.mark.parametrize(
    ("text", "value"), [("由每班28人增至35人", 35), ("学校每班平均人数为38.4名", "38.4")]
)
def test_per_class_is_a_denominator(text: str, value: object) -> None:
    """由每班28人增至35人 (exmoo.com, Macau) was refused: 每班 is per class."""
    quantity = parse(text)
    assert str(quantity.value) == str(value)
    assert [p.subject for p in quantity.per] == ["班"]


@pytest.mark.parametrize("text", ["每班车30人", "每班组3人", "每班主任补贴300元"])
def test_a_bus_a_team_or_a_teacher_is_no_class(text: str) -> None:
    """班车, 班组 and 班主任 start with 班 but are no class: refused, not per class."""
    with pytest.raises(minsheng.ParseError, match="unreadable denominator"):
        parse(text)


def test_per_run_is_still_per_run() -> None:
    """A review's: 每班次30人 is per run (班次, a unit), as before 每班 was read."""
    assert [p.unit for p in parse("每班次30人").per] == ["班次"]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("五年来年均增长7.5%", "年"),
        ("近来日均接待游客3000人次", "日"),
        ("建成年产10万吨的生产线", "年"),
        ("形成年产能力100万吨", "年"),
        ("今冬日均供气量达500万立方米", "日"),
        ("托幼日均服务300人次", "日"),
    ],
)
def test_a_period_after_a_word_that_only_looks_like_a_season_or_an_age_is_kept(
    text: str, period: str
) -> None:
    """A review's: 五年来年均, 建成年产, 今冬日均 and 托幼日均 lost their period.

    来年, 成年, 冬日 and 幼年 name no period alone; 年来, 建成, 今冬 + 日均 do.
    """
    assert [p.unit or p.subject for p in parse(text).per] == [period]
    found = list(minsheng.find_quantities(text + "。"))[-1]
    assert found.reading is not None
    assert [p.unit or p.subject for p in found.reading.figure.per] == [period]


@pytest.mark.parametrize(
    "text",
    ["七成六十岁以上老人", "四成五岁以下儿童", "八成五年前", "3成1次", "四成三点五", "六成九十后"],
)
def test_a_digit_after_cheng_that_starts_the_next_word_is_refused(text: str) -> None:
    """A review's: 七成六十岁以上老人 read as 76 %; it is 70 % of those aged 60 and over."""
    with pytest.raises(minsheng.ParseError, match="a digit after 成"):
        parse(text)
    found = list(minsheng.find_quantities(text + "。"))
    assert all(f.reading is None for f in found if "成" in f.phrase)


@pytest.mark.parametrize(
    ("text", "value"), [("精简约40%的申报材料", 40), ("审批时限精简约60%", 60)]
)
def test_jingjian_then_about_keeps_about(text: str, value: int) -> None:
    """A review's: 精简约40% lost its 约 to 简约; it is about 40 % fewer."""
    quantity = parse(text)
    assert quantity.value == value
    assert quantity.approximation is minsheng.Approximation.ABOUT


@pytest.mark.parametrize("text", ["3000元（人民币）", "补贴3000元(人民币)"])
def test_renminbi_named_again_in_brackets_is_no_second_unit(text: str) -> None:
    """A review's: the scan refused 3000元（人民币） as a second unit."""
    assert parse(text).value == 3000
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is not None
    assert found.phrase == text.removeprefix("补贴")


def test_a_denominator_after_renminbi_named_again_is_kept() -> None:
    """3000元（人民币）/人 was found as 3000元, its /人 dropped: it is per person."""
    (found,) = minsheng.find_quantities("补贴3000元（人民币）/人。")
    assert found.reading is not None
    assert [p.unit for p in found.reading.figure.per] == ["人"]
    assert parse("3000元(人民币)以上").comparator is minsheng.Comparator.AT_LEAST


@pytest.mark.parametrize("text", ["10万分之", "3分之", "十万分之", "发病率为10万分之。"])
def test_a_fraction_with_nothing_after_it_is_refused_not_a_crash(text: str) -> None:
    """A review's: find_quantities raised IndexError on a text that ends in 10万分之."""
    (found,) = minsheng.find_quantities(text)
    assert found.reading is None
    assert found.phrase.endswith("分之")


@pytest.mark.parametrize(
    "text", ["设计使用年限100年至120年", "树龄120至140年", "有100年至120年历史", "历时100年至110年"]
)
def test_a_span_of_over_a_century_in_its_context_reads(text: str) -> None:
    """A review's: a building's life or a tree's age is a span, not years of the Republic."""
    assert parse(text).unit == "年"


def test_a_code_before_a_count_in_another_unit_is_no_currency() -> None:
    """A review's: NTD 20种 (neglected tropical diseases) was refused as a currency."""
    (found,) = minsheng.find_quantities("NTD 20种。")
    assert (found.phrase, found.reading is not None) == ("20种", True)
