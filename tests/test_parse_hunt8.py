"""Misreads an eighth hunt found.

It read pledge lists, work-report targets and pages from Hong Kong, Macau and
Taiwan. Each phrase now reads right or is refused, by the parser and the scan
alike; the hunt's addresses are in the docstrings.
"""

from __future__ import annotations

import pytest

import minsheng
from minsheng import parse_quantity as parse


@pytest.mark.parametrize(
    "text",
    [
        "每戶每月補貼3000元(澳門元)",
        "3000元（澳門元）",
        "永久居民为每人9000元(澳门元,下同)",
        "澳幣5000元",
        "MOP10,000元",
        "发放HKD500元",
    ],
)
def test_an_amount_in_patacas_or_another_currency_is_refused(text: str) -> None:
    """永久居民为每人9000元(澳门元,下同) (m.yunzhuan.com) read as 9,000 yuan in renminbi.

    A 澳门元 in brackets after 元, 澳币 and a currency code before the amount
    name a currency other than renminbi, as 港币 there did.
    """
    with pytest.raises(minsheng.ParseError, match=r"currency|unexpected text"):
        parse(text)
    found = list(minsheng.find_quantities(text + "。"))
    assert found
    assert all(f.reading is None for f in found)


@pytest.mark.parametrize(("text", "unit"), [("3000澳门元", "澳门元"), ("RMB3000元", None)])
def test_patacas_as_a_unit_and_renminbi_by_its_code_read(text: str, unit: str | None) -> None:
    """3000澳门元 is in the unit 澳门元; RMB3000元 is renminbi, found without its code."""
    (found,) = minsheng.find_quantities(text + "。")
    assert found.reading is not None
    assert found.reading.figure.value == 3000
    if unit is not None:
        assert found.reading.figure.unit == unit


def test_a_second_unit_in_full_width_brackets_is_found_with_them() -> None:
    """3000人（人次） was found as a plain 3000人: the parser refuses the phrase whole."""
    (found,) = minsheng.find_quantities("服务3000人（人次）。")
    assert (found.phrase, found.reading) == ("3000人（人次）", None)
