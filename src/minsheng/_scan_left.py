"""The words right before a found figure that govern it.

:func:`extend_left` widens a figure found in running text over its comparator,
approximation and change words (不少于, 约, 提高到), over a comparator before
subject words (不低于当地低保标准的1.3倍) and over a denominator earlier in its
clause (每千名常住人口…达到4.5个); :func:`clause_start` says where the clause
begins.  :mod:`minsheng._scan_start` uses them to find where a phrase starts.
"""

from __future__ import annotations

from minsheng._change_words import (
    _CHANGES,
    _NOT_CHANGES,
    _ONLY_TO,
    NOT_BARE_CHANGES,
    TAKES_NO_OBJECT,
)
from minsheng._comparing import (
    changed_the_most,
    counts_what_follows,
    most_of_all,
    the_most_named,
)
from minsheng._errors import ParseError
from minsheng._governing import (
    _before,
)
from minsheng._patterns import compiled
from minsheng._per_words import (
    _PER_OR_ALL,
    _PER_WORDS,
    places_before,
)
from minsheng._refusals import (
    PER_AREA,
)
from minsheng._words import (
    _ABOUT_PREFIXES,
    _INNER_COMPARATOR,
    _NOT_COMPARATORS,
    _PREFIX_COMPARATORS,
    NOT_ABOUTS,
    OVERTAKING,
    SIGNS,
    _skip_spaces_back,
    as_much_as,
    sign_in_markup,
)
from minsheng._words_before import CROSSING

CLAUSE = frozenset("，。；！？：,;!?:\n“”")
_LEFT_WORDS = frozenset(
    # 过 and 破 alone, which the parser refuses (过3000万元: more than it?): found
    # with the figure, so that the phrase is refused too, not read as exact (the
    # scan reads normalized text: 過 is 过 here)
    # (and 跨越: 跨越1万亿元, crossed it, which a review found read as exact; 站上 and
    # 跨入 only before an amount, in _scan_refused, not 跨入21世纪)
    [*_PREFIX_COMPARATORS, *_ABOUT_PREFIXES, "过", "破", *CROSSING[:2]]
    + [
        change + marker
        for change in _CHANGES
        # 降幅仍达5%: an adverb between the change and its comparator (the
        # parser reads it only where a comparator follows)
        for marker in ("", "了", "到", "到了", "至", "为", "仍", "均", "也", "都", "亦", "皆")
        # a change word of one character too (按年升15.7%, 同比跌57.33%): right
        # before the figure it is the figure's, and the parser reads it so
        if marker in ("到", "到了", "至", "为") or change not in _ONLY_TO
    ]
)
_LONGEST_LEFT = max(map(len, _LEFT_WORDS))
# two-character words that end in a one-character change word (新增, 晋升, 涨跌)
_WORD_ENDS = frozenset(w for w in (*_CHANGES, *_NOT_CHANGES, *NOT_BARE_CHANGES) if len(w) == 2)


_PER_BEFORE = compiled(f"每|{_PER_WORDS.pattern}")


def clause_start(s: str, a: int, boundaries: frozenset[str] = CLAUSE) -> int:
    c = a
    while c > 0 and s[c - 1] not in boundaries and a - c < 40:
        c -= 1
    return c


# a name in brackets right before the figure (利率(LPR)130%), or a page's pinyin gloss
# anywhere (不超過(guò)…的3%); not 通过APP申领补贴3000元, nor 标准(MW)的家庭共3000户,
# which bounds no figure (reviews')
_LATIN_IN_BRACKETS = compiled(
    "[(（][A-Za-z]+[)）] *$|[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]"
)
_SLOGAN_COUNT = compiled("[一二两三四五六七八九十]个$")  # 两个高于、两个缩小


