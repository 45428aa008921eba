"""minsheng: Chinese cities' annual livelihood pledges (民生实事) as typed data.

Load a city's program, assess it against its targets, and read its figures
as published::

    >>> import minsheng
    >>> program = minsheng.load("kunming", 2025)
    >>> program.project(1).metric("kindergarten-places").actual.phrase
    '5100余个'
"""

from minsheng._assess import (
    Agreement,
    Assessment,
    MetricResult,
    ProjectResult,
    Status,
    Summary,
    assess,
)
from minsheng._check import check
from minsheng._convert import SCHEMA_ID, dumps, json_schema
from minsheng._errors import (
    DatasetError,
    LocaleError,
    MinshengError,
    ParseError,
    Problem,
    RegistryError,
    UnknownDatasetError,
)
from minsheng._model import (
    Ballot,
    BallotEntry,
    Category,
    Component,
    Direction,
    Evaluation,
    Evidence,
    Jurisdiction,
    Measure,
    Metric,
    MetricKind,
    NamedItems,
    Program,
    Project,
    RankingMethod,
    Reported,
    ReportedStatus,
    Source,
    Stage,
    Text,
)
from minsheng._parse import parse_quantity
from minsheng._quantity import Approximation, Comparator, Interval, Per, Quantity
from minsheng._registry import DatasetInfo, available, load, load_file, loads
from minsheng._units import UNITS, Unit, UnitKind
from minsheng._version import __version__

__all__ = [
    "SCHEMA_ID",
    "UNITS",
    "Agreement",
    "Approximation",
    "Assessment",
    "Ballot",
    "BallotEntry",
    "Category",
    "Comparator",
    "Component",
    "DatasetError",
    "DatasetInfo",
    "Direction",
    "Evaluation",
    "Evidence",
    "Interval",
    "Jurisdiction",
    "LocaleError",
    "Measure",
    "Metric",
    "MetricKind",
    "MetricResult",
    "MinshengError",
    "NamedItems",
    "ParseError",
    "Per",
    "Problem",
    "Program",
    "Project",
    "ProjectResult",
    "Quantity",
    "RankingMethod",
    "RegistryError",
    "Reported",
    "ReportedStatus",
    "Source",
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
    "dumps",
    "json_schema",
    "load",
    "load_file",
    "loads",
    "parse_quantity",
]
