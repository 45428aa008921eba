"""Every figure in a text: where each starts and ends, and what cannot be read.

:func:`raw_figures` reads each number the scanner meets, as far as the figure
it prints reaches: past numbers printed onto it (1:12, 1/3, 1万5051处), over a
bound after a measure word it does not know (3万株以上), and, where the number
cannot be read, over the word that refuses it (3000人有余, 负3%), so that
:mod:`minsheng._scan` can find every phrase whole.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from minsheng._errors import ParseError
from minsheng._figure import _MINUS, _Figure, read_figure
from minsheng._numerals import BIG_AFTER, NUMERAL_CHARS, PART_AFTER_A_SPACE, PLACE_OF_BIG
from minsheng._parse import parse_phrase
from minsheng._patterns import compiled
from minsheng._refusals import in_a_word
from minsheng._scan_ends import _GAP, LIST_SEPARATORS, _chained, _refused_end
from minsheng._scan_financial import financial
from minsheng._unit_words import unread_measure_end
from minsheng._words import (
    _ABOUT_SUFFIXES,
    _RANGE,
    _SUFFIX_COMPARATORS,
    FRACTION_OF_MANY,
    SCIENTIFIC,
    _is_word_char,
    _skip_spaces,
    _skip_spaces_back,
    named_after,
    named_end,
)

_CANDIDATE = compiled(r"[0-9零〇一二两三四五六七八九十廿卅百千万亿翻]")
# 1:12, 1∶15, 1/3, 7×24 (：, ／ and ＊ fold to these), and 7x24 (a ninth hunt's: found
# as 24小时)
_JOIN = compiled(" *(?:[:∶/×*]|[xX](?= *[0-9])) *")
# 1013·9万箱, 14·4%: a middle dot some pages print for a decimal point, right
# between two numbers (the parser refuses it; 9万箱 alone would be 90,000)
# (not 9·15 alone, a name: the number after the dot has a unit or magnitude)
_DOT = compiled("[·•・‧･](?=[0-9]+ *(?:[^\\W\\d_]|%))")
# 四百七十六‧六億元, 三十五‧五% (an eighteenth hunt's, from Macau: found as 六億元 and
# 35), and 五百O七億 (a letter O for 〇): Chinese numerals, a dot or an O, and more
_NUMERAL_DOT = compiled(
    f"[·•・‧･O](?=[{''.join(sorted(NUMERAL_CHARS))}]+ *[万亿倍%‰])"
)  # (not 一·二九运动, a name)
# 分别增长5%和6.5%: after a list separator, a figure is governed by the words of the first
# 3和5, 每, 第, a range's 3至5: no number in words
_NOT_JOINING = frozenset(w for w in LIST_SEPARATORS if len(w) == 1) | frozenset("每第至到")
BOUNDS = tuple(w for w in (*_SUFFIX_COMPARATORS, *_ABOUT_SUFFIXES) if len(w) > 1)
_MEASURE_WORD = 3  # the longest measure word the parser does not know (度, 头只) that BOUNDS follow


# magnitudes the parser declines after some numbers (16.6千), and 仟 (Taiwan's 4,639,924仟元)
_DECLINED = ("千", "百", "仟", "佰")
_EITHER_SIDE = ("±", "∓")  # ±2.93%: a tolerance, above or below
_REFUSED_WORD = 3  # the longest word that makes a figure refused (有余, 负增长)
_BRACKETED = 8  # how far a second unit in brackets may reach: 3000元(澳門元), 3000人(户次)
_CLOSING = compiled("[)）]")
# 3兆0350億: the numbers printed onto a refused magnitude are part of it, never a
# figure of their own (350亿)
_GOES_ON = frozenset("兆万亿萬億")
_NUMBER_ON = compiled("[0-9][0-9,.]*[万亿萬億]?")
# (not before a range: 每0.5～1公里设置1个站点 is refused whole, a review's)
_RANGE_AFTER_EACH = compiled("[0-9][0-9.,]* *[万千]? *[-~～〜—–至到] *[0-9][0-9.,]*")
_PER_DECIMAL = compiled("[0-9]+[.][0-9]+(?! *(?:[-~～〜—–至到]|[万亿] *[-~～〜—–至到]))")


def _numeral_end(s: str, k: int) -> int:
    """Where the run of numeral characters that starts at ``k`` ends."""
    end = k
    while end < len(s) and (
        s[end] in NUMERAL_CHARS
        or s[end] in "0123456789点."
        # 0,003个 and 3,0000个 (or 3,000,0000个): groupings the parser refuses, one run
        # (the digits after a comma are no figure of their own)
        or (
            s[end] == ","
            and _digit(s, end - 1)
            and _digit(s, end + 1)
            and (s[k] == "0" or all(_digit(s, d) for d in range(end + 1, end + 4)))
        )
    ):
        end += 1
    # 八成五, 6成4: a share with a second digit (85 %, 64 %); one run (one 成:
    # 五成五成… is not one number)
    if (
        end < len(s)
        and s[end] == "成"
        and end > k
        and end + 1 < len(s)
        and (s[end + 1] in NUMERAL_CHARS or _digit(s, end + 1))
        and s[end + 2 : end + 3] != "成"
    ):
        end += 2
        while end < len(s) and (s[end] in NUMERAL_CHARS or _digit(s, end)):
            end += 1  # 八成五六: one run, which the parser refuses (八成五 reads, 85 %)
    return end


def _figure_at(s: str, k: int, before: _Figure | None) -> _Figure | None:
    """The figure the parser reads at ``k``; a ParseError where :func:`_cut_off` refuses it."""
    figure = read_figure(s, s, k, before)
    refused = None if figure is None else _cut_off(s, figure)
    if refused is not None:
        raise ParseError("a figure cut off", text=s, position=refused)  # its span's error is shown
    return figure


def _cut_off(s: str, figure: _Figure) -> int | None:
    """Where the parser refuses ``figure`` as found, which reads alone; ``None`` where not.

    16.6千公頃 (a twenty-third hunt's): the parser takes no 千 or 百 after a
    number of ten or more, and 减少16.6 alone would read as 16.6.  不超過±2.93%:
    a tolerance either side, whose bound 2.93% alone would lose.
    """
    end = _skip_spaces(s, figure.number.end)
    if (
        figure.unit is None
        and figure.number.multiplier == 0  # 惠及1.2万百姓: 12,000 people (a review's)
        and s[end : end + 1] in _DECLINED
        and not s.startswith("百姓", end)
    ):
        return end + 1  # past it: 千 may start a figure, and the span must reach over it
    sign = _skip_spaces_back(s, figure.start) - 1  # over the spaces only (± 2.93%)
    if sign >= 0 and s[sign] in _EITHER_SIDE:
        return sign
    # 控制在1000±50元, 湿度控制在60%±5% (a review's: at most 1000 with no unit, 60 %)
    after = _skip_spaces(s, figure.end)
    if s[after : after + 1] in _EITHER_SIDE:
        return after
    # 就業人數為 1147 萬 5000 人 (a twenty-fourth hunt's: 11,470,000 and then 5000 人): a
    # number printed on after a space past its 万 or 亿 (or 1147 万 五千人, a numeral)
    if (
        figure.unit is None
        and s[figure.number.end - 1 : figure.number.end] in ("万", "亿")
        and s[figure.number.end : figure.number.end + 1] == " "
        and (s[after : after + 1].isdigit() or s[after : after + 1] in NUMERAL_CHARS)
    ):
        return after
    # 偏差范围为-5%～+5% (a review's: a level of -5 %): a range to a signed figure
    ranged = _RANGE.match(s, figure.end)
    if ranged is not None and s[ranged.end() : ranged.end() + 1] in ("+", "＋"):
        return ranged.end() + 1
    return None


def _error_span(s: str, k: int, refused: int, floor: int) -> tuple[int, int]:
    """The span of a figure at ``k`` that cannot be read, where reading stopped at ``refused``.

    It runs over the numeral and reaches the word that makes the figure
    unreadable (3000人有余, 负3%, 八折), so that the phrase found, read alone,
    is refused too, rather than read as a bare number.
    """
    end = _numeral_end(s, k)
    a = max(min(k, refused), k - _REFUSED_WORD, floor)  # 负3%, --5: a word before
    # and over a measure word the parser does not read (3个自然日: 3个自然 reads)
    reach = max(refused + _REFUSED_WORD, unread_measure_end(s, refused))
    close = (
        _CLOSING.search(s, refused, refused + _BRACKETED)
        if s[refused : refused + 1] in "(（"
        else None
    )
    if close is not None:  # 3000元(澳門元), 3000人（人次）: a second unit in brackets, to their end
        reach = max(reach, close.end())
    for b in range(max(end, refused + 1, k + 1), min(len(s), reach) + 1):
        if b > end and (
            s[b - 1] in _MINUS or (_CANDIDATE.match(s, b - 1) and not s.startswith("千分点", b - 1))
        ):
            break  # the next figure starts: never reach into it (千分点 is a unit's word)
        try:
            parse_phrase(s[a:b])
        except ParseError:
            return a, b + 2 if s.startswith("千分点", b - 1) else b  # the whole word
    # where no span within reach is refused, the span reaches the refused character
    # at least (16.6千 at the end of a text: 16.6 alone would read), unless that is a
    # space, which the spaced parts of a number go on after (302 億 1,292萬)
    if s[refused : refused + 1] == " ":
        after = _skip_spaces(s, refused)
        if named_after(s, after):  # 0 類聲環境: over the word that names it (0 alone reads)
            return a, named_end(s, after)
        return a, max(end, k + 1)
    return a, min(len(s), max(end, k + 1, refused + 1))


def _number_end(s: str, k: int) -> tuple[int, str | None]:
    """Where the figure at ``k`` ends, read or not, and its unit."""
    try:
        figure = read_figure(s, s, k, None)
    except ParseError:
        return max(_numeral_end(s, k), k + 1), None
    return (k + 1, None) if figure is None else (figure.end, figure.unit)


def _joined(s: str, figure: _Figure, covered: set[int], dates: set[int]) -> tuple[int, bool]:
    """Where a figure ends with the numbers printed onto it, and whether a sign joins them.

    A ratio (1:12, 1∶15, 1比4), a fraction or rate (1/3, 15.1/10万), a
    product (7×24小时) and a number the parser stops reading at 万 (1万5051处)
    are no figure minsheng reads: each is found whole (the second value says
    it is always found), so that its phrase is refused rather than read as its
    first number, or dropped as a bare one.  Arabic numbers joined by another
    word are found whole only where words govern them (达到2教1保); alone they
    are slogans (1主3副, 4横5纵), no figure, as are Chinese numerals so joined
    (一户一策) and a numeral that a word makes a name (二孩, 1号线): 二孩3000元
    is 3000元.
    """
    end, unit, joined = figure.end, figure.unit, False
    while True:
        sign = _JOIN.match(s, end)
        if sign is None and unit is None and end and s[end - 1].isdigit():
            sign = _DOT.match(s, end)
        elif sign is None and unit is None and end and s[end - 1] in NUMERAL_CHARS:
            sign = _NUMERAL_DOT.match(s, end)
        ratio = True  # joined by a sign, or a number the parser stops at 万
        if sign is not None:
            k = sign.end()
        elif unit is not None or end == len(s):
            return end, joined
        elif _CANDIDATE.match(s, end) is not None:
            if figure.number.decimals:
                return end, joined  # 339.49万65岁以上老人: a new number (no 1万5051)
            k = end  # 1万5051处
        elif (
            _is_word_char(s[end])
            and s[end] not in _NOT_JOINING
            and not named_after(s, end)
            and not figure.number.chinese  # 一户一策, 一村一品: a slogan
        ):
            # 2教1保, 1比4: a ratio in words, always found where 比 joins it; with
            # another word (1主3副, 4横5纵) found only where words govern it (达到2教1保)
            k, ratio = end + 1, s[end] == "比"
        else:
            return end, joined
        if k in covered or k in dates or _CANDIDATE.match(s, k) is None:
            return end, joined
        end, unit = _number_end(s, k)
        joined = joined or ratio


def _bounded(s: str, end: int) -> int:
    """Where a figure that ends at ``end`` with no unit ends, with a bound after its measure word.

    The parser knows no 头只 or 度: 100头只以上 is read as 100 up to 头只, and
    以上 after it, which makes the figure a bound, would be lost.  The
    phrase reaches the bound (以上, 以下, 左右…), and the parser refuses it.
    """
    for length in range(1, _MEASURE_WORD + 1):
        word = s[end : end + length]
        if len(word) < length or not _is_word_char(word[-1]) or word[-1] in NUMERAL_CHARS:
            break
        for bound in BOUNDS:
            if s.startswith(bound, end + length):
                return end + length + len(bound)
    return end


def _cut_at_slash(s: str, k: int, refused: int, previous: _Figure | None) -> _Figure | None:
    """The figure at ``k`` before a / and a number (1/3, 15.1/10万), or ``None``.

    The parser, reading the figure, refused that number as a denominator at
    ``refused``; the figure is read again without it.
    """
    if refused < 1 or s[refused - 1] != "/" or _CANDIDATE.match(s, refused) is None:
        return None
    if k >= refused - 1:  # /2-9: the slash comes before the figure, nothing to cut
        return None
    cut = s[: refused - 1]
    try:
        return read_figure(cut, cut, k, previous)
    except ParseError:
        return None


def _after_a_point(s: str, k: int, figures: list[_Figure], errors: list[tuple[int, int]]) -> int:
    """Make the numeral in words before a decimal point and the figure at ``k`` one error.

    十一．四億元, 三十五.五%: the parser refuses a numeral in words with a point;
    the digits after the point are never a figure of their own, nor the
    numeral before it.  Returns where the error ends.
    """
    a = k - 2
    while a > 0 and s[a - 1] in NUMERAL_CHARS:
        a -= 1
    while figures and figures[-1].end > a:
        a = min(a, figures.pop().start)
    while errors and errors[-1][1] > a:
        a = min(a, errors.pop()[0])
    b = _number_end(s, k)[0]
    errors.append((a, b))
    return b


def _unreadable(
    s: str, k: int, refused: int, figures: list[_Figure], errors: list[tuple[int, int]]
) -> int:
    """Add the error of a figure at ``k`` that the parser refuses at ``refused``; its end.

    A bare number listed right before it shares its measure word, and joins
    the error: 降至13、14度左右 must not leave 降至13 read as 13.
    """
    before = figures[-1] if figures else None
    floor = max(errors[-1][1] if errors else 0, before.end if before else 0)
    a, b = _error_span(s, k, refused, floor)
    b = max(b, _bounded(s, refused))  # 10亿度以下: the bound too
    after = b
    while after < len(s) and s[after] == " ":
        after += 1
    big = next((word for word in (*PLACE_OF_BIG, *BIG_AFTER) if s.startswith(word, after)), "")
    if big:  # 1.5千余万元, 1.5 千万元: 1.5千余 or 1.5 alone would read as 1500 or 1.5
        b = after + len(big)
    elif s.startswith(("百分点", "千分点"), after):  # 3 个 百分点: 3 个 alone would read
        b = after + 3
    spaced = PART_AFTER_A_SPACE.match(s, b)
    if spaced is not None:  # 4万 8千元: 4万 alone would read as 40,000
        b = spaced.end()
    more = _NUMBER_ON.match(s, b) if s[b - 1] in _GOES_ON else None
    if more is not None:
        b = more.end()
    either = b - 1 if s[b - 1] in _EITHER_SIDE else _skip_spaces(s, b)
    if s[either : either + 1] in _EITHER_SIDE:  # 控制在1000±50元: the tolerance too
        tolerance = _skip_spaces(s, either + 1)
        if _CANDIDATE.match(s, tolerance) is not None:
            b = _number_end(s, tolerance)[0]
    if (
        s[b - 1 : b].isdigit()
        and (  # never within a number (5,000 too)
            s[b : b + 1].isdigit() or (s[b : b + 1] == "," and s[b + 1 : b + 2].isdigit())
        )
    ):
        digits = b - 1
        while digits > 0 and s[digits - 1].isdigit():
            digits -= 1
        b = max(b, _number_end(s, digits)[0])
    ranged = _RANGE.match(s, b)
    if ranged is not None and _CANDIDATE.match(s, ranged.end()) is not None:
        # 05—10个, 二十几—30个: the high end of a range whose low end cannot be read
        # is no figure of its own (10个 alone, or 10 with its 个 left behind)
        b = max(b, _number_end(s, ranged.end())[0])
    while figures and _chained(s, figures[-1], a):
        a = figures.pop().start  # 分别下调10、25和50基点, 约12至13、14度
    errors.append((a, b))
    return b


def _after_a_broken_point(
    s: str, k: int, figures: list[_Figure], errors: list[tuple[int, int]], item: int | None
) -> int | None:
    """The end of the error a point or a gap before ``k`` makes in a number; else ``None``.

    三十五.五% (a numeral in words before a point) and 新增1. 2万人 (1.2万 with a
    space) are one number the parser cannot read, never 五 or 2万 alone; so
    are numbers a gap parts (:func:`_number_apart`), a number in scientific
    notation (1e9个: never 1 and 9个, a newcomer's trial's) and a fraction of
    a large number (10万分之8.5: never 10万, an eighth hunt's).
    """
    many = SCIENTIFIC.match(s, k) or FRACTION_OF_MANY.match(s, k)
    if many is not None:  # 1e9, 10万分之8.5: one number, to the end of the fraction's
        end = many.end()
        if many.re is FRACTION_OF_MANY and _CANDIDATE.match(s, end):
            end = max(end, _number_end(s, end)[0])  # (10万分之 at the end: no more)
        errors.append((k, end))
        return end
    if k > 1 and s[k - 1] == "." and s[k - 2] in NUMERAL_CHARS and s[k] in NUMERAL_CHARS:
        return _after_a_point(s, k, figures, errors)
    spaced = _before_a_spaced_point(s, k)
    if spaced is not None:
        return _after_a_comma(s, k, spaced, figures, errors)
    apart = _number_apart(s, k, item) if k and s[k - 1] in _GAP else None
    if apart is None:
        return None
    return _after_a_comma(s, k, apart, figures, errors, _number_end(s, k)[0])


def _before_a_spaced_point(s: str, k: int) -> int | None:
    """Where the number before ``N. `` starts, if spaces and a point stand right before ``k``.

    And before ``N .`` (增加了968 .4万人, a thirty-third hunt's: 4万人 read alone, ten
    times too many): a point right before ``k`` after digits and spaces.
    """
    if k > 2 and s[k - 1] == "." and s[k - 2] in _GAP:
        start = k - 2
        while start > 0 and s[start - 1] in _GAP:
            start -= 1
        if start and _digit(s, start - 1):
            while start > 0 and _digit(s, start - 1):
                start -= 1
            return start
    point = k - 1
    while point > 0 and s[point] in _GAP:  # 新增就业1.⏎2万人: a line wrapped in a number
        point -= 1
    if point == k - 1 or s[point] != ".":
        return None
    start = point
    while start > 0 and (_digit(s, start - 1) or s[start - 1] in NUMERAL_CHARS):
        start -= 1
    if start == point:  # 3 . 46 %: spaces on both sides of the point (a PDF's text, a
        # thirty-fourth hunt's: 46 % read alone)
        while start > 0 and s[start - 1] in _GAP:
            start -= 1
        if start == point or not _digit(s, start - 1):
            return None
        while start > 0 and _digit(s, start - 1):
            start -= 1
    if start in (point, 0) or s[start - 1] == "\n":
        return None  # "1. " at a line's start numbers an item
    return start


def _number_apart(s: str, k: int, item: int | None) -> int | None:
    """Where a number starts that a gap before ``k`` cuts after its magnitude word.

    1万⏎2千个 (a line wrapped in 1万2千个) gave 1万 and 2千个.  Digits apart
    (完成率 95 100.0%, 图2 500户) are a table's cells or a label's number and
    read each, as before; but a number that ends in 万 or 千 with another
    number after it is one number in pieces, and neither piece is read alone.
    ``item`` is where the number passed over as a list's item number starts.
    """
    gap = k
    while gap > 0 and s[gap - 1] in _GAP:
        gap -= 1
    if gap in (k, 0) or s[gap - 1] not in "万亿千百" or not _digit(s, gap - 2):
        return None
    start = gap - 1
    while start > 0 and (_digit(s, start - 1) or s[start - 1] in ".,"):
        start -= 1
    return None if start == item else start


def _after_an_ordinal(s: str, j: int) -> bool:
    """Whether the 、 at ``j`` ends a list of numbers that 第 opens (第3、, 第1、2、)."""
    while j >= 0 and s[j] == "、":
        j -= 1
        end = j
        while j >= 0 and (_digit(s, j) or s[j] in NUMERAL_CHARS):
            j -= 1
        if j == end:
            return False  # no number before the 、
        if j >= 0 and s[j] == "第":
            return True
    return False


def _digit(s: str, k: int) -> bool:
    return 0 <= k < len(s) and "0" <= s[k] <= "9"


def _digits_before(s: str, comma: int) -> int | None:
    """Where the number before the comma at ``comma`` starts, if digits end it.

    The scan stops after a comma between digits only where the parser read no
    thousands over it: 0,5个, 01,003个, 3,5万人, 1,25个.  A decimal comma, or a
    list?  Either way no figure starts after it (5万人 alone was a misread).
    """
    start = comma
    while start and (_digit(s, start - 1) or s[start - 1] in ".·"):
        start -= 1
    return start if start < comma and _digit(s, comma - 1) else None


def _after_a_comma(  # noqa: PLR0913, PLR0917 - the text, the numbers and what is found
    s: str,
    k: int,
    start: int,
    figures: list[_Figure],
    errors: list[tuple[int, int]],
    end: int | None = None,
) -> int:
    """Record the digits from ``start`` over what stands before ``k`` as one error.

    It ends with the numeral at ``k``, or at ``end`` where given.
    """
    while figures and figures[-1].end > start:  # the 0 of 0,5: no figure of its own
        start = min(start, figures.pop().start)
    end = _numeral_end(s, k) if end is None else end
    errors.append((start, end))
    return end


_THE_ONE_BEFORE = frozenset("上下前后同这那另唯统")
_BIG = frozenset("十百千万亿")
_ITEM_NUMBER = compiled("[0-9]{1,3}(?= +[^0-9 ])")
_LINE_NUMBERS = compiled("(?m)^([0-9]{1,3}) +(?=[^0-9 ])")
"""A number of one to three digits that opens a line, then a space: the item's number of
a list (the layout ``minsheng draft`` reads), never a figure with the words after it."""


def _passed_over(s: str, k: int, previous: str, items: AbstractSet[int]) -> int | None:
    """Where to go on from a number at ``k`` that starts no figure; ``None`` where it may.

    A number after 每, /, 第 or a digit is part of another, and 一 after 上, 前 or
    同 a word (上一年, 前一天, 同一批); one that opens a
    line, then a space, in a list whose lines open with the numbers before or
    after it, is an item's number (7 所有县实现…: not 7 所, a scan hunt's).
    ``items`` holds the numbers that open lines of ``s`` (:func:`_line_numbers`).
    """
    if previous == "每":  # 每0.1公顷 (a twenty-seventh hunt's: the decimal's digits after
        # its point were found as a figure); but 每300至500户 is a range that may start
        # a figure (a review's: 00至500 was found, and 1名 after it with no denominator),
        # which the phrase of 每 then holds
        if _RANGE_AFTER_EACH.match(s, k) is not None:
            return None
        decimal = _PER_DECIMAL.match(s, k)
        return k if decimal is None else decimal.end()
    if previous == "/":  # 77家/2.0% (a review's: 0% found after the point): to its end
        after_slash = _NUMBER_ON.match(s, k)
        return k if after_slash is None else after_slash.end()
    if previous and (previous == "第" or (previous.isascii() and previous.isdigit())):
        return k
    # 上一年, 前一天, 同一批: the year before, the same batch; no count (but
    # 这一百多户 is a count of households)
    if s[k] == "一" and previous and previous in _THE_ONE_BEFORE and s[k + 1 : k + 2] not in _BIG:
        return k + 1
    item = _ITEM_NUMBER.match(s, k) if previous == "\n" or not k else None
    if item is None:
        return None
    # only in a numbered list: the line before or after opens with the number
    # before or after this one (a figure alone on its line, 300 万元, is a figure)
    number = int(item.group())
    return item.end() if {number - 1, number + 1} & items else None


def _line_numbers(s: str) -> frozenset[int]:
    """The numbers that open lines of ``s``, then a space: read once for a text, not per line."""
    return (
        frozenset(int(m.group(1)) for m in _LINE_NUMBERS.finditer(s)) if "\n" in s else frozenset()
    )


def raw_figures(
    s: str, covered: set[int], dates: set[int], text: str | None = None
) -> tuple[list[_Figure], list[tuple[int, int]], set[int]]:
    """Every figure in the text, the spans of numerals that cannot be read, and signs.

    The last are the starts of the figures that a sign joins to the next
    number (1:12, 1/3).  ``text`` is ``s`` as printed, where a full-width
    comma (folded into ``,`` in ``s``) ends a clause: 降为0，12个区县.
    """
    figures: list[_Figure] = []
    errors: list[tuple[int, int]] = []
    signed: set[int] = set()
    # the lines' numbers (read once, not per line), and where the last number
    # passed over as an item's number starts
    position, items, item = 0, _line_numbers(s), None
    for match in _CANDIDATE.finditer(s):
        k = match.start()
        if k < position or k in covered or k in dates:
            continue
        previous = s[k - 1] if k else ""
        passed = _passed_over(s, k, previous, items)
        if passed is not None:
            position, item = passed, k
            continue
        if previous == "、" and _after_an_ordinal(s, k - 1):
            continue  # 第3、4项: the fourth item, not four of them
        if (
            previous == ","
            and (text is None or text[k - 1] == ",")
            and _digit(s, k)
            and (digits := _digits_before(s, k - 1)) is not None
        ):
            # 0,5个, 3,5万人: a decimal comma, or a grouping the parser refuses? One
            # number that cannot be read, never a figure after the comma (a comma
            # after another number may be a clause's: normalize folds ， into ,)
            position = _after_a_comma(s, k, digits, figures, errors)
            continue
        broken = _after_a_broken_point(s, k, figures, errors, item)
        if broken is not None:
            position = broken
            continue
        before = figures[-1] if figures else None
        try:
            figure = _figure_at(s, k, before)
        except ParseError as exc:
            figure = _cut_at_slash(s, k, exc.position, before)
            if figure is None:
                position = _unreadable(s, k, exc.position, figures, errors)
                continue
        if figure is not None and (
            # 一季度, 七至九年级, 二孩, 1号线, 3人制, 十年计划
            named_after(s, figure.number.end, chinese=figure.number.chinese)
            or (  # 二氧化碳, 三高人群, 星期六: a numeral in a word, whatever governs it
                figure.unit is None
                and figure.number.chinese
                and figure.number.value < 10
                and in_a_word(s, figure)
                and not _RANGE.match(s, figure.end)  # 三至五万元
                and not s.startswith(LIST_SEPARATORS, figure.end)  # 一和二
            )
        ):
            position = figure.number.end  # a name, no figure
            continue
        if figure is not None:
            end, joined = _joined(s, figure, covered, dates)
            if end == figure.end and figure.unit is None:
                end = _bounded(s, end)  # 1.3万亿斤以上
            end, refused = _refused_end(s, figure, end, figures, errors)
            if refused:
                position = end
                continue
            if s[end - 1] in "成番" and s[end : end + 1] in ("多", "余"):
                # 六成多, 翻了一番多: more than 60 %, than double, by how much unsaid;
                # the parser refuses it
                end += 1
            if joined:
                signed.add(figure.start)
            figure = figure._replace(end=end)
            figures.append(figure)
            position = figure.end
    errors += financial(s, figures, errors, covered | dates)
    errors.sort()
    return figures, errors, signed
