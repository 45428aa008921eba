"""Misreads of a twentieth round: last session's leftovers, then a hunt of real text.

单台(套)最高不超过1000元 and 单户最多可享受贴息150万元 are from the nineteenth
hunt's pages (trade-in and loan-interest subsidy rules: hunt19 lines 461 and 554).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from minsheng import Approximation, Comparator, Per, parse_phrase
from tests.conftest import scanned


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("单台补贴不超过2000元", Per(Decimal(1), "台")),
        ("單臺補貼不超過2000元", Per(Decimal(1), "台")),
        ("单辆补贴1万元", Per(Decimal(1), "辆")),
        ("单户最高补助3000元", Per(Decimal(1), "户")),
        ("单套住房面积不超过90平方米", Per(Decimal(1), "套")),
        ("单笔贷款最高不超过50万元", Per(Decimal(1), None, "笔")),
    ],
)
def test_a_single_one_before_a_measure_word_is_a_denominator(text: str, per: Per) -> None:
    """单台补贴不超过2000元 read as a cap on the whole, as if no 单台 stood there."""
    figure = parse_phrase(text).figure
    assert figure.per == (per,)
    each = parse_phrase(text.replace("单", "每").replace("單", "每")).figure
    assert (figure.value, figure.comparator, figure.per) == (each.value, each.comparator, each.per)


def test_a_single_one_reads_in_running_text() -> None:
    text = "以旧换新补贴按成交价格的10%给予补贴,单台(套)最高不超过1000元,每人限购3台(套)。"
    found = [f for f in minsheng.find_quantities(text) if f.phrase.endswith("1000元")]
    assert [f.phrase for f in found] == ["单台(套)最高不超过1000元"]
    assert found[0].reading is not None
    figure = found[0].reading.figure
    assert (figure.comparator, figure.per) == (Comparator.AT_MOST, (Per(Decimal(1), "台"),))


@pytest.mark.parametrize(
    "text",
    [
        "订单台账3000个",  # a word that ends in 单
        "简单台账3个",
        "清单户数3000户",
        "单台阶高度不超过15米",
        "单户型住宅120套",
        "国家级制造业单项冠军企业5家",  # 单项: no measure word of a denominator
        "单人间30间",
    ],
)
def test_a_word_that_ends_or_starts_with_dan_is_no_denominator(text: str) -> None:
    (found,) = minsheng.find_quantities(text)
    assert found.reading is not None
    assert found.reading.figure.per == ()
    assert not found.phrase.startswith("单")


def test_a_single_day_stays_a_peak() -> None:
    """单日 is one day's (a peak), never per day: the rule of 单 leaves it alone."""
    (found,) = minsheng.find_quantities("单日客流最高达到12万人次")
    assert found.reading is None
    assert "最高" in found.phrase


@pytest.mark.parametrize(
    "text",
    [
        "缴存年限5年以下(含5年)的，贷款额度为30万元；5年以上的，贷款额度为50万元。",
        "5年以上(含5年)的为1000元，5年以下的为500元",
        "5年(含)以下的，5年以上的",
        "月收入3000元以下(含3000元)的家庭，3000元以上的家庭",
    ],
)
def test_the_other_side_of_a_note_of_inclusion_is_refused(text: str) -> None:
    """5年以下(含5年)和5年以上 read the second as at least 5, where the note made it more."""
    found = [f for f in minsheng.find_quantities(text) if "以" in f.phrase]
    assert [f.reading is not None for f in found] == [True, False]
    assert found[1].error is not None
    assert "earlier note" in str(found[1].error)


@pytest.mark.parametrize(
    "text",
    [
        "5年以下和5年以上",  # no note: both bounds take the figure, as the law reads them
        "5年以下(含5年)和3年以上",  # another figure
        "5年以下(含5年)；缴存5年以上（不含）",  # the note of its own agrees
    ],
)
def test_bounds_no_note_puts_on_a_side_still_read(text: str) -> None:
    assert all(f.reading is not None for f in minsheng.find_quantities(text))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("未滿1歲嬰兒死亡主因為先天性畸形及染色體異常(占19.7%)", "19.7%", "19.7"),
        ("辦理育有未滿二歲兒童育兒津貼中央補助八成", "八成", "80"),
        ("不满90周岁的每人每月100元", "每人每月100元", "100"),
        ("超过80周岁的每月100元", "每月100元", "100"),
        ("至少65周岁的每人每月100元", "每人每月100元", "100"),
        ("未满3周岁时父母双方每年各享5天", "每年各享5天", "5"),
    ],
)
def test_the_bound_of_an_age_is_the_age_s(text: str, phrase: str, value: str) -> None:
    """不满90周岁的每人每月100元 read as under 100 元: the age's bound moved to the amount."""
    (found,) = minsheng.find_quantities(text)
    assert found.phrase == phrase
    assert found.reading is not None
    assert (found.reading.figure.value, found.reading.figure.comparator) == (Decimal(value), None)
    assert parse_phrase(text).figure.comparator is None


