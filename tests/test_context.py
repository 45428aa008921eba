"""minsheng computes the same whatever decimal context its caller set.

Regression: under ``decimal.getcontext().prec = 3``, 19.78万 parsed as 198000,
Kunming 2025 counted 29 targets met where it has 30, and formatting raised
``InvalidOperation``.  Here the caller's context has three digits, rounds
down and traps every signal, so that any operation minsheng does in it, not in
its own (:mod:`minsheng._context`), either differs or raises.
"""

from __future__ import annotations

import contextlib
import decimal
import io
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import minsheng
from minsheng._check import quantity_paths
from minsheng._cli import main
from minsheng._context import CONTEXT
from tests.conftest import ROOT

HOSTILE = decimal.Context(
    prec=3,
    rounding=decimal.ROUND_DOWN,
    Emin=-5,
    Emax=5,
    traps=[
        decimal.Clamped,
        decimal.DivisionByZero,
        decimal.Inexact,
        decimal.InvalidOperation,
        decimal.Overflow,
        decimal.Rounded,
        decimal.Subnormal,
        decimal.Underflow,
        decimal.FloatOperation,
    ],
)

PHRASES = sorted(
    {
        entry["phrase"]
        for entry in json.loads((ROOT / "tests" / "corpus" / "phrases.json").read_text("utf-8"))[
            "phrases"
        ]
    }
)


@contextlib.contextmanager
def hostile() -> Iterator[None]:
    """The caller's context: three digits, rounding down, every signal trapped."""
    with decimal.localcontext(HOSTILE):
        yield
        assert decimal.getcontext().prec == 3  # left as the caller set it


def both(function: Callable[[], Any]) -> tuple[Any, Any]:
    """``function``'s result in the default context and in the hostile one."""
    with decimal.localcontext(decimal.Context()):
        expected = function()
    with hostile():
        found = function()
    return expected, found


def _reading(phrase: str) -> object:
    try:
        return minsheng.parse_quantity(phrase)
    except minsheng.ParseError as exc:
        return str(exc)


def test_the_corpus_parses_alike() -> None:
    expected, found = both(lambda: [_reading(p) for p in PHRASES])
    assert found == expected
    assert minsheng.parse_quantity("19.78万个").value == Decimal(197800)


def test_scanning_a_text_reads_alike() -> None:
    text = "新增学位19.78万个，完成率100.89%，约5000人以上；由2天缩短至4小时，每千人口4.75个。"
    expected, found = both(
        lambda: [(f.start, f.end, f.reading) for f in minsheng.find_quantities(text)]
    )
    assert found == expected


@pytest.mark.parametrize("year", [2025, 2026])
def test_a_dataset_loads_assesses_and_reports_alike(year: int) -> None:
    def work() -> tuple[object, ...]:
        program = minsheng.load("kunming", year)
        assessment = minsheng.assess(program)
        return (
            program,
            minsheng.report_data(assessment),
            minsheng.format_report(assessment, locale="en", columns=80),
            minsheng.check(program),
            minsheng.dumps(program),
        )

    expected, found = both(work)
    assert found == expected


def test_every_figure_formats_alike() -> None:
    program = minsheng.load("kunming", 2025)
    assessment = minsheng.assess(program)

    def work() -> list[str]:
        out = []
        for locale in minsheng.LOCALES:
            for _, quantity in quantity_paths(program):
                out.append(minsheng.format_quantity(quantity, locale=locale))
                out.append(minsheng.format_target(quantity, locale=locale))
            for project in assessment.projects:
                for result in project.metrics:
                    out.append(minsheng.format_attainment(result, locale=locale))
                    out.append(minsheng.format_difference(result, locale=locale))
            out.append(minsheng.format_percent(Decimal("1.004475"), locale=locale, places=3))
            out.append(minsheng.format_date(program.as_of, locale=locale))
        return out

    expected, found = both(work)
    assert found == expected


def test_rows_read_alike_and_leave_the_caller_context_between_rows() -> None:
    program = minsheng.load("kunming", 2025)

    def work() -> list[object]:
        rows: list[object] = []
        for row in minsheng.metric_rows([program]):
            assert decimal.getcontext().prec != CONTEXT.prec or decimal.getcontext() is not CONTEXT
            rows.append(row)
        rows.extend(minsheng.figure_rows([program]))
        rows.extend(minsheng.project_rows([program]))
        rows.extend(minsheng.program_rows([program]))
        return rows

    expected, found = both(work)
    assert found == expected
    with hostile():
        rows = minsheng.figure_rows([program])
        next(rows)
        assert decimal.getcontext().prec == 3  # the caller's, between two rows


