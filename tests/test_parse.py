"""The phrase parser: the Kunming phrases, 60+ more, and no crash on any text."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import minsheng
from minsheng import Approximation as A
from minsheng import Comparator as C
from minsheng import Direction, Measure, Per
from minsheng._currency import _CURRENCY_CHARS, CURRENCY_BEFORE

D = Decimal


def parse(text: str) -> minsheng.Quantity:
    return minsheng.parse_quantity(text)


def test_kunming_5100_more_than() -> None:
    """5100余个 is [5100, 5200) 个."""
    q = parse("5100余个")
    assert (q.value, q.unit, q.approximation) == (D(5100), "个", A.MORE_THAN)
    assert (q.interval.low, q.interval.high) == (D(5100), D(5200))
    assert q.interval.low_closed
    assert not q.interval.high_closed


def test_kunming_19_78_wan() -> None:
    """19.78万个 is 197800 with multiplier 4 and four significant digits."""
    q = parse("19.78万个")
    assert (q.value, q.multiplier, q.decimals, q.significant_digits) == (
        D(197800),
        4,
        2,
        4,
    )
    assert (q.interval.low, q.interval.high) == (D(197750), D(197850))


@pytest.mark.parametrize(
    ("text", "value", "upper", "comparator", "change"),
    [
        # review of this release: rules that fired on words they were not meant for
        ("减少在途时间2小时", "2", None, None, Measure.INCREMENT),
        ("缩减在职人员100人", "100", None, None, Measure.INCREMENT),
        ("增长6%至6.5%", "6", "6.5", None, Measure.INCREMENT),
        ("15分钟内到达商圈", "15", None, C.AT_MOST, None),
        ("以美元计出口增长5%", "5", None, None, Measure.INCREMENT),
        # a second hunt, on real pages
        ("每月最低一百四十四小时", "144", None, C.AT_LEAST, None),  # 最低 was dropped
        ("最低工资标准2000元", "2000", None, None, None),  # names the wage
        ("减免40万名幼儿保教费", "400000", None, None, None),  # no fall of 400,000 children
        ("收窄2.9个百分点", "2.9", None, None, Measure.INCREMENT),  # it lost its change
        ("突破1000万千瓦", "10000000", None, C.MORE_THAN, None),
        # a first change word is another object's where a comparator governs the figure
        ("提高服务质量满意度达到95%", "95", None, C.AT_LEAST, None),
        ("差距收窄0.1", "0.1", None, None, Measure.INCREMENT),  # nothing after: the change
        ("每人每月最低为800元", "800", None, C.AT_LEAST, None),
        ("以每户每季一千五百元为上限", "1500", None, C.AT_MOST, None),  # the cap was lost
        ("覆盖率达到百分之百", "100", None, C.AT_LEAST, None),  # it was refused
        ("百分之一百", "100", None, None, None),
    ],
)
def test_words_like_the_refused_ones_still_read(
    text: str, value: str, upper: str | None, comparator: C | None, change: Measure | None
) -> None:
    """在 not right before the figure, a rate's 至, 分钟内, a currency no amount is in."""
    reading = minsheng.parse_phrase(text)
    q = reading.figure
    got = (q.value, q.upper, q.comparator, reading.change)
    assert got == (D(value), None if upper is None else D(upper), comparator, change)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # regression: read as levels (产假延长30天 said the leave is 30 days)
        ("产假延长30天", Direction.HIGHER),
        ("开放时间延长2小时", Direction.HIGHER),
        # a change word at the end governs a rate of change
        ("增幅回落3个百分点", Direction.LOWER),
        ("增长率提高2个百分点", Direction.HIGHER),
        # regression: 增幅为14.65% read as a rise *to* 14.65 %, where it states the rise
        ("增幅为14.65%", Direction.HIGHER),
        ("涨幅为2%", Direction.HIGHER),
        ("降幅为3%", Direction.LOWER),
    ],
)
def test_more_changes_are_read(text: str, direction: Direction) -> None:
    """延长 and 提速 are changes by an amount, as 增加 is; 增幅为 states the size of one."""
    reading = minsheng.parse_phrase(text)
    assert (reading.change, reading.direction) == (Measure.INCREMENT, direction)
    assert minsheng.parse_phrase("延长线30公里").change is None
    assert minsheng.parse_phrase("增幅到10%").change is Measure.LEVEL
    # 提速 is faster: more speed, or less time, so the figures give the direction
    faster = minsheng.parse_phrase("提速50%")
    assert (faster.change, faster.direction) == (Measure.INCREMENT, None)


@pytest.mark.parametrize(
    ("text", "value", "unit", "comparator"),
    [
        ("不少于3000个", "3000", "个", C.AT_LEAST),
        ("90%以上", "90", "%", C.AT_LEAST),
        ("100.89%", "100.89", "%", None),
        ("447.3万元", "4473000", "元", None),
        ("583.39公里", "583.39", "公里", None),
        ("1个工作日", "1", "个工作日", None),
        ("55.7万人次", "557000", "人次", None),
        ("翻一番", "2", "倍", None),
        ("每千名常住人口婴幼儿托位达到4.5个", "4.5", "个", C.AT_LEAST),
    ],
)
def test_kunming_phrases(text: str, value: str, unit: str, comparator: C | None) -> None:
    """The phrases the issue names read as the source means them."""
    q = parse(text)
    assert (q.value, q.unit, q.comparator) == (D(value), unit, comparator)
    assert q.phrase == text


def test_density_keeps_its_denominator() -> None:
    """每千名常住人口 is a denominator of 1000 名 常住人口."""
    assert parse("每千名常住人口婴幼儿托位达到4.5个").per == (Per(D(1000), "名", "常住人口"),)


# (phrase, value, unit, multiplier, approximation, comparator, low, high)
MORE = [
    # Arabic numerals, plain and grouped, half- and full-width
    ("3000个", "3000", "个", 0, A.EXACT, None, "3000", "3000"),
    ("3,000个", "3000", "个", 0, A.EXACT, None, "3000", "3000"),
    ("１２，５００名", "12500", "名", 0, A.EXACT, None, "12500", "12500"),
    ("４７１２名", "4712", "名", 0, A.EXACT, None, "4712", "4712"),
    ("0.5公里", "0.5", "公里", 0, A.ROUNDED, None, "0.45", "0.55"),
    # Chinese numerals
    ("三千所", "3000", "所", 3, A.EXACT, None, "3000", "3000"),
    ("两千名", "2000", "名", 3, A.EXACT, None, "2000", "2000"),
    ("十五条", "15", "条", 0, A.EXACT, None, "15", "15"),
    ("一百零五户", "105", "户", 0, A.EXACT, None, "105", "105"),
    # place words inside the numeral: no magnitude multiplier (the corpus's rule)
    ("三千五百人", "3500", "人", 0, A.EXACT, None, "3500", "3500"),
    ("十九点七八万", "197800", None, 4, A.ROUNDED, None, "197750", "197850"),
    ("八万人", "80000", "人", 4, A.EXACT, None, "80000", "80000"),
    ("三千万元", "30000000", "元", 4, A.EXACT, None, "30000000", "30000000"),
    ("零点五小时", "0.5", "小时", 0, A.ROUNDED, None, "0.45", "0.55"),
    # mixed forms
    ("4万8千元", "48000", "元", 0, A.EXACT, None, "48000", "48000"),
    ("5万8千", "58000", None, 0, A.EXACT, None, "58000", "58000"),
    ("1亿2000万元", "120000000", "元", 4, A.EXACT, None, "120000000", "120000000"),
    # magnitude words with decimal mantissas
    (
        "1.2万亿元",
        "1200000000000",
        "元",
        12,
        A.ROUNDED,
        None,
        "1150000000000",
        "1250000000000",
    ),
    ("3.6亿元", "360000000", "元", 8, A.ROUNDED, None, "355000000", "365000000"),
    ("2.6万个", "26000", "个", 4, A.ROUNDED, None, "25500", "26500"),
    ("6千台", "6000", "台", 3, A.EXACT, None, "6000", "6000"),
    ("8百张", "800", "张", 2, A.EXACT, None, "800", "800"),
    ("12.05万平方米", "120500", "平方米", 4, A.ROUNDED, None, "120450", "120550"),
    # approximation
    ("三千余所", "3000", "所", 3, A.MORE_THAN, None, "3000", "4000"),
    ("20多个", "20", "个", 0, A.MORE_THAN, None, "20", "30"),
    ("2万余人", "20000", "人", 4, A.MORE_THAN, None, "20000", "30000"),
    ("1.5万多户", "15000", "户", 4, A.MORE_THAN, None, "15000", "16000"),
    ("约5000人", "5000", "人", 0, A.ABOUT, None, "4500", "5500"),
    ("近800套", "800", "套", 0, A.ABOUT, None, "750", "850"),
    ("3000人左右", "3000", "人", 0, A.ABOUT, None, "2500", "3500"),
    ("大约60场", "60", "场", 0, A.ABOUT, None, "55", "65"),
    ("400余家", "400", "家", 0, A.MORE_THAN, None, "400", "500"),
    # comparators before the figure
    ("不低于95%", "95", "%", C.AT_LEAST, None, None, None, None),
    ("确保完成800套", "800", "套", C.AT_LEAST, None, None, None, None),
    ("达到12个", "12", "个", C.AT_LEAST, None, None, None, None),
    ("超过300公里", "300", "公里", C.MORE_THAN, None, None, None, None),
    ("多于50家", "50", "家", C.MORE_THAN, None, None, None, None),
    ("不超过2小时", "2", "小时", C.AT_MOST, None, None, None, None),
    ("压缩为3个工作日", "3", "个工作日", C.AT_MOST, None, None, None, None),
    ("降至15分钟", "15", "分钟", C.AT_MOST, None, None, None, None),
    ("低于5%", "5", "%", C.LESS_THAN, None, None, None, None),
    ("不满60天", "60", "天", C.LESS_THAN, None, None, None, None),
    # comparators after the figure
    ("85%以上", "85", "%", C.AT_LEAST, None, None, None, None),
    ("30分钟以内", "30", "分钟", C.AT_MOST, None, None, None, None),
    ("5%以下", "5", "%", C.AT_MOST, None, None, None, None),
    # percent
    ("95.12%", "95.12", "%", 0, A.ROUNDED, None, "95.115", "95.125"),
    ("１００％", "100", "%", 0, A.EXACT, None, "100", "100"),
    ("百分之九十", "90", "%", 0, A.EXACT, None, "90", "90"),
    ("百分之九十五点五", "95.5", "%", 0, A.ROUNDED, None, "95.45", "95.55"),
    # classifiers and units
    ("6座", "6", "座", 0, A.EXACT, None, "6", "6"),
    ("12场", "12", "场", 0, A.EXACT, None, "12", "12"),
    ("3期", "3", "期", 0, A.EXACT, None, "3", "3"),
    ("9件", "9", "件", 0, A.EXACT, None, "9", "9"),
    ("7项", "7", "项", 0, A.EXACT, None, "7", "7"),
    ("24小时", "24", "小时", 0, A.EXACT, None, "24", "24"),
    ("15天", "15", "天", 0, A.EXACT, None, "15", "15"),
    ("600万元", "6000000", "元", 4, A.EXACT, None, "6000000", "6000000"),
    ("2.5亿元", "250000000", "元", 8, A.ROUNDED, None, "245000000", "255000000"),
    ("4000人（户）", "4000", "人（户）", 0, A.EXACT, None, "4000", "4000"),
    ("1.8万人次", "18000", "人次", 4, A.ROUNDED, None, "17500", "18500"),
    # growth
    ("翻两番", "4", "倍", 0, A.EXACT, None, "4", "4"),
    ("增长12.5%", "12.5", "%", 0, A.ROUNDED, None, "12.45", "12.55"),
    ("较上年增长8%", "8", "%", 0, A.EXACT, None, "8", "8"),
    ("1.5倍", "1.5", "倍", 0, A.ROUNDED, None, "1.45", "1.55"),
    # subject words around the figure
    ("新增学位3000个", "3000", "个", 0, A.EXACT, None, "3000", "3000"),
    ("惠及12个自然村（组）", "12", "个", 0, A.EXACT, None, "12", "12"),
    ("5万农村人口", "50000", None, 4, A.EXACT, None, "50000", "50000"),
]


@pytest.mark.parametrize("case", MORE, ids=lambda c: str(c[0]))
def test_more_phrases(case: tuple[object, ...]) -> None:
    """Phrases of every shape read to the right value, unit, precision and bounds."""
    text, value, unit, multiplier, approximation, comparator, low, high = case
    q = parse(str(text))
    assert q.value == D(str(value))
    assert q.unit == unit
    if isinstance(multiplier, C):  # comparator cases put it in the 4th column
        assert q.comparator is multiplier
        return
    assert q.multiplier == multiplier
    assert q.approximation is approximation
    assert q.comparator is comparator
    assert (q.interval.low, q.interval.high) == (D(str(low)), D(str(high)))


def test_there_are_at_least_sixty_more_phrases() -> None:
    """The issue asks for 60 phrases beyond the Kunming ones."""
    assert len(MORE) >= 60


@pytest.mark.parametrize(
    ("text", "per"),
    [
        # a noun that is a unit is the denominator's unit; a classifier too (每个学生)
        ("每人每年700元", (Per(D(1), "人"), Per(D(1), "年"))),
        ("700元/人/年", (Per(D(1), "人"), Per(D(1), "年"))),
        ("每个学生每天3元", (Per(D(1), "个", "学生"), Per(D(1), "天"))),
        ("每月500元", (Per(D(1), None, "月"),)),
        ("每万人口拥有床位60张", (Per(D(10000), None, "人口"),)),
        ("每千人口拥有托位数4.75个", (Per(D(1000), None, "人口"),)),
        # regression: the second part of a denominator word was lost (户 or 月)
        ("户年均收入3000元", (Per(D(1), "户"), Per(D(1), "年"))),
        ("人均年收入3万元", (Per(D(1), "人"), Per(D(1), "年"))),
        ("家庭人均月收入低于1000元", (Per(D(1), "人"), Per(D(1), None, "月"))),
        ("人均日常开支3000元", (Per(D(1), "人"),)),
        ("各区均达到90%", ()),
        # a number of times right after a period is per that period; these
        # read as 2 次 and 1 次 with no denominator before
        ("一年两次", (Per(D(1), "年"),)),
        ("一年 2次", (Per(D(1), "年"),)),
        ("两年一次", (Per(D(2), "年"),)),
        ("一年两次体检", (Per(D(1), "年"),)),
        ("每人一年2次", (Per(D(1), "人"), Per(D(1), "年"))),
        # regression: the period was read twice, by 每 and as the period of 1次
        ("每两年1次", (Per(D(2), "年"),)),
        ("二十年一次", (Per(D(20), "年"),)),
        # regression: once within three years read as a bare 1 次
        ("为老人三年内免费检查1次", (Per(D(3), "年"),)),
        ("两年内检查一次", (Per(D(2), "年"),)),
        ("三年内每年开展1次", (Per(D(1), "年"),)),  # 每年 says it; no second period
        ("每季度补贴3000元", (Per(D(1), None, "季度"),)),
        ("每学期补助1000元", (Per(D(1), None, "学期"),)),
        # after 每个乡镇, 均 is "all": the denominator is 每's
        ("每个乡镇均建成1所", (Per(D(1), "个", "乡镇"),)),
        # regression: 年均日照 read as per year per day
        ("年均日照时数2000小时", (Per(D(1), "年"),)),
        # the span of time a count is made over stays subject words
        ("三年新增学位3000个", ()),
        ("一年内完成3000户", ()),
        ("第一年两次", ()),
        ("一年两期", ()),
    ],
)
def test_rates_keep_their_denominators(text: str, per: tuple[Per, ...]) -> None:
    """每… and /… become denominators."""
    assert parse(text).per == per


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("发放一次性补贴3000元", 3000),
        ("一老一小服务设施30个", 30),
        ("一条龙服务窗口20个", 20),
        ("一線醫務人員3000人", 3000),
        ("三类人员3000人", 3000),
        ("推行一件事一次办事项20项", 20),
        ("打造十五分钟便民服务圈30个", 30),
        ("一带一路合作项目12个", 12),
        ("带动3000家上下游企业", 3000),  # 上下 of 上下游 is no "about"
        ("新房均价1.5万元", 15000),  # 均价 is a price, no 均 per each
        ("增加3个点位", 3),  # 点位 are sites, not points
    ],
)
def test_policy_names_with_a_numeral_are_subject_words(text: str, value: int) -> None:
    """Regression: 一次性, 一老一小, 一条龙… were read as a second figure and refused."""
    q = parse(text)
    assert (q.value, q.per, q.comparator) == (D(value), (), None)
    assert q.approximation is not A.ABOUT