def extend_left(  # noqa: PLR0913, PLR0917 - the text, the figure and what is known
    s: str, a: int, floor: int, covered: set[int], dates: set[int], unitless: bool = False
) -> tuple[int, bool]:
    """Widen a figure's start over the words that govern it; say if any did.

    Besides the words right before it (不少于, 约, 提高到), these are a
    comparator before subject words (不低于当地低保标准的1.3倍), a denominator
    earlier in the clause (每千名常住人口…达到4.5个, 人均37111元), and a 每 the
    parser cannot read (每隔3年开展1次, 每孩每月补贴300元): the phrase then
    starts at that 每 and is refused, rather than read without it.
    """
    figure = a
    a, governed = _left_words(s, a, floor, unitless=unitless)
    c = max(clause_start(s, a), floor)
    inner = _INNER_COMPARATOR.search(s, c, a)  # 不低于当地低保标准的1.3倍
    if (
        inner is not None
        and not most_of_all(s, inner, a)
        # 两个高于、两个缩小 (an eighteenth hunt's: found as more than two): a
        # slogan's item, which bounds nothing after it
        and not (
            s.startswith(("、", " 、"), inner.end()) and _SLOGAN_COUNT.search(s, c, inner.start())
        )
    ):
        try:
            bound = _before(s, s, inner.start(), a, covered, dates).comparator
        except ParseError:
            bound = None  # 收入低于低保标准的家庭3000户: it bounds no figure
            between = s[inner.end() : a].rstrip(" ")
            if (
                _LATIN_IN_BRACKETS.search(s, inner.end(), a)
                or the_most_named(inner.group(), s[inner.end() : a], s[c : inner.start()])
            ) or (
                between.endswith("的")
                and "的" not in between[:-1]
                and not counts_what_follows(s, inner.group(), a)  # 低于低保标准的3000户家庭
            ):
                # 超過…報價利率(LPR)130% (a nineteenth hunt's, found as a plain 130%):
                # letters the parser refuses; and 不少于方案要求的300个 (a twentieth
                # hunt's, found as a plain 300个), the figure of what 的 names: the
                # phrase reaches the bound, refused
                a, governed = inner.start(), True
        if bound is not None:
            # (增加最多共9.57%: from the change whose most it is, which the parser refuses)
            most = changed_the_most(s, c, inner, a)
            a, governed = inner.start() if most is None else most, True
    # 每千名常住人口婴幼儿托位达到4.5个, 城镇居民人均可支配收入37111元
    first = s.find("每", c, a)
    starts = [k for k in range(first, a) if s[k] == "每"] if first >= 0 else []
    each = set(starts)
    # (a per word may look past the start: 年平均 before 增长 is a year's average)
    # (and 平均年 before 增长 is a year's average too, read from 平均: a fourteenth hunt's)
    starts += [
        m.start() - 2 if m.start() - 2 >= c and s.startswith("平均年", m.start() - 2) else m.start()
        for m in _PER_WORDS.finditer(s, c, min(len(s), a + 8))
        if m.end() <= a
    ]
    # 村均收入达到15万元, 平均单产达433公斤: a denominator the parser refuses (an
    # eleventh hunt's: found without it, as a plain figure)
    area = PER_AREA.search(s, c, a)
    if area is not None and not _PER_BEFORE.search(s, c, area.start()):
        # (单产提高5% reads: the parser says, by the unit; 亩均粮食单产 names its area,
        # and the phrase starts at 亩均, below)
        return area.start(), True
    place = _PER_OR_ALL.search(s, c, a)
    unsaid = -1 if place is None else place.start()
    if unsaid > c and places_before(s, unsaid):
        unsaid -= 1  # 城乡均达到30%: all places, or each? refused from 城 (a twentieth hunt's)
    for p in sorted({*starts, unsaid} - {-1}):
        try:
            # (to the figure: a per word may look past a change word, 年平均增长)
            before = _before(s, s, p, a if p in each else figure, covered, dates)
        except ParseError:
            if p in (first, unsaid) or s[p] == "单":
                # 每季度, 每隔3年: a 每 that cannot be read governs the figure; and 单笔…最大,
                # the largest one (a review's: found as the figure alone)
                return p, True
            continue
        if before.pers:
            return _left_words(s, p, floor)[0], True  # 提高到每人每月900元
    return a, governed


def _left_words(s: str, a: int, floor: int, *, unitless: bool = False) -> tuple[int, bool]:
    """Widen a start over the comparator, approximation and change words right before it."""
    governed = False
    for _ in range(3):
        b = _skip_spaces_back(s, a, floor)
        for length in range(min(_LONGEST_LEFT, b - floor), 0, -1):
            word = s[b - length : b]
            if word in _LEFT_WORDS:
                if (
                    any(
                        s.endswith(w, floor, b)
                        for w in (*_NOT_COMPARATORS, *_NOT_CHANGES, *NOT_ABOUTS, *OVERTAKING)
                    )
                    or (word == "达" and as_much_as(s, floor, b))
                    or (
                        # 纽约是一个…, 纽约有: 约 of a word (a twentieth hunt's: about 1 个)
                        word[0] in "约近"
                        and s[max(floor, b - length - 1) : b - length + 1] in NOT_ABOUTS
                    )
                ):
                    # 赶超5%: the parser refuses the whole word, not 超; 高达95%: 95 %
                    continue
                if word[0] in SIGNS and sign_in_markup(s, b - length):
                    # <b>3000个, ->3000个: markup or an arrow, which the parser refuses
                    # with what stands before it, not a bound
                    return b - length - 1, True
                changed = word.rstrip("了")
                if unitless and changed in _CHANGES and changed not in TAKES_NO_OBJECT:
                    # 提升3万农村人口: the change is not the figure's (but 回升20余万
                    # takes no object: the rise is)
                    continue
                if len(word) == 1 and b - length > floor and s[b - 2 : b] in _WORD_ENDS:
                    continue  # 新增 ends in 增, 晋升 in 升: a longer word's last character
                a, governed = b - length, True
                break
        else:
            break
    return a, governed
