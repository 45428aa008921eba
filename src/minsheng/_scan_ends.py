"""Where a figure's phrase ends: past words that change it, or over a line break.

:func:`_refused_end` takes a figure that :func:`minsheng._scan_figures.raw_figures`
has read and says where its phrase ends, and whether the scan must record it
as an error for the parser to refuse: an upgrade (提升12所中小学), a bound after
the noun (20张床位以上), a change after the figure (3.3%的速度递增), a word of
less (15分钟不到), or a line break that cuts the phrase from its unit or bound
(3000⏎个).  Found without those words, each figure would read as a plain one.
"""

from __future__ import annotations

import re

import attrs

from minsheng._change_words import BY_A_RATE, change_of_it
from minsheng._errors import ParseError
from minsheng._figure import _Figure, read_figure
from minsheng._numerals import NUMERAL_CHARS
from minsheng._objects import GRADES, upgraded, whose_time_end
from minsheng._parse import parse_phrase
from minsheng._patterns import compiled
from minsheng._refusals import RANKS, started_then_changed
from minsheng._scan_left import (
    clause_start,
)
from minsheng._units import RATES
from minsheng._words import (
    _RANGE,
    BLANKS,
    LINE_BREAKS,
    MAN_WORDS,
    _is_word_char,
    _skip_spaces,
)
from minsheng._years import fiscal_year

LIST_SEPARATORS = ("和", "、", "及", "与", "以及", "或")
_GAP = BLANKS + "\n\r"  # between the parts of a number a line break cuts


def _chained(s: str, before: _Figure, a: int) -> bool:
    """Whether ``before``, a bare number, is listed or ranged with what starts at ``a``."""
    return before.unit is None and (
        s[before.end : a].strip(" ") in LIST_SEPARATORS
        or _RANGE.fullmatch(s, before.end, a) is not None
    )


_NOT_HUNDRED_MILLIONS = ("亿元", "亿级", "亿万")  # 20个亿元以上项目, 3个亿级企业, 亿万富翁


def _word_after(s: str, figure: _Figure, end: int) -> tuple[int, bool] | None:
    """Where a figure ends over a word right after it that the parser reads with it.

    Refused with it (the second value): 投资3个亿 (300 million, said colloquially;
    a ninth hunt's: found as 3个, but 20个亿元以上项目 counts projects), 26.27年度 (the
    fiscal year 2026-27, not 26.27 years) and 上升3个名次 (a move in a ranking).
    Read with it: 提升2个等次 (by grades).  ``None`` where no such word follows.
    """
    if figure.unit == "个":
        k = _skip_spaces(s, end)
        if s.startswith("亿", k) and not s.startswith(_NOT_HUNDRED_MILLIONS, k):
            return k + 1, True
        rank = next((w for w in RANKS if s.startswith(w, end)), None)
        if rank is not None:
            return end + len(rank), True
        grade = GRADES.match(s, end)
        if grade is not None and "提升" in s[max(0, figure.start - 4) : figure.start]:
            return grade.end(), False
    if figure.unit == "年" and fiscal_year(s, figure._replace(end=end)):
        return end + 1, True
    return None


