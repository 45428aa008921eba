"""Find the quantity phrases in running text: a report, an article, a plan.

:func:`find_quantities` walks a text once, finds every figure (with
:mod:`minsheng._scan_figures`, which says where each ends), widens each to
the words that govern it (不少于, 约, 增长, 每千名常住人口…达到, 由…提高到;
:mod:`minsheng._scan_start` says where a figure's phrase starts,
:mod:`minsheng._scan_from_to` finds a change from one figure to another) and
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

from minsheng._bound_notes import refuse_the_other_side
from minsheng._change_words import (
    CHANGE_WORDS,
    change_of_it,
)
from minsheng._changes import RATE_NOUN_AT_END
from minsheng._comparing import figure_at
from minsheng._context import own_context_steps
from minsheng._errors import ParseError, expect
from minsheng._figure import _Figure
from minsheng._i18n import msg
from minsheng._no_figure import (
    _DATE,
    AGE,
    FIGURE_LATER,
    THRESHOLD,
    _covered,
)
from minsheng._numerals import NUMERAL_CHARS, fail
from minsheng._parse import Reading, parse_phrase
from minsheng._patterns import compiled
from minsheng._periods import period_after
from minsheng._refusals import (
    MAJOR_AFTER,
    MONTHS,
    fen_after,
    ge_dian_after,
    voltage_class,
)
from minsheng._scan_ends import LIST_SEPARATORS
from minsheng._scan_figures import raw_figures
from minsheng._scan_from_to import from_across_a_comma, from_refused, from_to
from minsheng._scan_joins import (
    averaged_after,
    compared_across,
    listed_before_a_change,
    per_spreads,
    ranged_between,
    streak_after_a_per,
    unread_per,
)
from minsheng._scan_left import (
    clause_start,
    extend_left,
)
from minsheng._scan_neighbours import (
    BOUND_OF_A_SHARE,
    GOVERNED_ITEM,
    Marks,
    after_refused,
    currency_span,
    governing_item,
    governs_a_list,
    refuse_a_change_of_what_follows,
    refuse_a_currency_named_before,
    refuse_a_part_of_a_figure_per,
    refuse_a_rate_in_brackets_after_a_change,
    refuse_a_unit_in_a_header,
    refuse_places_before_each,
    share_of_a_bound,
)
from minsheng._scan_refused import PER_WITHOUT_EACH, with_refused_words
from minsheng._scan_start import figure_start
from minsheng._script import normalize
from minsheng._units import RATES
from minsheng._whole_refusals import refuse_a_list_number_on_a_figure
from minsheng._words import (
    _ABOUT_PREFIXES,
    _PREFIX_COMPARATORS,
    _RANGE,
    BETWEEN,
    SIGNS,
    THRESHOLDS,
    _is_word_char,
    _skip_spaces,
    other_bound,
    times,
)
from minsheng._years import counted_years, day_of_the_month

MAX_SCAN = 1_000_000
"""The longest text, in characters, that :func:`find_quantities` reads."""


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


def _listed(s: str, between: str, figure: _Figure, previous: _Figure | None) -> bool:
    """Whether ``between`` joins ``figure`` to a list: a separator, perhaps then 约 or 近.

    分别上升近1.8倍、约1.52倍及近1.25倍: each after the first is the change's too.
    With 约 or 近, only where the unit is the figure's before (同比增长12%、近3年
    starts a new phrase), unless 分别 opens the clause, where a comparator
    (分别下降10%和超过20%) joins too, and so do rates with nothing between them
    (分别增长4.4%5.9%5.8%, a page's list that lost its separators) or spaces.
    """
    each = "分别" in s[clause_start(s, figure.start) : figure.start]
    # 每人每月1800元(集中养育)、1400元, 2428元(人民币,下同)和1451元: a note of the item
    # before the separator (a twenty-first hunt's: the second found alone, with no per)
    between = _ITEM_NOTE.sub("", between, count=1)
    if (between == "" or (each and not between.strip(" "))) and previous is not None:
        # 分别增长4.4%5.9%5.8% (a ninth hunt's: separators lost), or apart by spaces
        return previous.unit in RATES and figure.unit in RATES
    between = between.strip(" ")
    if between in LIST_SEPARATORS:
        return True
    if (
        between in _COMMAS
        and previous is not None
        and figure.unit is not None
        and (figure.unit == previous.unit or {figure.unit, previous.unit} <= RATES)
        and _each_opens(s, previous.start)
    ):
        # 分别增长15.3%，29.6% (an eleventh hunt's: the second read as a level): after
        # 分别, a comma right before a figure of the same unit lists it too
        return True
    if (  # 不少于3万捆、5万捆、8万捆: a measure word the parser does not read
        _measure_then_separator(between)
        and figure.unit is None
        and s.startswith(between[:-1], figure.end)
    ):
        return True
    rest = between[1:].strip(" ")
    if (
        between[:1] in LIST_SEPARATORS
        and 0 < len(rest) <= 4
        and all(_is_word_char(c) for c in rest)
        and previous is not None
        and previous.unit is None
        and figure.unit is not None
    ):
        # 高于全国0.4、全省0.1个百分点: the bare number before shares the unit, and
        # the words before it (a hunt's: it read as more than 0.4 of nothing)
        return True
    # 分别上升近一倍及逾七成, 分别下降10%和超过20% (a ninth hunt's: each found as a
    # level): after 分别, every item is the change's, whatever its unit and word
    about = next((w for w in (_LIST_ITEMS if each else _ABOUTS) if between.endswith(w)), None)
    return (
        about is not None
        and between[: -len(about)].rstrip(" ") in LIST_SEPARATORS
        and previous is not None
        and (each or previous.unit == figure.unit)
    )


def _measure_then_separator(between: str) -> bool:
    """Whether ``between`` is a measure word and a list separator (起、), as after 二三十."""
    between = between.replace(" ", "")
    measure = between[:-1]
    return (
        between[-1:] in LIST_SEPARATORS
        and 0 < len(measure) <= 2
        and all(_is_word_char(c) for c in measure)
    )


_COMMAS = ("，", ",")
_ITEM_NOTE = compiled("^ *[（(](?!不?含)[^（）()0-9]{1,12}[）)]")
_CHANGE_AT_END = compiled(f"(?:{CHANGE_WORDS})了? *(?:约|近|大约|将近)? *$")


def _changed_before(s: str, a: int) -> bool:
    """Whether a change word ends right before ``a`` in its clause (同比减少|26起)."""
    return _CHANGE_AT_END.search(s, clause_start(s, a), a) is not None


def _each_opens(s: str, start: int) -> bool:
    """Whether 分别 opens the clause of the item at ``start``, or of a list it ends.

    分别下降10%，20%，30%: each item after a comma right before it is a clause
    of its own, so the words of the first one's clause are looked for (a review's:
    30% was found as a level).
    """
    c = clause_start(s, start)
    while "分别" not in s[c:start]:
        if c == 0 or s[c - 1] not in _COMMAS or s[c:start].strip(" "):
            return False
        start = c - 1
        c = clause_start(s, start)
    return True


_ABOUTS = tuple(sorted(_ABOUT_PREFIXES, key=len, reverse=True))
_LIST_ITEMS = tuple(sorted((*_ABOUT_PREFIXES, *_PREFIX_COMPARATORS), key=len, reverse=True))


def _spans(s: str, covered: set[int], dates: set[int], text: str) -> list[tuple[int, int, bool]]:
    """Candidate spans (start, end, is_error) in order; ``text`` is ``s`` as printed."""
    figures, errors, signed = raw_figures(s, covered, dates, text)
    used: set[int] = set()
    # (每2万至3万人: a 每 right before a number the scan cannot take is that number's,
    # whose denominator the parser refuses; found without it, 2万至3万 read alone, a
    # review's of the twenty-sixth hunt)
    spans = [(a - (s[a - 1 : a] == "每"), b, True) for a, b in errors]
    spans += from_to(s, figures, used)
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
            # the unreadable numeral is the phrase before (每2-3年开展1次: its 每 too);
            # a change word right before it governs the items listed after it too
            # (同比减少26起、443人: a fourteenth hunt's, 443人 found as a level)
            floor, last = error_ends[before - 1], before - 1
            governed = _changed_before(s, spans[last][0])
        nxt = figures[j + 1] if j + 1 < len(figures) else None
        high = None  # the high end of a range that starts here
        if nxt is not None and j + 1 not in used and _RANGE.fullmatch(s, figure.end, nxt.start):
            high = nxt
            used.add(j + 1)
        end = figure.end if high is None else high.end
        listed = (
            governed
            and (
                _listed(s, s[floor : figure.start], figure, figures[j - 1] if j else None)
                # 同比减少二三十起、443人: an unreadable numeral's measure word, then the list
                or (spans[last][2] and _measure_then_separator(s[floor : figure.start]))
            )
        )
        if high is None:
            a = figure_start(s, figure, nxt, floor, (covered, dates, signed))
            if (
                (a is None or figure.number.multiplier >= 4)
                and nxt is not None
                and _shares_the_next_unit(s, figure, nxt)
            ):
                # 分别回落2.16和1.66个百分点: one phrase, which the parser refuses (and
                # 減1.6萬以及1.2萬人, a thirty-third hunt's: 1.6萬 found alone)
                a = a if a is not None else extend_left(s, figure.start, floor, covered, dates)[0]
                used.add(j + 1)
                high, end = nxt, nxt.end
        else:
            a = _range_start(s, figure, high, floor, (covered, dates, signed))
        a, end = (
            _own_words(s, (figure, figures[j - 1] if j else None), (a, end), floor)
            if high is None
            else (a, end)
        )
        currency = currency_span(s, figure, end) if a is not None or high is None else None
        if a is None and currency is not None:  # 500港元, 澳门元3000: an amount, if not in 元
            a = extend_left(s, figure.start, floor, covered, dates)[0]
        if (
            last >= 0
            and spans[last][1] == floor
            and (
                listed  # 分别增长5%和6.5%
                or unread_per(s, spans[last], figure.start)  # 每季度发放3000元和500元
                or (a is not None and per_spreads(s, spans[last], a))  # 每年…3000个和…500张
                or (currency is not None and currency[0] < floor)  # 从新台币12万元增加到18万元
                or compared_across(s, spans[last], figure.start)  # 比目标4%低0.63个百分点
                or streak_after_a_per(s, spans[last], figure)  # 人均GDP连续5年超过10万元
                or (a is not None and averaged_after(s, spans[last], a))  # 10年平均增长5%
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
    return ranged_between(s, listed_before_a_change(s, _disjoint(s, spans)))


def _disjoint(s: str, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """``spans`` in order, none overlapping, with a change's refused start joined to it."""
    disjoint: list[tuple[int, int, bool]] = []
    for span in sorted(spans):  # a from → to phrase may read past an unreadable numeral
        if not disjoint or span[0] >= disjoint[-1][1]:
            disjoint.append(span)
        start = from_refused(s, disjoint[-2], disjoint[-1]) if len(disjoint) > 1 else None
        if start is not None and (len(disjoint) < 3 or disjoint[-3][1] <= start):
            # 由2,400元增加四分之一至3,000元: the 由 figure is the start of a change the
            # parser refuses, never a level of its own
            disjoint[-2:] = [(start, disjoint[-1][1], True)]
        elif len(disjoint) > 1 and from_across_a_comma(s, disjoint[-2], disjoint[-1]):
            disjoint[-2:] = [(disjoint[-2][0], disjoint[-1][1], True)]
    return disjoint


