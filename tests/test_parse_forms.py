"""Issue 12's forms: either script, ranges, points, changes, from → to; refusals."""

from __future__ import annotations

import re
from decimal import Decimal

import attrs
import pytest

import minsheng
from minsheng import Approximation as A
from minsheng import Comparator as C
from minsheng import Direction, Measure, Per

D = Decimal


def parse(text: str) -> minsheng.Quantity:
    return minsheng.parse_quantity(text)


# The silent misreadings the issue found: each read a wrong number with exit 0.
def test_traditional_magnitude_is_read() -> None:
    """3億元 is 300,000,000 元, not 3."""
    q = parse("3億元")
    assert (q.value, q.unit, q.multiplier) == (D(300_000_000), "元", 8)


def test_traditional_wan_and_classifier_are_read() -> None:
    """19.78萬個 is 197,800 个 with four significant digits, not 19.78."""
    q = parse("19.78萬個")
    assert (q.value, q.unit, q.multiplier, q.decimals) == (D(197_800), "个", 4, 2)
    assert (q.interval.low, q.interval.high) == (D(197_750), D(197_850))


def test_traditional_more_than_is_kept() -> None:
    """5100餘個 keeps its "more than": [5100, 5200)."""
    q = parse("5100餘個")
    assert (q.value, q.approximation, q.interval.high, q.interval.high_closed) == (
        D(5100),
        A.MORE_THAN,
        D(5200),
        False,
    )


def test_traditional_comparator_is_kept() -> None:
    """不少於3000個 is >= 3000 个."""
    q = parse("不少於3000個")
    assert (q.value, q.unit, q.comparator) == (D(3000), "个", C.AT_LEAST)


def test_digit_by_digit_numeral_reads_every_digit() -> None:
    """二〇一 is 201 (digit by digit, as 每日二一○澳門元 is 210), never 1."""
    assert parse("二〇一").value == D(201)
    assert parse("二○二五个").value == D(2025)
    with pytest.raises(minsheng.ParseError, match="a year, not a figure"):
        parse("二○二五年")  # alone, a date: not 2025 years
    assert parse("每日二一○澳門元").value == D(210)


def test_nineteen_thousand_misordered_is_refused() -> None:
    """十九千个 is no numeral: a ParseError at 千, never 9010."""
    with pytest.raises(minsheng.ParseError) as info:
        parse("十九千个")
    assert info.value.position == 2


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("一百五", 2),  # spoken shorthand: 150 or 105? refused
        ("一万五千个一", 5),
        ("三千五人", 2),
        ("三四个", 0),  # "three or four", not 34
        ("一两个", 0),
        ("壹仟元", 0),  # financial numerals are not read: refused, not skipped
        ("三分之一", 0),  # 33.333…%: no exact decimal
        ("二十十个", 2),
        ("〇五个", 0),
        ("1百000所", 2),  # not 100
        ("3022万69人次", 5),  # not 30,220,069
        ("3千88项", 2),
        ("1千5年", 2),  # not 1005
        ("4万18千元", 4),
        ("13百项", 2),
    ],
)
def test_malformed_numerals_are_refused(text: str, position: int) -> None:
    """A numeral that is not well formed is a ParseError pointing into it."""
    with pytest.raises(minsheng.ParseError) as info:
        parse(text)
    assert info.value.position == position


@pytest.mark.parametrize(
    ("text", "value", "unit", "multiplier"),
    [
        ("廿五个", "25", "个", 0),
        ("卅个", "30", "个", 0),
        ("兩千名", "2000", "名", 3),
        ("一百〇五户", "105", "户", 0),
        ("4万8千元", "48000", "元", 0),  # as 四万八千元
        ("25 000元", "25000", "元", 0),
        ("1,000人", "1000", "人", 0),
        ("３０００ 個", "3000", "个", 0),
        ("不少于 3000 个", "3000", "个", 0),
        ("年度计划投资3128 亿元", "312800000000", "元", 8),
        ("13.46千米", "13.46", "千米", 0),
        ("十多万人", "100000", "人", 4),
        ("4200多万元", "42000000", "元", 4),
    ],
)
def test_numerals_in_every_form(text: str, value: str, unit: str, multiplier: int) -> None:
    """〇 廿 卅 两/兩, mixed forms, separators, spaces and full-width digits."""
    q = parse(text)
    assert (q.value, q.unit, q.multiplier) == (D(value), unit, multiplier)


@pytest.mark.parametrize(
    ("text", "same_as", "value", "multiplier"),
    [
        ("3千万元", "三千万元", "30000000", 4),
        ("3百万人", "三百万人", "3000000", 4),
        ("5千亿元", "五千亿元", "500000000000", 8),
        ("2百亿元", "二百亿元", "20000000000", 8),
        ("约3千万元", "约三千万元", "30000000", 4),
        ("不少于3千万元", "不少于三千万元", "30000000", 4),
        ("3千万余元", "三千万余元", "30000000", 4),
        ("3 千万千瓦", "3000万千瓦", "30000000", 4),  # 三千万千瓦 is refused
        ("3千萬元", "三千萬元", "30000000", 4),
    ],
)
def test_a_digit_before_a_place_and_a_magnitude(
    text: str, same_as: str, value: str, multiplier: int
) -> None:
    """3千万元 is 3000万元, read as 三千万元 is: it was refused after the 千."""
    q = parse(text)
    assert (q.value, q.multiplier) == (D(value), multiplier)
    assert attrs.evolve(q, phrase=None) == attrs.evolve(parse(same_as), phrase=None)


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("13百万元", 2),  # as 13百: no number
        ("1.5千万元", 0),  # a decimal before a place word: not read
        ("3千万2千元", 3),  # a part after 3千万
        ("3千多万元", 2),
        # a review's: 余 or 多 before the place word was dropped, an exact 30,000,000
        ("3多千万元", 3),
        ("3余千万元", 3),
        ("3餘千萬元", 3),
        ("３多百萬人", 3),
        ("超过3余千万元", 5),
        ("近3多百亿元", 4),
        ("0千万元", 2),  # 零千万 is refused too
        ("0百亿人", 2),
    ],
)
def test_a_place_and_a_magnitude_are_refused_where_unsure(text: str, position: int) -> None:
    """What 3千万 does not cover is refused, as before, and not read in part."""
    with pytest.raises(minsheng.ParseError) as info:
        parse(text)
    assert info.value.position == position


