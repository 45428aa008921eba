"""The minsheng command: every subcommand, its exit codes and its output."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path
from typing import Any
from unittest import mock

import attrs
import jsonschema
import pytest

import minsheng
from minsheng._cli import _formatter, _parser, main
from minsheng._cli_arguments import _COMMANDS
from minsheng._layout import md
from minsheng._locale import environment_locale, served
from minsheng._render import width
from tests.conftest import ROOT, snapshot


@attrs.frozen
class Result:
    """What a command printed and returned."""

    returncode: int
    stdout: str
    stderr: str


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    """Run the command in this process, in a Chinese locale and 80 columns, capturing its output."""
    environment = {"LANG": "zh_CN.UTF-8", "LANGUAGE": "", "COLUMNS": "80", **(env or {})}
    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.dict(os.environ, environment),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        os.environ.pop("LC_ALL", None)
        os.environ.pop("LC_MESSAGES", None)
        try:
            code = main(list(args))
        except SystemExit as exit_:  # argparse's usage errors
            code = exit_.code if isinstance(exit_.code, int) else 1
    return Result(code, out.getvalue(), err.getvalue())


def run_process(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m minsheng`` in a child process, as a user would."""
    environment = {**os.environ, "LANG": "zh_CN.UTF-8", "LANGUAGE": "", "COLUMNS": "80"}
    environment.pop("LC_ALL", None)
    environment.pop("LC_MESSAGES", None)
    return subprocess.run(
        [sys.executable, "-m", "minsheng", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        check=False,
    )


def test_list() -> None:
    """List shows the shipped datasets."""
    result = run("list")
    assert result.returncode == 0
    assert "kunming\t2025\tminsheng" in result.stdout.splitlines()
    assert "kunming\t2026\tminsheng" in result.stdout.splitlines()
    data = json.loads(run("list", "--format", "json").stdout)
    assert {"city": "kunming", "year": 2026, "provider": "minsheng"} in data


def test_the_command_process_freezes_its_objects_before_exit() -> None:
    """The ``minsheng`` script and ``python -m minsheng`` run main, freeze, exit with its code."""
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert scripts["project"]["scripts"] == {"minsheng": "_minsheng_entry:run"}
    code = (
        "import gc, sys\n"
        "from _minsheng_entry import run\n"
        "sys.argv = ['minsheng', 'schema', '--bogus']\n"
        "try:\n"
        "    run()\n"
        "except SystemExit as exc:\n"
        "    print('usage', exc.code, gc.get_freeze_count())\n"
        "sys.argv = ['minsheng', 'list']\n"
        "before = gc.get_freeze_count()\n"
        "print('code', run(), before, gc.get_freeze_count() > 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "usage 2 0", result.stderr  # argparse exits before any freeze
    assert lines[-1] == "code 0 0 True", result.stderr
    assert "kunming\t2025\tminsheng" in lines


def test_an_interrupt_while_the_command_loads_is_no_traceback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl-C in the first 70 ms (while Python imported minsheng) printed a traceback."""
    import _minsheng_entry

    class Interrupting:
        def find_spec(self, name: str, *_: object) -> None:
            if name == "minsheng._cli":
                raise KeyboardInterrupt

    monkeypatch.delitem(sys.modules, "minsheng._cli", raising=False)
    monkeypatch.setattr(sys, "meta_path", [Interrupting(), *sys.meta_path])
    assert _minsheng_entry.run() == 130
    entry = (ROOT / "src" / "_minsheng_entry.py").read_text(encoding="utf-8")
    assert "\nimport " not in entry  # nothing loads before run() takes the interrupt
    assert "\nfrom " not in entry


# Modules a text report has no use for; each cost milliseconds of every start.
_LEFT_OUT = (
    "shutil",
    "bz2",
    "lzma",
    "pathlib",
    "urllib.parse",
    "importlib.metadata",
    "importlib.resources",
    "cattrs",
    # the scanner (10 ms), which a milestone's evidence check imported for every
    # report: it reads a statement's figures only where one may miss a bound
    "minsheng._scan",
)


def test_a_report_imports_only_what_it_needs() -> None:
    """``minsheng report`` in a fresh process imports none of the modules it does not use."""
    code = (
        "import os, sys\n"
        "from minsheng._cli import main\n"
        "sys.stdout = open(os.devnull, 'w')\n"
        "code = main(['report', 'kunming', '2025'])\n"
        f"print(code, sorted(m for m in {_LEFT_OUT!r} if m in sys.modules), file=sys.stderr)\n"
    )
    env = {**os.environ}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the kept files written and read too
    for _ in range(2):
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=False, env=env
        )
        assert result.stderr.strip() == "0 []"


def test_a_tuple_of_any_kind_is_escaped_for_the_terminal() -> None:
    from minsheng._terminal import _escaped

    class Words(tuple[str, ...]):
        __slots__ = ()

    assert _escaped(Words(("safe", "a\x1b[31mred"))) == ("safe", "a\\x1b[31mred")


@pytest.mark.parametrize(
    ("environ", "terminal"), [({"COLUMNS": "100"}, 60), ({}, 132), ({}, 0), ({"COLUMNS": "x"}, 50)]
)
def test_help_is_as_wide_as_argparse_makes_it(environ: dict[str, str], terminal: int) -> None:
    """The help formatter, told the width without shutil, is as wide as argparse's own."""
    import argparse

    formatter = _formatter(environment_locale())
    with (
        mock.patch.dict(os.environ, environ),
        mock.patch("os.get_terminal_size", return_value=os.terminal_size((terminal, 24))),
    ):
        if "COLUMNS" not in environ:
            os.environ.pop("COLUMNS", None)
        ours = formatter("minsheng")
        theirs = argparse.HelpFormatter("minsheng")
    assert ours._width == theirs._width  # noqa: SLF001 - what argparse wraps at
    given = argparse.HelpFormatter("minsheng", width=30)._width  # noqa: SLF001
    assert formatter("minsheng", width=30)._width == given == 30  # noqa: SLF001 - kept as given


def test_validate_shipped_datasets() -> None:
    """Validate with no argument checks every dataset and passes."""
    result = run("validate", "--locale", "en")
    assert result.returncode == 0, result.stderr
    assert (
        "kunming/2025: ok; projects: 10, figures: 88, checked against their phrases: 80"
        in result.stdout
    )


def test_names_on_standard_output_cannot_forge_a_line(tmp_path: Path) -> None:
    """A hostile-input trial's: a newline in a file's or folder's name was printed as is.

    Standard error escaped it; the ok line of validate, the files export wrote and
    site's last line printed it raw, so that a name could forge a line of output.
    """
    forged = tmp_path / "a\nkunming"
    forged.mkdir()
    name = forged / "2099: ok.json"
    name.write_bytes((ROOT / "datasets" / "kunming" / "2026.json").read_bytes())
    checked = run("validate", str(name), "--locale", "en")
    assert checked.returncode == 0, checked.stderr
    assert len(checked.stdout.splitlines()) == 1
    assert "a\\nkunming" in checked.stdout
    folder = tmp_path / "out\nkunming/2025.csv"
    exported = run("export", "kunming", "2026", "--format", "csv", "--to", str(folder))
    assert exported.returncode == 0, exported.stderr
    assert len(exported.stdout.splitlines()) == 4
    assert all("out\\nkunming" in line for line in exported.stdout.splitlines())


def test_validate_chooses_installed_datasets_by_city_and_years() -> None:
    """A newcomer's: validate refused --city and --years, which list and export take."""
    both = run("validate", "--city", "kunming", "--locale", "en")
    assert both.returncode == 0, both.stderr
    assert "kunming/2025: ok" in both.stdout
    assert "kunming/2026: ok" in both.stdout
    one = run("validate", "--years", "2026", "--locale", "en")
    assert one.returncode == 0, one.stderr
    assert "kunming/2026: ok" in one.stdout
    assert "kunming/2025" not in one.stdout + one.stderr
    none = run("validate", "--years", "2030", "--locale", "en")
    assert (none.returncode, none.stdout) == (1, "")  # nothing validated (a newcomer's: 0)
    assert none.stderr == "minsheng: no dataset matches the selection\n"
    typo = run("validate", "--city", "kunmin", "--locale", "en")
    assert typo.returncode != 0
    assert "kunmin" in typo.stderr
    named = run("validate", "--city", "kunming", "kunming/2025", "--locale", "en")
    assert named.returncode == 2
    assert "--city and --years choose among the installed datasets" in named.stderr


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b'{"year": "2025"',
            "x.json: $: Expecting ',' delimiter at line 1 column 16; expected valid JSON",
        ),
        (b"\xff", "x.json: $: byte 0xff at offset 0 is not UTF-8; expected UTF-8 text"),
        (b"", "x.json: $: the file is empty; expected a JSON object"),
        (b'{"a": NaN}', "x.json: $.a: NaN is not valid JSON; expected a finite value"),
        (b'{"a": 1, "a": 2}', "x.json: $.a: key 'a' repeats"),
        (b"[" * 10000 + b"]" * 10000, "x.json: $: nested deeper than 64 levels"),
    ],
)
def test_validate_bad_files(tmp_path: Path, content: bytes, expected: str) -> None:
    """A broken file gives one line per problem, exit 1, and no traceback."""
    (tmp_path / "x.json").write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "minsheng", "validate", "x.json", "--locale", "en"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 1
    # one line per problem, then the dataset's verdict, as for a dataset that loads
    assert result.stderr.splitlines() == [expected, "x.json: failed; errors: 1, warnings: 0"]
    assert "Traceback" not in result.stderr


