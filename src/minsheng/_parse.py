"""Read Chinese quantity phrases: 5100余个, 19.78万个, 不少于3000个, 90%以上.

:func:`parse_quantity` turns one phrase into a :class:`~minsheng.Quantity`,
keeping what other parsers drop: the comparator (不少于 is ``>=``), the
approximation (余 is "more than, below the next step"), the magnitude word
(万 is a multiplier of 10**4), the printed precision and the classifier.

A phrase may carry subject words around its figure, as sources print them:
``每千名常住人口婴幼儿托位达到4.5个`` reads as ``>= 4.5 个`` per 1000 名
常住人口.  Subject words never hold numerals, so a figure is never read out of
them.  Anything else raises :class:`~minsheng.ParseError` with the position of
the first character that could not be read.
"""

from __future__ import annotations

import re
from decimal import Decimal

import attrs

from minsheng._errors import ParseError
from minsheng._i18n import Message, msg
from minsheng._quantity import Approximation, Comparator, Per, Quantity
from minsheng._units import UNITS

MAX_LENGTH = 256
"""The longest phrase the parser reads; a phrase is a figure, not an article."""

MAX_DIGITS = 24
"""The most significant digits a figure may have, so that arithmetic stays exact."""

_FULL_WIDTH = str.maketrans(
    "０１２３４５６７８９．％／", "0123456789.%/"
)  # one character for one, so positions survive

_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_SMALL_UNITS = {"十": 1, "百": 2, "千": 3}
_BIG_UNITS = {"万": 4, "亿": 8}
_MAGNITUDES = {"百": 2, "千": 3, "万": 4, "亿": 8}
_NUMERAL_CHARS = frozenset(_DIGITS) | frozenset(_SMALL_UNITS) | frozenset(_BIG_UNITS)

_PREFIX_COMPARATORS: dict[str, Comparator] = {
    word: comparator
    for comparator, words in {
        Comparator.AT_LEAST: (
            "不少于", "不低于", "不小于", "至少", "达到", "达", "确保达到", "确保",
            "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增至",
        ),
        Comparator.MORE_THAN: ("超过", "多于", "高于", "大于", "突破"),
        Comparator.AT_MOST: (
            "不超过", "不高于", "不多于", "不大于", "至多", "最多", "压缩为", "压缩至",
            "压缩到", "降至", "降到", "降低到", "降低至", "缩短至", "缩短到", "缩短为",
            "精简为", "精简至", "减少到", "减少至", "控制在",
        ),
        Comparator.LESS_THAN: ("低于", "少于", "小于", "不满", "不到", "不足"),
    }.items()
    for word in words
}  # fmt: skip
_PREFIX_WORDS = "|".join(map(re.escape, sorted(_PREFIX_COMPARATORS, key=len, reverse=True)))
_PREFIX_AT_END = re.compile(f"(?:{_PREFIX_WORDS})$")
_PREFIX_AT_START = re.compile(f"(?:{_PREFIX_WORDS})")
_SUFFIX_COMPARATORS = {
    "及以上": Comparator.AT_LEAST,
    "以上": Comparator.AT_LEAST,
    "及以下": Comparator.AT_MOST,
    "以下": Comparator.AT_MOST,
    "以内": Comparator.AT_MOST,
}
_ABOUT_PREFIXES = ("大约", "将近", "接近", "约", "近")
_ABOUT_SUFFIXES = ("左右", "上下")
_MORE_THAN = ("余", "多")
_PER_NOUNS = (
    "常住人口", "户籍人口", "人口", "居民", "老年人", "儿童", "学生", "家庭",
    "平方公里", "公里", "人", "户", "年", "月", "天", "日", "周", "小时",
)  # fmt: skip
_PER_CLASSIFIERS = ("名", "个", "位")
_UNIT = re.compile("|".join(map(re.escape, sorted(UNITS, key=len, reverse=True))))

