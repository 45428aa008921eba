"""Refusals of a phrase as a whole, once its figures are found.

Words after its last figure that would govern it (1200万上方, 20.7%的大幅下滑),
words before its first that make its change unsure (成长, 拉动…增长, 加快,
连续…下滑), and what no reading of any phrase takes (零点几, 1e9, 负增长).
:mod:`minsheng._parse` asks these of every phrase it reads in full; why a
single figure or range is refused is :mod:`minsheng._refusals`'s.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from minsheng._change_words import (
    _RATE_CHANGE,
    NEGATIVE_GROWTH,
    PACED,
    PULLED,
    PUSHED,
    RUNNING,
    change_of_it,
)
from minsheng._changes import CHANGE_APART, COMPARATOR_WORDS
from minsheng._figure import _ROUGH_COUNT, _Figure
from minsheng._governing import _check_subject
from minsheng._i18n import msg
from minsheng._numerals import fail
from minsheng._patterns import compiled
from minsheng._quantity import Quantity
from minsheng._units import RATES, UNITS, UnitKind
from minsheng._words import (
    _NOT_AFTER,
    DECIMAL_ROUGH,
    FRACTION_OF_MANY,
    GROWING,
    SCIENTIFIC,
    THRESHOLDS,
    _skip_spaces,
    _skip_spaces_back,
    other_bound,
    times,
)


def refuse_after(s: str, text: str, last: _Figure, covered: AbstractSet[int]) -> None:
    """Refuse the words after the last figure that would govern it or make it a change."""
    after = _skip_spaces(s, last.end)
    if after < len(s) and s[after] in _NOT_AFTER and after not in covered:
        raise fail(msg("unexpected text after the figure"), text, after)
    if other_bound(s, after, last.unit) is not None or (
        # 迈上6万亿元台阶, unless a bound of its own stands before it (突破…大关, 跌破…)
        s.startswith(THRESHOLDS, after)
        and not s[: last.start].rstrip(" ").endswith(COMPARATOR_WORDS)
    ):  # 1200万上方, 5%之下: above, or at least?
        raise fail(msg("a bound after the figure minsheng does not read"), text, after)
    # (not 11个月的下滑, a time)
    change = (
        None
        if times(last.unit)
        else change_of_it(s, last.end, rate=last.unit in RATES, start=last.start)
    )
    if change is not None:  # 20.7%的大幅下滑: the size of a fall, or the level it reached?
        raise fail(CHANGE_APART, text, change.start(1))
    if last.end < len(s):
        positions = list(range(last.end, len(s)))
        _check_subject(s, text, positions, covered, after=True, unit=last.unit is not None)


def refuse_words_before(
    s: str, text: str, first: _Figure, last: _Figure, covered: AbstractSet[int]
) -> None:
    """Refuse words before the figures that make their change unsure.

    成长 right before a figure (成長35.4%: growth by it in Taiwan; 健康成长3000人:
    growing up), 拉动 or 拖累 before 增长 (拉动经济增长0.5个百分点: what a sector
    adds to growth), 连续 with a change before a time (已连续下滑5个月: for
    five months, not down by five), and a change of pace before a rate
    (加快11.5个百分点: growth faster by it; 加快120个重大项目建设 counts projects).
    """
    growing = GROWING.search(s, 0, first.start)
    if growing is not None and growing.start() not in covered:
        raise fail(msg("成长 before a figure: growth by it, or growing up?"), text, growing.start())
    # in percentage points (a share of growth); 带动农民收入增长10% is the income's own
    pulled = PULLED.search(s, 0, first.start) if last.unit == "个百分点" else None
    if pulled is not None and pulled.start() not in covered:
        reason = msg("拉动 or 拖累 before 增长 or 经济: what a part adds to growth, not a change")
        raise fail(reason, text, pulled.start())
    pushed = PUSHED.search(s, 0, first.start) if last.unit in RATES else None
    if pushed is not None and pushed.start() not in covered:
        reason = msg("推高 or 拉低 before a rate: what a part pushes it by, not a level")
        raise fail(reason, text, pushed.start())
    paced = PACED.search(s, 0, first.start) if last.unit in RATES else None
    if (
        paced is not None
        and paced.start() not in covered
        and _RATE_CHANGE.search(s, 0, first.start) is None  # (增速放缓: says more)
    ):  # 加快11.5个百分点: growth
        # faster by it (a ninth hunt's: a level); 加快120个重大项目建设 counts projects
        reason = msg("加快 or 放缓 before a figure: a change of pace, faster or slower by it")
        raise fail(reason, text, paced.start())
    running = RUNNING.search(s, 0, first.start) if times(last.unit) else None
    if running is not None and running.start() not in covered:
        reason = msg("连续 and a change before a time: for how long, or by how much?")
        raise fail(reason, text, running.start())
    _refuse_averaged(s, text, last)


# 两年平均增长12.2% (a twenty-fourth hunt's: read as a rise of 12.2 % in all): the
# average of each year's change; not 2014年平均8.4分钟 or 二〇二三年平均工资 (a year's), nor
# 比前三年平均增长10% (a rise over the average, its review's), nor an average of no change
AVERAGED_OVER_YEARS = compiled(
    "(?:(?<![比较前近去〇零○两二三四五六七八九十0-9])(?:前|近|过去)?"
    "(?:[两二三四五六七八九十]+|[0-9]{1,2}) *年"
    '|[“「"]?十[一二三四五]五[”」"]?(?:期间|时期|以来))'
    # (and the subject between: 过去五年全市地区生产总值平均增长7.1%, a review's)
    # (and past one comma: 过去五年，全市地区生产总值平均增长7.1%, a review's)
    "(?:来|间|以来|内|里)?(?:[，,] *)?[^，。；,;:：!?！？\n0-9]{0,12}?平均"
    "(?:实际|名义|同比|环比|比[0-9]{4}年)?"
    "(?=增|下降|降低|提高|减少|上涨|上升|回落|扩大|缩小)"
)


def _refuse_averaged(s: str, text: str, last: _Figure) -> None:
    """Refuse an average over years before a change (两年平均增长12.2%: each year's).

    Its count of years may be a figure of the phrase (10年平均增长5.2%), so the
    words up to the last figure are searched.
    """
    averaged = AVERAGED_OVER_YEARS.search(s, 0, last.start)
    if averaged is not None:
        reason = msg("an average over years (两年平均增长): each year's, not read")
        raise fail(reason, text, averaged.start())


def refuse_whole(s: str, text: str) -> None:
    """Refuse what no reading of the phrase can take: 零点几, 1e9, 负增长."""
    rough = DECIMAL_ROUGH.search(s)  # 零点几个: 几 as a decimal digit (not 重点几类)
    if rough is not None:
        raise fail(_ROUGH_COUNT, text, rough.end() - 1)
    scientific = SCIENTIFIC.search(s)  # 1e9个 (a newcomer's trial: found as 9个)
    if scientific is not None:
        reason = msg("a number in scientific notation (1e9), which minsheng does not read")
        raise fail(reason, text, scientific.start())
    fraction = FRACTION_OF_MANY.search(s)  # 10万分之8.5: per 100,000, as no unit says
    if fraction is not None:
        reason = msg(
            "a fraction of a large or printed number (10万分之8.5), which minsheng does not read"
        )
        raise fail(reason, text, fraction.start())
    negative_growth = min((k for k in map(s.find, NEGATIVE_GROWTH) if k >= 0), default=-1)
    if negative_growth >= 0:
        raise fail(msg("负增长 (negative growth) is not read"), text, negative_growth)


def counts_things(figure: Quantity) -> bool:
    """Whether a figure counts things (间, 个, 部): items of one list may differ in it."""
    unit = figure.unit
    return unit is not None and unit in UNITS and UNITS[unit].kind is UnitKind.CLASSIFIER


# 3.100岁以上, 1.5000元以下部分: a list's number (3.) printed onto a figure, whose
# decimals (three or more, not 1.50元/斤 or 2.00%, a review's) end in a zero that
# no published precision has
_LIST_NUMBER_ON = compiled("[1-9][0-9]?[.][1-9][0-9]+0(?![0-9.])(?! *[万亿])")
# 2.80周岁以上老人, 2.128个老旧小区 (a review's): an age or a count in decimals
_LIST_NUMBER_THEN = compiled("[1-9][0-9]?[.][0-9]{2,}(?![0-9.])(?! *[万亿])")
_AGES = frozenset(("岁", "周岁"))
# 1.3所学校完成改造 (a twentieth hunt's): a count of whole buildings or places in tenths
_LIST_NUMBER_TENTHS = compiled("[1-9][0-9]?[.][1-9](?![0-9.])(?! *[万亿])")
_WHOLE_PLACES = frozenset(("所", "家", "座", "栋", "幢", "处"))
_LINE_STARTS = "\n\r。；;"  # (not ：, before a table's figure: 人均预期寿命：78.35岁)


LIST_NUMBER_ON = msg("a list's number printed onto a figure (3.100岁, 2.80周岁)?")
"""Why the scanner refuses a figure at a line's start that parse_phrase reads alone."""


def refuse_a_list_number_on_a_figure(s: str, a: int, phrase: str, figure: Quantity) -> None:
    """Refuse a figure at a line's start whose decimals may be a list's number and a figure.

    3.100岁以上老人 and 3.90%的二级综合医院 (a nineteenth and an eighteenth hunt's)
    are item 3 of a list, read as 3.1 years of age and 3.90 %.  The scanner
    alone refuses it, where the text around the phrase shows the line's start:
    a phrase given to :func:`minsheng.parse_phrase` was cut from its line.
    """
    start = _skip_spaces_back(s, a)
    if start and s[start - 1] not in _LINE_STARTS:
        return
    if (
        _LIST_NUMBER_ON.match(s, a) is not None
        or (
            _LIST_NUMBER_THEN.match(s, a) is not None
            and (figure.unit in _AGES or counts_things(figure))
        )
        or (_LIST_NUMBER_TENTHS.match(s, a) is not None and figure.unit in _WHOLE_PLACES)
    ):
        raise fail(LIST_NUMBER_ON, phrase, 0)
