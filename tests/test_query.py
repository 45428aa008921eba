"""Selecting programs, projects and metrics by city, years, category and status."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given

import minsheng
from minsheng import Category, Status
from minsheng._cli import main
from minsheng._query import parse_years
from tests.conftest import ROOT
from tests.strategies import few_programs, programs


def _extra() -> list[minsheng.Program]:
    """The hand-made datasets of other, fictional cities, beside Kunming."""
    return [
        minsheng.load_file(ROOT / "tests" / "data" / name)
        for name in ("not-met.json", "undetermined.json")
    ]


def test_select_by_city_and_years() -> None:
    """A city and a year range pick the installed programs, loading only those."""
    chosen = minsheng.select(city="kunming", years=(2024, 2025))
    assert [p.key for p in chosen.programs] == ["kunming/2025"]
    assert minsheng.select(city="nowhere").programs == ()
    assert [p.key for p in minsheng.select(years=2026).programs] == ["kunming/2026"]


def test_select_by_category_across_years() -> None:
    """Education projects of Kunming 2025 (#1) and 2026 (#3): the year-to-year view."""
    chosen = minsheng.select(city=["kunming"], category=Category.EDUCATION)
    assert [(p.key, r.project.number) for p, r in chosen.projects()] == [
        ("kunming/2025", 1),
        ("kunming/2026", 3),
    ]
    assert {r.metric.id for _, _, r in chosen.metrics()} >= {"kindergarten-places"}
    assert all(r.project.category is Category.EDUCATION for _, r in chosen.projects())


def test_select_by_status(kunming_2025: minsheng.Program) -> None:
    """Status picks metrics by status or verdict, and projects by their rolled-up status."""
    extra = _extra()
    undetermined = minsheng.select([kunming_2025, *extra], status="undetermined")
    statuses = {r.verdict for _, _, r in undetermined.metrics()}
    assert statuses == {Status.UNDETERMINED}
    assert undetermined.programs
    met = minsheng.select([kunming_2025], status=[Status.MET])
    assert all(Status.MET in (r.status, r.verdict) for _, _, r in met.metrics())
    rows = list(minsheng.metric_rows(met))
    assert {r.verdict for r in rows} == {"met"}
    assert len(rows) == len(met.metrics())
    not_met = minsheng.select([kunming_2025], status="not-met")
    assert not_met.programs == ()


def test_selection_narrows_the_figures(kunming_2025: minsheng.Program) -> None:
    """figure_rows of a selection holds only the selected metrics' figures."""
    chosen = minsheng.select([kunming_2025], category="employment")
    metrics = {r.metric for r in minsheng.figure_rows(chosen)}
    with_figures = {
        r.metric.id
        for _, _, r in chosen.metrics()
        if r.metric.target or r.metric.actual or r.metric.baselines or r.metric.components
    }
    assert metrics == with_figures
    assert "jobs-offered" in metrics
    assert "kindergarten-places" not in metrics


def test_unknown_category_or_status_is_named() -> None:
    """A value outside the vocabulary is an InvalidValueError listing the choices."""
    with pytest.raises(minsheng.InvalidValueError, match="'schools' is not one of education"):
        minsheng.select([], category="schools")
    with pytest.raises(minsheng.InvalidValueError, match="not one of met"):
        minsheng.select([], status="done")


def test_select_takes_years_as_text_and_says_what_years_are() -> None:
    """Regression: years="2024-2026" raised a TypeError; (2026, 2024) selected nothing, silently.

    The CLI refuses a range that ends before it starts; so does :func:`select`.
    """
    keys = [p.key for p in minsheng.select(city="kunming", years="2024-2026").programs]
    assert keys == ["kunming/2025", "kunming/2026"]
    with pytest.raises(minsheng.InvalidValueError, match="ends before it starts"):
        minsheng.select([], years=(2026, 2024))
    assert minsheng.select(city="kunming", years=[2024, 2026]).programs  # a list pair, as before
    for years in ((2025,), [2024, 2025, 2026]):
        with pytest.raises(minsheng.InvalidValueError, match=r"^years must be a year"):
            minsheng.select([], years=years)  # type: ignore[arg-type]
    # a type it never takes is a TypeError, as everywhere in the API
    for wrong in (2025.0, True, ("2024", "2026")):
        with pytest.raises(minsheng.ArgumentError, match=r"^years must be a year"):
            minsheng.select([], years=wrong)  # type: ignore[arg-type]
    for city in (5, ["kunming", 3]):
        with pytest.raises(minsheng.ArgumentError, match=r"^city must be a slug or slugs"):
            minsheng.select([], city=city)  # type: ignore[arg-type]
    # what a generator gave, not the spent generator; a huge text is clipped
    with pytest.raises(minsheng.ArgumentError, match=r"not \[1\]$"):
        minsheng.select([], city=(c for c in [1]))  # type: ignore[misc]
    with pytest.raises(minsheng.InvalidValueError) as huge:
        minsheng.select([], years="9" * 10**6)
    assert len(str(huge.value)) < 200


@pytest.mark.parametrize(
    ("text", "years"),
    [("2025", (2025, 2025)), ("2024-2026", (2024, 2026)), (" 2024 – 2026 ", (2024, 2026))],
)
def test_parse_years(text: str, years: tuple[int, int]) -> None:
    """A year or a range of years, inclusive."""
    assert parse_years(text) == years


@pytest.mark.parametrize("text", ["", "25", "2026-2024", "2024-", "2024..2026", "二〇二五"])
def test_parse_years_rejects(text: str) -> None:
    """Anything else is an InvalidValueError."""
    with pytest.raises(minsheng.InvalidValueError):
        parse_years(text)


@few_programs
@given(programs())
def test_selection_is_a_filter(first: minsheng.Program) -> None:
    """Selected metrics are exactly those whose city, year, category and status match."""
    second = attrs.evolve(first, year=first.year + 1 if first.year < 2999 else 1990)
    pool = [first, second]
    for status in Status:
        chosen = minsheng.select(
            pool, city=first.jurisdiction.slug, years=first.year, status=status
        )
        picked = {(p.key, r.metric.id, id(r.metric)) for p, _, r in chosen.metrics()}
        want = {
            (first.key, r.metric.id, id(r.metric))
            for project in minsheng.assess(first).projects
            for r in project.metrics
            if status in (r.status, r.verdict)
        }
        assert picked == want
        assert set(chosen.programs) <= {first}


def test_cli_list_selects(capsys: pytest.CaptureFixture[str]) -> None:
    """`minsheng list` takes --city, --years, --category and --status."""
    assert main(["list", "--city", "kunming", "--years", "2026"]) == 0
    assert capsys.readouterr().out == "kunming\t2026\tminsheng\n"
    assert main(["list", "--status", "met", "--format", "json"]) == 0
    assert [d["year"] for d in json.loads(capsys.readouterr().out)] == [2025]
    assert main(["list", "--category", "education"]) == 0
    assert capsys.readouterr().out.count("kunming") == 2
    assert main(["list", "--city", "nowhere"]) == 1  # no dataset is for it: an error
    assert capsys.readouterr().out == ""


def test_cli_list_rejects_bad_options(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown category or a bad year range is a usage error, exit 2."""
    for args in (["--category", "schools"], ["--years", "next year"]):
        with pytest.raises(SystemExit) as exit_info:
            main(["list", *args])
        assert exit_info.value.code == 2
        err = capsys.readouterr().err
        assert "Traceback" not in err
        assert "error:" in err


def test_show_uses_the_previous_year(capsys: pytest.CaptureFixture[str]) -> None:
    """`show kunming 2026` sets each project beside its 2025 predecessor, through select."""
    assert main(["show", "kunming", "2026", "--locale", "en"]) == 0
    assert "same category in kunming/2025: #1" in capsys.readouterr().out
    assert main(["show", "kunming", "2025", "--locale", "en"]) == 0
    assert "same category in" not in capsys.readouterr().out


def test_list_says_when_nothing_matches(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: list --city beijing printed nothing at all; now it says why.

    A city no dataset is for is an error, which names the cities there are;
    a selection of known cities that matches nothing lists nothing, and says so.
    """
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert main(["list", "--city", "beijing"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "minsheng: no datasets for city 'beijing'; available: kunming\n"
    assert main(["list", "--city", "kunming", "--years", "2030"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "minsheng: no dataset matches the selection\n"


def test_export_says_when_nothing_matches(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Regression: export --city kunmin (a typo) wrote three empty tables and said nothing.

    A city no dataset is for is an error, and nothing is written.  A selection
    that matches nothing still writes its tables (a selection may well be
    empty in a script), and standard error says why they are empty, as list does.
    """
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert main(["export", "--city", "kunmin", "--to", str(tmp_path / "typo")]) == 1
    assert "no datasets for city 'kunmin'; available: kunming" in capsys.readouterr().err
    assert not (tmp_path / "typo").exists()
    assert main(["export", "--city", "kunming", "--years", "2030", "--to", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert captured.err == "minsheng: no dataset matches the selection\n"
    assert len(captured.out.splitlines()) == 4
    assert (tmp_path / "metrics.csv").read_text(encoding="utf-8").count("\n") == 1  # a header
    assert main(["export", "--city", "kunming", "--to", str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""


def test_select_takes_any_integer_as_a_year() -> None:
    """A year from a DataFrame (numpy's int64) was refused as the wrong type."""

    class Int64:  # as numpy's int64: an integer by __index__, not an int
        def __init__(self, value: int) -> None:
            self.value = value

        def __index__(self) -> int:
            return self.value

    keys = [p.key for p in minsheng.select(city="kunming", years=Int64(2025)).programs]
    assert keys == ["kunming/2025"]
    chosen = minsheng.select(city="kunming", years=(Int64(2025), Int64(2026)))
    assert [p.key for p in chosen.programs] == ["kunming/2025", "kunming/2026"]
    with pytest.raises(minsheng.ArgumentError, match=r"^years must be a year"):
        minsheng.select([], years=(True, 2026))

    class Years:  # as numpy's array: an __index__ that refuses
        def __index__(self) -> int:
            raise TypeError("only integer scalar arrays can be converted to a scalar index")

    with pytest.raises(minsheng.ArgumentError, match=r"^years must be a year"):
        minsheng.select([], years=Years())

    class Masked:  # an __index__ that raises ValueError
        def __index__(self) -> int:
            raise ValueError("cannot convert a masked value")

    with pytest.raises(minsheng.ArgumentError, match=r"^years must be a year"):
        minsheng.select([], years=(Masked(), 2026))
