"""Whole views: tables aligned by display width, and the view functions' contracts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import minsheng
from minsheng._format import format_text
from minsheng._layout import table, width
from minsheng._locale import served
from minsheng._render import STATUS_EXPLANATIONS, summary_lines
from tests.conftest import one_metric


@pytest.mark.parametrize(
    ("text", "columns"),
    [("abc", 3), ("昆明", 4), ("5100余个", 8), ("“绿波”", 6), ("１２", 4), ("", 0)],
)
def test_display_width(text: str, columns: int) -> None:
    """CJK and full-width characters take two columns; ASCII one."""
    assert width(text) == columns


def test_table_columns_line_up_on_screen() -> None:
    """Each column starts at the same display column in every row."""
    rows = [["指标", "目标"], ["公办幼儿园学位", "不少于3000个"], ["km", "583.39公里"]]
    lines = table(rows)
    starts = {width(line[: line.index(row[1])]) for line, row in zip(lines, rows, strict=True)}
    assert len(starts) == 1


def test_format_report_styles(kunming_2025: minsheng.Program) -> None:
    """text, markdown, json and html are the styles; anything else is an InvalidValueError.

    Regression: it was a plain ValueError, which ``except MinshengError`` missed.
    """
    assessment = minsheng.assess(kunming_2025)
    assert minsheng.format_report(assessment, locale="en").startswith("Kunming 2025")
    assert minsheng.format_report(assessment, locale="en", style="markdown").startswith("# Kunming")
    assert minsheng.format_report(assessment, style="json").startswith("{")
    assert minsheng.format_report(assessment, style="html").startswith("<!DOCTYPE html>")
    with pytest.raises(minsheng.InvalidValueError, match=r"^style must be one of text, .*'pdf'"):
        minsheng.format_report(assessment, style="pdf")


def test_format_program_without_an_earlier_program(kunming_2026: minsheng.Program) -> None:
    """Without the previous year, show says nothing of continuity."""
    text = minsheng.format_program(kunming_2026, locale="en")
    assert "continues" not in text
    assert "rank 10" in text


@pytest.mark.parametrize("tag", ["en-GB", "en_US", "EN", "en_US.UTF-8"])
def test_any_english_tag_renders_as_english(kunming_2025: minsheng.Program, tag: str) -> None:
    """Regression: en-GB, en_US and EN once showed 《》 titles and lost the footnote."""
    assessment = minsheng.assess(kunming_2025)
    for style in ("text", "markdown"):
        report = minsheng.format_report(assessment, locale=tag, style=style)
        assert report == minsheng.format_report(assessment, locale="en", style=style)
        assert "《" not in report
        assert "unofficial translation" in report
    assert minsheng.format_program(kunming_2025, locale=tag) == minsheng.format_program(
        kunming_2025, locale="en"
    )


def test_traditional_output_converts_dataset_text(kunming_2025: minsheng.Program) -> None:
    """zh-Hant converts titles and subjects with OpenCC and says so; phrases stay as published."""
    report = minsheng.format_report(minsheng.assess(kunming_2025), locale="zh-Hant")
    assert "公辦幼兒園學位" in report
    assert "公办幼儿园学位" not in report
    assert "OpenCC" in report
    metric = kunming_2025.project(1).metric("kindergarten-places")
    assert metric.actual is not None
    assert metric.actual.phrase == "5100余个"


def test_traditional_output_without_opencc(
    kunming_2025: minsheng.Program, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the hant extra, zh-Hant shows dataset text as published, and says so."""
    from minsheng import _format

    monkeypatch.setattr(_format, "_converter", lambda: None)
    report = minsheng.format_report(minsheng.assess(kunming_2025), locale="zh-Hant")
    assert "公办幼儿园学位" in report
    assert "minsheng[hant]" in report
    assert "5100餘個" in report  # minsheng's own words are still traditional


def _datasets() -> list[minsheng.Assessment]:
    return [minsheng.assess(minsheng.load(d.city, d.year)) for d in minsheng.available()]


@pytest.mark.parametrize("locale", minsheng.LOCALES)
@pytest.mark.parametrize("columns", [80, 60, 40])
def test_text_report_fits_the_width(locale: str, columns: int) -> None:
    """No line of any report or overview is wider than the terminal, in any locale."""
    for assessment in _datasets():
        report = minsheng.format_report(assessment, locale=locale, columns=columns)
        overview = minsheng.format_program(
            assessment.program,
            locale=locale,
            earlier=minsheng.load("kunming", 2025),
            columns=columns,
        )
        for text in (report, overview):
            assert max(width(line) for line in text.splitlines()) <= columns


