"""The quick reading of a plain figure is proven equal to the explaining one.

:func:`minsheng._parse._quick` reads the commonest phrases (words, an Arabic
number, 万 or 亿, a unit: 不少于3000个, 增长95.12%, 19.78万个) without the
searches that find nothing there, and gives up on everything else.  Here both
readings read the same phrases, real and generated around the edges of what
the quick one takes: wherever it gives a reading, the explaining reading
gives an equal one, value for value to the printed digit, and never fails.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import minsheng
from minsheng._parse import HEAD_WORDS, _quick, _read
from minsheng._script import normalize
from minsheng._unit_words import (
    _UNIT_WORDS,
)
from minsheng._words import _SUFFIX_COMPARATORS
from tests.conftest import ROOT
from tests.test_parse_corpus import ENTRIES


def _decimals(reading: minsheng.Reading) -> list[str]:
    """The reading's decimals as stored, digit for digit: 197800 is not 1.978E+5."""
    figures = (reading.figure, *reading.baselines)
    values = [q.value for q in figures] + [p.amount for q in figures for p in q.per]
    return [repr(value.as_tuple()) for value in values]


def _agree(text: str) -> bool:
    """Whether the quick reading of ``text`` is the explaining one; False where it gives up."""
    s = normalize(text)
    try:
        quick = _quick(s, text)
    except minsheng.ParseError as refused:  # too many digits: refused before any reading
        with pytest.raises(minsheng.ParseError) as explained_refusal:
            _read(s, text)
        assert str(explained_refusal.value) == str(refused), text
        return False
    if quick is None:
        return False
    explained = _read(s, text)  # never raises where the quick reading gives one
    assert quick == explained, text
    assert _decimals(quick) == _decimals(explained), text
    return True


