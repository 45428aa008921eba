"""The documentation's command-line examples run, and print what the docs say.

Python examples (``>>>``) run as doctests through pytest's ``--doctest-glob``.
Here each ```console block runs: lines starting with ``$ `` are commands, the
lines after them their expected standard output, and a command runs after
the commands before it in its block; a line ``...`` matches any
number of lines, so an example can show the lines that matter and elide the
rest.

A ```json block right after ``<!-- file: NAME.json -->`` is a complete
dataset: the console examples find it under that name, and it must load and
validate. Every other ```json block is an excerpt, and must be found within
one of those datasets.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

DOCS = ROOT / "docs"
PAGES = sorted(DOCS.rglob("*.md"))
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)
FILE = re.compile(r"^<!-- file: ([\w.-]+\.json) -->\n```json\n(.*?)^```", re.MULTILINE | re.DOTALL)
GUIDE = DOCS / "how-to" / "add-a-city.md"


def _blocks(page: Path, language: str) -> list[str]:
    return [
        m.group(2)
        for m in BLOCK.finditer(page.read_text(encoding="utf-8"))
        if m.group(1) == language
    ]


def _examples() -> list[tuple[Path, tuple[str, ...], str, list[str]]]:
    """Each command of each console block, after the commands before it in its block."""
    examples = []
    for page in PAGES:
        for block in _blocks(page, "console"):
            commands: list[str] = []
            outputs: list[list[str]] = []
            for line in block.splitlines():
                if line.startswith("$ "):
                    commands.append(line[2:])
                    outputs.append([])
                else:
                    outputs[-1].append(line)
            examples += [
                (page, tuple(commands[:i]), command, expected)
                for i, (command, expected) in enumerate(zip(commands, outputs, strict=True))
            ]
    return examples


EXAMPLES = _examples()


def _files(page: Path) -> dict[str, str]:
    """The complete datasets a page shows, by the file name it gives them."""
    return dict(FILE.findall(page.read_text(encoding="utf-8")))


FILES = {name: (page, text) for page in PAGES for name, text in _files(page).items()}
TEXT_FILE = re.compile(
    r"^<!-- file: ([\w.-]+\.txt) -->\n```text\n(.*?)^```", re.MULTILINE | re.DOTALL
)
TEXT_FILES = {
    name: text
    for page in PAGES
    for name, text in TEXT_FILE.findall(page.read_text(encoding="utf-8"))
}


def _excerpts(page: Path) -> list[str]:
    """The page's ```json blocks that are not complete datasets."""
    files = set(_files(page).values())
    return [block for block in _blocks(page, "json") if block not in files]


def _nodes(value: Any) -> Iterator[Any]:
    yield value
    children = value.values() if isinstance(value, dict) else value
    if isinstance(value, dict | list):
        for child in children:
            yield from _nodes(child)


def _within(excerpt: Any, document: Any) -> bool:
    """Whether ``excerpt`` is a node of ``document``, or some of one object's keys."""
    for node in _nodes(document):
        if isinstance(excerpt, dict) and isinstance(node, dict):
            if all(key in node and node[key] == value for key, value in excerpt.items()):
                return True
        elif excerpt == node:
            return True
    return False


def _lines_match(lines: list[str], expected: list[str]) -> bool:
    """Whether ``lines`` are ``expected``, where a line ``...`` stands for any lines."""
    if not expected:
        return not lines
    if expected[0] == "...":
        return any(_lines_match(lines[i:], expected[1:]) for i in range(len(lines) + 1))
    return bool(lines) and lines[0] == expected[0] and _lines_match(lines[1:], expected[1:])


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the docs' example datasets, as a reader would save them."""
    folder = tmp_path_factory.mktemp("docs")
    for name, (_, text) in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    for name, text in TEXT_FILES.items():  # source texts (draft-from-text.md)
        (folder / name).write_text(text, encoding="utf-8", newline="")
    return folder


def test_there_are_examples() -> None:
    """The docs show the CLI; guards against a parser that finds nothing."""
    assert len(EXAMPLES) >= 6