@pytest.mark.parametrize(
    ("text", "value", "unit", "comparator"),
    [
        # regression: 户次 read as 户, 千伏安 as 千伏, and 周, 秒 were no units, so
        # that 2周内 lost its "within"
        ("困難職工幫扶359戶次", "359", "户次", None),
        ("新增配变容量30万千伏安", "300000", "千伏安", None),
        ("2周内办结", "2", "周", C.AT_MOST),
        ("一周内", "1", "周", C.AT_MOST),
        ("30秒内接通", "30", "秒", C.AT_MOST),
        ("粮食产量保持在1.3万亿斤以上", "1300000000000", "斤", C.AT_LEAST),
        ("种植面积5万公顷", "50000", "公顷", None),
        ("植树3万株以上", "30000", "株", C.AT_LEAST),
        ("3000公斤", "3000", "公斤", None),
    ],
)
def test_more_units_are_read(text: str, value: str, unit: str, comparator: C | None) -> None:
    """Units that were read as another unit, or as no unit with the comparator lost."""
    q = parse(text)
    assert (q.value, q.unit, q.comparator) == (D(value), unit, comparator)


@pytest.mark.parametrize(
    "text",
    ["3000日元", "3000台币", "新台币3000元", "從新臺幣12萬元增加到18萬元", "港币3000元", "3000港元",
     "美金3000元", "3000元美金", "10亿美元", "3000歐元", "澳门元3000", "澳門元3000元"],
)  # fmt: skip
def test_other_currencies_are_refused(text: str) -> None:
    """Regression: 3000日元 read as 3000 days, 新台币3000元 as 3000 renminbi."""
    with pytest.raises(minsheng.ParseError, match=r"^a currency other than renminbi"):
        parse(text)


@pytest.mark.parametrize("text", ["$500", "HK$500", "NT$12万", "MOP$ 500", "¥500", "￥500"])
def test_a_currency_sign_is_refused(text: str) -> None:
    """Dollars of Hong Kong, Taiwan or Macau, and yen or yuan: the sign does not say."""
    with pytest.raises(minsheng.ParseError, match=r"^a currency sign: which currency\?"):
        parse(text)


def test_every_foreign_currency_word_holds_a_character_of_the_quick_pre_test() -> None:
    """The parser searches for currencies only in phrases with one of ``_CURRENCY_CHARS``.

    Every word of up to three characters that ``CURRENCY_BEFORE`` matches,
    made of the characters its pattern names, must hold one of them, or a new
    currency word would never be searched for.
    """
    chars = sorted({ch for ch in CURRENCY_BEFORE.pattern if ch > "\u2e80"})
    words = ["".join(w) for n in (1, 2, 3) for w in itertools.product(chars, repeat=n)]
    matched = [w for w in words if CURRENCY_BEFORE.fullmatch(w)]
    assert {"日元", "新台币", "英镑", "澳门币", "澳门元"} <= set(matched)
    assert [w for w in matched if _CURRENCY_CHARS.isdisjoint(w)] == []


def test_renminbi_and_patacas_and_words_like_currencies_are_read() -> None:
    """元 is renminbi; 澳门元 is a unit of its own; 元朗 and 节日元素 are no currencies."""
    assert [parse(t).unit for t in ("人民币3000元", "3000澳门元", "香港元朗区新增30个")] == [
        "元",
        "澳门元",
        "个",
    ]
    assert parse("节日元素3000个").value == 3000


@pytest.mark.parametrize("text", ["3000人·次", "3000人（次）", "3000人(次)"])
def test_a_second_unit_is_refused(text: str) -> None:
    """Regression: 3000人·次 and 3000人（次） read as 3000 people: people, or visits."""
    with pytest.raises(minsheng.ParseError, match=r"^a second unit after the unit"):
        parse(text)
    assert parse("3000人（户）").unit == "人（户）"
    # flats or rooms, as the national target counts them, and the ASCII brackets
    assert [
        parse(t).unit for t in ("保障性租赁住房5万套（间）", "房源1793套(间)", "3000人(户)")
    ] == [
        "套（间）",
        "套（间）",
        "人（户）",
    ]
    assert parse("新增就业3000人（含返乡人员）").unit == "人"


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("", 0),
        ("3000abc", 4),
        ("abc3000个", 0),
        ("不少于", 3),
        ("3000个3000个", 5),
        ("一人三千个", 2),
        ("5100余个左右", 6),
        ("x" * 300, 256),
    ],
)
def test_unreadable_text_points_at_the_position(text: str, position: int) -> None:
    """A parse error says where reading stopped."""
    with pytest.raises(minsheng.ParseError) as info:
        parse(text)
    assert info.value.position == position
    assert info.value.text == text
    assert f"position {position}" in str(info.value)


@pytest.mark.parametrize(
    ("text", "value", "upper", "comparator"),
    [
        ("为-5个", "-5", None, None),
        ("为−5个", "-5", None, None),  # the minus sign, U+2212
        ("为－5个", "-5", None, None),  # full width
        ("不少于-3个", "-3", None, C.AT_LEAST),
        ("增长-2.5%", "-2.5", None, None),
        ("增长约-3%", "-3", None, None),
        ("增加-19.78万个", "-197800", None, None),
        ("-3—5个", "-3", "5", None),
        ("-3至-1个", "-3", "-1", None),
        ("3-5个", "3", "5", None),  # a range's dash, not a sign
        ("3 -5个", "3", "5", None),
    ],
)
def test_a_minus_sign_makes_the_figure_negative(
    text: str, value: str, upper: str | None, comparator: C | None
) -> None:
    """A sign right before a figure is read, never dropped; a dash after a figure is a range."""
    q = parse(text)
    assert (q.value, q.upper, q.comparator) == (D(value), upper and D(upper), comparator)


def test_a_negative_baseline_of_a_change() -> None:
    """由-1%提高到2%: the baseline keeps its sign."""
    reading = minsheng.parse_phrase("由-1%提高到2%")
    assert [b.value for b in reading.baselines] == [D(-1)]
    assert (reading.figure.value, reading.direction) == (D(2), minsheng.Direction.HIGHER)


@pytest.mark.parametrize(
    ("text", "position", "reason"),
    [
        ("-5100余个", 0, "a sign before a figure with 余, 多 or 翻"),
        ("-翻一番", 0, "a sign before a figure with 余, 多 or 翻"),
        ("负3%", 0, "负 before a figure"),
        ("正负5%", 1, "负 before a figure"),
        ("降低负3%", 2, "负 before a figure"),
        ("负增长3%", 0, "负增长 (negative growth) is not read"),
        ("人口負增長3%", 2, "负增长 (negative growth) is not read"),
        ("3至-5个", 2, "a range must run from low to high"),
        ("不是3个", 0, "a negation before the figure"),
        ("非3个", 0, "a negation before the figure"),
        ("并非不少于3个", 0, "a negation before the figure"),
        ("无超过3个", 0, "a negation before the figure"),
        ("几十个", 0, "几, 来 or 数 with a numeral"),
        ("二十几个", 2, "几, 来 or 数 with a numeral"),
        ("二十幾個", 2, "几, 来 or 数 with a numeral"),
        ("十来个", 1, "几, 来 or 数 with a numeral"),
        ("一百来个", 2, "几, 来 or 数 with a numeral"),
        ("95%强", 3, "强 or 弱 after a figure"),
        ("95%弱", 3, "强 or 弱 after a figure"),
        ("保持两位数增长", 3, "位数 after a figure"),
        ("保持兩位數增長", 3, "位数 after a figure"),
        ("增长2位数", 3, "位数 after a figure"),
    ],
)
def test_signs_rough_counts_and_negations_are_refused(
    text: str, position: int, reason: str
) -> None:
    """A negative, rough or negated form is an error at its position, never a plain figure.

    Regression: -5个 read as 5, 不是3个 as 3, 几十个 as 10, 二十几个 as 20, 95%强 as 95,
    两位数增长 (at least 10 %) as 2 位.
    """
    with pytest.raises(minsheng.ParseError) as info:
        parse(text)
    assert info.value.position == position
    assert str(info.value).startswith(reason)


@pytest.mark.parametrize(
    ("text", "comparator", "approximation"),
    [
        ("未超过95%", C.AT_MOST, A.EXACT),
        ("没有超过95%", C.AT_MOST, A.EXACT),
        ("沒有超過95%", C.AT_MOST, A.EXACT),
        ("未达到95%", C.LESS_THAN, A.EXACT),
        ("未满18岁", C.LESS_THAN, A.EXACT),
        ("未低于95%", C.AT_LEAST, A.EXACT),
        ("未少于3000个", C.AT_LEAST, A.EXACT),
        ("最少3个", C.AT_LEAST, A.EXACT),
        ("起码3个", C.AT_LEAST, A.EXACT),
        ("不止3个", C.MORE_THAN, A.EXACT),
        ("差不多3个", None, A.ABOUT),
        ("几乎3个", None, A.ABOUT),
    ],
)
def test_negated_and_colloquial_comparators(
    text: str, comparator: C | None, approximation: A
) -> None:
    """Regression: 未超过 read as 超过 (>), 未满18岁 as exactly 18, 最少 as nothing."""
    q = parse(text)
    assert (q.comparator, q.approximation) == (comparator, approximation)


@pytest.mark.parametrize(
    ("text", "approximation", "comparator"),
    [
        ("家庭医生签约3000人", A.EXACT, None),  # 签约 is "signed up", not 约
        ("簽約10800戶", A.EXACT, None),
        ("累计预约3000人次", A.EXACT, None),
        ("附近3000户", A.EXACT, None),
        ("约为3000个", A.ABOUT, None),
        ("大概3000个", A.ABOUT, None),
        ("5个工作日内办结", A.EXACT, C.AT_MOST),  # 内 after a time is "within"
        ("施工驗收后3個月內撥付補貼", A.EXACT, C.AT_MOST),
        ("3天之内", A.EXACT, C.AT_MOST),
        ("60条内街小巷", A.EXACT, None),  # 内街 is a word after a count
        ("每户最高2000元", A.EXACT, C.AT_MOST),
        ("最高可达3000元", A.EXACT, C.AT_MOST),  # not 达 (>=)
        ("3000元封顶", A.EXACT, C.AT_MOST),
        ("大于等于3000人", A.EXACT, C.AT_LEAST),
        ("小于等于3000人", A.EXACT, C.AT_MOST),
        ("不超过总医疗费10%", A.EXACT, C.AT_MOST),
        ("达到城市社区的60%", A.EXACT, C.AT_LEAST),  # 的 before the figure is "of"
    ],
)
def test_words_around_a_figure_read_as_they_mean(
    text: str, approximation: A, comparator: C | None
) -> None:
    """Regression: 签约 read as 约 (about), 工作日内办结 lost its <=, 最高可达 read as >=."""
    q = parse(text)
    assert (q.approximation, q.comparator) == (approximation, comparator)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("数十万元", "几, 来 or 数 with a numeral"),
        ("十数个", "几, 来 or 数 with a numeral"),
        ("零点几个", "几, 来 or 数 with a numeral"),
        ("一半", "半, 折 or 兆 after a figure"),
        ("3个半月", "半, 折 or 兆 after a figure"),
        ("八折", "半, 折 or 兆 after a figure"),
        ("1.5兆元", "半, 折 or 兆 after a figure"),
        ("高于全国平均水平3个百分点", "a comparator that does not bound the figure"),
        ("低于上年20%", "a comparator that does not bound the figure"),
        ("收入低于低保标准的家庭3000户", "a comparator that does not bound the figure"),
        ("比上年多3000人", "a comparator that does not bound the figure"),
        ("比全国低3个百分点", "a comparator that does not bound the figure"),
        ("3000人有余", "有余, 开外 or 出头 after a figure"),
        ("3000元/人·月", "a denominator of two parts"),
        ("2025年", "a year, not a figure"),
        # ambiguous forms: a peak or a cap, within or a word, by or to
        ("最高达5000元", "最高达: a peak reached or a cap"),
        ("20公里内河治理", "内 after a figure: within it, or a word"),
        ("3公里内全覆盖", "内 after a figure: within it, or a word"),
        ("--5个", "two signs before a figure"),
        ("60岁开外", "有余, 开外 or 出头 after a figure"),
        # a hostile-input audit's: about, or more, after a figure, read as exact
        *(
            (text, "许, 前后, 略多 or another word of about, more or less after a figure")
            for text in (
                "3000人稍多",
                "3000人略少",
                "3000人左近",
                "3000人之譜",
                "3000人许",
                "3000许",
                "3000人許",
                "3000人前后",
                "3000個內外",
                "3000个光景",
                "3000个略多",
                "3000个有奇",
                "3000个往上",
            )
        ),
        ("最高达到5000元", "最高达: a peak reached or a cap"),
        ("最高已达3万人次", "最高达: a peak reached or a cap"),
        ("上限达5000元", "最高达: a peak reached or a cap"),
        ("历史最高3000万人次", "最高 before a figure: a cap or a peak"),
        ("增速比上年高2个百分点", "a comparator that does not bound the figure"),
        ("不高于全省平均水平2个百分点", "a comparator that does not bound the figure"),
        ("较上年多1500人", "a comparator that does not bound the figure"),
        ("比上年高出2个百分点", "a comparator that does not bound the figure"),
        ("下降-2.5%", "a minus sign after a word of decrease"),
        ("前10名", "前 or 后 before a figure of 名 or 位: a rank"),
        ("全市中小学校均已安装空调5000台", "均 after a place: per each, or all of them?"),
        ("校均配备心理教师2名", "均 after a place: per each, or all of them?"),
        ("近3年", "近 before a time: nearly, or the past?"),
        ("1-11月", "a month or a date, not a figure"),
        ("12月底前", "a month or a date, not a figure"),
        ("2025年至2027年", "a month or a date, not a figure"),
        ("三年级", "an ordinal or a name, not a count"),
        ("1号线", "an ordinal or a name, not a count"),
        # regression: the traditional forms read as counts (3號線 as 3)
        ("3號線", "an ordinal or a name, not a count"),
        ("12345熱線", "an ordinal or a name, not a count"),
        ("3樓", "an ordinal or a name, not a count"),
        ("95后", "an ordinal or a name, not a count"),
        # regression: 第1-3名 read as -3 名, 1-3号楼 and 2024-2025学年 as ranges of counts
        ("第1-3名", "a range from a number that is not a figure"),
        ("第1—3名", "a range from a number that is not a figure"),
        ("第一至三批", "a range from a number that is not a figure"),
        ("1-3号楼", "an ordinal or a name, not a count"),
        ("前1-3名", "前 or 后 before a figure of 名 or 位: a rank"),
        ("2024-2025学年", "a month or a date, not a figure"),
        # regression: per class, per visit, per school, read as totals
        ("班均45人", "均 or 各 before a figure: per each"),
        ("班均不超过45人", "均 or 各 before a figure: per each"),
        ("次均费用200元", "均 or 各 before a figure: per each"),
        ("全市中小学均配备3名", "均 or 各 before a figure: per each"),
        # regression: the second part of the denominator was dropped (per person)
        ("3000元/人月", "a denominator of two parts"),
        ("3000元/床日", "a denominator of two parts"),
        ("3000元/人 年", "a denominator of two parts"),
        # regression: read with 增幅's direction, or as a level of 3 days
        ("增幅收窄3个百分点", r"a change in a rate of change"),
        ("增速放缓3个百分点", r"a change in a rate of change"),
        ("降幅扩大3个百分点", r"a change in a rate of change"),
        ("办理时间提前3天", "提前 or 推迟 before a figure"),
        ("推迟3天", "提前 or 推迟 before a figure"),
        # regression: read as a cut by 3 days (an increment); it is a cut to 3 days
        ("压缩在3天以内", "在 after a word of decrease"),
        ("下降在5%以内", "在 after a word of decrease"),
        # regression: percentage points read as 3 items
        ("提高3个点", "个点 after a figure"),
        ("提高2-3个点", "个点 after a figure"),
        ("班均40-45人", "均 or 各 before a figure: per each"),
        # regression (of this release): an anniversary read as weeks, 近 as about
        ("庆祝建党100周年", "an ordinal or a name, not a count"),
        ("近三年两次", "近 before a time"),
        ("3000日圓", "a currency other than renminbi"),
        # a second hunt, on real pages: a margin over the target read as a level,
        # a floor with no denominator, a change of a rate of change with words between
        ("超任务17元", "a comparator that does not bound the figure"),
        ("超任務17元", "a comparator that does not bound the figure"),
        # 3000 瓦 (no unit minsheng knows), or 3 千瓦? (三千米 is 3000 米, which reads)
        ("三千瓦", "千 ends the numeral or starts the unit"),
        ("三千克", "千 ends the numeral or starts the unit"),
        ("最低3000元", "最低 before a figure"),
        ("降幅比上月收窄1.4个百分点", "a change in a rate of change"),
        ("下降0.5个点", "个点 after a figure"),
        # regression: read as 3000 people per occasion
        ("服务3000人/次", "人/次: person-visits"),
        # regression: a third of the population read as 1 per 3 people
        ("覆盖1/3人口", r"a fraction \(1/3\), or a rate"),
        # regression: read as a range of increments; it is by 4000 to 16000
        (
            "把长者社区照顾服务券增加4000张至16000张",
            "a change by one figure to another, or a range",
        ),
        ("每人每月提高50元至650元", "a change by one figure to another, or a range"),
        ("缩短3天至5天", "a change by one figure to another, or a range"),
        ("90後人才", "an ordinal or a name, not a count"),
        ("二十大", "no figure found"),
        ("两新", "no figure found"),
        ("“十四五”期间", "no figure found"),
        ("15 分钟政务服务圈", "no figure found"),
        ("建成15分钟生活圈", "no figure found"),
        ("不超过5%（不含）", "不含 after a figure without 以上 or 以下"),
        ("全省前10位", "前 or 后 before a figure of 名 or 位: a rank"),
    ],
)
def test_forms_without_a_figure_to_read_are_refused(text: str, reason: str) -> None:
    """Regression: 数十万元 read as 100000, 一半 as 1, 高于…3个百分点 as a bound of 3.

    So are ambiguous forms (a peak or a cap, within or a word): where the
    phrase does not say, it is refused.
    """
    with pytest.raises(minsheng.ParseError, match=f"^{reason}"):
        parse(text)


