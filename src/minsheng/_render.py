"""The pieces every view of a program is made of: labels, cells, headings, notes.

The text, Markdown and JSON views (:mod:`minsheng._report`) and the HTML page
(:mod:`minsheng._html`) put them together.  Text tables align by display width:
a CJK character takes two columns.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Mapping, Sequence

from minsheng._assess import MEASURABLE
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
from minsheng._layout import (
    clip,
)
from minsheng._layout import width as width  # noqa: PLC0414 - callers measure text from here
from minsheng._locale import Locale
from minsheng._model import (
    Category,
    Direction,
    Metric,
    MetricKind,
    Program,
    Project,
    ReportedStatus,
    Stage,
)
from minsheng._phrases import change_sign
from minsheng._quantity import Comparator, Quantity
from minsheng._record import RankingMethod
from minsheng._results import Agreement, Assessment, MetricResult, ProjectResult, Status, Summary
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

STATUS_EXPLANATIONS = {
    Status.MET: _("every value the published figures allow satisfies the target"),
    Status.NOT_MET: _("no value the published figures allow satisfies the target"),
    Status.UNDETERMINED: _(
        "the data cannot settle it: an outcome's range straddles its target or the figures"
        " do not compare; a project misses no target but has one undetermined or without"
        " an outcome"
    ),
    Status.NO_TARGET: _("a context figure, published without a target"),
    Status.NO_OUTCOME: _("no outcome or evidence is recorded yet"),
    Status.EVIDENCE: _("a milestone or qualitative target, judged from the report's own words"),
}
"""What each status means: one meaning, for a metric and for a project alike."""


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
    return clip(dataset_text(metric.statement, locale)) if metric.statement else "—"


def _figure(quantity: Quantity, locale: Locale, units: Mapping[str, Unit]) -> str:
    """A figure as its locale prints it, with its bound if it has one.

    An outcome of 不少于2235名 is at least 2,235; † marks a figure that
    minsheng derived.
    """
    shown = format_target if quantity.comparator is not None else format_quantity
    return shown(quantity, locale=locale, units=units) + (" †" if quantity.is_derived else "")


def _actual_cell(metric: Metric, locale: Locale, units: Mapping[str, Unit] = UNITS) -> str:
    """The outcome, with other readings, an estimate or progress where there is no outcome."""
    t = locale.gettext
    actual = metric.actual
    parts = []
    if actual is not None:
        text = _figure(actual, locale, units)
        sign = change_sign(actual)
        if sign < 0:  # 下降5%: a fall, whatever the kind
            text = t("down {quantity}").format(quantity=text)
        elif metric.kind is MetricKind.GROWTH and (sign > 0 or actual.unit == "%"):
            text = t("up {quantity}").format(quantity=text)  # 增加一倍: up 1×
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
            title=quoted(source.title if locale.english else data(source.title), locale),
            date=format_date(source.date, locale=locale),
        ),
        *(
            # a draft's guesses (its date, its stage) look like facts above: say so
            [t("! unconfirmed, to review: {fields}").format(fields=_reviewed(program, locale))]
            if program.review
            else []
        ),
    ]


def _reviewed(program: Program, locale: Locale) -> str:
    """What a program's review markers name: stage, sources[0].date (each up to its colon)."""
    names = dict.fromkeys(entry.partition(":")[0].strip() for entry in program.review)
    return (", " if locale.english else "、").join(clip(name, 40) for name in names)


_INNER_EN = str.maketrans("“”", "‘’")
_INNER_ZH = str.maketrans("《》", "〈〉")


def quoted(title: str, locale: Locale) -> str:
    """A source's title in quotes, and quotes inside it one level down.

    English: “昆明2025年‘10件惠民实事’已完成”; Chinese: 《…〈…〉…》.
    """
    if locale.english:
        return f"“{title.translate(_INNER_EN)}”"
    return f"《{title.translate(_INNER_ZH)}》"


def _sentence_gap(locale: Locale) -> str:
    """Chinese sentences follow each other without a space."""
    return " " if locale.english else ""


