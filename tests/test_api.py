"""The public API: a sorted, complete __all__, documented and typed."""

from __future__ import annotations

import datetime as dt
import inspect
import subprocess
import sys
import types
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import minsheng


def test_all_is_sorted() -> None:
    """__all__ is sorted, constants first as ruff sorts them."""
    assert minsheng.__all__ == sorted(minsheng.__all__, key=lambda n: (not n.isupper(), n))


def test_all_is_complete() -> None:
    """Every public name the package exposes is in __all__, and every entry exists."""
    public = {
        name
        for name in dir(minsheng)
        if not name.startswith("_") and not isinstance(getattr(minsheng, name), types.ModuleType)
    }
    assert public | {"__version__"} == set(minsheng.__all__)


def test_lazy_names_resolve_and_unknown_names_fail() -> None:
    """Lazily loaded names are the real objects; a missing name is an AttributeError."""
    from minsheng._assess import assess

    assert minsheng.assess is assess
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        getattr(minsheng, "nope")  # noqa: B009 - a name mypy rightly refuses


def test_a_type_checker_knows_every_public_name_and_no_other(tmp_path: Path) -> None:
    """Regression: the lazy ``__getattr__`` typed every misspelt name ``Any``, unseen by mypy.

    And a misspelt status compared with a row's field, or a locale with
    :func:`minsheng.negotiate_locale`'s result, was never true, and passed;
    a misspelt key of :func:`minsheng.report_data` was ``Any``.
    """
    app = tmp_path / "app.py"
    app.write_text(
        "import minsheng\n"
        "minsheng.laod\n"
        "from minsheng import nonexistent_name\n"
        "x: int = minsheng.load('kunming', 2025)\n"
        "y: str = minsheng.parse_quantity('3000个').unit or ''\n"
        "row = next(minsheng.metric_rows())\n"
        "row.status == 'mett'\n"  # a typo against a row's Literal field
        "row.status == 'met'\n"
        "minsheng.negotiate_locale('zh') == 'zh-hans'\n"
        "data = minsheng.report_data(minsheng.assess(minsheng.load('kunming', 2025)))\n"
        "data['summry']\n"
        "met: int = data['summary']['met']\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path / "cache"),
            "app.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [
        line.split(": error: ")[1] for line in result.stdout.splitlines() if ": error: " in line
    ]
    assert errors == [
        'Module has no attribute "laod"  [attr-defined]',
        'Module "minsheng" has no attribute "nonexistent_name"  [attr-defined]',
        (
            'Incompatible types in assignment (expression has type "Program", variable has type'
            ' "int")  [assignment]'
        ),
        (
            "Non-overlapping equality check (left operand type: \"Literal['met', 'not-met',"
            " 'undetermined', 'no-target', 'no-outcome', 'evidence']\", right operand type:"
            " \"Literal['mett']\")  [comparison-overlap]"
        ),
        (
            "Non-overlapping equality check (left operand type: \"Literal['zh-Hans', 'zh-Hant',"
            " 'en']\", right operand type: \"Literal['zh-hans']\")  [comparison-overlap]"
        ),
        (
            '"summry" is not a valid TypedDict key; expected one of ("$schema", "dataset",'
            ' "revision", "dataset_schema", "minsheng_version", ...)  [misc]'
        ),
    ]


def test_public_names_are_documented() -> None:
    """Every exported class and function has a docstring."""
    undocumented = [
        name
        for name in minsheng.__all__
        if (inspect.isclass(getattr(minsheng, name)) or inspect.isfunction(getattr(minsheng, name)))
        and not inspect.getdoc(getattr(minsheng, name))
    ]
    assert undocumented == []


def test_private_modules_are_private() -> None:
    """Implementation modules start with an underscore."""
    import pkgutil

    modules = [m.name for m in pkgutil.iter_modules(minsheng.__path__)]
    assert all(name.startswith("_") for name in modules)


def test_version() -> None:
    """__version__ is set statically and matches the installed metadata."""
    import importlib.metadata

    assert minsheng.__version__ == importlib.metadata.version("minsheng")