def test_validate_reports_type_missing_and_unknown_keys(tmp_path: Path) -> None:
    """Wrong type, missing field and unknown key each get a path-precise line."""
    document = json.loads((ROOT / "datasets" / "kunming" / "2026.json").read_text(encoding="utf-8"))
    document["year"] = "2026"
    del document["projects"][3]["categories"]
    document["projects"][9]["colour"] = "red"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = run("validate", str(path), "--locale", "en")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert f'{path}: $.year: wrong type; expected an integer, found "2026"' in lines
    assert f"{path}: $.projects[3].categories: required key is missing" in lines
    assert any(
        line.startswith(f"{path}: $.projects[9].colour: unknown key 'colour'") for line in lines
    )


def test_validate_reports_phrase_and_sum_disagreements(tmp_path: Path) -> None:
    """A figure that disagrees with its phrase, or a level that does not add up, fails."""
    document = json.loads((ROOT / "datasets" / "kunming" / "2025.json").read_text(encoding="utf-8"))
    document["projects"][0]["metrics"][0]["actual"]["value"] = "5200"
    document["projects"][6]["metrics"][1]["actual"]["value"] = "249"
    document["projects"][6]["metrics"][1]["actual"]["phrase"] = "249条"
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = run("validate", str(path), "--locale", "en")
    assert result.returncode == 1
    assert [line for line in result.stderr.splitlines() if "warning:" not in line] == [
        (
            f"{path}: $.projects[0].metrics[0].actual: value is 5200"
            " but the phrase says 5100 ('5100余个')"
        ),
        (
            f"{path}: $.projects[6].metrics[1].actual: baseline 230 + increment 18"
            " (green-wave-roads-added) is not the level 249"
        ),
        f"{path}: failed; errors: 2, warnings: 0",
    ]


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("zh-Hans", ["x.json: $: 文件为空；应为JSON对象", "x.json：未通过；错误：1，警告：0"]),
        ("zh-Hant", ["x.json: $: 檔案為空；應為JSON對象", "x.json：未通過；錯誤：1，警告：0"]),
        (
            "en",
            [
                "x.json: $: the file is empty; expected a JSON object",
                "x.json: failed; errors: 1, warnings: 0",
            ],
        ),
    ],
)
def test_errors_speak_the_locale(tmp_path: Path, locale: str, expected: list[str]) -> None:
    """Problems are translated like every other string the command shows."""
    (tmp_path / "x.json").write_bytes(b"")
    with contextlib.chdir(tmp_path):
        result = run("validate", "x.json", "--locale", locale)
    assert result.returncode == 1
    assert result.stderr.splitlines() == expected


def test_parse_error_speaks_the_locale() -> None:
    """A parse error in Chinese, with the caret under the character."""
    result = run("parse", "3000abc", "--locale", "zh-Hans")
    assert (
        result.stderr.splitlines()[0]
        == "minsheng: 数据之后有无法识别的文字：'3000abc'的第4个字符处"
    )


def test_show_2026_answers_continuity() -> None:
    """Show kunming 2026 names the 2025 projects of the same category, and what they achieved.

    Regression: it said a project "continues" another, which the data does not know.
    """
    result = run("show", "kunming", "2026", "--locale", "en")
    assert result.returncode == 0
    assert "same category in kunming/2025: #1" in result.stdout
    assert "continues" not in result.stdout
    assert "vote counts: not published" in result.stdout


def test_show_accepts_a_file_and_city_slash_year() -> None:
    """Any dataset argument also accepts a file path."""
    by_file = run_process(
        "show", str(ROOT / "datasets" / "kunming" / "2026.json"), "--locale", "en"
    )
    by_key = run("show", "kunming/2026", "--locale", "en")
    assert by_file.returncode == by_key.returncode == 0
    assert by_file.stdout == by_key.stdout


def test_show_json_round_trips() -> None:
    """Show --format json prints the dataset as the converter writes it."""
    result = run("show", "kunming", "2026", "--format", "json")
    assert minsheng.loads(result.stdout) == minsheng.load("kunming", 2026)


def test_unknown_dataset_exit_code() -> None:
    """An unknown dataset is exit 1 with the list of what exists."""
    result = run("report", "dali", "2025", "--locale", "en")
    assert result.returncode == 1
    assert result.stderr.startswith("minsheng: no datasets for city 'dali'; available: kunming")


@pytest.mark.parametrize(
    "args",
    [["report"], ["show", "a", "b", "c"], ["report", "kunming", "twenty"], ["nope"]],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    """A wrong command line is exit 2."""
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_bad_locale_is_a_usage_error() -> None:
    """--locale fr is refused with the served list, in the environment's language.

    Regression: the reasons of --locale, --years and draft's --year stayed
    English inside argparse's translated error line.
    """
    result = run("report", "kunming", "2025", "--locale", "fr", env={"LANG": "en_US.UTF-8"})
    assert result.returncode == 2
    assert "no translations for locale 'fr'" in result.stderr
    chinese = run("report", "kunming", "2025", "--locale", "fr")
    assert chinese.stderr.splitlines()[-1] == (
        "minsheng report：错误：参数 --locale："
        "没有语言环境'fr'的翻译；请使用zh-Hans、zh-Hant、en之一"
    )
    years = run("list", "--years", "31")
    assert years.stderr.splitlines()[-1].endswith("'31' 不是年份，也不是 2024-2026 这样的年份范围")
    year = run("draft", "x.txt", "--city", "kunming", "--year", "31")
    assert year.returncode == 2
    assert year.stderr.splitlines()[-1].endswith("参数 --year：'31'不是四位数年份")


def test_schema_command_prints_the_schema() -> None:
    """Schema prints the program schema; --name report the report's."""
    assert json.loads(run("schema").stdout) == minsheng.json_schema()
    assert json.loads(run("schema", "--name", "report").stdout) == minsheng.json_schema("report")


@pytest.mark.parametrize("phrase", ["-5%", "-0.5个百分点", "-.5%"])
def test_parse_takes_a_phrase_that_opens_with_a_sign_or_a_point(phrase: str) -> None:
    """A newcomer's trial: ``parse -5%`` was argparse's "unrecognized arguments".

    The parser answers now, as after ``--``; other unknown options are still refused.
    """
    result = run("parse", phrase, "--locale", "en")
    assert result == run("parse", "--locale", "en", "--", phrase)
    assert "unrecognized arguments" not in result.stderr
    assert f"'{phrase}'" in result.stderr or phrase in result.stdout
    refused = run("parse", "-x", env={"LANG": "C.UTF-8"})
    assert refused.returncode == 2
    assert "unrecognized arguments: -x" in refused.stderr


def test_parse_json_output() -> None:
    """Parse --format json prints the documented keys."""
    data = json.loads(run("parse", "19.78万个", "--format", "json").stdout)
    assert data["value"] == "197800"
    assert (data["low"], data["high"]) == ("197750", "197850")
    assert (data["multiplier"], data["unit"], data["approximate"]) == (4, "个", True)
    assert data["comparator"] is None
    assert data["text"] == "19.78万个"
    assert json.loads(run("parse", "90%以上", "--format", "json").stdout)["comparator"] == ">="


def test_parse_text_output_and_error() -> None:
    """Parse prints the reading; unreadable text points at the character."""
    assert run("parse", "5100余个").stdout == "5100 个  [5100, 5200)  more-than  ×10^0  5100余个\n"
    # a range is formatted too (a newcomer found its last column empty)
    assert run("parse", "3—5个工作日", "--locale", "en").stdout == (
        "3–5 个工作日  [3, 5]  exact  ×10^0  3–5 working days\n"
    )
    result = run("parse", "3000abc", "--locale", "en")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "minsheng: unexpected text after the figure at position 4 in '3000abc'",
        "  3000abc",
        "      ^",
    ]