def test_wide_terminals_get_tables() -> None:
    """Where every table fits, metrics are aligned tables; where not, wrapped records."""
    assessment = minsheng.assess(minsheng.load("kunming", 2025))
    wide = minsheng.format_report(assessment, locale="zh-Hans", columns=160)
    narrow = minsheng.format_report(assessment, locale="zh-Hans", columns=80)

    def headings(text: str) -> list[str]:
        return [line for line in text.splitlines() if line.startswith("   指标  ")]

    columns = ["指标", "目标", "完成值", "完成率", "差额", "状态"]
    assert [line.split() for line in headings(wide)] == [columns] * 10
    assert headings(narrow) == []
    assert "   公办幼儿园学位  [已达成]" in narrow.splitlines()
    target = "推行开具无犯罪记录证明全市通办新举措"
    assert target in narrow.replace("\n", "").replace(" ", "")  # whole, wrapped, not clipped


def test_report_command_reads_columns() -> None:
    """Report and show lay their text out for COLUMNS."""
    from tests.test_cli import run

    for command in ("report", "show"):
        for columns in ("72", "120"):
            result = run(command, "kunming", "2025", "--locale", "en", env={"COLUMNS": columns})
            assert max(width(line) for line in result.stdout.splitlines()) <= int(columns)


@pytest.mark.parametrize("locale", minsheng.LOCALES)
@pytest.mark.parametrize("style", ["text", "markdown"])
def test_legend_explains_every_status(locale: str, style: str) -> None:
    """The report ends with what every status means, in its locale."""
    assessment = minsheng.assess(minsheng.load("kunming", 2025))
    text = minsheng.format_report(assessment, locale=locale, style=style, columns=1000)
    for status, meaning in STATUS_EXPLANATIONS.items():
        assert minsheng.format_status(status, locale=locale) in text
        assert served(locale).gettext(meaning).replace("'", "") in text.replace("'", "")


@pytest.mark.parametrize(
    ("locale", "sentences"),
    [
        (
            "en",
            [
                "Undetermined: project 1, project 2, project 3.",
                "It cannot confirm the report for project 1, project 2, project 3.",
            ],
        ),
        (
            "zh-Hans",
            ["无法判定的项目：第1项、第2项、第3项。", "无法核实报告的项目：第1项、第2项、第3项。"],
        ),
        (
            "zh-Hant",
            ["無法判定的項目：第1項、第2項、第3項。", "無法核實報告的項目：第1項、第2項、第3項。"],
        ),
    ],
)
def test_summary_names_projects_by_number(locale: str, sentences: list[str]) -> None:
    """The summary says 'project 2', never a bare 2 that reads as a count."""
    assessment = minsheng.assess(minsheng.load("kunming", 2025))
    summary = " ".join(summary_lines(assessment, served(locale)))
    for sentence in sentences:
        assert sentence in summary


def test_undetermined_has_one_meaning() -> None:
    """Each project headed undetermined is named so in the summary, with a reason per target."""
    for path in [None, "undetermined.json", "not-met.json"]:
        program = (
            minsheng.load("kunming", 2025)
            if path is None
            else minsheng.load_file(Path(__file__).parent / "data" / path)
        )
        assessment = minsheng.assess(program)
        text = minsheng.format_report(assessment, locale="en", columns=1000)
        undetermined = [
            r.project.number
            for r in assessment.projects
            if r.status is minsheng.Status.UNDETERMINED
        ]
        named = ", ".join(f"project {n}" for n in undetermined)
        assert (f"Undetermined: {named}." in text) == bool(undetermined)
        for result in assessment.projects:
            if result.status is minsheng.Status.UNDETERMINED:
                reasons = [
                    m
                    for m in result.metrics
                    # by its subject, with its id where two share one
                    if f"{format_text(m.metric.subject, locale='en', mark=False)}: " in text
                    or f"({m.metric.id}): " in text
                ]
                assert reasons, result.project.number


def _markdown_tokens(text: str) -> list[Any]:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").parse(text)


