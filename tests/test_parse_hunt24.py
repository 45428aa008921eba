"""Misreads a twenty-fourth hunt of real text found: statistical bulletins.

Its pages: cities' and counties' statistical bulletins (国民经济和社会发展统计公报),
reports of livelihood projects' completion, and Taiwan's, Hong Kong's and
Macau's statistics news.  Sources: 就業人數為 1147 萬 5000 人 and 月增 1 萬 5000 人
(nownews.com), 錄得84.4%的按年升幅 (a Hong Kong retail report), 兩年平均增長7.4%
(provincial bulletins of 2021), 低于2013年人均GDP增速(7.8%) (a city's bulletin),
能源综合生产能力达到58亿吨标准煤 and 平板玻璃570万重量箱 (national bulletins).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from tests.conftest import assert_all_refused, found_figures


@pytest.mark.parametrize(
    "text",
    [
        "就業人數為 1147 萬 5000 人",  # 11,470,000 with no unit, then 5000 人
        "月增 1 萬 5000 人",  # a rise of 10,000
        "錄得84.4%的按年升幅",  # a level: the change lost
        "錄得3.2%的按季跌幅",
        "单位GDP能耗1.077噸標準煤/萬元",  # 1.077 吨: coal equivalent, per 万元
        "能源综合生产能力达到58亿吨标准煤",
        "吨钢综合能耗545千克标准煤",
        "生产平板玻璃577.3万重量箱",  # a bare 5,773,000
        "产量5.2万千升",
        "两年平均增长12.2%",  # a rise of 12.2 % in all: each year's average
        "兩年平均增長7.4%",
        "近三年平均增长8%",
        "低于2013年人均GDP增速(7.8%)",  # below 7.8 %: its value
        "农村居民收入增速(7.6%)高于城镇居民(4.8%)",
        "城乡居民人均收入倍差缩小至2.1",  # per person: a ratio
        "城乡居民人均收入差距倍数为2.5",
        # its review's neighbours
        "扣除价格因素,两年平均实际增长5.2%",
        "两年平均同比增长5%",
        "錄得3.1%的按年實質增長",
        "耗能3.2万吨标煤",
        "人口 2340 万 5,000 人",
        # left by that session, fixed the next
        "就业人数1147 万 五千人",  # 11,470,000 with no unit: a numeral after the space
        "就業人數1147 萬 五千人",
        "过去10年平均增长5.2%",  # 10年 found alone, then a rise of 5.2 % in all
        "全省2年平均增长12.2%",
        "前10年平均增长5%",
        "单日最大供水30万至40万吨",  # a range of one day's: 单日 refuses one figure
        "錄得3.2%及5.1%的按年升幅",  # 3.2% found alone, a level: the change is said once
        "零售額錄得3.2%、4.1%和5.1%的按年跌幅",
        "分别实现8.5%和6.2%的增长",
        "实现8.5%和6.2%增长",
        "床位3000张和5000张的增加",
    ],
)
def test_bulletins_forms_are_refused(text: str) -> None:
    """Each read a figure wrong in value, unit, bound, denominator or change."""
    assert_all_refused(text, but="7.6")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全年发电量12.5亿千瓦·时", Decimal(1250000000), "千瓦时"),  # 千瓦: power
        ("用电量3.2亿千瓦小时", Decimal(320000000), "千瓦时"),
        ("用电量3.2亿千瓦时", Decimal(320000000), "千瓦时"),
        ("就业人数1091萬8000人", Decimal(10918000), "人"),
        ("新增3万吨", Decimal(30000), "吨"),
        ("2014年平均8.4分钟派遣一辆巡逻车", Decimal("8.4"), "分钟"),  # a year's average
        ("农村居民收入增速(7.6%)", Decimal("7.6"), "%"),  # the rate's value
        ("发电量3亿千瓦・时", Decimal(300000000), "千瓦时"),  # its review's: other dots
        ("二〇二三年平均工资为8.5万元", Decimal(85000), "元"),  # a year's average
        ("三年平均3000元", Decimal(3000), "元"),
    ],
)
def test_bulletins_forms_read(text: str, value: Decimal, unit: str) -> None:
    ((_, figure),) = found_figures(text)
    assert figure is not None
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("超市(120家)", Decimal(120), "家"),  # its review's: 超 is no comparator there
        ("全市达标率(95%)", Decimal(95), "%"),
        ("表达(3项)", Decimal(3), "项"),
    ],
)
def test_a_bracketed_figure_with_no_comparison_reads(text: str, value: Decimal, unit: str) -> None:
    figure = minsheng.parse_phrase(text).figure
    assert (figure.value, figure.unit, figure.comparator) == (value, unit, None)


def test_a_rise_over_an_average_of_years_reads() -> None:
    """比前三年平均增长10%以上: a rise over the average, not each year's (its review's)."""
    ((_, figure),) = found_figures("总产比前三年平均增长10%以上")
    assert figure is not None
    assert (figure.value, figure.comparator) == (Decimal(10), minsheng.Comparator.AT_LEAST)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("人均收入倍差由2.5缩小到2.1", "由2.5缩小到2.1"),
        ("人均收入倍差从2.5降至2.1", "从2.5降至2.1"),
    ],
)
def test_a_ratio_from_one_figure_to_another_keeps_no_denominator(text: str, found: str) -> None:
    """The whole was read as 2.1 per person: refused; the ratio found alone has no 人均."""
    with pytest.raises(minsheng.ParseError, match="ratio"):
        minsheng.parse_phrase(text)
    ((phrase, figure),) = found_figures(text)
    assert figure is not None
    assert (phrase, figure.value, figure.unit, figure.per) == (found, Decimal("2.1"), None, ())


def test_an_average_over_years_is_one_refused_phrase() -> None:
    """过去10年平均增长5.2%: the count of years and the change, one phrase, refused."""
    found = minsheng.find_quantities("过去10年平均增长5.2%，5年来平均下降3%")
    assert [(f.phrase, f.reading) for f in found] == [
        ("10年平均增长5.2%", None),
        ("5年来平均下降3%", None),
    ]


def test_an_item_of_another_unit_before_a_change_reads() -> None:
    """新建学校3所、实现5.1%的增长: 3所 is no size of the change after it."""
    assert [
        (phrase, figure is not None)
        for phrase, figure in found_figures("新建学校3所、实现5.1%的增长")
    ] == [("3所", True), ("5.1%的增长", False)]
