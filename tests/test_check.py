"""Checks of a structured program: references, ballots, sums and phrases."""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import minsheng
from minsheng._assess import assess_metric
from minsheng._errors import InvalidValueError
from minsheng._phrases import _agrees, _disagreements, phrase_disagreements
from tests.conftest import ROOT, one_metric
from tests.strategies import few_programs, programs, quantities


def _kunming_2025() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        (ROOT / "datasets" / "kunming" / "2025.json").read_text(encoding="utf-8")
    )
    return document


def _load_problems(document: dict[str, Any]) -> list[tuple[str, str, str]]:
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.loads(json.dumps(document, ensure_ascii=False), file="k.json")
    return [(p.code, p.path, p.message) for p in info.value.problems]


def _metric(document: dict[str, Any], project: int, metric: int) -> dict[str, Any]:
    found: dict[str, Any] = document["projects"][project]["metrics"][metric]
    return found


Edit = Callable[[dict[str, Any]], object]

REFERENCE_EDITS: dict[str, tuple[Edit, tuple[str, str, str]]] = {
    "duplicate-source": (
        lambda d: d["sources"].append(copy.deepcopy(d["sources"][0])),
        ("reference", "$.sources", "source id 'kunming-daily-2026-02-03-report' repeats"),
    ),
    "duplicate-project": (
        lambda d: d["projects"][1].update(number=1),
        ("reference", "$.projects", "project number 1 repeats"),
    ),
    "duplicate-metric": (
        lambda d: _metric(d, 0, 1).update(id="kindergarten-places"),
        ("reference", "$.projects[0].metrics", "metric id 'kindergarten-places' repeats"),
    ),
    "unknown-increment": (
        lambda d: _metric(d, 6, 1).update(increment="nope"),
        ("reference", "$.projects[6].metrics[1].increment", "no such metric in this project"),
    ),
    "increment-on-an-increment": (
        lambda d: _metric(d, 6, 0).update(increment="green-wave-areas-added"),
        (
            "reference",
            "$.projects[6].metrics[0].increment",
            "only a level metric can name its increment metric",
        ),
    ),
    "increment-on-itself": (
        lambda d: _metric(d, 6, 1).update(increment=_metric(d, 6, 1)["id"]),
        (
            "reference",
            "$.projects[6].metrics[1].increment",
            "a metric cannot be its own increment",
        ),
    ),
    "unknown-source": (
        lambda d: _metric(d, 0, 0)["actual"].update(source="elsewhere"),
        ("reference", "$.projects[0].metrics[0].actual.source", "no such source"),
    ),
    "unknown-evidence-source": (
        lambda d: _metric(d, 1, 5)["evidence"].update(source="elsewhere"),
        ("reference", "$.projects[1].metrics[5].evidence.source", "no such source"),
    ),
    "unknown-ballot-source": (
        lambda d: d["ballot"].update(source="elsewhere"),
        ("reference", "$.ballot.source", "no such source"),
    ),
    "unregistered-unit": (
        lambda d: _metric(d, 0, 0)["actual"].update(unit="块"),
        ("reference", "$.projects[0].metrics[0].actual.unit", "unit is not registered"),
    ),
    "unregistered-per-unit": (
        lambda d: _metric(d, 1, 9)["target"]["per"][0].update(unit="只羊"),
        ("reference", "$.projects[1].metrics[9].target.per[0].unit", "unit is not registered"),
    ),
    "missing-unit": (
        lambda d: _metric(d, 0, 0)["actual"].update(unit=None),
        ("missing", "$.projects[0].metrics[0].actual.unit", "a dataset figure needs a unit"),
    ),
}


def test_a_derivation_in_the_printed_unit_comes_to_the_value() -> None:
    """A sum in 万 (10 + 9.78 of 19.78万) is the value as printed: no derivation error."""
    document = _kunming_2025()
    (jobs,) = [m for p in document["projects"] for m in p["metrics"] if m["id"] == "jobs-offered"]
    jobs["actual"]["derivation"] = "10 + 9.78: two districts' figures, in 万"
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    assert "derivation" not in {p.code for p in minsheng.check(program)}
    jobs["actual"]["derivation"] = "10 + 9.7: two districts' figures, in 万"
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    assert "derivation" in {p.code for p in minsheng.check(program)}


def test_a_text_in_the_wrong_field_says_which_fault() -> None:
    """A newcomer's: Chinese in an English field was told of three faults at once."""
    document = _kunming_2025()
    title = document["projects"][2]["title"]
    title.update(en=title["zh"])
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    (found,) = [p for p in minsheng.check(program) if p.path == "$.projects[2].title.en"]
    assert str(found.message) == "Chinese characters in it: the Chinese in the English field?"
    title.update(en=" Spaces ")
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    (found,) = [p for p in minsheng.check(program) if p.path == "$.projects[2].title.en"]
    assert str(found.message).startswith("spaces around it")


def test_a_unit_with_a_magnitude_says_where_the_magnitude_goes() -> None:
    """A newcomer's 万元 was told only that the unit is not registered."""
    document = _kunming_2025()
    _metric(document, 0, 0)["actual"].update(unit="万元")
    with pytest.raises(minsheng.DatasetError) as raised:
        minsheng.loads(json.dumps(document, ensure_ascii=False))
    (found,) = [p for p in raised.value.problems if p.path.endswith("actual.unit")]
    assert str(found.expected) == "元 with multiplier 4: 万元 is a magnitude and a unit"
    _metric(document, 0, 0)["actual"].update(unit="万只羊")  # 只羊 is no unit: no hint
    with pytest.raises(minsheng.DatasetError) as raised:
        minsheng.loads(json.dumps(document, ensure_ascii=False))
    (found,) = [p for p in raised.value.problems if p.path.endswith("actual.unit")]
    assert "minsheng.UNITS" in str(found.expected)


@pytest.mark.parametrize("name", sorted(REFERENCE_EDITS))
def test_reference_problems_stop_the_load(name: str) -> None:
    """A broken reference is a DatasetError at load, with its path: never half-loaded."""
    edit, expected = REFERENCE_EDITS[name]
    document = _kunming_2025()
    edit(document)
    assert expected in _load_problems(document)


BALLOT_EDITS: dict[str, tuple[list[tuple[int, int, int | None]], bool, str]] = {
    "gap": ([(1, 1, None), (3, 2, None)], False, "ranks must run 1..n without gaps or repeats"),
    "ranked-twice": ([(1, 1, None), (2, 1, None)], False, "project 1 is ranked twice"),
    "no-such-project": ([(1, 11, None)], False, "no such project"),
    "unpublished-votes": (
        [(1, 1, 90)],
        False,
        "a vote count is given but counts_published is false",
    ),
    "rising-votes": (
        [(1, 1, 80), (2, 2, 90)],
        True,
        "ranked by votes, but the vote counts do not fall with rank",
    ),
}


@pytest.mark.parametrize("name", sorted(BALLOT_EDITS))
def test_ballot_problems(name: str) -> None:
    """Ranks run 1..n, name real projects once, and agree with published votes."""
    entries, published, message = BALLOT_EDITS[name]
    document = json.loads((ROOT / "datasets" / "kunming" / "2026.json").read_text(encoding="utf-8"))
    document["ballot"]["entries"] = [{"rank": r, "project": p, "votes": v} for r, p, v in entries]
    document["ballot"]["counts_published"] = published
    assert message in [m for _, _, m in _load_problems(document)]


def test_consistency_components_must_sum() -> None:
    """Components that do not add up to their total are reported."""
    document = _kunming_2025()
    _metric(document, 5, 0)["components"][0]["target"].update(value="9", phrase="9家")
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    problems = [(p.code, p.path, p.message) for p in minsheng.check(program)]
    assert (
        "consistency",
        "$.projects[5].metrics[0].target",
        "components sum to 30, not 29",
    ) in problems


def _errors(program: minsheng.Program) -> list[minsheng.Problem]:
    return [p for p in minsheng.check(program) if p.severity == "error"]


def test_phrase_that_cannot_be_read() -> None:
    """An unreadable phrase is a problem of its own, with the position."""
    document = _kunming_2025()
    _metric(document, 0, 0)["actual"].update(phrase="five thousand")
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    (problem,) = _errors(program)
    assert problem.code == "phrase"
    assert problem.message.startswith("the phrase cannot be read: no figure found")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("approximation", "exact", "approximation is exact but the phrase says more-than"),
        ("comparator", ">=", "comparator is >= but the phrase says null"),
        ("unit", "所", "unit is 所 but the phrase says 个"),
        (  # denominators are written as validate's other messages write them
            "per",
            [{"amount": "1000", "unit": "名", "subject": "常住人口"}],
            "per is 1000名常住人口 but the phrase says -",
        ),
    ],
)
def test_phrase_disagreements(field: str, value: object, message: str) -> None:
    """Each part of a figure is checked against its phrase."""
    document = _kunming_2025()
    _metric(document, 0, 0)["actual"][field] = value
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    assert [p.message for p in minsheng.check(program) if p.code == "phrase"] == [
        f"{message} ('5100余个')"
    ]


def test_a_sign_in_the_phrase_is_checked_against_the_value() -> None:
    """增长-2.5% is -2.5: the signed value agrees with it, the unsigned one does not."""
    document = _kunming_2025()
    _metric(document, 0, 0)["actual"].update(
        value="-2.5", unit="%", decimals=1, approximation="rounded", phrase="增长-2.5%"
    )
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    assert [p for p in minsheng.check(program) if p.code == "phrase"] == []
    _metric(document, 0, 0)["actual"]["value"] = "2.5"
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    assert [p.message for p in minsheng.check(program) if p.code == "phrase"] == [
        "value is 2.5 but the phrase says -2.5 ('增长-2.5%')"
    ]


_PHRASE_FIELDS = ("value", "multiplier", "decimals", "comparator", "unit", "approximation")
_READINGS = (minsheng.Approximation.EXACT, minsheng.Approximation.ROUNDED)


@st.composite
def _readings(
    draw: st.DrawFn,
) -> tuple[minsheng.Quantity, minsheng.Quantity, minsheng.Comparator | None]:
    """A figure, a reading of its phrase and an implied comparator.

    The reading differs from the figure in a few parts or none, and each case
    that the checks tell apart is drawn often.
    """
    figure, other = draw(quantities()), draw(quantities())
    if draw(st.booleans()):  # a plain figure that the dataset reads as exact or rounded
        figure = attrs.evolve(figure, approximation=draw(st.sampled_from(_READINGS)))
    changed = draw(st.sets(st.sampled_from(_PHRASE_FIELDS), max_size=2))
    changes: dict[str, Any] = {name: getattr(other, name) for name in changed}
    if draw(st.booleans()):
        changes["approximation"] = draw(st.sampled_from(_READINGS))
    if draw(st.integers(0, 3)) == 0:
        changes["unit"] = None  # a phrase that names no unit
    if draw(st.integers(0, 2)) == 0:
        changes["comparator"] = None  # a bare phrase
    per = draw(st.sampled_from(["same", "spoken", "other"]))
    if per == "spoken":  # the same denominators, without their English names
        changes["per"] = tuple(attrs.evolve(p, en=None) for p in figure.per)
    elif per == "other":
        changes["per"] = other.per
    implied = draw(st.sampled_from([None, figure.comparator, *minsheng.Comparator]))
    try:
        return figure, attrs.evolve(figure, **changes), implied
    except InvalidValueError:  # a value that its multiplier and decimals do not allow
        return figure, figure, implied


