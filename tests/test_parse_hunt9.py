"""Misreads left by the eighth hunt, and those a ninth hunt found.

Each phrase now reads right or is refused, by the parser and the scan alike;
a hunt's addresses are in the docstrings.
"""

from __future__ import annotations

import pytest

import minsheng
from minsheng import parse_phrase
from minsheng import parse_quantity as parse


@pytest.mark.parametrize(
    "text",
    ["农贸市场提升20个", "路灯照明提升2万盏", "农村户厕提升1.2万户", "A级景区提升5家", "提升了3000人"],
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
    assert (reading.figure.value, reading.figure.unit) == (20, "个")
