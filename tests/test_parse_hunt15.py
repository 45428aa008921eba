"""Misreads a fifteenth hunt of real text found.

Its pages: Hong Kong's policy address and budget, Taiwan's budgets and county
reports, county bulletins, hotlines, employment, environment, metro lines,
venues.  Sources: 服務券加4000張 (news.mingpao.com, 2025-09-17), 一一五年預計開工
(tw.news.yahoo.com), 114年挹注 (news.ltn.com.tw), 追加6億元 (a Taiwan city's page
of the earlier real corpus), 動工量達1.58萬伙 (a policy address summary), 單日運量
仍達到歷史次高的3.6萬人次 (news.ltn.com.tw), 2萬人次的日接待能力
(takungpao.com, 2012-09-27), 流速可達1 m/s (kategosenaylor.com).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from minsheng import Direction, Measure, parse_phrase
from tests.conftest import scanned


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("長者社區照顧服務券加4000張", "4000"),
        ("宿位再加1000個", "1000"),
        ("追加6億元", "600000000"),
        # last session's leftover: a raise read as a level
        ("工資加幅3.5%", "3.5"),
    ],
)
def test_jia_before_a_figure_is_a_rise(text: str, value: str) -> None:
    """服務券加4000張 read as a level of 4000 vouchers: there are 4000 more (16,000 in all)."""
    reading = parse_phrase(text)
    assert (reading.figure.value, reading.change, reading.direction) == (
        Decimal(value),
        Measure.INCREMENT,
        Direction.HIGHER,
    )


def test_jia_from_one_figure_to_another_is_refused_as_zengjia_is() -> None:
    """加4000張至1.6萬張 read as a range of 4000 to 16,000."""
    for text in ("加4000張至1.6萬張", "增加4000張至1.6萬張"):
        with pytest.raises(minsheng.ParseError, match="or a range"):
            parse_phrase(text)


@pytest.mark.parametrize(
    "text",
    [
        "参加3000人次",
        "加工3000吨",
        "外加3000元",
        "另加300元",
        "加快建设3000套",
        "牙买加300人",
    ],
)
def test_jia_in_other_words_is_no_rise(text: str) -> None:
    assert parse_phrase(text).change is None


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("底薪2000元加300元提成。", ["2000", "300"]),
        ("2000元加1000元等于3000元。", ["2000", "1000", "3000"]),
    ],
)
def test_jia_of_plus_after_a_figure_is_no_rise(text: str, values: list[str]) -> None:
    """A review's: 底薪2000元加300元提成 read 300元 as a rise."""
    found = list(minsheng.find_quantities(text))
    assert [(str(f.reading.figure.value), f.reading.change) for f in found if f.reading] == [
        (v, None) for v in values
    ]
    assert list(minsheng.find_quantities("实行五加二、白加黑工作模式。")) == []
    assert scanned("判处有期徒刑两年加6个月。") == [("6个月", True)]


@pytest.mark.parametrize("text", ["冇加1000元", "唔會加1000元"])
def test_a_cantonese_negation_before_jia_is_refused(text: str) -> None:
    """冇加1000元 (not raised by 1000) read as a rise, where 不加 was refused."""
    with pytest.raises(minsheng.ParseError, match="negation"):
        parse_phrase(text)


def test_jia_after_a_figure_names_nothing() -> None:
    """17億的加路連山道 (a road's name): not the size of a rise."""
    text = "若再加上分別需要17億的加路連山道新區域法院。"
    assert scanned(text) == [("17億", True)]