@given(_readings())
def test_the_quick_phrase_test_agrees_with_the_explaining_one(
    reading: tuple[minsheng.Quantity, minsheng.Quantity, minsheng.Comparator | None],
) -> None:
    """A figure agrees with its phrase by the quick test exactly when no part disagrees."""
    figure, parsed, implied = reading
    comparator = (
        implied if parsed.comparator is None and figure.comparator == implied else parsed.comparator
    )
    explained = _disagreements(figure, parsed, comparator)
    assert _agrees(figure, parsed, comparator) is (explained == [])
    assert phrase_disagreements(figure, parsed, implied) == explained


@pytest.mark.parametrize(
    ("stated", "implied", "disagrees"),
    [
        (">=", ">=", False),  # 确保 at the head of a list: the phrase says no comparator
        (None, ">=", False),
        (">=", None, True),  # nothing implies it: the phrase contradicts it
        ("<=", ">=", True),  # not the comparator implied
        (">", ">=", True),
    ],
)
def test_a_comparator_that_the_direction_implies_agrees_with_a_bare_phrase(
    stated: str | None, implied: str | None, disagrees: bool
) -> None:
    """A bare phrase (3000个) agrees with the stated comparator only where it is implied."""
    parsed = minsheng.parse_quantity("3000个")
    figure = attrs.evolve(
        parsed, comparator=None if stated is None else minsheng.Comparator(stated)
    )
    implication = None if implied is None else minsheng.Comparator(implied)
    assert bool(phrase_disagreements(figure, parsed, implication)) is disagrees


def test_a_target_may_be_read_as_exact_or_rounded() -> None:
    """不少于2.6万 is a bound: exact or rounded, neither contradicts the phrase."""
    document = _kunming_2025()
    _metric(document, 0, 1)["target"].update(
        value="26000", multiplier=4, decimals=1, phrase="2.6万个", comparator=None
    )
    for reading in ("exact", "rounded"):
        _metric(document, 0, 1)["target"]["approximation"] = reading
        program = minsheng.loads(json.dumps(document, ensure_ascii=False))
        assert _errors(program) == []


def test_an_outcome_printed_rounded_must_be_recorded_rounded() -> None:
    """Regression: 2.6万个 recorded as exact passed the phrase check; now it is an error."""
    document = _kunming_2025()
    _metric(document, 0, 1)["actual"]["approximation"] = "exact"
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    assert [(p.code, p.path) for p in _errors(program)] == [
        ("rounded-unmarked", "$.projects[0].metrics[1].actual.approximation")
    ]


# Semantic checks, on a small hand-made program: one metric at a time.


def _q(value: str, unit: str, **extra: Any) -> dict[str, Any]:
    return {"value": value, "unit": unit, **extra}


def _findings(document: dict[str, Any]) -> list[tuple[str, str, str]]:
    """What check finds in a hand-made program, but provenance.

    The programs here carry figures without phrases, to test one check at a
    time; test_a_figure_tied_to_no_source_is_a_warning tests that one.
    """
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    found = minsheng.check(program)
    return [(p.code, p.severity, p.path) for p in found if p.code != "provenance"]


def test_a_figure_tied_to_no_source_is_a_warning() -> None:
    """A second semantic review's: an outcome with neither phrase nor derivation passed.

    It was assessed met, with no phrase check and no † mark.
    """
    document = _kunming_2025()
    _metric(document, 0, 0)["actual"] = {"value": "5100", "unit": "个"}
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    found = [(p.code, p.severity, p.path) for p in minsheng.check(program)]
    assert ("provenance", "warning", "$.projects[0].metrics[0].actual") in found
    # a third semantic review's: a target of 300 with no phrase, where the statement
    # says 不少于3000个, was met at 1,700 %
    _metric(document, 0, 0)["target"] = {"value": "300", "unit": "个", "comparator": ">="}
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    found = [(p.code, p.severity, p.path) for p in minsheng.check(program)]
    assert ("provenance", "warning", "$.projects[0].metrics[0].target") in found
    derived = {"value": "5100", "unit": "个", "derivation": "3000 + 2100, the two districts"}
    _metric(document, 0, 0)["actual"] = derived
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    paths = {p.path for p in minsheng.check(program) if p.code == "provenance"}
    assert paths == {"$.projects[0].metrics[0].target"}  # the derived outcome is tied
    # a fourth's: a blank derivation ties it to nothing either
    for blank in ("", " "):
        _metric(document, 0, 0)["actual"] = {**derived, "derivation": blank}
        program = minsheng.loads(json.dumps(document, ensure_ascii=False))
        paths = {p.path for p in minsheng.check(program) if p.code == "provenance"}
        assert "$.projects[0].metrics[0].actual" in paths, repr(blank)


M = "$.projects[0].metrics[0]"
COUNT_UP = {"kind": "count", "direction": "higher"}

