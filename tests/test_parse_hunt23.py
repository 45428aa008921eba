"""Misreads a twenty-third hunt of real text found: service pledges, utilities, farming.

Its pages: government services' time limits, utilities' pledges, food safety,
tourism, grain output, and Hong Kong's, Macau's and Taiwan's performance
pledges.  Sources: 運輸署在10個工作天內…寄回 (news.gov.hk), 於接獲HBP1表格後9個工作天內回應
(dsd.gov.hk), 比上年減少16.6千公頃 (the national statistics bureau's early rice
release, as m.xtnichuang.com prints it), 抽樣誤差不超過±2.93% (agesnews.com),
響鈴3次內接聽 (a gas company's pledge, olsa.cn).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from minsheng import Comparator
from tests.conftest import assert_all_refused, found_figures


@pytest.mark.parametrize(
    "text",
    [
        "運輸署在10個工作天內,以掛號郵件方式寄回",
        "於接獲HBP1表格後9個工作天內回應",
        "簽發新食物業牌照最長217個工作天",
        "平均處理時間介乎138至217個工作天",
        "在四個工作天內完成開標程序",
        "在20個曆日內",
        "5個營業日內",
        "30个日历天",
        "30个日历日内",
        "7个交易日内",
        "3个银行工作日内",
        "5个法定工作日内",
        "5个工作小时内",
        "2个工作周内",
        "3個辦公日內",
        "10个自然日内",  # found as a bare 10, though the parser refused it
        "在3个自然日内完成",
        # its review's: a space, a word before the day, other days, weeks and months
        "10个 工作天",
        "5個完整工作天內",
        "10个有效工作日内",
        "5个国家法定工作日",
        "连续3个自然月",
        "3个自然天",
        "5個營業天",
        "2个自然周",
    ],
)
def test_days_of_a_kind_minsheng_does_not_read_are_refused(text: str) -> None:
    """10個工作天內 read as 10 个, its unit and bound lost; 10个自然日内 as a bare 10."""
    assert_all_refused(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("5个工作日内办结", Decimal(5), "个工作日"),
        ("3個月內", Decimal(3), "个月"),
        ("10天內", Decimal(10), "天"),
    ],
)
def test_days_minsheng_reads_stay_within(text: str, value: Decimal, unit: str) -> None:
    ((_, figure),) = found_figures(text)
    assert figure is not None
    assert (figure.value, figure.unit, figure.comparator) == (value, unit, Comparator.AT_MOST)


@pytest.mark.parametrize(
    "text",
    [
        "2021年全國早稻比上年減少16.6千公頃(24.9萬畝)",
        "增加12.5千公顷",
        "约16.6千户",
        "不少于12.5千人",
        "以2230.3千公頃的播種面積",
        "比上年减少16.6 千公顷",  # its review's: a space, and 仟 (Taiwan's budgets)
        "減少4,639,924仟元",
        "增加16.6千",
    ],
)
def test_thousands_after_a_number_of_ten_or_more_are_refused(text: str) -> None:
    """比上年減少16.6千公頃 read as a fall of 16.6, with no unit: 1000 times too small."""
    for phrase, figure in found_figures(text):
        if any(n in phrase for n in ("千", "仟", "16.6", "12.5", "2230.3", "4,639,924")):
            assert figure is None, phrase
        else:
            assert figure is not None
            assert figure.unit == "亩", phrase  # the bracket's 24.9萬畝 still reads


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("增加3.5千公顷", Decimal(3500), "公顷"),
        ("增加16.6千米", Decimal("16.6"), "千米"),
        ("增加16.6万公顷", Decimal(166000), "公顷"),
    ],
)
def test_thousands_the_parser_reads_still_read(text: str, value: Decimal, unit: str) -> None:
    ((_, figure),) = found_figures(text)
    assert figure is not None
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "抽樣誤差不超過±2.93%",
        "误差±3%",
        "偏差不大于±5%",
        "误差在±3%以内",
        # its review's: a space after ±, and a figure before it
        "误差不超过± 2.93%",
        "控制在1000±50元",
        "湿度控制在60%±5%",
        "含量达到95%±2%",
        "增长5%±1%",
    ],
)
def test_a_tolerance_either_side_is_refused(text: str) -> None:
    """不超過±2.93% read as exactly 2.93 %: its bound was lost with the ±."""
    assert_all_refused(text)


@pytest.mark.parametrize(
    "text",
    [
        "服務熱線響鈴3次內接聽",
        "3次内办结",
        "材料5份內即可",
        "10人內的小團",
        "每场100人内参加",  # its review's: 内参 is a word, 内参加 is not
        "3次内生成报告",
        "引进10家内、外资企业",
    ],
)
def test_within_a_count_before_a_verb_is_refused(text: str) -> None:
    """響鈴3次內接聽 read as exactly 3 次: within 3 rings, or a word 內接."""
    assert_all_refused(text)


@pytest.mark.parametrize(
    ("text", "value", "unit", "comparator"),
    [
        ("改造60条内街小巷", Decimal(60), "条", None),
        ("新建3条内河", Decimal(3), "条", None),
        ("设10个内设机构", Decimal(10), "个", None),
        ("4个内在要求", Decimal(4), "个", None),  # its review's: read, then refused
        ("5名内分泌科医生", Decimal(5), "名", None),
        ("3个内黄县", Decimal(3), "个", None),
        ("3个工作周期", Decimal(3), "个", None),
        ("5个交易日志", Decimal(5), "个", None),
        ("惠及1.2万百姓", Decimal(12000), None, None),
        ("響鈴3次內", Decimal(3), "次", Comparator.AT_MOST),
        ("排隊人數20人內", Decimal(20), "人", Comparator.AT_MOST),
        ("來電5秒內接聽", Decimal(5), "秒", Comparator.AT_MOST),
    ],
)
def test_counts_before_a_word_of_inner_and_within_at_the_end_still_read(
    text: str, value: Decimal, unit: str, comparator: Comparator | None
) -> None:
    ((_, figure),) = found_figures(text)
    assert figure is not None
    assert (figure.value, figure.unit, figure.comparator) == (value, unit, comparator)


@pytest.mark.parametrize(
    "text", ["依銀行間的作業處理約需 7~14 天。", "约需3-5个工作日", "大约需要3至5个工作日"]
)
def test_about_apart_from_a_range_is_refused(text: str) -> None:
    """約需 7~14 天 read as an exact range: 约需7天 was refused, the range lost its 约."""
    assert_all_refused(text)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("需7~14天", Decimal(7), Decimal(14)), ("时限为3-5日", Decimal(3), Decimal(5))],
)
def test_a_range_with_no_about_still_reads(text: str, low: Decimal, high: Decimal) -> None:
    ((_, figure),) = found_figures(text)
    assert figure is not None
    assert (figure.value, figure.upper, figure.approximation) == (
        low,
        high,
        minsheng.Approximation.EXACT,
    )


@pytest.mark.parametrize(
    "text",
    [
        "偏差范围为-5%～+5%",  # its review's: a level of -5 %
        "基准价上下20%",  # exactly 20 %: either side of the price
        "大概需要3天",  # exactly 3 days: about
        "大致需要5个工作日",
        "餐饮业的失业率差不多是7%",
    ],
)
def test_either_side_and_about_apart_from_a_figure_are_refused(text: str) -> None:
    assert_all_refused(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("估计用于上述措施的总开支为85.64亿元", Decimal(8564000000)),  # an estimate, stated
        ("上下班高峰3小时", Decimal(3)),
        ("这大概是因为新增学位3000个", Decimal(3000)),
    ],
)
def test_an_estimate_and_words_of_other_kinds_still_read(text: str, value: Decimal) -> None:
    ((_, figure),) = found_figures(text)
    assert figure is not None
    assert figure.value == value
