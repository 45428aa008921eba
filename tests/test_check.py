"""Checks of a structured program: references, ballots, sums and phrases."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

import minsheng
from tests.conftest import ROOT


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


def test_phrase_that_cannot_be_read() -> None:
    """An unreadable phrase is a problem of its own, with the position."""
    document = _kunming_2025()
    _metric(document, 0, 0)["actual"].update(phrase="five thousand")
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    (problem,) = minsheng.check(program)
    assert problem.code == "phrase"
    assert problem.message.startswith("the phrase cannot be read: no figure found")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("approximation", "exact", "approximation is exact but the phrase says more-than"),
        ("comparator", ">=", "comparator is >= but the phrase says null"),
        ("unit", "所", "unit is 所 but the phrase says 个"),
    ],
)
def test_phrase_disagreements(field: str, value: str, message: str) -> None:
    """Each part of a figure is checked against its phrase."""
    document = _kunming_2025()
    _metric(document, 0, 0)["actual"][field] = value
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    assert [p.message for p in minsheng.check(program)] == [f"{message} ('5100余个')"]


def test_rounded_and_exact_are_readings_not_disagreements() -> None:
    """2.6万 may be read as exact or as rounded; neither contradicts the phrase."""
    document = _kunming_2025()
    _metric(document, 0, 1)["actual"]["approximation"] = "exact"
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    assert minsheng.check(program) == ()
