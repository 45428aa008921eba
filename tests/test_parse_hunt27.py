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
    assert_all_refused(text, but="最多5項")


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


# Its review's findings, and a twenty-eighth hunt's (employment and training).
@pytest.mark.parametrize(
    "text",
    [
        "每0.5～1公里设置1个站点",  # 1 个 with no denominator
        "每1.5-2万人配备1名社工",
        "减排SO2 500吨",  # 2500 t
        "减排SO₂ 500吨",
        "本次月薪調漲約180萬名勞工受惠",  # the whole text too, as the scan
        "數以十億計",
        "最高也只增加10%",
        "最高一次性补助5000元",
        "最高給付3萬元",
        "按10%比例提高",
        "按10%的标准逐步提高",
        "「十三五」期间平均增长7.1%",
        "十二五以来平均增长8%",
        "此外,总体就业人口月工作收入中位数为17,600澳门元(下同),按季减少400元;本地就业居民为20,000元",
        "擴大適用9大行業",  # a bare rise of 9
        "累計最高甚至可領得四萬八千元獎勵金",
        "等於最高領到4.8萬元",
    ],
)
def test_review_and_employment_forms_are_refused(text: str) -> None:
    assert_all_refused(text, but="17,600")
    if "，" not in text and "," not in text and ";" not in text:
        with pytest.raises(minsheng.ParseError):
            minsheng.parse_phrase(text)


@pytest.mark.parametrize(
    ("text", "pers"),
    [
        ("每小时收费标准上涨10%", []),  # 10 % an hour: the fee rose once
        ("每小时客流量增长10%", []),
        ("每小时加收10%", ["小时"]),  # a rate an hour
        ("每日收取滞纳金比例下调至0.05%", ["日"]),  # the rate, a day's
        ("每月计息利率上调至0.5%", ["月"]),
        ("每月征收的税款增长10%", []),
        ("每0.1公顷补助1500元", ["公顷"]),
        ("补贴标准自每人每月500元提高到800元", ["人", "月"]),  # 自: from (no 每人每月)
    ],
)
def test_review_and_employment_denominators(text: str, pers: list[str]) -> None:
    figure = minsheng.parse_phrase(text).figure
    assert [p.unit or p.subject for p in figure.per] == pers


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("每人最多只能申领2次", minsheng.Comparator.AT_MOST),  # bounded: no limit refused
        ("只能容纳500人", None),  # only so many
        ("不限专业招聘教师50名", None),
        ("限价房3000套", None),
        ("推动节能减排支出567.47亿元", None),  # a programme's name
        ("以2000元计算", None),
        ("津貼期最長為18個月", minsheng.Comparator.AT_MOST),  # exact 18 months
        ("最短为1个月", minsheng.Comparator.AT_LEAST),
        ("每户最高一次性补助5000元", minsheng.Comparator.AT_MOST),
        ("就業不足人數5,800人", None),  # less than 5800: underemployment
        ("就业不足率为1.4%", None),
    ],
)
def test_review_and_employment_forms_read(
    text: str, comparator: minsheng.Comparator | None
) -> None:
    figure = found_figures(text)[-1][1]
    assert figure is not None
    assert figure.comparator is comparator


def test_a_change_from_a_figure_after_zi_reads() -> None:
    """尋職津貼自每月5,000元提高至6,000元: from 5,000 a month (a start found as a level)."""
    reading = minsheng.parse_phrase("自每月5,000元提高至6,000元")
    assert (reading.figure.value, [b.value for b in reading.baselines]) == (
        Decimal(6000),
        [Decimal(5000)],
    )
    assert [p.subject for p in reading.figure.per] == ["月"]


# The last review's findings.
@pytest.mark.parametrize(
    ("text", "value", "start"),
    [
        ("月薪自2萬6,400元調升至2萬7,470元", Decimal(27470), Decimal(26400)),
        ("重陽敬老禮金自500元加碼至2000元", Decimal(2000), Decimal(500)),
    ],
)
def test_a_change_from_after_zi_is_found_whole(text: str, value: Decimal, start: Decimal) -> None:
    ((phrase, _),) = found_figures(text)
    reading = minsheng.parse_phrase(phrase)
    assert (reading.figure.value, [b.value for b in reading.baselines]) == (value, [start])


@pytest.mark.parametrize(
    "text",
    [
        "自7月起调整为500元",  # 500 from 7: since July
        "最低工资标准自10月起上调至2000元",
        "自每年3月起提高到500元",
        "年龄自18岁至60岁",  # a range of ages
    ],
)
def test_zi_before_a_date_or_a_range_is_no_start(text: str) -> None:
    for _, figure in found_figures(text):
        assert figure is None or figure.value not in (Decimal(3), Decimal(7), Decimal(10))
    if text.startswith("年龄"):
        assert minsheng.parse_phrase(text).figure.upper == Decimal(60)


@pytest.mark.parametrize(
    "text",
    [
        "每人限报一个岗位",  # exactly 1: a limit
        "每校限推荐3名",
        "减排主要污染物500吨",  # a level: a fall
        "减排废水50万吨",
        "每人每月自500元，提高至600元",  # 600 元 with no month
        "工资中位数为15000元(澳门币,下同)。本地居民为12000元。",  # renminbi after 。
    ],
)
def test_last_review_forms_are_refused(text: str) -> None:
    assert_all_refused(text, but="15000")


@pytest.mark.parametrize(
    ("text", "comparator", "pers"),
    [
        ("不足人口的1%", minsheng.Comparator.LESS_THAN, []),  # exactly 1 %
        ("每月征收的水费标准提高10%", None, []),  # 10 % a month
        ("每户最高亦补助5000元", minsheng.Comparator.AT_MOST, ["户"]),  # exactly 5000
        ("按2%比例提取职工教育经费", None, []),  # refused: 比例 before 提取
        ("按30%比例减免", None, []),
    ],
)
def test_last_review_forms_read(
    text: str, comparator: minsheng.Comparator | None, pers: list[str]
) -> None:
    figure = found_figures(text)[-1][1]
    assert figure is not None
    assert figure.comparator is comparator
    assert [p.unit or p.subject for p in figure.per] == pers
