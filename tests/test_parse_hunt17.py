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


def _found(text: str) -> list[tuple[str, bool]]:
    """Each phrase the scan finds in ``text``, and whether it is read."""
    return [(f.phrase, f.reading is not None) for f in minsheng.find_quantities(text)]


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
    assert _found(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "新增学位3000个、床位500张。",  # no word that changes a reading
        "改造约3000户老旧住宅、新建2000户农房。",  # a verb of its own
        "全市生产总值达到5.67万亿元、增长5.4%。",  # a change of its own
        "惠及30萬名以上婦女兒童、10萬戶家庭。",  # a bound after the first figure only
        "不少于6500間教室、不少于500間實驗室。",
    ],
)
def test_list_items_with_their_own_words_or_none_shared_read(text: str) -> None:
    assert all(f.reading is not None for f in minsheng.find_quantities(text))


@pytest.mark.parametrize(
    "text", ["超過時(shí)間進(jìn)度13.8個(gè)百分點(diǎn)。", "連續(xù)48個(gè)月。"]
)
def test_a_pinyin_gloss_after_a_measure_word_is_refused(text: str) -> None:
    """13.8個(gè)百分點 was found as 13.8個, a count, its 百分点 lost."""
    assert [read for _, read in _found(text)] == [False]


@pytest.mark.parametrize("text", ["比原计划多提升改造公厕5座", "多建了5座公厕"])
def test_more_than_the_plan_with_other_verbs_is_a_difference(text: str) -> None:
    with pytest.raises(minsheng.ParseError, match="more or fewer than another figure"):
        parse_phrase(text)


@pytest.mark.parametrize(
    ("text", "value"), [("居住满6个月", 6), ("参保满15年", 15), ("年满60周岁", 60)]
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
    assert [read for _, read in _found(text)] == [False]
