"""Notes in brackets that bound a figure: 3000个以上（不含）, 5年以下(含5年).

（不含） after a bound leaves the figure out, so 以上 is > and 以下 is <
(:func:`exclusive`); a note that repeats the figure as included says what (含)
says (:func:`inclusive`), unless it contradicts the bound or hides more.
Where such a note has put a figure on one side, a later 以上 or 以下 of the same
figure is on the other (:func:`refuse_the_other_side`).
"""

from __future__ import annotations

from minsheng._i18n import msg
from minsheng._numerals import NUMERAL_CHARS, fail
from minsheng._patterns import compiled
from minsheng._quantity import Comparator, Quantity
from minsheng._script import normalize
from minsheng._words import _PREFIX_COMPARATORS, _skip_spaces

_INCLUSIVE = ("（含", "(含")
_CLOSE = {"（": "）", "(": ")"}


def inclusive(s: str, printed: str, j: int, start: int, *, strict: bool = False) -> int:
    """Where a figure ends over a note that repeats it as included: 5年以下(含5年).

    A nineteenth hunt's 最高不超过200万元(含200万元) and 5年以下(含5年) were refused
    as two figures; the note says only that the bound includes the figure, as
    (含) does.  A note of another figure (5年以下(含3年)) is left, and refused;
    so is one after a strict bound (低于800元(含800元), 超过5年（含5年）, or a
    （不含）: which is it?) or before a denominator (200元（含200元）/人), a review's.
    """
    k = _skip_spaces(s, j)
    if strict or not s.startswith(_INCLUSIVE, k):
        return j
    close = s.find(_CLOSE[s[k]], k, k + 2 + len(printed) + 4)
    if close < 0 or s[k + 2 : close].replace(" ", "") != printed.replace(" ", ""):
        return j
    if s.startswith("/", _skip_spaces(s, close + 1)) or _strict_before(s, start):
        return j
    return close + 1


def _strict_before(s: str, start: int) -> bool:
    """Whether the comparator word right before ``start`` (and a 约) is strict: 低于, 超过, 未满.

    The parser's own words say which: the longest that the words end in (not
    低于 of 不低于), as the parser reads it.
    """
    left = s[:start].rstrip(" ")
    if left.endswith(("约", "近")):
        left = left[:-1].rstrip(" ")
    word = max((w for w in _PREFIX_COMPARATORS if left.endswith(w)), key=len, default="")
    return _PREFIX_COMPARATORS.get(word) in STRICT.values()


_EXCLUSIVE = ("（不含", "(不含")
STRICT = {Comparator.AT_LEAST: Comparator.MORE_THAN, Comparator.AT_MOST: Comparator.LESS_THAN}


def exclusive(
    s: str, text: str, comparator: Comparator | None, j: int, start: int
) -> tuple[Comparator | None, int]:
    """3000个以上（不含）: the bound leaves the figure out, so 以上 is > and 以下 is <."""
    k = _skip_spaces(s, j)
    if not s.startswith(_EXCLUSIVE, k):
        return comparator, j
    close = s.find(_CLOSE[s[k]], k)
    if comparator not in STRICT or close < 0:
        raise fail(msg("不含 after a figure without 以上 or 以下"), text, k)
    if any(note in s[start:k] for note in _INCLUSIVE):  # 5年(含5年)以下（不含5年）
        raise fail(msg("a bound that a note both includes and leaves out"), text, close)
    return STRICT[comparator], close + 1


_SIDES = {Comparator.AT_MOST: Comparator.AT_LEAST, Comparator.AT_LEAST: Comparator.AT_MOST}
_NOTE = compiled("[（(]含([^（()）]{0,12})[）)]")
_NUMBER = compiled(f"[0-9{''.join(sorted(NUMERAL_CHARS))}]|本数")
_SIDE_WORDS = ("以上", "以下")
OTHER_SIDE = msg(
    "以上 or 以下 of a figure that an earlier note included on the other side"
    " (5年以下(含5年)…5年以上): more than it, or at least?"
)


def refuse_the_other_side(noted: set[tuple[object, ...]], phrase: str, figure: Quantity) -> None:
    """Refuse 5年以上 where 5年以下(含5年) came before it: the note made it more than 5.

    A housing fund's table (a nineteenth session's leftover) puts 5 years in the
    first group by its note; 以上 alone, read as at least 5, would count it
    twice.  ``noted`` holds the figures that notes have put on a side so far:
    this phrase's is added, where it has one.
    """
    if figure.comparator not in _SIDES:
        return
    side = (figure.value, figure.unit, figure.comparator)  # (per aside: 月收入3000元以下)
    note = _NOTE.search(normalize(phrase))  # (含５年): full-width digits too
    if note is not None and (not note[1] or _NUMBER.search(note[1])):
        noted.add(side)  # (含), (含5年); not (含展期), (含奖金): of another thing (a review's)
    elif (*side[:2], _SIDES[figure.comparator]) in noted and phrase.rstrip(" 的").endswith(
        _SIDE_WORDS
    ):
        raise fail(OTHER_SIDE, phrase, len(phrase.rstrip(" 的")) - 2)
