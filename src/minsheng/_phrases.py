"""Each figure against the phrase it was read from.

The parser reads the phrase (5100余个) and every part of the figure must agree
with the reading, but for whether a plain figure is exact or rounded, which is
the dataset's reading.  Readings are cached: the same phrases recur across a
program and across programs.  The cache holds 16,384 readings (about 5.5 MB):
the synthetic national corpus (benchmarks/corpus.py) has 25,800 distinct
phrases among 239,000, and a cache of 4,096 read 67,000 of them afresh, one of
16,384 31,000.
"""

from __future__ import annotations

import functools
from decimal import Decimal

from minsheng._change_words import _CHANGE_CHARS
from minsheng._errors import InvalidValueError, ParseError
from minsheng._i18n import Message, msg
from minsheng._model import Direction, Measure, Metric
from minsheng._patterns import compiled
from minsheng._quantity import Approximation, Comparator, Per, Quantity, spoken_per
from minsheng._readings import Reading, keep, kept
from minsheng._script import TRADITIONAL, normalize

_READINGS = (Approximation.EXACT, Approximation.ROUNDED)
# the characters of the change words, in either script: a phrase with none has no change
CHANGE_CHARS = _CHANGE_CHARS | {t for t, s in TRADITIONAL.items() if s in _CHANGE_CHARS}


def read_phrase(quantity: Quantity) -> Quantity | ParseError | None:
    """The figure the parser reads in ``quantity``'s phrase, why it reads none, or ``None``."""
    if quantity.phrase is None:
        return None
    reading = _read(quantity.phrase)
    return reading if isinstance(reading, ParseError) else reading.figure


def changing(quantity: Quantity) -> Reading | None:
    """The reading of ``quantity``'s phrase where it names a change; ``None`` where not.

    :func:`change_sign` and :func:`change_kind` each read it; a caller that
    asks several things of one figure reads it once and gives it to
    :func:`sign_of`, :func:`kind_of`, :func:`measure_with` and :func:`bound_of`.
    """
    phrase = quantity.phrase
    if phrase is None or CHANGE_CHARS.isdisjoint(phrase):
        return None  # most phrases name no change: a quick test before the reading
    reading = _read(phrase)
    return None if isinstance(reading, ParseError) or reading.change is None else reading


def sign_of(reading: Reading | None) -> int:
    """:func:`change_sign` of a figure whose :func:`changing` is ``reading``."""
    if reading is None or reading.change is not Measure.INCREMENT:
        return 0
    if reading.direction is Direction.HIGHER:
        return 1
    return -1 if reading.direction is Direction.LOWER else 0


def change_sign(quantity: Quantity) -> int:
    """1 where ``quantity``'s phrase is a rise by an amount (增长3%), -1 a fall (下降5%), else 0.

    A figure records the size of a change; which way it went is in its phrase.
    """
    return sign_of(changing(quantity))


# 新增12个, 新建3所, 新開: what was added, an amount however the parser reads its words
# (not 更新设备, 创新建设, 重新开放, 新开发区, 新建小区: words and places, no verb of
# adding; 新增区级, 新建住宅, 新开发就业岗位 are)
_ADDED = compiled(
    "(?<![更创創革重刷翻])新(?:[增添]|[设設](?!备|備)|建(?!小区|小區|楼盘|樓盤)|[开開](?!发区|發區))"
)


def change_kind(quantity: Quantity) -> Measure | None:
    """Whether ``quantity``'s phrase is a change by an amount (增加200座) or to a level.

    减少到350座 is a level, 新增12个 an amount added; ``None`` for a phrase
    that names neither, or none.
    """
    return kind_of(quantity, changing(quantity))


def kind_of(quantity: Quantity, reading: Reading | None) -> Measure | None:
    """:func:`change_kind` of ``quantity``, whose :func:`changing` is ``reading``."""
    if reading is not None:
        return reading.change
    phrase = quantity.phrase
    return Measure.INCREMENT if phrase and "新" in phrase and _ADDED.search(phrase) else None


# 学位总数达到12500个, 现有12500个, 共有12500个, 共计12500个: the total, a level (not
# 累计, which a year-end report uses for what was added over the year, 全年累计5100余个;
# nor 新增学位达到3000个, 全年共计新增…, which 新增 says is added)
TOTAL = compiled(
    "(?:总数|总量|总规模)(?:已)?(?:达到?|为|有|增至|增加到)?[0-9〇零一二两三四五六七八九十]"
    # 现有学位12500个, 共计12500个; not 全年共有 or 今年合计, what the year added
    "|(?<!全年)(?<!今年)(?<!当年)(?<!年内)(?:现有|共有|总计|合计|共计)"
    "[^0-9〇零一二两三四五六七八九十，。；,;]{0,6}?[0-9〇零一二两三四五六七八九十]"
)