@pytest.mark.parametrize(
    "text",
    [
        "3—5千万元",  # a review's: [30000, 50000000], the 3 scaled by 万 alone
        "2～3千万元",
        "3—5百万人",
        "3—5千亿元",
        "三至五千万元",  # so it was in characters, before 3千万 read at all
        "8—1万2千人",  # [8000, 12000] before 4万8千's multiplier was 0, [8, 12000] after
        "3—4万8千元",
        "2—1万2千3百元",
        "3000—1万2千人",
        "三至五千万亿元",  # 五千万亿 is 5000 in 万亿: compound too
        "三至一亿二千万元",
        # a hunt's: a low end with its own 千 or 百 kept it, 3000 to 50,000,000
        "三千至五千万元",
        "3千至5千万元",
        "三百至五百万元",
        "八百至一千二百万元",
        "五千至八千亿元",
        "1.5千至3千万元",
        # a second hunt's: 3万至5万亿元 read 30,000 to 5万亿, 8000—1.2亿元 8,000 元 up
        "3万至5万亿元",
        "1.2万至1.5万亿元",
        "8000—1.2亿元",
        "5000—1亿元",
        "8—1.2万人",
        "10—5万",
    ],
)
def test_a_bare_number_before_a_compound_one_is_refused(text: str) -> None:
    """3—5千万元: 3千万, 3万 or 3? A range reads no end it is unsure of."""
    with pytest.raises(
        minsheng.ParseError, match="a low end that may lack the 万 or 亿 of the high end"
    ):
        parse(text)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("三至二十五万元", 30_000, 250_000),
        ("3至25万元", 30_000, 250_000),
        ("3千万—5千万元", 30_000_000, 50_000_000),
        ("1万至1万2千人", 10_000, 12_000),
        ("三千至五千人", 3_000, 5_000),
        ("三至五万亿元", 3 * 10**12, 5 * 10**12),
        ("8000元—1.2亿元", 8_000, 120_000_000),  # the low end prints its own unit
        ("3—5千人", 3_000, 5_000),
    ],
)
def test_ranges_whose_ends_are_sure_still_read(text: str, low: int, high: int) -> None:
    """What is not compound, or has its own magnitude word at both ends, reads as before."""
    q = parse(text)
    assert (q.value, q.upper) == (D(low), D(high))


def test_a_place_and_a_magnitude_in_a_denominator_are_plain() -> None:
    """10个/3百万人: the denominator is 3000000, as 300万's is, not 3E+6."""
    (per,) = parse("10个/3百万人").per
    assert str(per.amount) == "3000000"
    assert per == parse("10个/300万人").per[0]


@pytest.mark.parametrize(
    ("digits", "numerals"),
    [
        ("1万2千人", "一万二千人"),
        ("4万8千元", "四万八千元"),
        ("1万2千余人", "一万二千余人"),
        ("3万5千多人", "三万五千多人"),
        ("4万8百元", "四万八百元"),
        ("3千人", "三千人"),
        ("1.2万人", "一点二万人"),
    ],
)
def test_digits_and_numerals_read_alike(digits: str, numerals: str) -> None:
    """A newcomer's: 1万2千人 had multiplier 3 where 一万二千人 has 0, the 千 inside it."""
    assert attrs.evolve(parse(digits), phrase=None) == attrs.evolve(parse(numerals), phrase=None)


def test_more_before_the_magnitude() -> None:
    """4200多万元 is more than 42,000,000 元, below 43,000,000."""
    q = parse("4200多万元")
    assert q.approximation is A.MORE_THAN
    assert (q.interval.low, q.interval.high) == (D(42_000_000), D(43_000_000))


@pytest.mark.parametrize(
    ("text", "value", "upper", "unit"),
    [
        ("3—5个", "3", "5", "个"),
        ("3-5个工作日", "3", "5", "个工作日"),
        ("5至8万人", "50000", "80000", "人"),
        ("三成至五成", "30", "50", "%"),
        ("30%~50%", "30", "50", "%"),
        ("3至5周岁", "3", "5", "周岁"),
    ],
)
def test_ranges_have_an_upper_end(text: str, value: str, upper: str, unit: str) -> None:
    """A range reads as [value, upper], both ends closed."""
    q = parse(text)
    assert (q.value, q.upper, q.unit) == (D(value), D(upper), unit)
    assert q.interval == minsheng.Interval(D(value), D(upper))


@pytest.mark.parametrize("text", ["5—3个", "3个—5人", "约3—5个", "3余—5个"])
def test_bad_ranges_are_refused(text: str) -> None:
    """A range from high to low, across units, or with an approximate end is refused."""
    with pytest.raises(minsheng.ParseError):
        parse(text)


def test_upper_must_be_above_value() -> None:
    """A Quantity whose upper end is not above its value is invalid."""
    with pytest.raises(minsheng.InvalidValueError):
        minsheng.Quantity(D(5), "个", upper=D(5))


@pytest.mark.parametrize(
    ("text", "value", "unit", "decimals", "approximation"),
    [
        ("两成", "20", "%", 0, A.EXACT),
        ("2.5成", "25", "%", 0, A.ROUNDED),  # a decimal of 成: rounded to 1 %
        ("5‰", "5", "‰", 0, A.EXACT),
        ("千分之五", "5", "‰", 0, A.EXACT),
        ("四分之一", "25", "%", 0, A.EXACT),
        ("八分之一", "12.5", "%", 1, A.EXACT),  # exact, although it has a decimal
        ("提高3个百分点", "3", "个百分点", 0, A.EXACT),
        ("下降0.5百分点", "0.5", "个百分点", 1, A.ROUNDED),
    ],
)
def test_percent_forms(text: str, value: str, unit: str, decimals: int, approximation: A) -> None:
    """成 is 10 %, ‰ and 个百分点 are units of their own, N分之M is an exact percent."""
    q = parse(text)
    assert (q.value, q.unit, q.decimals, q.approximation) == (
        D(value),
        unit,
        decimals,
        approximation,
    )


