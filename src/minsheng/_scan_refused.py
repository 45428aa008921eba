"""The words right before a found figure that the parser refuses with it.

:func:`with_refused_words` widens a phrase's start over them (比上年多, 负增长,
提高报销比例为, 万人发明专利拥有量, 平均增长), so that the scan finds the phrase the
parser refuses, never the figure read without them.  :mod:`minsheng._scan_start`
asks it for each figure it widens.
"""

from __future__ import annotations

from minsheng._change_words import (
    _CHANGE_CHARS,
    _CHANGES,
    _LOWERING_AT,
    _NOT_CHANGES,
    _RATE_CHANGE,
    CHANGE_WORDS,
    NEGATIVE_GROWTH,
    PACED,
    PULLED,
    PULLING,
    PUSHED,
    SHIFTED,
    STREAK_CHANGES,
)
from minsheng._changes import (
    COMPARATOR_WORDS,
    TO_WORDS,
)
from minsheng._comparing import (
    FigureAt,
    cap_apart_at,
    compared_at,
    counts_what_follows,
)
from minsheng._governing import (
    EACH_OF,
    PEAK,
)
from minsheng._no_figure import LIGHT_HOUSING
from minsheng._numerals import NUMBER_CHARS
from minsheng._patterns import compiled
from minsheng._per_words import (
    _AVERAGE,
    _PER_WORD_STARTS,
)
from minsheng._periods import one_day_before
from minsheng._refusals import (
    MORE_OR_LESS_DONE,
)
from minsheng._scan_left import (
    _LONGEST_LEFT,
    _WORD_ENDS,
    _left_words,
    clause_start,
)
from minsheng._whole_refusals import AVERAGED_OVER_YEARS
from minsheng._whose_figure import not_a_single
from minsheng._words import (
    _ABOUT_PREFIXES,
    _PREFIX_COMPARATORS,
    BLANKS,
    COUNTED_IN,
    FREE_ABOUT,
    GROWING,
    LINE_BREAKS,
    NEGATED,
    NEGATED_WITHIN,
    OVER_PLAN,
    TIME_WITHIN,
    _is_word_char,
)
from minsheng._words_before import (
    AVERAGE,
    AVERAGED_CHANGES,
    CROSSING,
    UNSURE_CHANGE,
    UNSURE_HINTS,
    crossing,
)

# 提高报销比例为: the same, right before the figure, over an object without a
# figure; the longest change word at a place (增长, not 增: an atomic group),
# and not one that names a thing (增长的贡献率为, 增长率为)
_CHANGE_THEN_TO_END = compiled(
    f"(?>{CHANGE_WORDS})(?![的率])[^到至为{NUMBER_CHARS}]{{0,8}}?[到至为]$"
)
# 审批时限压缩至法定时限的40%: a change to a share of another level (a sixth
# hunt's, found as a plain 40 %); the parser reads the change with the figure
_CHANGE_TO_A_SHARE = compiled(
    f"(?>{CHANGE_WORDS})[到至][^到至为，。；,;：:{NUMBER_CHARS}]{{1,12}}的 *$"
)