def _refused_end(
    s: str, figure: _Figure, end: int, figures: list[_Figure], errors: list[tuple[int, int]]
) -> tuple[int, bool]:
    """Where a figure ending at ``end`` ends, and whether it became an error.

    A word read with the figure (:func:`_word_after`: 3个亿, 26.27年度, 3个名次,
    2个等次), an upgrade (:func:`_upgraded_end`), whose time a count names
    (延长8条公交线路运营时间), a bound after its noun (20张床位以上), a start then a
    change (由現時的3000元大幅提高), a change after a rate (实现3.3%增长), a word of
    less after it (15分钟不到), or a line break (:func:`_cut_by_a_break`).
    """
    after = _word_after(s, figure, end)
    if after is not None:
        stop, refused = after
        if refused:
            errors.append((figure.start, stop))
        return stop, refused
    end, refused = _upgraded_end(s, figure, end, errors)
    whose = None if refused else whose_time_end(s, figure.start, figure.unit, end)
    if whose is not None:
        # 延長八個專科門診的服務時間: whose time, which the parser refuses with its
        # 延长 (an eighth hunt's: found as 8 more)
        errors.append((figure.start, whose))
        return whose, True
    noun = _NOUN_THEN_BOUND.match(s, end) if not refused and figure.unit is not None else None
    if noun is not None and not _classed(s, noun):
        # 建设20张床位以上的护理院, 新增100个托位以上: a bound after the noun (a sixth
        # hunt's: found as exactly 20 and 100); the parser refuses the phrase
        errors.append((figure.start, noun.end()))
        return noun.end(), True
    rate = (
        change_of_it(s, end)
        if not refused and "以" in s[max(0, figure.start - 3) : figure.start]
        else None
    )
    if rate is None and not refused and figure.unit in RATES:
        # 实现3.3%增长, 按10%提高: a change right after a rate
        rate = change_of_it(s, end, rate=True, start=figure.start)
    found = None if refused else started_then_changed(s, figure.start, end)
    if found is not None and found[0].start() >= clause_start(s, figure.start):
        # 由現時的3000元大幅提高: where it started, and no level (a seventh hunt's)
        started, change = found
        stop = _own_figure_end(s, figure, change.end())
        errors.append((started.start(), stop))
        return stop, True
    if rate is not None:
        # 每年以3.3%的速度递增, 每年以2.47万人口增加: the change after its figure
        # (a sixth hunt's: read as a level); the parser refuses the phrase
        # (from its 按 or 以: 10%提高 alone reads as the level 10 %)
        left = s[: figure.start].rstrip(" ")
        by = next((w for w in BY_A_RATE if left.endswith(w)), "")
        start = len(left) - len(by) if by else figure.start
        if figures and _RANGE.fullmatch(s, figures[-1].end, figure.start) is not None:
            # 出现12%至32%的跌幅 (a thirty-fifth hunt's: 12 % read as a level): the range
            start = figures.pop().start
        errors.append((start, rate.end()))
        return rate.end(), True
    if not refused and s.startswith(_SHORT_OF, end):
        stop = end + 2
        if not s[: figure.start].rstrip(" ").endswith(MAN_WORDS):  # 缴费满1年不足5年: two
            stop = _own_figure_end(s, figure, end + 2)
        if stop > end + 2:
            # 工作满1年不满10年, 缴费年限15年不满20年: at least the one, under the
            # other (a review's: 15年 read as exact), refused whole
            errors.append((figure.start, stop))
            return stop, True
        if _short_of_ends(s, end + 2):
            # 最后花了15分钟不到, 投资3000万元不到: less than it, said after; the
            # parser refuses the phrase, which found without it read as exactly 15
            errors.append((figure.start, end + 2))
            return end + 2, True
    return end, refused or _cut_by_a_break(s, figure._replace(end=end), figures, errors)


def _own_figure_end(s: str, figure: _Figure, k: int) -> int:
    """Where the figure right after a change at ``k`` ends, or ``k`` without one.

    由3000元提高20%: the parser refuses the whole phrase, so the scan finds it
    whole; 20% found alone would read as a plain share, its 提高 lost.
    """
    after = _skip_spaces(s, k)
    if after >= len(s) or s[after] not in _NUMBER_START:
        return k
    try:
        own = read_figure(s, s, after, figure)
    except ParseError:
        return k
    return k if own is None else own.end


_NUMBER_START = frozenset("0123456789") | NUMERAL_CHARS


def _short_of_ends(s: str, k: int) -> bool:
    """Whether 不到 or 不足 that ends at ``k`` is a word of its own (15分钟不到。, 不到就…).

    Not 不到位, 不足额, 不满意, 不满足 or 不到一半: words, or a share, of the
    next clause; nor 满3年不满5年, where 不满 bounds the next figure (found
    as exactly 5年).
    """
    if k < len(s) and s[_skip_spaces(s, k) : _skip_spaces(s, k) + 1] in _NUMBER_START:
        return False
    return k == len(s) or not _is_word_char(s[k]) or s[k] in "就便即已的"


