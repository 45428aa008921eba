"""The shipped Kunming datasets: every figure, its phrase, its consistency."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

import minsheng
from minsheng import Approximation as A
from minsheng import Status
from minsheng._check import quantity_paths
from tests.conftest import SOURCES, snapshot

D = Decimal


def figure(program: minsheng.Program, project: int, metric: str, which: str) -> minsheng.Quantity:
    value = getattr(program.project(project).metric(metric), which)
    assert value is not None, f"{project}/{metric}/{which} is missing"
    return value  # type: ignore[no-any-return]


# (project, metric, which, value, unit, phrase)
FIGURES_2025 = [
    (1, "kindergarten-places", "target", "3000", "个", "不少于3000个"),
    (1, "kindergarten-places", "actual", "5100", "个", "5100余个"),
    (1, "compulsory-places", "target", "20000", "个", "不少于20000个"),
    (1, "compulsory-places", "actual", "26000", "个", "2.6万个"),
    (1, "quality-schools", "target", "10", "所", "不少于10所"),
    (1, "quality-schools", "actual", "17", "所", None),
    (1, "kindergartens-built", "actual", "20", "所", "20所"),
    (2, "carers-trained", "target", "2000", "名", "不少于2000名"),
    (2, "carers-trained", "actual", "2235", "名", "2235名"),
    (2, "training-sessions", "actual", "9", "期", "9期"),
    (2, "carers-growth", "target", "2", "倍", "翻一番"),
    (2, "carers-growth", "actual", "100.89", "%", "增长100.89%"),
    (2, "carers-growth", "baseline", "2346", "名", None),
    (2, "carers-total", "actual", "4712", "名", "4712名"),
    (2, "carers-certified", "target", "100", "%", "达100%"),
    (2, "carers-certified", "actual", "100", "%", "100%"),
    (2, "home-visits", "actual", "19596", "人次", "19596人次"),
    (2, "childcare-places-added", "target", "4300", "个", "不少于4300个"),
    (2, "childcare-places-added", "actual", "6403", "个", "6403个"),
    (2, "childcare-places-total", "actual", "41293", "个", "41293个"),
    (2, "childcare-places-total", "baseline", "34890", "个", None),
    (
        2,
        "childcare-density",
        "target",
        "4.5",
        "个",
        "每千名常住人口婴幼儿托位达到4.5个",
    ),
    (2, "childcare-density", "actual", "4.75", "个", "每千人口拥有托位数4.75个"),
    (3, "jobs-offered", "target", "160000", "个", "16万个"),
    (3, "jobs-offered", "actual", "197800", "个", "19.78万个"),
    (3, "urban-jobs", "target", "150000", "人", "15万人"),
    (3, "urban-jobs", "actual", "198900", "人", "19.89万人"),
    (3, "rural-labour-transfer", "target", "100000", "人", "10万人"),
    (3, "rural-labour-transfer", "actual", "113200", "人", "11.32万人"),
    (3, "startup-loans", "target", "4000", "人（户）", "4000人（户）"),
    (3, "startup-loans", "actual", "4880", "户", "4880户"),
    (3, "graduate-employment-rate", "target", "90", "%", "90%以上"),
    (3, "graduate-employment-rate", "actual", "95.12", "%", "95.12%"),
    (4, "school-canteens", "target", "2000", "所", "2000所"),
    (4, "school-canteens", "actual", "2168", "个", "2168个"),
    (4, "catering-suppliers", "target", "40", "家", "40家"),
    (4, "catering-suppliers", "actual", "46", "家", "46家"),
    (5, "rural-population-served", "target", "30000", "人", "3万农村人口"),
    (5, "rural-population-served", "actual", "38800", "人", "3.88万农村人口"),
    (5, "water-works", "actual", "10", "件", "10件"),
    (6, "hospitals", "target", "29", "家", None),
    (6, "hospitals", "actual", "29", "家", None),
    (6, "maternal-child-hospitals", "actual", "14", "家", "14家"),
    (6, "patient-visits", "actual", "557000", "人次", "55.7万人次"),
    (6, "patient-savings", "actual", "4473000", "元", "447.3万元"),
    (7, "green-wave-roads-added", "target", "15", "条", "15条"),
    (7, "green-wave-roads-added", "actual", "18", "条", "18条"),
    (7, "green-wave-roads", "target", "245", "条", "达到245条"),
    (7, "green-wave-roads", "baseline", "230", "条", None),
    (7, "green-wave-roads", "actual", "248", "条", "248条"),
    (7, "green-wave-areas-added", "target", "2", "个", "2个"),
    (7, "green-wave-areas-added", "actual", "3", "个", "3个"),
    (7, "green-wave-areas", "target", "11", "个", "达到11个"),
    (7, "green-wave-areas", "baseline", "9", "个", None),
    (7, "green-wave-areas", "actual", "12", "个", "12个"),
    (7, "green-wave-intersections", "actual", "851", "个", "851个"),
    (8, "rural-roads", "target", "200", "公里", "200公里"),
    (8, "rural-roads", "actual", "583.39", "公里", "583.39公里"),
    (8, "villages-served", "target", "40", "个", "不少于40个"),
    (8, "villages-served", "actual", "287", "个", "287个"),
    (9, "self-service-terminals", "actual", "211", "台", "211台"),
    (9, "self-service-hours", "target", "24", "小时", "24小时"),
    (9, "self-service-hours", "actual", "24", "小时", "24小时"),
    (9, "registration-services", "target", "4", "项", "4项"),
    (9, "registration-services", "actual", "4", "项", "4项"),
    (9, "registration-steps", "target", "1", "个", "精简为1个"),
    (9, "registration-steps", "actual", "1", "个", "1个流程"),
    (9, "registration-time", "target", "1", "个工作日", "压缩为1个工作日"),
    (9, "registration-time", "actual", "1", "个工作日", "1个工作日"),
    (10, "pension-insured", "target", "5460000", "人", "546万人"),
    (10, "pension-insured", "actual", "5594700", "人", "559.47万人"),
    (10, "unemployment-insured", "target", "1550000", "人", "155万人"),
    (10, "unemployment-insured", "actual", "1576600", "人", "157.66万人"),
    (10, "injury-insured", "target", "1880000", "人", "188万人"),
    (10, "injury-insured", "actual", "1897900", "人", "189.79万人"),
    (10, "medical-insured", "target", "5990000", "人", "达到599万人"),
    (10, "medical-insured", "actual", "6096600", "人", "609.66万人"),
]


@pytest.mark.parametrize("row", FIGURES_2025, ids=lambda r: f"{r[0]}-{r[1]}-{r[2]}")
def test_every_2025_figure(kunming_2025: minsheng.Program, row: tuple[object, ...]) -> None:
    """Each figure has its value, unit and phrase; unphrased ones say how they were derived."""
    project, metric, which, value, unit, phrase = row
    q = figure(kunming_2025, int(str(project)), str(metric), str(which))
    assert (q.value, q.unit, q.phrase) == (D(str(value)), unit, phrase)
    assert (q.phrase is None) == q.is_derived


def test_every_published_figure_is_in_the_table(kunming_2025: minsheng.Program) -> None:
    """The table above covers every top-level figure of the dataset."""
    listed = {(p, m, w) for p, m, w, *_ in FIGURES_2025}
    found = {
        (project.number, metric.id, which)
        for project in kunming_2025.projects
        for metric in project.metrics
        for which in ("target", "baseline", "actual")
        if getattr(metric, which) is not None
    }
    assert found == listed


def test_components_sum_to_their_totals(kunming_2025: minsheng.Program) -> None:
    """1 + 3 + 1 + 12 = 17 schools; 8 + 14 + 7 = 29 hospitals, target and actual."""
    schools = kunming_2025.project(1).metric("quality-schools")
    assert [c.actual.value for c in schools.components if c.actual] == [1, 3, 1, 12]
    hospitals = kunming_2025.project(6).metric("hospitals")
    assert [c.target.value for c in hospitals.components if c.target] == [8, 14, 7]
    assert [c.actual.value for c in hospitals.components if c.actual] == [8, 14, 7]


def test_levels_are_baseline_plus_increment(kunming_2025: minsheng.Program) -> None:
    """230 + 18 = 248 sections; 9 + 3 = 12 areas; 34890 + 6403 = 41293 places."""
    p7, p2 = kunming_2025.project(7), kunming_2025.project(2)
    for project, level, increment in (
        (p7, "green-wave-roads", "green-wave-roads-added"),
        (p7, "green-wave-areas", "green-wave-areas-added"),
        (p2, "childcare-places-total", "childcare-places-added"),
    ):
        lv, inc = project.metric(level), project.metric(increment)
        assert lv.increment == increment
        assert lv.baseline is not None
        assert inc.actual is not None
        assert lv.actual is not None
        assert lv.baseline.value + inc.actual.value == lv.actual.value
        if lv.target is not None and inc.target is not None:
            assert lv.baseline.value + inc.target.value == lv.target.value


def test_check_finds_nothing(
    kunming_2025: minsheng.Program, kunming_2026: minsheng.Program
) -> None:
    """References, sums and phrases all agree in the shipped data: no errors."""
    for program in (kunming_2025, kunming_2026):
        assert [p for p in minsheng.check(program) if p.severity == "error"] == []


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.skipif(
    not SOURCES.is_dir(),
    reason="the shared source articles are not beside this checkout",
)
def test_every_phrase_is_in_the_source(kunming_2025: minsheng.Program) -> None:
    """Each phrase, named item and statement is a verbatim substring of the article."""
    article = _flat((SOURCES / "kunming-daily-2026-02-03.txt").read_text(encoding="utf-8"))
    quoted = [q.phrase for _, q in quantity_paths(kunming_2025) if q.phrase]
    for project in kunming_2025.projects:
        assert project.title is not None
        quoted.append(project.title.zh)
        for metric in project.metrics:
            quoted += list(metric.items.names if metric.items else ())
            if metric.evidence and metric.evidence.statement:
                quoted.append(metric.evidence.statement)
            for part in (metric.statement or "").split("……"):
                quoted.append(part)
    missing = [text for text in quoted if _flat(text) not in article]
    assert missing == []


@pytest.mark.skipif(
    not SOURCES.is_dir(),
    reason="the shared source articles are not beside this checkout",
)
def test_2026_titles_are_in_the_source(kunming_2026: minsheng.Program) -> None:
    """The ten 2026 titles are quoted verbatim."""
    article = _flat((SOURCES / "kunming-daily-2026-02-03.txt").read_text(encoding="utf-8"))
    titles = [p.title for p in kunming_2026.projects]
    assert all(t is not None and _flat(t.zh) in article for t in titles)


def test_named_items(kunming_2025: minsheng.Program) -> None:
    """Roads listed with 等 are not exhaustive; the three areas and four services are."""
    roads = kunming_2025.project(7).metric("green-wave-roads-added").items
    areas = kunming_2025.project(7).metric("green-wave-areas-added").items
    counties = kunming_2025.project(5).metric("water-works").items
    assert roads is not None
    assert areas is not None
    assert counties is not None
    assert (len(roads.names), roads.exhaustive) == (7, False)
    assert (areas.names, areas.exhaustive) == (
        ("得胜桥片区", "西园片区", "瑞香西街片区"),
        True,
    )
    assert (counties.names, counties.exhaustive) == (
        ("东川区", "宜良县", "寻甸县"),
        False,
    )


def test_2025_program_facts(kunming_2025: minsheng.Program) -> None:
    """As of 2025-12-31, every project reported complete, an evaluation without a score."""
    assert kunming_2025.as_of == dt.date(2025, 12, 31)
    assert kunming_2025.stage is minsheng.Stage.REPORTED
    assert {p.reported.status for p in kunming_2025.projects} == {minsheng.ReportedStatus.COMPLETED}
    assert kunming_2025.jurisdiction.division_code == "530100"
    evaluation = kunming_2025.evaluation
    assert evaluation is not None
    assert (evaluation.held, evaluation.score, evaluation.source) == (
        True,
        None,
        "kunming-daily-2026-02-03-vote",
    )
    assert kunming_2025.project(1).metric("quality-schools").ambiguity is not None
    assert kunming_2025.project(2).metric("carers-growth").baseline.approximation is A.ABOUT  # type: ignore[union-attr]


def test_2026_vote(kunming_2026: minsheng.Program) -> None:
    """Ten projects, ranked 1..10 by votes, no counts, by 15 delegations, 2026-02-03."""
    ballot = kunming_2026.ballot
    assert ballot is not None
    assert [(e.rank, e.project, e.votes) for e in ballot.entries] == [
        (i, i, None) for i in range(1, 11)
    ]
    assert ballot.method is minsheng.RankingMethod.VOTES_DESCENDING
    assert (ballot.congress, ballot.session, ballot.delegations) == (15, 7, 15)
    assert ballot.date == dt.date(2026, 2, 3)
    assert ballot.counts_published is False
    assert kunming_2026.stage is minsheng.Stage.VOTED
    assert all(not p.metrics for p in kunming_2026.projects)


def test_categories_link_the_years(
    kunming_2025: minsheng.Program, kunming_2026: minsheng.Program
) -> None:
    """2025 #1 and 2026 #3 are education; 2025 #2 一老一幼 and 2026 #4 一老一小 are one category."""
    assert (
        kunming_2025.project(1).category
        is kunming_2026.project(3).category
        is minsheng.Category.EDUCATION
    )
    assert kunming_2025.project(2).category is kunming_2026.project(4).category