def test_report_json_validates_against_its_schema() -> None:
    """Report --format json follows schema/report.schema.json."""
    for year in ("2025", "2026"):
        data = json.loads(run("report", "kunming", year, "--format", "json").stdout)
        jsonschema.validate(data, minsheng.json_schema("report"))
        assert set(data) >= {"dataset", "as_of", "summary", "projects"}


def test_report_2026_has_no_outcomes() -> None:
    """The 2026 program's projects have no outcome yet."""
    data = json.loads(run("report", "kunming", "2026", "--format", "json").stdout)
    assert [p["status"] for p in data["projects"]] == ["no-outcome"] * 10


@pytest.mark.parametrize("locale", ["zh-Hans", "zh-Hant", "en"])
@pytest.mark.parametrize(
    ("command", "year"), [("report", "2025"), ("show", "2026"), ("report", "2026")]
)
def test_golden_text(command: str, year: str, locale: str) -> None:
    """The text views, in every locale, match their reviewed snapshots."""
    result = run(command, "kunming", year, "--locale", locale)
    assert result.returncode == 0, result.stderr
    snapshot(f"{command}-kunming-{year}.{locale}.txt", result.stdout)


def test_golden_report_json_and_markdown() -> None:
    """The JSON and Markdown reports match their snapshots."""
    snapshot(
        "report-kunming-2025.json",
        run("report", "kunming", "2025", "--format", "json").stdout,
    )
    snapshot(
        "report-kunming-2025.en.md",
        run("report", "kunming", "2025", "--format", "markdown", "--locale", "en").stdout,
    )


def test_main_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    """main() returns the exit code instead of raising."""
    assert main(["report", "kunming", "2025", "--locale", "en"]) == 0
    assert "30 of 31 measurable targets met" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "zh_TW.UTF-8"}, "zh-Hant"),
        ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US"}, "zh-Hans"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LC_ALL": "POSIX", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANGUAGE": "en", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LANGUAGE": "fr:zh_TW:en", "LANG": "en_US.UTF-8"}, "zh-Hant"),
        ({"LANGUAGE": "zh_CN", "LANG": "C.UTF-8"}, "en"),
        ({"LC_MESSAGES": "zh_HK.UTF-8", "LANG": "en_US.UTF-8"}, "zh-Hant"),
        ({}, "en"),
    ],
)
def test_environment_locale(environ: dict[str, str], expected: str) -> None:
    """Gettext's order: LANGUAGE unless C, then LC_ALL, LC_MESSAGES, LANG; C is English."""
    assert environment_locale(environ).tag == expected


DATA = Path(__file__).resolve().parent / "data"


def test_hand_made_not_met_dataset() -> None:
    """A program reported complete whose targets were missed: not met, disagrees."""
    data = json.loads(run("report", str(DATA / "not-met.json"), "--format", "json").stdout)
    assert [m["status"] for p in data["projects"] for m in p["metrics"]] == ["not-met", "not-met"]
    assert [p["agreement"] for p in data["projects"]] == ["disagrees", "disagrees"]
    assert (data["summary"]["not_met"], data["summary"]["disagreeing"]) == (2, 2)
    days = data["projects"][1]["metrics"][0]
    assert (days["ratio"], days["difference"], days["difference_unit"]) == (
        "0.3333333333333333333333333333",
        "2",
        "个工作日",
    )


def test_hand_made_undetermined_dataset() -> None:
    """Straddling, incomparable and about-figures: undetermined, each with its reason."""
    data = json.loads(run("report", str(DATA / "undetermined.json"), "--format", "json").stdout)
    metrics = data["projects"][0]["metrics"]
    assert [m["status"] for m in metrics] == ["undetermined"] * 3
    assert [m["reason"] for m in metrics] == [
        "the outcome's range straddles the target",
        "the target and the outcome are in units that do not compare",
        "the outcome's range straddles the target",
    ]
    assert data["projects"][0]["agreement"] == "unconfirmed"
    text = run("report", str(DATA / "undetermined.json"), "--locale", "en").stdout
    assert "things (visits): undetermined, because the target and the outcome are in" in text
    assert "unofficial translation" not in text


def test_hand_made_datasets_validate() -> None:
    """The fixtures are themselves valid data."""
    result = run("validate", str(DATA / "not-met.json"), str(DATA / "undetermined.json"))
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "env",
    [
        {"LANG": "C.UTF-8"},
        {"LANG": "C"},
        {"LANG": "POSIX"},
        {"LANG": "fr_FR.UTF-8"},
        {"LANG": "zh_CN.UTF-8", "LANGUAGE": "en"},
    ],
)
def test_cli_speaks_the_source_language_under_c(env: dict[str, str]) -> None:
    """Regression: under LANG=C, C.UTF-8, an unserved locale or LANGUAGE=en the CLI is English."""
    result = run("report", "kunming", "2025", env=env)
    assert result.stdout.startswith("Kunming 2025: livelihood projects, outcomes")


def test_argparse_words_are_translated() -> None:
    """Usage and argparse's own errors read in the user's locale, not half in English."""
    result = run("report")
    assert result.returncode == 2
    assert "用法：" in result.stderr
    assert "错误：缺少以下必需参数" in result.stderr
    assert "usage:" not in result.stderr
    english = run("report", env={"LANG": "en_US.UTF-8"})
    assert "usage:" in english.stderr
    assert "the following arguments are required" in english.stderr


def test_a_misspelt_option_shows_the_commands_usage() -> None:
    """Regression: report kunming 2025 --fromat json printed the top-level usage line."""
    result = run("report", "kunming", "2025", "--fromat", "json", env={"LANG": "en_US.UTF-8"})
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith("usage: minsheng report ")
    assert lines[-1] == "minsheng report: error: unrecognized arguments: --fromat json"
    chinese = run("report", "kunming", "2025", "--fromat", "json")
    assert chinese.stderr.splitlines()[-1] == "minsheng report：错误：无法识别的参数：--fromat json"
    # an option before the command is minsheng's, not the command's
    before = run("--bogus", "list", env={"LANG": "en_US.UTF-8"})
    assert before.returncode == 2
    assert before.stderr.splitlines()[-1] == "minsheng: error: unrecognized arguments: --bogus"


