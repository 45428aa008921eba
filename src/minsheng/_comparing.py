"""Comparisons in the words before a figure: what makes it a difference, or a count.

After 比上年多, 高于全国 or 高出 the figure is a difference from another
figure, which no reading says, and the parser refuses it; the scan widens a
phrase over these words so that it is refused whole.  A comparator before
subject words bounds the figure (不超过总医疗费10%) unless a 的 clause, a
comparison or a pace it meets (达到序时进度44项) stands between them.
:func:`figure_at` says what the figure is, on which these turn: a rate, a
share, points or a count.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from minsheng._change_words import CHANGE_WORDS
from minsheng._i18n import Message, msg
from minsheng._numerals import NUMBER_CHARS, fail
from minsheng._patterns import compiled
from minsheng._quantity import Comparator
from minsheng._words import (
    _INNER_CHARS,
    _INNER_COMPARATOR,
    _PREFIX_COMPARATORS,
    AHEAD_OF,
    BETTER_THAN,
    GETTING,
    LEADS,
    MARGINS,
    PAYING,
    _is_word_char,
    bare_comparative,
)

_REFERENCES = compiled("平均|上年|去年|同期|上月|目标")
# 覆盖不低于全市60%的行政村: a share of a whole that 的 names, bounded
SHARE_AT = compiled(f"[{NUMBER_CHARS}.,]{{1,40}} *(?:%|成)(?:以上|以下|左右)?的")
# Levels a figure is compared with where no 的 makes it a share of them: a
# hunt's 低于市场价20%, 高于全省5% and 超过计划20% are differences (20 % below
# the market price), where 不高于市场价的80% bounds a share of it
_LEVELS = compiled(
    "市场(?!主体)|计划(?!生育)|预期|(?<![化])标准(?!化)|(?<!高)水平|同类|同地段|周边"
)
# 高于全省5%: a rate above the province's, by a difference; but before a count the
# place names the scope (不少于全市3000个: at least 3000 in the city)
_SCOPES = compiled("全国|全省|全市")
RATE_AT = compiled(f"[{NUMBER_CHARS}.,]{{1,40}} *(?:%|个?百分点|成)")
COUNT_AT = compiled(
    f"[{NUMBER_CHARS}.,]{{1,40}} *(?:余|多)?"
    "(?:个|项|家|所|条|座|处|名|人|户|台|辆|张|套|间|栋|件|批|支|段|片|只|类)"
)
_COMPARING = frozenset(
    w
    for w, c in _PREFIX_COMPARATORS.items()
    if (c in (Comparator.MORE_THAN, Comparator.LESS_THAN) or w.startswith(("不", "未", "没")))
    and not w.startswith(("突破", "跌破"))
)
# 比上年多3000人, 较上年高出2个百分点, 比上年同期加快0.3个百分点, 高出全国平均水平2个百分点,
# 快于序时进度3.4个百分点, 少了500多个: a difference from another figure, refused
_COMPARISON = compiled(
    "[比较][^比较]{0,16}(?:[多少高低快慢大小短]|(?<![增延成生])长)了?出?$|[高低多超]出|(?<![减增])[少多]了$|"
    + "|".join((*MARGINS, *LEADS, BETTER_THAN, AHEAD_OF))
)
# 3.4个百分点 right at a figure: after 高于全国 it can only be a difference (高于90% bounds)
# (at most 40 characters of a figure: matched at every figure of a run such as
# 9.9.9.…, an unbounded one made the scan quadratic in the run's length)
POINTS_AT = compiled(f"[{NUMBER_CHARS}.,]{{1,40}} *个?百分点")
# 最高补助7000元, 最低补贴3000元: 最高 apart from its figure, a cap or a peak?
_PAYING = "|".join(PAYING)
CAPS_APART = ("最高", "至高", "封顶", "最长", "最低", "最短")
"""Words of a cap (or a floor: 最低, 最短) that a verb of paying may part from its figure."""
FLOORS_APART = ("最低", "最短")
# (最高支付限额40万元 names the limit itself, 400,000: no cap word of the figure's)
# (最高可领2.4万元, 最高可获: the same, with no verb of paying after the verb of getting)
_GETTING = "|".join(GETTING)
CAP_ADVERBS = "(?:再|还|将|也|仍|甚至|亦|又|已|只|一次性|分别|可以|可|能够|能| )"
"""Words that may stand between 最高 and a change or 达到: 最高可以达到, 最高再提高."""
_CAP_APART = compiled(
    f"(?:{'|'.join(CAPS_APART)})(?:(?:甚至|还|也)?(?:可以|可|能够|能)(?:{_GETTING})"
    "(?!额度|金额|限额|标准)[^，。；]*"
    # (最高领到4.8萬元, 最高甚至可领得四萬八千元: a twenty-eighth hunt's, read as exact)
    f"|(?:甚至|还|也|一次性|亦|已|只|再|又|分别)*(?:可以|可|能够|能)?(?:{_GETTING})?(?:{_PAYING})"
    f"|(?:甚至|还|也)?(?:{_GETTING})[到得]?"
    # 报销比例最高可以达到65% (a twenty-fifth hunt's: found as 达到65%, at least 65 %)
    f"|{CAP_ADVERBS}+)$"
)


class FigureAt(NamedTuple):
    """What the figure after a comparator's words is, which the comparison turns on."""

    points: bool = False  # 高于全国3个百分点: in percentage points
    share: bool = False  # 不低于全市60%的行政村: a share of a whole that 的 names
    rate: bool = False  # 高于全省5%: a rate, where a place is a level (不少于全市3000个)
    counted: bool = False  # 达到序时进度44项: a count of things, in a classifier