def _own_words(
    s: str, figures: tuple[_Figure, _Figure | None], span: tuple[int | None, int], floor: int
) -> tuple[int | None, int]:
    """A phrase's span, less a 加 of "plus" and with the words of a count of years.

    ``figures`` is the figure and the one before it.  底薪2000元加300元 adds two
    amounts in one unit (a review's: read as a rise of 300 元), where 3000元加3%
    raises the first by a rate, and 加薪, 加至 are words of their own.
    """
    a, end = span
    figure, previous = figures
    if a is None:
        return a, end
    if (
        a == floor > 0
        and s.startswith("加", a)
        and _skip_spaces(s, a + 1) == figure.start
        and previous is not None
        and previous.unit == figure.unit
    ):
        a += 1
    return counted_years(s, figure, a, end)  # 建校110年: a count, not a year of the Republic


def _range_start(
    s: str,
    low: _Figure,
    high: _Figure,
    floor: int,
    known: tuple[set[int], set[int], set[int]],
) -> int | None:
    """Where a range's phrase starts; ``None`` if it is no quantity (1-2月, 本月15-20日)."""
    covered, dates, signed = known
    if high.unit is None and high.number.multiplier < 4 and high.start not in signed:
        return None  # 1-2月, 2025—2027年: months and years, not a quantity
    a, governed = extend_left(s, low.start, floor, covered, dates)
    # 約需7~14天 (a twenty-third hunt's, found as an exact range): words the
    # parser refuses before it, as before a figure alone
    refused = with_refused_words(s, a, floor, figure_at(s, low.start))
    if refused < a:
        a, governed = refused, True
    c = max(clause_start(s, a), floor)
    held = RATE_NOUN_AT_END.search(s, c, a)
    if held is not None:  # 涨幅在1.4%至3.0%之间: growth (a twelfth hunt's: found as a level)
        a, governed = held.start(), True
    if high.unit == "间":  # 在4至6間: between, which the parser refuses with its 在
        between = next((w for w in BETWEEN if s.endswith(w, c, a)), "")
        a, governed = (a - len(between), True) if between else (a, governed)
    days = day_of_the_month(s, high._replace(start=low.start))  # 本月15-20日, not 时限为3-5日
    return None if not governed and days else a