def test_percentage_points_are_not_percent() -> None:
    """个百分点 is its own kind of unit, never %; ‰ is per mille."""
    assert minsheng.UNITS["个百分点"].kind is minsheng.UnitKind.POINTS
    assert minsheng.UNITS["‰"].kind is minsheng.UnitKind.PERMILLE
    assert minsheng.parse_quantity("下降0.5百分点").unit == "个百分点"


def test_classifiers_datasets_declare_are_read() -> None:
    """盏 and 批次 are no library units (datasets declare them), yet read as printed."""
    assert "盏" not in minsheng.UNITS
    q = minsheng.parse_quantity("城市路灯照明节能改造1万盏")
    assert (q.value, q.unit) == (D(10_000), "盏")


@pytest.mark.parametrize(
    ("text", "change", "direction"),
    [
        ("提高3个百分点", Measure.INCREMENT, Direction.HIGHER),
        ("同比下降12.5%", Measure.INCREMENT, Direction.LOWER),
        ("增加入学名额1.25万个", Measure.INCREMENT, Direction.HIGHER),
        ("提高到1500元", Measure.LEVEL, Direction.HIGHER),
        ("缩短至9分钟", Measure.LEVEL, Direction.LOWER),
        ("新增到5306家", Measure.LEVEL, Direction.HIGHER),
        ("新增学位3000个", None, None),  # 新增 counts new things
        ("改造提升800所", None, None),  # upgrading, not a change
        ("提升3万农村人口供水保障水平", None, None),  # the people are not the change
        ("不少于3000个", None, None),
    ],
)
def test_change_words(text: str, change: Measure | None, direction: Direction | None) -> None:
    """A change by an amount and a change to a level read differently."""
    reading = minsheng.parse_phrase(text)
    assert (reading.change, reading.direction) == (change, direction)


def test_from_to_reads_baseline_and_target() -> None:
    """由8%降至7%: baseline 8 %, target 7 %, a level, lower."""
    reading = minsheng.parse_phrase("由8%降至7%")
    assert reading.figure.value == D(7)
    assert [b.value for b in reading.baselines] == [D(8)]
    assert (reading.change, reading.direction) == (Measure.LEVEL, Direction.LOWER)
    assert reading.figure.comparator is None


def test_two_baselines_and_a_shared_denominator() -> None:
    """由每户每月234元、210元统一调整为每户每月258元: two baselines, 调整 up by the figures."""
    reading = minsheng.parse_phrase("由每户每月234元、210元统一调整为每户每月258元")
    per = (Per(D(1), "户"), Per(D(1), None, "月"))
    assert [(b.value, b.unit, b.per) for b in reading.baselines] == [
        (D(234), "元", per),
        (D(210), "元", per),
    ]
    assert (reading.figure.value, reading.figure.per) == (D(258), per)
    assert reading.direction is Direction.HIGHER


def test_parse_quantity_gives_the_target_of_a_from_to_phrase() -> None:
    """parse_quantity on a from → to phrase returns the target."""
    assert parse("从每人每年600元提高到640元").value == D(640)


def test_dates_in_a_from_to_phrase_are_subject_words() -> None:
    """由2012年的4.9张提高到2021年的7.6张: the years are dates, not figures."""
    reading = minsheng.parse_phrase("每千人口医疗床位数由2012年的4.9张提高到2021年的7.6张")
    assert reading.figure.value == D("7.6")
    assert [b.value for b in reading.baselines] == [D("4.9")]


@pytest.mark.parametrize(
    "text",
    [
        "由8%提高到7%",  # the change word says up, the figures say down
        "由8%、7个降至6%",  # the units disagree
        "由8%7%",  # no change word
        "由每户每月234元、一调整为258元",  # a lone numeral inside words is no baseline
    ],
)
def test_inconsistent_from_to_is_refused(text: str) -> None:
    """A from → to phrase that contradicts itself is a ParseError."""
    with pytest.raises(minsheng.ParseError):
        minsheng.parse_phrase(text)


def test_words_with_numerals_that_are_no_figure() -> None:
    """统一, 一般, 三级 and ordinals are subject words; a stray numeral is refused."""
    assert parse("公辦一般高中3700余間").value == D(3700)
    assert parse("全省三级甲等医院增加至63家").value == D(63)
    assert parse("第三批新增300个").value == D(300)
    with pytest.raises(minsheng.ParseError):
        parse("一手房300套")


def test_error_messages_are_bounded() -> None:
    """However long the input, the message shows its start and length, under 200 characters."""
    for text in ("十九千个" + "字" * 10_000, "字" * 250 + "十九千个", "x" * 100_000):
        with pytest.raises(minsheng.ParseError) as info:
            parse(text)
        assert len(str(info.value)) < 200
        assert str(len(text)) in str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        "五廿个", "零十个", "一百零十个", "零百个", "五千五万元", "十亿万元", "〇〇个",
        "二〇二〇点五", "千分之个", "零分之一", "十廿个", "一万零百", "廿一廿", "两万零",
        "十十个",
    ],
)  # fmt: skip
def test_more_malformed_chinese_numerals(text: str) -> None:
    """Places out of order, a stray 零 or 廿, a fraction without a number: all refused."""
    with pytest.raises(minsheng.ParseError):
        parse(text)


@pytest.mark.parametrize(
    ("text", "value", "multiplier", "decimals"),
    [
        ("一万亿元", "1000000000000", 12, 0),
        ("三十五万亿元", "35000000000000", 12, 0),
        ("九点九九万亿元", "9990000000000", 12, 2),
        ("一十五个", "15", 0, 0),
        ("一千分之一", "0.1", 0, 1),
    ],
)
def test_large_and_rare_chinese_numerals(
    text: str, value: str, multiplier: int, decimals: int
) -> None:
    """万亿, 一十五 and 一千分之一 read exactly."""
    q = parse(text)
    assert (q.value, q.multiplier, q.decimals) == (D(value), multiplier, decimals)


def test_long_digit_runs_are_parse_errors() -> None:
    """A run of numerals too long for a figure is a ParseError, never another exception."""
    for text in ("一" * 200, "一二" * 100, "〇" * 30 + "个"):
        with pytest.raises(minsheng.ParseError):
            parse(text)
    found = list(minsheng.find_quantities("一" * 5000 + "个"))
    assert [f.error is not None for f in found] == [True]


