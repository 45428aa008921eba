"""Localized formatting: figures as Chinese and English readers expect them.

This is the only module that formats with babel's locale data (the number
symbols, the long date format and the month names), and it imports babel on
first use, so ``import minsheng`` stays cheap.  Three locales are served:

- ``zh-Hans`` reproduces the published style: 19.78万个, 5100余个, 不少于3000个;
- ``zh-Hant`` does the same with 萬 and 億 and traditional characters;
- ``en`` spells numbers out: 197,800; more than 5,100; at least 3,000.

Every public function negotiates its ``locale`` once (see
:mod:`minsheng._locale`).  Rounding is explicit (half up, as Chinese statistics
round) and every number stays a :class:`~decimal.Decimal`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import TYPE_CHECKING, Protocol

import attrs

from minsheng._context import CONTEXT, WIDE, own_context
from minsheng._errors import InvalidValueError, clip, expect
from minsheng._i18n import _, msg
from minsheng._locale import Locale, served
from minsheng._model import Text
from minsheng._quantity import (
    MAGNITUDES,
    MAX_FRACTION_DIGITS,
    Approximation,
    Comparator,
    Per,
    Quantity,
)
from minsheng._results import MetricResult, Status
from minsheng._units import UNITS, Unit, UnitKind

if TYPE_CHECKING:
    from babel import Locale as BabelLocale

_BABEL_NAMES = {"zh-Hans": "zh_Hans", "zh-Hant": "zh_Hant", "en": "en"}


@functools.cache
def _babel_locale(tag: str) -> BabelLocale:
    from minsheng._localedata import babel_locale  # noqa: PLC0415 - babel loads on first use

    return babel_locale(_BABEL_NAMES[tag])


# 万, 亿 and 万亿 are printed after a mantissa (19.78万); 百 and 千 are not.  Keyed
# by whether the locale writes traditional characters.
_MAGNITUDE_WORDS = {
    traditional: {
        power: hant if traditional else hans for power, hans, hant in MAGNITUDES if power >= 4
    }
    for traditional in (False, True)
}
# 每千名常住人口: a denominator's amount in words, where one word says it.
_PER_AMOUNT_WORDS = {
    traditional: {1: "", 10: "十"}
    | {10**power: hant if traditional else hans for power, hans, hant in MAGNITUDES if power <= 4}
    for traditional in (False, True)
}
COMPARATOR_TEMPLATES = {
    Comparator.AT_LEAST: _("at least {quantity}"),
    Comparator.MORE_THAN: _("more than {quantity}"),
    Comparator.AT_MOST: _("at most {quantity}"),
    Comparator.LESS_THAN: _("less than {quantity}"),
}
# A denominator's subject in English: (one, many).  A dataset names others in
# ``Per.en``; validation warns where neither does.
EN_PER_SUBJECTS = {
    "常住人口": ("resident", "residents"),
    "户籍人口": ("registered resident", "registered residents"),
    "人口": ("person", "people"),
    "居民": ("resident", "residents"),
    "老年人": ("older person", "older people"),
    "儿童": ("child", "children"),
    "学生": ("student", "students"),
    "生": ("student", "students"),
    "家庭": ("household", "households"),
    "户": ("household", "households"),
    "人": ("person", "people"),
    "校": ("school", "schools"),
    "村": ("village", "villages"),
    "社区": ("community", "communities"),
    "床": ("bed", "beds"),
    "年": ("year", "years"),
    "月": ("month", "months"),
    "周": ("week", "weeks"),
    "天": ("day", "days"),
    "日": ("day", "days"),
    "小时": ("hour", "hours"),
    "平方公里": ("km²", "km²"),
    "公里": ("km", "km"),
    "老人": ("older person", "older people"),
    "职工": ("worker", "workers"),
    "员工": ("employee", "employees"),
    "孩子": ("child", "children"),
    "婴幼儿": ("infant", "infants"),
    "幼儿": ("young child", "young children"),
    "婴儿": ("baby", "babies"),
    "新生儿": ("newborn", "newborns"),
    "患者": ("patient", "patients"),
    "病人": ("patient", "patients"),
    "教师": ("teacher", "teachers"),
    "农户": ("farming household", "farming households"),
    "残疾人": ("person with a disability", "people with disabilities"),
    "市民": ("resident", "residents"),
    "村民": ("villager", "villagers"),
}


_DOUBLINGS = {Decimal(2): "翻一番", Decimal(4): "翻两番", Decimal(8): "翻三番"}


def _round(value: Decimal, places: int) -> Decimal:
    """``value`` rounded half up to ``places``, with the digits that takes.

    A ratio of the widest figures (28 digits) needs more digits than the
    default context's 28; quantize would fail on them.
    """
    quantum = _QUANTA.get(places) or Decimal(1).scaleb(-places)
    # a context manager on every call cost formatting an eighth of its time
    if value.adjusted() + places < _SAFE_DIGITS:  # nearly always: no context to make
        return value.quantize(quantum, rounding=ROUND_HALF_UP)
    with localcontext() as context:
        context.prec = max(context.prec, value.adjusted() + places + 2)
        return value.quantize(quantum, rounding=ROUND_HALF_UP)


_QUANTA = {places: Decimal(1).scaleb(-places, CONTEXT) for places in range(7)}  # at import
_SAFE_DIGITS = 25  # below the default context's 28 digits, with room for rounding


def _places(value: Decimal) -> int:
    exponent = value.normalize(WIDE).as_tuple().exponent  # every digit: a difference may have 33
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _plain(value: Decimal) -> str:
    return format(value, "f")


@functools.cache
def _symbols(tag: str) -> dict[int, str]:
    """The locale's own decimal mark and group separator, for ``str.translate``."""
    symbols = _babel_locale(tag).number_symbols["latn"]
    return {ord("."): symbols["decimal"], ord(","): symbols["group"]}


