"""Misreads of a twentieth round: last session's leftovers, then a hunt of real text.

单台(套)最高不超过1000元 and 单户最多可享受贴息150万元 are from the nineteenth
hunt's pages (trade-in and loan-interest subsidy rules: hunt19 lines 461 and 554).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from minsheng import Comparator, Per, parse_phrase


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("单台补贴不超过2000元", Per(Decimal(1), "台")),
        ("單臺補貼不超過2000元", Per(Decimal(1), "台")),
        ("单辆补贴1万元", Per(Decimal(1), "辆")),
        ("单户最高补助3000元", Per(Decimal(1), "户")),
        ("单套住房面积不超过90平方米", Per(Decimal(1), "套")),
        ("单笔贷款最高不超过50万元", Per(Decimal(1), None, "笔")),
    ],
)
def test_a_single_one_before_a_measure_word_is_a_denominator(text: str, per: Per) -> None:
    """单台补贴不超过2000元 read as a cap on the whole, as if no 单台 stood there."""
    figure = parse_phrase(text).figure
    assert figure.per == (per,)
    each = parse_phrase(text.replace("单", "每").replace("單", "每")).figure
    assert (figure.value, figure.comparator, figure.per) == (each.value, each.comparator, each.per)


def test_a_single_one_reads_in_running_text() -> None:
    text = "以旧换新补贴按成交价格的10%给予补贴,单台(套)最高不超过1000元,每人限购3台(套)。"
    found = [f for f in minsheng.find_quantities(text) if f.phrase.endswith("1000元")]
    assert [f.phrase for f in found] == ["单台(套)最高不超过1000元"]
    assert found[0].reading is not None
    figure = found[0].reading.figure
    assert (figure.comparator, figure.per) == (Comparator.AT_MOST, (Per(Decimal(1), "台"),))


@pytest.mark.parametrize(
    "text",
    [
        "订单台账3000个",  # a word that ends in 单
        "简单台账3个",
        "清单户数3000户",
        "单台阶高度不超过15米",
        "单户型住宅120套",
        "国家级制造业单项冠军企业5家",  # 单项: no measure word of a denominator
        "单人间30间",
    ],
)
def test_a_word_that_ends_or_starts_with_dan_is_no_denominator(text: str) -> None:
    (found,) = minsheng.find_quantities(text)
    assert found.reading is not None
    assert found.reading.figure.per == ()
    assert not found.phrase.startswith("单")


def test_a_single_day_stays_a_peak() -> None:
    """单日 is one day's (a peak), never per day: the rule of 单 leaves it alone."""
    (found,) = minsheng.find_quantities("单日客流最高达到12万人次")
    assert found.reading is None
    assert "最高" in found.phrase