SEMANTIC_CASES: dict[str, tuple[dict[str, Any], list[tuple[str, str, str]]]] = {
    "ge-against-bed": (
        {**COUNT_UP, "target": _q("100", "个"), "actual": _q("120", "床")},
        [("classifier-mismatch", "warning", f"{M}.actual.unit")],
    ),
    "vehicle-against-ge": (
        {**COUNT_UP, "target": _q("100", "辆"), "actual": _q("120", "个")},
        [("classifier-mismatch", "warning", f"{M}.actual.unit")],
    ),
    "person-or-household-names-household": (
        {**COUNT_UP, "target": _q("100", "人（户）"), "actual": _q("120", "户")},
        [],
    ),
    "person-or-household-names-ming": (  # 名 is 人: the same people
        {**COUNT_UP, "target": _q("100", "人（户）"), "actual": _q("120", "名")},
        [],
    ),
    "person-or-household-against-person-times": (
        {**COUNT_UP, "target": _q("100", "人（户）"), "actual": _q("120", "人次")},
        [("classifier-mismatch", "warning", f"{M}.actual.unit")],
    ),
    "ge-names-no-part-of-itself": (
        {**COUNT_UP, "target": _q("100", "个"), "actual": _q("120", "所")},
        [("classifier-mismatch", "warning", f"{M}.actual.unit")],
    ),
    "per-residents-against-per-households": (
        {
            "kind": "density",
            "direction": "higher",
            "target": _q("4.5", "个", decimals=1, per=[{"amount": "1000", "unit": "名"}]),
            "actual": _q(
                "4.8",
                "个",
                decimals=1,
                approximation="rounded",
                per=[{"amount": "1000", "unit": "户"}],
            ),
        },
        [("denominator-mismatch", "error", f"{M}.actual.per")],
    ),
    # a second semantic review's: periods were never compared (月 is a subject, 年 a unit)
    "per-person-a-month-against-a-year": (
        {
            "kind": "money",
            "direction": "higher",
            "target": _q(
                "600", "元", per=[{"amount": "1", "unit": "人"}, {"amount": "1", "subject": "月"}]
            ),
            "actual": _q(
                "650", "元", per=[{"amount": "1", "unit": "人"}, {"amount": "1", "unit": "年"}]
            ),
        },
        [("denominator-mismatch", "error", f"{M}.actual.per")],
    ),
    "a-day-against-a-month": (
        {
            **COUNT_UP,
            "target": _q("1500", "人次", per=[{"amount": "1", "unit": "日"}]),
            "actual": _q("1600", "人次", per=[{"amount": "1", "subject": "月"}]),
        },
        [("denominator-mismatch", "error", f"{M}.actual.per")],
    ),
    "per-households-against-per-population": (
        {
            "kind": "density",
            "direction": "higher",
            "target": _q("4.5", "个", decimals=1, per=[{"amount": "1000", "unit": "户"}]),
            "actual": _q(
                "4.75",
                "个",
                decimals=2,
                approximation="rounded",
                per=[{"amount": "1000", "subject": "人口"}],
            ),
        },
        [("denominator-mismatch", "error", f"{M}.actual.per")],
    ),
    # ... and the same denominators in another order or word were errors
    "per-person-a-year-in-either-order": (
        {
            "kind": "money",
            "direction": "higher",
            "target": _q(
                "600", "元", per=[{"amount": "1", "unit": "人"}, {"amount": "1", "unit": "年"}]
            ),
            "actual": _q(
                "650", "元", per=[{"amount": "1", "unit": "年"}, {"amount": "1", "unit": "人"}]
            ),
        },
        [],
    ),
    "ri-and-tian-are-one-day": (
        {
            **COUNT_UP,
            "target": _q("1500", "人次", per=[{"amount": "1", "unit": "日"}]),
            "actual": _q("1600", "人次", per=[{"amount": "1", "unit": "天"}]),
        },
        [],
    ),
    "per-thousand-people-however-printed": (
        {
            "kind": "density",
            "direction": "higher",
            "target": _q("4.5", "个", decimals=1, per=[{"amount": "1000", "unit": "名"}]),
            "actual": _q(
                "4.75",
                "个",
                decimals=2,
                approximation="rounded",
                per=[{"amount": "1000", "subject": "人口"}],
            ),
        },
        [],
    ),
    "per-thousand-residents-against-per-thousand-people": (
        {
            "kind": "density",
            "direction": "higher",
            "target": _q(
                "4.5",
                "个",
                decimals=1,
                per=[{"amount": "1000", "unit": "名", "subject": "常住人口"}],
            ),
            "actual": _q(
                "4.75",
                "个",
                decimals=2,
                approximation="rounded",
                per=[{"amount": "1000", "unit": "人"}],
            ),
        },
        [("denominator-wording", "warning", f"{M}.actual.per")],
    ),
    "a-rate-in-per-mille": (  # 婴儿死亡率控制在5‰以内: a rate, which kind-unit refused
        {
            "kind": "rate",
            "direction": "lower",
            "target": _q("5", "‰", comparator="<="),
            "actual": _q("4.2", "‰", decimals=1, approximation="rounded"),
        },
        [],
    ),
    "per-mille-against-percent": (  # a diff review's: 0.42% is 4.2‰, no error
        {
            "kind": "rate",
            "direction": "lower",
            "target": _q("5", "‰", comparator="<="),
            "actual": _q("0.42", "%", decimals=2, approximation="rounded"),
        },
        [],
    ),
    "an-age-against-years": (  # an age is no duration: 65岁 against 3年
        {
            "kind": "duration",
            "direction": "higher",
            "target": _q("65", "岁"),
            "actual": _q("3", "年"),
        },
        [("unit-mismatch", "error", f"{M}.actual.unit")],
    ),
    # durations that do not convert: undetermined, not an error (the shipped
    # pledge reads 压缩为1个工作日或即时办结, so an outcome in hours is no mistake)
    "hours-against-working-days": (
        {
            "kind": "duration",
            "direction": "lower",
            "target": _q("1", "个工作日", comparator="<="),
            "actual": _q("4", "小时"),
        },
        [("incomparable", "warning", f"{M}.actual.unit")],
    ),
    "days-against-months": (
        {
            "kind": "duration",
            "direction": "lower",
            "target": _q("3", "个月", comparator="<="),
            "actual": _q("60", "天"),
        },
        [("incomparable", "warning", f"{M}.actual.unit")],
    ),
    # a third semantic review's: 名 and 人 are the same people; 人次 never is
    "ming-against-ren": (
        {**COUNT_UP, "target": _q("2000", "名"), "actual": _q("2235", "人")},
        [],
    ),
    "visits-declared-people": (
        {
            **COUNT_UP,
            "target": _q("2000", "名"),
            "actual": _q("2235", "人次"),
            "equivalent_units": ["名", "人次"],
        },
        [("equivalent-units", "error", f"{M}.equivalent_units")],
    ),
    "events-and-sessions-declared": (  # a second diff review's: 11场 are 11场次
        {
            **COUNT_UP,
            "target": _q("10", "场"),
            "actual": _q("11", "场次"),
            "equivalent_units": ["场", "场次"],
        },
        [],
    ),
    "household-visits-declared-person-visits": (
        {
            **COUNT_UP,
            "target": _q("2000", "户次"),
            "actual": _q("2235", "人次"),
            "equivalent_units": ["户次", "人次"],
        },
        [("equivalent-units", "error", f"{M}.equivalent_units")],
    ),
    "vehicles-declared-trips": (  # a last review's: 车次 counts trips, 辆 vehicles
        {
            **COUNT_UP,
            "target": _q("100", "辆"),
            "actual": _q("120", "车次"),
            "equivalent_units": ["辆", "车次"],
        },
        [("equivalent-units", "error", f"{M}.equivalent_units")],
    ),
    "people-or-households-declared-items": (
        {
            **COUNT_UP,
            "target": _q("100", "人（户）"),
            "actual": _q("120", "个"),
            "equivalent_units": ["人（户）", "个"],
        },
        [("equivalent-units", "error", f"{M}.equivalent_units")],
    ),
    "a-length-declared-alone": (  # a last review's: one unit alone was no check
        {
            **COUNT_UP,
            "target": _q("100", "个"),
            "actual": _q("120", "个"),
            "equivalent_units": ["公里"],
        },
        [("equivalent-units", "error", f"{M}.equivalent_units")],
    ),
    "money-declared-a-classifier": (
        {
            **COUNT_UP,
            "target": _q("2000", "个"),
            "actual": _q("2235", "个"),
            "equivalent_units": ["个", "元"],
        },
        [("equivalent-units", "error", f"{M}.equivalent_units")],
    ),
    "per-thousand-against-per-hundred": (
        {
            "kind": "density",
            "direction": "higher",
            "target": _q("4", "个", per=[{"amount": "1000"}]),
            "actual": _q("5", "个", per=[{"amount": "100"}]),
        },
        [("denominator-mismatch", "error", f"{M}.actual.per")],
    ),
    "lower-with-at-least": (
        {
            "kind": "duration",
            "direction": "lower",
            "target": _q("3", "个工作日", comparator=">="),
            "actual": _q("2", "个工作日"),
        },
        [("direction-comparator", "error", f"{M}.target.comparator")],
    ),
    # a semantic review's: a share below zero passed (share-over-100 had no twin)
    "negative-share": (
        {"kind": "rate", "direction": "higher", "target": _q("90", "%"), "actual": _q("-5", "%")},
        [("negative", "error", f"{M}.actual.value")],
    ),
    "a-fall-where-higher-is-better": (
        {
            "kind": "rate",
            "direction": "higher",
            "measure": "increment",
            "target": _q("0.5", "个百分点", decimals=1, phrase="下降0.5个百分点"),
        },
        [("direction-change", "error", f"{M}.direction")],
    ),
    "a-rise-where-lower-is-better": (
        {
            "kind": "growth",
            "direction": "lower",
            "target": _q("3", "%", phrase="增长3%"),
        },
        [("direction-change", "error", f"{M}.direction")],
    ),
    # a range bounds both sides: 物价涨幅控制在2—3% where lower is better
    "a-ranged-rise-where-lower-is-better": (
        {
            "kind": "growth",
            "direction": "lower",
            "target": _q("2", "%", upper="3", phrase="涨幅控制在2—3%"),
        },
        [],
    ),
    # without a cap word, a ranged fall where higher is better says no way to meet it
    "a-ranged-fall-where-higher-is-better": (
        {
            "kind": "rate",
            "direction": "higher",
            "measure": "increment",
            "target": _q("3", "个百分点", upper="5", phrase="下降3—5个百分点"),
        },
        [("direction-change", "error", f"{M}.direction")],
    ),
    # a bound on a fall's size bounds the level from above: lower is better
    "a-bounded-fall-where-lower-is-better": (
        {
            "kind": "growth",
            "direction": "lower",
            "target": _q("5", "%", comparator=">=", phrase="降幅不低于5%"),
        },
        [],
    ),
    "a-bounded-fall-where-higher-is-better": (
        {
            "kind": "growth",
            "direction": "higher",
            "target": _q("5", "%", comparator=">=", phrase="降幅不低于5%"),
        },
        [("direction-comparator", "error", f"{M}.target.comparator")],
    ),
    # a cut where lower is better is at least that deep: >= may be stated
    "a-cut-states-its-implied-bound": (
        {
            "kind": "count",
            "direction": "lower",
            "measure": "increment",
            "target": _q("200", "座", comparator=">=", phrase="减少200座"),
        },
        [],
    ),
    "a-cut-with-the-level's-bound": (
        {
            "kind": "count",
            "direction": "lower",
            "measure": "increment",
            "target": _q("200", "座", comparator="<=", phrase="减少200座"),
        },
        [
            ("direction-comparator", "error", f"{M}.target.comparator"),
            ("phrase", "error", f"{M}.target"),
        ],
    ),
    "higher-with-at-most": (
        {**COUNT_UP, "target": _q("3000", "个", comparator="<="), "actual": _q("5100", "个")},
        [("direction-comparator", "error", f"{M}.target.comparator")],
    ),
    "money-in-kilometres": (
        {"kind": "money", "direction": "higher", "target": _q("200", "公里")},
        [("kind-unit", "error", f"{M}.target.unit")],
    ),
    "components-in-metres-into-institutions": (
        {
            **COUNT_UP,
            "target": _q("10", "所"),
            "components": [
                {"label": {"zh": "甲"}, "target": _q("4", "米")},
                {"label": {"zh": "乙"}, "target": _q("6", "所")},
            ],
        },
        [("kind-unit", "error", f"{M}.components[0].target.unit")],
    ),
    "baseline-in-kilometres-added-to-roads": (
        {
            **COUNT_UP,
            "measure": "level",
            "target": _q("245", "条"),
            "baselines": [_q("230", "公里")],
        },
        [("kind-unit", "error", f"{M}.baselines[0].unit")],
    ),
    "density-in-two-units": (
        {
            "kind": "density",
            "direction": "higher",
            "target": _q("4", "个", per=[{"amount": "1000"}]),
            "actual": _q("5", "元", per=[{"amount": "1000"}]),
        },
        [("unit-mismatch", "error", f"{M}.actual.unit")],
    ),
    "outcome-in-points-against-a-rate": (
        {
            "kind": "rate",
            "direction": "higher",
            "target": _q("90", "%"),
            "actual": _q("5", "个百分点"),
        },
        [("incomparable", "warning", f"{M}.actual.unit")],
    ),
    "growth-level-in-points-against-a-baseline-in-percent": (
        {
            "kind": "growth",
            "direction": "higher",
            "target": _q("10", "%"),
            "baselines": [_q("80", "%")],
            "actual": _q("6", "个百分点"),
        },
        [("incomparable", "warning", f"{M}.actual.unit")],
    ),
    "baseline-in-percent-against-points": (
        {
            "kind": "rate",
            "direction": "higher",
            "measure": "increment",
            "target": _q("5", "个百分点"),
            "baselines": [_q("80", "%")],
            "actual": _q("6", "个百分点"),
        },
        [],
    ),
    "negative-count": (
        {**COUNT_UP, "target": _q("100", "个"), "actual": _q("-5", "个")},
        [("negative", "error", f"{M}.actual.value")],
    ),
    "share-of-180-percent": (
        {"kind": "rate", "direction": "higher", "target": _q("90", "%"), "actual": _q("180", "%")},
        [("share-over-100", "error", f"{M}.actual.value")],
    ),
    # a semantic review's: 2235.5名 carers were met
    "count-of-half-a-person": (
        {
            **COUNT_UP,
            "target": _q("2000", "名"),
            "actual": _q("2235.5", "名", decimals=1, approximation="rounded"),
        },
        [("count-whole", "warning", f"{M}.actual.value")],
    ),
    "count-per-something-may-be-a-fraction": (
        {
            **COUNT_UP,
            "subject": {"zh": "每千人口床位"},
            "target": _q("4.5", "张", decimals=1),
        },
        [],
    ),
    # a semantic review's: 超过100% passed, and an outcome of it was met
    "share-of-more-than-100-percent": (
        {
            "kind": "rate",
            "direction": "higher",
            "target": _q("90", "%"),
            "actual": _q("100", "%", comparator=">"),
        },
        [("share-over-100", "error", f"{M}.actual.value")],
    ),
    "share-of-a-range-past-100-percent": (
        {"kind": "rate", "direction": "higher", "target": _q("95", "%", upper="105")},
        [("share-over-100", "error", f"{M}.target.value")],
    ),
    "share-of-exactly-100-percent": (
        {"kind": "rate", "direction": "higher", "target": _q("100", "%", comparator=">=")},
        [],
    ),
    # a semantic review's: a density recorded as a count, its denominator dropped and
    # left in the pledge's words, was met with nothing said
    "pledge-per-residents-target-per-nothing": (
        {
            **COUNT_UP,
            "statement": "年末全市每千名常住人口婴幼儿托位达到4.5个",
            "target": _q("4.5", "个", decimals=1, comparator=">=", phrase="达到4.5个"),
        },
        [
            ("count-whole", "warning", f"{M}.target.value"),
            ("statement-per", "warning", f"{M}.target.per"),
        ],
    ),
    # a year's figure in a year's program (a review's: a warning of noise)
    "pledge-per-year-target-per-nothing": (
        {
            **COUNT_UP,
            "statement": "年均新增学位3000个",
            "target": _q("3000", "个", phrase="3000个"),
        },
        [],
    ),
    "pledge-per-month-target-per-nothing": (
        {
            **COUNT_UP,
            "statement": "每月新增学位3000个",
            "target": _q("3000", "个", phrase="3000个"),
        },
        [("statement-per", "warning", f"{M}.target.per")],
    ),
    "pledge-per-residents-target-per-residents": (
        {
            "kind": "density",
            "direction": "higher",
            "statement": "每千名常住人口婴幼儿托位达到4.5个",
            "target": _q(
                "4.5",
                "个",
                decimals=1,
                comparator=">=",
                phrase="每千名常住人口婴幼儿托位达到4.5个",
                per=[{"amount": "1000", "unit": "名", "subject": "常住人口"}],
            ),
        },
        [],
    ),
    # a subject that names the denominator (每项登记业务的流程, as Kunming's does; 城乡
    # 低保标准（每人每月）) counts the figures by it: no denominator is missing
    "pledge-per-item-named-by-the-subject": (
        {
            "kind": "count",
            "subject": {"zh": "每项登记业务的流程"},
            "direction": "lower",
            "statement": "将每项登记业务流程精简为1个",
            "target": _q("1", "个", comparator="<=", phrase="精简为1个"),
        },
        [],
    ),
    "pledge-per-person-named-by-the-subject": (
        {
            "kind": "money",
            "subject": {"zh": "城乡低保标准（每人每月）"},
            "direction": "higher",
            "statement": "由每人每月1200元提高到1500元",
            "target": _q("1500", "元", phrase="1500元"),
        },
        [],
    ),
    "pledge-per-item": (
        {
            "kind": "count",
            "direction": "lower",
            "statement": "将每项登记业务流程精简为1个",
            "target": _q("1", "个", comparator="<=", phrase="精简为1个"),
        },
        [("statement-per", "warning", f"{M}.target.per")],
    ),
    "cut-above-its-baseline": (
        {
            "kind": "duration",
            "direction": "lower",
            "measure": "level",
            "target": _q("7", "个工作日", comparator="<="),
            "baselines": [_q("5", "个工作日")],
            "actual": _q("6", "个工作日"),
        },
        [("target-beyond-baseline", "error", f"{M}.target")],
    ),
    "rise-below-its-baseline": (
        {
            **COUNT_UP,
            "measure": "level",
            "target": _q("200", "条", comparator=">="),
            "baselines": [_q("230", "条")],
        },
        [("target-beyond-baseline", "error", f"{M}.target")],
    ),
    "rise-below-its-baseline-per-resident": (  # the English name of the population aside
        {
            "kind": "density",
            "direction": "higher",
            "measure": "level",
            "target": _q(
                "4",
                "个",
                comparator=">=",
                per=[{"amount": "1000", "subject": "常住人口", "en": "residents"}],
            ),
            "baselines": [_q("5", "个", per=[{"amount": "1000", "subject": "常住人口"}])],
        },
        [("target-beyond-baseline", "error", f"{M}.target")],
    ),
    "rounded-outcome-recorded-exact": (
        {
            **COUNT_UP,
            "target": _q("197800", "个", comparator=">=", phrase="不少于197800个"),
            "actual": _q("197800", "个", multiplier=4, decimals=2, phrase="19.78万个"),
        },
        [("rounded-unmarked", "error", f"{M}.actual.approximation")],
    ),
    "about-components-that-cannot-sum": (
        {
            "kind": "money",
            "direction": "higher",
            "target": _q(
                "9500000000", "元", multiplier=8, approximation="about", phrase="约95亿元"
            ),
            "components": [
                {
                    "label": {"zh": "省级"},
                    "target": _q(
                        "5000000000", "元", multiplier=8, approximation="about", phrase="约50亿元"
                    ),
                },
                {
                    "label": {"zh": "市县"},
                    "target": _q(
                        "3500000000", "元", multiplier=8, approximation="about", phrase="约35亿元"
                    ),
                },
            ],
        },
        [("consistency", "error", f"{M}.target")],
    ),
    "about-components-that-can-sum": (
        {
            "kind": "money",
            "direction": "higher",
            "target": _q(
                "9500000000", "元", multiplier=8, approximation="about", phrase="约95亿元"
            ),
            "components": [
                {
                    "label": {"zh": "省级"},
                    "target": _q(
                        "5000000000", "元", multiplier=8, approximation="about", phrase="约50亿元"
                    ),
                },
                {
                    "label": {"zh": "市县"},
                    "target": _q(
                        "4500000000", "元", multiplier=8, approximation="about", phrase="约45亿元"
                    ),
                },
            ],
        },
        [],
    ),
}


