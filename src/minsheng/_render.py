"""Whole views of a program: the report and the overview, as text, Markdown or JSON.

Text tables align by display width: a CJK character takes two columns.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from minsheng._assess import (
    Agreement,
    Assessment,
    MetricResult,
    ProjectResult,
    Status,
    assess,
)
from minsheng._converters import CONVERTER
from minsheng._format import (
    converts_to_traditional,
    dataset_text,
    format_attainment,
    format_date,
    format_difference,
    format_quantity,
    format_status,
    format_target,
    format_text,
)
from minsheng._i18n import _
from minsheng._locale import Locale, served
from minsheng._model import (
    Category,
    Direction,
    Metric,
    MetricKind,
    Program,
    Project,
    RankingMethod,
    ReportedStatus,
    Stage,
)
from minsheng._quantity import Comparator, Quantity
from minsheng._schemas import REPORT_SCHEMA_ID, SCHEMA_ID
from minsheng._units import UNITS, Unit

REPORTED_LABELS = {
    ReportedStatus.COMPLETED: _("completed"),
    ReportedStatus.PARTLY_COMPLETED: _("partly completed"),
    ReportedStatus.IN_PROGRESS: _("in progress"),
    ReportedStatus.NOT_COMPLETED: _("not completed"),
    ReportedStatus.NOT_REPORTED: _("not reported"),
}
STAGE_LABELS = {
    Stage.PLANNED: _("issued plan, not voted"),
    Stage.VOTED: _("voted"),
    Stage.PROGRESS: _("progress report"),
    Stage.REPORTED: _("outcomes reported"),
}
# What a document of each stage is called after the program's name: a plan is
# never titled 完成情况.
STAGE_TITLES = {
    Stage.PLANNED: _("{name}, plan"),
    Stage.VOTED: _("{name}, voted projects"),
    Stage.PROGRESS: _("{name}, progress"),
    Stage.REPORTED: _("{name}, outcomes"),
}
METHOD_LABELS = {
    RankingMethod.VOTES_DESCENDING: _("by votes, high to low"),
    RankingMethod.NOT_STATED: _("not stated"),
}
CATEGORY_LABELS = {
    Category.EDUCATION: _("education"),
    Category.ELDERLY_AND_CHILDCARE: _("elderly and childcare"),
    Category.EMPLOYMENT: _("employment"),
    Category.FOOD_SAFETY: _("food safety"),
    Category.WATER_SUPPLY: _("water supply"),
    Category.HEALTHCARE: _("healthcare"),
    Category.TRANSPORT: _("transport"),
    Category.GOVERNMENT_SERVICES: _("government services"),
    Category.SOCIAL_INSURANCE: _("social insurance"),
    Category.SOCIAL_ASSISTANCE: _("social assistance"),
    Category.HOUSING: _("housing"),
    Category.ENVIRONMENT: _("environment"),
    Category.CULTURE_AND_SPORTS: _("culture and sports"),
    Category.URBAN_MANAGEMENT: _("urban management"),
    Category.PUBLIC_SAFETY: _("public safety"),
    Category.OTHER: _("other"),
}
AGREEMENT_LABELS = {
    Agreement.AGREES: _("agrees with the report"),
    Agreement.DISAGREES: _("disagrees with the report"),
    Agreement.UNCONFIRMED: _("cannot confirm the report"),
    Agreement.NOT_REPORTED: _("nothing reported yet"),
}


def width(text: str) -> int:
    """The display width of ``text``: wide and full-width characters count 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, columns: int) -> str:
    return text + " " * (columns - width(text))