@pytest.mark.parametrize(
    "text",
    [
        "一一五年預計開工二千四百五十六戶。",
        "即將於一一四年十二月底上線。",
        "一一四年度已有五處新社宅。",
    ],
)
def test_a_republic_year_in_digits_of_words_before_a_date_s_part_is_a_date(text: str) -> None:
    """一一五年 read as 115 years: a year of the Republic, before a month, its end or a plan."""
    assert all(not phrase.endswith("年") for phrase, _ in scanned(text))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("預計一一五年搬遷。", "一一五年"),
        ("榮獲一一四年內政部三等獎。", "一一四年內"),  # read as within 114 years
        ("一〇〇年全縣人口3000人。", "一〇〇年"),
    ],
)
def test_a_republic_year_in_digits_of_words_alone_is_refused(text: str, phrase: str) -> None:
    """A count is printed so too (建校一一○年校慶, a review's): alone, it is refused."""
    assert scanned(text)[0] == (phrase, False)


@pytest.mark.parametrize(
    "text",
    ["其中114年挹注增班設園經費約6億元", "上任第一年(108年)全縣總決算", "榮獲114年內政部評鑑"],
)
def test_a_three_digit_count_of_years_is_refused(text: str) -> None:
    """114年 in a Taiwan text is 2025; a count of 114 years says 一百一十四年."""
    (found, *_) = minsheng.find_quantities(text)
    assert found.reading is None
    assert found.error is not None
    assert "Republic of China" in found.error.reason


@pytest.mark.parametrize(("text", "value"), [("一百一十四年", 114), ("建党100年", 100), ("3年", 3)])
def test_other_counts_of_years_still_read(text: str, value: int) -> None:
    assert parse_phrase(text).figure.value == value


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("建校110年。", "建校110年"),
        ("已有120年历史。", "已有120年历史"),
        ("台中一中建校一一○年校慶。", "建校一一○年"),
        ("校齡107年。", "校齡107年"),
        ("110多年。", "110多年"),
        ("约110年。", "约110年"),
    ],
)
def test_a_count_of_years_that_its_words_say_reads(text: str, phrase: str) -> None:
    """A review's: 建校110年, 110年历史, 110多年 are counts (real Taiwan pages print them)."""
    assert scanned(text) == [(phrase, True)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("截流干管內污水流速可達1 m/s，", "達1 m"),
        ("長度約740 m，", "約740 m"),
        ("規模達 10 MW。", "達 10 MW"),
    ],
)
def test_a_latin_unit_after_a_space_is_kept_and_refused(text: str, phrase: str) -> None:
    """流速可達1 m/s was found as 達1, a bare number at least 1."""
    assert scanned(text) == [(phrase, False)]


def test_a_known_latin_unit_after_a_space_still_reads() -> None:
    (found,) = minsheng.find_quantities("總長達900 km。")
    assert found.reading is not None
    assert found.reading.figure.unit == "千米"


@pytest.mark.parametrize(
    ("text", "unit"),
    [("首季公營房屋動工量達1.58萬伙", "伙"), ("上調至50萬伙", "伙"), ("面積22坪", "坪")],
)
def test_hong_kong_flats_and_taiwan_floor_area_keep_their_measure(text: str, unit: str) -> None:
    """1.58萬伙 read as a bare 15,800; 22坪 was refused."""
    assert parse_phrase(text).figure.unit == unit


def test_huo_in_other_words_is_no_measure() -> None:
    assert scanned("与3000伙伴合作。") == []


@pytest.mark.parametrize(
    "text",
    [
        "淡海輕軌單日運量仍達到歷史次高的3.6萬人次",
        "單日運量衝到歷史次高的3.6萬人次",
        # a record since a time, after a change (a review's: 以来 and 后 ended its reach)
        "地铁单日客运量创开通以来新高达到150万人次",
        "单日最大处理能力提升后达500吨",
    ],
)
def test_single_day_reaches_over_a_few_more_words(text: str) -> None:
    """單日運量…3.6萬人次, 13 characters apart, read as a plain total."""
    with pytest.raises(minsheng.ParseError, match="a peak or a capacity"):
        parse_phrase(text)


