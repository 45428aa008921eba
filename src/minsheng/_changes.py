"""The change word that governs a figure: 增长, 提高到, 由…降至…, 约增.

:mod:`minsheng._governing` reads the words before a figure; this module
finds among them the change (an increment or a level, up or down) and what
keeps a change word from governing the figure.
"""

from __future__ import annotations

import re

from minsheng._change_words import (
    _ADVERBS,
    _CHANGE_CHARS,
    _CHANGE_FIRST,
    _CHANGE_TO_ANY,
    _CHANGES,
    _NOT_CHANGES,
    _ONLY_TO,
    NOT_BARE_CHANGES,
    NOT_THING,
    OWN_VERBS,
    in_compound,
)
from minsheng._i18n import msg
from minsheng._model import Direction, Measure
from minsheng._numerals import NUMERAL_CHARS, fail
from minsheng._patterns import compiled
from minsheng._quantity import Approximation
from minsheng._words import (
    _ABOUTS_BY_LAST,
    _CHANGE,
    _PREFIX_COMPARATORS,
    LEAD,
    NEGATED,
    NOT_ABOUTS,
    _longest_at_end,
)

CHANGE_APART = msg("a change word apart from its figure: a change of it?")
"""Why a change word is refused that may not be the figure's (全市减少碳排放3万吨)."""


def change_of(
    text: str,
    words: str,
    kept: list[int],
    approximation: Approximation | None,
    *,
    counted: bool = False,
) -> tuple[Measure | None, Direction | None, int, range, Approximation | None, tuple[int, ...]]:
    """The change that governs the figure after ``words``, and its approximation.

    As :func:`_change`, with 约 before the change word (约增40.6%) as the
    approximation; a change word first that an ordinal follows is refused.
    The last item is where in ``words`` a 约 among the adverbs before a change
    word first stands, which the figure's approximation takes (约减少碳排放3万吨).
    ``counted``: the figure is a count of things, in a classifier (300家).
    """
    about: tuple[int, ...] = ()
    change, direction, tail, inside = _change(words)
    by_first = change is Measure.INCREMENT and not tail and not inside  # the first word's
    if tail:
        _refuse_negated(text, words, kept, len(words) - tail)
    elif inside:
        _refuse_negated(text, words, kept, inside.start)
    if change is None or by_first:
        first = first_change(words)
        _refuse_first_change(text, words, kept, first, counted=counted)
        if first is not None:
            _refuse_negated(text, words, kept, first.start())
        if (
            by_first
            and first is not None
            and approximation is None
            and "约" in words[: first.start()]
        ):
            # 约减少碳排放3万吨, 每年约可减少: 约 among the adverbs before a change word
            # first is the figure's (no other word of the adverbs holds 约)
            approximation = Approximation.ABOUT
            about = (words.index("约", 0, first.start()),)
    if tail and approximation is None:
        approximation, tail = _about_before_change(words, tail)
    return change, direction, tail, inside, approximation, about


def _refuse_negated(text: str, words: str, kept: list[int], at: int) -> None:
    """Refuse a negation right before the change word at ``words[at]``."""
    negated = NEGATED.search(words, 0, at)
    if negated is not None:
        reason = msg("a negation before the change word: it did not change by the figure")
        raise fail(reason, text, kept[negated.start()])


