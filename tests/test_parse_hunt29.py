"""Misreads the twenty-fifth to twenty-eighth hunts' reviews left, then hunts 29 and 30.

Left by the reviews (their probes, most of them invented to pin down a rule,
and marked so): a denominator given as a range (每2万至3万人), a size before a
measure word (每户2大桶), an average over years past a comma, a change right
after 按 and its rate, 跨越 before an amount, a rate for each one counted, and
the items listed after a refused first item that a change word opens.
Source of the one real sentence among them: 每1人可以加給10%
(twfb.g0v.ronny.tw, a copy of Taiwan's unemployment benefit rules).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from tests.conftest import assert_all_refused, found_figures


@pytest.mark.parametrize(
    "text",
    [
        "每2万至3万人配备1名社工",  # 2万至3万 read as a range of people, 1名 with no per
        "每0.5公里至1公里设置1个站点",  # 1个 with no denominator
        "每户2大桶",  # 2 per household, with no unit
        "每户发放2大袋大米",  # (invented)
        "过去五年，全市地区生产总值平均增长7.1%",  # a rise of 7.1 % in all
        "五年来，城乡居民收入平均增长8%",  # (invented)
        "按10%提高",  # a plain 10 %
        "按照5%上调",  # (invented)
        "每年按5%增长",  # (invented)
        "地区生产总值跨越1万亿元",  # exactly 1,000,000,000,000
        "经济总量连续跨越110万亿、120万亿、130万亿台阶",  # exact bare numbers
        "每一人按平均月投保薪資加給10%",  # (invented)
        "减排二氧化硫500吨、氮氧化物300吨",  # 300 t, a level
        "减少二氧化硫500吨、氮氧化物300吨",  # (invented)
    ],
)
def test_review_leftovers_are_refused(text: str) -> None:
    assert_all_refused(text, but="2名")


@pytest.mark.parametrize(
    ("text", "value", "unit", "pers"),
    [
        ("每2万人配备1名社工", Decimal(1), "名", [(Decimal(20000), "人")]),
        ("每天8至10小时", Decimal(8), "小时", [(Decimal(1), "天")]),  # a range per day
        ("每人至少3000元", Decimal(3000), "元", [(Decimal(1), "人")]),
        # the steps crossed, counted (hunt 14's, 跨越4个千亿元台阶)
        ("地区生产总值跨越4个千亿元台阶", Decimal(4), "个", []),
        ("每一户补贴1000元", Decimal(1000), "元", [(Decimal(1), "户")]),  # not a rate
    ],
)
def test_near_forms_still_read(
    text: str, value: Decimal, unit: str, pers: list[tuple[Decimal, str]]
) -> None:
    figure = found_figures(text)[0][1]
    assert figure is not None
    assert (figure.value, figure.unit) == (value, unit)
    assert [(p.amount, p.unit or p.subject) for p in figure.per] == pers


def test_a_rate_for_each_one_is_refused_and_its_cap_reads() -> None:
    text = "另外請領失業給付期間,每1人可以加給10%,最多申報2名、加給20%。"
    found = found_figures(text)
    assert found[0] == ("每1人可以加給10%", None)  # was a plain 10 %: its 每1人 lost
    assert [phrase for phrase, _ in found[1:]] == ["最多申報2名", "加給20%"]
    added = minsheng.parse_phrase("加給20%")  # was a level of 20 %
    assert added.change is minsheng.Measure.INCREMENT
    assert added.direction is minsheng.Direction.HIGHER


def test_an_item_with_a_verb_of_its_own_reads_after_a_refused_one() -> None:
    # 提升…8项 is refused (upgraded, or more?); 推进…6项 has its own verb (hunt 17's)
    found = found_figures("提升便民服务水平8项、推进教育文化惠民6项")
    assert [figure is None for _, figure in found] == [True, False]
    assert found[1][1] is not None
    assert found[1][1].value == Decimal(6)


@pytest.mark.parametrize("text", ["按10%提高", "每1人可以加給10%", "地区生产总值跨越1万亿元"])
def test_parse_phrase_refuses_them_too(text: str) -> None:
    with pytest.raises(minsheng.ParseError):
        minsheng.parse_phrase(text)


# Hunt 29 (ecology and health statistics; Hong Kong, Macau and Taiwan among them).
# Sources: 比2022年的每日1.51公斤按年下跌4.7% (hkcd, copied at m.pvnzwc.cn), 路邊NO2年均
# 濃度 (hongkongcan.org), 指標濃度在4至6間 (tvsmo.com), 首度降到10名之外
# (aock1988.pixnet.net), 年均濃度相對二○一三年分別減少43%至62% (info.gov.hk),
# 每千人口對應2.9名醫生(按年持平)、1.1名中醫生 (gov.mo), 較…同期改善16.7% (hxcsw.com),
# 1类功能区 (sthjt.xinjiang.gov.cn), 0 類聲環境功能區 (m.handmsg.com), 年增77家(2.0%)
# (news.pchome.com.tw).  Hunt 30 (housing, transport and care): 520.94万列公里
# (haerbin.baogaosu.com), 3房型最高租金達2萬7830元 (tw.news.yahoo.com), 賣破單坪兩百萬元
# and 單坪1千多元 (udn.com), 人口增長的5.46% (mtrtrainstaff.blogspot.com), 請撥打1966長照
# 服務專線 (udn.com).


@pytest.mark.parametrize(
    ("text", "phrase", "value", "direction"),
    [
        # 4.7 % read as a level: 按年下跌 was taken as the change of 1.51公斤
        ("比2022年的每日1.51公斤按年下跌4.7%。", "下跌4.7%", Decimal("4.7"), "lower"),
        ("護士1,980名按年增加15名", "增加15名", Decimal(15), "higher"),  # (invented)
    ],
)
def test_a_change_opened_after_a_figure_is_the_next_figures(
    text: str, phrase: str, value: Decimal, direction: str
) -> None:
    found = {f.phrase: f.reading for f in minsheng.find_quantities(text)}
    reading = found[phrase]
    assert reading is not None
    assert reading.figure.value == value
    assert reading.change is minsheng.Measure.INCREMENT
    assert reading.direction is minsheng.Direction(direction)


@pytest.mark.parametrize(
    "text",
    [
        "唯一下跌的是路邊NO2年均濃度,較前一年稍為下降2%。",  # 2年: two years
        "CO2年排放量",  # (invented)
        "CH4年排放量减少5%",  # (a review's: 4年)
    ],
)
def test_a_formula_s_subscript_is_no_figure(text: str) -> None:
    assert all(figure is None or figure.unit != "年" for _, figure in found_figures(text))


@pytest.mark.parametrize(
    ("text", "but"),
    [
        ("指標濃度在4至6間、紅色至咖啡色代表「高」級", ""),  # 4 to 6 rooms
        ("而自殺則是在連續入榜12年後,首度降到10名之外。", "12年"),  # at most 10
        ("排在10名以外", ""),  # (invented)
        ("相當於每千人口對應2.9名醫生(按年持平)、1.1名中醫生/中醫師(按年持平)及4.4名護士", "2.9名"),
        ("较疫情前的2019年同期(36微克/立方米)改善16.7%;", "36微克"),  # a level of 16.7 %
        ("臭氧8小時紅害站日數更較去年改善近6成", "8小時"),
        ("乘客人次增幅遠超香港人口增長的5.46%", ""),
        ("功能區聲環境質量監測對除0 類聲環境功能區外的1 ~4 類聲環境監測了10 個點", "個點"),
        ("【提要】113年底臺北市醫療院所計3,964家,年增77家(2.0%)", "家"),  # 2.0 %, a level
        ("截至目前,地铁1号线运营里程520.94万列公里,累计开行285159列次", "列次"),  # trains
        ("1200万列车公里", ""),  # (invented)
        ("各房型依所得與折扣不同，3房型最高租金達2萬7830元。", ""),  # at least 27,830
        ("台北市東區已有不到15坪的新案賣破單坪兩百萬元", "不到15坪"),  # exactly, per lost
    ],
)
def test_hunt_29_and_30_forms_are_refused(text: str, but: str) -> None:
    assert_all_refused(text, but=but)


@pytest.mark.parametrize(
    "text", ["其中1类功能区昼夜间达标率分别为92.9%和89.4%;", "达到3类水质标准"]
)
def test_a_class_s_name_is_no_count(text: str) -> None:
    # 1类功能区 was read as one class: a zone's class under the noise standard
    assert all(figure is None or figure.unit != "类" for _, figure in found_figures(text))


def test_a_republic_year_in_brackets_is_no_count() -> None:
    # 94年 was read as 94 years: the year 2005 (民國94年), ten years before the page's
    text = "若與10年前(94年)的平均壽命比較,男嬰增加2.51歲"
    assert all(figure is None or figure.value != 94 for _, figure in found_figures(text))


def test_a_denominator_of_ping_is_read() -> None:
    (found,) = found_figures("都租在單坪1千多元")  # 1,000 and more, with no denominator
    assert found[1] is not None
    assert [(p.amount, p.unit or p.subject) for p in found[1].per] == [(Decimal(1), "坪")]


def test_a_phone_number_is_no_figure() -> None:
    with pytest.raises(minsheng.ParseError, match="phone number"):
        minsheng.parse_phrase("請撥打1966長照服務專線")  # 1966


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("除台南市政府核發的1.5萬元之外", Decimal(15000)),  # besides it: an amount
        ("新建3至5间教室", Decimal(3)),  # rooms
        ("改善3000户住房条件", Decimal(3000)),  # a count, not a rate
        ("皖北地区群众喝上引调水工程正在施工中(93%)", Decimal(93)),  # a work's progress
    ],
)
def test_near_forms_of_hunt_29_and_30_still_read(text: str, value: Decimal) -> None:
    figure = found_figures(text)[0][1]
    assert figure is not None
    assert figure.value == value


# A review of the day's fixes (invented probes but where marked real) and hunt 31
# (Hong Kong's, Macau's and Taiwan's statistics releases).  Sources: 按年均下降0.1個
# 百分點 (pdskgw.com, Macau's), 人口減少最多為金門縣2.91% (ettoday.net), 担任文员占比最多
# (占25.6%) (freewechat.com), 人口自然增長為43500人 (news.h1.com.hk), 月薪有173.95萬名
# 勞工受惠 (ec.ltn.com.tw), 減少達到7個百份點 (bastillepost.com), 104.05(100年=100)
# (moneydj.com),
# 每年首兩個月 (gov.mo), 营业收入…按1%提取 (juke.outofmemory.cn).


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("补贴标准为300元/人至500元/人", None),  # the high end alone, exact
        ("营业收入超过1000万元至1亿元的部分,按1%提取。", Decimal(1)),  # 按1%提 refused
        ("按30%减征", Decimal(30)),
        ("每年至3月底前缴纳300元", Decimal(300)),  # per year, not a ranged denominator
        ("每一名员工工资增长5%", Decimal(5)),  # each one's rise, a rate
        ("跨越1000公里", Decimal(1000)),  # a distance spanned
        ("抽检3类水果", Decimal(3)),  # three kinds of fruit
        ("除了1000名之外", Decimal(1000)),  # besides 1000 people
        ("受理热线电话3万", Decimal(30000)),  # calls, counted
        ("最高人民法院受理案件达3万件", Decimal(30000)),  # a court, no peak
    ],
)
def test_what_the_review_found_over_refused_reads(text: str, value: Decimal | None) -> None:
    found = found_figures(text)
    if value is None:  # refused whole, as before the day's change
        assert [figure for _, figure in found] == [None]
        return
    assert any(figure is not None and figure.value == value for _, figure in found), found


@pytest.mark.parametrize(
    ("text", "but"),
    [
        ("每名眷屬加給10%", ""),  # 10 %, per dependant lost
        ("跨越了1万亿元", ""),
        ("介於4至6間", ""),
        ("增加企业77家(2.0%)", "77家"),
        ("同比恶化16.7%", ""),
        ("人口減少最多為金門縣2.91%", ""),  # at most
        ("就业人口中,担任文员占比最多(占25.6%)", ""),
        ("去年年中至今年年中的人口自然增長為43500人。", ""),  # grown to it
        ("根據勞動部統計，最低工資調升後，月薪有173.95萬名勞工受惠", ""),  # per month
        ("而觀察每年首兩個月平均指數的變化", ""),  # 2 months a year
    ],
)
def test_review_and_hunt_31_forms_are_refused(text: str, but: str) -> None:
    assert_all_refused(text, but=but)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("減少達到7個百份點", "減少達到7個百份點"),  # 7 个 (Hong Kong's 百份點)
        ("百份之0.6", "百份之0.6"),
    ],
)
def test_hong_kong_s_percentage_spelling_reads(text: str, phrase: str) -> None:
    (found,) = minsheng.find_quantities(text)
    assert found.phrase == phrase
    assert found.reading is not None
    assert found.reading.figure.unit in ("个百分点", "%")


@pytest.mark.parametrize("text", ["本地居民失業率為2.3%,按年均下降0.1個百分點", "按年均增长5%测算"])
def test_year_on_year_both_is_refused(text: str) -> None:
    # Macau's 按年均下降 (year on year, both) was read per year; the mainland's 按年均增长
    # is each year's average: the phrase does not say which (a review's)
    assert_all_refused(text, but="2.3%")


def test_an_index_s_base_year_is_no_count() -> None:
    text = "9月份消費者物價總指數(CPI)為104.05(100年=100),較上月漲1.31%"
    assert all(figure is None or figure.unit != "年" for _, figure in found_figures(text))


@pytest.mark.parametrize(
    ("text", "but"),
    [
        ("每300至500户配备1名网格员", ""),  # 1名 with no denominator (00至500 found)
        ("每1000至1500人配备1名", ""),
        ("每300-500户配备1名", ""),
        ("五年间，城镇居民收入平均增长8%，农村居民收入平均增长9%", ""),  # 9 % in all
        ("过去五年，我们砥砺前行，全市地区生产总值平均增长7.1%", ""),
        ("药品价格平均降低50%", ""),  # each year's, or the average of the drugs'?
    ],
)
def test_first_review_leftovers_are_refused(text: str, but: str) -> None:
    assert_all_refused(text, but=but)


@pytest.mark.parametrize(
    ("text", "pers"),
    [
        ("年平均增长7.1%", [(Decimal(1), "年")]),  # a year's average
        ("平均每年增长5%", [(Decimal(1), "年")]),
        ("每300户配备1名", [(Decimal(300), "户")]),
    ],
)
def test_an_average_with_its_period_and_a_denominator_still_read(
    text: str, pers: list[tuple[Decimal, str]]
) -> None:
    figure = found_figures(text)[0][1]
    assert figure is not None
    assert [(p.amount, p.unit or p.subject) for p in figure.per] == pers


@pytest.mark.parametrize(
    ("text", "pers"),
    [
        # hunt 32's (163.com, Guangdong's 2026 list): refused, where 每人每月2423元 read
        ("提高到2423元每人每月", [(Decimal(1), "人"), (Decimal(1), "月")]),
        ("补贴500元每人", [(Decimal(1), "人")]),
        ("慰问金300元每人1袋米", []),  # 每人 is 1袋's
    ],
)
def test_denominators_with_each_after_the_unit(text: str, pers: list[tuple[Decimal, str]]) -> None:
    figure = found_figures(text)[0][1]
    assert figure is not None
    assert [(p.amount, p.unit or p.subject) for p in figure.per] == pers


# A third review (invented probes) and hunt 33 (education statistics).  Sources:
# 國小103學年學生數 and 114學年至129學年 (udn.com), 自113学年起 (cn.bg3.co), 總數跌穿4萬人
# (hk01.com), 為近年最少學校縮班的一年 (mingpaocanada.com), 平均年減1.6萬以及1.2萬人
# (ettoday.net), 增加了968 .4万人 (qianinfo.com), 100元/生、年 (ptwbs.net).


@pytest.mark.parametrize(
    ("text", "but"),
    [
        ("两市成交额站上1万亿元", ""),  # exactly 1,000,000,000,000
        ("GDP跨入1万亿元俱乐部", ""),
        ("每月薪资上调惠及3000人", ""),  # 3000 people a month
        ("最高檢出率達30%", ""),  # at least 30 %
        ("為近年最少學校縮班的一年。", ""),  # at least one year
        ("預估未來國中、高中階段，平均年減1.6萬以及1.2萬人。", ""),  # two levels
        ("镇区学校在校生增加了968 .4万人", ""),  # 40,000 people
        ("全市中小学公用经费拨款标准提高100元/生、年", ""),  # the year lost
    ],
)
def test_third_review_and_hunt_33_forms_are_refused(text: str, but: str) -> None:
    assert_all_refused(text, but=but)


@pytest.mark.parametrize(
    "text",
    [
        "教育部日前公布114學年至129學年各教育階段學生數預測",  # 114 school years
        "國小103學年學生數達到125.3萬",
        "教育部预计自113学年起,大学1年级学生人数将跌破19万",
    ],
)
def test_a_school_year_of_the_republic_is_no_count(text: str) -> None:
    assert all(figure is None or figure.unit != "学年" for _, figure in found_figures(text))


def test_through_a_floor_is_less_than() -> None:
    figure = found_figures("今年有37,581名兒童申請學位，除總數跌穿4萬人之外")[-1][1]
    assert figure is not None  # was exactly 40,000
    assert (figure.value, figure.comparator) == (Decimal(40000), minsheng.Comparator.LESS_THAN)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("人类跨入21世纪以来，新增学位3000个", Decimal(3000)),  # (no figure for 21)
        ("最高法受理案件达3万件", Decimal(30000)),  # the court, not a peak
        ("未來16學年", Decimal(16)),  # a count of school years
    ],
)
def test_third_review_near_forms_read(text: str, value: Decimal) -> None:
    found = found_figures(text)
    assert [figure.value for _, figure in found if figure is not None] == [value]


@pytest.mark.parametrize("text", ["增加77家/2.0%", "达到100人/3.5%"])
def test_a_rate_after_a_slash_leaves_no_figure_after_its_point(text: str) -> None:
    # 0% and 5% were found after the point of 2.0% and 3.5% (a third review's)
    assert_all_refused(text)


@pytest.mark.parametrize(
    ("text", "but"),
    [
        ("法拍屋最高法拍價達3000萬元", ""),  # at least: 最高法 of 法拍, no court (a review's)
        ("最高院内感染率达5%", ""),
        ("每千人口床位6.5张每千人", ""),  # per a million: two denominators
        ("日均接待3000人次每天", ""),
    ],
)
def test_fourth_review_forms_are_refused(text: str, but: str) -> None:
    assert_all_refused(text, but=but)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("网站上1万元以下的商品", Decimal(10000)),  # 站上 of 网站上: no crossing
        ("价格为5元/斤、月销量3000斤", Decimal(5)),  # 月 opens the next item
        ("最高院判赔达500万元", Decimal(5000000)),  # the court
    ],
)
def test_fourth_review_near_forms_read(text: str, value: Decimal) -> None:
    figure = found_figures(text)[0][1]
    assert figure is not None
    assert figure.value == value
