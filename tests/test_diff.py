"""Revisions: `minsheng diff`, and shipped datasets whose figures change bump their revision."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path

import attrs
import pytest
from hypothesis import given

import minsheng
from minsheng._cli import main
from minsheng._diff import Change, diff
from minsheng._registry import SHIPPED
from tests.conftest import ROOT, SNAPSHOTS
from tests.strategies import few_programs, programs

SHIPPED_DATASETS = [
    f"{info.city}/{info.year}" for info in minsheng.available() if info.provider == SHIPPED
]

# What identifies a figure across releases (not its JSON path, which a schema
# change may move), and what makes it the same figure.
KEY = ("project", "metric", "role", "index")
FIELDS = (
    "value",
    "unit",
    "multiplier",
    "decimals",
    "approximation",
    "comparator",
    "per",
    "phrase",
    "derivation",
    "source",
)


def figures_text(program: minsheng.Program) -> str:
    """The program's figures, one tab-separated line each, keyed by project, metric and role.

    Sorted, so that a new order of the dataset's keys moves nothing.
    """
    lines = []
    for row in minsheng.figure_rows([program]):
        cells = [getattr(row, name) for name in KEY + FIELDS]
        lines.append("\t".join("" if c is None else f"{c}" for c in cells))
    return "\n".join(["\t".join(KEY + FIELDS), *sorted(lines)]) + "\n"


def _snapshot_path(key: str) -> Path:
    return SNAPSHOTS / "revisions" / f"{key.replace('/', '-')}.tsv"


def content_digest(program: minsheng.Program) -> str:
    """A digest of everything the dataset says but its revision, as minsheng writes it.

    Figures are not all that results rest on: a reported status, an evidence
    phrase, an equivalent unit change a verdict too.  So any change of the
    data (not of the file's layout or key order) asks for a new revision.
    """
    text = minsheng.dumps(attrs.evolve(program, revision=1))
    canonical = json.dumps(json.loads(text), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _read(path: Path) -> tuple[int, str, str]:
    revision, content, figures = path.read_text(encoding="utf-8").split("\n", 2)
    assert revision.startswith("# revision "), f"{path.name} has no revision line"
    assert content.startswith("# content "), f"{path.name} has no content line"
    return int(revision.removeprefix("# revision ")), content.removeprefix("# content "), figures


def test_there_are_shipped_datasets() -> None:
    """The parametrized revision test has datasets to check."""
    assert "kunming/2025" in SHIPPED_DATASETS


@pytest.mark.parametrize("key", SHIPPED_DATASETS)
def test_changed_figures_bump_the_revision(key: str) -> None:
    """A shipped dataset whose data differs from its snapshot has a higher revision.

    The snapshot lists the figures, for a readable diff, and a digest of the
    whole dataset, so that a changed status, phrase or unit counts too.

    To change a figure: raise the dataset's ``revision``, add a line under
    "Datasets" in CHANGELOG.md, then run ``MINSHENG_UPDATE_SNAPSHOTS=1 pytest
    tests/test_diff.py``, which refuses to record changed figures under the
    old revision.
    """
    city, year = key.split("/")
    program = minsheng.load(city, int(year))
    text, digest = figures_text(program), content_digest(program)
    path = _snapshot_path(key)
    if os.environ.get("MINSHENG_UPDATE_SNAPSHOTS") == "1":
        if path.is_file():
            revision, stored_digest, stored = _read(path)
            assert (stored, stored_digest) == (text, digest) or program.revision > revision, (
                f"{key}: its data changed but its revision is still {revision}; bump it first"
            )
        path.parent.mkdir(exist_ok=True)
        path.write_text(
            f"# revision {program.revision}\n# content {digest}\n{text}", encoding="utf-8"
        )
    assert path.is_file(), f"no revision snapshot for {key}; run with MINSHENG_UPDATE_SNAPSHOTS=1"
    revision, stored_digest, stored = _read(path)
    if (stored, stored_digest) != (text, digest):
        assert program.revision > revision, (
            f"{key}: its data changed but its revision is still {revision}:"
            " bump the revision and list the change under Datasets in CHANGELOG.md"
        )
    assert program.revision == revision, (
        f"{key}: revision {program.revision}, snapshot {revision}:"
        " refresh the snapshot with MINSHENG_UPDATE_SNAPSHOTS=1"
    )


def test_snapshot_notices_a_changed_figure(kunming_2025: minsheng.Program) -> None:
    """Changing one figure's value or phrase changes the snapshot text the test compares."""
    project = kunming_2025.project(1)
    metric = project.metrics[0]
    assert metric.actual is not None
    for change in ({"value": metric.actual.value + 100}, {"phrase": "5200余个"}):
        moved = attrs.evolve(
            kunming_2025,
            projects=(
                attrs.evolve(
                    project,
                    metrics=(attrs.evolve(metric, actual=attrs.evolve(metric.actual, **change)),),
                ),
            ),
            ballot=None,
        )
        unchanged = attrs.evolve(
            kunming_2025, projects=(attrs.evolve(project, metrics=(metric,)),), ballot=None
        )
        assert figures_text(moved) != figures_text(unchanged)


def test_diff_lists_a_changed_figure(kunming_2025: minsheng.Program) -> None:
    """A changed outcome is one change at its JSON path, old and new value as dataset JSON."""
    project = kunming_2025.projects[0]
    metric = project.metrics[0]
    assert metric.actual is not None
    new_actual = attrs.evolve(metric.actual, value=metric.actual.value + 100)
    revision = kunming_2025.revision + 1
    new = attrs.evolve(
        kunming_2025,
        revision=revision,
        projects=(
            attrs.evolve(
                project, metrics=(attrs.evolve(metric, actual=new_actual), *project.metrics[1:])
            ),
            *kunming_2025.projects[1:],
        ),
    )
    assert diff(kunming_2025, new) == (
        Change("$.projects[0].metrics[0].actual.value", "changed", old="5100", new="5200"),
        Change("$.revision", "changed", old=revision - 1, new=revision),
    )
    assert diff(kunming_2025, kunming_2025) == ()


def test_diff_matches_projects_by_number(kunming_2025: minsheng.Program) -> None:
    """Removing project 1 is one removal, not nine changed projects."""
    new = attrs.evolve(kunming_2025, projects=kunming_2025.projects[1:], ballot=None)
    changes = [c for c in diff(kunming_2025, new) if c.path.startswith("$.projects")]
    assert [(c.path, c.kind) for c in changes] == [("$.projects[0]", "removed")]
    assert changes[0].old["number"] == 1
    assert changes[0].describe().startswith('- $.projects[0]: {"number":1,')
    back = diff(new, kunming_2025)
    added = [c for c in back if c.path.startswith("$.projects")]
    assert [(c.path, c.kind) for c in added] == [("$.projects[0]", "added")]
    assert added[0].describe().startswith('+ $.projects[0]: {"number":1,')


@few_programs
@given(programs(), programs())
def test_every_difference_is_listed(old: minsheng.Program, new: minsheng.Program) -> None:
    """Programs that differ have a change; a program has none against itself."""
    if old != new:
        assert diff(old, new) != ()
    assert diff(old, old) == ()


def test_cli_diff_text_and_json(
    kunming_2025: minsheng.Program, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`minsheng diff OLD NEW` prints each change; --format json prints them as objects."""
    document = json.loads(minsheng.dumps(kunming_2025))
    old = kunming_2025.revision
    document["revision"] = old + 1
    document["projects"][0]["metrics"][0]["actual"]["phrase"] = "5100多个"
    changed = tmp_path / "2025.json"
    changed.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert main(["diff", "kunming/2025", str(changed), "--locale", "en"]) == 0
    out = capsys.readouterr().out.splitlines()
    # Regression: the file was shown by its key alone, as kunming/2025 → kunming/2025
    assert out == [
        f"kunming/2025 revision {old} → {changed} (kunming/2025) revision {old + 1}; changes: 2",
        '~ $.projects[0].metrics[0].actual.phrase: "5100余个" → "5100多个"',
        f"~ $.revision: {old} → {old + 1}",
    ]
    forged = tmp_path / "x\nforged.json"  # a file name cannot forge a second line
    forged.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert main(["diff", "kunming/2025", str(forged), "--locale", "en"]) == 0
    assert "\\nforged.json (kunming/2025) revision" in capsys.readouterr().out.splitlines()[0]
    assert main(["diff", "kunming/2025", str(changed), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["old"] == {"dataset": "kunming/2025", "file": None, "revision": old}
    assert data["new"] == {"dataset": "kunming/2025", "file": str(changed), "revision": old + 1}
    assert data["changes"][0] == {
        "path": "$.projects[0].metrics[0].actual.phrase",
        "change": "changed",
        "old": "5100余个",
        "new": "5100多个",
    }


def test_cli_diff_missing_dataset(capsys: pytest.CaptureFixture[str]) -> None:
    """A dataset that does not exist is one line and exit 1."""
    assert main(["diff", "kunming/2025", "kunming/1999"]) == 1
    err = capsys.readouterr().err
    assert "1999" in err
    assert "Traceback" not in err


def test_pin_versions_example_is_real(
    kunming_2025: minsheng.Program, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The diff shown in docs/how-to/pin-versions.md is what the command prints."""
    page = (ROOT / "docs" / "how-to" / "pin-versions.md").read_text(encoding="utf-8")
    block = page.split("```text\n", 1)[1].split("```", 1)[0].splitlines()
    command, expected = block[0].removeprefix("$ ").split(), block[1:]
    document = json.loads(minsheng.dumps(kunming_2025))
    document["revision"] = kunming_2025.revision + 1
    document["projects"][0]["metrics"][0]["actual"]["phrase"] = "5100多个"
    edited = tmp_path / command[3]
    edited.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with contextlib.chdir(tmp_path):  # the file as the page names it
        assert main(command[1:]) == 0
    assert capsys.readouterr().out.splitlines() == expected


def test_a_long_value_shows_its_start_and_size() -> None:
    """Regression: a removed project printed as one line of thousands of characters."""
    changes = diff(minsheng.load("kunming", 2025), minsheng.load("kunming", 2026))
    lines = [change.describe() for change in changes]
    assert max(len(line) for line in lines) < 700
    assert any("characters)" in line for line in lines)


def test_a_change_to_a_default_is_a_change(kunming_2025: minsheng.Program) -> None:
    """Regression: 2.6万个 read again as 26000个 showed its multiplier and decimals removed."""
    project = next(p for p in kunming_2025.projects if p.number == 1)
    metric = project.metric("compulsory-places")
    assert metric.actual is not None
    assert (metric.actual.multiplier, metric.actual.decimals) == (4, 1)
    exact = attrs.evolve(
        metric.actual,
        multiplier=0,
        decimals=0,
        approximation=minsheng.Approximation.EXACT,
        phrase="26000个",
    )
    metrics = tuple(attrs.evolve(m, actual=exact) if m is metric else m for m in project.metrics)
    projects = tuple(
        attrs.evolve(p, metrics=metrics) if p is project else p for p in kunming_2025.projects
    )
    changes = diff(kunming_2025, attrs.evolve(kunming_2025, projects=projects))
    at = f"$.projects[0].metrics[{project.metrics.index(metric)}].actual"
    assert {(c.path, c.kind, c.old, c.new) for c in changes} == {
        (f"{at}.multiplier", "changed", 4, 0),
        (f"{at}.decimals", "changed", 1, 0),
        (f"{at}.approximation", "changed", "rounded", "exact"),
        (f"{at}.phrase", "changed", "2.6万个", "26000个"),
    }


def test_diff_notes_a_revision_that_went_down(
    kunming_2025: minsheng.Program, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A semantic review's: a revision taken back (3 to 2) passed without a word."""
    document = json.loads(minsheng.dumps(kunming_2025))
    document["revision"] = kunming_2025.revision - 1
    older = tmp_path / "older.json"
    older.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert main(["diff", "kunming/2025", str(older), "--locale", "en"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"note: the revision went down, from {kunming_2025.revision} to"
        f" {kunming_2025.revision - 1}: is the second the older version?"
    )
    assert main(["diff", str(older), "kunming/2025", "--locale", "en"]) == 0
    assert "went down" not in capsys.readouterr().out


def test_diff_notes_changed_data_under_the_same_revision(
    kunming_2025: minsheng.Program, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(minsheng.dumps(kunming_2025))
    document["projects"][0]["metrics"][0]["actual"]["phrase"] = "5100多个"
    same = tmp_path / "same.json"
    same.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert main(["diff", "kunming/2025", str(same), "--locale", "en"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "note: the data changed but its revision did not; a shipped dataset's revision"
        " goes up with every change of its data"
    )
    assert main(["diff", "kunming/2025", "kunming/2025", "--locale", "en"]) == 0
    assert "note:" not in capsys.readouterr().out  # no change, no note
    document = json.loads(minsheng.dumps(kunming_2025))
    document.update(stage="progress", as_of="2025-06-30")  # one key, one dataset: at any stage
    progress = tmp_path / "progress.json"
    progress.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert main(["diff", "kunming/2025", str(progress), "--locale", "en"]) == 0
    assert "note:" in capsys.readouterr().out.splitlines()[-1]
    document = json.loads(minsheng.dumps(kunming_2025))
    document["year"] = 2024  # another dataset: not the revision's note, but that it is another
    other = tmp_path / "other.json"
    other.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert main(["diff", "kunming/2025", str(other), "--locale", "en"]) == 0
    notes = [line for line in capsys.readouterr().out.splitlines() if line.startswith("note:")]
    assert notes == [
        "note: kunming/2025 and kunming/2024 are two datasets, not two revisions of one"
    ]


def test_a_removed_item_is_named_at_its_old_path_when_its_parent_moved() -> None:
    """A reviewer's: a metric dropped from project 10, the projects reversed, was [0]'s.

    It was $.projects[0].metrics[3], the old first project's kindergartens.
    """
    document = json.loads(minsheng.dumps(minsheng.load("kunming", 2025)))
    old = minsheng.loads(json.dumps(document))
    document["projects"].reverse()
    dropped = document["projects"][0]["metrics"].pop()
    document["projects"][0]["metrics"][0]["notes"] = ["checked again"]
    changes = diff(old, minsheng.loads(json.dumps(document)))
    removed = [c for c in changes if c.kind == "removed"]
    assert [(c.path, c.old["id"]) for c in removed] == [
        (f"$.projects[9].metrics[{len(document['projects'][0]['metrics'])}]", dropped["id"])
    ]
    # what changed is named where it is now
    assert any(c.path == "$.projects[0].metrics[0].notes[0]" for c in changes)