def with_refused_words(s: str, a: int, floor: int, at: FigureAt) -> int:
    """Widen a phrase's start over words right before it that the parser refuses.

    不是3个, 负增长3%, 比上年多2000人 and 高于上月2个百分点 must not be found as
    3个, 增长3%, 2000人 and 2个百分点, nor 压缩在5个工作日以内 and 班均45人 as
    5个工作日以内 and 45人.  (Where the parser reads the wider phrase, as
    各区均达到90%, it is found read.)
    """
    wrapped = _right_before(s, a, floor)
    if wrapped is not None:
        return wrapped
    c = max(clause_start(s, a), floor)
    compared = compared_at(s[c:a], at, after=s[a : a + 1])
    if compared is not None:
        return c + compared
    share = _CHANGE_TO_A_SHARE.search(s, c, a) if at.rate else None
    if share is not None:
        return share.start()
    cap = _capped(s, a, c, at)
    if cap is not None:
        return cap
    shifted = _shifted(s, a, c)
    if shifted is not None:
        return shifted
    quoted = _QUOTED_BASE.search(s, max(floor, c - 40), a)  # 约为“十二五”期间的1.6倍
    # (not 达到“优秀”等级的120所学校: which schools)
    if quoted is not None and not counts_what_follows(s, quoted.group(), a):
        return quoted.start()
    about = _ABOUT_APART.search(s, c, a)  # 约为年度总任务的81%: about, over words
    if about is None and "约" in s[c:a]:
        # 约新增3000个, 约可提供学位3000个: about, over a change word or a verb;
        # the parser reads the 约 of a change (约可减少3万吨) and refuses the rest.
        # Not 大约 (这大约是因为新增学位3000个: probably, of the whole clause).
        about = FREE_ABOUT.search(s, c, a)
        if about is not None and s[about.start() - 1 : about.start()] == "大":
            about = None
    if about is not None and s.startswith(LIGHT_HOUSING, s.find("约", about.start()) - 1):
        about = None  # 「簡約公屋」平均輪候3.1年: a name, as the parser reads it
    if about is not None:
        return about.start()
    changed = _change_then_to(s, c, a)  # 提高报销比例为70%, 增长也为5%: to it, or by it?
    if changed is not None:
        return changed
    growing = GROWING.search(s, c, a)  # 成長35.4%: growth by it, or growing up?
    if growing is not None:
        return growing.start()
    # 拉动经济增长0.5个百分点: a part's share of growth (a starts at its 增长)
    pulled = (
        PULLED.search(s, c, a)
        # 下拉经济0.1个百分点
        or (_PULLING_END.search(s, c, a) if s.startswith(("增长", "增速", "下降"), a) else None)
        or (PUSHED.search(s, c, a) if at.rate else None)  # 推高通胀率2.5个百分点
    )
    if pulled is not None:
        return pulled.start()
    if a - 2 >= c and s.startswith("连续", a - 2) and s[a : a + 1] in _CHANGE_CHARS:
        return a - 2  # 连续下滑5个月: for how long, or by how much? the parser says
    if (
        a - 1 >= c
        and s[a - 1] == "连"
        and s[a : a + 1] in STREAK_CHANGES
        and not _is_word_char(s[a + 1 : a + 2] or " ")  # not 关连增长, 接连增加
    ):
        return a - 1  # 连跌9个月, 连降3年: as 连续下滑 (a seventh hunt's)
    over = OVER_PLAN.search(s, c, a)  # 超额完成22%: a margin; the parser says, by the unit
    if over is not None:
        return over.start()
    lowering = _LOWERING_AT.search(s[c:a])  # 压缩在5个工作日以内: to, or by?
    if lowering is not None:
        return c + lowering.start()
    # 增速放缓0.5个百分点, 降幅比上月收窄1.4…: a match that reaches over a (it is
    # at most _RATE_CHANGE_LONGEST long, so the search stops there)
    for second in _RATE_CHANGE.finditer(s, c, a + _RATE_CHANGE_LONGEST):
        if second.start() < a <= second.end():
            return second.start()
    paced = _paced(s, a, c, at)
    if paced is not None:
        return paced
    each = _STRAY_EACH.search(s, c, a)  # 班均45人, 中小学均配备3名: per each?
    if each is not None and not s.endswith(_LONG_CHANGES, c, each.start() + 1):
        return each.start()  # (not 增幅均在5%以上: the change's 均, "both")
    period = _period_each(s, a, c)  # 周末日均3000人次, 节假日均接待
    if period is not None:
        return period
    # 万人发明专利拥有量达到15件: per 10,000; 万车死亡人数为1.66人, right before the figure
    # at a (its digit seen): with no 每, the parser refuses it, found whole
    per = PER_WITHOUT_EACH.search(s, c, a) or PER_UNIT_WITHOUT_EACH.search(s, c, min(len(s), a + 8))
    if per is not None and per.start() < a:  # (万车死亡率降至1.5: over 降至, at a)
        return per.start()
    # 单日最大供水量30万吨: one day's; 少死亡5人: fewer than another figure (refused)
    refused = (one_day_before(s, c, a) if not at.rate else None) or MORE_OR_LESS_DONE.search(
        s, c, a
    )
    if refused is not None:
        return refused.start()
    per = _PER_THEN_LATIN.search(s, c, a)  # 人均GDP为10万元: per person, which the
    if per is not None:  # parser cannot read across GDP; found without it, none
        return per.start()
    each = EACH_OF.search(s, c, a) if "各" in s[max(c, a - 7) : a] else None
    if each is not None:  # 托位各3000个, 各建1所: for each of them
        return each.start()
    if a - 1 >= floor and s.startswith(NEGATIVE_GROWTH, a - 1):
        return a - 1
    return _negated_or_counted(s, a, floor, c)


