"""What the figure after a change word counts: the things changed, or by how much.

提升12所中小学 may be 12 schools upgraded, not 12 more; 延长8条公交线路运营时间 names
whose time is lengthened, not by how much; 增速5年来 is no growth by 5 years.
:mod:`minsheng._refusals` asks these of a phrase, and the scan of where a
phrase with such a count ends.
"""

from __future__ import annotations

from minsheng._change_words import _NOT_CHANGES
from minsheng._changes import RATE_NOUN_AT_END
from minsheng._figure import _Figure
from minsheng._i18n import Message, msg
from minsheng._patterns import compiled
from minsheng._units import UNITS
from minsheng._words import _is_word_char, counts, times

_UPGRADES = ("提升", "提高")  # verbs of quality, whose object a count may be


def upgraded(s: str, start: int, unit: str | None, end: int) -> bool:
    """Whether the count from ``start`` to ``end`` is what 提升 upgrades, not a change.

    提升12所中小学基础设施: 12 schools upgraded, or 12 more schools?  A word
    after the count says it may be the verb's object.
    """
    if end < len(s) and _is_word_char(s[end]):
        if unit is None or not counts(unit) or GRADES.match(s, end):
            return False  # 提高1个档次: a rise by grades
        before = s[:start].rstrip(" ")
        return before.endswith(_UPGRADES) and not before.endswith(_NOT_CHANGES)  # 改造提升800所
    # most phrases end with their unit; but 托养机构规范化提升74家 is 74 brought up
    # to a standard
    k = start
    while k and s[k - 1] == " ":
        k -= 1
    return k >= 3 and s.startswith(_TO_STANDARD, k - 3) and unit is not None and counts(unit)


_TO_STANDARD = tuple(f"化{word}" for word in _UPGRADES)


def _upgrades_an_extent(s: str, figure: _Figure) -> bool:
    """Whether 提升 before an area, a length or a count may be the work done on it.

    提升绿化约1.43万平方米, 提升供水管网30公里: 14,300 m² of green space
    upgraded, or 14,300 m² more?  (提高绿化面积3万平方米 is more of it.)  A
    count too, where 提升 has an object before it (提升口袋公园6处: six parks
    upgraded, or six more?) or no word of a number before it (农贸市场提升20个,
    a ninth session's: read as 20 more); not 学校数量提升12所, a number that rose.
    """
    unit = UNITS.get(figure.unit) if figure.unit is not None else None
    extent = unit is not None and unit.dimension in ("area", "length")
    if not extent and (figure.unit is None or not counts(figure.unit)):
        return False
    before = s[: figure.start]
    k = before.find("提升")
    if k < 0 or before.startswith(_NOT_CHANGES, max(k - 2, 0)):
        return False
    return (
        extent
        or bool(before[k + 2 :].strip(" 了"))
        or (NUMBER_BEFORE_A_RISE.search(before, 0, k) is None and not GRADES.match(s, figure.end))
    )


GRADES = compiled("档次|等级|等次|级别")
"""A rise of grades: 提升2个等次, 信用评级提升一个等级 (not 提升5个档案馆, a review's)."""

NUMBER_BEFORE_A_RISE = compiled(
    "(?:数量|数目|总量|规模|人次|数|量) *"
    "(?:(?:同比|环比|较上年|比上年|较去年|比去年|稳步|明显|显著|进一步|大幅|持续|逐步|有效|"
    "累计|共|再|又|分别|均|也|还|将|已) *)*$"
)
"""A word that names a number of things before 提升, and adverbs, whose 提升 is a rise of
the number: 学校数量提升12所, 企业数量同比提升15家, 游客接待量提升10万人次."""


_LENGTHENS = compiled("(?:延长|缩短)了? *$")
_WHOSE_TIME = compiled("[^，。；,;]{0,12}?(?:时间|时限|时长|期限|周期|工期|时效)")


def things_changed(s: str, figure: _Figure) -> Message | None:
    """Why a change by ``figure`` may name the things changed rather than by how much.

    Or why it is no change of the figure at all: a rate noun before a time
    (增速5年来最高: no growth by 5 years).
    """
    if _lengthens_things(s, figure):  # 延長八個專科門診的服務時間 (an eighth hunt's: 8 more)
        return msg("延长 or 缩短 before a count of things: whose time, not by how much")
    if _upgrades_an_extent(s, figure):
        return msg("提升 before an area, a length or a count: upgraded, or more of it?")
    if times(figure.unit) and RATE_NOUN_AT_END.search(s, 0, figure.start) is not None:
        # 增速5年来最高 (a review's: growth by 5 years): a growth rate is no time
        return msg("增速 or 增幅 before a time: a growth rate is no time")
    return None


def _lengthens_things(s: str, figure: _Figure) -> bool:
    """Whether 延长 or 缩短 stands right before a count of things: 延长8条公交线路运营时间."""
    return whose_time_end(s, figure.start, figure.unit, figure.end) is not None


def whose_time_end(s: str, start: int, unit: str | None, end: int) -> int | None:
    """The end of the time a count of things after 延长 or 缩短 names whose it is; else ``None``.

    A time is lengthened or cut, never by a count of things: the count from
    ``start`` to ``end`` names whose time, which a word of time after it says
    (延长3公里, 缩短2个工作日 and 缩短3个环节, three steps fewer, are changes).
    """
    if unit is None or not counts(unit) or _LENGTHENS.search(s, max(0, start - 4), start) is None:
        return None
    time = _WHOSE_TIME.match(s, end)
    return None if time is None else time.end()