def table(rows: Sequence[Sequence[str]], indent: str = "") -> list[str]:
    """Lay out rows as columns aligned by display width."""
    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        indent + "  ".join(_pad(cell, w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]


def _clip(text: str, columns: int = 32) -> str:
    """Shorten ``text`` to ``columns`` display columns, ending in … if cut."""
    if width(text) <= columns:
        return text
    kept = ""
    for ch in text:
        if width(kept + ch) > columns - 1:
            break
        kept += ch
    return kept + "…"


def _target_cell(metric: Metric, locale: Locale, units: Mapping[str, Unit] = UNITS) -> str:
    """A numeric target with its comparator, else the target's own words.

    A from → to pledge shows its published baselines: 由8%降至7%, from 8% to
    7%.  A baseline that minsheng derived is no part of the pledge, and a
    growth target (翻一番) is a factor, not a level to rise to.
    """
    if metric.target is not None:
        target = format_target(metric.target, locale=locale, units=units)
        published = all(b.phrase is not None and not b.is_derived for b in metric.baselines)
        if not metric.baselines or not published or metric.kind is MetricKind.GROWTH:
            return target
        # 降至7% already says "at most"; only a comparator against the
        # direction (降至不少于…) is worth printing.
        natural = Comparator.AT_MOST if metric.direction is Direction.LOWER else Comparator.AT_LEAST
        if metric.target.comparator in (None, natural):
            target = format_quantity(metric.target, locale=locale, units=units)
        baselines = ("、" if not locale.english else ", ").join(
            format_quantity(b, locale=locale, units=units) for b in metric.baselines
        )
        template = (
            _("from {baselines} down to {target}")
            if metric.direction is Direction.LOWER
            else _("from {baselines} up to {target}")
        )
        return locale.gettext(template).format(baselines=baselines, target=target)
    return _clip(dataset_text(metric.statement, locale)) if metric.statement else "—"


def _figure(quantity: Quantity, locale: Locale, units: Mapping[str, Unit]) -> str:
    """A figure as its locale prints it; † marks one that minsheng derived."""
    return format_quantity(quantity, locale=locale, units=units) + (
        " †" if quantity.is_derived else ""
    )


def _actual_cell(metric: Metric, locale: Locale, units: Mapping[str, Unit] = UNITS) -> str:
    """The outcome, with other readings, an estimate or progress where there is no outcome."""
    t = locale.gettext
    actual = metric.actual
    parts = []
    if actual is not None:
        text = _figure(actual, locale, units)
        if metric.kind is MetricKind.GROWTH and actual.unit == "%":
            text = t("up {quantity}").format(quantity=text)
        parts.append(
            " ".join(
                [text]
                + [
                    t("or {quantity}").format(quantity=_figure(other, locale, units))
                    for other in metric.alternatives
                ]
            )
        )
    if metric.estimate is not None:
        parts.append(
            t("expected {quantity}").format(quantity=_figure(metric.estimate, locale, units))
        )
    if metric.progress is not None:
        progress = format_quantity(metric.progress, locale=locale, units=units)
        parts.append(t("{percent} complete").format(percent=progress))
    return (" / ").join(parts) if parts else "—"


def _component_rows(
    metric: Metric, locale: Locale, units: Mapping[str, Unit], columns: int
) -> list[list[str]]:
    """One row per component (其中省级约50亿元): its label, target and actual."""
    rows = []
    for component in metric.components:
        target, actual = (
            "—" if q is None else _figure(q, locale, units)
            for q in (component.target, component.actual)
        )
        label = "· " + format_text(component.label, locale=locale, mark=False)
        rows.append([label, target, actual] + ["—"] * (columns - 3))
    return rows


def _metric_rows(
    results: tuple[MetricResult, ...], locale: Locale, units: Mapping[str, Unit]
) -> list[list[str]]:
    """Each metric's report cells, followed by its components' rows."""
    rows = []
    for m in results:
        cells = _metric_cells(m, locale, units)
        rows += [cells, *_component_rows(m.metric, locale, units, len(cells))]
    return rows


def _metric_cells(
    result: MetricResult, locale: Locale, units: Mapping[str, Unit] = UNITS
) -> list[str]:
    t = locale.gettext
    metric = result.metric
    subject = format_text(metric.subject, locale=locale, mark=False)
    status = (
        format_status(result.status, locale=locale)
        + (" ?" if result.ambiguous else "")
        + (" !" if result.warned else "")
    )
    if result.status is Status.EVIDENCE:
        outcome = {True: t("achieved"), False: t("not achieved"), None: t("not stated")}
        actual = outcome[result.achieved]
    else:
        actual = _actual_cell(metric, locale, units)
    return [
        subject,
        _target_cell(metric, locale, units),
        actual,
        format_attainment(result, locale=locale),
        format_difference(result, locale=locale),
        status,
    ]


def _title(program: Program, locale: Locale) -> str:
    """Kunming 2025: livelihood projects: outcomes; 昆明市2025年惠民实事完成情况."""
    t = locale.gettext
    name = (
        format_text(program.name, locale=locale, mark=False)
        if program.name is not None
        else t("livelihood projects")
    )
    city = format_text(program.jurisdiction.name, locale=locale)
    return t("{city} {year}: {title}").format(
        city=city, year=program.year, title=t(STAGE_TITLES[program.stage]).format(name=name)
    )


def _header(program: Program, locale: Locale) -> list[str]:
    t = locale.gettext
    source = program.source()
    data = functools.partial(dataset_text, locale=locale)
    return [
        _title(program, locale),
        t("As of {date}; stage: {stage}").format(
            date=format_date(program.as_of, locale=locale),
            stage=t(STAGE_LABELS[program.stage]),
        ),
        t("Source: {publisher}, {title}, {date}").format(
            publisher=data(source.publisher),
            title=f"“{source.title}”" if locale.english else f"《{data(source.title)}》",
            date=format_date(source.date, locale=locale),
        ),
    ]


def _sentence_gap(locale: Locale) -> str:
    """Chinese sentences follow each other without a space."""
    return " " if locale.english else ""


def summary_lines(assessment: Assessment, locale: Locale) -> list[str]:
    """The report's closing summary, in ``locale``."""
    t = locale.gettext
    s = assessment.summary
    lines = [
        t(
            "{met} of {measurable} measurable targets met; not met: {not_met};"
            " undetermined: {undetermined}."
        ).format(
            met=s.met,
            measurable=s.measurable,
            not_met=s.not_met,
            undetermined=s.undetermined,
        ),
        t(
            "Milestone and qualitative targets achieved by the report's evidence:"
            " {achieved} of {evidence}. Targets without an outcome: {no_outcome}."
            " Context figures without a target: {no_target}."
        ).format(
            achieved=s.evidence_achieved,
            evidence=s.evidence,
            no_outcome=s.no_outcome,
            no_target=s.no_target,
        ),
        t("{complete} of {projects} projects reported complete.").format(
            complete=s.reported_complete, projects=s.projects
        ),
    ]
    if s.agreeing or s.disagreeing or s.unconfirmed:
        numbers = {
            agreement: ", ".join(
                _project_label(p.project, locale)
                for p in assessment.projects
                if p.agreement is agreement
            )
            for agreement in (Agreement.DISAGREES, Agreement.UNCONFIRMED)
        }
        sentence = t(
            "Computed attainment agrees with the report for {agreeing} of {projects} projects."
        ).format(agreeing=s.agreeing, projects=s.projects)
        if numbers[Agreement.DISAGREES]:
            sentence += _sentence_gap(locale) + t(
                "It disagrees for these projects: {numbers}."
            ).format(numbers=numbers[Agreement.DISAGREES])
        if numbers[Agreement.UNCONFIRMED]:
            sentence += _sentence_gap(locale) + t(
                "It cannot confirm these projects: {numbers}."
            ).format(numbers=numbers[Agreement.UNCONFIRMED])
        lines.append(sentence)
    return lines


def _ranks(program: Program) -> dict[int, int]:
    """Each project's rank in the ballot, where the ballot ranks them."""
    return {e.project: e.rank for e in program.ballot.entries} if program.ballot else {}


def _project_name(project: Project, locale: Locale) -> str:
    """``3. title``; a project the source does not number, or names only by number."""
    if project.title is None:
        return locale.gettext("project {number}").format(number=project.number)
    title = format_text(project.title, locale=locale)
    return title if project.number is None else f"{project.number}. {title}"


def _project_lines(project: Project, locale: Locale, *, categories: bool = True) -> list[str]:
    """The project's categories and the departments responsible, where the source names them."""
    t = locale.gettext
    sep = ", " if locale.english else "、"
    lines = []
    if categories:
        names = sep.join(t(CATEGORY_LABELS[c]) for c in project.categories)
        lines.append("   " + t("categories: {categories}").format(categories=names))
    if project.departments:
        names = sep.join(dataset_text(d, locale) for d in project.departments)
        lines.append("   " + t("responsible: {departments}").format(departments=names))
    return lines


def _area_lines(
    program: Program, project: Project, previous: Project | None, locale: Locale
) -> list[str]:
    """The area heading before the first project of each area."""
    if project.area is None or (previous is not None and previous.area == project.area):
        return []
    area = next(a for a in program.areas if a.number == project.area)
    return [
        "",
        locale.gettext("Area {number}: {title}").format(
            number=area.number, title=format_text(area.title, locale=locale)
        ),
    ]


def _project_label(project: Project, locale: Locale) -> str:
    """A project in a list: its number, or its title where the source gives no number."""
    if project.number is not None:
        return str(project.number)
    assert project.title is not None  # noqa: S101 - a project has a number or a title
    return format_text(project.title, locale=locale, mark=False)


def _project_heading(result: ProjectResult, locale: Locale, rank: int | None) -> str:
    t = locale.gettext
    project = result.project
    tags = [format_status(result.status, locale=locale)]
    if rank is not None:
        tags.append(t("rank {rank}").format(rank=rank))
    if result.agreement is Agreement.NOT_REPORTED:
        tags.append(t(AGREEMENT_LABELS[result.agreement]))
    else:
        tags.append(
            t("reported: {reported} · {agreement}").format(
                reported=t(REPORTED_LABELS[project.reported.status]),
                agreement=t(AGREEMENT_LABELS[result.agreement]),
            )
        )
    return f"{_project_name(project, locale)}  [{' · '.join(tags)}]"


def _unofficial_note(program: Program, locale: Locale) -> list[str]:
    """The footnote for the * of unofficial English titles, where one is shown."""
    titles = [
        program.jurisdiction.name,
        *(p.title for p in program.projects if p.title is not None),
        *(a.title for a in program.areas),
        *([program.name] if program.name is not None else []),
    ]
    if locale.english and any(title.en and not title.en_official for title in titles):
        return [locale.gettext("* unofficial translation")]
    return []


def _footnotes(assessment: Assessment, locale: Locale) -> list[str]:
    program = assessment.program
    t = locale.gettext
    notes = [
        t(
            "† derived by minsheng from other figures; ? rests on a reading of an"
            " ambiguous source (see the dataset)"
        ),
    ]
    if any(m.warned for p in assessment.projects for m in p.metrics):
        notes.append(t("! the data of this metric has a warning (see minsheng validate)"))
    return notes + _unofficial_note(program, locale) + _script_note(locale)


def _script_note(locale: Locale) -> list[str]:
    """Say how zh-Hant shows dataset text: converted by OpenCC, or as published."""
    if not locale.traditional:
        return []
    if converts_to_traditional():
        return [
            locale.gettext(
                "Dataset text converted to traditional characters by OpenCC;"
                " the published phrases are kept as printed."
            )
        ]
    return [
        locale.gettext(
            "Dataset text is shown as the source printed it, in simplified characters;"
            " install minsheng[hant] to convert it."
        )
    ]


def _report_headings(locale: Locale) -> list[str]:
    t = locale.gettext
    return [
        t("metric"),
        t("target"),
        t("actual"),
        t("attainment"),
        t("difference"),
        t("status"),
    ]


def _reason_lines(results: tuple[MetricResult, ...], locale: Locale) -> list[str]:
    t = locale.gettext
    return [
        "   "
        + t("{metric}: undetermined, because {reason}").format(
            metric=m.metric.id, reason=t(m.reason)
        )
        for m in results
        if m.reason and m.status is Status.UNDETERMINED
    ]


def report_text(assessment: Assessment, *, locale: str | Locale = "zh-Hans") -> str:
    """The attainment report as an aligned text table per project."""
    locale = served(locale)
    t = locale.gettext
    program = assessment.program
    units = program.unit_table
    ranks = _ranks(program)
    lines = _header(program, locale)
    headings = _report_headings(locale)
    if assessment.figures:
        lines += ["", t("Figures of the whole program")]
        lines += table([headings, *_metric_rows(assessment.figures, locale, units)], indent="   ")
        lines += _reason_lines(assessment.figures, locale)
    previous: Project | None = None
    for result in assessment.projects:
        project = result.project
        lines += _area_lines(program, project, previous, locale)
        previous = project
        rank = ranks.get(project.number) if project.number is not None else None
        lines += ["", _project_heading(result, locale, rank), *_project_lines(project, locale)]
        if result.metrics:
            lines += table([headings, *_metric_rows(result.metrics, locale, units)], indent="   ")
            lines += _reason_lines(result.metrics, locale)
    lines += [
        "",
        t("Summary"),
        *("  " + line for line in summary_lines(assessment, locale)),
    ]
    lines += ["", *_footnotes(assessment, locale)]
    return "\n".join(lines) + "\n"


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|")


def _md_table(
    headings: list[str],
    results: tuple[MetricResult, ...],
    locale: Locale,
    units: Mapping[str, Unit],
) -> list[str]:
    lines = ["| " + " | ".join(headings) + " |", "|" + "---|" * len(headings)]
    for row in _metric_rows(results, locale, units):
        lines.append("| " + " | ".join(_md_cell(c) for c in row) + " |")
    return lines


def report_markdown(assessment: Assessment, *, locale: str | Locale = "zh-Hans") -> str:
    """The attainment report as Markdown: a heading and a table per project."""
    locale = served(locale)
    t = locale.gettext
    program = assessment.program
    units = program.unit_table
    ranks = _ranks(program)
    header = _header(program, locale)
    lines = [f"# {header[0]}", "", *(f"{line}  " for line in header[1:])]
    headings = _report_headings(locale)
    if assessment.figures:
        lines += ["", f"## {t('Figures of the whole program')}", ""]
        lines += _md_table(headings, assessment.figures, locale, units)
    previous: Project | None = None
    for result in assessment.projects:
        project = result.project
        area = _area_lines(program, project, previous, locale)
        if area:
            lines += ["", f"## {area[1]}"]
        previous = project
        rank = ranks.get(project.number) if project.number is not None else None
        heading = _project_heading(result, locale, rank)
        lines += ["", f"{'###' if program.areas else '##'} {heading}", ""]
        extra = _project_lines(project, locale)
        lines += [*(line.strip() + "  " for line in extra), ""] if extra else []
        if not result.metrics:
            lines.append(t("No targets yet."))
            continue
        lines += _md_table(headings, result.metrics, locale, units)
    lines += [
        "",
        f"## {t('Summary')}",
        "",
        *(f"- {line}" for line in summary_lines(assessment, locale)),
    ]
    lines += ["", *(f"{note}  " for note in _footnotes(assessment, locale))]
    return "\n".join(lines) + "\n"


def _decimal(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _quantity_data(quantity: Quantity | None) -> dict[str, Any] | None:
    return None if quantity is None else CONVERTER.unstructure(quantity)


def _metric_data(m: MetricResult) -> dict[str, Any]:
    interval = m.attainment
    metric = m.metric
    return {
        "id": metric.id,
        "kind": metric.kind.value,
        "status": m.status.value,
        "attainment": None
        if interval is None
        else {
            "low": _decimal(interval.low),
            "high": _decimal(interval.high),
            "low_closed": interval.low_closed,
            "high_closed": interval.high_closed,
        },
        "ratio": _decimal(m.ratio),
        "difference": _decimal(m.difference),
        "difference_unit": m.difference_unit,
        "achieved": m.achieved,
        "ambiguous": m.ambiguous,
        "reason": m.reason,
        "target": _quantity_data(metric.target),
        "baselines": [_quantity_data(b) for b in metric.baselines],
        "actual": _quantity_data(metric.actual),
        "alternatives": [_quantity_data(a) for a in metric.alternatives],
        "estimate": _quantity_data(metric.estimate),
        "progress": _quantity_data(metric.progress),
        "components": [CONVERTER.unstructure(c) for c in metric.components],
    }


def report_data(assessment: Assessment) -> dict[str, Any]:
    """The attainment report as JSON-ready data, described by ``report.schema.json``."""
    program = assessment.program
    projects = [
        {
            "number": result.project.number,
            "title": None
            if result.project.title is None
            else CONVERTER.unstructure(result.project.title),
            "categories": [c.value for c in result.project.categories],
            "area": result.project.area,
            "departments": list(result.project.departments),
            "status": result.status.value,
            "reported_status": result.project.reported.status.value,
            "agreement": result.agreement.value,
            "metrics": [_metric_data(m) for m in result.metrics],
        }
        for result in assessment.projects
    ]
    s = assessment.summary
    return {
        "$schema": REPORT_SCHEMA_ID,
        "dataset": program.key,
        "revision": program.revision,
        "dataset_schema": SCHEMA_ID,
        "as_of": program.as_of.isoformat(),
        "stage": program.stage.value,
        "name": None if program.name is None else CONVERTER.unstructure(program.name),
        "areas": [CONVERTER.unstructure(area) for area in program.areas],
        "figures": [_metric_data(m) for m in assessment.figures],
        "summary": {
            "metrics": s.metrics,
            "measurable": s.measurable,
            "met": s.met,
            "not_met": s.not_met,
            "undetermined": s.undetermined,
            "no_target": s.no_target,
            "no_outcome": s.no_outcome,
            "evidence": s.evidence,
            "evidence_achieved": s.evidence_achieved,
            "projects": s.projects,
            "reported_complete": s.reported_complete,
            "agreeing": s.agreeing,
            "disagreeing": s.disagreeing,
            "unconfirmed": s.unconfirmed,
        },
        "projects": projects,
    }


def report_json(assessment: Assessment) -> str:
    """The attainment report as JSON text."""
    return json.dumps(report_data(assessment), ensure_ascii=False, indent=2) + "\n"


REPORT_STYLES = ("text", "markdown", "json")
"""The styles :func:`format_report` writes, as ``minsheng report --format`` names them."""


def format_report(
    assessment: Assessment, *, locale: str | Locale = "zh-Hans", style: str = "text"
) -> str:
    """The attainment report as ``text`` (aligned tables), ``markdown`` or ``json``.

    >>> import minsheng
    >>> report = minsheng.format_report(minsheng.assess(minsheng.load("kunming", 2025)),
    ...                                 locale="en")
    >>> print(report.splitlines()[0])
    Kunming 2025: livelihood projects, outcomes
    """
    locale = served(locale)
    if style == "text":
        return report_text(assessment, locale=locale)
    if style == "markdown":
        return report_markdown(assessment, locale=locale)
    if style == "json":
        return report_json(assessment)
    raise ValueError(f"style must be one of {', '.join(REPORT_STYLES)}, not {style!r}")


def _vote_lines(program: Program, locale: Locale) -> list[str]:
    """The ballot's facts and notes, and the satisfaction evaluation."""
    t = locale.gettext
    data = functools.partial(dataset_text, locale=locale)
    lines = []
    ballot = program.ballot
    if ballot is not None:
        lines += ["", t("Vote: {body}").format(body=data(ballot.body))]
        if ballot.announcement and ballot.date:
            announced = t("announced by {meeting} on {date}").format(
                meeting=data(ballot.announcement), date=format_date(ballot.date, locale=locale)
            )
            lines.append("  " + announced)
        if ballot.electorate:
            lines.append(
                "  " + t("voters: {electorate}").format(electorate=data(ballot.electorate))
            )
        lines.append("  " + t("ranking: {method}").format(method=t(METHOD_LABELS[ballot.method])))
        if ballot.entries and not ballot.counts_published:
            lines.append("  " + t("vote counts: not published"))
        lines += ["  " + data(note) for note in ballot.notes]
    evaluation = program.evaluation
    if evaluation is not None:
        score = data(evaluation.score) if evaluation.score else t("no score published")
        lines.append(
            t("Satisfaction evaluation: {body}; {score}").format(
                body=data(evaluation.body), score=score
            )
        )
    return lines


_MEASURABLE = (Status.MET, Status.NOT_MET, Status.UNDETERMINED)


def _continuity(project: Project, previous: Assessment, locale: Locale) -> list[str]:
    """What the earlier program's projects in a shared category achieved.

    Sharing a category is all the data knows: it does not say that one
    project continues another, and neither does this.
    """
    t = locale.gettext
    template = t(
        "same category in {key}: #{number} {title}: reported {reported};"
        " computed {status}, {met} of {measurable} measurable targets met"
    )
    return [
        template.format(
            key=previous.program.key,
            number=result.project.number if result.project.number is not None else "—",
            title=format_text(result.project.title, locale=locale)
            if result.project.title is not None
            else "",
            reported=t(REPORTED_LABELS[result.project.reported.status]),
            status=format_status(result.status, locale=locale),
            met=result.count(Status.MET),
            measurable=sum(result.count(s) for s in _MEASURABLE),
        )
        for result in previous.projects
        if set(result.project.categories) & set(project.categories)
    ]


def format_program(
    program: Program, *, locale: str | Locale = "zh-Hans", earlier: Program | None = None
) -> str:
    """An overview of a program: its vote, projects and figures.

    With ``earlier`` (the same city's previous program), each project says
    which earlier projects share its category and what they achieved.
    """
    locale = served(locale)
    t = locale.gettext
    units = program.unit_table
    lines = _header(program, locale)
    lines += _vote_lines(program, locale)
    previous = assess(earlier) if earlier is not None else None
    ranks = _ranks(program)
    headings = [t("metric"), t("target"), t("actual")]

    def rows(metrics: tuple[Metric, ...]) -> list[list[str]]:
        out = []
        for metric in metrics:
            out.append(
                [
                    format_text(metric.subject, locale=locale, mark=False),
                    _target_cell(metric, locale, units),
                    _actual_cell(metric, locale, units),
                ]
            )
            out += _component_rows(metric, locale, units, 3)
        return out

    if program.figures:
        lines += ["", t("Figures of the whole program")]
        lines += table([headings, *rows(program.figures)], indent="   ")
    before: Project | None = None
    for project in program.projects:
        lines += _area_lines(program, project, before, locale)
        before = project
        tags = [t(CATEGORY_LABELS[category]) for category in project.categories]
        if project.number in ranks:
            tags.append(t("rank {rank}").format(rank=ranks[project.number]))
        lines += ["", f"{_project_name(project, locale)}  [{' · '.join(tags)}]"]
        lines += _project_lines(project, locale, categories=False)
        if project.metrics:
            lines += table([headings, *rows(project.metrics)], indent="   ")
        if previous is not None:
            lines += ["   " + line for line in _continuity(project, previous, locale)]
    if program.notes:
        notes = (dataset_text(note, locale) for note in program.notes)
        lines += ["", t("Notes"), *("  " + note for note in notes)]
    footnotes = _unofficial_note(program, locale) + _script_note(locale)
    if footnotes:
        lines += ["", *footnotes]
    return "\n".join(lines) + "\n"