def test_parse_phrase_needs_a_string() -> None:
    """Passing a number is a programming error, not a parse error."""
    with pytest.raises(TypeError):
        minsheng.parse_phrase(3000)  # type: ignore[arg-type]


def test_reading_is_public_and_documented() -> None:
    """Reading, parse_phrase, Found and find_quantities are public, with docstrings."""
    for name in ("Reading", "parse_phrase", "Found", "find_quantities"):
        assert name in minsheng.__all__
        assert getattr(minsheng, name).__doc__


def test_patacas_are_not_yuan() -> None:
    """澳门元 is a currency of its own: never converted into 元, never shown as CN¥."""
    q = parse("免稅額為19.8萬澳門元")
    assert (q.value, q.unit) == (D(198_000), "澳门元")
    assert not minsheng.UNITS["澳门元"].comparable_with(minsheng.UNITS["元"])
    assert minsheng.format_quantity(q, locale="en") == "198,000 patacas"


@pytest.mark.parametrize("text", ["3,0000个", "30,0000元", "3,000,0000个", "1,0001个"])
def test_a_group_of_four_digits_says_so(text: str) -> None:
    """3,0000个: a newcomer's "more than one figure" named no cause; the scan finds it whole."""
    with pytest.raises(minsheng.ParseError, match="a group of thousands of more than three"):
        parse(text)
    (found,) = minsheng.find_quantities(f"投资{text}，")
    assert found.reading is None
    assert found.error is not None
    assert found.error.reason == "a group of thousands of more than three digits"
    assert found.phrase == text.rstrip("个元")


@pytest.mark.parametrize(
    "text", ["007个", "00个", "05个", "0000元", "00.5个", "2万05千人", "2万005百人", "2亿05万元"]
)
def test_a_whole_number_with_a_leading_zero_is_refused(text: str) -> None:
    """007个 was 7 and 0000元 was 0: a code, or a number missing its head, is no figure."""
    with pytest.raises(minsheng.ParseError, match="a whole number that starts with 0"):
        parse(text)


@pytest.mark.parametrize(
    ("text", "value"), [("0个", "0"), ("0.5个", "0.5"), ("0.05个", "0.05"), ("2万0500人", "20500")]
)
def test_a_zero_that_leads_no_whole_number_still_reads(text: str, value: str) -> None:
    """0, a decimal below 1, and the four digits below 万 may start with 0."""
    assert parse(text).value == D(value)


@pytest.mark.parametrize("text", ["新增007个", "单价3,00个", "用时05分钟"])
def test_the_scan_reads_no_figure_from_a_leading_zero(text: str) -> None:
    """The scan found 00个 in 3,00个 and read it as 0, and 007个 as 7."""
    found = list(minsheng.find_quantities(text))
    assert found
    assert all(f.reading is None and f.error is not None for f in found)
    assert list(minsheng.find_quantities("编号007个")) == []  # a label's number: a code


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a hunt's: the scan read 1.5千 (1500) out of 1.5千万, and 10 out of 05—10个
        ("投资不少于1.5千万元", "1.5千万"),
        ("惠及约1.2百万人", "1.2百万"),
        ("不少于1.5千余万元", "1.5千余万"),
        ("投资3千余万元", "3千余万"),
        ("投资1.5千万—3千万元", "1.5千万—3千万"),
        ("新增学位05—10个", "05—10"),
        ("新增二十几—30个", "二十几—30个"),
    ],
)
def test_the_scan_reads_no_part_of_a_figure_it_cannot_read(text: str, phrase: str) -> None:
    """What the parser refuses is one error, never a shorter figure read out of it."""
    (found,) = minsheng.find_quantities(text)
    assert (found.phrase, found.reading) == (phrase, None)
    assert found.error is not None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # a hunt's: each read as a bare number, or a range without its bound
        ("翻 2 番", "a space between a number and the word it joins"),
        ("翻1.5番", "番 after a figure that is no doubling"),
        ("翻3千番", "番 after a figure that is no doubling"),
        ("3番", "番 after a figure that is no doubling"),
        ("过3000万元", "过 before a figure"),
        ("其中过5亿元的项目", "过 before a figure"),
        ("不超过3—5个", "a range with a comparator"),
        ("最多3—5个", "a range with a comparator"),
    ],
)
def test_words_that_change_a_figure_are_never_dropped(text: str, reason: str) -> None:
    """番 that no doubling reads, 过 (over), and a bound before a range are refused."""
    with pytest.raises(minsheng.ParseError, match=reason):
        parse(text)


@pytest.mark.parametrize(
    ("text", "value"), [("翻两番", "4"), ("翻2番", "4"), ("超过3000万元", "30000000")]
)
def test_doublings_and_comparators_still_read(text: str, value: str) -> None:
    """翻两番 is 4 倍, and 超过 a comparator, as before."""
    assert parse(text).value == D(value)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("缩短为15-20日", 15, 20),
        ("涨幅控制在2—3%", 2, 3),
        ("控制在 3—5个", 3, 5),
        ("降至3—5%", 3, 5),
    ],
)
def test_a_level_words_bound_before_a_range_is_the_range(text: str, low: int, high: int) -> None:
    """缩短为15-20日: the range is what it is shortened to, as before."""
    q = parse(text)
    assert (q.value, q.upper, q.comparator) == (D(low), D(high), None)


@pytest.mark.parametrize(
    "text",
    [
        "由1.2提高到1.5万元",
        "由2.5增加到3亿元",
        "由3千提高到5千万元",
        # a second hunt's: 12,000 元 and 8,000 元; 1200 before 1.5万 is unsure too
        "由1.2万提高到1.5万亿元",
        "由8000提高到1.2亿元",
        "由1200提高到1.5万人",
    ],
)
def test_a_starting_figure_short_of_its_targets_magnitude_is_refused(text: str) -> None:
    """A hunt's: 由1.2提高到1.5万元 read a baseline of 1.2 元, where a range reads 1.2万."""
    with pytest.raises(minsheng.ParseError, match="a starting figure without the 万 or 亿"):
        minsheng.parse_phrase(text)


