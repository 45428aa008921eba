"""The types of :func:`minsheng.report_data`: the report JSON, key by key.

``report.schema.json`` describes the same data for other languages;
``tests/test_report.py`` holds each type's keys to the schema's properties.
A dataset's own parts (a text, an area, a figure, a component) are as the
dataset schema writes them, plain mappings here.
"""

from __future__ import annotations

from typing import Any, NotRequired, TypedDict

from minsheng._literals import (
    AgreementValue,
    CategoryValue,
    KindValue,
    ReportedValue,
    StageValue,
    StatusValue,
)

DatasetPart = dict[str, Any]
"""A text, area, figure or component as the dataset file writes it."""


class ReportAttainment(TypedDict):
    """The interval of attainment ratios a metric's figures allow (1 is 100 %)."""

    low: str
    high: str
    low_closed: bool
    high_closed: bool


class ReportMetric(TypedDict):
    """One metric with its computed attainment; decimals are strings, exactly."""

    id: str
    kind: KindValue
    status: StatusValue
    attainment: ReportAttainment | None
    ratio: str | None
    difference: str | None
    difference_unit: str | None
    achieved: bool | None
    ambiguous: bool
    warned: bool
    reason: str | None
    target: DatasetPart | None
    baselines: list[DatasetPart | None]
    actual: DatasetPart | None
    alternatives: list[DatasetPart | None]
    estimate: DatasetPart | None
    progress: DatasetPart | None
    components: list[DatasetPart]


class ReportProject(TypedDict):
    """One project: its number, vote rank, statuses and metrics."""

    number: int | None
    rank: int | None
    title: DatasetPart | None
    categories: list[CategoryValue]
    area: int | None
    departments: list[str]
    status: StatusValue
    reported_status: ReportedValue
    agreement: AgreementValue
    warned: NotRequired[bool]
    metrics: list[ReportMetric]


class ReportSummary(TypedDict):
    """Counts over the program's projects."""

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


ReportData = TypedDict(
    "ReportData",
    {
        "$schema": str,
        "dataset": str,
        "revision": int,
        "dataset_schema": str,
        "minsheng_version": str,
        "as_of": str,
        "stage": StageValue,
        "name": DatasetPart | None,
        "areas": list[DatasetPart],
        "figures": list[ReportMetric],
        "summary": ReportSummary,
        "projects": list[ReportProject],
    },
)
"""The attainment report as JSON-ready data: what ``minsheng report --format json`` writes."""
