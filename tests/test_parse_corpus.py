"""The phrase corpus: every real phrase of tests/corpus reads as written by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import minsheng

CORPUS = Path(__file__).resolve().parent / "corpus" / "phrases.json"
ENTRIES: list[dict[str, Any]] = json.loads(CORPUS.read_text(encoding="utf-8"))["phrases"]
_CHANGE = {minsheng.Measure.INCREMENT: "by", minsheng.Measure.LEVEL: "to"}
_DIRECTION = {minsheng.Direction.HIGHER: "up", minsheng.Direction.LOWER: "down"}


def _figure(q: minsheng.Quantity) -> dict[str, Any]:
    return {
        "value": format(q.value, "f"),
        "unit": q.unit,
        "multiplier": q.multiplier,
        "decimals": q.decimals,
        "approximation": q.approximation.value,
        "comparator": None if q.comparator is None else q.comparator.value,
        "per": sorted((format(p.amount, "f"), (p.unit or "") + (p.subject or "")) for p in q.per),
    }


def _expected_figure(e: dict[str, Any]) -> dict[str, Any]:
    keys = ("value", "unit", "multiplier", "decimals", "approximation", "comparator")
    return {
        **{key: e[key] for key in keys},
        "per": sorted((p["amount"], (p["unit"] or "") + (p["subject"] or "")) for p in e["per"]),
    }


def reading_as_corpus(r: minsheng.Reading) -> dict[str, Any]:
    """A reading in the corpus's terms.

    Denominators are compared without order, each as its amount and its printed
    words (classifier and noun): the model keeps a noun that is itself a unit
    (每人, 每年) in ``unit`` (see :class:`minsheng.Per`), the corpus writes every
    noun as ``subject``; both say the same denominator.
    """
    q = r.figure
    return {
        **_figure(q),
        "upper": None if q.upper is None else format(q.upper, "f"),
        "baselines": [_figure(b) for b in r.baselines],
        "change": None if r.change is None else _CHANGE[r.change],
        "direction": None if r.direction is None else _DIRECTION[r.direction],
    }


def expected_as_corpus(e: dict[str, Any]) -> dict[str, Any]:
    """An entry's hand-written expectation in the same terms."""
    return {
        **_expected_figure(e),
        "upper": e.get("upper"),
        "baselines": [_expected_figure(b) for b in e.get("baselines", [])],
        "change": e.get("change"),
        "direction": e.get("direction"),
    }


def test_the_corpus_is_large_and_varied() -> None:
    """The issue asks for 200+ phrases from 10+ places, traditional script included."""
    assert len(ENTRIES) >= 200
    assert len({e["place"] for e in ENTRIES}) >= 10
    assert any(e["script"] == "hant" for e in ENTRIES)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["phrase"] for e in ENTRIES])
def test_corpus_phrase(entry: dict[str, Any]) -> None:
    """The phrase reads exactly as its hand-written expectation says."""
    reading = minsheng.parse_phrase(entry["phrase"])
    assert reading_as_corpus(reading) == expected_as_corpus(entry["expect"])
    assert reading.figure.phrase == entry["phrase"]