def test_under_one_year_of_age_is_an_age_not_a_bound_of_its_label() -> None:
    """不满周岁婴儿(0岁) read as under 0 years."""
    found = list(minsheng.find_quantities("不满周岁婴儿(0岁) 2.4 2.3"))
    assert all(f.reading is None or f.reading.figure.comparator is None for f in found)


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("不满90周岁", Comparator.LESS_THAN),  # alone, the age is the figure
        ("65周岁以上", Comparator.AT_LEAST),
        ("不低于当地低保标准的1.3倍", Comparator.AT_LEAST),
    ],
)
def test_an_age_alone_keeps_its_bound(text: str, comparator: Comparator) -> None:
    assert parse_phrase(text).figure.comparator is comparator


@pytest.mark.parametrize(
    "text",
    ["未在5分钟内到达", "不在5分钟以内", "不能在5分钟内到达", "沒有在3天內辦結"],
)
def test_a_negation_before_at_is_refused(text: str) -> None:
    """未在5分钟内到达 read as within 5 minutes: it says the opposite."""
    (found,) = minsheng.find_quantities(text)
    assert found.reading is None
    assert found.phrase.startswith(("未", "不", "沒"))


@pytest.mark.parametrize(
    "text",
    [
        "增加老舊小區停車位供給5000個(不計入3萬個內)",
        "當年完成不少於2000個(計入3萬個內)",
    ],
)
def test_counted_in_a_total_is_no_bound(text: str) -> None:
    """(計入3萬個內): counted in the 30,000 target, read as at most 30,000."""
    found = [f for f in minsheng.find_quantities(text) if "3萬" in f.phrase]
    assert [(f.phrase, f.reading) for f in found] == [("計入3萬個內", None)]


@pytest.mark.parametrize(
    ("text", "comparator"),
    [("在5分钟内到达", Comparator.AT_MOST), ("新纳入低保对象1200人", None)],
)
def test_within_and_included_still_read(text: str, comparator: Comparator | None) -> None:
    (found,) = minsheng.find_quantities(text)
    assert found.reading is not None
    assert found.reading.figure.comparator is comparator


@pytest.mark.parametrize(
    "text",
    [
        "如图1所示",
        "如表1所示",
        "见图3所示",
        "城市和縣城生活垃圾清運量達到3.1×1.08t,如圖1 所示,較2018 年增加5.5%",
    ],
)
def test_a_figure_s_label_is_no_count_of_schools(text: str) -> None:
    """如圖1 所示 read as 1 所 (one school)."""
    assert not any(f.phrase.endswith("所") for f in minsheng.find_quantities(text))


def test_schools_still_count_after_a_label() -> None:
    found = [
        (f.phrase, f.reading is not None) for f in minsheng.find_quantities("如圖2所示的3所學校")
    ]
    assert found == [("3所", True)]


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("纽约是一个文化融合的大都市,800种语言在这里使用", ["800种"]),
        ("紐約有超過800萬人口", ["超過800萬人"]),
        ("紐約市96%的居民走路10分鐘範圍內有一個公園", ["96%", "10分鐘"]),
        ("赴约3000人", ["3000人"]),
    ],
)
def test_new_york_is_no_about(text: str, phrases: list[str]) -> None:
    """纽约是一个 read as about 1 个: 约 of 纽约 (New York) is no approximation."""
    found = list(minsheng.find_quantities(text))
    assert [f.phrase for f in found] == phrases
    assert all(
        f.reading is not None and f.reading.figure.approximation is not Approximation.ABOUT
        for f in found
    )


@pytest.mark.parametrize("text", ["纽约有800万人", "签约有800万人"])
def test_parse_phrase_reads_no_about_in_a_word(text: str) -> None:
    """签约有800万人 read as about 8 million: 约有 after 签 is 签约 and 有."""
    try:
        reading = parse_phrase(text)
    except minsheng.ParseError:
        return
    assert reading.figure.approximation is not Approximation.ABOUT


