"""Misreads a nineteenth hunt of real text found: subsidy, pension and loan rules.

Its pages: the 2025 childcare subsidy, trade-in subsidies, housing funds,
medical insurance, pension adjustments and employment subsidies.  Sources:
购新机最高立减500元 and 旧机最高抵3000元 (zmke.com), 8年以上最高获补7000元
(haoxuewang.cn), 最长贴息2年 (ruyici.top), 最长可领取24个月 (gongweng.com),
一年期贷款市场报价利率(LPR)的60% (zjtxrd.cn), 1年期贷款基准利率 (keji360.cn),
每季度初10日前 (chaxiaohao.com), 3.100岁以上老人 (xjdkctz.com), 605元/月﹒人
(huocheso.com), 每人30万元的额度上限之和的110% (hljszy.org.cn), 24个月龄以上
(keep-dream.com), 80周岁(含)至99周岁(含) (jxkamo.com), 连续3年每年发放运营补助3万元
(gansudaily.com.cn).
"""

from __future__ import annotations

import pytest

import minsheng
from minsheng import Comparator, parse_phrase
from tests.conftest import scanned


@pytest.mark.parametrize(
    "text",
    [
        "购新机最高立减500元",
        "旧机最高抵3000元",
        "8年以上最高获补7000元",
        "最高優惠800元",
        "至高優惠800元",
        "至高800元",
        "補貼最高只有500元",
        "直接封顶省500元",
        "最高降价3000元",
        "最长贴息2年",
        "最长可领取24个月",
        "最长能够领取12个月的失业保险金",
    ],
)
def test_a_cap_apart_from_its_figure_by_a_verb_is_refused(text: str) -> None:
    """最高立减500元 read as a cut of exactly 500, 最长贴息2年 as exactly 2 years."""
    found = list(minsheng.find_quantities(text))
    assert found
    assert found[-1].reading is None
    assert found[-1].phrase.startswith(("最高", "至高", "封顶", "最长"))


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("每户每年最高补助3000元", Comparator.AT_MOST),
        ("最高可达3000元", Comparator.AT_MOST),
        ("封顶500元", Comparator.AT_MOST),
        ("最长36个月", Comparator.AT_MOST),
        ("最短3个月", Comparator.AT_LEAST),
    ],
)
def test_a_cap_right_before_its_figure_still_reads(text: str, comparator: Comparator) -> None:
    assert parse_phrase(text).figure.comparator is comparator


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("按照不超过贷款市场报价利率(LPR)的60%予以贴息。", Comparator.AT_MOST),
        ("不低于生产总值（GDP）的4%。", Comparator.AT_LEAST),
    ],
)
def test_a_name_in_latin_letters_in_brackets_keeps_the_bound(
    text: str, comparator: Comparator
) -> None:
    """不超过…利率(LPR)的60% read as a plain 60 %."""
    (found,) = minsheng.find_quantities(text)
    assert found.reading is not None
    assert found.reading.figure.comparator is comparator


def test_letters_right_before_a_figure_are_refused_with_their_bound() -> None:
    """超過…報價利率(LPR)130% read as a plain 130 %."""
    assert scanned("利率超過中國人民銀行貸款市場報價利率(LPR)130%的") == [
        ("超過中國人民銀行貸款市場報價利率(LPR)130%", False)
    ]


@pytest.mark.parametrize(
    "text", ["参照银行1年期贷款基准利率。", "利率不高于一年期LPR。", "发行3年期国债。"]
)
def test_the_term_that_names_a_rate_is_no_figure(text: str) -> None:
    """1年期贷款基准利率 read as 1 year; 不高于一年期LPR as at most one year."""
    assert scanned(text) == []


@pytest.mark.parametrize(
    "text", ["每季度初10日前完成。", "每月的15日前发放。", "每季度首月5日前。"]
)
def test_a_day_of_each_month_or_quarter_is_a_date(text: str) -> None:
    """每季度初10日前 read as 10 days a quarter."""
    assert [read for _, read in scanned(text)] == [False]