def test_errors_share_one_base_and_fit_builtins() -> None:
    """Every minsheng exception is a MinshengError and the builtin that fits."""
    assert issubclass(minsheng.DatasetError, minsheng.MinshengError)
    assert issubclass(minsheng.DatasetError, ValueError)
    assert issubclass(minsheng.UnknownDatasetError, LookupError)
    assert issubclass(minsheng.ParseError, ValueError)
    assert issubclass(minsheng.LocaleError, LookupError)
    codes = [
        e.code
        for e in (
            minsheng.DatasetError,
            minsheng.UnknownDatasetError,
            minsheng.RegistryError,
            minsheng.ParseError,
            minsheng.LocaleError,
        )
    ]
    assert len(set(codes)) == len(codes)


def test_public_names_report_minsheng_as_their_module() -> None:
    """Classes and functions say ``minsheng``, as httpx's do, and still pickle."""
    import pickle

    for name in minsheng.__all__:
        value = getattr(minsheng, name)
        if isinstance(value, type) or callable(value):
            assert value.__module__ == "minsheng", name
    program = minsheng.load("kunming", 2025)
    assert repr(type(program)) == "<class 'minsheng.Program'>"
    assert pickle.loads(pickle.dumps(program)) == program  # noqa: S301 - our own object


def _imports() -> dict[str, set[str]]:
    """Which private modules each private module imports at import time, read from the source.

    An import inside a function (an optional extra, or a notebook hook such as
    ``Program._repr_html_``) runs when it is called, after every module has
    loaded, so it cannot make a cycle and is not counted.
    """
    import ast
    from pathlib import Path

    package = Path(minsheng.__file__).parent
    graph: dict[str, set[str]] = {}
    for path in package.glob("_*.py"):
        if path.stem in ("__init__", "__main__"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top_level = [
            node
            for statement in tree.body
            if not isinstance(statement, ast.FunctionDef | ast.ClassDef)
            for node in ast.walk(statement)
        ] + [
            node
            for cls in tree.body
            if isinstance(cls, ast.ClassDef)
            for statement in cls.body
            if not isinstance(statement, ast.FunctionDef)
            for node in ast.walk(statement)
        ]
        graph[path.stem] = {
            node.module.split(".")[1]
            for node in top_level
            if isinstance(node, ast.ImportFrom)
            and node.module is not None
            and node.module.startswith("minsheng._")
        }
    return graph


def test_private_modules_import_one_way() -> None:
    """No import cycles: the modules can be ordered so that each imports only earlier ones."""
    graph = _imports()
    ordered: list[str] = []
    while graph:
        ready = sorted(m for m, deps in graph.items() if deps <= set(ordered))
        assert ready, f"an import cycle among {sorted(graph)}"
        ordered += ready
        for module in ready:
            del graph[module]


def test_reading_converting_and_schemas_live_apart() -> None:
    """_json reads and writes, _converters converts, _schemas holds the schema files."""
    graph = _imports()
    assert "_schemas" not in graph["_json"]
    assert "_json" not in graph["_converters"]
    assert not {"_json", "_converters"} & graph["_schemas"]


_WRONG = [None, 1, 1.5, "x", b"x", [], {}, object()]


def test_public_functions_raise_only_minsheng_errors_for_any_type() -> None:
    """Every public function, given values of the wrong type, raises a MinshengError.

    And one that its docstring's Raises section names: parse_quantity,
    find_quantities, export and format_report left out their ArgumentError.
    """
    import inspect

    undocumented = set()
    for name in minsheng.__all__:
        function = getattr(minsheng, name)
        if not inspect.isfunction(function):
            continue
        parameters = inspect.signature(function).parameters.values()
        if any(p.kind is p.KEYWORD_ONLY and p.default is p.empty for p in parameters):
            continue  # draft, below
        required = [
            p for p in parameters if p.default is p.empty and p.kind is p.POSITIONAL_OR_KEYWORD
        ]
        raises = (inspect.getdoc(function) or "").partition("Raises:")[2]
        for value in _WRONG:
            try:
                result = function(*[value] * len(required))
                if hasattr(result, "__next__"):
                    list(result)
            except minsheng.MinshengError as exc:
                if f"{type(exc).__name__}:" not in raises:
                    undocumented.add((name, type(exc).__name__))
    assert not undocumented


def _kunming() -> minsheng.Program:
    return minsheng.load("kunming", 2025)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: minsheng.select(category=5), "5 is not one of education"),  # type: ignore[arg-type]
        (lambda: minsheng.select(status=5), "5 is not one of met"),  # type: ignore[arg-type]
        (lambda: minsheng.select(category=["education", 3]), "3 is not one of education"),  # type: ignore[list-item]
        (lambda: minsheng.select(category="x" * 100_000), "'xxx"),
        (
            lambda: minsheng.format_report(minsheng.assess(_kunming()), columns="x"),  # type: ignore[arg-type]
            "format_report() takes columns as int, not str",
        ),
        (
            lambda: minsheng.format_program(_kunming(), columns=1.5),  # type: ignore[arg-type]
            "format_program() takes columns as int, not float",
        ),
        (
            lambda: minsheng.format_percent(Decimal("Infinity")),
            "format_percent() takes a finite ratio",
        ),
        (
            lambda: _kunming().project(1).metric(None),  # type: ignore[arg-type]
            "metric() takes metric_id as str, not NoneType",
        ),  # it was a NotFoundError, "no metric None", where project(None) is this error
        (
            lambda: _kunming().source(5),  # type: ignore[arg-type]
            "source() takes source_id as str, not int",
        ),
        (lambda: minsheng.Text(None), "zh must be text, not None"),  # type: ignore[arg-type]
        (  # it said a year "must be between 1949 and 2999, not '2025'"
            lambda: minsheng.draft("1.新建学校\n新增学位3000个", city="kunming", year="2025"),  # type: ignore[arg-type]
            "draft() takes year as int, not str",
        ),
        (lambda: minsheng.Text(5), "zh must be text, not 5"),  # type: ignore[arg-type]
        (lambda: minsheng.Area("x", minsheng.Text("a")), "number must be an integer, not 'x'"),  # type: ignore[arg-type]
        (lambda: minsheng.BallotEntry(1.0, 2), "rank must be an integer, not 1.0"),  # type: ignore[arg-type]
        (lambda: minsheng.BallotEntry(1, 2, votes="3"), "votes must be an integer, not '3'"),  # type: ignore[arg-type]
    ],
)
def test_keyword_arguments_and_model_classes_refuse_wrong_types(
    call: Callable[[], object], message: str
) -> None:
    """Regression: each raised a TypeError or an AttributeError, or a 100,000-character message."""
    with pytest.raises(minsheng.MinshengError) as info:
        call()
    assert str(info.value).startswith(message)
    assert len(str(info.value)) < 500


