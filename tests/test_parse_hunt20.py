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


@pytest.mark.parametrize(
    "text",
    [
        "缴存年限5年以下(含5年)的，贷款额度为30万元；5年以上的，贷款额度为50万元。",
        "5年以上(含5年)的为1000元，5年以下的为500元",
        "5年(含)以下的，5年以上的",
        "月收入3000元以下(含3000元)的家庭，3000元以上的家庭",
    ],
)
def test_the_other_side_of_a_note_of_inclusion_is_refused(text: str) -> None:
    """5年以下(含5年)和5年以上 read the second as at least 5, where the note made it more."""
    found = [f for f in minsheng.find_quantities(text) if "以" in f.phrase]
    assert [f.reading is not None for f in found] == [True, False]
    assert found[1].error is not None
    assert "earlier note" in str(found[1].error)


@pytest.mark.parametrize(
    "text",
    [
        "5年以下和5年以上",  # no note: both bounds take the figure, as the law reads them
        "5年以下(含5年)和3年以上",  # another figure
        "5年以下(含5年)；缴存5年以上（不含）",  # the note of its own agrees
    ],
)
def test_bounds_no_note_puts_on_a_side_still_read(text: str) -> None:
    assert all(f.reading is not None for f in minsheng.find_quantities(text))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("未滿1歲嬰兒死亡主因為先天性畸形及染色體異常(占19.7%)", "19.7%", "19.7"),
        ("辦理育有未滿二歲兒童育兒津貼中央補助八成", "八成", "80"),
        ("不满90周岁的每人每月100元", "每人每月100元", "100"),
        ("超过80周岁的每月100元", "每月100元", "100"),
        ("至少65周岁的每人每月100元", "每人每月100元", "100"),
        ("未满3周岁时父母双方每年各享5天", "每年各享5天", "5"),
    ],
)
def test_the_bound_of_an_age_is_the_age_s(text: str, phrase: str, value: str) -> None:
    """不满90周岁的每人每月100元 read as under 100 元: the age's bound moved to the amount."""
    (found,) = minsheng.find_quantities(text)
    assert found.phrase == phrase
    assert found.reading is not None
    assert (found.reading.figure.value, found.reading.figure.comparator) == (Decimal(value), None)
    assert parse_phrase(text).figure.comparator is None


def test_under_one_year_of_age_is_an_age_not_a_bound_of_its_label() -> None:
    """不满周岁婴儿(0岁) read as under 0 years."""
    found = list(minsheng.find_quantities("不满周岁婴儿(0岁) 2.4 2.3"))
    assert all(f.reading is None or f.reading.figure.comparator is None for f in found)


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("不满90周岁", Comparator.LESS_THAN),  # alone, the age is the figure
        ("65周岁以上", Comparator.AT_LEAST),
        ("不低于当地低保标准的1.3倍", Comparator.AT_LEAST),
    ],
)
def test_an_age_alone_keeps_its_bound(text: str, comparator: Comparator) -> None:
    assert parse_phrase(text).figure.comparator is comparator


@pytest.mark.parametrize(
    "text",
    ["未在5分钟内到达", "不在5分钟以内", "不能在5分钟内到达", "沒有在3天內辦結"],
)
def test_a_negation_before_at_is_refused(text: str) -> None:
    """未在5分钟内到达 read as within 5 minutes: it says the opposite."""
    (found,) = minsheng.find_quantities(text)
    assert found.reading is None
    assert found.phrase.startswith(("未", "不", "沒"))


@pytest.mark.parametrize(
    "text",
    [
        "增加老舊小區停車位供給5000個(不計入3萬個內)",
        "當年完成不少於2000個(計入3萬個內)",
    ],
)
def test_counted_in_a_total_is_no_bound(text: str) -> None:
    """(計入3萬個內): counted in the 30,000 target, read as at most 30,000."""
    found = [f for f in minsheng.find_quantities(text) if "3萬" in f.phrase]
    assert [(f.phrase, f.reading) for f in found] == [("計入3萬個內", None)]


@pytest.mark.parametrize(
    ("text", "comparator"),
    [("在5分钟内到达", Comparator.AT_MOST), ("新纳入低保对象1200人", None)],
)
def test_within_and_included_still_read(text: str, comparator: Comparator | None) -> None:
    (found,) = minsheng.find_quantities(text)
    assert found.reading is not None
    assert found.reading.figure.comparator is comparator
