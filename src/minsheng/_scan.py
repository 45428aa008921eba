"""Find the quantity phrases in running text: a report, an article, a plan.

:func:`find_quantities` walks a text once, finds every figure (with
:mod:`minsheng._scan_figures`, which says where each ends), widens each to
the words that govern it (不少于, 约, 增长, 每千名常住人口…达到, 由…提高到) and
reads the phrase with :func:`~minsheng.parse_phrase`, so a found phrase reads
exactly as the same phrase given to the parser.  What is not a quantity is
passed over: dates (2025年12月31日, 2月3日), ordinals (第三批), list numbers
(1.), bare numbers with no unit or magnitude, and single Chinese numerals
used as words (一人失能, 七次会议).  A figure that looks like a number but
cannot be read (十九千个) is reported with its error, never dropped; so is a
phrase whose words change the figure in a way the parser does not read: a 每
it cannot read (每隔3年开展1次), a ratio or fraction (1:12, 1/3), 以上
after a measure word it does not know (3万株以上), a list after governing words
(分别增长5%和6.5%).  The phrase found reaches those words, so that it is
refused, never read as the figure without them.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import attrs

from minsheng._changes import (
    COMPARATOR_WORDS,
    TO_WORDS,
    change_apart,
    first_change,
    governs_across,
)
from minsheng._errors import ParseError, expect
from minsheng._figure import _Figure
from minsheng._governing import (
    POINTS_AT,
    _before,
    _read_per_body,
    cap_apart_at,
    compared_at,
    period_before,
)
from minsheng._i18n import msg
from minsheng._numerals import NUMBER_CHARS, fail
from minsheng._parse import Reading, parse_phrase
from minsheng._patterns import compiled
from minsheng._refusals import fen_after, ge_dian_after
from minsheng._scan_figures import LIST_SEPARATORS, raw_figures
from minsheng._script import normalize
from minsheng._words import (
    _ABOUT_PREFIXES,
    _AVERAGE,
    _CHANGE_CHARS,
    _CHANGES,
    _DATE,
    _INNER_COMPARATOR,
    _LOWERING_AT,
    _NOT_CHANGES,
    _NOT_COMPARATORS,
    _ONLY_TO,
    _PER_WORD_STARTS,
    _PER_WORDS,
    _PREFIX_COMPARATORS,
    _RANGE,
    _RATE_CHANGE,
    AGE,
    CURRENCY_BEFORE,
    CURRENCY_SIGN,
    FOREIGN_CURRENCY,
    GROWING,
    NEGATIONS,
    NEGATIVE_GROWTH,
    NOT_ABOUTS,
    NOT_BARE_CHANGES,
    OVER_PLAN,
    PULLED,
    PULLING,
    _covered,
)

MAX_SCAN = 1_000_000
"""The longest text, in characters, that :func:`find_quantities` reads."""

_CLAUSE = frozenset("，。；！？：,;!?:\n“”")
_SENTENCE = frozenset("，。；！？：,;!?:\n")
_LEFT_WORDS = frozenset(
    [*_PREFIX_COMPARATORS, *_ABOUT_PREFIXES]
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
_CHANGE_WORD = "|".join(sorted(_CHANGES, key=len, reverse=True))
_CHANGE_TO = compiled(f"(?:{_CHANGE_WORD})了?[到至为]")
# 增加四分之一至: a change word, then (perhaps after its amount) the level it goes to
_CHANGE_THEN_TO = compiled(f"(?:{_CHANGE_WORD})[^到至为]{{0,8}}?[到至为]")
# 提高报销比例为: the same, right before the figure, over an object without a
# figure; the longest change word at a place (增长, not 增: an atomic group),
# and not one that names a thing (增长的贡献率为, 增长率为)
_CHANGE_THEN_TO_END = compiled(
    f"(?>{_CHANGE_WORD})(?![的率])[^到至为{NUMBER_CHARS}]{{0,8}}?[到至为]$"
)


@attrs.frozen
class Found:
    """A quantity phrase found in running text.

    ``start`` and ``end`` are character offsets into the text that was
    searched, so ``text[start:end] == phrase``.  ``reading`` is what
    :func:`~minsheng.parse_phrase` reads of the phrase; where the phrase
    holds a figure that cannot be read (十九千个), ``reading`` is ``None`` and
    ``error`` says why.
    """

    start: int
    end: int
    phrase: str
    reading: Reading | None
    error: ParseError | None = None


def _clause_start(s: str, a: int, boundaries: frozenset[str] = _CLAUSE) -> int:
    c = a
    while c > 0 and s[c - 1] not in boundaries and a - c < 40:
        c -= 1
    return c


def _extend_left(  # noqa: PLR0913, PLR0917 - the text, the figure and what is known
    s: str, a: int, floor: int, covered: set[int], dates: set[int], unitless: bool = False
) -> tuple[int, bool]:
    """Widen a figure's start over the words that govern it; say if any did.

    Besides the words right before it (不少于, 约, 提高到), these are a
    comparator before subject words (不低于当地低保标准的1.3倍), a denominator
    earlier in the clause (每千名常住人口…达到4.5个, 人均37111元), and a 每 the
    parser cannot read (每隔3年开展1次, 每孩每月补贴300元): the phrase then
    starts at that 每 and is refused, rather than read without it.
    """
    a, governed = _left_words(s, a, floor, unitless=unitless)
    c = max(_clause_start(s, a), floor)
    inner = _INNER_COMPARATOR.search(s, c, a)  # 不低于当地低保标准的1.3倍
    if inner is not None:
        try:
            bound = _before(s, s, inner.start(), a, covered, dates).comparator
        except ParseError:
            bound = None  # 收入低于低保标准的家庭3000户: it bounds no figure
        if bound is not None:
            a, governed = inner.start(), True
    # 每千名常住人口婴幼儿托位达到4.5个, 城镇居民人均可支配收入37111元
    first = s.find("每", c, a)
    starts = [k for k in range(first, a) if s[k] == "每"] if first >= 0 else []
    starts += [m.start() for m in _PER_WORDS.finditer(s, c, a)]
    for p in sorted(starts):
        try:
            before = _before(s, s, p, a, covered, dates)
        except ParseError:
            if p == first:
                return p, True  # 每季度, 每隔3年: a 每 that cannot be read governs the figure
            continue
        if before.pers:
            return _left_words(s, p, floor)[0], True  # 提高到每人每月900元
    return a, governed


def _left_words(s: str, a: int, floor: int, *, unitless: bool = False) -> tuple[int, bool]:
    """Widen a start over the comparator, approximation and change words right before it."""
    governed = False
    for _ in range(3):
        b = a
        while b > floor and s[b - 1] == " ":
            b -= 1
        for length in range(min(_LONGEST_LEFT, b - floor), 0, -1):
            word = s[b - length : b]
            if word in _LEFT_WORDS:
                if any(
                    s.endswith(w, floor, b) for w in (*_NOT_COMPARATORS, *_NOT_CHANGES, *NOT_ABOUTS)
                ):
                    continue
                if unitless and word.rstrip("了") in _CHANGES:
                    continue  # 提升3万农村人口: the change is not the figure's
                if len(word) == 1 and b - length > floor and s[b - 2 : b] in _WORD_ENDS:
                    continue  # 新增 ends in 增, 晋升 in 升: a longer word's last character
                a, governed = b - length, True
                break
        else:
            break
    return a, governed


def _with_refused_words(s: str, a: int, floor: int, *, points: bool = False) -> int:
    """Widen a phrase's start over words right before it that the parser refuses.

    不是3个, 负增长3%, 比上年多2000人 and 高于上月2个百分点 must not be found as
    3个, 增长3%, 2000人 and 2个百分点, nor 压缩在5个工作日以内 and 班均45人 as
    5个工作日以内 and 45人.  (Where the parser reads the wider phrase, as
    各区均达到90%, it is found read.)
    """
    c = max(_clause_start(s, a), floor)
    compared = compared_at(s[c:a], points=points, after=s[a : a + 1])
    if compared is not None:
        return c + compared
    cap = cap_apart_at(s[c:a])  # 最高补助7000元: a cap, or the most paid?
    if cap is not None:
        return c + cap
    about = _ABOUT_APART.search(s, c, a)  # 约为年度总任务的81%: about, over words
    if about is not None:
        return about.start()
    changed = _change_then_to(s, c, a)  # 提高报销比例为70%, 增长也为5%: to it, or by it?
    if changed is not None:
        return changed
    growing = GROWING.search(s, c, a)  # 成長35.4%: growth by it, or growing up?
    if growing is not None:
        return growing.start()
    # 拉动经济增长0.5个百分点: a part's share of growth (a starts at its 增长)
    pulled = PULLED.search(s, c, a) or (  # 下拉经济0.1个百分点
        _PULLING_END.search(s, c, a) if s.startswith(("增长", "增速", "下降"), a) else None
    )
    if pulled is not None:
        return pulled.start()
    if a - 2 >= c and s.startswith("连续", a - 2) and s[a : a + 1] in _CHANGE_CHARS:
        return a - 2  # 连续下滑5个月: for how long, or by how much? the parser says
    over = OVER_PLAN.search(s, c, a)  # 超额完成22%: a margin; the parser says, by the unit
    if over is not None:
        return over.start()
    lowering = _LOWERING_AT.search(s[c:a])  # 压缩在5个工作日以内: to, or by?
    if lowering is not None:
        return c + lowering.start()
    # 增速放缓0.5个百分点, 降幅比上月收窄1.4…: a match that reaches over a (it is
    # at most _RATE_CHANGE_LONGEST long, so the search stops there)
    for rate in _RATE_CHANGE.finditer(s, c, a + _RATE_CHANGE_LONGEST):
        if rate.start() < a <= rate.end():
            return rate.start()
    each = _STRAY_EACH.search(s, c, a)  # 班均45人, 中小学均配备3名: per each?
    if each is not None and not s.endswith(_LONG_CHANGES, c, each.start() + 1):
        return each.start()  # (not 增幅均在5%以上: the change's 均, "both")
    if a - 1 >= floor and s.startswith(NEGATIVE_GROWTH, a - 1):
        return a - 1
    for negation in NEGATIONS:
        if a - len(negation) >= floor and s.startswith(negation, a - len(negation)):
            return a - len(negation)
    return a


def _change_then_to(s: str, c: int, a: int) -> int | None:
    """Where a change word starts that its object, then 为, 到 or 至, part from the figure.

    The parser refuses 提高报销比例为70% and 增长也为5% (a change to the
    figure, or by it?); found alone, 70% and 5% would read as levels.  Not
    after a comparator (增长均达到6.2% reads as a change of at least 6.2%).
    """
    words = s[c:a].rstrip(" ")
    if not words.endswith(TO_WORDS) or words.endswith(COMPARATOR_WORDS):
        return None
    change = _CHANGE_THEN_TO_END.search(words)
    if change is None:
        return None
    start = change.start()
    if words.startswith(_NOT_CHANGES, start) or any(
        # 晋升职称为30人, 改造提升学校为30所: the end of a word that is no change
        words.startswith(word, at)
        for word in (*_NOT_CHANGES, *_WORD_ENDS)
        for at in range(max(start - len(word) + 1, 0), start)
    ):
        return None  # 增值税为3亿元: no change either
    return c + start


_PULLING_END = compiled(f"{PULLING}$")
_RATE_CHANGE_LONGEST = 3 + 8 + 2  # 增长率, 8 characters between, 收窄
# An approximation word apart from its figure, which the parser refuses (约为
# 年度总任务的81%, 约占全市2025年总人口的12%, 接近全年目标的90%): found alone,
# the figure would read as exact.  Not over a change or comparator word (这大约
# 是因为新增学位3000个 reads 3000个), nor over a number other than a year's
# (接近60岁的…320人), and within its clause; not the 约 of 节约 or 约谈.
_NOT_ABOUT_BEFORE = "".join(sorted(w[0] for w in NOT_ABOUTS if w.endswith("约")))
_WORDS_BETWEEN = "[^，。；、,;:：\n增减提降超达不至到新0-9零〇一二两三四五六七八九十百千万亿]"
_ABOUT_APART = compiled(
    f"(?:大约|(?<![{_NOT_ABOUT_BEFORE}])约(?![谈见请定束])|接近|将近)"
    f"(?:占到|占比|为|占|是|有)?(?:{_WORDS_BETWEEN}|[12][0-9]{{3}}年){{0,24}}$"
)
# A 均 that is no denominator word's (人均, 村均): the parser refuses it before a
# count.  Not 均已 (业务均已实现1个流程): the report says each has one, and the
# figure alone reads as what it says; the dataset keeps "per service" in its subject.
_LONG_CHANGES = tuple(w for w in _CHANGES if len(w) > 1)
_STRAY_EACH = compiled(f"[^平{''.join(sorted(_PER_WORD_STARTS))}]{_AVERAGE}(?!已)")


def _from_to_span(s: str, starts: tuple[int, ...], end: int) -> tuple[int, int, bool] | None:
    """The from → to phrase that starts at the first of ``starts`` the parser reads.

    Where the parser refuses each but reads a change word before the target
    (由原来的14个工作日减至4个: the units differ), the whole phrase is found
    as refused, so that the starting figure is never found as a plain level.
    """
    refused = None
    for a in starts:
        try:
            reading = parse_phrase(s[a:end])
        except ParseError:
            refused = refused or (a, end, True)
            continue
        if reading.baselines:
            return a, end, False
    return refused


def _from_to(s: str, figures: list[_Figure], used: set[int]) -> list[tuple[int, int, bool]]:
    """由…提高到… spans: a change to a level after figures that 由 or 从 starts."""
    spans = []
    for j in range(1, len(figures)):
        target = figures[j]
        region = s[figures[j - 1].end : target.start]
        if _CHANGE_TO.search(region) is None or any(ch in _SENTENCE for ch in region):
            continue
        for i in range(max(0, j - 3), j):
            gaps = "".join(s[figures[n].end : figures[n + 1].start] for n in range(i, j))
            if any(k in used for k in range(i, j)) or any(ch in _SENTENCE for ch in gaps):
                continue
            c = _clause_start(s, figures[i].start, _SENTENCE)
            p = max(s.rfind("由", c, figures[i].start), s.rfind("从", c, figures[i].start))
            if p < 0:
                continue
            per = s.rfind("每", c, p)  # 每千人口床位数由4.9张提高到7.6张: per 1,000 too
            starts = (per, p) if per >= 0 and "每" not in s[per + 1 : p] else (p,)
            found = _from_to_span(s, starts, target.end)
            if found is not None:
                after = j + 1
                if (
                    after < len(figures)
                    and _RANGE.fullmatch(s, target.end, figures[after].start)
                    and target.unit in (None, figures[after].unit)  # not 降至7%至9月
                ):
                    # 由20至40分钟缩短至12至22分钟: the range it goes to, whole (22分钟
                    # was left to be read alone)
                    found = (found[0], figures[after].end, found[2])
                    used.add(after)
                    after += 1
                while (
                    j - i > 1
                    and after < len(figures)
                    and s[figures[after - 1].end : figures[after].start].strip(" ")
                    in LIST_SEPARATORS
                ):
                    # 分别从79.15%、63.93%提高到93.27%、79.69%: pairs, not levels to
                    # one; the parser refuses the whole
                    found = (found[0], figures[after].end, True)
                    used.add(after)
                    after += 1
                used.update(range(i, j + 1))
                spans.append(found)
                break
    return spans


def _listed(between: str, figure: _Figure, previous: _Figure | None) -> bool:
    """Whether ``between`` joins ``figure`` to a list: a separator, perhaps then 约 or 近.

    分别上升近1.8倍、约1.52倍及近1.25倍: each after the first is the change's too.
    With 约 or 近, only where the unit is the figure's before (同比增长12%、近3年
    starts a new phrase).
    """
    between = between.strip(" ")
    if between in LIST_SEPARATORS:
        return True
    about = next((w for w in _LIST_ITEM_WORDS if between.endswith(w)), None)
    return (
        about is not None
        and between[: -len(about)].rstrip(" ") in LIST_SEPARATORS
        and previous is not None
        and previous.unit == figure.unit
    )


_LIST_ITEM_WORDS = tuple(sorted(_ABOUT_PREFIXES, key=len, reverse=True))


def _compared_across(s: str, span: tuple[int, int, bool], start: int) -> bool:
    """Whether a figure at ``start`` is a difference from the figure of ``span``.

    比年目标任务4%低0.63个百分点: 0.63 points below the 4 % target, a
    difference the parser refuses; found alone, it would read as a plain
    0.63 points, "below" lost.
    """
    a, b, _ = span
    between = s[b:start].strip(" ") or s[b - 1]  # 较计划3000人多500人: 多 ended the span
    if between not in _COMPARATIVES:
        return False
    c = _clause_start(s, a)
    return "比" in s[c:a] or "较" in s[c:a]


_COMPARATIVES = frozenset(
    w + end for w in ("高", "低", "多", "少", "快", "慢") for end in ("", "了", "出", "于")
)


def _unread_per(s: str, span: tuple[int, int, bool], start: int) -> bool:
    """Whether ``span`` holds a 每 the parser cannot read that governs a figure at ``start``.

    每隔3年开展1次: the 每 reaches every figure after it in its clause, up to a
    second verb that 并 or 同时 starts (…并培训医生300人次).
    """
    a, b, _ = span
    if "并" in s[b:start] or "同时" in s[b:start]:
        return False
    c = max(a, _clause_start(s, start))
    return any(s[k] == "每" and _read_per_body(s, k + 1, b) is None for k in range(c, b))


def _figure_start(
    s: str,
    figure: _Figure,
    nxt: _Figure | None,
    floor: int,
    known: tuple[set[int], set[int], set[int]],
) -> int | None:
    """Where the phrase of a figure alone starts; ``None`` if it is no quantity.

    ``nxt`` is the figure after it, ``floor`` the end of the phrase before it,
    and ``known`` the positions of words that hold a numeral and of dates, and
    the starts of figures a sign joins to the next number (1:12, 1/3), which
    are always found: they are figures minsheng does not read.
    """
    covered, dates, signed = known
    following = period_before(s, nxt.start, nxt.unit) if nxt is not None else None
    if following is not None and following[0] == figure.start:
        return None  # 一年 of 每人一年2次: the next figure's denominator
    c = max(_clause_start(s, figure.start), floor)
    period = period_before(s, figure.start, figure.unit, c)
    if period is not None and period[0] >= floor:  # 一年2次, 三年内检查1次: per period
        a, _ = _extend_left(s, period[0], floor, covered, dates)
        governed = True
    else:
        a, governed = _extend_left(s, figure.start, floor, covered, dates, figure.unit is None)
        governed = governed or figure.start in signed
    number = figure.number
    points = POINTS_AT.match(s, figure.start) is not None  # 高于全国3个百分点: a difference
    # the words the parser refuses right before the figure (比去年提高0.11分,
    # 降幅比上月收窄), else before the change word that opens its clause
    start = _with_refused_words(s, a, floor, points=points)
    first = _with_first_change(s, a, c) if start == a else a
    if first != a:
        start = _with_refused_words(s, first, floor, points=points)
    governed = governed or start < a  # 高于全国三个百分点: refused words govern it
    if figure.unit is None and number.multiplier < 4 and not governed:
        return None  # a bare number: a list number, a code, a name
    if number.chinese and number.value < 10 and number.unit is None and not governed:
        return None  # 一人失能, 七次会议: a numeral used as a word
    return start


def _with_first_change(s: str, a: int, c: int) -> int:
    """Widen a phrase's start to a change word that starts its clause (压减时限76%).

    The parser reads such a word as governing what follows it, the figure too
    (减少在途时间2小时 is a fall of 2 hours), or refuses it where its object
    is long; found without it, the figure would read as a level.  Not across
    a verb or a bound of the figure's own: in 降低企业成本惠及企业3000家 the
    firms are no fall (:func:`~minsheng._changes.governs_across`).
    """
    words = s[c:a]
    first = first_change(words)
    if first is None:
        # 项目建成后减少碳排放3万吨: the parser refuses a change word after subject
        # words, which may be another verb's (通过减少碳排放节约资金3000万元)
        return a if change_apart(words) is None else c
    if governs_across(words[first.end() :]) is False:
        return a
    return c + first.start()


def _per_spreads(s: str, previous: tuple[int, int, bool], a: int) -> bool:
    """Whether a 每 in the span before governs a span at ``a`` after a list separator.

    每年新增学位3000个和床位500张: per year, both; 按每人每月300元标准为3000名老人: no.
    """
    start, end, _ = previous
    return (
        "每" in s[start:end]
        and s[end:a].lstrip(" ").startswith(LIST_SEPARATORS)
        and "每" not in s[end:a]
        and not any(ch in _CLAUSE for ch in s[end:a])
        and _clause_start(s, a) <= s.index("每", start, end)
    )


def _currency(s: str, figure: _Figure, end: int) -> tuple[int, int] | None:
    """The start and end of a currency other than renminbi that a figure is in, if one is.

    It follows the amount (500港元, 300日元, 3000元港币), stands right before
    it (港币3000, 澳门元3000, HK$500, ¥500), or stands before an amount in 元
    in its clause (港币3000元, 从新台币12万元增加到18万元); the parser refuses
    the phrase that reaches it.
    """
    for k in (figure.number.end, end):
        after = FOREIGN_CURRENCY.match(s, k)
        if after is not None:
            return figure.start, max(end, after.end())
    c = _clause_start(s, figure.start)
    right_before = _CURRENCY_RIGHT_BEFORE.search(s, c, figure.start)
    if right_before is not None:
        return right_before.start(), end
    if figure.unit != "元":
        return None
    before = [m.start() for m in FOREIGN_CURRENCY.finditer(s, c, figure.start)]
    return (before[-1], end) if before else None


# a currency sign (HK$, ¥: which currency?) or word right before an amount
_CURRENCY_RIGHT_BEFORE = compiled(f"(?:{CURRENCY_SIGN}|{CURRENCY_BEFORE.pattern}) *$")


def _spans(s: str, covered: set[int], dates: set[int]) -> list[tuple[int, int, bool]]:
    """Candidate spans (start, end, is_error) in order."""
    figures, errors, signed = raw_figures(s, covered, dates)
    used: set[int] = set()
    spans = [(a, b, True) for a, b in errors] + _from_to(s, figures, used)
    error_ends = [b for _, b in errors]  # in order: errors are found left to right
    floor = 0
    last = -1  # the index in spans of the last span a figure below made
    governed = False  # whether words before its figure govern it
    for j, figure in enumerate(figures):
        if j in used:
            continue
        # words left of a figure never reach into an unreadable numeral before it
        before = bisect.bisect_right(error_ends, figure.start)
        if before and error_ends[before - 1] > floor:
            # the unreadable numeral is the phrase before (每2-3年开展1次: its 每 too)
            floor, last, governed = error_ends[before - 1], before - 1, False
        nxt = figures[j + 1] if j + 1 < len(figures) else None
        high = None  # the high end of a range that starts here
        if nxt is not None and j + 1 not in used and _RANGE.fullmatch(s, figure.end, nxt.start):
            high = nxt
            used.add(j + 1)
        end = figure.end if high is None else high.end
        listed = governed and _listed(
            s[floor : figure.start], figure, figures[j - 1] if j else None
        )
        if high is None:
            a = _figure_start(s, figure, nxt, floor, (covered, dates, signed))
            if a is None and nxt is not None and _shares_the_next_unit(s, figure, nxt):
                # 分别回落2.16和1.66个百分点: one phrase, which the parser refuses
                used.add(j + 1)
                high, a = nxt, _extend_left(s, figure.start, floor, covered, dates)[0]
                end = nxt.end
        elif high.unit is not None or high.number.multiplier >= 4 or high.start in signed:
            a = _extend_left(s, figure.start, floor, covered, dates)[0]
        else:
            a = None  # 1-2月, 2025—2027年: months and years, not a quantity
        currency = _currency(s, figure, end) if a is not None or high is None else None
        if a is None and currency is not None:  # 500港元, 澳门元3000: an amount, if not in 元
            a = _extend_left(s, figure.start, floor, covered, dates)[0]
        if (
            last >= 0
            and spans[last][1] == floor
            and (
                listed  # 分别增长5%和6.5%
                or _unread_per(s, spans[last], figure.start)  # 每季度发放3000元和500元
                or (a is not None and _per_spreads(s, spans[last], a))  # 每年…3000个和…500张
                or (currency is not None and currency[0] < floor)  # 从新台币12万元增加到18万元
                or _compared_across(s, spans[last], figure.start)  # 比目标4%低0.63个百分点
            )
        ):
            # the words of the span before govern this figure too, and its phrase
            # would lose them: one phrase, which the parser refuses
            spans[last] = (spans[last][0], end, True)
            floor = end
            continue
        if a is not None:
            if currency is not None:  # 港币3000元, 500港元: never read as renminbi
                a, end = min(a, currency[0]), currency[1]
            end = _over_a_unit_word(s, figure if high is None else high, end)
            last, governed = len(spans), a < figure.start
            spans.append((a, end, False))
            floor = end
    disjoint: list[tuple[int, int, bool]] = []
    for span in sorted(spans):  # a from → to phrase may read past an unreadable numeral
        if not disjoint or span[0] >= disjoint[-1][1]:
            disjoint.append(span)
        start = _from_refused(s, disjoint[-2], disjoint[-1]) if len(disjoint) > 1 else None
        if start is not None and (len(disjoint) < 3 or disjoint[-3][1] <= start):
            # 由2,400元增加四分之一至3,000元: the 由 figure is the start of a change the
            # parser refuses, never a level of its own
            disjoint[-2:] = [(start, disjoint[-1][1], True)]
    return disjoint


def _over_a_unit_word(s: str, figure: _Figure, end: int) -> int:
    """The end of a figure's phrase, over a word after it that the parser refuses.

    提高3个点 is percentage points, or places; 满意度达88.2分 points, minutes or
    fen; 达到220MW a unit in Latin letters: found without the word, the figure
    would read as a count of 个 or a bare number.
    """
    if ge_dian_after(s, figure.unit, end) or fen_after(s, figure.unit, end):
        return end + 1
    latin = _LATIN_UNIT.match(s, end) if figure.unit is None else None
    return end if latin is None else latin.end()


_LATIN_UNIT = compiled("[A-Za-z]+[²³]?")  # 220MW, 3000m², 50km: units minsheng does not read


def _shares_the_next_unit(s: str, figure: _Figure, nxt: _Figure) -> bool:
    """Whether ``figure``, a bare number, shares the unit of the figure listed after it.

    In 分别回落2.16和1.66个百分点 the words before and the unit after are both
    figures': 1.66个百分点 alone would lose its change, and 2.16 its unit.
    """
    return (
        nxt.unit is not None
        and figure.unit is None
        and s[figure.end : nxt.start] in LIST_SEPARATORS
    )


def _from_refused(s: str, first: tuple[int, int, bool], then: tuple[int, int, bool]) -> int | None:
    """Where a change starts (its 由), or ``None``: ``first`` is its starting figure.

    ``then``, which the parser refuses, goes on with the change.
    """
    a, b, refused = first
    c = _clause_start(s, a)
    start = max(s.rfind("由", c, b), s.rfind("从", c, b))
    if (
        refused
        or start < 0
        or any(ch in _SENTENCE for ch in s[b : then[0]])
        or _CHANGE_THEN_TO.search(s, b, then[1]) is None
        or not (then[2] or _refuses(s[then[0] : then[1]]))
    ):
        return None
    return min(a, start)


def _refuses(phrase: str) -> bool:
    """Whether the parser refuses ``phrase``."""
    try:
        parse_phrase(phrase)
    except ParseError:
        return True
    return False


def find_quantities(text: str) -> Iterator[Found]:
    """Yield every quantity phrase in ``text``, in order, with its span and reading.

    >>> [(f.start, f.end, f.phrase) for f in find_quantities("新增学位5100余个，超过目标。")]
    [(4, 10, '5100余个')]
    >>> [f.reading.figure.value for f in find_quantities("由8%降至7%；每千人口4.75个")]
    [Decimal('7'), Decimal('4.75')]

    Raises:
        ParseError: ``text`` is longer than 1,000,000 characters.

    """
    expect(text, str, "text", "find_quantities")
    if len(text) > MAX_SCAN:
        raise fail(msg("longer than {length} characters", length=MAX_SCAN), text, MAX_SCAN)
    s = normalize(text)
    covered = _covered(s, 0, len(s))
    covered |= {k for m in AGE.finditer(s) for k in range(m.start(), m.end())}  # 3岁以下婴幼儿
    dates = {k for m in _DATE.finditer(s) for k in range(m.start(), m.end())}
    for a, b, _ in _spans(s, covered, dates):
        phrase = text[a:b]
        try:
            reading = parse_phrase(phrase)
        except ParseError as exc:
            yield Found(a, b, phrase, None, exc)
        else:
            yield Found(a, b, phrase, reading)