_BOUNDS_AFTER = ("以上", "以下", "以内", "左右", "上下")


def _close_of(s: str, end: int) -> int:
    """Where the brackets that open at ``end`` close, or -1 (no brackets open there)."""
    if not s.startswith(("（", "("), end):
        return -1
    return min((k for k in (s.find("）", end), s.find(")", end)) if k >= 0), default=-1)


def _over_a_unit_word(s: str, figure: _Figure, end: int) -> int:
    """The end of a figure's phrase, over a word after it that the parser refuses.

    提高3个点 is percentage points, or places; 满意度达88.2分 points, minutes or
    fen; 达到220MW a unit in Latin letters; 增长3番 no doubling the parser
    reads; 提高2级 a measure word that ends the clause: found without the
    word, the figure would read as a count of 个, a bare number or a rise.
    """
    if ge_dian_after(s, figure.unit, end) or fen_after(s, figure.unit, end):
        return end + 1
    if s.startswith("+", end) and not s[end + 1 : end + 2].isdigit():
        return end + 1  # 10万+人次: more than 100,000, refused (8家+14家 is a sum)
    bound = other_bound(s, end, figure.unit) or next(
        (w for w in THRESHOLDS if s.startswith(w, end)), None
    )
    if bound is not None:  # 1200万上方, 6万亿元新台阶: at least it, or above it?
        return end + len(bound)  # (the parser reads 突破1万亿元大关: more than it)
    if figure.unit is not None and s.startswith("级", end):  # 10万吨级码头: a class
        return end + 1
    voltage = voltage_class(s, figure, end)
    if voltage is not None:  # 10千伏线路: a class, which the parser refuses
        return voltage.end()
    if s[end : end + 1] in SIGNS:  # 90%≤覆盖率≤95%: a range in signs, which is refused
        return end + 1
    close = _close_of(s, end)
    if 0 <= close - end <= 16:
        if s.startswith(("（含", "(含"), end) and close - end <= 12:
            k = close + 1  # 60周岁（含60周岁）以上: refused whole
            if s.startswith("/", k):  # 200元（含200元）/人: and its denominator (a review's)
                k += 1
                while k < len(s) and k - close <= 5 and _is_word_char(s[k]):
                    k += 1
            return k + 2 if s.startswith(("以上", "以下", "以内"), k) else k
        bound = next((w for w in _BOUNDS_AFTER if s.startswith(w, close + 1)), "")
        if bound and any(c.isdigit() for c in s[end:close]):
            bound = ""  # 达到95%（2024年为90%）以上: a figure of its own inside (a review's)
        if bound or figure.unit is None:
            # 投資1700億元(人民幣,下同)以上, 近4(104至107)年度 (an eleventh hunt's:
            # found as an exact 1700亿元 and a bare 4): a bound or a unit after
            # the brackets, which the parser reads or refuses with them
            return close + 1 + len(bound)
    if s.startswith("每", end) and figure.unit is not None:
        # 0.860万人次每公里日: a denominator after the unit, which the parser
        # refuses; found without it, the figure would lose it (but not 每户补助
        # 1.2万元 after 300户, the next figure's own)
        k = end + 1
        while k < len(s) and (s[k].isdigit() or s[k] in NUMERAL_CHARS):
            k += 1  # 每千人, 每十万人: the denominator's amount
        while (
            k < len(s)
            and k - end <= _LONGEST_PER_AFTER
            and _is_word_char(s[k])
            and s[k] not in NUMERAL_CHARS
        ):
            k += 1
        # (nor 连续2年每年发放生活补贴5000元, a nineteenth hunt's: 5000元's 每年, a
        # period after a duration; 0.86万人次每公里较上年增长5% stays refused, a review's)
        periodic = times(figure.unit) and _EACH_PERIOD_PAID.match(s, end) is not None
        if k == len(s) or not (
            s[k].isdigit() or s[k] in NUMERAL_CHARS or (periodic and FIGURE_LATER.match(s, k))
        ):
            return k
    gloss = _GLOSS.match(s, end) if figure.unit == "个" else None  # 13.8個(gè)百分點: a
    if gloss is not None:  # page's pinyin inside a unit, which the parser refuses
        return gloss.end()
    period = period_after(s, figure)  # 2万人次的日接待能力: per day, said after it
    if period is not None:
        return period.end()
    change = None if times(figure.unit) else change_of_it(s, end)  # not 11个月的下滑
    if change is not None:  # 20.7%的大幅下滑: the size of a fall, not a level
        return change.end()
    if figure.unit is None and end < len(s):
        k = _skip_spaces(s, end)
        if s.startswith(("番", "翻"), k):  # 增长3番: no doubling the parser reads
            return k + 1
        if s.startswith(MONTHS, k):  # 每年3月开展: a month, not 3 a year
            return k + 1
        if MAJOR_AFTER.match(s, k) is not None:  # 擴大適用9大行業: 9 major trades
            return k + 1
        if (
            _is_word_char(s[end])
            and s[end] not in NUMERAL_CHARS
            and s[end] not in LIST_SEPARATORS  # 回落2.16和1.66个百分点: a list
            and (end + 1 == len(s) or not _is_word_char(s[end + 1]))
            and not s[end + 1 : end + 2].isdigit()
        ):  # 提高2级, 增加300只: a measure word that ends the clause (by 2 of what?)
            return end + 1
    latin = _LATIN_UNIT.match(s, end) if figure.unit is None else None
    return end if latin is None else latin.end()


