"""Misreads left by the eighth hunt, and those a ninth hunt found.

Each phrase now reads right or is refused, by the parser and the scan alike;
a hunt's addresses are in the docstrings.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from minsheng import parse_phrase
from minsheng import parse_quantity as parse


@pytest.mark.parametrize(
    "text",
    [
        "农贸市场提升20个",
        "路灯照明提升2万盏",
        "农村户厕提升1.2万户",
        "A级景区提升5家",
        "提升了3000人",
    ],
)
def test_a_count_right_after_tisheng_is_refused(text: str) -> None:
    """实施市管路灯绿色智能照明提升2万盏 (an eighth hunt's line) read as 20,000 more lamps.

    提升 before a count of things, with no word of a number before it, may be
    the work done on them (20,000 lamps upgraded) or a rise by them.
    """
    with pytest.raises(minsheng.ParseError, match="upgraded, or more of it"):
        parse(text)
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is None
    assert found.phrase.startswith("提升")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("全市学校数量提升12所。", "数量提升12所"),
        ("学校数量提升了12所，", "数量提升了12所"),
        ("就业人数提升3000人。", "数提升3000人"),
    ],
)
def test_a_number_that_rose_by_a_count_reads(text: str, phrase: str) -> None:
    """学校数量提升12所: 数量 says the number of schools rose by 12.

    The scan finds the phrase with the noun, so that the parser sees it.
    """
    (found,) = minsheng.find_quantities(text)
    assert found.phrase == phrase
    assert found.reading is not None
    assert found.reading.change is minsheng.Measure.INCREMENT
    assert found.reading.direction is minsheng.Direction.HIGHER
    assert parse_phrase(text.rstrip("。，")).figure.value == found.reading.figure.value


def test_a_count_upgraded_with_its_object_between_reads_as_a_count() -> None:
    """提升改造农贸市场20个: the words say what was done to the 20 markets; no change."""
    reading = parse_phrase("提升改造农贸市场20个")
    assert reading.change is None
    assert (reading.figure.value, reading.figure.unit) == (Decimal(20), "个")


@pytest.mark.parametrize("text", ["确保长照2.0", "确保数字政府2.0", "推进城市大脑3.0"])
def test_a_version_in_a_name_is_no_figure(text: str) -> None:
    """确保长照2.0据点增至1万处 (an eighth hunt's line, from Taiwan) read as at least 2.0."""
    with pytest.raises(minsheng.ParseError, match="a version in a name"):
        parse(text)
    assert all(found.reading is None for found in minsheng.find_quantities(text + "。"))


@pytest.mark.parametrize(
    ("text", "value"),
    [("达到2.0", "2.0"), ("确保得分4.5", "4.5"), ("确保增长5.0", "5.0"), ("确保不低于2.0", "2.0")],
)
def test_a_figure_after_a_verb_or_with_a_fraction_is_no_version(text: str, value: str) -> None:
    assert str(parse(text).value) == value


def test_a_sum_paid_by_years_has_no_period() -> None:
    """分年补贴300万元: 3 million paid in yearly parts, not 3 million a year."""
    reading = parse_phrase("分年补贴300万元")
    assert reading.figure.per == ()
    (found,) = minsheng.find_quantities("分年补贴300万元。")
    assert found.reading is not None
    assert found.reading.figure.per == ()
    assert parse_phrase("月补贴300元").figure.per  # a month's allowance, as before


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("节假日均接待3000人次。", "假日均接待3000人次"),
        ("周末日均3000人次。", "末日均3000人次"),
        ("春节日均接待游客10万人次。", "节日均接待游客10万人次"),
    ],
)
def test_the_scan_keeps_a_day_s_average_the_parser_refuses(text: str, phrase: str) -> None:
    """周末日均3000人次 was found as a plain 3000人次, its 日均 (per day) dropped.

    The parser refuses the phrase (周末日: a weekend's day, or 日均?); the scan
    now finds it with the word, refused, rather than the figure alone.
    """
    (found,) = minsheng.find_quantities(text)
    assert found.phrase == phrase
    assert found.reading is None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("满意率连续三年均达到98%以上。", "达到98%以上"),
        ("PM10年均浓度下降5%。", "下降5%"),
        ("比上年均增长5%。", "增长5%"),
        ("PM2.5年均浓度30微克/立方米。", "30微克/立方米"),
    ],
)
def test_each_of_a_time_reads_as_before(text: str, phrase: str) -> None:
    (found,) = minsheng.find_quantities(text)
    assert found.phrase == phrase
    assert found.reading is not None
    assert found.reading.figure.per == ()
