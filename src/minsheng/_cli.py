"""The ``minsheng`` command.

Exit codes: 0 success; 1 the data has problems, cannot be found or cannot be
read, or the output cannot be written (one line per problem on standard
error, never a traceback); 2 the command line is wrong; 70 a bug in
minsheng; 130 interrupted (Ctrl-C); 141 the reader of the output went away.
Every key or value echoed from data has its control characters escaped.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs

from minsheng._assess import assess
from minsheng._check import check, quantity_paths
from minsheng._converters import CONVERTER
from minsheng._errors import (
    DatasetError,
    LocaleError,
    MinshengError,
    ParseError,
    Problem,
    clip,
    problem,
    shown,
)
from minsheng._format import format_quantity
from minsheng._i18n import _, msg
from minsheng._json import dumps, load_file
from minsheng._locale import LOCALES, Locale, environment_locale, served
from minsheng._model import Program
from minsheng._parse import parse_quantity
from minsheng._quantity import Approximation, Quantity
from minsheng._registry import available, load
from minsheng._render import REPORT_STYLES, format_program, format_report, width
from minsheng._schemas import schema_text
from minsheng._version import __version__

_KEY = re.compile(r"([a-z][a-z0-9-]*)[/:]([0-9]{4})")
_CITY = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")
_YEAR = re.compile(r"[0-9]{4}")

# Characters that must never reach a terminal as they are: C0 and C1 controls
# (escape sequences), bidirectional overrides, line separators, surrogates.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_UNSAFE_IN_DATA = re.compile("[\t\n]|" + _UNSAFE.pattern)


_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escaped_char(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def _json_escaped_char(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def escape(text: str) -> str:
    """``text`` with every control character shown as an escape; newlines and tabs stay."""
    return _UNSAFE.sub(_escaped_char, text)


def escape_line(text: str) -> str:
    """``text`` as one line: newlines and tabs are escaped too."""
    return _UNSAFE_IN_DATA.sub(_escaped_char, text)


def _escape_json(text: str) -> str:
    # json.dumps escapes C0 controls; the rest appear only inside strings, where
    # \uXXXX is the same JSON value.
    return _UNSAFE.sub(_json_escaped_char, text)


class _UsageError(MinshengError):
    """A command line that names no dataset minsheng can find."""


class _Output:
    """Standard output through an escaping filter; a closed stream is an error."""

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream
        self.filter = escape

    def write(self, text: str) -> None:
        if self.stream is None:
            raise OSError(errno.EBADF, _("standard output is closed"))
        self.stream.write(self.filter(text))

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)


def _err(line: str) -> None:
    """Write one line to standard error, escaped; say nothing if it is gone."""
    stream = sys.stderr
    if stream is None:
        return
    with contextlib.suppress(OSError, ValueError):
        stream.write(escape_line(line) + "\n")


@attrs.frozen
class _Target:
    """One dataset a command line names: a registry key or a file."""

    label: str
    city: str | None = None
    year: int | None = None
    file: str | None = None

    def load(self) -> Program:
        if self.file is not None:
            return load_file(self.file)
        assert self.city is not None  # noqa: S101 - one or the other
        assert self.year is not None  # noqa: S101
        return load(self.city, self.year)


def _is_path(word: str) -> bool:
    try:
        os.stat(word)  # noqa: PTH116 - a word, not yet a path
    except (OSError, ValueError):  # too long, a NUL byte, missing: not a path here
        return False
    return True


def targets(words: Sequence[str]) -> list[_Target | MinshengError]:
    """Read dataset arguments: ``CITY YEAR``, ``CITY/YEAR`` or ``FILE``, several at once.

    A word that names an existing file is that file.  Each argument that names
    nothing becomes the error that says so, in its place.
    """
    found: list[_Target | MinshengError] = []
    i = 0
    while i < len(words):
        word = words[i]
        i += 1
        if not word:
            raise _UsageError(msg("an empty argument names no dataset"))
        if _is_path(word):
            found.append(_Target(word, file=word))
            continue
        if _CITY.fullmatch(word) and i < len(words) and _YEAR.fullmatch(words[i]):
            found.append(_Target(f"{word}/{words[i]}", city=word, year=int(words[i])))
            i += 1
            continue
        match = _KEY.fullmatch(word)
        if match is not None:
            found.append(_Target(word, city=match[1], year=int(match[2])))
        elif _CITY.fullmatch(word):
            found.append(
                _UsageError(
                    msg(
                        "{word} is neither a file nor CITY YEAR or CITY/YEAR",
                        word=shown(word),
                    )
                )
            )
        else:
            found.append(_Target(word, file=word))  # reading it says what is wrong
    return found


def _programs(words: Sequence[str]) -> list[Program]:
    """Load every dataset the arguments name; the first that fails stops the command."""
    programs = []
    for target in targets(words):
        if isinstance(target, MinshengError):
            raise target
        programs.append(target.load())
    return programs


def _earlier(program: Program) -> Program | None:
    keys = {(d.city, d.year) for d in available()}
    previous = (program.jurisdiction.slug, program.year - 1)
    return load(*previous) if previous in keys else None


def _for_terminal(program: Program) -> Program:
    """``program`` with control characters in its text escaped, for the text views.

    A title holding a newline would otherwise forge a line of the report, and
    one holding an escape sequence would colour the terminal.
    """
    data = CONVERTER.unstructure(program)
    if not _has_unsafe(data):
        return program
    return CONVERTER.structure(_escape_data(data), Program)


def _has_unsafe(data: object) -> bool:
    if isinstance(data, str):
        return _UNSAFE_IN_DATA.search(data) is not None
    if isinstance(data, dict):
        return any(_has_unsafe(k) or _has_unsafe(v) for k, v in data.items())
    if isinstance(data, list):
        return any(_has_unsafe(v) for v in data)
    return False


def _escape_data(data: object) -> object:
    if isinstance(data, str):
        return escape_line(data)
    if isinstance(data, dict):
        return {k: _escape_data(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_escape_data(v) for v in data]
    return data


def _cmd_list(args: argparse.Namespace, out: _Output) -> int:
    infos = available()
    if args.format == "json":
        out.filter = _escape_json
        data = [{"city": d.city, "year": d.year, "provider": d.provider} for d in infos]
        out.write(json.dumps(data, indent=2) + "\n")
    else:
        out.writelines(f"{info.city}\t{info.year}\t{info.provider}\n" for info in infos)
    return 0


def _cmd_show(args: argparse.Namespace, out: _Output) -> int:
    programs = _programs(args.dataset)
    if args.format == "json":
        out.filter = _escape_json
        if len(programs) == 1:
            out.write(dumps(programs[0]))
        else:
            out.write("[\n" + ",\n".join(dumps(p).rstrip("\n") for p in programs) + "\n]\n")
        return 0
    for n, program in enumerate(programs):
        earlier = _earlier(program)
        text = format_program(
            _for_terminal(program),
            locale=args.locale,
            earlier=None if earlier is None else _for_terminal(earlier),
        )
        out.write(("\n" if n else "") + text)
    return 0


def _cmd_report(args: argparse.Namespace, out: _Output) -> int:
    programs = _programs(args.dataset)
    if args.format == "json":
        out.filter = _escape_json
        reports = [format_report(assess(p), style="json") for p in programs]
        if len(reports) == 1:
            out.write(reports[0])
        else:
            out.write("[\n" + ",\n".join(r.rstrip("\n") for r in reports) + "\n]\n")
        return 0
    for n, program in enumerate(programs):
        text = format_report(assess(_for_terminal(program)), locale=args.locale, style=args.format)
        out.write(("\n" if n else "") + text)
    return 0


def _cmd_schema(args: argparse.Namespace, out: _Output) -> int:
    out.write(schema_text(args.name))
    return 0


def _cmd_migrate(args: argparse.Namespace, out: _Output) -> int:
    """Read a dataset of any supported schema and write it in the current one."""
    text = dumps(load_file(args.file))
    if args.to is None:
        out.write(text)
        return 0
    try:
        Path(args.to).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise DatasetError(
            file=args.to,
            problems=[
                problem(
                    "io",
                    "$",
                    msg("cannot write the file: {reason}", reason=exc.strerror or str(exc)),
                )
            ],
        ) from None
    return 0


def _problem_line(label: str, item: Problem, t: Callable[[str], str]) -> str:
    line = item.describe(t)
    if item.severity == "warning":
        head = f"{item.path}: "
        line = head + t("warning: ") + line.removeprefix(head)
    return f"{label}: {line}"


def _cmd_validate(args: argparse.Namespace, out: _Output) -> int:
    t = args.locale.gettext
    named = (
        targets(args.paths)
        if args.paths
        else [_Target(f"{d.city}/{d.year}", city=d.city, year=d.year) for d in available()]
    )
    failed = 0
    for target in named:
        try:
            if isinstance(target, MinshengError):
                raise target
            program = target.load()
        except DatasetError as exc:
            failed += 1
            for line in exc.lines(t):
                _err(line)
            continue
        except MinshengError as exc:
            failed += 1
            _err(f"minsheng: {exc.render(t)}")
            continue
        problems: tuple[Problem, ...] = check(program)
        warnings = [p for p in problems if p.severity == "warning"]
        for found in problems:
            _err(_problem_line(target.label, found, t))
        if len(warnings) < len(problems) or (args.strict and warnings):
            failed += 1
            continue
        figures = list(quantity_paths(program))
        phrases = sum(1 for _, q in figures if q.phrase is not None)
        message = t(
            "{target}: ok; projects: {projects}, figures: {figures},"
            " checked against their phrases: {phrases}"
        )
        if warnings:
            message += t("; warnings: {warnings}")
        out.write(
            message.format(
                target=target.label,
                projects=len(program.projects),
                figures=len(figures),
                phrases=phrases,
                warnings=len(warnings),
            )
            + "\n"
        )
    if len(named) > 1:
        summary = t("{total} datasets: {ok} passed, {failed} failed").format(
            total=len(named), ok=len(named) - failed, failed=failed
        )
        if failed:
            _err(summary)
        else:
            out.write(summary + "\n")
    return 1 if failed else 0


def _parsed_data(quantity: Quantity) -> dict[str, Any]:
    interval = quantity.interval
    return {
        "value": format(quantity.value, "f"),
        "low": format(interval.low, "f"),
        "high": format(interval.high, "f"),
        "low_closed": interval.low_closed,
        "high_closed": interval.high_closed,
        "comparator": None if quantity.comparator is None else quantity.comparator.value,
        "unit": quantity.unit,
        "per": [
            {"amount": format(p.amount, "f"), "unit": p.unit, "subject": p.subject}
            for p in quantity.per
        ],
        "multiplier": quantity.multiplier,
        "decimals": quantity.decimals,
        "significant_digits": quantity.significant_digits,
        "approximate": quantity.approximation is not Approximation.EXACT,
        "approximation": quantity.approximation.value,
        "text": quantity.phrase,
    }


def _cmd_parse(args: argparse.Namespace, out: _Output) -> int:
    if not args.text:
        raise _UsageError(msg("an empty argument is not a phrase"))
    quantity = parse_quantity(args.text)
    if args.format == "json":
        out.filter = _escape_json
        out.write(json.dumps(_parsed_data(quantity), ensure_ascii=False) + "\n")
        return 0
    interval = quantity.interval
    bounds = (
        ("[" if interval.low_closed else "(")
        + f"{interval.low:f}, {interval.high:f}"
        + ("]" if interval.high_closed else ")")
    )
    comparator = f"{quantity.comparator.value} " if quantity.comparator else ""
    out.write(
        f"{comparator}{quantity.value:f} {quantity.unit or ''}".rstrip()
        + f"  {bounds}  {quantity.approximation.value}"
        + f"  ×10^{quantity.multiplier}"
        + f"  {format_quantity(quantity, locale=args.locale)}\n"
    )
    return 0


# argparse's own words, so that the catalogs translate them too (argparse asks
# gettext for exactly these msgids).
_ARGPARSE_WORDS = (
    _("usage: "),
    _("positional arguments"),
    _("options"),
    _("show this help message and exit"),
    _("show program's version number and exit"),
    _("%(prog)s: error: %(message)s\n"),
    _("the following arguments are required: %s"),
    _("unrecognized arguments: %s"),
    _("invalid choice: %(value)r (choose from %(choices)s)"),
    _("argument %(argument_name)s: %(message)s"),
    _("expected one argument"),
    _("expected at least one argument"),
    _("invalid %(type)s value: %(value)r"),
    _("ambiguous option: %(option)s could match %(matches)s"),
)


@contextlib.contextmanager
def _argparse_speaks(locale: Locale) -> Iterator[None]:
    """Let argparse's own words read in ``locale`` while the command line is parsed."""
    namespace = vars(argparse)
    saved = namespace["_"]
    namespace["_"] = locale.gettext
    try:
        yield
    finally:
        namespace["_"] = saved


