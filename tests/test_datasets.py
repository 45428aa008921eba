"""Every shipped dataset, whichever city: valid, consistent, and snapshotted.

A new city's dataset needs no test module of its own: it is picked up here,
and ``MINSHENG_UPDATE_SNAPSHOTS=1 pytest tests/test_datasets.py`` writes its
figure table for review.
"""

from __future__ import annotations

import json

import pytest

import minsheng
from minsheng._check import quantity_paths
from minsheng._registry import SHIPPED
from tests.conftest import snapshot
from tests.test_schema import VALIDATOR

SHIPPED_DATASETS = [
    f"{info.city}/{info.year}" for info in minsheng.available() if info.provider == SHIPPED
]


def _program(key: str) -> minsheng.Program:
    city, year = key.split("/")
    return minsheng.load(city, int(year))


def figures_table(program: minsheng.Program) -> str:
    """Every structured figure with its interval and phrase, one tab-separated row each."""
    lines = ["path\tvalue\tunit\tlow\thigh\tapproximation\tcomparator\tphrase_or_derivation"]
    for path, q in quantity_paths(program):
        interval = q.interval
        low = ("[" if interval.low_closed else "(") + f"{interval.low:f}"
        high = f"{interval.high:f}" + ("]" if interval.high_closed else ")")
        comparator = q.comparator.value if q.comparator else ""
        lines.append(
            f"{path}\t{q.value:f}\t{q.unit}\t{low}\t{high}\t{q.approximation.value}"
            f"\t{comparator}\t{q.phrase or 'derived: ' + (q.derivation or '')}"
        )
    return "\n".join(lines) + "\n"


def test_there_are_shipped_datasets() -> None:
    """The parametrized tests below have something to run on."""
    assert "kunming/2025" in SHIPPED_DATASETS


@pytest.mark.parametrize("key", SHIPPED_DATASETS)
def test_dataset_checks_clean(key: str) -> None:
    """References, arithmetic and phrases all agree: check() finds no error."""
    assert [p for p in minsheng.check(_program(key)) if p.severity == "error"] == []


@pytest.mark.parametrize("key", SHIPPED_DATASETS)
def test_dataset_is_schema_valid_and_round_trips(key: str) -> None:
    """The dataset as written validates against the schema and survives dumps/loads."""
    program = _program(key)
    text = minsheng.dumps(program)
    assert list(VALIDATOR.iter_errors(json.loads(text))) == []
    assert minsheng.loads(text) == program


@pytest.mark.parametrize("key", SHIPPED_DATASETS)
def test_dataset_figures_snapshot(key: str) -> None:
    """Every figure, its interval and its phrase, as a reviewable table per dataset."""
    snapshot(f"figures/{key.replace('/', '-')}.tsv", figures_table(_program(key)))