@pytest.mark.parametrize(
    "text",
    [
        "可採胎兒產出時體重超過500公克,但未滿2500公克為判斷標準",
        "若排除懷孕未滿22週或出生體重小於500公克死亡則為242人",
        "其中極低體重早產兒（<1500公克）比例達2.52%",
        "超过100英尺",
        "控制在35μg/m3以内",
        "约35µg/m3",
        "降至30μg/m3",
    ],
)
def test_a_unit_minsheng_does_not_read_is_never_dropped(text: str) -> None:
    """體重超過500公克 read as more than a bare 500, 控制在35μg/m3以内 as at most 35."""
    for found in minsheng.find_quantities(text):
        assert found.reading is None or found.reading.figure.unit is not None


@pytest.mark.parametrize(
    "text",
    [
        "學位數分別約為“十二五”期間的1.6倍和2.5倍",
        "约占“一老一小”人口的30%",
        "不少于《方案》要求的300个",
        "不少于方案要求的300个",
    ],
)
def test_a_bound_before_a_quoted_name_is_not_lost(text: str) -> None:
    """約為“十二五”期間的1.6倍 read as a plain 1.6倍, 不少于方案要求的300个 as a plain 300个."""
    found = list(minsheng.find_quantities(text))
    assert found
    assert all(f.reading is None for f in found)


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("超过“十三五”末的2倍", Comparator.MORE_THAN),
        ("不低于“十三五”期间的90%", Comparator.AT_LEAST),
        ("达到城市社区的60%", Comparator.AT_LEAST),
    ],
)
def test_a_bound_of_what_de_names_reads(text: str, comparator: Comparator) -> None:
    (found,) = minsheng.find_quantities(text)
    assert found.reading is not None
    assert found.reading.figure.comparator is comparator


def test_a_bound_inside_a_clause_of_de_still_leaves_the_figure() -> None:
    assert scanned("收入低于低保标准的家庭3000户") == [("3000户", True)]


@pytest.mark.parametrize(
    "text",
    ["一般人群建檔率城鄉均達到30%", "各区县均达到90%", "各村均配备2名"],
)
def test_places_before_jun_are_all_or_each_and_refused(text: str) -> None:
    """城鄉均達到30% read as 30 % per township: 均 is "all" (or "each") there."""
    (found,) = minsheng.find_quantities(text)
    assert found.reading is None


@pytest.mark.parametrize(
    "text", ["較 20192020 年增加約 60%", "從因素分解看,19932018年老齡化因素", "20232024年"]
)
def test_two_years_run_together_are_no_count(text: str) -> None:
    """較 20192020 年 read as 20,192,020 years."""
    assert all(
        f.reading is None or f.reading.figure.unit != "年" for f in minsheng.find_quantities(text)
    )


@pytest.mark.parametrize("text", ["1.3所学校完成改造", "2.5家医院"])
def test_a_list_number_on_a_count_of_places_is_refused(text: str) -> None:
    """1.3所学校完成改造 read as 1.3 schools: item 1, then 3 schools."""
    (found,) = minsheng.find_quantities(text)
    assert found.reading is None


def test_tenths_of_places_inside_a_line_still_read() -> None:
    assert scanned("新建1.3所") == [("1.3所", True)]


# A review of the rules above (359 variants) found these.


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("达到“优秀”等级的120所学校", "120所"),
        ("超过“警戒线”的3个断面", "3个"),
        ("低于低保标准的3000户家庭", "3000户"),
        ("人均预期寿命超过80岁的国家有30个", "30个"),
        ("办理大额存单笔数达1.2万笔", "达1.2万笔"),
        ("帳單筆數3000筆", "3000筆"),
        ("榜单台州入选3家", "3家"),
        ("电子文件单套制归档试点单位30家", "30家"),
        ("共发放征求意见表3000份", "3000份"),
        ("新建3所示范性幼儿园", "3所"),
        ("其中5所列入省级示范名单", "5所"),
        ("全市村均5万元", "村均5万元"),
        ("全省校均1200人", "校均1200人"),
        ("每户户主年龄超过60岁的补贴500元", "每户户主年龄超过60岁的补贴500元"),
    ],
)
def test_the_review_s_readings_stand(text: str, phrase: str) -> None:
    """Each was read with a bound or a denominator not its own, or not found, by a rule above."""
    (found,) = minsheng.find_quantities(text)
    assert found.phrase == phrase
    assert found.reading is not None
    figure = found.reading.figure
    assert figure.comparator in (None, Comparator.AT_LEAST, Comparator.MORE_THAN)
    if not phrase.startswith(("村均", "校均", "每户")):
        assert figure.per == ()
    if phrase.startswith(("120", "3个", "3000户", "30个")):
        assert figure.comparator is None


