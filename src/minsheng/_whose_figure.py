"""Figures that the words around them make none of the phrase's, or another's.

114年 may be a year of the Republic; 没有出现1例 is none at all; 人均收入比缩小至2.04
is a ratio, with no denominator; 等5项指标 counts indicators whose denominators are
their own; and >80 in a table's row below a header's (%) prints no unit of its own.
:mod:`minsheng._refusals` asks these of a phrase of one figure.
"""

from __future__ import annotations

import re

from minsheng._changes import CHANGE_APART
from minsheng._figure import _ROUGH_COUNT, _Figure
from minsheng._governing import _Before
from minsheng._i18n import Message, msg
from minsheng._patterns import compiled
from minsheng._units import UNITS
from minsheng._words import times
from minsheng._years import maybe_a_year

NOT_A_SINGLE = compiled(
    "(?:没有|没|不|未|无|冇|唔)(?:再|曾|会|能|得|要|准|允许|能够)?"
    "(?:出现|发生|采取|让|漏|落下|遗漏|漏掉|放过|丢下|拖欠|欠|损失|流失|辍学|留下)(?:过|了)? *$"
)
"""没有出现1例, 不让1名学生, 确保不漏1户: not a single one (a sixteenth hunt's, read as 1),
where a verb of the idiom stands between the negation and 1 (not 无障碍设施1处, 不合格1批次
or 没有超过1%, a review's)."""


def not_a_single(s: str, floor: int, a: int) -> re.Match[str] | None:
    """The negation before a 1 that starts at ``a`` (没有出现1例), after ``floor``, if any."""
    if not s.startswith(("1", "一"), a) or s[a + 1 : a + 2] in _MORE_DIGITS:
        return None
    return NOT_A_SINGLE.search(s, max(floor, a - 8), a)


_MORE_DIGITS = frozenset("0123456789.,万千百十亿")
RATIO_BEFORE = compiled(
    "比值|之比|收入比(?![上去同前])|(?<!收入)比(?=[缩扩降下收提]|为|是|达)"
    "|倍差|差距倍数|相对差距"  # 人均收入倍差缩小至2.1 (a twenty-fourth hunt's: per person)
)
"""人均地区生产总值比值缩小至1.86: a ratio of two figures, with no denominator."""

RATIO_PER_PERSON = msg("a ratio of two figures (人均收入比缩小至2.04): per person?")


def a_ratio_per_person(figure: _Figure, head: _Before, left: str) -> bool:
    """Whether ``figure``, with no unit, is a ratio that the 人均 of ``head`` is not about.

    人均收入倍差由2.5缩小到2.1 (a twenty-fourth hunt's, left then): 2.1 is a
    ratio of two incomes per person, not 2.1 per person.
    """
    return figure.unit is None and bool(head.pers) and RATIO_BEFORE.search(left) is not None


# 空气质量优良天数比率(%) 76.7 >80, 医师数（人） 2.9 3.2 (a twenty-sixth hunt's: a table's
# row, read with no unit): a unit in brackets, a header's, before a figure that prints none
_BRACKETED = compiled("[(（\\[【]([^()（）\\[\\]【】]{1,8})[)）\\]】]")
UNIT_IN_A_HEADER = msg("a unit in brackets before a figure with none (a table's header): its unit?")


def unit_in_a_header(s: str, start: int, end: int) -> int | None:
    """Where a unit in brackets stands in ``s[start:end]`` (比率(%)), or ``None``."""
    for found in _BRACKETED.finditer(s, start, end):
        unit = found.group(1).strip(" ").partition("/")[0]  # (元/人): 元, per person
        if unit in ("%", "‰", "百分比") or unit in UNITS or unit.lstrip("十百千万亿") in UNITS:
            return found.start()
    return None


_ITEMS = frozenset(("项", "个", "类", "条", "种", None))
# an indicator's name before 等 (每千人口医师数等, 人均预期寿命等), or 指标 after the count;
# not what 每 spreads over with a verb (为每户发放米、面、油等3类物资: per household, a
# review's)
_INDICATOR_THEN_ETC = compiled(
    "(?:数|率|量|面积|收入|寿命|GDP|比重|密度|人口|床位|医师|专利)(?:等|在内的)$|等指标$"
)
_INDICATORS_AFTER = compiled("(?:项|个|类|大类|方面|大)?指标|大类|方面")


