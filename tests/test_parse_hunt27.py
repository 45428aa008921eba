"""Misreads a twenty-seventh hunt of real text found: farm subsidies, disability, relief.

Its pages: mainland disaster bulletins and relief standards, veterans' pension
rises, farmland and farm-machinery subsidies, disability subsidies; Taiwan's
crop-disaster relief, green environmental payments and typhoon grants; Hong
Kong's and Macau's disability allowances and farm funds.  Sources:
政府將斥數以十億計公帑收地 (cggorganic.org), 面積不少於1斗種的農作物農場
(investhk.gov.hk), 提高3個月的過渡期生活救助補助資金標準 (a copy of 寧夏's relief
standards), 殘疾撫恤金…按平均10%的標準繼續提高 (a copy of the veterans' ministry's
news), 流失每公頃最高發給10萬元 and 每公頃從2.5萬元,增至3.5萬元 (中央社 and 自由時報
copies), 同一田區每年限辦理一次 and 每個農場只可申請資助1次, 每0.1公頃1萬5,000元
(中央社).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from tests.conftest import assert_all_refused, found_figures


@pytest.mark.parametrize(
    "text",
    [
        "政府將斥數以十億計公帑收地",  # exactly 1,000,000,000
        "数以十亿计的资金",
        "以十亿计",
        "面積不少於1斗種的農作物農場",  # at least 1, its unit lost
        "种植面积不少于10垧",
        "約5公畝",
        "年用热量10吉焦",
        "提高3個月的過渡期生活救助補助資金標準",  # a rise of 3 months
        "殘疾撫恤金按平均10%的標準繼續提高",  # a plain 10 %: a rise
        "按5%的比例上调",
        "最高发给10万元",  # 10万元: the cap lost
        "同一田區每年限辦理一次生產環境維護",  # exactly once a year: at most
        "每個農場只可申請資助1次",
        "农户只能申请1次",
        "每人限购2台",
        "地方得另加最多5項,每公頃從2.5萬元,增至3.5萬元。",  # 3.5萬元, its hectare lost
        "每人每月从500元，提高至600元",
        "幾乎占了7成之多",  # exactly 70 %
    ],
)
def test_hunt_forms_are_refused(text: str) -> None:
    found = [(p, f) for p, f in found_figures(text) if p != "最多5項"]
    assert found
    assert all(figure is None for _, figure in found), found


@pytest.mark.parametrize(
    ("text", "value", "per"),
    [
        ("(四)塑膠布溫網室-塑膠布(網):每0.1公頃1萬5,000元。", Decimal(15000), Decimal("0.1")),
        ("每0.5亩补贴100元", Decimal(100), Decimal("0.5")),  # 100 元 with no denominator
        ("每10亩补贴100元", Decimal(100), Decimal(10)),  # as before
    ],
)
def test_a_decimal_denominator_is_read(text: str, value: Decimal, per: Decimal) -> None:
    ((_, figure),) = found_figures(text)
    assert figure is not None
    assert (figure.value, [p.amount for p in figure.per]) == (value, [per])


@pytest.mark.parametrize(
    ("text", "unit"), [("流失每公頃最高發給10萬元", "公顷"), ("每户最高核发2万元", "户")]
)
def test_a_cap_before_a_verb_of_paying_reads(text: str, unit: str) -> None:
    """每公頃最高發給10萬元 read as exactly 100,000 a hectare: at most."""
    ((_, figure),) = found_figures(text)
    assert figure is not None
    assert (figure.comparator, [p.unit for p in figure.per]) == (
        minsheng.Comparator.AT_MOST,
        [unit],
    )


@pytest.mark.parametrize(
    "text", ["缴费年限15年", "期限3年", "限期3个月完成", "新培育限上商贸企业10家", "奋斗3年"]
)
def test_words_that_hold_a_limit_read(text: str) -> None:
    """A term, a count of years, a deadline, 限上 (above a size) and 奋斗 are no limits."""
    ((_, figure),) = found_figures(text)
    assert figure is not None
    assert figure.comparator is None


def test_a_change_after_a_change_across_a_comma_reads() -> None:
    """由8%降至7%，增至10%: the first is a change of its own, not a refused start."""
    assert [figure is not None for _, figure in found_figures("由8%降至7%，增至10%")] == [
        True,
        True,
    ]
    assert_all_refused("每亩从100元,提高到120元")