@pytest.mark.parametrize(
    ("text", "value", "unit", "change", "per"),
    [
        ("翻了一番", "2", "倍", None, ()),
        ("压减时限76%", "76", "%", "lower", ()),
        ("涨幅8%", "8", "%", "higher", ()),
        ("降幅8%", "8", "%", "lower", ()),
        ("比上年提高3个百分点", "3", "个百分点", "higher", ()),
        ("回落3个百分点", "3", "个百分点", "lower", ()),
        ("增值税留抵退税3000万元", "30000000", "元", None, ()),  # 增 starts a subject word
        ("降温3000人", "3000", "人", None, ()),
        ("人数3000人", "3000", "人", None, ()),  # 数 before Arabic digits is a word's
        ("每人次50元", "50", "元", None, ("人次",)),
        ("3000元/人次", "3000", "元", None, ("人次",)),
        ("亩均300元", "300", "元", None, ("亩",)),
        ("3个半导体企业", "3", "个", None, ()),
    ],
)
def test_changes_and_denominators_read_right(
    text: str, value: str, unit: str, change: str | None, per: tuple[str, ...]
) -> None:
    """Regression: 增值税 read as a rise, 压减 as no change, 人次 as a denominator of 人."""
    reading = minsheng.parse_phrase(text)
    q = reading.figure
    assert (q.value, q.unit) == (D(value), unit)
    assert (reading.direction and reading.direction.value) == change
    assert tuple(p.unit or p.subject for p in q.per) == per


def test_a_figure_beyond_the_model_is_a_parse_error() -> None:
    """Regression (found by fuzzing): 0.1234567个 raised InvalidValueError, not ParseError."""
    with pytest.raises(minsheng.ParseError, match="6 after it") as info:
        parse("0.1234567个")
    assert info.value.position == 0


def test_an_explicit_bound_after_a_change_to_a_level_stays() -> None:
    """由8%降至7% is a level; 由5100缩减至不超过2025 still bounds it (found by fuzzing)."""
    assert minsheng.parse_phrase("由8%降至7%").figure.comparator is None
    assert minsheng.parse_phrase("由5100缩减至不超过2025").figure.comparator is C.AT_MOST


@pytest.mark.parametrize(
    ("text", "value", "comparator", "change"),
    [
        ("大病保险最高支付限额40万元", "400000", None, None),  # 最高 names the limit
        ("补贴上限提高到5000元", "5000", None, "higher"),
        ("最长贷款期限30年", "30", None, None),
        ("最高不超过5000元", "5000", C.AT_MOST, None),
        ("最迟不超过3个工作日", "3", C.AT_MOST, None),
        ("2小时内到达", "2", C.AT_MOST, None),
        ("重点几类人群签约率95%", "95", None, None),  # 点几 of 重点, not 零点几
        ("参保人数三百万人", "3000000", None, None),  # 数 of 人数, not 数百万
        ("确保完成目标任务3000人", "3000", C.AT_LEAST, None),
        ("推动义务教育学校均衡发展3000所", "3000", None, None),  # 均衡, no 校均
        ("年人均增收1000元", "1000", None, "higher"),
        ("增设床位300张", "300", None, None),  # a count of what is added, as 新增
        ("减速带300条", "300", None, None),  # speed bumps: 减 first is a word's
        ("增强体质人数3000人", "3000", None, None),
        ("1公里半径", "1", None, None),
        ("最高可达到5000元", "5000", C.AT_MOST, None),
        ("每户最高2000元", "2000", C.AT_MOST, None),  # a cap per household
    ],
)
def test_phrases_a_review_of_the_new_rules_found(
    text: str, value: str, comparator: C | None, change: str | None
) -> None:
    """Regression: the first cut of the new rules misread or refused these."""
    reading = minsheng.parse_phrase(text)
    q = reading.figure
    assert (q.value, q.comparator) == (D(value), comparator)
    assert (reading.direction and reading.direction.value) == change
    pers = {
        "年人均增收1000元": (Per(D(1), "年"), Per(D(1), "人")),
        "每户最高2000元": (Per(D(1), "户"),),
    }
    assert q.per == pers.get(text, ())  # and no 校均 in 学校均衡


@pytest.mark.parametrize(
    ("text", "value", "upper", "comparator", "per"),
    [
        ("2-3成", "20", "30", None, ()),  # the low end is in 成 too
        ("两至三成", "20", "30", None, ()),
        ("2.5至3.5成", "25", "35", None, ()),
        ("3000个以上（不含）", "3000", None, C.MORE_THAN, ()),
        ("5%以下(不含)", "5", None, C.LESS_THAN, ()),
        ("3000个以上（含）", "3000", None, C.AT_LEAST, ()),
        ("校均10名", "10", None, None, ("校",)),
        ("村均约5万元", "50000", None, None, ("村",)),
    ],
)
def test_a_third_review_of_forms(
    text: str, value: str, upper: str | None, comparator: C | None, per: tuple[str, ...]
) -> None:
    """Regression: 2-3成 read as 2 to 30 %, （不含） was ignored, 校均 was dropped."""
    q = parse(text)
    assert (q.value, q.upper, q.comparator) == (D(value), upper and D(upper), comparator)
    assert tuple(p.unit or p.subject for p in q.per) == per


def test_an_age_qualifies_the_subject_before_the_figure() -> None:
    """Regression: 每千人口拥有3岁以下婴幼儿托位数达到4.5个 was refused (two figures).

    An age before the figure (3岁以下婴幼儿, 65岁以上老年人) is subject words; alone
    (65歲以上長者僱員) it is the figure.
    """
    q = parse("每千人口拥有3岁以下婴幼儿托位数达到4.5个")
    assert (q.value, q.unit, q.comparator) == (D("4.5"), "个", C.AT_LEAST)
    assert q.per == (Per(D(1000), None, "人口"),)
    assert parse("每年为65岁以上老年人免费体检1次").per == (Per(D(1), "年"),)
    assert parse("65歲以上長者僱員").value == D(65)
    assert parse("平均年龄45岁左右").approximation is A.ABOUT


def test_a_decimal_of_cheng_is_rounded() -> None:
    """Regression: 4.5成 read as exactly 45 %; printed to a tenth of 成, it is 44.5 to 45.5 %."""
    q = parse("4.5成")
    assert (q.value, q.approximation) == (D(45), A.ROUNDED)
    assert (q.interval.low, q.interval.high) == (D("44.5"), D("45.5"))


def test_about_before_the_first_starting_figure_is_kept() -> None:
    """Regression: 由约3000元提高到3500元 gave an exact baseline of 3000元."""
    (baseline,) = minsheng.parse_phrase("由约3000元提高到3500元").baselines
    assert (baseline.value, baseline.approximation) == (D(3000), A.ABOUT)


def test_words_that_only_look_rough_stay_subject_words() -> None:
    """来 after a unit (3个来自农村) and 强 inside a word (95%强化) are not rough counts."""
    assert parse("3个来自农村").value == D(3)
    assert parse("95%强化").value == D(95)


def test_jianfu_is_a_word_not_a_sign() -> None:
    """减负12.5亿元 lightens a burden by 12.5亿元: 负 there is not a sign."""
    assert parse("减负12.5亿元").value == D(1_250_000_000)


def test_conflicting_comparators_are_an_error() -> None:
    """不少于…以下 contradicts itself."""
    with pytest.raises(minsheng.ParseError, match="disagree"):
        parse("不少于30%以下")


def test_non_string_is_a_type_error() -> None:
    """Passing a number is a programming error, not a parse error."""
    with pytest.raises(TypeError):
        minsheng.parse_quantity(3000)  # type: ignore[arg-type]


_PHRASE_ALPHABET = st.sampled_from(
    list(
        "0123456789.,，%％０１２９一二两三五七九十百千万亿零点余多约近左右每名个人次元公里以上下内不少于超过达到翻番增长（）/·"
    )
)


@given(st.text(_PHRASE_ALPHABET, max_size=20) | st.text(max_size=40))
def test_parser_never_crashes(text: str) -> None:
    """Any text either parses to a quantity or raises ParseError; nothing else."""
    try:
        q = parse(text)
    except minsheng.ParseError as exc:
        assert 0 <= exc.position <= len(text)
    else:
        assert q.value.is_finite()
        assert q.interval.low <= q.value <= q.interval.high


@given(
    st.integers(min_value=1, max_value=99_999_999),
    st.sampled_from(["个", "名", "公里", "元", "%", "人次"]),
)
def test_arabic_figures_round_trip(number: int, unit: str) -> None:
    """Any integer with a unit reads back as itself."""
    q = parse(f"{number}{unit}")
    assert (q.value, q.unit, q.approximation) == (D(number), unit, A.EXACT)


@pytest.mark.parametrize("text", ["每0人0", "每0人3个", "/0人5元"])
def test_zero_denominators_are_refused(text: str) -> None:
    """每0人 cannot divide: a parse error, not a crash (found by hypothesis)."""
    with pytest.raises(minsheng.ParseError):
        parse(text)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("最高补助7000元", "最高 before a figure"),
        ("最高補助7,000元", "最高 before a figure"),
        ("最低补助3000元", "最低 before a figure"),
        ("快于序时进度3.4个百分点", "a comparator that does not bound the figure"),
        ("农村居民收入增速快于城镇居民0.9个百分点", "a comparator that does not bound the figure"),
        ("高于全国3个百分点", "a comparator that does not bound the figure"),
        ("低于全省0.5个百分点", "a comparator that does not bound the figure"),
        ("领先全国2个百分点", "a comparator that does not bound the figure"),
        # (since 2026-11-30 refused as a change of pace, which it also is)
        ("比上年同期加快0.3个百分点", "加快 or 放缓 before a figure"),
        ("少了500多个", "a comparator that does not bound the figure"),
        ("居民收入增长快于经济增长0.5个百分点", "a comparator that does not bound the figure"),
        ("最高可获得补助5万元", "最高 before a figure"),
    ],
)
def test_margins_and_caps_apart_from_their_figure_are_refused(text: str, reason: str) -> None:
    """Regression (real phrases of 2026-11-29): each read as a plain figure or a bound.

    最高补助7000元 lost its cap; 快于序时进度3.4个百分点, 高于全国3个百分点 and
    比上年同期加快0.3个百分点 are leads over another figure, read as levels or
    as "more than 3 pp"; 少了500多个 is a fall, read as a level.
    """
    with pytest.raises(minsheng.ParseError, match=f"^{reason}"):
        parse(text)


def test_what_the_margin_rules_leave_read() -> None:
    """A bound right at its figure, a change that ends a comparison, a share of a whole."""
    assert parse("高于90%").comparator is C.MORE_THAN
    assert parse("跌破2000人").comparator is C.LESS_THAN  # fell below: was no comparator
    assert parse("突破2000人").comparator is C.MORE_THAN
    assert parse("不超过总医疗费10%").comparator is C.AT_MOST
    assert minsheng.parse_phrase("比上年提高3个百分点").change is Measure.INCREMENT
    assert minsheng.parse_phrase("减少了500个").direction is Direction.LOWER
    assert minsheng.parse_phrase("增多了500个").change is Measure.INCREMENT  # was a level
    climbed = minsheng.parse_phrase("攀升至約3.5萬戶")  # was refused
    assert (climbed.figure.value, climbed.change) == (D(35000), Measure.LEVEL)
    assert parse("最低工资标准2000元").value == 2000  # the minimum wage, a level
    # with a denominator, 最高 and 最低 before a verb of paying cap and floor each
    assert parse("每人最高补助3000元").comparator is C.AT_MOST
    assert parse("每人每月最低发放1500元").comparator is C.AT_LEAST


def test_a_year_of_the_republic_of_china_is_no_figure() -> None:
    """Regression: 民國113年 (2024) read as 113 years; the scanner found 108年至110年 so too."""
    with pytest.raises(minsheng.ParseError, match=r"^a year, not a figure"):
        parse("民國113年")
    assert parse("民國113年補助3000戶").value == 3000
    found = minsheng.find_quantities("自民國108年至110年共發放5億元。")
    assert [f.phrase for f in found] == ["5億元"]


def test_a_range_of_years_of_the_republic_of_china_is_no_figure() -> None:
    """Regression: 民国108年至110年 read as 108 to 110 years; 民国三十八年 was found as 38 years."""
    with pytest.raises(minsheng.ParseError, match=r"^a year, not a figure"):
        parse("民国108年至110年")
    assert [f.phrase for f in minsheng.find_quantities("民国三十八年发放3000元。")] == ["3000元"]
    # named beside 去年 or 今年, as Taiwan's press writes it
    found = minsheng.find_quantities("去年（113年）預估僅剩1900多人。")
    assert [f.phrase for f in found] == ["1900多人"]


