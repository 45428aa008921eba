"""The HTML report's colours, and the WCAG contrast of every pair it draws.

Each status has a badge (text on a tint) and a bar (a solid shape on the
page).  The stylesheet is generated from these values, so the pairs tested
here are the pairs shown.
"""

from __future__ import annotations

from decimal import Decimal

from minsheng._results import Status

PAGE = "#ffffff"
"""The page's background."""
INK = "#1f2328"
"""Body text."""
MUTED = "#57606a"
"""Secondary text: captions, axis labels, notes."""
RULE = "#d0d7de"
"""Table rules and the chart's track."""
LINK = "#0b57b0"
"""Links."""

# status: (badge text, badge background, bar fill)
STATUS_COLOURS: dict[Status, tuple[str, str, str]] = {
    Status.MET: ("#0f5132", "#d1e7dd", "#1a7f37"),
    Status.NOT_MET: ("#842029", "#f8d7da", "#c0262d"),
    Status.UNDETERMINED: ("#6b4200", "#fff0c2", "#a65c00"),
    Status.NO_TARGET: ("#3d444d", "#e8eaed", "#6e7781"),
    Status.NO_OUTCOME: ("#3d444d", "#f1f3f5", "#8c959f"),
    Status.EVIDENCE: ("#0a3d7a", "#dbe9f8", "#2f6fbf"),
}


def text_pairs() -> list[tuple[str, str, str]]:
    """Every (name, foreground, background) pair that shows text."""
    pairs = [
        ("body text", INK, PAGE),
        ("muted text", MUTED, PAGE),
        ("link", LINK, PAGE),
    ]
    for status, (ink, tint, _bar) in STATUS_COLOURS.items():
        pairs.append((f"{status.value} badge", ink, tint))
    return pairs


def graphic_pairs() -> list[tuple[str, str, str]]:
    """Every (name, shape colour, background) pair that shows a chart mark."""
    return [(f"{s.value} bar", bar, PAGE) for s, (_ink, _tint, bar) in STATUS_COLOURS.items()]


def _channel(value: int) -> Decimal:
    c = Decimal(value) / 255
    if c <= Decimal("0.04045"):
        return c / Decimal("12.92")
    return ((c + Decimal("0.055")) / Decimal("1.055")) ** Decimal("2.4")


def luminance(colour: str) -> Decimal:
    """The WCAG 2 relative luminance of a ``#rrggbb`` colour."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return (
        Decimal("0.2126") * _channel(red)
        + Decimal("0.7152") * _channel(green)
        + Decimal("0.0722") * _channel(blue)
    )


def contrast(first: str, second: str) -> Decimal:
    """The WCAG 2 contrast ratio of two ``#rrggbb`` colours, from 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + Decimal("0.05")) / (dark + Decimal("0.05"))