def not_the_figure(s: str, figure: _Figure, head: _Before, left: str) -> tuple[Message, int] | None:
    """Why a figure is none of the phrase's, or ``None``: the fifteenth and sixteenth hunts'.

    114年 may be a year of the Republic; 没有出现1例 is none at all, and
    人均收入比缩小至2.04 a ratio, with no denominator.
    """
    if figure.unit == "年" and maybe_a_year(s, figure):
        return msg("a year of the Republic of China (114年), or a count of years?"), figure.start
    if figure.number.value == 1 and not_a_single(s, 0, figure.start):
        return msg("a negation before 1 (没有出现1例): not a single one"), figure.start
    if a_ratio_per_person(figure, head, left):
        return RATIO_PER_PERSON, figure.start
    header = unit_in_a_header(s, 0, figure.start) if figure.unit is None else None
    if header is not None:
        return UNIT_IN_A_HEADER, header
    if (
        head.pers
        and figure.unit in _ITEMS
        and (
            _INDICATOR_THEN_ETC.search(left) is not None
            or _INDICATORS_AFTER.match(s, figure.end) is not None
        )
    ):
        # 每千人口拥有执业医师数等5项指标 (a twenty-sixth hunt's: 5 per 1000 people; not
        # 每亩就能节省化肥、水费等100多元, per mu)
        return msg(
            "a count of a list's items (等5项指标): the denominators are theirs"
        ), figure.start
    return None


_COUNTED_BY = compiled(" *[^\\W\\d_]{0,2}?计")  # 数以十亿计, 以十亿元计: counted in
_MAGNITUDES = frozenset("十百千万亿")


def _counted_by_magnitude(s: str, a: int, b: int) -> bool:
    """Whether the figure from ``a`` to ``b`` is the magnitude of 数以十亿计, no figure.

    A twenty-seventh hunt's (running into the billions, read as exactly
    1,000,000,000); not 以每人每月500元计, a rate counted at, a review's.
    """
    if s[a - 1 : a] != "以" or not (s.endswith("计", a, b) or _COUNTED_BY.match(s, b)):
        return False
    return s[a - 2 : a - 1] == "数" or _MAGNITUDES.issuperset(s[a:b].rstrip("计元 "))


_BENEFIT_AFTER = compiled("[^，。；,;:：!?！？\n]{0,10}?(?:受惠|受益)")
_PEOPLE = frozenset(("人", "名", "户", "家", "人次", "户次", "位"))


def _benefiting(s: str, b: int, unit: str | None) -> bool:
    """Whether the people counted before ``b`` are those the words after say benefit.

    本次月薪調漲約180萬名勞工受惠 (a review's): the raise is the wage's; about 1.8
    million workers benefit from it.
    """
    return unit in _PEOPLE and _BENEFIT_AFTER.match(s, b) is not None


_RAISES = compiled(" *(?:提高|提升|上调|调高|上浮)")


def _a_period_s_standard(s: str, a: int, b: int) -> bool:
    """Whether a raise by the time from ``a`` to ``b`` is the raise of a noun after 的.

    提高3個月的過渡期生活救助補助資金標準 (a twenty-seventh hunt's: a rise of 3
    months): the three months are the relief's, and its standard is what rises.
    """
    return s.startswith("的", b) and _RAISES.match(s, a) is not None


def refused_by_what_follows(  # noqa: PLR0913 - where the phrase and its figure stand
    s: str, start: int, at: int, end: int, unit: str | None, *, changed: bool, about: bool
) -> Message | None:
    """Why the words after a figure refuse it, or ``None``: the scan's and the parser's.

    The phrase starts at ``start``, its figure at ``at`` and ends at ``end``;
    ``changed`` says whether a change word governs it, ``about`` whether 约
    does.  数以十亿计 is a rough magnitude; 調漲約180萬名勞工受惠 counts those who
    benefit, no rise of them; 提高3個月的…標準 raises the standard of three months.
    """
    if _counted_by_magnitude(s, at, end):
        return _ROUGH_COUNT
    if changed and (
        (about and _benefiting(s, end, unit))
        or (times(unit) and _a_period_s_standard(s, start, end))
    ):
        return CHANGE_APART
    return None
