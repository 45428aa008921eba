"""Read Chinese quantity phrases: 5100余个, 19.78萬個, 不少于3000个, 由8%降至7%.

:func:`parse_quantity` turns a phrase with one figure into a
:class:`~minsheng.Quantity`, keeping what other parsers drop: the comparator
(不少于 is ``>=``), the approximation (余 is "more than, below the next step"),
the magnitude word (万 is a multiplier of 10**4), the printed precision, the
unit and any denominators.  :func:`parse_phrase` also reads what a Quantity
alone cannot say: the baselines of a change from one level to another
(由8%降至7%), and whether the figure is a change "by" an amount or "to" a
level, and in which direction.

Every character is accounted for.  The parser reads a closed vocabulary in
either script (:mod:`minsheng._script` folds traditional characters and
full-width digits); a character of that vocabulary that it cannot place,
such as a numeral inside subject words, is an error, never skipped.  Subject
words around the figure (新增学位3000个) are read as such: they hold no
numeral.  Anything unreadable raises :class:`~minsheng.ParseError` with the
position of the character where reading stopped.

The commonest phrases, words before one Arabic figure and its unit (不少于3000个,
增长95.12%), take a quick reading that skips the searches which find nothing
in them; any other phrase, and any the quick reading would fail on, is read
by the full reading, which explains what it cannot read.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from decimal import Decimal

from minsheng._change_words import (
    _CHANGES,
    CHANGE_NOUN_OPEN,
    NEGATIVE_GROWTH,
    PACES,
    PUSHING,
    TAKES_NO_OBJECT,
)
from minsheng._context import own_context
from minsheng._currency import (
    YUAN_OF_ANOTHER,
    currency_before_yuan,
    currency_refused,
    renminbi_at_end,
)
from minsheng._denominators import denominator
from minsheng._errors import InvalidValueError, ParseError, expect
from minsheng._figure import _MINUS, _Figure, _figures
from minsheng._governing import (
    _Before,
    _before,
    _check_subject,
)
from minsheng._i18n import msg
from minsheng._model import Direction, Measure
from minsheng._no_figure import (
    _OTHER_NUMERALS,
    _WORDS,
    AGE,
    _covered,
)
from minsheng._numerals import MAGNITUDES, MAX_DIGITS, Number, _read_arabic, fail
from minsheng._patterns import compiled
from minsheng._periods import kept_pers, without_dates
from minsheng._quantity import Approximation, Comparator, Per, Quantity
from minsheng._range_refusals import range_refused
from minsheng._readings import Reading
from minsheng._refusals import (
    MONTHS,
    alone_refused,
    over_plan,
    scored,
)
from minsheng._script import normalize
from minsheng._unit_words import (
    _UNIT,
    _UNIT_WORDS,
)
from minsheng._units import RATES
from minsheng._whole_refusals import (
    refuse_after,
    refuse_whole,
    refuse_words_before,
)
from minsheng._whose_figure import RATIO_PER_PERSON, a_ratio_per_person
from minsheng._words import (
    _ABOUT_PREFIXES,
    _PREFIX_COMPARATORS,
    _RANGE,
    _START_RE,
    _SUFFIX_COMPARATORS,
    BETWEEN,
    LEVEL_CAPS,
    MAN_WORDS,
    NEGATIVE,
    ROUGH,
    times,
)
from minsheng._years import YEARS

MAX_LENGTH = 256
"""The longest phrase the parser reads; a phrase is a figure, not an article."""


__all__ = ["MAX_DIGITS", "MAX_LENGTH", "Reading", "parse_phrase", "parse_quantity"]


def _per_its_own_span(unit: str | None, pers: tuple[Per, ...]) -> bool:
    """Whether a span of time is counted per one of the same span: 每年…连续10年, 每个月…6个月.

    The periods are compared as denominators are (年 and 12个月, 日 and 天 alike).
    """
    if not pers or not times(unit):
        return False
    span = denominator(Per(Decimal(1), unit))[:2]
    return any(denominator(Per(Decimal(1), p.unit, p.subject))[:2] == span for p in pers)


def _checked(text: str, position: int, build: Callable[[], Quantity]) -> Quantity:
    """The Quantity ``build`` makes, or a ParseError where it breaks the model's bounds.

    0.1234567个 has more decimals than a Quantity holds: that is a phrase the
    parser cannot read, at the figure's position, not an InvalidValueError.
    """
    try:
        return build()
    except InvalidValueError as exc:
        raise fail(exc.detail, text, position) from None


def _quantity(
    s: str, text: str, figure: _Figure, before: _Before, pers: tuple[Per, ...]
) -> Quantity:
    number = figure.number
    if before.comparator is not None and figure.comparator not in (None, before.comparator):
        raise fail(msg("two comparators that disagree"), text, figure.start)
    approximation = figure.approximation
    if before.approximation is not None:
        if approximation is not None:
            raise fail(msg("a figure cannot be both 余 and 约"), text, figure.start)
        approximation = before.approximation
    if approximation is None:
        rounded = (number.decimals or number.rounded) and not number.exact
        approximation = Approximation.ROUNDED if rounded else Approximation.EXACT
    if number.multiplier >= 4 and figure.unit in RATES:
        raise fail(msg("a magnitude word before a percent"), text, figure.start)
    if len(number.value.as_tuple().digits) > MAX_DIGITS:
        raise fail(msg("more than {digits} digits", digits=MAX_DIGITS), text, figure.start)
    pers = kept_pers(s, figure.unit, pers)
    if _per_its_own_span(figure.unit, pers):
        # 每年因交通事故死亡人数已经连续十余年居世界第一 (a twenty-first hunt's: 10 years a
        # year): a span of years is no figure per year
        raise fail(
            msg("a span per the same period (每年…连续10年): how long, or each?"),
            text,
            figure.start,
        )
    return _checked(
        text,
        figure.start,
        lambda: Quantity(
            value=number.value + 0,  # plain notation: 197800, not 1.978E+5
            unit=figure.unit,
            multiplier=number.multiplier,
            decimals=number.decimals,
            approximation=approximation,
            comparator=before.comparator or figure.comparator,
            per=pers,
            phrase=text,
        ),
    )


def _renminbi_before(s: str, figure: _Figure) -> bool:
    """Whether 人民币 right before a figure with no unit makes it an amount in 元.

    人民币1.8万 and 每人人民币3000 are; 数字人民币2.0 (a product), 第五套人民币2019版
    and 人民币7.3关口 (a rate of exchange) are no amount: a figure followed by words.
    """
    words = s[: figure.start].rstrip(" ")
    return (
        figure.unit is None
        and renminbi_at_end(words)
        and (figure.number.multiplier >= 4 or not s[figure.end :].strip(" "))
    )


def _range(s: str, text: str, low: _Figure, high: _Figure, before: _Before) -> Quantity:
    """3—5个, 5至8万人, 三成至五成: [low, high], both ends closed."""
    if low.comparator or low.approximation or low.pers:
        raise fail(msg("the low end of a range must be a plain number"), text, low.end)
    if high.approximation or before.approximation:
        raise fail(msg("a range with an approximate end"), text, high.start)
    # 缩短为15-20日, 控制在2—3%: the range is the level; 不超过3—5个 and 最多3—5个
    # bound it, which a range cannot hold: refused, not dropped
    opening = text[: low.start].rstrip(" ")
    level = (before.comparator is Comparator.AT_MOST and opening.endswith(LEVEL_CAPS)) or (
        before.comparator is Comparator.AT_LEAST and opening.endswith(MAN_WORDS)
    )  # (年满18周岁至60周岁: a range of ages, a review's)
    if (before.comparator is not None and not level) or high.comparator:
        raise fail(msg("a range with a comparator"), text, high.start)
    if high.unit == "间" and s[: low.start].rstrip(" ").endswith(BETWEEN):
        # 指標濃度在4至6間 (a twenty-ninth hunt's: read as 4 to 6 rooms): between
        raise fail(msg("在 before a range and 间: between them, or rooms?"), text, high.end - 1)
    if low.unit is not None and low.unit != high.unit:
        between = text[low.end : high.start].strip(" ")
        if before.change is Measure.INCREMENT and between in ("至", "到"):
            # 提高2个百分点至35%: by one figure, to the level of another; two figures
            reason = msg("a change by one figure to another figure's level: two figures")
            raise fail(reason, text, high.start)
        raise fail(msg("the two ends of a range have different units"), text, high.start)
    lo, hi = low.number, high.number
    if low.unit is None and _unsure_magnitude(lo, hi, scaled=True):
        raise fail(
            msg("a low end that may lack the 万 or 亿 of the high end (3—5千万): in which unit?"),
            text,
            low.start,
        )
    value, multiplier = lo.value, hi.multiplier
    if lo.unit is None and hi.unit == "%" and text[hi.end - 1] == "成":
        # 2-3成, 两至三成: 20 % to 30 %; 2.5至3.5成 is printed to a tenth of 成
        value = lo.value * 10
        lo = lo._replace(decimals=max(0, lo.decimals - 1), rounded=lo.decimals > 0)
        value = value.quantize(Decimal(1).scaleb(-lo.decimals))
    elif lo.multiplier == 0 and hi.multiplier and lo.value < hi.value.scaleb(-hi.multiplier):
        value = lo.value.scaleb(hi.multiplier)  # 5至8万: 5万 to 8万
    elif lo.multiplier != hi.multiplier:
        multiplier = min(lo.multiplier, hi.multiplier)
    decimals = max(lo.decimals, hi.decimals)
    if hi.value <= value:
        raise fail(msg("a range must run from low to high"), text, high.start)
    if (high.unit is None and text.startswith(MONTHS, high.end)) or (
        high.unit == "年" and min(value, hi.value) >= YEARS[0]
    ):  # 1-11月, 2025年至2027年: a period, not a quantity
        raise fail(msg("a month or a date, not a figure"), text, low.start)
    printed_rounded = decimals or lo.rounded or hi.rounded
    approximation = Approximation.ROUNDED if printed_rounded else Approximation.EXACT
    return _checked(
        text,
        low.start,
        lambda: Quantity(
            value=value + 0,
            unit=high.unit,
            multiplier=multiplier,
            decimals=decimals,
            approximation=approximation,
            comparator=None,
            # (年均浓度为30至40微克/立方米, a twenty-ninth hunt's: the 年 of 年均 is the
            # concentration's, not 30 a year, as for one figure)
            per=kept_pers(s, high.unit, before.pers + high.pers),
            phrase=text,
            upper=hi.value + 0,
        ),
    )


@own_context
def parse_phrase(text: str) -> Reading:
    """Read a quantity phrase, with its baselines and change where it has them.

    >>> r = parse_phrase("由8%降至7%")
    >>> r.figure.value, [b.value for b in r.baselines], r.change.value, r.direction.value
    (Decimal('7'), [Decimal('8')], 'level', 'lower')
    >>> r = parse_phrase("提高3个百分点")
    >>> r.figure.unit, r.change.value, r.direction.value
    ('个百分点', 'increment', 'higher')
    >>> parse_phrase("3—5个").figure.interval
    Interval(low=Decimal('3'), high=Decimal('5'), low_closed=True, high_closed=True)

    How some forms read:

    - 成 is ten percent: 两成 is 20 %, 三成至五成 the range 30–50 %.
    - N分之M is the percent 100·M/N when that is an exact decimal (四分之一 is
      25 %, 八分之一 12.5 %, exact); otherwise (三分之一) a ParseError, never a
      rounded value.  百分之 is %, 千分之 is ‰.
    - 个百分点 (and 百分点) is a unit of its own, percentage points, never %.
    - A digit-by-digit numeral reads digit by digit (二〇二五 is 2025, 二一〇
      is 210), except two numerals alone (三四个, 一两个: "three or four"),
      which are refused.  Malformed numerals (十九千, 一百五) are refused.
    - A range (3—5个, 5至8万人) has ``upper``; its low end takes the high end's
      magnitude word and unit when it prints none.
    - A change to a level that rises (提高到, 增至) sets no comparator; the
      lowering words 压缩为, 精简为, 降至, 缩短至 bound a single figure from
      above (``<=``), as targets use them, but not the target of a from → to
      phrase, which is a level.  新增 is a count, not a change, unless a level
      follows (新增到).
    - Dates (2025年12月31日) and ordinals (第三批) among several figures are
      subject words.
    - A minus sign right before a figure makes it negative (-5个, 增长-2.5%);
      a dash right after a figure is a range's (3-5个).  负 right before a
      figure (正负5%) and 负增长 are refused, as is a sign with 余 or 多.
    - Negated comparators with a meaning of their own are read (未超过 is
      ``<=``, 未满 ``<``, 未低于 ``>=``); any other negation right before a
      figure or its comparator (不是3个, 并非不少于) is refused.  So are
      rough counts: 几 or 来 with a numeral (几十个, 十来个), 强 or 弱 after
      a figure (95%强).

    Raises:
        ArgumentError: ``text`` is not a str.
        ParseError: the phrase cannot be read; ``position`` says where.

    """
    expect(text, str, "text", "parse_phrase")
    if len(text) > MAX_LENGTH:
        raise fail(msg("longer than {length} characters", length=MAX_LENGTH), text, MAX_LENGTH)
    s = normalize(text)
    currency = currency_refused(s)
    if currency is not None:  # 港币3000元, HK$500: not renminbi
        reason, position = currency
        raise fail(reason, text, position)
    reading = _quick(s, text) or _read(s, text)
    units = {reading.figure.unit, *(b.unit for b in reading.baselines)}
    other = currency_before_yuan(s, "元" in units)
    if other is not None:  # 港元资产增加388亿元: Hong Kong's 元, or renminbi?
        raise fail(YUAN_OF_ANOTHER, text, other)
    return reading


# The quick reading takes words, an Arabic number, 万 or 亿 and a unit that ends
# the phrase (不少于3000个, 增长95.12%, 19.78万个) or that a bound word alone
# follows (85%以上, 5个工作日以内).  After the number, these
# would join it or govern it (余, 成, 千米, 以上, a second part): left to _read.
_DIGIT = compiled("[0-9]")
_NOT_QUICK_AFTER = frozenset("0123456789., 余多成分") | frozenset(MAGNITUDES)
# — of 增速为—2.5%; and an open bracket (高于城镇居民(4.8%): the value of what is compared)
_NOT_QUICK_BEFORE = frozenset("每 —–―─(（" + _MINUS + NEGATIVE + ROUGH)


def _head_words() -> frozenset[str]:
    """The comparator, change and approximation words that may open a phrase alone.

    The words before a figure are read from them alone (no 每 or numeral
    among these reaches past them), so a phrase that opens with one of them
    takes its reading from :func:`_head`, once per word.
    """
    words = {
        *_PREFIX_COMPARATORS,
        *_CHANGES,
        *(change + to for change in _CHANGES for to in "到至为"),
        *_ABOUT_PREFIXES,
    }
    return frozenset(
        w for w in words if "每" not in w and not _START_RE.search(w) and not _WORDS.search(w)
    )


HEAD_WORDS = _head_words()
_HEADS: dict[str, _Before | None] = {}  # read on first use: reading all took 4 ms of every start


def _head(word: str) -> _Before | None:
    """The reading of a word of :data:`HEAD_WORDS` alone before a figure, or ``None``."""
    try:
        return _HEADS[word]
    except KeyError:
        pass
    try:
        head: _Before | None = _before(word, word, 0, len(word), frozenset())
    except ParseError:
        head = None
    _HEADS[word] = head
    return head


def _quick(s: str, text: str) -> Reading | None:
    """The reading of a phrase of one plain figure, or ``None`` for :func:`_read` to give.

    It takes the steps :func:`_read` takes on such a phrase and skips the
    searches that find nothing there; where any step would differ or fail,
    :func:`_read` reads the phrase (and raises).  tests/test_parse_quick.py
    proves that both read every phrase alike.
    """
    digit = _DIGIT.search(s)
    if digit is None or _NOT_QUICK_WORDS.search(s) is not None:
        return None  # 成长, 连续, 负增长: _read has the rules for them
    i = digit.start()
    if i and (s[i - 1] in _NOT_QUICK_BEFORE or _START_RE.search(s, 0, i) is not None):
        return None  # 每3人, -5个, 负3%: _read reads the sign, or refuses
    if _WORDS.search(s) is not None:
        return None  # words with a numeral (第3批): _read sets them aside
    arabic = _read_arabic(s, i)
    if arabic is None:
        return None
    mantissa, decimals, j = arabic
    power = 0
    if j < len(s) and s[j] in "万亿":
        power, j = MAGNITUDES[s[j]], j + 1
    if j == len(s) or s[j] in _NOT_QUICK_AFTER:
        return None
    unit = _UNIT.match(s, j)
    if unit is None:
        return None
    comparator = None
    if unit.end() != len(s):  # 85%以上, 5个工作日以内: a bound that ends the phrase
        comparator = _SUFFIX_COMPARATORS.get(s[unit.end() :])
        if comparator is None:
            return None
    number = Number(Decimal(0) + mantissa.scaleb(power), power, decimals, j)
    figure = _Figure(i, len(s), number, _UNIT_WORDS[unit.group()], None, comparator, ())
    try:
        words = s[:i]
        head = _head(words) if words in HEAD_WORDS else None
        if head is None:
            head = _before(s, text, 0, i, frozenset())
        if alone_refused(s, figure, head) is not None:
            return None  # 2025年, 前10名: _read refuses it
        quantity = _quantity(s, text, figure, head, head.pers)
    except (ParseError, InvalidValueError):
        return None  # _read raises, where the phrase is read
    return Reading(quantity, (), head.change, head.direction)


_NOT_QUICK_WORDS = compiled(
    "|".join(
        (
            *("成长", "连续", "连", "拉", "拖累", "带动", "推动"),
            *PUSHING,  # (PUSHED: 推高通胀率2.5个百分点)
            *NEGATIVE_GROWTH,
            *PACES,
        )
    )
)


def _read(s: str, text: str) -> Reading:
    """Read ``text``, folded as ``s``: the reading that explains where it cannot."""
    refuse_whole(s, text)
    covered = _covered(s, 0, len(s))
    ages = {k for m in AGE.finditer(s) for k in range(m.start(), m.end())}
    figures = _figures(s, text, covered | ages) if ages else []
    if figures:
        covered = covered | ages  # 3岁以下婴幼儿托位3000个: the age qualifies the subject
    else:
        figures = _figures(s, text, covered)  # 65岁以上长者: the age is the figure
    period, figures, dates = without_dates(s, text, figures)
    if not figures:
        _check_subject(s, text, [k for k, ch in enumerate(s) if ch in _OTHER_NUMERALS], covered)
        raise fail(msg("no figure found"), text, len(text))
    last = figures[-1]
    refuse_after(s, text, last, covered)
    at = scored(s, figures)
    if at is not None:
        raise fail(msg("分 after a figure: points, minutes or fen?"), text, at)
    at = over_plan(s, figures)
    if at is not None:
        raise fail(msg("a comparator that does not bound the figure"), text, at)
    first = figures[0]
    refuse_words_before(s, text, first, last, covered)
    head = _before(s, text, 0, first.start, covered, dates)
    if len(figures) == 1:  # 由231名代表: 由 is "by" here
        refused = alone_refused(s, last, head)
        if refused is not None:
            raise fail(refused[0], text, refused[1])
        pers = head.pers + ((period[2],) if period else ()) + last.pers
        if _renminbi_before(s, last):
            last = last._replace(unit="元")  # 每人人民币1.8万: yuan, as 1.8万元人民币
        if head.change is Measure.INCREMENT and last.unit is None and last.end < len(s):
            if len(s[last.end :].strip(" ")) == 1:  # 提高2级, 增加300只: by 2 of what?
                raise fail(
                    msg("a measure word minsheng does not know after a change"), text, last.end
                )
            # 提升3万农村人口供水保障水平: a change by an amount names what it
            # counts; a bare figure is the object's size, not the change (but
            # 差距收窄0.1, with nothing after it, is the change).  A change word
            # that takes no object (回升20余万预热开学季: a rise of 200,000) may
            # govern the figure: refused
            if s[: last.start].rstrip(" 了约近超逾").endswith(TAKES_NO_OBJECT):
                reason = msg("a change that takes no object, then a figure and words: by it?")
                raise fail(reason, text, last.end)
            head = head._replace(change=None, direction=None)
        if head.comparator is not None and s[: last.start].rstrip(" ").endswith(("(", "（")):
            # 低于2013年人均GDP增速(7.8%) (a twenty-fourth hunt's: below 7.8 %)
            reason = msg(
                "a figure in brackets after what a comparison names: its value, not a bound"
            )
            raise fail(reason, text, last.start - 1)
        if "幅" in s and CHANGE_NOUN_OPEN.search(s, 0, last.start) is not None:
            reason = msg("a figure in brackets after the noun of a change (升幅(1.3%)): its size")
            raise fail(reason, text, last.start - 1)
        return Reading(_quantity(s, text, last, head, pers), (), head.change, head.direction)
    if len(figures) == 2 and head.from_word is None and _RANGE.fullmatch(s, first.end, last.start):
        refused = range_refused(s, first, last, head)
        if refused is not None:
            raise fail(refused[0], text, refused[1])
        return Reading(_range(s, text, first, last, head), (), head.change, head.direction)
    if head.from_word is None:
        raise fail(msg("more than one figure"), text, last.start)
    return _from_to(s, text, figures, head, covered, dates)


def _unsure_magnitude(low: Number, high: Number, *, scaled: bool) -> bool:
    """Whether ``low``, printed without a unit, may share the magnitude word of ``high``.

    In 3—5千万 and 三千至五千万 the 3 may be 3千万, 3万 or 3 (and 三千 3000万
    or 3000); in 3万至5万亿, 3万亿 or 3万; in 8000—1.2亿 and 8—1.2万, 8000万 or
    8000, 8千 or 8. Such a range or starting figure is refused.  A bare
    number below the high end's mantissa (3至5万) is ``scaled`` in a range
    (3万) and unsure before a target (由1.2提高到1.5万元).
    """
    if low.compound:
        return False
    if high.compound and low.multiplier < 4:  # 4万8千 has multiplier 0: compound first
        return True
    if not high.multiplier:
        return False
    if low.multiplier == 4 and high.multiplier == 12:  # 万 and 万亿
        return True
    if low.multiplier == 0:
        if low.value < high.value.scaleb(-high.multiplier):
            return not scaled
        return high.multiplier >= 4
    return False


def _refuse_other_denominators(
    text: str, figures: list[_Figure], head: tuple[Per, ...], own: tuple[Per, ...]
) -> None:
    """Refuse a change to a level whose figures may be per different things.

    由每千人3张提高到每万人50张 and 由每户600元提高到每人640元: per 1000 and per
    10,000, per household and per person (the target kept both); 由600元/人提高到
    640元 and 由600元提高到每人每年640元: one end per person, the other unsaid.
    """
    *starts, last = figures
    reason = msg("a starting figure and its target per different things, or one unsaid")
    if own and any(p not in head for p in own) and (head or any(not f.pers for f in starts)):
        raise fail(reason, text, last.start)
    for start in starts:
        if any(p not in head and p not in own for p in start.pers):
            raise fail(reason, text, start.start)


def _from_to(  # noqa: PLR0913, PLR0917 - one call site, every part named
    s: str,
    text: str,
    figures: list[_Figure],
    head: _Before,
    covered: AbstractSet[int],
    dates: set[int],
) -> Reading:
    """由8%降至7%, 由每人每月780元、700元调整至860元: baselines and a target."""
    last = figures[-1]
    for previous, figure in itertools.pairwise(figures[:-1]):
        between = _before(s, text, previous.end, figure.start, covered, dates)
        if between != _Before():
            raise fail(msg("unexpected words between starting figures"), text, previous.end)
    before = _before(s, text, figures[-2].end, last.start, covered, dates)
    if before.change is not Measure.LEVEL or before.from_word is not None:
        raise fail(msg("a starting figure without a change to a level"), text, last.start)
    if a_ratio_per_person(last, head, s[: figures[0].start]):  # 人均收入倍差由2.5缩小到2.1
        raise fail(RATIO_PER_PERSON, text, figures[0].start)
    pers = list(head.pers)
    own = before.pers + last.pers
    _refuse_other_denominators(text, figures, head.pers, own)
    pers.extend(p for p in own if p not in pers)
    if before.by_change_word:
        before = before._replace(comparator=None)  # 由8%降至7% is a level, not a bound
    target = _quantity(s, text, last, before, tuple(pers))
    baselines: list[Quantity] = []
    for start in figures[:-1]:
        number = start.number
        if number.chinese and start.unit is None and start.end - start.start == 1:
            raise fail(msg("a numeral inside words"), text, start.start)
        if start.comparator is not None:
            raise fail(msg("a starting figure with a comparator"), text, start.start)
        if start.unit is not None and start.unit != last.unit:
            raise fail(
                msg("the starting figure's unit differs from the target's"), text, start.start
            )
        if start.unit is None and text[last.end - 1] == "成" and last.unit == "%":
            # 由3提高到5成: 3成 (30 %), or 3 %? Refused, not read as 3 %
            raise fail(msg("a starting figure before 成 without its own 成"), text, start.start)
        if start.unit is None and _unsure_magnitude(number, last.number, scaled=False):
            # 由1.2提高到1.5万元: 1.2万 as a range would read it, or 1.2元? Refused
            reason = msg("a starting figure without the 万 or 亿 of its target: which?")
            raise fail(reason, text, start.start)
        start_pers = head.pers + tuple(p for p in start.pers if p not in head.pers)
        figure = start._replace(unit=last.unit)
        # 由约3000元提高到…: the head's 约 is the first starting figure's
        first = _Before(approximation=head.approximation) if not baselines else _Before()
        baselines.append(_quantity(s, text, figure, first, start_pers))
    higher = all(target.value > b.value for b in baselines)
    lower = all(target.value < b.value for b in baselines)
    direction = before.direction
    if direction is None:
        direction = Direction.HIGHER if higher else Direction.LOWER if lower else None
    elif (direction is Direction.HIGHER and not higher) or (
        direction is Direction.LOWER and not lower
    ):
        raise fail(msg("the change word and the figures disagree"), text, last.start)
    return Reading(target, tuple(baselines), Measure.LEVEL, direction)


@own_context
def parse_quantity(text: str) -> Quantity:
    """Parse one Chinese quantity phrase into a :class:`~minsheng.Quantity`.

    >>> q = parse_quantity("5100余个")
    >>> q.value, q.unit, q.approximation.value
    (Decimal('5100'), '个', 'more-than')
    >>> parse_quantity("不少於3000個").comparator
    <Comparator.AT_LEAST: '>='>

    The result's ``phrase`` is ``text``.  Either script, full-width digits and
    thousands separators are read; 万元 is 元 with a multiplier of 4.  A range
    (3—5个) has an ``upper`` end.  A from → to phrase (由8%降至7%) gives its
    target; :func:`parse_phrase` gives its baselines too.

    Raises:
        ArgumentError: ``text`` is not a str.
        ParseError: the phrase cannot be read; ``position`` says where.

    """
    expect(text, str, "text", "parse_quantity")
    return parse_phrase(text).figure
