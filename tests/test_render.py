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
