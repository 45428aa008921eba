"""Where a found figure's phrase starts: the words before it that belong to it.

:func:`figure_start` widens a figure found in running text to the words that
govern it (不少于, 约, 增长, 每千名常住人口…达到) and to the words right before
it that the parser refuses (比上年多, 负增长, 提高报销比例为), so that a phrase is
never found, and read, without the words that change its meaning.
:mod:`minsheng._scan` uses it for each figure it finds; the words that govern a
figure are read by :mod:`minsheng._scan_left`.
"""

from __future__ import annotations

from minsheng._change_words import (
    _CHANGES,
    CHANGE_NOUN_OPEN,
    TAKES_NO_OBJECT,
    YEAR_ON_YEAR,
)
from minsheng._changes import (
    about_at_end,
    across_but_for_de,
    change_apart,
    first_change,
    governs_across,
    held_rate_noun,
    holds_its_object,
    unheld_rate_noun,
)
from minsheng._comparing import (
    COUNT_AT,
    figure_at,
)
from minsheng._currency import (
    renminbi_at_end,
)
from minsheng._figure import _MINUS, _Figure
from minsheng._objects import NUMBER_BEFORE_A_RISE
from minsheng._patterns import compiled
from minsheng._per_reading import (
    period_before,
)
from minsheng._refusals import (
    DIFFERENCE,
    DISTANCES,
    RANK_BOTTOM,
    RANK_MOVE,
    RANK_PLACE,
    SPEED,
    TOP_BAND,
)
from minsheng._scan_left import (
    clause_start,
    extend_left,
)
from minsheng._scan_refused import with_refused_words
from minsheng._words import (
    _is_word_char,
)
from minsheng._years import day_of_the_month

# A denominator with no 每 before the name of an indicator (万人发明专利拥有量,
# 千名老年人拥有养老床位, 十万人口拥有): a sixth hunt's, found as 15件 and 40张; the
# scan finds no figure in it (十万人口拥有卫生院3个 had been found as 10万人 and 3个)
_YEARS_RANGE = compiled("(?:19|20)[0-9]{2} *(?:至|到|-|—|~|～) *(?:19|20)?[0-9]{2} *年")
# 前10名: the top ten, a rank (not 年底前200名教师, 目前, 学前, 春节前: a time)
_RANKING = compiled(
    f"{RANK_MOVE.pattern}|{RANK_BOTTOM.pattern}|{RANK_PLACE.pattern}"
    "|(?<![底末月日年节目学之以此])前 *$"
)


def figure_start(
    s: str,
    figure: _Figure,
    nxt: _Figure | None,
    floor: int,
    known: tuple[set[int], set[int], set[int]],
) -> int | None:
    """Where the phrase of a figure alone starts; ``None`` if it is no quantity.

    ``nxt`` is the figure after it, ``floor`` the end of the phrase before it,
    and ``known`` the positions of words that hold a numeral and of dates, and
    the starts of figures a sign joins to the next number (1:12, 1/3), which
    are always found: they are figures minsheng does not read.
    """
    covered, dates, signed = known
    following = period_before(s, nxt.start, nxt.unit) if nxt is not None else None
    if following is not None and following[0] == figure.start:
        return None  # 一年 of 每人一年2次: the next figure's denominator
    c = max(clause_start(s, figure.start), floor)
    period = period_before(s, figure.start, figure.unit, c)
    if period is not None and period[0] >= floor:  # 一年2次, 三年内检查1次: per period
        a, _ = extend_left(s, period[0], floor, covered, dates)
        governed = True
    else:
        # 提升3万农村人口: the change may take the words after as its object; but
        # 常住人口增加12.5万、 ends the clause: the change is the figure's
        unitless = figure.unit is None and _object_may_follow(s, figure.end)
        a, governed = extend_left(s, figure.start, floor, covered, dates, unitless)
        governed = governed or figure.start in signed
    number = figure.number
    at = figure_at(s, figure.start)  # 高于全国3个百分点, 高于全省5%: differences
    # the words the parser refuses right before the figure (比去年提高0.11分,
    # 降幅比上月收窄), else before the change word that opens its clause
    start = with_refused_words(s, a, floor, at)
    first = _with_first_change(s, a, c) if start == a else a
    if first != a and _names_its_object(s, figure, first):
        first = a  # 提升3万农村人口供水保障水平: 30,000 people, not a rise of 30,000
    if first != a:
        start = with_refused_words(s, first, floor, at)
    if s.startswith("提升", start):  # 学校数量提升12所: the noun says a number rose
        noun = NUMBER_BEFORE_A_RISE.search(s, max(c, floor), start)
        start = start if noun is None else noun.start()
    # words earlier in the clause that the parser refuses with the figure: a rank
    # (排名提升5位, 前10名), a speed (按时速350公里运营), a difference (差距为8岁)
    for refused in (
        _RANKING if figure.unit in ("名", "位") else None,
        TOP_BAND if figure.unit in ("%", "‰") else None,  # 全球前1%: a top band
        SPEED if figure.unit in DISTANCES and not figure.pers else None,
        DIFFERENCE,
        CHANGE_NOUN_OPEN,  # 升幅(1.3%): the change's size
    ):
        found = None if refused is None else refused.search(s, c, figure.start)
        start = start if found is None else min(start, found.start())
    if start == a == figure.start:
        bare = figure.unit is None and number.multiplier < 4  # (+55.2万) is no code
        start = _unit_words_before(s, a, c, floor, bare=bare)
    governed = governed or start < a  # 高于全国三个百分点: refused words govern it
    if figure.unit is None and number.multiplier < 4 and not governed:
        return None  # a bare number: a list number, a code, a name
    if figure.unit is None and _YEARS_RANGE.match(s, figure.start):
        return None  # 估计2021至2023年 (a thirty-sixth hunt's: about 2021): years, a date
    if not governed and day_of_the_month(s, figure):
        return None  # 田成平20日透露, 1月20日至24日: a date, not 20 days
    if number.chinese and number.value < 10 and number.unit is None and not governed:
        return None  # 一人失能, 七次会议: a numeral used as a word
    return start