@pytest.mark.parametrize("name", sorted(SEMANTIC_CASES))
def test_semantic_checks(name: str) -> None:
    """Each semantically wrong case is caught with its code, severity and path; right ones pass."""
    metric, expected = SEMANTIC_CASES[name]
    assert _findings(one_metric(metric)) == expected


def test_a_unit_mismatch_names_whose_unit_it_compares_with() -> None:
    """Regression: it named "the metric's" unit, so a wrong target blamed the right outcome."""
    metric, _ = SEMANTIC_CASES["density-in-two-units"]
    program = minsheng.loads(json.dumps(one_metric(metric), ensure_ascii=False))
    (mismatch,) = [p for p in minsheng.check(program) if p.code == "unit-mismatch"]
    assert mismatch.message == "元 does not compare with the target's 个"


def test_components_in_another_dimension() -> None:
    """Components in 所 summed into a length in 公里: the units do not add up."""
    metric = {
        "kind": "physical",
        "direction": "higher",
        "target": _q("10", "公里"),
        "components": [{"label": {"zh": "甲"}, "target": _q("10", "所")}],
    }
    assert ("kind-unit", "error", f"{M}.components[0].target.unit") in _findings(one_metric(metric))


def test_levels_with_approximate_figures_are_checked_as_intervals() -> None:
    """约230 + 18 can be 248 but not 300: baseline + increment = level, as intervals."""
    document = one_metric({})
    added = {**COUNT_UP, "measure": "increment", "target": _q("18", "条")}
    level = {
        **COUNT_UP,
        "measure": "level",
        "increment": "added",
        "baselines": [_q("230", "条", approximation="about")],
    }
    for total, expected in (("248", []), ("300", [("consistency", "error", f"{M}.target")])):
        document["projects"][0]["metrics"] = [
            {"id": "level", "subject": {"zh": "路"}, **level, "target": _q(total, "条")},
            {"id": "added", "subject": {"zh": "路"}, **added},
        ]
        assert _findings(document) == expected


def test_stage_and_as_of_must_agree() -> None:
    """A plan (voted, no outcomes yet) dated 1950 that has outcomes: two errors."""
    metric = {**COUNT_UP, "target": _q("100", "个"), "actual": _q("120", "个")}
    document = one_metric(metric, stage="voted", as_of="1950-03-01")
    assert _findings(document) == [
        ("stage-outcome", "error", M),
        ("as-of-year", "error", "$.as_of"),
    ]


def test_a_report_dated_after_its_sources_and_long_after_its_year() -> None:
    """A semantic review's: a year-end report for 2025 as of 2026-06-30 said only as-of-source.

    That warning stood in the place of the error, which it hid.
    """
    assert _findings(one_metric(COUNT_UP, as_of="2026-06-30")) == [
        ("as-of-year", "error", "$.as_of"),
        ("as-of-source", "warning", "$.as_of"),
    ]


def test_a_report_dated_before_its_year() -> None:
    """A year-end report for 2025 that speaks for 2024-06-30 cannot be right."""
    assert _findings(one_metric(COUNT_UP, as_of="2024-06-30")) == [
        ("as-of-year", "error", "$.as_of")
    ]


@pytest.mark.skipif(
    not hasattr(minsheng.Metric, "__attrs_attrs__")
    or "equivalent_units" not in {f.name for f in minsheng.Metric.__attrs_attrs__},
    reason="schema 2's Metric.equivalent_units is not on main yet",
)
def test_declared_equivalent_units_silence_the_warning() -> None:
    """A metric that declares 所 and 个 equivalent (the Kunming canteens) has no warning."""
    metric = {
        **COUNT_UP,
        "target": _q("2000", "所"),
        "actual": _q("2168", "个"),
        "equivalent_units": ["所", "个"],
    }
    assert _findings(one_metric(metric)) == []


def test_report_never_says_met_on_an_error_and_marks_a_warning() -> None:
    """A metric with an error is undetermined, not met; one with a warning is marked !."""
    wrong = {
        **COUNT_UP,
        "target": _q("197800", "个", comparator=">=", phrase="不少于197800个"),
        "actual": _q("197800", "个", multiplier=4, decimals=2, phrase="19.78万个"),
    }
    program = minsheng.loads(json.dumps(one_metric(wrong), ensure_ascii=False))
    (result,) = minsheng.assess(program).projects[0].metrics
    assert result.status is minsheng.Status.UNDETERMINED
    assert [p.code for p in result.problems] == ["rounded-unmarked"]
    text = minsheng.format_report(minsheng.assess(program), locale="en")
    assert "undetermined, because the data has an error" in text
    (row,) = [line for line in text.splitlines() if "对象" in line and "because" not in line]
    assert row.rstrip().endswith("undetermined")
    assert "0 of 1 measurable targets met" in text

    suspect = {**COUNT_UP, "target": _q("100", "个"), "actual": _q("120", "床")}
    program = minsheng.loads(json.dumps(one_metric(suspect), ensure_ascii=False))
    text = minsheng.format_report(minsheng.assess(program), locale="en")
    assert "met !" in text
    assert "! the data of this metric, or of one the project's status rests on" in text
    # the project's status rests on it, and says so (a draft trial's)
    assert "[met ! · nothing reported yet]" in text


def test_a_reported_status_its_words_contradict_is_marked() -> None:
    """A semantic review's: 已完成90% recorded as completed "agreed with the report", unmarked.

    validate warned of it; the report now marks the reported status with !, says
    why in a footnote, and the JSON report has the project ``warned``.
    """
    document = _kunming_2025()
    document["projects"][4]["reported"]["phrase"] = "已完成90%"
    assessment = minsheng.assess(minsheng.loads(json.dumps(document, ensure_ascii=False)))
    project = assessment.projects[4]
    assert [p.code for p in project.problems] == ["reported-phrase"]
    assert project.warned
    assert not any(p.warned for p in assessment.projects if p is not project)
    text = minsheng.format_report(assessment, locale="en")
    assert "[met · reported: completed ! · agrees with the report]" in text
    assert "! after a reported status: the report's own words may say otherwise" in text
    data = minsheng.report_data(assessment)
    assert [p["warned"] for p in data["projects"]] == [i == 4 for i in range(10)]
    shipped = minsheng.format_report(minsheng.assess(minsheng.load("kunming", 2025)), locale="en")
    assert "! after a reported status" not in shipped
    # a progress report's projects are made again with mid-year statuses: still marked
    document.update(stage="progress", as_of="2025-10-31")
    progress = minsheng.assess(minsheng.loads(json.dumps(document, ensure_ascii=False)))
    assert [p.warned for p in progress.projects] == [i == 4 for i in range(10)]


def test_kunming_findings() -> None:
    """The shipped data has no errors, and one honest warning.

    The canteens (所 against 个) declare the two classifiers equivalent; the
    childcare density's populations (常住人口 in the target, 人口 in the
    outcome) are printed differently by the source, which the data notes.
    """
    found = [
        (p.code, p.path)
        for year in (2025, 2026)
        for p in minsheng.check(minsheng.load("kunming", year))
    ]
    assert found == [
        ("denominator-wording", "$.projects[1].metrics[9].actual.per"),
    ]


def test_the_docs_list_every_code_with_an_example() -> None:
    """docs/reference/validation.md has a row with an example line for every code minsheng gives."""
    import re

    from minsheng._issues import CODES

    sources = "".join(
        path.read_text(encoding="utf-8") for path in (ROOT / "src" / "minsheng").glob("*.py")
    )
    given = set(re.findall(r'\b(?:problem|_issue)\(\s*"([a-z0-9-]+)"', sources)) | set(CODES)
    page = (ROOT / "docs" / "reference" / "validation.md").read_text(encoding="utf-8")
    rows: dict[str, list[str]] = {}
    for code, row in re.findall(r"^\| `([a-z0-9-]+)` \|(.*)$", page, re.MULTILINE):
        rows.setdefault(code, []).append(row)
    assert sorted(given - set(rows)) == []
    for code in given:
        assert all("`" in row.rsplit("|", 2)[-2] and "$" in row for row in rows[code]), code
    for code, severity in CODES.items():
        assert any(row.split("|")[0].strip() == severity for row in rows[code]), code


def test_meaning_errors_a_hunt_found_are_errors() -> None:
    """Regression (a hunt of 176 single-mistake copies of Kunming 2025): each passed validate.

    An upper end no phrase prints, progress in 个, a verdict with no words, a
    span of the wrong length, a score for an evaluation not held, and outcomes
    as of a date after every source was published.
    """
    base = json.loads((ROOT / "datasets" / "kunming" / "2025.json").read_text(encoding="utf-8"))

    def codes(edit: Callable[[dict[str, Any]], None]) -> set[str]:
        document = copy.deepcopy(base)
        edit(document)
        program = minsheng.loads(json.dumps(document, ensure_ascii=False))
        return {p.code for p in minsheng.check(program) if p.severity == "error"}

    assert codes(lambda _: None) == set()
    metric = ("projects", 0, "metrics", 0)

    def at(d: dict[str, Any], path: tuple[Any, ...]) -> Any:
        for key in path:
            d = d[key]
        return d

    assert codes(lambda d: at(d, metric)["actual"].update(upper="5200")) == {"phrase"}
    assert codes(lambda d: at(d, metric)["target"].update(span={"start": 666, "end": 670})) == {
        "span-length"
    }
    assert codes(
        lambda d: at(d, ("projects", 1, "metrics", 5)).update(
            progress={"value": "60", "unit": "个"}
        )
    ) == {"progress-unit"}
    late = copy.deepcopy(base)
    late["as_of"] = "2026-12-31"  # a warning: a source of 28 December may say 截至12月31日
    program = minsheng.loads(json.dumps(late, ensure_ascii=False))
    assert ("as-of-source", "warning") in {(p.code, p.severity) for p in minsheng.check(program)}
    assert codes(lambda d: d["evaluation"].update(held=False, score="98.5")) == {"evaluation-score"}
    milestone = next(
        (p, m)
        for p, project in enumerate(base["projects"])
        for m, item in enumerate(project["metrics"])
        if item.get("evidence", {}).get("statement")
    )

    def no_words(d: dict[str, Any]) -> None:
        at(d, ("projects", milestone[0], "metrics", milestone[1]))["evidence"].update(
            statement=None, achieved=True
        )

    assert codes(no_words) == {"evidence-words"}
    assert codes(lambda d: d["evaluation"].update(date="2031-01-15")) == {"evaluation-date"}


