"""Reading the words around a figure: what governs it, and what makes it unreadable.

The words before a figure give its denominators (每千名常住人口, 人均, 一年两次:
read by :mod:`minsheng._per_reading`),
its comparator (不少于, 达到), approximation (约), change (提高到, 由…) and
subject words; words after it may make it rough (3000人有余, 两位数).  Where
they leave the figure's meaning open (a negation, a comparison with another
figure, 最高达, 校均配备) the reading is refused with the position; what a
comparison is, :mod:`minsheng._comparing` says.  The vocabulary itself lives in
:mod:`minsheng._words` and :mod:`minsheng._change_words`.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import NamedTuple

from minsheng._change_words import (
    _CHANGE_STARTS,
    _LOWERING_AT,
    _RATE_CHANGE,
    CHANGE_WORDS,
    SHIFTED,
    in_compound,
)
from minsheng._changes import CHANGE_APART, RATE_NOUN_AT_END, about_at_end, change_of
from minsheng._comparing import (
    _CAP_APART,
    _COMPARISON,
    CAP_ADVERBS,
    CAPS_APART,
    COUNT_AT,
    FLOORS_APART,
    LIMIT,
    LIMITED,
    _inner_comparator,
    cap_reason,
    figure_at,
)
from minsheng._i18n import msg
from minsheng._model import Direction, Measure
from minsheng._no_figure import (
    _OTHER_NUMERALS,
    financial_numeral,
)
from minsheng._numerals import (
    NUMERAL_CHARS,
    fail,
)
from minsheng._patterns import compiled
from minsheng._per_reading import _pers_before
from minsheng._per_words import (
    _AVERAGE,
    _PER_OR_ALL,
)
from minsheng._quantity import Approximation, Comparator, Per
from minsheng._words import (
    _ABOUT_AFTER,
    _COMPARATORS_BY_LAST,
    _FROM_WORDS,
    _GOVERNING,
    _GOVERNING_CHARS,
    _NOT_COMPARATORS,
    _NOT_PARTIAL,
    _PREFIX_COMPARATORS,
    _PUNCTUATION,
    _ROUGH_AFTER,
    FREE_ABOUT,
    FROM_SELF,
    LEAD,
    LINE_BREAKS,
    NEGATED,
    NEGATED_WITHIN,
    PARTIAL,
    RECEIVING,
    SIGNS,
    SLIGHTLY,
    TIME_WITHIN,
    _is_word_char,
    _longest_at_end,
    _skip_spaces,
    as_much_as,
    bare_comparative,
    sign_in_markup,
)


class _Before(NamedTuple):
    comparator: Comparator | None = None
    approximation: Approximation | None = None
    pers: tuple[Per, ...] = ()
    change: Measure | None = None
    direction: Direction | None = None
    from_word: int | None = None  # position of 由 or 从 before the figure
    from_gap: int = 0  # subject characters between 由 and the figure (由原来的)
    by_change_word: bool = False  # the comparator is a change word's: 压缩为
    each: int | None = None  # position of a 均 that is no denominator read: 班均45人


_NOTHING_BEFORE = _Before()
# 班均45人, 次均费用200元, 各校均配备3名: per class, per visit, per school, which
# no denominator says; 平均 is an average, and 均衡, 均等 are words
_EACH = compiled(f"(?<!平){_AVERAGE}")


# 托位各3000个, 各建1所, 人各3000元, 各不少于3000个, 各配备社工3名: for each of
# them, a total the figure is not (but 各类, 各级, 各地 name all of a kind, and 各
# before a place or a body names them all: 各级各类学校新增学位3000个, 各区新增学位
# 3000个 and 各部门 are the total, as they read)
EACH_OF = compiled("各(?![类级地项界族种方位自区县市镇乡村部单街学医社企])[^各,，;；的]{0,6}$")


def _each(words: str, kept: list[int]) -> int | None:
    """Where a 均 that is no denominator, or a 各 of the figure, stands before a figure."""
    each = _EACH.search(words) if "均" in words else None
    if each is None and "各" in words:
        each = EACH_OF.search(words)
    return None if each is None else kept[each.start()]


def _abbreviation(s: str, k: int) -> bool:
    """Whether ``s[k]`` is a letter of a Latin abbreviation that a Chinese word follows.

    GDP增长6%, CPI上涨2%, A股上市公司新增3家: a subject word.  Not one right
    before a figure or a sign (USD3000元, USD三千元, GDP 6%), which may be a
    currency or a unit the parser does not read; nor after a figure, where the
    letters are its unit (300MW): the subject words after it never ask.
    """
    if not (s[k].isascii() and s[k].isalpha()):
        return False
    end = k
    while end < len(s) and s[end].isascii() and s[end].isalpha():
        end += 1
    start = k
    while start > 0 and s[start - 1].isascii() and s[start - 1].isalpha():
        start -= 1
    if s[start - 1 : start] in ("(", "（") and s[end : end + 1] in (")", "）"):
        # 贷款市场报价利率(LPR)的60%: a name in brackets (a nineteenth hunt's: the
        # phrase was found without its 不超过)
        end += 1
    return end < len(s) and _is_word_char(s[end]) and s[end] not in NUMERAL_CHARS


def _check_subject(  # noqa: PLR0913 - the text, its words and where they stand
    s: str,
    text: str,
    positions: list[int],
    covered: AbstractSet[int],
    *,
    after: bool = False,
    unit: bool = False,
) -> None:
    """Subject words: Chinese characters and punctuation, no numeral, no governing word.

    ``after`` says they follow the figure, and ``unit`` that it has a unit: Latin
    letters right after a figure with none are its unit (300MW), and refused.
    """
    words = "".join([s[k] for k in positions])
    governing = None if _GOVERNING_CHARS.isdisjoint(words) else _GOVERNING.search(words)
    while governing is not None and in_compound(words, governing):  # 晋升为: promoted
        governing = _GOVERNING.search(words, governing.end())
    if governing is None and "约" in words:  # 约惠及3万人: about 30,000, or exactly?
        governing = FREE_ABOUT.search(words)
    if governing is not None:
        k = positions[governing.start()]
        if k not in covered:
            raise fail(msg("a comparator or approximation word that governs no figure"), text, k)
    for k in positions:
        ch = s[k]
        if k in covered:
            continue
        if ch in _OTHER_NUMERALS:
            if financial_numeral(s, k):
                raise fail(msg("financial numerals (壹贰叁) are not read"), text, k)
            continue
        if (
            ch in NUMERAL_CHARS
            or ch == "每"
            or not ("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch in _PUNCTUATION)
        ) and ((after and not unit) or not _abbreviation(s, k)):  # 3000个AI场景, not 300MW
            if ch in LINE_BREAKS:  # 不少于\n3000个, a line wrapped in a report
                raise fail(msg("a line break inside the phrase"), text, k)
            if after:
                raise fail(msg("unexpected text after the figure"), text, k)
            raise fail(msg("unexpected text before the figure"), text, k)


# 上限为 with words before its figure (上限为每人每年门诊费一万元): 上限为2万元 is a cap
_BOUND_STATED = compiled("(?:上限|下限)(?:为|是)")
_CHANGE_AT_END = compiled(f"(?:{CHANGE_WORDS})了?$")
# 最高增加10个百分点, 每人最高提高300元: a cap of a change, or the most of several?
_CAP_OF_A_CHANGE = compiled(
    f"(?:{'|'.join(CAPS_APART)}){CAP_ADVERBS}*(?:{CHANGE_WORDS})了?[至到为]?$"
)
# 最高达5000元, 最高已达3万人次, 上限达到: a peak reached or a cap, refused
PEAK = compiled("最高(?!人民|法院|检察[院署]|科学技术奖|[法院检](?=[受判审发公通]))|上限|峰值|高峰")
"""What before 达 makes a figure a peak reached or a cap (最高租金达, 峰值达); not
最高人民法院, 最高检, 最高科学技术奖, 峰会 or 山峰 (a court, a prize, a summit, a
mountain: a review's)."""


def _refuse_a_capped_change(text: str, words: str, kept: list[int], *, change_at_end: bool) -> None:
    """Refuse 最高 or 最低 before a change (最高增加10个百分点: a cap of it, or the most?)."""
    capped = _CAP_OF_A_CHANGE.search(words) if change_at_end else None
    if capped is not None:  # (a twenty-fifth hunt's: a rise, its cap lost)
        raise fail(cap_reason(capped.group()), text, kept[capped.start()])


def _refuse_unbounded(  # noqa: PLR0913 - the words, where they stand and what follows
    text: str,
    words: str,
    found: tuple[str | None, bool, bool],
    kept: list[int],
    *,
    after: str,
    time_within: bool = False,
) -> None:
    """Refuse the words before a figure where they leave its meaning open.

    - 校均配备… or 学校均已…: per school, or all schools?
    - 最高 alone, with no denominator before it: 每户最高2000元 caps the figure,
      but 单日客流最高5万人次 is a peak; 最高达 and 最高已达 are a peak or a cap.
    - A negation right before the figure or its comparator (不是3个,
      并非不少于3个).  The negated comparators minsheng reads (不超过, 未满)
      are words of their own, so they never reach here.
    - A comparison (比上年多3000人, 比全国低3个百分点, 高出…), unless a change
      word ends it (比上年提高3个百分点): the figure is a difference.

    ``found`` is the comparator word that ends ``words``, whether a change word
    ends them, and whether a denominator was read before; ``kept`` holds the
    positions of ``words`` in the text, ``after`` the text after them, and
    ``time_within`` whether a time limit follows (5个工作日内).
    """
    end_word, change_at_end, per = found
    per_or_all = _PER_OR_ALL.search(words)
    if per_or_all is not None:
        position = kept[per_or_all.start()]
        raise fail(msg("均 after a place: per each, or all of them?"), text, position)
    if end_word in ("最高", "最高为", "至高") and not per:
        raise fail(msg("最高 before a figure: a cap or a peak?"), text, kept[len(words) - 2])
    if end_word == "最低" and not per:  # 最低3000元: a floor, or the lowest?
        raise fail(msg("最低 before a figure: a floor or a low?"), text, kept[len(words) - 2])
    apart = _CAP_APART.search(words) if end_word is None and not per else None
    if apart is not None:  # 最高补助7000元: at most, or the most anyone got?
        raise fail(cap_reason(apart.group()), text, kept[apart.start()])
    _refuse_a_capped_change(text, words, kept, change_at_end=change_at_end)
    stated = _BOUND_STATED.search(words) if end_word is None else None
    if stated is not None:  # 上限为每人每年门诊费一万元: the cap, of this figure or another?
        raise fail(msg("上限为 apart from its figure: a bound of it?"), text, kept[stated.start()])
    head = words[: len(words) - len(end_word or "")].rstrip(" ")
    peak = PEAK.search(head) if end_word in ("达", "达到") else None
    if peak is not None:
        position = kept[peak.start()]
        raise fail(msg("最高达: a peak reached or a cap, the phrase does not say"), text, position)
    limited = LIMITED.search(head) if end_word is None else None
    if limited is not None:  # 每年限辦理一次, 每人限购2台: at most, or the number allowed?
        raise fail(LIMIT, text, kept[limited.start()])
    negated = NEGATED.search(head)  # 不3000人, 未新增3000个, 无需3000元
    if negated is None and time_within:  # 未在规定的5个工作日内: not within it (a review's)
        negated = NEGATED_WITHIN.search(head)
    if negated is not None:
        raise fail(msg("a negation before the figure"), text, kept[negated.start()])
    # 增长快于经济增长0.5个百分点: a lead over another figure, even where a change
    # word (the other figure's) ends the words
    comparison = LEAD.search(words) if change_at_end else _COMPARISON.search(words)
    if comparison is None and not change_at_end:  # 高0.5个百分点
        comparison = bare_comparative(words, after)
    if comparison is not None:
        position = kept[comparison.start()]
        raise fail(msg("a comparator that does not bound the figure"), text, position)
    lowering_at = _LOWERING_AT.search(words)
    if lowering_at is not None:
        position = kept[lowering_at.end() - 1]
        raise fail(msg("在 after a word of decrease: to the figure, or by it?"), text, position)
    second_order = _RATE_CHANGE.search(words)
    if second_order is not None:  # 增幅收窄3个百分点: the growth slowed, by 3 points
        position = kept[second_order.start()]
        raise fail(msg("a change in a rate of change (增幅收窄)"), text, position)
    shifted = SHIFTED.search(head)  # 提前3天, 提早了0.2年: earlier by 3 days, a shift in time
    if shifted is not None:
        position = kept[shifted.start()]
        raise fail(msg("提前 or 推迟 before a figure: a shift in time"), text, position)


def _end_comparator(words: str) -> str | None:
    """The comparator word that ends ``words``, if any governs the figure after them."""
    end_word = _longest_at_end(words, _COMPARATORS_BY_LAST)
    if end_word is not None and any(words.endswith(w) for w in _NOT_COMPARATORS):
        return None  # 下达 is "allocate", not 达
    if end_word == "达" and as_much_as(words, 0, len(words)):
        return None  # 高达95%: as high as, the figure itself
    if (
        end_word is not None
        and end_word[0] in SIGNS
        and sign_in_markup(words, len(words) - len(end_word))
    ):
        return None  # <td>3000个, ->3000个: markup or an arrow, which is refused
    return end_word


def _from_word(s: str, rest: str, kept: list[int], consumed: set[int]) -> tuple[int | None, int]:
    """Where 由 or 从 before the figure stands, and the subject characters after it (由原来的)."""
    if "由" in rest or "从" in rest or "自" in rest:
        for skip in range(5):
            if rest[: len(rest) - skip].endswith(_FROM_WORDS):
                at = kept[len(rest) - skip - 1]
                if s[at] == "自" and FROM_SELF.match(s, at) is None:
                    return None, 0  # 自7月起: since a date (a review's)
                consumed.add(len(rest) - skip - 1)
                return at, skip
    return None, 0


_ENSURE = "确保"


def _about_taken(s: str, text: str, kept: list[int]) -> tuple[str, Approximation | None]:
    """The words in ``kept`` without an about word that ends them (taken out), and 约."""
    words = "".join([s[k] for k in kept])
    about = about_at_end(words)
    if about is None:
        return words, None
    del kept[len(kept) - len(about) :]
    while kept and s[kept[-1]] == " ":
        kept.pop()
    words = "".join([s[k] for k in kept])
    if about.endswith("有") and _CHANGE_AT_END.search(words) is not None:
        # 本次月薪調漲約有180.14萬名勞工受惠 (a twenty-fifth hunt's: a rise of about 1.8
        # million): the raise is the wage's; about so many benefit from it
        raise fail(CHANGE_APART, text, kept[-1])
    return words, Approximation.ABOUT


def _before(  # noqa: PLR0913, PLR0917 - the text, its span and what is already known
    s: str,
    text: str,
    a: int,
    b: int,
    covered: AbstractSet[int],
    dates: AbstractSet[int] = frozenset(),
) -> _Before:
    """Read the words before a figure: subject words, 每…, comparators, 约, changes."""
    if a >= b:
        return _NOTHING_BEFORE
    pers, kept = _pers_before(s, text, a, b, covered, dates)
    words, approximation = _about_taken(s, text, kept)
    change, direction, tail, inside, approximation, about_at = change_of(
        text, words, kept, approximation, counted=COUNT_AT.match(s, b) is not None
    )
    comparator = None
    by_change_word = False
    consumed: set[int] = {*inside, *about_at}  # indices into kept
    end_word = _end_comparator(words)

    # the scanner asks of the words before 达 too (客流高 of 客流高达35万人次)
    _refuse_unbounded(
        text,
        words,
        (end_word, tail > 0, bool(pers)),
        kept,
        after=s[b : b + 1],
        time_within=TIME_WITHIN.match(s, b) is not None,
    )
    if end_word is not None:
        if (
            change is Measure.INCREMENT
            and not tail
            and not inside
            and RATE_NOUN_AT_END.search(words) is None
        ):
            # 提高服务质量满意度达到95%: the comparator, not the change word of
            # another object (a first change word), governs the figure; but
            # 增速力争达到6% is growth of at least 6 %
            change = direction = None
        comparator = _PREFIX_COMPARATORS[end_word]
        # 由8%降至7%: 降至 makes a level, not a bound; 缩减至不超过 still bounds
        by_change_word = change is Measure.LEVEL and end_word.startswith(_CHANGE_STARTS)
        tail = max(tail, len(end_word))
        about = about_at_end(words[: len(words) - tail].rstrip(" "))
        if about is not None and approximation is None:
            approximation = Approximation.ABOUT  # 约达到3000人
            tail = len(words) - len(words[: len(words) - tail].rstrip(" ")) + len(about)
    elif pers and (apart := _CAP_APART.search(words, 0, len(words) - tail)) is not None:
        # 每人最高补助3000元: a cap for each, as 每人最高3000元 is
        # (每人至高补贴2000元 is a cap too, a review's)
        comparator = (
            Comparator.AT_LEAST if apart.group().startswith(FLOORS_APART) else Comparator.AT_MOST
        )
        consumed.update((apart.start(), apart.start() + 1))
    else:
        inner = _inner_comparator(
            text, words, len(words) - tail, kept, figure_at(s, b), covered=covered
        )
        if inner is not None:
            comparator = _PREFIX_COMPARATORS[inner.group()]
            consumed.update(range(inner.start(), inner.end()))
    ensure = words.find(_ENSURE, 0, len(words) - tail) if comparator is not None else -1
    if ensure >= 0:
        # 确保不少于3000个, 就业率确保不低于90%: 确保 (ensure) before the word that
        # bounds the figure bounds nothing itself (a trial's: refused as a second bound)
        consumed.update(range(ensure, ensure + len(_ENSURE)))
    if approximation is None:
        about_word = words.find("约合", 0, len(words) - tail)
        if about_word >= 0:
            approximation = Approximation.ABOUT
            consumed.update((about_word, about_word + 1))
    rest = words[: len(words) - tail]
    if not tail and rest.endswith(("到", "至")) and not rest.endswith(RECEIVING):
        raise fail(msg("到 or 至 with no change word before the figure"), text, kept[len(rest) - 1])
    from_word, gap = _from_word(s, rest, kept, consumed) if not tail else (None, 0)
    subject = [k for n, k in enumerate(kept[: len(kept) - tail]) if n not in consumed]
    _check_subject(s, text, subject, covered)
    return _Before(
        comparator,
        approximation,
        tuple(pers),
        change,
        direction,
        from_word,
        gap,
        by_change_word,
        _each(words, kept),
    )


def refuse_rough_after(s: str, text: str, j: int) -> None:
    """Refuse words right after a figure that make it rough: 95%强, 3000人有余, 一年半, 两位数.

    A space between does not part them (1.43 兆斤 is trillions, 打 8 折 a discount).
    """
    j = _skip_spaces(s, j)
    if j >= len(s):
        return
    if s[j] in SLIGHTLY and not (j + 1 < len(s) and _is_word_char(s[j + 1])):
        raise fail(msg("强 or 弱 after a figure: a little more or less"), text, j)
    if s.startswith(_ROUGH_AFTER, j):
        raise fail(msg("有余, 开外 or 出头 after a figure: more, by how much unsaid"), text, j)
    about = next((w for w in _ABOUT_AFTER if s.startswith(w, j)), "许" if s[j] == "许" else None)
    end = j + len(about or "")
    if about is not None and not (end < len(s) and _is_word_char(s[end])):
        # a hostile-input audit found these read as an exact figure (not words that
        # go on: 许可, 前后端, 内外环)
        raise fail(
            msg("许, 前后, 略多 or another word of about, more or less after a figure: unread"),
            text,
            j,
        )
    if s[j] in PARTIAL and not s.startswith(_NOT_PARTIAL, j):
        raise fail(msg("半, 折 or 兆 after a figure: a form minsheng does not read"), text, j)
    if s[j] == "数" and j and s[j - 1] == "位":  # 两位数增长: at least 10 %, not 2
        raise fail(msg("位数 after a figure: a number of digits, not a figure"), text, j - 1)
