"""Whole views of a program: the report and the overview, as text, Markdown or JSON.

They are assembled from the pieces in :mod:`minsheng._render`; the HTML page
lives in :mod:`minsheng._html`.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from minsheng._assess import MEASURABLE, assess
from minsheng._context import own_context
from minsheng._errors import InvalidValueError, clip, expect
from minsheng._format import (
    dataset_text,
    format_date,
    format_status,
    format_text,
)
from minsheng._i18n import msg
from minsheng._layout import (
    MIN_COLUMNS,
    UNLIMITED,
    fill,
    heading_lines,
    md,
    md_line,
    pack,
    table,
)
from minsheng._layout import width as width  # noqa: PLC0414 - callers measure text from here
from minsheng._locale import Locale, served
from minsheng._model import (
    Metric,
    Program,
    Project,
)
from minsheng._quantity import Quantity
from minsheng._render import (
    CATEGORY_LABELS,
    METHOD_LABELS,
    REPORTED_LABELS,
    _actual_cell,
    _area_lines,
    _component_rows,
    _explanations,
    _footnotes,
    _header,
    _legend_lines,
    _metric_cells,
    _metric_rows,
    _project_heading,
    _project_lines,
    _project_name,
    _ranks,
    _report_headings,
    _script_note,
    _target_cell,
    _unofficial_note,
    summary_lines,
)
from minsheng._results import Assessment, MetricResult, Status
from minsheng._schemas import REPORT_SCHEMA_ID, SCHEMA_ID
from minsheng._units import Unit
from minsheng._version import __version__

if TYPE_CHECKING:  # 2 ms of TypedDict and Literal classes that a report never needs
    from minsheng._report_types import ReportData, ReportMetric, ReportProject


def _unstructure(value: object) -> Any:  # noqa: ANN401 - JSON data
    """A model object as JSON data, by the converters (cattrs, imported when needed)."""
    from minsheng._converters import CONVERTER  # noqa: PLC0415 - only JSON reports need cattrs

    return CONVERTER.unstructure(value)


def _target_text(metric: Metric, locale: Locale, units: Mapping[str, Unit]) -> str:
    """The whole target: with its comparator, or its own words unclipped."""
    if metric.target is not None or not metric.statement:
        return _target_cell(metric, locale, units)
    return dataset_text(metric.statement, locale)


def _records(
    results: tuple[MetricResult, ...],
    locale: Locale,
    units: Mapping[str, Unit],
    columns: int,
) -> list[str]:
    """Metrics as a few wrapped lines each, for a terminal too narrow for the table."""
    t = locale.gettext
    headings = _report_headings(locale)
    lines = []
    for result in results:
        cells = _metric_cells(result, locale, units)
        cells[1] = _target_text(result.metric, locale, units)
        labels = list(headings[1:5])
        metric = result.metric
        if metric.kind.is_numeric and metric.target is None and metric.statement:
            # a count pledged in words alone (大力发展…): no target to meet, so its words
            # are the pledge; a milestone's words are its target
            labels[0] = t("pledge")
        lines += fill(f"{cells[0]}  [{cells[5]}]", columns, "   ", "     ")
        items = [
            t("{label}: {value}").format(label=label, value=value)
            for label, value in zip(labels, cells[1:5], strict=True)
            if value != "—"
        ]
        lines += pack(items, columns, "     ")
        lines += _component_lines(result.metric, locale, units, columns)
    return lines


def _component_lines(
    metric: Metric, locale: Locale, units: Mapping[str, Unit], columns: int
) -> list[str]:
    """A metric's components as wrapped lines under it: · label  target: …, actual: …."""
    t = locale.gettext
    lines = []
    for row in _component_rows(metric, locale, units, 3):
        items = [
            t("{label}: {value}").format(label=label, value=value)
            for label, value in zip((t("target"), t("actual")), row[1:3], strict=True)
            if value != "—"
        ]
        lines += fill(f"{row[0]}  {' · '.join(items)}".rstrip(), columns, "     ", "       ")
    return lines


