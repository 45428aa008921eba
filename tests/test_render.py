"""Whole views: tables aligned by display width, and the view functions' contracts."""

from __future__ import annotations

import pytest

import minsheng
from minsheng._render import table, width


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
    """text, markdown and json are the styles; anything else is a ValueError."""
    assessment = minsheng.assess(kunming_2025)
    assert minsheng.format_report(assessment, locale="en").startswith("Kunming 2025")
    assert minsheng.format_report(assessment, locale="en", style="markdown").startswith("# Kunming")
    assert minsheng.format_report(assessment, style="json").startswith("{")
    with pytest.raises(ValueError, match="style must be"):
        minsheng.format_report(assessment, style="html")


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