_LEVEL_WORDS = ("达到", "达", "超过", "超出", "超", "低于", "高于", "大于", "小于", "优于")


def counts_what_follows(s: str, word: str, k: int) -> bool:
    """Whether the figure at ``k`` counts what meets a level that ``word`` compares with.

    In 达到“优秀”等级的120所学校 and 低于低保标准的3000户家庭 the words of 的 before
    the count say which schools or homes are counted (a review's): the bound is
    theirs, not the count's.  Not after a bound of a quantity (不少于方案要求的300张
    床位, 约有…规划确定的120个项目: at least, or about, the figure, a second review's).
    """
    found = COUNT_AT.match(s, k)
    return (
        word.startswith(_LEVEL_WORDS)
        and found is not None
        and found.end() < len(s)
        and _is_word_char(s[found.end()])
    )


def figure_at(s: str, k: int) -> FigureAt:
    """What the figure that starts at ``k`` is, for :func:`compared_at`."""
    patterns = (POINTS_AT, SHARE_AT, RATE_AT, COUNT_AT)
    return FigureAt(*(p.match(s, k) is not None for p in patterns))


def _compares(inner: re.Match[str], words: str, end: int, at: FigureAt) -> bool:
    """Whether the comparator ``inner`` compares with another figure named before ``end``.

    It does where words name one (高于全国平均水平), or where any words stand
    between it and a figure in percentage points (高于全国3个百分点).  A level
    (低于市场价20%) is one only where the figure is no share of a whole that
    的 names after it (覆盖不低于全市60%的行政村), and a place only before a rate.
    """
    if inner.group() not in _COMPARING:
        return False
    if _REFERENCES.search(words, inner.end(), end) is not None:
        return True
    level = None if at.share else _LEVELS.search(words, inner.end(), end)
    if level is None and at.rate and not at.share:
        level = _SCOPES.search(words, inner.end(), end)
    if level is not None and "的" not in words[level.end() : end]:
        return True
    between = words[inner.end() : end].strip(" ")
    if (
        inner.group() in _THAN
        and between
        and all(map(_is_word_char, between))  # a noun (not 两个高于、两个缩小, a slogan)
        and "的" not in between
        and not (at.rate or at.share or at.points)
    ):
        # 支出大于收入3098亿元, 男性多于女性3.2万人 (a twenty-first hunt's: more than
        # 3098亿元): than a thing it names, by the figure; not 不超过总医疗费10% (a share)
        return True
    return at.points and bool(between)


_SUPERLATIVES = frozenset(("最多", "最少", "最高", "最低", "最长", "最短"))
_NAMED_AFTER_THE_MOST = compiled(
    r" *(?:(?:者|之[^\W\d]{1,3})?[为是] *[^\W\d]+ *$|[（(]"
    # (and 最少學校縮班的一年, a thirty-third hunt's: the year with the fewest, not >= 1)
    r"|[^\W\d]{1,8}的 *$)"
)


