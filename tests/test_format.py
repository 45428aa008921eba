"""Localized formatting: zh-Hans as published, zh-Hant, and English."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import minsheng
from minsheng._assess import assess_metric
from minsheng._format import (
    format_attainment,
    format_date,
    format_difference,
    format_percent,
    format_quantity,
    format_status,
    format_target,
    format_text,
)
from minsheng._locale import negotiate_locale
from tests.conftest import one_metric

q = minsheng.parse_quantity


@pytest.mark.parametrize(
    ("phrase", "zh_hans", "zh_hant", "en"),
    [
        ("19.78万个", "19.78万个", "19.78萬個", "197,800"),
        ("5100余个", "5100余个", "5100餘個", "more than 5,100"),
        ("2.6万个", "2.6万个", "2.6萬個", "26,000"),
        ("447.3万元", "447.3万元", "447.3萬元", "CN¥4,473,000"),
        ("95.12%", "95.12%", "95.12%", "95.12%"),
        ("583.39公里", "583.39公里", "583.39公里", "583.39 km"),
        ("1个工作日", "1个工作日", "1個工作日", "1 working day"),
        ("24小时", "24小时", "24小時", "24 hours"),
        ("约5000人", "约5000人", "約5000人", "about 5,000"),
        ("1.2万亿元", "1.2万亿元", "1.2萬億元", "CN¥1,200,000,000,000"),
        ("翻一番", "翻一番", "翻一番", "2×"),
        ("翻两番", "翻两番", "翻两番", "4×"),
        ("1.5倍", "1.5倍", "1.5倍", "1.5×"),
        ("三千余所", "3000余所", "3000餘所", "more than 3,000"),
        (
            "每千名常住人口婴幼儿托位达到4.5个",
            "每千名常住人口4.5个",
            "每千名常住人口4.5個",
            "4.5 per 1,000 residents",
        ),
    ],
)
def test_quantities(phrase: str, zh_hans: str, zh_hant: str, en: str) -> None:
    """Each figure reads as its locale expects; zh-Hans as it was published."""
    quantity = q(phrase)
    assert format_quantity(quantity) == zh_hans
    assert format_quantity(quantity, locale="zh-Hant") == zh_hant
    assert format_quantity(quantity, locale="en") == en


@pytest.mark.parametrize(
    ("phrase", "zh_hans", "en"),
    [
        ("不少于3000个", "不少于3000个", "at least 3,000"),
        ("超过5%", "超过5%", "more than 5%"),
        ("不超过2小时", "不超过2小时", "at most 2 hours"),
        ("低于5%", "低于5%", "less than 5%"),
        ("16万个", "16万个", "160,000"),
        (
            "每千名常住人口婴幼儿托位达到4.5个",
            "每千名常住人口不少于4.5个",
            "at least 4.5 per 1,000 residents",
        ),
    ],
)
def test_targets(phrase: str, zh_hans: str, en: str) -> None:
    """A target shows its comparator."""
    assert format_target(q(phrase)) == zh_hans
    assert format_target(q(phrase), locale="en") == en


def test_dates() -> None:
    """2026年2月3日; February 3, 2026."""
    day = dt.date(2026, 2, 3)
    assert format_date(day) == "2026年2月3日"
    assert format_date(day, locale="zh-Hant") == "2026年2月3日"
    assert format_date(day, locale="en") == "February 3, 2026"


def test_rounding_is_half_up() -> None:
    """1.23625 is 123.6%; 1.0005 is 100.1%, not the banker's 100.0%."""
    assert format_percent(Decimal("1.23625")) == "123.6%"
    assert format_percent(Decimal("1.0005"), locale="en") == "100.1%"
    assert format_percent(Decimal("0.00125"), places=2) == "0.13%"


def test_a_ratio_too_large_to_show_is_refused() -> None:
    """A hostile-input audit's: 1E+999999 raised decimal.Overflow, no minsheng error."""
    for ratio in ("1E+999999", "-1E+999999", "1E+100"):
        with pytest.raises(minsheng.InvalidValueError, match="under 1E\\+100 in size"):
            format_percent(Decimal(ratio))
    assert format_percent(Decimal("1E+99"), locale="en") == "100" + ",000" * 33 + ".0%"
    assert format_percent(Decimal("1E-999999")) == "0.0%"


def _result(target: str, actual: str, kind: minsheng.MetricKind) -> minsheng.MetricResult:
    metric = minsheng.Metric(
        "m",
        kind,
        minsheng.Text("对象"),
        direction=minsheng.Direction.HIGHER,
        target=q(target),
        actual=q(actual),
    )
    return assess_metric(metric)


