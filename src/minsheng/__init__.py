"""minsheng: Chinese cities' annual livelihood pledges (民生实事) as typed data.

Load a city's program, assess it against its targets, and read its figures
as published::

    >>> import minsheng
    >>> program = minsheng.load("kunming", 2025)
    >>> program.project(1).metric("kindergarten-places").actual.phrase
    '5100余个'
"""

import time as _time

# when minsheng's modules began to load: readings kept beside the bytecode are of the
# modules as they were then (minsheng._readings)
_IMPORTED_NS = _time.time_ns()

import importlib as _importlib
import inspect as _inspect
import sys as _sys
import typing as _typing

import attrs as _attrs

from minsheng._errors import (
    ArgumentError,
    DatasetError,
    InvalidValueError,
    LocaleError,
    MinshengError,
    NotFoundError,
    ParseError,
    Problem,
    RegistryError,
    RegistryWarning,
    UnknownDatasetError,
)
from minsheng._i18n import Message
from minsheng._model import (
    Area,
    Category,
    Component,
    Direction,
    Evidence,
    Jurisdiction,
    JurisdictionLevel,
    Measure,
    Metric,
    MetricKind,
    NamedItems,
    Program,
    Project,
    Reported,
    ReportedStatus,
    Stage,
    Text,
)
from minsheng._quantity import (
    Approximation,
    Comparator,
    Interval,
    Per,
    Quantity,
    Span,
)
from minsheng._record import (
    Ballot,
    BallotEntry,
    Evaluation,
    RankingMethod,
    Source,
)
from minsheng._units import (
    UNITS,
    Unit,
    UnitKind,
)
from minsheng._version import __version__

if _typing.TYPE_CHECKING:
    from minsheng._assess import assess
    from minsheng._check import (
        check,
    )
    from minsheng._draft import (
        DraftError,
        draft,
    )
    from minsheng._export import (
        export,
        to_pandas,
    )
    from minsheng._format import (
        format_attainment,
        format_date,
        format_difference,
        format_percent,
        format_quantity,
        format_status,
        format_target,
        format_text,
    )
    from minsheng._json import (
        dumps,
        load_file,
        loads,
    )
    from minsheng._locale import (
        LOCALES,
        negotiate_locale,
    )
    from minsheng._parse import (
        parse_phrase,
        parse_quantity,
    )
    from minsheng._provenance import (
        check_source,
    )
    from minsheng._query import (
        Selection,
        select,
    )
    from minsheng._readings import (
        Reading,
    )
    from minsheng._registry import (
        DatasetInfo,
        available,
        load,
    )
    from minsheng._report import (
        format_program,
        format_report,
        report_data,
    )
    from minsheng._results import (
        Agreement,
        Assessment,
        MetricResult,
        ProjectResult,
        Status,
        Summary,
    )
    from minsheng._rows import (
        FigureRow,
        MetricRow,
        ProgramRow,
        ProjectRow,
        figure_rows,
        metric_rows,
        program_rows,
        project_rows,
    )
    from minsheng._scan import (
        Found,
        find_quantities,
    )
    from minsheng._schemas import (
        SCHEMA_ID,
        json_schema,
    )
    from minsheng._writing import (
        ExportError,
    )

# Loaded on first use, so that ``import minsheng`` costs little more than attrs:
# cattrs, the parser, attainment and formatting wait until they are needed.
_LAZY = {
    "Agreement": "minsheng._results",
    "Assessment": "minsheng._results",
    "MetricResult": "minsheng._results",
    "ProjectResult": "minsheng._results",
    "Status": "minsheng._results",
    "Summary": "minsheng._results",
    "assess": "minsheng._assess",
    "check": "minsheng._check",
    "DraftError": "minsheng._draft",
    "draft": "minsheng._draft",
    "check_source": "minsheng._provenance",
    "SCHEMA_ID": "minsheng._schemas",
    "dumps": "minsheng._json",
    "json_schema": "minsheng._schemas",
    "LOCALES": "minsheng._locale",
    "format_attainment": "minsheng._format",
    "format_date": "minsheng._format",
    "format_difference": "minsheng._format",
    "format_percent": "minsheng._format",
    "format_quantity": "minsheng._format",
    "format_status": "minsheng._format",
    "format_target": "minsheng._format",
    "format_text": "minsheng._format",
    "negotiate_locale": "minsheng._locale",
    "Reading": "minsheng._readings",
    "parse_phrase": "minsheng._parse",
    "parse_quantity": "minsheng._parse",
    "Found": "minsheng._scan",
    "find_quantities": "minsheng._scan",
    "DatasetInfo": "minsheng._registry",
    "available": "minsheng._registry",
    "load": "minsheng._registry",
    "load_file": "minsheng._json",
    "loads": "minsheng._json",
    "format_program": "minsheng._report",
    "format_report": "minsheng._report",
    "report_data": "minsheng._report",
    "ExportError": "minsheng._writing",
    "export": "minsheng._export",
    "to_pandas": "minsheng._export",
    "Selection": "minsheng._query",
    "select": "minsheng._query",
    "FigureRow": "minsheng._rows",
    "MetricRow": "minsheng._rows",
    "ProgramRow": "minsheng._rows",
    "figure_rows": "minsheng._rows",
    "metric_rows": "minsheng._rows",
    "program_rows": "minsheng._rows",
    "ProjectRow": "minsheng._rows",
    "project_rows": "minsheng._rows",
}


