"""Where a figure and the phrase before it are one, for :mod:`minsheng._scan`.

The words of a phrase may govern the figure after it (人均GDP连续5年超过10万元:
the 人均 is 10万元's, 每隔3年开展1次: the 每), or a figure be the difference from
the one before (比年目标任务4%低0.63个百分点); the words after a list's last
figure may be every item's (錄得3.2%及5.1%的按年升幅, 跨越…、130万亿元大关), and
之间 may make two figures a range.  Found apart, each would read without what
governs it: the scan joins them in one phrase, which the parser refuses.
"""

from __future__ import annotations

from minsheng._change_words import change_of_it
from minsheng._figure import _Figure
from minsheng._patterns import compiled
from minsheng._per_reading import read_each
from minsheng._refusals import STREAK_AFTER_AN_AVERAGE
from minsheng._scan_ends import LIST_SEPARATORS
from minsheng._scan_left import CLAUSE, clause_start
from minsheng._units import RATES
from minsheng._whole_refusals import AVERAGED_OVER_YEARS
from minsheng._words import OTHER_BOUNDS, THRESHOLDS

Span = tuple[int, int, bool]
"""A phrase's start and end in the text, and whether it is refused."""


def compared_across(s: str, span: Span, start: int) -> bool:
    """Whether a figure at ``start`` is a difference from the figure of ``span``.

    比年目标任务4%低0.63个百分点: 0.63 points below the 4 % target, a
    difference the parser refuses; found alone, it would read as a plain
    0.63 points, "below" lost.
    """
    a, b, _ = span
    between = s[b:start].strip(" ") or s[b - 1]  # 较计划3000人多500人: 多 ended the span
    if between not in _COMPARATIVES:
        return False
    c = clause_start(s, a)
    return "比" in s[c:a] or "较" in s[c:a]


_COMPARATIVES = frozenset(
    w + end for w in ("高", "低", "多", "少", "快", "慢") for end in ("", "了", "出", "于")
)


def unread_per(s: str, span: Span, start: int) -> bool:
    """Whether ``span`` holds a 每 the parser cannot read that governs a figure at ``start``.

    每隔3年开展1次: the 每 reaches every figure after it in its clause, up to a
    second verb that 并 or 同时 starts (…并培训医生300人次).
    """
    a, b, _ = span
    if "并" in s[b:start] or "同时" in s[b:start]:
        return False
    c = max(a, clause_start(s, start))
    return any(s[k] == "每" and read_each(s, k + 1, b) is None for k in range(c, b))


_STREAK_TIMES = ("年", "个月", "个季度", "天", "周")


def streak_after_a_per(s: str, span: Span, figure: _Figure) -> bool:
    """Whether ``span`` is a streak after an average (人均, 日均) whose clause reaches ``figure``.

    人均GDP连续5年超过10万元: 连续5年 takes no 人均 (the parser refuses it), and
    10万元, found without the 人均 that is its own, would read with none (a
    ninth hunt's; 日均客流连续5天超过10万人次 likewise, a review's).  A rate keeps
    no 人均 (人均收入连续6年增长8% grew 8 %).
    """
    a, b, _ = span
    return (
        figure.unit not in RATES
        and s.endswith(_STREAK_TIMES, a, b)
        and clause_start(s, figure.start) <= a
        and STREAK_AFTER_AN_AVERAGE.search(s, a, b) is not None
    )


def averaged_after(s: str, span: Span, a: int) -> bool:
    """Whether ``span`` is the count of years of an average whose change starts at ``a``.

    过去10年平均增长5.2%: 10年 is found as a figure of its own, and 增长5.2%,
    found without it, would read as a rise in all; each year's is the average
    (两年平均增长, its words, are refused with the figure).
    """
    start, end, _ = span
    if "平均" not in s[end : a + 2]:  # (most spans: a quick test before the search)
        return False
    averaged = AVERAGED_OVER_YEARS.search(s, max(0, start - 2), a + 6)  # (过去 or 前 too)
    # (the phrase at a opens with its change word, or with 平均 before it)
    return (
        averaged is not None
        and (averaged.end() == a or (s.startswith("平均", a) and a < averaged.end()))
        and averaged.start() <= start < end <= a
    )