def _grouped(value: Decimal, places: int, locale: Locale) -> str:
    """``value`` rounded to ``places``, its integer digits grouped by threes.

    As babel's pattern ``#,##0.00`` formats it, with the locale's symbols from
    babel's data, but with no sign on a zero; every served locale groups by
    threes.  Python's own format does the grouping, exactly and without
    babel.numbers' import (2 ms of a report); a test holds it to babel's
    pattern for every served locale.
    """
    rounded = _round(value, places)
    if not rounded:  # -0.0001 rounds to -0.0, which is no negative number
        rounded = rounded.copy_abs()
    return format(rounded, ",f").translate(_symbols(locale.tag))


def _zh_number(quantity: Quantity, locale: Locale) -> str:
    words = _MAGNITUDE_WORDS[locale.traditional]
    if quantity.multiplier in words:
        mantissa = _round(quantity.value.scaleb(-quantity.multiplier), quantity.decimals)
        return _plain(mantissa) + words[quantity.multiplier]
    return _plain(_round(quantity.value, max(quantity.decimals, _places(quantity.value))))


def _zh_unit(symbol: str | None, locale: Locale, units: Mapping[str, Unit] = UNITS) -> str:
    if symbol is None:
        return ""
    unit = units.get(symbol)
    if unit is None:
        return dataset_text(symbol, locale)
    return unit.zh_hant if locale.traditional else unit.symbol


def _zh_per(per: Per, locale: Locale) -> str:
    words = _PER_AMOUNT_WORDS[locale.traditional]
    amount = int(per.amount) if per.amount == per.amount.to_integral_value() else None
    number = words.get(amount, _plain(per.amount)) if amount is not None else _plain(per.amount)
    subject = per.subject or ""
    return "每" + number + _zh_unit(per.unit, locale) + dataset_text(subject, locale)


def _en_per(per: Per, locale: Locale) -> str:
    noun = None
    if per.en is not None:
        noun = per.en
    elif per.subject is not None:
        one, many = EN_PER_SUBJECTS.get(per.subject, (per.subject, per.subject))
        noun = one if per.amount == 1 else many
    elif per.unit is not None and per.unit in UNITS:
        unit = UNITS[per.unit]
        noun = unit.en if per.amount == 1 else unit.en_plural
    amount = "" if per.amount == 1 else _grouped(per.amount, _places(per.amount), locale) + " "
    return f"per {amount}{noun or ''}".rstrip()


def _en_body(quantity: Quantity, locale: Locale, units: Mapping[str, Unit]) -> str:
    places = max(quantity.decimals - quantity.multiplier, _places(quantity.value), 0)
    number = _grouped(quantity.value, places, locale)
    if quantity.upper is not None:  # a range: 3–5, 50,000–80,000
        both = max(places, _places(quantity.upper))
        low, high = (_grouped(end, both, locale) for end in (quantity.value, quantity.upper))
        number = f"{low}–{high}"
    unit = units.get(quantity.unit) if quantity.unit is not None else None
    if unit is None:
        body = number
    elif unit.kind is UnitKind.PERCENT:
        body = number + "%"
    elif unit.kind is UnitKind.FACTOR:
        body = number + "×"
    elif unit.kind is UnitKind.CURRENCY and unit.symbol == "元":  # 澳门元 is no CN¥
        body = "CN¥" + number
    elif unit.kind is UnitKind.CLASSIFIER:
        body = number
    else:
        name = unit.en if quantity.value == 1 else unit.en_plural
        body = f"{number} {name}"
    return body


