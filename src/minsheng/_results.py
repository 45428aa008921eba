"""What assessment gives: the statuses, and the results of a metric, a project and a program.

:func:`minsheng.assess` computes them (:mod:`minsheng._assess`); the
report, the tables and the HTML page show them.
"""

from __future__ import annotations

import enum
from decimal import Decimal

import attrs

from minsheng._errors import Problem, expect
from minsheng._model import Metric, Program, Project
from minsheng._quantity import Interval


class Status(enum.Enum):
    """The computed status of a metric or a project."""

    MET = "met"
    NOT_MET = "not-met"
    UNDETERMINED = "undetermined"
    NO_TARGET = "no-target"
    NO_OUTCOME = "no-outcome"
    EVIDENCE = "evidence"


class Agreement(enum.Enum):
    """Whether minsheng's computation agrees with what the government reported."""

    AGREES = "agrees"
    DISAGREES = "disagrees"
    UNCONFIRMED = "unconfirmed"
    NOT_REPORTED = "not-reported"


def _warns(problems: tuple[Problem, ...]) -> bool:
    """Whether any of ``problems`` is a warning (the ``!`` of the text reports)."""
    return any(p.severity == "warning" for p in problems)


@attrs.frozen
class MetricResult:
    """The attainment of one metric.

    ``attainment`` is the interval of ratios the figures allow; ``ratio`` is
    the ratio of the printed values.  ``difference`` is actual − target at the
    printed values, in the target's unit (``difference_unit``), in percentage
    points (``"pp"``) for rates and growth.  ``achieved`` is the evidence's
    verdict for milestones and qualitative targets.  ``reason`` explains an
    undetermined or missing result.  ``problems`` are what the semantic checks
    found in the metric's data: a metric with an error is never met (it is
    undetermined), and one with a warning keeps its status, marked.
    """

    metric: Metric
    status: Status
    attainment: Interval | None = None
    ratio: Decimal | None = None
    difference: Decimal | None = None
    difference_unit: str | None = None
    achieved: bool | None = None
    reason: str | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def warned(self) -> bool:
        """Whether the semantic checks warn about the metric's data."""
        return _warns(self.problems)

    @property
    def ambiguous(self) -> bool:
        """Whether the metric rests on a recorded reading of an ambiguous source."""
        return self.metric.ambiguity is not None

    @property
    def verdict(self) -> Status:
        """The status with evidence resolved: met, not met or undetermined."""
        if self.status is Status.EVIDENCE:
            if self.achieved is None:
                return Status.UNDETERMINED
            return Status.MET if self.achieved else Status.NOT_MET
        return self.status


@attrs.frozen
class ProjectResult:
    """The attainment of one project: its metrics rolled up."""

    project: Project
    status: Status
    agreement: Agreement
    metrics: tuple[MetricResult, ...]
    problems: tuple[Problem, ...] = ()
    """What the semantic checks find in the project's own data: its reported status."""

    @property
    def warned(self) -> bool:
        """Whether the checks warn about the project's reported status (已完成90%, completed)."""
        return _warns(self.problems)

    def count(self, status: Status) -> int:
        """How many of the project's metrics have ``status``.

        Raises:
            ArgumentError: ``status`` is not a Status (``"met"`` counted none).

        """
        expect(status, Status, "status", "ProjectResult.count")
        return sum(1 for m in self.metrics if m.status is status)


@attrs.frozen
class Summary:
    """Counts over a program's projects; its program-level figures stand outside them."""

    metrics: int
    measurable: int
    met: int
    not_met: int
    undetermined: int
    no_target: int
    no_outcome: int
    evidence: int
    evidence_achieved: int
    projects: int
    reported_complete: int
    agreeing: int
    disagreeing: int
    unconfirmed: int


@attrs.frozen(repr=False)  # with its program's, the repr ran to 150,000 characters
class Assessment:
    """The attainment of a whole program.

    ``figures`` are the program-level figures (八个方面25项), assessed like
    any metric but outside the projects' summary.  ``errors`` counts the
    errors the checks find in the data: a metric with one is undetermined.
    """

    program: Program
    projects: tuple[ProjectResult, ...]
    summary: Summary
    figures: tuple[MetricResult, ...] = ()
    errors: int = 0
    """How many errors the checks find in the data, the program's own too (see :func:`check`)."""

    def __repr__(self) -> str:
        """A line that says whose assessment this is and its summary, not every result.

        >>> import minsheng
        >>> minsheng.assess(minsheng.load("kunming", 2025))
        <Assessment of kunming/2025: 46 metrics, 30 met, 0 not met, 1 undetermined>
        """
        summary = self.summary
        return (
            f"<Assessment of {self.program.key}: {summary.metrics} metrics, {summary.met} met,"
            f" {summary.not_met} not met, {summary.undetermined} undetermined>"
        )

    def _repr_html_(self) -> str | None:
        """The attainment report as HTML, for notebooks (needs the ``html`` extra).

        ``None`` without the extra, so that a notebook shows the text repr
        instead of a traceback.
        """
        from minsheng._html._page import MissingExtraError, render_fragment  # noqa: PLC0415

        try:
            return render_fragment(self)
        except MissingExtraError:
            return None