_TOTAL_CHARS = frozenset("总總有计計")


def measure_with(quantity: Quantity, reading: Reading | None) -> Measure | None:
    """:func:`change_kind`, or a level where the phrase names a total (学位总数达到12500个).

    ``reading`` is ``quantity``'s :func:`changing`.
    """
    kind = kind_of(quantity, reading)
    if kind is not None:
        return kind
    phrase = quantity.phrase
    if phrase is None or _TOTAL_CHARS.isdisjoint(phrase):
        return None  # a quick test: most phrases name no total
    return Measure.LEVEL if TOTAL.search(normalize(phrase)) else None


_NUMBER_CHARACTERS = frozenset("0123456789.〇零一二两三四五六七八九十百千万亿")
_CLAUSE_ENDS = "，。；：,;:"


def occurs_whole(phrase: str, text: str) -> int:
    """Where ``phrase`` is in ``text`` with its number whole (6万个 is not in 16万个), or -1.

    A phrase that starts (or ends) with a number's character occurs only where
    the text has no number's character just before (or after) it.
    """
    numbers = _NUMBER_CHARACTERS
    opens, closes = phrase[:1] in numbers, phrase[-1:] in numbers
    start = text.find(phrase)
    while start != -1:
        end = start + len(phrase)
        if not (opens and start > 0 and text[start - 1] in numbers) and not (
            closes and end < len(text) and text[end] in numbers
        ):
            return start
        start = text.find(phrase, start + 1)
    return -1


def pledged_reading(metric: Metric) -> Reading | None:
    """How the pledge's words read the target: its clause that ends with the target's phrase.

    年末全市每千名常住人口婴幼儿托位达到4.5个 gives 4.5个 its denominator, and
    缩短3天 a target of 3天 its change.  ``None`` where the statement does not
    hold the phrase or the parser refuses the clause.
    """
    target, statement = metric.target, metric.statement
    if target is None or not target.phrase or not statement:
        return None
    phrase, words = normalize(target.phrase), normalize(statement)
    at = occurs_whole(phrase, words)
    return None if at < 0 else clause_reading(words, at + len(phrase))


def clause_reading(words: str, end: int) -> Reading | None:
    """The parser's reading of the clause of ``words`` that ends at ``end``; ``None`` if refused."""
    start = max(words.rfind(c, 0, end) for c in _CLAUSE_ENDS) + 1
    reading = _read(words[start:end])
    return None if isinstance(reading, ParseError) else reading


PER_CHARS = frozenset("每均")
"""The characters of a denominator's words: 每千人, 人均, 年均."""


def names_a_denominator(words: str) -> bool:
    """Whether ``words`` (a metric's subject, 城乡低保标准（每人每月）) may name a denominator."""
    return not PER_CHARS.isdisjoint(words)


@functools.lru_cache(maxsize=16384)
def _read(phrase: str) -> Reading | ParseError:
    """The parser's reading of a phrase, or why it has none; phrases repeat, so it is cached.

    A reading kept by an earlier process (:mod:`minsheng._readings`) is served
    without importing the parser.
    """
    reading = kept(phrase)
    if reading is not None:
        return reading
    from minsheng._parse import parse_phrase  # noqa: PLC0415 - only for a phrase not kept

    try:
        reading = parse_phrase(phrase)
    except ParseError as exc:
        reading = exc
    except InvalidValueError as exc:  # a figure beyond the model's bounds, as 0.0000001
        reading = ParseError(exc.detail, text=phrase, position=0)
    keep(phrase, reading)
    return reading


def phrase_disagreements(
    quantity: Quantity, parsed: Quantity | ParseError | None, implied: Comparator | None = None
) -> list[Message]:
    """How ``quantity`` disagrees with its phrase (read as ``parsed``); empty if it agrees.

    Whether a plain figure is exact or rounded is the dataset's reading of a
    target or baseline (不少于2万 is a bound); an outcome that reads as rounded
    must be recorded as rounded, which the ``rounded-unmarked`` check says.
    ``implied`` is the comparator that a bare target already means (``>=``
    where higher is better): a dataset may state it where a word outside the
    phrase gives it (确保 at the head of a list).  Everything else must match.
    """
    if parsed is None:
        return []
    if isinstance(parsed, ParseError):
        return [
            msg(
                "the phrase cannot be read: {reason} at position {position}",
                reason=parsed.reason_detail,
                position=parsed.position,
            )
        ]
    comparator = (
        implied
        if implied_counts(quantity, parsed) and quantity.comparator == implied
        else parsed.comparator
    )
    if _agrees(quantity, parsed, comparator):
        return []
    return _disagreements(quantity, parsed, comparator)


