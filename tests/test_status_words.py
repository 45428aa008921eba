"""The words of a report's status and evidence, read as done, not done, planned or under way.

The readings are heuristics over free text (minsheng._status_words); each row
here is a wording a semantic review found read wrongly, with what it says.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

import minsheng
from minsheng._script import normalize
from minsheng._status_words import (
    says_done,
    says_not_done,
    says_planned,
    says_started,
    says_under_way,
)

ROOT = Path(__file__).resolve().parent.parent
_BASE = json.loads((ROOT / "datasets" / "kunming" / "2025.json").read_text(encoding="utf-8"))

# (words, not done, done, planned, under way)
READINGS = [
    # a plan or a negation with a date between it and the words of all done
    ("将于2026年3月底前全部建成", False, False, True, False),
    ("计划于2026年6月底全部建成", False, False, True, False),
    ("力争2026年上半年全部建成", False, False, True, False),
    ("预计2026年6月全部建成", False, False, True, False),
    ("确保2026年6月底前全部实现", False, False, True, False),
    ("还需3个月才能全部实现", False, False, False, False),
    ("未能于2025年12月底前全部建成", True, False, False, False),
    ("因征地原因，未能于2025年底前全部建成", True, False, False, False),
    ("没有在规定时间内全部完成", True, False, False, False),
    (
        "因系统对接原因，未能于2025年12月底前在全市211台终端全部实现24小时自助办理",
        True,
        False,
        False,
        False,
    ),
    # 、 or a space right after a negated verb ends its clause
    ("安宁市尚未接入、主城区的终端均已接入", True, True, False, False),
    ("部分完成、主城区的站点均已建成", True, True, False, False),
    ("农村站点尚未建成 城区的站点均已建成", True, True, False, False),
    ("此前未实现集中供水、供电的12个村均已实现", False, True, False, False),
    # words of not done, of done and of work under way that were not read
    ("尚未启动", True, False, False, False),
    ("尚未啟用", True, False, False, False),
    ("部份完成", True, False, False, False),
    ("尚未真正全部完成", True, False, False, False),
    ("暂缓实施", True, False, False, False),
    ("项目延期", True, False, False, False),
    ("进度滞后", True, False, False, False),
    ("未出现延期，均已投入使用", False, True, False, False),
    ("全部投入使用", False, True, False, False),
    ("均已落实", False, True, False, False),
    ("均已完工", False, True, False, False),
    ("已全部竣工", False, True, False, False),
    ("均已超额完成", False, True, False, False),
    ("全部按期完成", False, True, False, False),
    ("都已完成", False, True, False, False),
    ("按计划有序推进", False, False, False, True),
    ("加快推进", False, False, False, True),
    ("进展顺利", False, False, False, True),
    ("進展順利", False, False, False, True),
    ("还在推进", False, False, False, True),
    ("已完成年度任务的95%", False, False, False, True),
    ("完成率为95%", False, False, False, True),
    ("完成年度计划的120%", False, False, False, False),
    # all but some, once it is, and a negation of a negation
    ("除安宁市外，其余各县（市）区终端均已实现24小时自助办理", False, False, False, False),
    ("除1个项目外均已完成", False, False, False, False),
    ("全部完成升级后可实现24小时自助办理", False, False, False, False),
    ("全部建成交付后", False, False, False, False),
    ("全部完成验收后", False, False, False, False),
    ("全部实现先诊后付", False, True, False, False),
    ("全市没有一台终端未实现24小时自助办理", False, False, False, False),
    ("全部完成，无一未完成", False, True, False, False),
    ("确保了12个站点全部建成", False, True, False, False),
    # a review of those rules': the plan as a noun, a list of negated verbs of one
    # 的-clause, a noun's negation, a delay that is a policy, more negations
    ("年度计划全部完成", False, True, False, False),
    ("比计划提前两个月全部完成", False, True, False, False),
    ("超计划全部完成", False, True, False, False),
    ("按既定计划全部完成", False, True, False, False),
    ("比预计提前全部建成", False, True, False, False),
    ("将近3000户均已完成", False, True, False, False),
    ("此前未开通、未接入的村组均已接入", False, True, False, False),
    ("该平台无任何进展尚未启动", True, False, False, False),
    ("办理延期缴费", False, False, False, False),
    ("防止企业停工", False, False, False, False),
    ("未发生任何延期", False, False, False, False),
    ("延期至2026年", True, False, False, False),
    ("没能按期完成", True, False, False, False),
    ("无法按期完成", True, False, False, False),
    ("不能按期完成", True, False, False, False),
    ("未能按时完成", True, False, False, False),
    ("还没建成", True, False, False, False),
    ("除此之外均已完成", False, True, False, False),
    # a review of those fixes': delays in more forms, and delays of other verbs; the
    # plan as a verb before 上半年, 至年底 or 全部, not after 按; exceptions named by
    # 上述; a problem solved; more negations in a list; 按时
    ("项目延期3个月", True, False, False, False),
    ("延期完工", True, False, False, False),
    ("推迟启用", True, False, False, False),
    ("停工整改", True, False, False, False),
    ("因未能及时拆迁项目延期", True, False, False, False),
    ("防汛物资采购推迟", True, False, False, False),
    ("未发生任何延期", False, False, False, False),
    ("按计划于10月底前全部完成", False, True, False, False),
    ("按照计划在年底前全部完成", False, True, False, False),
    ("计划上半年全部建成", False, False, True, False),
    ("计划全部建成", False, False, True, False),
    ("除上述两区外，其余均已实现", False, False, False, False),
    ("破解了无法接入管网的难题，3000户全部接入", False, True, False, False),
    ("此前未开通、无法接入的村组均已接入", False, True, False, False),
    ("均按时完成", False, True, False, False),
    # a third review's: a delay of the past that done words close, and delays that
    # name a project; negated delays; an opening of work with its object; plan words
    # in other words or naming which; part done and part under way; more done, plan,
    # not done and under-way words; 拆除 is no exception
    ("受雨季影响，工期一度滞后，经加班加点，已于12月25日全部完工", False, True, False, False),
    ("针对进度滞后的项目实行挂牌督办，目前均已完成", False, True, False, False),
    ("原未实现集中供水的村组，目前已全部实现集中供水", False, True, False, False),
    ("实现零延期交付", False, False, False, False),
    ("未因疫情推迟", False, False, False, False),
    ("杜绝了工程停工", False, False, False, False),
    ("加快推进建设，211台终端实现24小时自助办理", False, False, False, False),
    ("虚拟养老院均已建成", False, True, False, False),
    ("计划于年内完成的5个项目均已完成", False, True, False, False),
    ("积极争取的资金均已到位", False, True, False, False),
    ("确保安全的前提下全部按期完成", False, True, False, False),
    ("城区终端已全部实现，农村终端正在建设", False, True, False, True),
    ("主城区已全部接入，郊县尚在调试中", False, True, False, True),
    ("全部建成的目标没有达成", False, False, False, False),
    ("均已交付", False, True, False, False),
    ("全部通过验收", False, True, False, False),
    ("已实现全覆盖", False, True, False, False),
    ("预计明年一季度建成投用", False, False, True, False),
    ("将于春节前完工", False, False, True, False),
    ("尚未正式投入使用", True, False, False, False),
    ("补贴尚未发放到位", True, False, False, False),
    ("仅部分终端实现24小时自助办理", True, False, False, False),
    ("工期延误", True, False, False, False),
    ("拆除违建、外墙保温均已完成", False, True, False, False),
    # a fourth review's: plan words with no time, or naming which; 其余 is another
    # subject; 部分 as another verb's object; openings and states that are no work
    # under way; a background of delays; 已 before 实现全覆盖; more done words
    ("12个站点比预计提前2个月建成投用", False, False, False, False),
    ("积极争取中央资金1.2亿元实施农村供水改造", False, False, False, False),
    ("已建成投用，有望实现年处理垃圾10万吨", False, False, False, False),
    # a plan that names which, not a plan; 均已开工 is a start (says_started)
    ("将于明年建成的3个项目均已开工", False, False, False, False),
    ("1个项目因征地原因未能按期建成，其余11个均已建成", True, True, False, False),
    ("中原区尚未接入，其余各区均已接入", True, True, False, False),
    ("利用部分闲置校舍建成托育机构12个，均已投入使用", False, True, False, False),
    ("经过3个月试运行，现已正式投入使用", False, False, False, False),
    ("按计划有序推进，12个站点已建成投用", False, False, False, False),
    ("针对充电设施建设滞后等问题，新建充电桩2000个，均已投入使用", False, True, False, False),
    ("急救半径缩短，有效减少救治延误", False, False, False, False),
    ("逐步实现全覆盖", False, False, False, False),
    ("原有设施未达标，改造后均已达标", False, True, False, False),
    ("延期工程2个，其余均已完成", True, True, False, False),
    ("将新建的12个站点于2026年6月底前全部建成", False, False, True, False),
    ("2个项目因资金不到位延期，其余均已完成", True, True, False, False),
    ("配置除颤仪及户外急救箱120套，均已投入使用", False, True, False, False),
    ("项目全部完工，不存在未完工情况", False, True, False, False),
    ("拟新增的3000个学位已全部完成", False, True, False, False),
    ("计划于年内完成的5个项目均已完成", False, True, False, False),
]


READINGS += [
    # a trial's, which passed as achieved: a stage, a share, waiting, still built
    ("整合主城区四区智慧系统，安宁市正在接入", False, False, False, True),
    ("已完成建设的80%", False, False, False, True),
    ("已完成主体开发", False, False, False, True),
    ("方案已编制完成", False, False, False, True),
    ("已完成招标", False, False, False, True),
    # and its review's holes (https://www.caibao.3news.cn/yuanchuang/2022/0823/76940.html,
    # http://nh.cnnb.com.cn/system/2021/01/23/012194244.shtml)
    ("257个项目已完工，完工率44.62%", False, False, False, True),
    ("完成投资2.41亿元，占年度计划的97.6%", False, False, False, True),
    ("江南运河文化公园首开B区待启用", False, False, False, True),
    ("主体在建10所", False, False, False, True),
    ("正在带料调试", False, False, False, True),
    # what its review found flagged wrongly: a stage that words of work close, a
    # trial run (counted in use: https://saintpaulhem.com/xjq/xjqrmzf/zfzdgz/202101/
    # c050835ab3aa4887bf34efb7b7a7a8a6.shtml), a rate attained, 在建成区
    ("完成主体工程并交付使用", False, False, False, False),
    ("完成立项并建成投用", False, False, False, False),
    ("该项目已于2020年6月底完成建设并已试运行", False, False, False, False),
    ("已实现参保率95%以上", False, False, False, False),
    ("在建成区新增绿地12个", False, False, False, False),
    ("经过3个月试运行，现已正式投入使用", False, False, False, False),
    ("完成年度计划的120%", False, False, False, False),
    # a second review's: 在建 in other words, a condition met, a province's share,
    # and a stage that only words to come close
    ("已在建党100周年前建成投用", False, False, False, False),
    ("已在建水县建成并投入使用", False, False, False, False),
    ("已建成并具备使用条件", False, False, False, False),
    ("完成3000户，占全省任务的15%", False, False, False, False),
    ("已完成招标，年底前交付使用", False, False, False, True),
]


@pytest.mark.parametrize(
    ("words", "started"),
    [
        ("平台已启动建设", True),
        ("95个老旧小区改造全部开工", True),  # met where the pledge is a start
        ("新开工改造城镇老旧小区5.34万个", True),
        ("已全部建成投用", False),
    ],
)
def test_a_start_is_told_apart(words: str, started: bool) -> None:
    assert says_started(normalize(words)) is started


@pytest.mark.parametrize(("words", "not_done", "done", "planned", "under_way"), READINGS)
def test_what_the_words_say(
    words: str, not_done: bool, done: bool, planned: bool, under_way: bool
) -> None:
    """A fourth semantic review's wordings, each read as what it says."""
    folded = normalize(words)
    assert (
        says_not_done(folded),
        says_done(folded),
        says_planned(folded),
        says_under_way(folded),
    ) == (not_done, done, planned, under_way)


