"""Figures against the text of their source: minsheng.check_source and validate --source."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import attrs
import pytest

import minsheng
from minsheng._cli import main
from minsheng._provenance import read_source, source_figures
from tests.conftest import SOURCE_MISSING, SOURCES

KUNMING = SOURCES / "kunming-daily-2026-02-03.txt"
needs_source = pytest.mark.skipif(not KUNMING.is_file(), reason=SOURCE_MISSING)
CITY = minsheng.Jurisdiction(
    "lanzhen", minsheng.Text("岚镇市"), "190100", province=minsheng.Text("岚省")
)
TEXT = "岚镇市2031年为民办实事\n1.新建学校\n新增学位不少于3000个。\n完成情况：新增学位3200余个。\n"


def _program() -> minsheng.Program:
    return minsheng.draft(TEXT, city=CITY, year=2031, stage="reported")


def _codes(problems: tuple[minsheng.Problem, ...]) -> list[str]:
    return [p.code for p in problems]


@needs_source
def test_shipped_kunming_2025_figures_are_all_in_the_source() -> None:
    """Every phrase of kunming/2025 is in the article, and every figure of the article is used."""
    program = minsheng.load("kunming", 2025)
    problems = minsheng.check_source(program, read_source(KUNMING))
    assert problems == ()


@needs_source
def test_shipped_kunming_2026_leaves_only_the_report_unmentioned() -> None:
    """kunming/2026 has no figures: all 80 unmentioned ones are the 2025 report's."""
    text = read_source(KUNMING)
    problems = minsheng.check_source(minsheng.load("kunming", 2026), text)
    assert {p.code for p in problems} == {"source-unmentioned"}
    assert all(p.severity == "warning" for p in problems)
    report = text.index("昆明2025年“10件惠民实事”已完成")
    figures = source_figures(text)
    assert len(problems) == len(figures) == 80
    assert all(f.start > report for f in figures)
    assert f"at {figures[0].start}-{figures[0].end}" in problems[0].message


@needs_source
def test_known_non_figures_of_the_article_are_not_figures() -> None:
    """Dates, years, 10件惠民实事 and 15个代表团 are never listed as unmentioned figures."""
    text = read_source(KUNMING)
    phrases = [f.phrase for f in source_figures(text)]
    assert "15个" not in phrases
    assert "10件" in phrases  # the water works of project 5 (建成…工程10件) are a figure
    assert phrases.count("10件") == 1
    assert not [p for p in phrases if re.fullmatch(r"[0-9 ]+[年月日]", p)]
    assert not [p for p in phrases if "2025年" in p or "12月" in p or "2月3日" in p]
    every = [f.phrase for f in minsheng.find_quantities(text)]
    assert every.count("10件") + every.count("10 件") == 9  # the program's own count, 8 times


def test_program_facts_in_either_script() -> None:
    """The program's count and the delegations read as program facts in both scripts."""
    for text in (
        "确定2031年“10件惠民实事”。15个代表团参加。",
        "確定2031年「10件惠民實事」。15個代表團參加。",
    ):
        assert source_figures(text) == []
    assert [f.phrase for f in source_figures("新建水厂10件。")] == ["10件"]


def test_a_draft_checks_clean_against_its_own_text() -> None:
    """A draft's figures are all in its text, at their spans, and it mentions every figure."""
    assert minsheng.check_source(_program(), TEXT) == ()


def test_a_phrase_missing_from_the_text_is_an_error() -> None:
    """A phrase the text does not hold is source-phrase; the text's figure is unmentioned."""
    problems = minsheng.check_source(_program(), TEXT.replace("3000", "2000"))
    assert _codes(problems) == ["source-phrase", "source-unmentioned"]
    assert problems[0].path == "$.projects[0].metrics[0].target.phrase"
    assert problems[0].severity == "error"
    assert problems[1].severity == "warning"


def test_a_span_that_misses_its_phrase_is_an_error() -> None:
    """A phrase away from its recorded span is source-span; its figure then goes unmentioned."""
    shifted = "\n" + TEXT
    problems = minsheng.check_source(_program(), shifted)
    assert _codes(problems) == ["source-span"] * 2 + ["source-unmentioned"] * 2
    assert "'不少于3000个'" in problems[0].message
    assert problems[0].path == "$.projects[0].metrics[0].target.span"


def test_figures_without_a_span_match_anywhere() -> None:
    """Without spans, a phrase found anywhere in the text is enough, and mentions it there."""
    program = _program()
    metric = program.projects[0].metrics[0]
    assert metric.target is not None
    assert metric.actual is not None
    bare = attrs.evolve(
        metric,
        target=attrs.evolve(metric.target, span=None),
        actual=attrs.evolve(metric.actual, span=None),
    )
    project = attrs.evolve(program.projects[0], metrics=(bare,))
    program = attrs.evolve(program, projects=(project,))
    assert minsheng.check_source(program, "\n" + TEXT) == ()