def the_most_named(word: str, between: str, before: str = "") -> bool:
    """Whether a superlative ``word`` is the most, that a name or brackets part from its figure.

    人口減少最多為金門縣2.91%, 占比最多(占25.6%) (a thirty-first hunt's: at most): the
    most, not a bound; 最多为3次 bounds its figure.  So is a change's most, in all, that
    ``before`` ends with (以燃氣增加最多共9.57%, a thirty-sixth hunt's), where 补贴最多共3000元
    is a cap.
    """
    return word in _SUPERLATIVES and (
        _NAMED_AFTER_THE_MOST.match(between) is not None
        or (_in_all(word, between) and _CHANGED_BEFORE.search(before) is not None)
    )


_IN_ALL = ("共", "合计", "共计", "累计")
_CHANGED_BEFORE = compiled(f"(?:{CHANGE_WORDS})了? *$")


def _in_all(word: str, between: str) -> bool:
    """Whether a superlative ``word`` and ``between`` say the most, in all (最多共)."""
    return word in _SUPERLATIVES and between.strip(" ") in _IN_ALL


def changed_the_most(s: str, c: int, inner: re.Match[str], a: int) -> int | None:
    """Where the change word starts whose most, in all, ``inner`` says (增加最多共9.57%)."""
    if not _in_all(inner.group(), s[inner.end() : a]):
        return None
    changed = _CHANGED_BEFORE.search(s, c, inner.start())
    return None if changed is None else changed.start()


# (not 超过: 超过峰值3000人 exceeds the peak of 3000, a bound)
_THAN = frozenset(("大于", "多于", "小于", "少于", "高于", "低于"))
_PEAK_VALUE = compiled("峰(?!期|会)")
# 达到序时进度44项, 达到国家一级标准河段15个: the things counted meet a pace or a
# standard, and the figure counts them (未达到序时进度11项 read as fewer than 11)
_PACE_OR_STANDARD = compiled("进度|(?<![化])标准(?!化)|要求")


def _counts_what_meets(inner: re.Match[str], words: str, end: int, at: FigureAt) -> bool:
    """Whether the comparator ``inner`` says what the things a count counts meet.

    In 达到序时进度44项 and 未达到序时进度11项 the projects that reach the
    planned pace, or do not, are 44 and 11: the comparator is of a pace or a
    standard named between it and the count, not of the count.  (Before a
    multiple, a rate or a share, 不低于当地低保标准的1.3倍, the figure is of
    the standard.)
    """
    if not at.counted or at.share:
        return False
    named = _PACE_OR_STANDARD.search(words, inner.end(), end)
    # a pace always; a standard or a requirement where a noun follows it (河段15个),
    # not where the figure is its amount (达到省定标准3000张: at least 3000 beds)
    return named is not None and (named.group() == "进度" or bool(words[named.end() : end].strip()))


# 每年限辦理一次, 每個農場只可申請資助1次, 每人限购2台 (a twenty-seventh hunt's: read as
# exact): a limit; not 期限, 年限 or 上限 (a term, a count of years, a cap named)
# (a verb of getting, buying or doing follows, as a limit's does: not 只能容纳500人, only
# so many, 不限专业, 受限企业, 限电期间, nor 每人最多只能申领2次, bounded already: a review's)
LIMITED = compiled(
    "(?:(?<![期年上下权界无有极时额局受不])限(?!期|额|时|制|定期|行|上|下)"
    "|(?<!多)(?:只可|只能|仅限|仅可|只准|仅能|只许|只允许|仅允许))[^，。；,;0-9]{0,3}?"
    "(?:购买|购|领取|申领|领|申请|申办|申报|办理|享受|享有|持有|获得|获|参加|报名|报考|报|使用|用"
    "|兑换|认购|乘坐|携带|提取|资助|补助|补贴|推荐|入住|住|载|招收|招|选|带)[^，。；,;0-9]{0,4}$"
)
LIMIT = msg("限 or 只能 before a figure: a limit (at most), or the number allowed?")