@pytest.mark.parametrize(
    ("text", "value", "unit", "comparator", "change"),
    [
        ("不满意0票", "0", "票", None, None),  # dissatisfied: 0 votes, not "under 0"
        ("群众不满意率0.5%", "0.5", "%", None, None),
        ("不满3年", "3", "年", C.LESS_THAN, None),  # 不满 itself still bounds
        ("公共化托育補助每月7,000元起", "7000", "元", C.AT_LEAST, None),  # from 7000 up
        ("3000元起步", "3000", "元", C.AT_LEAST, None),
        ("500元起付线", "500", "元", None, None),  # 起 starts a word
        ("增長幅度超過20個百分點", "20", "个百分点", C.MORE_THAN, "higher"),
        ("下降幅度达10%", "10", "%", C.AT_LEAST, "lower"),
        ("下降幅度为3%", "3", "%", None, "lower"),  # the size of the fall, as 降幅为
        ("失业率升至5.4%", "5.4", "%", None, "higher"),
        ("跌至2000人", "2000", "人", None, "lower"),
        ("改造住宅老旧电梯42部", "42", "部", None, None),
        ("完成7.4万口山坪塘整治", "74000", "口", None, None),
        ("组织政银企对接活动11场次", "11", "场次", None, None),  # not 11场
        ("起降3000架次", "3000", "架次", None, None),  # take-offs and landings: no fall
        ("增加补助3000元", "3000", "元", None, "higher"),
        ("陆续新增3000个", "3000", "个", None, None),  # 陆续, 参保, 队伍: words, not 大写
        ("城鄉居民基本醫保參保117.5萬人", "1175000", "人", None, None),
        ("干部队伍达3000人", "3000", "人", C.AT_LEAST, None),
    ],
)
def test_a_fifth_hunt_of_real_phrases(
    text: str, value: str, unit: str | None, comparator: C | None, change: str | None
) -> None:
    """Regression (real phrases of 2026-11-29): each was misread, lost a unit, or was refused.

    不满意 read as 不满 (under), 元起 lost its floor, 增长幅度 its change, 部 and
    口 and 场次 their units; 起降 read as a fall; 陆续 and 參保 were refused as
    financial numerals.
    """
    reading = minsheng.parse_phrase(text)
    q = reading.figure
    assert (q.value, q.unit, q.comparator) == (D(value), unit, comparator)
    assert (reading.direction and reading.direction.value) == change


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # a seventh hunt, on year-end reports and Hong Kong and Taipei pages:
        # a numeral in a chemical's name read as 2 per person per year
        ("每人每年二氧化碳排放量", "a numeral in words with no measure word"),
        # a margin over a budget, and over a plan, read as a level (or a share)
        ("超年初预算37.5亿元", "a comparator that does not bound the figure"),
        ("超額完成22%", "a comparator that does not bound the figure"),
        ("超额完成9.7%", "a comparator that does not bound the figure"),
        # a score (分) lost, leaving a bare number
        ("市民總體滿意度為91.02分", "分 after a figure"),
        # per mille read as "per one per mille"
        ("由2011年的6.44/‰降低到2016年的4.30/‰", "a rate after /"),
        ("降至4.30/%", "a rate after /"),
        # 3万5 is 3.5万 in speech, 3022万69 no number; 5万2025年 ends in a year
        ("3万5", "more than one figure"),
        ("3022万69", "more than one figure"),
        ("5万2025年", "unexpected text"),
        # drafts of real reports: an item's number and a year read as 3.2022 years
        ("3.2022年度", "a list number before a year"),
        # a review: a score in words, and scores in a change, lost their 分
        ("满意度达九十分", "分 after a figure"),
        ("由85分提高到90分", "分 after a figure"),
        # a review: margins over the plan with words between, and codes after 万
        ("超额完成任务22%", "a comparator that does not bound the figure"),
        ("超额达22%", "a comparator that does not bound the figure"),
        # and before a range or a from → to phrase, read as a range or a level
        ("超额完成22%-25%", "a comparator that does not bound the figure"),
        ("超额完成任务由10%提高到22%", "a comparator that does not bound the figure"),
        ("5万2025届", "more than one figure"),
        ("5万2025学年", "unexpected text after the figure"),  # (2025学年: a date)
        # a review: more verbs of getting after 最高
        ("最高可享受3000元", "最高 before a figure"),
        ("最高可以领取2000元", "最高 before a figure"),
        # a cap apart from its figure by a verb of getting (the cap lost before)
        ("最高可领2.4万元", "最高 before a figure"),
        ("最高可獲2400元", "最高 before a figure"),
        # an eighth hunt: the three sectors read as 3 times, a streak as a bare 16
        ("三次产业", "an ordinal or a name"),
        ("十六连冠", "an ordinal or a name"),
    ],
)
def test_what_a_seventh_hunt_found_misread_is_refused(text: str, reason: str) -> None:
    with pytest.raises(minsheng.ParseError, match=reason):
        minsheng.parse_phrase(text)


@pytest.mark.parametrize(
    ("text", "value", "unit", "change", "direction"),
    [
        # change words of output and of a raise, read as levels before
        ("增产74亿斤", "7400000000", "斤", Measure.INCREMENT, Direction.HIGHER),
        ("增產74億斤", "7400000000", "斤", Measure.INCREMENT, Direction.HIGHER),
        ("减产5万吨", "50000", "吨", Measure.INCREMENT, Direction.LOWER),
        ("加碼600元", "600", "元", Measure.INCREMENT, Direction.HIGHER),
        # measure words that were dropped
        ("長達168頁", "168", "页", None, None),
        ("由10星期增加至14星期", "14", "周", Measure.LEVEL, Direction.HIGHER),
        ("2个礼拜", "2", "周", None, None),
        # the four digits below 万 (Taiwan's 1091萬8000人), refused before
        ("1091萬8000人", "10918000", "人", None, None),
        ("3萬8,228元", "38228", "元", None, None),
        ("2万0500人", "20500", "人", None, None),
        # a review: 3批 and 3种 lost their measure word, 三批 was refused
        ("分3批", "3", "批", None, None),
        ("三批", "3", "批", None, None),
        ("3種", "3", "种", None, None),
        ("2個禮拜", "2", "周", None, None),
        # and readable phrases it found refused
        ("城区规划面积扩展至27.2平方公里", "27.2", "平方公里", Measure.LEVEL, Direction.HIGHER),
        ("规模以上工业增加值可比增长39.1%", "39.1", "%", Measure.INCREMENT, Direction.HIGHER),
        ("限额以上单位消费品零售额增长5%", "5", "%", Measure.INCREMENT, Direction.HIGHER),
    ],
)
def test_what_a_seventh_hunt_found_misread_now_reads(
    text: str, value: str, unit: str, change: Measure | None, direction: Direction | None
) -> None:
    reading = minsheng.parse_phrase(text)
    assert (reading.figure.value, reading.figure.unit) == (Decimal(value), unit)
    assert (reading.change, reading.direction) == (change, direction)
    assert all(b.unit == unit for b in reading.baselines)


@pytest.mark.parametrize(
    ("text", "comparator"),
    [("75歲或以上", C.AT_LEAST), ("3000元或以上", C.AT_LEAST), ("3000元或以下", C.AT_MOST)],
)
def test_or_above_and_or_below_bound_the_figure(text: str, comparator: C) -> None:
    """或以上 (Hong Kong's "or above") was refused as a word that governs no figure."""
    assert minsheng.parse_phrase(text).figure.comparator is comparator


@pytest.mark.parametrize("text", ["收入以上3000元", "县级以上医院30家"])
def test_only_the_names_of_statistics_hold_a_bound_among_subject_words(text: str) -> None:
    """规模以上 and 限额以上 name statistics; another 以上 before the figure stays refused."""
    with pytest.raises(minsheng.ParseError, match="governs no figure"):
        minsheng.parse_phrase(text)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("星期六", "a numeral in words with no measure word"),  # Saturday, not 6
        ("礼拜天3000人", ("3000", "人")),
        ("页面3个", ("3", "个")),  # 页面 is a web page, a subject word
        ("三万农村人口", ("30000", None)),  # a count in words with 万 before a noun
        ("三分之一", "a fraction"),
        ("三", ("3", None)),  # a numeral alone is no word's
        ("增长三点五", ("3.5", None)),  # a review: a numeral after a change word reads
        ("3.5年", ("3.5", "年")),
        ("每人最高可领取一次性补贴2000元", ("2000", "元")),  # a cap per person
        ("最低工资标准提高到2000元", ("2000", "元")),  # 最低工资 names a wage
        # a last check: a limit named as a noun is the figure itself
        ("最高贷款额度为40万元", ("400000", "元")),
        ("最高可申请金额为100万元", ("1000000", "元")),
        ("三千农村人口", ("3000", None)),
        # an eighth hunt: 超额 right before the figure only; the count of projects reads
        ("超额完成任务的已有10项", ("10", "项")),
        # a review: read as 3个, the week and its bound lost
        ("3个星期内办结", ("3", "周")),
        ("3个星期六", "more than one figure"),
    ],
)
def test_words_near_the_seventh_hunts(text: str, read: str | tuple[str, str | None]) -> None:
    """Around the new words: weekdays, 页面, counts in words with 万, fractions."""
    if isinstance(read, tuple):
        figure = minsheng.parse_phrase(text).figure
        assert (figure.value, figure.unit) == (Decimal(read[0]), read[1])
        return
    with pytest.raises(minsheng.ParseError, match=read):
        minsheng.parse_phrase(text)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("新增兩家至二十六家", "a change by one figure to another, or a range?"),  # 2 more, to 26
        ("增設10所至20所", "a change by one figure to another, or a range?"),
        ("新增学位3000个至5000个", "a change by one figure to another, or a range?"),
        ("提升12所中小学、幼儿园基础设施", "提升 or 提高 before a count of things"),
        ("提升1000人的技能", "提升 or 提高 before a count of things"),
        ("上限為每人每年門診費人民幣一萬元", "上限为 apart from its figure"),
        ("延长至115年底", "a year, not a figure"),  # 民國115年: 2026
        ("比上年下降3.18个千分点", "千分点"),  # not 3.18 个
        ("翻了一番多", "unexpected text after the figure"),  # more than double
        ("叁仟元", "financial numerals"),
        ("伍元", "financial numerals"),
        ("查处案件30起", "起 after a bare number"),  # 30 cases, or from 30 up?
        ("查处案件1200余起", "起 after a bare number"),
        ("提高2级", "a measure word minsheng does not know after a change"),  # read as 2
        ("每平方米8000起", "起 after a bare number"),
        ("1至4期老舊燃油機車", "an ordinal or a name"),  # emission standards 1 to 4
        ("增加生育第四胎發給2.6萬元", "a change word before an ordinal"),  # a tier, or a rise?
        ("提高第四胎补助500元", "a change word before an ordinal"),
        ("下调第一档电价0.05元", "a change word before an ordinal"),
    ],
)
def test_what_a_fifth_hunt_found_misread_is_refused(text: str, reason: str) -> None:
    """Regression: each read as a range, an increase, a plain figure or a number of years."""
    with pytest.raises(minsheng.ParseError, match=f"^{re.escape(reason)}"):
        parse(text)


def test_what_the_fifth_hunt_rules_leave_read() -> None:
    """A range after a count, an upgrade of projects, a count after 提升, a cap at its figure."""
    assert parse("新增3000至5000个").upper == 3000 + 2000
    assert parse("巩固提升50个村级饮水工程").value == 50  # a count of projects
    assert minsheng.parse_phrase("学校数量提升12所").change is Measure.INCREMENT
    assert parse("上限为每人2万元").comparator is C.AT_MOST
    assert parse("建设期10年").value == 10
    assert parse("起降3000架次").value == 3000
    # from the year after next, lowered to 30,000: 起 is 後年起's
    assert minsheng.parse_phrase("後年起降為三萬元").direction is Direction.LOWER
    assert parse("队伍3000人").value == 3000  # 伍 beside Arabic digits is a word's
    assert parse("上限是2万元").comparator is C.AT_MOST  # 上限是 is 上限为
    assert minsheng.parse_phrase("提高一次性补助500元").change is Measure.INCREMENT
    assert minsheng.parse_phrase("晋升为省一级高中3所").change is None  # promoted, no rise
    # a review of the sixth hunt's rules: names with 第, and 档案 or 级部 are no grades
    assert minsheng.parse_phrase("提高第一书记补贴500元").change is Measure.INCREMENT
    assert minsheng.parse_phrase("增加第三方评估机构3家").change is Measure.INCREMENT
    with pytest.raises(minsheng.ParseError, match=r"^提升 or 提高 before a count"):
        parse("提升5个档案馆")


def test_the_scanner_finds_what_the_fifth_hunt_found_cut_short() -> None:
    """Regression: each was found cut short, and read as a plainer figure than it is."""
    found = list(
        minsheng.find_quantities(
            "比上年下降3.18个千分点；收入翻了一番多；提升12所中小学基础设施；"
            "補助對象擴大至96年6月30日前出廠的機車；不满意0票；每月7,000元起。"
        )
    )
    assert [(f.phrase, f.error is None) for f in found] == [
        ("3.18个千分点", False),
        ("翻了一番多", False),
        ("提升12所中", False),
        ("0票", True),
        ("每月7,000元起", True),
    ]
    assert found[-1].reading is not None
    assert found[-1].reading.figure.comparator is C.AT_LEAST


@pytest.mark.parametrize("text", ["5100 余个", "5100 多个", "5100余 个", "5100 余 个"])
def test_a_space_before_yu_or_duo_is_read(text: str) -> None:
    """Regression: 5100 余个, as reposts space a figure, was refused, and validate said so."""
    q = parse(text)
    assert (q.value, q.unit, q.approximation) == (D(5100), "个", A.MORE_THAN)


@pytest.mark.parametrize(
    ("text", "value", "approximation", "change"),
    [
        ("约增40.6%", "40.6", A.ABOUT, "higher"),  # 约 before the change word
        ("約增3.8％", "3.8", A.ABOUT, "higher"),
        ("约减少1200人", "1200", A.ABOUT, "lower"),
        ("升幅为5%", "5", A.EXACT, "higher"),
        ("下跌幅度为5%", "5", A.EXACT, "lower"),
        ("升值5%", "5", A.EXACT, "higher"),
        ("贬值5%", "5", A.EXACT, "lower"),
        ("按年下跌0.2個百分點", "0.2", A.ROUNDED, "lower"),
        ("日涨跌幅不超过10%", "10", A.EXACT, None),  # a move either way: no direction
        ("增减5%", "5", A.EXACT, None),
        ("按季升0﹒9%", "0.9", A.ROUNDED, "higher"),  # a small full stop for the point
        ("办了3期培训班", "3", A.EXACT, None),  # a count of 期 (but 1至4期老旧机车 names)
        ("提高1个档次", "1", A.EXACT, "higher"),  # a rise by grades
        ("口罩300万只", "3000000", A.EXACT, None),  # measure words that had no unit
    ],
)
def test_a_sixth_hunt_of_real_phrases(
    text: str, value: str, approximation: A, change: str | None
) -> None:
    """Regression: 约 before a change word was lost; 涨跌 read as a fall; 升值 as a level."""
    reading = minsheng.parse_phrase(text)
    assert (reading.figure.value, reading.figure.approximation) == (D(value), approximation)
    assert (reading.direction and reading.direction.value) == change