_ARABIC = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
_SUBJECT = re.compile(r"[\u3400-\u9fff\uf900-\ufaff“”‘’「」『』《》（）()、·\-—…]*")
_DOUBLING = re.compile(r"翻([一二两三四五六七八九]|[0-9])番")


@attrs.frozen
class _Number:
    value: Decimal
    multiplier: int
    decimals: int
    end: int
    unit: str | None = None  # 百分之 and 翻番 bring their own unit


def _fail(reason: Message, text: str, position: int) -> ParseError:
    return ParseError(reason, text=text, position=position)


def _read_arabic(s: str, i: int) -> tuple[Decimal, int, int] | None:
    match = _ARABIC.match(s, i)
    if match is None:
        return None
    raw = match.group().replace(",", "")
    decimals = len(raw.partition(".")[2])
    return Decimal(raw), decimals, match.end()


def _read_chinese_integer(s: str, i: int) -> tuple[Decimal, int, int] | None:
    """Read 三千五百 or 十九 at ``i``: value, the last magnitude's power, end."""
    total = 0
    section = 0
    digit: int | None = None
    last_power = 0
    j = i
    while j < len(s):
        ch = s[j]
        if ch in _DIGITS:
            digit = _DIGITS[ch]
            last_power = 0
        elif ch in _SMALL_UNITS:
            if digit is None and ch != "十":
                break
            section += (1 if digit is None else digit) * 10 ** _SMALL_UNITS[ch]
            digit = None
            last_power = _SMALL_UNITS[ch] if ch != "十" else 0
        elif ch in _BIG_UNITS and j > i:
            section += digit or 0
            total = (total + section) * 10 ** _BIG_UNITS[ch]
            section = 0
            digit = None
            last_power = _BIG_UNITS[ch]
            if ch == "万" and s.startswith("亿", j + 1):
                total *= 10**8
                last_power = 12
                j += 1
        else:
            break
        j += 1
    if j == i:
        return None
    return Decimal(total + section + (digit or 0)), last_power, j


def _read_number(s: str, i: int) -> _Number | None:
    """Read the figure that starts at ``i``, with its magnitude words."""
    doubling = _DOUBLING.match(s, i)
    if doubling:
        times = _DIGITS.get(doubling.group(1))
        n = times if times is not None else int(doubling.group(1))
        return _Number(Decimal(2**n), 0, 0, doubling.end(), unit="倍")
    if s.startswith("百分之", i):
        inner = _read_plain(s, i + 3)
        if inner is None or inner.multiplier:
            return None
        return attrs.evolve(inner, unit="%")
    return _read_plain(s, i)


def _read_plain(s: str, i: int) -> _Number | None:
    if i < len(s) and s[i].isascii() and s[i].isdigit():
        return _read_mixed(s, i)
    if i < len(s) and (s[i] in _DIGITS or s[i] == "十"):
        read = _read_chinese_integer(s, i)
        if read is None:
            return None
        value, power, j = read
        decimals = 0
        if s.startswith("点", j) and j + 1 < len(s) and s[j + 1] in _DIGITS:
            if power:
                return None
            k = j + 1
            fraction = ""
            while k < len(s) and s[k] in _DIGITS:
                fraction += str(_DIGITS[s[k]])
                k += 1
            value += Decimal("0." + fraction)
            decimals = len(fraction)
            j = k
            for word, p in (("万亿", 12), ("亿", 8), ("万", 4)):
                if s.startswith(word, j):
                    value = value.scaleb(p)
                    power = p
                    j += len(word)
                    break
        return _Number(value, power, decimals, j)
    return None