def _project_numbers(results: Sequence[ProjectResult], locale: Locale) -> str:
    """Projects named as projects, not counts: project 2, 第2项; by title if unnumbered."""
    return locale.gettext(", ").join(
        locale.gettext("project {number}").format(number=r.project.number)
        if r.project.number is not None
        else _project_label(r.project, locale)
        for r in results
    )


def summary_lines(assessment: Assessment, locale: Locale) -> list[str]:
    """The report's closing summary, in ``locale``."""
    t = locale.gettext
    s = assessment.summary
    if not s.metrics:  # a plan without figures yet: no zeros to count
        lines = [t("The projects record no figures or targets yet.")]
    else:
        lines = _metric_summary(s, locale)
    warned = _warned_metrics(assessment, locale)
    if warned:
        lines[-1] += _sentence_gap(locale) + warned
    if assessment.program.stage.has_outcomes:  # a voted list has reported nothing yet
        lines.append(
            t("{complete} of {projects} projects reported complete.").format(
                complete=s.reported_complete, projects=s.projects
            )
        )
    return _summary_tail(assessment, locale, lines)


def _metric_summary(s: Summary, locale: Locale) -> list[str]:
    """The summary's counts of metrics by status.

    The sentences on measurable targets and on milestones are left out where
    the program has none: "0 of 0" said nothing (two newcomers' trials; a plan
    has targets, and no outcome to measure yet).
    """
    t = locale.gettext
    rest = t(
        "Targets without an outcome: {no_outcome}."
        " Context figures without a target, in the projects: {no_target}."
    ).format(no_outcome=s.no_outcome, no_target=s.no_target)
    if s.evidence:
        milestones = t(
            "Milestone and qualitative targets achieved by the report's evidence:"
            " {achieved} of {evidence}."
        ).format(achieved=s.evidence_achieved, evidence=s.evidence)
        rest = milestones + _sentence_gap(locale) + rest
    if not s.measurable:
        return [rest]
    return [
        t(
            "{met} of {measurable} measurable targets met; not met: {not_met};"
            " undetermined: {undetermined}."
        ).format(
            met=s.met,
            measurable=s.measurable,
            not_met=s.not_met,
            undetermined=s.undetermined,
        ),
        rest,
    ]


def _warned_metrics(assessment: Assessment, locale: Locale) -> str:
    """How many of the counted metrics rest on data with a warning (!), and where; or ``""``."""
    t = locale.gettext
    places = [
        _project_numbers([p], locale) for p in assessment.projects for m in p.metrics if m.warned
    ]
    places += [t("the figures of the whole program") for m in assessment.figures if m.warned]
    if not places:
        return ""
    return t("Metrics resting on data with a warning (!): {count}, in {places}.").format(
        count=len(places), places=t(", ").join(dict.fromkeys(places))
    )