def test_a_difference_at_the_figures_limits_is_printed() -> None:
    """A hostile-input audit's: a valid dataset whose difference rounded past 20 digits.

    The report printed nothing and exited 1; and a difference of −0.000002
    printed as −0.00 beside figures of six places.
    """
    import attrs

    metric = minsheng.Metric(
        "m",
        minsheng.MetricKind.COUNT,
        minsheng.Text("对象"),
        direction=minsheng.Direction.HIGHER,
        target=minsheng.Quantity(Decimal("0.000001"), "个", decimals=6),
        actual=minsheng.Quantity(Decimal("99999999999999999999.999999"), "个", decimals=6),
    )
    largest = assess_metric(metric)
    assert format_difference(largest, locale="en") == "+99,999,999,999,999,999,999.999998"
    tiny = _result("0.000003个", "0.000001个", minsheng.MetricKind.COUNT)
    assert format_difference(tiny, locale="en") == "−0.000002"
    assert format_difference(_result("3000个", "3100.5个", minsheng.MetricKind.COUNT)) == "+100.5个"
    past = attrs.evolve(largest, difference=Decimal("123456789012345678901.5"))
    assert format_difference(past, locale="en") == "+123,456,789,012,345,678,901.5"
    assert format_difference(past) == "+123,456,789,012,345,678,901.5个"
    # a review's: in the target's unit, a difference the places round to nothing
    kilometre = minsheng.Metric(
        "m",
        minsheng.MetricKind.COUNT,
        minsheng.Text("道路"),
        direction=minsheng.Direction.HIGHER,
        target=minsheng.Quantity(Decimal(1), "公里"),
        actual=minsheng.Quantity(Decimal(1001), "米"),
    )
    assert format_difference(assess_metric(kilometre), locale="en") == "+0.001 km"


def test_a_denominator_of_yuan_institution_is_not_guessed_in_english() -> None:
    """A draft trial's: 每院 of 敬老院 (a care home) printed "per hospital"."""
    assert format_quantity(q("每年每院5万元"), locale="en") == "CN¥50,000 per year per 院"


def test_a_rise_by_a_multiple_is_never_printed_as_a_doubling() -> None:
    """增长2倍 (three times the baseline) was printed 翻一番 (twice it)."""
    assert format_quantity(q("增长2倍")) == "2倍"
    assert format_quantity(q("增加一倍"), locale="zh-Hant") == "1倍"
    assert format_quantity(q("翻一番")) == "翻一番"  # a factor, as printed
    assert format_quantity(q("2倍")) == "翻一番"
    assert format_quantity(q("增长2倍"), locale="en") == "2×"  # the report says "up"


def test_attainment_and_difference() -> None:
    """A range for 余, a point for rounded figures; pp for rates."""
    ranged = _result("不少于3000个", "5100余个", minsheng.MetricKind.COUNT)
    assert format_attainment(ranged) == "170.0%–173.3%"
    assert format_difference(ranged, locale="en") == "+2,100"
    rate = _result("90%以上", "95.12%", minsheng.MetricKind.RATE)
    assert format_attainment(rate) == "105.7%"
    assert format_difference(rate, locale="en") == "+5.12 pp"
    assert format_difference(rate) == "+5.12个百分点"
    jobs = _result("16万个", "19.78万个", minsheng.MetricKind.COUNT)
    assert format_attainment(jobs) == "123.6%"
    assert format_difference(jobs) == "+3.78万个"
    # a rounded outcome that straddles its target shows why it is undetermined
    # (it showed 100.0% beside "the outcome's range straddles the target")
    straddling = _result("不少于26000个", "2.6万个", minsheng.MetricKind.COUNT)
    assert straddling.status is minsheng.Status.UNDETERMINED
    assert format_attainment(straddling, locale="en") == "98.1%–101.9%"
    assert format_attainment(_result("不少于20000个", "2.6万个", minsheng.MetricKind.COUNT)) == (
        "130.0%"
    )
    # a newcomer's: a published range showed its low end's ratio alone (112.5%)
    published = _result("不少于8000个", "9000至9500个", minsheng.MetricKind.COUNT)
    assert format_attainment(published, locale="en") == "112.5%–118.8%"


def test_statuses_in_three_locales() -> None:
    """Statuses come from the catalogs."""
    met = minsheng.Status.MET
    assert [format_status(met, locale=loc) for loc in ("zh-Hans", "zh-Hant", "en")] == [
        "已达成",
        "已達成",
        "met",
    ]


def test_unofficial_titles_are_marked() -> None:
    """An English translation that is not the government's ends in *."""
    title = minsheng.Text("昆明市", "Kunming")
    assert format_text(title, locale="en") == "Kunming*"
    assert format_text(title, locale="en", mark=False) == "Kunming"
    assert (
        format_text(minsheng.Text("昆明市", "Kunming", en_official=True), locale="en") == "Kunming"
    )
    assert format_text(title, locale="zh-TW") == "昆明市"