def test_draft_raises_only_minsheng_errors_for_any_type() -> None:
    """draft() with a wrong type for any argument is a MinshengError."""
    good: dict[str, object] = {"text": "1、新增学位3000个", "city": "lanzhen", "year": 2031}
    for key in good:
        for value in _WRONG:
            with pytest.raises(minsheng.MinshengError):
                minsheng.draft(**{**good, key: value})  # type: ignore[arg-type]


def test_argument_error_names_the_function_and_the_type() -> None:
    """The message says which function, which argument, what it takes and what it got."""
    with pytest.raises(
        minsheng.ArgumentError, match=r"parse_quantity\(\) takes text as str, not int"
    ):
        minsheng.parse_quantity(3000)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        minsheng.assess("kunming")  # type: ignore[arg-type]


def test_a_ratio_wider_than_the_default_precision_is_formatted_whole() -> None:
    """Regression: a ratio of 1e25 raised decimal.InvalidOperation, and a report crashed."""
    assert minsheng.format_percent(Decimal("1e25")) == "1" + ",000" * 9 + ".0%"
    assert (
        minsheng.format_percent(Decimal("123456789012345678901234567890.5"), locale="en")
        == "12,345,678,901,234,567,890,123,456,789,050.0%"
    )


def test_a_project_number_is_an_int(kunming_2025: minsheng.Program) -> None:
    """Regression: project("1") said the program has no project '1'."""
    with pytest.raises(minsheng.ArgumentError, match=r"^project\(\) takes number as int, not str$"):
        kunming_2025.project("1")  # type: ignore[arg-type]
    assert kunming_2025.project(1).number == 1


