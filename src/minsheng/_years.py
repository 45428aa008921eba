"""Which figures are years or dates, not counts: 2025年, 民國113年, 115年底, 于15日.

The parser refuses a figure of 年 that is a year (:func:`a_year`), a fiscal
year or an item's number before one, and one of 101 to 149 years that may be
a year of the Republic of China (:func:`maybe_a_year`) unless words around it
say it is a count (:func:`counted_years` widens the scan's phrase over them);
the scan leaves out a figure of 日 that is a day of the month
(:func:`day_of_the_month`).
"""

from __future__ import annotations

from minsheng._figure import _Figure
from minsheng._i18n import Message, msg
from minsheng._no_figure import _NOT_A_DECADE, YEAR_OPENERS
from minsheng._numerals import Number
from minsheng._patterns import compiled
from minsheng._quantity import Approximation

_DECADE = compiled(f"代(?!{_NOT_A_DECADE})")
YEARS = (1900, 2100)
"""The years a four-digit figure of 年 may be: 2025年 alone is a date, not a count."""


def fiscal_year(s: str, figure: _Figure) -> bool:
    """Whether N.M年度 is a fiscal year: 26.27年度 (a ninth hunt's: 26.27 years) is 2026-27."""
    return figure.number.decimals in (1, 2) and s.startswith("度", figure.end)


def a_list_number_then_a_year(figure: _Figure) -> bool:
    """Whether N.YYYY年 is an item's number and a year: 3.2022年度 (item 3, 2022)."""
    number = figure.number
    if figure.unit != "年" or number.decimals != 4 or number.chinese:
        return False
    year = int(str(number.value).partition(".")[2] or 0)
    return YEARS[0] <= year <= YEARS[1]


def a_year(s: str, figure: _Figure) -> bool:
    """Whether N年 is a year: 2025年, 民國113年, 115年底 (the end of 2026), not N years."""
    number = figure.number
    low, high = YEARS
    if not number.decimals and low <= number.value <= high:
        return True
    first, last = divmod(int(number.value), 10_000)
    if (
        not number.decimals
        and not number.multiplier
        and low <= first <= last <= high
        and last - first < 100
    ):
        return True  # 较20192020年增加, 19932018年 (a twentieth hunt's): two years run together
    left = s[: figure.start].rstrip(" ")
    if left.endswith("民国"):
        return True
    decade = _DECADE.match(s, figure.end) is not None  # (not 代表, 代理: a review's)
    if decade and not number.decimals and number.value % 10 == 0:
        return True  # 上世纪90年代 (an eighteenth hunt's, read by parse_phrase as 90 years)
    if (
        not number.decimals
        and 80 <= number.value < 150
        and s[figure.end : figure.end + 1].isdigit()
        and (not left or left[-1] in YEAR_OPENERS)
    ):
        # 自106年51萬1千人 (an eleventh hunt's: 106 years), not 建校100年3万余名 (a span)
        return True
    # 民國 years so far (96年, 115年) before a month or the year's end
    return (
        not number.decimals and 10 <= number.value < 200 and bool(_YEAR_PART.match(s, figure.end))
    )


def maybe_a_year(s: str, figure: _Figure) -> bool:
    """Whether N年 in three digits (101 to 149) may be a year of the Republic of China.

    其中114年挹注經費約6億元 and 榮獲114年內政部評鑑 (a fifteenth hunt's, read as 114
    years and as within 114 years) name 2025, as 一一四年 does (and 一〇〇年, 2011).
    Not a count that says so: more than it or about it (110多年, 约110年), or the
    words of an age or a span around it (建校110年, 已有120年历史, 使用年限120年, a
    review's; not 有114年, 达114年 or 114年左右, which a year may take too, a second
    review's).
    """
    return (
        _three_digits_of_a_year(s, figure)
        and figure.approximation is not Approximation.MORE_THAN
        and _ABOUT_BEFORE.search(s, max(0, figure.start - 3), figure.start) is None
        and _COUNTED_YEARS_BEFORE.search(s, max(0, figure.start - 4), figure.start) is None
        and _COUNTED_YEARS_AFTER.match(s, figure.end) is None
    )


def _three_digits_of_a_year(s: str, figure: _Figure) -> bool:
    """Whether a figure is printed in three digits, 101 to 149 (100 in digits of words)."""
    number = figure.number
    printed = s[figure.start : number.end]
    if not _republic_year(number) or len(printed) != 3:
        return False
    if printed.isdigit():
        return number.value != 100  # (建党100年: a count, more often than 2011)
    return not any(c in "十百" for c in printed)


_COUNTED_YEARS_BEFORE = compiled(
    "(?:建校|创校|建院|建成|建馆|成立|校龄|院龄|长达|已有|历经|迄今|历时|寿命|年限|产权|逾) *$"
)
_ABOUT_BEFORE = compiled("(?:约|近) *$")  # 约110年, 近120年: about a count (not 114年左右)
_COUNTED_YEARS_AFTER = compiled(" *(?:的)?(?:历史|老店|寿命|产权)")


