"""Misreads a twelfth hunt of real text found, and a review of the day's rules.

Each phrase now reads right or is refused, by the parser and the scan alike.
The hunt's lines came from statistics bulletins and news pages: 10.5%的同比增长
(hexun.com, 2024-03-21), 延长了1 路、9 路夏季末班运营时间 (entba.net), 提升约180万
农村人口的供水保障水平 (reportify.cn).
"""

from __future__ import annotations

import pytest

import minsheng
from minsheng import parse_phrase
from tests.conftest import scanned


@pytest.mark.parametrize(
    "text",
    [
        "城乡居民生活用电量也实现了10.5%的同比增长",
        "10.5%的同比下降",
        "5%的环比增长",
        "5%的年均增长",
        "10.5%的比上年同期增长",
        "保持了6%的增速",
        "保持6%以上的增速",
        "１０.５％的同比增長",
    ],
)
def test_a_figure_then_a_change_with_an_adverb_is_refused(text: str) -> None:
    """10.5%的同比增长 read as a plain level of 10.5 % (实现10.5%的增长 was refused)."""
    with pytest.raises(minsheng.ParseError, match="a change word apart from its figure"):
        parse_phrase(text)
    assert all(not read for _, read in scanned(text))


@pytest.mark.parametrize(
    "text",
    ["延长了1 路、9 路夏季末班运营时间", "延長209路服務時間", "延长1路末班时间", "开通209路"],
)
def test_a_bus_route_is_a_name(text: str) -> None:
    """延长1路末班时间 read as a rise of 1, 延長209路服務時間 as a rise of 209."""
    with pytest.raises(minsheng.ParseError):
        parse_phrase(text)
    assert all(not read for _, read in scanned(text))


@pytest.mark.parametrize("text", ["延长路段3公里", "新增公交线路3条"])
def test_words_that_start_with_lu_still_read(text: str) -> None:
    """路段 and 线路 are no route's name."""
    assert parse_phrase(text).figure.value == 3


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("还可进一步提升约180万农村人口的供水保障水平", "约180万"),
        ("提升近180万农村人口的供水", "近180万"),
    ],
)
def test_an_about_word_does_not_make_a_change_take_a_count(text: str, phrase: str) -> None:
    """提升约180万农村人口 was found as a rise of about 1.8 million (without 约, as people)."""
    (found,) = minsheng.find_quantities(text)
    assert found.phrase == phrase
    assert found.reading is not None
    assert found.reading.change is None


@pytest.mark.parametrize(
    "text",
    [
        "加薪职工3万人",
        "涨薪教师1.2万名",
        "加薪企业300家",
        "降薪员工500人",
        "减税企业300家",
    ],
)
def test_a_change_that_holds_its_object_takes_no_other(text: str) -> None:
    """A review's: 加薪职工3万人 read as a rise of 30,000 (and 减税企业300家, before it)."""
    reading = parse_phrase(text)
    assert (reading.change, reading.direction) == (None, None)
    ((phrase, read),) = scanned(text)
    assert read
    assert not phrase.startswith(("加", "涨", "降", "减"))


@pytest.mark.parametrize("text", ["加薪15%", "为职工加薪15%", "增收1000元", "减税降费3000亿元"])
def test_the_same_changes_right_before_a_figure_still_read(text: str) -> None:
    """The figure right after them is the change's."""
    assert parse_phrase(text).change is minsheng.Measure.INCREMENT


def test_pay_words_inside_other_words_are_none() -> None:
    """参加薪资调查企业300家: 加薪 inside 参加薪资 (a review's: refused)."""
    assert parse_phrase("参加薪资调查企业300家").change is None


@pytest.mark.parametrize(
    "text",
    [
        "每单间租金不超过800元",
        "公租房租金每单间每月500元",
        "租金500元/单间",
        "每单笔贷款最高50万元",
        "每单户补贴3000元",
    ],
)
def test_a_single_room_or_loan_is_no_order(text: str) -> None:
    """A review's: 每单间 read as per order once 单 counted orders."""
    with pytest.raises(minsheng.ParseError, match="unreadable denominator"):
        parse_phrase(text)


@pytest.mark.parametrize(
    "text", ["建成300单间", "新增3万单兵", "50万通电", "覆盖10万通水人口", "3万通宵"]
)
def test_words_that_start_with_tong_or_dan_are_no_unit(text: str) -> None:
    """通电, 通水, 通宵, 单间, 单兵: words, not calls or orders."""
    assert parse_phrase(text).figure.unit is None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("分别下降10%，20%，30%。", "下降10%，20%，30%"),
        ("分别增长15.3%，29.6%，12.1%。", "增长15.3%，29.6%，12.1%"),
        ("分别达到95%，98%，99%。", "达到95%，98%，99%"),
    ],
)
def test_a_list_of_three_after_fen_bie_is_one_phrase(text: str, phrase: str) -> None:
    """A review's: the third of 分别下降10%，20%，30% was found as a level of 30 %."""
    assert scanned(text) == [(phrase, False)]