def _dataset_phrases() -> list[str]:
    phrases = {entry["phrase"] for entry in ENTRIES}
    for path in sorted((ROOT / "datasets").rglob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        phrases.update(_phrases_in(document))
    return sorted(phrases)


def _phrases_in(node: object) -> list[str]:
    if isinstance(node, dict):
        found = [node["phrase"]] if isinstance(node.get("phrase"), str) else []
        return found + [p for value in node.values() for p in _phrases_in(value)]
    if isinstance(node, list):
        return [p for value in node for p in _phrases_in(value)]
    return []


def test_every_real_phrase_reads_alike() -> None:
    """The corpus's and the datasets' phrases: the quick reading agrees wherever it reads."""
    phrases = _dataset_phrases()
    read = [text for text in phrases if _agree(text)]
    assert len(read) > len(phrases) // 10  # the quick reading is no dead code


@pytest.mark.parametrize(
    "text", ["3000个", "不少于3000个", "增长95.12%", "19.78万个", "压缩为5个工作日", "达到245条"]
)
def test_the_commonest_phrases_are_read_quickly(text: str) -> None:
    assert _agree(text)


@pytest.mark.parametrize(
    "text", ["85%以上", "达到90%以上", "5个工作日以内", "3000个及以上", "10%以下", "3公里内"]
)
def test_a_bound_that_ends_the_phrase_is_read_quickly(text: str) -> None:
    assert _agree(text)


@pytest.mark.parametrize(
    "text",
    [
        "5100余个",  # 余
        "85%以上的",  # words after the comparator
        "85%左右",  # an approximation after the figure
        "3—5个",  # a range
        "由8%降至7%",  # a change from a level
        "1.2万亿元",  # 万亿
        "5千米",  # a unit that starts with a magnitude word
        "第3批100个",  # an ordinal
        "每千人3张",  # a denominator
        "3000个 ",  # words after the unit
        "翻一番",  # no Arabic number
        "2成",  # 成 is ten percent
        "第3个",  # an ordinal, not a figure
        "每3个",  # a denominator, not a figure
    ],
)
def test_other_phrases_are_left_to_the_explaining_reading(text: str) -> None:
    assert _quick(normalize(text), text) is None


_WORDS_BEFORE = st.sampled_from(
    ["", *sorted(HEAD_WORDS), "新建", "改扩建", "约", "由", "每", "第", "一", "十", "百", " ", "/",
     "不少于约", "约不少于", "年末达到", "确保", "人均", "a", "不少於", "%", "—", "-", "−",
     "增长-", "负", "负增长", "减负", "不是", "签约", "几", "数", "人数", "比上年多",
     "高于全国平均水平", "收入低于低保标准的家庭", "最高可达", "未超过", "未满", "最高"]
)  # fmt: skip
_MAGNITUDES = st.sampled_from(["", "", "万", "亿", "万亿", "千", "百", "萬"])
_UNITS = st.sampled_from(["", *sorted(_UNIT_WORDS), "個", "万元", "千米"])
_WORDS_AFTER = st.sampled_from(
    ["", "", "", "余", "多", "以上", "左右", " ", "/人", "成", "分之一", "3", ".", ",000",
     "内", "亿", *_SUFFIX_COMPARATORS, "以上的", "以上 ", " 以上", "以上左右", "内河", "以上3"]
)  # fmt: skip


@st.composite
def _phrases(draw: st.DrawFn) -> str:
    """Phrases in the quick reading's shape, half of them, and around its edges."""
    digits = draw(st.text("0123456789", min_size=1, max_size=26))
    if draw(st.booleans()):
        digits += "." + draw(st.text("0123456789", min_size=0, max_size=8))
    if draw(st.booleans()):  # the shape itself
        heads = st.sampled_from(["", "", *sorted(HEAD_WORDS)])
        units = st.sampled_from(sorted(_UNIT_WORDS))
        ends = st.sampled_from(["", "", "", *_SUFFIX_COMPARATORS])  # 85%以上
        figure = digits[:12] + draw(st.sampled_from(["", "万", "亿"])) + draw(units)
        return draw(heads) + figure + draw(ends)
    if draw(st.integers(0, 5)) == 0:
        digits = digits.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return draw(_WORDS_BEFORE) + digits + draw(_MAGNITUDES) + draw(_UNITS) + draw(_WORDS_AFTER)


@given(_phrases())
@example("不少于0个")
@example("增长1234567890123456789012345%")  # more digits than a figure may have
@example("0.0000001个")  # more decimals than a figure may have
@example("12,345个")
@example("3万%")  # a magnitude word before a percent
@example("约3000个")
@example("由3000个")
@example("第3个")  # an ordinal: no figure
@example("每3个")  # a denominator: no figure
@example("3余个")
@example("一次3个")
@example("-5个")  # a sign: read by the explaining reading
@example("增长-2.5%")
@example("负3%")  # refused by the explaining reading
@example("负增长3%")
@example("2025年")  # a year: refused
@example("签约3000人")
@example("不是3个")
@example("比上年多3000人")
@example("重点几类人群签约率95%")  # 点几 of 重点: both read it
@example("重点几类人群签约3000人")
@example("前10名")  # a rank: refused by the explaining reading
@example("下降-2.5%")
@example("2025年以上")  # a year, with a bound
@example("前10名以内")  # a rank, with a bound
@example("3公里内")
@example("1500元为上限")
@example("不少于85%以上")  # two comparators that agree
@example("不超过85%以上")  # two that disagree: refused
@example("约85%以上")
@example("65岁以上")  # an age
def test_the_quick_reading_is_the_explaining_one(text: str) -> None:
    """Wherever the quick reading reads a phrase, the explaining reading agrees."""
    _agree(text)


def test_a_figure_reads_the_same_by_parse_quantity() -> None:
    """parse_quantity and parse_phrase give the quick reading's figure and reading."""
    assert minsheng.parse_quantity("19.78万个") == minsheng.Quantity(
        Decimal(197800),
        "个",
        multiplier=4,
        decimals=2,
        approximation=minsheng.Approximation.ROUNDED,
        phrase="19.78万个",
    )
    reading = minsheng.parse_phrase("增长95.12%")
    assert (reading.change, reading.direction) == (
        minsheng.Measure.INCREMENT,
        minsheng.Direction.HIGHER,
    )
