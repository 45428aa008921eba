"""The traditional-script table agrees with OpenCC for every vocabulary character."""

from __future__ import annotations

import opencc
import pytest

import minsheng
from minsheng._script import TRADITIONAL, normalize
from minsheng._vocabulary import vocabulary

_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
_CHARACTERS = [chr(code) for low, high in _RANGES for code in range(low, high)]


def _opencc_to_vocabulary() -> dict[str, str]:
    """Every CJK character that an OpenCC to-simplified conversion makes a vocabulary character."""
    words = vocabulary()
    found: dict[str, set[str]] = {}
    for config in ("t2s", "tw2s", "hk2s"):
        converted = opencc.OpenCC(config).convert("\n".join(_CHARACTERS)).split("\n")
        assert len(converted) == len(_CHARACTERS)
        for original, simplified in zip(_CHARACTERS, converted, strict=True):
            if simplified != original and simplified in words:
                found.setdefault(original, set()).add(simplified)
    assert all(len(targets) == 1 for targets in found.values())
    return {original: targets.pop() for original, targets in found.items()}


def test_table_is_exactly_what_opencc_says() -> None:
    """No character OpenCC maps to the vocabulary is missing, and none is extra or different."""
    assert _opencc_to_vocabulary() == TRADITIONAL


def test_every_vocabulary_character_survives_s2t_and_back() -> None:
    """OpenCC's simplified → traditional of each vocabulary character folds back to it."""
    words = vocabulary()
    for config in ("s2t", "s2tw", "s2hk"):
        converter = opencc.OpenCC(config)
        for ch in sorted(words):
            assert normalize(converter.convert(ch)) == ch, (config, ch)


def test_folding_keeps_every_position() -> None:
    """One character for one: positions in the folded text are the original's."""
    text = "不少於　３０００個，約19.78萬元，兩成，二○二五年"
    folded = normalize(text)
    assert len(folded) == len(text)
    assert folded == "不少于 3000个,约19.78万元,两成,二〇二五年"


@pytest.mark.parametrize(
    "phrase",
    [
        "新增公辦幼兒園學位不少於3000個",
        "每千名常住人口嬰幼兒托位達到4.5個",
        "由每戶每月234元、210元統一調整為每戶每月258元",
        "同比下降2.2個百分點",
        "5100餘個",
    ],
)
def test_opencc_traditional_reads_as_simplified(phrase: str) -> None:
    """A phrase converted by OpenCC to simplified reads the same as the original."""
    simplified = opencc.OpenCC("t2s").convert(phrase)
    original, converted = minsheng.parse_phrase(phrase), minsheng.parse_phrase(simplified)
    assert original.figure.value == converted.figure.value
    assert attrs_without_phrase(original) == attrs_without_phrase(converted)


def attrs_without_phrase(reading: minsheng.Reading) -> tuple[object, ...]:
    """A reading's content, leaving out the phrase text."""
    figure = reading.figure
    return (
        figure.value, figure.unit, figure.multiplier, figure.decimals, figure.approximation,
        figure.comparator, figure.per, figure.upper,
        tuple((b.value, b.unit, b.per) for b in reading.baselines),
        reading.change, reading.direction,
    )  # fmt: skip


def test_every_province_name_reads_in_traditional_script() -> None:
    """OpenCC's traditional forms of each GB/T 2260 province name are that province."""
    from minsheng._divisions import PROVINCES, province_of_name

    for config in ("s2t", "s2tw", "s2hk"):
        converter = opencc.OpenCC(config)
        for digits, names in PROVINCES.items():
            for name in names:
                assert province_of_name(converter.convert(name)) == digits, (config, name)
