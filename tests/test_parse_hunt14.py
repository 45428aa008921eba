"""What the fourteenth hunt left: leads, differences, a day's peak, variants of its fixes.

Source: 超全省平均增速6.7個百分點 (imanhei.com/zfsj/sjjd/8413028.html), and
多收取費用合計195800元 (fjxddr.cn/article/ponews/202007/fina2505.html, a
review's); the others are variants of phrases the hunt and its review found.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from minsheng import parse_phrase
from tests.conftest import scanned


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("超全省平均增速6.7個百分點", "超全省平均增速6.7個百分點"),
        ("投资增速超全国平均2个百分点", "超全国平均2个百分点"),
        ("收入超全市平均水平1.2个百分点", "超全市平均水平1.2个百分点"),
        ("超 全省平均增速6.7个百分点", "超 全省平均增速6.7个百分点"),
        ("超国家平均水平2个百分点", "超国家平均水平2个百分点"),
    ],
)
def test_a_lead_over_an_average_is_refused(text: str, phrase: str) -> None:
    """超全省平均增速6.7个百分点 read as growth by 6.7 points: it is a lead over another figure."""
    with pytest.raises(minsheng.ParseError, match="does not bound the figure"):
        parse_phrase(text)
    assert scanned(f"全市投资同比增长8.3%，{text}。") == [("增长8.3%", True), (phrase, False)]


@pytest.mark.parametrize("text", ["赶超全国先进水平", "超全国平均水平"])
def test_a_lead_with_no_figure_is_no_figure(text: str) -> None:
    assert list(minsheng.find_quantities(text)) == []


@pytest.mark.parametrize(
    ("text", "value", "comparator"),
    [
        ("超全国平均水平的企业达到12家", "12", minsheng.Comparator.AT_LEAST),
        ("超全省平均水平达8.5%", "8.5", minsheng.Comparator.AT_LEAST),
        ("收入超全市平均水平的农户有3000户", "3000", None),
        ("超全区域覆盖3000户", "3000", None),
        ("超全市场化率达到80%", "80", minsheng.Comparator.AT_LEAST),
    ],
)
def test_a_lead_that_a_word_binds_apart_still_reads(
    text: str, value: str, comparator: minsheng.Comparator | None
) -> None:
    """A review's: 的 or 达 between the lead and the figure, and 全区域, 全市场, are no lead."""
    figure = parse_phrase(text).figure
    assert (figure.value, figure.comparator) == (Decimal(value), comparator)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("少死亡5人", "少死亡5人"),
        ("多完成12个", "多完成12个"),
        ("比上年多建成12个", "多建成12个"),
        ("少用电3万千瓦时", "少用电3万千瓦时"),
        ("多建成学校12所", "多建成学校12所"),
        ("比计划多完成项目12个", "多完成项目12个"),
        ("少死亡人数5人", "少死亡人数5人"),
        ("少死亡 5人", "少死亡 5人"),
    ],
)
def test_more_or_fewer_before_a_verb_is_a_difference(text: str, phrase: str) -> None:
    """少死亡5人, 多完成12个 read as plain counts: 5 fewer deaths, 12 more than planned."""
    with pytest.raises(minsheng.ParseError, match="more or fewer than another figure"):
        parse_phrase(text)
    assert scanned(f"全年{text}。") == [(phrase, False)]


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("最多完成12个", minsheng.Comparator.AT_MOST),
        ("至少完成12个", minsheng.Comparator.AT_LEAST),
        ("青少年培训300人", None),
        ("减少死亡5人", None),
        ("多用途体育场3个", None),
        ("完成3000多人次", None),
        ("多生产线12条", None),
        ("多收取費用合計195800元", None),
        ("半年多完成培训3000人次", None),
    ],
)
def test_the_same_characters_in_other_words_still_read(
    text: str, comparator: minsheng.Comparator | None
) -> None:
    """None of these is a difference from another figure.

    最多, 至少 are bounds; 青少年, 多用途, 多生产线 nouns; 减少 a change word; 3000多
    and 半年多 "more than"; 多收取 an overcharge, its own figure.
    """
    assert parse_phrase(text).figure.comparator is comparator


@pytest.mark.parametrize(
    "text", ["日最高客流12万人次", "日最高客流量12萬人次", "月最高用电负荷300万千瓦"]
)
def test_a_day_s_peak_is_refused_as_single_day_is(text: str) -> None:
    """日最高客流12万人次 read as a plain total, where 日最高12万人次 was refused.

    (日最大处理量280吨 is a capacity, per day: ``test_parse``'s.)
    """
    with pytest.raises(minsheng.ParseError, match="a peak or a capacity"):
        parse_phrase(text)
    (found,) = minsheng.find_quantities(text)
    assert (found.phrase, found.reading) == (text, None)


@pytest.mark.parametrize(
    "text", ["每人每月最高补助500元", "每日最高补助100元", "每人每月最高補助500元"]
)
def test_a_cap_per_day_or_month_still_reads(text: str) -> None:
    """A review's: after 每, 日 and 月 are a denominator, and 最高 a cap."""
    figure = parse_phrase(text).figure
    assert figure.comparator is minsheng.Comparator.AT_MOST
    assert figure.per[-1].unit in ("日", None)


@pytest.mark.parametrize(
    ("text", "value"), [("生日最大的愿望3个", "3"), ("节日最高补助500元", None)]
)
def test_a_birthday_or_festival_is_no_day_s_peak(text: str, value: str | None) -> None:
    """生日 and 节日 name no day: 节日最高补助 is refused as 最高 before a figure is."""
    if value is None:
        with pytest.raises(minsheng.ParseError, match="最高"):
            parse_phrase(text)
    else:
        assert parse_phrase(text).figure.value == Decimal(value)


def test_a_size_before_a_count_in_a_numeral_is_passed_over() -> None:
    """床位100张以上的护理院三家: the count is in a numeral, and ≥ 100 beds was found."""
    assert scanned("建成床位100张以上的护理院三家。") == []
    assert scanned("建成床位100张以上的护理院3家。") == [("3家", True)]
    # a numeral that counts nothing at the clause's end leaves the size a figure (a review's)
    for text in ("投资1000万元以上的项目一个不落。", "投资1000万元以上的项目是全省第一个。"):
        assert scanned(text) == [("1000万元以上", True)], text


def test_a_change_governs_the_items_after_an_unreadable_numeral() -> None:
    """同比减少二三十起、443人: 443人 was found alone, as a level, after the numeral."""
    assert scanned("同比减少二三十起、443人。") == [("二三十起、443人", False)]
    assert scanned("同比减少二三十起 、443人。") == [("二三十起 、443人", False)]
    # without a change word, the item after it is a figure of its own
    assert scanned("共发生二三十起、443人受伤。") == [("二三十", False), ("443人", True)]