def test_english_titles_are_unofficial(
    kunming_2025: minsheng.Program, kunming_2026: minsheng.Program
) -> None:
    """Minsheng's translations are marked as not the government's."""
    for program in (kunming_2025, kunming_2026):
        titles = [p.title for p in program.projects]
        assert all(t is not None and t.en and not t.en_official for t in titles)


def test_report_expectations(kunming_2025: minsheng.Program) -> None:
    """The issue's worked examples, computed."""
    results = {m.metric.id: m for p in minsheng.assess(kunming_2025).projects for m in p.metrics}
    assert results["kindergarten-places"].status is Status.MET
    assert results["kindergarten-places"].attainment.low == D("1.7")  # type: ignore[union-attr]
    assert round(results["jobs-offered"].ratio, 3) == D("1.236")  # type: ignore[arg-type]
    assert round(results["rural-roads"].ratio, 3) == D("2.917")  # type: ignore[arg-type]
    rate = results["graduate-employment-rate"]
    assert (rate.status, rate.difference, rate.difference_unit) == (
        Status.MET,
        D("5.12"),
        "pp",
    )
    assert results["registration-time"].status is Status.MET
    assert results["carers-growth"].status is Status.MET
    assert results["childcare-coverage"].status is Status.NO_OUTCOME


def test_2026_structure_snapshot(kunming_2026: minsheng.Program) -> None:
    """The 2026 program's structured content, as the converter writes it."""
    snapshot("kunming-2026.json", minsheng.dumps(kunming_2026))


