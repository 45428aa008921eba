"""Misreads a seventeenth hunt of real text found: pledge lists and their fine print.

Its pages: 2024 to 2026 task lists of provincial and city livelihood pledges,
congress ballots with budgets.  Sources: 不少于6500間多媒體教室、500間信息技術
教室 (hebaola.com, a Hainan list, 2025-01-19), 比原计划多提升改造公厕5座
(twgreatdaily.com), 超過時間進度13.8個(gè)百分點 (a page with pinyin glosses,
456150.com.cn), 在当地居住满6个月 (163.com), 10千伏及以下行政村配电网改造
(yueyang.gov.cn).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import minsheng
from minsheng import Comparator, parse_phrase
from tests.conftest import scanned


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "建設不少于6500間多媒體教室、500間信息技術教室、650間教研備課室。",
            [("不少于6500間", True), ("500間", False), ("650間", False)],
        ),
        (
            "确保新增城镇就业5万人、农村劳动力转移就业10万人。",
            [("确保新增城镇就业5万人", True), ("10万人", False)],
        ),
        ("改造约3000户老旧住宅、2000户农房。", [("约3000户", True), ("2000户", False)]),
        ("每个社区配备1名网格员、2名志愿者。", [("每个社区配备1名", True), ("2名", False)]),
    ],
)
def test_the_items_after_a_governed_first_item_are_refused(
    text: str, found: list[tuple[str, bool]]
) -> None:
    """不少于6500间…、500间 read 500间 as an exact count: the bound is the list's."""
    assert scanned(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "新增学位3000个、床位500张。",  # no word that changes a reading
        "改造约3000户老旧住宅、新建2000户农房。",  # a verb of its own
        "全市生产总值达到5.67万亿元、增长5.4%。",  # a change of its own
        "惠及30萬名以上婦女兒童、10萬戶家庭。",  # a bound after the first figure only
        "不少于6500間教室、不少于500間實驗室。",
        # 约 right before the first figure, and words of its own before the next
        # (last session's leftover: 420万人 was refused)
        "常住人口约500万人、户籍人口420万人。",
        "新建学校约30所、医院20所。",
    ],
)
def test_list_items_with_their_own_words_or_none_shared_read(text: str) -> None:
    assert all(f.reading is not None for f in minsheng.find_quantities(text))


@pytest.mark.parametrize(
    "text", ["超過時(shí)間進(jìn)度13.8個(gè)百分點(diǎn)。", "連續(xù)48個(gè)月。"]
)
def test_a_pinyin_gloss_after_a_measure_word_is_refused(text: str) -> None:
    """13.8個(gè)百分點 was found as 13.8個, a count, its 百分点 lost."""
    assert [read for _, read in scanned(text)] == [False]


@pytest.mark.parametrize("text", ["比原计划多提升改造公厕5座", "多建了5座公厕"])
def test_more_than_the_plan_with_other_verbs_is_a_difference(text: str) -> None:
    with pytest.raises(minsheng.ParseError, match="more or fewer than another figure"):
        parse_phrase(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("居住满6个月", 6),
        ("参保满15年", 15),
        ("年满60周岁", 60),
        # last session's leftovers: 入职满3年 and 毕业满2年 read as exact
        ("入职满3年", 3),
        ("毕业满2年", 2),
        ("从业满5年", 5),
        ("落户满1年", 1),
    ],
)
def test_man_before_a_figure_is_at_least_it(text: str, value: int) -> None:
    """居住满6个月 read as exactly 6 months: 满 is "having reached", at least."""
    figure = parse_phrase(text).figure
    assert (figure.value, figure.comparator) == (Decimal(value), Comparator.AT_LEAST)


@pytest.mark.parametrize("text", ["满意度95%", "圆满完成3项", "满足3000人需求"])
def test_man_in_other_words_is_no_bound(text: str) -> None:
    assert parse_phrase(text).figure.comparator is None


@pytest.mark.parametrize("text", ["完成10千伏及以下行政村配电网改造", "10千伏及以下农网改造升级"])
def test_a_voltage_bound_before_any_noun_names_a_class(text: str) -> None:
    """10千伏及以下行政村配电网 read as at most 10 千伏: a class of grid."""
    assert [read for _, read in scanned(text)] == [False]


# A review of these rules found each of the following read wrong or refused by them.