_FIGURE_AT = compiled(f"(?:约|近|逾|超过|大约|将近)? *[0-9{NUMBER_CHARS}]")


_AMOUNT_AT = compiled("[0-9][0-9,.]* *(?:[万亿]+ *元?|元)")
_AVERAGE_BEFORE = compiled(f"{AVERAGE} *$")
_AVERAGED = compiled(AVERAGED_CHANGES)


def _capped(s: str, a: int, c: int, at: FigureAt) -> int | None:
    """Where a cap, a peak or a change of no sure way starts before the phrase at ``a``.

    最高补助7000元, 最高租金达2万7830元; and before a rate 改善16.7% or 增长的5.46%,
    which the parser refuses.
    """
    cap = cap_apart_at(s[c:a])  # 最高补助7000元: a cap, or the most paid?
    if cap is not None:
        return c + cap
    # (right before the figure: not 增長的年均貢獻率為18%, whose 增长的 names the rate)
    unsure = (
        UNSURE_CHANGE.search(s, c, a)
        if (at.rate or s.startswith(("百分之", "千分之"), a))
        and _FIGURE_AT.match(s, a)
        and "占" not in s[c:a]
        and any(w in s[c:a] for w in UNSURE_HINTS)
        else None
    )
    if unsure is not None:
        return unsure.start()
    if a - 1 >= c and s[a - 1] == "按" and s.startswith(("年均", "月均"), a):
        return a - 1  # 按年均增长5%: year on year, both, or each year's? (the parser says)
    # 平均增长9% (a review's): the phrase found from its change word, which 平均 opens
    averaged = _AVERAGE_BEFORE.search(s, c, a) if at.rate and "平均" in s[c:a] else None
    if averaged is not None and _AVERAGED.match(s, a) is not None:
        return averaged.start()
    if crossing(s, c, a) and _AMOUNT_AT.match(s, a):  # 站上1万亿元: past it?
        return a - max(len(w) for w in CROSSING if s.endswith(w, c, a))
    peak = PEAK.search(s, c, a) if s.startswith("达", a) else None
    # 最高租金达2万7830元 (a thirtieth hunt's: found as at least it)
    return None if peak is None else peak.start()


def _negated_or_counted(s: str, a: int, floor: int, c: int) -> int:
    """Where a negation or a word of counting in a total before ``a`` starts, else ``a``."""
    negated = NEGATED.search(s, max(floor, a - 4), a)  # 未减少, 不再上涨: a change not made
    negated = negated or not_a_single(s, max(floor, c), a)  # 没有出现1例: not a single one
    negated = negated or COUNTED_IN.search(s, max(floor, a - 4), a)  # 计入3万个内
    if negated is None and TIME_WITHIN.match(s, a) is not None:  # 未在规定的5个工作日内
        negated = NEGATED_WITHIN.search(s, max(floor, c, a - 18), a)
    return a if negated is None else negated.start()


