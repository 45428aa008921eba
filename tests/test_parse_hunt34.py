"""Misreads of hunts 34 (science and technology) and 35 (safety, prices, services).

Each is now refused or read right.

Sources of the real sentences (the rest are minimal phrases cut from them, or
marked invented):
- tsg.gdmu.edu.cn/info/1016/3562.htm (ESI ranks and top bands)
- akmlife.com/gaokao/28797.html and gaokzx.com/c/202203/59494_3.html (ranks)
- zhitaoyun.cn/2292390.html (鲲鹏920处理器)
- nianjian.xiaze.com/down/2019/tjkjtjnj-2018.html (a yearbook's title)
- zhigu.net.cn/xinwen/keji/2020/1021/117273.html and 91coo.com (人年)
- zixun.sjcfw.net/shangye/20230224/100167888.html (5G base stations per 10,000)
- k5tbgj.cn/document/detail/id/25284.html (降幅加深)
- ep2go.net/unofficial/webbook/2020stpi/47 (a PDF's spaced decimals)
- 360docs.net/doc/0524558171.html (deaths per 亿元 GDP, per 百万吨, per 万车)
- ettoday.net/news/20260312/3131096.htm and zh.hk01.com (3.1%降幅, 12%跌幅)
- dwonder.com.cn/dt/2022/0623/30958.html (相應升幅(1.3%))
- gov.mo/zh-hant/?p=100426 (推高通脹率2.5個百分點)
- ebook.nfa.gov.tw (99年至101年, 浴廁16人次之)
- hhgj.gov.cn (同比下50%)
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from tests.conftest import assert_all_refused, found_figures


@pytest.mark.parametrize(
    ("text", "but"),
    [
        ("我校排名1955位", ""),  # 1955 places
        ("中國科學院大學全球排名66位居第一", ""),  # 66 places
        ("北京大学以全球排名69名位居第三", ""),  # 69 people
        ("中国科学院大学进步2名", ""),  # two people
        ("学校有6个学科进入ESI全球前1%", "6个"),  # a share of 1 %
        ("主導產品在細分領域市占率省內前10%", ""),  # a share of 10 %
        ("研发人员全时当量达到461万人年", ""),  # 4.61 million people
        ("每万名就业人员中研发人员数由43人年提高到77人年", ""),
        ("工作量120人月", ""),  # (invented)
        ("降幅较上月加深1.2个百分点", ""),  # a level of 1.2 points
        ("比同期工业降幅深3.3个百分点", ""),
        ("2018 年達 3 . 46 % , 較 2009 年的 2 . 83 % 增加 0 . 63 個百分點", "2018"),
        ("亿元GDP生产安全事故死亡人数为0.70人", ""),  # 0.70 people
        ("煤矿百万吨死亡人数为2.81人", ""),
        ("道路交通万车死亡人数为7.60人", ""),
        ("工矿商贸企业就业人员10万人生产安全事故死亡人数为3.05人", ""),  # 100,000 people
        ("相較113年的3.1%降幅只有設定目標的將近一半", "一半"),  # a level of 3.1 %
        ("按年錄得1.2%升幅", ""),
        ("致涉及食肆、戏院等投诉,出现12%至32%跌幅", ""),  # 12 % a level, 32 % refused
        ("出现12%至32%的跌幅", ""),  # (invented)
        ("較二零二二年四月份的相應升幅(1.3%)為低", ""),
        ("統計99年至101年火災死亡案件中", ""),  # 99 to 101 years
        ("火災總件數在98年到102年間大幅地減少", ""),
        ("实行每户每月免费提供4个立方燃气", ""),  # 4 个
        ("100个平方的房子", ""),  # (invented)
        ("道路运输事故同比下50%", ""),  # a level of 50 %
    ],
)
def test_hunt_34_and_35_forms_are_refused(text: str, but: str) -> None:
    assert_all_refused(text, but=but)


@pytest.mark.parametrize(
    "text",
    [
        "鯤鵬920處理器,是于2019年1月7日發布的",  # 920 处
        "可媲美x86处理器",  # 86 处
        "一、《2018 天津科技统计年鉴》由天津市统计局编辑制作",  # 2018 days
        "2024人工智能产业发展报告",  # 2024 people
        "2025元宇宙产业大会",  # CN¥2025 (invented)
        "2024台积电营收创新高",  # 2024 machines (invented)
        "京港澳高速K1200+300处发生交通事故",  # 300 places (invented)
    ],
)
def test_names_and_codes_hold_no_figure(text: str) -> None:
    assert found_figures(text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit", "pers"),
    [
        # the denominator the digit of 5G had cut off
        ("平均每万人拥有5G基站数达到22.2个", Decimal("22.2"), "个", [(Decimal(10000), "人")]),
        ("每百户拥有4K电视20台", Decimal(20), "台", [(Decimal(100), "户")]),
        ("建成5G（第五代移动通信）基站3000个", Decimal(3000), "个", []),
    ],
)
def test_hunt_34_and_35_forms_read(
    text: str, value: Decimal, unit: str, pers: list[tuple[Decimal, str]]
) -> None:
    figure = found_figures(text)[-1][1]
    assert figure is not None
    assert (figure.value, figure.unit) == (value, unit)
    assert [(p.amount, p.unit or p.subject) for p in figure.per] == pers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全国排名前5位", None),  # a rank still (前)
        ("接待游客16人次", Decimal(16)),  # 人次 still a unit
        ("使用寿命80年至100年", Decimal(80)),  # a span of life, not years of the Republic
        ("2000人参加运动会", Decimal(2000)),  # people, not a year
        ("提前10%完成", None),  # a shift, not a band
        ("增长5%", Decimal(5)),
        ("万车死亡率实现了从2003年以来的连续4年下降", Decimal(4)),  # hunt 21's
        ("惠及3000人年均增收2000元", Decimal(3000)),  # 人, then 年均 (not 人年)
        ("研发投入强度2.61%", Decimal("2.61")),
    ],
)
def test_near_forms_still_read_or_refuse_as_before(text: str, value: Decimal | None) -> None:
    figure = found_figures(text)[0][1]
    assert (None if figure is None else figure.value) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("接待游客10万人次之多", Decimal(100000)),  # 人次 before 之多
        ("每天在3000人次之内", Decimal(3000)),
        ("300人年满60周岁", Decimal(300)),  # 人, then 年满 (not 人年)
        ("恢复至疫情前93%", Decimal(93)),  # before the epidemic, no band
        ("持有公司首次公开发行前5%以上股份的股东", Decimal(5)),
        ("全国百万人口城市数量达到105个", Decimal(105)),
        ("使用寿命95年至100年", Decimal(95)),  # a span to a round hundred
        ("同比增长12.5%增幅居全省第一", Decimal("12.5")),  # 增幅 starts the next clause
        ("2030张江苏音乐节门票", Decimal(2030)),  # tickets, not 张江
        ("拼成10个立方体", Decimal(10)),  # cubes
        ("今年，推高标准农田建设10万亩", Decimal(100000)),  # 推 + 高标准农田
        ("助推高质量发展重点项目120个", Decimal(120)),
        # and the second review's
        ("增长12.5%增幅高于全国", Decimal("12.5")),  # 增幅 opens the next clause
        ("降幅明显的农业深加工出口下降8%", Decimal(8)),
        ("将利率压低至2%", Decimal(2)),  # a level, not a push
        ("新推高层房源均价上涨5%", Decimal(5)),
        ("推高铁客运量增长20%", Decimal(20)),
        ("推高房价因素占比40%", Decimal(40)),
        ("接待游客10万人次之 多", Decimal(100000)),
        ("万车死亡率下降12%", Decimal(12)),  # a change needs no denominator
        ("培养2000人工智能人才", Decimal(2000)),
    ],
)
def test_what_the_reviews_found_over_refused_reads(text: str, value: Decimal) -> None:
    figure = found_figures(text)[0][1]
    assert figure is not None
    assert figure.value == value
    assert figure.unit != "人" or "人次" not in text


@pytest.mark.parametrize(
    "text",
    [
        "合共推高通脹率2.5個百分點",  # a part's push, not a level
        "推升CPI约0.3个百分点",
        "拉高物价0.5个百分点",
        "排名全省3位",
        "位居全国5位",
        "月薪8K",  # refused, not passed over as a name
        "每月赠送10G流量",
    ],
)
def test_what_the_review_found_still_misread_is_refused(text: str) -> None:
    assert_all_refused(text)


@pytest.mark.parametrize(
    "text", ["3.1%降幅", "5%增幅", "升幅（1.3%）", "全球排名66位", "全球前1%", "推高房价10%"]
)
def test_parse_phrase_refuses_them_too(text: str) -> None:
    with pytest.raises(minsheng.ParseError):
        minsheng.parse_phrase(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("累計出口6,407.5億美元，較上年成長34.9%，再創歷史新高", "較上年成長34.9%"),
        ("GDP比去年同期成長7.2%", "比去年同期成長7.2%"),  # (invented)
        ("同比成長5%", "同比成長5%"),  # (invented)
    ],
)
def test_taiwan_s_growth_after_a_comparison_reads(text: str, phrase: str) -> None:
    found = list(minsheng.find_quantities(text))[-1]
    assert found.phrase == phrase
    assert found.reading is not None
    assert found.reading.change is minsheng.Measure.INCREMENT
    assert found.reading.direction is minsheng.Direction.HIGHER


@pytest.mark.parametrize("text", ["經濟成長3.5%", "健康成长3000人", "成長 7.2%"])
def test_growth_with_no_comparison_is_still_refused(text: str) -> None:
    assert_all_refused(text)


# Hunts 36 (energy, carbon, infrastructure) and 37 (population, income, finance).
# Sources: eebang.com/b/KmRa.html (下跌1.0%至76.7%), news.28work.com/i_104/104539.html
# (港元资产增加388亿元), lovegeo.blogspot.com/2015/08/7298-08.html (729.8萬 年增),
# fashion.wenewstw.com (戶次之), joycecl47d7q8.pixnet.net (96年到104年), tw.news.yahoo.com
# (3.5碼), and energy statistics of Hong Kong and Taiwan (吉瓦時, 萬瓩, 燃氣增加最多共).
@pytest.mark.parametrize(
    ("text", "but"),
    [
        ("成年人口(15-64岁)的比重则下跌1.0%至76.7%", "15-64岁"),  # falls of 1 to 76.7 %
        ("出生率下降0.38‰至6.39‰", ""),  # (invented)
        ("港元资产增加388亿元", ""),  # renminbi
        ("美元存款增加50亿元", ""),  # (invented)
        ("从96年到104年後就都呈現負儲蓄", ""),  # 96 to 104 years
        ("此波升息已調升利率達3.5碼", ""),  # 3.5 with no unit
        ("输入电力达4853吉瓦时", ""),  # 4853 with no unit
        ("裝置容量460萬瓩", ""),
        ("從10GW增加到15GW", ""),  # 10 to 15, no unit
        ("以燃氣增加最多共9.57%", ""),  # at most 9.57 %
        ("万元GDP用水量为45立方米", ""),  # 45 m³, its per 10,000 yuan lost
    ],
)
def test_hunt_36_and_37_forms_are_refused(text: str, but: str) -> None:
    assert_all_refused(text, but=but)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("香港人口729.8萬 年增0.8%", Decimal(7298000), None),  # not 729.8万 years
        ("新增120万户籍人口", Decimal(1200000), None),  # not households
        ("全市共有120万家庭", Decimal(1200000), None),  # not firms
        ("降息0.25个百分点", Decimal("0.25"), "个百分点"),  # a cut, below
        ("增长5%至10%", Decimal(5), "%"),  # a range still
        ("美元存款折合人民币50亿元", Decimal(5000000000), "元"),  # renminbi named
        ("万元GDP能耗下降3%", Decimal(3), "%"),  # a change needs no denominator
    ],
)
def test_hunt_36_and_37_forms_read(text: str, value: Decimal, unit: str | None) -> None:
    figure = found_figures(text)[0][1]
    assert figure is not None
    assert (figure.value, figure.unit) == (value, unit)


def test_rate_cuts_and_rises_have_a_direction() -> None:
    cut = minsheng.parse_phrase("降息0.25个百分点")
    assert (cut.change, cut.direction) == (minsheng.Measure.INCREMENT, minsheng.Direction.LOWER)
    rise = minsheng.parse_phrase("加息0.25个百分点")
    assert rise.direction is minsheng.Direction.HIGHER


@pytest.mark.parametrize(
    ("text", "but"),
    [
        ("下降3%降幅扩大1个百分点", "下降3%"),  # +1 point, higher
        ("流量不足2G用户300万户", "300万户"),  # less than 3 million households
        ("学校有4个前1%学科", "4个"),  # a share of 1 %
    ],
)
def test_what_the_second_review_found_misread_is_refused(text: str, but: str) -> None:
    assert_all_refused(text, but=but)


@pytest.mark.parametrize("text", ["流量不足2G用户300万户", "不足K12学校占比10%"])
def test_a_figure_after_a_name_is_not_bound_by_the_comparator_before_it(text: str) -> None:
    figure = found_figures(text)[-1][1]  # (as before the names: no bound of less than)
    assert figure is not None
    assert figure.comparator is None


@pytest.mark.parametrize(
    "text",
    [
        "美联储今年已加息7次",  # +7 times (a review's)
        "降准1万亿元",  # a fall of a trillion
        "城区走访3000户次最多，郊区2000户次之",  # 2000 households, or visits?
        "浴廁16人次之",  # 16 people, second, or 16 visits?
        "三人者1,964,172戶次之",
    ],
)
def test_third_review_forms_are_refused(text: str) -> None:
    assert_all_refused(text, but="3000户次")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("涨幅在1%至10%之间", Decimal(1)),  # a range (a review's)
        ("预计净利润同比增长50%至300%", Decimal(50)),
        ("香港元旦期间消费500亿元", Decimal(50000000000)),  # no 港元
        ("补贴最多共3000元", Decimal(3000)),  # a cap
        ("万吨级码头排放量为3万吨", Decimal(30000)),  # a class, no denominator
        ("万元GDP能耗3年下降15%", Decimal(3)),  # a period
        ("人均消费50元宵夜", Decimal(50)),
    ],
)
def test_third_review_near_forms_read(text: str, value: Decimal) -> None:
    figure = found_figures(text)[0][1]
    assert figure is not None
    assert figure.value == value


@pytest.mark.parametrize("text", ["K101次列车", "G1234次高铁"])
def test_a_train_s_number_is_no_count(text: str) -> None:
    assert found_figures(text) == []


@pytest.mark.parametrize(
    ("text", "but"),
    [
        ("煤礦百萬噸死亡率降至0.044,同比下降24%", "24%"),  # at most 0.044, per what?
        ("万元GDP用水量下降到40立方米", ""),  # (invented, a review's)
        ("3.1%降幅较去年收窄", ""),  # a level of 3.1 %
        ("保持5%增幅不变", ""),
        ("12万人年(含外聘)", ""),  # people
        ("3.5万人年左右", ""),
        ("外科8万人次之", ""),
        ("从100增加到200 MW", ""),  # 100 to 200, no unit
        ("资产从10亿增至20亿美元", ""),  # renminbi
        ("投资由5亿增至8亿日元", ""),  # 8亿 days
    ],
)
def test_the_last_review_s_leftovers_are_refused(text: str, but: str) -> None:
    assert_all_refused(text, but=but)


def test_a_year_on_year_average_after_a_population_is_no_year() -> None:
    figure = found_figures("人口1.2亿 年均增长0.5%")[0][1]
    assert figure is not None
    assert (figure.value, figure.unit) == (Decimal(120000000), None)
