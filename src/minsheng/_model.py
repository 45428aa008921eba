"""The model of a city's livelihood pledges for one year.

A :class:`Program` is one city's list of projects (十件惠民实事) for one year;
each :class:`Project` has :class:`Metric` objects, each with a target, a
baseline and an actual :class:`~minsheng.Quantity`.  Every class is frozen:
datasets are facts, and a loaded dataset can be shared between threads.
"""

from __future__ import annotations

import datetime as dt
import enum
import re

import attrs

from minsheng._errors import InvalidValueError
from minsheng._i18n import msg
from minsheng._quantity import Quantity


class Stage(enum.Enum):
    """How far a program has come in its year."""

    VOTED = "voted"
    UNDER_WAY = "under-way"
    REPORTED = "reported"


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


class RankingMethod(enum.Enum):
    """How a ballot ordered its candidates."""

    VOTES_DESCENDING = "votes-descending"
    NOT_STATED = "not-stated"


SLUG = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
"""Names of cities, sources and metrics: lower-case letters, digits, single hyphens."""
_DIVISION_CODE = re.compile(r"^[1-8][0-9]{5}$")


def _slug(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not SLUG.match(value):
        raise InvalidValueError(
            msg(
                "{name} must be lower-case letters, digits and hyphens, not {value}",
                name=attribute.name,
                value=repr(value),
            )
        )


def _nonempty(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise InvalidValueError(msg("{name} must not be empty", name=attribute.name))


def _division_code(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not _DIVISION_CODE.match(value):
        raise InvalidValueError(
            msg(
                "{name} must be a six-digit GB/T 2260 code such as 530100, not {value}",
                name=attribute.name,
                value=repr(value),
            )
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
    """A city: its names, GB/T 2260 division code and province."""

    slug: str = attrs.field(validator=_slug)
    name: Text
    division_code: str = attrs.field(validator=_division_code)
    province: Text


@attrs.frozen
class Source:
    """Where figures come from: an article, a report, a notice."""

    id: str = attrs.field(validator=_slug)
    publisher: str
    title: str
    date: dt.date
    author: str | None = None
    url: str | None = None
    note: str | None = None


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
    source: str | None = None


@attrs.frozen
class Metric:
    """One measurable (or statable) target of a project, and its outcome.

    A metric with no ``target`` is a context figure (惠民55.7万人次).  A level
    metric (年末达到245条) names the metric that holds its increment (新增15条)
    in ``increment``; then ``baseline`` + increment = level, for the target and
    for the actual alike.  ``ambiguity`` says how a loosely worded source was
    read, so that readers can judge the reading.
    """

    id: str = attrs.field(validator=_slug)
    kind: MetricKind
    subject: Text
    direction: Direction | None = None
    measure: Measure | None = None
    statement: str | None = None
    target: Quantity | None = None
    baseline: Quantity | None = None
    actual: Quantity | None = None
    components: tuple[Component, ...] = ()
    increment: str | None = None
    items: NamedItems | None = None
    evidence: Evidence | None = None
    ambiguity: str | None = None
    notes: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        if self.kind.is_numeric and self.target is not None and self.direction is None:
            raise InvalidValueError(
                msg("metric {id} has a numeric target, so it needs a direction", id=repr(self.id))
            )


@attrs.frozen
class Reported:
    """The government's own account of a project: its status and its words."""

    status: ReportedStatus
    phrase: str | None = None


@attrs.frozen
class Project:
    """One pledge of a program, numbered as the program lists it."""

    number: int
    title: Text
    category: Category
    description: str | None = None
    metrics: tuple[Metric, ...] = ()
    reported: Reported = Reported(ReportedStatus.NOT_REPORTED)
    notes: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        if self.number < 1:
            raise InvalidValueError(
                msg("project numbers start at 1, not {number}", number=self.number)
            )

    def metric(self, metric_id: str) -> Metric:
        """Return the metric with id ``metric_id``.

        Raises:
            KeyError: the project has no such metric.

        """
        for metric in self.metrics:
            if metric.id == metric_id:
                return metric
        raise KeyError(metric_id)


@attrs.frozen
class BallotEntry:
    """One ranked candidate: the project's number and its votes where published."""

    rank: int
    project: int
    votes: int | None = None

    def __attrs_post_init__(self) -> None:
        if self.rank < 1 or self.project < 1:
            raise InvalidValueError(msg("ranks and project numbers start at 1"))
        if self.votes is not None and self.votes < 0:
            raise InvalidValueError(
                msg("votes must not be negative, not {votes}", votes=self.votes)
            )


@attrs.frozen
class Ballot:
    """The delegates' vote that chose and ranked a program's projects.

    ``body`` is the session that voted (市十五届人大七次会议: the 7th session of
    the 15th Municipal People's Congress, so ``congress=15, session=7``);
    ``announcement`` is the meeting that announced the result on ``date``.
    """

    body: str
    method: RankingMethod
    congress: int | None = None
    session: int | None = None
    announcement: str | None = None
    date: dt.date | None = None
    electorate: str | None = None
    delegations: int | None = None
    counts_published: bool = False
    entries: tuple[BallotEntry, ...] = ()
    source: str | None = None
    notes: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        for name in ("congress", "session", "delegations"):
            value = getattr(self, name)
            if value is not None and value < 1:
                raise InvalidValueError(
                    msg("{name} starts at 1, not {value}", name=name, value=value)
                )


@attrs.frozen
class Evaluation:
    """The delegates' satisfaction evaluation (满意度测评) of a program."""

    body: str
    date: dt.date | None = None
    held: bool = True
    score: str | None = None
    source: str | None = None
    notes: tuple[str, ...] = ()


@attrs.frozen
class Program:
    """One city's livelihood pledges for one year."""

    jurisdiction: Jurisdiction
    year: int
    stage: Stage
    as_of: dt.date
    sources: tuple[Source, ...]
    projects: tuple[Project, ...]
    ballot: Ballot | None = None
    evaluation: Evaluation | None = None
    revision: int = 1
    notes: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        if not 1949 <= self.year <= 2999:
            raise InvalidValueError(
                msg("year must be between 1949 and 2999, not {year}", year=self.year)
            )
        if not self.sources:
            raise InvalidValueError(msg("a program needs at least one source"))
        if self.revision < 1:
            raise InvalidValueError(
                msg("revision starts at 1, not {revision}", revision=self.revision)
            )

    @property
    def key(self) -> str:
        """``city/year``, the name the registry knows this program by."""
        return f"{self.jurisdiction.slug}/{self.year}"

    def project(self, number: int) -> Project:
        """Return the project numbered ``number``.

        Raises:
            KeyError: the program has no such project.

        """
        for project in self.projects:
            if project.number == number:
                return project
        raise KeyError(number)

    def source(self, source_id: str | None = None) -> Source:
        """Return the source with ``source_id``, or the first source for ``None``.

        Raises:
            KeyError: the program has no such source.

        """
        if source_id is None:
            return self.sources[0]
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)