def _read_mixed(s: str, i: int) -> _Number | None:
    """Read 19.78万, 1.2万亿 or 4万8千: Arabic mantissas with magnitude words."""
    total = Decimal(0)
    last_power: int | None = None
    decimals = 0
    j = i
    while True:
        arabic = _read_arabic(s, j)
        if arabic is None:
            break
        mantissa, places, k = arabic
        power = 0
        if s.startswith("万亿", k):
            power, k = 12, k + 2
        elif k < len(s) and s[k] in _MAGNITUDES:
            power, k = _MAGNITUDES[s[k]], k + 1
        if last_power is not None and (power >= last_power or places or decimals):
            break
        total += mantissa.scaleb(power)
        last_power, decimals, j = power, places, k
        if power == 0:
            break
    if last_power is None:
        return None
    return _Number(total, last_power, decimals, j)


def _read_per_body(s: str, i: int) -> tuple[Per, int] | None:
    """Read the part of a denominator after 每 or /: 千名常住人口, 人, 年."""
    amount = Decimal(1)
    j = i
    number = _read_plain(s, j)
    if number is not None and number.end < len(s):
        amount, j = number.value, number.end
    elif j < len(s) and s[j] in _MAGNITUDES:
        amount, j = Decimal(10) ** _MAGNITUDES[s[j]], j + 1
    if amount <= 0:
        return None  # 每0人 is no denominator
    classifier = None
    for word in _PER_CLASSIFIERS:
        if s.startswith(word, j) and any(s.startswith(n, j + 1) for n in _PER_NOUNS):
            classifier, j = word, j + 1
            break
    for noun in _PER_NOUNS:
        if s.startswith(noun, j):
            if noun in UNITS and classifier is None:
                return Per(amount, noun, None), j + len(noun)
            return Per(amount, classifier, noun), j + len(noun)
    return None


def _prefix(
    s: str, text: str, start: int, end: int
) -> tuple[Comparator | None, tuple[Per, ...], Approximation | None]:
    """Read the words before a figure: subject words, 每…, a comparator, 约."""
    segment = s[start:end]
    approximation = None
    for word in _ABOUT_PREFIXES:
        if segment.endswith(word):
            approximation = Approximation.ABOUT
            segment = segment[: -len(word)]
            break
    pers: list[Per] = []
    j = 0
    plain = []
    while j < len(segment):
        if segment[j] == "每":
            read = _read_per_body(segment, j + 1)
            if read is not None:
                pers.append(read[0])
                j = read[1]
                continue
        plain.append(segment[j])
        j += 1
    words = "".join(plain)
    match = _SUBJECT.fullmatch(words)
    if match is None or any(ch in _NUMERAL_CHARS for ch in words if ch != "十"):
        bad = next((k for k, ch in enumerate(segment) if not _SUBJECT.fullmatch(ch)), 0)
        raise _fail(msg("unexpected text before the figure"), text, start + bad)
    # The longest comparator word that ends the words (达到4.5) or starts them
    # (确保全年提供…16万个); at equal length the nearer one, at the end.
    matches = (_PREFIX_AT_END.search(words), _PREFIX_AT_START.match(words))
    longest = max((m.group() for m in matches if m), key=len, default=None)
    comparator = None if longest is None else _PREFIX_COMPARATORS[longest]
    return comparator, tuple(pers), approximation


def _suffix(
    s: str, text: str, i: int, number: _Number
) -> tuple[str | None, Comparator | None, tuple[Per, ...], Approximation | None]:
    """Read the words after a figure: 余, the unit, 以上, 左右, /人, subject words."""
    approximation = None
    j = i
    for word in _MORE_THAN:
        if s.startswith(word, j):
            approximation, j = Approximation.MORE_THAN, j + 1
            break
    unit = number.unit
    if unit is None:
        found = _UNIT.match(s, j)
        if found is not None:
            unit, j = found.group(), found.end()
    if approximation is None:
        for word in _MORE_THAN:
            if s.startswith(word, j) and unit is not None:
                approximation, j = Approximation.MORE_THAN, j + 1
                break
    pers: list[Per] = []
    while s.startswith("/", j):
        read = _read_per_body(s, j + 1)
        if read is None:
            raise _fail(msg("unreadable denominator after /"), text, j + 1)
        pers.append(read[0])
        j = read[1]
    comparator = None
    for word, meaning in _SUFFIX_COMPARATORS.items():
        if s.startswith(word, j):
            comparator, j = meaning, j + len(word)
            break
    for word in _ABOUT_SUFFIXES:
        if s.startswith(word, j):
            if approximation is not None:
                raise _fail(msg("a figure cannot be both 余 and 左右"), text, j)
            approximation, j = Approximation.ABOUT, j + len(word)
            break
    tail = s[j:]
    match = _SUBJECT.match(tail)
    stop = j + (match.end() if match else 0)
    numeral = next((k for k in range(j, stop) if s[k] in _NUMERAL_CHARS), None)
    if stop != len(s) or numeral is not None:
        position = stop if numeral is None else numeral
        raise _fail(msg("unexpected text after the figure"), text, position)
    return unit, comparator, tuple(pers), approximation