def test_the_scanner_keeps_a_one_character_change_word() -> None:
    """Regression: 按年升15.7%, 同比跌57.33% and 環比降1.7% were found as plain levels."""
    found = list(
        minsheng.find_quantities(
            "零售業總銷貨價值按年升15.7%；環比涨2.65%，同比跌57.33%；新增不少于4300个；"
            "總預算3兆0350億元；較114年度減少0.5個百分點；/2-9"
        )
    )
    readings = {
        f.phrase: (f.reading.direction.value if f.reading and f.reading.direction else None)
        for f in found
    }
    assert readings["升15.7%"] == "higher"
    assert readings["涨2.65%"] == "higher"
    assert readings["跌57.33%"] == "lower"
    assert "不少于4300个" in readings  # 新增 is a count, not 增 and a figure
    assert any(f.phrase == "3兆0350億" and f.error is not None for f in found)  # not 350亿
    assert "114年" not in readings  # 民國114年度, a fiscal year
    plain = list(minsheng.find_quantities("完成飞机起降923.8万架次；力争5年增加学位3万个。"))
    assert [(f.phrase, f.reading and f.reading.change) for f in plain] == [
        ("923.8万架次", None),  # 起降: take-offs and landings, no fall
        ("5年", None),
        ("增加学位3万个", Measure.INCREMENT),  # 年 before 增 is still years
    ]


@pytest.mark.parametrize("text", ["500万头次", "5000头盔", "100万头（只）", "21039万册次"])
def test_a_measure_word_that_starts_a_longer_unit_or_word_is_not_the_unit(text: str) -> None:
    """Regression: 艘次 (ship-trips) read as ships, 头份 (doses) and 头盔 (helmets) as head."""
    assert parse(text).unit is None


def test_a_compound_classifier_is_read_whole() -> None:
    """开行列车376万列次, 3.2万艘次 and 812万头份 (doses) lost their unit: 376万 of nothing."""
    assert [parse(t).unit for t in ("376万列次", "3.2万艘次", "812.47万头份", "30趟次")] == [
        "列次",
        "艘次",
        "头份",
        "趟次",
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("200笔", "笔"),
        ("30篇", "篇"),
        ("50支", "支"),
        ("20门", "门"),
        ("完工四十一案", "案"),
        ("中蜂6.1萬群", "群"),
        ("3000餐", "餐"),
        ("日供餐能力达到25万客", "客"),
        ("1.3万尾以上", "尾"),
        ("在榜6城", "城"),
    ],
)
def test_classifiers_a_twelfth_hunt_found_dropped_are_read(text: str, unit: str) -> None:
    """中蜂6.1萬群 (hives) and 完工四十一案 (real pages) read as 61,000 and 41 of nothing."""
    assert parse(text).unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "产量3110担",
        "3.5億標箱",
        "突破4700萬標準箱",
        "300方",
        "300延米",
        "100学时",
        "300标台",
        "税款调高8角",  # a tenth of a yuan
        "票价1元5角",  # 1.5 元, not 1 元
    ],
)
def test_measures_minsheng_does_not_read_are_refused(text: str) -> None:
    """产量3110担 (a weight) and 3.5億標箱 (containers) read as numbers of nothing."""
    with pytest.raises(minsheng.ParseError, match="a measure word minsheng does not know"):
        parse(text)
    assert parse("在3方面取得进展").unit is None  # aspects, not cubic metres


@pytest.mark.parametrize("text", ["1410億人公里", "4525億噸公里", "300人日", "2000床日"])
def test_a_unit_made_of_two_is_refused(text: str) -> None:
    """1410億人公里 (passenger-km) read as 141 billion people, 300人日 as 300 people."""
    with pytest.raises(minsheng.ParseError, match="a unit made of two"):
        parse(text)
    assert parse("3000人日均").unit == "人"


# The ninth hunt's phrases were cut from, among others:
# https://news.ltn.com.tw/news/politics/paper/1737880 (十一．四億元),
# http://casedetective.com/ttnews/2024-12/27/content_506571043.htm (two baselines),
# https://www.bastillepost.com/hongkong/article/14781086 (近1.8倍、約1.52倍),
# https://news.cnyes.com/news/id/6356562 (成長 5.2%),
# https://www.merit-times.com.tw/NewsPage.aspx?unid=328602 (下修零點五七個百分點),
# https://peoplemedia.tw/news/1eff1593-9127-4bbb-a3ee-7aaf072f4783 (衰退均達17%, 減幅),
# https://udn.com/news/story/7333/9147828 (按月下挫17%),
# https://news.qq.com/rain/a/20241230A06MRR00 (规范化提升74家),
# and Hong Kong pages on interest rates (am730, hk01, stheadline: 厘, 點子, 基點).
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # a ninth hunt (Hong Kong and Taiwan pages): measure words read as no unit
        ("美國聯儲局減息0.25厘", "a measure word minsheng does not know"),
        ("下調港元最優惠利率12.5點子", "a measure word minsheng does not know"),
        ("共減了175基點", "a measure word minsheng does not know"),
        ("減息25個基點", "a measure word minsheng does not know"),  # not 25 个
        ("收報6,114.4點", "a measure word minsheng does not know"),
        ("完成疫苗接种23.5万剂次", "a measure word minsheng does not know"),
        ("管径300毫米", "a measure word minsheng does not know"),
        ("年发电量5亿度", "a measure word minsheng does not know"),
        ("依法查处5起林草领域违法犯罪案件", "起 after a bare number"),
        # growth in Taiwan's word, and growing up in the mainland's: refused
        ("較上年同月成長35.4%", "成长 before a figure"),
        ("全年仍成長9.98％", "成长 before a figure"),
        ("成長7倍", "成长 before a figure"),
        ("健康成长3000人", "成长 before a figure"),
        ("第4季民間投資實質負成長2.18％", "negative growth"),
        # the change word, its object, then 为: read as a change by the figure
        ("上調今年全年經濟成長率為7.37%", "a change word, its object, then 为"),
        ("提高报销比例为70%", "a change word, its object, then 为"),
        ("提高城乡低保标准为每人每月800元", "a change word, its object, then 为"),
        # brought up to a standard, 74 of them; read as 74 more
        ("托养机构规范化提升74家", "提升 or 提高 before a count of things"),
        # a check of the fixes: for five months, read as down by five months
        ("已连续下滑5个月", "连续 and a change before a time"),
        ("連續萎縮3個月", "连续 and a change before a time"),
        ("连续下降3年", "连续 and a change before a time"),
    ],
)
def test_what_a_ninth_hunt_found_misread_is_refused(text: str, reason: str) -> None:
    with pytest.raises(minsheng.ParseError, match=reason):
        minsheng.parse_phrase(text)


@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        # falls the change words missed: each read as a level
        ("今年全年出口將衰退5.8%", "5.8", minsheng.Direction.LOWER),
        ("按月下挫17%", "17", minsheng.Direction.LOWER),
        ("出口下滑17%", "17", minsheng.Direction.LOWER),
        ("萎縮3%", "3", minsheng.Direction.LOWER),
        ("大幅下修零點五七個百分點", "0.57", minsheng.Direction.LOWER),
        ("上修0.2個百分點", "0.2", minsheng.Direction.HIGHER),
        # an adverb between the change and its comparator lost the change
        ("減幅仍達14.6%", "14.6", minsheng.Direction.LOWER),
        ("降幅仍达5%", "5", minsheng.Direction.LOWER),
        ("衰退均達17%", "17", minsheng.Direction.LOWER),
        ("增长也超过5%", "5", minsheng.Direction.HIGHER),
    ],
)
def test_what_a_ninth_hunt_found_without_its_change_reads_with_it(
    text: str, value: str, direction: minsheng.Direction
) -> None:
    reading = minsheng.parse_phrase(text)
    assert reading.figure.value == Decimal(value)
    assert (reading.change, reading.direction) == (minsheng.Measure.INCREMENT, direction)


def test_words_near_the_ninth_hunt_still_read() -> None:
    """Not every 成长, 为 or 点 is refused."""
    assert parse("經濟成長率為7.37%").value == Decimal("7.37")  # a rate's level
    assert parse("成长型企业100家").value == 100
    assert parse("新增3000个点位").unit == "个"
    assert parse("降幅达到5%").comparator is C.AT_LEAST
    assert minsheng.parse_phrase("提高到1500元").change is minsheng.Measure.LEVEL
    assert minsheng.parse_phrase("增加床位300张").change is minsheng.Measure.INCREMENT
    assert minsheng.parse_phrase("连续增长5%").change is minsheng.Measure.INCREMENT  # not a time
    assert parse("由78.3升至79岁").value == 79  # 升 the change, not litres
    assert parse("缩短3天").unit == "天"
    # a review: the new fall words are names before a noun (atrophic gastritis, firms in
    # decline), and an adverb before 为 makes no level of a change
    assert minsheng.parse_phrase("萎缩性胃炎3000例").change is None
    assert minsheng.parse_phrase("衰退期企业300家").change is None
    assert minsheng.parse_phrase("就业人数增加也为3000人").change is not Measure.LEVEL


@pytest.mark.parametrize(
    ("alone", "with_one"),
    [
        ("近万人", "近一万人"),
        ("惠及近万人", "惠及近一万人"),
        ("万余人", "一万余人"),
        ("万多人次", "一万多人次"),
        ("千余户", "一千余户"),
        ("百余所", "一百余所"),
        ("约千人", "约一千人"),
        ("将近百所", "将近一百所"),
        ("千余万元", "一千余万元"),
        ("近百万人", "近一百万人"),
        ("近千万元", "近一千万元"),
        ("近亿元", "近一亿元"),
        ("近萬人", "近一万人"),
        ("萬餘人", "一万余人"),
    ],
)
def test_a_place_word_without_its_one_reads_as_with_it(alone: str, with_one: str) -> None:
    """万余人 and 近千户 were refused as holding no figure; they read as 一万余人 and 近一千户."""
    read, expected = minsheng.parse_quantity(alone), minsheng.parse_quantity(with_one)
    assert attrs.evolve(read, phrase=None) == attrs.evolve(expected, phrase=None)


def test_a_place_word_alone_elsewhere_is_no_figure() -> None:
    """千家万户, 百姓, 万元GDP and 节约万元 hold no number; 上万 and 数万 name no figure."""
    for text in ("千家万户", "百姓", "万元GDP能耗", "节约万元", "附近千户", "上万人", "数万人"):
        with pytest.raises(minsheng.ParseError, match="no figure found"):
            minsheng.parse_quantity(text)
    assert minsheng.parse_quantity("近万人").interval == minsheng.Interval(D(5000), D(15000))
    assert minsheng.parse_quantity("万余人").interval == minsheng.Interval(
        D(10000), D(20000), high_closed=False
    )
    with pytest.raises(minsheng.ParseError):
        minsheng.parse_quantity("近千克")  # 1000 克, or 1 千克? (克 is no unit minsheng reads)
    for text in ("贴近百姓需求", "走近千家万户", "临近万达广场"):  # 近 of a word, no unit after
        with pytest.raises(minsheng.ParseError, match="no figure found"):
            parse(text)
    # the 万 of 百万余 is part of the numeral, never read alone (it gave 10,000)
    assert parse("惠及群众百万余人").value == D(1000000)


@pytest.mark.parametrize(
    "text",
    ["拉动经济增长0.5个百分点", "下拉经济增长0.3个百分点", "拉低全市经济增长0.2个百分点",
     "拖累經濟增長0.3個百分點", "负拉动经济增长0.1个百分点", "带动经济增长0.5个百分点"],
)  # fmt: skip
def test_a_share_of_growth_is_refused(text: str) -> None:
    """下拉经济增长0.3个百分点 read as growth up by 0.3 points: a sector pulled growth down."""
    with pytest.raises(minsheng.ParseError, match=r"^拉动 or 拖累 before 增长 or 经济"):
        parse(text)
    assert parse("拉动投资30亿元").value == D(3000000000)  # no growth: a level
    # in per cent, the growth of what was driven: 带动农民收入增长10% is the income's own
    assert minsheng.parse_phrase("带动农民收入增长超过10%").change is Measure.INCREMENT


def test_the_year_of_a_time_word_before_jun_is_no_denominator() -> None:
    """比上年均增长5% read as 5 % a year: 上年 is last year, and 均 "both"."""
    for text in ("比上年均增长5%", "較上年均提高2個百分點", "比去年均增长2%", "比上月均增长2%"):
        assert parse(text).per == (), text
    assert parse("上月人均收入3000元").per == (Per(D(1), "人"),)  # not per month too
    assert parse("年均增长5%").per == (Per(D(1), "年"),)
    assert parse("近三年年均增长5%").per == (Per(D(1), "年"),)


@pytest.mark.parametrize(
    "text",
    ["高0.5个百分点", "高了0.5个百分点", "全市高0.5个百分点", "少500人", "多500人",
     "快0.5个百分点", "慢3天", "差3个百分点", "相差3个百分点", "偏高3%"],
)  # fmt: skip
def test_a_bare_comparative_before_a_figure_is_a_difference(text: str) -> None:
    """高0.5个百分点 read as 0.5 points and 少500人 as 500 people: each is a difference."""
    with pytest.raises(minsheng.ParseError, match="a comparator that does not bound"):
        parse(text)


def test_words_that_end_in_a_comparative_still_read() -> None:
    """提高, 降低, 最多, 增多, 至少, 不少于 and 补差 end in 高, 低, 多, 少 or 差."""
    for text in ("提高0.5个百分点", "降低3天", "最多3天", "增多500人", "至少3天", "不少于3天"):
        assert parse(text).value in (D("0.5"), D(3), D(500)), text
    assert parse("月人均补差185元").value == D(185)


def test_what_a_check_of_the_tenth_hunts_fixes_found() -> None:
    """Misreads and over-refusals a check of the day's fixes found, old code against new."""
    # 增加值 is value added, a level (the scanner took it in as a rise)
    assert minsheng.parse_phrase("增加值37.90亿元").change is None
    # 高达 and 多达: as high, as many as, never a difference
    assert parse("日均进出站客流高达35万人次").per == (Per(D(1), "日"),)
    # 年, 月 or 日 in a word is no period
    for text in ("发放老年补助300元", "全国老年产业规模达到7万亿元", "工作日接待游客3000人次"):
        assert parse(text).per == (), text
    # a relative clause or a verb of its own: the change is not the figure's
    for text in ("增加就业岗位的企业300家", "降低门槛吸引人才3000人"):
        assert minsheng.parse_phrase(text).change is None, text
    # 差 and 高 of words: a surplus, a time difference, a height
    assert parse("贸易顺差3932.2亿元").value == D("393220000000")
    assert parse("身高1.2米以下").value == D("1.2")
    # renminbi written out, never 人
    assert (parse("投资3000万人民币").unit, parse("投资3000万人民币").value) == ("元", D(30000000))
    # 约 before a change word first is the figure's
    reading = minsheng.parse_phrase("约减少碳排放3万吨")
    assert (reading.figure.approximation, reading.change) == (A.ABOUT, Measure.INCREMENT)
    # a change word after subject words may govern the figure, or not: refused
    with pytest.raises(minsheng.ParseError, match="a change word apart from its figure"):
        parse("项目建成后减少碳排放3万吨")
    assert minsheng.parse_phrase("全市减少碳排放3万吨").change is Measure.INCREMENT
    # names
    for text in ("城乡风貌提升工程满意率同样为98.91%",):
        assert parse(text).value == D("98.91")
    with pytest.raises(minsheng.ParseError, match="an ordinal or a name"):
        parse("提升三年行动计划")


def test_about_equal_to_is_about() -> None:
    """约等于300棵 read as exactly 300: 约等于, 约相当于 and 约是 are about words."""
    for text in ("约等于300棵", "約等於300棵", "约相当于300棵", "大约相当于300棵", "约是300棵"):
        assert parse(text).approximation is A.ABOUT, text
    for text in ("约等于绿化植树300棵", "约相当于种植300棵树"):  # apart from the figure
        with pytest.raises(minsheng.ParseError, match="governs no figure"):
            parse(text)


