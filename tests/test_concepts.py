"""Schema 2: each fact real programs publish is loaded, validated, assessed and shown.

``tests/data/concepts.json`` is a fictional city's progress report that uses
every concept once.  For each concept, the test below checks that the data
holds it, that ``check`` accepts it, how ``assess`` treats it where it
applies, and that the text and Markdown reports in all three locales, and the
JSON report, show it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import minsheng
from minsheng import Status

DATA = Path(__file__).resolve().parent / "data" / "concepts.json"
PROGRAM = minsheng.load_file(DATA)
ASSESSMENT = minsheng.assess(PROGRAM)
LOCALES = ("zh-Hans", "zh-Hant", "en")


def _metric(project: int | None, metric_id: str) -> minsheng.MetricResult:
    for result in ASSESSMENT.projects:
        if result.project.number == project or (project is None and result.project.number is None):
            for m in result.metrics:
                if m.metric.id == metric_id:
                    return m
    raise KeyError(metric_id)


def _json_metric(data: dict[str, Any], project: int, metric_id: str) -> dict[str, Any]:
    found: dict[str, Any]
    (found,) = (
        m
        for p in data["projects"]
        if p["number"] == project
        for m in p["metrics"]
        if m["id"] == metric_id
    )
    return found


# concept: (what each locale's text and Markdown show, a check on the model and
# its assessment, a check on the JSON report)
CONCEPTS: dict[
    str, tuple[dict[str, str], Callable[[], None], Callable[[dict[str, Any]], bool]]
] = {}


def concept(
    name: str, shown: dict[str, str], json_check: Callable[[dict[str, Any]], bool]
) -> Callable[[Callable[[], None]], Callable[[], None]]:
    """Register a concept with its markers, its model check and its JSON check."""

    def register(model_check: Callable[[], None]) -> Callable[[], None]:
        CONCEPTS[name] = (shown, model_check, json_check)
        return model_check

    return register


@concept(
    "percentage points",
    {"zh-Hans": "3.5个百分点", "zh-Hant": "3.5個百分點", "en": "3.5 pp"},
    lambda d: _json_metric(d, 2, "employment-rate")["actual"]["unit"] == "个百分点",
)
def _points() -> None:
    result = _metric(2, "employment-rate")
    assert minsheng.UNITS["个百分点"].kind is minsheng.UnitKind.POINTS
    assert not minsheng.UNITS["个百分点"].comparable_with(minsheng.UNITS["%"])
    # a rate at a progress report: met so far, which the rest of the year may change
    assert result.status is Status.UNDETERMINED
    assert (result.difference, result.difference_unit) == (Decimal("0.5"), "pp")


@concept(
    "from → to",
    {"zh-Hans": "由8%降至7%", "zh-Hant": "由8%降至7%", "en": "from 8% down to 7%"},
    lambda d: [b["value"] for b in _json_metric(d, 2, "insurance-rate")["baselines"]] == ["8"],
)
def _from_to() -> None:
    metric = PROGRAM.project(2).metric("insurance-rate")
    assert metric.baseline is not None
    assert metric.baseline.value == Decimal(8)
    assert metric.direction is minsheng.Direction.LOWER
    assert _metric(2, "insurance-rate").status is Status.MET


@concept(
    "several baselines, one target",
    {
        "zh-Hans": "由每人每月1200元、每人每月1000元提高到每人每月1500元",
        "zh-Hant": "由每人每月1200元、每人每月1000元提高到每人每月1500元",
        "en": "from CN¥1,200 per person per month, CN¥1,000 per person per month"
        " up to CN¥1,500 per person per month",
    },
    lambda d: len(_json_metric(d, 1, "allowance")["baselines"]) == 2,
)
def _baselines() -> None:
    metric = PROGRAM.project(1).metric("allowance")
    assert [b.value for b in metric.baselines] == [Decimal(1200), Decimal(1000)]
    assert metric.baseline is None  # two baselines: no single one
    assert _metric(1, "allowance").status is Status.NO_OUTCOME


@concept(
    "rates with any denominator",
    {
        "zh-Hans": "每园每年不少于800元",
        "zh-Hant": "每園每年不少於800元",
        "en": "at least CN¥800 per kindergarten per year",
    },
    lambda d: (
        [p.get("en") for p in _json_metric(d, 3, "meal-subsidy")["target"]["per"]]
        == ["kindergarten", None]
    ),
)
def _denominators() -> None:
    target = PROGRAM.project(3).metric("meal-subsidy").target
    assert target is not None
    assert [(p.subject, p.en) for p in target.per] == [("园", "kindergarten"), ("年", None)]


@concept(
    "units a dataset declares",
    {"zh-Hans": "320盏", "zh-Hant": "320盞", "en": "street lamps"},
    lambda d: d["projects"][3]["metrics"][0]["actual"]["unit"] == "盏",
)
def _declared_units() -> None:
    assert "盏" not in minsheng.UNITS
    assert PROGRAM.unit_table["盏"].en_plural == "lamps"
    assert _metric(None, "street-lamps").status is Status.NO_TARGET


@concept(
    "estimates",
    {
        "zh-Hans": "预计约12.5亿元",
        "zh-Hant": "預計約12.5億元",
        "en": "expected about CN¥1,250,000,000",
    },
    lambda d: _json_metric(d, 2, "relief")["estimate"]["approximation"] == "about",
)
def _estimates() -> None:
    result = _metric(2, "relief")
    assert result.metric.target is None
    assert result.status is Status.NO_TARGET  # never assessed as a target
    assert result.attainment is None


@concept(
    "progress within a project",
    {"zh-Hans": "已完成60%", "zh-Hant": "已完成60%", "en": "60% complete"},
    lambda d: _json_metric(d, 3, "childcare-centres")["progress"]["value"] == "60",
)
def _progress() -> None:
    result = _metric(3, "childcare-centres")
    assert result.metric.progress is not None
    assert result.status is Status.NO_OUTCOME  # 60% of the work is no outcome yet


@concept(
    "program-level figures",
    {"zh-Hans": "总体数字", "zh-Hant": "總體數字", "en": "Figures of the whole program"},
    lambda d: [f["id"] for f in d["figures"]] == ["project-count", "budget"],
)
def _figures() -> None:
    budget = PROGRAM.figures[1]
    assert [c.actual.value for c in budget.components if c.actual] == [
        Decimal(5 * 10**9),
        Decimal(45 * 10**8),
    ]
    assert [m.status for m in ASSESSMENT.figures] == [Status.NO_TARGET, Status.NO_TARGET]
    assert ASSESSMENT.summary.projects == 5  # figures stay out of the project summary


@concept(
    "areas and owners",
    {
        "zh-Hans": "第1方面：提高社会保障水平",
        "zh-Hant": "第1方面：提高社會保障水平",
        "en": "Area 1: Better social security",
    },
    lambda d: (
        d["projects"][0]["departments"] == ["市民政局", "市财政局"]
        and d["projects"][0]["area"] == 1
    ),
)
def _areas() -> None:
    assert [a.number for a in PROGRAM.areas] == [1, 2]
    assert PROGRAM.project(1).departments == ("市民政局", "市财政局")


@concept(
    "several categories",
    {
        "zh-Hans": "一老一小、医疗卫生、教育",
        "zh-Hant": "一老一小、醫療衛生、教育",
        "en": "elderly and childcare, healthcare, education",
    },
    lambda d: (
        d["projects"][2]["categories"] == ["elderly-and-childcare", "healthcare", "education"]
    ),
)
def _categories() -> None:
    project = PROGRAM.project(3)
    assert project.category is minsheng.Category.ELDERLY_AND_CHILDCARE
    assert len(project.categories) == 3


@concept(
    "partial reports",
    {"zh-Hans": "第5项", "zh-Hant": "第5項", "en": "project 5"},
    lambda d: (
        [p["number"] for p in d["projects"]][-2:] == [None, 5]
        and d["projects"][-1]["title"] is None
    ),
)
def _partial() -> None:
    unnumbered = PROGRAM.projects[3]
    assert unnumbered.number is None
    assert unnumbered.title is not None
    assert PROGRAM.project(5).title is None
    with pytest.raises(minsheng.InvalidValueError, match="a number, a title or both"):
        attrs.evolve(unnumbered, title=None)


@concept(
    "stages and names",
    {
        "zh-Hans": "示例市2025年为民办实事进展情况",
        "zh-Hant": "示例市2025年為民辦實事進展情況",
        "en": "2025: practical matters for the people, progress",
    },
    lambda d: d["stage"] == "progress" and d["name"]["zh"] == "为民办实事",
)
def _stages() -> None:
    assert PROGRAM.stage is minsheng.Stage.PROGRESS
    assert PROGRAM.stage.has_outcomes
    titles = {
        stage: minsheng.format_report(
            minsheng.assess(attrs.evolve(PROGRAM, stage=stage)), locale="zh-Hans"
        ).splitlines()[0]
        for stage in minsheng.Stage
    }
    assert titles == {
        minsheng.Stage.PLANNED: "示例市2025年为民办实事实施计划",
        minsheng.Stage.VOTED: "示例市2025年为民办实事票决项目",
        minsheng.Stage.PROGRESS: "示例市2025年为民办实事进展情况",
        minsheng.Stage.REPORTED: "示例市2025年为民办实事完成情况",
    }


@pytest.mark.parametrize("name", sorted(CONCEPTS))
def test_concept_is_held_and_assessed(name: str) -> None:
    """The data holds the concept, and attainment treats it as documented."""
    CONCEPTS[name][1]()


def test_the_concepts_dataset_checks_clean() -> None:
    """The fictional dataset validates: references, arithmetic and phrases."""
    assert [p for p in minsheng.check(PROGRAM) if p.severity == "error"] == []
    assert minsheng.loads(minsheng.dumps(PROGRAM)) == PROGRAM
    # its one warning: the meal subsidy's target (每园每年不少于800元, which the parser
    # cannot read) keeps no phrase, so nothing ties it to its source
    warnings = [(p.code, p.path) for p in minsheng.check(PROGRAM) if p.severity == "warning"]
    assert warnings == [("provenance", "$.projects[2].metrics[1].target")]


@pytest.mark.parametrize("style", ["text", "markdown"])
@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("name", sorted(CONCEPTS))
def test_concept_is_shown(name: str, locale: str, style: str) -> None:
    """Each concept appears in the text and Markdown reports, in every locale."""
    report = minsheng.format_report(ASSESSMENT, locale=locale, style=style)
    assert CONCEPTS[name][0][locale] in report


@pytest.mark.parametrize("name", sorted(CONCEPTS))
def test_concept_is_in_the_json_report(name: str) -> None:
    """Each concept is in the JSON report, which follows the report schema."""
    data = json.loads(minsheng.format_report(ASSESSMENT, style="json"))
    assert CONCEPTS[name][2](data)


def test_json_report_follows_its_schema() -> None:
    """The concepts' JSON report validates against the shipped report schema."""
    import jsonschema

    data = json.loads(minsheng.format_report(ASSESSMENT, style="json"))
    validator = jsonschema.Draft202012Validator(minsheng.json_schema("report"))
    assert list(validator.iter_errors(data)) == []