def _summary_tail(assessment: Assessment, locale: Locale, lines: list[str]) -> list[str]:
    t = locale.gettext
    s = assessment.summary
    projects = Counter(p.status for p in assessment.projects)
    counts = t("; ").join(
        t("{status} {count}").format(status=format_status(status, locale=locale), count=count)
        for status in Status
        if (count := projects[status]) or status in MEASURABLE
    )
    lines.append(t("Projects by status: {counts}.").format(counts=counts))
    if projects[Status.UNDETERMINED]:
        lines[-1] += _sentence_gap(locale) + t("Undetermined: {projects}.").format(
            projects=_project_numbers(
                [p for p in assessment.projects if p.status is Status.UNDETERMINED], locale
            )
        )
    if s.agreeing or s.disagreeing or s.unconfirmed:
        numbers = {
            agreement: _project_numbers(
                [p for p in assessment.projects if p.agreement is agreement], locale
            )
            for agreement in (Agreement.DISAGREES, Agreement.UNCONFIRMED)
        }
        sentence = t(
            "Computed attainment agrees with the report for {agreeing} of {projects} projects."
        ).format(agreeing=s.agreeing, projects=s.projects)
        if numbers[Agreement.DISAGREES]:
            sentence += _sentence_gap(locale) + t(
                "It disagrees with the report for {numbers}."
            ).format(numbers=numbers[Agreement.DISAGREES])
        if numbers[Agreement.UNCONFIRMED]:
            sentence += _sentence_gap(locale) + t(
                "It cannot confirm the report for {numbers}."
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
    # a status that rests on a metric with a warning is marked as the metric is (a
    # draft trial's: "not met" from metrics under review read as settled)
    warned = " !" if any(m.warned for m in result.metrics) else ""
    tags = [format_status(result.status, locale=locale) + warned]
    if rank is not None:
        tags.append(t("rank {rank}").format(rank=rank))
    tags.append(reported_tag(result, locale))
    return f"{_project_name(project, locale)}  [{' · '.join(tags)}]"


def reported_tag(result: ProjectResult, locale: Locale) -> str:
    """The project's reported status and the agreement, ``!`` where the checks warn of it.

    (A semantic review's: 已完成90% recorded as completed "agreed with the report",
    unmarked, where validate warned of it.)
    """
    t = locale.gettext
    if result.agreement is Agreement.NOT_REPORTED:
        return t(AGREEMENT_LABELS[result.agreement])
    return t("reported: {reported} · {agreement}").format(
        reported=t(REPORTED_LABELS[result.project.reported.status])
        + (" !" if result.warned else ""),
        agreement=t(AGREEMENT_LABELS[result.agreement]),
    )


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
            "† not printed in the source, derived from other figures; ? rests on a"
            " reading of an ambiguous source (see the dataset)"
        ),
    ]
    metrics = [*assessment.figures, *(m for p in assessment.projects for m in p.metrics)]
    if any(m.warned for m in metrics):  # program-level figures are marked too
        notes.append(
            t(
                "! the data of this metric, or of one the project's status rests on, has a"
                " warning (see minsheng validate)"
            )
        )
    if any(p.warned for p in assessment.projects):
        notes.append(
            t(
                "! after a reported status: the report's own words may say otherwise"
                " (see minsheng validate)"
            )
        )
    return notes + _unofficial_note(program, locale) + _script_note(locale)


def _script_note(locale: Locale) -> list[str]:
    """Say how zh-Hant shows dataset text: converted by OpenCC, or as published."""
    if not locale.traditional:
        return []
    if converts_to_traditional():
        return [
            locale.gettext(
                "Dataset text, the source's words among it, converted to traditional"
                " characters by OpenCC; the dataset keeps them as published."
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


def _explanations(
    results: tuple[MetricResult, ...], locale: Locale, *, undetermined_project: bool = False
) -> list[str]:
    """Why metrics are undetermined, and which targets without an outcome leave a project so."""
    t = locale.gettext
    notes = []
    # each metric as the table names it, by its subject in the reader's language,
    # with its id where two metrics of the project share a subject
    names = [format_text(m.metric.subject, locale=locale, mark=False) for m in results]
    shared = {n for n, count in Counter(names).items() if count > 1}
    for m, name in zip(results, names, strict=True):
        if name in shared:
            name = f"{name} ({m.metric.id})"  # noqa: PLW2901 - the name the note shows
        if m.reason and m.status is Status.UNDETERMINED:
            notes.append(
                t("{metric}: undetermined, because {reason}").format(
                    metric=name, reason=t(m.reason)
                )
            )
        elif (
            undetermined_project
            and m.status is Status.NO_OUTCOME
            and (m.metric.target is not None or not m.metric.kind.is_numeric)
        ):
            notes.append(
                t("{metric}: no outcome yet, so the project is undetermined").format(metric=name)
            )
    return notes


def _legend_lines(locale: Locale) -> list[tuple[str, str]]:
    """Each status and what it means, in ``locale``."""
    return [
        (format_status(status, locale=locale), locale.gettext(meaning))
        for status, meaning in STATUS_EXPLANATIONS.items()
    ]