def test_a_count_of_days_each_month_still_reads() -> None:
    assert scanned("每月工作22日。") == [("每月工作22日", True)]


@pytest.mark.parametrize(
    "text", ["3.100岁以上老人高龄津贴。", "1.5000元以下部分报销50%", "4.100元/月。"]
)
def test_a_list_number_printed_onto_a_figure_is_refused(text: str) -> None:
    """3.100岁以上 (item 3, 100 years and over) read as at least 3.1 years of age."""
    assert scanned(text)[0][1] is False


@pytest.mark.parametrize(
    "text",
    # (two decimals are a price's or a share's: 1.50元/斤, 98.50%, a review's)
    ["增长3.90%", "2.3万元以上部分", "其中1.5元", "1.50元/斤", "98.50%", "2.00%", "10.00元"],
)
def test_a_figure_with_such_decimals_elsewhere_reads(text: str) -> None:
    assert all(read for _, read in scanned(text))


@pytest.mark.parametrize("text", ["605元/月﹒人", "605元/月•人", "100元/亩.年", "20元/平方米.月"])
def test_a_denominator_of_two_parts_joined_by_a_dot_is_refused(text: str) -> None:
    """605元/月﹒人 read as per month, its person lost."""
    assert [read for _, read in scanned(text)] == [False]


@pytest.mark.parametrize(
    "text",
    [
        "合伙创业的,最高不超过每人30万元的额度上限之和的110%、且不超过400万元,",
        "不超过30万元的3倍。",
        "不低于10万元的20%。",
    ],
)
def test_a_bound_before_an_amount_whose_share_follows_is_refused(text: str) -> None:
    """不超过…30万元的…110% read as at most 300,000 and a plain 110 %."""
    found = scanned(text)
    assert [read for _, read in found[:2]] == [False, False]


def test_a_bound_then_a_part_of_it_reads() -> None:
    """不超过2000元的部分报销50%: the part up to 2000, and 50 % of it."""
    assert scanned("不超过2000元的部分报销50%。") == [("不超过2000元", True), ("50%", True)]


@pytest.mark.parametrize(
    "text",
    [
        "收托24个月龄以上至满足入幼儿园小班条件前幼儿。",
        "收托12个月龄以下婴儿(乳儿班)。",
        "全省城乡低保家庭中80周岁(含)至99周岁(含)的老年人。",
    ],
)
def test_ages_of_who_is_covered_are_passed_over(text: str) -> None:
    """24个月龄以上 read as exactly 24 months, 80周岁(含)至99周岁(含) as 80."""
    assert scanned(text) == []


def test_a_range_of_ages_that_ends_a_clause_still_reads() -> None:
    assert scanned("服务对象为3周岁至6周岁。") == [("3周岁至6周岁", True)]


def test_each_year_after_a_streak_is_the_next_figure_s() -> None:
    """连续3年每年发放运营补助3万元: 3万元 lost its year to a refused 3年每年发放运营补."""
    *_, last = minsheng.find_quantities("规模在100个托位以上的连续3年每年发放运营补助3万元。")
    assert last.reading is not None
    (per,) = last.reading.figure.per
    assert per.unit == "年"


# A review of these rules found each of the following read wrong, refused or lost.


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("每人至高补贴2000元", Comparator.AT_MOST),
        ("每户封顶补贴5万元", Comparator.AT_MOST),
        ("每人最长贴息2年", Comparator.AT_MOST),
        ("每户最低补偿2万元", Comparator.AT_LEAST),
    ],
)
def test_a_cap_apart_after_a_denominator_keeps_its_side(text: str, comparator: Comparator) -> None:
    """每人至高补贴2000元 read as at least 2000 元 a person."""
    assert parse_phrase(text).figure.comparator is comparator


def test_sheng_after_zuigao_may_be_a_province() -> None:
    """人均GDP最高省12万元: the top province's, no cap of a saving."""
    assert parse_phrase("人均GDP最高省12万元").figure.comparator is None


