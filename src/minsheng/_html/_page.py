"""The HTML report: a whole page, a notebook fragment, and a static site.

Jinja2 is an optional extra (``pip install 'minsheng[html]'``) imported on
first use.  Every figure on the page comes from the same formatting functions
as the text report, and every chart from :mod:`minsheng._html._chart`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minsheng._assess import assess
from minsheng._context import own_context
from minsheng._errors import MinshengError, clip, install_command
from minsheng._format import (
    dataset_text,
    format_date,
    format_quantity,
    format_status,
    format_text,
)
from minsheng._html._chart import chart
from minsheng._html._palette import INK, LINK, MUTED, PAGE, RULE, STATUS_COLOURS
from minsheng._i18n import msg, verbatim
from minsheng._locale import LOCALES, Locale, served
from minsheng._model import Category, Program, Project
from minsheng._record import web_address
from minsheng._render import (
    CATEGORY_LABELS,
    METHOD_LABELS,
    STAGE_LABELS,
    STATUS_EXPLANATIONS,
    _area_lines,
    _explanations,
    _figure,
    _footnotes,
    _metric_cells,
    _project_lines,
    _project_name,
    _ranks,
    _report_headings,
    _title,
    quoted,
    reported_tag,
    summary_lines,
)
from minsheng._results import Assessment, MetricResult, ProjectResult, Status
from minsheng._units import Unit
from minsheng._writing import ExportError, write_texts

if TYPE_CHECKING:
    import jinja2

EXTRA = "html"
"""The extra that brings Jinja2: ``pip install 'minsheng[html]'``."""

_LANGUAGE_NAMES = {"zh-Hans": "简体中文", "zh-Hant": "繁體中文", "en": "English"}


class MissingExtraError(MinshengError, ImportError):
    """An optional dependency is not installed; the message names the extra."""

    code = "missing-extra"


@functools.cache
def environment() -> jinja2.Environment:
    """The templates' environment, made once; names the extra where Jinja2 is missing."""
    try:
        import jinja2  # noqa: PLC0415 - an optional extra, loaded on first use
    except ImportError:
        raise MissingExtraError(
            msg("the HTML report needs Jinja2: {command}", command=verbatim(install_command(EXTRA)))
        ) from None
    return jinja2.Environment(
        loader=jinja2.PackageLoader("minsheng._html", "templates"),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _labels(locale: Locale) -> dict[str, str]:
    t = locale.gettext
    headings = _report_headings(locale)
    return {
        "summary": t("Summary"),
        "tally": t("Targets by status"),
        "legend": t("What the statuses mean"),
        "sources": t("Sources"),
        "vote": t("Vote ranking"),
        "rank": t("rank"),
        "project": t("project"),
        "notes": t("Notes"),
        "reported_words": t("The report's words:"),
        "baseline": t("baseline"),
        "chart_target": t("target (100%)"),
        "chart_note": t(
            "Attainment from 0% to 200%, the target at 100%; a longer bar ends in a break."
            " A lighter segment with whiskers is the range an approximate figure allows."
        ),
        "related": t("Same category in other years"),
        "no_targets": t("No targets yet."),
        "languages": t("Other languages"),
        "index": t("All datasets"),
        "site_title": t("Livelihood projects"),
        "metric": headings[0],
        "target": headings[1],
        "actual": headings[2],
        "attainment": headings[3],
        "difference": headings[4],
        "status": headings[5],
    }


def related(
    categories: Iterable[Category], program: Program, others: Iterable[Program]
) -> list[tuple[Program, Project]]:
    """The projects of the same city's other years that share any of ``categories``."""
    wanted = set(categories)
    return [
        (other, project)
        for other in sorted(others, key=lambda p: p.year)
        if other.jurisdiction.slug == program.jurisdiction.slug and other.year != program.year
        for project in other.projects
        if wanted.intersection(project.categories)
    ]


def page_name(program: Program) -> str:
    """The file name of a program's page in the site: ``kunming-2025.html``."""
    return f"{program.jurisdiction.slug}-{program.year}.html"


def project_key(project: Project, index: int) -> str:
    """The project's anchor: its number, or its place in the list if it has none."""
    return str(project.number) if project.number is not None else f"unnumbered-{index}"


def _heading(result: ProjectResult, locale: Locale, rank: int | None) -> dict[str, Any]:
    t = locale.gettext
    project = result.project
    return {
        "name": _project_name(project, locale),
        "status": result.status.value,
        "status_text": format_status(result.status, locale=locale),
        "rank": None if rank is None else t("rank {rank}").format(rank=rank),
        "reported": reported_tag(result, locale),
        "phrase": project.reported.phrase,
        "categories": [t(CATEGORY_LABELS[c]) for c in project.categories],
        "departments": [line.strip() for line in _project_lines(project, locale, categories=False)],
    }


def _rows(
    results: Sequence[MetricResult], locale: Locale, units: Mapping[str, Unit], baselines: bool
) -> list[dict[str, Any]]:
    rows = []
    for metric in results:
        cells = _metric_cells(metric, locale, units)
        shown = metric.metric.baselines
        statement = metric.metric.statement
        in_words = statement is not None and cells[1] == clip(dataset_text(statement, locale))
        rows.append(
            {
                "id": metric.metric.id,
                "status": metric.status.value,
                "subject": cells[0],
                "baseline": None
                if not baselines
                else (", " if locale.english else "、").join(
                    _figure(b, locale, units) for b in shown
                )
                or "—",
                "cells": cells[1:5],
                # a pledge in the source's own words, in an English page
                "target_lang": "zh" if locale.english and in_words else None,
                "status_text": cells[5],
                "low": None if metric.attainment is None else format(metric.attainment.low, "f"),
                "high": None if metric.attainment is None else format(metric.attainment.high, "f"),
            }
        )
    return rows


def _notes_lang(locale: Locale) -> str | None:
    """The language to mark a dataset's notes with: English, in a page that is not."""
    return None if locale.english else "en"


def _notes(
    results: Sequence[MetricResult], locale: Locale
) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """Notes per metric: its own notes, its reading of the source, its parts.

    Each line comes with the language to mark it with, where it is not the page's.
    """
    notes = []
    english = _notes_lang(locale)  # a dataset's notes are in English
    for metric in results:
        m = metric.metric
        lines: list[tuple[str, str | None]] = [(note, english) for note in m.notes]
        if m.ambiguity:
            lines.append(("? " + m.ambiguity, english))
        for part in m.components:
            figures = [format_quantity(q, locale=locale) for q in (part.target, part.actual) if q]
            label = format_text(part.label, locale=locale, mark=False)
            colon = ": " if locale.english else "："
            lines.append((f"{label}{colon}{' → '.join(figures)}" if figures else label, None))
        if lines:
            notes.append((format_text(m.subject, locale=locale, mark=False), lines))
    return notes


def _fact(template: str, name: str, words: str, **rest: str) -> tuple[str, str, str]:
    """A sentence of ``template`` in three parts, the source's ``words`` for ``{name}`` between.

    The page marks the language of the words, where it is not the page's.
    """
    before, _, after = template.partition("{" + name + "}")
    return before.format(**rest), words, after.format(**rest)


def _vote(program: Program, locale: Locale) -> dict[str, Any] | None:
    ballot = program.ballot
    if ballot is None or not ballot.entries:
        return None
    t = locale.gettext
    facts = [_fact(t("Vote: {body}"), "body", dataset_text(ballot.body, locale))]
    if ballot.announcement and ballot.date:
        facts.append(
            _fact(
                t("announced by {meeting} on {date}"),
                "meeting",
                dataset_text(ballot.announcement, locale),
                date=format_date(ballot.date, locale=locale),
            )
        )
    if ballot.electorate:
        electorate = dataset_text(ballot.electorate, locale)
        facts.append(_fact(t("voters: {electorate}"), "electorate", electorate))
    method = t("ranking: {method}").format(method=t(METHOD_LABELS[ballot.method]))
    facts.append((method, "", ""))
    if not ballot.counts_published:
        facts.append((t("vote counts: not published"), "", ""))
    entries = [
        {
            "rank": entry.rank,
            "number": entry.project,
            "name": _project_name(program.project(entry.project), locale),
            "votes": entry.votes,
        }
        for entry in sorted(ballot.entries, key=lambda e: e.rank)
    ]
    return {"facts": facts, "notes": list(ballot.notes), "entries": entries}  # in English


def _legend(locale: Locale) -> list[dict[str, str]]:
    t = locale.gettext
    return [
        {
            "status": status.value,
            "name": format_status(status, locale=locale),
            "meaning": t(meaning),
        }
        for status, meaning in STATUS_EXPLANATIONS.items()
    ]


def _tally(assessment: Assessment, locale: Locale) -> list[dict[str, Any]]:
    s = assessment.summary
    counts = {
        Status.MET: s.met,
        Status.NOT_MET: s.not_met,
        Status.UNDETERMINED: s.undetermined,
        Status.EVIDENCE: s.evidence,
        Status.NO_OUTCOME: s.no_outcome,
        Status.NO_TARGET: s.no_target,
    }
    return [
        {"status": status.value, "name": format_status(status, locale=locale), "count": count}
        for status, count in counts.items()
    ]


def _provenance(program: Program, locale: Locale) -> list[tuple[str, str]]:
    t = locale.gettext
    return [
        (t("As of"), format_date(program.as_of, locale=locale)),
        (t("Stage"), t(STAGE_LABELS[program.stage])),
        (
            t("Dataset"),
            t("{dataset}, revision {revision}").format(
                dataset=program.key, revision=program.revision
            ),
        ),
    ]


def _sources(program: Program, locale: Locale) -> list[dict[str, str | None]]:
    return [
        {
            "publisher": dataset_text(source.publisher, locale),
            "title": dataset_text(source.title, locale),
            "date": format_date(source.date, locale=locale),
            "author": source.author,
            # Only web addresses become links: a dataset cannot put a script in one.
            "url": web_address(source.url),
        }
        for source in program.sources
    ]


def _project(
    result: ProjectResult, key: str, program: Program, locale: Locale, others: Sequence[Program]
) -> dict[str, Any]:
    t = locale.gettext
    project = result.project
    units = program.unit_table
    rank = _ranks(program).get(project.number) if project.number is not None else None
    links = [
        {
            "href": f"{page_name(other)}#project-{project_key(found, other.projects.index(found))}",
            "text": t("{year}: {project}").format(
                year=other.year, project=_project_name(found, locale)
            ),
        }
        for other, found in related(project.categories, program, others)
    ]
    baselines = any(m.baselines for p in program.projects for m in p.metrics)
    return {
        "key": key,
        "heading": _heading(result, locale, rank),
        "chart": chart(
            result.metrics,
            locale,
            f"chart-{key}",
            t("Attainment: {project}").format(project=_project_name(project, locale)),
        ),
        "rows": _rows(result.metrics, locale, units, baselines),
        "notes": _notes(result.metrics, locale),
        "project_notes": list(project.notes),  # in English, as the dataset writes them
        "description": project.description and dataset_text(project.description, locale),
        "related": links,
        "explanations": _explanations(
            result.metrics, locale, undetermined_project=result.status is Status.UNDETERMINED
        ),
    }


def context(
    assessment: Assessment,
    *,
    locale: str | Locale,
    others: Sequence[Program] = (),
    nav: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Everything the templates show of ``assessment``, in ``locale``."""
    locale = served(locale)
    t = locale.gettext
    program = assessment.program
    labels = _labels(locale)
    baselines = any(m.baselines for p in program.projects for m in p.metrics)
    projects = []
    previous: Project | None = None
    for index, result in enumerate(assessment.projects):
        entry = _project(result, project_key(result.project, index), program, locale, others)
        area = _area_lines(program, result.project, previous, locale)
        entry["area"] = area[1] if area else None
        projects.append(entry)
        previous = result.project
    figures = None
    if assessment.figures:
        figures = {
            "heading": t("Figures of the whole program"),
            "chart": chart(
                assessment.figures, locale, "chart-program", t("Figures of the whole program")
            ),
            "rows": _rows(assessment.figures, locale, program.unit_table, baselines),
            "notes": _notes(assessment.figures, locale),
            "explanations": _explanations(assessment.figures, locale),
        }
    return {
        "lang": locale.tag,
        "labels": labels,
        "title": _title(program, locale),
        "provenance": _provenance(program, locale),
        "sources": _sources(program, locale),
        "quote": lambda text: quoted(text, locale),
        "summary": summary_lines(assessment, locale),
        "tally": _tally(assessment, locale),
        "legend": _legend(locale),
        "vote": _vote(program, locale),
        "figures": figures,
        "projects": projects,
        "baselines": baselines,
        "program_notes": list(program.notes),  # in English, as the dataset writes them
        "notes_lang": _notes_lang(locale),
        # the source's own words (a project's pledge, its report), in an English page
        "source_lang": "zh" if locale.english else None,
        "footnotes": _footnotes(assessment, locale),
        "colours": _colours(),
        "nav": nav,
    }


def _colours() -> dict[str, Any]:
    return {
        "page": PAGE,
        "ink": INK,
        "muted": MUTED,
        "rule": RULE,
        "link": LINK,
        "status": {s.value: c for s, c in STATUS_COLOURS.items()},
    }


def render_page(
    assessment: Assessment,
    *,
    locale: str | Locale = "zh-Hans",
    others: Sequence[Program] = (),
    nav: dict[str, Any] | None = None,
) -> str:
    """The report as one self-contained HTML page: no scripts, fonts or requests."""
    values = context(assessment, locale=locale, others=others, nav=nav)
    return environment().get_template("page.html.j2").render(values)


@own_context  # notebooks call it through _repr_html_, in their own decimal context
def render_fragment(assessment: Assessment, *, locale: str | Locale = "zh-Hans") -> str:
    """The report as an HTML fragment with its own scoped style, for notebooks."""
    values = context(assessment, locale=locale)
    return environment().get_template("fragment.html.j2").render(values)


GENERATOR = b'<meta name="generator" content="minsheng">'
"""What every page minsheng writes says in its head, and what ``site`` looks for."""


_EARLIER = b'<main class="minsheng">'
"""What the pages of releases before the generator tag held (a site they wrote is ours)."""


def _ours(path: Path) -> bool:
    """Whether the file at ``path`` is a page minsheng wrote (its head says so, or its body)."""
    try:
        with path.open("rb") as file:
            start = file.read(1 << 20)
    except OSError:
        return False
    return GENERATOR in start[:4096] or _EARLIER in start


def write_site(
    folder: str | Path, programs: Sequence[Program], *, force: bool = False
) -> list[Path]:
    """Write a static site of ``programs`` to ``folder``; return the files written.

    ``folder/index.html`` links the locales; each locale's folder holds an
    index by city and year and one page per program.  Every page is rendered
    first and then written all together, as an export's tables are: a
    failure (a full disk) leaves the site as it was.  A file of the same name
    that minsheng did not write (a page of one's own) is replaced only with
    ``force``.
    """
    templates = environment()
    root = Path(folder)
    if root.exists() and not root.is_dir():  # "Not a directory", as the system said it
        raise ExportError(msg("{path} is a file: site writes into a folder", path=str(root)))
    pages: dict[str, str] = {}
    ordered = sorted(programs, key=lambda p: (p.jurisdiction.slug, p.year))
    assessments = [assess(p) for p in ordered]
    for tag in LOCALES:
        locale = served(tag)
        t = locale.gettext
        labels = _labels(locale)
        cities: dict[str, list[dict[str, Any]]] = {}
        for assessment in assessments:
            program = assessment.program
            city = format_text(program.jurisdiction.name, locale=locale)
            cities.setdefault(city, []).append(
                {
                    "href": page_name(program),
                    "year": program.year,
                    "stage": t(STAGE_LABELS[program.stage]),
                    "projects": len(program.projects),
                }
            )
            nav = _nav(locale, page_name(program), labels)
            pages[f"{tag}/{page_name(program)}"] = render_page(
                assessment, locale=locale, others=ordered, nav=nav
            )
        pages[f"{tag}/index.html"] = templates.get_template("index.html.j2").render(
            lang=tag,
            labels=labels,
            title=labels["site_title"],
            cities=cities,
            colours=_colours(),
            nav=_nav(locale, "index.html", labels),
        )
    pages["index.html"] = templates.get_template("languages.html.j2").render(
        lang="en",
        colours=_colours(),
        languages=[(tag, _LANGUAGE_NAMES[tag]) for tag in LOCALES],
    )
    if not force:
        for name in pages:
            path = root / name
            if path.exists() and not _ours(path):
                raise ExportError(
                    msg(
                        "{path} is a file minsheng did not write: site replaces it only"
                        " with --force",
                        path=str(path),
                    )
                )
    return write_texts(root, pages)


def _nav(locale: Locale, name: str, labels: dict[str, str]) -> dict[str, Any]:
    return {
        "index": "index.html",
        "index_text": labels["index"],
        "languages_text": labels["languages"],
        "languages": [
            (other, _LANGUAGE_NAMES[other], f"../{other}/{name}")
            for other in LOCALES
            if other != locale.tag
        ],
    }


__all__ = ["MissingExtraError", "related", "render_fragment", "render_page", "write_site"]
