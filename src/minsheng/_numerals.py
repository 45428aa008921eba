"""Read the number that starts a figure: Arabic, Chinese or mixed.

Input is already normalised by :mod:`minsheng._script` (simplified script,
ASCII digits), one character for one, so positions are the caller's.

Chinese numerals are read strictly: place words fall from 千 to 十 within a
section and from 亿 to 万 between sections; 十九千, 一百五 (spoken shorthand)
and digit-by-digit numbers other than a year (二〇二五年) are errors, never
another number.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from minsheng._errors import ParseError
from minsheng._i18n import Message, msg
from minsheng._patterns import compiled
from minsheng._quantity import MAGNITUDES as MAGNITUDE_TABLE
from minsheng._quantity import MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS

DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
# The magnitude words come from the one table in minsheng._quantity; 十 is a
# place in a numeral, never a multiplier of a figure.
MAGNITUDES = {hans: power for power, hans, _ in MAGNITUDE_TABLE if len(hans) == 1}
PLACES = {"十": 1} | {word: power for word, power in MAGNITUDES.items() if power < 4}
BIG = {word: power for word, power in MAGNITUDES.items() if power >= 4}
TENS = {"廿": 20, "卅": 30}
COMPOUNDS = tuple(
    (hans, power) for power, hans, _ in sorted(MAGNITUDE_TABLE, reverse=True) if power >= 4
)
"""万亿, 亿 and 万 after a mantissa, longest first."""
NUMERAL_CHARS = frozenset(DIGITS) | frozenset(PLACES) | frozenset(TENS) | frozenset(BIG)
"""Characters that only ever write a number; subject words never hold them."""
NUMBER_CHARS = "0-9" + "".join(sorted(NUMERAL_CHARS))
"""The inside of a regular-expression class of the characters that write a number."""

STARTS = frozenset("0123456789") | frozenset(DIGITS) | frozenset("十廿卅")
"""Characters a number can start with (besides 百分之, 千分之 and 翻)."""

_ARABIC = compiled(  # groups of three (not after a 0: 0,003 is no thousands)
    r"[1-9][0-9]{0,2}(?:,[0-9]{3})+(?:\.[0-9]+)?"
    r"|[1-9][0-9]{0,2}(?:[ \u00a0\u2009\u202f][0-9]{3})+(?![0-9])(?:\.[0-9]+)?"
    r"|[0-9]+(?:\.[0-9]+)?"
)
_GROUP_AFTER = compiled("[,  \u2009\u202f][0-9]{3}(?![0-9])")
MAX_DIGITS = MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS
"""The most digits a figure may have: 26, as many as a dataset's value, whose phrase
must read; an interval's ends take a digit more, within the 28 of minsheng's arithmetic."""
_DOUBLING = compiled(r"翻了?([一二两三四五六七八九十百千万零〇]+|[0-9]+)番")
# (at most 12 numerals before 分之: tried at every 千 and 百 of a run, an unbounded
# one made the scan quadratic in the run's length)
_FRACTION = compiled(r"([一二两三四五六七八九十百千万〇零]{1,12})分之")
_MORE = "余多"
_NOT_MAGNITUDE = ("百分", "千分", "千米", "千伏", "千克", "千瓦")  # units, not 千
# (and 302 億 1,292萬, 5 亿 3000 万元: an eighteenth hunt's, found as 302億 and 1292萬)
PART_AFTER_A_SPACE = compiled(
    "[ \u00a0\u3000]+[0-9](?:[0-9]|,(?=[0-9]{3}))*[ \u00a0\u3000]*[百千万](?![米分伏克瓦])"
)
PLACE_OF_BIG = ("百万", "千万", "百亿", "千亿")  # 3千万: 3000万
BIG_AFTER = ("万", "亿", "余万", "多万", "余亿", "多亿")  # what no 千 or 百 figure ends before


class Number(NamedTuple):
    """A number as printed: exact value, magnitude power, printed decimals."""

    value: Decimal
    multiplier: int
    decimals: int
    end: int
    unit: str | None = None  # 百分之, 成 and 分之 bring %; 千分之 ‰; 翻番 倍
    more_than: bool = False  # 4200多万: 余 or 多 before the magnitude word
    chinese: bool = False  # written with Chinese numerals only
    exact: bool = False  # 八分之一 is exactly 12.5 %, whatever its decimals
    rounded: bool = False  # 4.5成 is 45 % printed to a tenth of 成: rounded, as 45%
    # 五千万, 3千万, 一万二千, 4万8千: more than the last magnitude word scales, so that
    # a bare number before it (3至五千万) is no part of it a range can read
    compound: bool = False


def fail(reason: Message, text: str, position: int) -> ParseError:
    """A ParseError at ``position`` of ``text``."""
    return ParseError(reason, text=text, position=position)


def _malformed(text: str, position: int) -> ParseError:
    return fail(msg("malformed Chinese numeral"), text, position)


def read_chinese_integer(  # noqa: PLR0915 - one pass of a small state machine, kept whole
    s: str, i: int, text: str, *, one: bool = False
) -> tuple[int, int, int] | None:
    """Read 三千五百, 十九 or 一亿二千万 at ``i``: value, last place power, end.

    With ``one``, the numeral starts at a place or magnitude word with its
    一 left out (万余, 近千): as if 一 stood before ``i``.
    """
    n = len(s)
    total = 0
    big_prev = 99
    section = 0
    place_prev = 99  # the last place word of this section
    digit: int | None = 1 if one else None
    zero = False
    last_power = 0
    places = 0
    j = i
    while j < n:
        ch = s[j]
        if ch in DIGITS:
            if digit is not None:
                raise _malformed(text, j)  # two digits in a row after a place word
            if DIGITS[ch] == 0:
                if section == 0 and total == 0:
                    digit = 0  # 零点五
                else:
                    zero = True
            else:
                digit = DIGITS[ch]
        elif ch in TENS:
            if digit is not None or place_prev <= 1 or zero:
                raise _malformed(text, j)
            section += TENS[ch]
            place_prev = 1
            last_power = 0
        elif ch in PLACES:
            power = PLACES[ch]
            if power >= place_prev:
                raise _malformed(text, j)  # 十九千: places must fall
            if digit is None:
                if ch != "十" or section or total or zero:
                    raise _malformed(text, j)  # 百 alone, 一百零十
                digit = 1  # 十五
            if digit == 0:
                raise _malformed(text, j)
            section += digit * 10**power
            places += 1
            place_prev = power
            digit = None
            zero = False
            last_power = power if power > 1 else 0
        elif ch in BIG:
            if j == i and not one:
                return None
            power = BIG[ch]
            if ch == "万" and s.startswith("亿", j + 1):
                power = 12
            if power >= big_prev:
                raise _malformed(text, j)
            if digit is not None:
                if place_prev != 99 and place_prev > 1 and not zero:
                    raise _malformed(text, j - 1)
                section += digit
            if section == 0:
                raise _malformed(text, j)
            total += section * 10**power
            places += 1
            section = 0
            place_prev = 99
            digit = None
            zero = False
            big_prev = power
            last_power = power
            if power == 12:
                j += 1
        else:
            break
        j += 1
    if j == i or (one and j == i + 1 and digit is not None):
        return None  # nothing read, or a 一 that no place word follows
    if zero and digit is None:
        raise _malformed(text, j - 1)  # 两万零: a 零 with nothing after it
    if places > 1 and last_power in (2, 3):
        last_power = 0  # 五千二百: the place words are inside the numeral
    if digit is not None:
        # 十五 and 一百零五 end in a digit; 一百五 and 一万五 are spoken shorthand
        if place_prev != 99 and place_prev > 1 and not zero:
            raise _malformed(text, j - 1)
        if place_prev == 99 and big_prev != 99 and not zero:
            raise _malformed(text, j - 1)
        section += digit
        last_power = 0
    return total + section, last_power, j


def _digit_run(s: str, i: int) -> int:
    j = i
    while j < len(s) and s[j] in DIGITS:
        j += 1
    return j


def _read_chinese(s: str, i: int, text: str, *, one: bool = False) -> Number | None:
    end = _digit_run(s, i)
    if end - i >= 2 and not (end < len(s) and s[end] in "十百千万亿点"):
        # 二〇二五, 二一〇: digit by digit; 三四个 and 一两个 are "three or four"
        digits = s[i:end]
        if end - i > MAX_DIGITS:
            raise fail(msg("more than {digits} digits", digits=MAX_DIGITS), text, i)
        if end - i == 2 and "〇" not in digits and "零" not in digits:
            raise fail(msg("two numerals in a row: an approximate pair such as 三四"), text, i)
        if digits[0] in "零〇":
            raise _malformed(text, i)
        value = int("".join(str(DIGITS[c]) for c in digits))
        return Number(Decimal(value), 0, 0, end, chinese=True)
    read = read_chinese_integer(s, i, text, one=one)
    if read is None:
        if end - i >= 2:
            raise _malformed(text, i)
        return None
    value, power, j = read
    decimals = 0
    number = Decimal(value)
    if s.startswith("点", j) and j + 1 < len(s) and s[j + 1] in DIGITS:
        if power:
            raise _malformed(text, j)
        k = _digit_run(s, j + 1)
        fraction = "".join(str(DIGITS[c]) for c in s[j + 1 : k])
        number += Decimal("0." + fraction)
        decimals = len(fraction)
        j = k
        for word, p in COMPOUNDS:
            if s.startswith(word, j):
                number = number.scaleb(p)
                power = p
                j += len(word)
                break
    more = False
    if j < len(s) and s[j] in _MORE and j + 1 < len(s) and s[j + 1] in BIG and power < 4:
        more = True  # 十多万: more than 十, in 万
        number, power = _more_in(s, i, j, text, number)
        j += 3 if power == 12 else 2
    return Number(
        number, power, decimals, j, more_than=more, chinese=True, compound=_compound(s[i:j])
    )


def _compound(numeral: str) -> bool:
    """Whether a numeral in characters says more than its last magnitude word scales.

    五千万 and 两百万 (a 百 or 千 before the last 万 or 亿) and 一万二千
    (something after it) do; 二十五万, 三千 and 十多万 do not.
    """
    last = max((k for k, c in enumerate(numeral) if c in BIG), default=None)
    if last is None:
        return False
    if numeral[last + 1 :].strip("多余"):  # 一万二千; 十多万 ends the numeral
        return True
    if last and numeral.startswith("万亿", last - 1):  # 五千万亿: one magnitude word, 10¹²
        last -= 1
    start = max((k for k, c in enumerate(numeral[:last]) if c in BIG), default=-1) + 1
    return any(c in "百千" for c in numeral[start:last])


def _more_in(s: str, i: int, j: int, text: str, number: Decimal) -> tuple[Decimal, int]:
    """The numeral from ``i`` to ``j``, with 多 or 余 at ``j`` and a magnitude word after it.

    Returns its value and the magnitude's power.

    三千多万 is 3000 in 万, and 一万二千多亿 12,000 in 亿; in 一亿二千多万 only
    the part after 亿 is in 万: 120 million and more, not 2000 after 1 in 万
    (1,000,020,000,000).
    """
    big = 12 if s.startswith("万亿", j + 1) else BIG[s[j + 1]]
    last = max((k for k in range(i, j) if s[k] in BIG), default=None)
    if last is None:
        return number.scaleb(big), big
    head = read_chinese_integer(s[: last + 1], i, text)
    before = BIG[s[last]] if s[last] != "亿" or s[last - 1] != "万" else 12
    if big > before:  # 一万二千多亿: 12,000 and more, in 亿
        return number.scaleb(big), big
    if head is None or big == before or head[0] == number:
        raise _malformed(text, j + 1)  # 三亿多万, 一亿多亿
    return head[0] + (number - head[0]).scaleb(big), big


def _read_arabic(
    s: str, i: int, *, after_magnitude: bool = False
) -> tuple[Decimal, int, int] | None:
    """Read Arabic digits at ``i``: the value, its decimals and where it ends.

    ``after_magnitude``: the digits follow a magnitude word, where a 0 may
    lead four of them (2万0500).

    Raises:
        ParseError: more than :data:`MAX_DIGITS` digits, before any arithmetic
            on them rounds (a 29-digit figure times ten lost its last digit);
            a whole number that starts with 0 (007个), a code or a broken one.

    """
    match = _ARABIC.match(s, i)
    if match is None:
        return None
    raw = match.group()
    if "," in raw and s[match.end() : match.end() + 1].isdigit():
        # 3,0000个: a group of four digits (a 万 grouping?), not 3,000 and then 0
        raise fail(msg("a group of thousands of more than three digits"), s, i)
    if " " in raw and s.startswith("%", match.end()):
        # 完成率 95 100.0%, 21 21 100.0%: a table's cells copied as text, read as
        # 95100.0 % (a scan hunt's); no percentage runs to thousands (but 12 500.5万元
        # is an amount in groups of thousands, as GB 3101 prints them)
        raise fail(msg("numbers spaced apart: one number in groups of thousands, or two?"), s, i)
    if not raw.isdigit() and ("," in raw or " " in raw):
        raw = raw.replace(",", "").replace(" ", "")
    if len(raw) - raw.count(".") > MAX_DIGITS:
        raise fail(msg("more than {digits} digits", digits=MAX_DIGITS), s, i)
    if raw[0] == "0" and "." not in raw and _GROUP_AFTER.match(s, match.end()):
        # 0,003个, 01,003个: no thousands start with 0 (a decimal comma? a list?)
        raise fail(msg("a group of thousands after a number that starts with 0"), s, i)
    if raw[0] == "0" and raw[1:2].isdigit() and not (after_magnitude and len(raw) == 4):
        # 007个, 00个 (of 3,00个), 2万05千: a code or a broken number, not 7, 0 or
        # 25000 (but 2万0500: the four digits below 万)
        raise fail(msg("a whole number that starts with 0: a code, or a broken number?"), s, i)
    return Decimal(raw), len(raw.partition(".")[2]), match.end()


def _read_mixed(s: str, i: int) -> Number | None:
    """Read 19.78万, 1.2万亿, 4200多万 or 4万8千: Arabic with magnitude words."""
    total = Decimal(0)
    last_power: int | None = None
    decimals = 0
    more = False
    parts = 0
    j = i
    while True:
        arabic = _read_arabic(s, j, after_magnitude=last_power is not None)
        if arabic is None:
            break
        mantissa, places, k = arabic
        power = 0
        more_here = False
        m = k
        more_word = m < len(s) and s[m] in _MORE and last_power is None and m + 1 < len(s)
        if more_word and (
            s[m + 1] in BIG or (s[m + 1] in "千百" and not s.startswith("分", m + 2))
        ):
            more_here, m = True, m + 1
        spaced = m
        while spaced < len(s) and s[spaced] == " ":
            spaced += 1
        if spaced < len(s) and s[spaced] in MAGNITUDES:
            m = spaced
        if s.startswith("万亿", m):
            power, k = 12, m + 2
        elif places and s.startswith(PLACE_OF_BIG, m):
            # 1.5千万元: 15,000,000, printed to a tenth of 千万, which no multiplier
            # holds; read as 1.5千 it lost the 万, so it is refused whole
            raise fail(msg("a decimal before 千万 or 百亿: printed to what?"), s, j)
        elif s.startswith(PLACE_OF_BIG, m) and _a_place_of_big(
            s, m, mantissa, last_power, blocked=bool(more_here or decimals or more)
        ):
            # 3千万元, 5百亿元: a place word before 万 or 亿, 3000万 and 500亿 as printed;
            # 3億7千萬元 (a seventh hunt's, refused): the part below 亿, as 三亿七千万
            total += mantissa.scaleb(PLACES[s[m]] + BIG[s[m + 1]])
            last_power, j, parts = BIG[s[m + 1]], m + 2, parts + 1 if parts else 2
            break
        elif (
            m < len(s)
            and s[m] in MAGNITUDES
            and not s.startswith(_NOT_MAGNITUDE, m)
            and not (s[m] in "百千" and mantissa >= 10)  # 13百 is no number
        ):
            power, k = MAGNITUDES[s[m]], m + 1
        if last_power is not None and (
            power == 0  # 1百000, 3022万69: a part after a magnitude needs its own
            or power >= last_power
            or places
            or decimals
            or more
            or mantissa >= 10 ** (last_power - power)  # 4万18千
        ):
            if power == 0 and _below_wan(s, j, k, last_power, places or decimals or more):
                total += mantissa  # 1091萬8000人, 3萬8,228元: the four digits below 万
                last_power, j = 0, k
            break
        if power == 0 and more_here:
            break
        total += mantissa.scaleb(power)
        parts += 1
        last_power, decimals, j = power, places, k
        more = more or (more_here and power > 0)
        if power == 0 or more:
            break
    if last_power is None:
        return None
    return _mixed(s, Number(total, last_power, decimals, j, more_than=more), parts)


def _a_place_of_big(
    s: str, m: int, mantissa: Decimal, last_power: int | None, *, blocked: bool
) -> bool:
    """Whether the 千万, 百万, 百亿 or 千亿 at ``m`` after ``mantissa`` is part of the number.

    First (3千万); after 亿, a 千万 or 百万 printed to 万 (3亿7千万), but not
    with digits after it (3亿7千万5000), nor 3千亿 after 万亿.  ``blocked``
    says 多 came before it (3多千万), or a decimal or 多 before the 亿
    (3.5亿7千万): refused.
    """
    if blocked or not 1 <= mantissa < 10:  # 13百万, as 13百, and 0千万: no number
        return False
    if last_power is None:
        return True
    return (
        s[m + 1] == "万"
        and PLACES[s[m]] + BIG[s[m + 1]] < last_power
        and not (m + 2 < len(s) and s[m + 2].isdigit())
    )


def _mixed(s: str, number: Number, parts: int) -> Number:
    """A number :func:`_read_mixed` read in ``parts`` parts, as a figure holds it."""
    if number.multiplier in (2, 3) and s.startswith(BIG_AFTER, number.end):
        # 1.5千余万元, 3千余万元: read up to the 千, the figure would lose its 万
        raise fail(msg("万 or 亿 after a figure that ends in 千 or 百"), s, number.end)
    if number.multiplier >= 4 and PART_AFTER_A_SPACE.match(s, number.end):
        # 4万 8千元, 2万 05千人: one number with a space in it, or two? Not 4万 alone
        raise fail(msg("a space inside a number (4万 8千)"), s, number.end)
    if parts > 1 and number.multiplier in (2, 3):
        number = number._replace(multiplier=0)  # 4万8千, as 四万八千: inside the numeral
    return number._replace(compound=parts > 1)


# 5万2025年, 2025届, 2025级, 2025学年, 2025版, 2025期, 2025号: a year or a code
_AFTER_A_YEAR = tuple("年届级学版期号度季")


def _below_wan(s: str, j: int, k: int, last_power: int, fractional: object) -> bool:
    """Whether ``s[j:k]``, after 万, is its four lower digits: 1091萬8000, 3萬8,228, 2万0500.

    Exactly four (3022万69 and 3万5 are refused: 3万5 says 3.5万 in speech), of
    a whole number of 万, and no year or code (5万2025年, 5万2025届).
    """
    digits = s[j:k].replace(",", "")
    return (
        last_power == 4
        and not fractional
        and len(digits) == 4
        and digits.isdigit()
        and not s.startswith((".", *_AFTER_A_YEAR), k)
    )


_WHOLE = compiled(f"一?百(?![{''.join(sorted(DIGITS))}十])")


def _fraction(s: str, i: int, text: str) -> Number | None:
    """Read 百分之九十 (%), 千分之五 (‰) or 四分之一 (25 %, if exact)."""
    match = _FRACTION.match(s, i)
    if match is None:
        return None
    denominator_text = match.group(1)
    j = match.end()
    whole = _WHOLE.match(s, j) if denominator_text == "百" else None
    if whole is not None:  # 百分之百, 百分之一百: 100 %
        return Number(Decimal(100), 0, 0, whole.end(), unit="%")
    inner = _read_plain(s, j, text)
    if inner is None or inner.multiplier or inner.more_than:
        raise fail(msg("no number after 分之"), text, j)
    if denominator_text in ("百", "千"):
        return inner._replace(unit="%" if denominator_text == "百" else "‰")
    read = read_chinese_integer(denominator_text, 0, text)
    if read is None or read[2] != len(denominator_text) or read[0] == 0:
        raise _malformed(text, i)
    percent = inner.value * 100 / read[0]
    exact = percent.normalize()
    exponent = exact.as_tuple().exponent
    if not isinstance(exponent, int) or percent * read[0] != inner.value * 100 or -exponent > 6:
        raise fail(msg("a fraction with no exact decimal value"), text, i)
    places = max(0, -exponent)
    value = exact.quantize(Decimal(1).scaleb(-places))
    return Number(value, 0, places, inner.end, unit="%", chinese=True, exact=True)


def _read_plain(s: str, i: int, text: str) -> Number | None:
    if i >= len(s):
        return None
    ch = s[i]
    if "0" <= ch <= "9":
        return _read_mixed(s, i)
    if ch in DIGITS or ch in TENS or ch == "十":
        return _read_chinese(s, i, text)
    return None


def read_power_alone(s: str, i: int, text: str) -> Number | None:
    """Read a numeral that starts at its place or magnitude word: 万余 as 一万余, 千 of 近千.

    ``s[i]`` is one of :data:`ALONE`, and the words around it say it is a
    number; the caller decides.
    """
    return _read_chinese(s, i, text, one=True)


_CHENG_WORDS = tuple("人员品果本绩交效功立长都年片套批型熟就")
"""What makes a word of 成 after a figure (成人, 成员, 成品油, 成果): never tenths."""

ALONE = frozenset("百千万亿")
"""The place and magnitude words that can stand for one of them: 万余, 近千."""


def _digit_after_cheng(s: str, k: int) -> bool:
    """Whether a digit at ``k``, after 成, is a second digit of the share (八成五, 6成4).

    Not a numeral that starts a word (五成一线城市: half the first-tier cities).
    """
    if k >= len(s) or not ((s[k].isdigit() and s[k].isascii()) or s[k] in DIGITS):
        return False
    if s.startswith(_NUMERAL_WORDS, k) or s.startswith(("年级", "成"), k + 1):
        return False  # 七成三甲医院, 超过5成五保户, 四成三年级, 一成二成 (a review's)
    from minsheng._no_figure import _WORDS  # noqa: PLC0415 - it imports this module's users

    return _WORDS.match(s, k) is None


# What after 八成五 makes its 五 the start of a next word, or more of a number:
# 七成六十岁以上老人, 四成五岁以下儿童, 八成五年前, 3成1次, 四成三点五 (a review's)
_AFTER_A_SECOND_DIGIT = frozenset("十百千万亿点.0123456789岁周年个月日天次名位人户元级甲孩胎号期")


def _starts_a_word_after(s: str, k: int) -> bool:
    """Whether ``s[k]``, after 八成五, makes the 五 more than the share's second digit."""
    return k < len(s) and (s[k] in _AFTER_A_SECOND_DIGIT or s[k] in DIGITS)