def test_what_a_hunt_found_the_program_and_its_words_contradict() -> None:
    """Regression: each passed validate in a hunt of single-mistake copies of Kunming 2025.

    A vote dated after its year, counts said published with none given, a
    status its own words contradict, one English subject for two Chinese
    ones, a target not in its pledge's words.  (A whole list of names of
    another length than the count is no error: the names need not be the
    counted things, as Kunming's ten water works in three counties.)
    """
    base = json.loads((ROOT / "datasets" / "kunming" / "2025.json").read_text(encoding="utf-8"))

    def found(edit: Callable[[dict[str, Any]], None]) -> set[tuple[str, str]]:
        document = copy.deepcopy(base)
        edit(document)
        program = minsheng.loads(json.dumps(document, ensure_ascii=False))
        return {(p.code, str(p.severity)) for p in minsheng.check(program)} - {
            ("denominator-wording", "acknowledged")  # the one warning of the real file
        }

    assert found(lambda _: None) == set()
    assert found(lambda d: d["ballot"].update(date="2026-02-03")) == {
        ("ballot", "error"),
        ("as-of-vote", "warning"),  # and the year's outcomes stand before it
    }
    ranked = [{"rank": n, "project": n} for n in range(1, 11)]
    assert found(lambda d: d["ballot"].update(counts_published=True, entries=ranked)) == {
        ("ballot", "error")
    }
    assert found(lambda d: d["projects"][0]["reported"].update(status="not-completed")) == {
        ("reported-phrase", "warning")
    }
    # part of the work done is no contradiction; 无未完成事项 says all are done
    for status, words in (
        ("partly-completed", "已完成年度任务的80%"),
        ("completed", "均已完成（无未完成事项）"),
        ("not-completed", "已完成投资5亿元，项目尚未完工"),
    ):

        def reported(d: dict[str, Any], status: str = status, words: str = words) -> None:
            d["projects"][0]["reported"].update(status=status, phrase=words)

        assert found(reported) == set(), words
    assert found(lambda d: d["projects"][0]["reported"].update(phrase="尚未全部完成")) == {
        ("reported-phrase", "warning")
    }
    # a second semantic review's: completed, on words of work under way, "agreed"
    for words in (
        "正在加快推进",
        "基本完成",
        "9项已完成，1项正在推进",
        "已完成90%",
        "仍在建設中",
        "仍在积极推进",  # a second diff review's: adverbs and brackets after 中
        "仍在持续稳步推进",
        "建设中（预计6月完工）",
        "建设中！",
    ):

        def under_way(d: dict[str, Any], words: str = words) -> None:
            d["projects"][0]["reported"].update(phrase=words)

        assert found(under_way) == {("reported-phrase", "warning")}, words
    # a third semantic review's: Kunming's own 均已实施 and 均已实现 said nothing
    for words in ("均已实施", "均已实现", "已全部接入", "均已實施"):

        def all_done(d: dict[str, Any], words: str = words) -> None:
            d["projects"][0]["reported"].update(status="not-completed", phrase=words)

        assert found(all_done) == {("reported-phrase", "warning")}, words
    # a diff review's: words that hold 建设中 or 仍在 but say nothing of the work
    for words in (
        "完成年度计划的120%",
        "已完成120%",
        "完成100%",
        "均已完成，建设中医馆30个",
        "全面完成实施中小学校舍改造",
        "已全部建成投用，推进中心城区提质",
        "均已建成，仍在发挥效益",
        "均已完成，解决了建设中的难题",
    ):

        def done(d: dict[str, Any], words: str = words) -> None:
            d["projects"][0]["reported"].update(phrase=words)

        assert found(done) == set(), words
    metrics = base["projects"][9]["metrics"]
    other = metrics[2]["subject"]["en"]
    assert found(lambda d: d["projects"][9]["metrics"][1]["subject"].update(en=other)) == {
        ("subject-en", "warning")
    }

    def target(d: dict[str, Any]) -> None:
        d["projects"][0]["metrics"][0]["target"].update(value="4000", phrase="不少于4000个")

    assert found(target) == {("statement-target", "warning")}

    def traditional(d: dict[str, Any]) -> None:  # the same words in the other script
        d["projects"][0]["metrics"][0]["target"].update(phrase="不少於3000個")

    assert found(traditional) == set()

    # a fourth semantic review's: 6万个 is in the words of 16万个, but not its number
    def part_of_a_number(d: dict[str, Any]) -> None:
        d["projects"][2]["metrics"][0]["target"].update(value="60000", phrase="6万个")

    assert "16万个" in base["projects"][2]["metrics"][0]["statement"]
    assert found(part_of_a_number) == {("statement-target", "warning")}


def test_text_a_spreadsheet_runs_as_a_formula_is_a_warning() -> None:
    """A hostile-input audit's: a title of =cmd|… validated, and the CSV export ran it."""
    document = _kunming_2025()
    document["projects"][0]["title"]["zh"] = '=cmd|"/c calc"!A1'
    document["projects"][0]["metrics"][0]["subject"]["en"] = "\t=1+1"
    document["projects"][1]["description"] = "-2+3"
    document["projects"][1]["metrics"][0]["target"]["derivation"] = "@SUM(1+1)"
    # notes are a JSON array in the CSV, which begins with [: no formula
    document["projects"][1]["metrics"][0]["notes"] = ["@SUM(1+1)"]
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    found = {(p.code, p.path) for p in minsheng.check(program) if "formula" in p.message}
    assert found == {
        ("text-form", "$.projects[0].title.zh"),
        ("text-form", "$.projects[0].metrics[0].subject.en"),
        ("text-form", "$.projects[1].description"),
        ("text-form", "$.projects[1].metrics[0].target.derivation"),
    }


@pytest.mark.parametrize(
    ("where", "path"),
    [
        (("projects", 0, "title", "zh"), "$.projects[0].title.zh"),
        (("projects", 0, "metrics", 0, "subject", "en"), "$.projects[0].metrics[0].subject.en"),
        (("projects", 1, "description"), "$.projects[1].description"),
        (("license",), "$.license"),
        (
            ("projects", 1, "metrics", 0, "target", "derivation"),
            "$.projects[1].metrics[0].target.derivation",
        ),
        (
            ("projects", 1, "metrics", 0, "actual", "derivation"),
            "$.projects[1].metrics[0].actual.derivation",
        ),
    ],
)
def test_a_formula_alone_in_any_text_the_csv_writes_is_found(
    where: tuple[str | int, ...], path: str
) -> None:
    """The check's quick test, which skips most programs, reads each text alone too."""
    document = _kunming_2025()
    node: Any = document
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = "=1+1"
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    found = {(p.code, p.path) for p in minsheng.check(program) if "formula" in p.message}
    assert found == {("text-form", path)}


def _jurisdiction_problems(jurisdiction: dict[str, Any]) -> list[tuple[str, str, str]]:
    document = _kunming_2025()
    document["jurisdiction"] = jurisdiction
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    return [
        (p.code, p.severity, p.message)
        for p in minsheng.check(program)
        if p.code in ("division-province", "province-name")
    ]


@pytest.mark.parametrize(
    ("code", "province", "expected"),
    [
        ("530100", "云南省", []),
        ("530100", "云南", []),  # the short name sources also use
        ("530100", "雲南省", []),  # traditional script
        ("450100", "廣西壯族自治區", []),
        ("190100", "示例省", []),  # the docs' fictional city: nothing to check
        (
            "510100",  # Chengdu's code with Kunming's province
            "云南省",
            [
                (
                    "division-province",
                    "error",
                    "the division code 510100 is not in 云南省, whose codes begin 53",
                )
            ],
        ),
        (
            "190100",  # a code no province has, with a real province
            "云南",
            [
                (
                    "division-province",
                    "error",
                    "the division code 190100 is not in 云南, whose codes begin 53",
                )
            ],
        ),
        (
            "530100",
            "滇",  # a literary name: the check says it cannot tell
            [
                (
                    "province-name",
                    "warning",
                    (
                        "滇 is not the name of a province of GB/T 2260,"
                        " so the division code 530100 (云南省) cannot be checked against it"
                    ),
                )
            ],
        ),
    ],
)
def test_the_division_code_is_in_the_province_named(
    code: str, province: str, expected: list[tuple[str, str, str]]
) -> None:
    """A code's first two digits name its province, which the dataset names too."""
    jurisdiction = {
        "slug": "kunming",
        "name": {"zh": "昆明市"},
        "division_code": code,
        "province": {"zh": province},
    }
    assert _jurisdiction_problems(jurisdiction) == expected


def test_a_province_is_checked_by_its_own_name() -> None:
    """A province names no province of its own: its name is checked against its code."""
    assert (
        _jurisdiction_problems(
            {"slug": "yunnan", "name": {"zh": "云南省"}, "division_code": "530000"}
        )
        == []
    )
    assert _jurisdiction_problems(
        {"slug": "sichuan", "name": {"zh": "四川省"}, "division_code": "530000"}
    ) == [
        (
            "division-province",
            "error",
            "the division code 530000 is not in 四川省, whose codes begin 51",
        )
    ]


def _kunming(year: int) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        (ROOT / "datasets" / "kunming" / f"{year}.json").read_text(encoding="utf-8")
    )
    return document


def _set(where: list[Any] | dict[str, Any], key: Any, value: object) -> None:
    where[key] = value


def _ballot_electorate(document: dict[str, Any], electorate: str) -> None:
    """The ballot's electorate, with 16 delegations where the words say 15."""
    document["ballot"].update(electorate=electorate, delegations=16)


def _ballot_body_alone(document: dict[str, Any], body: str) -> None:
    """The ballot's body, with session 5 where the body names 7, and no announcement."""
    document["ballot"].pop("announcement", None)
    document["ballot"].update(body=body, session=5)