def counted_years(s: str, figure: _Figure, start: int, end: int) -> tuple[int, int]:
    """The phrase of a figure of 年, widened over the words that make it a count.

    建校110年 and 110年历史, found as 110年 alone, would be refused as a year of the
    Republic; with their words the parser reads them (a review's).
    """
    if figure.unit != "年" or not _three_digits_of_a_year(s, figure):
        return start, end
    before = _COUNTED_YEARS_BEFORE.search(s, max(0, start - 4), start)
    after = _COUNTED_YEARS_AFTER.match(s, end) if end == figure.end else None
    return (before.start() if before else start), (after.end() if after else end)


# after N年, a month or the year's end makes it a year (115年底, 96年6月), not N years
_YEAR_PART = compiled(" *(?:[0-9]{1,2} *月|底|末|初|度)")  # 112年度: a fiscal year


# 设计使用年限100年至120年, 树龄120至140年, 有100年至120年历史, 百年一遇: spans of
# time, whatever years they share with the Republic's (a review's)
_SPAN_BEFORE = compiled("年限|寿命|树龄|历时|长达|有|租期|使用期|为期|经营了?")
_SPAN_AFTER = ("一遇", "历史", "的历史", "之久", "以上", "以内")


def _republic_year(number: Number) -> bool:
    """Whether a number could be a year of the Republic of China since 2011 (100 to 149).

    Not 80 to 99 (1991 to 2010), which a span of a building's life shares:
    使用寿命80年至100年 (a review's).
    """
    return not number.decimals and not number.multiplier and 100 <= number.value <= 149


def _just_before_100(low: Number, high: Number) -> bool:
    """Whether ``low`` is a whole 90 to 99, at most ten years before ``high``, past 100.

    Not 使用寿命95年至100年 or 为期90年至100年, a span to a round hundred (a review's).
    """
    return (
        not low.decimals
        and not low.multiplier
        and 90 <= low.value < 100 < high.value <= low.value + 10
    )


_AFTER_DAYS = compiled(" *(?:内|以内|之内|左右|以上|以下|多|余|后|之后|以后|办结|审结)")
# 办结时限15日, 活动为期3日, 历时5日: a duration, which these words say
_DAYS_BEFORE = compiled(
    "(?:时限|期限|为期|历时|用时|耗时|时长|需要|仅需|只需|需|缩短|压缩|延长)[为至到]? *$"
)


_BY_A_DATE = compiled("(?:截至|截止)(?:到|至)? *$")


def day_of_the_month(s: str, figure: _Figure) -> bool:
    """Whether a figure in 日 that no word governs is a day of the month (the 20th).

    Pages write a date as 20日 far more often than a duration, which 天 or
    3日内 says: 20日透露, 1月20日至24日, 10月1日-4日.  A figure followed by
    内, 以上 or 后 (3日内办结) is a duration, and is found.
    """
    number = figure.number
    if (
        figure.unit == "日"
        and figure.comparator is None  # 截至15日内办结: a span (a review's)
        and _BY_A_DATE.search(s, max(0, figure.start - 4), figure.start)
    ):
        return True  # 截至1031日 (an eighteenth hunt's: a page that lost its 月)
    return (
        figure.unit == "日"
        and figure.comparator is None  # 3日内, 30日以上
        and figure.approximation is None  # 30日左右, 10日余
        and number.multiplier == 0
        and number.decimals == 0
        and not number.more_than
        and 1 <= abs(number.value) <= 31
        and (
            s[figure.start - 1 : figure.start] == "于"  # 于15日办结: on the 15th
            or (
                _AFTER_DAYS.match(s, figure.end) is None
                and _DAYS_BEFORE.search(s, max(0, figure.start - 6), figure.start) is None
            )
        )
    )


def republic_years(s: str, low: _Figure, high: _Figure) -> Message | None:
    """Why a range of 年 is refused as years of the Republic of China, or ``None``.

    109年至112年 (a seventh hunt's, read as 109 to 112 years) names 2020 to
    2023 on a page from Taiwan, or a span of time; words of a span around it
    (使用年限100年至120年, 有100年至120年历史, 百年一遇) say which.
    """
    if s[: low.start].rstrip(" ").endswith("民国"):
        return msg("a year, not a figure")  # 民國108年至110年
    if (
        (
            all(_republic_year(f.number) for f in (low, high))
            # 99年至101年, 98年到102年 (a thirty-fifth hunt's, Taiwan's: read as spans of
            # 99 to 101 years), 96年到104年 (a thirty-seventh's): a few years across 100,
            # not a span of life to 100
            or (_republic_year(high.number) and _just_before_100(low.number, high.number))
        )
        and _SPAN_BEFORE.search(s, max(0, low.start - 8), low.start) is None
        and not s.startswith(_SPAN_AFTER, high.end)
    ):
        return msg("a range of 100 to 149 years: years of the Republic of China, or a span?")
    return None
