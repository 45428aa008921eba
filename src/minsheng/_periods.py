"""Which of a figure's denominators are its own: 年均增长5% is 5 % a year, 日均客流量增长12% not.

A rate keeps the period that is the rate's (年均增长, 每年增长, 月均环比增长)
and drops the period, person or land of the thing it measures (人均可支配收入
增长6.5% grew once); a 累计 total and a concentration keep no period of the
thing either.  And which figures of a phrase are a period or a date: 一年两次 is
twice a year, 2025年12月31日 among other figures is words.
A period said after a figure (2万人次的日接待能力) or a 单日 before it (单日接待
游客5万人次: a peak or a capacity) makes it no total, which the parser refuses.
"""

from __future__ import annotations

import re

from minsheng._change_words import CHANGE_WORDS, RATE_ADVERBS
from minsheng._figure import _Figure
from minsheng._i18n import msg
from minsheng._no_figure import _DATE, FIGURE_LATER
from minsheng._numerals import fail
from minsheng._patterns import compiled
from minsheng._per_reading import (
    period_before,
)
from minsheng._per_words import (
    SURCHARGES,
)
from minsheng._quantity import Per
from minsheng._units import RATES

# rates, and concentrations (年均浓度29微克/立方米 is an annual mean, not 29 a year)
_RATE_UNITS = frozenset((*RATES, "个百分点", "倍", "微克/立方米", "毫克/立方米"))
# 人均, 生均, 每万人口, 每孩 (每孩补贴标准提高10% rose once)
_PEOPLE_AND_LAND = frozenset(("人", "户", "生", "亩", "人口", "名", "孩", "胎"))


# 年均增长, 月均下降, 年均实际增长, 年均复合增速: the period right before the change
# (or its adverbs) is the rate's; but a day's only with 环比 (日均增长3.2% is the
# daily average's rise, once), and a month's not beside a year-on-year word
# (比去年同期月均增长5%: the monthly average rose)
# (not the 年 of 上年 or 去年: 年用水量比上年减少3% fell once, a review's)
_RATE_PERIOD = compiled(
    # (nor the 年 of a year: 年均濃度相對二○一三年分別減少43%至62%, a twenty-ninth
    # hunt's, Hong Kong's, read as 43 % a year)
    f"(?:(?<![上去前今明同本当0-9〇○零一二三四五六七八九])[年月](?:平?均)?|日均?(?=环比))"
    f"(?:{'|'.join(RATE_ADVERBS)}|[较比](?:上年|去年)){{0,2}}(?:{CHANGE_WORDS})"
)
_YEAR_ON_YEAR_WORDS = compiled("同比|[比较](?:上年|去年)")
# 平均每日成交额增加26%, 每日访问量下降10%: the day's or month's measure, a noun, rose
# once (a seventh hunt's: 26 % a day); not 每日增长, 每月环比增长 (the rate's), and not
# 每年 (每年城乡居民收入增长5% is each year)
_BEFORE_A_CHANGE = (
    f"(?:{'|'.join(RATE_ADVERBS)}|环比|同比|均|平均|稳步|持续|逐步|[较比]上?[日月])*"
    f"(?:{CHANGE_WORDS})"
)
# (每日百分之五, 每日收取5‰, 每日按欠费总额的千分之一: a late fee's, a twenty-fifth hunt's,
# read with no denominator; the rate itself, or a verb of charging, follows: per day; but
# 每月按当地最低工资标准的60%领取 is a share of a month's wage, as 按月缴纳…比例12% is)
# (and 每小时: 每小时客流量增长10% rose once, 每小时加收10% is a rate an hour, a review's)
# (a verb of charging before a change of no rate: 每月征收的税款增长10% is the month's tax,
# but 每日收取滞纳金比例下调至0.05% sets the rate, a day's: its second review's)
_EACH_PERIOD_OF_A_NOUN = compiled(
    f"每个?([日月]|小时)(?!{_BEFORE_A_CHANGE}|[百千万]分之|(?<=日)按"
    f"|(?:收取|征收|加收|计收|计息)(?!(?:(?!比例|利率|费率)[^，。；,;]){{0,12}}?"
    f"(?:{CHANGE_WORDS})))[\u4e00-\u9fff]"
)
_EACH_PERIOD_OF_THE_RATE = compiled(f"每个?([日月]|小时){_BEFORE_A_CHANGE}")


def _measures_period(s: str, per: Per) -> bool:
    """Whether ``per`` is a period of the thing a rate measures, not of the rate.

    年, 月 or 日 from a word such as 日均 or 年产 (日均客流量增长12%), where no
    每 and no period right before the change word (年均增长5%) make it the rate's.
    """
    period = per.unit or per.subject  # 年 and 日 are units, 月 a noun
    if period not in ("年", "月", "日", "小时") or None not in (per.unit, per.subject):
        return False
    if any(f"按{period}{verb}" in s for verb in SURCHARGES) and "累计" not in s:
        return False  # 按日加收千分之五: by the day, the rate's (an eighteenth hunt's)
    if "每" in s:
        # (每日成交额每日增长2%: the second 每日 is the rate's)
        return any(m.group(1) == period for m in _EACH_PERIOD_OF_A_NOUN.finditer(s)) and not any(
            m.group(1) == period for m in _EACH_PERIOD_OF_THE_RATE.finditer(s)
        )
    if period == "月" and _YEAR_ON_YEAR_WORDS.search(s) is not None:
        return True  # 比去年同期月均增长5%: the monthly average, against last year's
    return not any(m.group()[0] == period for m in _RATE_PERIOD.finditer(s))