def _period_each(s: str, a: int, c: int) -> int | None:
    """Where a day's, month's or year's average before a figure starts, with its word.

    周末日均3000人次, 星期日均, 节假日均接待: the parser may take the 日 for no period
    (周末日, 星期日) and refuse the phrase, which found without the word would read
    as a plain count.  Two characters back at most, as far as the parser's
    _NOT_A_PERIOD looks (not the 5 of PM2.5年均); not 三年均达到 or 比上年均增长,
    均 after a time, "in each", which the parser reads.
    """
    period = _PERIOD_EACH.search(s, max(c, a - 10), a)
    if period is None or _EACH_OF_A_TIME.search(s, c, period.end()):
        return None
    k = period.start()
    for _ in range(2):
        if k > c and _is_word_char(s[k - 1]):
            k -= 1
    return k


def _shifted(s: str, a: int, c: int) -> int | None:
    """Where a shift in time before a figure starts (提早0.4年, 提前了3天), which is refused.

    (An eighth hunt's: found as a plain 0.4 years.)
    """
    shift = SHIFTED.search(s, max(c, a - 8), a)
    return None if shift is None else shift.start()


def _paced(s: str, a: int, c: int, at: FigureAt) -> int | None:
    """Where a change of pace before a rate starts (加快11.5个百分点), which is refused.

    (A ninth hunt's: found as a plain level.)  With the comparison before it,
    where one stands: 增速较一季度加快1.2个百分点 (a review's).
    """
    paced = PACED.search(s, max(c, a - 8), a) if at.rate or at.points else None
    if paced is None:
        return None
    compared = max(s.rfind("比", c, paced.start()), s.rfind("较", c, paced.start()))
    return compared if compared >= 0 else paced.start()


def _right_before(s: str, a: int, floor: int) -> int | None:
    """Where words right before a figure start that the parser refuses with it, or ``None``.

    上下 (基准价上下20%: either side of it), an average over years
    (两年平均增长12.2%: each year's), and the words of the line before
    (:func:`_wrapped_words`).
    """
    if a - 2 >= floor and s.startswith("上下", a - 2):
        return a - 2
    averaged = AVERAGED_OVER_YEARS.search(s, max(floor, a - 28), a + 2)
    if averaged is not None and averaged.end() == a:
        return averaged.start()
    return _wrapped_words(s, a, floor)


def _wrapped_words(s: str, a: int, floor: int) -> int | None:
    r"""Where the words start that govern a figure from the line before, or ``None``.

    A line break ends a clause, but text copied from a report's page breaks
    lines anywhere: in 新增停车位不少于\n3000个 the 不少于 is the figure's, and
    found alone 3000个 would read as exactly 3000.  The phrase then takes in
    the words and the break: the parser reads a change across it (增长\n5%)
    and refuses a comparator or an approximation word.
    """
    b = a
    while b > floor and s[b - 1] in BLANKS:
        b -= 1
    if b == floor or s[b - 1] not in LINE_BREAKS:
        return _split_word(s, a, floor)
    while b > floor and s[b - 1] in LINE_BREAKS + BLANKS:
        b -= 1
    start, governed = _left_words(s, b, floor)
    # only before a figure with a unit (增长⏎2023 15.2: a table's header over its
    # row of numbers, where 2023 read as a rise).  (宏达⏎3000万元, a firm's name
    # in a table's cell, is refused: 约⏎3000人 must not lose its 约.)
    if not governed or not _with_unit(s, a):
        return None
    return start


_NUMERALS_AND_POINTS = frozenset("〇零一二两三四五六七八九十廿卅百千万亿.,")


def _with_unit(s: str, a: int) -> bool:
    """Whether the number at ``a`` has a word or a sign of a unit right after it."""
    end = a
    while end < len(s) and (s[end].isdigit() or s[end] in _NUMERALS_AND_POINTS):
        end += 1
    return end < len(s) and (_is_word_char(s[end]) or s[end] in "%‰")