def _parser(locale: Locale) -> argparse.ArgumentParser:
    # Help, usage and argparse's own errors all read in the environment's locale.
    t = locale.gettext
    parser = argparse.ArgumentParser(
        prog="minsheng",
        description=t("Chinese cities' livelihood pledges (民生实事) as data."),
    )
    parser.add_argument("--version", action="version", version=f"minsheng {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(
        name: str, handler: Callable[[argparse.Namespace, _Output], int], text: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text)
        sub.set_defaults(handler=handler)
        return sub

    def add_locale(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--locale",
            type=_locale_argument,
            default=locale,
            help=t(
                "one of {choices} or a tag such as zh-CN, en_US"
                " (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG; English under C)"
            ).format(choices=", ".join(LOCALES)),
        )

    sub = add("list", _cmd_list, t("list the datasets that can be loaded"))
    sub.add_argument("--format", choices=("text", "json"), default="text")

    datasets = t("each CITY YEAR, CITY/YEAR or FILE")
    sub = add("show", _cmd_show, t("show a program: its vote, projects and figures"))
    sub.add_argument("dataset", nargs="+", metavar="DATASET", help=datasets)
    sub.add_argument("--format", choices=("text", "json"), default="text")
    add_locale(sub)

    sub = add("report", _cmd_report, t("report attainment: actual against target"))
    sub.add_argument("dataset", nargs="+", metavar="DATASET", help=datasets)
    sub.add_argument("--format", choices=REPORT_STYLES, default="text")
    add_locale(sub)

    sub = add(
        "validate",
        _cmd_validate,
        t("check datasets: structure, references, sums, phrases"),
    )
    sub.add_argument(
        "paths",
        nargs="*",
        metavar="DATASET",
        help=t("each CITY YEAR, CITY/YEAR or FILE (default: every dataset)"),
    )
    sub.add_argument(
        "--strict", action="store_true", help=t("fail on warnings too, not only on errors")
    )
    add_locale(sub)

    sub = add("schema", _cmd_schema, t("print a JSON Schema"))
    sub.add_argument("--name", choices=("program", "report"), default="program")

    sub = add(
        "migrate", _cmd_migrate, t("rewrite a dataset of an earlier schema in the current one")
    )
    sub.add_argument("file", metavar="FILE")
    sub.add_argument("--to", metavar="PATH", help=t("where to write it (default: standard output)"))
    add_locale(sub)

    sub = add("parse", _cmd_parse, t("parse a Chinese quantity phrase such as 5100余个"))
    sub.add_argument("text")
    sub.add_argument("--format", choices=("text", "json"), default="text")
    add_locale(sub)
    return parser