def _run(command: str, workdir: Path) -> subprocess.CompletedProcess[str]:
    words = shlex.split(command)
    assert words[0] == "minsheng"
    env = {**os.environ, "LANG": "C.UTF-8", "COLUMNS": "200"}  # the pages show a wide terminal
    env.pop("LC_ALL", None)
    return subprocess.run(
        [sys.executable, "-m", "minsheng", *words[1:]],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=workdir,
        env=env,
        check=False,
    )


@pytest.mark.parametrize(
    ("page", "earlier", "command", "expected"),
    EXAMPLES,
    ids=[f"{p.relative_to(DOCS)}:{c}" for p, _, c, _ in EXAMPLES],
)
def test_console_example(
    page: Path,
    earlier: tuple[str, ...],
    command: str,
    expected: list[str],
    workdir: Path,
    tmp_path: Path,
) -> None:
    """The command prints what the page says it prints, after the block's earlier commands.

    Each example runs in a fresh copy of the docs' files, as a reader who
    follows the page once: draft and migrate refuse to write over a file.
    """
    del page
    workdir = Path(shutil.copytree(workdir, tmp_path / "docs"))
    for before in earlier:
        assert _run(before, workdir).returncode == 0, before
    result = _run(command, workdir)
    assert _lines_match(result.stdout.splitlines(), expected), result.stdout + result.stderr


def test_ellipsis_matches_any_lines() -> None:
    """A ``...`` line skips lines anywhere; other lines must match in order."""
    lines = ["a", "b", "c", "d"]
    assert _lines_match(lines, ["a", "...", "d"])
    assert _lines_match(lines, ["...", "b", "c", "..."])
    assert _lines_match(lines, ["a", "b", "c", "d", "..."])
    assert not _lines_match(lines, ["a", "...", "c"])
    assert not _lines_match(lines, ["...", "c", "b", "..."])
    assert not _lines_match(lines, ["a", "b"])


def test_how_to_shows_its_datasets() -> None:
    """The how-to gives each kind of program a complete dataset, under the names it uses."""
    assert set(_files(GUIDE)) == {
        "exampleton-2025.json",
        "example-province-2026.json",
        "shifan-2025-h1.json",
        "exampleton-2024.json",
    }


@pytest.mark.parametrize("name", sorted(FILES))
def test_docs_dataset_loads_and_validates(name: str, workdir: Path) -> None:
    """Each complete dataset in the docs loads and has no problem at all."""
    import minsheng

    program = minsheng.load_file(workdir / name)
    assert minsheng.check(program) == ()
    assert str(program.year) in name


@pytest.mark.parametrize(
    ("page", "excerpt"),
    [(page, excerpt) for page in PAGES for excerpt in _excerpts(page)],
    ids=lambda value: value.name if isinstance(value, Path) else "",
)
def test_json_excerpt_comes_from_a_dataset(page: Path, excerpt: str) -> None:
    """An excerpt shows part of one of the docs' datasets, so it loaded and validated too."""
    del page
    documents = [json.loads(text) for _, text in FILES.values()]
    fragment = json.loads(excerpt)
    assert "jurisdiction" not in fragment or set(fragment) == {"jurisdiction"}, (
        "a complete dataset needs a <!-- file: NAME.json --> line before it"
    )
    assert any(_within(fragment, document) for document in documents), excerpt


def test_how_to_dataset_validates_and_reports(workdir: Path) -> None:
    """Following only the how-to gives a dataset that validates and reports."""
    import minsheng

    program = minsheng.load_file(workdir / "exampleton-2025.json")
    assert minsheng.check(program) == ()
    summary = minsheng.assess(program).summary
    assert (summary.projects, summary.met, summary.undetermined, summary.no_target) == (3, 2, 1, 1)
    assert program.project(1).metric("childcare-places").actual.approximation is (  # type: ignore[union-attr]
        minsheng.Approximation.MORE_THAN
    )