@pytest.mark.parametrize(
    "text", ["按月缴纳住房公积金比例12%", "按月征收房产税1.2%", "按日计息年利率3.5%"]
)
def test_a_rate_after_by_the_month_is_no_rate_per_month(text: str) -> None:
    """按月缴纳住房公积金比例12% is 12 % of a month's wage, not 12 % a month."""
    (found,) = minsheng.find_quantities(text)
    assert found.reading is not None
    assert not found.reading.figure.per


def test_a_later_figure_takes_no_denominator_of_a_rate() -> None:
    """0.86万人次每公里较上年增长5% read the 5 % per 公里."""
    found = scanned("客运强度0.86万人次每公里较上年增长5%。")
    assert found[0][1] is False
    *_, last = minsheng.find_quantities("客运强度0.86万人次每公里较上年增长5%。")
    assert last.reading is not None
    assert not last.reading.figure.per


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("可申请最长3年期贷款。", "最长3年"), ("提供不超过3年期的贷款。", "不超过3年")],
)
def test_a_loan_s_own_term_still_reads(text: str, phrase: str) -> None:
    (found,) = minsheng.find_quantities(text)
    assert found.phrase == phrase
    assert found.reading is not None
    assert found.reading.figure.comparator is Comparator.AT_MOST


@pytest.mark.parametrize("text", ["年收入低于3万元的家庭的20%。", "超过50万元的剩余部分的10%。"])
def test_a_share_of_another_thing_after_a_bound_reads(text: str) -> None:
    assert all(read for _, read in scanned(text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (限购 is a limit, refused since a twenty-seventh hunt: at most 5 斤)
        ("3.5元/斤.每户限购5斤。", [("3.5元/斤", True), ("每户限购5斤", False)]),
        ("通过APP申领补贴3000元。", [("3000元", True)]),
        ("高于国家标准的AAA级景区20家。", [("20家", True)]),
    ],
)
def test_a_full_stop_or_letters_elsewhere_read(text: str, found: list[tuple[str, bool]]) -> None:
    assert scanned(text) == found


def test_a_span_of_days_after_a_quarter_s_end_reads() -> None:
    """每季度末10日内: within ten days, no date."""
    assert parse_phrase("每季度末10日内").figure.comparator is Comparator.AT_MOST


# A second review of the day's rules found each of the following read wrong or lost.


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("全国2000家博物馆亮相博览会。", [("2000家", True)]),
        ("2000瓶红酒亮相博览会。", [("2000瓶", True)]),
        ("拥有20年代工经验。", [("20年", True)]),
        ("积累30年代码经验。", [("30年", True)]),
        ("申请人年龄60周岁以上至今已缴费15年。", [("60周岁以上", True), ("15年", True)]),
        ("截至15日内办结。", [("15日内", True)]),
        ("期限为5年期的定期存款。", [("5年", True)]),
        ("补贴200元/人.月底前发放到位。", [("200元/人", True)]),
        ("收入低于当地最低工资标准(MW)的家庭共3000户。", [("3000户", True)]),
        ("3台账务系统。", [("3台", True)]),
        ("采购设备50台阶梯式补贴。", [("50台", True)]),
    ],
)
def test_what_a_second_review_found_lost(text: str, found: list[tuple[str, bool]]) -> None:
    assert scanned(text) == found


def test_each_year_of_a_condition_is_no_denominator_of_the_reward() -> None:
    """连续3年每年获评优秀的企业奖励10万元: one reward, not 10万元 a year."""
    *_, last = minsheng.find_quantities("连续3年每年获评优秀的企业奖励10万元。")
    assert last.reading is not None
    assert not last.reading.figure.per


@pytest.mark.parametrize("text", ["按月发放标准提高10%", "按月支付的月工资增长5%"])
def test_a_rise_after_by_the_month_is_no_rise_per_month(text: str) -> None:
    assert not parse_phrase(text).figure.per


