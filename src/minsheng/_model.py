"""The model of a city's livelihood pledges for one year.

A :class:`Program` is one city's list of projects (十件惠民实事) for one year;
each :class:`Project` has :class:`Metric` objects, each with a target, a
baseline and an actual :class:`~minsheng.Quantity`.  A program's sources,
ballot and evaluation are :mod:`minsheng._record`'s.  Every class is frozen:
datasets are facts, and a loaded dataset can be shared between threads.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping

import attrs

from minsheng._errors import InvalidValueError, NotFoundError, clip, expect
from minsheng._i18n import Message, listing, msg, verbatim
from minsheng._patterns import compiled
from minsheng._quantity import (
    Quantity,
    check_int,
    check_optional_int,
    check_optional_slug,
    check_slug,
)
from minsheng._record import Ballot, Evaluation, Source
from minsheng._units import UNITS, Unit


class Stage(enum.Enum):
    """Which document a program's data comes from, in the order of the year.

    - ``planned``: an issued plan (实施方案), never voted on;
    - ``voted``: the list the People's Congress voted (票决);
    - ``progress``: a mid-year or quarterly progress report (截至6月底…);
    - ``reported``: the year-end report of what was done (完成情况).
    """

    PLANNED = "planned"
    VOTED = "voted"
    PROGRESS = "progress"
    REPORTED = "reported"

    @property
    def has_outcomes(self) -> bool:
        """Whether data at this stage can hold outcomes."""
        return self in (Stage.PROGRESS, Stage.REPORTED)


class JurisdictionLevel(enum.Enum):
    """The level of a jurisdiction, which its GB/T 2260 code implies."""

    PROVINCE = "province"
    PREFECTURE = "prefecture"
    COUNTY = "county"

    @classmethod
    def of(cls, division_code: str) -> JurisdictionLevel:
        """The level a six-digit code implies: 320000 province, 320100 city, 320102 district."""
        if division_code.endswith("0000"):
            return cls.PROVINCE
        if division_code.endswith("00"):
            return cls.PREFECTURE
        return cls.COUNTY


class Category(enum.Enum):
    """A controlled vocabulary that lets projects compare across years and cities."""

    EDUCATION = "education"
    ELDERLY_AND_CHILDCARE = "elderly-and-childcare"
    EMPLOYMENT = "employment"
    FOOD_SAFETY = "food-safety"
    WATER_SUPPLY = "water-supply"
    HEALTHCARE = "healthcare"
    TRANSPORT = "transport"
    GOVERNMENT_SERVICES = "government-services"
    SOCIAL_INSURANCE = "social-insurance"
    SOCIAL_ASSISTANCE = "social-assistance"
    HOUSING = "housing"
    ENVIRONMENT = "environment"
    CULTURE_AND_SPORTS = "culture-and-sports"
    URBAN_MANAGEMENT = "urban-management"
    PUBLIC_SAFETY = "public-safety"
    OTHER = "other"


class MetricKind(enum.Enum):
    """What a metric measures, which decides how its attainment is computed."""

    COUNT = "count"
    PHYSICAL = "physical"
    RATE = "rate"
    GROWTH = "growth"
    DENSITY = "density"
    DURATION = "duration"
    MONEY = "money"
    MILESTONE = "milestone"
    QUALITATIVE = "qualitative"

    @property
    def is_numeric(self) -> bool:
        """Whether targets of this kind are numbers rather than statements."""
        return self not in (MetricKind.MILESTONE, MetricKind.QUALITATIVE)


class Direction(enum.Enum):
    """Whether more is better (places) or less is better (processing days)."""

    HIGHER = "higher"
    LOWER = "lower"


class Measure(enum.Enum):
    """Whether a figure is a change during the year (新增) or a level (年末达到)."""

    INCREMENT = "increment"
    LEVEL = "level"


class ReportedStatus(enum.Enum):
    """What the government says of a project: its own word, not minsheng's."""

    COMPLETED = "completed"
    PARTLY_COMPLETED = "partly-completed"
    IN_PROGRESS = "in-progress"
    NOT_COMPLETED = "not-completed"
    NOT_REPORTED = "not-reported"


DIVISION_CODE = compiled(r"[1-8][0-9]{5}")
"""A GB/T 2260 division code: six digits, the first (the region) 1 to 8.

Match it with ``fullmatch``: ``$`` would accept a final newline.
"""