def _evidence_codes(statement: str, *, achieved: bool) -> set[str]:
    """What check finds with the Kunming 2025 milestone's evidence in these words."""
    document = copy.deepcopy(_BASE)
    evidence = document["projects"][8]["metrics"][0]["evidence"]
    evidence.update(statement=statement, achieved=achieved)
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    return {p.code for p in minsheng.check(program)}


def test_the_milestone_is_the_one_with_words() -> None:
    """The evidence edited below is Kunming's e办通 milestone, achieved on its words."""
    evidence = _BASE["projects"][8]["metrics"][0]["evidence"]
    assert evidence["achieved"] is True
    assert "e办通" in evidence["statement"]


@pytest.mark.parametrize(
    ("statement", "achieved"),
    [
        ("全市e办通终端将于2026年3月底前全部实现24小时自助办理", True),
        ("因系统对接原因，未能于2025年12月底前全部实现24小时自助办理", True),
        ("安宁市尚未接入、主城区的e办通终端均已实现24小时自助办理", True),
        ("24小时自助办理功能正在加快建设", True),
        ("24小时自助办理功能已基本建成", True),
        ("24小时自助办理功能尚未启动", True),
        ("24小时自助办理功能均已投入使用", False),
        ("24小时自助办理功能预计明年一季度建成投用", True),
        ("24小时自助办理功能因系统改造工期延误", True),
        ("水质达标率为95%，未达到98%的目标", True),  # a newcomer's
    ],
)
def test_evidence_its_words_contradict_is_an_error(statement: str, achieved: bool) -> None:
    """A verdict its own words contradict: planned, late, partly done, under way, done."""
    assert "evidence-phrase" in _evidence_codes(statement, achieved=achieved)


