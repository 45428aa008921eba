"""A change from one figure to another in running text: 由4.9张提高到7.6张.

The scan finds each figure alone; :func:`from_to` finds the phrases that
start at a figure after 由 or 从 and reach the level a change word takes it to
(with a 每 or 人均 before it, and a range or a list it goes to), so that the
starting figure is never found as a level of its own; :func:`from_refused`
reaches back from a change the parser refuses to the 由 that starts it.
"""

from __future__ import annotations

from minsheng._change_words import CHANGE_WORDS
from minsheng._currency import FOREIGN_CURRENCY
from minsheng._errors import ParseError
from minsheng._figure import _Figure
from minsheng._parse import parse_phrase
from minsheng._patterns import compiled
from minsheng._per_words import (
    _PER_WORDS,
)
from minsheng._refusals import _FROM
from minsheng._scan_ends import LIST_SEPARATORS
from minsheng._scan_left import (
    clause_start,
)
from minsheng._unit_words import unread_measure_end
from minsheng._words import (
    _RANGE,
    FROM_SELF,
    FROM_SELF_START,
)

_SENTENCE = frozenset("，。；！？：,;!?:\n")

_CHANGE_TO = compiled(f"(?:{CHANGE_WORDS})了?[到至为]")
# 增加四分之一至: a change word, then (perhaps after its amount) the level it goes to
_CHANGE_THEN_TO = compiled(f"(?:{CHANGE_WORDS})[^到至为]{{0,8}}?[到至为]")


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


_LATIN_AFTER = compiled(" *[A-Za-z]+")


def _target_end(s: str, target: _Figure) -> int:
    """Where a from → to phrase ends: over letters or a measure word after a bare target.

    從10GW增加到15GW (a thirty-sixth hunt's: read as 10 to 15, the units lost): the
    parser sees the unit it does not read, and refuses the phrase.
    """
    if target.unit is not None:
        return target.end
    # (and 从100增加到200 MW, 从10亿增至20亿美元: spaced letters, another currency, a review's)
    after = _LATIN_AFTER.match(s, target.end) or FOREIGN_CURRENCY.match(s, target.end)
    return max(unread_measure_end(s, target.end), target.end if after is None else after.end())


def from_to(s: str, figures: list[_Figure], used: set[int]) -> list[tuple[int, int, bool]]:
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
            c = clause_start(s, figures[i].start, _SENTENCE)
            p = max(
                s.rfind("由", c, figures[i].start),
                s.rfind("从", c, figures[i].start),
                max(
                    (
                        m.start()  # (its lookahead sees past the figure's start: a review's)
                        for m in FROM_SELF.finditer(s, c, min(len(s), figures[i].start + 48))
                        if m.start() < figures[i].start
                    ),
                    default=-1,
                ),
            )
            if p < 0:
                continue
            per = s.rfind("每", c, p)  # 每千人口床位数由4.9张提高到7.6张: per 1,000 too
            if per < 0:  # 人均可支配收入由2574元增至6193元: per person too
                found_per = _PER_WORDS.search(s, c, p)
                per = -1 if found_per is None else found_per.start()
            starts = (per, p) if per >= 0 and "每" not in s[per + 1 : p] else (p,)
            found = _from_to_span(s, starts, _target_end(s, target))
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


def from_refused(s: str, first: tuple[int, int, bool], then: tuple[int, int, bool]) -> int | None:
    """Where a change starts (its 由), or ``None``: ``first`` is its starting figure.

    ``then``, which the parser refuses, goes on with the change.
    """
    a, b, refused = first
    c = clause_start(s, a)
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


_FROM_WORD = compiled(f"由|{_FROM}|{FROM_SELF_START}")  # (not 从业, 从事: a review's)


def from_across_a_comma(s: str, first: tuple[int, int, bool], then: tuple[int, int, bool]) -> bool:
    """Whether ``then`` goes on, after a comma, with the change that ``first`` starts.

    每公頃從2.5萬元,增至3.5萬元 (a twenty-seventh hunt's: 增至3.5萬元 found with no
    hectare and no start): the two are one phrase, which the parser refuses.
    """
    a, b, _ = first
    return (
        s[b : then[0]].strip(" ") in (",", "，")
        and _FROM_WORD.search(s, clause_start(s, a), b) is not None
        and _CHANGE_TO.match(s, then[0]) is not None
        # (not 由8%降至7%，增至10%: a change of its own before; 每人每月自500元 reads alone)
        and (_CHANGE_TO.search(s, a, b) is None or _refuses(s[a:b]))
    )