@pytest.mark.parametrize(
    "text",
    [
        "单日接待量创新高的同时全年接待游客500万人次",
        "取消单日限购政策后本月成交3000套",
    ],
)
def test_single_day_stops_at_a_longer_time(text: str) -> None:
    """全年 or 本月 between 单日 and the figure: the figure is not one day's."""
    assert parse_phrase(text).figure.per == ()


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("具有2万人次的日接待能力。", "2万人次的日接待能力"),
        ("形成500吨的日处理能力。", "500吨的日处理能力"),
        ("实现1.2亿元的年产值。", "1.2亿元的年产值"),
    ],
)
def test_a_period_after_the_figure_is_refused(text: str, phrase: str) -> None:
    """2万人次的日接待能力 read as a plain total of 20,000 (per day, said after it)."""
    assert scanned(text) == [(phrase, False)]
    with pytest.raises(minsheng.ParseError, match="a period after the figure"):
        parse_phrase(phrase)


def test_a_share_of_a_year_s_output_still_reads() -> None:
    assert scanned("占全市30%的年产值。") == [("30%", True)]


@pytest.mark.parametrize("text", ["带动2000户的年收入增加3000元。", "其中120家的年营收超过1亿元。"])
def test_a_period_after_a_count_of_holders_is_the_next_figure_s(text: str) -> None:
    """A review's: 2000户的年收入 took 年收入 from 增加3000元, which lost its year."""
    found = list(minsheng.find_quantities(text))
    assert found[-1].reading is not None
    assert [p.unit for p in found[-1].reading.figure.per] == ["年"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("此次工程獲得中央補助新台幣509萬4816元，縣府自籌2263萬7139元。", "2263萬7139元"),
        ("投入110億元(新台幣，下同)，市府再投入20億元。", "20億元"),
        ("每人可獲港幣5000元津貼，合共1.2億元。", "1.2億元"),
    ],
)
def test_an_amount_after_another_currency_in_its_sentence_is_refused(
    text: str, phrase: str
) -> None:
    """縣府自籌2263萬7139元 after 新台幣509萬4816元 was read as renminbi."""
    found = list(minsheng.find_quantities(text))
    assert (found[-1].phrase, found[-1].reading) == (phrase, None)
    assert found[-1].error is not None
    assert "another currency" in found[-1].error.reason


def test_a_currency_in_another_sentence_or_after_leaves_renminbi_alone() -> None:
    for text in ("美元汇率上升。全年投资3000万元。", "全年投资3000万元，折合400万美元。"):
        found = next(iter(minsheng.find_quantities(text)))
        assert found.reading is not None, text
        assert found.reading.figure.unit == "元"


@pytest.mark.parametrize(
    "text", ["年均创业担保贷款余额3000亿元", "年均常住人口120万人", "年均存栏生猪50万头"]
)
def test_a_year_s_average_of_a_stock_is_no_amount_per_year(text: str) -> None:
    """年均贷款余额3000亿元 read as 3000亿元 a year: an average balance, not a flow."""
    assert parse_phrase(text).figure.per == ()


@pytest.mark.parametrize("text", ["年均支出1000亿元", "年均增长5%"])
def test_a_year_s_average_of_a_flow_is_per_year(text: str) -> None:
    assert [p.unit for p in parse_phrase(text).figure.per] == ["年"]


def test_a_list_of_ages_that_a_noun_ends_is_no_figure() -> None:
    """0-17岁、18-34岁… read as ranges of years of age: they name the groups counted."""
    text = "0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、20000人。"
    assert scanned(text) == [("18891人", True), ("20000人", True)]
    assert scanned("平均年龄分别为38岁、40岁。") == [("38岁", True), ("40岁", True)]


@pytest.mark.parametrize("text", ["比計劃多招8000人", "比计划超额3000人"])
def test_more_than_the_plan_is_a_difference(text: str) -> None:
    """比計劃多招8000人, 比计划超额3000人 read as 8000 and 3000 people: over the plan."""
    with pytest.raises(minsheng.ParseError):
        parse_phrase(text)


def test_zhaoshang_is_no_difference() -> None:
    assert parse_phrase("多招商引资3000万元").figure.value == Decimal(30000000)
