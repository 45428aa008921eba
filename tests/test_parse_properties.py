"""Properties of the parser: rendered figures read back; any text reads right or is refused."""

from __future__ import annotations

import re
from decimal import Decimal

import opencc
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

import minsheng
from minsheng import Approximation as A
from minsheng import Comparator as C
from minsheng import Direction, Measure, Per
from minsheng._script import TRADITIONAL

_S2T = opencc.OpenCC("s2t")
_DIGITS = "零一二三四五六七八九"
_MAGNITUDES = {0: "", 2: "百", 3: "千", 4: "万", 8: "亿", 12: "万亿"}
_PREFIXES = {C.AT_LEAST: "不少于", C.MORE_THAN: "超过", C.AT_MOST: "不超过", C.LESS_THAN: "低于"}
_SUFFIXES = {C.AT_LEAST: "以上", C.AT_MOST: "以内"}
_UNITS = ["个", "所", "名", "人次", "户", "元", "公里", "小时", "吨", "张", "条", "项", "个工作日"]
_FULL_WIDTH = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def chinese(n: int, *, liang: bool = False) -> str:
    """The slow reference: 0 < n < 10**4 in standard Chinese numerals (一千零五, 十五)."""
    assert 0 < n < 10**4
    out = ""
    zero = False
    for power, word in ((3, "千"), (2, "百"), (1, "十"), (0, "")):
        digit = n // 10**power % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        if power == 1 and digit == 1 and not out:
            out += "十"
            continue
        name = "两" if liang and digit == 2 and power >= 2 else _DIGITS[digit]
        out += name + word
    return out


@st.composite
def rendered(draw: st.DrawFn) -> tuple[str, dict[str, object]]:  # noqa: PLR0915 - every form
    """A structured figure and its text, in either script, any digits, optional spaces."""
    unit = draw(st.sampled_from([*_UNITS, "%"]))
    percent = unit == "%"
    arabic = draw(st.booleans())
    if arabic:
        whole = draw(st.integers(1, 99_999))
        decimals = draw(st.integers(0, 2))
        fraction = draw(st.integers(0, 10**decimals - 1)) if decimals else 0
        mantissa = Decimal(whole) + Decimal(fraction).scaleb(-decimals)
        mantissa = mantissa.quantize(Decimal(1).scaleb(-decimals))
        multiplier = 0 if percent else draw(st.sampled_from([0, 3, 4, 8]))
        if multiplier == 3 and whole >= 10:
            multiplier = 4
        grouped = draw(st.booleans()) and whole >= 1000 and not multiplier
        number = f"{mantissa:,}" if grouped else f"{mantissa}"
        if draw(st.booleans()):
            number = number.translate(_FULL_WIDTH)
        value = mantissa.scaleb(multiplier)
    else:
        decimals = 0
        whole = draw(st.integers(1, 9_999))
        magnitude = 0 if percent else draw(st.sampled_from([0, 4, 8]))
        number = chinese(whole, liang=draw(st.booleans()))
        if magnitude:
            multiplier = magnitude
        elif re.fullmatch("[一二两三四五六七八九][千百]", number):
            multiplier = 3 if number.endswith("千") else 2
        else:
            multiplier = 0
        value = Decimal(whole).scaleb(magnitude)
        mantissa = Decimal(whole)
    qualifier = draw(
        st.sampled_from(["", "more", "about-prefix", "about-suffix", "prefix", "suffix"])
    )
    comparator = None
    approximation = A.ROUNDED if decimals else A.EXACT
    if qualifier == "more" and not decimals and not percent:
        approximation = A.MORE_THAN
    elif qualifier.startswith("about"):
        approximation = A.ABOUT
    elif qualifier in ("prefix", "suffix"):
        choices = _PREFIXES if qualifier == "prefix" else _SUFFIXES
        comparator = draw(st.sampled_from(sorted(choices, key=lambda c: c.value)))
    else:
        qualifier = ""
    space = " " if draw(st.booleans()) else ""
    magnitude_word = _MAGNITUDES[multiplier] if arabic or multiplier not in (2, 3) else ""
    if not arabic and multiplier in (4, 8):
        magnitude_word = _MAGNITUDES[multiplier]
    more = "余" if qualifier == "more" and approximation is A.MORE_THAN else ""
    text = number + (more + magnitude_word if magnitude_word else "") + space + unit
    if more and not magnitude_word:
        text = number + more + space + unit
    per: tuple[Per, ...] = ()
    denominator = "" if percent else draw(st.sampled_from(["", "/人", "每人", "每千人口"]))
    if denominator == "/人":
        text += "/人"
        per = (Per(Decimal(1), "人"),)
    if qualifier == "suffix":
        text += _SUFFIXES[comparator]  # type: ignore[index]
    if qualifier == "about-suffix":
        text += "左右"
    if qualifier == "prefix":
        text = _PREFIXES[comparator] + space + text  # type: ignore[index]
    if qualifier == "about-prefix":
        text = "约" + text
    if denominator.startswith("每"):
        text = denominator + "托位" + text
        amount = Decimal(1000) if denominator == "每千人口" else Decimal(1)
        per = (Per(amount, None, "人口") if amount > 1 else Per(amount, "人"),)
    elif draw(st.booleans()):
        text = "新增学位" + text
    if draw(st.booleans()):
        text = _S2T.convert(text)
    expected = {
        "value": value,
        "multiplier": multiplier,
        "decimals": decimals,
        "approximation": approximation,
        "comparator": comparator,
        "unit": unit,
        "per": per,
    }
    return text, expected