def _nonempty(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise InvalidValueError(
            msg("{name} must be text, not {value}", name=attribute.name, value=clip(repr(value))),
            at=f".{attribute.name}",
        )
    if not value.strip():
        raise InvalidValueError(
            msg("{name} must not be empty", name=attribute.name), at=f".{attribute.name}"
        )


def _division_code(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if isinstance(value, str) and DIVISION_CODE.fullmatch(value):
        return
    shown = clip(repr(value))
    if isinstance(value, str) and len(value) == 6 and value.isascii() and value.isdigit():
        # 999999 is six digits: what is wrong is its first, the region (1 to 8)
        raise InvalidValueError(
            msg(
                "{name} must be a GB/T 2260 code, whose first digit (the region) is 1 to 8,"
                " such as 530100, not {value}",
                name=attribute.name,
                value=shown,
            ),
            at=f".{attribute.name}",
        )
    raise InvalidValueError(
        msg(
            "{name} must be a six-digit GB/T 2260 code such as 530100, not {value}",
            name=attribute.name,
            value=shown,
        ),
        at=f".{attribute.name}",
    )


@attrs.frozen
class Text:
    """Text in Chinese, with an optional English translation.

    ``en_official`` says whether the English is the government's own; minsheng's
    translations are not, and formatting marks them so.
    """

    zh: str = attrs.field(validator=_nonempty)
    en: str | None = None
    en_official: bool = False


@attrs.frozen
class Jurisdiction:
    """A province, city, district or county: names, GB/T 2260 code and province.

    Its :attr:`level` follows from the code.  A province has no ``province``;
    every other jurisdiction names the province it belongs to.
    """

    slug: str = attrs.field(validator=check_slug)
    name: Text
    division_code: str = attrs.field(validator=_division_code)
    province: Text | None = None

    def __attrs_post_init__(self) -> None:
        province = self.level is JurisdictionLevel.PROVINCE
        if province and self.province is not None:
            raise InvalidValueError(
                msg(
                    "a province does not name a province of its own ({code})",
                    code=self.division_code,
                )
            )
        if not province and self.province is None:
            raise InvalidValueError(
                msg("a city or county names its province ({code})", code=self.division_code)
            )

    @property
    def level(self) -> JurisdictionLevel:
        """Province, prefecture-level city, or district/county, by the division code."""
        return JurisdictionLevel.of(self.division_code)


@attrs.frozen
class NamedItems:
    """Things a source names (roads, districts); ``exhaustive`` is false for …等."""

    names: tuple[str, ...]
    exhaustive: bool


@attrs.frozen
class Component:
    """One part of a figure made of parts that sum (8家 + 14家 + 7家)."""

    label: Text
    target: Quantity | None = None
    actual: Quantity | None = None


@attrs.frozen
class Evidence:
    """What the report says of a milestone or a qualitative target.

    ``achieved`` is ``None`` where the report says nothing either way.
    """

    statement: str | None
    achieved: bool | None
    source: str | None = attrs.field(default=None, validator=check_optional_slug)


@attrs.frozen
class Metric:
    """One measurable (or statable) target of a project, and its outcome.

    A metric with no ``target`` is a context figure (惠民55.7万人次).  A level
    metric (年末达到245条) names the metric that holds its increment (新增15条)
    in ``increment``; then baseline + increment = level, for the target and
    for the actual alike.

    ``baselines`` holds the level before the year; a from → to pledge
    (由8%降至7%) has one, and 由每人每月1200元、1000元统一提高到1500元 has two.
    ``estimate`` is an expected figure (减负约12.5亿元), neither pledge nor
    outcome, and never assessed.  ``progress`` says how far the work on the
    subject has come, in percent (建设已完成60%).  ``alternatives`` are other
    defensible readings of the outcome of an ambiguous source, each with its
    ``derivation``; ``ambiguity`` says how the source was read.
    ``equivalent_units`` declares classifiers that count the same things here
    (所 and 个 for canteens), so that target and outcome may differ in them.
    ``review`` names what a person must still confirm in a draft (each entry
    is a validation warning until it is removed).  ``acknowledged`` names the
    codes of warnings on this metric that a person has reviewed and accepts,
    the reason given in ``notes`` or ``ambiguity``: validation still lists
    them, as acknowledged, and ``--strict`` passes them.
    """

    id: str = attrs.field(validator=check_slug)
    kind: MetricKind
    subject: Text
    direction: Direction | None = None
    measure: Measure | None = None
    statement: str | None = None
    target: Quantity | None = None
    baselines: tuple[Quantity, ...] = ()
    actual: Quantity | None = None
    estimate: Quantity | None = None
    progress: Quantity | None = None
    alternatives: tuple[Quantity, ...] = ()
    components: tuple[Component, ...] = ()
    increment: str | None = attrs.field(default=None, validator=check_optional_slug)
    items: NamedItems | None = None
    evidence: Evidence | None = None
    ambiguity: str | None = None
    equivalent_units: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    review: tuple[str, ...] = ()
    acknowledged: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.kind, MetricKind):  # None raised AttributeError below
            raise InvalidValueError(
                msg("a metric's kind is a MetricKind, not {kind}", kind=clip(repr(self.kind))),
                at=".kind",
            )
        self._check_figures()

    def _check_figures(self) -> None:
        """Check the metric's figures against its kind and each other; the builders call only this.

        The fast load path's builders make the kind a MetricKind themselves
        (:mod:`minsheng._build`).
        """
        if self.direction is None and self.target is not None and self.kind.is_numeric:
            raise InvalidValueError(
                msg("metric {id} has a numeric target, so it needs a direction", id=repr(self.id))
            )
        if self.alternatives and self.actual is None:
            raise InvalidValueError(
                msg("metric {id} has alternative readings but no outcome", id=repr(self.id))
            )

    @property
    def baseline(self) -> Quantity | None:
        """The baseline, where there is exactly one."""
        return self.baselines[0] if len(self.baselines) == 1 else None


@attrs.frozen
class Reported:
    """The government's own account of a project: its status and its words."""

    status: ReportedStatus
    phrase: str | None = None


@attrs.frozen
class Area:
    """A group of projects, as a program lists them: (一)提高社会保障水平."""

    number: int = attrs.field(validator=check_int)
    title: Text

    def __attrs_post_init__(self) -> None:
        if self.number < 1:
            raise InvalidValueError(
                msg("area numbers start at 1, not {number}", number=self.number), at=".number"
            )


@attrs.frozen
class Project:
    """One pledge of a program, numbered as the program lists it.

    A progress report may name a project without its number, or by its number
    alone: ``number`` and ``title`` may each be ``None``, never both.  Nothing
    is invented to fill them.  ``categories`` link projects across years and
    cities; one project may span several.  ``area`` is the number of the
    program's area the project belongs to, and ``departments`` the offices
    responsible for it (市民政局、市财政局).  ``review`` names what a person
    must still confirm in a draft, as on :class:`Metric`.
    """

    number: int | None = attrs.field(validator=check_optional_int)
    title: Text | None
    categories: tuple[Category, ...]
    area: int | None = attrs.field(default=None, validator=check_optional_int)
    departments: tuple[str, ...] = ()
    description: str | None = None
    metrics: tuple[Metric, ...] = ()
    reported: Reported = Reported(ReportedStatus.NOT_REPORTED)
    notes: tuple[str, ...] = ()
    review: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        if self.number is not None and self.number < 1:
            raise InvalidValueError(
                msg("project numbers start at 1, not {number}", number=self.number), at=".number"
            )
        if self.number is None and self.title is None:
            raise InvalidValueError(msg("a project needs a number, a title or both"))
        if not self.categories:
            raise InvalidValueError(msg("a project needs at least one category"), at=".categories")

    @property
    def category(self) -> Category:
        """The first of the project's categories."""
        return self.categories[0]

    def metric(self, metric_id: str) -> Metric:
        """Return the metric with id ``metric_id``.

        Raises:
            ArgumentError: ``metric_id`` is not a str (``metric(None)``).
            NotFoundError: the project has no such metric (a KeyError too).

        """
        expect(metric_id, str, "metric_id", "metric")
        for metric in self.metrics:
            if metric.id == metric_id:
                return metric
        raise NotFoundError(
            msg(
                "project {number} has no metric {id}; its metrics: {ids}",
                number=str(self.number),
                id=clip(repr(metric_id)),
                ids=_listed([m.id for m in self.metrics]),
            )
        )


def _listed(names: list[str]) -> Message:
    """What a lookup could have found, for its error: a, b, c (— for none)."""
    return listing(names) if names else verbatim("—")


@attrs.frozen(repr=False)  # the whole program's repr ran to 50,000 characters
class Program:
    """One jurisdiction's livelihood pledges for one year, at one stage.

    ``name`` is what the program calls itself (惠民实事, 为民办实事).
    ``figures`` are figures of the whole program (八个方面25项, 安排资金约95亿元),
    ``areas`` group its projects, and ``units`` declares units that the
    library does not list (盏, 批次), which the program's figures may use.
    ``review`` names what a person must still confirm in a draft, as on
    :class:`Metric`.
    """

    jurisdiction: Jurisdiction
    year: int = attrs.field(validator=check_int)
    stage: Stage
    as_of: dt.date
    sources: tuple[Source, ...]
    projects: tuple[Project, ...]
    name: Text | None = None
    areas: tuple[Area, ...] = ()
    figures: tuple[Metric, ...] = ()
    units: tuple[Unit, ...] = ()
    ballot: Ballot | None = None
    evaluation: Evaluation | None = None
    revision: int = attrs.field(default=1, validator=check_int)
    license: str | None = None
    citation: str | None = None
    notes: tuple[str, ...] = ()
    review: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        if not 1949 <= self.year <= 2999:
            raise InvalidValueError(
                msg("year must be between 1949 and 2999, not {year}", year=self.year), at=".year"
            )
        if not self.sources:
            raise InvalidValueError(msg("a program needs at least one source"), at=".sources")
        if self.revision < 1:
            raise InvalidValueError(
                msg("revision starts at 1, not {revision}", revision=self.revision), at=".revision"
            )
        units_given = isinstance(self.units, tuple | list)  # a list, as any tuple field takes
        if not units_given or not all(isinstance(u, Unit) for u in self.units):
            raise InvalidValueError(  # None, bytes: a TypeError or AttributeError below
                msg(
                    "a program's units are a tuple of Unit, not {units}",
                    units=clip(repr(self.units)),
                ),
                at=".units",
            )
        for i, unit in enumerate(self.units):
            if not unit.symbol.strip():
                raise InvalidValueError(
                    msg("a unit's symbol must not be empty"), at=f".units[{i}].symbol"
                )

    def __repr__(self) -> str:
        """A line that says which program this is, not every field of it.

        >>> import minsheng
        >>> minsheng.load("kunming", 2025)
        <Program kunming/2025 reported, revision 2: 10 projects, 46 metrics>
        """
        metrics = sum(len(p.metrics) for p in self.projects)
        return (
            f"<Program {self.key} {self.stage.value}, revision {self.revision}:"
            f" {len(self.projects)} projects, {metrics} metrics>"
        )

    def _repr_html_(self) -> str | None:
        """The program's attainment report as HTML, for notebooks (needs the ``html`` extra).

        ``None`` without the extra, so that a notebook shows the text repr
        instead of a traceback.
        """
        from minsheng._assess import assess  # noqa: PLC0415 - avoids an import cycle
        from minsheng._html._page import MissingExtraError, render_fragment  # noqa: PLC0415

        try:
            return render_fragment(assess(self))
        except MissingExtraError:
            return None

    @property
    def key(self) -> str:
        """``city/year``, the name the registry knows this program by."""
        return f"{self.jurisdiction.slug}/{self.year}"

    @property
    def unit_table(self) -> Mapping[str, Unit]:
        """The library's units and those the program declares, by symbol."""
        if not self.units:
            return UNITS
        return {**UNITS, **{unit.symbol: unit for unit in self.units}}

    def project(self, number: int) -> Project:
        """Return the project numbered ``number``.

        Raises:
            ArgumentError: ``number`` is not an int (``project("1")``).
            NotFoundError: the program has no such project (a KeyError too).

        """
        if isinstance(number, bool) or not isinstance(number, int):
            expect(number, int, "number", "project")  # a str is no number: project(1)
        for project in self.projects:
            if project.number == number:
                return project
        raise NotFoundError(
            msg(
                "{program} has no project {number}; its projects: {numbers}",
                program=self.key,
                number=clip(repr(number)),
                numbers=_listed([str(p.number) for p in self.projects if p.number is not None]),
            )
        )

    def source(self, source_id: str | None = None) -> Source:
        """Return the source with ``source_id``, or the first source for ``None``.

        Raises:
            ArgumentError: ``source_id`` is neither a str nor ``None``.
            NotFoundError: the program has no such source (a KeyError too).

        """
        if source_id is None:
            return self.sources[0]
        expect(source_id, str, "source_id", "source")
        for source in self.sources:
            if source.id == source_id:
                return source
        raise NotFoundError(
            msg(
                "{program} has no source {id}; its sources: {ids}",
                program=self.key,
                id=clip(repr(source_id)),
                ids=_listed([s.id for s in self.sources]),
            )
        )