def test_source_selects_the_figures_of_one_source() -> None:
    """With source=, only that source's figures are checked; an unknown id is refused."""
    program = _program()
    other = minsheng.Source("other", "岚镇日报", "另一篇", program.sources[0].date)
    program = attrs.evolve(program, sources=(*program.sources, other))
    assert _codes(minsheng.check_source(program, "无关的文字", source="other")) == []
    assert _codes(minsheng.check_source(program, "无关的文字", source="source")) == [
        "source-phrase",
        "source-phrase",
    ]
    # as Program.source says it: a NotFoundError (a KeyError) that lists the sources
    with pytest.raises(minsheng.NotFoundError, match="has no source 'missing'; its sources:"):
        minsheng.check_source(program, TEXT, source="missing")
    with pytest.raises(minsheng.ArgumentError, match="takes source as str, not int"):
        minsheng.check_source(program, TEXT, source=3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        (None, minsheng.ArgumentError),
        (b"bytes", minsheng.ArgumentError),
        (3, minsheng.ArgumentError),
        ("x" * 1_000_001, minsheng.InvalidValueError),
    ],
)
def test_bad_text_is_refused(bad: object, error: type[minsheng.MinshengError]) -> None:
    """A text that is not a str is an ArgumentError; one too long, an InvalidValueError."""
    with pytest.raises(error):
        minsheng.check_source(_program(), bad)  # type: ignore[arg-type]


def test_a_program_is_required() -> None:
    """Anything but a Program is an ArgumentError, as for every function."""
    with pytest.raises(minsheng.ArgumentError):
        minsheng.check_source({"projects": []}, TEXT)  # type: ignore[arg-type]


def test_read_source_keeps_line_ends_and_drops_a_bom(tmp_path: Path) -> None:
    """Spans count the stored characters: CRLF stays, a leading BOM goes."""
    file = tmp_path / "r.txt"
    file.write_bytes("\ufeff一\r\n二".encode())
    assert read_source(file) == "一\r\n二"


@pytest.mark.parametrize(
    ("data", "words"),
    [(b"\xff\xfe", "not UTF-8"), (None, "cannot read the file"), (b"x" * 4_000_001, "larger than")],
)
def test_read_source_errors_are_clear(tmp_path: Path, data: bytes | None, words: str) -> None:
    """A missing, non-UTF-8 or oversized file is a MinshengError that says so."""
    file = tmp_path / "r.txt"
    if data is not None:
        file.write_bytes(data)
    with pytest.raises(minsheng.MinshengError, match=words):
        read_source(file)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_read_source_never_waits_on_a_pipe_and_refuses_a_folder(tmp_path: Path) -> None:
    """Regression: draft and validate --source hung on a FIFO with no writer.

    A source is read as a dataset file is, by one reader: a regular file only.
    """
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    with pytest.raises(minsheng.MinshengError, match="not a regular file"):
        read_source(fifo)
    with pytest.raises(minsheng.MinshengError, match="a folder, not a file"):
        read_source(tmp_path)
    assert main(["draft", str(fifo), "--city", "kunming", "--year", "2025"]) == 1


def test_validate_source_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CLI's validate --source passes a faithful dataset, fails one with a foreign phrase."""
    source = tmp_path / "report.txt"
    source.write_text(TEXT, encoding="utf-8")
    dataset = tmp_path / "lanzhen-2031.json"
    dataset.write_text(minsheng.dumps(_program()), encoding="utf-8")
    assert main(["validate", "--source", str(source), str(dataset)]) == 0
    assert "ok" in capsys.readouterr().out
    document = json.loads(dataset.read_text(encoding="utf-8"))
    document["projects"][0]["metrics"][0]["target"]["phrase"] = "不少于2000个"
    document["projects"][0]["metrics"][0]["target"]["value"] = "2000"
    dataset.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert main(["validate", "--source", str(source), str(dataset)]) == 1
    err = capsys.readouterr().err
    assert "source-phrase" not in err  # messages, not codes, are shown
    assert "is not in the source's text" in err
    assert "warning: the source's figure '不少于3000个'" in err


def test_validate_source_needs_a_dataset(capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: validate --source FILE alone checked every installed dataset against it.

    One text is the source of one dataset: without one it is a usage error.
    """
    assert main(["validate", "--source", "report.txt", "--locale", "en"]) == 2
    assert capsys.readouterr().err == ("minsheng: --source needs the dataset it is the source of\n")


def test_validate_source_with_a_missing_file_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A --source that cannot be read is one line on standard error and exit 1, no traceback."""
    assert main(["validate", "--source", str(tmp_path / "none.txt"), "kunming", "2025"]) == 1
    err = capsys.readouterr().err
    assert "cannot read the file" in err
    assert "Traceback" not in err
