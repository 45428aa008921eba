"""Why a phrase the parser can read anyway is refused: its words leave it open.

2025年 alone is a date, 前10名 a rank, 1至4期老旧机车 a name, 新增2家至26家
a change to a level or a range; :mod:`minsheng._parse` asks these before it
reads a figure or a range.  Which figures are years or dates is
:mod:`minsheng._years`'s.
"""

from __future__ import annotations

import re

from minsheng._change_words import (
    CHANGE_WORDS,
    SHARE_THAT_GREW,
    YEAR_ON_YEAR,
)
from minsheng._figure import _Figure
from minsheng._governing import _Before
from minsheng._i18n import Message, msg
from minsheng._model import Direction, Measure
from minsheng._no_figure import _DATE, CLASS_BY_SIZE
from minsheng._numerals import NUMBER_CHARS
from minsheng._objects import things_changed, upgraded
from minsheng._patterns import compiled
from minsheng._periods import one_day_before, period_after
from minsheng._units import RATES
from minsheng._whose_figure import not_the_figure, refused_by_what_follows
from minsheng._words import (
    COUNTED_IN,
    OVER_PLAN,
    _is_word_char,
    _skip_spaces,
    counts,
    named_after,
    times,
)
from minsheng._words_before import unsure_words_before
from minsheng._years import (
    a_list_number_then_a_year,
    a_year,
    fiscal_year,
)

_RANKED = ("名", "位")
_RATE_MOVES = ("降息", "加息", "降准", "升息")
# 人均GDP连续5年, 日均客流连续5天: an average's word, then a streak (not 每天连续8小时,
# 8 hours a day); the parser refuses the streak, the scan finds it with the next figure
_AVERAGE_BEFORE_A_STREAK = "[人户生日月年]均[^，。；;,]*?(?:连续|连) *"
_AVERAGE_THEN_STREAK = compiled(f"{_AVERAGE_BEFORE_A_STREAK}$")
STREAK_AFTER_AN_AVERAGE = compiled(f"{_AVERAGE_BEFORE_A_STREAK}[{NUMBER_CHARS}]")

RANK_BOTTOM = compiled("(?:排名|排位|排序|位列|排在)(?:靠)?后 *$")
"""排名后10位: the bottom ten, a rank (as 前10名 is the top ten)."""
_RANK = msg("前 or 后 before a figure of 名 or 位: a rank, not a count")
RANKS = ("名次", "位次")
"""上升3个名次, 前移3个位次: places in a ranking, after 个 (a review's: read as 3 more)."""
_REGION = "(?:全国|全省|全市|全区|全球|世界|国内|省内|市内|区内|行业|同类)"
RANK_PLACE = compiled(f"(?:排名|排位|排行|名列|位列|位居|排在){_REGION}?(?:为|是|在)? *$")
"""排名1955位, 全球排名66位居第一, 排名全省3位 (a thirty-fourth hunt's and its review's:
read as places)."""
TOP_BAND = compiled(f"(?:(?:{_REGION}|ESI|排名|位列|位居|进入|跻身|名列)前|(?<=[个项])前|^前) *$")
"""进入ESI全球前1%, 省内前10% (a thirty-fourth hunt's: read as shares): a top band (not
疫情前93%, 发行前5%以上股份, 当前3.5%: before, its review's)."""
_PLACE = msg("a rank or a top band (排名66位, 前1%), not a count or a share")
RANK_MOVE = compiled(
    "(?:排名|排位|位次)[^,;。]{0,4}?(?:提升|提高|上升|下降|下滑|前进|前移|后退|后移|进|退)了? *$"
    # 上升一位至世界第三, 排位连升3位, 前进2位: a move with no word of the ranking
    # (a ninth hunt's: read as one more, and as a level of 2)
    # (晋升10名: promoted; and 进步2名, a thirty-fourth hunt's: read as two people)
    "|(?:上升|前进|前移|跃升|攀升|下滑|后退|后移|进步|退步|(?<!晋)[升降])了? *$"
)
"""排名提升5位, 全国排名上升3位, 位次前移3名, 上升一位: a move in a ranking, right before
its figure."""
# 各区均达到90%: a rate each and all reach alike
MORE_OR_LESS_CHANGE = compiled(
    "(?<![最至更许很较增减大诸众缺不])[多少]"
    "(?:增加|增长|减少|下降|上升|提高|上涨|降低|下跌|增|减|降)了?$"
)
"""同比少增3873亿元, 多减3000人: a change against last year's change (it grew 3873亿元
less than a year before), not a rise or fall by the figure; not 最多增加, 至少增加."""
MORE_OR_LESS_DONE = compiled(
    "(?<![最至更许很较增减大诸众缺不青老多0-9十百千万亿])"
    "(?<![0-9一二两三四五六七八九十半][年月天周])(?<![0-9一二两三四五六七八九十半]个月)[多少]"
    "(?:完成|建成|建设|新建|发生|死亡|伤亡|受伤|支出|花费|花钱|排放|消耗|投入"
    "|用电|用水|用能|用地|跑腿|生产(?!线)|招(?!商|标|牌|呼)|录取|培训|销售|收入"
    "|改造|提升改造|新改建|修建|建了)了?"
    "[\u4e00-\u9fff]{0,6} *$"
)
"""多完成12个, 少死亡5人, 多建成学校12所: more or fewer than another figure (the plan's,
last year's), a difference, not the figure (a fourteenth hunt's, read as plain counts).
Verbs only, of two characters (not 多用途, 多建议, 多生产线), with at most a short
object; not 一年多完成 (a year and more), nor 多收取, 多缴纳 (an overcharge, whose
figure is its own: 多收取费用合计195800元, a review's)."""
SPEED = compiled("(?:时速|秒速|车速|航速|风速|速度|限速|流速|速率|提速)[^,;，。；建新修改换]{0,6}$")
"""设计时速350公里: a speed, per hour, which 公里 alone does not say (a fourth hunt's,
read as a distance)."""
VOLTAGES = ("千伏",)  # (not 千伏安, a capacity: 新增30万千伏安配电容量)
VOLTAGE_CLASS = compiled(" *(?:线路|变电站|输变电|电网|开关站|配电|母线|线|站|主变)")
_BOUNDED_CLASS = compiled(
    " *(?:的)?(?:行政村|农网|农配网|配电网|配网|农村电网|电网|线路|变电站|台区|用户|设备|输变电"
    "|工程)"
)