def cap_reason(word: str) -> Message:
    """Why 最高 (a cap or a peak?) or 最低 (a floor or a low?) that starts ``word`` is refused."""
    if word.startswith(FLOORS_APART):
        return msg("最低 before a figure: a floor or a low?")
    return msg("最高 before a figure: a cap or a peak?")


def cap_apart_at(words: str) -> int | None:
    """Where 最高 or 最低 starts that a verb of paying parts from the figure (最高补助).

    Or a limit (农户只能申请1次, 限购2台), which the parser refuses too.
    """
    apart = _CAP_APART.search(words) or LIMITED.search(words)
    return None if apart is None else apart.start()


def compared_at(words: str, at: FigureAt, *, after: str = "") -> int | None:
    """Where a comparison with another figure starts in the words right before a figure.

    After 比上年多, 高出 or 高于上月 the figure is a difference, which the parser
    refuses; the scanner widens a phrase it finds over these words, so that
    the phrase is refused too rather than read as a bare figure.  ``words``
    are one clause, ending where the figure (or the word that governs it)
    starts; ``at`` says what that figure is (:func:`figure_at`); ``after`` is
    the text that follows them (高 before 达 is "as high as", no comparison).
    """
    comparison = _COMPARISON.search(words) or bare_comparative(words, after)
    if comparison is not None:
        return comparison.start()
    inner = _INNER_COMPARATOR.search(words)
    if inner is not None and _compares(inner, words, len(words), at):
        return inner.start()
    return None


_MOST_OF_ALL = ("为最多", "为最少", "是最多", "是最少")


def most_of_all(s: str, inner: re.Match[str], end: int) -> bool:
    """Whether the comparator ``inner`` is 为最多 before a share: the most of several.

    以居家服务为最多占35% (an eleventh hunt's: at most 35 %) names the largest
    group, and the share after it is exact; 补助标准为最多3000元 and
    是最多可达3000元 are caps (a review's).
    """
    return s.endswith(_MOST_OF_ALL, 0, inner.end()) and s[inner.end() : end].lstrip(
        " ，,"
    ).startswith(("占", "佔"))


def _inner_comparator(  # noqa: PLR0913 - the words, where they stand and what is passed over
    text: str,
    words: str,
    end: int,
    kept: list[int],
    at: FigureAt,
    *,
    covered: AbstractSet[int] = frozenset(),
) -> re.Match[str] | None:
    """A comparator before the subject words it bounds: 不超过总医疗费10%.

    One that does not bound the figure is refused: in 收入低于低保标准的家庭3000户
    it is inside a clause that 的 ends (where 的 before the figure, as in
    达到城市社区的60%, is "of"), and in 高于全国平均水平3个百分点 it compares
    with another figure, so that the figure is a difference.  One in ``covered``
    is an age's, passed over with it (不满90周岁的每人每月100元): no bound of the figure.
    """
    if _INNER_CHARS.isdisjoint(words):
        return None
    inner = _INNER_COMPARATOR.search(words, 0, end)
    if inner is not None and kept[inner.start()] in covered:
        return None
    if inner is not None and most_of_all(words, inner, end):
        return None  # 以居家服务为最多占35% (an eleventh hunt's: at most 35 %): the most
    if inner is not None:
        between = words[inner.end() : end]
        if (
            "的" in between.rstrip(" ")[:-1]
            or _compares(inner, words, end, at)
            or _counts_what_meets(inner, words, end, at)
            # 将达到峰值215万人: a peak reached, as 最高达 is (not 超过峰值, 高峰期)
            or (inner.group() in ("达", "达到") and _PEAK_VALUE.search(between) is not None)
            # 主要指标最多的一个大类 (a twenty-sixth hunt's: at most 1): the one with the most
            or (inner.group() in _SUPERLATIVES and between.lstrip(" ").startswith("的"))
            # 人口減少最多為金門縣2.91%, 占比最多(占25.6%) (a thirty-first hunt's: at most):
            # the most, which a name or an aside in brackets parts from the figure
            or the_most_named(inner.group(), between, words[: inner.start()])
        ):
            position = kept[inner.start()]
            raise fail(msg("a comparator that does not bound the figure"), text, position)
    return inner