_LONGEST_PER_AFTER = 6  # 每千名常住人口
# 每年发放, 每月补助: a period and a verb of paying, the next figure's (not 每年获评优秀的
# 企业奖励10万元, a condition: a review's)
_EACH_PERIOD_PAID = compiled("每(?:年|月|季度|天|日|周)(?:发放|补助|补贴|给予|奖励|支付|安排)")
# a pinyin gloss inside a unit that starts with 个 (a seventeenth hunt's 13.8個(gè)百分點
# was found as 13.8個, a count, its 百分点 lost; not 137個(gè)55421平方米, a review's)
_GLOSS = compiled(
    "[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）](?=百分|月|工作日|小时|星期|礼拜|钟头)"
)

# 220MW, 3000m², 達1 m/s: units minsheng does not read (after a space too: a fifteenth
# hunt's 流速可達1 m/s was found as 達1, a bare number; and the Greek mu and the micro
# sign, 控制在35μg/m3以内, a twentieth hunt's, read as at most 35)
_LATIN_UNIT = compiled(" *[A-Za-zμµ]+(?:[²³]|[23](?![0-9]))?")  # (50km2: an area, a 21st hunt's)


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


# the comparison that makes Taiwan's 成長 growth (較上年成長10.6%): normalize folds it
# to 增长 there only, so the phrase starts with the comparison, for parse_phrase to see
_SINCE_BEFORE = compiled("(?:[比较]?(?:上年|去年|上月)(?:同期)?|同比|环比) *$")