@pytest.mark.parametrize("locale", minsheng.LOCALES)
def test_markdown_is_commonmark(locale: str) -> None:
    """A CommonMark parser reads headings, tables and lists where the report means them."""
    assessment = minsheng.assess(minsheng.load("kunming", 2025))
    text = minsheng.format_report(assessment, locale=locale, style="markdown")
    tokens = _markdown_tokens(text)
    headings = [t for t in tokens if t.type == "heading_open"]
    assert [h.tag for h in headings] == ["h1"] + ["h2"] * 12
    assert sum(1 for t in tokens if t.type == "table_open") == 10
    rows = sum(1 for t in tokens if t.type == "tr_open")
    metrics = [m for p in assessment.program.projects for m in p.metrics]
    assert rows == 10 + len(metrics) + sum(len(m.components) for m in metrics)
    lists = [t for t in tokens if t.type == "bullet_list_open"]
    explained = [
        r
        for r in assessment.projects
        if r.status is minsheng.Status.UNDETERMINED
        or any(m.status is minsheng.Status.UNDETERMINED for m in r.metrics)
    ]
    assert explained
    assert len(lists) == len(explained) + 2  # explanations, the summary, the legend
    assert not any(t.type == "em_open" for t in tokens)


def test_markdown_footnote_is_not_a_bullet() -> None:
    """'* unofficial translation' renders as text, not as a list item."""
    assessment = minsheng.assess(minsheng.load("kunming", 2025))
    text = minsheng.format_report(assessment, locale="en", style="markdown")
    tokens = _markdown_tokens(text)
    items = [tokens[i + 2].content for i, t in enumerate(tokens) if t.type == "list_item_open"]
    assert not any("unofficial translation" in item for item in items)
    paragraphs = [t.children for t in tokens if t.type == "inline" and t.children]
    texts = ["".join(c.content for c in children) for children in paragraphs]
    assert any(line.endswith("* unofficial translation") for line in texts)


def test_quotes_inside_a_quoted_title_go_one_level_down() -> None:
    """Regression: “昆明2025年“10件惠民实事”已完成” nested double quotes in English."""
    from minsheng._locale import served
    from minsheng._render import quoted

    title = "昆明2025年“10件惠民实事”已完成"
    assert quoted(title, served("en")) == "“昆明2025年‘10件惠民实事’已完成”"
    assert quoted(title, served("zh-Hans")) == "《昆明2025年“10件惠民实事”已完成》"
    assert quoted("关于《条例》的说明", served("zh-Hans")) == "《关于〈条例〉的说明》"


@pytest.mark.parametrize("locale", ["en", "zh-Hans", "zh-Hant"])
def test_the_summary_counts_milestones_only_where_there_are_some(locale: str) -> None:
    """A newcomer's trial: a program with no milestone said "achieved …: 0 of 0"."""
    none = minsheng.assess(minsheng.load_file(Path(__file__).parent / "data" / "not-met.json"))
    some = minsheng.assess(minsheng.load("kunming", 2025))
    assert none.summary.evidence == 0
    assert some.summary.evidence == 2
    lines = {
        name: " ".join(summary_lines(a, served(locale)))
        for name, a in (("none", none), ("some", some))
    }
    milestone = {
        "en": "Milestone and qualitative targets",
        "zh-Hans": "节点性或定性目标",
        "zh-Hant": "節點性或定性目標",
    }[locale]
    without = {
        "en": "Targets without an outcome",
        "zh-Hans": "无完成情况的目标",
        "zh-Hant": "無完成情況的目標",
    }[locale]
    assert milestone not in lines["none"]
    assert milestone in lines["some"]
    assert without in lines["none"]
    assert without in lines["some"]


@pytest.mark.parametrize("locale", ["en", "zh-Hans", "zh-Hant"])
def test_a_plan_s_summary_counts_no_measurable_targets(locale: str) -> None:
    """A newcomer's trial: a plan with targets and no outcome said "0 of 0 measurable … met"."""
    reported = minsheng.assess(minsheng.load("kunming", 2025))
    document = one_metric(
        {"kind": "count", "direction": "higher", "target": {"value": "3000", "unit": "个"}},
        stage="voted",
        as_of="2025-01-15",
    )
    planned = minsheng.assess(minsheng.loads(json.dumps(document, ensure_ascii=False)))
    assert (planned.summary.measurable, planned.summary.no_outcome) == (0, 1)
    met = summary_lines(reported, served(locale))[0]
    opening = {
        "en": "30 of 31 measurable",
        "zh-Hans": "可计量目标达成",
        "zh-Hant": "可計量目標達成",
    }
    assert met.startswith(opening[locale]), met
    lines = " ".join(summary_lines(planned, served(locale)))
    assert opening[locale].removeprefix("30 of 31 ") not in lines
    assert "1" in lines
