"""Misreads a sixteenth hunt of real text found: year-end reports of livelihood pledges.

Its pages: 2023 to 2025 completion reports of 民生实事 from prefecture-level cities
and counties, congress votes, and government work reports.  Sources: 没有出现1例
本土病例 (bx2200.com/baogao/xibei/4894.html), 塌目标1.8个百分点 (kmgd.gov.cn,
2023-10-25), 人均地区生产总值比值缩小至1.86 (reportify.cn), 3个24小时城市书房
(a Luzhou county's page).
"""

from __future__ import annotations

import pytest

import minsheng
from minsheng import parse_phrase
from tests.conftest import scanned


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("全县没有出现1例本土病例。", "没有出现1例"),
        ("不让1名学生因贫失学。", "不让1名"),
        ("确保不漏1户。", "确保不漏1户"),
    ],
)
def test_a_negation_before_one_is_not_a_single_one(text: str, phrase: str) -> None:
    """没有出现1例本土病例 read as 1 case: there was none."""
    assert scanned(text) == [(phrase, False)]
    with pytest.raises(minsheng.ParseError, match="not a single one"):
        parse_phrase(phrase)


@pytest.mark.parametrize(
    ("text", "value"), [("未来1年", 1), ("不少于1个", 1), ("没有出现10例", 10)]
)
def test_other_ones_and_negations_still_read(text: str, value: int) -> None:
    """未来 (the future) and a negated bound are no negation of 1; 10 is no "single one"."""
    assert parse_phrase(text).figure.value == value


@pytest.mark.parametrize(
    "text", ["塌目标1.8个百分点", "落后目标1.8个百分点", "差目标300个", "差序时进度5个百分点"]
)
def test_short_of_the_target_is_a_difference(text: str) -> None:
    """塌目标1.8个百分点 read as 1.8 points: 1.8 points below the target."""
    with pytest.raises(minsheng.ParseError, match="does not bound the figure"):
        parse_phrase(text)


@pytest.mark.parametrize(
    "text", ["苏南与苏北人均地区生产总值比值缩小至1.86", "城乡居民人均可支配收入比缩小至2.04"]
)
def test_a_ratio_of_two_figures_has_no_denominator(text: str) -> None:
    """人均…比值缩小至1.86 read as 1.86 per person."""
    with pytest.raises(minsheng.ParseError, match="a ratio of two figures"):
        parse_phrase(text)


def test_hours_that_name_a_kind_of_place_are_no_figure() -> None:
    """3个24小时城市书房 found 24 hours besides the three libraries."""
    assert scanned("已建成3个24小时城市书房。") == [("3个", True)]
    assert scanned("新建24小时自助图书馆5家。") == [("5家", True)]
    assert scanned("新設24小時便利商店3家。") == [("3家", True)]  # Taiwan's word
    # hours of a service are a figure (the shipped Kunming 2025 holds one)
    assert scanned("实现全市“e办通”终端24小时自助办理。") == [("24小时", True)]


def test_a_size_before_a_village_is_passed_over() -> None:
    """20户以上的村3个: the 3 villages, not at least 20 households."""
    assert scanned("建成20户以上的村3个。") == [("3个", True)]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("每户补助3000元,其中改厕1000元、改厨2000元。", ["1000元", "2000元"]),
        ("每人每月发放补贴200元,其中省级承担120元。", ["120元"]),
        ("补助标准为每人每年600元,市、县分别承担300元。", ["300元"]),
    ],
)
def test_a_part_of_a_figure_per_something_is_refused(text: str, parts: list[str]) -> None:
    """其中改厕1000元 after 每户补助3000元 read as 1000 yuan: per household too."""
    found = list(minsheng.find_quantities(text))
    assert found[0].reading is not None
    assert [(f.phrase, f.reading) for f in found[1:]] == [(p, None) for p in parts]


@pytest.mark.parametrize(
    "text",
    [
        "全年投资3000万元，其中省级1000万元。",
        "每千人口拥有床位6张，其中护理型床位占55%。",
        "实现每万人拥有1.2片足球场地，举办赛事260项，其中国际赛事16项。",
    ],
)
def test_a_part_of_a_figure_with_no_denominator_reads(text: str) -> None:
    """A part of a total, a share, or a part of a figure in another clause reads."""
    assert all(f.reading is not None for f in minsheng.find_quantities(text))


# A review of the fifteenth and sixteenth hunts' rules found each of these misread or
# refused by them; each reads as before, or is refused where it was misread.


@pytest.mark.parametrize("text", ["年均盘活存量土地3000亩", "年均新增常住人口3万人"])
def test_a_year_s_average_of_a_flow_out_of_a_stock_is_per_year(text: str) -> None:
    assert [p.unit for p in parse_phrase(text).figure.per] == ["年"]


@pytest.mark.parametrize(
    ("text", "value"), [("今年加300元", "300"), ("綜援標準金額明年加3.5%", "3.5")]
)
def test_jia_after_a_year_that_is_no_count_is_a_rise(text: str, value: str) -> None:
    found = list(minsheng.find_quantities(text))
    assert [(str(f.reading.figure.value), f.reading.change) for f in found if f.reading] == [
        (value, minsheng.Measure.INCREMENT)
    ]


def test_jia_before_a_rate_after_an_amount_is_a_rise() -> None:
    """综援金额3000元加3%: raised by 3 %, not 3 % added to 3000元."""
    found = list(minsheng.find_quantities("综援金额3000元加3%。"))
    assert found[-1].reading is not None
    assert found[-1].reading.change is minsheng.Measure.INCREMENT


def test_a_list_of_ages_that_are_values_is_read() -> None:
    found = scanned("退休年龄分别为60岁、55岁。")
    assert found == [("60岁", True), ("55岁", True)]


@pytest.mark.parametrize("text", ["另有114年新增補助300萬元", "於114年左右完成"])
def test_a_year_of_the_republic_after_common_words_is_still_refused(text: str) -> None:
    """有114年, 114年左右: a year may take these words too, so they say no count."""
    (first, *_) = minsheng.find_quantities(text)
    assert first.reading is None


def test_a_period_after_a_count_of_holders_with_no_figure_after_is_refused() -> None:
    """具有500人的日接待能力 is 500 a day."""
    assert scanned("具有500人的日接待能力。") == [("500人的日接待能力", False)]


@pytest.mark.parametrize(
    "text", ["无障碍设施1处", "不合格1批次", "未达标1个", "增速没有超过1%", "不出1公里"]
)
def test_a_negation_inside_a_word_before_one_is_no_single_one(text: str) -> None:
    """无障碍设施1处 is one facility; 不合格1批次 one batch that failed."""
    assert all(
        f.error is None or "single" not in f.error.reason for f in minsheng.find_quantities(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "约合20533美元;常住人均生产总值为98094元。",
        "出口额5亿美元，折合人民币36亿元。",
        "日元贬值，人均可支配收入增加3000元。",
    ],
)
def test_renminbi_after_another_currency_that_it_says_or_that_is_only_named_reads(
    text: str,
) -> None:
    assert list(minsheng.find_quantities(text))[-1].reading is not None


def test_macau_patacas_before_a_bare_yuan_refuse_it() -> None:
    found = list(minsheng.find_quantities("特區政府撥款3億澳門元，另資助2億元。"))
    assert (found[-1].phrase, found[-1].reading) == ("2億元", None)


@pytest.mark.parametrize("text", ["偏差目标不超过1%", "农村居民人均可支配收入比上年增长8.5%"])
def test_other_words_of_cha_and_bi_still_read(text: str) -> None:
    parse_phrase(text)