@own_context
def format_quantity(
    quantity: Quantity,
    *,
    locale: str | Locale = "zh-Hans",
    noun: str | None = None,
    units: Mapping[str, Unit] = UNITS,
) -> str:
    """Format a figure as readers of ``locale`` expect it, without its comparator.

    In English a count drops its classifier; ``noun`` (say, the metric's
    English subject) names what is counted instead: 3,000 places.  ``units``
    adds a program's own units to the library's (``program.unit_table``).

    >>> from minsheng import parse_quantity
    >>> q = parse_quantity("19.78万个")
    >>> format_quantity(q), format_quantity(q, locale="zh-Hant"), format_quantity(q, locale="en")
    ('19.78万个', '19.78萬個', '197,800')
    >>> format_quantity(parse_quantity("5100余个"), locale="en")
    'more than 5,100'

    Raises:
        ArgumentError: ``quantity`` is not a Quantity.
        LocaleError: a locale minsheng does not serve.

    """
    expect(quantity, Quantity, "quantity", "format_quantity")
    expect(units, Mapping, "units", "format_quantity")
    if noun is not None:
        expect(noun, str, "noun", "format_quantity")
    return _quantity_text(quantity, served(locale), noun, units)


def _quantity_text(
    quantity: Quantity,
    locale: Locale,
    noun: str | None = None,
    units: Mapping[str, Unit] = UNITS,
) -> str:
    if locale.english:
        body = _en_body(quantity, locale, units)
        unit = units.get(quantity.unit) if quantity.unit is not None else None
        if noun and (unit is None or unit.kind is UnitKind.CLASSIFIER):
            body = f"{body} {noun}"
        if quantity.approximation is Approximation.MORE_THAN:
            body = "more than " + body
        elif quantity.approximation is Approximation.ABOUT:
            body = "about " + body
        pers = " ".join(_en_per(p, locale) for p in quantity.per)
        return f"{body} {pers}" if pers else body
    doublings = _DOUBLINGS.get(quantity.value) if quantity.unit == "倍" else None
    if (
        doublings is not None
        and quantity.approximation is Approximation.EXACT
        and not _a_change_by(quantity)
    ):
        return doublings  # 2倍 could be read as "up 200%"; 翻一番 cannot
    number = _zh_number(quantity, locale)
    if quantity.upper is not None:  # a range, as published: 3—5个, 5—8万人
        high = _zh_number(attrs.evolve(quantity, value=quantity.upper, upper=None), locale)
        words = _MAGNITUDE_WORDS[locale.traditional]
        word = words.get(quantity.multiplier, "")
        number = number.removesuffix(word) + "—" + high if word else number + "—" + high
    if quantity.approximation is Approximation.MORE_THAN:
        number += "餘" if locale.traditional else "余"
    elif quantity.approximation is Approximation.ABOUT:
        number = ("約" if locale.traditional else "约") + number
    pers = "".join(_zh_per(p, locale) for p in quantity.per)
    return pers + number + _zh_unit(quantity.unit, locale, units)


def _a_change_by(quantity: Quantity) -> bool:
    """Whether ``quantity``'s phrase is a change by it: 增长2倍 is three times, not 翻一番."""
    if quantity.phrase is None:
        return False
    from minsheng._phrases import change_sign  # noqa: PLC0415 - the parser, where it is asked

    return change_sign(quantity) != 0


@own_context
def format_target(
    quantity: Quantity,
    *,
    locale: str | Locale = "zh-Hans",
    noun: str | None = None,
    units: Mapping[str, Unit] = UNITS,
) -> str:
    """Format a target with its comparator: 不少于3000个, at least 3,000 places.

    ``noun`` and ``units`` are as for :func:`format_quantity`.

    >>> from minsheng import parse_quantity
    >>> target = parse_quantity("不少于3000个")
    >>> format_target(target), format_target(target, locale="en", noun="places")
    ('不少于3000个', 'at least 3,000 places')

    Chinese puts a denominator first: 每千名常住人口不少于4.5个.

    Raises:
        ArgumentError: ``quantity`` is not a Quantity.
        LocaleError: a locale minsheng does not serve.

    """
    expect(quantity, Quantity, "quantity", "format_target")
    expect(units, Mapping, "units", "format_target")
    if noun is not None:
        expect(noun, str, "noun", "format_target")
    locale = served(locale)
    if quantity.comparator is None:
        return _quantity_text(quantity, locale, noun, units)
    template = locale.gettext(COMPARATOR_TEMPLATES[quantity.comparator])
    if locale.english or not quantity.per:
        return template.format(quantity=_quantity_text(quantity, locale, noun, units))
    bare = attrs.evolve(quantity, per=())
    pers = "".join(_zh_per(p, locale) for p in quantity.per)
    return pers + template.format(quantity=_quantity_text(bare, locale, None, units))