def test_help_is_in_one_language(capsys: pytest.CaptureFixture[str]) -> None:
    """The help text has no English headings in Chinese, and argparse is restored after."""
    import argparse

    result = run("report", "--help", env={"LANG": "zh_TW.UTF-8"})
    assert "用法：" in result.stdout
    assert "選項" in result.stdout
    assert "options" not in result.stdout
    assert vars(argparse)["_"]("usage: ") == "usage: "
    capsys.readouterr()
    # Regression: 位置参数: and 选项: kept argparse's ASCII colon beside 用法：, a joined
    # help read "（默认：text）; html…", and --version's help stayed English.
    assert "位置參數：\n" in result.stdout
    assert "選項：\n" in result.stdout
    assert "; " not in result.stdout
    top = run("--help", env={"LANG": "zh_CN.UTF-8"})
    assert "选项：\n" in top.stdout
    assert "show program's version number" not in top.stdout
    english = run("report", "--help", env={"LANG": "en_US.UTF-8"})
    assert "positional arguments:\n" in english.stdout
    assert "options:\n" in english.stdout


def test_migrate_writes_a_schema_2_file(tmp_path: Path) -> None:
    """`minsheng migrate OLD --to NEW` writes a schema-2 file that loads as the old one did."""
    old = ROOT / "tests" / "data" / "schema-1" / "kunming-2025.json"
    new = tmp_path / "new.json"
    result = run("migrate", str(old), "--to", str(new))
    assert result.returncode == 0, result.stderr
    text = new.read_text(encoding="utf-8")
    assert '"$schema": "urn:minsheng:schema:program:2"' in text
    assert '"categories"' in text
    assert '"category"' not in text
    assert minsheng.load_file(new) == minsheng.load_file(old)
    printed = run("migrate", str(old))
    assert printed.stdout == text


def test_validate_names_a_schema_1_files_own_keys(tmp_path: Path) -> None:
    """Validate's findings on a schema-1 file are at its keys (baseline), not schema 2's."""
    text = (ROOT / "tests" / "data" / "schema-1" / "kunming-2025.json").read_text(encoding="utf-8")
    wrong = text.replace(
        '"baseline": {"value": "34890", "unit": "个"', '"baseline": {"value": "34890", "unit": "套"'
    )
    assert wrong != text
    old = tmp_path / "old.json"
    old.write_text(wrong, encoding="utf-8")
    result = run("validate", str(old), "--locale", "en")
    assert f"{old}: $.projects[1].metrics[8].baseline.unit: warning: 套" in result.stderr
    assert "baselines[0]" not in result.stderr
    # migrated, the same finding is at schema 2's key
    new = tmp_path / "new.json"
    assert run("migrate", str(old), "--to", str(new)).returncode == 0
    migrated = run("validate", str(new), "--locale", "en")
    assert f"{new}: $.projects[1].metrics[8].baselines[0].unit: warning: 套" in migrated.stderr


def test_migrate_to_an_unwritable_path_is_one_line() -> None:
    """Writing where one cannot is a one-line error, exit 1, no traceback."""
    old = ROOT / "tests" / "data" / "schema-1" / "undetermined.json"
    result = run("migrate", str(old), "--to", "/nonexistent-dir/x.json", "--locale", "en")
    assert result.returncode == 1
    assert result.stderr.startswith("/nonexistent-dir/x.json: $: cannot write the file")
    assert "Traceback" not in result.stderr


# Robustness: every bullet of issue 13 that the command line showed.


def _child(*args: str, **popen: Any) -> subprocess.Popen[bytes]:
    environment = {**os.environ, "LANG": "C.UTF-8", "LANGUAGE": ""}
    environment.pop("LC_ALL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "minsheng", *args],
        env=environment,
        stderr=subprocess.PIPE,
        **popen,
    )


def test_closed_pipe_is_quiet() -> None:
    """Regression: output into a pipe whose reader has gone is exit 141, with nothing on stderr."""
    child = _child("show", "kunming", "2025", stdout=subprocess.PIPE)
    assert child.stdout is not None
    child.stdout.close()  # the reader goes away before the first write
    _, err = child.communicate(timeout=60)
    assert (child.returncode, err) == (141, b"")


def test_pipe_into_true_is_quiet() -> None:
    """Regression: `minsheng report … | true` prints no traceback."""
    command = f"{sys.executable} -m minsheng report kunming 2025 kunming 2026 | true"
    result = subprocess.run(
        ["/bin/sh", "-c", command], capture_output=True, check=False, timeout=60
    )
    assert result.stderr == b""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "words",
    [
        ("report", "kunming", "2025"),
        ("--help",),  # a newcomer's: argparse passed over the error, exit 0
        ("--version",),
        ("report", "--help"),
    ],
)
def test_full_disk_is_one_line(words: tuple[str, ...]) -> None:
    """Regression: `> /dev/full` is one line on stderr and exit 1, no traceback."""
    with Path("/dev/full").open("wb") as full:
        child = _child(*words, stdout=full)
        _, err = child.communicate(timeout=60)
    assert child.returncode == 1
    assert err.decode().splitlines() == [
        "minsheng: cannot write the output: No space left on device"
    ]


def test_closed_stdout_is_one_line() -> None:
    """Regression: a closed standard output (`>&-`) is one line on stderr and exit 1."""
    command = f"{sys.executable} -m minsheng report kunming 2025 >&-"
    result = subprocess.run(
        ["/bin/sh", "-c", command], capture_output=True, check=False, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        "minsheng: cannot write the output: standard output is closed"
    ]


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_is_exit_130_without_traceback() -> None:
    """Regression: SIGINT while the command writes is exit 130, with nothing on stderr."""
    many = ["kunming", "2025"] * 40  # more than a pipe holds, so the child blocks writing
    # (as a terminal starts it: a shell that runs the tests in the background starts
    # them with SIGINT ignored, which the child would inherit and never see)
    child = _child("show", *many, stdout=subprocess.PIPE, preexec_fn=_default_sigint)
    assert child.stdout is not None
    assert child.stdout.read(1)  # the command is running main() now
    time.sleep(0.3)
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=60)
    assert (child.returncode, err) == (130, b"")


def test_a_path_component_over_255_characters() -> None:
    """Regression: a too-long file name is a one-line error, and a too-long word a usage error."""
    result = run("validate", "a" * 300 + ".json", "--locale", "en")
    assert result.returncode == 1
    line, verdict = result.stderr.splitlines()
    assert "File name too long" in line
    assert len(line) < 200
    assert verdict.endswith(": failed; errors: 1, warnings: 0")
    result = run("report", "a" * 300, "--locale", "en")
    assert result.returncode == 2
    assert "is neither a file nor CITY YEAR or CITY/YEAR" in result.stderr


@pytest.mark.parametrize("command", ["report", "show", "validate", "parse"])
def test_an_empty_argument_is_a_usage_error(command: str, tmp_path: Path) -> None:
    """Regression: `report ''` read the current folder; an empty argument is exit 2."""
    with contextlib.chdir(tmp_path):
        result = run(command, "", "--locale", "en")
    assert result.returncode == 2
    assert "empty argument" in result.stderr


def test_validate_checks_every_argument_and_summarises() -> None:
    """Regression: `validate a b c` stopped at a; now each is reported, then a summary."""
    result = run("validate", "a", "kunming/2026", "b", "c", "--locale", "en")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    reasons = {
        "a": "no year follows it",  # kunming/2026 names a dataset of its own
        "b": "'c' after it is not a four-digit year",
        "c": "no year follows it",
    }
    for word, reason in reasons.items():
        assert f"minsheng: '{word}' is neither a file nor CITY YEAR or CITY/YEAR: {reason}" in lines
    assert lines[-1] == "4 datasets: 1 passed, 3 failed"
    assert result.stdout.startswith("kunming/2026: ok")


def test_a_wrong_city_year_says_which_word_is_wrong() -> None:
    """Kunming 2025 gets the registry's word on names; kunming abc blames the year."""
    result = run("show", "Kunming", "2025", "--locale", "en")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        (
            "minsheng: 'Kunming' is not a dataset name: use lower-case letters, digits and"
            " hyphens, such as 'kunming'"
        )
    ]
    result = run("report", "kunming", "abc", "--locale", "en")
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == (
        "minsheng: 'kunming' is neither a file nor CITY YEAR or CITY/YEAR:"
        " 'abc' after it is not a four-digit year"
    )