def test_an_export_writes_alike(tmp_path: Path) -> None:
    program = minsheng.load("kunming", 2025)

    def work() -> dict[str, bytes]:
        folder = tmp_path / str(len(list(tmp_path.iterdir())))
        minsheng.export([program], folder, format="jsonl")
        return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}

    expected, found = both(work)
    assert found == expected


@settings(max_examples=100, deadline=None)
@given(
    digits=st.integers(1, 10**11),
    multiplier=st.sampled_from([0, 4, 8]),
    decimals=st.integers(0, 4),
    approximation=st.sampled_from(list(minsheng.Approximation)),
)
def test_a_figure_built_by_the_caller_computes_alike(
    digits: int, multiplier: int, decimals: int, approximation: minsheng.Approximation
) -> None:
    """A figure's own arithmetic (its checks, interval, step) runs where it is built or read."""
    value = Decimal(digits).scaleb(multiplier - decimals, CONTEXT)

    def work() -> object:
        quantity = minsheng.Quantity(
            value,
            "个",
            multiplier=multiplier,
            decimals=decimals,
            approximation=approximation,
        )
        return quantity.interval, quantity.step, quantity.mantissa, quantity.significant_digits

    expected, found = both(work)
    assert found == expected


def test_the_command_line_reports_alike() -> None:
    def work() -> str:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(["report", "kunming", "2025", "--locale", "en"]) == 0
        return out.getvalue()

    expected, found = both(work)
    assert found == expected


def test_a_draft_reads_alike() -> None:
    text = "一、新增公办幼儿园学位3000个以上。二、城镇新增就业5.5万人，完成率100.89%。"

    def work() -> object:
        return minsheng.draft(text, city="kunming", year=2031)

    expected, found = both(work)
    assert found == expected


def test_the_callers_generator_runs_in_the_callers_context() -> None:
    """Review: a generator of programs that set the context changed minsheng's for good.

    And the caller's own arithmetic in it ran at minsheng's 28 digits.
    """
    program = minsheng.load("kunming", 2025)
    seen: list[Decimal] = []

    def programs() -> Iterator[minsheng.Program]:
        seen.append(Decimal(1) / 3)  # the caller's arithmetic, in the caller's context
        decimal.getcontext().prec = 3  # and the caller's own context to change
        yield program

    with decimal.localcontext(decimal.Context(prec=50)):
        minsheng.select(programs())
        assert len(seen[0].as_tuple().digits) == 50
        assert decimal.getcontext().prec == 3  # as the caller set it
        assert minsheng.parse_quantity("19.78万个").value == Decimal(197800)
        rows = list(minsheng.figure_rows(iter([program])))
    assert rows == list(minsheng.figure_rows([program]))