# Each edit, found by a hunt of single mistakes in the shipped datasets, passed validate.
PROGRAM_EDITS: dict[str, tuple[int, Edit, tuple[str, str, str]]] = {
    # a third semantic review's: the ballot's words in traditional script, with
    # Arabic numerals or a space were not read, and contradicted it in silence
    "ballot-body-in-traditional-script": (
        2026,
        lambda d: d["ballot"].update(body="市十五屆人大七次會議", session=5),
        ("ballot", "error", "$.ballot.session"),
    ),
    "ballot-body-in-arabic-numerals": (
        2026,
        lambda d: d["ballot"].update(body="市第15届人大第7次会议", session=5),
        ("ballot", "error", "$.ballot.session"),
    ),
    # a fourth's: common forms of the session and the delegations, not read (the
    # 2026 file's announcement names the session too: without it, only the body does)
    **{
        f"ballot-body-{body}": (
            2026,
            functools.partial(_ballot_body_alone, body=body),
            ("ballot", "error", "$.ballot.session"),
        )
        for body in (
            "十五届市人大七次会议",
            "市第十五届人民代表大会第七次全体会议",
            "市十五届人大七次全会",
            "十五届昆明市人大七次会议",  # a review's: a place of more characters
            "昆明市第十五届人民代表大会 第七次 会议",
        )
    },
    **{
        f"ballot-delegations-{name}": (
            2026,
            functools.partial(_ballot_electorate, electorate=electorate),
            ("ballot", "error", "$.ballot.delegations"),
        )
        for name, electorate in (
            ("spaced-after-the-classifier", "十五个 代表团参会市人大代表"),  # a fourth review's
            ("counted-in-zhi", "15支代表团参会市人大代表"),
            ("spaced", "15 个代表团参会市人大代表"),
            ("in-traditional-script", "15個代表團參會市人大代表"),
        )
    },
    "evaluated-at-the-voting-session-in-traditional-script": (
        2025,
        lambda d: d["evaluation"].update(body="市十五屆人大五次會議"),
        ("evaluation-body", "warning", "$.evaluation.body"),
    ),
    # a second semantic review's: outcomes as of March, reported as the year's end
    "year-end-report-as-of-march": (
        2025,
        lambda d: _set(d, "as_of", "2025-03-31"),
        ("as-of-stage", "warning", "$.as_of"),
    ),
    # a fourth's: outcomes of the year's end, recorded as a progress report (a miss
    # would be undetermined)
    "progress-report-at-years-end": (
        2025,
        lambda d: d.update(stage="progress", as_of="2026-01-31"),
        ("as-of-stage", "warning", "$.as_of"),
    ),
    "voted-project-reported": (
        2026,
        lambda d: _set(d["projects"][0], "reported", {"status": "completed", "phrase": "均已完成"}),
        ("stage-outcome", "error", "$.projects[0].reported.status"),
    ),
    "voted-evaluation-held": (
        2026,
        lambda d: _set(d, "evaluation", {"body": "市十五届人大八次会议", "held": True}),
        ("stage-outcome", "error", "$.evaluation.held"),
    ),
    "voted-progress": (
        2026,
        lambda d: _set(
            d["projects"][2],
            "metrics",
            [
                {
                    "id": "places",
                    "kind": "count",
                    "subject": {"zh": "学位"},
                    "direction": "higher",
                    "target": {"value": "3000", "unit": "个", "phrase": "3000个"},
                    "progress": {"value": "60", "unit": "%", "phrase": "已完成60%"},
                }
            ],
        ),
        ("stage-outcome", "error", "$.projects[2].metrics[0]"),
    ),
    "planned-with-ballot": (
        2026,
        lambda d: _set(d, "stage", "planned"),
        ("stage-ballot", "error", "$.ballot"),
    ),
    "voted-as-of-not-the-vote": (
        2026,
        lambda d: _set(d, "as_of", "2026-01-03"),
        ("as-of-vote", "warning", "$.as_of"),
    ),
    "vote-after-its-source": (
        2026,
        lambda d: _set(d["ballot"], "date", "2026-03-02"),
        ("ballot", "error", "$.ballot.date"),
    ),
    "session-against-body": (
        2026,
        lambda d: _set(d["ballot"], "session", 5),
        ("ballot", "error", "$.ballot.session"),
    ),
    "congress-against-body": (
        2025,
        lambda d: _set(d["ballot"], "congress", 14),
        ("ballot", "error", "$.ballot.congress"),
    ),
    "delegations-against-electorate": (
        2026,
        lambda d: _set(d["ballot"], "delegations", 16),
        ("ballot", "error", "$.ballot.delegations"),
    ),
    "counts-published-one-missing": (
        2026,
        lambda d: [
            d["ballot"].update(counts_published=True),
            *(entry.update(votes=500 - entry["rank"]) for entry in d["ballot"]["entries"][:9]),
        ],
        ("ballot", "error", "$.ballot.entries"),
    ),
    "project-unranked": (
        2026,
        lambda d: d["ballot"]["entries"].pop(),
        ("ballot-coverage", "warning", "$.ballot.entries"),
    ),
    "evaluated-at-the-vote": (
        2025,
        lambda d: _set(d["evaluation"], "body", d["ballot"]["body"]),
        ("evaluation-body", "warning", "$.evaluation.body"),
    ),
    "category-twice": (
        2026,
        lambda d: _set(d["projects"][0], "categories", ["healthcare", "healthcare"]),
        ("categories", "error", "$.projects[0].categories"),
    ),
    "title-twice": (
        2026,
        lambda d: _set(d["projects"][3], "title", d["projects"][2]["title"]),
        ("duplicate-title", "warning", "$.projects[3].title.zh"),
    ),
    "density-without-per": (
        2025,
        lambda d: [
            (q.pop("per"), q.update(phrase=q["phrase"].split("人口")[-1]))
            for q in (_metric(d, 1, 9)["target"], _metric(d, 1, 9)["actual"])
        ],
        ("density-per", "error", "$.projects[1].metrics[9].target.per"),
    ),
    "outcome-copies-target": (
        2025,
        lambda d: _set(_metric(d, 0, 0), "actual", _metric(d, 0, 0)["target"]),
        ("outcome-copies-target", "warning", "$.projects[0].metrics[0].actual.phrase"),
    ),
    "items-twice": (
        2025,
        lambda d: _metric(d, 6, 2)["items"]["names"].append("得胜桥片区"),
        ("items", "error", "$.projects[6].metrics[2].items.names"),
    ),
    "items-complete-against-count": (
        2025,
        lambda d: _metric(d, 6, 0)["items"].update(exhaustive=True),
        ("items", "error", "$.projects[6].metrics[0].items.names"),
    ),
    "title-with-its-list-number": (
        2026,
        lambda d: d["projects"][0]["title"].update(zh="1." + d["projects"][0]["title"]["zh"]),
        ("text-form", "warning", "$.projects[0].title.zh"),
    ),
    "title-running-into-the-next": (
        2026,
        lambda d: d["projects"][0]["title"].update(zh=d["projects"][0]["title"]["zh"] + "；2.夯实"),
        ("text-form", "warning", "$.projects[0].title.zh"),
    ),
    "title-with-a-line-break": (
        2026,
        lambda d: d["projects"][4]["title"].update(zh="优化群众出行\n\n服务"),
        ("text-form", "warning", "$.projects[4].title.zh"),
    ),
    "english-in-the-chinese-field": (
        2026,
        lambda d: d["projects"][2]["title"].update(zh=d["projects"][2]["title"]["en"]),
        ("text-form", "warning", "$.projects[2].title.zh"),
    ),
    "chinese-in-the-english-field": (
        2026,
        lambda d: d["projects"][2]["title"].update(en=d["projects"][2]["title"]["zh"]),
        ("text-form", "warning", "$.projects[2].title.en"),
    ),
    "evidence-words-say-not": (
        2025,
        lambda d: _set(_metric(d, 1, 5)["evidence"], "statement", "护理人员进家庭服务平台尚未形成"),
        ("evidence-phrase", "error", "$.projects[1].metrics[5].evidence.achieved"),
    ),
    # a semantic review's: a year-end outcome cited a source of the year before
    "outcome-from-the-year-before": (
        2025,
        lambda d: (
            d["sources"].append(
                {"id": "old-news", "publisher": "昆明日报", "title": "旧闻", "date": "2024-11-01"}
            ),
            _metric(d, 0, 0)["actual"].update(source="old-news"),
        ),
        ("source-date", "error", "$.projects[0].metrics[0].actual.source"),
    ),
    # a meaning trial's, each of which passed validate and changed the report
    "outcome-under-way": (
        2025,
        lambda d: _metric(d, 7, 0)["actual"].update(phrase="正在建设583.39公里"),
        ("outcome-planned", "error", "$.projects[7].metrics[0].actual.phrase"),
    ),
    "outcome-a-capacity": (
        2025,
        lambda d: _metric(d, 0, 0)["actual"].update(phrase="可新增5100余个"),
        ("outcome-planned", "error", "$.projects[0].metrics[0].actual.phrase"),
    ),
    "evidence-copies-the-pledge": (
        2025,
        lambda d: _metric(d, 1, 10).update(
            evidence={"statement": _metric(d, 1, 10)["statement"], "achieved": True}
        ),
        ("evidence-copies-statement", "warning", "$.projects[1].metrics[10].evidence.statement"),
    ),
    "evidence-of-a-start": (
        2025,
        lambda d: _set(
            _metric(d, 1, 5)["evidence"], "statement", "护理人员进家庭服务平台已启动建设"
        ),
        ("evidence-phrase", "error", "$.projects[1].metrics[5].evidence.achieved"),
    ),
    "evidence-of-a-stage": (
        2025,
        lambda d: _set(_metric(d, 8, 0)["evidence"], "statement", "自助办理终端已完成招标"),
        ("evidence-phrase", "error", "$.projects[8].metrics[0].evidence.achieved"),
    ),
    "evidence-of-work-read-as-not-achieved": (
        2025,
        lambda d: _metric(d, 1, 5)["evidence"].update(achieved=False),
        ("evidence-unsaid", "warning", "$.projects[1].metrics[5].evidence.achieved"),
    ),
    "evidence-of-one-count-done-read-as-not-achieved": (
        2025,
        lambda d: _metric(d, 1, 5).update(
            evidence={"statement": "已建成3个社区食堂并投入使用", "achieved": False}
        ),
        ("evidence-unsaid", "warning", "$.projects[1].metrics[5].evidence.achieved"),
    ),
    "a-default-source-from-the-year-before": (
        2025,
        lambda d: d["sources"].insert(
            0, {"id": "old-news", "publisher": "昆明日报", "title": "旧闻", "date": "2024-11-01"}
        ),
        ("source-date", "error", "$.projects[0].metrics[0].actual"),
    ),
    "evidence-from-the-year-before": (
        2025,
        lambda d: (
            d["sources"].append(
                {"id": "old-news", "publisher": "昆明日报", "title": "旧闻", "date": "2024-12-01"}
            ),
            _metric(d, 1, 5)["evidence"].update(source="old-news"),
        ),
        ("source-date", "error", "$.projects[1].metrics[5].evidence.source"),
    ),
    "direction-lower-for-roads-built": (
        2025,
        lambda d: _metric(d, 7, 0).update(direction="lower"),
        ("direction-words", "warning", "$.projects[7].metrics[0].direction"),
    ),
    "an-alternative-its-derivation-does-not-give": (
        2025,
        lambda d: _metric(d, 0, 2)["alternatives"][0].update(value="15"),
        ("derivation", "error", "$.projects[0].metrics[2].alternatives[0].value"),
    ),
    "evidence-words-on-a-voted-list": (
        2026,
        lambda d: d["projects"][0].update(
            metrics=[
                {
                    "id": "platform",
                    "kind": "milestone",
                    "subject": {"zh": "平台"},
                    "statement": "搭建服务平台",
                    "evidence": {"statement": "平台已建成投用", "achieved": None},
                }
            ]
        ),
        ("stage-outcome", "error", "$.projects[0].metrics[0]"),
    ),
    "reported-complete-when-begun": (
        2025,
        lambda d: d["projects"][3]["reported"].update(phrase="均已开工"),
        ("reported-phrase", "warning", "$.projects[3].reported.status"),
    ),
    "reported-complete-but-one": (
        2025,
        lambda d: d["projects"][3]["reported"].update(phrase="除1所外均已完成"),
        ("reported-phrase", "warning", "$.projects[3].reported.status"),
    ),
    "a-year-end-report-of-the-year-before": (
        2025,
        lambda d: d.update(year=2024),
        ("as-of-year", "error", "$.as_of"),
    ),
    # a newcomer's: outcomes that name no source, where every source is older
    # than the year, passed with a warning about as_of alone
    "every-source-from-the-year-before": (
        2025,
        lambda d: [source.update(date="2024-12-01") for source in d["sources"]],
        ("source-date", "error", "$.projects[0].metrics[0].actual"),
    ),
    # and outcomes stood before the projects were voted on
    "outcomes-before-the-vote": (
        2025,
        lambda d: (d["ballot"].update(date="2025-01-20"), d.update(as_of="2025-01-10")),
        ("as-of-vote", "warning", "$.as_of"),
    ),
    # a semantic review's: 120 of 200 km, as a milestone, was achieved by its words
    "milestone-with-figures": (
        2025,
        lambda d: _metric(d, 7, 0).update(
            kind="milestone",
            actual={"value": "120", "unit": "公里", "phrase": "120公里"},
            evidence={"statement": "新建、改建农村公路120公里", "achieved": True},
        ),
        ("kind-figures", "error", "$.projects[7].metrics[0].kind"),
    ),
    # a newcomer's: evidence on a rate, which its assessment never reads
    "evidence-on-a-rate": (
        2025,
        lambda d: _metric(d, 1, 4).update(
            evidence={"statement": "持证上岗率达100%", "achieved": True}
        ),
        ("kind-evidence", "warning", "$.projects[1].metrics[4].evidence"),
    ),
    # a newcomer's: a milestone pledged in figures, achieved on a figure that misses it
    "milestone-achieved-short-of-its-target": (
        2025,
        lambda d: (
            _metric(d, 1, 0).update(
                kind="milestone",
                evidence={"statement": "全年培训养老护理人员1800名", "achieved": True},
            ),
            _metric(d, 1, 0).pop("actual"),
        ),
        ("evidence-figure", "error", "$.projects[1].metrics[0].evidence.achieved"),
    ),
    # a semantic review's: an estimate recorded as the outcome was met at 170 %
    "outcome-that-is-an-estimate": (
        2025,
        lambda d: _set(
            _metric(d, 0, 0), "actual", {"value": "5100", "unit": "个", "phrase": "预计5100个"}
        ),
        ("outcome-planned", "error", "$.projects[0].metrics[0].actual.phrase"),
    ),
    "outcome-that-is-a-plan": (
        2025,
        lambda d: _set(
            _metric(d, 0, 0),
            "actual",
            {"value": "5100", "unit": "个", "phrase": "计划新增5100个"},
        ),
        ("outcome-planned", "error", "$.projects[0].metrics[0].actual.phrase"),
    ),
    # a semantic review's: 未实现, 还没有建成 and 未能按期建成 passed as achieved
    "evidence-words-say-not-done": (
        2025,
        lambda d: _set(
            _metric(d, 1, 5)["evidence"], "statement", "护理人员进家庭服务平台未实现上门服务"
        ),
        ("evidence-phrase", "error", "$.projects[1].metrics[5].evidence.achieved"),
    ),
    "evidence-words-say-not-yet-built": (
        2025,
        lambda d: _set(_metric(d, 1, 5)["evidence"], "statement", "服务平台还没有建成"),
        ("evidence-phrase", "error", "$.projects[1].metrics[5].evidence.achieved"),
    ),
    # a second semantic review's: 尚未全面实现, 暂未上线 and 预估 passed
    "evidence-words-say-not-fully": (
        2025,
        lambda d: _set(_metric(d, 1, 5)["evidence"], "statement", "服务平台尚未全面实现上门服务"),
        ("evidence-phrase", "error", "$.projects[1].metrics[5].evidence.achieved"),
    ),
    "evidence-words-say-not-online-yet": (
        2025,
        lambda d: _set(_metric(d, 1, 5)["evidence"], "statement", "服务平台暂未上线"),
        ("evidence-phrase", "error", "$.projects[1].metrics[5].evidence.achieved"),
    ),
    "evidence-flipped-on-all-realised": (
        2025,
        lambda d: _metric(d, 8, 0)["evidence"].update(achieved=False),
        ("evidence-phrase", "error", "$.projects[8].metrics[0].evidence.achieved"),
    ),
    "outcome-that-is-a-forecast": (
        2025,
        lambda d: _set(
            _metric(d, 0, 0), "actual", {"value": "5100", "unit": "个", "phrase": "预估新增5100个"}
        ),
        ("outcome-planned", "error", "$.projects[0].metrics[0].actual.phrase"),
    ),
}