def _refuse_first_change(
    text: str, words: str, kept: list[int], first: re.Match[str] | None, *, counted: bool
) -> None:
    """Refuse a change word first in ``words`` where what it governs is unsure.

    An ordinal after it (提高第四胎补助500元: a change of what?), its object
    then 为, 到 or 至 (提高报销比例为70%: to 70 %, or by?), and an object too
    long to say (提高全市城乡居民医保财政补助标准30元).  ``first`` is
    :func:`first_change` of ``words``.
    """
    if first is None:
        apart = change_apart(words)
        lead = None if apart is None else LEAD.search(words, apart)
        if lead is not None:  # 收入增速快于城镇居民0.9个百分点: a lead over another figure
            reason = msg("a comparator that does not bound the figure")
            raise fail(reason, text, kept[lead.start()])
        held = RATE_NOUN_AT_END.search(words)
        if held is not None and held.start() == apart:
            # 经济增速目标5.5%左右: a rate noun held to the figure is its own change (an
            # eleventh hunt's review: refused, where 经济增速目标为5% was read)
            return
        if apart is not None:  # 全市减少碳排放3万吨: a fall of it, or of something else?
            raise fail(CHANGE_APART, text, kept[apart])
        return
    if _ORDINAL.search(words, first.end()) is not None:
        # 增加生育第四胎发给…: what rises may be the tier (第四胎, 第一档) or the
        # figure; 提高一次性补助500元 has no ordinal
        reason = msg("a change word before an ordinal (提高第四胎补助): a change of what?")
        raise fail(reason, text, kept[first.start()])
    thing = words[first.end() :].rstrip(" ")
    # (增速仅为1.2%: a rate noun's 为 states its size, no level it reaches; a review's)
    to = (
        thing.endswith(TO_WORDS)
        and not thing.endswith(COMPARATOR_WORDS)
        and not held_rate_noun(words, first)
    )
    across = governs_across(thing[:-1] if to else thing, first.group(1))
    if holds_its_object(first.group(1), thing) and not counted:
        # 延时开放2小时: two hours more, or open for two (a review's: a plain 2 hours)?
        # (延时开放场馆30个, 加薪职工3万人 count what the change was for)
        reason = msg("a change word that holds its object, then another noun: a change of it?")
        raise fail(reason, text, kept[first.start()])
    if to and across is not False and kept:
        reason = msg("a change word, its object, then 为, 到 or 至: a change to, or by?")
        raise fail(reason, text, kept[-1])
    if across is None:
        reason = msg("a change word far from its figure: does it govern it?")
        raise fail(reason, text, kept[first.start()])
    if across is False and not counted and across_but_for_de(thing):
        # 减少门诊患者的等候时间30% (a fall of 30 %) read as a plain 30 %: 的 may
        # end a clause (增加就业岗位的企业300家: the firms), but before no count
        # of things it may as well join the change's object
        reason = msg("a change word, then its object with 的: a change of the figure?")
        raise fail(reason, text, kept[first.start()])


TO_WORDS = ("为", "到", "至")
COMPARATOR_WORDS = tuple(_PREFIX_COMPARATORS)  # 达到, 上限为: a bound, not a level


def _change(words: str) -> tuple[Measure | None, Direction | None, int, range]:
    """The change word that governs the figure, and the characters it takes.

    At the end of ``words`` it takes that many end characters; where subject
    words follow it (提高到现在的年人均3900元), it takes its place in ``words``.
    """
    if _CHANGE_CHARS.isdisjoint(words):
        return None, None, 0, range(0)
    matched = _CHANGE.search(words)
    if matched is not None:
        word = matched.group(1)
        head = words[: matched.start() + len(word)]
        compound = head.endswith(_NOT_CHANGES) or (
            not matched.group(2) and head.endswith(NOT_BARE_CHANGES)
        )
        if not compound and (matched.group(2) or word not in _ONLY_TO):
            # 增幅为14.65%: the rise is 14.65 %, no level it rises to
            to = matched.group(2) and not (word in RATE_NOUNS and matched.group(2) == "为")
            change = Measure.LEVEL if to else Measure.INCREMENT
            return change, _CHANGES[word], len(matched.group()), range(0)
    inner = max(
        (
            m
            for m in _CHANGE_TO_ANY.finditer(words)
            # 晋升为省一级高中: a word that holds a change word (升为) is none
            if not words[: m.start() + len(m.group(1))].endswith(_NOT_CHANGES)
        ),
        key=lambda m: m.start(),
        default=None,
    )
    if inner is not None:
        return Measure.LEVEL, _CHANGES[inner.group(1)], 0, range(inner.start(), inner.end())
    # 增加入学名额1.25万个: a change word first, its object after
    # (a rate noun takes no object, only words that hold it: 增幅均在5%以上, but
    # 增速居全市13个县区第一, a review's, is no rise of 13)
    first = first_change(words)
    if first is None:
        # 经济增速目标为5%左右: a rate noun after subject words, held to the figure
        held = RATE_NOUN_AT_END.search(words)
        if held is not None:
            return Measure.INCREMENT, _CHANGES[held.group(1)], 0, range(0)
        return None, None, 0, range(0)
    if unheld_rate_noun(words, first):
        return None, None, 0, range(0)
    if held_rate_noun(words, first) or governs_across(words[first.end() :], first.group(1)):
        return Measure.INCREMENT, _CHANGES[first.group(1)], 0, range(0)
    return None, None, 0, range(0)


