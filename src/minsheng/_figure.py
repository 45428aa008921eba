"""Reading one figure of a phrase: its number, unit, denominators, bound and sign.

:func:`read_figure` reads 3000个, 5100余个, 780元/人/月, 95%以上, 3000个以上（不含）
and -2.5% where they stand, and refuses what makes a figure unreadable there
(3000人·次, 元/人月, 二十几个).  :mod:`minsheng._parse` reads a phrase from
its figures and the words around them.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from minsheng._bound_notes import STRICT, exclusive, inclusive
from minsheng._governing import (
    refuse_rough_after,
)
from minsheng._i18n import msg
from minsheng._no_figure import _DATE
from minsheng._numerals import (
    ALONE,
    NUMBER_CHARS,
    NUMERAL_CHARS,
    Number,
    fail,
    read_number,
    read_power_alone,
)
from minsheng._patterns import compiled
from minsheng._per_reading import (
    _read_per_body,
    read_each,
)
from minsheng._per_words import (
    _TIMES,
)
from minsheng._quantity import Approximation, Comparator, Per
from minsheng._unit_words import (
    _BASIS_POINTS,
    _DAYS_AFTER_GE,
    _NOT_MEASURES,
    _UNIT,
    _UNIT_WORDS,
    _UNREAD_MEASURES,
    COUNT_WORDS,
)
from minsheng._units import PEOPLE, RATES, UNITS, UnitKind
from minsheng._words import (
    _ABOUT_SUFFIXES,
    _MORE_THAN,
    _NOT_ABOUT,
    _RANGE,
    _START_RE,
    _SUFFIX_COMPARATORS,
    NAMED_AFTER,
    NEGATIVE,
    NOT_ABOUTS,
    NOT_NEAR,
    ROUGH,
    ROUGH_PLACES,
    _is_word_char,
    _skip_spaces,
    counts,
    named_after,
    times,
)


class _Figure(NamedTuple):
    start: int
    end: int
    number: Number
    unit: str | None
    approximation: Approximation | None
    comparator: Comparator | None
    pers: tuple[Per, ...]


# 1410亿人公里, 4525亿吨公里, 300人日, 2000床日: a unit made of two, which
# minsheng does not read (not 3000人日均, 人 and a per day)
# (and 520.94万列公里, 列车公里: train-kilometres, a thirtieth hunt's, read as trains)
# (and 461万人年, 120人月: person-years and -months, a thirty-fourth hunt's, read as
# people; not 3000人年均, 300人年满60周岁 or 30人月工资: its review's)
_COMPOUND_AFTER = compiled(
    "车?(?:公里|千米|英里)|[日天](?![\u3400-\u9fff])"
    "|(?<=人)[年月](?= *(?:$|[，。；,;、)）」”(（:：！？!?/]|左右|以上|以下|的|规模))"
)


_CLAUSE_END = compiled("$|[，。；,;、！？!?]")
_DIMES = compiled("[0-9零一二两三四五六七八九]+[角毛]")
# classifiers that 次 makes a count of visits (家次, 件次, 辆次): the registry holds
# 人次, 户次, 台次, 车次 and 场次, read before this is asked
_COUNTED_VISITS = frozenset("家件辆个所项例处条座间张套")  # (the text is folded)
# and measures that 次 makes a count of occasions (395天次, 500公里次, 3000亩次, an
# eighth hunt's: read as 395 days, 500 km, 3,000 mu)
_COUNTED_VISITS |= frozenset("天日时里吨亩周月米")


def _refuse_second_unit(s: str, text: str, j: int) -> int:
    """Refuse a second unit right after the unit that ends at ``j``: 人·次, 人（次）, 套(间).

    Return where the unit ends: past 元's （人民币）, the currency named again.

    Which one counts the figure (people, or person-visits?) the phrase does
    not say; 人（户）, a unit of its own, is read before this is asked.  A unit
    made of two (人公里, 床日) is refused too.
    """
    if s.startswith("之", j) and s[j - 2 : j] in ("人次", "户次") and _CLAUSE_END.match(s, j + 1):
        # 浴廁16人次之 (a thirty-fifth hunt's: 16 people, second) and 郊区2000户次之 (its
        # review's: 2000 visits, second, one 次 dropped): 人 then 次之, or 人次?
        raise fail(msg("人次之 or 户次之 ending a clause: 人 and 次之 (second), or 人次?"), text, j)
    if j < len(s) and s[j - 1] in "人吨床车列" and _COMPOUND_AFTER.match(s, j):
        raise fail(msg("a unit made of two, such as 人公里 or 床日"), text, j)
    if (
        s.startswith("次", j)
        and s[j - 1] in _COUNTED_VISITS
        and (j + 1 == len(s) or not _is_word_char(s[j + 1]) or s[j + 1] in "的以左余")
    ):  # 检查4家次: visits (家次), which the registry does not hold, not 4 firms; 395天次
        raise fail(msg("a unit made of two, such as 人公里 or 床日"), text, j)
    dimes = _DIMES.match(s, j) if s[j - 1 : j] == "元" else None
    if dimes is not None:  # 1元5角 is 1.5 元, not 1 元
        raise fail(msg("a measure word minsheng does not know"), text, dimes.end() - 1)
    if j >= len(s) or s[j] not in "·（(":
        return j
    close = s.find("）" if s[j] == "（" else ")", j) if s[j] != "·" else len(s)
    if close < 0:
        return j
    second = _UNIT.match(s, j + 1)
    if second is not None and s[j - 1] == "元" and second.group() in ("人民币", "元人民币"):
        # 3000元（人民币）: the currency named again, no second unit (a review's); the
        # figure reads on past it (3000元（人民币）/人 is per person)
        return close + 1 if second.end() == close else j
    if second is not None and (s[j] == "·" or second.end() == close):
        raise fail(msg("a second unit after the unit: which one counts the figure?"), text, j)
    return j


_OTHER_DOTS = frozenset("•・‧･.")
# the second part of a denominator after such a dot: 元/月﹒人, 元/平方米.月 (not
# 3.5元/斤.每户限购5斤, a full stop, a review's)
_SECOND_PARTS = frozenset("人户年月日天周次床亩台件")


def _counting(word: str | None) -> bool:
    """Whether ``word`` is a measure word of things: 件, 套, 辆, 册 (not 元, 年)."""
    return word is not None and (
        word in COUNT_WORDS or (word in UNITS and UNITS[word].kind is UnitKind.CLASSIFIER)
    )


# what a count is per: a household, an occasion, an issue, a show, a class
_PER_ONE = frozenset(("户", "次", "期", "场", "班", "批", "轮", "趟", "届", "季"))


def _either(unit: str | None, per: Per) -> bool:
    """Whether ``unit/per`` is one measure word or another of the same things: 件/套, 辆/台.

    Not a count per person or household (2张/人, 3台/户, 1名/人), per issue or per
    show (2篇/期, 4次/场, a review's): those are denominators.
    """
    other = per.unit or per.subject
    return (
        per.amount == 1
        and _counting(unit)
        and _counting(other)
        and unit not in PEOPLE
        and other not in PEOPLE
        and other not in _PER_ONE
    )


def _slashed(s: str, text: str, j: int, unit: str | None) -> tuple[list[Per], int]:
    """The denominators written with / after a figure's unit at ``j`` (元/人/月), and their end."""
    pers: list[Per] = []
    while "/" in s[j : j + 3] and s.startswith("/", _skip_spaces(s, j)):
        k = _skip_spaces(s, j) + 1
        read = _read_per_body(s, k, len(s))
        if read is None:
            raise fail(msg("unreadable denominator after /"), text, k)
        if unit is None and 1 < read[0].amount < _RATE_BASE:  # 覆盖1/3人口: a third
            raise fail(msg("a fraction (1/3), or a rate per a few?"), text, k - 1)
        if read[0].unit in RATES:  # 6.44/‰: a rate, not per one per mille
            raise fail(msg("a rate after /: a rate, not a denominator"), text, k - 1)
        if read[0].unit == "次" and unit in ("人", "户"):  # 3000人/次 is often 3000人次
            raise fail(msg("人/次: person-visits (人次), or people per time?"), text, k - 1)
        if _either(unit, read[0]):  # 4665萬件/套: items or sets (a twenty-first hunt's)
            raise fail(msg("件/套: one measure word or the other, not per"), text, k - 1)
        pers.append(read[0])
        j = read[1]
        k = _skip_spaces(s, j)
        if (
            s.startswith("·", j)
            or (k < len(s) and s[k] in _TIME_CHARS)
            # 100元/生、年 (a thirty-third hunt's: the year lost): a second part after 、
            # that ends its words (not 5元/斤、月销量: the next item, a review's)
            or (
                s.startswith("、", j)
                and s[j + 1 : j + 2] in _TIME_CHARS
                and not _is_word_char(s[j + 2 : j + 3] or " ")
            )
            or (
                s[j : j + 1] in _OTHER_DOTS
                and s[j + 1 : j + 2] in _SECOND_PARTS
                and not "\u4e00" <= s[j + 2 : j + 3] <= "\u9fff"  # (not 元/人.月底前, a review's)
            )
        ):
            # 元/人·月, 元/人月, 元/床日: a denominator of two parts (and 元/月﹒人,
            # 元/平方米.月, with other dots: a nineteenth hunt's, per month alone)
            raise fail(msg("a denominator of two parts, such as 人·月"), text, j)
    return pers, j


_EACH_BEFORE = compiled("每|均|/")


def _each_after(s: str, j: int) -> tuple[list[Per], int]:
    """The denominators with 每 after a figure's unit that end the phrase: 2423元每人每月.

    (A thirty-second hunt's: 提高到2423元每人每月, refused where 每人每月2423元 read.)
    None where words follow them (3000元每年发放: the next verb's), as before.
    """
    pers: list[Per] = []
    k = j
    while s.startswith("每", k):
        read = read_each(s, k + 1, len(s))
        if read is None:
            return [], j
        pers.append(read[0])
        k = read[1]
    return (pers, k) if not s[k:].strip(" ") else ([], j)


def _power_alone(s: str, text: str, i: int) -> Number | None:
    """万余人, 百万余人, 近千户, 约百所: place or magnitude words that stand for one of them.

    Only where 余 or 多 follows them, or 近, 约, 超 or 逾 (not of 附近, 节约,
    贴近) comes right before and a unit or a second such word after:
    elsewhere 千家万户, 百姓 and 万元 (of 万元GDP) are words.  Never inside a
    longer numeral (the 万 of 百万余人).
    """
    if s[i] not in ALONE or (i and s[i - 1] in NUMERAL_CHARS):
        return None
    j = i + 1
    while j < len(s) and s[j] in ALONE:
        j += 1
    if j < len(s) and s[j] in _MORE_THAN:
        return read_power_alone(s, i, text)
    before = s[:i]
    if (
        before.endswith(("近", "约", "超", "逾", "超过", "突破"))  # 超万人: more than 10,000
        and not before.endswith((*NOT_ABOUTS, *NOT_NEAR))
        and (j - i > 1 or _UNIT.match(s, j) is not None)  # 近百万城乡居民, 近万人; not 近百姓
    ):
        return read_power_alone(s, i, text)
    return None


def _read_figure(s: str, text: str, i: int) -> _Figure | None:
    """Read a figure at ``i``: the number, 余, the unit, /人, 以上, 左右."""
    number = read_number(s, i, text) or _power_alone(s, text, i)
    if number is None:
        return None
    j = number.end
    _refuse_after_number(s, text, j)
    _refuse_a_space_before_a_joined_word(s, text, i, j)
    more = number.more_than
    k = _skip_spaces(s, j)  # 5100 余个: spaced as reposts space figures
    if not more and k < len(s) and s[k] in _MORE_THAN and number.unit is None:
        more, j = True, k + 1
    unit = number.unit
    if number.chinese and s[j - 1] == "千" and _UNIT.match(s, j - 1) and not _UNIT.match(s, j):
        # 三千瓦, 五千克: 3000 of a unit minsheng does not know (瓦, 克), or 3 千瓦?
        # (三千米 is 3000 米, which is 3 千米.)
        raise fail(msg("千 ends the numeral or starts the unit"), text, j - 1)
    if unit is None:
        k = _skip_spaces(s, j)
        found = _unit_at(s, k, one=number.chinese and number.end - i == 1)
        if found is not None:
            unit, j = _UNIT_WORDS[found.group()], found.end()
            if unit == "个":
                _refuse_points_after_ge(s, text, j)
            j = _refuse_second_unit(s, text, j)
            if (
                not more
                and j < len(s)
                and s[j] in _MORE_THAN
                and not (counts(unit) and s.startswith(_MORE_WORDS, j))  # not 3年多种植
            ):
                _refuse_more_after_unit(text, j, unit, number)
                more, j = True, j + 1
    elif number.unit == "%" and s.startswith("%", j):
        raise fail(msg("two percent signs"), text, j)
    one = number.chinese and j - i == 1
    _refuse_unread_measure(s, text, _skip_spaces(s, j), unit, one=one)
    printed, (pers, j) = s[i:j], _slashed(s, text, j, unit)
    if not pers and unit is not None and s.startswith("每", j) and not _EACH_BEFORE.search(s, 0, i):
        pers, j = _each_after(s, j)  # (not where 每 or 均 stands before: two denominators)
    j = inclusive(s, printed, j, i)  # 60周岁（含60周岁）以上
    comparator = None
    k = _skip_spaces(s, j)
    for word, meaning in (
        _SUFFIX_COMPARATORS.items() if k < len(s) and s[k] in _SUFFIX_STARTS else ()
    ):
        if s.startswith(word, k):
            if word == "内" and s.startswith(_INNER_AND_OUTER, k):  # 10家内、外资企业
                raise fail(msg("内 after a figure: within it, or a word (内河)?"), text, k)
            if word == "内" and k + 1 < len(s) and _is_word_char(s[k + 1]):
                if counts(unit) and _INNER_NOUN.match(s, k):
                    continue  # 60条内街小巷: 内 starts a word
                # 20公里内河治理, or 3公里内全覆盖? and 响铃3次内接听 (a twenty-third
                # hunt's: within 3 rings, read as 3 次) against 3条内河
                if not times(unit):
                    raise fail(msg("内 after a figure: within it, or a word (内河)?"), text, k)
                # 5个工作日内办结: within
            comparator, j = meaning, k + len(word)
            break
    if comparator is None and j < len(s) and s[j] in "起 " and not times(unit):
        comparator, j = _from_it_up(s, text, j, unit)
    comparator, j = exclusive(s, text, comparator, j, i)  # 3000个以上（不含）
    j = inclusive(s, printed, j, i, strict=comparator in STRICT.values())  # 5年以下(含5年)
    approximation, j = _about_after(s, text, j, more=more)
    refuse_rough_after(s, text, j)
    return _Figure(i, j, number, unit, approximation, comparator, tuple(pers))


def _about_after(s: str, text: str, j: int, *, more: bool) -> tuple[Approximation | None, int]:
    """The figure's approximation (余 read before, or 左右 after it at ``j``), and its end."""
    approximation = Approximation.MORE_THAN if more else None
    k = _skip_spaces(s, j)  # 5% 左右, as 3000人 以上 (a seventh hunt's: found as exactly 5 %)
    for word in _ABOUT_SUFFIXES if k < len(s) and s[k] in "左上" else ():
        if s.startswith(word, k) and not s.startswith(_NOT_ABOUT, k):  # not 3万上下游企业
            if approximation is not None:
                raise fail(msg("a figure cannot be both 余 and 左右"), text, k)
            return Approximation.ABOUT, k + len(word)
    return approximation, j


def _refuse_a_space_before_a_joined_word(s: str, text: str, i: int, j: int) -> None:
    """Refuse a number at ``i`` spaced at ``j`` from the word it joins: 3 成, 1 号线, 95 后.

    Read without it, the figure would have no unit (3 for 3 成, a range for
    1 - 10 月).  A date that says its day or its month's end (12 月底前,
    12 月 31 日) is passed over, as without the spaces.
    """
    after = _skip_spaces(s, j)
    if s.startswith(" ", j) and (s.startswith(_JOINED_AFTER, after) or named_after(s, after)):
        date = _DATE.match(s, i)
        if date is None or date.group().rstrip(" 的").endswith("月"):
            raise fail(msg("a space between a number and the word it joins"), text, j)


def _refuse_points_after_ge(s: str, text: str, j: int) -> None:
    """Refuse 千分点 after 个 (下降3.18个千分点), and 百分点 spaced from it: not 3 个."""
    if s.startswith("千分点", j):
        raise fail(msg("千分点 (per-mille points) are not read"), text, j)
    if s.startswith(("百分点", "千分点"), _skip_spaces(s, j)):  # 提高 3 个 百分点
        raise fail(msg("a space inside a unit (个 百分点)"), text, j)


_MORE_WORDS = (
    "多功能", "多元", "多层", "多样", "多种", "多媒体", "多部门", "多渠道", "多用途",
    "多学科", "多语种", "多规合一", "多措并举", "多彩", "余热", "余量",
)  # fmt: skip
"""Words that open with 多 or 余 after a classifier: 新建3个多功能运动场 builds three (a
scan hunt's, refused as 3个多, more than three)."""


def _refuse_more_after_unit(text: str, j: int, unit: str, number: Number) -> None:
    """Refuse 余 or 多 at ``j``, after the unit, where it does not say by how much.

    3年多 is three years and a bit, [3, 4).  10吨多 is ten and a bit, below
    11, not the [10, 20) of 10多吨: only a figure whose last digit is in the
    unit's place says its step.  After a classifier (3个多), it is refused.
    """
    if counts(unit):
        raise fail(msg("余 or 多 after a classifier"), text, j)
    if number.multiplier or number.decimals or not number.value % 10:
        raise fail(
            msg("余 or 多 after the unit of a figure whose last digit is not the unit's"), text, j
        )


_IDIOMS = frozenset("包字颗")
"""Classifiers that a numeral of one character makes a word with more often than a count:
门前三包, 八字方针, 红十字会, 一颗红心 (a review's, read as 3 包, 8 字, 10 字, 1 颗)."""


def _unit_at(s: str, k: int, *, one: bool) -> re.Match[str] | None:
    """The unit word at ``k`` of ``s``, after a number (``one``: a numeral of one character)."""
    found = _UNIT.match(s, k)
    if found is not None and one and found.group() in _IDIOMS:
        return None  # 门前三包, 八字方针, 红十字会: a word, not 3 包
    return found


_JOINED_AFTER = (*NAMED_AFTER, "月", "成", "番", "分之", "时")
"""Words right after a number that join it, which a space must not part from it."""
_TIME_CHARS = frozenset(_TIMES)
_SUFFIX_STARTS = frozenset(w[0] for w in _SUFFIX_COMPARATORS)
_RATE_BASE = 100  # 15.1/10万, 5/1000人: a rate; 1/3人口, a fraction of the population


_FROM_OR_CASES = msg("起 after a bare number: from it up, or a count of cases?")
"""Why 每平方米8000起 and 查处5起林草案件 are refused: a floor, or a count of cases?"""

_FRACTION_WORDS = ("百分之", "千分之", "万分之")
# 预测数, 预算数, 人数, 总数: 数 that ends a noun before 百分之 (数千分之一 is a few thousandths)
_COUNT_NOUN_ENDS = frozenset("测算划人户总次个基指分票件家床位项")
_ROUGH_COUNT = msg("几, 来 or 数 with a numeral: a rough count, not a figure")
"""Why 几十个, 二十几个, 数十万 and 零点几 are refused."""


def _refuse_after_number(s: str, text: str, j: int) -> None:
    """Refuse a number that ends at ``j`` where what follows makes it a rough count."""
    if j < len(s) and s[j] in ROUGH:  # 二十几个, 十来个, 十数个: a rough count
        raise fail(_ROUGH_COUNT, text, j)
    if s.startswith("..", j) and j + 2 < len(s) and s[j + 2].isdigit():
        # 下降14..3%, a misprint: 14.3, or 14 and 3?
        raise fail(msg("two decimal points in a number"), text, j)


# words that start with 内 after a count of things: 60条内街小巷, 3条内河, 10个内设机构,
# 4个内在要求, 5名内分泌科医生 (a review's), 3个内黄县 (place names); not 内参加 or
# 内生成 (100人内参加: within 100 people, a review's)
_INNER_NOUN = compiled(
    "内(?:街|河|涝|部|容|外|环|陆|需|设|衣|科|镜|训|控|资|地|江|蒙|核|存|饰|务|销|循环"
    "|生(?![成产])|涵|网|业|审|联|径|墙|院|巷|湖|港|城|置|参(?![加与训观])|刊|勤|线|在|分泌"
    "|退|燃|贸|窥|迁|宣|驱|侧|招|聘|测|政|阁|乡|黄|耗|卷|功|幕|情|行|向|伤|服|脏|膜|障"
    "|画|饮|源|省|化|修|装|胎)"
)
_INNER_AND_OUTER = ("内、外", "内和外", "内与外", "内及外", "内或外")  # domestic and foreign


# 78.3升至79岁 and 4升1降: 升 is the change; after a numeral in words of one
# character these are words more often than measures (一度, 三度超越, 这一点,
# 一起, 一砖一瓦); after a longer one, measures (三百二十万度, 二十三起案件)
_CHANGE_AFTER = frozenset("至到为了幅")
_WORDS_AFTER_NUMERALS = (
    "度", "点", "升", "瓦", "克", "起", "角", "方", "时", "块", "毛",  # 一块儿
    "对", "面", "道", "节", "层", "尊", "组", "队", "扇", "堵", "孔",  # 一对一, 一组数据
)  # fmt: skip


def _refuse_unread_measure(
    s: str, text: str, k: int, unit: str | None, *, one: bool = False
) -> None:
    """Refuse a figure followed at ``k`` by a measure word minsheng does not read.

    After 个, only 基点 (25个基点 is basis points, not 25 个).
    """
    # (and 4个立方, 100个平方: cubic and square metres, a thirty-fifth hunt's: read as 个)
    if unit == "个" and (
        s.startswith(_BASIS_POINTS, k)
        or (s.startswith(("立方", "平方"), k) and not s.startswith("立方体", k))
    ):
        raise fail(msg("a measure word minsheng does not know"), text, k)
    if unit is not None or (
        one
        and s.startswith(_WORDS_AFTER_NUMERALS, k)
        and not (s.startswith("时", k) and s[k - 1] != "一")
    ):  # (延长至十时 is 10 o'clock; 一时 is "for a while")
        return
    if s.startswith("升", k) and (s[k + 1 : k + 2] in _CHANGE_AFTER or s[k + 1 : k + 2].isdigit()):
        return  # 78.3升至79岁, 4升1降: a change
    if (
        s.startswith(_UNREAD_MEASURES, k) and not s.startswith(_NOT_MEASURES, k)
    ) or _DAYS_AFTER_GE.match(s, k):  # 10个 工作天: 个 is no unit there
        raise fail(msg("a measure word minsheng does not know"), text, k)
    if (
        s.startswith("起", k)
        and k + 1 < len(s)
        and _is_word_char(s[k + 1])
        and not s.startswith(("起步", "起付"), k)
    ):  # 查处5起林草案件: 5 cases, 起 a classifier
        raise fail(_FROM_OR_CASES, text, k)


def _from_it_up(s: str, text: str, j: int, unit: str | None) -> tuple[Comparator | None, int]:
    """起 after an amount and its unit (每月7000元起: from 7000 up), where it ends at ``j``.

    After a bare number (每平方米8000起, 火灾30起, 1200余起) it is refused: from
    it up, or a count of cases?
    """
    floor, after = _starting_at(s, j)
    if floor is not None and unit is None:
        raise fail(_FROM_OR_CASES, text, j)
    return floor, after


def _starting_at(s: str, j: int) -> tuple[Comparator | None, int]:
    """起 or 起步 after an amount and its unit: from it up (每月7000元起), a floor.

    Before a word, 起 starts it (500元起付线); after a time, it is a date's
    (3月起), which the caller leaves out.
    """
    k = _skip_spaces(s, j)
    for word in ("起步", "起"):
        end = k + len(word)
        if s.startswith(word, k) and (end == len(s) or not _is_word_char(s[end])):
            return Comparator.AT_LEAST, end
    return None, j


_MINUS = "-\u2212"  # the hyphen-minus (full-width ones fold to it) and the minus sign
_DASHES = ("—", "–", "―", "─")  # dashes that may stand for a minus sign: 增速为—2.5%
_NUMERAL_CLASS = f"[.{NUMBER_CHARS}]"
_DASH_AFTER_NUMBER = compiled(f"[第每]?{_NUMERAL_CLASS}+{_RANGE.pattern}$")


def _signed(s: str, text: str, figure: _Figure, previous: _Figure | None) -> _Figure:
    """The figure with the sign printed right before it: -5个, 增长-2.5%, 由-1%提高至2%.

    A dash right after another figure, or after it and spaces, is a range's
    (3-5个), not a sign.  A sign is refused with 余 or 多, which would then
    bound the figure from the other side, and before 翻 (翻一番 has no sign).
    负 right before a figure is refused: 正负5% is "plus or minus"; 减负 (to
    lighten a burden) is a word and stays one.
    """
    k = figure.start
    before = s[k - 1] if k else ""
    # 几十个, 数十万元: a rough count (but 人数三百万 is 人数, then 三百万, and
    # 预测数百分之七点九一 is 预测数, then 7.91 %: a seventh hunt's, refused)
    if before == "几" or (
        before == "数"
        and s[k] in ROUGH_PLACES
        and not (s.startswith(_FRACTION_WORDS, k) and s[k - 2 : k - 1] in _COUNT_NOUN_ENDS)
    ):
        raise fail(_ROUGH_COUNT, text, k - 1)
    if before == NEGATIVE and s[k - 2 : k - 1] != "减":
        reason = msg("负 before a figure: a negative figure is read with a minus sign")
        raise fail(reason, text, k - 1)
    dash = _DASH_AFTER_NUMBER.search(s, max(0, k - 12), k) if before else None
    if dash is not None and (previous is None or previous.end <= dash.start()):
        # 第1-3名, 1-3号楼: a range from a number that is no figure (an ordinal, a name)
        raise fail(msg("a range from a number that is not a figure"), text, dash.start())
    _refuse_a_dash_for_a_minus(s, text, figure, previous)
    if not before or before not in _MINUS:
        return figure
    if previous is not None and not s[previous.end : k - 1].strip(" "):
        return figure  # 3-5个: the dash of a range
    if k >= 2 and s[k - 2] in _MINUS:
        raise fail(msg("two signs before a figure"), text, k - 2)
    if figure.approximation is Approximation.MORE_THAN or s[k] == "翻":
        raise fail(msg("a sign before a figure with 余, 多 or 翻"), text, k - 1)
    number = figure.number._replace(value=-figure.number.value)
    return figure._replace(start=k - 1, number=number)


def _refuse_a_dash_for_a_minus(
    s: str, text: str, figure: _Figure, previous: _Figure | None
) -> None:
    """Refuse a dash before a figure that may be its minus sign: 增速为—2.5%, 增速为 – 2.5%.

    A fall typed with a dash, or the dash of a sentence before a rise?  After
    a figure (3—5个) it is a range's, and after a number that is none
    (二十几—30个) the range's refusal says so.  A double dash is a sentence's
    (学位——3000个), but not before a rate, whose sign it may be (增长——2.5%).
    """
    at = _before_spaces(s, figure.start)  # the dash, if one stands there
    if (
        at >= 0
        and s[at] in _DASHES
        and (figure.unit in RATES or not (at and s[at - 1] == s[at] and s[at] in "—─"))
        and (previous is None or s[previous.end : at].strip(" —─"))
    ):
        left = _before_spaces(s, at)
        if left < 0 or not (s[left].isdigit() or s[left] in NUMERAL_CHARS or s[left] in ROUGH):
            reason = msg("a dash right before a figure: a minus sign, or punctuation?")
            raise fail(reason, text, at)


def _before_spaces(s: str, k: int) -> int:
    """The position of the last character before ``k`` that is no space; -1 if none.

    (Walked, not sliced: the scan reads every figure of a long text, and a copy
    of all the text before each one would make it quadratic.)
    """
    k -= 1
    while k >= 0 and s[k] == " ":
        k -= 1
    return k


def read_figure(s: str, text: str, i: int, previous: _Figure | None) -> _Figure | None:
    """The figure at ``i`` with its sign, if any; ``previous`` is the figure before it."""
    figure = _read_figure(s, text, i)
    return None if figure is None else _signed(s, text, figure, previous)


def _figures(s: str, text: str, covered: AbstractSet[int]) -> list[_Figure]:
    figures: list[_Figure] = []
    k = 0
    n = len(s)
    search = _START_RE.search
    while True:
        found = search(s, k)
        if found is None:
            return figures
        k = found.start()
        if k not in covered:
            if k and s[k - 1] == "每":
                per = read_each(s, k, n)  # 每一, 每千: a denominator's amount
                if per is not None:
                    k = per[1]
                    continue
            figure = read_figure(s, text, k, figures[-1] if figures else None)
            if figure is not None:
                figures.append(figure)
                k = figure.end
                continue
        k += 1