def test_a_list_after_commas_without_fen_bie_is_read_item_by_item() -> None:
    """增长10%，20%，30%: no 分别, and the scan leaves the items as they are."""
    assert [phrase for phrase, _ in scanned("增长10%，20%，30%。")] == ["增长10%", "20%", "30%"]


@pytest.mark.parametrize(("text", "minutes"), [("平均延时46分钟", 46), ("35路延時90分鐘", 90)])
def test_a_delay_added_is_a_rise(text: str, minutes: int) -> None:
    """平均延时46分钟 read as a plain 46 minutes: 延时, as 延长, is a rise by it."""
    (found,) = [f for f in minsheng.find_quantities(text) if f.reading is not None]
    assert found.reading is not None
    assert found.reading.change is minsheng.Measure.INCREMENT
    assert found.reading.figure.value == minutes


def test_after_school_service_is_no_delay() -> None:
    """课后延时服务2小时: the service's name; its hours are a plain level."""
    assert parse_phrase("开展课后延时服务2小时").change is None


@pytest.mark.parametrize("text", ["服务群众10万+人次", "服务群众10万＋人次"])
def test_a_plus_after_a_figure_is_found_with_it(text: str) -> None:
    """10万+人次 was found as exactly 100,000: the + (more than) is found, and refused."""
    ((phrase, read),) = scanned(text)
    assert phrase.startswith("10万")
    assert phrase[-1] in "+＋"
    assert not read


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("价格均有上涨,涨幅在1.4%至3.0%之间。", "涨幅在1.4%至3.0%"),
        ("增幅保持在5%至6%。", "增幅保持在5%至6%"),
    ],
)
def test_a_rate_noun_before_a_range_is_found_with_it(text: str, phrase: str) -> None:
    """涨幅在1.4%至3.0%之间 was found as a level from 1.4 % to 3 % (the parser read it)."""
    (found,) = minsheng.find_quantities(text)
    assert found.phrase == phrase
    assert found.reading is not None
    assert found.reading.change is minsheng.Measure.INCREMENT
    assert (found.reading.figure.value, found.reading.figure.upper) == (
        parse_phrase(phrase).figure.value,
        parse_phrase(phrase).figure.upper,
    )


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("城镇居民百户家用汽车拥有量45辆。", "百户家用汽车拥有量45辆"),
        ("百名老人拥有养老床位4张。", "百名老人拥有养老床位4张"),
    ],
)
def test_a_hundred_households_without_mei_is_found_refused(text: str, phrase: str) -> None:
    """百户…拥有量45辆 was found as a plain 45 cars: per 100 households, which 千人 was refused."""
    assert scanned(text) == [(phrase, False)]


@pytest.mark.parametrize("text", ["百户以上村庄30个。", "百强县3个。", "百万人口城市3个。"])
def test_a_hundred_as_a_size_or_a_name_stays_apart(text: str) -> None:
    """百户以上, 百强, 百万人口: sizes and names, no denominator."""
    assert [read for _, read in scanned(text)] == [True]


@pytest.mark.parametrize(
    "text",
    ["延时开放2小时", "涨价商品300种", "加薪面80%", "增收节支3000万元", "延时补贴每小时30元"],
)
def test_a_change_that_holds_its_object_before_another_noun_and_an_amount_is_refused(
    text: str,
) -> None:
    """延时开放2小时: two hours more, or open for two? A review's: a plain 2 hours."""
    with pytest.raises(minsheng.ParseError, match="holds its object"):
        parse_phrase(text)
    assert all(not read for _, read in scanned(text))


@pytest.mark.parametrize(
    "text", ["延时办理业务300件", "延时开放场馆30个", "延时费30元", "延時辦理業務300件"]
)
def test_extended_hours_before_a_count_is_no_rise(text: str) -> None:
    """A review's: 延时办理业务300件 read as a rise of 300 once 延时 was a change word."""
    assert parse_phrase(text).change is None
    assert [read for _, read in scanned(text)] == [True]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("分别增长5个百分点，6%。", "增长5个百分点，6%"),
        ("分别增长5%，6个百分点。", "增长5%，6个百分点"),
    ],
)
def test_a_list_after_fen_bie_of_rates_in_two_units_is_one_phrase(text: str, phrase: str) -> None:
    """A review's: 分别增长5个百分点，6% found 6% as a plain level."""
    assert scanned(text) == [(phrase, False)]
