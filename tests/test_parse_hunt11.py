"""Misreads left by the tenth hunt, and those an eleventh hunt found.

Each phrase now reads right or is refused, by the parser and the scan alike;
a hunt's addresses are in the docstrings.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from minsheng import parse_phrase


@pytest.mark.parametrize(
    ("text", "value", "comparator"),
    [
        ("增速目标为5%左右", "5", None),
        ("经济增速目标为5%左右", "5", None),
        ("地区生产总值增速预期目标为5.5%左右", "5.5", None),
        ("增幅预计为5%", "5", None),
        ("增速目标5%", "5", None),
        ("增速力争达到6%", "6", minsheng.Comparator.AT_LEAST),
        ("经济增速力争达到6%", "6", minsheng.Comparator.AT_LEAST),
    ],
)
def test_a_rate_noun_held_by_the_words_of_a_target_is_growth(
    text: str, value: str, comparator: minsheng.Comparator | None
) -> None:
    """经济增速目标为5%左右 read as a level of 5 %, and 增速力争达到6% as a level of 6 %.

    A rate noun states growth by its figure (增速仅为1.2%, 增速保持在6%左右), and so
    it does where the words of a target hold it, after subject words too.
    """
    reading = parse_phrase(text)
    assert reading.change is minsheng.Measure.INCREMENT
    assert reading.direction is minsheng.Direction.HIGHER
    assert reading.figure.value == Decimal(value)
    assert reading.figure.comparator is comparator
    (found,) = [f for f in minsheng.find_quantities(text + "。") if f.reading is not None]
    assert found.reading is not None
    assert found.reading.change is minsheng.Measure.INCREMENT
    assert found.reading.figure.value == Decimal(value)


def test_a_change_word_with_another_object_still_yields_to_the_bound() -> None:
    """提高服务质量满意度达到95%: 达到 bounds a level of satisfaction, no rise of 95 %."""
    reading = parse_phrase("提高服务质量满意度达到95%")
    assert reading.change is None
    assert reading.figure.comparator is minsheng.Comparator.AT_LEAST
