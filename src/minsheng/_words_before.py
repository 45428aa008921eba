"""Words right before a figure that leave it unsure: 破, 过, 跨越, 改善, 拨打, 每1人.

过3000万元 may be more than it or after it, 跨越1万亿元 past it or reached,
改善16.7% better up or down; a number after 拨打 is a phone number; and a rate
for each one counted (每1人加给10%) is no rate per person.  The parser refuses
such a figure (:func:`minsheng._refusals.alone_refused` asks here).
"""

from __future__ import annotations

from minsheng._change_words import CHANGE_WORDS
from minsheng._figure import _Figure
from minsheng._governing import _Before
from minsheng._i18n import Message, msg
from minsheng._patterns import compiled
from minsheng._units import RATES, UNITS, UnitKind


def _counted(unit: str | None) -> bool:
    """Whether ``unit`` is a measure word of things counted (个, 项, 所)."""
    return unit is not None and unit in UNITS and UNITS[unit].kind is UnitKind.CLASSIFIER


def unsure_words_before(figure: _Figure, head: _Before, left: str) -> tuple[Message, int] | None:
    """Why the words ``left`` of a figure make it unsure, and where; ``None`` if they do not."""
    broken = _BROKEN.search(left) if head.comparator is None else None
    if broken is not None:
        # 降破3%, 增长破5%: 破 that no comparator word of the parser's holds (and
        # 賣破單坪兩百萬元, a denominator between: a thirtieth hunt's, read as exact)
        return msg("破 before a figure: past it, or below it?"), broken.start()
    if head.comparator is None and left.endswith("过"):
        # 过3000万元: over it (more than), or 经过3年 (after three years)? Not exactly it
        return msg("过 before a figure: more than it, or after it?"), figure.start - 1
    if head.comparator is None and left.endswith("跨越") and not _counted(figure.unit):
        # 跨越1万亿元 (left by a twenty-sixth hunt's review: read as exact): more than
        # it, as 突破 reads, or reached it? (跨越4个千亿元台阶 counts the steps)
        reason = msg("跨越 before an amount (跨越1万亿元): more than it, or reached it?")
        return reason, figure.start - 2
    # (not 占总降幅的六成多: a share of the fall)
    unsure = UNSURE_CHANGE.search(left) if figure.unit in RATES and "占" not in left else None
    if unsure is not None:
        # 較2019年同期改善16.7% (a twenty-ninth hunt's: read as a level), and 人口增長的
        # 5.46% (a thirtieth hunt's): a better level, up or down? growth of it, or a share?
        reason = msg("改善 or a change word and 的 before a rate: a change by it, which way?")
        return reason, unsure.start()
    if figure.unit is None and left.endswith(_DIALLED):
        # 請撥打1966長照服務專線 (a thirtieth hunt's, read by parse_phrase as 1966)
        return msg("a number after 拨打 or 致电: a phone number, not a figure"), figure.start
    if figure.unit in RATES and _EACH_ONE.search(left):
        # 每1人可以加給10% (hunt 28's, read as a plain 10 %): a rate for each one
        # counted, which a rate's reading drops with 人均's (人均收入增长6.5%)
        reason = msg("a rate for each one (每1人加给10%): per person, or of each one's amount?")
        return reason, figure.start
    return None


UNSURE_CHANGE = compiled(
    f"(?:(?:改善|改进|改良)了?|(?:{CHANGE_WORDS})的) *(?:约|近|逾|超过|大约|将近)? *$"
)
"""Before a rate: 改善16.7% (better, up or down?), 人口增长的5.46% (growth of it, or a share?)."""
_DIALLED = ("拨打", "拨", "致电", "电话", "热线", "专线", "拨通", "来电")
_BROKEN = compiled("破(?:(?:每|单|人均|户均)[^，。；,;:0-9]{0,6})?$")


_EACH_ONE = compiled("每 *[1一] *[个名位]?(?:人|户|孩|名|口)")
"""每1人, 每一名, 每一户: each one counted, whose rate is each one's (每1人加给10%)."""
