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
"""

from __future__ import annotations

import re
from decimal import Decimal

import attrs

from minsheng._errors import ParseError
from minsheng._i18n import msg
from minsheng._model import Direction, Measure
from minsheng._numerals import NUMERAL_CHARS, STARTS, Number, fail, read_number
from minsheng._quantity import Approximation, Comparator, Per, Quantity
from minsheng._script import normalize
from minsheng._units import UNITS, UnitKind

MAX_LENGTH = 256
"""The longest phrase the parser reads; a phrase is a figure, not an article."""

MAX_DIGITS = 24
"""The most significant digits a figure may have, so that arithmetic stays exact."""

_PREFIX_COMPARATORS: dict[str, Comparator] = {
    word: comparator
    for comparator, words in {
        Comparator.AT_LEAST: (
            "不少于", "不低于", "不小于", "不下于", "至少", "达到", "达", "确保达到", "确保",
            "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增至",
        ),
        Comparator.MORE_THAN: ("超过", "多于", "高于", "大于", "突破", "超逾", "逾", "超"),
        Comparator.AT_MOST: (
            "不超过", "不高于", "不多于", "不大于", "至多", "最多", "压缩为", "压缩至",
            "压缩到", "降至", "降到", "降低到", "降低至", "缩短至", "缩短到", "缩短为",
            "精简为", "精简至", "减少到", "减少至", "控制在",
        ),
        Comparator.LESS_THAN: ("低于", "少于", "小于", "不满", "不到", "不足"),
    }.items()
    for word in words
}  # fmt: skip
_SUFFIX_COMPARATORS = {
    "及以上": Comparator.AT_LEAST,
    "以上": Comparator.AT_LEAST,
    "及以下": Comparator.AT_MOST,
    "以下": Comparator.AT_MOST,
    "以内": Comparator.AT_MOST,
    "内": Comparator.AT_MOST,
}
_NOT_WITHIN = "容部涵地外"  # 内容, 内部: 内 there is a word, not "within"
_ABOUT_PREFIXES = ("大约", "将近", "接近", "约", "近")
_ABOUT_SUFFIXES = ("左右", "上下")
_MORE_THAN = "余多"
_CHANGES = {
    **dict.fromkeys(
        ("提高", "增加", "增长", "提升", "上升", "扩大", "新增", "上涨", "增"), Direction.HIGHER
    ),
    **dict.fromkeys(
        ("下降", "减少", "压缩", "缩短", "降低", "缩减", "精简", "下调", "降", "减"),
        Direction.LOWER,
    ),
}
_FROM_WORDS = ("由", "从")
_PER_NOUNS = (
    "常住人口", "户籍人口", "人口", "居民", "老年人", "儿童", "学生", "家庭", "平方公里",
    "公里", "人", "户", "年", "月", "天", "日", "周", "小时", "生", "院", "校", "村",
    "社区", "床",
)  # fmt: skip
_PER_CLASSIFIERS = ("名", "个", "位", "所", "家")
_UNIT_WORDS = {**{symbol: symbol for symbol in UNITS}, "百分点": "个百分点"}
_UNIT = re.compile("|".join(map(re.escape, sorted(_UNIT_WORDS, key=len, reverse=True))))
_RANGE = re.compile(r" *(?:—{1,2}|―|–|-|~|〜|至|到) *")
_PUNCTUATION = frozenset("“”‘’「」『』《》（）()、·—…- ")
# Words that hold a numeral character but no figure, and ordinals (第三批).
_WORDS = re.compile(
    r"统一|同一|逐一|唯一|进一步|一律|一并|一体|"
    r"第(?:[0-9]+|[零〇一二两三四五六七八九十百千]+)"
)
_DATE = re.compile(
    r"(?:[12][0-9]{3}|[一二][〇零一二三四五六七八九]{3}) *年(?: *[0-9]{1,2} *月(?: *[0-9]{1,2} *日)?)?"
    r"(?:底|末|初|度)?|[0-9]{1,2} *月(?: *[0-9]{1,2} *日|底|末|初|份)"
)
_CHANGE_WORDS = "|".join(sorted(_CHANGES, key=len, reverse=True))
_PLAIN_COMPARATORS = "|".join(
    sorted(
        (w for w in _PREFIX_COMPARATORS if not any(w.startswith(c) for c in _CHANGES)),
        key=len,
        reverse=True,
    )
)
_CHANGE = re.compile(f"({_CHANGE_WORDS})了?([到至为])?(?:{_PLAIN_COMPARATORS})?$")
_START = frozenset(STARTS) | frozenset("百千翻")


@attrs.frozen
class Reading:
    """What a phrase says: its figure and, where it says so, a change.

    ``figure`` is the figure the phrase states: the target of 由8%降至7% (7 %).
    ``baselines`` are the levels a from → to phrase starts from: 8 % there, or
    1200元 and 1000元 in 由1200元、1000元统一提高到1500元.  ``change`` is
    :attr:`~minsheng.Measure.INCREMENT` for a change *by* an amount (提高3个百分点)
    and :attr:`~minsheng.Measure.LEVEL` for a change *to* a level (提高到1500元);
    ``None`` when the phrase has no change word.  ``direction`` is
    :attr:`~minsheng.Direction.HIGHER` for 提高, 增加, 增长 and
    :attr:`~minsheng.Direction.LOWER` for 下降, 减少, 压缩, 缩短.
    """

    figure: Quantity
    baselines: tuple[Quantity, ...] = ()
    change: Measure | None = None
    direction: Direction | None = None


@attrs.frozen
class _Figure:
    start: int
    end: int
    number: Number
    unit: str | None
    approximation: Approximation | None
    comparator: Comparator | None
    pers: tuple[Per, ...]


@attrs.frozen
class _Before:
    comparator: Comparator | None = None
    approximation: Approximation | None = None
    pers: tuple[Per, ...] = ()
    change: Measure | None = None
    direction: Direction | None = None
    from_word: int | None = None  # position of 由 or 从 right before the figure


def _skip_spaces(s: str, j: int) -> int:
    while j < len(s) and s[j] == " ":
        j += 1
    return j


def _read_per_body(s: str, i: int, stop: int) -> tuple[Per, int] | None:
    """Read the part of a denominator after 每 or /: 千名常住人口, 人, 年."""
    amount = Decimal(1)
    j = i
    if j < stop and s[j] in STARTS:
        number = read_number(s, j, s)
        if number is None or number.unit or number.more_than:
            return None
        amount, j = number.value, number.end
    elif j < stop and s[j] in "十百千万亿":
        amount, j = Decimal(10) ** {"十": 1, "百": 2, "千": 3, "万": 4, "亿": 8}[s[j]], j + 1
    if amount <= 0:
        return None  # 每0人 is no denominator
    classifier = None
    for word in _PER_CLASSIFIERS:
        if s.startswith(word, j) and any(s.startswith(n, j + 1) for n in _PER_NOUNS):
            classifier, j = word, j + 1
            break
    for noun in _PER_NOUNS:
        if s.startswith(noun, j) and j + len(noun) <= stop:
            if noun in UNITS and classifier is None:
                return Per(amount, noun, None), j + len(noun)
            return Per(amount, classifier, noun), j + len(noun)
    found = _UNIT.match(s, j)
    if found is not None and classifier is None and found.end() <= stop:
        return Per(amount, _UNIT_WORDS[found.group()], None), found.end()
    return None


def _covered(s: str, a: int, b: int) -> set[int]:
    """Positions in s[a:b] inside words that hold numerals but no figure."""
    return {k for m in _WORDS.finditer(s, a, b) for k in range(m.start(), m.end())}


def _check_subject(s: str, text: str, positions: list[int], covered: set[int]) -> None:
    """Subject words: Chinese characters and punctuation, no numeral."""
    for k in positions:
        ch = s[k]
        if k in covered:
            continue
        if ch in NUMERAL_CHARS or not (
            "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch in _PUNCTUATION
        ):
            raise fail(msg("unexpected text around the figure"), text, k)


def _longest_at_end(words: str, choices: tuple[str, ...] | dict[str, object]) -> str | None:
    best = None
    for word in choices:
        if words.endswith(word) and (best is None or len(word) > len(best)):
            best = word
    return best


def _before(s: str, text: str, a: int, b: int, covered: set[int]) -> _Before:
    """Read the words before a figure: subject words, 每…, comparators, 约, changes."""
    pers: list[Per] = []
    kept: list[int] = []
    j = a
    while j < b:
        ch = s[j]
        if ch == "每" and j not in covered:
            read = _read_per_body(s, j + 1, b)
            if read is None:
                raise fail(msg("unreadable denominator after 每"), text, j)
            pers.append(read[0])
            j = read[1]
            continue
        if s.startswith("人均", j) and j + 2 <= b:
            if kept and s[kept[-1]] == "年":
                kept.pop()
                pers.append(Per(Decimal(1), "年", None))
            pers.append(Per(Decimal(1), "人", None))
            j += 2
            continue
        kept.append(j)
        j += 1
    while kept and s[kept[-1]] == " ":
        kept.pop()
    words = "".join(s[k] for k in kept)
    approximation = None
    about = _longest_at_end(words, _ABOUT_PREFIXES)
    if about is not None:
        approximation = Approximation.ABOUT
        del kept[len(kept) - len(about) :]
        while kept and s[kept[-1]] == " ":
            kept.pop()
        words = words[: len(words) - len(about)].rstrip(" ")
    change = direction = None
    matched = _CHANGE.search(words)
    if matched is not None:
        direction = _CHANGES[matched.group(1)]
        change = Measure.LEVEL if matched.group(2) else Measure.INCREMENT
    comparator = None
    end_word = _longest_at_end(words, _PREFIX_COMPARATORS)
    start_word = None
    for word in _PREFIX_COMPARATORS:
        if len(word) > 1 and words.startswith(word) and len(word) > len(start_word or ""):
            start_word = word
    tail = len(matched.group()) if matched is not None else 0
    if end_word is not None and len(end_word) >= len(start_word or ""):
        comparator = _PREFIX_COMPARATORS[end_word]
        tail = max(tail, len(end_word))
        start_word = None
    elif start_word is not None:
        comparator = _PREFIX_COMPARATORS[start_word]
    from_word = None
    rest = words[: len(words) - tail]
    if not tail and rest.endswith(_FROM_WORDS):
        from_word = kept[-1]
        tail = 1
    _check_subject(s, text, kept[len(start_word or "") : len(kept) - tail], covered)
    return _Before(comparator, approximation, tuple(pers), change, direction, from_word)


def _read_figure(s: str, text: str, i: int) -> _Figure | None:
    """Read a figure at ``i``: the number, 余, the unit, /人, 以上, 左右."""
    number = read_number(s, i, text)
    if number is None:
        return None
    j = number.end
    more = number.more_than
    if not more and j < len(s) and s[j] in _MORE_THAN and number.unit is None:
        more, j = True, j + 1
    unit = number.unit
    if unit is None:
        k = _skip_spaces(s, j)
        found = _UNIT.match(s, k)
        if found is not None:
            unit, j = _UNIT_WORDS[found.group()], found.end()
            if not more and j < len(s) and s[j] in _MORE_THAN:
                if UNITS[unit].kind is UnitKind.CLASSIFIER:
                    raise fail(msg("余 or 多 after a classifier"), text, j)
                more, j = True, j + 1
    elif number.unit == "%" and s.startswith("%", j):
        raise fail(msg("two percent signs"), text, j)
    pers: list[Per] = []
    while s.startswith("/", _skip_spaces(s, j)):
        k = _skip_spaces(s, j) + 1
        read = _read_per_body(s, k, len(s))
        if read is None:
            raise fail(msg("unreadable denominator after /"), text, k)
        pers.append(read[0])
        j = read[1]
    comparator = None
    k = _skip_spaces(s, j)
    for word, meaning in _SUFFIX_COMPARATORS.items():
        if s.startswith(word, k):
            if word == "内" and s[k + 1 : k + 2] and s[k + 1] in _NOT_WITHIN:
                continue
            comparator, j = meaning, k + len(word)
            break
    approximation = Approximation.MORE_THAN if more else None
    for word in _ABOUT_SUFFIXES:
        if s.startswith(word, j):
            if approximation is not None:
                raise fail(msg("a figure cannot be both 余 and 左右"), text, j)
            approximation, j = Approximation.ABOUT, j + len(word)
            break
    return _Figure(i, j, number, unit, approximation, comparator, tuple(pers))


def _figures(s: str, text: str, covered: set[int]) -> list[_Figure]:
    figures = []
    k = 0
    n = len(s)
    while k < n:
        if s[k] in _START and k not in covered:
            figure = _read_figure(s, text, k)
            if figure is not None:
                figures.append(figure)
                k = figure.end
                continue
        k += 1
    return figures


def _quantity(text: str, figure: _Figure, before: _Before, pers: tuple[Per, ...]) -> Quantity:
    number = figure.number
    if before.comparator is not None and figure.comparator not in (None, before.comparator):
        raise fail(msg("two comparators that disagree"), text, figure.start)
    approximation = figure.approximation
    if before.approximation is not None:
        if approximation is not None:
            raise fail(msg("a figure cannot be both 余 and 约"), text, figure.start)
        approximation = before.approximation
    if approximation is None:
        rounded = number.decimals and not number.exact
        approximation = Approximation.ROUNDED if rounded else Approximation.EXACT
    if len(number.value.as_tuple().digits) > MAX_DIGITS:
        raise fail(msg("more than {digits} digits", digits=MAX_DIGITS), text, figure.start)
    return Quantity(
        value=number.value + 0,  # plain notation: 197800, not 1.978E+5
        unit=figure.unit,
        multiplier=number.multiplier,
        decimals=number.decimals,
        approximation=approximation,
        comparator=before.comparator or figure.comparator,
        per=pers,
        phrase=text,
    )


def _range(text: str, low: _Figure, high: _Figure, before: _Before) -> Quantity:
    """3—5个, 5至8万人, 三成至五成: [low, high], both ends closed."""
    if low.comparator or low.approximation or low.pers:
        raise fail(msg("the low end of a range must be a plain number"), text, low.end)
    if high.approximation or before.approximation:
        raise fail(msg("a range with an approximate end"), text, high.start)
    if before.comparator not in (None, Comparator.AT_MOST) or high.comparator:
        raise fail(msg("a range with a comparator"), text, high.start)
    if low.unit is not None and low.unit != high.unit:
        raise fail(msg("the two ends of a range have different units"), text, high.start)
    lo, hi = low.number, high.number
    value, multiplier = lo.value, hi.multiplier
    if lo.multiplier == 0 and hi.multiplier and lo.value < hi.value.scaleb(-hi.multiplier):
        value = lo.value.scaleb(hi.multiplier)  # 5至8万: 5万 to 8万
    elif lo.multiplier != hi.multiplier:
        multiplier = min(lo.multiplier, hi.multiplier)
    decimals = max(lo.decimals, hi.decimals)
    if hi.value <= value:
        raise fail(msg("a range must run from low to high"), text, high.start)
    approximation = Approximation.ROUNDED if decimals else Approximation.EXACT
    return Quantity(
        value=value + 0,
        unit=high.unit,
        multiplier=multiplier,
        decimals=decimals,
        approximation=approximation,
        comparator=None,
        per=before.pers + high.pers,
        phrase=text,
        upper=hi.value + 0,
    )


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

    Raises:
        ParseError: the phrase cannot be read; ``position`` says where.

    """
    if not isinstance(text, str):
        raise TypeError(f"parse_phrase() takes a str, not {type(text).__name__}")
    if len(text) > MAX_LENGTH:
        raise fail(msg("longer than {length} characters", length=MAX_LENGTH), text, MAX_LENGTH)
    s = normalize(text)
    covered = _covered(s, 0, len(s))
    figures = _figures(s, text, covered)
    if len(figures) > 1:
        dates = [m.span() for m in _DATE.finditer(s)]
        kept = [f for f in figures if not any(a <= f.start < b for a, b in dates)]
        if kept and len(kept) < len(figures):
            covered |= {k for a, b in dates for k in range(a, b)}
            figures = kept
    if not figures:
        raise fail(msg("no figure found"), text, len(text))
    last = figures[-1]
    _check_subject(s, text, list(range(last.end, len(s))), covered)
    if len(figures) == 1:
        before = _before(s, text, 0, last.start, covered)
        if before.from_word is not None:
            raise fail(msg("由 or 从 without a figure to go to"), text, before.from_word)
        pers = before.pers + last.pers
        return Reading(_quantity(text, last, before, pers), (), before.change, before.direction)
    first = figures[0]
    head = _before(s, text, 0, first.start, covered)
    if len(figures) == 2 and head.from_word is None and _RANGE.fullmatch(s, first.end, last.start):
        return Reading(_range(text, first, last, head), (), head.change, head.direction)
    if head.from_word is None:
        raise fail(msg("more than one figure"), text, last.start)
    for previous, figure in zip(figures, figures[1:-1], strict=False):
        between = _before(s, text, previous.end, figure.start, covered)
        if between != _Before():
            raise fail(msg("unexpected words between starting figures"), text, previous.end)
    target_before = _before(s, text, figures[-2].end, last.start, covered)
    to_only = re.fullmatch(r" *[到至] *", s[figures[-2].end : last.start])
    if target_before.change is not Measure.LEVEL and to_only is None:
        raise fail(msg("a starting figure without a change to a level"), text, last.start)
    pers = head.pers + target_before.pers
    figure = _quantity(text, last, target_before, pers + last.pers)
    baselines = []
    for start in figures[:-1]:
        if start.unit is None:
            start = attrs.evolve(start, unit=last.unit)
        if start.comparator is not None:
            raise fail(msg("a starting figure with a comparator"), text, start.start)
        baselines.append(_quantity(text, start, _Before(), pers + start.pers))
    return Reading(figure, tuple(baselines), Measure.LEVEL, target_before.direction)


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
        ParseError: the phrase cannot be read; ``position`` says where.

    """
    if not isinstance(text, str):
        raise TypeError(f"parse_quantity() takes a str, not {type(text).__name__}")
    return parse_phrase(text).figure


def vocabulary() -> frozenset[str]:
    """Every character the parser gives meaning to (tests check it against OpenCC)."""
    words: list[str] = [
        *_PREFIX_COMPARATORS, *_SUFFIX_COMPARATORS, *_ABOUT_PREFIXES, *_ABOUT_SUFFIXES,
        _MORE_THAN, *_CHANGES, *_FROM_WORDS, *_PER_NOUNS, *_PER_CLASSIFIERS, *_UNIT_WORDS,
        "".join(NUMERAL_CHARS), "每人均点成分之翻番倍到至为了及以上下内〇—~", _NOT_WITHIN,
    ]  # fmt: skip
    return frozenset("".join(words)) - frozenset(" ")