def test_a_stray_year_or_a_chinese_name_is_no_file() -> None:
    """Regression: report kunming 2025 2026 and report 2025 kunming said 'cannot read the file'.

    A year with no city before it is a usage error (exit 2); 昆明 2025 gets the
    registry's word on names (exit 1), as Kunming 2025 does; no word is read
    as a file that does not exist.
    """
    for words in (("kunming", "2025", "2026"), ("2025", "kunming")):
        result = run("report", *words, "--locale", "en")
        assert result.returncode == 2
        first = result.stderr.splitlines()[0]
        assert first.startswith("minsheng: '20")
        assert first.endswith(
            "is neither a file nor CITY YEAR or CITY/YEAR: no city comes before it"
        )
    result = run("report", "昆明", "2025", "--locale", "en")
    assert result.returncode == 1
    assert result.stderr.startswith("minsheng: '昆明' is not a dataset name")
    for word, name in (("Kunming/2025", "Kunming"), ("昆明市/2025", "昆明市")):
        result = run("show", word, "--locale", "en")
        assert result.returncode == 1
        assert result.stderr.startswith(f"minsheng: '{name}' is not a dataset name")


@pytest.mark.parametrize(
    ("word", "after"),
    [("kunming/abc", "'abc'"), ("kunming/25", "'25'"), ("datasets/kunming2025", "'kunming2025'")],
)
def test_a_city_and_a_slash_without_a_year_says_so(word: str, after: str) -> None:
    """kunming/abc is a usage error about its year and the file, not "cannot read the file"."""
    result = run("report", word, "--locale", "en")
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == (
        f"minsheng: '{word}' is neither a file nor CITY YEAR or CITY/YEAR:"
        f" no such file, and {after} after the slash is not a four-digit year"
    )


def test_a_missing_json_file_is_still_a_file() -> None:
    """A path with a dot or two slashes is a file that reading says is missing."""
    for word in ("kunming/2025.json", "a/b/c", "kunming/"):
        result = run("report", word, "--locale", "en")
        assert result.returncode == 1
        assert result.stderr.startswith(f"{word}: $: cannot read the file"), result.stderr


def test_parse_says_what_is_missing() -> None:
    """A parse with neither a phrase nor --scan asks for one; with both, for one of them."""
    assert run("parse", "--locale", "en").stderr == "minsheng: give a phrase or --scan FILE\n"
    both = run("parse", "3个", "--scan", "x.txt", "--locale", "en")
    assert both.stderr == "minsheng: give a phrase or --scan FILE, not both\n"


def test_every_subcommand_takes_city_year() -> None:
    """Regression: `validate kunming 2025` was a usage error while `report kunming 2025` worked."""
    result = run("validate", "kunming", "2025", "--locale", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("kunming/2025: ok")
    mixed = run("validate", "kunming", "2025", "kunming/2026", "--locale", "en")
    assert mixed.returncode == 0
    assert mixed.stdout.splitlines()[-1] == "2 datasets: 2 passed, 0 failed"


def test_report_and_show_take_several_datasets() -> None:
    """Several datasets at once: one view after another, or one JSON array."""
    text = run("report", "kunming", "2025", "kunming/2026", "--locale", "en").stdout
    assert text.count("Kunming 2025:") + text.count("Kunming 2026:") == 2
    data = json.loads(run("report", "kunming/2025", "kunming", "2026", "--format", "json").stdout)
    assert [d["dataset"] for d in data] == ["kunming/2025", "kunming/2026"]
    output = run("show", "kunming/2025", "kunming/2026", "--format", "json").stdout
    shown = json.loads(output)
    assert [minsheng.loads(json.dumps(d, ensure_ascii=False)).key for d in shown] == [
        "kunming/2025",
        "kunming/2026",
    ]
    # indented as json.dumps(..., indent=2) indents an array of objects
    assert output == json.dumps(shown, ensure_ascii=False, indent=2) + "\n"


def test_validate_strict_fails_on_warnings(tmp_path: Path) -> None:
    """Warnings are printed; they fail validate only under --strict."""
    document = json.loads((ROOT / "datasets" / "kunming" / "2025.json").read_text(encoding="utf-8"))
    path = tmp_path / "k.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    lenient = run("validate", str(path), "--locale", "en")
    assert lenient.returncode == 0
    line = f"{path}: $.projects[1].metrics[9].actual.per: acknowledged warning: the target"
    assert line in lenient.stderr
    assert lenient.stdout.rstrip().endswith("; acknowledged warnings: 1")
    assert run("validate", str(path), "--strict", "--locale", "en").returncode == 0
    del document["projects"][1]["metrics"][9]["acknowledged"]  # the warning, unanswered
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    lenient = run("validate", str(path), "--locale", "en")
    assert lenient.returncode == 0
    assert f"{path}: $.projects[1].metrics[9].actual.per: warning: the target" in lenient.stderr
    assert lenient.stdout.rstrip().endswith("; warnings: 1")
    strict = run("validate", str(path), "--strict", "--locale", "en")
    assert strict.returncode == 1
    assert strict.stdout == ""
    assert strict.stderr.endswith(
        f"{path}: failed; errors: 0, warnings: 1 (--strict fails on warnings)\n"
    )


def _forged(tmp_path: Path, key: str) -> Path:
    document = json.loads((ROOT / "datasets" / "kunming" / "2026.json").read_text(encoding="utf-8"))
    document[key] = 1
    path = tmp_path / "forged.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_key_with_a_newline_cannot_forge_a_line(tmp_path: Path) -> None:
    """Regression: a JSON key holding a newline printed a second, forged output line."""
    path = _forged(tmp_path, "x\nforged.json: $: everything is fine")
    result = run("validate", str(path), "--locale", "en")
    assert result.returncode == 1
    line, verdict = result.stderr.splitlines()
    assert "\\nforged.json" in line
    assert verdict == f"{path}: failed; errors: 1, warnings: 0"


def test_a_key_with_an_escape_sequence_cannot_colour_the_terminal(tmp_path: Path) -> None:
    """Regression: a JSON key holding ESC [31m coloured the terminal; it is shown escaped."""
    path = _forged(tmp_path, "\x1b[31mred\x9b2J")
    result = run("validate", str(path), "--locale", "en")
    assert "\x1b" not in result.stderr
    assert "\x9b" not in result.stderr
    assert "\\x1b[31mred\\x9b2J" in result.stderr


def test_control_characters_in_data_are_escaped_in_every_view(tmp_path: Path) -> None:
    """A title with a newline and ESC prints escaped in text views, and as JSON escapes in JSON."""
    document = json.loads((ROOT / "datasets" / "kunming" / "2026.json").read_text(encoding="utf-8"))
    document["projects"][0]["title"]["zh"] = "托育\n\x1b[2J伪造\u202e"
    path = tmp_path / "title.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    for command, style in (("report", "text"), ("report", "markdown"), ("show", "text")):
        out = run(command, str(path), "--format", style, "--locale", "zh-Hans").stdout
        shown = "托育\\n\\x1b[2J伪造\\u202e"
        assert (md(shown) if style == "markdown" else shown) in out
        assert "\x1b" not in out
        assert "\u202e" not in out
    for command in ("report", "show"):
        out = run(command, str(path), "--format", "json").stdout
        assert "\x1b" not in out
        assert "\u202e" not in out
        assert json.loads(out)


def test_invisible_characters_in_data_are_escaped_in_every_view(tmp_path: Path) -> None:
    """A hostile-input audit's: RLM, the byte order mark and tags reached markdown and diff raw."""
    document = json.loads((ROOT / "datasets" / "kunming" / "2026.json").read_text(encoding="utf-8"))
    invisible = "\u200f\u061c\ufeff\U000e0041"
    more = "\u200b\u2060\u206a\ufff9\u3164\U0001d173"  # a review's: still raw
    document["projects"][0]["title"]["zh"] = f"托育{invisible}服务{more}"
    path = tmp_path / "title.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    for args in (
        ("report", str(path), "--format", "text"),
        ("report", str(path), "--format", "markdown"),
        ("show", str(path)),
        ("diff", "kunming/2026", str(path)),
    ):
        out = run(*args, "--locale", "zh-Hans").stdout
        assert "\\u200f\\u061c\\ufeff\\U000e0041" in out, args
        assert not set(invisible + more) & set(out), args
    out = run("report", str(path), "--format", "json").stdout
    assert not set(invisible) & set(out)
    assert json.loads(out)["projects"][0]["title"]["zh"] == f"托育{invisible}服务{more}"


