"""Which currency an amount is in: renminbi, or another that the parser refuses.

minsheng's 元 is the renminbi's.  An amount in Hong Kong dollars (港币3000元,
500港元), yen or a currency sign ($500, HK$500, ¥500: yen, or yuan?) is
refused by the parser and the scanner, never read as 元; 澳门元 is a unit of
its own.  人民币 before an amount with no unit (每人人民币1.8万) makes it 元.
"""

from __future__ import annotations

from minsheng._i18n import Message, msg
from minsheng._numerals import NUMBER_CHARS
from minsheng._patterns import compiled

FOREIGN_CURRENCY = compiled(
    # (not 香港元旦, 中美金融, 完美金曲, 欧元区 or 韩元帅: a review's)
    "新?台币|港[币元圆](?!朗|旦)|澳[门]?币|葡币|美[元圆](?!素)|美金(?![融曲])"
    "|日[元币圆](?![素旦宵满])|欧元(?!区)|韩元(?!帅)"
    "|英镑|澳元|卢布|泰铢"
)
"""Currencies other than renminbi, whose 元 is not minsheng's 元 (澳门元 is a unit of its own)."""
CURRENCY_SIGNS = frozenset("$¥￥€£")
CURRENCY_SIGN = rf"(?<![A-Za-z])[A-Za-z]{{0,3}}[{''.join(sorted(CURRENCY_SIGNS))}]"
"""A currency sign before an amount, perhaps after letters: $, HK$, NT$, ¥ (yen, or yuan?)."""
CURRENCY_BEFORE = compiled(f"{FOREIGN_CURRENCY.pattern}|澳门元")
"""The same, and 澳门元, before an amount: 澳门元3000 is in patacas, but not in the unit 澳门元."""
# the ISO codes of the currencies pages near minsheng's print before an amount
# (MOP10,000元, an eighth hunt's: found as 10,000 元, in renminbi)
CURRENCY_CODE = "(?<![A-Za-z])(?:MOP|HKD|NTD|TWD|USD|EUR|JPY|GBP|AUD|SGD)"
# a currency sign (HK$, ¥: which currency?), code or word right before an amount
CURRENCY_RIGHT_BEFORE = compiled(
    f"(?:{CURRENCY_SIGN}|{CURRENCY_CODE}|{CURRENCY_BEFORE.pattern}) *$"
)


# one is in every CURRENCY_BEFORE word (tests/test_parse.py holds it): a quick test
_CURRENCY_CHARS = frozenset("币元金镑布铢圆")
_AMOUNT_BEFORE = compiled(f"[{NUMBER_CHARS}]元? *[（(]? *$")  # 3000元（港币）: in brackets too
_AMOUNT_AFTER = compiled(f" *[{NUMBER_CHARS}]")
_YUAN_IN_BRACKETS = compiled("元 *[（(] *$")
_SIGN = compiled(f"{CURRENCY_SIGN} *[0-9]")


def _foreign_currency(s: str) -> int | None:
    """Where a currency other than renminbi that an amount is in starts (港币3000元, 3000日元).

    A currency that no amount is printed in stays a subject word: 以美元计增长5%.
    """
    for found in CURRENCY_BEFORE.finditer(s):
        if _AMOUNT_AFTER.match(s, found.end()) or (
            (found.group() != "澳门元" or _YUAN_IN_BRACKETS.search(s, 0, found.start()))
            and _AMOUNT_BEFORE.search(s, 0, found.start())
        ):
            # 澳门元3000 and 3000元（澳门元） (an eighth hunt's: read as renminbi) too,
            # but not 3000澳门元, the unit
            return found.start()
    return None


def currency_refused(s: str) -> tuple[Message, int] | None:
    """Why and where the folded phrase ``s`` names a currency other than renminbi, if it does."""
    foreign = None if _CURRENCY_CHARS.isdisjoint(s) else _foreign_currency(s)
    if foreign is not None:  # 港币3000元, 3000日元: not renminbi, whatever the unit
        return msg("a currency other than renminbi"), foreign
    sign = None if CURRENCY_SIGNS.isdisjoint(s) else _SIGN.search(s)
    if sign is not None:  # HK$500, $500, ¥500: dollars of where, yen or yuan?
        return msg("a currency sign: which currency?"), sign.start()
    return None


YUAN_OF_ANOTHER = msg("元 after another currency named before it: of that currency, or renminbi?")
"""Why an amount in 元 is refused after another currency's name: the parser's and the scan's."""


def currency_before_yuan(s: str, in_yuan: bool) -> int | None:
    """Where another currency named in ``s`` starts, if the phrase's amount is in 元.

    港元资产增加388亿元, 美元存款增加50亿元 (a thirty-seventh hunt's: read as renminbi):
    元 of that currency, or renminbi?  Not where 人民币 is named (折合人民币36亿元).
    """
    if not in_yuan or _CURRENCY_CHARS.isdisjoint(s) or "人民币" in s:
        return None
    found = FOREIGN_CURRENCY.search(s)
    return None if found is None else found.start()


def renminbi_at_end(words: str) -> bool:
    """Whether ``words`` end in 人民币 that names the currency (not 数字人民币, a product)."""
    return words.endswith("人民币") and not words.endswith("数字人民币")