@pytest.mark.parametrize(
    ("text", "baseline"),
    [
        ("由1200人提高到1.5万人", "1200"),
        ("由1.2万提高到1.5万元", "12000"),
        ("由3千万提高到5千万元", "30000000"),
    ],
)
def test_a_starting_figure_that_is_sure_reads(text: str, baseline: str) -> None:
    """1200 before 1.5万 is no 1200万; 1.2万 and 3千万 say their magnitude."""
    (start,) = minsheng.parse_phrase(text).baselines
    assert start.value == D(baseline)


@pytest.mark.parametrize("text", ["3伏", "5万伏特", "3万安培", "3万桶", "3万圆", "3千万伏"])
def test_a_measure_word_minsheng_does_not_read_is_refused(text: str) -> None:
    """A hunt's: volts, amperes, barrels and 圆 were dropped, leaving a bare 3 or 30,000."""
    with pytest.raises(minsheng.ParseError, match="a measure word minsheng does not know"):
        parse(text)


@pytest.mark.parametrize("text", ["全市有百万人口城市3个", "千万人口城市3个"])
def test_a_city_of_a_million_is_no_denominator(text: str) -> None:
    """A hunt's: 百万人口城市3个 was found as 3 个 per 10,000 人口."""
    (found,) = minsheng.find_quantities(text)
    assert found.reading is not None
    assert (found.phrase, found.reading.figure.per) == ("3个", ())


def test_ten_thousand_people_is_still_a_denominator() -> None:
    """万人口床位数6张 is 6 beds per 10,000 people, as before."""
    (found,) = minsheng.find_quantities("万人口床位数6张")
    assert found.reading is not None
    (per,) = found.reading.figure.per
    assert (per.amount, per.subject) == (D(10000), "人口")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a second hunt's: the parser refused these, and the scan read them exact
        ("收入过3000万元，", "过3000万元"),
        ("游客量破100万人次", "破100万人次"),
        ("總收入過3000萬元", "過3000萬元"),
        # and a decimal, a space, then 千万: it read 1.5 alone
        ("投资1.5 千万元，建成。", "1.5 千万"),
    ],
)
def test_the_scan_refuses_what_the_parser_refuses(text: str, phrase: str) -> None:
    """过 and 破 before a figure, and 1.5 千万, are found with it and refused."""
    (found,) = minsheng.find_quantities(text)
    assert (found.phrase, found.reading) == (phrase, None)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("由3提高到5成", "a starting figure before 成 without its own 成"),  # it read 3 %
        ("由9.5提高到9.8成", "a starting figure before 成 without its own 成"),
        ("每月15日前发放", "a month or a date"),  # 15 days a month
        ("每月1日起", "a month or a date"),
        ("翻2翻", "番 after a figure that is no doubling"),  # a bare 2
    ],
)
def test_what_a_second_hunt_found_misread_is_refused(text: str, reason: str) -> None:
    """Each read as something it does not say; now refused where it is read alone."""
    with pytest.raises(minsheng.ParseError, match=reason):
        minsheng.parse_phrase(text)


def test_days_a_month_and_a_baseline_in_cheng_still_read() -> None:
    """每月工作22日 counts days; 由3成提高到5成 is 30 % to 50 %."""
    assert parse("每月工作22日").value == D(22)
    reading = minsheng.parse_phrase("由3成提高到5成")
    assert ([b.value for b in reading.baselines], reading.figure.value) == ([D(30)], D(50))


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        # a second hunt's: found as levels, without their change words
        ("常住人口增加12.5万、户籍人口增加3万。", ["增加12.5万", "增加3万"]),
        ("农村贫困人口减少1000万以上", ["减少1000万以上"]),
    ],
)
def test_a_change_before_a_figure_that_ends_its_clause_is_the_figures(
    text: str, phrases: list[str]
) -> None:
    """增加12.5万、: no object follows, so the increase is the figure's (提升3万农村人口 is not)."""
    found = list(minsheng.find_quantities(text))
    assert [f.phrase for f in found] == phrases
    assert all(f.reading is not None and f.reading.change is Measure.INCREMENT for f in found)
    (people,) = minsheng.find_quantities("提升3万农村人口供水保障水平")
    assert people.reading is not None
    assert people.reading.change is None


@pytest.mark.parametrize(
    ("text", "phrases"),
    [("第3、4项已完成", []), ("第1、2批共50个", ["50个"]), ("第3、4、5项", [])],
)
def test_a_list_that_di_opens_is_ordinals(text: str, phrases: list[str]) -> None:
    """A second hunt's: 第3、4项 was found as 4 项, where 第一、二批 was passed over."""
    assert [f.phrase for f in minsheng.find_quantities(text)] == phrases


@pytest.mark.parametrize(("text", "phrase"), [("新增1. 2万人", "1. 2万"), ("共3. 5万人", "3. 5万")])
def test_a_point_then_a_space_breaks_no_figure_in_two(text: str, phrase: str) -> None:
    """A second hunt's: 新增1. 2万人 was found as 2万人, 20,000."""
    (found,) = minsheng.find_quantities(text)
    assert (found.phrase, found.reading) == (phrase, None)


def test_an_items_number_before_a_space_is_no_point() -> None:
    """1. at a line's start numbers an item: 3个 after it reads."""
    (found,) = minsheng.find_quantities("项目\n1. 3个学校")
    assert found.reading is not None
    assert found.reading.figure.value == D(3)


@pytest.mark.parametrize(
    ("text", "phrase"), [("新增4万 8千元", "4万 8千"), ("新增2万 05千人", "2万 05千")]
)
def test_a_space_inside_a_number_is_refused_whole(text: str, phrase: str) -> None:
    """A second hunt's: 新增4万 8千元 was found as a bare 4万 (40,000) and 8千元."""
    with pytest.raises(minsheng.ParseError, match="a space inside a number"):
        parse(text)
    (found,) = minsheng.find_quantities(text)
    assert (found.phrase, found.reading) == (phrase, None)
    assert parse("共4万 人").value == D(40000)  # a space before the unit is no part