def test_how_to_covers_schema_2(workdir: Path) -> None:
    """The how-to's datasets show every schema-2 concept: stages, levels, roles, units."""
    import minsheng

    programs = [minsheng.load_file(workdir / name) for name in _files(GUIDE)]
    projects = [project for program in programs for project in program.projects]
    metrics = [m for program in programs for m in program.figures]
    metrics += [m for project in projects for m in project.metrics]
    quantities = [
        q
        for m in metrics
        for q in (m.target, m.actual, m.estimate, m.progress, *m.baselines, *m.alternatives)
        if q is not None
    ]
    assert {p.stage for p in programs} >= {
        minsheng.Stage.PLANNED,
        minsheng.Stage.PROGRESS,
        minsheng.Stage.REPORTED,
    }
    assert {p.jurisdiction.level for p in programs} == set(minsheng.JurisdictionLevel)
    assert {p.name.zh for p in programs if p.name} >= {"惠民实事", "民生实事", "为民办实事"}
    assert all(p.areas and p.figures and p.units for p in programs if p.year == 2026)
    assert any(any(c.actual for c in m.components) for p in programs for m in p.figures)
    assert any(p.number is None for p in projects)
    assert any(p.title is None for p in projects)
    assert any(len(p.categories) > 1 for p in projects)
    assert any(p.area is not None and p.departments for p in projects)
    assert any(len(m.baselines) > 1 for m in metrics)
    assert any(m.baseline and m.direction is minsheng.Direction.LOWER for m in metrics)
    assert all(
        any(getattr(m, role) for m in metrics)
        for role in ("estimate", "progress", "alternatives", "ambiguity", "equivalent_units")
    )
    assert any(q.unit == "个百分点" for q in quantities)
    assert any(per.en for q in quantities for per in q.per)
    assert {u.symbol for p in programs for u in p.units} >= {"盏", "批次"}
    schema_1 = json.loads(FILES["exampleton-2024.json"][1])
    assert schema_1["$schema"] == "urn:minsheng:schema:program:1"


@pytest.mark.parametrize("stage", ["planned", "voted", "progress", "reported"])
def test_how_to_stage_headings_are_real(stage: str, workdir: Path) -> None:
    """The how-to's table of headings is what reports print for each stage."""
    import attrs

    import minsheng

    program = minsheng.load_file(workdir / "exampleton-2025.json")
    assessment = minsheng.assess(attrs.evolve(program, stage=minsheng.Stage(stage)))
    zh, en = (
        minsheng.format_report(assessment, locale=locale).splitlines()[0]
        for locale in ("zh-Hans", "en")
    )
    assert f"| `{stage}` | {zh} | {en} |" in GUIDE.read_text(encoding="utf-8")


def test_how_to_error_example_is_real(workdir: Path) -> None:
    """The error line the how-to shows is the one validate prints."""
    import json

    document = json.loads((workdir / "exampleton-2025.json").read_text(encoding="utf-8"))
    document["projects"][0]["metrics"][0]["actual"]["value"] = "1300"
    bad = workdir / "bad" / "exampleton-2025.json"
    bad.parent.mkdir(exist_ok=True)
    bad.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "minsheng", "validate", "exampleton-2025.json", "--locale", "en"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=bad.parent,
        check=False,
    )
    page = (DOCS / "how-to" / "add-a-city.md").read_text(encoding="utf-8")
    assert result.returncode == 1
    assert result.stderr.strip() in page


def test_every_python_block_is_a_doctest() -> None:
    """A Python example without >>> would never run; there is none."""
    silent = [
        str(page.relative_to(ROOT))
        for page in [*PAGES, ROOT / "README.md"]
        for block in _blocks(page, "python")
        if ">>>" not in block
    ]
    assert silent == []


def test_blocks_are_of_known_kinds() -> None:
    """Every block is one that a test runs, or shell and TOML that CI or the how-to covers."""
    kinds = {
        m.group(1)
        for page in [*PAGES, ROOT / "README.md"]
        for m in BLOCK.finditer(page.read_text(encoding="utf-8"))
    }
    assert kinds <= {"python", "console", "json", "text", "sh", "toml"}