_SHORT_OF = ("不到", "不足", "不够", "不满")
_NOUN_THEN_BOUND = compiled("([\u4e00-\u9fff]{1,4}?)及?以[上下内](?![一-龥]{0,1}[来述列])")


def _classed(s: str, noun: re.Match[str]) -> bool:
    """Whether the bound after a figure's noun names a class of what it counts.

    3所二级以上医院, 20个亿元以上项目, 50名硕士及以上学历人才: a grade or a size
    before 以上, then the noun counted (a review's); but 20张床位以上的护理院 and
    100个托位以上。 bound the count itself, and are refused.
    """
    after = s[noun.end() : noun.end() + 1]
    words = noun.group(1)
    return (
        (after != "" and _is_word_char(after) and after != "的")
        or "级" in words
        or any(ch in _NUMERALS_IN_WORDS for ch in words)
        or words.endswith(("学历", "硕士", "本科", "大专", "岁"))
    )


_NUMERALS_IN_WORDS = frozenset("一二两三四五六七八九十百千万亿")


def _upgraded_end(
    s: str, figure: _Figure, end: int, errors: list[tuple[int, int]]
) -> tuple[int, bool]:
    """Where a count that 提升 may upgrade ends, and whether it became an error.

    提升12所中小学: the parser refuses it with the noun's first character.
    规范化提升74家, with nothing after: with 化提升, an error of three characters more.
    """
    if not upgraded(s, figure.start, figure.unit, end):
        return end, False
    if end < len(s) and _is_word_char(s[end]):
        return end + 1, False
    errors.append((len(s[: figure.start].rstrip(" ")) - 3, end))
    return end, True


def _wordish(ch: str) -> bool:
    """Whether ``ch`` may be part of a figure's words: a Chinese character, a letter, %, ‰."""
    return _is_word_char(ch) or ch in "%‰" or (ch.isascii() and ch.isalpha())


def _cut_by_a_break(
    s: str, figure: _Figure, figures: list[_Figure], errors: list[tuple[int, int]]
) -> bool:
    """Whether a line break cuts the phrase of ``figure`` from words that change it.

    新增学位3000⏎个 and 5100余⏎个 were not found at all (a number with no
    unit), and 3000个以⏎上 was found as exactly 3000: text copied from a
    report's page wraps lines anywhere.  Where the figure, the few characters
    after it on its line and the first characters of the next line read as a
    phrase that says more than the figure (a unit, a bound, an approximation),
    the figure and those words are recorded as one error, for the parser
    refuses a phrase with a break inside.  Where the figure has a unit already,
    only if the words end where its clause does: 新增学位3000个⏎以上项目由…
    and 15万人⏎次年 open a sentence on the next line.  A figure listed or
    ranged before it joins the error (服务5万—10万⏎人: 5万 alone would read).
    """
    b = figure.end
    while b < len(s) and b - figure.end < 3 and (s[b] in BLANKS or _wordish(s[b])):
        b += 1
    if b == len(s) or s[b] not in LINE_BREAKS:
        return False
    c = b
    while c < len(s) and s[c] in _GAP:
        c += 1
    head = s[figure.start : b].rstrip(_GAP)
    try:
        alone = parse_phrase(s[figure.start : figure.end]).figure
    except ParseError:
        return False  # refused alone: found and refused already
    for stop in range(c + 1, min(len(s), c + 4) + 1):
        if not _wordish(s[stop - 1]):
            break
        try:
            joined = parse_phrase(head + s[c:stop]).figure
        except ParseError:
            continue
        if attrs.evolve(joined, phrase=alone.phrase) == alone:
            continue
        if alone.unit is not None and stop < len(s) and _wordish(s[stop]):
            return False  # 3000个⏎以上项目: a sentence the next line opens
        start = figure.start
        while figures and (
            _chained(s, figures[-1], start)
            or s[figures[-1].end : start].strip(" ") in LIST_SEPARATORS
        ):
            start = figures.pop().start  # 5万—10万⏎人, 增长6.42%、8.37⏎%
        errors.append((start, stop))
        return True
    return False
