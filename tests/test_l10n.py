"""The gettext catalogs: complete, current, and with matching placeholders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po

from tests.conftest import ROOT

PACKAGE = ROOT / "src" / "minsheng"
CATALOGS = sorted((PACKAGE / "locale").glob("*/LC_MESSAGES/minsheng.po"))
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _extracted() -> set[str]:
    # Babel skips folders that start with "_", so the HTML sub-package is named too.
    found = [
        message
        for folder in (PACKAGE, PACKAGE / "_html")
        for _, _, message, _, _ in extract_from_dir(
            str(folder),
            method_map=[("**.py", "python")],
            keywords={**DEFAULT_KEYWORDS, "t": None, "msg": None},
        )
    ]
    return {message for message in found if isinstance(message, str)}


def test_there_are_catalogs_for_both_scripts() -> None:
    """Simplified and Traditional Chinese are served."""
    assert [p.parts[-3] for p in CATALOGS] == ["zh_Hans", "zh_Hant"]


def test_messages_are_marked() -> None:
    """Extraction finds the library's messages at all (guards the test below)."""
    messages = _extracted()
    assert {"met", "not met", "undetermined", "Summary"} <= messages


# t('error') inside an f-string: extraction skips f-strings, so the word is never
# in a catalog and shows in English
_CALL_IN_F_STRING = re.compile(
    r"""\b(?:[rR]?[fF]|[fF][rR])(["'])(?:(?!\1).)*\{(?:t|_|msg|[a-z_.]*gettext)\("""
)


def test_no_message_hides_in_an_f_string() -> None:
    """Regression: the HTML page's 'revision' and parse --scan's 'error' stayed English."""
    hidden = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _CALL_IN_F_STRING.search(line)
    ]
    assert hidden == []
    assert _CALL_IN_F_STRING.search("x = f\"{a}: {t('error')}\"")  # the check can fail
    assert _CALL_IN_F_STRING.search("x = rf'{_(\"error\")}'")


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.parts[-3])
def test_catalog_is_complete_and_current(path: Path) -> None:
    """Every extracted message is translated, and no translation is obsolete."""
    with path.open("rb") as file:
        catalog = read_po(file)
    translated = {m.id for m in catalog if m.id and m.string}
    in_catalog = {m.id for m in catalog if m.id}
    extracted = _extracted()
    assert extracted - translated == set(), "untranslated"
    assert in_catalog - extracted == set(), "obsolete"
    assert not [m.id for m in catalog if m.id and m.fuzzy], "fuzzy"
    assert not catalog.obsolete


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.parts[-3])
def test_placeholders_match(path: Path) -> None:
    """A translation keeps exactly the placeholders of its message."""
    with path.open("rb") as file:
        catalog = read_po(file)
    mismatched = [
        m.id
        for m in catalog
        if m.id
        and sorted(PLACEHOLDER.findall(str(m.id))) != sorted(PLACEHOLDER.findall(str(m.string)))
    ]
    assert mismatched == []


def test_traditional_catalog_has_no_simplified_only_characters() -> None:
    """zh-Hant strings avoid characters that exist only in simplified script, but in quotes."""
    simplified_only = set(
        "这个为实现报达标项数据计结与无过时说满测评来决单须长记录区间会险状续应对义处读详见节质总带较内称误错键识别号"
    )
    with CATALOGS[1].open("rb") as file:
        catalog = read_po(file)
    # 「…」 quotes input as sources print it (5100余个), which stays simplified.
    texts = [re.sub(r"「[^」]*」", "", str(m.string)) for m in catalog if m.id]
    offending = {ch for text in texts for ch in text if ch in simplified_only}
    assert offending == set()


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en", "2025, 2026, 2027"), ("zh-Hans", "2025、2026、2027"), ("zh-Hant", "2025、2026、2027")],
)
def test_lists_take_the_readers_punctuation(locale: str, expected: str) -> None:
    """A list inside a message: commas in English, 顿号 in Chinese."""
    from minsheng._i18n import listing
    from minsheng._locale import served

    assert listing([2025, 2026, 2027]).render(served(locale).gettext) == expected
    assert listing([]).render() == ""
    assert listing(["only"]).render(served(locale).gettext) == "only"


def test_a_long_list_renders_flat() -> None:
    """Ten thousand items: the message tree is halves, so rendering never recurses deep."""
    from minsheng._i18n import listing

    assert listing(list(range(10_000))).render() == ", ".join(map(str, range(10_000)))
