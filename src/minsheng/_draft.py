"""From a report's text to a dataset draft that a person reviews.

:func:`draft` splits the text into its numbered projects
(:mod:`minsheng._draft_layout`), reads every quantity phrase with
:func:`~minsheng.find_quantities`, and turns each into a figure with its exact
phrase and its :class:`~minsheng.Span` in the text
(:mod:`minsheng._draft_figures`); then it pairs targets with outcomes into
metrics.  Each figure's role
(target, outcome, baseline, estimate) comes from the project's outcome marker
(完成情况) and from cue words around the figure; its subject from the words
next to it.  Nothing is invented: every figure of a draft is a phrase of the
text, and every guess the reading is unsure of is named in a ``review``
marker, which validation reports as a warning until a person removes it.
"""

from __future__ import annotations

import attrs

from minsheng._check import quantity_paths
from minsheng._context import own_context
from minsheng._draft_figures import Figure, Role, baselines_of, block_at, read_figures
from minsheng._draft_layout import Block, fold, split
from minsheng._draft_source import PROGRAM_NAME, category, read_source_header
from minsheng._draft_source import stage as guess_stage
from minsheng._errors import InvalidValueError, MinshengError, clip, expect
from minsheng._i18n import msg
from minsheng._model import (
    Area,
    Direction,
    Jurisdiction,
    Measure,
    Metric,
    MetricKind,
    Program,
    Project,
    Stage,
    Text,
)
from minsheng._patterns import compiled
from minsheng._program_checks import _jurisdiction_problems
from minsheng._quantity import Comparator, Quantity
from minsheng._scan import MAX_SCAN
from minsheng._unit_words import (
    COUNT_WORDS,
)
from minsheng._units import UNITS, Unit, UnitKind
from minsheng._values import MAX_VALUES

_LOWER_WORDS = compiled(r"压缩|缩短|降低|减少|下降|降至|减至|精简")
_LEVEL_WORDS = compiled(r"总数|总量|累计|年末|年底|达到|达")


class DraftError(MinshengError, ValueError):
    """A text that cannot be drafted from, or a city the draft cannot name."""

    code = "draft"


def _names(text: str, jurisdiction: Jurisdiction) -> bool:
    """Whether ``text`` names the city, by its name with or without 市 (昆明市, 昆明)."""
    name = jurisdiction.name.zh
    short = name[:-1] if len(name) > 2 and name[-1] in "市州县区盟" else name
    return short in fold(text) or short in text


def _jurisdiction(city: str | Jurisdiction) -> Jurisdiction:
    if isinstance(city, Jurisdiction):
        return city
    if not isinstance(city, str):
        raise InvalidValueError(
            msg("city must be a slug or a Jurisdiction, not {type}", type=type(city).__name__)
        )
    from minsheng._registry import available, load  # noqa: PLC0415 - only for a known city

    years = [info.year for info in available() if info.city == city]
    if not years:
        raise DraftError(
            msg(
                "no dataset names the city {city}: give city as a minsheng.Jurisdiction"
                " with its slug, name and division code (the CLI's --name,"
                " --division-code and --province)",
                city=clip(repr(city)),
            )
        )
    return load(city, max(years)).jurisdiction


def jurisdiction_of(
    slug: str, *, name: str | None, division_code: str | None, province: str | None
) -> str | Jurisdiction:
    """The city a command line names: a slug alone, or a new jurisdiction."""
    if division_code is None:
        if name is not None or province is not None:
            raise DraftError(msg("--name and --province need --division-code"))
        return slug
    city = Jurisdiction(
        slug,
        Text(name or slug),
        division_code,
        province=None if province is None else Text(province),
    )
    # a code of another province (510800 in 云南省) drafted a dataset that failed
    # validate, and exited 0 (a newcomer's trial): refused before the draft
    errors = [p for p in _jurisdiction_problems(city) if p.severity == "error"]
    if errors:
        raise DraftError(errors[0].detail)
    return city