@pytest.mark.parametrize("name", sorted(PROGRAM_EDITS))
def test_a_single_mistake_in_a_shipped_dataset_is_found(name: str) -> None:
    """Regression: each of these mistakes, made once in a shipped dataset, passed validate."""
    year, edit, expected = PROGRAM_EDITS[name]
    document = _kunming(year)
    before = {
        (p.code, p.severity, p.path)
        for p in minsheng.check(minsheng.loads(json.dumps(document, ensure_ascii=False)))
    }
    edit(document)
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    found = {(p.code, p.severity, p.path) for p in minsheng.check(program)} - before
    assert expected in found


@pytest.mark.parametrize(
    ("year", "edit"),
    [
        (
            2026,
            lambda d: d["ballot"].update(electorate="9" * 5000 + "个代表团"),
        ),  # was a ValueError
        (2026, lambda d: d["ballot"].update(body="十二十届人大七次会议")),  # was a ParseError
        (2025, lambda d: d["ballot"].update(body="市人大")),  # names no session
        (2025, lambda d: d["evaluation"].update(body="市人大")),
        (  # a place the platform had not reached before: no claim that it is not done
            2025,
            lambda d: _metric(d, 1, 5)["evidence"].update(
                statement="整合主城区四区及此前尚未接入的安宁市智慧系统，形成护理人员进家庭服务平台"
            ),
        ),
    ],
)
def test_what_the_new_checks_must_not_say(year: int, edit: Edit) -> None:
    """Regression (a review of the new checks): a traceback, a stop, or a false alarm."""
    document = _kunming(year)
    before = {(p.code, p.path) for p in minsheng.check(minsheng.loads(json.dumps(document)))}
    edit(document)
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    assert {(p.code, p.path) for p in minsheng.check(program)} - before == set()


def test_one_session_in_other_words_is_one_session() -> None:
    """The evaluation at 第十五届人民代表大会第五次会议 is at the vote's 市十五届人大五次会议."""
    document = _kunming(2025)
    document["evaluation"]["body"] = "第十五届人民代表大会第五次会议"
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    assert "evaluation-body" in {p.code for p in minsheng.check(program)}


@few_programs
@given(programs())
def test_validate_warns_where_assessment_finds_units_that_do_not_compare(
    program: minsheng.Program,
) -> None:
    """Every metric that assessment leaves undetermined for its units, validate names first."""
    paths = {p.path.rsplit(".", 2)[0] for p in minsheng.check(program) if p.code in _UNIT_CODES}
    for path, metric in _metric_paths(program):
        reason = assess_metric(metric).reason if metric.actual else None
        if reason == "the target and the outcome are in units that do not compare":
            assert path in paths, (path, metric.target, metric.actual)


_UNIT_CODES = ("incomparable", "unit-mismatch", "classifier-mismatch", "kind-unit")


def _metric_paths(program: minsheng.Program) -> list[tuple[str, minsheng.Metric]]:
    found = [(f"$.figures[{i}]", m) for i, m in enumerate(program.figures)]
    for p, project in enumerate(program.projects):
        found += [(f"$.projects[{p}].metrics[{i}]", m) for i, m in enumerate(project.metrics)]
    return found


@pytest.mark.parametrize(
    ("project", "metric", "field", "value"),
    [
        (0, 0, "actual", {"value": "5100", "unit": "个", "phrase": "预计5100个"}),
        (1, 5, "evidence", {"statement": "护理人员进家庭服务平台未实现上门服务", "achieved": True}),
    ],
)
def test_an_outcome_its_words_deny_is_never_met(
    project: int, metric: int, field: str, value: object
) -> None:
    """预计5100个 as the outcome was met at 170 %; 未实现 under achieved: true was achieved."""
    document = _kunming(2025)
    _set(_metric(document, project, metric), field, value)
    result = minsheng.assess(minsheng.loads(json.dumps(document, ensure_ascii=False)))
    status = result.projects[project].metrics[metric].status
    assert status is minsheng.Status.UNDETERMINED


def test_an_increment_that_disagrees_with_its_level_is_never_met() -> None:
    """Baseline 230 + increment 20 is not the level 242: the increment was still met alone."""
    document = _kunming(2025)
    _metric(document, 6, 0)["actual"].update(value="20", phrase="20条")
    _metric(document, 6, 1)["actual"].update(value="242", phrase="242条")
    result = minsheng.assess(minsheng.loads(json.dumps(document, ensure_ascii=False)))
    metrics = result.projects[6].metrics
    assert [metrics[0].metric.increment, metrics[1].metric.increment] == [
        None,
        metrics[0].metric.id,
    ]
    assert [m.status for m in metrics[:2]] == [minsheng.Status.UNDETERMINED] * 2
    assert [p.code for p in metrics[0].problems] == ["consistency"]


@pytest.mark.parametrize(
    ("words", "planned"),
    [
        ("全年预计新增5100个", True),
        ("将新增5100个", True),
        ("预期寿命达到78.5岁", False),
        ("目标人群覆盖率95%", False),
        ("计划生育特殊家庭扶助3200户", False),
        ("拟定标准3项", False),
        ("将近5100个", False),
    ],
)
def test_an_outcome_planned_is_found_anywhere_but_not_in_other_words(
    words: str, planned: bool
) -> None:
    """A review's: 全年预计新增5100个 was met; 预期寿命, 计划生育 and 拟定 were errors."""
    from minsheng._words import PLANNED

    assert (PLANNED.search(words) is not None) is planned


@pytest.mark.parametrize(
    ("words", "denied"),
    [
        ("终端未实现24小时自助办理", True),
        ("还没有建成", True),
        ("未能按期建成", True),
        ("为此前未实现集中供水的12个村通水", False),
        ("12个未建成区域已全部建成", False),
        ("无一项未完成", False),
    ],
)
def test_words_of_not_done_are_not_a_noun_s_clause(words: str, denied: bool) -> None:
    """A review's: 此前未实现集中供水的12个村 made achieved evidence an error."""
    from minsheng._status_words import says_not_done

    assert says_not_done(words) is denied


def test_a_context_figure_may_cite_the_year_before() -> None:
    """A review's: source-date held a context figure (no target) to the program's year."""
    document = _kunming(2025)
    document["sources"].append(
        {"id": "old-news", "publisher": "昆明日报", "title": "旧闻", "date": "2024-11-01"}
    )
    _metric(document, 0, 3)["actual"]["source"] = "old-news"  # no target: context
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    assert "source-date" not in {p.code for p in minsheng.check(program)}


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("预期新增5100个", True),
        ("即将新增5100个", True),
        ("已将5100户纳入", False),
        ("平台仍未实现与省级系统的对接", True),  # NOT_DONE_WORDS
        ("此前未完成改造的12个小区已全部完成", False),
        ("系统尚未形成全市的统一平台", True),
    ],
)
def test_what_a_second_review_found_the_word_checks_miss(words: str, found: bool) -> None:
    """预期新增 was an outcome; 仍未实现与…的对接 was achieved; 未完成改造的12个小区 not done."""
    from minsheng._status_words import NOT_DONE_WORDS
    from minsheng._words import PLANNED

    pattern = NOT_DONE_WORDS if "未" in words else PLANNED
    assert (pattern.search(words) is not None) is found


def test_the_quick_test_of_planned_words_holds_a_character_of_each() -> None:
    """outcome-planned searches only phrases with one of PLANNED_CHARS, in either script."""
    from minsheng._script import normalize
    from minsheng._words import PLANNED, PLANNED_CHARS

    words = "预计 預計 预期 預期 计划 計劃 目标5 目標5 力争 力爭 争取 爭取 拟 擬 将 將 有望 可望"
    for word in words.split():
        assert PLANNED.search(normalize(word)) is not None, word
        assert not PLANNED_CHARS.isdisjoint(word), word