def voltage_class(s: str, figure: _Figure, end: int) -> re.Match[str] | None:
    """The words after a voltage that name a class of line or grid, if any.

    10千伏线路, 4座110千伏变电站, and after a bound a grid's words (10千伏及以下行政村
    配电网, 10千伏及以下农网: a seventeenth hunt's, read as at most 10 千伏; not any
    word, which may be the next figure's: 10千伏以下约120公里, a review's).
    """
    if figure.unit not in VOLTAGES:
        return None
    found = VOLTAGE_CLASS.match(s, end)
    return found or (_BOUNDED_CLASS.match(s, end) if figure.comparator is not None else None)


"""10千伏线路, 110千伏变电站: a voltage that names a class of line or station."""
DIFFERENCE = compiled("(?:差距|相差|差值)[约仅只]?(?:[为是达在有]|达到)? *$")
"""与全国差距为8岁: the difference between two figures, which no reading says (a fourth
hunt's, read as 8 岁 per person after 人均期望寿命)."""
_TIMES = ("年", "个月", "天", "日", "周", "小时")  # 近3年: the past 3 years, or nearly 3?
MONTHS = ("月",)  # 12月底前: a month, not a count
DISTANCES = ("公里", "千米", "米")  # 时速350公里: a speed, where a word of speed stands before


_MORE_OR_LESS = (
    (
        MORE_OR_LESS_CHANGE,
        msg("多增 or 少增: more or less than another change, not a change by the figure"),
    ),
    (
        MORE_OR_LESS_DONE,
        msg("多 or 少 before a verb (多完成, 少死亡): more or fewer than another figure"),
    ),
)
_NO_DOUBLING = msg("番 after a figure that is no doubling the parser reads")


def _fan_after(s: str, figure: _Figure) -> bool:
    """Whether 番 or 翻 follows a figure that is no doubling: 翻1.5番, 3番, 翻1至2番."""
    return figure.unit != "倍" and s.startswith(("番", "翻"), _skip_spaces(s, figure.number.end))


_BY_SIZE_AFTER = compiled(f"(?:及?以[上下])?的?{CLASS_BY_SIZE}")