def _kind(figure: Figure) -> MetricKind:
    unit = UNITS.get(figure.quantity.unit or "")
    kind = None if unit is None else unit.kind
    if kind is UnitKind.FACTOR:
        return MetricKind.GROWTH
    if kind in (UnitKind.PERCENT, UnitKind.PERMILLE):
        growth = figure.reading.change is Measure.INCREMENT and "增长" in figure.found.phrase
        return MetricKind.GROWTH if growth else MetricKind.RATE
    if kind is UnitKind.POINTS:
        return MetricKind.RATE
    if kind is UnitKind.CLASSIFIER:
        return MetricKind.DENSITY if figure.quantity.per else MetricKind.COUNT
    kinds = {
        UnitKind.PHYSICAL: MetricKind.PHYSICAL,
        UnitKind.CURRENCY: MetricKind.MONEY,
        UnitKind.DURATION: MetricKind.DURATION,
    }
    return MetricKind.COUNT if kind is None else kinds.get(kind, MetricKind.COUNT)


def _direction(figure: Figure) -> tuple[Direction, bool]:
    """The direction, and whether it is only a default."""
    if figure.reading.direction is not None:
        return figure.reading.direction, False
    comparator = figure.quantity.comparator
    if comparator in (Comparator.AT_MOST, Comparator.LESS_THAN):
        return Direction.LOWER, False
    if comparator in (Comparator.AT_LEAST, Comparator.MORE_THAN):
        return Direction.HIGHER, False
    if _LOWER_WORDS.search(figure.left):
        return Direction.LOWER, False
    return Direction.HIGHER, True


def _measure(figure: Figure) -> Measure | None:
    if figure.reading.change is not None and figure.reading.baselines:
        return figure.reading.change
    if "新增" in figure.left or "增加" in figure.left:
        return Measure.INCREMENT
    # 年末主城区达到245条, or 控制路段达248条, where the phrase holds the word
    if _LEVEL_WORDS.search(figure.left) or _LEVEL_WORDS.match(figure.found.phrase):
        return Measure.LEVEL
    return None


def _bigrams(words: str) -> set[str]:
    return {words[i : i + 2] for i in range(len(words) - 1)}


def _comparable(a: Quantity, b: Quantity) -> bool:
    if a.unit == b.unit:
        return True
    ua, ub = UNITS.get(a.unit or ""), UNITS.get(b.unit or "")
    return ua is not None and ub is not None and ua.kind is ub.kind is UnitKind.CLASSIFIER


_MAX_PAIRS = 40_000  # 200 targets against 200 outcomes in one project


def _pairs(figures: list[Figure]) -> list[tuple[Figure | None, Figure | None]]:
    """Targets and outcomes paired by the words next to them, in text order."""
    targets = [f for f in figures if f.role is Role.TARGET]
    outcomes = [f for f in figures if f.role is Role.ACTUAL]
    if len(targets) * len(outcomes) > _MAX_PAIRS:
        targets = []  # too many to compare one by one: each figure stands alone
    scored = []
    for t in targets:
        for o in outcomes:
            if _kind(t) is not _kind(o) or not _comparable(t.quantity, o.quantity):
                continue
            measures = (_measure(t), _measure(o))
            if None not in measures and measures[0] is not measures[1]:
                continue  # 新增4300个 is no target of the year-end total 达41293个
            common = len(_bigrams(fold(t.subject)) & _bigrams(fold(o.subject)))
            if common:
                # the same unit first: 不少于2000名 with 2235名, not with 9期
                other_unit = t.quantity.unit != o.quantity.unit
                key = (other_unit, -common, t.found.start, o.found.start)
                scored.append((key, t, o))
    paired: dict[int, Figure] = {}
    taken: set[int] = set()
    for _, t, o in sorted(scored, key=lambda x: x[0]):
        if id(t) in paired or id(o) in taken:
            continue
        paired[id(t)] = o
        taken.add(id(o))
    result: list[tuple[Figure | None, Figure | None]] = []
    for f in figures:
        if f.role is Role.TARGET:
            result.append((f, paired.get(id(f))))
        elif f.role is Role.ACTUAL and id(f) not in taken:
            result.append((None, f))
        elif f.role in (Role.ESTIMATE, Role.PROGRESS):
            result.append((f, None))
    return result