@pytest.mark.parametrize(
    "text",
    [
        "2.80周岁以上老人每人每月发放高龄津贴100元。",
        "3.100岁以上老人。",
        "2.128个老旧小区完成改造。",
    ],
)
def test_a_list_number_on_an_age_or_a_count_is_refused(text: str) -> None:
    """2.80周岁以上 (item 2, 80 and over) read as at least 2.8 years of age."""
    assert scanned(text)[0][1] is False


# A third review found these lost, and these years still read.


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("2000台中央空调亮相博览会。", [("2000台", True)]),
        ("2000台北斗终端亮相博览会。", [("2000台", True)]),
        ("传承40年代代相传的手艺。", [("40年", True)]),
        ("深耕20年代运营。", [("20年", True)]),
    ],
)
def test_what_a_third_review_found_lost(text: str, found: list[tuple[str, bool]]) -> None:
    assert scanned(text) == found


@pytest.mark.parametrize("text", ["2026元宵节期间。", "2025元旦晚会。", "2026米兰冬奥会。"])
def test_more_years_that_open_an_event_s_name(text: str) -> None:
    assert scanned(text) == []


@pytest.mark.parametrize(
    ("text", "unit"), [("就读满1学年", "学年"), ("补助2个学期", "学期"), ("工作满1学年", "学年")]
)
def test_school_years_and_terms_keep_their_measure(text: str, unit: str) -> None:
    """就读满1学年 read with no unit, 补助2个学期 as 2 个 (a third review's)."""
    assert parse_phrase(text).figure.unit == unit


@pytest.mark.parametrize("text", ["2025学年", "2024-2025学年", "2024/2025学年"])
def test_a_school_year_by_its_years_is_a_date(text: str) -> None:
    assert scanned(text + "。") == []
    with pytest.raises(minsheng.ParseError):
        parse_phrase(text)


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("5年以下(含5年)", Comparator.AT_MOST),
        ("最高不超过200万元(含200万元)", Comparator.AT_MOST),
        ("100周岁以上(含100周岁)", Comparator.AT_LEAST),
        ("60周岁（含60周岁）以上", Comparator.AT_LEAST),
        ("200元(含200元)以下", Comparator.AT_MOST),
    ],
)
def test_a_note_that_repeats_the_figure_as_included_reads(
    text: str, comparator: Comparator
) -> None:
    """5年以下(含5年) (a housing fund's rate table) was refused as two figures."""
    assert parse_phrase(text).figure.comparator is comparator


def test_a_note_of_another_figure_is_still_refused() -> None:
    with pytest.raises(minsheng.ParseError, match="more than one figure"):
        parse_phrase("5年以下(含3年)")


# A review of the last two rules found these read wrong.


@pytest.mark.parametrize(
    "text",
    [
        "家庭人均月收入低于800元(含800元)",
        "超过5年（含5年）",
        "未满18周岁（含18周岁）",
        # (every word the parser reads as strict: 逾, 超 read as more than, a last read's)
        "逾5年(含5年)",
        "超3000元(含3000元)",
        "5年(含5年)以下（不含5年）",
        "补贴200元（含200元）/人",
    ],
)
def test_a_note_of_inclusion_that_contradicts_or_hides_is_refused(text: str) -> None:
    """低于800元(含800元) read as under 800, 200元（含200元）/人 lost its person."""
    assert [read for _, read in scanned(text + "。")] == [False]


@pytest.mark.parametrize(
    "text", ["113學年度", "112學年度第2學期", "99学年度", "24-25学年", "24学年第一学期"]
)
def test_a_school_year_of_the_republic_or_in_two_digits_is_a_date(text: str) -> None:
    """113學年度 (Taiwan's 2024) read as 113 学年."""
    assert scanned(text + "。") == []


def test_school_years_counted_with_ge() -> None:
    assert parse_phrase("3个学年").figure.unit == "学年"