# 从 right before a figure, or 从 … 的 before it, with nothing after the figure:
# the level it started from (a sixth hunt's: 从当初2009年的15元 read as 15 元).
# Not 从业, 从事, 从中 or the adverbs 从严, 从快, …; nor 从…起 (since).
_FROM = "(?<!服)从(?!业|事|中|而|未|不|来|严|快|重|优|宽|紧|速|实|小|头|新)"
_FROM_ALONE = compiled(f"{_FROM}(?:[^，。；,;从起]{{0,12}}的)? *$")
# 由現時的3000元大幅提高, 从3000元提高: where it starts, the change after it, and no
# level it reaches (a seventh hunt's: read as 3000 元), also with a denominator
# between, as in 由每月2400元增加四分之一; not 由于, 由此, 理由, 自由
_FROM_THEN_CHANGE = compiled(
    f"(?:{_FROM}|(?<![理经自缘来])由(?!于|此|衷|来))"
    "(?:[^，。；,;从由起]{0,12}的|(?:每[^，。；,;从由起每的]{1,3}){1,2})? *$"
)
_FROM_REACH = 24  # 由, 12 words and 的, or two denominators, and a few spaces
_CHANGE_AFTER = compiled(
    # (no 到, 至 or 为 a few words on: 由3000元提高到5000元 reaches a level)
    f" *(?![^，。；,;]{{0,8}}?[到至为])(?:大幅|小幅|明显|稳步|逐步|进一步)?(?:{CHANGE_WORDS})"
)


def started_then_changed(
    s: str, start: int, end: int
) -> tuple[re.Match[str], re.Match[str]] | None:
    """The 从 or 由 before the figure at ``start``-``end`` and the change after it, if both.

    由現時的3000元大幅提高: where something started, and a change with no level it
    reaches; the scan finds the phrase from the one to the other.
    """
    change = _CHANGE_AFTER.match(s, end)
    # (from a few words before: a search from the text's start made a scan quadratic)
    reach = max(0, start - _FROM_REACH)
    started = _FROM_THEN_CHANGE.search(s, reach, start) if change is not None else None
    return None if started is None or change is None else (started, change)


def starting_figure(s: str, start: int, end: int, *, alone: bool) -> re.Match[str] | None:
    """The 从 or 由 that makes the figure at ``start``-``end`` where something started.

    从当初2009年的15元 with nothing after it (``alone``), or 由3000元 with a
    change after it and no level it reaches (:func:`started_then_changed`).
    """
    if alone:
        return _FROM_ALONE.search(s, max(0, start - _FROM_REACH), start)
    found = started_then_changed(s, start, end)
    return None if found is None else found[0]


# 每月15日前, 每月的15日, 每季度初10日前, 每季度首月5日 (a nineteenth hunt's, read as
# 10 days a quarter): a day of each month or of a quarter's month
_EACH_MONTH_S_DAY = compiled("每个?(?:月|季度(?:初|末|首月|末月|第一个月))的? *$")


def _no_total(s: str, figure: _Figure, left: str) -> tuple[Message, int] | None:
    """Why a figure that is one day's, a class's size or counted in a total is refused."""
    if s[: figure.end].endswith("内") and COUNTED_IN.search(left):  # 计入3万个内 (of the 30,000)
        return msg("计入 before a figure and 内: counted in a total, not a bound"), figure.start
    if period_after(s, figure) is not None:
        return msg("a period after the figure (2万人次的日接待能力): per what time?"), figure.end
    one_day = one_day_before(left, 0, len(left)) if figure.unit not in RATES else None
    if one_day is not None:  # (单日客流量增长5%: a change of it reads)
        reason = msg("单日 or 单月 before a figure: a peak or a capacity, not a total or a rate")
        return reason, one_day.start()
    if figure.unit == "人" and _BY_SIZE_AFTER.match(s, _skip_spaces(s, figure.end)):
        # 56人以上大班额: classes of 56 pupils or more (left by a sixth hunt)
        return msg("a size that names a class (56人以上大班额), not a figure"), figure.start
    return None


PER_AREA = compiled("(?<![简])单产(?!品|业)|单位面积产量")
"""A yield per area (per mu or per hectare?): 亩产 names its area, and reads (not 简单产品,
单产品, 单产业园区).  公顷单产 names it with no 每 that the parser reads: refused too."""


_ENSURED = compiled("确保(?:再?用|花|经过|通过)? *$")  # (确保用3年时间完成, a review's)