def _with_growth_since(s: str, text: str, a: int) -> int:
    """Where the phrase that starts at ``a`` starts, over 較上年 before a folded 成長."""
    if not s.startswith("增长", a) or normalize(text[a : a + 2]) == "增长":
        return a
    since = _SINCE_BEFORE.search(s, max(0, a - 8), a)
    return a if since is None else since.start()


def find_quantities(text: str) -> Iterator[Found]:
    """Yield every quantity phrase in ``text``, in order, with its span and reading.

    >>> [(f.start, f.end, f.phrase) for f in find_quantities("新增学位5100余个，超过目标。")]
    [(4, 10, '5100余个')]
    >>> [f.reading.figure.value for f in find_quantities("由8%降至7%；每千人口4.75个")]
    [Decimal('7'), Decimal('4.75')]

    Raises:
        ArgumentError: ``text`` is not a str.
        ParseError: ``text`` is longer than 1,000,000 characters.

    """
    expect(text, str, "text", "find_quantities")
    if len(text) > MAX_SCAN:
        raise fail(msg("longer than {length} characters", length=MAX_SCAN), text, MAX_SCAN)
    return own_context_steps(_found(text), "find_quantities")


def _found(text: str) -> Iterator[Found]:
    s = normalize(text)
    covered = _covered(s, 0, len(s))
    covered |= {k for m in AGE.finditer(s) for k in range(m.start(), m.end())}  # 3岁以下婴幼儿
    # 投资10亿元以上项目10个: a class of projects, which the 10个 counts
    covered |= {k for m in THRESHOLD.finditer(s) for k in range(m.start(), m.end())}
    # 十万人口拥有卫生院3个: no figure in the denominator, where a figure follows it
    # (让10万人拥有家庭医生 counts people: a review's)
    covered |= {
        k
        for m in PER_WITHOUT_EACH.finditer(s)
        if FIGURE_LATER.match(s, m.end())
        for k in range(m.start(), m.end())
    }
    dates = {k for m in _DATE.finditer(s) for k in range(m.start(), m.end())}
    marks = Marks.of(s)
    # the start, end and reading of a phrase that governs the items listed after it
    before: tuple[int, int, Reading | None] = (-1, -1, None)
    share_at = -1  # where a share of a bounded figure starts
    noted: set[tuple[object, ...]] = set()  # the figures that a note put on a side
    for a0, b, _ in _spans(s, covered, dates, text):
        a = _with_growth_since(s, text, a0)
        phrase = text[a:b]
        try:
            reading = parse_phrase(phrase)
            refuse_a_currency_named_before(s, (a, phrase), reading, marks)
            refuse_a_part_of_a_figure_per(s, a, phrase, reading)
            refuse_a_list_number_on_a_figure(s, a, phrase, reading.figure)
            refuse_the_other_side(noted, phrase, reading.figure)
            refuse_places_before_each(s, a, phrase)
            refuse_a_unit_in_a_header(s, a, phrase, reading)
            refuse_a_rate_in_brackets_after_a_change(s, a, phrase, reading)
            refuse_a_change_of_what_follows(s, (a, b), phrase, reading)
        except ParseError as exc:
            yield Found(a, b, phrase, None, exc)
            before = (a, b, after_refused(s, a))
            continue
        share = share_of_a_bound(s, b, reading)
        if share is not None or a <= share_at < b:  # 不超过30万元的3倍: whose bound?
            yield Found(a, b, phrase, None, fail(BOUND_OF_A_SHARE, phrase, 0))
            before, share_at = (a, b, None), share if share is not None else -1
            continue
        governing = governing_item(s, a, reading, before)
        if governing is not None:  # the items after it are refused, as it governs them
            yield Found(a, b, phrase, None, fail(GOVERNED_ITEM, phrase, 0))
            before = (a, b, governing)
        else:
            yield Found(a, b, phrase, reading)
            before = (a, b, reading if governs_a_list(s, a) else None)
