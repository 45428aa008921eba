"""The change word that governs a figure: 增长, 提高到, 由…降至…, 约增.

:mod:`minsheng._governing` reads the words before a figure; this module
finds among them the change (an increment or a level, up or down) and what
keeps a change word from governing the figure.
"""

from __future__ import annotations

from minsheng._i18n import msg
from minsheng._model import Direction, Measure
from minsheng._numerals import NUMERAL_CHARS, fail
from minsheng._patterns import compiled
from minsheng._quantity import Approximation
from minsheng._words import (
    _ABOUTS_BY_LAST,
    _ADVERBS,
    _CHANGE,
    _CHANGE_CHARS,
    _CHANGE_FIRST,
    _CHANGE_TO_ANY,
    _CHANGES,
    _NOT_CHANGES,
    _ONLY_TO,
    _PREFIX_COMPARATORS,
    NOT_ABOUTS,
    NOT_BARE_CHANGES,
    _longest_at_end,
)


def change_of(
    text: str, words: str, kept: list[int], approximation: Approximation | None
) -> tuple[Measure | None, Direction | None, int, range, Approximation | None]:
    """The change that governs the figure after ``words``, and its approximation.

    As :func:`_change`, with 约 before the change word (约增40.6%) as the
    approximation; a change word first that an ordinal follows is refused.
    """
    change, direction, tail, inside = _change(words)
    if change is Measure.INCREMENT and not tail and not inside:
        _refuse_ordinal(text, words, kept)
        ending = words.rstrip(" ")
        if ending.endswith(TO_WORDS) and not ending.endswith(COMPARATOR_WORDS) and kept:
            # 提高报销比例为70%: the change word, its object, then 为: to 70 %, or by?
            reason = msg("a change word, its object, then 为, 到 or 至: a change to, or by?")
            raise fail(reason, text, kept[-1])
    if tail and approximation is None:
        approximation, tail = _about_before_change(words, tail)
    return change, direction, tail, inside, approximation


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
    adverbs = _ADVERBS.match(words)  # matches always, if only the empty string
    first = _CHANGE_FIRST.match(words, adverbs.end() if adverbs else 0)
    if (
        first is not None
        and first.group(1) not in _ONLY_TO
        and not any(words.startswith(w, first.start()) for w in _NOT_CHANGES)
    ):
        return Measure.INCREMENT, _CHANGES[first.group(1)], 0, range(0)
    return None, None, 0, range(0)


def _refuse_ordinal(text: str, words: str, kept: list[int]) -> None:
    """Refuse a change word first that an ordinal follows (提高第四胎补助500元)."""
    ordinal = _ordinal_after_change(words)
    if ordinal is not None:
        reason = msg("a change word before an ordinal (提高第四胎补助): a change of what?")
        raise fail(reason, text, kept[ordinal])


def _about_before_change(words: str, tail: int) -> tuple[Approximation | None, int]:
    """约 before the change word that ends ``words``: 约增40.6%, 约减少1200人.

    The approximation, and the characters the change and 约 take at the end.
    """
    head = words[: len(words) - tail].rstrip(" ")
    about = about_at_end(head)
    if about is None:
        return None, tail
    return Approximation.ABOUT, len(words) - len(head) + len(about)


def _ordinal_after_change(words: str) -> int | None:
    """Where a change word first stands that an ordinal follows: 增加生育第四胎发给….

    What rises may be the tier (第四胎, 第一档) or the figure, a rise of it or
    to it: the parser refuses to say.  (提高一次性补助500元 has no ordinal.)
    """
    adverbs = _ADVERBS.match(words)
    first = _CHANGE_FIRST.match(words, adverbs.end() if adverbs else 0)
    if (
        first is None
        or first.group(1) in _ONLY_TO
        or any(words.startswith(w, first.start()) for w in _NOT_CHANGES)
        or _ORDINAL.search(words, first.end()) is None
    ):
        return None
    return first.start()


# 第四胎, 第一档, 第二批; not 第一书记, 第三方, 第二季度, 第三产业 (names of their own)
_NUMERALS = "".join(sorted(NUMERAL_CHARS))
_ORDINAL = compiled(f"第[0-9{_NUMERALS}]+(?!书记|方|季度|产业|[0-9{_NUMERALS}])")

# the size of a change, which 为 states: 增幅为14.65%, 下降幅度为3%
RATE_NOUNS = tuple(w for w in _CHANGES if w.endswith(("幅", "幅度")))

# 高于全国平均水平3个百分点: a comparison word, then words that name another figure


def about_at_end(words: str) -> str | None:
    """The about word that ends ``words`` (约, 将近), unless a longer word ends there (签约)."""
    about = _longest_at_end(words, _ABOUTS_BY_LAST)
    if about is not None and words.endswith(NOT_ABOUTS):
        return None
    return about