_NUMERAL_WORDS = ("三甲", "二甲", "五保", "二手", "一线", "二线", "三线", "三农", "双一流")
"""Words that start with a numeral, which a share in 成 may stand before (七成三甲医院)."""


def read_number(s: str, i: int, text: str) -> Number | None:
    """Read the number that starts at ``i``, with magnitude words and 成."""
    ch = s[i]
    if ch == "翻":
        doubling = _DOUBLING.match(s, i)
        if doubling is None:
            return None
        times = doubling.group(1)
        n = DIGITS.get(times) if len(times) == 1 else None
        n = int(times) if n is None and times.isdigit() and len(times) == 1 else n
        if n is None:  # 翻10番, 翻十番: doubled ten times over, 1024 倍?
            raise fail(msg("a doubling more than nine times over (翻10番)"), text, i)
        return Number(Decimal(2**n), 0, 0, doubling.end(), unit="倍")
    if ch in "百千" or s.startswith("分之", i + 1) or (ch in DIGITS and "分之" in s[i : i + 8]):
        fraction = _fraction(s, i, text)
        if fraction is not None:
            return fraction
        if ch in "百千":
            return None
    number = _read_plain(s, i, text)
    if number is None:
        return None
    if s.startswith("成", number.end) and not number.unit and not number.multiplier:
        # 两成 is 20 %, 2.5成 is 25 %; but 成 starts a word in 3000成人, 60成员单位
        # and 12成品油加油站, and no share is more than 10成
        if s.startswith(_CHENG_WORDS, number.end + 1) or number.value > 10:
            raise fail(msg("成 after a figure: tenths, or a word (成人, 成员)?"), text, number.end)
        k = number.end + 1
        if _digit_after_cheng(s, k):
            # 逾八成五, 有6成4, 四成三: 85 %, 64 % and 43 %, routine in Hong Kong and
            # Macau (a seventh hunt's: found as 八成, 80 %; an eighth hunt's, refused)
            if number.decimals or _starts_a_word_after(s, k + 1):
                reason = msg(
                    "a digit after 成 that may start the next word (七成六十岁), or more digits"
                )
                raise fail(reason, text, k)
            tenth = int(s[k]) if s[k].isdigit() else DIGITS[s[k]]
            return Number(number.value * 10 + tenth, 0, 0, k + 1, unit="%", chinese=number.chinese)
        value = number.value * 10
        decimals = max(0, number.decimals - 1)
        return Number(value.quantize(Decimal(1).scaleb(-decimals)), 0, decimals,
                      number.end + 1, unit="%", chinese=number.chinese,
                      rounded=number.decimals > 0)  # fmt: skip
    return number