def test_ge_dian_is_refused_without_a_change_too() -> None:
    """相差20.66個點 read as 20.66个 (a real satisfaction vote): points, not a count."""
    for text in ("3个点", "共3个点", "滿意度20.66個點"):
        with pytest.raises(minsheng.ParseError, match=r"^个点 after a figure"):
            parse(text)
    for text in ("相差20.66個點", "差3个点", "低3个点"):  # a difference, besides
        with pytest.raises(minsheng.ParseError, match="a comparator that does not bound"):
            parse(text)
    assert parse("3个点位").unit == "个"  # sites


def test_a_day_or_month_before_a_verb_of_supply_is_per_day() -> None:
    """日供應凈水1500噸 and 日供水能力達20萬噸 (real pages) lost their per day."""
    per_day = (Per(D(1), "日"),)
    for text in (
        "日供應凈水1500噸",
        "建成日供水能力達20萬噸的水厂",
        "日接待游客3000人次",
        "日产垃圾300吨",
    ):
        assert parse(text).per == per_day, text
    assert parse("年处理能力3万吨").per == (Per(D(1), "年"),)
    assert parse("全年接待游客3000人次").per == ()  # the year's total
    assert parse("建成投产年产7万吨").per == (Per(D(1), "年"),)
    assert parse("新增日供水能力2万吨").per == (Per(D(1), "日"),)
    assert parse("新能源汽车年产量突破1300万辆").per == (Per(D(1), "年"),)
    # the 日, 月 or 年 of a word or a date: no denominator
    for text in (
        "节假日接待游客3000人次", "当月发放补贴200元", "今日发布数据3000条", "今日处理投诉50件",
        "2025年发放补贴200元", "去年接待游客3000人次",
    ):  # fmt: skip
        assert parse(text).per == (), text
    # 班: bus services, or school classes? 班次 is read
    with pytest.raises(minsheng.ParseError, match="a measure word minsheng does not know"):
        parse("日发班次532班")
    assert parse("新增班次30班次").unit == "班次"


def test_a_first_change_word_governs_across_a_noun_not_a_verb() -> None:
    """降低企业成本惠及企业3000家 read as 3000 firms fewer; a long object is refused."""
    for text in ("降低企业成本惠及企业3000家", "降低企业成本帮助企业3000家"):
        reading = minsheng.parse_phrase(text)
        assert (reading.change, reading.figure.value) == (None, D(3000)), text
    for text in ("提高农村低保标准50元", "压缩工程建设项目审批时间30天", "提高一次性补助500元"):
        assert minsheng.parse_phrase(text).change is Measure.INCREMENT, text
    with pytest.raises(minsheng.ParseError, match="far from its figure"):
        parse("提高全市城乡居民医保财政补助标准30元")
    with pytest.raises(minsheng.ParseError, match="its object, then 为"):
        parse("增长也为5%")


def test_tisheng_before_an_area_or_a_length_is_refused() -> None:
    """提升綠化約1.43萬平方米 (a real page) read as 14,300 m² more: upgraded, more likely."""
    for text in (
        "提升綠化約1.43萬平方米",
        "完成城市绿化提升3万平方米",
        "提升供水管网30公里",
        "提升口袋公园6处",
    ):
        with pytest.raises(minsheng.ParseError, match="提升 before an area, a length or a count"):
            parse(text)
    assert minsheng.parse_phrase("学校数量提升12所").change is Measure.INCREMENT  # no object
    assert minsheng.parse_phrase("提高绿化面积3万平方米").change is Measure.INCREMENT
    assert minsheng.parse_phrase("提升至3万平方米").change is Measure.LEVEL
    assert minsheng.parse_phrase("提升12%").change is Measure.INCREMENT


@pytest.mark.parametrize(
    ("text", "direction"),
    [("发病率升高0.5个百分点", Direction.HIGHER), ("房价走低3%", Direction.LOWER),
     ("回调3%", Direction.LOWER), ("上扬3%", Direction.HIGHER), ("反彈5%", Direction.HIGHER),
     ("缩水10%", Direction.LOWER)],
)  # fmt: skip
def test_more_change_words_read_as_changes(text: str, direction: Direction) -> None:
    """升高, 走低, 回调, 上扬, 反弹 and 缩水 read as levels: the change was lost."""
    reading = minsheng.parse_phrase(text)
    assert (reading.change, reading.direction) == (Measure.INCREMENT, direction)


def test_a_share_of_growth_without_growth_is_refused_too() -> None:
    """下拉经济0.1个百分点 (a real bulletin) and 推动经济增长0.5个百分点 read as plain points."""
    for text in ("下拉经济0.1个百分点", "推动经济增长0.5个百分点", "拉升经济增长0.2个百分点"):
        with pytest.raises(minsheng.ParseError, match=r"^拉动 or 拖累 before 增长 or 经济"):
            parse(text)


def test_a_rate_has_no_denominator_of_people() -> None:
    """人均可支配收入增长6.5% read as 6.5 % per person: per-capita income grew 6.5 %."""
    for text in (
        "人均可支配收入增长6.5%",
        "农村居民人均纯收入同比增长12.1%",
        "城乡居民人均收入翻一番",
    ):
        assert parse(text).per == (), text
    assert parse("年均增长5%").per == (Per(D(1), "年"),)  # 5 % a year
    assert parse("人均可支配收入37111元").per == (Per(D(1), "人"),)


def test_more_than_a_place_word_alone() -> None:
    """超万人 and 逾万人 were refused as holding no figure: more than 10,000."""
    for text in ("超万人", "逾万人", "突破万人"):
        q = parse(text)
        assert (q.value, q.comparator) == (D(10000), C.MORE_THAN), text


def test_a_modal_verb_before_a_comparator_keeps_its_bound() -> None:
    """不得超过100万元 read as more than 1,000,000: 超过 without its 不得 (must not exceed)."""
    for text in ("不得超过100万元", "单个项目补助不得超过50万元", "不应超过万元", "不能超过3天"):
        assert parse(text).comparator is C.AT_MOST, text
    for text in ("不得低于3000元", "不应少于5个"):
        assert parse(text).comparator is C.AT_LEAST, text


def test_a_rate_keeps_a_denominator_that_is_no_head() -> None:
    """Only people, households, pupils and land leave a rate: 每个月增长2% stays monthly."""
    assert parse("每个月增长2%").per != ()
    assert parse("每次下调0.25个百分点").per != ()
    assert parse("每万人口死亡率下降3%").per == ()


def test_a_space_does_not_part_a_figure_from_zhao_zhe_or_ban() -> None:
    """糧食產量達到 1.43 兆斤 (a real page) read as 1.43 of nothing: trillions of jin."""
    for text in ("糧食產量達到 1.43 兆斤", "達到 30 兆元", "打 8 折", "一年 半", "95% 强"):
        with pytest.raises(minsheng.ParseError):
            parse(text)
    assert parse("3000人 强化服务").value == D(3000)  # 强化 is a word
    for text in ("持股 8.5% 兆豐銀行", "完成全年目标的 52% 半年任务过半", "增长 10% 折射出活力"):
        assert parse(text).unit == "%", text


def test_measures_the_registry_lacks_are_refused_or_read() -> None:
    """29微克/立方米, 约99683平方 and 8億8101萬平方公尺 lost their unit (real pages)."""
    for text in ("29微克", "约99683平方", "3000立方", "5纳米芯片"):
        with pytest.raises(minsheng.ParseError, match="a measure word minsheng does not know"):
            parse(text)
    assert (parse("8億8101萬平方公尺").value, parse("8億8101萬平方公尺").unit) == (
        D(881010000),
        "平方米",
    )
    assert parse("3公尺").unit == "米"
    assert parse("300坪").unit == "坪"  # Taiwan's floor area, read as printed (a hunt's)
    assert parse("3000平方米").unit == "平方米"
    # a concentration is registered, and an annual mean is no amount per year
    q = parse("细颗粒物年均浓度控制在29微克/立方米左右")
    assert (q.value, q.unit, q.comparator, q.per) == (D(29), "微克/立方米", C.AT_MOST, ())


def test_classifiers_of_trains_trips_and_rounds_are_read() -> None:
    """开行超1.4万列 (a real report) read as 14,000 of nothing."""
    assert [parse(t).unit for t in ("开行超1.4万列", "往返30趟", "开展3轮", "宣传500遍")] == [
        "列",
        "趟",
        "轮",
        "遍",
    ]
    assert [parse(t).unit for t in ("3万列次", "3000轮椅", "30遍布")] == ["列次", None, None]
    # 附件2 is a label, no figure (it read as a bare 2 before labels were names)
    for text in (
        "按照附件2列明的标准执行",
        "规范管理电动三轮车",
        "规范两轮电动车停放",
        "启动新一轮城市更新行动",
    ):
        with pytest.raises(minsheng.ParseError):
            parse(text)


def test_a_pollutant_is_no_figure() -> None:
    """PM2.5年均浓度 read as 2.5 years."""
    with pytest.raises(minsheng.ParseError, match="no figure found"):
        parse("PM10年均浓度")
    assert parse("PM2.5年均浓度下降5%").value == D(5)
    assert parse("pm2.5平均浓度下降8.3%").value == D("8.3")


def test_the_share_that_grew_is_no_growth() -> None:
    """增长面84.2% (the share of sectors that grew, a real report) read as a rise of 84.2 %."""
    for text in ("增长面84.2%", "下降面15%"):
        with pytest.raises(minsheng.ParseError, match="增长面 or 下降面"):
            parse(text)
    assert minsheng.parse_phrase("工业增长面达到84.2%").change is None  # reached 84.2 %
    assert minsheng.parse_phrase("增长点5个").change is None
    assert minsheng.parse_phrase("增长84.2%").change is Measure.INCREMENT
    # 面积 is area: a fall of 200,000 mu (the first fix read it as a level)
    assert minsheng.parse_phrase("减少面积20万亩").change is Measure.INCREMENT


def test_a_period_before_a_floor_or_a_revenue_is_kept() -> None:
    """月最低工资标准2740元 and the 2026 pension's 月最低标准再提高20元 lost per month."""
    for text in ("月最低工资标准2740元", "城乡居民基础养老金月最低标准再提高20元"):
        assert parse(text).per == (Per(D(1), None, "月"),), text
    assert parse("年税收达0.19亿元").per == (Per(D(1), "年"),)
    assert parse("年营业收入超亿元").per == (Per(D(1), "年"),)
    for text in ("全年收入3万元", "2025年收入3万元", "老年收入3000元"):
        assert parse(text).per == (), text
    # a total over years is no amount a year; 每年累计 is
    assert parse("十四五期间年税收收入累计1000亿元").per == ()
    assert parse("每年累计发放3000万元").per == (Per(D(1), "年"),)
    assert parse("细颗粒物(PM2.5)年均浓度下降到30以下").per == ()
    # 星期日 is Sunday: 50 on a Sunday, not 50 a day; 假期日均 is a holiday's day
    assert parse("景区星期日处理游客达50人次").per == ()
    assert parse("礼拜日处理3吨").per == ()
    assert parse("假期日均接待游客5万人次").per == (Per(D(1), "日"),)
    # 全年, 全日 are the whole year or day; 齐全 and 健全 are words that end in 全
    for text in ("功能齐全日均接待300人次", "功能齊全日均接待300人次", "机制健全年处理5000件"):
        assert len(parse(text).per) == 1, text
    for text in ("全日接待300人次", "确保全年接待300万人次", "全年处理5000件"):
        assert parse(text).per == (), text
    # the year's lowest level, the day's lowest price: no amount per year or day
    for text in ("年最低水位12.5米", "日最低价3.2元", "年最低收购价格1.19元"):
        assert parse(text).per == (), text


def test_a_rate_of_a_measure_with_a_period_is_no_rate_per_period() -> None:
    """日均客流量增长12% read as 12 % a day: the daily average grew 12 %, once."""
    for text in ("日均客流量增长12%", "月最低工资标准提高5%", "年产值增长8%", "人均月收入增长5%"):
        assert parse(text).per == (), text
    for text, per in (
        ("年均增长5%", Per(D(1), "年")),
        ("月均增长2%", Per(D(1), None, "月")),
        ("每年增长5%", Per(D(1), "年")),
    ):
        assert parse(text).per == (per,), text
    assert parse("近三年年均增长5.2%").per == (Per(D(1), "年"),)
    # adverbs between the period and the change (real plans: 年均实际增长6.5%)
    for text in ("年均实际增长6.5%", "年均复合增速15%", "年均递增8%", "年均實質增長6%"):
        assert parse(text).per == (Per(D(1), "年"),), text
    assert parse("月均环比增长2%").per == (Per(D(1), None, "月"),)
    # a day's average rises once (a real page: 比去年同期日均增长3.2%左右), and a
    # monthly average against last year's; 日均环比 is a rate a day
    for text in ("比去年同期日均增长3.2%左右", "日均增长3.2%", "比去年同期月均增长5%"):
        assert parse(text).per == (), text
    assert parse("日均环比增长1%").per == (Per(D(1), "日"),)


def test_a_change_from_last_year_without_its_word_is_refused() -> None:
    """税收同比3.7% and 非税同比-14.2% (a real analyst note) read as levels."""
    for text in ("同比3.7%", "同比-14.2%", "比上年3.7%", "较上年同期5%"):
        with pytest.raises(minsheng.ParseError, match="同比 or 比上年 with no change word"):
            parse(text)
    assert minsheng.parse_phrase("税收同比增长3.7%").change is Measure.INCREMENT
    assert parse("生活补贴按月300元标准发放").value == D(300)  # 按月: monthly


def test_renminbi_before_an_amount_is_yuan() -> None:
    """每人人民幣1.8萬 (a real page) read as 18,000 of nothing."""
    q = parse("每人人民幣1.8萬")
    assert (q.value, q.unit, q.per) == (D(18000), "元", (Per(D(1), "人"),))
    assert parse("增加人民币3000万").unit == "元"
    for text in (
        "数字人民币3.0版本上线",
        "推出数字人民币2.0",
        "人民币7.3关口",
        "第五套人民币2019版",
    ):
        try:
            quantity = parse(text)
        except minsheng.ParseError as exc:  # 3.0版本: a version, a name (an eighth hunt's)
            # (7.3关口: a threshold, refused as one since a thirteenth hunt)
            assert "a name" in str(exc) or "a bound after the figure" in str(exc), text
        else:
            assert quantity.unit != "元", text


def test_the_new_period_words_read_in_traditional_script_too() -> None:
    """城鄉居民基礎養老金月最低標準再提高20元 (a real Hong Kong page) lost per month.

    標準 was not folded to 标准: the new words were not in the vocabulary.
    """
    pairs = [
        ("城鄉居民基礎養老金月最低標準再提高20元", "城乡居民基础养老金月最低标准再提高20元"),
        ("年運送旅客500萬人次", "年运送旅客500万人次"),
        ("年營業收入超億元", "年营业收入超亿元"),
        ("年均實質增長6%", "年均实质增长6%"),
        ("年均複合增速15%", "年均复合增速15%"),
    ]
    for traditional, simplified in pairs:
        assert parse(traditional).per == parse(simplified).per != (), traditional


@pytest.mark.parametrize(
    ("text", "value", "high"),
    [
        # only the part after 亿 is in 万: 1,000,010,000,000 before
        ("一億一千多萬元", "110000000", "120000000"),
        ("两亿三千余万元", "230000000", "240000000"),
        ("一亿零五百多万元", "105000000", "106000000"),
        ("三万亿二千多亿元", "3200000000000", "3300000000000"),
        ("三千多万元", "30000000", "40000000"),
    ],
)
def test_more_than_before_a_magnitude_word_after_a_larger_one(
    text: str, value: str, high: str
) -> None:
    """衛福部補助一億一千多萬元 (a real Taiwan page) read as a million millions."""
    figure = minsheng.parse_quantity(text)
    assert (figure.value, figure.interval.high) == (D(value), D(high))
    assert figure.approximation is A.MORE_THAN