@pytest.mark.parametrize(
    "statement",
    [
        "全市e办通终端将于2026年3月底前全部实现24小时自助办理",
        "除安宁市外，其余各县（市）区e办通终端均已实现24小时自助办理",
        "确保2026年6月底前全市e办通终端全部实现24小时自助办理",
        "系统仍在联调，还需3个月才能全部实现24小时自助办理",
        "终端全部完成升级后可实现24小时自助办理",
        "城区e办通终端已全部实现24小时自助办理，农村终端正在建设",
        "首批100台e办通终端均已实现24小时自助办理，第二批111台明年上半年完成",
    ],
)
def test_evidence_of_not_achieved_in_these_words_is_no_error(statement: str) -> None:
    """Correct data refused: each says not (yet) achieved, which the data records."""
    assert "evidence-phrase" not in _evidence_codes(statement, achieved=False)


def test_evidence_of_none_left_undone_is_no_error() -> None:
    """没有一台…未实现 says all are; achieved true was an error (and 一度滞后 caught up)."""
    assert "evidence-phrase" not in _evidence_codes(
        "受系统改造影响进度一度滞后，目前e办通终端已全部实现24小时自助办理", achieved=True
    )
    assert "evidence-phrase" not in _evidence_codes(
        "全市没有一台e办通终端未实现24小时自助办理", achieved=True
    )