def _unit_words_before(s: str, a: int, c: int, floor: int, *, bare: bool) -> int:
    """Widen the start of a figure with a unit over a sign, 同比 or 人民币 right before it.

    增值税+2.8% and 税收同比3.7% are changes with no change word, which the
    parser refuses, and so is 税收同比：3.7%, where a colon ends the clause
    the figure starts; 每人人民币1.8万 is in 元.  Not a + that joins two figures
    (8家+14家, 2+26城市), right after the phrase before (which ends at ``floor``)
    or a bare number; and neither for a bare number (较去年12月, 一网通办+12345),
    which 人民币 alone makes an amount (发放人民币500).
    """
    if (
        not bare
        and a > c
        and s[a - 1] == "+"
        and (a - 1 > floor or a == 1)  # (+3000元 opening the text: its + was dropped)
        and not s[a - 2 : a - 1].isdigit()
    ):
        return a - 1
    if not bare and s[a] in _MINUS and a > c and s[a - 1] in "为是" and a - 1 >= floor:
        return a - 1  # 人口自然增长率为-3.19‰: a level below zero, which 为 says
    year_on_year = None if bare else YEAR_ON_YEAR.search(s, c, a)
    if year_on_year is None and not bare:  # 税收同比：3.7%: over the colon that ends c's clause
        k = len(s[:a].rstrip(" "))
        if k > floor + 1 and s[k - 1] == ":":
            year_on_year = YEAR_ON_YEAR.search(s, max(clause_start(s, k - 1), floor), k)
    if year_on_year is not None:
        return year_on_year.start()
    words = s[c:a].rstrip(" ")
    if renminbi_at_end(words):
        return c + len(words) - len("人民币")
    return a


def _object_may_follow(s: str, end: int) -> bool:
    """Whether words follow a figure ending at ``end`` that a change word may take as its object."""
    return end < len(s) and _is_word_char(s[end]) and s[end] not in "和及与或"


def _names_its_object(s: str, figure: _Figure, first: int) -> bool:
    """Whether the change word right before a bare figure in 万 takes the words after as its object.

    The parser reads 提升3万农村人口供水保障水平 as the people's number, not a
    rise (but 回升20余万预热, a change that takes no object, as the rise): found
    without the words after it, 提升3万 read as a rise of 30,000; so is 提升约180万农村人口
    (a twelfth hunt's), an about word between.
    """
    between = s[first : figure.start].rstrip(" ")
    about = about_at_end(between) or ""
    return (
        figure.unit is None
        and figure.number.multiplier >= 4
        and _object_may_follow(s, figure.end)
        and between.removesuffix(about).rstrip(" 了") in _CHANGES
        and not s.startswith(TAKES_NO_OBJECT, first)
    )


def _with_first_change(s: str, a: int, c: int) -> int:
    """Widen a phrase's start to a change word that starts its clause (压减时限76%).

    The parser reads such a word as governing what follows it, the figure too
    (减少在途时间2小时 is a fall of 2 hours), or refuses it where its object
    is long; found without it, the figure would read as a level.  Not across
    a verb or a bound of the figure's own: in 降低企业成本惠及企业3000家 the
    firms are no fall (:func:`~minsheng._changes.governs_across`).
    """
    words = s[c:a]
    first = first_change(words)
    if first is None:
        # 项目建成后减少碳排放3万吨: the parser refuses a change word after subject
        # words, which may be another verb's (通过减少碳排放节约资金3000万元)
        return a if change_apart(words) is None else c
    if unheld_rate_noun(words, first):
        return a  # 增速比一季度回落0.5个百分点: a noun, which governs no object (a review's)
    if held_rate_noun(words, first):
        return c + first.start()  # 增速保持在6%左右: held by its words, growth of about 6 %
    thing = words[first.end() :]
    if holds_its_object(first.group(1), thing) and not COUNT_AT.match(s, a):
        return c + first.start()  # 延时开放2小时: the parser refuses it with its change word
    if governs_across(thing, first.group(1)) is False and not (
        # 减少门诊患者的等候时间30%: with 的 in its object, the parser decides
        # (it refuses, unless the figure is a count of things: 的企业300家)
        across_but_for_de(thing) and not COUNT_AT.match(s, a)
    ):
        return a
    return c + first.start()
