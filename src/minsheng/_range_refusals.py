"""Why a range of two figures is refused: 1-3号楼 names, 前1-3名 ranks, 2024-2025 years.

:func:`range_refused` asks of a range what :func:`minsheng._refusals.alone_refused`
asks of one figure, and what only a range can say: a change by one figure to
another (增加4000张至16000张, 下跌1.0%至76.7%), years of the Republic of China.
"""

from __future__ import annotations

from minsheng._change_words import (
    _ONLY_TO,
    CHANGE_WORDS,
)
from minsheng._figure import _Figure
from minsheng._governing import _Before
from minsheng._i18n import Message, msg
from minsheng._model import Measure
from minsheng._patterns import compiled
from minsheng._refusals import (
    _NO_DOUBLING,
    _PLACE,
    _RANK,
    _RANKED,
    RANK_BOTTOM,
    RANK_PLACE,
    TOP_BAND,
    _fan_after,
    _no_total,
    _words_refused,
)
from minsheng._units import RATES
from minsheng._words import (
    _is_word_char,
    named_after,
)
from minsheng._years import (
    YEARS,
    republic_years,
)

_A_RATE_CHANGED = compiled(
    f"(?:比重|占比|比例|份额|比率|[率速])[^，。；,;0-9]{{0,3}}?(?:{CHANGE_WORDS})了? *$"
)


def _phase(s: str, figure: _Figure) -> bool:
    """Whether a count of 期 names a phase or a standard: 二期336户, 1至4期老旧机车."""
    return figure.unit == "期" and figure.end < len(s) and _is_word_char(s[figure.end])


def range_refused(s: str, low: _Figure, high: _Figure, head: _Before) -> tuple[Message, int] | None:
    """Why a range is refused, and where: 1-3号楼 names, 前1-3名 ranks, 2024-2025 years.

    增加4000张至16000张 is an increase by 4000 to 16000, or by 4000 to 16000
    at most: after a change by an amount, or a word of adding (新增, 增设),
    至 between two figures that each print their unit is "to", not a range's.
    After a change by an amount, so may 增加4000至16000张 be, whose low end
    shares the high end's unit as a range's does; after 新增 that is a range
    of counts (新增3000至5000个), and a range of rates stays one (增长3至5个百分点).
    """
    between = s[low.end : high.start].strip(" ")
    to = between in ("至", "到")
    by_to = to and low.unit is not None and low.unit not in RATES
    shared = to and low.unit is None and high.unit is not None and high.unit not in RATES
    before = s[: low.start].rstrip(" ")  # 新增2家至26家, 新增学位2个至26个: 2 more, to 26
    adding = before.endswith(_ONLY_TO) or any(w in before for w in _ONLY_TO if len(w) > 1)
    # 下跌1.0%至76.7%, 出生率下降0.38‰至6.39‰ (a thirty-seventh hunt's: a range of falls):
    # a change of a rate by one figure, to the other, more likely than a range (增长5%至10%,
    # 下降2%至3% stay ranges)
    wide = (
        to
        and head.change is Measure.INCREMENT
        and low.unit in ("%", "‰")
        and high.unit == low.unit
        and 0 < low.number.value < high.number.value
        # (of a rate, 比重则下跌, 增速回落2.1%至5.3%; or to a high end far past the low, 15
        # times: not 增长50%至300%, 涨幅在1%至10%之间, a review's)
        and (
            _A_RATE_CHANGED.search(before) is not None or 15 * low.number.value < high.number.value
        )
    )
    if (head.change is Measure.INCREMENT and (by_to or shared)) or (adding and by_to) or wide:
        return msg("a change by one figure to another, or a range?"), low.end
    refused = _words_refused(s, high, head) or _no_total(s, high, s[: low.start].rstrip(" "))
    if refused is not None:  # 单日最大供水30万至40万吨: one day's, as 单日…40万吨 alone
        return refused
    if _fan_after(s, high):  # 翻1至2番, 1-2番: a range of doublings (2 to 4 倍)
        return _NO_DOUBLING, high.number.end
    if named_after(s, high.number.end, chinese=high.number.chinese) or _phase(s, high):
        return msg("an ordinal or a name, not a count"), low.start
    before = s[: low.start].rstrip(" ")
    if high.unit in _RANKED and (before.endswith("前") or RANK_BOTTOM.search(before)):
        return _RANK, low.start
    if (high.unit in _RANKED and RANK_PLACE.search(before)) or (
        high.unit in ("%", "‰") and TOP_BAND.search(before)
    ):
        return _PLACE, low.start
    years_refused = republic_years(s, low, high) if high.unit == "年" else None
    if years_refused is not None:
        return years_refused, low.start
    years = (low.number, high.number)
    if high.unit in (None, "学年") and all(
        not n.decimals and not n.multiplier and YEARS[0] <= n.value <= YEARS[1] for n in years
    ):  # 2024-2025学年
        return msg("a month or a date, not a figure"), low.start
    return None
