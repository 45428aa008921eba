"""The model: invariants at construction, lookups, intervals and units."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import attrs
import pytest

import minsheng
from minsheng import Approximation as A
from minsheng import Quantity

D = Decimal


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Quantity(D("NaN"), "个"), "value must be a finite decimal"),
        (lambda: Quantity(D(1), "个", multiplier=5), "multiplier must be one of 0, 2, 3, 4, 8, 12"),
        (lambda: Quantity(D(1), "个", decimals=-1), "decimals must not be negative"),
        # each was a TypeError or an AttributeError, or let a float or 1e40 in
        (lambda: Quantity(D(1), "个", upper=1.5), "upper must be a finite decimal, not 1.5"),  # type: ignore[arg-type]
        (lambda: Quantity(D(1), "个", upper=D("1e40")), "upper must have at most 20 digits"),
        (lambda: Quantity(D(1), "个", multiplier=4.0), "multiplier must be an integer, not 4.0"),  # type: ignore[arg-type]
        (lambda: Quantity(D(1), "个", decimals=1.5), "decimals must be an integer, not 1.5"),  # type: ignore[arg-type]
        (lambda: Quantity(D(1), "个", decimals=True), "decimals must be an integer, not True"),
        (
            lambda: Quantity(D("197850"), "个", multiplier=4, decimals=2),
            "value 197850 does not fit multiplier 4 with 2 decimals: it must be a multiple of 100",
        ),
        (lambda: minsheng.Per(D(0), "人"), "a denominator must be positive"),
        (lambda: minsheng.Text("  "), "zh must not be empty"),
        (
            lambda: minsheng.Jurisdiction(
                "Kun Ming", minsheng.Text("昆明"), "530100", minsheng.Text("云南")
            ),
            "slug must be lower-case letters",
        ),
        (
            lambda: minsheng.Jurisdiction(
                "kunming", minsheng.Text("昆明"), "53010", minsheng.Text("云南")
            ),
            "division_code must be a six-digit GB/T 2260 code",
        ),
        (
            lambda: minsheng.Metric(
                "m", minsheng.MetricKind.COUNT, minsheng.Text("x"), target=Quantity(D(1), "个")
            ),
            "metric 'm' has a numeric target, so it needs a direction",
        ),
        (
            lambda: minsheng.Project(0, minsheng.Text("x"), (minsheng.Category.OTHER,)),
            "project numbers start at 1",
        ),
        (lambda: minsheng.BallotEntry(0, 1), "ranks and project numbers start at 1"),
        (lambda: minsheng.BallotEntry(1, 1, votes=-3), "votes must not be negative"),
        (
            lambda: minsheng.Ballot("body", minsheng.RankingMethod.NOT_STATED, congress=0),
            "congress starts at 1",
        ),
    ],
)
def test_invariants_hold_at_construction(build: Any, message: str) -> None:
    """A bad value raises InvalidValueError, a MinshengError and a ValueError, at once."""
    with pytest.raises(minsheng.InvalidValueError, match=re.escape(message)) as info:
        build()
    assert isinstance(info.value, ValueError)
    assert info.value.code == "invalid-value"


def _program(**changes: Any) -> minsheng.Program:
    fields: dict[str, Any] = {
        "jurisdiction": minsheng.Jurisdiction(
            "testville", minsheng.Text("测试市"), "190100", minsheng.Text("测试省")
        ),
        "year": 2025,
        "stage": minsheng.Stage.VOTED,
        "as_of": dt.date(2025, 2, 1),
        "sources": (minsheng.Source("notice", "p", "t", dt.date(2025, 2, 1)),),
        "projects": (minsheng.Project(1, minsheng.Text("一"), (minsheng.Category.OTHER,)),),
    }
    fields.update(changes)
    return minsheng.Program(**fields)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"year": 1900}, "year must be between 1949 and 2999"),
        ({"sources": ()}, "a program needs at least one source"),
        ({"revision": 0}, "revision starts at 1"),
    ],
)
def test_program_invariants(changes: dict[str, Any], message: str) -> None:
    """A program has a plausible year, a source and a revision from 1."""
    with pytest.raises(minsheng.InvalidValueError, match=message):
        _program(**changes)


def test_lookups() -> None:
    """project(), metric() and source() find by key; otherwise a NotFoundError, a KeyError too.

    Regression: a bare KeyError, which ``except MinshengError`` missed, with the
    key unclipped.
    """
    program = _program()
    assert program.key == "testville/2025"
    assert program.project(1).title == minsheng.Text("一")
    assert program.source().id == program.source("notice").id == "notice"
    # each says what there is (a newcomer's: project(99) did not say 1–10 exist)
    with pytest.raises(
        minsheng.NotFoundError, match=r"^testville/2025 has no project 2; its projects: 1$"
    ):
        program.project(2)
    with pytest.raises(
        KeyError,
        match=r"^testville/2025 has no source 'x+… \(1002 characters\); its sources: notice$",
    ):
        program.source("x" * 1000)
    with pytest.raises(
        minsheng.MinshengError, match=r"^project 1 has no metric 'nope'; its metrics: —$"
    ):
        program.project(1).metric("nope")


def test_errors_render_in_every_locale() -> None:
    """An invariant's message translates; its English stays the exception's text."""
    with pytest.raises(minsheng.InvalidValueError) as info:
        minsheng.BallotEntry(1, 1, votes=-3)
    assert str(info.value) == "votes must not be negative, not -3"
    from minsheng._locale import served

    assert info.value.render(served("zh-Hans").gettext) == "得票数不能为负数，而非-3"


@pytest.mark.parametrize(
    ("quantity", "low", "high", "low_closed", "high_closed"),
    [
        (Quantity(D(4712), "名"), "4712", "4712", True, True),
        (Quantity(D(197800), "个", 4, 2, A.ROUNDED), "197750", "197850", True, True),
        (Quantity(D(5100), "个", approximation=A.MORE_THAN), "5100", "5200", True, False),
        (Quantity(D(3000), "所", 3, approximation=A.MORE_THAN), "3000", "4000", True, False),
        (Quantity(D(5000), "人", approximation=A.ABOUT), "4500", "5500", True, True),
        (Quantity(D(5100), "人", approximation=A.ABOUT), "5050", "5150", True, True),
        (
            Quantity(D("95.12"), "%", decimals=2, approximation=A.ROUNDED),
            "95.115",
            "95.125",
            True,
            True,
        ),
    ],
)
def test_intervals(
    quantity: Quantity, low: str, high: str, low_closed: bool, high_closed: bool
) -> None:
    """Each approximation stands for the interval DOMAIN.md describes."""
    interval = quantity.interval
    assert (interval.low, interval.high) == (D(low), D(high))
    assert (interval.low_closed, interval.high_closed) == (low_closed, high_closed)
    assert quantity.value in interval


def test_interval_membership_respects_open_ends() -> None:
    """[5100, 5200) holds 5100 and 5199.99, not 5200."""
    interval = Quantity(D(5100), "个", approximation=A.MORE_THAN).interval
    assert D(5100) in interval
    assert D("5199.99") in interval
    assert D(5200) not in interval
    assert not interval.is_point


def test_precision_properties() -> None:
    """19.78万 has mantissa 19.78, step 100 and four significant digits."""
    q = Quantity(D(197800), "个", 4, 2, A.ROUNDED, phrase="19.78万个")
    assert (q.mantissa, q.step, q.significant_digits) == (D("19.78"), D(100), 4)
    assert not q.is_derived
    assert Quantity(D(230), "条", derivation="245 − 15").is_derived
    # a review's: a blank derivation was marked † "derived" beside a provenance warning
    assert not Quantity(D(230), "条", derivation="").is_derived
    assert not Quantity(D(230), "条", derivation="  ").is_derived


@pytest.mark.parametrize(
    ("a", "b", "comparable"),
    [
        ("个", "个", True),
        ("人", "人次", False),
        ("所", "个", True),
        ("人", "个", False),
        ("人（户）", "户", True),
        ("户", "人（户）", True),
        ("人（户）", "名", True),  # people are 人, 名 or 位 alike
        ("位", "人（户）", True),
        ("人（户）", "人次", False),
        ("天", "小时", True),
        ("个工作日", "天", False),
        ("公里", "米", True),
        ("公里", "元", False),
        ("%", "倍", False),
    ],
)
def test_units_compare_within_their_kind(a: str, b: str, comparable: bool) -> None:
    """Classifiers of different things never compare; physical units within a dimension do."""
    assert minsheng.UNITS[a].comparable_with(minsheng.UNITS[b]) is comparable


def test_units_are_immutable() -> None:
    """The registry cannot be changed by accident."""
    with pytest.raises(TypeError):
        minsheng.UNITS["块"] = minsheng.UNITS["个"]  # type: ignore[index]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        minsheng.UNITS["个"].en = "piece"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("code", "said"),
    [("999999", "whose first digit (the region) is 1 to 8"), ("53010", "six-digit")],
)
def test_a_division_code_says_what_is_wrong_with_it(code: str, said: str) -> None:
    """Regression: 999999 was told to be six digits, which it is."""
    with pytest.raises(minsheng.InvalidValueError, match=re.escape(said)):
        minsheng.Jurisdiction("x", minsheng.Text("新城市"), code, province=minsheng.Text("云南省"))


def test_a_unit_factor_is_an_int_or_a_decimal_above_zero() -> None:
    """Regression: factor=2 raised AttributeError, and factor 0 made assessment divide by zero."""

    def unit(factor: object) -> minsheng.Unit:
        kind = minsheng.UnitKind.PHYSICAL
        return minsheng.Unit("亩地", kind, "mu", "mu", "畝地", "area", factor)  # type: ignore[arg-type]

    assert unit(2).factor == 2
    assert unit(Decimal(1) / 60).factor == Decimal(1) / 60  # a quotient: finer than a file's
    for factor in (2.0, True, Decimal("NaN"), Decimal(0), -1):
        with pytest.raises(minsheng.InvalidValueError, match="factor"):
            unit(factor)
    # a review's: 10¹⁰⁰ passed, and export raised decimal.InvalidOperation
    for factor in (Decimal("1E+100"), 10**20, Decimal("1E-7")):
        with pytest.raises(minsheng.InvalidValueError, match=r"at least 0\.000001 and below 10"):
            unit(factor)