def _limit(columns: int | None, function: str) -> int:
    """The width to fit: ``None`` is unlimited, any other integer at least 40 columns."""
    if columns is None:
        return UNLIMITED
    expect(columns, int, "columns", function)
    return max(columns, MIN_COLUMNS)


def report_text(
    assessment: Assessment, *, locale: str | Locale = "zh-Hans", columns: int | None = None
) -> str:
    """The attainment report, in at most ``columns`` display columns if given.

    Metrics are aligned tables where every table fits; otherwise each metric
    takes a few wrapped lines.  Titles, long targets, the summary and the
    legend wrap.  The command passes the terminal's width.
    """
    locale = served(locale)
    columns = _limit(columns, "format_report")
    t = locale.gettext
    program = assessment.program
    units = program.unit_table
    ranks = _ranks(program)
    headings = _report_headings(locale)
    groups = [assessment.figures, *(r.metrics for r in assessment.projects)]
    tabular = all(
        width(line) <= columns
        for results in groups
        if results
        for line in table([headings, *_metric_rows(results, locale, units)], indent="   ")
    )

    def metric_lines(results: tuple[MetricResult, ...], *, undetermined: bool) -> list[str]:
        if tabular:
            lines = table([headings, *_metric_rows(results, locale, units)], indent="   ")
        else:
            lines = _records(results, locale, units, columns)
        for note in _explanations(results, locale, undetermined_project=undetermined):
            lines += fill(note, columns, "   ", "     ")
        return lines

    lines = [part for line in _header(program, locale) for part in fill(line, columns, "", "  ")]
    if assessment.figures:
        lines += ["", t("Figures of the whole program")]
        lines += metric_lines(assessment.figures, undetermined=False)
    previous: Project | None = None
    for result in assessment.projects:
        project = result.project
        lines += _fit(_area_lines(program, project, previous, locale), columns)
        previous = project
        rank = ranks.get(project.number) if project.number is not None else None
        lines += ["", *heading_lines(_project_heading(result, locale, rank), columns)]
        lines += _fit(_project_lines(project, locale), columns)
        if result.metrics:
            lines += metric_lines(result.metrics, undetermined=result.status is Status.UNDETERMINED)
    lines += ["", t("Summary")]
    for line in summary_lines(assessment, locale):
        lines += fill(line, columns, "  ", "    ")
    lines += ["", t("What the statuses mean")]
    for name, meaning in _legend_lines(locale):
        entry = t("{label}: {value}").format(label=name, value=meaning)
        lines += fill(entry, columns, "  ", "    ")
    lines.append("")
    for note in _footnotes(assessment, locale):
        lines += fill(note, columns, "", "  ")
    return "\n".join(lines) + "\n"


def _md_table(
    headings: list[str],
    results: tuple[MetricResult, ...],
    locale: Locale,
    units: Mapping[str, Unit],
) -> list[str]:
    lines = ["| " + " | ".join(headings) + " |", "|" + "---|" * len(headings)]
    for row in _metric_rows(results, locale, units):
        lines.append("| " + " | ".join(md(c) for c in row) + " |")
    return lines


def report_markdown(assessment: Assessment, *, locale: str | Locale = "zh-Hans") -> str:
    """The attainment report as CommonMark (with GFM tables): a heading and a table per project."""
    locale = served(locale)
    t = locale.gettext
    program = assessment.program
    units = program.unit_table
    ranks = _ranks(program)
    header = _header(program, locale)
    lines = [f"# {md(header[0])}", "", *(f"{md_line(line)}  " for line in header[1:])]
    headings = _report_headings(locale)
    if assessment.figures:
        lines += ["", f"## {md(t('Figures of the whole program'))}", ""]
        lines += _md_table(headings, assessment.figures, locale, units)
    previous: Project | None = None
    for result in assessment.projects:
        project = result.project
        area = _area_lines(program, project, previous, locale)
        if area:
            lines += ["", f"## {md(area[1])}"]
        previous = project
        rank = ranks.get(project.number) if project.number is not None else None
        heading = _project_heading(result, locale, rank)
        lines += ["", f"{'###' if program.areas else '##'} {md(heading)}", ""]
        extra = _project_lines(project, locale)
        lines += [*(md_line(line.strip()) + "  " for line in extra), ""] if extra else []
        if not result.metrics:
            lines.append(t("No targets yet."))
            continue
        lines += _md_table(headings, result.metrics, locale, units)
        notes = _explanations(
            result.metrics, locale, undetermined_project=result.status is Status.UNDETERMINED
        )
        if notes:
            lines += ["", *(f"- {md(note)}" for note in notes)]
    lines += [
        "",
        f"## {md(t('Summary'))}",
        "",
        *(f"- {md(line)}" for line in summary_lines(assessment, locale)),
        "",
        f"## {md(t('What the statuses mean'))}",
        "",
        *(f"- **{md(name)}**: {md(meaning)}" for name, meaning in _legend_lines(locale)),
    ]
    lines += ["", *(f"{md_line(note)}  " for note in _footnotes(assessment, locale))]
    return "\n".join(lines) + "\n"