def _metric(metric_id: str, target: Figure | None, actual: Figure | None) -> Metric:
    lead = target or actual
    assert lead is not None  # noqa: S101 - a pair has one or both
    review = list(lead.review)
    if target is not None and actual is not None:
        review += [r for r in actual.review if not r.startswith("subject")]
        review.append(
            f"pairing: outcome {actual.found.phrase} read as the outcome of target"
            f" {target.found.phrase}"
        )
        if target.quantity.unit != actual.quantity.unit:
            review.append("units: the target and the outcome count in different classifiers")
    direction, default = _direction(lead)
    numeric_target = target is not None and target.role is Role.TARGET
    if numeric_target and default:
        review.append("direction: higher is better, by default")
    if numeric_target and target is not None and target.quantity.comparator is None:
        review.append(
            "target.comparator: the phrase has none; is the target a minimum (确保, 不少于)?"
        )
    baselines: tuple[Quantity, ...] = ()
    if target is not None and target.role is Role.TARGET:
        baselines, why = baselines_of(target.found, target.reading)
        review += why
    if lead.role is Role.PROGRESS:
        return Metric(
            id=metric_id,
            kind=MetricKind.MILESTONE,
            subject=Text(lead.subject),
            progress=lead.quantity,
            review=(*review, "kind: a piece of work whose percent complete the text gives"),
        )
    estimate = target is not None and target.role is Role.ESTIMATE
    return Metric(
        id=metric_id,
        kind=_kind(lead),
        subject=Text(lead.subject),
        direction=direction,
        measure=_measure(lead),
        target=target.quantity if target is not None and not estimate else None,
        baselines=baselines,
        actual=None if actual is None else actual.quantity,
        estimate=target.quantity if estimate and target is not None else None,
        review=tuple(review),
    )


def _project(block: Block, text: str, figures: list[Figure]) -> Project:
    metrics = tuple(
        _metric(f"p{block.number}-f{k + 1}", target, actual)
        for k, (target, actual) in enumerate(_pairs(figures))
    )
    body = text[block.title_end : block.end]
    review = [f"categories: guessed from the words of project {block.number}"]
    if block.long_title:
        review.append("title: the heading runs on; cut at its first comma")
    if block.renumbered:
        review.append(
            f"number: the source numbers its projects within areas; this is {block.number}"
        )
    if block.title is None:
        review.append("title: the item has no heading text")
    end = block.end if block.outcome is None else block.outcome
    description = text[block.title_end : end].strip() or None
    return Project(
        number=block.number,
        title=None if block.title is None else Text(block.title),
        categories=(category((block.title or "") + body),),
        area=block.area,
        description=description,
        metrics=metrics,
        review=tuple(review),
    )


MAX_FIGURES = 8000
"""The most figures a draft holds: each takes about 17 of a dataset's values, and a dataset
holds at most :data:`~minsheng._values.MAX_VALUES` (a year's report has a few hundred)."""