def _reported_codes(status: str, phrase: str) -> set[str]:
    document: dict[str, Any] = copy.deepcopy(_BASE)
    document["projects"][4]["reported"] = {"status": status, "phrase": phrase}
    program = minsheng.loads(json.dumps(document, ensure_ascii=False))
    return {p.code for p in minsheng.check(program)}


@pytest.mark.parametrize(
    ("status", "phrase", "warned"),
    [
        ("completed", "计划于2026年6月底全部建成", True),
        ("completed", "未能于2025年12月底前全部建成", True),
        ("completed", "部分完成、城区的供水工程均已建成", True),
        ("completed", "尚未启动", True),
        ("completed", "按计划有序推进", True),
        ("completed", "已完成年度任务的95%", True),
        ("completed", "全部完成，无一未完成", False),
        ("partly-completed", "城区已全部实现，农村终端正在建设", False),
        ("partly-completed", "首批100台均已实现，第二批111台明年上半年完成", False),
        ("partly-completed", "除1个村外均已完成", False),
        ("not-completed", "确保2026年6月底前全部建成", False),
        # a newcomer's: the commonest words passed
        ("not-completed", "已完成", True),
        ("not-completed", "超额完成", True),
        ("not-completed", "力争超额完成", False),
        ("not-completed", "已完成年度任务的80%", False),
        ("completed", "未达到预期目标", True),
        ("completed", "已完成，但未达到目标", True),
        ("completed", "水质达标率低于目标", True),
        ("completed", "未达到标准的小区已全部改造", False),
    ],
)
def test_a_status_against_its_words(status: str, phrase: str, warned: bool) -> None:
    """reported-phrase: a status its words contradict warns, one they bear out does not."""
    assert ("reported-phrase" in _reported_codes(status, phrase)) is warned


def test_a_rate_s_noun_is_no_word_of_work() -> None:
    """达标率达95% read as achieved rested on 达标 (met the standard), a rate's noun here."""
    assert "evidence-unsaid" in _evidence_codes("城市供水水质达标率达95%", achieved=True)
