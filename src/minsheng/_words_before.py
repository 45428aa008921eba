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
from minsheng._units import RATES
from minsheng._words import times


def unsure_words_before(figure: _Figure, head: _Before, left: str) -> tuple[Message, int] | None:
    """Why the words ``left`` of a figure make it unsure, and where; ``None`` if they do not."""
    broken = _BROKEN.search(left) if head.comparator is None and "破" in left else None
    if broken is not None:
        # 降破3%, 增长破5%: 破 that no comparator word of the parser's holds (and
        # 賣破單坪兩百萬元, a denominator between: a thirtieth hunt's, read as exact)
        return msg("破 before a figure: past it, or below it?"), broken.start()
    if left.endswith(("增长为", "增长是")):
        # 人口自然增長為43500人 (a thirty-first hunt's: read as grown to 43,500), 经济
        # 增长为5%: grown to it, or the growth was it?
        return msg("增长为 before a figure: grown to it, or the growth was it?"), figure.start - 3
    paid = _PAID_BY.search(left) if figure.unit in _PEOPLE else None
    if paid is not None:
        # 月薪有173.95萬名勞工受惠 (a thirty-first hunt's: read per month): the workers
        # paid by the month, counted once
        return msg("月薪 or 时薪 before a count of people: who is paid so, not per month"), (
            paid.start()
        )
    if head.pers and times(figure.unit) and left.endswith(("首", "前", "头")):
        # 每年首兩個月 (a thirty-first hunt's: 2 months a year): the first months of each
        return msg("首 or 前 before a span: the first of each period, not per period"), (
            figure.start - 1
        )
    if "按" in left and _YEAR_ON_YEAR_BOTH.search(left) is not None:
        # 按年均下降0.1個百分點 (Macau's: year on year, both) or 按年均增长5%测算 (each
        # year's average)? A review's: the phrase does not say
        reason = msg("按年均 before a change: year on year, both, or each year's average?")
        return reason, figure.start
    if head.comparator is None and left.endswith("过"):
        # 过3000万元: over it (more than), or 经过3年 (after three years)? Not exactly it
        return msg("过 before a figure: more than it, or after it?"), figure.start - 1
    crossed = head.comparator is None and crossing(left, 0, len(left))
    amount = figure.unit == "元" or (figure.unit is None and figure.number.multiplier >= 4)
    if crossed and amount:
        # 跨越1万亿元 (left by a twenty-sixth hunt's review: read as exact): more than
        # it, as 突破 reads, or reached it? (跨越4个千亿元台阶 counts the steps, and
        # 跨越1000公里 spans a distance: a review's)
        reason = msg("跨越 or 站上 before an amount (跨越1万亿元): more than it, or reached it?")
        return reason, figure.start - 2
    # (not 占总降幅的六成多: a share of the fall)
    unsure = (
        UNSURE_CHANGE.search(left)
        if figure.unit in RATES and "占" not in left and any(w in left for w in UNSURE_HINTS)
        else None
    )
    if unsure is not None:
        # 較2019年同期改善16.7% (a twenty-ninth hunt's: read as a level), and 人口增長的
        # 5.46% (a thirtieth hunt's): a better level, up or down? growth of it, or a share?
        reason = msg("改善, 调整 or a change word and 的 before a rate: a change by it, which way?")
        if unsure.group(1):  # 平均增长9% (a review's, the years in an earlier clause): a
            # year's average, or the average of several things' changes?
            reason = msg("平均 before a change of a rate: each year's average, or of several?")
        return reason, unsure.start()
    if figure.unit is None and figure.number.multiplier < 4 and left.endswith(_DIALLED):
        # 請撥打1966長照服務專線 (a thirtieth hunt's, read by parse_phrase as 1966); but
        # 受理热线电话3万, 接听来电1.2万 count calls
        return msg("a number after 拨打 or 致电: a phone number, not a figure"), figure.start
    if figure.unit in RATES and "加" in left and _EACH_ONE.search(left):
        # 每1人可以加給10% (hunt 28's, read as a plain 10 %): a rate for each one
        # counted, which a rate's reading drops with 人均's (人均收入增长6.5%)
        reason = msg("a rate for each one (每1人加给10%): per person, or of each one's amount?")
        return reason, figure.start
    return None


_PEOPLE = ("人", "名", "位", "户", "家")
_PAID_BY = compiled("(?<![人户今去本上下同前明当])[年月日时]薪")  # (not 今年薪资)


AVERAGE = "(?<![年月日天周季度均每])平均(?:实际|名义|同比|环比)?"
"""平均 with no period of its own (not 年平均, 年均, 平均每年), before its change word."""
AVERAGED_CHANGES = "增长|增加|提高|上涨|上升|下降|减少|降低|递增|递减"
"""The change words of a rate that :data:`AVERAGE` makes unsure (平均增长9%)."""
UNSURE_HINTS = ("的", "平均", "改", "恶化", "好转", "优化", "调整")
"""What every match of :data:`UNSURE_CHANGE` holds: a quick test before the search."""
UNSURE_CHANGE = compiled(
    # (and 调整5%: adjusted by it, up or down; but 調幅為4.56% and 經濟成長率為7.37% are a
    # rate's level, a metric of its own, as the ninth hunt's tests hold)
    "(?:(?:改善|改进|改良|恶化|好转|优化|调整)了?"
    # (and 平均增长9% with no period of its own: not 年平均, 年均, 平均每年增长)
    f"|({AVERAGE}(?:{AVERAGED_CHANGES})了?)"
    f"|(?:{CHANGE_WORDS})的) *(?:约|近|逾|超过|大约|将近)? *$"
)
"""Before a rate: 改善16.7% (better, up or down?), 人口增长的5.46% (growth of it, or a share?)."""
# (not 电话 or 来电: 受理热线电话3万, 接听来电1.2万 count calls, a review's)
_DIALLED = ("拨打", "拨", "致电", "拨通", "热线", "专线", "电话", "来电")


def crossing(s: str, start: int, end: int) -> bool:
    """Whether a word of :data:`CROSSING` ends ``s[start:end]`` (not 网站上, 车站上)."""
    return s.endswith(CROSSING, start, end) and not s.endswith(_STATIONS, start, end)


_STATIONS = ("网站上", "车站上", "站站上", "台站上", "网站上了")
CROSSING = ("跨越", "跨越了", "跨上", "跨入", "站上", "跨上了", "跨入了", "站上了")
"""跨越1万亿元: past it, or reached it? (the scan finds them with the figure)"""
_YEAR_ON_YEAR_BOTH = compiled(f"按[年月]均(?:{CHANGE_WORDS})")
_BROKEN = compiled("破(?:(?:每|单|人均|户均)[^，。；,;:0-9]{0,6})?$")


_EACH_ONE = compiled(r"每 *[1一]? *[个名位]?[^\W\d]{0,12}?(?:可以|可|再|另)?加给 *$")
"""每1人可以加给, 每名眷属加给: a supplement for each one counted (not 每1人增加10%, each
one's rise, a review's)."""


def words_before_vocabulary() -> list[str]:
    """The words and patterns above, for :func:`minsheng._vocabulary.vocabulary`."""
    return [
        UNSURE_CHANGE.pattern, *_DIALLED, *CROSSING, _PAID_BY.pattern, _BROKEN.pattern,
        _EACH_ONE.pattern, _YEAR_ON_YEAR_BOTH.pattern,
    ]  # fmt: skip
