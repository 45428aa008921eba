"""Shared fixtures and the hypothesis profiles.

The default profile keeps the README's test command quick; CI runs the
thorough one (``HYPOTHESIS_PROFILE=ci``, set by ``.ci/run``), and
``HYPOTHESIS_PROFILE=fast`` runs fewer examples still, for quick local loops.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

import minsheng
from minsheng import _readings
from minsheng._registry import clear_cache

_QUIET = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fast", _QUIET, max_examples=10)
settings.register_profile("default", _QUIET, max_examples=30)
settings.register_profile("ci", _QUIET, max_examples=150)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default").lower())

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
SOURCES = ROOT.parent / "shared" / "sources"
SOURCE_MISSING = (
    "the source articles are the newspapers' texts, not redistributed with minsheng;"
    f" put them in {SOURCES} (see CONTRIBUTING.md) to run this test"
)


@pytest.fixture(scope="session", autouse=True)
def _private_readings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the parser's readings in a file of the test session's own.

    Some tests change the model or the parser in memory; what the parser reads
    then must never reach the file a later process serves readings from.
    """
    folder = tmp_path_factory.mktemp("readings")
    stamp = ("readings", "tests", _readings.sources()[0])
    _readings._WHERE = (str(folder / "readings.bin"), stamp)  # noqa: SLF001 - the module's own


@pytest.fixture
def fresh_registry() -> Iterator[None]:
    """Forget the registry's index and cache before and after a test."""
    clear_cache()
    yield
    clear_cache()


@pytest.fixture(scope="session")
def kunming_2025() -> minsheng.Program:
    """The shipped Kunming 2025 program."""
    return minsheng.load("kunming", 2025)


@pytest.fixture(scope="session")
def kunming_2026() -> minsheng.Program:
    """The shipped Kunming 2026 program."""
    return minsheng.load("kunming", 2026)


def snapshot(name: str, text: str) -> None:
    """Compare ``text`` with the golden file ``name``; rewrite it when asked to.

    Set ``MINSHENG_UPDATE_SNAPSHOTS=1`` to rewrite the golden files, then read
    the diff before committing it.
    """
    path = SNAPSHOTS / name
    if os.environ.get("MINSHENG_UPDATE_SNAPSHOTS") == "1":
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"no snapshot {name}; run with MINSHENG_UPDATE_SNAPSHOTS=1"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its snapshot"


def one_metric(metric: dict[str, Any], **program: Any) -> dict[str, Any]:
    """A program of one project with one metric (id ``m``), as dataset JSON data.

    ``metric`` adds to or replaces the metric's keys, ``program`` the program's.
    """
    document: dict[str, Any] = {
        "jurisdiction": {
            "slug": "testville",
            "name": {"zh": "测试市"},
            "division_code": "190100",
            "province": {"zh": "测试省"},
        },
        "year": 2025,
        "stage": "reported",
        "as_of": "2025-12-31",
        "sources": [{"id": "s", "publisher": "p", "title": "t", "date": "2026-01-01"}],
        "projects": [
            {
                "number": 1,
                "title": {"zh": "项目"},
                "categories": ["education"],
                "metrics": [{"id": "m", "subject": {"zh": "对象"}, **metric}],
            }
        ],
    }
    document.update(program)
    return document


def found_figures(text: str) -> list[tuple[str, minsheng.Quantity | None]]:
    """Each phrase the scan finds in ``text``, and its figure (``None`` where refused)."""
    return [
        (f.phrase, None if f.reading is None else f.reading.figure)
        for f in minsheng.find_quantities(text)
    ]


def assert_all_refused(text: str, *, but: str = "") -> None:
    """The scan finds a phrase in ``text``, and reads none it finds.

    With ``but``, the phrases that hold it (a figure of the sentence that reads,
    beside the one under test) are left out.
    """
    found = [(p, f) for p, f in found_figures(text) if not but or but not in p]
    assert found
    assert all(figure is None for _, figure in found), found


def scanned(text: str) -> list[tuple[str, bool]]:
    """Each phrase the scan finds in ``text``, and whether it is read."""
    return [(f.phrase, f.reading is not None) for f in minsheng.find_quantities(text)]
