"""The enums' JSON values as types, for the fields of the row views.

A row holds an enum member as its JSON string (``"met"``), so that a table
has plain text; typed as one of these, ``row.status == "mett"`` is a type
checker's error (``mypy --strict``), not a comparison that is never true.
``tests/test_rows.py`` holds each to its enum's values, and every row's
values to its fields' types.
"""

from __future__ import annotations

from typing import Literal

StageValue = Literal["planned", "voted", "progress", "reported"]
"""A :class:`~minsheng.Stage` as JSON."""

LevelValue = Literal["province", "prefecture", "county"]
"""A :class:`~minsheng.JurisdictionLevel` as JSON."""

CategoryValue = Literal[
    "education",
    "elderly-and-childcare",
    "employment",
    "food-safety",
    "water-supply",
    "healthcare",
    "transport",
    "government-services",
    "social-insurance",
    "social-assistance",
    "housing",
    "environment",
    "culture-and-sports",
    "urban-management",
    "public-safety",
    "other",
]
"""A :class:`~minsheng.Category` as JSON."""

KindValue = Literal[
    "count",
    "physical",
    "rate",
    "growth",
    "density",
    "duration",
    "money",
    "milestone",
    "qualitative",
]
"""A :class:`~minsheng.MetricKind` as JSON."""

DirectionValue = Literal["higher", "lower"]
"""A :class:`~minsheng.Direction` as JSON."""

MeasureValue = Literal["increment", "level"]
"""A :class:`~minsheng.Measure` as JSON."""

ReportedValue = Literal[
    "completed", "partly-completed", "in-progress", "not-completed", "not-reported"
]
"""A :class:`~minsheng.ReportedStatus` as JSON."""

ComparatorValue = Literal[">=", ">", "<=", "<"]
"""A :class:`~minsheng.Comparator` as JSON."""

ApproximationValue = Literal["exact", "rounded", "more-than", "about"]
"""An :class:`~minsheng.Approximation` as JSON."""

StatusValue = Literal["met", "not-met", "undetermined", "no-target", "no-outcome", "evidence"]
"""A :class:`~minsheng.Status` as JSON."""

AgreementValue = Literal["agrees", "disagrees", "unconfirmed", "not-reported"]
"""An :class:`~minsheng.Agreement` as JSON."""

Role = Literal[
    "target",
    "actual",
    "estimate",
    "progress",
    "baseline",
    "alternative",
    "component-target",
    "component-actual",
]
"""What a figure is to its metric: the figure table's ``role`` column."""