# Numbers in the article that are not figures, each with the reason.
NOT_FIGURES = {
    "2026": "a year (titles, dates)",
    "2025": "a year (titles, dates)",
    "2": "the date 2月3日, and the heading number of project 2",
    "3": "the date 2月3日, and the heading number of project 3",
    "12": "the date 12月31日",
    "31": "the date 12月31日",
    "10": "“10件惠民实事”, the program's own name",
}


@pytest.mark.skipif(
    not SOURCES.is_dir(),
    reason="the shared source articles are not beside this checkout",
)
def test_every_number_in_the_article_is_data(
    kunming_2025: minsheng.Program, kunming_2026: minsheng.Program
) -> None:
    """Each Arabic number of the article is a figure, a vote fact or a listed non-figure."""
    article = _flat((SOURCES / "kunming-daily-2026-02-03.txt").read_text(encoding="utf-8"))
    article_numbers = set(re.findall(r"[0-9]+(?:\.[0-9]+)?", article))
    in_data: set[str] = set()
    for program in (kunming_2025, kunming_2026):
        for _, q in quantity_paths(program):
            in_data.update(re.findall(r"[0-9]+(?:\.[0-9]+)?", q.phrase or ""))
        in_data.update(str(p.number) for p in program.projects)
    ballot = kunming_2026.ballot
    assert ballot is not None
    in_data.add(str(ballot.delegations))
    missing = sorted(article_numbers - in_data - set(NOT_FIGURES), key=float)
    assert missing == []