def _time_words(figure: _Figure, left: str) -> tuple[Message, int] | None:
    """Why words right before a time leave it open: 近3年 (nearly, or the past?), 确保三年."""
    if figure.unit in _TIMES and left.endswith("近"):
        return msg("近 before a time: nearly, or the past?"), figure.start - 1
    if times(figure.unit) and _ENSURED.search(left):  # 确保三年完成改造 (a 22nd hunt's)
        return msg("确保 before a time: a deadline, within it?"), figure.start
    return None


# 擴大適用9大行業, 增加3大类 (a twenty-eighth hunt's: a bare rise of 9): 9 major trades, a
# measure word minsheng does not read (not 1,629億大幅減少, 大约, 大于: other words)
MAJOR_AFTER = compiled("大(?![幅概约致于关体多力都大])[^\\W\\d_]")


def _a_change_of_what_follows(s: str, figure: _Figure, head: _Before) -> tuple[Message, int] | None:
    """The scanner's refusals of what follows a figure, asked of a whole phrase too."""
    if (
        figure.unit is None
        and (  # 9大行业, and 每户2大 (桶), the scan's phrase of 每户2大桶
            MAJOR_AFTER.match(s, figure.end) is not None or s[figure.end :].strip(" ") == "大"
        )
    ):
        return msg("a measure word minsheng does not know"), figure.end
    reason = refused_by_what_follows(  # 数以十亿计, 調漲約180萬名勞工受惠, 提高3個月的…標準
        s,
        0,
        figure.start,
        figure.end,
        figure.unit,
        changed=head.change is not None,
        about=head.approximation is not None,
    )
    return None if reason is None else (reason, figure.start)