_LARGEST_RATIO = 99  # the exponent of the largest ratio format_percent shows


@own_context
def format_percent(ratio: Decimal, *, locale: str | Locale = "zh-Hans", places: int = 1) -> str:
    """Format a ratio as a percentage, rounded half up: 1.23625 is 123.6%.

    Raises:
        ArgumentError: ``ratio`` is no Decimal, or ``places`` no integer.
        InvalidValueError: ``ratio`` is not finite or is 1E+100 or more, or ``places`` not 0–6.
        LocaleError: a locale minsheng does not serve.

    """
    expect(ratio, Decimal, "ratio", "format_percent")
    expect(places, int, "places", "format_percent")
    # a ratio of 1E+999999 overflowed the decimal context: no ratio is that large
    if not ratio.is_finite() or ratio.adjusted() > _LARGEST_RATIO:
        raise InvalidValueError(
            msg(
                "format_percent() takes a finite ratio under 1E+{largest} in size, not {ratio}",
                largest=_LARGEST_RATIO + 1,
                ratio=clip(str(ratio)),
            )
        )
    if not 0 <= places <= MAX_FRACTION_DIGITS:
        raise InvalidValueError(
            msg(
                "format_percent() takes 0 to {most} places, not {places}",
                most=MAX_FRACTION_DIGITS,
                places=places,
            )
        )
    with localcontext() as context:  # every digit of the ratio, times 100
        context.prec = max(context.prec, len(ratio.as_tuple().digits) + 2)
        percent = ratio.scaleb(2)
    return _grouped(percent, places, served(locale)) + "%"


@own_context
def format_attainment(result: MetricResult, *, locale: str | Locale = "zh-Hans") -> str:
    """Format a metric's attainment ratio; a range where the figures allow one.

    An approximate outcome (5100余) or a range (9000至9500) shows its range,
    170.0%–173.3%, and so does a rounded one whose range straddles the target (2.6万 against 26000:
    98.1%–101.9%, undetermined); another rounded or exact one the ratio of
    its printed values; readings of an ambiguous source that disagree, the
    range of all of them.  No ratio shows as ``—``.

    Raises:
        ArgumentError: ``result`` is not a MetricResult.
        LocaleError: a locale minsheng does not serve.

    """
    expect(result, MetricResult, "result", "format_attainment")
    locale = served(locale)
    interval = result.attainment
    if interval is None:
        return "—"
    if result.ratio is None:
        low = format_percent(interval.low, locale=locale)
        return f"{low}–{format_percent(interval.high, locale=locale)}"
    actual = result.metric.actual
    ranged = actual is not None and (
        actual.approximation in (Approximation.MORE_THAN, Approximation.ABOUT)
        or actual.upper is not None  # 9000至9500个: a published range (it showed 9000's)
        or result.status is Status.UNDETERMINED  # 2.6万 against 26000: which side?
    )
    low = format_percent(interval.low, locale=locale)
    high = format_percent(interval.high, locale=locale)
    if ranged and low != high:
        return f"{low}–{high}"
    return format_percent(result.ratio, locale=locale)