def _publish(values: _typing.Iterable[object]) -> None:
    """Let public classes and functions say ``minsheng`` is their module, as httpx does.

    attrs classes resolve their annotations first, in their own module, since
    cattrs and :func:`typing.get_type_hints` resolve them by the module a class
    names: their own annotations become the types themselves, where they were
    text that named what ``minsheng`` does not hold (``dt.date``).
    """
    for value in values:
        if isinstance(value, type) or callable(value):
            if isinstance(value, type) and _attrs.has(value):
                _attrs.resolve_types(value)
                types = {field.name: field.type for field in _attrs.fields(value)}
                own = _inspect.get_annotations(value)  # its own: not its bases'
                value.__annotations__ = {name: types.get(name, own[name]) for name in own}
            value.__module__ = __name__


if not _typing.TYPE_CHECKING:  # a type checker sees the imports above, and no other name

    def __getattr__(name: str) -> _typing.Any:  # noqa: ANN401 - any public name
        """Import the module of a public name on first use (PEP 562): not part of the API."""
        module_name = _LAZY.get(name)
        if module_name is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        _importlib.import_module(module_name)
        # Publish every name the module provides at once, and those of the
        # modules it imported (to_pandas raises _writing's ExportError), so
        # that their objects report ``minsheng`` however they were reached.
        modules = _sys.modules
        names = [n for n, m in _LAZY.items() if m in modules and n not in globals()]
        values = {n: getattr(modules[_LAZY[n]], n) for n in names}
        _publish(values.values())
        globals().update(values)
        return values[name]


def __dir__() -> list[str]:
    """Every public name, those imported on first use too (PEP 562): not part of the API."""
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "LOCALES",
    "SCHEMA_ID",
    "UNITS",
    "Agreement",
    "Approximation",
    "Area",
    "ArgumentError",
    "Assessment",
    "Ballot",
    "BallotEntry",
    "Category",
    "Comparator",
    "Component",
    "DatasetError",
    "DatasetInfo",
    "Direction",
    "DraftError",
    "Evaluation",
    "Evidence",
    "ExportError",
    "FigureRow",
    "Found",
    "Interval",
    "InvalidValueError",
    "Jurisdiction",
    "JurisdictionLevel",
    "LocaleError",
    "Measure",
    "Message",
    "Metric",
    "MetricKind",
    "MetricResult",
    "MetricRow",
    "MinshengError",
    "NamedItems",
    "NotFoundError",
    "ParseError",
    "Per",
    "Problem",
    "Program",
    "ProgramRow",
    "Project",
    "ProjectResult",
    "ProjectRow",
    "Quantity",
    "RankingMethod",
    "Reading",
    "RegistryError",
    "RegistryWarning",
    "Reported",
    "ReportedStatus",
    "Selection",
    "Source",
    "Span",
    "Stage",
    "Status",
    "Summary",
    "Text",
    "Unit",
    "UnitKind",
    "UnknownDatasetError",
    "__version__",
    "assess",
    "available",
    "check",
    "check_source",
    "draft",
    "dumps",
    "export",
    "figure_rows",
    "find_quantities",
    "format_attainment",
    "format_date",
    "format_difference",
    "format_percent",
    "format_program",
    "format_quantity",
    "format_report",
    "format_status",
    "format_target",
    "format_text",
    "json_schema",
    "load",
    "load_file",
    "loads",
    "metric_rows",
    "negotiate_locale",
    "parse_phrase",
    "parse_quantity",
    "program_rows",
    "project_rows",
    "report_data",
    "select",
    "to_pandas",
]

_publish(globals()[name] for name in __all__ if name in globals() and name != "__version__")