@given(rendered())
def test_rendered_figures_read_back(case: tuple[str, dict[str, object]]) -> None:
    """A figure rendered into text, in any of its printed forms, parses to the same structure."""
    text, expected = case
    q = minsheng.parse_quantity(text)
    got = {
        "value": q.value,
        "multiplier": q.multiplier,
        "decimals": q.decimals,
        "approximation": q.approximation,
        "comparator": q.comparator,
        "unit": q.unit,
        "per": q.per,
    }
    assert got == expected, text


_VOCABULARY = (
    "0123456789０１２.,，%％ 一二两兩三四五六七八九十百千万萬亿億零〇○廿卅点點余餘多约約近"
    "左右以上下内內不少于於超过過达達到至每人个個元名户戶年月成分之番翻倍—-~由从從提高降增加"
    "减減为為及百分学位新的−负負"
)
_CHANGE_WORDS = {
    (Measure.INCREMENT, Direction.HIGHER): "增加",
    (Measure.INCREMENT, Direction.LOWER): "减少",
    (Measure.LEVEL, Direction.HIGHER): "提高到",
    (Measure.LEVEL, Direction.LOWER): "缩减至",
    (Measure.LEVEL, None): "调整为",
}


def _number(value: Decimal, multiplier: int, decimals: int) -> str:
    mantissa = value.scaleb(-multiplier).quantize(Decimal(1).scaleb(-decimals))
    return f"{mantissa:f}"


def render(reading: minsheng.Reading) -> str:
    """Write a reading back as plain simplified text with Arabic digits."""
    q = reading.figure
    text = _number(q.value, q.multiplier, q.decimals)
    if q.approximation is A.MORE_THAN:
        text += "余"
    text += _MAGNITUDES[q.multiplier]
    if q.upper is not None:
        text += "—" + _number(q.upper, q.multiplier, q.decimals) + _MAGNITUDES[q.multiplier]
    text += q.unit or ""
    if q.approximation is A.ABOUT:
        text = "约" + text
    if q.comparator is not None:
        text = _PREFIXES[q.comparator] + text
    if reading.change is not None:
        text = _CHANGE_WORDS[reading.change, reading.direction] + text
    elif q.value < 0 and q.comparator is None:
        text = "为" + text  # a level below zero says so (为-1); a bare -1 is refused
    for per in reversed(q.per):
        amount = "" if per.amount == 1 else f"{per.amount:f}"
        text = f"每{amount}{per.unit or ''}{per.subject or ''}" + text
    if reading.baselines:
        starts = "、".join(
            _number(b.value, b.multiplier, b.decimals) + _MAGNITUDES[b.multiplier] + (b.unit or "")
            for b in reading.baselines
        )
        text = "由" + starts + text
    return text


def _content(reading: minsheng.Reading) -> tuple[object, ...]:
    q = reading.figure
    return (
        q.value, q.upper, q.unit, q.multiplier, q.decimals, q.comparator, sorted(map(repr, q.per)),
        q.approximation if q.approximation in (A.MORE_THAN, A.ABOUT) else None,
        [(b.value, b.unit) for b in reading.baselines],
        reading.change, reading.direction,
    )  # fmt: skip


_SIMPLE = re.compile(
    r"(?P<prefix>不少于|超过|不超过|低于)? *(?P<about>约)?(?P<number>[-−]?[0-9]+(?:\.[0-9]+)?)"
    r"(?P<more>余)?(?P<magnitude>万|亿)? *(?P<unit>个|人|元|名|户|年|%)(?P<suffix>以上|以下)?"
)
_REFERENCE_COMPARATORS = {"不少于": C.AT_LEAST, "超过": C.MORE_THAN, "不超过": C.AT_MOST,
                          "低于": C.LESS_THAN, "以上": C.AT_LEAST, "以下": C.AT_MOST}  # fmt: skip


def _reference(text: str) -> Decimal | None:
    """The slow reference for the simplest phrases: the value, computed independently."""
    folded = text.translate(str.maketrans("０１２％，", "012%,")).replace("於", "于")
    folded = folded.replace("過", "过").replace("萬", "万").replace("億", "亿").replace("餘", "余")
    folded = folded.replace("個", "个").replace("約", "约").replace("戶", "户")
    match = _SIMPLE.fullmatch(folded)
    if match is None:
        return None
    power = {"万": 4, "亿": 8, None: 0}[match.group("magnitude")]
    return Decimal(match.group("number").replace("−", "-")).scaleb(power)