@pytest.mark.parametrize(
    "text",
    [
        # a second hunt's: the target kept both denominators, or lost its own
        "由每千人3张提高到每万人50张",
        "由每人每月600元提高到每人每年8000元",
        "由每户600元提高到每人640元",
        "由600元/人提高到640元",
        "由600元提高到每人每年640元",
    ],
)
def test_a_change_between_different_denominators_is_refused(text: str) -> None:
    """From per 1000 to per 10,000, per household to per person, or per nothing said."""
    with pytest.raises(minsheng.ParseError, match="per different things"):
        minsheng.parse_phrase(text)


@pytest.mark.parametrize(
    "text",
    [
        "由每千人3张提高到每千人5张",
        "由每人600元提高到640元",
        "由600元/人提高到640元/人",
        "人均由600元提高到640元",
    ],
)
def test_a_change_with_one_denominator_reads(text: str) -> None:
    """The same denominator at both ends, or one that governs both, reads as before."""
    reading = minsheng.parse_phrase(text)
    assert reading.figure.per
    assert all(b.per == reading.figure.per for b in reading.baselines)


@pytest.mark.parametrize(
    "text",
    [
        # a misread hunt's: read as a rise of 4,000 to 16,000; by 4000, to 16000?
        "增加4000至16000张",
        "增加了4000到16000张",
        "提高4000至16000元",
        "减少4000至16000张",
        "增加3万至5万人",
        "增加3至5万人",
    ],
)
def test_a_change_by_a_figure_to_a_shared_unit_is_refused(text: str) -> None:
    """After a change by an amount, 至 may be a range's or "by 4000, to 16000"."""
    with pytest.raises(minsheng.ParseError, match=r"by one figure to another, or a range\?"):
        parse(text)
    (found,) = minsheng.find_quantities(f"全年{text}。")
    assert (found.phrase, found.reading) == (text, None)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("新增3000至5000个", D(3000), D(5000)),  # 新增 counts: a range of what is added
        ("增加4000—16000张", D(4000), D(16000)),  # a dash is a range's, never "to"
        ("增加到4000至16000张", D(4000), D(16000)),  # a level's range
        ("增长3至5个百分点", D(3), D(5)),  # rates: 增长3个百分点至5% would print both
        ("增长6%至6.5%", D(6), D("6.5")),
    ],
)
def test_the_ranges_a_change_by_an_amount_leaves_read(text: str, low: D, high: D) -> None:
    """The rule for 增加4000至16000张 leaves counts, dashes, levels and rates read."""
    figure = parse(text)
    assert (figure.value, figure.upper) == (low, high)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("新增3,5万人", "3,5万"),  # a misread hunt's: found as 5万人
        ("比例1.5,2万人", "1.5,2万"),
        ("学位1,25个", "1,25"),
    ],
)
def test_a_comma_that_groups_no_thousands_starts_no_figure(text: str, phrase: str) -> None:
    """A decimal comma, or a list's?  The number is found whole and unread."""
    (found,) = minsheng.find_quantities(text)
    assert (found.phrase, found.reading) == (phrase, None)
    assert found.error is not None
    (grouped,) = minsheng.find_quantities("新增3,500人")
    assert grouped.reading is not None
    assert grouped.reading.figure.value == 3500


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # a third hunt's misreads, each read before as the figure after the dash
        ("增长—2.5%", "a dash right before a figure"),  # a fall typed with a dash
        ("增速为—2.5%", "a dash right before a figure"),
        ("增长——2.5%", "a dash right before a figure"),
        ("为3000成人提供服务", "成 after a figure"),  # 30,000 %
        ("覆盖60成员单位", "成 after a figure"),
        ("3成员单位", "成 after a figure"),
        ("建设12成品油加油站", "成 after a figure"),
        (
            "10吨多",
            "余 or 多 after the unit of a figure whose last digit is not the unit's",
        ),  # [10, 20)
        ("十年多", "余 or 多 after the unit of a figure whose last digit is not the unit's"),
        ("3000元多", "余 or 多 after the unit of a figure whose last digit is not the unit's"),
        ("3.5万元多", "余 or 多 after the unit of a figure whose last digit is not the unit's"),
        ("租金低于同地段市场价20%", "a comparator that does not bound"),  # < 20 %
        ("高于全省5%", "a comparator that does not bound"),
        ("超过计划20%", "a comparator that does not bound"),
        ("高于国家标准20%", "a comparator that does not bound"),
        ("降幅比全国大0.6个百分点", "a comparator that does not bound"),
        ("比上年小3000人", "a comparator that does not bound"),
        ("优于全国5%", "a comparator that does not bound"),
        ("落后5%", "a comparator that does not bound"),
        ("跑赢5%", "a comparator that does not bound"),
        ("翻1至2番", "番 after a figure that is no doubling"),  # a range of 1 to 2
        ("1-2番", "番 after a figure that is no doubling"),
        ("减少一倍", "a fall or a narrowing by a multiple"),  # to nothing
        ("缩小3倍", "a fall or a narrowing by a multiple"),
        ("翻一倍", "翻 before a figure of 倍"),  # 1 倍, no change
        ("翻了两倍", "翻 before a figure of 倍"),
        ("每人补助3000元（港币）", "a currency other than renminbi"),
        ("公办学位、托位各3000个", "均 or 各 before a figure"),  # one 3000
        ("各县（市、区）各建1所", "均 or 各 before a figure"),
        ("排名提升5位", "a move in a ranking"),  # five people
        ("排名前进3位", "a move in a ranking"),
        ("图书馆开放时间延长至21时", "a measure word minsheng does not know"),  # 9 pm
        ("降幅减少2个百分点", "a change in a rate of change"),  # an improvement
        ("優於全國5%", "a comparator that does not bound"),  # traditional script
        ("低於市場價20%", "a comparator that does not bound"),
    ],
)
def test_what_a_third_hunt_found_misread_is_refused(text: str, reason: str) -> None:
    """Each read as a figure that the phrase does not say; the scan finds none of them read."""
    with pytest.raises(minsheng.ParseError, match=f"^{re.escape(reason)}"):
        minsheng.parse_phrase(text)
    assert all(found.reading is None for found in minsheng.find_quantities(text))