def alone_refused(s: str, figure: _Figure, head: _Before) -> tuple[Message, int] | None:
    """Why a phrase of this one figure is refused, and where; ``None`` if it is not.

    2025年 alone is a date, not a count of years; 前10名 is a rank, not ten
    people; 下降-2.5% is a fall by a fall, which a reading cannot say.
    """
    number = figure.number
    left = s[: figure.start].rstrip(" ")  # the words before the figure, for the checks below
    if figure.unit in ("年", "学年") and (a_year(s, figure) or fiscal_year(s, figure)):
        return msg("a year, not a figure"), figure.start
    alone = figure.end == len(s) and not s.endswith("起")  # 从15元起: from 15 up
    started = starting_figure(s, figure.start, figure.end, alone=alone)
    if started is not None:  # 人均经费已从当初2009年的15元 (then 实现翻番)
        return msg("a starting figure without a change to a level"), started.start()
    named = (
        _no_total(s, figure, left)
        or not_the_figure(s, figure, head, left)
        or _time_words(figure, left)
        or _a_change_of_what_follows(s, figure, head)
        or unsure_words_before(figure, head, left)
    )
    if named is not None:
        return named
    if (
        head.change is not None
        and figure.unit not in RATES
        and left.rstrip(" 了约近").endswith(_RATE_MOVES)
    ):
        # 美联储今年已加息7次, 降准1万亿元 (a review's: +7 and -1万亿): how many times, or
        # how much money a cut frees, not a change of it
        return msg("降息 or 加息 before no rate: how many times or how much, not a change"), (
            figure.start
        )
    if head.pers and times(figure.unit) and _AVERAGE_THEN_STREAK.search(left):
        # 人均可支配收入连续6年居第一 (a ninth hunt's: 6 years per person): a streak
        # has no denominator; the 人均 is another figure's
        return msg("人均 or 日均 before a streak (连续6年): whose denominator?"), figure.start
    if named_after(s, number.end, chinese=number.chinese):  # 三年级, 1号线, 3人制, 十年计划
        return msg("an ordinal or a name, not a count"), figure.start
    if figure.unit is None and s.startswith(MONTHS, figure.end):
        return msg("a month or a date, not a figure"), figure.start
    # 确保长照2.0 (an eighth hunt's: at least 2.0)
    if head.change is None and _a_version(s, figure, left):
        return msg("a version in a name (长照2.0, 数字政府3.0), not a figure"), figure.start
    if (
        figure.unit in ("日", "号")
        and _EACH_MONTH_S_DAY.search(left)
        and figure.comparator is None  # 每季度末10日内: a span of days (a review's)
    ):
        # 每月15日前发放, 每月1日起: a day of each month, not 15 days a month (but
        # 每月工作22日 is a count of days)
        return msg("a month or a date, not a figure"), figure.start
    if (
        figure.unit is None
        and number.chinese
        and ((number.value < 10 and in_a_word(s, figure)) or left.endswith(_OPENING_QUOTES))
    ):
        # 二氧化碳, 星期六: a numeral in a word; a count in words has a measure word;
        # 每年‘十心’实事, a name in quotes (an eleventh hunt's: ten a year)
        return msg("a numeral in words with no measure word minsheng reads"), figure.start
    if (
        figure.unit is None
        and left.endswith(_OPENING_QUOTES)
        and s.startswith(_CLOSING_QUOTES, figure.end)
    ):
        # “1324”工作机制 (an eighteenth hunt's, read by parse_phrase as 1324)
        return msg("a number in quotes with no unit: a name, not a figure"), figure.start
    if figure.unit in _RANKED and (left.endswith("前") or RANK_BOTTOM.search(left)):
        # (排名后10位的县, an eleventh hunt's: read as ten)
        return _RANK, figure.start
    if (figure.unit in _RANKED and RANK_PLACE.search(left)) or (
        figure.unit in ("%", "‰") and TOP_BAND.search(left)
    ):
        return _PLACE, figure.start
    if (
        (figure.unit in _RANKED and RANK_MOVE.search(left))
        or (figure.unit == "位" and left.endswith(("提高", "提高了")))  # 竞争力提高3位
        or (figure.unit == "个" and s.startswith(RANKS, figure.end))
    ):
        # 排名提升5位, 排名前进3位: a move in a ranking, not five people (but
        # 排名靠前学校新增300名 counts places)
        return msg("a move in a ranking (排名提升5位), not a count"), figure.start
    # (80公里/小时 says its denominator, and reads)
    speed = SPEED.search(left) if figure.unit in DISTANCES and not figure.pers else None
    if speed is not None:
        return msg("a speed: per hour or second, which the unit does not say"), speed.start()
    difference = DIFFERENCE.search(left)
    if difference is not None:
        return msg("差距 or 相差: a difference between two figures"), difference.start()
    if (
        figure.unit is not None
        and s.startswith("级", k := _skip_spaces(s, figure.end))
        and not s.startswith("级别", k)
    ):
        # 10万吨级码头: a class of berth, not 100,000 tonnes
        return msg("级 after a figure: a class (万吨级), not a figure"), figure.end
    if voltage_class(s, figure, figure.end):
        # 10千伏线路98公里, 4座110千伏变电站: a class of line or station (a scan hunt's)
        return msg("a voltage that names a class of line or station, not a figure"), figure.end
    for pattern, reason in _MORE_OR_LESS:
        more_or_less = pattern.search(left)
        if more_or_less is not None:
            return reason, more_or_less.start()
    if _fan_after(s, figure):
        # 翻 2 番, 翻1.5番, 3番: 番 that no doubling of the parser's (翻两番) holds
        return _NO_DOUBLING, number.end
    if figure.unit == "倍" and left.endswith(("翻", "翻了")):
        # 翻一倍 is doubled (2 倍), not 1 倍; 翻了两倍: doubled, or tripled?
        return msg("翻 before a figure of 倍: doubled, or grown by it?"), figure.start
    if (
        figure.unit == "倍"
        and head.change is Measure.INCREMENT
        and head.direction is not Direction.HIGHER
    ):  # 减少一倍 is halved as often as none left; 缩小3倍: to a third?
        return msg("a fall or a narrowing by a multiple: halved, or by it?"), figure.start
    if figure.unit is None and left.endswith("前"):
        return msg("前 before a figure: the first few (涨幅前三), not a count"), figure.start
    over = over_plan(s, [figure])
    if over is not None:
        return msg("a comparator that does not bound the figure"), over
    if a_list_number_then_a_year(figure):
        return msg("a list number before a year, not a figure"), figure.start
    if head.direction is Direction.LOWER and number.value < 0:
        return msg("a minus sign after a word of decrease"), figure.start
    words = s[: figure.start]
    if head.change is not None and "面" in words:  # (a quick test before the search)
        share = SHARE_THAT_GREW.search(words)
        if share is not None:  # 增长面84.2%: the share of sectors that grew, not growth
            return msg("增长面 or 下降面: the share that grew or fell, not a change"), share.start()
    if head.change is None and ("比" in words or "较" in words):  # in every YEAR_ON_YEAR word
        compared = YEAR_ON_YEAR.search(words)
        if compared is not None:  # 税收同比3.7%: up, or the level it reached?
            return msg("同比 or 比上年 with no change word: a change or a level?"), compared.start()
    if number.value < 0 and head.change is None and head.comparator is None and _bare(s, figure):
        # 武汉(-10%), 领跌(-31.17万): a change with no change word, or a level below zero?
        reason = msg("a minus sign with no change word: a change, or a level below zero?")
        return reason, figure.start
    refused = _words_refused(s, figure, head)
    if refused is None and upgraded(s, figure.start, figure.unit, figure.end):
        reason = msg("提升 or 提高 before a count of things: upgraded, or more of them?")
        return reason, figure.start
    if (
        refused is None
        and head.change is Measure.INCREMENT
        and (changed := things_changed(s, figure)) is not None
    ):
        return changed, figure.start
    return refused


