"""Fold a phrase into the one script and digit set the parser reads.

The parser gives meaning to a closed vocabulary: numerals, magnitude words,
comparator, approximation and change words, units and denominators.  Sources
print that vocabulary in simplified or traditional script, with ASCII or
full-width digits.  :func:`normalize` folds each character of the vocabulary
into its simplified, ASCII form, one character for one, so that every
position in the folded text is the same position in the original.

The traditional half of the table is derived from the vocabulary with OpenCC
(t2s, tw2s and hk2s): every character that OpenCC converts to a vocabulary
character is here, and nothing else.  tests/test_script.py checks the table
against OpenCC, so the maintained converter decides it, while the parser
needs no dependency beyond the core at run time.  Characters outside the
vocabulary (subject words) are left as printed.
"""

from __future__ import annotations

TRADITIONAL = dict(
    zip(
        # traditional and variant characters (including CJK compatibility ideographs)
        "個傢億兒內兩冊區單噸場壓學將嵗張從戶擴於昇時枱條檯歲減滿漲為"
        "爲牀畝盞確箇簡約網縣縮臺萬處裏補裡製調踰輛週過達鄉醫鈡鍾鎭鎮"
        "鐘長門間陞韆項類颱餘點老不兩年零例了類六理裏裡里立降精社突类"
        "調",
        # the vocabulary character OpenCC makes of each
        "个家亿儿内两册区单吨场压学将岁张从户扩于升时台条台岁减满涨为"
        "为床亩盏确个简约网县缩台万处里补里制调逾辆周过达乡医钟钟镇镇"
        "钟长门间升千项类台余点老不两年零例了类六理里里里立降精社突类"
        "调",
        strict=True,
    )
)
"""Traditional (and variant) characters, by the vocabulary character OpenCC makes of them."""

_OTHER = {
    "○": "〇",  # WHITE CIRCLE, printed for 〇 in 二○二五
    "\u3000": " ",  # IDEOGRAPHIC SPACE
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
}

_TABLE: dict[int, str] = {
    **{code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F) if chr(code) not in "（）"},
    **{ord(k): v for k, v in _OTHER.items()},
    **{ord(k): v for k, v in TRADITIONAL.items()},
}


def normalize(text: str) -> str:
    """Fold ``text`` to simplified script and ASCII digits, one character for one.

    >>> normalize("不少於３０００個")
    '不少于3000个'
    """
    return text.translate(_TABLE)
