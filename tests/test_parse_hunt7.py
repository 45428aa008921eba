"""Misreads the seventh hunt left.

Each read wrongly; each now reads right or is refused, by the parser and the
scan alike.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from minsheng import parse_quantity as parse


@pytest.mark.parametrize("text", ["连增6个季度", "連增6個季度", "连涨3个季度"])
def test_a_streak_of_quarters_is_refused(text: str) -> None:
    """连增6个季度 read as a rise of six (个), 季度 left as the subject's word.

    It rose for six quarters, by an amount unsaid, as 连跌9个月 does.
    """
    with pytest.raises(minsheng.ParseError, match="a change before a time"):
        parse(text)
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is None
    assert found.phrase.endswith(("个季度", "個季度"))


def test_quarters_are_a_duration_of_three_months() -> None:
    """6个季度 is a time, as 18个月 is; 3个季度内 is within it."""
    quarters = parse("连续6个季度增长")
    assert (quarters.value, quarters.unit) == (Decimal(6), "个季度")
    unit = minsheng.UNITS["个季度"]
    assert unit.kind is minsheng.UnitKind.DURATION
    assert unit.factor == 3 * minsheng.UNITS["个月"].factor
    assert parse("3个季度内完成").comparator is minsheng.Comparator.AT_MOST
    assert minsheng.format_quantity(parse("6个季度"), locale="en") == "6 quarters"


@pytest.mark.parametrize(
    "text", ["月补贴300元", "对象月补贴达300元", "月补贴标准提高到300元", "月補貼300元"]
)
def test_a_month_before_an_allowance_in_yuan_is_its_period(text: str) -> None:
    """月补贴300元 read as a plain 300 元: it is 300 元 a month."""
    assert [p.unit or p.subject for p in parse(text).per] == ["月"]
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is not None
    assert found.reading.figure.per == parse(text).per


@pytest.mark.parametrize("text", ["月补贴3万人次", "发放月补贴资金300万元"])
def test_a_month_before_an_allowance_that_counts_recipients_or_funds_is_none(text: str) -> None:
    """月补贴3万人次 counts who received it; the funds for it are a plain amount."""
    assert parse(text).per == ()


@pytest.mark.parametrize(
    "text", ["快递运单日均处理量30万件", "订单日均30万件", "運單日均處理量30萬件"]
)
def test_a_day_after_a_word_in_dan_is_a_period(text: str) -> None:
    """运单日均处理量30万件 was refused, and the scan found a plain 30万件."""
    assert [p.unit or p.subject for p in parse(text).per] == ["日"]
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is not None
    assert found.reading.figure.per == parse(text).per


def test_a_single_day_is_still_refused() -> None:
    """单日均30万件 is one day's peak: refused, as before."""
    with pytest.raises(minsheng.ParseError, match="单日"):
        parse("单日均30万件")


@pytest.mark.parametrize(
    "text", ["由每月2400元增加四分之一", "由3000元提高20%", "由现时的3000元提高两成"]
)
def test_a_starting_figure_then_a_change_by_a_figure_is_found_whole(text: str) -> None:
    """由3000元提高20%: the scan found 由3000元提高 refused, then a plain 20 %.

    The parser refuses the phrase; the scan now finds it whole, so that no
    figure of it reads without its change.
    """
    with pytest.raises(minsheng.ParseError, match="a starting figure"):
        parse(text)
    (found,) = minsheng.find_quantities(f"补贴{text}。")
    assert (found.phrase, found.reading) == (text, None)


def test_a_starting_figure_then_a_change_then_another_clause_keeps_the_clause() -> None:
    """The refused phrase ends at the change's own figure: 5万人 after a comma reads."""
    found = minsheng.find_quantities("由3000元提高20%，惠及5万人。")
    assert [(f.phrase, f.reading is None) for f in found] == [
        ("由3000元提高20%", True),
        ("5万人", False),
    ]


@pytest.mark.parametrize(
    "text",
    ["冬日补贴300元", "夏日补贴300元", "来年补贴3000元", "成年补贴3000元", "幼年补贴300元",
     "春日接待游客5万人次"],
)  # fmt: skip
def test_a_season_next_year_or_an_age_is_no_period(text: str) -> None:
    """冬日, 来年 and 成年 end words (winter, next year, adult): no period of the figure.

    春日接待游客5万人次 had read as 50,000 visits a day.
    """
    assert parse(text).per == ()
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is not None
    assert found.reading.figure.per == ()


@pytest.mark.parametrize("text", ["十八大以来年均增长5%", "未来年均增长5%", "建成日处理污水5万吨"])
def test_a_period_after_lai_or_cheng_that_ends_another_word_is_kept(text: str) -> None:
    """以来 and 建成 end their own words: 年均 and 日处理 are still a year's and a day's."""
    period = "年" if "年均" in text else "日"
    assert [p.unit or p.subject for p in parse(text).per] == [period]


