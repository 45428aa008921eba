"""Selecting programs, projects and metrics across cities and years.

:func:`select` picks by city, a year range, category and status, from given
programs or from every installed dataset (loading only the ones whose city
and year match).  The row views and exports take the :class:`Selection` it
returns, and ``minsheng list``, ``export`` and ``show`` use it.
"""

from __future__ import annotations

import enum
import operator
from collections.abc import Collection, Iterable, Iterator
from typing import Any, SupportsIndex, TypeGuard, TypeVar, cast

import attrs

from minsheng._assess import assess
from minsheng._context import callers_steps, own_context
from minsheng._errors import ArgumentError, InvalidValueError, clip, expect, expect_programs
from minsheng._i18n import listing, msg
from minsheng._model import Category, Program
from minsheng._patterns import compiled
from minsheng._quantity import SLUG
from minsheng._registry import load_installed
from minsheng._results import Assessment, MetricResult, ProjectResult, Status

_E = TypeVar("_E", bound=enum.Enum)
_YEARS = compiled(r"^\s*([0-9]{4})\s*(?:[-–]\s*([0-9]{4})\s*)?$")


def parse_years(text: str) -> tuple[int, int]:
    """Read ``2025`` or ``2024-2026`` as an inclusive range of years.

    Raises:
        InvalidValueError: the text is not a year or a range of years.

    >>> parse_years("2024-2026")
    (2024, 2026)

    """
    match = _YEARS.match(text)
    if match is None:
        raise InvalidValueError(
            msg("{text} is not a year or a range such as 2024-2026", text=clip(repr(text)))
        )
    first = int(match.group(1))
    return _ordered(first, int(match.group(2) or first), text.strip())


def _ordered(first: int, last: int, given: object) -> tuple[int, int]:
    """``(first, last)``, a range that must not end before it starts, as ``given``."""
    if last < first:
        raise InvalidValueError(
            msg("the range {text} ends before it starts", text=clip(repr(given)))
        )
    return first, last


def _integral(value: object) -> TypeGuard[SupportsIndex]:
    """An integer of any kind (int, numpy.int64), not a bool."""
    return not isinstance(value, bool) and hasattr(type(value), "__index__")


def _year_range(years: object) -> tuple[int, int]:
    """``years`` as an inclusive (first, last) range: a year, "2024-2026" or a pair.

    A list of two years is a pair too, as it was before years were checked.  A
    year may be any integer (numpy's int64 from a DataFrame), never a bool.
    """
    if isinstance(years, str):
        return parse_years(years)
    pair: tuple[int, int] | None = None
    wrong = True  # a type years never is (2025.0, True), or a pair of what are no years
    try:
        if _integral(years):
            year = operator.index(years)
            return year, year
        if isinstance(years, tuple | list) and all(map(_integral, years)):
            wrong = False
            if len(years) == 2:
                first, last = (operator.index(y) for y in years)
                pair = first, last
    except (TypeError, ValueError, OverflowError):  # an __index__ that refuses (numpy's arrays)
        wrong = True
    if pair is not None:
        return _ordered(*pair, years)
    raise (ArgumentError if wrong else InvalidValueError)(
        msg(
            'years must be a year, a range such as "2024-2026" or a (first, last) pair'
            " of years, not {value}",
            value=clip(repr(years)),
        )
    )


def in_place(
    slug: str, year: int, cities: Collection[str] | None, span: tuple[int, int] | None
) -> bool:
    """Whether a dataset of city ``slug`` and ``year`` is among ``cities`` and in ``span``.

    ``None`` chooses every city, or every year.
    """
    return (cities is None or slug in cities) and (span is None or span[0] <= year <= span[1])


def parse_cities(city: str | Iterable[str]) -> frozenset[str]:
    """``city`` as a set of slugs: one slug or several."""
    shown: object = city
    cities = [city] if isinstance(city, str) else None
    if cities is None and isinstance(city, Iterable):
        shown = cities = list(city)  # a generator is read once: show what it gave
    if cities is not None and all(isinstance(c, str) for c in cities):
        wrong = next((c for c in cities if not SLUG.fullmatch(c)), None)
        if wrong is None:
            return frozenset(cities)
        # Kunming matched nothing, silently: a slug is lower-case
        raise InvalidValueError(
            msg(
                "{city} is not a city's slug, which is lower-case letters, digits and hyphens"
                " (kunming)",
                city=clip(repr(wrong)),
            )
        )
    raise ArgumentError(  # neither a text nor texts: the wrong type
        msg("city must be a slug or slugs, not {value}", value=clip(repr(shown)))
    )


def _members(kind: type[_E], value: _E | str | Iterable[_E | str] | None) -> frozenset[_E] | None:
    if value is None:
        return None
    values: list[object] = (
        [value] if isinstance(value, str | kind) or not isinstance(value, Iterable) else list(value)
    )
    found: set[_E] = set()
    for item in values:
        if isinstance(item, kind):
            found.add(item)
            continue
        member = kind._value2member_map_.get(item) if isinstance(item, str) else None
        if member is None:  # a text minsheng does not know, or no text: the wrong type
            raise (InvalidValueError if isinstance(item, str) else ArgumentError)(
                msg(
                    "{value} is not one of {choices}",
                    value=clip(repr(item)),
                    choices=listing([m.value for m in kind]),
                )
            )
        found.add(cast("_E", member))
    return frozenset(found)