def test_english_shows_no_chinese_denominators() -> None:
    """English output translates every denominator; no Chinese is left inside them."""
    report = minsheng.format_report(ASSESSMENT, locale="en")
    for match in re.finditer(r"per [^\s,]+", report):
        assert match.group().isascii(), match.group()


@pytest.mark.parametrize(
    ("code", "province", "level"),
    [
        ("190000", None, minsheng.JurisdictionLevel.PROVINCE),
        ("190100", minsheng.Text("示例省"), minsheng.JurisdictionLevel.PREFECTURE),
        ("190102", minsheng.Text("示例省"), minsheng.JurisdictionLevel.COUNTY),
    ],
)
def test_jurisdictions_at_every_level(
    code: str, province: minsheng.Text | None, level: minsheng.JurisdictionLevel
) -> None:
    """Provinces, cities and districts load and report; the code implies the level."""
    jurisdiction = attrs.evolve(PROGRAM.jurisdiction, division_code=code, province=province)
    program = attrs.evolve(PROGRAM, jurisdiction=jurisdiction)
    assert program.jurisdiction.level is level
    assert minsheng.loads(minsheng.dumps(program)) == program
    for locale in LOCALES:
        assert minsheng.format_report(minsheng.assess(program), locale=locale)


def test_a_province_does_not_name_itself_as_its_province() -> None:
    """A province with a province, or a city without one, is an invalid value."""
    with pytest.raises(minsheng.InvalidValueError, match="a province does not name"):
        attrs.evolve(PROGRAM.jurisdiction, division_code="190000")
    with pytest.raises(minsheng.InvalidValueError, match="names its province"):
        attrs.evolve(PROGRAM.jurisdiction, province=None)