_VERSION_BEFORE = frozenset("达到为是至于过超及约近逾在率比数值度量分均差")
"""What right before a bare N.0 makes it a figure: a verb (达到2.0, 控制在2.0) or a
noun of a measure (容积率2.0, 注册护士数4.0, 收入比2.0, 评分4.0: a review's)."""


_VERSION_AFTER = ("版", "计划", "计画", "时代", "战略", "工程", "行动", "模式")


def _a_version(s: str, figure: _Figure, left: str) -> bool:
    """Whether a bare N.0 right after a noun, ending the phrase, is a version: 长照2.0.

    城市大脑3.0 and 数字政府2.0 are names; 容积率控制在2.0以内 is a figure.
    """
    number, unit = figure.number, figure.unit
    return (
        unit is None
        # (or one before 版 or a plan: 科创走廊2.0版, 長照3.0計畫, an eighteenth hunt's)
        and (figure.end == len(s.rstrip(" ")) or s.startswith(_VERSION_AFTER, figure.end))
        and "每" not in left  # 每千人口拥有执业医师3.0: per 1,000 people
        and "均" not in left
        and not number.chinese
        and number.decimals == 1
        and number.multiplier == 0
        and 0 < number.value < 10
        and number.value == number.value.to_integral_value()
        and bool(left)
        and _is_word_char(left[-1])
        and left[-1] not in _VERSION_BEFORE
    )


def _bare(s: str, figure: _Figure) -> bool:
    """Whether only subject words, or nothing, stand before a figure (not 为-0.3%)."""
    words = s[: figure.start].rstrip(" (（")
    return not words or (_is_word_char(words[-1]) and not words.endswith(("为", "是", "达", "到")))


def in_a_word(s: str, figure: _Figure) -> bool:
    """Whether the numeral starts a word (二 of 二氧化碳) or ends a weekday (六 of 星期六).

    Not a numeral after a change word (增长三点五 is 3.5), nor one before 分,
    which :func:`scored` answers for.
    """
    after = figure.end < len(s) and _is_word_char(s[figure.end])
    if after and not s.startswith("分", figure.end):
        return True
    return s.endswith(_WEEK, 0, figure.start)


_WEEK = ("星期", "礼拜", "周")
_SHARES = ("%", "‰", "成")
_PERIODS = ("年", "月", "日", "天", "周", "季度")
_RANKED_BY = compiled("(?:最高|最低|最多|最少|较高|较低|靠前|靠后)的")
_EACH_SHARE = compiled("每(?:年|月|日|天|周|季度)[^，。；,;]*?(?:占|比例|比重)")
_OPENING_QUOTES = ("‘", "“", "「", "『", "《", "〈", '"', "'")
_CLOSING_QUOTES = ("’", "”", "」", "』", "》", "〉", '"', "'")