def _starts(s: str) -> list[int]:
    starts = []
    for k, ch in enumerate(s):
        previous = s[k - 1] if k else " "
        if ch.isascii() and ch.isdigit():
            if not (previous.isascii() and (previous.isdigit() or previous in ".,")):
                starts.append(k)
        elif (ch in _DIGITS or ch == "十" or s.startswith("百分之", k) or ch == "翻") and (
            previous not in _NUMERAL_CHARS and previous != "点"
        ):
            starts.append(k)
    return starts


def parse_quantity(text: str) -> Quantity:
    """Parse one Chinese quantity phrase into a :class:`~minsheng.Quantity`.

    >>> q = parse_quantity("5100余个")
    >>> q.value, q.unit, q.approximation.value
    (Decimal('5100'), '个', 'more-than')
    >>> parse_quantity("不少于3000个").comparator
    <Comparator.AT_LEAST: '>='>

    The result's ``phrase`` is ``text``.  Full-width digits and thousands
    separators are read; 万元 is 元 with a multiplier of 4.

    Raises:
        ParseError: the phrase cannot be read; ``position`` says where.

    """
    if not isinstance(text, str):
        raise TypeError(f"parse_quantity() takes a str, not {type(text).__name__}")
    if len(text) > MAX_LENGTH:
        raise _fail(msg("longer than {length} characters", length=MAX_LENGTH), text, MAX_LENGTH)
    s = text.translate(_FULL_WIDTH).replace("，", ",")
    failure: ParseError | None = None
    for start in _starts(s):
        number = _read_number(s, start)
        if number is None:
            continue
        try:
            unit, after, after_pers, after_approx = _suffix(s, text, number.end, number)
            before, before_pers, before_approx = _prefix(s, text, 0, start)
        except ParseError as exc:
            if failure is None or exc.position > failure.position:
                failure = exc
            continue
        return _build(text, number, unit, before, after, before_pers + after_pers,
                      before_approx or after_approx)  # fmt: skip
    if failure is not None:
        raise failure
    raise _fail(msg("no figure found"), text, 0 if not text else len(text))


def _build(  # noqa: PLR0913, PLR0917 - one call site, every part named
    text: str,
    number: _Number,
    unit: str | None,
    before: Comparator | None,
    after: Comparator | None,
    pers: tuple[Per, ...],
    approximation: Approximation | None,
) -> Quantity:
    if before is not None and after is not None and before != after:
        raise _fail(msg("two comparators that disagree"), text, 0)
    digits = number.value.as_tuple().digits
    if len(digits) > MAX_DIGITS:
        raise _fail(msg("more than {digits} digits", digits=MAX_DIGITS), text, 0)
    if approximation is None:
        approximation = Approximation.ROUNDED if number.decimals else Approximation.EXACT
    return Quantity(
        value=number.value + 0,  # plain notation: 197800, not 1.978E+5
        unit=unit,
        multiplier=number.multiplier,
        decimals=number.decimals,
        approximation=approximation,
        comparator=before or after,
        per=pers,
        phrase=text,
    )
