"""Misreads the twenty-fifth to twenty-eighth hunts' reviews left, then hunts 29 and 30.

Left by the reviews (their probes, most of them invented to pin down a rule,
and marked so): a denominator given as a range (每2万至3万人), a size before a
measure word (每户2大桶), an average over years past a comma, a change right
after 按 and its rate, 跨越 before an amount, a rate for each one counted, and
the items listed after a refused first item that a change word opens.
Source of the one real sentence among them: 每1人可以加給10%
(twfb.g0v.ronny.tw, a copy of Taiwan's unemployment benefit rules).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from tests.conftest import assert_all_refused, found_figures


@pytest.mark.parametrize(
    "text",
    [
        "每2万至3万人配备1名社工",  # 2万至3万 read as a range of people, 1名 with no per
        "每0.5公里至1公里设置1个站点",  # 1个 with no denominator
        "每户2大桶",  # 2 per household, with no unit
        "每户发放2大袋大米",  # (invented)
        "过去五年，全市地区生产总值平均增长7.1%",  # a rise of 7.1 % in all
        "五年来，城乡居民收入平均增长8%",  # (invented)
        "按10%提高",  # a plain 10 %
        "按照5%上调",  # (invented)
        "每年按5%增长",  # (invented)
        "地区生产总值跨越1万亿元",  # exactly 1,000,000,000,000
        "经济总量连续跨越110万亿、120万亿、130万亿台阶",  # exact bare numbers
        "每一人按平均月投保薪資加給10%",  # (invented)
        "减排二氧化硫500吨、氮氧化物300吨",  # 300 t, a level
        "减少二氧化硫500吨、氮氧化物300吨",  # (invented)
    ],
)
def test_review_leftovers_are_refused(text: str) -> None:
    assert_all_refused(text, but="2名")


@pytest.mark.parametrize(
    ("text", "value", "unit", "pers"),
    [
        ("每2万人配备1名社工", Decimal(1), "名", [(Decimal(20000), "人")]),
        ("每天8至10小时", Decimal(8), "小时", [(Decimal(1), "天")]),  # a range per day
        ("每人至少3000元", Decimal(3000), "元", [(Decimal(1), "人")]),
        # the steps crossed, counted (hunt 14's, 跨越4个千亿元台阶)
        ("地区生产总值跨越4个千亿元台阶", Decimal(4), "个", []),
        ("每一户补贴1000元", Decimal(1000), "元", [(Decimal(1), "户")]),  # not a rate
    ],
)
def test_near_forms_still_read(
    text: str, value: Decimal, unit: str, pers: list[tuple[Decimal, str]]
) -> None:
    figure = found_figures(text)[0][1]
    assert figure is not None
    assert (figure.value, figure.unit) == (value, unit)
    assert [(p.amount, p.unit or p.subject) for p in figure.per] == pers


def test_a_rate_for_each_one_is_refused_and_its_cap_reads() -> None:
    text = "另外請領失業給付期間,每1人可以加給10%,最多申報2名、加給20%。"
    found = found_figures(text)
    assert found[0] == ("每1人可以加給10%", None)  # was a plain 10 %: its 每1人 lost
    assert [phrase for phrase, _ in found[1:]] == ["最多申報2名", "加給20%"]
    added = minsheng.parse_phrase("加給20%")  # was a level of 20 %
    assert added.change is minsheng.Measure.INCREMENT
    assert added.direction is minsheng.Direction.HIGHER


def test_an_item_with_a_verb_of_its_own_reads_after_a_refused_one() -> None:
    # 提升…8项 is refused (upgraded, or more?); 推进…6项 has its own verb (hunt 17's)
    found = found_figures("提升便民服务水平8项、推进教育文化惠民6项")
    assert [figure is None for _, figure in found] == [True, False]
    assert found[1][1] is not None
    assert found[1][1].value == Decimal(6)


@pytest.mark.parametrize("text", ["按10%提高", "每1人可以加給10%", "地区生产总值跨越1万亿元"])
def test_parse_phrase_refuses_them_too(text: str) -> None:
    with pytest.raises(minsheng.ParseError):
        minsheng.parse_phrase(text)