def per_spreads(s: str, previous: Span, a: int) -> bool:
    """Whether a 每 in the span before governs a span at ``a`` after a list separator.

    每年新增学位3000个和床位500张: per year, both; 按每人每月300元标准为3000名老人: no.
    """
    start, end, _ = previous
    return (
        "每" in s[start:end]
        and s[end:a].lstrip(" ").startswith(LIST_SEPARATORS)
        and "每" not in s[end:a]
        and not any(ch in CLAUSE for ch in s[end:a])
        and clause_start(s, a) <= s.index("每", start, end)
    )


_LEADING_NUMBER = compiled("[0-9][0-9,.]*[万亿]*")
_CROSSED = (*THRESHOLDS, *OTHER_BOUNDS)  # 大关, 台阶, 上方: the parser refuses them


def listed_before_a_change(s: str, spans: list[Span]) -> list[Span]:
    """``spans``, where a list's items before a figure whose change follows it join it.

    In 錄得3.2%及5.1%的按年升幅 (left by a twenty-fourth hunt) and 实现8.5%和6.2%的增长
    each figure is the size of a change that is said once, after the last:
    found alone, 3.2% would read as a level.  So in 连续跨越110万亿元、120万亿元、
    130万亿元大关 (a twenty-sixth hunt's) each is a threshold crossed.  Each item
    before it that prints the same unit, a list word between, joins it in one
    phrase, which the parser refuses.
    """
    if len(spans) < 2:  # (most texts: built anew, never spliced, in linear time)
        return spans
    out = [spans[-1]]  # from the last, backwards
    unit = None  # the unit of the items joined to the change at out[-1]
    for pa, pb, prev_refused in reversed(spans[:-1]):
        a, b, _ = out[-1]
        number, prev_number = _LEADING_NUMBER.match(s, a), _LEADING_NUMBER.match(s, pa)
        listed = not (
            prev_refused
            or number is None
            or prev_number is None
            or prev_number.end() >= pb
            or s[pb:a].strip(" ") not in LIST_SEPARATORS
        )
        prev_unit = s[prev_number.end() : pb] if listed and prev_number else ""
        if (
            listed
            and number is not None
            and prev_unit == (unit or prev_unit)  # 新建学校3所、实现5.1%的增长: another unit
            and s.startswith(prev_unit, number.end())
            # the last item: its change (or a threshold) follows its unit
            and (unit is not None or _changed_after(s, number.end() + len(prev_unit), b))
        ):
            unit = prev_unit
            out[-1] = (pa, b, True)
            continue
        unit = None
        out.append((pa, pb, prev_refused))
    out.reverse()
    return out


def _changed_after(s: str, after: int, b: int) -> bool:
    """Whether a change, or a threshold crossed, starts at ``after`` and ends the span at ``b``."""
    change = change_of_it(s, after, rate=True)
    if change is not None and change.end() == b:
        return True
    return any(s.startswith(w, after) and after + len(w) == b for w in _CROSSED)


# 百分之二到二點五之間, CPI約在1.6％跟1.7％之間 (a twenty-sixth hunt's: the low end alone,
# or each end, read as an exact figure): a range said with 之间 after its high end
_BETWEEN_AFTER = compiled(" *(?:到|至|和|与|跟|及|、|~|-|—)[^，。；,;:!?\n]{0,12}?之间")


def ranged_between(s: str, spans: list[Span]) -> list[Span]:
    """``spans``, where a figure and what reaches to 之间 after it are one refused phrase."""
    out: list[Span] = []
    reach = -1  # where the last range said with 之间 ends
    for a, b, refused in spans:
        if a < reach:
            out[-1] = (out[-1][0], max(reach, b), True)
            continue
        between = _BETWEEN_AFTER.match(s, b)
        if between is not None:
            reach = between.end()
            out.append((a, reach, True))
        else:
            out.append((a, b, refused))
    return out