@pytest.mark.parametrize(
    "text",
    [
        "3个乡均达到90%",
        "两个县均达到90%",
        "各行政村均达到90%",
        "所有村均达到90%",
        "无法在5分钟内到达",
        "未於5分鐘內到達",
        "未在规定的5个工作日内办结的",
        "未按时在5日内办结",
        "不计在3万个内",
        "并入3万个内",
        "控制在35㎍/㎥以内",
        "体重超过3㎏",
    ],
)
def test_the_review_s_variants_are_refused(text: str) -> None:
    found = list(minsheng.find_quantities(text))
    assert found
    assert found[-1].reading is None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("不低于60周岁的每人每月100元", "每人每月100元"),
        ("未达到60周岁的每人每月100元", "每人每月100元"),
        ("是否在30天内办结", "30天内"),
        ("能否在3年内完成", "3年内"),
    ],
)
def test_the_review_s_variants_read(text: str, phrase: str) -> None:
    """不低于60周岁的… read as at least 100 元; 是否在30天内 (a question) was refused."""
    (found,) = minsheng.find_quantities(text)
    assert found.phrase == phrase
    assert found.reading is not None
    assert found.reading.figure.comparator in (None, Comparator.AT_MOST)


@pytest.mark.parametrize(
    "text",
    ["其中单笔金额最大的为3000万元", "单户最大受灾面积50亩", "单笔最大交易额达3000万元"],
)
def test_the_largest_single_one_has_no_denominator(text: str) -> None:
    """单笔金额最大的为3000万元 read as 30 million per transaction: the largest one."""
    (found,) = minsheng.find_quantities(text)
    assert found.reading is None or found.reading.figure.per == ()
    with pytest.raises(minsheng.ParseError):
        parse_phrase(text.removeprefix("其中"))


@pytest.mark.parametrize(
    "text",
    [
        "贷款期限5年以下（含展期）的利率为2.6%，5年以上的利率为3.1%",
        "月收入3000元以下(含奖金)的职工每人补贴200元，3000元以上的每人补贴100元",
    ],
)
def test_a_note_of_another_thing_puts_no_figure_on_a_side(text: str) -> None:
    assert all(f.reading is not None for f in minsheng.find_quantities(text))


# A second review (414 variants) found these in the first review's fixes.


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("回收单台补贴不超过2000元", Per(Decimal(1), "台")),
        ("征收单户补偿不超过50万元", Per(Decimal(1), "户")),
        ("单笔数额不超过50万元", Per(Decimal(1), None, "笔")),
        ("单台制冷量不低于5千瓦", Per(Decimal(1), "台")),
        ("单户口粮补助不超过300元", Per(Decimal(1), "户")),
        ("单笔最大贷款额度不超过50万元", Per(Decimal(1), None, "笔")),
        ("日均接待超过60岁的老年人3000人次", Per(Decimal(1), "日")),
    ],
)
def test_the_second_review_s_denominators_stand(text: str, per: Per) -> None:
    (found,) = minsheng.find_quantities(text)
    assert found.reading is not None
    assert found.reading.figure.per == (per,)


@pytest.mark.parametrize(
    "text",
    [
        "新增床位不少于方案要求的300张床位",
        "约有“十四五”规划确定的120个项目",
        "全县均达到90%",
        "全市城乡均达到90%",
        "各旗县均达到90%",
        "市区县均达到90%",
        "农村均达到90%",
        "5年以下（含５年）的，5年以上的",
        "未按规定在5个工作日内办结",
        "无法 在5分钟内",
        "造林超过3000㏊",
        "单台最大装机容量100万千瓦",
        "其中单笔金额最高的为3000万元",
    ],
)
def test_the_second_review_s_variants_are_refused(text: str) -> None:
    found = list(minsheng.find_quantities(text))
    assert found
    assert found[-1].reading is None


@pytest.mark.parametrize(
    ("text", "phrase", "comparator"),
    [
        ("以表3所列为准，新建3所", "3所", None),
        ("在图1所示范围内新建3所示範性幼兒園", "3所", None),
        ("未在本市就业的3000人", "3000人", None),
        ("预计在3年内完成", "3年内", Comparator.AT_MOST),
        ("费用合计在3000元以内", "3000元以内", Comparator.AT_MOST),
        ("人均预期寿命：78.35岁", "78.35岁", None),
        ("达到60周岁的每人每月100元", "每人每月100元", None),
        ("人均预期寿命80岁以上的国家有30个", "30个", None),
    ],
)
def test_the_second_review_s_readings_stand(
    text: str, phrase: str, comparator: Comparator | None
) -> None:
    (found,) = minsheng.find_quantities(text)
    assert found.phrase == phrase
    assert found.reading is not None
    assert found.reading.figure.comparator is comparator
