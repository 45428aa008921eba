"""Terminal layout: display width (with and without wcwidth), wrapping, filling, packing."""

from __future__ import annotations

import os
import shutil
import sys
import unicodedata
from collections.abc import Iterator
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

import minsheng
from minsheng import _layout
from minsheng._layout import fill, md, md_line, pack, terminal_columns, width, wrap

wcwidth = pytest.importorskip("wcwidth", reason="wcwidth is a test dependency")

# The blocks minsheng's text is drawn from.
BLOCKS = [
    (0x20, 0x7E),  # ASCII
    (0xA0, 0x24F),  # Latin-1 and Latin Extended
    (0x2000, 0x206F),  # General Punctuation
    (0x2100, 0x218F),  # letterlike symbols and number forms (№, Ⅻ)
    (0x2190, 0x21FF),  # arrows
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0x3040, 0x30FF),  # kana
    (0x3100, 0x312F),  # Bopomofo
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0xFE30, 0xFE4F),  # CJK Compatibility Forms
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
]


def _sample() -> Iterator[str]:
    for low, high in BLOCKS:
        for code in range(low, high + 1):
            ch = chr(code)
            if unicodedata.category(ch) not in ("Cn", "Cc", "Cs", "Co"):
                yield ch


def _report_texts() -> Iterator[str]:
    for info in minsheng.available():
        program = minsheng.load(info.city, info.year)
        assessment = minsheng.assess(program)
        for locale in minsheng.LOCALES:
            for style in ("text", "markdown"):
                yield minsheng.format_report(assessment, locale=locale, style=style)
            yield minsheng.format_report(assessment, locale=locale, columns=200)
            yield minsheng.format_program(program, locale=locale)


def teststdlib_width_agrees_with_wcwidth_on_every_report() -> None:
    """Every line of every report and overview measures the same by unicodedata and wcwidth."""
    lines = {line for text in _report_texts() for line in text.splitlines()}
    assert len(lines) > 500
    differ = [line for line in lines if _layout.stdlib_width(line) != wcwidth.wcswidth(line)]
    assert differ == []


def teststdlib_width_agrees_with_wcwidth_on_the_blocks_minsheng_prints() -> None:
    """Over Latin, punctuation, kana, Hangul, CJK ideographs and full-width forms, one width."""
    sample = list(_sample())
    assert len(sample) > 30000
    differ = [hex(ord(ch)) for ch in sample if _layout.stdlib_width(ch) != wcwidth.wcwidth(ch)]
    assert differ == []


def test_width_without_wcwidth_falls_back_to_the_standard_library() -> None:
    """Without the extra, width still counts CJK as two columns and marks as none."""
    _layout.measure.cache_clear()
    try:
        with mock.patch.dict(sys.modules, {"wcwidth": None}):
            assert _layout.measure() is _layout.stdlib_width
            assert width("5100余个") == 8
            assert width("e\u0301") == 1
    finally:
        _layout.measure.cache_clear()
    assert width("5100余个") == 8


@pytest.mark.parametrize(
    ("environ", "terminal", "expected"),
    [
        ({"COLUMNS": "100"}, 60, 100),
        ({}, 132, 132),
        ({"COLUMNS": "12"}, 60, 40),
        ({}, 0, 80),
        ({"COLUMNS": "0"}, 132, 132),
        ({"COLUMNS": "wide"}, 100, 100),
        ({"COLUMNS": "-5"}, 0, 80),
    ],
)
def test_terminal_columns(environ: dict[str, str], terminal: int, expected: int) -> None:
    """COLUMNS wins, then the terminal's size, then 80; never below 40."""
    size = os.terminal_size((terminal, 24))
    with (
        mock.patch.dict(os.environ, environ),
        mock.patch("os.get_terminal_size", return_value=size),
    ):
        if "COLUMNS" not in environ:
            os.environ.pop("COLUMNS", None)
        assert terminal_columns() == expected
        # as the standard library asks, which minsheng does without importing shutil
        assert max(shutil.get_terminal_size((80, 24)).columns, 40) == expected