def test_the_unit_table_is_read_only_and_short_in_help() -> None:
    """Regression: help(format_quantity) printed all 71 units, its default argument."""
    import copy
    import pickle
    import pydoc

    assert repr(minsheng.UNITS) == f"<minsheng.UNITS: {len(minsheng.UNITS)} units>"
    assert len(pydoc.render_doc(minsheng.format_quantity)) < 3000
    with pytest.raises(TypeError, match="cannot change"):
        minsheng.UNITS["里"] = minsheng.UNITS["米"]  # type: ignore[index]
    with pytest.raises(TypeError, match="cannot change"):
        minsheng.UNITS.update({})  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="cannot change"):
        minsheng.UNITS.__init__({})  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(minsheng.UNITS)) == copy.deepcopy(minsheng.UNITS)  # noqa: S301


@pytest.mark.parametrize(
    "call",
    [
        lambda: list(minsheng.figure_rows("")),  # type: ignore[arg-type]
        lambda: list(minsheng.metric_rows({})),
        lambda: list(minsheng.project_rows(b"kunming")),  # type: ignore[arg-type]
        lambda: minsheng.select(""),  # type: ignore[arg-type]
        lambda: minsheng.select(programs=5),  # type: ignore[arg-type]
        lambda: minsheng.format_quantity(minsheng.parse_quantity("5100余个"), noun=5),  # type: ignore[arg-type]
        lambda: minsheng.format_target(minsheng.parse_quantity("不少于3000个"), noun=5),  # type: ignore[arg-type]
        lambda: minsheng.assess(minsheng.load("kunming", 2025)).projects[0].count("met"),  # type: ignore[arg-type]
        lambda: minsheng.json_schema(5),  # type: ignore[arg-type]
        lambda: minsheng.loads(5),  # type: ignore[arg-type]
        lambda: minsheng.load(5, 2025),  # type: ignore[arg-type]
    ],
)
def test_a_wrong_type_is_an_argument_error(call: Callable[[], object]) -> None:
    """Regression: text was taken for an empty iterable of programs, a noun of 5 printed.

    And counting "met" (not ``Status.MET``) gave 0; a schema name of 5 was an
    InvalidValueError, ``loads(5)`` a DatasetError and ``load(5, 2025)`` an
    UnknownDatasetError, where every other function's wrong type is this TypeError.
    """
    with pytest.raises(minsheng.ArgumentError, match=r"\(\) takes"):
        call()


def test_an_app_raises_minsheng_errors_with_plain_text() -> None:
    """A downstream app's fake or wrapper raises them as it raises any exception: with text."""
    unknown = minsheng.UnknownDatasetError("no dataset for 'testville'", available=["2024"])
    assert str(unknown) == "no dataset for 'testville'; available: 2024"
    parse = minsheng.ParseError("no figure", text="全面完成", position=0)
    assert (str(parse), parse.reason) == ("no figure at position 0 in '全面完成'", "no figure")
    assert str(minsheng.RegistryError("broken")) == "broken"


@pytest.mark.parametrize(
    ("fields", "at"),
    [
        ({"comparator": ">="}, ".comparator"),
        ({"approximation": "bogus"}, ".approximation"),
        ({"approximation": None}, ".approximation"),
        ({"unit": 5}, ".unit"),
    ],
)
def test_a_figure_of_the_wrong_kinds_is_refused_when_built(fields: dict[str, Any], at: str) -> None:
    """Regression: Quantity(comparator=">=") was built, and format_target raised KeyError."""
    base: dict[str, Any] = {"value": Decimal(3), "unit": "个"}
    with pytest.raises(minsheng.InvalidValueError) as caught:
        minsheng.Quantity(**{**base, **fields})
    assert caught.value.at == at


@pytest.mark.parametrize(
    ("low", "high"), [(Decimal(5), Decimal(1)), (Decimal("NaN"), Decimal(1)), ("1", Decimal(2))]
)
def test_an_interval_runs_upward(low: Any, high: Any) -> None:
    with pytest.raises(minsheng.InvalidValueError, match="runs from its low end up"):
        minsheng.Interval(low, high)