def _fit(lines: list[str], columns: int) -> list[str]:
    """Wrap each line wider than ``columns``, under its own indent and two more."""
    fitted = []
    for line in lines:
        if width(line) <= columns:
            fitted.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        fitted += fill(line.lstrip(), columns, indent, indent + "  ")
    return fitted


def _decimal(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _quantity_data(quantity: Quantity | None) -> dict[str, Any] | None:
    return None if quantity is None else _unstructure(quantity)


def _metric_data(m: MetricResult) -> ReportMetric:
    interval = m.attainment
    metric = m.metric
    return {
        "id": metric.id,
        "kind": metric.kind.value,
        "status": m.status.value,
        "attainment": None
        if interval is None
        else {
            "low": format(interval.low, "f"),
            "high": format(interval.high, "f"),
            "low_closed": interval.low_closed,
            "high_closed": interval.high_closed,
        },
        "ratio": _decimal(m.ratio),
        "difference": _decimal(m.difference),
        "difference_unit": m.difference_unit,
        "achieved": m.achieved,
        "ambiguous": m.ambiguous,
        "warned": m.warned,
        "reason": m.reason,
        "target": _quantity_data(metric.target),
        "baselines": [_quantity_data(b) for b in metric.baselines],
        "actual": _quantity_data(metric.actual),
        "alternatives": [_quantity_data(a) for a in metric.alternatives],
        "estimate": _quantity_data(metric.estimate),
        "progress": _quantity_data(metric.progress),
        "components": [_unstructure(c) for c in metric.components],
    }


@own_context
def report_data(assessment: Assessment) -> ReportData:
    """The attainment report as JSON-ready data, described by ``report.schema.json``.

    Raises:
        ArgumentError: ``assessment`` is not an Assessment.

    """
    expect(assessment, Assessment, "assessment", "report_data")
    program = assessment.program
    ranks = _ranks(program)
    projects: list[ReportProject] = [
        {
            "number": result.project.number,
            "rank": None if result.project.number is None else ranks.get(result.project.number),
            "title": None if result.project.title is None else _unstructure(result.project.title),
            "categories": [c.value for c in result.project.categories],
            "area": result.project.area,
            "departments": list(result.project.departments),
            "status": result.status.value,
            "reported_status": result.project.reported.status.value,
            "agreement": result.agreement.value,
            "warned": result.warned,
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
        "minsheng_version": __version__,  # statuses rest on its rules as well as the data
        "as_of": program.as_of.isoformat(),
        "stage": program.stage.value,
        "name": None if program.name is None else _unstructure(program.name),
        "areas": [_unstructure(area) for area in program.areas],
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


REPORT_STYLES = ("text", "markdown", "json", "html")
"""The styles :func:`format_report` writes, as ``minsheng report --format`` names them."""


@own_context
def format_report(
    assessment: Assessment,
    *,
    locale: str | Locale = "zh-Hans",
    style: str = "text",
    columns: int | None = None,
) -> str:
    """The attainment report as ``text``, ``markdown``, ``json`` or ``html``.

    ``text`` fits ``columns`` display columns where given (fewer than 40 are
    taken as 40, the narrowest a report is laid out in).  ``html`` is one
    self-contained page and needs the ``html`` extra (Jinja2).

    Raises:
        ArgumentError: ``assessment`` is not an Assessment, or ``columns`` not an int.
        InvalidValueError: ``style`` is none of these.
        LocaleError: a locale minsheng does not serve.
        MinshengError: ``html`` without the ``html`` extra (an ImportError too, naming it).

    >>> import minsheng
    >>> report = minsheng.format_report(minsheng.assess(minsheng.load("kunming", 2025)),
    ...                                 locale="en")
    >>> print(report.splitlines()[0])
    Kunming 2025: livelihood projects, outcomes
    """
    expect(assessment, Assessment, "assessment", "format_report")
    locale = served(locale)
    if style == "text":
        return report_text(assessment, locale=locale, columns=columns)
    if style == "markdown":
        return report_markdown(assessment, locale=locale)
    if style == "json":
        return report_json(assessment)
    if style == "html":
        from minsheng._html._page import render_page  # noqa: PLC0415 - optional extra

        return render_page(assessment, locale=locale)
    raise InvalidValueError(
        msg(
            "style must be one of {styles}, not {style}",
            styles=", ".join(REPORT_STYLES),
            style=clip(repr(style)),
        )
    )


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
            measurable=sum(result.count(s) for s in MEASURABLE),
        )
        for result in previous.projects
        if set(result.project.categories) & set(project.categories)
    ]


@own_context
def format_program(
    program: Program,
    *,
    locale: str | Locale = "zh-Hans",
    earlier: Program | None = None,
    columns: int | None = None,
) -> str:
    """An overview of a program: its vote, projects and figures, in ``columns`` columns if given.

    Fewer than 40 columns are taken as 40, as in :func:`format_report`.
    With ``earlier`` (the same city's previous program), each project says
    which earlier projects share its category and what they achieved.

    Raises:
        ArgumentError: ``program`` is not a Program, or ``columns`` not an int.
        LocaleError: a locale minsheng does not serve.

    """
    expect(program, Program, "program", "format_program")
    if earlier is not None:
        expect(earlier, Program, "earlier", "format_program")
    locale = served(locale)
    columns = _limit(columns, "format_program")
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

    groups = [program.figures, *(p.metrics for p in program.projects)]
    tabular = all(
        width(line) <= columns
        for metrics in groups
        if metrics
        for line in table([headings, *rows(metrics)], indent="   ")
    )

    def metric_lines(metrics: tuple[Metric, ...]) -> list[str]:
        if tabular:
            return table([headings, *rows(metrics)], indent="   ")
        lines = []
        for metric in metrics:
            lines += fill(format_text(metric.subject, locale=locale, mark=False), columns, "   ")
            items = [
                t("{label}: {value}").format(label=label, value=value)
                for label, value in zip(
                    headings[1:],
                    (_target_text(metric, locale, units), _actual_cell(metric, locale, units)),
                    strict=True,
                )
                if value != "—"
            ]
            lines += pack(items, columns, "     ")
            lines += _component_lines(metric, locale, units, columns)
        return lines

    if program.figures:
        lines += ["", t("Figures of the whole program")]
        lines += metric_lines(program.figures)
    before: Project | None = None
    for project in program.projects:
        lines += _area_lines(program, project, before, locale)
        before = project
        tags = [t(CATEGORY_LABELS[category]) for category in project.categories]
        if project.number in ranks:
            tags.append(t("rank {rank}").format(rank=ranks[project.number]))
        heading = f"{_project_name(project, locale)}  [{' · '.join(tags)}]"
        lines += ["", *heading_lines(heading, columns)]
        lines += _project_lines(project, locale, categories=False)
        if project.metrics:
            lines += metric_lines(project.metrics)
        if previous is not None:
            lines += ["   " + line for line in _continuity(project, previous, locale)]
    if program.notes:
        notes = (dataset_text(note, locale) for note in program.notes)
        lines += ["", t("Notes"), *("  " + note for note in notes)]
    footnotes = _unofficial_note(program, locale) + _script_note(locale)
    if footnotes:
        lines += ["", *footnotes]
    return "\n".join(_fit(lines, columns)) + "\n"
