"""Amounts in 大写 numerals (叁仟伍佰元整), for :mod:`minsheng._scan_figures`.

The parser refuses them; the scan finds them, so that they are reported
rather than passed over.
"""

from __future__ import annotations

from minsheng._figure import _Figure
from minsheng._no_figure import _OTHER_NUMERALS, financial_numeral
from minsheng._patterns import compiled

# 叁仟伍佰元整: an amount in 大写 numerals, which the parser refuses; found, so that
# it is reported rather than passed over (陆续, 队伍 are words, as the parser reads them)
_LARGE = "".join(sorted(_OTHER_NUMERALS))
_FINANCIAL = compiled(f"[{_LARGE}][{_LARGE}万萬亿億]*[元圆圓]?整?")


def financial(
    s: str, figures: list[_Figure], errors: list[tuple[int, int]], taken: set[int]
) -> list[tuple[int, int]]:
    """The spans of amounts in 大写 numerals that no figure or error covers."""
    if not any(ch in _LARGE for ch in s):
        return []
    spans = [(f.start, f.end) for f in figures] + errors
    return [
        (m.start(), m.end())
        for m in _FINANCIAL.finditer(s)
        if financial_numeral(s, m.start())
        and m.start() not in taken
        and not any(a < m.end() and m.start() < b for a, b in spans)
    ]