def test_migrate_to_standard_output_writes_json_that_loads(tmp_path: Path) -> None:
    """A review's: migrate escaped a note's tag characters and NEL as a terminal would.

    The output held backslash escapes no JSON reader takes; and an HTML page
    showed a zero-width space as the text of its escape.
    """
    document = json.loads((ROOT / "datasets" / "kunming" / "2026.json").read_text(encoding="utf-8"))
    document["$schema"] = minsheng.SCHEMA_ID.replace(":2", ":1")
    note = "英格兰\U0001f3f4\U000e0067\U000e0062\U000e007f旗，下一行\x85完"
    document["notes"] = [note]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    out = run("migrate", str(path)).stdout
    assert not {"\x85", "\U000e0067"} & set(out)
    assert minsheng.loads(out).notes == (note,)
    document["projects"][0]["title"]["zh"] = "托育\u200b服务"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    page = run("report", str(path), "--format", "html", "--locale", "zh-Hans").stdout
    assert "托育&#x200b;服务" in page
    assert "\u200b" not in page


def test_parse_does_not_echo_a_huge_input() -> None:
    """Regression: parse echoed a 40,000-character input twice; the error is now bounded."""
    result = run("parse", "5" * 20_000 + "个" + "x" * 20_000, "--locale", "en")
    assert result.returncode == 1
    assert len(result.stderr) < 500
    assert "… (40001 characters)" in result.stderr
    shown, caret = result.stderr.splitlines()[-2:]
    # the reading stops at character 256: the caret stands under it, in a window
    assert shown == "  …" + "5" * 60 + "…"
    assert caret == "  " + " " * width("…" + "5" * 30) + "^"


def test_parse_caret_points_at_the_character() -> None:
    """In a short phrase the caret stands under the character where reading stopped."""
    result = run("parse", "3000个" + "x" * 100, "--locale", "en")
    shown, caret = result.stderr.splitlines()[-2:]
    assert shown.startswith("  3000个xxx")
    assert caret == "  " + " " * width("3000个") + "^"


def test_a_huge_exponent_is_rejected_fast_with_a_short_message(tmp_path: Path) -> None:
    """Regression: the 21-byte {"year": 1e999999999} wrote 1 GB to stderr; now one short line."""
    path = tmp_path / "big.json"
    path.write_bytes(b'{"year": 1e999999999}')
    assert path.stat().st_size == 21
    result = run("validate", str(path), "--locale", "en")
    assert result.returncode == 1
    assert len(result.stderr) < 2000
    assert f"{path}: $.year: wrong type; expected an integer, found 1E+999999999" in result.stderr


def test_a_bug_is_one_line_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected exception is reported as a bug in one line, exit 70."""

    def broken(*_: object, **__: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr("minsheng._check.check", broken)
    monkeypatch.delenv("MINSHENG_DEBUG", raising=False)
    result = run("validate", "kunming/2026", env={"LANG": "en_US.UTF-8"})
    assert result.returncode == 70
    assert result.stderr.splitlines() == [
        (
            "minsheng: internal error, a bug in minsheng (ZeroDivisionError: boom);"
            " set MINSHENG_DEBUG=1 for the traceback"
        )
    ]


def test_running_out_of_memory_is_no_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    """A hostile-input audit's: a MemoryError under a memory limit was "a bug in minsheng"."""

    def hungry(*_: object, **__: object) -> None:
        raise MemoryError

    monkeypatch.setattr("minsheng._check.check", hungry)
    result = run("validate", "kunming/2026", env={"LANG": "en_US.UTF-8"})
    assert (result.returncode, result.stderr) == (1, "minsheng: out of memory\n")


def test_an_extra_that_fails_to_import_is_not_called_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A hostile-input audit's: pyarrow, installed, failing to load, was "install the extra"."""
    import importlib

    real = importlib.import_module

    def failing(name: str, *args: object) -> object:
        if name.startswith("pyarrow"):
            raise ImportError("libarrow.so.2000: failed to map segment from shared object")
        return real(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib, "import_module", failing)
    result = run(
        "export", "kunming", "2026", "--format", "parquet", "--to", str(tmp_path / "o"),
        "--locale", "en",
    )  # fmt: skip
    assert result.returncode == 1
    assert "installed but failed to import: libarrow.so.2000" in result.stderr
    assert "pip install" not in result.stderr