def test_what_the_third_hunt_rules_leave_read() -> None:
    """A share in 成, 多 after the unit's own digit, bounds of a share, words with 落后 or 各."""
    assert parse("3成以上").value == D(30)
    assert parse("有3成为农村户籍").value == D(30)  # 成为 is no word of the figure's
    assert parse("十成").value == D(100)
    years = parse("13年余")
    assert (years.value, years.approximation) == (D(13), A.MORE_THAN)
    assert parse("租金不高于市场价的80%").comparator is C.AT_MOST  # a share of it
    assert parse("不低于当地低保标准的1.3倍").comparator is C.AT_LEAST
    assert parse("淘汰落后产能3000万吨").value == D(30_000_000)
    assert parse("各级各类学校新增学位3000个").value == D(3000)  # all kinds: the total
    assert parse("3—5个").upper == D(5)  # a range's dash
    assert parse("增长1.5倍").value == D("1.5")
    assert parse("新增院士3名").value == D(3)
    assert parse("24小时").unit == "小时"
    rise = minsheng.parse_phrase("水价上浮10%")
    assert (rise.change, rise.direction) == (Measure.INCREMENT, Direction.HIGHER)
    fall = minsheng.parse_phrase("贷款利率下浮10%")
    assert (fall.change, fall.direction) == (Measure.INCREMENT, Direction.LOWER)
    assert minsheng.parse_phrase("上行线3条").change is None  # a line, no rise


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a third hunt's: read as bare numbers (3 for 3 成), counts (1 号线) or a range
        ("3 成", "3 成"),
        ("1 号线", "1 号"),
        ("95 后", "95 后"),
        ("1 - 10 月", "1 - 10 月"),
        ("全市共有3 年级学生", "3 年级"),  # found as 3 年, three years
    ],
)
def test_a_space_does_not_part_a_number_from_the_word_it_joins(text: str, phrase: str) -> None:
    """3 成 is 30 %, or 3 and a word: refused, as 3成 is never read without its 成."""
    with pytest.raises(minsheng.ParseError, match="a space between a number and the word"):
        parse(text)
    (found,) = minsheng.find_quantities(text)
    assert (found.phrase, found.reading) == (phrase, None)


@pytest.mark.parametrize("text", ["第 1 名", "第 3 批", "前 10 名", "前10名"])
def test_ordinals_and_ranks_with_a_space_are_no_counts(text: str) -> None:
    """第 1 名 was found as 1 名 and 前10名 as 10名: the first place, the top ten."""
    with pytest.raises(minsheng.ParseError):
        parse(text)
    assert all(found.reading is None for found in minsheng.find_quantities(text))
    assert parse("共4万 人").value == D(40000)  # a space before a unit parts nothing
    assert parse("5100 余个").approximation is A.MORE_THAN


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a third hunt's: the scan cut the phrase before the word the parser refuses
        ("今年经济增长3番", "增长3番"),  # found as a rise of a bare 3
        ("比上年提高2级，", "比上年提高2级"),  # by 2 of what?
        ("比上年提高 3 个 百分点", "3 个 百分点"),  # found as a rise of 3 个
        ("提高3个 百分点，", "3个 百分点"),
    ],
)
def test_the_scan_finds_the_word_that_makes_a_figure_refused(text: str, phrase: str) -> None:
    """The phrase found reaches the word after the figure, so that it is refused whole."""
    (found,) = minsheng.find_quantities(text)
    assert (found.phrase, found.reading) == (phrase, None)
    with pytest.raises(minsheng.ParseError):
        minsheng.parse_phrase(text.rstrip("，"))
    (points,) = minsheng.find_quantities("比上年提高3个百分点")
    assert points.reading is not None


@pytest.mark.parametrize(
    "text",
    ["新建养老服务用房3000平", "改造面积约1.2万平", "不低于26摄氏度", "不低于26℃", "补助3000块钱"],
)
def test_measure_words_minsheng_does_not_read_are_never_dropped(text: str) -> None:
    """A third hunt's: 3000平 read as a bare 3000, and the scan found 不低于26 in 26℃."""
    with pytest.raises(minsheng.ParseError, match="a measure word minsheng does not know"):
        parse(text)
    assert all(found.reading is None for found in minsheng.find_quantities(text))
    assert parse("3000平米").unit == "平米"
    assert parse("平均3000元").value == D(3000)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # a third hunt's: each read as a plain amount, its period dropped
        ("月工资3000元", "月"),
        ("年薪30万元", "年"),
        ("月租金3000元", "月"),
        ("日客流量5万人次", "日"),
        ("年销售额3000万元", "年"),
        ("年节约资金3000万元", "年"),
    ],
)
def test_a_period_before_a_wage_rent_or_flow_is_kept(text: str, period: str) -> None:
    """月工资3000元 is 3000 元 a month, as 月最低工资标准2740元 was read."""
    (per,) = parse(text).per
    assert (per.unit or per.subject) == period


@pytest.mark.parametrize(
    ("text", "value"), [("附件1 300个", 300), ("图2 500户", 500), ("序号 1 300 户", 300)]
)
def test_a_labels_number_is_no_thousands_group(text: str, value: int) -> None:
    """A third hunt's: 附件1 300个 read as 1300个, the label's 1 taken as thousands."""
    assert parse(text).value == D(value)
    assert [f.reading.figure.value for f in minsheng.find_quantities(text) if f.reading] == [
        D(value)
    ]
    assert parse("共1 300个").value == D(1300)  # a space between groups of thousands


@pytest.mark.parametrize(
    ("text", "read"),
    [("全市人均GDP突破10万元", True), ("人均GDP为10万元", True), ("人均GDP 10万元", False)],
)
def test_the_scan_keeps_a_per_word_across_latin_letters(text: str, read: bool) -> None:
    """A third hunt's: 人均GDP为10万元 was found as a plain 10万元, its 人均 dropped.

    An abbreviation that a Chinese word follows is a subject word, and the
    phrase reads per person; right before the figure (GDP 10万元) it may be a
    currency or a unit, and the phrase is refused.
    """
    (found,) = minsheng.find_quantities(text)
    assert found.phrase.startswith("人均")
    if read:
        assert found.reading is not None
        assert [p.unit for p in found.reading.figure.per] == ["人"]
    else:
        assert found.reading is None
    (growth,) = minsheng.find_quantities("GDP增长5%")  # no per word: the figure reads
    assert growth.reading is not None