def _split_word(s: str, a: int, floor: int) -> int | None:
    """Where a word starts that governs the figure at ``a`` across a line break in it.

    新增学位不少⏎于3000个: 不少于, wrapped after 不少, bounds the figure; found
    alone, 3000个 read as exactly 3000.
    """
    low = max(floor, a - _LONGEST_LEFT)
    breaks = [k for k in range(low, a) if s[k] in LINE_BREAKS]
    if not breaks:
        return None
    line_end = breaks[0]
    while line_end > floor and s[line_end - 1] in BLANKS:
        line_end -= 1
    rest = breaks[-1] + 1
    while rest < a and s[rest] in BLANKS:
        rest += 1
    before = max(floor, line_end - _LONGEST_LEFT)
    joined = s[before:line_end] + s[rest:a]
    start, governed = _left_words(joined, len(joined), 0)
    if not governed or start >= line_end - before:
        return None  # no word, or one on the figure's own line
    return before + start


# (and 万元GDP用水量为45立方米, a thirty-sixth hunt's: per 10,000 yuan of GDP, lost)
_INTENSITY_BEFORE = (
    "(?:[^，。；,;：:\\n0-9]{0,14}?(?:用水|耗水|能耗|耗能|用能|电耗|排放)量?"
    "(?:为|是|达到?|降至|降到|下降到|下降至)? *(?=[0-9])(?![0-9]+ *(?:年|个月|月)))"
)  # (not 万元GDP能耗3年下降15%, a period: a review's)
_DEATHS_BEFORE = (
    "(?:[^，。；,;：:\\n0-9]{0,14}?(?:死亡|事故|伤亡)(?:人数|率|起数)?"
    "(?:为|是|达到?|降至|降到|下降到|下降至)? *(?=[0-9]))"
)
# 道路交通万车死亡人数为1.66人, 煤矿百万吨死亡人数, 亿元GDP生产安全事故死亡人数为0.70人,
# 就业人员10万人生产安全事故死亡人数, 电梯万台事故率 (a thirty-fifth hunt's, found as
# 1.66人, 2.81人, 0.70人 and 100,000 people), 万元GDP用水量为45立方米 (a thirty-sixth's):
# a denominator with no 每 right before its figure (not 万元GDP能耗下降3%, a change)
PER_UNIT_WITHOUT_EACH = compiled(
    "(?<![每0-9.一二两三四五六七八九十百千万])(?:(?:1|10|100) *)?(?:十万|百万|万|千|百)名?"
    "(?:常住人口|户籍人口|老年人|老人|人口|人|户)(?!及?以[上下]|计划|次)"
    f"{_DEATHS_BEFORE}"
    "|(?<![每0-9.一二两三四五六七八九十百千万])(?:十万|百万|万|亿)(?:车|辆|台|吨|元 *GDP"
    "|元国内生产总值|从业人员|就业人员)(?!级)"  # (not 万吨级码头: a class, a review's)
    f"(?:{_DEATHS_BEFORE}|{_INTENSITY_BEFORE})"
)
PER_WITHOUT_EACH = compiled(
    "(?<![每0-9.一二两三四五六七八九十百千万])(?:(?:1|10|100) *)?(?:十万|万|千|百)名?"
    "(?:常住人口|户籍人口|老年人|老人|人口|人|户)(?!及?以[上下]|计划|次)"
    # (千人床位数7.5张, 千人医生数3.2人: a seventh hunt's, found as 7.5张 and 3.2人;
    # 百户家用汽车拥有量45辆, 百名老人拥有养老床位4张: a twelfth hunt's)
    "(?:[^，。；,;：:\n]{0,12}?拥有|[^，。；,;：:\n]{0,6}?[数量]"
    # (百户家用汽车45辆, 千名老年人养老床位35张: a review's, right before the figure)
    "|[^，。；,;：:\n0-9]{1,8}?(?=[0-9]))"
    f"|{PER_UNIT_WITHOUT_EACH.pattern}"
)