@attrs.frozen
class Selection:
    """Programs, projects and metrics picked by :func:`select`.

    ``programs`` are the programs whose city and year match and, when a
    category or status is asked for, that have a matching project or metric.
    :meth:`projects` and :meth:`metrics` give the matching projects and
    metrics with their assessment; :func:`figure_rows`, :func:`metric_rows`,
    :func:`export` and :func:`to_pandas` accept a selection and keep only its
    metrics.
    """

    programs: tuple[Program, ...]
    categories: frozenset[Category] | None = None
    statuses: frozenset[Status] | None = None

    @property
    def filters_metrics(self) -> bool:
        """Whether a category or a status narrows the projects and metrics."""
        return self.categories is not None or self.statuses is not None

    def _category(self, project: ProjectResult | None) -> bool:
        if self.categories is None:
            return True
        return project is not None and not self.categories.isdisjoint(project.project.categories)

    def keeps_project(self, project: ProjectResult) -> bool:
        """Whether the project's category and status are among those asked for."""
        return self._category(project) and (
            self.statuses is None or project.status in self.statuses
        )

    def keeps_metric(self, project: ProjectResult | None, metric: MetricResult) -> bool:
        """Whether the metric's project category and its status are among those asked for.

        A metric judged from evidence matches ``evidence`` and also its verdict
        (met, not met or undetermined).  A program-level figure (``project``
        ``None``) has no category: a category excludes it.
        """
        return self._category(project) and (
            self.statuses is None
            or metric.status in self.statuses
            or metric.verdict in self.statuses
        )

    def assessments(self) -> tuple[Assessment, ...]:
        """The assessment of each selected program."""
        return tuple(assess(p) for p in self.programs)

    def projects(self) -> tuple[tuple[Program, ProjectResult], ...]:
        """Each matching project with its program, assessed."""
        return tuple(
            (a.program, project)
            for a in self.assessments()
            for project in a.projects
            if self.keeps_project(project)
        )

    def metrics(self) -> tuple[tuple[Program, ProjectResult, MetricResult], ...]:
        """Each matching metric with its program and project, assessed."""
        return tuple(
            (a.program, project, metric)
            for a in self.assessments()
            for project in a.projects
            for metric in project.metrics
            if self.keeps_metric(project, metric)
        )


@own_context
def select(
    programs: Iterable[Program] | None = None,
    *,
    city: str | Iterable[str] | None = None,
    years: SupportsIndex
    | str
    | tuple[SupportsIndex, SupportsIndex]
    | list[SupportsIndex]
    | None = None,
    category: Category | str | Iterable[Category | str] | None = None,
    status: Status | str | Iterable[Status | str] | None = None,
) -> Selection:
    """Select programs, projects and metrics by city, years, category and status.

    ``programs`` defaults to every installed dataset; only those whose city and
    year match are loaded.  A city that none of them is for selects nothing, as
    a query does (the command line refuses it, as a typo).  ``years`` is a
    year, an inclusive ``(first, last)`` range, or either as text
    (``"2024-2026"``).  ``category`` and
    ``status`` take members or their JSON strings (``"education"``,
    ``"met"``), one or several.

    Raises:
        InvalidValueError: a category or status minsheng does not know, a
            city that is no slug, years that are no year or range, or a range
            that ends before it starts.
        ArgumentError: an argument of a type it never takes (``city=5``,
            ``years=2025.0``, ``status=3``), or programs that are not Programs.

    >>> import minsheng
    >>> chosen = minsheng.select(city="kunming", years=(2024, 2026), category="education")
    >>> [p.key for p in chosen.programs]
    ['kunming/2025', 'kunming/2026']
    >>> [(p.key, r.project.number) for p, r in chosen.projects()]
    [('kunming/2025', 1), ('kunming/2026', 3)]

    """
    # the caller's iterables (a generator of cities), read in the caller's decimal context
    city, category, status = (_listed(v) for v in (city, category, status))
    cities = None if city is None else parse_cities(city)
    span = None if years is None else _year_range(years)
    categories = _members(Category, category)
    statuses = _members(Status, status)

    def place(slug: str, year: int) -> bool:
        return in_place(slug, year, cities, span)

    if programs is None:
        chosen = load_installed(place)  # (a plugin's broken file is left out, with a warning)
    else:
        expect_programs(programs, "programs", "select")
        chosen = []
        for program in callers_steps(programs):  # the caller's code, in its own context
            expect(program, Program, "each item of programs", "select")
            if place(program.jurisdiction.slug, program.year):
                chosen.append(program)
    selection = Selection((), categories, statuses)
    if selection.filters_metrics:
        chosen = [
            p
            for p in chosen
            if any(
                selection.keeps_project(project)
                or any(selection.keeps_metric(project, m) for m in project.metrics)
                for project in assess(p).projects
            )
        ]
    return Selection(tuple(chosen), categories, statuses)


def _listed(value: Any) -> Any:  # noqa: ANN401 - whatever the caller gave
    """A generator or other one-shot iterable of the caller's as a list, read in its context."""
    if isinstance(value, Iterator):
        return list(callers_steps(value))
    return value