def _tables_generator() -> Any:
    """docs/_ext/minsheng_tables.py, the one generator of the reference tables."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "minsheng_tables", DOCS / "_ext" / "minsheng_tables.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reference_tables_are_current() -> None:
    """The committed schema, unit and category tables are what the code generates now."""
    tables = _tables_generator()
    pages = [page.relative_to(DOCS).as_posix() for page in tables.pages()]
    assert pages == ["reference/schema.md", "reference/units.md"]
    stale = [page.relative_to(DOCS).as_posix() for page in tables.stale()]
    assert stale == [], f"out of date: {stale}; run {tables.COMMAND}"


def test_reference_tables_cover_the_code() -> None:
    """Every unit, category and schema definition has its row or table."""
    import minsheng

    tables = _tables_generator()
    text = "".join(page.read_text(encoding="utf-8") for page in tables.pages())
    assert all(f"| {symbol} |" in text for symbol in minsheng.UNITS)
    assert all(f"| `{category.value}` |" in text for category in minsheng.Category)
    schema = minsheng.json_schema("program")
    titled = [name for name, d in schema["$defs"].items() if d.get("properties")]
    assert all(f"### {name}\n" in text for name in titled)
    assert "| `equivalent_units` |" in text


def test_stale_reference_tables_are_caught() -> None:
    """A table edited by hand is stale, and --write puts it back."""
    tables = _tables_generator()
    page = DOCS / "reference" / "units.md"
    current = page.read_text(encoding="utf-8")
    edited = current.replace("| 个百分点 |", "| 百分点 |")
    assert edited != current
    assert tables.regenerate(edited) == current


def test_how_to_migration_keeps_the_program(workdir: Path, tmp_path: Path) -> None:
    """The how-to's schema-1 file and its migrated copy load as the same program."""
    import minsheng
    from minsheng._cli import main

    migrated = tmp_path / "exampleton-2024.json"
    assert main(["migrate", str(workdir / "exampleton-2024.json"), "--to", str(migrated)]) == 0
    assert json.loads(migrated.read_text(encoding="utf-8"))["$schema"] == minsheng.SCHEMA_ID
    assert minsheng.load_file(migrated) == minsheng.load_file(workdir / "exampleton-2024.json")


def test_how_to_equivalent_units_matter(workdir: Path) -> None:
    """As the how-to says, the canteens compare only because of equivalent_units."""
    import attrs

    import minsheng

    program = minsheng.load_file(workdir / "shifan-2025-h1.json")
    (project,) = (p for p in program.projects if p.number == 7)
    (metric,) = project.metrics
    assert metric.equivalent_units
    bare = attrs.evolve(project, metrics=(attrs.evolve(metric, equivalent_units=()),))
    results = [
        minsheng.assess(attrs.evolve(program, projects=(p,))).projects[0].metrics[0]
        for p in (project, bare)
    ]
    # compared: 80 % of the target so far (below it mid-year, which is no miss yet)
    assert results[0].ratio == Decimal("0.8")
    assert results[1].ratio is None
    assert results[1].reason == "the target and the outcome are in units that do not compare"


def test_attainment_page_tells_the_kunming_result_as_computed() -> None:
    """The explanation's account of Kunming 2025 names what assessment finds, no more, no less."""
    import minsheng

    text = (ROOT / "docs" / "explanation" / "attainment.md").read_text(encoding="utf-8")
    assessment = minsheng.assess(minsheng.load("kunming", 2025))
    unconfirmed = [
        p.project.number
        for p in assessment.projects
        if p.agreement is minsheng.Agreement.UNCONFIRMED
    ]
    words = {7: "seven", 8: "eight", 9: "nine", 10: "ten"}
    assert f"agrees for {words[assessment.summary.agreeing]}." in text
    listed = [int(n) for n in re.findall(r"^- project (\d+):", text, flags=re.MULTILINE)]
    assert listed == unconfirmed