@pytest.mark.parametrize("text", ["一亿多亿元", "三亿多万元"])
def test_more_than_with_magnitudes_out_of_order_is_refused(text: str) -> None:
    with pytest.raises(minsheng.ParseError):
        minsheng.parse_quantity(text)


@pytest.mark.parametrize(
    "text", ["20.7%的大幅下滑", "超 100 萬的增長", "8.5%的增长", "3%的下降", "5%的顯著增長"]
)
def test_a_change_after_its_figure_is_refused(text: str) -> None:
    """南通港出现20.7%的大幅下滑 (a real page) read as a level of 20.7 %: it is a fall's size."""
    with pytest.raises(minsheng.ParseError, match="a change word apart from its figure"):
        parse(text)
    assert parse("实现3000万元的增加值").value == D(30000000)  # value added: no change


@pytest.mark.parametrize("text", ["-10%", "武汉(-10%)", "领跌(-31.17万)", "约-3%", "－5个"])
def test_a_minus_sign_with_no_change_word_is_refused(text: str) -> None:
    """武汉(-10%) (a real table of price changes) read as a level of -10 %, not a change."""
    with pytest.raises(minsheng.ParseError, match="a minus sign with no change word"):
        parse(text)
    assert parse("为-3.19‰").value == D("-3.19")  # 为 says a level (人口自然增长率为-3.19‰)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("涨幅前三", "the first few"),
        ("排名前三", "the first few"),
        ("日均仍保持在1200萬上方", "a bound after the figure"),
        ("保持在5%之下", "a bound after the figure"),
    ],
)
def test_a_rank_or_a_bound_minsheng_does_not_read_is_refused(text: str, match: str) -> None:
    """涨幅前三 read as a rise of 3, 1200萬上方 as exactly 12 million (real pages)."""
    with pytest.raises(minsheng.ParseError, match=match):
        parse(text)


def test_po_before_a_figure_is_more_than_it() -> None:
    """今年城镇新增就业将破1200万 (a real page) read as exactly 12 million."""
    assert parse("将破1200万").comparator is C.MORE_THAN
    assert parse("跌破6.5").comparator is C.LESS_THAN
    for text in ("降破3%", "增长破5%"):  # the change word was lost, or 破
        with pytest.raises(minsheng.ParseError, match="破 before a figure"):
            parse(text)


def test_a_denominator_said_twice_is_one() -> None:
    """人均…每人每年472公斤 (a real page) was per person, person and year."""
    figure = parse("人均糧食占有量達到每人每年472公斤")
    assert figure.per == (Per(D(1), "人"), Per(D(1), "年"))


@pytest.mark.parametrize(
    "text", ["回升20余万预热开学季", "重庆大幅回升20余万预热开学季", "增长20万预热"]
)
def test_a_change_that_takes_no_object_then_a_bare_figure_and_words_is_refused(text: str) -> None:
    """重庆大幅回升20余万预热开学季 (a real page) read as a level: the rise was lost."""
    with pytest.raises(minsheng.ParseError, match="a change that takes no object"):
        parse(text)
    assert parse("提升3万农村人口供水保障水平").value == D(30000)  # 提升 takes the people


def test_more_than_before_a_larger_magnitude_scales_the_whole() -> None:
    """A review's: 一万二千多亿元 was refused after the 一亿二千多万 fix (12,000 and more in 亿)."""
    figure = minsheng.parse_quantity("一万二千多亿元")
    assert (figure.value, figure.interval.high) == (D(12 * 10**11), D(13 * 10**11))


def test_the_square_kilometre_and_a_denominator_in_kilo_units_are_read() -> None:
    """集镇区面积1.8平方千米 (a real page) and 0.56元/千瓦时 were refused.

    km² under its standard name was not registered, and 千瓦时 after / or 每
    was read as 1000 of a 瓦时 minsheng does not know.
    """
    q = parse("集镇区面积1.8平方千米")
    assert (q.value, q.unit, q.decimals) == (D("1.8"), "平方千米", 1)
    assert minsheng.UNITS["平方千米"].factor == minsheng.UNITS["平方公里"].factor
    for text in ("0.56元/千瓦时", "每千瓦时0.56元"):
        q = parse(text)
        assert (q.value, q.unit, [(p.amount, p.unit) for p in q.per]) == (
            D("0.56"),
            "元",
            [(D(1), "千瓦时")],
        ), text
    # a place word before a word that is no unit is still an amount: per 1000 people
    assert [(p.amount, p.unit) for p in parse("每千人3张").per] == [(D(1000), "人")]
    assert [(p.amount, p.subject) for p in parse("每万人口医生30名").per] == [(D(10000), "人口")]


def test_now_before_a_daily_average_and_verbs_of_finding_are_read() -> None:
    """目前日均客运量1456人次 and 我们去年找到330公顷土地 (real pages) were refused.

    目前日均 was read as 前日 (the day before yesterday) and a 均 of nothing;
    找到 as the 到 of a change with no change word.
    """
    q = parse("目前日均客运量1456人次")
    assert (q.value, q.unit, [(p.amount, p.unit) for p in q.per]) == (
        D(1456),
        "人次",
        [(D(1), "日")],
    )
    assert [(p.amount, p.unit) for p in parse("当前日均客运量1456人次").per] == [(D(1), "日")]
    with pytest.raises(minsheng.ParseError):
        parse("前日均客运量1456人次")  # the day before yesterday's: no period
    # a diff review's: 此前日处理污水3万吨 lost its day (此前, 之前, 以前 are "before")
    for text in ("此前日处理污水3万吨", "之前日处理污水3万吨", "以前日处理污水3万吨"):
        assert [(p.amount, p.unit) for p in parse(text).per] == [(D(1), "日")], text
    assert parse("前日处理污水3万吨").per == ()  # the day before yesterday's
    for text in ("我们去年找到330公顷土地", "收到330公顷", "每户领到3000元"):
        q = parse(text)
        assert (q.value, q.comparator, q.approximation) == (
            D(330) if "330" in text else D(3000),
            None,
            A.EXACT,
        ), text
    with pytest.raises(minsheng.ParseError, match="到 or 至 with no change word"):
        parse("完成总形象进度至70%")


def test_a_hostile_audits_figures_are_refused_not_crashed_or_misread() -> None:
    """29 digits raised ValueError or InvalidOperation; 翻10番 read as 10; 0,003个 as 3."""
    for text in ("1" * 29 + ".2025年", "1" * 29 + "成", "6" * 29 + "至9成", "1" * 27 + "个"):
        with pytest.raises(minsheng.ParseError, match="more than 26 digits"):
            parse(text)
    for text in ("翻10番", "翻十番", "翻一百番", "翻了99番"):
        with pytest.raises(minsheng.ParseError, match="more than nine times"):
            parse(text)
    assert [(parse(t).value, parse(t).unit) for t in ("翻9番", "翻两番", "翻了一番")] == [
        (D(512), "倍"),
        (D(4), "倍"),
        (D(2), "倍"),
    ]
    for text in ("0,003个", "0,500个", "0 500个"):
        with pytest.raises(minsheng.ParseError):
            parse(text)
    assert [parse(t).value for t in ("1,500个", "12 500个", "0.5个")] == [
        D(1500),
        D(12500),
        D("0.5"),
    ]


def test_a_word_that_goes_on_after_a_figure_is_no_word_of_about() -> None:
    """A review's: 前后端 and 内外环 after a figure were refused as 前后 and 内外 (about)."""
    for text in ("3000人前后端", "3000个内外环", "发放3000个许可证"):
        assert parse(text).value == 3000, text


def test_a_figure_of_as_many_digits_as_a_dataset_value_reads_exactly() -> None:
    """Regression: a dataset's value may have 26 digits, and its phrase was refused at 24."""
    q = parse("12345678901234567890.123456元")
    assert q.value == D("12345678901234567890.123456")
    half = D("0.0000005")  # decimals are printed, so rounded: a digit more, exact
    assert (q.interval.low, q.interval.high) == (q.value - half, q.value + half)
    more = parse("9" * 20 + "余个")
    assert more.interval.high == D(10**20)  # a digit more, exact
    rounded = parse("1234567890123456.789012万元")
    assert rounded.value == D("12345678901234567890.12")
    assert rounded.interval.high - rounded.interval.low == D("0.01")


def test_as_high_as_gives_the_figure_itself() -> None:
    """高达 and 多达 say "as high (many) as": the figure reached, where 达 alone is at least.

    满意度高达95% read as at least 95 %, so that an outcome printed as a level
    was a bound of one.
    """
    for text in ("满意度高达95%", "客流高达35万人次", "多达3000人", "客流高達35萬人次"):
        assert parse(text).comparator is None, text
    # a pledge's 达 and 达到 still bound; after a change word or a comparative,
    # the words are read as before
    for text in ("达95%", "达到95%", "提高达95%", "较高达95%"):
        assert parse(text).comparator is C.AT_LEAST, text
    for text in ("最高达95%", "最多达3000人"):
        with pytest.raises(minsheng.ParseError):
            parse(text)


def test_a_comparator_of_a_pace_or_standard_bounds_no_count() -> None:
    """A count of the things that meet a pace or a standard (a hunt's).

    达到序时进度44项 (www.xuancheng.gov.cn) read as at least 44, and
    未达到序时进度11项 as fewer than 11: the projects that reach the planned
    pace, or do not, number 44 and 11.  The parser refuses them, and the scan
    finds the counts alone, exact.
    """
    for text in ("达到序时进度44项", "未达到序时进度11项", "达到国家一级标准河段15个"):
        with pytest.raises(minsheng.ParseError, match="does not bound the figure"):
            parse(text)
    found = minsheng.find_quantities("达到序时进度44项、占比80.0%。未达到序时进度11项。")
    assert [(f.phrase, f.reading and f.reading.figure.comparator) for f in found] == [
        ("44项", None),
        ("80.0%", None),
        ("11项", None),
    ]
    # a multiple, a rate or a share of a standard is bounded, and a count in a place
    assert parse("不低于当地低保标准的1.3倍").comparator is C.AT_LEAST
    assert parse("达到国家标准的95%").comparator is C.AT_LEAST
    assert parse("不少于全市3000个").comparator is C.AT_LEAST


def test_about_before_a_comparison_or_a_modal_and_a_change_is_the_figures() -> None:
    """约 was dropped where words stood between it and the change word (a hunt's).

    約較上年同月減少12萬人 (news01.legend-clean.com.tw) read as exactly
    120,000, and so did 约同比增长5%, 约可减少3万吨 and 约将增加3000人.
    """
    for text in (
        "约较上年同月减少12万人",
        "約較上年同月減少12萬人",
        "约同比增长5%",
        "约比上年增加3000人",
        "约可减少3万吨",
        "每年约可减少3万吨",
        "约将增加3000人",
        "约减少碳排放3万吨",
    ):
        assert parse(text).approximation is A.ABOUT, text
    # 约 before another verb is refused, as 大约 was: about, or over the words?
    for text in ("约惠及3万人", "约需投资5亿元", "约可提供学位3000个", "约新增3000个"):
        with pytest.raises(minsheng.ParseError, match="governs no figure"):
            parse(text)
    # 签约, 节约 and 约谈 are words of their own
    for text in ("签约可增加3000人", "节约资金3000万元", "约谈企业30家"):
        assert parse(text).approximation is A.EXACT, text


def test_a_change_word_with_a_de_in_its_object_is_refused_before_no_count() -> None:
    """減少…穩定新症的輪候時間10% (hk.epochtimes.com, a hunt's) read as a plain 10 %.

    The fall is of the waiting time, by 10 %; but 的 may also end a clause
    (增加就业岗位的企业300家: the firms, 300), so before a figure that counts
    no things the parser refuses, and the scan finds the phrase whole.
    """
    for text in ("减少门诊患者的等候时间30%", "提高城乡居民的收入10%", "减少群众的等候时间30分钟"):
        with pytest.raises(minsheng.ParseError, match="object with 的"):
            parse(text)
    assert parse("增加就业岗位的企业300家").value == D(300)
    assert minsheng.parse_phrase("增加就业岗位的企业300家").change is None
    found = minsheng.find_quantities("减少门诊患者的等候时间30%。")
    assert [(f.phrase, f.reading) for f in found] == [("减少门诊患者的等候时间30%", None)]


def test_a_margin_over_a_target_is_refused() -> None:
    """超年度目标200个 and 超额完成年度目标任务200个 (a hunt's) read as 200个.

    Each is 200 over the target, a margin, as 超任务17元 is.  超额完成40所的
    年度目标任务 names the target beaten, which the outcome is more than (an
    eleventh hunt's 超额完成175亿元市定目标 read as exactly 175亿元): refused too.
    """
    for text in (
        "超年度目标200个",
        "超額完成年度目標任務200個",
        "超额完成年度目标任务200个",
        "超额完成40所的年度目标任务",
        "固定资产投资超额完成175亿元市定目标",
    ):
        with pytest.raises(minsheng.ParseError, match="does not bound"):
            parse(text)
    assert parse("超额完成任务的已有10项").value == D(10)


def test_zhibi_is_about() -> None:
    """直逼3000人 (pressing close to 3000) read as exactly 3000, where 逼近 is about."""
    assert parse("直逼3000人").approximation is A.ABOUT
    assert parse("逼近3000人").approximation is A.ABOUT


def test_what_a_review_of_the_days_parser_rules_found() -> None:
    """A standard's amount is bounded; 调高达 is a change; 约 of a word is no about."""
    assert parse("养老床位达到省定标准3000张").comparator is C.AT_LEAST
    assert parse("每千人口拥有3岁以下婴幼儿托位数达到国家标准4.5个").comparator is C.AT_LEAST
    assert minsheng.parse_phrase("将最低工资标准调高达2000元").change is not None
    for text in ("新增网约车3000辆", "合约金额3000万元", "依约支付补偿款3000万元"):
        assert parse(text).approximation is A.EXACT, text


def test_what_a_sixth_hunt_found_misread_is_refused_or_read() -> None:
    """Measures dropped, visits read as things, and 调至 (a hunt of plans and standards).

    新增墓穴10000穴 (zjxc.gov.cn) and 公交站台10对 (m.yybnet.net) read as bare
    numbers, and 检查餐饮服务单位4家次 (m.fqjz1.com) as 4家: refused now.
    由每人每月420元调至660元 (ligwcap.com) read as a bare 660元: a change to it.
    """
    measures = ("新增墓穴10000穴", "改扩建城区公交站台10对", "改擴建城區公交站台10對", "新增3000組")
    for text in measures:
        with pytest.raises(minsheng.ParseError, match="measure word"):
            parse(text)
    for text in ("检查餐饮服务单位4家次", "4件次", "3000辆次"):
        with pytest.raises(minsheng.ParseError, match="unit made of two"):
            parse(text)
    for text, unit in (("500人次", "人次"), ("300户次", "户次"), ("3000台次", "台次")):
        assert parse(text).unit == unit
    reading = minsheng.parse_phrase("由每人每月420元调至660元")
    assert (reading.figure.value, reading.change) == (D(660), Measure.LEVEL)
    assert [b.value for b in reading.baselines] == [D(420)]
    # words that begin as these measures do are words
    assert parse("一对一帮扶3000人").value == D(3000)
    assert parse("调研3000户").value == D(3000)


def test_a_figure_after_cong_with_no_change_is_refused() -> None:
    """人均经费已从当初2009年的15元实现翻番 (a sixth hunt's) gave 15 元 a person, a level.

    15 元 is where it started; the change (翻番) follows, outside the phrase.
    """
    for text in ("人均经费已从当初2009年的15元", "从15元"):
        with pytest.raises(minsheng.ParseError, match="starting figure"):
            parse(text)
    found = minsheng.find_quantities("人均经费已从当初2009年的15元实现翻番。")
    assert [f.reading for f in found] == [None]
    # 从 as "since", a word or an adverb; 从…起 (from it up); 从…到 (a change)
    for text in ("从2009年起累计3000人", "从业人员的3000人", "从严控制在3000人", "从中选出3000人"):
        assert parse(text).value == D(3000), text
    assert parse("从15元起").comparator is C.AT_LEAST
    assert minsheng.parse_phrase("从3000人提高到5000人").change is Measure.LEVEL