@pytest.mark.parametrize(
    "args", [("site", ""), ("site", "  "), ("migrate", ""), ("migrate", "x.json", "--to", "")]
)
def test_empty_folder_or_file_is_a_usage_error(
    args: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: `site ''` wrote the site into the current folder; now exit 2, nothing written."""
    monkeypatch.chdir(tmp_path)
    result = run(*args, env={"LANG": "en_US.UTF-8"})
    assert result.returncode == 2, result.stderr
    assert "an empty argument" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", sorted(_COMMANDS))
def test_every_argument_has_help_and_formats_state_their_default(command: str) -> None:
    """Regression: site DIR, migrate FILE, parse's phrase had no help; --format hid its default."""
    parser = _parser(served("en"), command)
    (sub,) = (
        action.choices[command]
        for action in parser._actions  # noqa: SLF001 - argparse keeps its actions there
        if isinstance(action.choices, dict) and command in action.choices
    )
    for action in sub._actions:  # noqa: SLF001
        assert action.help, (command, action.dest)
        if action.dest == "format":
            assert f"(default: {action.default})" in action.help, command


def test_a_folder_named_like_a_city_does_not_hide_its_dataset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: after export --to kunming, report kunming 2025 read the folder."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "kunming").mkdir()
    result = run("report", "kunming", "2025", "--locale", "en")
    assert result.returncode == 0
    assert result.stdout.startswith("Kunming 2025")
    alone = run("validate", "kunming", "--locale", "en")  # no year: the folder, and says so
    assert alone.returncode == 1
    assert "kunming: $: a folder, not a file" in alone.stderr


def test_usage_mistakes_a_newcomer_made_are_named() -> None:
    """Regression: --city Kunming matched nothing silently; migrate kunming/2025 blamed a file."""
    city = run("list", "--city", "Kunming", env={"LANG": "en_US.UTF-8"})
    assert city.returncode == 2
    assert "'Kunming' is not a city's slug" in city.stderr
    migrate = run("migrate", "kunming/2025", "--locale", "en")
    assert migrate.returncode == 2
    assert "migrate takes a file; 'kunming/2025' names a dataset of the registry" in migrate.stderr


def test_a_voted_program_does_not_count_reported_projects() -> None:
    """Regression: a list voted that day said '0 of 10 projects reported complete'."""
    assert "reported complete" not in run("report", "kunming", "2026", "--locale", "en").stdout
    reported = run("report", "kunming", "2025", "--locale", "en").stdout
    assert "10 of 10 projects reported complete." in reported


def test_an_option_before_its_command_says_where_it_goes() -> None:
    """Regression: ``minsheng --locale en report …`` blamed ``en`` as an unknown command."""
    result = run("--locale", "en", "report", "kunming", "2025", env={"LANG": "en_US.UTF-8"})
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == (
        "minsheng: error: --locale is an option of a command: put it after report"
    )
    joined = run("--locale=en", "report", "kunming", "2025", env={"LANG": "en_US.UTF-8"})
    assert joined.stderr.splitlines()[-1].endswith(
        "--locale is an option of a command: put it after report"
    )
    chinese = run("--format", "json", "list")
    assert chinese.returncode == 2
    assert chinese.stderr.splitlines()[-1].endswith("--format是子命令的选项：请放在list之后")


def test_diff_usage_says_it_takes_two_datasets(capsys: pytest.CaptureFixture[str]) -> None:
    """Its usage read OLD NEW [OLD NEW ...], where four datasets are refused."""
    with pytest.raises(SystemExit):
        main(["diff", "--help"])
    usage = capsys.readouterr().out.splitlines()[0]
    assert usage.endswith("[--locale LOCALE] OLD NEW"), usage


def test_the_entry_module_python_imports_is_the_source() -> None:
    """An editable install copies src/_minsheng_entry.py: after an edit, the copy ran on."""
    import _minsheng_entry

    installed = Path(_minsheng_entry.__file__).read_text(encoding="utf-8")
    source = (ROOT / "src" / "_minsheng_entry.py").read_text(encoding="utf-8")
    assert installed == source, "reinstall: pip install -e . (the entry module is a copy)"


def test_the_json_report_carries_each_projects_vote_rank() -> None:
    """The text report showed 2026's ranks; the JSON report, its machine form, had none."""
    program = minsheng.load("kunming", 2026)
    data = minsheng.report_data(minsheng.assess(program))
    assert program.ballot is not None
    ranks = {e.project: e.rank for e in program.ballot.entries}
    assert [(p["number"], p["rank"]) for p in data["projects"]] == [
        (p.number, ranks[p.number]) for p in program.projects if p.number is not None
    ]
    jsonschema.validate(data, minsheng.json_schema("report"))
    unranked = minsheng.report_data(minsheng.assess(minsheng.load("kunming", 2025)))
    assert {p["rank"] for p in unranked["projects"]} == {None}


@pytest.mark.parametrize("style", ["text", "json"])
def test_a_report_on_data_with_errors_says_so_and_exits_1(tmp_path: Path, style: str) -> None:
    """A report on data with errors exited 0, with nothing on standard error."""
    document = json.loads((ROOT / "datasets" / "kunming" / "2025.json").read_text("utf-8"))
    document["projects"][0]["metrics"][0]["actual"].update(phrase="预计5100个")
    path = tmp_path / "wrong.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = run("report", str(path), "--format", style, "--locale", "en")
    assert result.returncode == 1
    assert result.stdout  # the report, whole
    # named by its file: kunming/2025 is the shipped dataset, which validate finds fine
    assert result.stderr == (
        f"{path}: the data has errors (2); a metric with one is undetermined"
        " (see minsheng validate)\n"
    )
    assert run("report", "kunming", "2025", "--format", style).returncode == 0


def test_datasets_may_follow_an_option() -> None:
    """A newcomer's: validate kunming 2025 --strict kunming 2026 was a usage error."""
    result = run("validate", "kunming", "2025", "--strict", "kunming", "2026", "--locale", "en")
    assert result.returncode == 0  # 2025's one warning is acknowledged
    assert "kunming/2026: ok" in result.stdout
    assert "2 datasets: 2 passed, 0 failed" in result.stdout
    bogus = run("validate", "kunming", "2025", "--bogus", env={"LANG": "C.UTF-8"})
    assert bogus.returncode == 2
    assert "minsheng validate: error: unrecognized arguments: --bogus" in bogus.stderr


@pytest.mark.parametrize(
    "words",
    [("list",), ("schema",), ("export", "kunming", "2025", "--to", "{tmp}/out")],
)
def test_every_command_takes_a_locale(tmp_path: Path, words: tuple[str, ...]) -> None:
    """A newcomer's: list, export and schema refused --locale, which scripts pass to each."""
    result = run(*(w.format(tmp=tmp_path) for w in words), "--locale", "en")
    assert result.returncode == 0, result.stderr
    none = run("list", "--city", "kunming", "--years", "2030", "--locale", "en")
    assert none.stderr == "minsheng: no dataset matches the selection\n"


def test_a_city_no_dataset_is_for_is_an_error_not_an_empty_export(tmp_path: Path) -> None:
    """Regression: export --city kunmin (a typo) wrote four empty tables and exited 0."""
    for args in (
        ("export", "--city", "kunmin", "--to", str(tmp_path / "out")),
        ("export", "kunming/2025", "--city", "kunmin", "--to", str(tmp_path / "out")),
        ("list", "--city", "kunming", "--city", "kunmin"),
    ):
        result = run(*args)
        assert result.returncode == 1, args
        assert result.stderr == "minsheng: 没有城市'kunmin'的数据集；现有：kunming\n"
    assert not (tmp_path / "out").exists()
    assert run("list", "--city", "kunming", "--status", "met").returncode == 0


def test_a_draft_its_loader_would_refuse_is_written_nowhere(tmp_path: Path) -> None:
    """A hostile-input audit's: draft exited 0 with a dataset validate then refused.

    A numbered item of 25,000 characters became a title past the string
    limit; an undecodable byte in --name a lone surrogate on standard output.
    """
    source = tmp_path / "long.txt"
    source.write_text("1." + "长" * 25_000 + "新增学位不少于5个。\n", encoding="utf-8")
    to = tmp_path / "draft.json"
    result = run(
        "draft", str(source), "--city", "kunming", "--year", "2025", "--to", str(to),
        "--locale", "en",
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.startswith(f"{source} (draft): $.projects[0].title.zh: a string of")
    assert "(25009 characters)" in result.stderr  # its own size, not its escaped one's
    assert not to.exists()
    plain = tmp_path / "plain.txt"
    plain.write_text("新增学位不少于3000个。", encoding="utf-8")
    named = run(
        "draft", str(plain), "--city", "dali", "--year", "2025", "--name", "\udcff大理",
        "--division-code", "532900", "--province", "云南省", "--locale", "en",
    )  # fmt: skip
    assert named.returncode == 1
    assert named.stdout == ""
    assert "a lone surrogate U+DCFF" in named.stderr


def test_draft_name_without_division_code_is_a_usage_error() -> None:
    """Regression: draft --name without --division-code exited 1, as for bad data."""
    result = run("draft", "/dev/null", "--city", "exampleton", "--year", "2025", "--name", "X")
    assert result.returncode == 2
    assert "--division-code" in result.stderr


@pytest.mark.parametrize("command", ["migrate", "draft"])
def test_a_file_at_to_is_replaced_only_with_force(tmp_path: Path, command: str) -> None:
    """Regression: draft --to and migrate --to wrote over a file reviewed by hand."""
    target = tmp_path / "out.json"
    target.write_text("reviewed by hand", encoding="utf-8")
    if command == "migrate":
        args = ["migrate", str(ROOT / "datasets" / "kunming" / "2025.json")]
    else:
        source = tmp_path / "report.txt"
        source.write_text("新增公办幼儿园学位5100余个。", encoding="utf-8")
        args = ["draft", str(source), "--city", "kunming", "--year", "2025"]
    refused = run(*args, "--to", str(target))
    assert refused.returncode == 1
    assert "--force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "reviewed by hand"
    assert run(*args, "--to", str(target), "--force").returncode == 0
    assert minsheng.load_file(target).year == 2025


def test_a_report_on_a_program_level_error_exits_1(tmp_path: Path) -> None:
    """A review's: a ballot dated years before its program failed validate, but report exited 0."""
    document = json.loads((ROOT / "datasets" / "kunming" / "2025.json").read_text("utf-8"))
    document["ballot"]["date"] = "2020-01-20"
    path = tmp_path / "ballot.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert run("validate", str(path)).returncode == 1
    result = run("report", str(path))
    assert result.returncode == 1
    assert result.stderr.startswith(f"{path}：数据有错误（1处）")


@pytest.mark.parametrize("command", ["validate", "report", "show"])
def test_a_dash_for_standard_input_is_a_usage_error(command: str) -> None:
    """Regression: validate - said the file could not be read: No such file or directory."""
    result = run(command, "-")
    assert result.returncode == 2
    assert result.stderr == "minsheng: - （标准输入）不代表数据集：请给出文件名\n"


@pytest.mark.parametrize("command", [("report",), ("export", "--to", "unused")])
def test_a_huge_unknown_city_is_shown_clipped(command: tuple[str, ...]) -> None:
    """Regression: report with a 100,000-letter city echoed all of it on standard error."""
    city = "x" * 100_000
    args = (*command, city, "2025") if command == ("report",) else (*command, "--city", city)
    result = run(*args)
    assert result.returncode == 1
    assert len(result.stderr) < 1000
    assert "(100002 characters)" in result.stderr


def _limited(*args: str, size: int) -> subprocess.CompletedProcess[str]:
    """The command line in a child that may write files of at most ``size`` bytes."""
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return subprocess.run(  # noqa: PLW1510 - the return code is asserted
        [sys.executable, "-m", "minsheng", *args, "--locale", "en"],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=limit,  # a limit of the child alone
        env={**os.environ, "LANG": "C.UTF-8"},
    )


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX file size limit")
def test_a_failed_migrate_in_place_leaves_the_dataset_whole(tmp_path: Path) -> None:
    """A hostile-input audit's: migrate old.json --to old.json --force on a full disk.

    The file was opened for writing and cut off at the limit: the only copy
    of the dataset was lost.  It is written beside and renamed now.
    """
    old = tmp_path / "old.json"
    old.write_bytes((ROOT / "datasets" / "kunming" / "2025.json").read_bytes())
    before = old.read_bytes()
    result = _limited("migrate", str(old), "--to", str(old), "--force", size=8192)
    assert result.returncode == 1
    assert "cannot write the file: File too large" in result.stderr
    assert "Traceback" not in result.stderr
    assert old.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.json"]  # no temporary


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_migrate_and_draft_refuse_a_fifo_and_a_dash(tmp_path: Path) -> None:
    """Writing to a FIFO waited for a reader for ever; --to - made a file named -."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    old = ROOT / "tests" / "data" / "schema-1" / "undetermined.json"
    result = _limited("migrate", str(old), "--to", str(fifo), "--force", size=10**9)
    assert result.returncode == 1
    assert "not a regular file" in result.stderr
    for to in ("-", ""):
        refused = run("migrate", str(old), "--to", to, "--locale", "en")
        assert (refused.returncode, "names no file" in refused.stderr) == (2, True), to
        source = tmp_path / "report.txt"
        source.write_text("一、新建学校\n新增学位3000个。\n", encoding="utf-8")
        args = ("draft", str(source), "--city", "kunming", "--year", "2025", "--to", to)
        refused = run(*args, "--locale", "en")
        assert (refused.returncode, "names no file" in refused.stderr) == (2, True), to
    assert not (Path.cwd() / "-").exists()


def test_a_link_that_loops_is_a_file_that_cannot_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hostile-input audit's: a loop of links was a usage error (exit 2), not an I/O one."""
    monkeypatch.chdir(tmp_path)
    Path("l1").symlink_to("l2")
    Path("l2").symlink_to("l1")
    result = run("report", "l1", "--locale", "en")
    assert result.returncode == 1
    assert result.stderr.startswith("l1: $: cannot read the file: ")


def test_to_paths_that_would_lose_a_file_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A diff review's: --to paths that lost a file, or a dataset.

    --to b.json/ replaced b.json without --force; a loop of links was
    replaced by a file; a dangling link named kunming hid the dataset
    kunming 2025; a FIFO's reason was in English whatever the locale.
    """
    monkeypatch.chdir(tmp_path)
    old = str(ROOT / "tests" / "data" / "schema-1" / "undetermined.json")
    Path("b.json").write_text("keep", encoding="utf-8")
    for to in ("b.json/", "b.json/."):
        refused = run("migrate", old, "--to", to, "--locale", "en")
        assert (refused.returncode, "names a folder, not a file" in refused.stderr) == (2, True)
    assert Path("b.json").read_text(encoding="utf-8") == "keep"
    Path("l1").symlink_to("l2")
    Path("l2").symlink_to("l1")
    looped = run("migrate", old, "--to", "l1", "--force", "--locale", "en")
    assert looped.returncode == 1
    assert Path("l1").is_symlink()
    Path("dangling").symlink_to("made.json")  # a link to a file not yet made is written
    asked = run("migrate", old, "--to", "dangling", "--locale", "en")  # with --force only
    assert (asked.returncode, "pass --force" in asked.stderr) == (1, True)
    assert run("migrate", old, "--to", "dangling", "--locale", "en", "--force").returncode == 0
    assert Path("dangling").is_symlink()
    assert json.loads(Path("made.json").read_text(encoding="utf-8"))["$schema"]
    Path("kunming").symlink_to("nowhere")
    assert run("validate", "kunming", "2025", "--locale", "en").returncode == 0
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    refused = run("migrate", old, "--to", str(fifo), "--force", "--locale", "zh-Hans")
    assert "它不是普通文件" in refused.stderr  # in the locale's words
    # a last review's: a link to a device or a folder is refused for what it is, at once
    Path("null").symlink_to("/dev/null")
    refused = run("migrate", old, "--to", "null", "--locale", "en")
    assert "not a regular file" in refused.stderr


def test_a_migrate_keeps_the_mode_and_writes_through_a_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written beside and renamed, the file keeps its mode; a link keeps naming it."""
    monkeypatch.chdir(tmp_path)
    old = str(ROOT / "tests" / "data" / "schema-1" / "undetermined.json")
    Path("real.json").write_text("{}", encoding="utf-8")
    Path("real.json").chmod(0o640)
    Path("link.json").symlink_to("real.json")
    assert run("migrate", old, "--to", "link.json", "--force", "--locale", "en").returncode == 0
    assert Path("link.json").is_symlink()
    assert Path("real.json").stat().st_mode & 0o777 == 0o640
    assert json.loads(Path("real.json").read_text(encoding="utf-8"))["$schema"]


def test_export_of_data_with_errors_writes_the_tables_and_says_so(tmp_path: Path) -> None:
    """A third semantic review's: export of data that fails validate exited 0, silent.

    Its tables are written (a metric with an error is undetermined in them),
    as report prints its report; both say so on standard error and exit 1.
    """
    document = json.loads((ROOT / "datasets" / "kunming" / "2025.json").read_text("utf-8"))
    document["projects"][0]["metrics"][1]["actual"]["multiplier"] = 3  # 2.6万 is 10⁴
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = run("export", str(wrong), "--to", str(tmp_path / "out"), env={"LANG": "C.UTF-8"})
    assert result.returncode == 1
    assert result.stderr == (
        f"{wrong}: the data has errors (1); a metric with one is undetermined"
        " (see minsheng validate)\n"
    )
    assert (tmp_path / "out" / "metrics.csv").exists()
    clean = run("export", "kunming", "2025", "--to", str(tmp_path / "clean"))
    assert (clean.returncode, clean.stderr) == (0, "")


@pytest.mark.parametrize(
    "args",
    [
        ("list", "--category", "a" * 100_000),
        ("list", "--status", "a" * 100_000),
        ("schema", "--name", "a" * 100_000),
        ("a" * 100_000,),
        ("list", "--" + "a" * 100_000),
    ],
)
def test_argparse_errors_show_a_long_value_by_its_start_and_size(args: tuple[str, ...]) -> None:
    """A reviewer's: an invalid choice of 100,000 characters was echoed whole on stderr."""
    result = run(*args)
    assert result.returncode == 2
    assert len(result.stderr) < 2000
    assert re.search(r"… \(1000[0-9]{2} characters\)", result.stderr)


def test_draft_refuses_a_city_that_is_no_slug_as_a_usage_error(tmp_path: Path) -> None:
    """A reviewer's: draft --city Kunming exited 1, where the exit-code table says 2."""
    report = tmp_path / "r.txt"
    report.write_text("新增学位3000个", encoding="utf-8")
    result = run("draft", str(report), "--city", "Kunming", "--year", "2025")
    assert result.returncode == 2
    assert "'Kunming'" in result.stderr