def over_plan(s: str, figures: list[_Figure]) -> int | None:
    """Where 超额 before the figures makes them no figure of their own, or ``None``.

    Before a rate it states a margin over the plan (超额完成22%: 122 % of it),
    before a range or a from → to phrase too (超额完成22%-25%), and after the
    target (超额完成年度目标任务200个: 200 over it).  After 超额完成 or 超额实现, a
    count names the target beaten (超额完成175亿元市定目标, an eleventh hunt's:
    read as exactly 175亿元, where the outcome is more than that).  Not other
    words of 超额 (超额部分奖励1000元, 超额利润5000万元: a review's).
    """
    over = OVER_PLAN.search(s, 0, figures[0].start)
    if over is None:
        return None
    if (
        figures[-1].unit in RATES
        # 超额完成年度目标任务200个, and 比计划超额3000人 (a fifteenth hunt's: read as
        # 3000 people), where the plan is named before it
        or _TARGET_WORDS.search(s, max(0, over.start() - _PLAN_BEFORE), figures[0].start)
        or s.startswith(_DONE_OVER, over.start())
    ):
        return over.start()
    return None


_TARGET_WORDS = compiled("目标|任务|计划")
_PLAN_BEFORE = 4  # 比计划超额, 比年度目标超额: the plan right before 超额
_DONE_OVER = ("超额完成", "超额实现")


def scored(s: str, figures: list[_Figure]) -> int | None:
    """Where a figure ends in 分 (91.02分, 九十分, 由85分提高到90分), or ``None``.

    分 is points, minutes or fen: the phrase does not say.  (三分之一 is a
    fraction, read apart.)
    """
    return next((f.end for f in figures if fen_after(s, f.unit, f.end)), None)


def fen_after(s: str, unit: str | None, end: int) -> bool:
    """Whether 分 follows a bare figure ending at ``end`` (91.02分), not as 分之 (三分之一)."""
    return unit is None and s.startswith("分", end) and not s.startswith("分之", end)


def ge_dian_after(s: str, unit: str | None, end: int) -> bool:
    """Whether 点 follows a figure in 个 ending at ``end`` (3个点: points, or places?).

    Not as 点位 (sites).
    """
    return unit == "个" and s.startswith("点", end) and not s.startswith("点位", end)


_PER_EACH = msg("均 or 各 before a figure: per each, a denominator minsheng does not read")


def _words_refused(s: str, figure: _Figure, head: _Before) -> tuple[Message, int] | None:
    """Why the words around a figure, or a range's high end, leave its meaning open.

    提高3个点 and 相差3个点 are points, or places; 班均45人 is per class, which no
    denominator says (after 每个乡镇, 均 is "all", and before a rate each and
    all reach it alike); 单产433公斤 is per mu or per hectare.
    """
    # 2024/2025学年, 2025天府…大会: what the scan passes over (in digits: 十年 at the
    # text's start is the scan's past decade, a count in a phrase)
    date = _DATE.match(s, figure.start) if s[figure.start : figure.start + 1].isdigit() else None
    if date is not None and date.end() >= figure.number.end:
        return msg("a month or a date, not a figure"), figure.start
    if ge_dian_after(s, figure.unit, figure.end):  # 相差20.66个点 read as 20.66个
        return msg("个点 after a figure: points, or places?"), figure.end
    if head.each is not None and not head.pers and figure.unit not in RATES:
        return _PER_EACH, head.each
    if (
        figure.unit in _SHARES
        and head.change is None
        and head.pers
        and all(per.unit in _PERIODS for per in head.pers)
        and _EACH_SHARE.search(s, 0, figure.start)
    ):
        # 每年皆佔7成以上 (an eleventh hunt's: 70 % a year): a share in each year (not
        # 每年贴息2%, a rate a year, nor 年均占比30%, an average: a review's)
        return msg("每年 before a share: in each year, not per year"), figure.start
    # (亩均单产, 单产5720公斤/公顷 name the area; 单产达到全国平均的1.2倍 is a ratio)
    named = head.pers or figure.pers or figure.unit in RATES or figure.unit == "倍"
    ranked = _RANKED_BY.search(s, 0, figure.start) if head.pers and counts(figure.unit) else None
    if ranked is not None:
        # 按户均收入最高与最低的30个村 (an eleventh hunt's: 30 per household); not
        # 每人每月最低的生活保障标准为800元, an amount (a review's)
        reason = msg("最高的 or 最低的 after a denominator: what it ranks, not a figure of it")
        return reason, ranked.start()
    area = None if named else PER_AREA.search(s, 0, figure.start)
    if area is not None:  # 平均单产达433公斤 (an eleventh hunt's: 433 kg, its area dropped)
        return msg("单产: a yield per area, which the phrase does not name"), area.start()
    return None