def _locale_argument(value: str) -> Locale:
    try:
        return served(value)
    except LocaleError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code.

    Never a traceback: Ctrl-C is exit 130, a closed pipe exit 141 in silence,
    and an output that cannot be written (a full disk, a closed standard
    output) one line on standard error and exit 1.
    """
    try:
        return _main(argv)
    except KeyboardInterrupt:
        _discard_stdout()
        return 130
    except BrokenPipeError:
        _discard_stdout()
        return 141
    except OSError as exc:
        _discard_stdout()
        reason = clip(_translate()(exc.strerror or str(exc)))
        _err("minsheng: " + _translate()("cannot write the output: {reason}").format(reason=reason))
        return 1
    except Exception as exc:
        if os.environ.get("MINSHENG_DEBUG"):
            raise
        error = f"{type(exc).__name__}: {clip(str(exc))}"
        message = _translate()(
            "internal error, a bug in minsheng ({error}); set MINSHENG_DEBUG=1 for the traceback"
        )
        _err("minsheng: " + message.format(error=error))
        return 70


def _translate() -> Callable[[str], str]:
    """The environment's translation, for the last words; English if even that fails."""
    try:
        return environment_locale().gettext
    except Exception:  # noqa: BLE001 - reporting an error must not raise another
        return str


def _discard_stdout() -> None:
    """Point standard output at the null device, so that exiting flushes nothing."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def _main(argv: Sequence[str] | None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    locale = environment_locale()
    with _argparse_speaks(locale):
        args = _parser(locale).parse_args(argv)
    translate = getattr(args, "locale", locale).gettext
    out = _Output(sys.stdout)
    try:
        code: int = args.handler(args, out)
    except DatasetError as exc:
        for line in exc.lines(translate):
            _err(line)
        return 1
    except ParseError as exc:
        _err(f"minsheng: {exc.render(translate)}")
        shown, offset = _window(exc.text, exc.position)
        _err(f"  {shown}")
        _err(f"  {' ' * offset}^")
        return 1
    except MinshengError as exc:
        _err(f"minsheng: {exc.render(translate)}")
        return 2 if isinstance(exc, _UsageError) else 1
    if sys.stdout is not None:
        sys.stdout.flush()  # a full disk or a closed pipe surfaces here, not at exit
    return code


def _window(text: str, position: int, radius: int = 30) -> tuple[str, int]:
    """Escaped ``text`` around ``position``, and the caret's display offset in it."""
    start = max(0, position - radius)
    before = ("…" if start else "") + escape_line(text[start:position])
    after = escape_line(text[position : position + radius])
    end = "…" if position + radius < len(text) else ""
    return before + after + end, width(before)