# fmt: off
_TOKENS = [
    "不少于", "不少於", "超过", "超過", "不超过", "低于", "達到", "达", "约", "約", "近",
    "大约", "3000", "5100", "19.78", "０．５", "1,200", "25 000", "4", "12", "三千", "十九",
    "兩", "二〇二五", "廿", "十", "一百零五", "五", "万", "萬", "亿", "億", "千", "百", "余",
    "餘", "多", "左右", "上下", "个", "個", "名", "人", "人次", "元", "%", "％", "个百分点",
    "個百分點", "‰", "成", "倍", "翻一番", "以上", "以下", "以内", "內", "每人", "每千人口",
    "每年", "/人", "人均", "由", "从", "從", "提高到", "降至", "增长", "下降", "增加", "新增",
    "调整为", "、", "—", "至", "到", "学位", "的", "年", "月", "分之", "百分之", " ",
    "-", "−", "－", "负", "负增长", "减负", "未超过", "没有超过", "未满", "最少", "不止",
    "不是", "非", "几", "幾", "来", "强", "弱", "差不多", "签约", "最高", "最高可达", "之内",
    "工作日内", "内", "办结", "数", "半", "折", "的", "平均", "上年", "增值税", "人次",
]
# fmt: on


@given(
    st.text(st.sampled_from(_VOCABULARY), max_size=24)
    | st.lists(st.sampled_from(_TOKENS), max_size=7).map("".join)
)
@example("為-1")  # a level below zero: rendered as -1, which is refused, it failed once
def test_any_text_reads_consistently_or_is_refused(text: str) -> None:
    """Mixed-script text parses to a reading that re-renders to itself, or raises ParseError."""
    try:
        reading = minsheng.parse_phrase(text)
    except minsheng.ParseError as exc:
        assert 0 <= exc.position <= len(text)
        assert len(str(exc)) < 200
        return
    q = reading.figure
    assert q.interval.low <= q.value <= q.interval.high
    assert q.phrase == text
    reference = _reference(text)
    if reference is not None:
        assert q.value == reference, text
    # 8万8千 is 88000 printed in thousands (7万7百 in hundreds): render would
    # write 88千, which no one prints and the parser refuses
    assume(not (q.multiplier in (2, 3) and q.value.scaleb(-q.multiplier) >= 10))
    again = render(reading)
    assume(again != text)
    assert _content(minsheng.parse_phrase(again)) == _content(reading), (text, again)


@given(st.text(st.sampled_from(sorted(TRADITIONAL) + list("0123456789 万个")), max_size=20))
def test_traditional_vocabulary_is_never_skipped(text: str) -> None:
    """Text of traditional vocabulary reads as its OpenCC simplification does, or is refused."""
    simplified = opencc.OpenCC("t2s").convert(text)
    assume(len(simplified) == len(text))
    try:
        reading = minsheng.parse_phrase(text)
    except minsheng.ParseError:
        return
    assert _content(reading) == _content(minsheng.parse_phrase(simplified))


_NUMERALS = "零一二三四五六七八九"


@given(
    st.integers(1, 9),
    st.integers(1, 9),
    st.sampled_from([("百", 2), ("千", 3)]),
    st.sampled_from([("万", 4), ("亿", 8)]),
    st.sampled_from(["元", "人", "个"]),
    st.booleans(),
)
def test_a_place_and_a_magnitude_read_or_are_refused(
    a: int, b: int, place: tuple[str, int], big: tuple[str, int], unit: str, chinese: bool
) -> None:
    """3千万元 is 3·10⁷ in digits and characters; a range to it from a bare number is refused.

    A review found 3—5千万元 read as 30,000 to 50,000,000 (the 3 scaled by 万
    alone), and 3多千万元 read as an exact 30,000,000.
    """
    (p, p_power), (m, m_power) = place, big

    def spelt(n: int) -> str:
        return _NUMERALS[n] if chinese else str(n)

    q = minsheng.parse_quantity(f"{spelt(a)}{p}{m}{unit}")
    assert (q.value, q.multiplier, q.approximation) == (
        Decimal(a).scaleb(p_power + m_power),
        m_power,
        A.EXACT,
    )
    if a < b:
        both = minsheng.parse_quantity(f"{spelt(a)}{p}{m}至{spelt(b)}{p}{m}{unit}")
        scale = p_power + m_power
        assert (both.value, both.upper) == (Decimal(a).scaleb(scale), Decimal(b).scaleb(scale))
        with pytest.raises(minsheng.ParseError):
            minsheng.parse_quantity(f"{spelt(a)}至{spelt(b)}{p}{m}{unit}")
    for more in ("多", "余"):
        with pytest.raises(minsheng.ParseError):  # 3多千万: more than 3, in 千万? Refused
            minsheng.parse_quantity(f"{spelt(a)}{more}{p}{m}{unit}")