def test_a_plugin_that_sets_the_context_on_import_changes_nothing(tmp_path: Path) -> None:
    """Review: a plugin that set prec = 3 at import left Kunming 2025 with 17 targets met."""
    site = tmp_path / "site"
    package = site / "plugdec"
    (package / "data").mkdir(parents=True)
    (package / "__init__.py").write_text("import decimal\ndecimal.getcontext().prec = 3\n")
    (package / "data" / "__init__.py").write_text("")
    info = site / "plugdec-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: plugdec\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[minsheng.datasets]\nplugdec = plugdec.data\n")
    code = (
        "import decimal, sys\n"
        f"sys.path.insert(0, {str(site)!r})\n"
        "import minsheng\n"
        "program = minsheng.load('kunming', 2025)\n"
        "met = sum(r.status is minsheng.Status.MET for p in minsheng.assess(program).projects"
        " for r in p.metrics)\n"
        "print(decimal.getcontext().prec, minsheng.parse_quantity('19.78万个').value, met)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["3", "197800", "30"]  # the plugin's prec is the caller's


def test_units_made_at_import_do_not_take_the_callers_digits() -> None:
    """Review: 分钟's factor was 0.0167 when minsheng was imported under prec = 3."""
    code = (
        "import decimal\n"
        "decimal.getcontext().prec = 3\n"
        "import minsheng\n"
        "print(minsheng.UNITS['分钟'].factor, minsheng.UNITS['亩'].factor)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == [
        "0.01666666666666666666666666667",
        "666.6666666666666666666666667",
    ]


def test_a_notebooks_html_is_alike() -> None:
    pytest.importorskip("jinja2", reason="the html extra is not installed")
    program = minsheng.load("kunming", 2025)
    assessment = minsheng.assess(program)
    expected, found = both(lambda: (program._repr_html_(), assessment._repr_html_()))
    assert found == expected


_MODULE_DECIMALS = """
import decimal, importlib, json, pkgutil, sys
if sys.argv[1] == "hostile":
    decimal.setcontext(decimal.Context(prec=3, rounding=decimal.ROUND_DOWN, Emin=-5, Emax=5))
import minsheng
found = {}
for info in sorted(pkgutil.walk_packages(minsheng.__path__, "minsheng."), key=lambda i: i.name):
    if info.name.endswith("__main__"):  # the command itself
        continue
    try:
        module = importlib.import_module(info.name)
    except ImportError:  # an extra that is not installed
        continue
    for name, value in vars(module).items():
        values = value.values() if isinstance(value, dict) else [value]
        for item in values:
            parts = item if isinstance(item, tuple) else (item,)
            if any(isinstance(part, decimal.Decimal) for part in parts):
                found.setdefault(info.name + "." + name, []).append(repr(item))
print(json.dumps(found, sort_keys=True))
"""


def test_every_module_makes_its_decimals_alike_in_any_context() -> None:
    """Review: constants made at import (每分钟's period, 10 places) took the caller's digits."""

    def decimals(context: str) -> object:
        result = subprocess.run(
            [sys.executable, "-c", _MODULE_DECIMALS, context],
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(result.stdout)

    default = decimals("default")
    assert "minsheng._decimals._PLACE" in str(default)  # what the scan reads
    assert decimals("hostile") == default


def test_a_generator_keeps_its_own_context_from_step_to_step() -> None:
    """Review: a generator's localcontext was lost after its first item."""
    program = minsheng.load("kunming", 2025)
    log: list[int] = []

    def programs() -> Iterator[minsheng.Program]:
        with decimal.localcontext() as context:
            context.prec = 10
            for _ in range(3):
                log.append(decimal.getcontext().prec)
                yield program

    with decimal.localcontext(decimal.Context(prec=50)):
        minsheng.select(programs())
        list(minsheng.figure_rows(programs()))
    assert log == [10] * 6


def test_the_callers_arguments_run_in_its_context_and_leave_nothing() -> None:
    """Review: a generator of cities that trapped Inexact made every later assess raise."""
    program = minsheng.load("kunming", 2025)

    def cities() -> Iterator[str]:
        decimal.getcontext().traps[decimal.Inexact] = True  # the caller's strictness, its own
        yield "kunming"

    with decimal.localcontext(decimal.Context(prec=50)):
        minsheng.select(city=cities(), years=2025)
        assert decimal.getcontext().traps[decimal.Inexact]  # the caller's context, as it set it
        assert minsheng.assess(program).summary.met == 30  # minsheng's, untouched


def test_rows_read_later_run_the_callers_generator_in_its_context_then() -> None:
    """Review: rows begun inside localcontext(prec=3) ran the caller's generator at 3 for good."""
    first, second = minsheng.load("kunming", 2025), minsheng.load("kunming", 2026)
    seen: list[int] = []

    def programs() -> Iterator[minsheng.Program]:
        for program in (
            first,
            second,
            attrs.evolve(first, year=2024),
        ):
            seen.append(decimal.getcontext().prec)
            yield program

    with decimal.localcontext(decimal.Context(prec=3)):
        rows = minsheng.program_rows(programs())
        next(rows)
    with decimal.localcontext(decimal.Context(prec=40)):
        list(rows)
    assert seen == [3, 40, 40]  # as a plain generator would see it


def test_rows_finished_in_another_thread_leave_the_first_threads_context() -> None:
    """Review: a generator read on in thread B changed thread A's context."""
    import threading

    program = minsheng.load("kunming", 2025)

    def programs() -> Iterator[minsheng.Program]:
        yield program
        decimal.getcontext().prec = 11  # the reading thread's context, its own business
        yield program

    with decimal.localcontext(decimal.Context(prec=30)):
        rows = minsheng.program_rows(programs())
        next(rows)
        thread = threading.Thread(target=lambda: list(rows))
        thread.start()
        thread.join()
        assert decimal.getcontext().prec == 30  # thread A's, untouched


def test_the_generators_are_named_after_their_public_functions() -> None:
    """A newcomer's trial printed ``<generator object own_context_steps …>``."""
    programs = [minsheng.load("kunming", 2025)]
    generators = {
        "find_quantities": minsheng.find_quantities("新增3000个。"),
        "figure_rows": minsheng.figure_rows(programs),
        "metric_rows": minsheng.metric_rows(programs),
        "project_rows": minsheng.project_rows(programs),
        "program_rows": minsheng.program_rows(programs),
    }
    for name, generator in generators.items():
        assert repr(generator).startswith(f"<generator object {name} at ")
        assert next(iter(generator)) is not None
