"""Misreads an eighteenth hunt of real text found: work reports, plans, Macau and Taiwan.

Its pages: 2026 government work reports and their targets, 15th five-year plan
outlines, mid-year progress reports, Macau's finance news and Taiwan's budgets.
Sources: 2025天府人工智能产业生态大会 (stdaily.com, 2025-09-28), 2027台灣燈會 and
歲出編列 302 億 1,292萬9,000元 (chinatimes.com, 2025-11-11), 財政盈餘四百七十六‧六億元
and 近五百O七億元 (chengpou.com.mo), 從60年代開始 (cyhg.gov.tw), 130萬億台階
(zybear.com), 两个高于、两个缩小 (bx2200.com), 三次产业比调整为11.8︰48.3︰39.9
(laobiganzi.top), 按日加收滯納稅款千分之五 (crsrw.com), 截至1031日 (huichang.gov.cn),
每胎15萬元 (tw.news.yahoo.com), “1324”工作机制 (bx2200.com), 科创走廊2.0版
(sx.gov.cn); and the national childcare subsidy of 2025, 每孩每年3600元.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from minsheng import Comparator, parse_phrase
from tests.conftest import scanned


@pytest.mark.parametrize(
    "text",
    [
        "以“天府聚势 智链未来”为主题的2025天府人工智能产业生态大会在成都开幕。",
        "7月28日,2025人工智能產品應用博覽會在蘇州工業園區開幕。",
        "主因為選舉經費、2027台灣燈會。",
        "2026元宵灯会吸引游客。",
        "2026台北国际书展开幕。",  # (a second review's: more events)
        "2024家博会开幕。",
    ],
)
def test_a_year_that_opens_an_event_s_name_is_no_figure(text: str) -> None:
    """2025天府…大会 read as 2025 天, 2027台灣燈會 as 2027 台."""
    assert scanned(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("共有2000人参加运动会。", [("2000人", True)]),  # people who take part in one
        ("新增2025人。", [("2025人", True)]),
    ],
)
def test_a_count_near_an_event_still_reads(text: str, found: list[tuple[str, bool]]) -> None:
    assert scanned(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "財政盈餘四百七十六‧六億元,",
        "增幅三十五‧五%,",
        "來自博彩稅收近五百O七億元,",
        "大幅增加一‧二倍。",
        "盈余四百七十六·六亿元。",
    ],
)
def test_a_dot_or_an_o_inside_chinese_numerals_is_refused_whole(text: str) -> None:
    """四百七十六‧六億元 (Macau) was found as 六億元, 600 million, its 476 lost."""
    ((phrase, read),) = scanned(text)
    assert not read
    assert phrase[0] in "四增近大盈"


@pytest.mark.parametrize(
    "text", ["從60年代開始已經逐漸消失。", "我国20 世纪50 年代在苏联。", "上世纪七十年代建成。"]
)
def test_a_decade_is_no_figure(text: str) -> None:
    """60年代 (the 1960s) read as 60 years; only 80年代 and 90年代 were known."""
    assert scanned(text) == []


@pytest.mark.parametrize("text", ["例如上世纪90年代小区", "90年代"])
def test_the_parser_refuses_a_decade(text: str) -> None:
    with pytest.raises(minsheng.ParseError, match="a year"):
        parse_phrase(text)


def test_a_count_of_years_is_still_one() -> None:
    assert scanned("小区建成已有30年。") == [("30年", True)]


def test_less_than_before_the_next_figure_bounds_it() -> None:
    """連續兩年不到3% read 3 % as exact: 不到 was taken by 兩年."""
    (found,) = minsheng.find_quantities("三孩生育率連續兩年不到3%。")
    assert found.reading is not None
    assert found.reading.figure.comparator is Comparator.LESS_THAN


def test_a_step_is_no_machine() -> None:
    """130万亿台阶 read as 1.3e14 台 (machines); 100万台 still counts them."""
    assert all(not read for _, read in scanned("跨越130万亿台阶,"))
    assert scanned("年产汽车100万台。")[-1][1]
    assert scanned("新增3台风机。") == [("3台", True)]


@pytest.mark.parametrize(
    "text", ["确保实现“两个高于、两个缩小”目标。", "坚持“三个不低于、两个确保”。"]
)
def test_a_comparator_that_names_a_slogan_s_item_bounds_nothing(text: str) -> None:
    """两个高于、两个缩小 read as more than two."""
    assert scanned(text) == []


def test_a_ratio_with_a_two_dot_leader_is_refused() -> None:
    """调整为11.8︰48.3︰39.9 read as a level of 11.8."""
    assert scanned("三次产业比调整为11.8︰48.3︰39.9。") == [("调整为11.8︰48.3︰39.9", False)]


@pytest.mark.parametrize(
    "text", ["歲出編列 302 億 1,292萬9,000元，", "5 亿 3000 万元。", "總預算 1,296 億 8,324 萬元。"]
)
def test_a_spaced_amount_of_yi_and_wan_is_refused_whole(text: str) -> None:
    """302 億 1,292萬9,000元 was found as 302億 and, apart, 12,929,000 元."""
    ((_, read),) = scanned(text)
    assert not read


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("從滯納稅款之日起,按日加收滯納稅款千分之五的滯納金。", "日"),
        ("按天计收0.05%。", "天"),
        ("按月核發3000元。", "月"),
    ],
)
def test_by_the_day_before_a_charge_or_a_payment_is_per_day(text: str, period: str) -> None:
    """按日加收…千分之五 read as a plain 5 ‰: it is 5 ‰ a day."""
    (found,) = minsheng.find_quantities(text)
    assert found.reading is not None
    (per,) = found.reading.figure.per
    assert period in (per.unit, per.subject)


@pytest.mark.parametrize("text", ["澳門博彩稅收入按月下挫17%。", "日均賭收(按年升11%,按月跌5%)。"])
def test_month_on_month_in_macau_is_no_denominator(text: str) -> None:
    """按月下挫17% is month on month, not 17 % a month."""
    assert all(
        f.reading is not None and not f.reading.figure.per for f in minsheng.find_quantities(text)
    )


def test_a_day_after_jiezhi_is_a_date() -> None:
    """截至1031日 (a page that lost its 月) read as 1,031 days."""
    assert scanned("截至1031日,65件民生实事已完成26件。") == [("65件", True), ("26件", True)]


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [("每孩每年3600元", "孩", 3600), ("並新設第4胎起每胎15萬元", "胎", 150_000)],
)
def test_per_child_and_per_birth_are_denominators(text: str, subject: str, value: int) -> None:
    """每孩每年3600元, the national childcare subsidy of 2025, was refused."""
    figure = parse_phrase(text).figure
    assert figure.value == Decimal(value)
    assert figure.per[0].subject == subject


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("建立种业发展“1324”工作机制", "in quotes"),
        ("打造科创走廊2.0版", "a version"),
        ("長照3.0計畫", "a version"),
    ],
)
def test_the_parser_refuses_a_name_or_a_version(text: str, reason: str) -> None:
    """parse_phrase read “1324”工作机制 as 1324 and 2.0版 as 2.0."""
    with pytest.raises(minsheng.ParseError, match=reason):
        parse_phrase(text)


# A review of these rules found each of the following read wrong, refused or lost.


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("投入2000万元举办马拉松。", [("2000万元", True)]),
        ("2000余家企业亮相博览会。", [("2000余家", True)]),
        ("奖金从1000元提高到2000元奖励马拉松选手。", [("从1000元提高到2000元", True)]),
        # a second review's: other measure words
        ("新增2022亩博览会用地。", [("2022亩", True)]),
        ("举办2025场马拉松。", [("2025场", True)]),
    ],
)
def test_an_amount_or_a_count_before_an_event_reads(
    text: str, found: list[tuple[str, bool]]
) -> None:
    assert scanned(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("按日计罚案件5件。", [("5件", True)]),
        ("不按月缴纳社保费的企业200家。", [("200家", True)]),
    ],
)
def test_by_the_day_before_no_amount_or_rate_is_no_denominator(
    text: str, found: list[tuple[str, bool]]
) -> None:
    """按日计罚案件5件 read as five cases a day."""
    assert scanned(text) == found


@pytest.mark.parametrize("text", ["按日计罚累计罚款500万元。", "按月发放各类补贴累计1.2亿元。"])
def test_a_total_after_by_the_day_has_no_period(text: str) -> None:
    (found,) = minsheng.find_quantities(text)
    assert found.reading is not None
    assert not found.reading.figure.per


def test_jia_jia_is_no_change_word() -> None:
    """加价收购小麦5000吨 (bought at a premium) read as a rise of 5000 吨 while 加价 was one."""
    (found,) = minsheng.find_quantities("加价收购小麦5000吨。")
    assert found.phrase == "5000吨"
    assert found.reading is not None
    assert found.reading.change is None


def test_a_floor_before_a_list_separator_still_counts() -> None:
    """不低于、力争高于6% read as more than 6 %, its floor lost; refused as before."""
    assert [read for _, read in scanned("不低于、力争高于6%。")] == [False]


@pytest.mark.parametrize("text", ["70年代表大会。", "服务满30年代表。"])
def test_nian_before_representatives_is_no_decade(text: str) -> None:
    assert scanned(text) != []


@pytest.mark.parametrize("text", ["300台阶段性检修。", "300台账面价值。"])
def test_tai_before_other_words_counts_machines(text: str) -> None:
    assert scanned(text)[0] == ("300台", True)


def test_a_deposit_of_six_months_is_at_least_six_months() -> None:
    """缴存满6个月 (a housing fund's rule) read as exactly six months."""
    assert parse_phrase("缴存满6个月").figure.comparator is Comparator.AT_LEAST


def test_per_child_on_a_rise_is_no_denominator() -> None:
    """每孩补贴标准提高10%: the standard per child rose once, not 10 % per child."""
    assert not parse_phrase("每孩补贴标准提高10%").figure.per


@pytest.mark.parametrize("text", ["2025天府人工智能产业生态大会在成都开幕", "2024/2025学年"])
def test_the_parser_refuses_what_the_scan_passes_over_as_a_date(text: str) -> None:
    """parse_phrase read 2025天府…大会 as 2025 天, which the scan passes over (a review's)."""
    with pytest.raises(minsheng.ParseError, match="a date"):
        parse_phrase(text)


def test_a_count_of_years_in_words_still_reads() -> None:
    assert parse_phrase("十年").figure.value == 10