def first_change(words: str) -> re.Match[str] | None:
    """The change word that opens ``words``, after adverbs (将, 同比), if one does.

    增加入学名额1.25万个: it governs what follows it, its object, and the
    figure after that if :func:`governs_across` says so.
    """
    adverbs = _ADVERBS.match(words)  # matches always, if only the empty string
    first = _CHANGE_FIRST.match(words, adverbs.end() if adverbs else 0)
    if (
        first is None
        or first.group(1) in _ONLY_TO
        or any(words.startswith(w, first.start()) for w in _NOT_CHANGES)
    ):
        return None
    return first


def change_apart(words: str) -> int | None:
    """Where a change word stands after subject words, with an object that it may govern.

    全市减少碳排放3万吨 (a fall of 30,000 t) but also 通过减少碳排放节约资金3000万元
    (money saved): the parser cannot tell them apart.
    """
    for found in _CHANGE_FIRST.finditer(words):
        if found.group(1) in _ONLY_TO or in_compound(words, found):
            continue
        if (
            words.startswith(_NOT_CHANGES, found.start())
            or words[found.end() : found.end() + 1] in ("率", "的")
            # 增速居全省14个市州: a noun with no object (but 增幅均在5%以上 holds it)
            or unheld_rate_noun(words, found)
        ):
            continue  # 人口自然增长率2.3‰, 对经济增长的贡献: a noun, not a change
        thing = words[found.end() :]
        if thing.strip(" 了") and governs_across(thing, found.group(1)) is not False:
            return found.start()  # (right before the figure, it is the figure's own)
    emission = _EMISSION_APART.search(words)
    return None if emission is None else emission.start()


# 年减排颗粒物300吨, 减排化学需氧量500吨, 减排SO2 500吨 (reviews': read as levels, or as
# 2500 t): a fall of the pollutant named between, which reads right before its figure
# only (减排12%); not 减排量3万吨, 减排设施3套 or 节能减排专项资金3000万元, a quantity,
# things or money named
_EMISSION_APART = compiled(
    "(?:减排|降碳|减碳|降耗) *[^0-9，。；,;]{0,6}?(?:二氧化碳|二氧化硫|二氧化氮|氮氧化物|颗粒物"
    "|化学需氧量|氨氮|总磷|总氮|挥发性有机物|烟尘|粉尘|温室气体|碳排放|碳|标准煤|标煤|能耗|污染物|废水"
    "|废气|烟气|[A-Za-z]{1,4}[0-9₂₃]?)"
    "(?:当量|排放量|排放)? *$"
)


def governs_across(thing: str, word: str = "") -> bool | None:
    """Whether the change word ``word`` governs the figure across ``thing``, its object.

    It does across a noun (减少在途时间2小时, 提高农村低保标准50元); not across a
    verb or a bound of the figure's own (降低企业成本惠及企业3000家: the firms
    are no fall), another change word, or digits (a numeral in words is a
    word: 提高一次性补助500元); and a word that holds its own object (涨价,
    减税, 加薪) governs no other (加薪职工3万人 counts the staff).  ``None``: the
    object is longer than :data:`OBJECT_LONGEST`, and the parser cannot say.
    """
    if (
        holds_its_object(word, thing)
        or _CHANGE_FIRST.search(thing) is not None  # 减少审批事项新增…300个
        or any(ch in NOT_THING or ch.isdigit() for ch in thing)
        or any(verb in thing for verb in OWN_VERBS)
    ):
        return False
    return True if len(thing.replace(" ", "")) <= OBJECT_LONGEST else None


def across_but_for_de(thing: str) -> bool:
    """Whether a change word would govern its figure across ``thing`` but for a 的 in it.

    减少门诊患者的等候时间30%: 的 may end a clause (增加就业岗位的企业300家: the
    firms), or join the change's object; before no count of things the parser
    refuses, and the scan finds the phrase with the change word.
    """
    # (an object too long to say is no safer: 增加「一帶一路獎學金」的名額五成, a
    # seventh hunt's, read as a plain 50 %)
    return "的" in thing and governs_across(thing.replace("的", "")) is not False


OWN_OBJECT = frozenset((
    "涨价", "降价", "减税", "降费", "减负", "增收", "减收", "增产", "减产", "加码",
    "加薪", "涨薪", "提薪", "降薪", "减薪",
    "延时",  # 延时开放2小时 is a rise; 延时办理业务300件 counts the business (a review's)
))  # fmt: skip
"""Change words that hold their object (a price, tax, pay): a noun after one is no
object of it, and the figure after that noun no change (a review's: 加薪职工3万人 and
涨价商品300种 read as rises of 30,000 people and 300 kinds)."""