@own_context
def draft(
    text: str,
    *,
    city: str | Jurisdiction,
    year: int,
    stage: Stage | str | None = None,
) -> Program:
    r"""Draft a dataset from the text of a report, for a person to review and edit.

    ``city`` is the slug of a city minsheng has a dataset for (its
    jurisdiction is copied), or a :class:`~minsheng.Jurisdiction`.  ``stage``
    is guessed from the text where it is ``None``.  The draft has one project
    per numbered item of the text (the run of numbers for ``year`` where the
    text holds several), and one metric per target, outcome or estimate, or
    per target and outcome that the words next to them pair.  Every figure
    keeps its phrase exactly as printed and its :class:`~minsheng.Span` in
    ``text``; every guess the draft is unsure of is named in a ``review``
    marker, and :func:`~minsheng.check` warns of each until it is removed.

    >>> import minsheng
    >>> text = (
    ...     "岚镇市2031年为民办实事\n"
    ...     "一、新建公办幼儿园\n"
    ...     "新增学位不少于3000个。\n"
    ...     "完成情况：新增学位3200余个。\n"
    ... )
    >>> city = minsheng.Jurisdiction(
    ...     "lanzhen", minsheng.Text("岚镇市"), "190100", province=minsheng.Text("岚省")
    ... )
    >>> program = minsheng.draft(text, city=city, year=2031, stage="reported")
    >>> metric = program.projects[0].metrics[0]
    >>> program.projects[0].title.zh, metric.subject.zh
    ('新建公办幼儿园', '学位')
    >>> metric.target.phrase, metric.target.span, metric.actual.phrase
    ('不少于3000个', Span(start=28, end=36), '3200余个')
    >>> text[28:36]
    '不少于3000个'
    >>> sorted({p.code for p in minsheng.check(program)})
    ['review']

    A text that never names the city gets a review marker.

    Raises:
        ArgumentError: ``text`` is not a str, or ``year`` not an int.
        InvalidValueError: a text over 1,000,000 characters, an unknown year or stage.
        DraftError: a ``city`` slug that no dataset names, or nothing to draft.

    """
    expect(text, str, "text", "draft")
    if len(text) > MAX_SCAN:
        raise InvalidValueError(
            msg("the source's text is longer than {limit} characters", limit=MAX_SCAN)
        )
    expect(year, int, "year", "draft")  # "2025" is no year here
    if not 1949 <= year <= 2999:
        raise InvalidValueError(
            msg("year must be between 1949 and 2999, not {year}", year=clip(repr(year)))
        )
    jurisdiction = _jurisdiction(city)
    s = fold(text)
    stage, stage_review = guess_stage(s, stage)
    layout = split(text, s, year)
    figures, dropped = read_figures(text, s, layout, stage)
    if len(figures) > MAX_FIGURES:
        # (a hostile-input trial's: 20,000 figures were drafted for two minutes, then the
        # draft's own load refused its 340,033 values)
        raise DraftError(
            msg(
                "the text holds {count} figures, more than the {limit} a draft holds"
                " (a dataset holds at most {values} values): draft it in parts",
                count=len(figures),
                limit=MAX_FIGURES,
                values=MAX_VALUES,
            )
        )
    review = [stage_review] if stage_review else []
    if not layout.blocks:
        review.append("projects: the text has no numbered list of projects")
    by_block: dict[int, list[Figure]] = {}
    starts = layout.starts
    loose: list[Figure] = []
    elsewhere: list[Figure] = []
    for figure in figures:
        index = block_at(layout, starts, figure.found.start)
        if index is None and layout.start <= figure.found.start < (layout.end or len(s)):
            loose.append(figure)
        elif index is None:
            elsewhere.append(figure)
        else:
            by_block.setdefault(index, []).append(figure)
    projects = tuple(
        _project(block, text, by_block.get(i, [])) for i, block in enumerate(layout.blocks)
    )
    program_figures = tuple(
        _metric(
            f"f{k + 1}",
            *((f, None) if f.role is not Role.ACTUAL else (None, f)),
        )
        for k, f in enumerate(
            f
            for f in loose
            if stage not in (Stage.PLANNED, Stage.VOTED) or f.role is not Role.ACTUAL
        )
    )
    if not projects and not program_figures:
        raise DraftError(
            msg(
                "nothing to draft: the text has no numbered project, and its {count} figures"
                " cannot be read or have no unit",
                count=len(dropped),
            )
            if dropped
            else msg("nothing to draft: the text has no numbered project and no figure")
        )
    if not _names(text, jurisdiction):
        review.append(
            f"jurisdiction: the text never names {jurisdiction.name.zh}; is it the city's report?"
        )
    if loose:
        review.append(
            "figures: stand outside every numbered project; move each to its project or delete it"
        )
    if elsewhere:
        first, last = elsewhere[0].found, elsewhere[-1].found
        review.append(
            f"figures: {len(elsewhere)} figures ({first.phrase} at {first.start} to"
            f" {last.phrase} at {last.start}) stand in another article of the text, left out"
        )
    review += [f"dropped {d}" for d in dropped]
    source, as_of, source_review = read_source_header(text, s, layout, year, stage)
    review += source_review
    name = PROGRAM_NAME.search(s)
    program = Program(
        jurisdiction=jurisdiction,
        year=year,
        stage=stage,
        as_of=as_of,
        sources=(source,),
        projects=projects,
        name=None if name is None else Text(text[name.start() : name.end()]),
        areas=tuple(Area(a.number, Text(a.title)) for a in layout.areas),
        figures=program_figures,
        review=tuple(review),
    )
    return _with_classifiers(program)


def _with_classifiers(program: Program) -> Program:
    """``program`` declaring the classifiers its figures use that the registry leaves out.

    The parser reads measure words such as 批次 and 盏 as printed; a dataset
    declares them in its own units, or loading refuses it.  The draft declares
    each as a classifier named by its symbol, for a person to name in English.
    """
    symbols = sorted(
        {
            q.unit
            for _, q in quantity_paths(program)
            if q.unit in COUNT_WORDS and q.unit not in UNITS
        }
    )
    if not symbols:
        return program
    units = tuple(Unit(u, UnitKind.CLASSIFIER, u, u, u) for u in symbols)
    marker = (
        f"units: {', '.join(symbols)} are classifiers the library does not register;"
        " the draft declares each, named by its symbol: give its English and traditional forms"
    )
    return attrs.evolve(program, units=units, review=(*program.review, marker))
