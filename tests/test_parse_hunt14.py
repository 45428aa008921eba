"""What the fourteenth hunt left: leads, differences, a day's peak, variants of its fixes.

Source: 超全省平均增速6.7個百分點 (imanhei.com/zfsj/sjjd/8413028.html); the
others are the hunt's review's variants of phrases it found.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from minsheng import parse_phrase


def _found(text: str) -> list[tuple[str, bool]]:
    """Each phrase the scan finds in ``text``, and whether it is read."""
    return [(f.phrase, f.reading is not None) for f in minsheng.find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("超全省平均增速6.7個百分點", "超全省平均增速6.7個百分點"),
        ("投资增速超全国平均2个百分点", "超全国平均2个百分点"),
        ("收入超全市平均水平1.2个百分点", "超全市平均水平1.2个百分点"),
    ],
)
def test_a_lead_over_an_average_is_refused(text: str, phrase: str) -> None:
    """超全省平均增速6.7个百分点 read as growth by 6.7 points: it is a lead over another figure."""
    with pytest.raises(minsheng.ParseError, match="does not bound the figure"):
        parse_phrase(text)
    assert _found(f"全市投资同比增长8.3%，{text}。") == [("增长8.3%", True), (phrase, False)]


@pytest.mark.parametrize("text", ["赶超全国先进水平", "超全国平均水平"])
def test_a_lead_with_no_figure_is_no_figure(text: str) -> None:
    assert list(minsheng.find_quantities(text)) == []


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
    ],
)
def test_more_or_fewer_before_a_verb_is_a_difference(text: str, phrase: str) -> None:
    """少死亡5人, 多完成12个 read as plain counts: 5 fewer deaths, 12 more than planned."""
    with pytest.raises(minsheng.ParseError, match="more or fewer than another figure"):
        parse_phrase(text)
    assert _found(f"全年{text}。") == [(phrase, False)]


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("最多完成12个", minsheng.Comparator.AT_MOST),
        ("至少完成12个", minsheng.Comparator.AT_LEAST),
        ("青少年培训300人", None),
        ("减少死亡5人", None),
        ("多用途体育场3个", None),
        ("完成3000多人次", None),
    ],
)
def test_the_same_characters_in_other_words_still_read(
    text: str, comparator: minsheng.Comparator | None
) -> None:
    """None of 最多, 至少 (bounds), 青少年, 多用途 (nouns), 减少 or 3000多 is a difference."""
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
    ("text", "value"), [("生日最大的愿望3个", "3"), ("节日最高补助500元", None)]
)
def test_a_birthday_or_festival_is_no_day_s_peak(text: str, value: str | None) -> None:
    """生日 and 节日 name no day: 节日最高补助 is refused as 最高 before a figure is."""
    if value is None:
        with pytest.raises(minsheng.ParseError, match="最高"):
            parse_phrase(text)
    else:
        assert parse_phrase(text).figure.value == Decimal(value)


@pytest.mark.parametrize("text", ["由87%", "由上年的87%", "覆盖率由87%"])
def test_you_before_a_figure_alone_is_where_it_started(text: str) -> None:
    """由87% read as a level of 87 %, where 从87% is refused (由87%提升至90% is the hunt's)."""
    with pytest.raises(minsheng.ParseError, match="a starting figure"):
        parse_phrase(text)


@pytest.mark.parametrize(
    ("text", "value"), [("理由3个", "3"), ("自由行3天", "3"), ("由于3家企业停产", "3")]
)
def test_words_that_end_in_you_are_no_start(text: str, value: str) -> None:
    assert parse_phrase(text).figure.value == Decimal(value)


def test_a_change_from_you_still_reads() -> None:
    reading = parse_phrase("覆盖率由87%提升至90%")
    assert (reading.figure.value, [b.value for b in reading.baselines]) == (
        Decimal(90),
        [Decimal(87)],
    )


def test_a_size_before_a_count_in_a_numeral_is_passed_over() -> None:
    """床位100张以上的护理院三家: the count is in a numeral, and ≥ 100 beds was found."""
    assert _found("建成床位100张以上的护理院三家。") == []
    assert _found("建成床位100张以上的护理院3家。") == [("3家", True)]


def test_a_change_governs_the_items_after_an_unreadable_numeral() -> None:
    """同比减少二三十起、443人: 443人 was found alone, as a level, after the numeral."""
    assert _found("同比减少二三十起、443人。") == [("二三十起、443人", False)]
    # without a change word, the item after it is a figure of its own
    assert _found("共发生二三十起、443人受伤。") == [("二三十", False), ("443人", True)]
