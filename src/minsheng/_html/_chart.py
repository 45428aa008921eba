"""The attainment chart: one horizontal bar per assessed metric, as SVG geometry.

The chart is drawn by the template from the numbers computed here.  The SVG
has no ``viewBox``: horizontal positions are percentages of the chart's
width and vertical ones pixels, so that text keeps its size on a phone while
bars stretch to the screen.  The axis runs from 0 to 200%; the target line
(100%) is in the middle.  A bar that goes past 200% ends in a break mark and
its label gives the full figure: the figure is never clamped, only the axis.
An approximate outcome (5100余 against 3000) is a range: a solid bar to the
lower end, a lighter segment to the upper end, and whiskers at both ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

import attrs

from minsheng._assess import MEASURABLE
from minsheng._format import format_attainment, format_status, format_text
from minsheng._layout import wrap
from minsheng._locale import Locale
from minsheng._quantity import Approximation
from minsheng._results import MetricResult

AXIS_MAX = Decimal(2)
"""The chart's axis ends at 200%; longer bars show a break."""
LABEL_COLUMNS = 40
"""Chart labels wrap at this display width, about 280 px: a phone fits them."""

_LINE = 18  # px per line of text
_BAR = 14  # px height of a bar
_GAP = 16  # px between rows
_TOP = 30  # px for the axis labels


def _share(ratio: Decimal) -> Decimal:
    """A position on the axis, in percent of the chart's width, to 0.01."""
    share = min(max(ratio, Decimal(0)), AXIS_MAX) / AXIS_MAX * 100
    return share.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _percent(share: Decimal) -> str:
    return f"{share}%"


@attrs.frozen
class Bar:
    """One metric's row: its label lines, value text and bar geometry."""

    metric_id: str
    status: str
    subject: str
    label: tuple[str, ...]
    value: str
    status_text: str
    y: int
    low: str | None  # the attainment interval's ends, exactly as the JSON report has them
    high: str | None
    low_x: str = "0%"
    high_x: str = "0%"
    range_width: str = "0%"
    ranged: bool = False
    broken: bool = False

    @property
    def label_y(self) -> list[tuple[int, str]]:
        """The y of each label line's baseline, with the line."""
        return [(self.y + _LINE * (i + 1) - 4, line) for i, line in enumerate(self.label)]

    @property
    def value_y(self) -> int:
        """The y of the value line's baseline."""
        return self.y + _LINE * (len(self.label) + 1) - 4

    @property
    def bar_y(self) -> int:
        """The y of the bar's top edge."""
        return self.y + _LINE * (len(self.label) + 1) + 2

    @property
    def mid_y(self) -> int:
        """The y of the bar's middle, where the whiskers run."""
        return self.bar_y + _BAR // 2


@attrs.frozen
class Chart:
    """A project's chart: its bars, its size and its accessible description."""

    id: str
    bars: tuple[Bar, ...]
    height: int
    title: str
    description: str
    target_x: str = "50%"
    top: int = _TOP


def _exact(value: Decimal) -> str:
    return format(value, "f")


def _bar(result: MetricResult, locale: Locale, y: int) -> Bar:
    subject = format_text(result.metric.subject, locale=locale, mark=False)
    label = tuple(wrap(subject, LABEL_COLUMNS))
    status = (  # as the table's status cell: ? for a reading, ! for a warning
        format_status(result.status, locale=locale)
        + (" ?" if result.ambiguous else "")
        + (" !" if result.warned else "")
    )
    value = format_attainment(result, locale=locale)
    interval = result.attainment
    if interval is None:
        return Bar(
            result.metric.id, result.status.value, subject, label, value, status, y, None, None
        )
    # As format_attainment prints it: a range for 余 and 约, and for readings of
    # an ambiguous source that disagree (no single ratio); the ratio of the
    # printed values for exact and rounded figures.
    actual = result.metric.actual
    approximate = actual is not None and actual.approximation in (
        Approximation.MORE_THAN,
        Approximation.ABOUT,
    )
    ratio = result.ratio
    if ratio is None or (approximate and interval.low != interval.high):
        low, high, ranged = interval.low, interval.high, True
    else:
        low, high, ranged = ratio, ratio, False
    return Bar(
        result.metric.id,
        result.status.value,
        subject,
        label,
        value,
        status,
        y,
        _exact(interval.low),
        _exact(interval.high),
        _percent(_share(low)),
        _percent(_share(high)),
        _percent(_share(high) - _share(low)),
        ranged=ranged,
        broken=high > AXIS_MAX,
    )


def chart(
    results: Sequence[MetricResult], locale: Locale, chart_id: str, title: str
) -> Chart | None:
    """The chart of the assessed metrics among ``results``, or ``None`` where there are none."""
    bars = []
    y = _TOP
    for metric in results:
        if metric.status not in MEASURABLE:  # the statuses a bar shows
            continue
        bar = _bar(metric, locale, y)
        bars.append(bar)
        y = bar.bar_y + _BAR + _GAP
    if not bars:
        return None
    description = "; ".join(f"{b.subject}: {b.value}, {b.status_text}" for b in bars)
    return Chart(chart_id, tuple(bars), y, title, description)
