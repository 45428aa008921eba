"""The documentation's command-line examples run, and print what the docs say.

Python examples (``>>>``) run as doctests through pytest's ``--doctest-glob``.
Here each ```console block runs: lines starting with ``$ `` are commands, the
lines after them their expected standard output; a last line of ``...``
matches any remaining output.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

DOCS = ROOT / "docs"
PAGES = sorted(DOCS.rglob("*.md"))
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)
TEXT_FILE = re.compile(
    r"^<!-- file: ([\w.-]+\.txt) -->\n```text\n(.*?)^```", re.MULTILINE | re.DOTALL
)


def _blocks(page: Path, language: str) -> list[str]:
    return [
        m.group(2)
        for m in BLOCK.finditer(page.read_text(encoding="utf-8"))
        if m.group(1) == language
    ]


def _examples() -> list[tuple[Path, str, list[str]]]:
    examples = []
    for page in PAGES:
        for block in _blocks(page, "console"):
            command: str | None = None
            expected: list[str] = []
            for line in block.splitlines():
                if line.startswith("$ "):
                    if command is not None:
                        examples.append((page, command, expected))
                    command, expected = line[2:], []
                else:
                    expected.append(line)
            if command is not None:
                examples.append((page, command, expected))
    return examples


EXAMPLES = _examples()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the how-to's example dataset, as a reader would save it."""
    folder = tmp_path_factory.mktemp("docs")
    (dataset,) = _blocks(DOCS / "how-to" / "add-a-city.md", "json")[:1]
    (folder / "exampleton-2025.json").write_text(dataset, encoding="utf-8")
    for page in PAGES:  # the source texts a page gives as files (draft-from-text.md)
        for name, text in TEXT_FILE.findall(page.read_text(encoding="utf-8")):
            (folder / name).write_text(text, encoding="utf-8", newline="")
    return folder


def test_there_are_examples() -> None:
    """The docs show the CLI; guards against a parser that finds nothing."""
    assert len(EXAMPLES) >= 6


@pytest.mark.parametrize(
    ("page", "command", "expected"),
    EXAMPLES,
    ids=[f"{p.relative_to(DOCS)}:{c}" for p, c, _ in EXAMPLES],
)
def test_console_example(page: Path, command: str, expected: list[str], workdir: Path) -> None:
    """The command prints what the page says it prints."""
    del page
    words = shlex.split(command)
    assert words[0] == "minsheng"
    env = {**os.environ, "LANG": "C.UTF-8"}
    env.pop("LC_ALL", None)
    result = subprocess.run(
        [sys.executable, "-m", "minsheng", *words[1:]],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=workdir,
        env=env,
        check=False,
    )
    lines = result.stdout.splitlines()
    if expected and expected[-1] == "...":
        assert lines[: len(expected) - 1] == expected[:-1]
    else:
        assert lines == expected


def test_how_to_dataset_validates_and_reports(workdir: Path) -> None:
    """Following only the how-to gives a dataset that validates and reports."""
    import minsheng

    program = minsheng.load_file(workdir / "exampleton-2025.json")
    assert minsheng.check(program) == ()
    summary = minsheng.assess(program).summary
    assert (summary.projects, summary.met, summary.no_target) == (2, 2, 1)
    assert program.project(1).metric("childcare-places").actual.approximation is (  # type: ignore[union-attr]
        minsheng.Approximation.MORE_THAN
    )


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