def implied_counts(quantity: Quantity, parsed: Quantity | ParseError | None) -> bool:
    """Whether the comparator a bare target implies can matter to :func:`phrase_disagreements`.

    Only where the figure states a comparator and its phrase, read, none.
    """
    return (
        quantity.comparator is not None
        and isinstance(parsed, Quantity)
        and (parsed.comparator is None)
    )


def _disagreements(
    quantity: Quantity, parsed: Quantity, comparator: Comparator | None
) -> list[Message]:
    """Each part of ``quantity`` that the phrase (read as ``parsed``) contradicts, explained.

    ``comparator`` is the phrase's comparator, with the implied one where it
    states none and the figure states that one.
    """
    found = []
    pairs: list[tuple[str, object, object]] = [
        ("value", quantity.value, parsed.value),
        ("multiplier", quantity.multiplier, parsed.multiplier),
        ("decimals", quantity.decimals, parsed.decimals),
        ("comparator", quantity.comparator, comparator),
        ("per", spoken_per(quantity), spoken_per(parsed)),
        ("upper", quantity.upper, parsed.upper),  # a range's end: 3—5个, never 3个
    ]
    if parsed.unit is not None:
        pairs.append(("unit", quantity.unit, parsed.unit))
    if not (quantity.approximation in _READINGS and parsed.approximation in _READINGS):
        pairs.append(("approximation", quantity.approximation, parsed.approximation))
    for name, mine, theirs in pairs:
        if mine != theirs:
            found.append(
                msg(
                    "{field} is {mine} but the phrase says {theirs}",
                    field=name,
                    mine=_value(mine),
                    theirs=_value(theirs),
                )
            )
    return found


def _agrees(quantity: Quantity, parsed: Quantity, comparator: Comparator | None) -> bool:
    """Whether :func:`_disagreements` finds nothing: its checks, without messages.

    The quick test before the explaining one: most figures agree with their
    phrase.  tests/test_check.py proves the two agree.
    """
    return (
        quantity.value == parsed.value
        and quantity.multiplier == parsed.multiplier
        and quantity.decimals == parsed.decimals
        and quantity.comparator == comparator
        and quantity.upper == parsed.upper
        and (parsed.unit is None or quantity.unit == parsed.unit)
        and (
            quantity.approximation == parsed.approximation
            or (quantity.approximation in _READINGS and parsed.approximation in _READINGS)
        )
        and ((not quantity.per and not parsed.per) or spoken_per(quantity) == spoken_per(parsed))
    )


FLIPPED = {
    Comparator.AT_LEAST: Comparator.AT_MOST,
    Comparator.MORE_THAN: Comparator.LESS_THAN,
    Comparator.AT_MOST: Comparator.AT_LEAST,
    Comparator.LESS_THAN: Comparator.MORE_THAN,
}
"""Each comparator, with its sides swapped: what a bound on a fall's size says of the level."""


def bound_of(quantity: Quantity, sign: int) -> Comparator | None:
    """``quantity``'s comparator as it bounds the level its change leaves.

    ``sign`` is its :func:`change_sign`.  A bound on a fall's size bounds the
    level from the other side: 下降5%以上 (a fall of at least 5 %) leaves it
    at least 5 % below where it was: at most 95 % of it.
    """
    comparator = quantity.comparator
    return FLIPPED[comparator] if comparator and sign < 0 else comparator


def implied_comparator(metric: Metric) -> Comparator | None:
    """The comparator a bare numeric target of ``metric`` already means, as its figure states it.

    At least the target where higher is better, at most where lower is; but
    a fall where lower is better (下降0.5个百分点) is a fall of at least that size.
    """
    if metric.direction is None:
        return None
    implied = Comparator.AT_MOST if metric.direction is Direction.LOWER else Comparator.AT_LEAST
    target = metric.target
    return FLIPPED[implied] if target is not None and change_sign(target) < 0 else implied


def show_per(per: tuple[Per, ...]) -> str:
    """Denominators as messages show them: ``1000名常住人口 1年``, or ``-`` for none."""
    if not per:
        return "-"
    return " ".join(f"{p.amount:f}{p.unit or ''}{p.subject or ''}" for p in per)


def _value(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, str):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, tuple):  # the denominators: 1000名常住人口, not a Python repr
        return show_per(value)
    value_of = getattr(value, "value", None)
    return str(value_of) if isinstance(value_of, str) else repr(value)