@own_context
def format_difference(result: MetricResult, *, locale: str | Locale = "zh-Hans") -> str:
    """Format actual − target: +5.12 pp, +2,100, +383.39 km; ``—`` if none.

    Raises:
        ArgumentError: ``result`` is not a MetricResult.
        LocaleError: a locale minsheng does not serve.

    """
    expect(result, MetricResult, "result", "format_difference")
    locale = served(locale)
    if result.difference is None:
        return "—"
    difference = result.difference
    sign = "+" if difference > 0 else ("−" if difference < 0 else "±")
    # two places, or as many as the figures print (0.000001 against 0.000003 is
    # −0.000002, not −0.00)
    figures = (result.metric.target, result.metric.actual)
    printed = max((q.decimals for q in figures if q is not None), default=0)
    places = min(_places(difference), max(2, printed))
    if difference and not _round(difference.copy_abs(), places):
        # a difference that the places would round to nothing (1 km against 1001 m is
        # 0.001 km): as many as show it, to six (a figure's most)
        places = min(_places(difference), 6)
    if result.difference_unit == "pp":
        number = _grouped(difference.copy_abs(), places, locale)
        label = locale.gettext("pp")
        return f"{sign}{number} {label}" if locale.english else f"{sign}{number}{label}"
    magnitude = difference.copy_abs()
    actual = result.metric.actual
    multiplier, decimals = 0, places
    if actual is not None and not locale.english and actual.multiplier:
        # Print the difference as the outcome was printed: +13.47万人.
        mantissa = magnitude.scaleb(-actual.multiplier)
        if _places(mantissa) <= actual.decimals:
            multiplier, decimals = actual.multiplier, _places(mantissa)
    try:
        quantity = Quantity(_round(magnitude, places), result.difference_unit, multiplier, decimals)
    except InvalidValueError:  # past a figure's limits (1E+20 less 0.000001): as a number
        number = _grouped(magnitude, places, locale)
        one = _quantity_text(Quantity(Decimal(1), result.difference_unit), locale)
        unit = one.removeprefix(
            "1"
        ).strip()  # the unit's own words: 个, km (none for 个 in English)
        return f"{sign}{number} {unit}".rstrip() if locale.english else f"{sign}{number}{unit}"
    return sign + _quantity_text(quantity, locale)


STATUS_LABELS = {
    Status.MET: _("met"),
    Status.NOT_MET: _("not met"),
    Status.UNDETERMINED: _("undetermined"),
    Status.NO_TARGET: _("no target"),
    Status.NO_OUTCOME: _("no outcome yet"),
    Status.EVIDENCE: _("by evidence"),
}
"""The name of each status, untranslated."""


@own_context
def format_status(status: Status, *, locale: str | Locale = "zh-Hans") -> str:
    """Name a status in ``locale``: met, 已达成, 已達成.

    Raises:
        ArgumentError: ``status`` is not a Status.
        LocaleError: a locale minsheng does not serve.

    """
    expect(status, Status, "status", "format_status")
    return served(locale).gettext(STATUS_LABELS[status])


@own_context
def format_date(date: dt.date, *, locale: str | Locale = "zh-Hans") -> str:
    """Format a date: 2026年2月3日, February 3, 2026.

    Raises:
        ArgumentError: ``date`` is not a date.
        LocaleError: a locale minsheng does not serve.

    """
    expect(date, dt.date, "date", "format_date")
    from minsheng._dates import long_date  # noqa: PLC0415 - babel loads on first use

    return long_date(date, _babel_locale(served(locale).tag))


@own_context
def format_text(text: Text, *, locale: str | Locale = "zh-Hans", mark: bool = True) -> str:
    """Pick the text for ``locale``; an unofficial English translation ends in ``*``.

    zh-Hans shows the Chinese as the source printed it; zh-Hant converts it to
    traditional characters where OpenCC is installed (the ``hant`` extra), as
    every dataset text is in zh-Hant.  ``mark=False`` leaves the ``*`` off, for labels
    that are not titles.

    Raises:
        ArgumentError: ``text`` is not a Text.
        LocaleError: a locale minsheng does not serve.

    """
    expect(text, Text, "text", "format_text")
    locale = served(locale)
    if locale.english and text.en is not None:
        return text.en if text.en_official or not mark else text.en + "*"
    return dataset_text(text.zh, locale)


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


@functools.cache
def _converter() -> _Converter | None:
    """OpenCC's simplified-to-traditional converter, or None where it is not installed."""
    try:
        import opencc  # noqa: PLC0415 - an optional extra
    except ImportError:
        return None
    converter: _Converter = opencc.OpenCC("s2tw")
    return converter


def converts_to_traditional() -> bool:
    """Whether zh-Hant output converts dataset text (OpenCC is installed)."""
    return _converter() is not None


def dataset_text(text: str, locale: str | Locale) -> str:
    """A dataset's Chinese text as ``locale`` shows it.

    Datasets keep text as the source printed it.  zh-Hant converts it with
    OpenCC, a maintained converter, where the ``hant`` extra is installed,
    and shows it as published otherwise; the reports say which.  The
    dataset, and a figure's ``phrase`` in the JSON report, stay as published.
    """
    if not served(locale).traditional or text.isascii() or _converter() is None:
        return text
    return _convert(text)


@functools.lru_cache(maxsize=4096)
def _convert(text: str) -> str:
    converter = _converter()
    return text if converter is None else converter.convert(text)
