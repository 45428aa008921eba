"""Misreads left by the tenth hunt, and those an eleventh hunt found.

Each phrase now reads right or is refused, by the parser and the scan alike;
a hunt's addresses are in the docstrings.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from minsheng import parse_phrase
from tests.conftest import scanned


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
        # a review's leftover: with no 为, refused as a change apart from its figure
        ("经济增速目标5.5%左右", "5.5", None),
        ("地区生产总值增速预期目标6%", "6", None),
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


def test_a_year_of_the_republic_before_its_figure_is_a_date() -> None:
    """需求人數自106年51萬1千人增至111年82萬9,431人 (mohw.gov.tw, via an eleventh hunt).

    106年 and 111年 were found as 106 and 111 years, the second as a level
    reached.  A year of the Republic right before a figure is a date, and
    97年佔17.73% is that year's share.
    """
    text = "需求人數自106年51萬1千人增至111年82萬9,431人"
    # (since a twenty-eighth hunt 自 before a figure is "from": one change, its start
    # no level of its own)
    assert scanned(text) == [("自106年51萬1千人增至111年82萬9,431人", True)]
    reading = parse_phrase("自106年51萬1千人增至111年82萬9,431人")
    assert (reading.figure.value, [b.value for b in reading.baselines]) == (
        Decimal(829431),
        [Decimal(511000)],
    )
    assert parse_phrase("106年51萬1千人").figure.value == Decimal(511000)
    assert scanned("97年佔17.73%。") == [("17.73%", True)]
    assert scanned("之趨勢,97年佔17.73%,98年佔30.99%。") == [("17.73%", True), ("30.99%", True)]
    # a count of years that a figure follows is still read where it is one
    assert parse_phrase("从100年缩短到80年").figure.value == Decimal(80)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("亩产600公斤", "600"),
        ("双季稻平均亩产达到900公斤", "900"),
        ("亩产提高50公斤", "50"),
        ("亩产值5000元", "5000"),
    ],
)
def test_mu_chan_is_per_mu(text: str, value: str) -> None:
    """平均亩产516.2公斤 (zhongtushe.com, via an eleventh hunt) read as 516.2 kg."""
    reading = parse_phrase(text)
    assert reading.figure.value == Decimal(value)
    assert [(p.amount, p.unit) for p in reading.figure.per] == [(Decimal(1), "亩")]
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is not None
    assert found.reading.figure.per == reading.figure.per


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("平均单产达433公斤。", "单产达433公斤"),
        ("粮食单产1050斤。", "单产1050斤"),
        ("村均收入达到15万元。", "村均收入达到15万元"),
        ("校均规模1200人。", "校均规模1200人"),
    ],
)
def test_a_denominator_the_phrase_does_not_name_is_refused_in_the_scan_too(
    text: str, phrase: str
) -> None:
    """平均单产达433公斤 and 村均收入达到15万元 (an eleventh hunt's) lost their area and village.

    单产 is per mu or per hectare; 村均 with words between it and the figure is
    per village, or all of them.  The parser refused 村均收入达到15万元, and the
    scan found 达到15万元 alone, with no denominator.
    """
    with pytest.raises(minsheng.ParseError):
        parse_phrase(text.rstrip("。"))
    assert scanned(text) == [(phrase, False)]


def test_a_rate_of_yield_still_reads() -> None:
    """单产提高5% is a rise of the yield, whatever its area."""
    assert parse_phrase("粮食单产提高5%").change is minsheng.Measure.INCREMENT
    assert scanned("粮食单产提高5%。") == [("单产提高5%", True)]


def test_places_ranked_by_a_figure_per_head_are_no_figure_per_head() -> None:
    """按户均收入最高与最低的30个村计算 (fx361.cc, via an eleventh hunt): 30 per household.

    The parser refuses a count so ranked, and the scan finds it with its
    denominator, refused; an amount after 最低的 is the denominator's own (a
    review's: 每人每月最低的生活保障标准为800元 reads).
    """
    for text in ("按户均收入最高与最低的30个村计算", "人均收入最高的10个县"):
        with pytest.raises(minsheng.ParseError, match="what it ranks"):
            parse_phrase(text)
        assert all(not read for _, read in scanned(text + "。"))
    assert parse_phrase("每户最高2000元").figure.comparator is minsheng.Comparator.AT_MOST
    amount = parse_phrase("每人每月最低的生活保障标准为800元").figure
    assert (amount.value, len(amount.per)) == (Decimal(800), 2)


@pytest.mark.parametrize(
    "text",
    ["投資1700億元(人民幣,下同)以上。", "1700亿元(人民币,下同)左右。", "近4(104至107)年度決算數。"],
)
def test_a_bound_or_a_unit_after_brackets_is_found_with_the_figure(text: str) -> None:
    """投資1700億元(人民幣,下同)以上 (an eleventh hunt's) was found as exactly 1700亿元.

    A comma inside the brackets ended the scan's phrase before them; 近4(104至107)年度
    was found as a bare 4.  Both are found whole, and refused, as the parser does.
    """
    ((phrase, read),) = scanned(text)
    assert not read
    assert phrase.endswith(("以上", "左右", ")"))
    assert parse_phrase("1700亿元（人民币）以上").figure.comparator is minsheng.Comparator.AT_LEAST


@pytest.mark.parametrize("text", ["每年「十心」", "每年‘十心’实事"])
def test_a_numeral_in_quotes_is_a_name(text: str) -> None:
    """每年‘十心’实事 (neamco.com, via an eleventh hunt) read as ten a year."""
    with pytest.raises(minsheng.ParseError, match="numeral in words"):
        parse_phrase(text)
    assert all(not read for _, read in scanned(text + "。"))


@pytest.mark.parametrize("text", ["长照十年计划", "長照十年計畫", "实施十年计划"])
def test_a_plan_of_years_is_a_name(text: str) -> None:
    """長照十年計畫自97年4月開辦 (mohw.gov.tw, via an eleventh hunt) read as ten years."""
    with pytest.raises(minsheng.ParseError, match="a name"):
        parse_phrase(text)
    assert scanned(text + "。") == []


@pytest.mark.parametrize("text", ["以居家服务为最多占35%", "以重度失能者為最多佔51.52%"])
def test_the_most_of_several_is_no_bound(text: str) -> None:
    """以重度失能者為最多佔51.52% (mohw.gov.tw, via an eleventh hunt) read as at most 51.52 %.

    The parser refuses the phrase; the scan finds the share after it, exact.
    """
    with pytest.raises(minsheng.ParseError):
        parse_phrase(text)
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is not None
    assert found.reading.figure.comparator is None
    assert parse_phrase("最多占35%").figure.comparator is minsheng.Comparator.AT_MOST


@pytest.mark.parametrize("text", ["每年皆占7成以上", "每年占比保持在70%以上"])
def test_a_share_in_each_year_has_no_denominator(text: str) -> None:
    """每年皆佔7成以上 (mohw.gov.tw, via an eleventh hunt) read as 70 % a year."""
    with pytest.raises(minsheng.ParseError, match="in each year"):
        parse_phrase(text)
    assert scanned(text + "。") == [(text, False)]
    assert parse_phrase("每年增长5%").change is minsheng.Measure.INCREMENT


@pytest.mark.parametrize("text", ["超额完成3000个", "固定资产投资超额完成175亿元市定目标"])
def test_a_target_beaten_is_refused(text: str) -> None:
    """固定资产投资超额完成175亿元市定目标 (sanyarb.com.cn, via an eleventh hunt).

    It read as exactly 175亿元, where the outcome is more than that.
    """
    with pytest.raises(minsheng.ParseError, match="does not bound"):
        parse_phrase(text)
    assert all(not read for _, read in scanned(text + "。"))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("投资完成率排名后10位的县。", "排名后10位"), ("排名靠后10名。", "排名靠后10名")],
)
def test_a_bottom_rank_is_no_count(text: str, phrase: str) -> None:
    """投资完成率排名后10位的县 (c-water.com.cn, via an eleventh hunt) read as ten."""
    with pytest.raises(minsheng.ParseError, match="a rank"):
        parse_phrase(text.rstrip("。"))
    assert scanned(text) == [(phrase, False)]
    assert parse_phrase("此后10名教师").figure.value == Decimal(10)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit", "per", "comparator"),
    [
        # an area of so many mu, not per mu
        ("建成千亩产业示范基地3个。", "3个", "3", "个", 0, None),
        # 单产 with its area named reads
        ("亩均粮食单产达到1680公斤。", "亩均粮食单产达到1680公斤", "1680", "公斤", 1, ">="),
        ("粮食单产为5720公斤/公顷。", "单产为5720公斤/公顷", "5720", "公斤", 1, None),
        ("简单产品3000件。", "3000件", "3000", "件", 0, None),
        # 为最多 right before its figure is a cap
        ("补助标准为最多3000元。", "最多3000元", "3000", "元", 0, "<="),
        # 超额 of other words
        ("对超额部分奖励1000元。", "超额部分奖励1000元", "1000", "元", 0, None),
        ("超额利润5000万元。", "超额利润5000万元", "50000000", "元", 0, None),
        # a span of years before a figure, after a verb
        ("建校100年3万余名毕业生。", "100年", "100", "年", 0, None),
        # a plan over years, in digits
        ("3年计划投资500亿元。", "3年", "3", "年", 0, None),
        # a rate a year, an average share
        ("每年贴息2%。", "每年贴息2%", "2", "%", 1, None),
        ("年均占比30%。", "年均占比30%", "30", "%", 0, None),
        # 列 of other words
        ("系列后10名。", "10名", "10", "名", 0, None),
        # an amount after a denominator's 最低的
        (
            "每人每月最低的生活保障标准为800元。",
            "每人每月最低的生活保障标准为800元",
            "800",
            "元",
            2,
            None,
        ),
        # a bracket that holds a figure of its own
        ("达到95%（2024年为90%）以上。", "达到95%", "95", "%", 0, ">="),
    ],
)
def test_near_misses_of_the_eleventh_hunt_s_rules_still_read(
    text: str, phrase: str, value: str, unit: str, per: int, comparator: str | None
) -> None:
    """A review of the rules above: each of these read right before them, and does again."""
    found = next(f for f in minsheng.find_quantities(text) if f.phrase == phrase)
    assert found.reading is not None, found.error
    figure = found.reading.figure
    assert (figure.value, figure.unit, len(figure.per)) == (Decimal(value), unit, per)
    assert (figure.comparator.value if figure.comparator else None) == comparator


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("受理来电3.2万余通", "通"),  # calls
        ("接听300通电话", "通"),
        ("完成3万单订单", "单"),  # orders
        ("受理來電3.2萬餘通", "通"),  # as printed in traditional script
    ],
)
def test_calls_and_orders_keep_their_measure_word(text: str, unit: str) -> None:
    """受理来电3.2万余通 and 3万单 were read with no unit at all, 300通 not found."""
    assert parse_phrase(text).figure.unit == unit
    (found,) = minsheng.find_quantities(text)
    assert found.reading is not None
    assert found.reading.figure.unit == unit


@pytest.mark.parametrize("text", ["300通过审核", "300单位参与", "新增3000单元", "投放3万单车"])
def test_words_that_start_with_those_measure_words_are_none(text: str) -> None:
    """通过, 单位, 单元, 单车: words, not calls or orders."""
    assert parse_phrase(text).figure.unit is None


def test_a_denominator_of_orders_is_read() -> None:
    """每单补贴5元: 5 yuan per order, where the scan refused 每单 as unreadable."""
    (per,) = parse_phrase("每单补贴5元").figure.per
    assert (per.amount, per.unit, per.subject) == (Decimal(1), None, "单")


@pytest.mark.parametrize("comma", ["，", ","])
def test_a_list_after_fen_bie_apart_by_commas_is_one_phrase(comma: str) -> None:
    """分别增长15.3%，29.6%: the scan read the second as a level of 29.6 %.

    After 分别, a comma right before a figure of the same unit lists it too; the
    phrase of both is refused, as 分别增长15.3%和29.6% is.
    """
    text = f"两市工业产值分别增长15.3%{comma}29.6%。"
    assert scanned(text) == [(f"增长15.3%{comma}29.6%", False)]
    assert scanned(f"兩市分別增長15.3%{comma}29.6%。") == [(f"增長15.3%{comma}29.6%", False)]


def test_a_comma_after_fen_bie_before_other_words_parts_the_phrases() -> None:
    """分别增长15.3%，全省增长5%: the second has its own words, read on its own."""
    found = minsheng.find_quantities("两市分别增长15.3%，全省增长5%。")
    assert [(f.phrase, f.reading is not None) for f in found] == [
        ("增长15.3%", True),
        ("增长5%", True),
    ]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("加薪15%", minsheng.Direction.HIGHER),
        ("教師涨薪10%", minsheng.Direction.HIGHER),
        ("提薪500元", minsheng.Direction.HIGHER),
        ("減薪20%", minsheng.Direction.LOWER),
        ("降薪5%", minsheng.Direction.LOWER),
    ],
)
def test_pay_raised_or_cut_by_a_figure_is_a_change(
    text: str, direction: minsheng.Direction
) -> None:
    """加薪15% read as a level of 15 %: pay raised by it (涨价 and 降价 were change words)."""
    reading = parse_phrase(text)
    assert (reading.change, reading.direction) == (minsheng.Measure.INCREMENT, direction)
    (found,) = minsheng.find_quantities(text)
    assert found.reading is not None
    assert found.reading.change is minsheng.Measure.INCREMENT