@pytest.mark.parametrize(
    ("text", "value"),
    [("GDP增长6%", 6), ("CPI上涨2%", 2), ("新增ETC用户3万户", 30000), ("A股上市公司新增3家", 3)],
)
def test_a_latin_abbreviation_before_a_chinese_word_is_a_subject_word(
    text: str, value: int
) -> None:
    """GDP增长6% (left by a sixth hunt) was refused: unexpected text before the figure."""
    assert parse(text).value == value


@pytest.mark.parametrize("text", ["USD3000元", "USD三千元", "GDP 6%", "HKD3000", "Wi-Fi3000个"])
def test_latin_letters_right_before_a_figure_are_refused(text: str) -> None:
    """Right before the figure they may be a currency (USD3000元) or a unit: refused."""
    with pytest.raises(minsheng.ParseError):
        parse(text)


@pytest.mark.parametrize(
    ("text", "amount", "subject", "english"),
    [
        # a third hunt's: per 100 名, the elderly dropped, compared as per 100 people
        ("每百名老人拥有养老床位4张", 100, "老人", "4 per 100 older people"),
        ("每万名职工3家", 10000, "职工", "3 per 10,000 workers"),
    ],
)
def test_a_denominators_subject_after_its_classifier_is_kept(
    text: str, amount: int, subject: str, english: str
) -> None:
    """The subject after 名 or 个 is the denominator's, as 每千名老年人's was."""
    figure = parse(text)
    (per,) = figure.per
    assert (per.amount, per.subject) == (D(amount), subject)
    assert minsheng.format_quantity(figure, locale="en") == english


def test_what_a_review_of_the_third_hunt_rules_found() -> None:
    """Figures the new rules lost or refused, and close variants they still misread."""
    # 地图, 挂图 and 门牌编号 are words, no labels: their figures stay (they vanished)
    assert parse("印发防灾避险地图5万份").value == D(50_000)
    assert parse("发放宣传挂图3000张").value == D(3000)
    assert parse("附录1 300个").value == D(300)
    # 落后 and 优于 where they do not govern the figure
    assert parse("淘汰落后燃煤锅炉30台").value == D(30)
    assert parse("空气质量优于二级标准天数达到330天").value == D(330)
    # a share of a whole that 的 names after the figure is bounded, whatever level
    assert parse("覆盖不低于全市60%的行政村").comparator is C.AT_LEAST
    assert parse("引进不少于高水平人才100名").value == D(100)
    assert parse("新增不少于标准化考场30个").value == D(30)
    # a time before 前: no rank (the scan widened 年底前200名 to a refused rank)
    found = minsheng.find_quantities("年底前200名教师完成培训")
    assert [f.reading.figure.value for f in found if f.reading] == [D(200)]
    # a sentence's double dash before a count; a date with spaces
    assert parse("新增学位——3000个").value == D(3000)
    assert parse("于 12 月底前完成 3000 户改造").value == D(3000)
    for text in (
        "托位各不少于3000个",  # 各 with a comparator between
        "室温不低于18°C",
        "室温不低于18攝氏度",
        "增速为 — 2.5%",  # a dash spaced from the figure
        "增长率为 – 2.5%",
        "延长至十时",
        "胜过全国5%",
    ):
        with pytest.raises(minsheng.ParseError):
            parse(text)
        assert all(f.reading is None for f in minsheng.find_quantities(text)), text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("落后全国5%", "a comparator that does not bound"),  # read as a plain 5 %
        ("超越全省5%", "a comparator that does not bound"),
        ("补贴3000块", "a measure word minsheng does not know"),  # yuan, said short
        ("3块地", "a measure word minsheng does not know"),  # plots: 块 dropped
        ("补助5毛", "a measure word minsheng does not know"),  # 0.5 元, not 5
    ],
)
def test_what_the_review_left_is_refused_too(text: str, reason: str) -> None:
    """Read as bare numbers or plain figures; the scan finds none of them read."""
    with pytest.raises(minsheng.ParseError, match=f"^{re.escape(reason)}"):
        parse(text)
    assert all(f.reading is None for f in minsheng.find_quantities(text))
    assert parse("淘汰落后产能3000吨").value == D(3000)


def test_a_table_label_and_a_bare_surpassing_are_no_figures() -> None:
    """表1 300个 read as 1,300个, and 超越5% as a plain 5 %."""
    assert parse("表1 300个").value == D(300)
    assert parse("代表3000人").value == D(3000)  # 代表 is a word, no label
    with pytest.raises(minsheng.ParseError, match="a comparator that does not bound"):
        parse("超越5%")


def test_scopes_bodies_and_rankings_that_name_no_comparison_read() -> None:
    """A second look at the review's phrases: these read before today and read again."""
    assert parse("不少于全市3000个").comparator is C.AT_LEAST  # the city is the scope
    assert parse("各区新增学位3000个").value == D(3000)  # the districts' total
    assert parse("各部门新增3000个").value == D(3000)
    assert parse("排名靠前学校新增300名").value == D(300)  # no move in a ranking
    for text in ("高于全省5%", "各不少于3000个", "位次前移3名"):
        with pytest.raises(minsheng.ParseError):
            parse(text)
        assert all(f.reading is None for f in minsheng.find_quantities(text)), text


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("今年增速赶超5%。", "赶超5%"),  # the scan found 超5%: more than 5 %
        ("力争反超5%。", "反超5%"),  # overtook, by 5 %: the parser read more than 5 %
        ("实现追超3个百分点", "追超3个百分点"),
        ("增速反超全国0.5个百分点", "反超全国0.5个百分点"),  # read as a plain 0.5 points
    ],
)
def test_overtaking_by_a_difference_is_refused_and_found_whole(text: str, phrase: str) -> None:
    """赶超, 反超 and 追超 say by how much one figure passed another, like 超越."""
    with pytest.raises(minsheng.ParseError, match="a comparator that does not bound"):
        parse(phrase)
    (found,) = minsheng.find_quantities(text)
    assert (found.phrase, found.reading) == (phrase, None)
    assert parse("增长超5%").comparator is C.MORE_THAN  # 超 alone still bounds