def test_the_denominator_warning_names_the_words_as_printed() -> None:
    """Kunming's childcare density: per 常住人口 against per 人口, as the data has them."""
    (warning,) = [
        p for p in minsheng.check(minsheng.load("kunming", 2025)) if p.code == "denominator-wording"
    ]
    assert "per 1000名常住人口 and the outcome per 1000人口" in str(warning.message)


def test_a_reported_warning_quotes_the_words_as_printed() -> None:
    """A third semantic review's: 建設中 was quoted as 建设中, the words as read."""
    document = _kunming_2025()
    document["projects"][3]["reported"] = {"status": "completed", "phrase": "建設中"}
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    (warning,) = [p for p in minsheng.check(program) if p.code == "reported-phrase"]
    assert "'建設中'" in str(warning.message)


def test_denominators_in_units_of_one_dimension_compare_by_size() -> None:
    """A diff review's: 每千米 against 每1000米, 每周 against 每7天, 每所学校 against 每个学校.

    Denominators were compared by their units' names: each pair was an error.
    """
    from minsheng._denominators import compare_denominators

    same = [
        ("每1000米3元", "每千米3元"),
        ("每公里3元", "每千米3元"),
        ("每平方公里30人", "每平方千米30人"),
        ("每公斤3元", "每千克3元"),
        ("每周3次", "每7天3次"),
        ("每小时6班次", "每60分钟8班次"),
        ("每天1000人次", "每1440分钟1200人次"),
        ("每季度3次", "每3个月3次"),
        ("每年3次", "每12个月3次"),
        ("每所学校2名", "每个学校3名"),
    ]
    for mine, theirs in same:
        target, actual = minsheng.parse_quantity(mine), minsheng.parse_quantity(theirs)
        assert compare_denominators(target.per, actual.per) == (False, []), (mine, theirs)
    for mine, theirs in (("每吨3元", "每公斤3元"), ("每周3次", "每天3次"), ("每月3次", "每年3次")):
        target, actual = minsheng.parse_quantity(mine), minsheng.parse_quantity(theirs)
        assert compare_denominators(target.per, actual.per)[0], (mine, theirs)


def test_words_of_all_done_under_a_negation_or_a_plan_are_not_done() -> None:
    """A second diff review's: 未能全面实施 and 将全面实施 read as all done.

    Correct data (achieved false) was an error, and a false "achieved" passed.
    """
    from minsheng._status_words import says_done

    for words in ("部分区县未能全面实施", "平台没有全部接入", "2026年将全面实施护理服务"):
        assert not says_done(words), words
    for words in ("力争年底前全面建成", "全面实施家庭医生签约服务", "全部建成后可新增床位"):
        assert not says_done(words), words
    assert not says_done("全部建成以后可新增床位")
    for words in ("均已实施", "全部实现24小时自助办理", "已全部接入", "均已完成"):
        assert says_done(words), words
    # a last review's: 按计划 (as planned) and 已将 (将 as 把) are no plan of what follows;
    # 并将 is one, and so is 力争 with a 的 between
    for words in (
        "均按计划全部完成",
        "按原计划全部完成",
        "年度计划任务全部完成",
        "已将12个站点全部建成",
    ):
        assert says_done(words), words
    for words in ("项目已开工，并将于年底前全部建成", "力争今年的年底全部建成", "全部建成投用后"):
        assert not says_done(words), words
    document = _kunming_2025()
    evidence = _metric(document, 1, 5)["evidence"]
    evidence.update(statement="部分区县未能全面实施", achieved=False)
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    assert "evidence-phrase" not in {p.code for p in minsheng.check(program)}
    evidence.update(achieved=True)
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    assert "evidence-phrase" in {p.code for p in minsheng.check(program)}


def test_a_negation_in_a_nouns_clause_that_is_done_says_done() -> None:
    """A last review's: 此前未开通…的村组均已开通 with achieved true was an error.

    The negation names which villages, and its clause says they are done; a
    negation in a clause of its own (…，农村站点尚未建成) still says not done.
    """
    document = _kunming_2025()
    evidence = _metric(document, 1, 5)["evidence"]
    evidence.update(statement="此前未开通公交线路的偏远村组均已开通", achieved=True)
    document["projects"][0]["reported"]["phrase"] = "此前未接入医保系统的定点药店已全部接入"
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    codes = {p.code for p in minsheng.check(program)}
    assert not codes & {"evidence-phrase", "reported-phrase"}
    evidence.update(statement="城区站点均已建成，农村站点尚未建成")
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    assert "evidence-phrase" in {p.code for p in minsheng.check(program)}


@pytest.mark.parametrize(
    ("words", "not_done", "done"),
    [
        # a review of the final commit's: a 未…的 clause names which, and is no negation
        ("此前未开通的村组均已开通", False, True),
        ("此前尚未接入的安宁市已全部接入", False, True),
        ("尚未完成的项目已全部完成", False, True),
        # a bracket or ： ends a clause too (not 、: see below)
        ("农村站点尚未建成（城区的站点均已建成）", True, True),
        # 后 of another word is no "once it is"; 投入使用后 is
        ("全部实现先诊后付", False, True),
        ("已全部接入省级后台", False, True),
        ("全部建成并投入使用后", False, False),
        # 原计划 is a plan, 按原计划 is not; words with 计划, 未 or 将 are no plan or negation
        ("原计划于年底全部建成", False, False),
        ("计划生育特殊家庭全部实现帮扶", False, True),
        ("未成年人之家全部建成", False, True),
        ("12个未来社区全部建成", False, True),
        ("已经将12个站点全部建成", False, True),
        ("全部實現24小時自助辦理", False, True),
        # a review of those rules': 、 inside a 的-clause, more verbs before 后, 计划 as a
        # measure (较原计划), 未来得及 and 未来两年内, 真正的 is no 的-clause
        ("此前未实现集中供水、供电的12个村均已实现", False, True),
        ("全部建成通车后", False, False),
        ("较原计划提前全部建成", False, True),
        ("依照计划全部完成", False, True),
        ("未来得及全部完成", False, False),
        ("未来两年内全部建成", False, False),
        ("尚未真正的全部完成", False, False),
    ],
)
def test_what_the_words_of_a_report_say_is_done(words: str, not_done: bool, done: bool) -> None:
    """The words of reported statuses and evidence, read as done, not done, both or neither."""
    from minsheng._script import normalize
    from minsheng._status_words import says_done, says_not_done

    assert (says_not_done(normalize(words)), says_done(normalize(words))) == (not_done, done)


@pytest.mark.parametrize(
    ("statement", "achieved", "code"),
    [
        # a reviewer's, each passed with the report's "met": a plan, a part, work going on
        ("力争实现全市24小时自助办理", True, "evidence-phrase"),
        ("将实现24小时自助办理", True, "evidence-phrase"),
        ("有待完成", True, "evidence-phrase"),
        ("已基本实现", True, "evidence-phrase"),
        ("接近完成", True, "evidence-phrase"),
        ("完成了一半", True, "evidence-phrase"),
        ("尚在调试中", True, "evidence-phrase"),
        ("正在试运行", True, "evidence-phrase"),
        ("部分终端实现24小时自助办理", True, "evidence-phrase"),
        ("除3台外均已实现", True, "evidence-phrase"),
        # words of no work at all, or of work done read as not: a warning (free text)
        ("天气晴朗", True, "evidence-unsaid"),
        ("已实现", False, "evidence-unsaid"),
        ("已建成并投入使用", False, "evidence-unsaid"),
        # and what stays quiet
        ("全市211台终端全部实现24小时自助办理", True, None),
        ("已实现80%", False, None),
        ("整合四区智慧系统，形成服务平台", True, None),
        # a review's: 接待 and 优待 are no 待; 除…外 that is "besides"; 发放 is work;
        # a start is no work done
        ("全年接待完成3000人次", True, None),
        ("各项优待落实到位", True, None),
        ("除原有12个站点外，新增8个站点均已建成投用", True, None),
        ("除安宁市外，其余县区均已实现", True, "evidence-phrase"),
        ("已全部发放", True, None),
        ("项目已开工建设", False, None),
    ],
)
def test_evidence_whose_words_do_not_carry_its_verdict(
    statement: str, achieved: bool, code: str | None
) -> None:
    """The report printed 已达成 for a plan (力争实现) or a part (部分终端实现)."""
    document = _kunming(2025)
    _metric(document, 8, 0)["evidence"].update(statement=statement, achieved=achieved)
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    found = [p.code for p in minsheng.check(program) if ".evidence." in p.path]
    assert found == ([] if code is None else [code])
    if code == "evidence-phrase":
        result = minsheng.assess(program).projects[8].metrics[0]
        assert result.metric.id == "certificate-self-service"
        assert result.verdict is minsheng.Status.UNDETERMINED  # never met


def test_a_fall_of_more_than_all_of_it_is_an_error() -> None:
    """A reviewer's: an outcome 下降150% of a count passed validate (only assessed not met)."""
    document = _kunming(2025)
    (metric,) = [
        m for p in document["projects"] for m in p["metrics"] if m["id"] == "carers-growth"
    ]
    metric["actual"].update(value="-150", phrase="下降150%")
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    found = [(p.code, p.path) for p in minsheng.check(program) if p.code == "negative"]
    assert found == [("negative", "$.projects[1].metrics[2].actual.value")]
    metric["actual"].update(value="-100", phrase="下降100%")  # all of it: none left, possible
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    assert [p for p in minsheng.check(program) if p.code == "negative"] == []


def test_a_dataset_of_no_project_is_warned() -> None:
    """A reviewer's: "projects": [] validated as "ok; projects: 0"."""
    document = _kunming(2025)
    document["projects"], document["ballot"] = [], None
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    found = [(p.code, p.severity) for p in minsheng.check(program) if p.path == "$.projects"]
    assert found == [("no-projects", "warning")]


@pytest.mark.parametrize(
    "metric",
    [
        # a start pledged, and started: no work under way (a review's, from
        # https://www.guwao.cn/xwzx/PoliticsNews/202211/t20221123_12489887.htm)
        {
            "kind": "count",
            "direction": "higher",
            "statement": "新开工改造城镇老旧小区1405个",
            "target": {"value": "1405", "unit": "个", "phrase": "1405个"},
            "actual": {"value": "1578", "unit": "个", "phrase": "新开工改造城镇老旧小区1578个"},
        },
        # lower is better for a time, whose pledge says no word of less or more
        {
            "kind": "count",
            "direction": "lower",
            "statement": "实现不动产登记1个工作日办结",
            "target": {"value": "1", "unit": "个工作日", "phrase": "1个工作日"},
            "actual": {"value": "1", "unit": "个工作日", "phrase": "1个工作日"},
        },
        # a derivation that states its result, in metres
        {
            "kind": "count",
            "direction": "higher",
            "target": {"value": "200", "unit": "公里", "phrase": "200公里"},
            "actual": {
                "value": "583.39",
                "unit": "公里",
                "decimals": 2,
                "approximation": "rounded",
                "derivation": "320000 + 263390 = 583390 米: two counties' roads",
            },
        },
    ],
)
def test_what_a_review_of_the_meaning_checks_found_flagged_wrongly_passes(
    metric: dict[str, Any],
) -> None:
    program = minsheng.loads(json.dumps(one_metric(metric), ensure_ascii=False))
    codes = {p.code for p in minsheng.check(program)}
    assert not codes & {"outcome-planned", "direction-words", "derivation"}, codes