def kept_pers(s: str, unit: str | None, pers: tuple[Per, ...]) -> tuple[Per, ...]:
    """The denominators a figure in ``unit`` keeps of ``pers``, read from phrase ``s``."""
    if not pers:
        return pers  # most figures have none
    pers = tuple(dict.fromkeys(pers))  # 人均…每人每年472公斤: one person, said twice
    if unit in _RATE_UNITS:
        # 人均可支配收入增长6.5%: per-capita income grew 6.5 %, no rate per person;
        # 日均客流量增长12%, 月最低工资标准提高5%: the period is the measure's, once,
        # not 12 % a day; other denominators stay (年均增长5%, 每个月增长2%,
        # 每次下调0.25个百分点)
        # (時薪調幅43.94%, 小时最低工资标准提高8%: the hourly wage's change, a
        # twenty-fifth hunt's, read as 43.94 % an hour)
        return tuple(
            p
            for p in pers
            if (p.unit or p.subject) not in _PEOPLE_AND_LAND and not _measures_period(s, p)
        )
    if "累计" in s or (unit is None and "浓度" in s):
        # 十四五期间年税收收入累计1000亿元: a total over years, not one a year; 年均浓度
        # 下降到30以下 (no unit printed): an annual mean, as in 微克/立方米
        return tuple(p for p in pers if not _measures_period(s, p))
    return pers


def without_dates(
    s: str, text: str, figures: list[_Figure]
) -> tuple[tuple[int, int, Per] | None, list[_Figure], set[int]]:
    """The period of a number of times, the figures that are no date, and the dates' positions.

    一年两次: the period is a denominator, not a figure; 2025年12月31日 among
    other figures is a date, and subject words.
    """
    dates: set[int] = set()
    period = period_before(s, figures[-1].start, figures[-1].unit) if figures else None
    if period is not None:
        head = s[: period[0]].rstrip(" ")
        past = next((w for w in ("近", "约", "过去") if head.endswith(w)), None)
        if past is not None:  # 近三年两次: in the past three years, not a rate
            raise fail(msg("近 before a time: nearly, or the past?"), text, len(head) - len(past))
        figures = [f for f in figures if not period[0] <= f.start < period[1]]
        dates = set(range(period[0], period[1]))
    if len(figures) > 1:
        spans = [m.span() for m in _DATE.finditer(s)]
        kept = [f for f in figures if not any(a <= f.start < b for a, b in spans)]
        if kept and len(kept) < len(figures):
            dates |= {k for a, b in spans for k in range(a, b)}
            figures = kept
    return period, figures, dates


# 单日最大供水量30万吨, 单日接待游客5万人次: one day's figure, a peak or a capacity,
# which read plain is a total and per day a daily rate (left by a sixth hunt). Not
# 简单, 清单, 名单, 订单, …, nor 单日常 (单日 then 常).
ONE_DAY = compiled(
    "(?<![简清名订账菜保传表罚工买下报孤运接派话])单[日月](?!常|记)"
    # 日最高客流12万人次: a day's peak, as 单日 is (a fourteenth hunt's, read as a plain
    # total where 日最高12万人次 was refused); not 日最大处理量, a capacity per day, nor
    # 每月最高补助500元, a cap per month (a review's)
    "|(?<![生节每])[日月](?:最高|峰值)"
)
_PERIOD_AFTER = compiled(
    "的 *[日月年](?:最大)?(?:处理|供水|供气|供|接待|服务|诊疗|接诊|配送|发电|运送|吞吐|产值|产|销售"
    "|营收|收入|客流)(?:能力|总?量|规模)?"
)
_HOLDERS = frozenset("户家人名个座所处栋幢间位")
"""Units that count those who hold a period's figure (3000户的年收入, 120家的年营收)."""


def period_after(s: str, figure: _Figure) -> re.Match[str] | None:
    """A period said after the figure, or ``None``: 具有2万人次的日接待能力, 500吨的日处理能力.

    A fifteenth hunt's, read as plain totals.  Not after a rate (30%的年产值 is a
    share), nor after a count of holders where a figure follows in the clause
    (带动2000户的年收入增加3000元: the period is the next figure's, a review's; but
    具有500人的日接待能力 is 500 a day).
    """
    if figure.unit in RATES:
        return None
    found = _PERIOD_AFTER.match(s, figure.end)
    if found is None or (figure.unit in _HOLDERS and FIGURE_LATER.match(s, found.end())):
        return None
    return found


_ONE_DAY_REACH = 16
"""How far before its figure 单日 makes it one day's: within a few words (a fifteenth
hunt's 單日運量仍達到歷史次高的3.6萬人次 is 13 before), unless a word of a longer time,
a sum or another period stands between (单日接待量创新高的同时全年接待游客500万人次 is
the year's; 取消单日限购政策后本月成交3000套, a review's, the month's; not 以来 or 后,
which a record states: 单日客运量创开通以来新高达到150万人次)."""
_LONGER_TIME = compiled("全年|全月|年度|累计|同时|本月|当月|本周|上半年|下半年|假期|[，,；;]")


def one_day_before(s: str, floor: int, start: int) -> re.Match[str] | None:
    """The 单日 or 单月 within a few words before ``start``, and after ``floor``, if any."""
    found = list(ONE_DAY.finditer(s, max(floor, start - _ONE_DAY_REACH), start))
    if not found or _LONGER_TIME.search(s, found[-1].end(), start) is not None:
        return None
    return found[-1]  # the one nearest the figure