@pytest.mark.parametrize(
    "text",
    [
        "地区生产总值达到5600亿元、固定资产投资1200亿元、社会消费品零售总额2100亿元。",
        "人均GDP达到10万元、总量5000亿元。",
        "增长8%、总量3000亿元。",
        "减少120辆、剩余460辆。",
    ],
)
def test_a_bulletin_s_list_of_other_indicators_reads(text: str) -> None:
    """达到, 人均 and a change before a total govern no other indicator."""
    assert all(f.reading is not None for f in minsheng.find_quantities(text))


@pytest.mark.parametrize(
    ("text", "phrase", "comparator"),
    [
        ("改造10千伏以下约120公里。", "约120公里", None),
        ("新建35千伏及以上不少于3座。", "不少于3座", Comparator.AT_LEAST),
    ],
)
def test_a_voltage_bound_leaves_the_next_figure_its_words(
    text: str, phrase: str, comparator: Comparator | None
) -> None:
    found = list(minsheng.find_quantities(text))
    assert found[-1].phrase == phrase
    assert found[-1].reading is not None
    assert found[-1].reading.figure.comparator is comparator


@pytest.mark.parametrize("text", ["即将满3年", "爆满3000人", "坐满3000人"])
def test_man_of_about_to_reach_or_full_of_is_no_bound(text: str) -> None:
    assert parse_phrase(text).figure.comparator is None


def test_a_gloss_before_digits_or_other_words_leaves_the_figure_read() -> None:
    """137個(gè)55421平方米 and 20個(gè)控制斷面: the gloss is inside no unit."""
    assert scanned("食堂137個(gè)55421平方米。") == [("137個", True), ("55421平方米", True)]
    assert scanned("20個(gè)控制斷面。") == [("20個", True)]


# A second review of these rules found each of the following read wrong or refused.


@pytest.mark.parametrize(
    "text", ["快要满18周岁", "马上满18周岁", "住满3000人", "蓄满3000万立方米", "名额已满3000个"]
)
def test_man_that_is_about_to_reach_or_full_is_no_bound(text: str) -> None:
    """满 is at least the figure only after what was completed (居住满, 参保满, 年满)."""
    assert parse_phrase(text).figure.comparator is None


@pytest.mark.parametrize(("text", "low", "high"), [("年满18周岁至60周岁", 18, 60)])
def test_a_range_after_nian_man_is_a_range(text: str, low: int, high: int) -> None:
    figure = parse_phrase(text).figure
    assert (figure.value, figure.upper) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize(
    "text",
    [
        "地区生产总值增长5.5%、固定资产投资1200亿元。",
        "不少于3000元、期限6个月。",
        "确保新增城镇就业5万人、发放创业担保贷款10亿元。",
        "超过3000人、其中女性1200人。",
    ],
)
def test_items_in_another_unit_or_with_a_verb_of_their_own_read(text: str) -> None:
    assert all(f.reading is not None for f in minsheng.find_quantities(text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("比计划多建了3所学校、2所医院。", [("多建了3所", False), ("2所", False)]),
        ("比原计划多改造公厕5座、农村户厕300座。", [("多改造公厕5座", False), ("300座", False)]),
    ],
)
def test_a_refused_difference_governs_its_list(text: str, found: list[tuple[str, bool]]) -> None:
    """比计划多建了3所学校、2所医院 read 2所 as a plain count."""
    assert scanned(text) == found


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("期满考核合格率95%。", "95%"),
        ("服务期满后留任1200人。", "1200人"),
        ("年满80周岁老年人3000人。", "3000人"),
        ("工作满负荷运行30天。", "30天"),
    ],
)
def test_a_man_word_bounds_only_the_figure_right_after_it(text: str, phrase: str) -> None:
    """A third review's: 期满 earlier in the clause made 95% at least 95 %."""
    (found,) = minsheng.find_quantities(text)
    assert found.phrase == phrase
    assert found.reading is not None
    assert found.reading.figure.comparator is None


@pytest.mark.parametrize(
    "text",
    ["约3亿元资金、2000万。", "不少于3公里步道、2000米绿道。", "每户3000元补贴、200公斤大米。"],
)
def test_an_item_in_a_unit_of_the_same_kind_or_under_each_is_governed(text: str) -> None:
    found = list(minsheng.find_quantities(text))
    assert [f.reading is not None for f in found] == [True, False]


def test_a_place_after_a_refused_difference_starts_an_item_of_its_own() -> None:
    assert scanned("比上年多3所学校、全市共30所学校。")[-1] == ("30所", True)