def holds_its_object(word: str, thing: str) -> bool:
    """Whether ``word`` holds its own object, and words (``thing``) stand before the figure."""
    return word in OWN_OBJECT and bool(thing.strip(" 了"))


OBJECT_LONGEST = 10
"""The longest object a first change word governs its figure across (工程建设项目审批时间).

An object may hold a second verb and its own object, which only
:data:`OWN_VERBS` catches (提高补助标准发放资金3000万元: paid out, not a
rise); a longer one is refused.
"""


def _about_before_change(words: str, tail: int) -> tuple[Approximation | None, int]:
    """约 before the change word that ends ``words``: 约增40.6%, 约减少1200人.

    The approximation, and the characters the change and 约 take at the end.
    """
    head = words[: len(words) - tail].rstrip(" ")
    about = about_at_end(head)
    # 约同比增长5%, 约较上年同月减少12万人, 约可减少3万吨: 约, then what the change
    # is since, or a modal verb
    between = _BETWEEN_ABOUT_AND_CHANGE.search(head) if about is None else None
    if between is not None:
        head = head[: between.start()].rstrip(" ")
        about = about_at_end(head)
    if about is None:
        return None, tail
    return Approximation.ABOUT, len(words) - len(head) + len(about)


_BETWEEN_ABOUT_AND_CHANGE = compiled(
    "(?:同比|环比|(?:较|比)(?:上年|去年|上月|年初)(?:同期|同月)?"
    "|可以|可|将|能够|能|需要|需|会|已经|已| )+$"
)


# 第四胎, 第一档, 第二批; not 第一书记, 第三方, 第二季度, 第三产业 (names of their own)
_NUMERALS = "".join(sorted(NUMERAL_CHARS))
_ORDINAL = compiled(f"第[0-9{_NUMERALS}]+(?!书记|方|季度|产业|[0-9{_NUMERALS}])")


def unheld_rate_noun(words: str, found: re.Match[str]) -> bool:
    """Whether the change word ``found`` in ``words`` is a rate noun with an object after it.

    A rate noun (增速, 增幅) takes no object: 增速居全市13个县区第一 (a review's, read
    as a rise of 13) is none; only words that hold it (增幅均在5%以上) may follow.
    """
    return found.group(1) in RATE_NOUNS and not RATE_NOUN_HOLDS.match(words, found.end())


def held_rate_noun(words: str, found: re.Match[str]) -> bool:
    """Whether the change word ``found`` in ``words`` is a rate noun that words hold.

    增幅均在5%以上, 增速仅为1.2%, 增速保持在6%左右: growth by the figure.
    """
    return found.group(1) in RATE_NOUNS and RATE_NOUN_HOLDS.match(words, found.end()) is not None


RATE_NOUN_HOLDS = compiled(
    "(?:均|都|仍然|仍|继续|保持|稳定|维持|始终|将|可|已经|已|要|仅|高达|达到|达|在|为"
    "|预期|预计|目标|计划|力争|争取| )*$"
)
"""Words between a rate noun and its figure that hold it: 增幅均在5%以上, 增速达到8%, and
the words of a target (增速预期目标为5.5%左右, 增速力争达到6%)."""

# the size of a change, which 为 states: 增幅为14.65%, 下降幅度为3%, 增速为5% (not
# 提速为3个工作日, a level)
RATE_NOUNS = (*(w for w in _CHANGES if w.endswith(("幅", "幅度"))), "增速")

RATE_NOUN_AT_END = compiled(f"({'|'.join(RATE_NOUNS)}){RATE_NOUN_HOLDS.pattern}")
"""A rate noun that words hold to the end (经济增速目标为, 增幅均在): group 1 is the noun."""

# 高于全国平均水平3个百分点: a comparison word, then words that name another figure


def about_at_end(words: str) -> str | None:
    """The about word that ends ``words`` (约, 将近), unless a longer word ends there (签约)."""
    about = _longest_at_end(words, _ABOUTS_BY_LAST)
    if about is None:
        return None
    head = words[: len(words) - len(about) + 1]  # to the about word's first character
    if words.endswith(NOT_ABOUTS) or (about[0] in "约近" and head.endswith(NOT_ABOUTS)):
        return None  # 签约, and 签约有, 纽约是: 约 of a word (a twentieth hunt's)
    return about