@pytest.mark.parametrize("style", ["text", "markdown"])
@pytest.mark.parametrize(
    ("locale", "part"),
    [("zh-Hans", "· 省级"), ("zh-Hant", "約50億元"), ("en", "· cities and counties")],
)
def test_components_are_shown(locale: str, part: str, style: str) -> None:
    """A figure's components (其中省级约50亿元) are rows of the report, and keys of its JSON."""
    assert part in minsheng.format_report(ASSESSMENT, locale=locale, style=style)
    data = json.loads(minsheng.format_report(ASSESSMENT, style="json"))
    assert [c["label"]["zh"] for c in data["figures"][1]["components"]] == ["省级", "市县"]


def test_summary_names_an_unnumbered_project_by_its_title() -> None:
    """Regression: a project without a number showed as "None" in the summary."""
    project = attrs.evolve(
        PROGRAM.projects[3], reported=minsheng.Reported(minsheng.ReportedStatus.COMPLETED)
    )
    program = attrs.evolve(PROGRAM, projects=(*PROGRAM.projects[:3], project, PROGRAM.projects[4]))
    for locale in LOCALES:
        report = minsheng.format_report(minsheng.assess(program), locale=locale)
        assert "None" not in report


def test_a_target_without_outcome_outranks_a_context_figure() -> None:
    """Regression: a target awaiting its outcome beside an estimate makes 'no outcome yet'."""
    project = minsheng.assess(PROGRAM).projects[0]
    relief = PROGRAM.project(2).metric("relief")
    with_estimate = attrs.evolve(project.project, metrics=(*project.project.metrics, relief))
    result = minsheng.assess(attrs.evolve(PROGRAM, projects=(with_estimate,))).projects[0]
    assert result.status is Status.NO_OUTCOME