@pytest.mark.parametrize(
    ("tag", "served"),
    [
        ("zh-CN", "zh-Hans"),
        ("zh-Hans", "zh-Hans"),
        ("zh_CN.UTF-8", "zh-Hans"),
        ("zh-SG", "zh-Hans"),
        ("zh", "zh-Hans"),
        ("zh-TW", "zh-Hant"),
        ("zh-HK", "zh-Hant"),
        ("zh-Hant-TW", "zh-Hant"),
        ("zh_MO", "zh-Hant"),
        ("en", "en"),
        ("en-GB", "en"),
        ("en_US", "en"),
        ("EN-us", "en"),
        ("C", "en"),
        ("POSIX", "en"),
        ("C.UTF-8", "en"),
    ],
)
def test_locale_negotiation(tag: str, served: str) -> None:
    """BCP 47 tags and POSIX names fall back to a served locale; C and POSIX are English.

    As the environment's C locale is: ``--locale C`` was refused where ``LANG=C`` gave English.
    """
    assert negotiate_locale(tag) == served


@pytest.mark.parametrize("tag", ["fr", "ja-JP", "", "CN", "Cx"])
def test_unserved_locale_is_a_clear_error(tag: str) -> None:
    """A locale minsheng cannot serve raises LocaleError, which is a LookupError."""
    with pytest.raises(minsheng.LocaleError, match="use one of zh-Hans, zh-Hant, en"):
        negotiate_locale(tag)


@pytest.mark.parametrize(
    ("phrase", "zh_hans", "zh_hant", "en"),
    [
        ("3—5个", "3—5个", "3—5個", "3–5"),
        ("5至8万人", "5—8万人", "5—8萬人", "50,000–80,000"),
        ("三成至五成", "30—50%", "30—50%", "30–50%"),
    ],
)
def test_ranges_show_both_ends(phrase: str, zh_hans: str, zh_hant: str, en: str) -> None:
    """Regression: a range (3—5个) showed only its low end."""
    quantity = q(phrase)
    assert quantity.upper is not None
    assert format_quantity(quantity) == zh_hans
    assert format_quantity(quantity, locale="zh-Hant") == zh_hant
    assert format_quantity(quantity, locale="en") == en


@settings(max_examples=300, deadline=None)
@given(
    locale=st.sampled_from(["zh-Hans", "zh-Hant", "en"]),
    digits=st.integers(-(10**30), 10**30),
    exponent=st.integers(-12, 12),
    places=st.integers(0, 8),
)
def test_grouped_numbers_are_babel_own(
    locale: str, digits: int, exponent: int, places: int
) -> None:
    """Digits grouped by Python's format, with babel's symbols, are what babel's pattern prints."""
    from babel.numbers import parse_pattern

    from minsheng._format import _babel_locale, _grouped, _round
    from minsheng._locale import served

    value = Decimal(digits).scaleb(exponent)
    pattern = parse_pattern("#,##0" + ("." + "0" * places if places else ""))
    with localcontext() as context:  # babel normalizes in the context's digits
        context.prec = 100
        expected = pattern.apply(_round(value, places), _babel_locale(locale))
    if expected.lstrip("-").strip("0.,") == "":  # a zero: babel writes -0.00, minsheng 0.00
        expected = expected.lstrip("-")
    assert _grouped(value, places, served(locale)) == expected


@pytest.mark.parametrize("locale", ["zh-Hans", "zh-Hant", "en"])
def test_a_negative_number_that_rounds_to_zero_has_no_sign(locale: str) -> None:
    """Regression: format_percent(Decimal("-0.0001")), -0.01 %, printed -0.0%."""
    assert format_percent(Decimal("-0.0001"), locale=locale) == "0.0%"
    assert format_percent(Decimal("-0"), locale=locale) == "0.0%"
    assert format_percent(Decimal("-0.0006"), locale=locale) == "-0.1%"


def test_a_wide_difference_prints_as_the_report_data_has_it() -> None:
    """Review: a 32-digit exact difference printed rounded to 28 digits, unlike the JSON."""
    import json

    document = one_metric(
        {
            "kind": "physical",
            "direction": "higher",
            "target": {
                "value": "0.000001",
                "unit": "平方米",
                "decimals": 6,
                "approximation": "rounded",
                "derivation": "x",
            },
            "actual": {
                "value": "12345678901234567890.123456",
                "unit": "平方公里",
                "decimals": 6,
                "approximation": "rounded",
                "derivation": "x",
            },
        }
    )
    assessment = minsheng.assess(minsheng.loads(json.dumps(document, ensure_ascii=False)))
    result = assessment.projects[0].metrics[0]
    assert result.difference == Decimal("12345678901234567890123455.999999")
    assert format_difference(result, locale="en") == "+12,345,678,901,234,567,890,123,455.999999 m²"
    data = minsheng.report_data(assessment)["projects"][0]["metrics"][0]
    assert data["difference"] == "12345678901234567890123455.999999"