def _change_then_to(s: str, c: int, a: int) -> int | None:
    """Where a change word starts that its object, then 为, 到 or 至, part from the figure.

    The parser refuses 提高报销比例为70% and 增长也为5% (a change to the
    figure, or by it?); found alone, 70% and 5% would read as levels.  Not
    after a comparator (增长均达到6.2% reads as a change of at least 6.2%).
    """
    words = s[c:a].rstrip(" ")
    if not words.endswith(TO_WORDS) or words.endswith(COMPARATOR_WORDS):
        return None
    change = _CHANGE_THEN_TO_END.search(words)
    if change is None:
        return None
    start = change.start()
    if words.startswith(_NOT_CHANGES, start) or any(
        # 晋升职称为30人, 改造提升学校为30所: the end of a word that is no change
        words.startswith(word, at)
        for word in (*_NOT_CHANGES, *_WORD_ENDS)
        for at in range(max(start - len(word) + 1, 0), start)
    ):
        return None  # 增值税为3亿元: no change either
    return c + start


_PULLING_END = compiled(f"{PULLING}$")
_RATE_CHANGE_LONGEST = 3 + 8 + 2  # 增长率, 8 characters between, 收窄
# An approximation word apart from its figure, which the parser refuses (约为
# 年度总任务的81%, 约占全市2025年总人口的12%, 接近全年目标的90%): found alone,
# the figure would read as exact.  Not over a change or comparator word (这大约
# 是因为新增学位3000个 reads 3000个), nor over a number other than a year's
# (接近60岁的…320人), and within its clause; not the 约 of 节约 or 约谈.
_WORDS_BETWEEN = "[^，。；、,;:：\n增减提降超达不至到新0-9零〇一二两三四五六七八九十百千万亿]"
_ABOUT_APART = compiled(
    # (and 大概, 大致, 差不多: 大概需要3天, a twenty-third hunt's review's; 几乎占了7成, a
    # twenty-seventh hunt's, read as 70 %; not 估计, an estimate: 估计涉及总金额为
    # 204.41亿澳门元 states the estimate)
    f"(?:大约|大概|大致|差不多|几乎|{FREE_ABOUT.pattern}|接近|将近)"
    f"(?:占到|占比|为|占|是|有)?(?:{_WORDS_BETWEEN}|[12][0-9]{{3}}年){{0,24}}$"
)
# 约为“十二五”期间的1.6倍, 不少于《方案》要求的300个: a bound or 约 before a name in
# quotes and the figure of what 的 names (a twentieth hunt's: the quotes end the clause,
# and the figure was found without its 约); the parser reads or refuses the whole
_QUOTED_BASE = compiled(
    "(?:"
    + "|".join(sorted({*_PREFIX_COMPARATORS, *_ABOUT_PREFIXES}, key=lambda w: (-len(w), w)))
    + ")[^，。；,;:：\n“”]{0,6}“[^“”\n]{1,16}”"
    + f"[^，。；,;:：\n“”{NUMBER_CHARS}]{{0,8}}的 *$"
)
# A 均 that is no denominator word's (人均, 村均): the parser refuses it before a
# count.  Not 均已 (业务均已实现1个流程): the report says each has one, and the
# figure alone reads as what it says; the dataset keeps "per service" in its subject.
_LONG_CHANGES = tuple(w for w in _CHANGES if len(w) > 1)
_PER_THEN_LATIN = compiled("(?:人均|户均|每)[^,;。]*?[A-Za-z]")
_PERIOD_EACH = compiled(f"[年月日]{_AVERAGE}(?!已)")
# 连续三年均达到, PM10年均, 比上年均增长, 近年均在, 周六日均: 均 after a time, "in each"
_EACH_OF_A_TIME = compiled(f"(?:[{NUMBER_CHARS}]|[上去近往当])[年月日]{_AVERAGE}$")
_STRAY_EACH = compiled(f"[^平{''.join(sorted(_PER_WORD_STARTS))}]{_AVERAGE}(?!已)")