def test_revision_2_good_schools_has_both_readings(kunming_2025: minsheng.Program) -> None:
    """17 with the pilot schools, 5 without: the readings disagree, so not a plain met."""
    metric = kunming_2025.project(1).metric("quality-schools")
    assert metric.actual is not None
    assert [metric.actual.value, *(a.value for a in metric.alternatives)] == [D(17), D(5)]
    result = minsheng.assess(kunming_2025).projects[0].metrics[2]
    assert result.status is Status.UNDETERMINED
    assert result.attainment is not None
    assert (result.attainment.low, result.attainment.high) == (D("0.5"), D("1.7"))


def test_revision_2_ensure_means_at_least(kunming_2025: minsheng.Program) -> None:
    """Every target that 确保 introduces carries >=, as the domain notes give for 确保."""
    ensured = {
        3: ("jobs-offered", "urban-jobs", "rural-labour-transfer", "startup-loans"),
        10: ("pension-insured", "unemployment-insured", "injury-insured"),
    }
    for number, ids in ensured.items():
        for metric_id in ids:
            target = kunming_2025.project(number).metric(metric_id).target
            assert target is not None
            assert target.comparator is minsheng.Comparator.AT_LEAST, metric_id


def test_revision_2_unreported_sub_pledges_alike(kunming_2025: minsheng.Program) -> None:
    """基本覆盖城乡 (#2) and 兑现租房、购房等补贴 (#3) are both recorded, both without outcome."""
    results = {
        m.metric.id: m.status
        for p in minsheng.assess(kunming_2025).projects
        for m in p.metrics
        if m.metric.id in ("childcare-coverage", "housing-subsidies")
    }
    assert results == {
        "childcare-coverage": Status.NO_OUTCOME,
        "housing-subsidies": Status.NO_OUTCOME,
    }


def test_revision_2_carers_figures_cannot_both_be_exact(kunming_2025: minsheng.Program) -> None:
    """The derived baseline says why 4712 and +100.89% cannot both be exact."""
    baseline = kunming_2025.project(2).metric("carers-growth").baseline
    assert baseline is not None
    assert baseline.derivation is not None
    assert "cannot both be exact" in baseline.derivation
    for whole in (D(2345), D(2346)):
        assert ((D(4712) / whole - 1) * 100).quantize(D("0.01")) != D("100.89")


def test_revision_2_titles(kunming_2025: minsheng.Program, kunming_2026: minsheng.Program) -> None:
    """完善 is improve, not complete; 2025 #6 mentions no fee the source does not."""
    assert kunming_2025.revision >= 2
    assert kunming_2026.revision >= 2
    title_5 = kunming_2026.project(5).title
    title_6 = kunming_2025.project(6).title
    assert title_5 is not None
    assert title_6 is not None
    assert title_5.en is not None
    assert title_5.en.startswith("Improve")
    assert "fee" not in (title_6.en or "")