def test_terminal_columns_without_a_terminal() -> None:
    """No terminal, or no standard output at all: 80."""
    with (
        mock.patch.dict(os.environ),
        mock.patch("os.get_terminal_size", side_effect=OSError(25, "not a terminal")),
    ):
        os.environ.pop("COLUMNS", None)
        assert terminal_columns() == 80
        with mock.patch.object(sys, "__stdout__", None):
            assert terminal_columns() == 80


def test_wrap_breaks_latin_at_spaces_and_chinese_between_characters() -> None:
    """Words stay whole; Chinese breaks anywhere but before a closing mark."""
    assert wrap("public places in compulsory education", 16) == [
        "public places in",
        "compulsory",
        "education",
    ]
    assert wrap("接入平台的学校（幼儿园）食堂，确保安全。", 12) == [
        "接入平台的学",
        "校（幼儿园）",
        "食堂，确保安",
        "全。",
    ]
    assert wrap("", 10) == [""]


def test_fill_and_pack_indent_and_fit() -> None:
    """Fill hangs later lines under an indent; pack joins items that fit on a line."""
    assert fill("one two three four", 12, "- ", "  ") == ["- one two", "  three four"]
    assert pack(["a: 1", "b: 2", "c: 3"], 14, "  ") == ["  a: 1 · b: 2", "  c: 3"]


@given(st.text(alphabet=st.sampled_from("ab 中文，。（）“”-1"), max_size=80), st.integers(4, 30))
def test_wrap_fits_and_keeps_the_text(text: str, columns: int) -> None:
    """No wrapped line is wider than asked, and no character but spaces is lost."""
    lines = wrap(text, columns)
    assert all(width(line) <= columns for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_markdown_escapes() -> None:
    """Markup characters are escaped, and a line cannot start a list or a heading."""
    assert md("a*b|c_d") == r"a\*b\|c\_d"
    assert md_line("* unofficial translation") == r"\* unofficial translation"
    assert md_line("- x") == r"\- x"
    assert md_line("1. x") == r"\1. x"


@given(st.text(alphabet=st.sampled_from("ab\\*_`<>|[]()!#-+.n 中"), max_size=30))
def test_markdown_escape_reads_back_as_the_text(text: str) -> None:
    """A CommonMark parser reads an escaped string back as exactly that string."""
    from markdown_it import MarkdownIt

    (inline,) = MarkdownIt("commonmark").parseInline("x" + md(text) + "x")
    assert inline.children is not None
    assert all(child.type == "text" for child in inline.children)
    assert "".join(child.content for child in inline.children) == "x" + text + "x"


def test_common_characters_need_no_wcwidth() -> None:
    """Each character the quick path measures is assigned, agrees with wcwidth, and never joins."""
    common = [chr(code) for code in range(0x110000) if _layout.COMMON.fullmatch(chr(code))]
    assert len(common) > 20000
    assert all(unicodedata.category(ch) not in ("Cn", "Cc", "Cs", "Co") for ch in common)
    assert [ch for ch in common if _layout.stdlib_width(ch) != wcwidth.wcwidth(ch)] == []
    assert not {"\u200d", "\u200c", "\ufe0f"} & set(common)
    text = "".join(common)
    assert width(text) == wcwidth.wcswidth(text)
    # after a narrow and after a wide character, as in running text
    assert [ch for ch in common if width("a" + ch) != wcwidth.wcswidth("a" + ch)] == []
    assert [ch for ch in common if width("中" + ch) != wcwidth.wcswidth("中" + ch)] == []
    # the quick count of wide characters is the standard library's measure
    assert [ch for ch in common if width("中" + ch) != _layout.stdlib_width("中" + ch)] == []
    assert width(text) == _layout.stdlib_width(text)


def test_a_figure_keeps_its_measure_word_on_its_line() -> None:
    """Regression: 第3项 broke as 第3 / 项 and 3000个 as 3000 / 个 at the end of a line."""
    from minsheng._layout import wrap

    assert wrap("无法核实报告的项目：第1项、第2项、第3项。", 30) == [
        "无法核实报告的项目：第1项、",
        "第2项、第3项。",
    ]
    assert wrap("新增公办幼儿园学位3000个", 18) == ["新增公办幼儿园学", "位3000个"]