def test_a_program_and_its_assessment_have_a_one_line_repr() -> None:
    """A REPL shows which program it is, not 50,000 characters of it (150,000 assessed)."""
    for info in minsheng.available():
        program = minsheng.load(info.city, info.year)
        for shown in (repr(program), repr(minsheng.assess(program))):
            assert "\n" not in shown
            assert len(shown) < 120, shown
            assert program.key in shown


def test_every_public_class_gives_its_type_hints() -> None:
    """typing.get_type_hints works on every public class, as tools that read them call it.

    Regression: a class that says ``minsheng`` is its module kept annotations
    written as text in its own module (``dt.date``, ``Decimal``), which
    ``minsheng`` does not hold: a NameError, for Program, Quantity and the rows.
    """
    import typing

    classes = [getattr(minsheng, n) for n in minsheng.__all__]
    classes = [c for c in classes if isinstance(c, type)]
    for cls in classes:
        hints = typing.get_type_hints(cls)
        for name, field in attrs.fields_dict(cls).items() if attrs.has(cls) else ():
            assert hints[name] == field.type, (cls.__name__, name)
    assert typing.get_type_hints(minsheng.Program)["as_of"] is dt.date


def test_public_functions_give_their_type_hints() -> None:
    """typing.get_type_hints works on every public function but two.

    Those two name what only a type checker imports: pandas (an extra) and
    the report's TypedDicts.

    Regression: loads and load_file named pathlib's Path, which minsheng does
    not import (3 ms at start); paths are ``os.PathLike[str]`` now.
    """
    import os
    import typing

    unresolved = {"report_data", "to_pandas"}
    functions = [getattr(minsheng, n) for n in minsheng.__all__ if n not in unresolved]
    for function in functions:
        if callable(function) and not isinstance(function, type):
            typing.get_type_hints(function)
    assert typing.get_type_hints(minsheng.load_file)["path"] == str | os.PathLike[str]
    assert typing.get_type_hints(minsheng.UnknownDatasetError.__init__)
    for name in sorted(unresolved):
        with pytest.raises(NameError):
            typing.get_type_hints(getattr(minsheng, name))


def test_the_report_datas_types_are_the_report_schemas_objects() -> None:
    """report_data's TypedDicts have the keys report.schema.json has, and all it requires."""
    from minsheng import _report_types as types

    schema = minsheng.json_schema("report")
    metric = schema["$defs"]["metric"]
    pairs: list[tuple[Any, dict[str, Any]]] = [
        (types.ReportData, schema),
        (types.ReportSummary, schema["properties"]["summary"]),
        (types.ReportProject, schema["$defs"]["project"]),
        (types.ReportMetric, metric),
        (types.ReportAttainment, metric["properties"]["attainment"]["anyOf"][1]),
    ]
    for typed, described in pairs:
        assert set(typed.__annotations__) == set(described["properties"]), typed.__name__
        assert set(described["required"]) <= typed.__required_keys__, typed.__name__
    data = minsheng.report_data(minsheng.assess(minsheng.load("kunming", 2025)))
    assert set(data) == set(types.ReportData.__annotations__)
    assert set(data["projects"][0]["metrics"][0]) == set(types.ReportMetric.__annotations__)


def test_format_percent_says_which_argument_is_wrong() -> None:
    """A NaN ratio's message named the places too: "not NaN and 1"."""
    with pytest.raises(minsheng.InvalidValueError) as info:
        minsheng.format_percent(Decimal("NaN"))
    assert str(info.value) == "format_percent() takes a finite ratio under 1E+100 in size, not NaN"
    with pytest.raises(minsheng.InvalidValueError) as info:
        minsheng.format_percent(Decimal("0.5"), places=7)
    assert str(info.value) == "format_percent() takes 0 to 6 places, not 7"


def test_an_error_a_function_raises_names_minsheng_as_its_module() -> None:
    """A reviewer's: to_pandas's ExportError printed as minsheng._writing.ExportError."""
    import subprocess
    import sys

    code = (
        "import minsheng; minsheng.to_pandas\n"
        "from minsheng._writing import ExportError; print(ExportError.__module__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "minsheng"