def test_yajian_caps_and_a_peak_bounds_nothing() -> None:
    """Two of a sixth hunt's: a cap, and a peak.

    压减到28个工作日 had no cap where 压缩到1.5天 had one; 将达到峰值215万人 read
    as at least 2,150,000 (a peak reached, as 最高达 is).
    """
    for text in ("压减到28个工作日", "压减至11.7个工作日", "压缩到1.5天"):
        assert parse(text).comparator is C.AT_MOST, text
    with pytest.raises(minsheng.ParseError, match="does not bound"):
        parse("将达到峰值215万人")


def test_a_period_before_a_largest_capacity_is_kept() -> None:
    """日最大处理量280吨 (hd.hebei.com.cn, a sixth hunt's) lost its day; 日处理量 kept it."""
    for text in ("日最大处理量280吨", "日最大供水量20万吨", "年最大接待量300万人次"):
        assert [p.unit for p in parse(text).per] == [text[0]], text


@pytest.mark.parametrize(
    "text",
    [
        "单日最大供水量30万吨",
        "单日接待游客5万人次",
        "单日客流量突破10万人次",
        "单月发放3000元",
        "單日最大供水量30萬噸",
    ],
)
def test_one_days_figure_is_refused(text: str) -> None:
    """单日最大供水量30万吨 (left by a sixth hunt) read as a total of 30万吨.

    One day's figure is a peak or a capacity: neither a total nor a rate per day.
    """
    with pytest.raises(minsheng.ParseError, match=r"^单日 or 单月 before a figure"):
        parse(text)
    (found,) = minsheng.find_quantities(f"全市{text}。")
    assert (found.phrase, found.reading) == (text, None)


@pytest.mark.parametrize("text", ["每年以3.3%递增", "实现3.3%增长", "保持6%增长", "3%下降"])
def test_a_change_right_after_a_rate_is_refused(text: str) -> None:
    """每年以3.3%递增 (left by a sixth hunt) read as a level of 3.3 % a year.

    The rate is the size of a change the parser does not read after its
    figure: refused, as 3.3%的速度递增 already was.
    """
    with pytest.raises(minsheng.ParseError, match=r"^a change word apart from its figure"):
        parse(text)


def test_a_verb_or_a_rates_name_after_a_rate_is_no_change_of_it() -> None:
    """5%增加收入 (a verb with its object) and 5%增长率 keep their readings."""
    assert parse("提高5%增加收入").value == 5
    assert parse("5%增长率").value == 5


@pytest.mark.parametrize("text", ["56人以上大班额", "消除56人以上“大班额”", "66人及以上的超大班額"])
def test_a_size_that_names_a_class_is_refused(text: str) -> None:
    """56人以上大班额 (left by a sixth hunt) read as at least 56 people.

    It names a kind of class, those of 56 pupils or more: no count of anything.
    """
    with pytest.raises(minsheng.ParseError, match="a size that names a class"):
        parse(text)


def test_a_change_of_one_days_figure_and_words_that_end_in_dan_read() -> None:
    """单日客流量增长5% is a change of it; 简单日常 and 清单月报 hold no 单日."""
    assert parse("单日客流量增长5%").value == 5
    assert parse("简单日常维护3000次").value == 3000
    assert parse("清单月报30份").value == 30


def test_a_place_after_mei_that_a_noun_of_what_it_holds_follows_is_refused() -> None:
    """每个村卫生室补助2万元 read as per village, and 每个村民小组配备1名 as per villager.

    They count clinics and groups (a sixth hunt's); 每个村补助2万元 is per village.
    """
    for text in ("每个村卫生室补助2万元", "每个村民小组配备1名", "每个社区食堂补助5万元"):
        with pytest.raises(minsheng.ParseError, match="noun runs on"):
            parse(text)
    assert [p.subject for p in parse("每个村补助2万元").per] == ["村"]
    assert [p.subject for p in parse("每个社区配备2名").per] == ["社区"]


def test_diao_in_other_words_is_no_change_to_a_level() -> None:
    """协调到位资金3000万元 read as a change to a level (a review's): 协调 is no 调至."""
    for text in ("协调到位资金3000万元", "抽调至专班干部50名"):
        assert minsheng.parse_phrase(text).change is None, text
    assert parse("超过峰值3000人").comparator is C.MORE_THAN


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("确保不少于3000个", ">="),
        ("确保新增学位不少于3000个", ">="),
        ("确保离校未就业高校毕业生帮扶就业率不低于90%", ">="),
        ("就业率确保不低于90%", ">="),
        ("确保不超过5%", "<="),
        ("确保控制在5%以内", "<="),
        ("確保不少於3000個", ">="),
    ],
)
def test_ensure_before_the_word_that_bounds_the_figure_is_no_second_bound(
    text: str, comparator: str
) -> None:
    """确保不少于3000个 (a newcomer's trial) was refused: "a comparator … that governs no figure".

    确保 (ensure) is at least on its own (确保3000个); before 不少于 or 不超过
    that word bounds the figure, and draft had dropped the target.
    """
    quantity = parse(text)
    assert quantity.comparator is not None
    assert quantity.comparator.value == comparator
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is not None


@pytest.mark.parametrize("text", ["本港失业率连跌9个月", "連跌9個月", "连降3年", "连涨6个月"])
def test_a_streak_before_a_time_is_refused(text: str) -> None:
    """连跌9个月 (a seventh hunt's, orientaldaily.on.cc) read as a fall of nine months.

    It falls for nine months, by an amount unsaid, as 连续下滑5个月 does.
    """
    with pytest.raises(minsheng.ParseError, match="a change before a time"):
        parse(text)
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is None
    assert found.phrase.endswith(("个月", "個月", "年"))


def test_a_streak_of_a_rate_and_words_that_end_in_lian_read() -> None:
    """连跌3% is a fall of 3 %; 关连 and 接连 are words, not a streak."""
    assert parse("连跌3%").value == 3
    assert [f.phrase for f in minsheng.find_quantities("关连增长5%，接连增加3000人。")] == [
        "增长5%",
        "增加3000人",
    ]


@pytest.mark.parametrize(
    "text", ["全年经济录得2.5%的温和增长", "全年經濟錄得2.5%的溫和增長", "5%的平稳增长"]
)
def test_a_change_that_an_adjective_qualifies_after_its_figure_is_refused(text: str) -> None:
    """2.5%的溫和增長 (a seventh hunt's, news.now.com) read as a level of 2.5 %."""
    with pytest.raises(minsheng.ParseError, match="a change word apart from its figure"):
        parse(text)


@pytest.mark.parametrize(
    ("text", "change"), [("全年仍維持在 5% 左右", None), ("增长 5% 左右", "increment")]
)
def test_about_after_a_space_is_read(text: str, change: str | None) -> None:
    """維持在 5% 左右 (a seventh hunt's, news.cnyes.com) was found as exactly 5 %."""
    reading = minsheng.parse_phrase(text)
    assert reading.figure.approximation is minsheng.Approximation.ABOUT
    assert (reading.change and reading.change.value) == change
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is not None
    assert found.reading.figure.approximation is minsheng.Approximation.ABOUT


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("低保月标准提高到700元", "月"),
        ("城市低保月标准达到800元", "月"),
        ("农村低保年标准提高到8000元", "年"),
        ("孤儿基本生活费月标准提高到1800元", "月"),
        ("年分散供养标准达2640元以上", "年"),
        ("月养老金3000元", "月"),
        ("月租3000元", "月"),
    ],
)
def test_a_period_before_a_standard_or_an_allowance_is_kept(text: str, period: str) -> None:
    """低保月标准提高到700元 (a seventh hunt's, after tjj.hunan.gov.cn) lost its month."""
    assert [p.unit or p.subject for p in parse(text).per] == [period]


@pytest.mark.parametrize(
    "text",
    ["年度标准3000元", "2025年标准3000元", "全年补贴3000元", "老年补贴300元", "月租赁3000套"],
)
def test_a_year_that_is_no_period_keeps_no_denominator(text: str) -> None:
    """年度, a date, 全年, 老年 and 租赁 name no period of the figure."""
    assert parse(text).per == ()


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("每个幼儿园配备1名保健医", "幼儿园"),
        ("每个行政村补助5万元", "行政村"),
        ("每个小区配备1名", "小区"),
        ("每千名户籍老人拥有养老床位数达到40张", "户籍老人"),
        ("每个工作日处理300件", "工作日"),
    ],
)
def test_a_denominator_keeps_its_whole_noun(text: str, subject: str) -> None:
    """每个幼儿园 read as per young child, 每个行政村 as per 个 (a seventh hunt's)."""
    (per,) = parse(text).per
    assert per.subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "每个家庭医生团队签约不超过2000人",
        "每个家庭农场补助3万元",
        "每个村级综合服务中心补助5万元",
        "每个学校食堂补助2万元",
        "每個學校食堂補助2萬元",
    ],
)
def test_a_denominator_whose_noun_runs_on_is_refused(text: str) -> None:
    """每个家庭医生团队 read as per household, 每个学校食堂 as per school (a seventh hunt's)."""
    with pytest.raises(minsheng.ParseError, match="denominator"):
        parse(text)


@pytest.mark.parametrize("text", ["年平均增长5%", "全市居民收入年平均增长5%", "年平均增長5%"])
def test_a_years_average_change_is_a_rate_a_year(text: str) -> None:
    """年平均增长5% (a seventh hunt's) read as one rise of 5 %; it is 5 % a year, as 年均增长."""
    quantity = parse(text)
    assert [p.unit or p.subject for p in quantity.per] == ["年"]
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is not None
    assert found.reading.figure.per == quantity.per


def test_an_average_that_is_no_change_keeps_no_year() -> None:
    """平均增长5% names no period, and 年平均气温 is no change.

    (平均增长5% is refused: each year's average, or of several?)
    """
    with pytest.raises(minsheng.ParseError, match="平均 before a change"):
        parse("平均增长5%")
    with pytest.raises(minsheng.ParseError):
        parse("年平均气温20度")


@pytest.mark.parametrize(
    "text", ["平均每日成交额增加26%", "每日访问量下降10%", "每月平均工资增长5%"]
)
def test_a_days_measure_that_rose_once_keeps_no_day(text: str) -> None:
    """平均每日成交額增加26% (a seventh hunt's, news.now.com) read as 26 % a day.

    The day's turnover rose 26 %, once, as 日均客流量增长12% does.
    """
    assert parse(text).per == ()


@pytest.mark.parametrize("text", ["每年城乡居民收入增长5%", "每日增长3%", "每月环比增长2%"])
def test_a_rate_each_period_keeps_its_period(text: str) -> None:
    """每年…增长5% is each year's rise; 每日增长3% the rate's own day."""
    assert len(parse(text).per) == 1


@pytest.mark.parametrize(
    "text", ["削减政府经常开支7%", "累計削減政府經常開支7%", "削减一般性支出5%"]
)
def test_xue_jian_with_its_object_is_a_fall(text: str) -> None:
    """削減政府經常開支7% (a seventh hunt's, news.now.com) read as a plain 7 %."""
    reading = minsheng.parse_phrase(text)
    assert (reading.change, reading.direction) == (
        minsheng.Measure.INCREMENT,
        minsheng.Direction.LOWER,
    )


def test_a_change_across_a_long_object_with_de_is_refused() -> None:
    """增加「一帶一路獎學金」的名額五成 (a seventh hunt's) read as a plain 50 %.

    Without 的 its object is too long to say: no safer than a short one.
    """
    with pytest.raises(minsheng.ParseError, match="its object with 的"):
        parse("增加「一帶一路獎學金」的名額五成")
    assert parse("增加就业岗位的企业300家").value == 300  # a count: the firms


@pytest.mark.parametrize(
    "text", ["小時最低工資標準調整為17.3元", "小时最低工资标准调整为17.3元", "时薪由40元增至42.1元"]
)
def test_an_hours_wage_is_per_hour(text: str) -> None:
    """小時最低工資標準調整為17.3元 (a seventh hunt's, Hong Kong) read as a plain 17.3 元."""
    assert [p.unit or p.subject for p in parse(text).per] == ["小时"]


def test_hours_that_name_no_wage_keep_no_denominator() -> None:
    """24小时 is a figure of hours; 同时薪酬 is 同时 (meanwhile) and 薪酬."""
    assert parse("24小时").per == ()
    assert parse("同时薪酬增长5%").per == ()


@pytest.mark.parametrize(
    "text", ["中小学校劳动教育课每周不少于1课时", "培训不少于40課時", "每年不少于90学分"]
)
def test_hours_of_teaching_and_credits_are_refused(text: str) -> None:
    """每周不少于1课时 (a seventh hunt's, xschu.com) read as 1 a week, with no unit.

    课时 and 学分 are refused, as 学时 was: measures the unit registry does not hold.
    """
    with pytest.raises(minsheng.ParseError, match="a measure word minsheng does not know"):
        parse(text)


@pytest.mark.parametrize("text", ["装机300MW光伏项目", "配备120kW快充桩", "建设3000m绿道"])
def test_latin_letters_right_after_a_figure_are_refused(text: str) -> None:
    """A review's: the abbreviation rule had read 300MW as a bare 300, its unit dropped."""
    with pytest.raises(minsheng.ParseError, match="unexpected text after the figure"):
        parse(text)


@pytest.mark.parametrize(
    "text", ["每月平均增长2%", "每月稳步增长2%", "每月较上月增长2%", "每日成交额每日增长2%"]
)
def test_each_period_before_a_change_is_the_rates(text: str) -> None:
    """A review's: 每月平均增长2% is 2 % a month, not a noun's period."""
    assert len(parse(text).per) == 1


def test_review_guards_of_the_seventh_hunts_rules() -> None:
    """What a review found the first versions of the rules caught besides their cases."""
    # 三甲 and 五保 are words, no second digit of the share
    assert [f.phrase for f in minsheng.find_quantities("七成三甲医院，超过5成五保户。")] == [
        "七成",
        "超过5成",
    ]
    assert parse("年标准化考场100个").per == ()  # 标准化 is no 标准
    assert parse("日租车辆300辆").per == ()
    assert parse("双休日补贴100元").per == ()
    # 单日 well before the figure is no one day's figure (the year's total)
    assert parse("在单日接待量创新高的同时全年接待游客500万人次").value == 5000000


def test_latin_letters_after_a_figure_with_its_unit_are_subject_words() -> None:
    """3000个AI场景 and 投资5亿元建设EPC项目: the figure has its unit; the letters name things."""
    assert parse("3000个AI场景").value == 3000
    assert parse("投资5亿元建设EPC项目").value == 500000000


@pytest.mark.parametrize("text", ["由現時的3000元大幅提高", "由3000元提高", "从3000元增加"])
def test_a_starting_figure_with_the_change_after_it_is_refused(text: str) -> None:
    """由現時的3000元大幅提高 (a seventh hunt's probe) read as a level of 3000 元."""
    with pytest.raises(minsheng.ParseError, match="a starting figure"):
        parse(text)
    (found,) = minsheng.find_quantities(f"补贴{text}。")
    assert (found.phrase, found.reading) == (text, None)


def test_a_starting_figure_that_reaches_a_level_or_a_source_reads() -> None:
    """由3000元提高到5000元 reaches a level; 由政府补助3000元 names who pays; 由于 is because."""
    assert parse("由3000元提高到5000元").value == 5000
    assert [f.phrase for f in minsheng.find_quantities("由3000元大幅提高至5000元。")] == [
        "由3000元大幅提高至5000元"
    ]
    assert parse("由政府补助3000元").value == 3000
    assert parse("由于投入3000万元增加就业").value == 30000000