@pytest.mark.parametrize(
    "text", ["109年至112年", "109至112年", "100年至120年", "一〇九年至一一二年"]
)
def test_a_range_of_years_that_may_be_the_republics_is_refused(text: str) -> None:
    """109年至112年 (a seventh hunt's, a page from Taiwan) read as 109 to 112 years.

    On such a page it is 2020 to 2023; a span of 100 to 149 years is rare,
    and which one the phrase says only its page knows.
    """
    with pytest.raises(minsheng.ParseError, match="years of the Republic of China"):
        parse(text)
    (found,) = minsheng.find_quantities(text + "。")
    assert (found.phrase, found.reading) == (text, None)


@pytest.mark.parametrize(
    ("text", "low"),
    [("使用寿命50年至70年", "50"), ("使用寿命80年至100年", "80"), ("100.5年至120年", "100.5")],
)
def test_a_range_of_years_outside_the_republics_reads(text: str, low: str) -> None:
    """Fewer than 100 years at its low end, or a year with decimals, is a span of time.

    Years 80 to 99 of the Republic (1991 to 2010) are left to read as a span,
    as a building's life of 80 to 100 years is.
    """
    quantity = parse(text)
    assert quantity.value == Decimal(low)
    assert quantity.unit == "年"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("3億7千萬元", "三亿七千万元"),
        ("3亿5百万元", "三亿零五百万元"),
    ],
)
def test_a_place_of_wan_after_yi_in_digits_reads_as_in_words(text: str, words: str) -> None:
    """3億7千萬元 (a seventh hunt's, a page from Hong Kong) was refused.

    It reads as 三亿七千万元 does: 370,000,000, printed to 万.
    """

    def read(phrase: str) -> tuple[object, ...]:
        q = parse(phrase)
        return (q.value, q.unit, q.multiplier, q.decimals, q.approximation, q.comparator)

    assert read(text) == read(words)
    assert parse("3億7千萬元").value == 370000000
    (found,) = minsheng.find_quantities(f"投入{text}。")
    assert (found.phrase, found.reading is not None) == (text, True)


@pytest.mark.parametrize(
    "text", ["3.5亿7千万元", "3亿7千万5000元", "3亿7千5百万元", "3亿 7千万元", "1万亿3千亿元"]
)
def test_a_place_of_wan_that_makes_no_number_is_refused(text: str) -> None:
    """A decimal before it, digits after it, or a space in it: no number minsheng reads."""
    with pytest.raises(minsheng.ParseError):
        parse(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [("預測數百分之七點九一", "7.91"), ("人数百分之九十", "90"), ("户数千分之五", "5")],
)
def test_shu_before_a_fraction_is_the_end_of_a_word(text: str, value: str) -> None:
    """預測數百分之七點九一 (a seventh hunt's) was refused as 数百, a rough count.

    数 ends 预测数 (the forecast) there; 百分之 opens the figure.
    """
    assert parse(text).value == Decimal(value)
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is not None
    for rough in ("数十万元", "数千分之一", "数百分之一"):  # a few: a rough count (a review's)
        with pytest.raises(minsheng.ParseError, match="rough count"):
            parse(rough)


@pytest.mark.parametrize("text", ["1e9个", "1E9个", "3.5e+4元", "新增1e3个"])
def test_a_number_in_scientific_notation_is_refused_whole(text: str) -> None:
    """A newcomer's trial: 1e9个 was "more than one figure", and the scan found 9个."""
    with pytest.raises(minsheng.ParseError, match="scientific notation"):
        parse(text)
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is None
    assert found.phrase in text
    assert found.phrase[0].isdigit()


@pytest.mark.parametrize("text", ["5G基站3000个", "e办通服务3000人次"])
def test_letters_beside_a_number_are_no_scientific_notation(text: str) -> None:
    """5G and e办通 name things; the figure after them is found as before."""
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is not None
    assert found.phrase.startswith(("3000",))


@pytest.mark.parametrize(
    "text", ["下跌0.2个百分点至3.1%", "提高2个百分点至35%", "增长5%至3000亿元"]
)
def test_a_change_by_one_figure_to_another_says_so(text: str) -> None:
    """下跌0.2個百分點至3.1% (a seventh hunt's) was refused as a range of two units.

    It is a fall by one figure to the level of another: two figures, which one
    reading cannot hold; the refusal says that now.
    """
    with pytest.raises(minsheng.ParseError, match="a change by one figure to another"):
        parse(text)
    with pytest.raises(minsheng.ParseError, match="different units"):
        parse("3个至5%")
