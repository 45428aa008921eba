"""The ``minsheng`` command.

Exit codes: 0 success; 1 the data has problems, cannot be found or cannot be
read (one line per problem on standard error, never a traceback); 2 the
command line is wrong.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from minsheng._assess import assess
from minsheng._check import check, quantity_paths
from minsheng._errors import (
    DatasetError,
    LocaleError,
    MinshengError,
    ParseError,
    Problem,
    problem,
)
from minsheng._format import format_quantity
from minsheng._i18n import _, msg
from minsheng._json import dumps, load_file
from minsheng._locale import LOCALES, Locale, environment_locale, served
from minsheng._model import Program
from minsheng._parse import Reading, parse_phrase
from minsheng._quantity import Approximation, Quantity
from minsheng._registry import available, load
from minsheng._render import REPORT_STYLES, format_program, format_report, width
from minsheng._scan import MAX_SCAN, find_quantities
from minsheng._schemas import schema_text
from minsheng._version import __version__

_KEY = re.compile(r"^([a-z][a-z0-9-]*)[/:]([0-9]{4})$")


class _UsageError(MinshengError):
    """A command line that names no dataset minsheng can find."""


def _program(words: Sequence[str]) -> Program:
    """Load the program that ``CITY YEAR``, ``CITY/YEAR`` or ``FILE`` names."""
    if len(words) == 2:
        city, year = words
        if not year.isdigit():
            raise _UsageError(msg("the year must be a number, not {year}", year=repr(year)))
        return load(city, int(year))
    if len(words) == 1:
        (word,) = words
        match = _KEY.match(word)
        if match and not Path(word).exists():
            return load(match.group(1), int(match.group(2)))
        if Path(word).exists() or word.endswith(".json"):
            return load_file(word)
        raise _UsageError(msg("{word} is neither a file nor CITY/YEAR", word=repr(word)))
    raise _UsageError(msg("name a dataset as CITY YEAR, CITY/YEAR or a file path"))


def _earlier(program: Program) -> Program | None:
    keys = {(d.city, d.year) for d in available()}
    previous = (program.jurisdiction.slug, program.year - 1)
    return load(*previous) if previous in keys else None


def _cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    infos = available()
    if args.format == "json":
        data = [{"city": d.city, "year": d.year, "provider": d.provider} for d in infos]
        out.write(json.dumps(data, indent=2) + "\n")
    else:
        out.writelines(f"{info.city}\t{info.year}\t{info.provider}\n" for info in infos)
    return 0


def _cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    program = _program(args.dataset)
    if args.format == "json":
        out.write(dumps(program))
    else:
        out.write(format_program(program, locale=args.locale, earlier=_earlier(program)))
    return 0


def _cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    assessment = assess(_program(args.dataset))
    out.write(format_report(assessment, locale=args.locale, style=args.format))
    return 0


def _cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    out.write(schema_text(args.name))
    return 0


def _cmd_migrate(args: argparse.Namespace, out: TextIO) -> int:
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


def _cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    t = args.locale.gettext
    targets = args.paths or [f"{d.city}/{d.year}" for d in available()]
    failed = False
    for target in targets:
        try:
            program = _program([target])
        except DatasetError as exc:
            failed = True
            for line in exc.lines(t):
                sys.stderr.write(line + "\n")
            continue
        problems: tuple[Problem, ...] = check(program)
        if problems:
            failed = True
            for problem in problems:
                sys.stderr.write(f"{target}: {problem.describe(t)}\n")
        else:
            figures = list(quantity_paths(program))
            phrases = sum(1 for _, q in figures if q.phrase is not None)
            message = t(
                "{target}: ok; projects: {projects}, figures: {figures},"
                " checked against their phrases: {phrases}"
            )
            out.write(
                message.format(
                    target=target,
                    projects=len(program.projects),
                    figures=len(figures),
                    phrases=phrases,
                )
                + "\n"
            )
    return 1 if failed else 0


def _figure_data(quantity: Quantity) -> dict[str, Any]:
    interval = quantity.interval
    return {
        "value": format(quantity.value, "f"),
        "upper": None if quantity.upper is None else format(quantity.upper, "f"),
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
    }


def _parsed_data(reading: Reading) -> dict[str, Any]:
    return {
        **_figure_data(reading.figure),
        "baselines": [_figure_data(b) for b in reading.baselines],
        "change": None if reading.change is None else reading.change.value,
        "direction": None if reading.direction is None else reading.direction.value,
        "text": reading.figure.phrase,
    }


def _reading_line(reading: Reading, locale: Locale) -> str:
    quantity = reading.figure
    interval = quantity.interval
    bounds = (
        ("[" if interval.low_closed else "(")
        + f"{interval.low:f}, {interval.high:f}"
        + ("]" if interval.high_closed else ")")
    )
    comparator = f"{quantity.comparator.value} " if quantity.comparator else ""
    value = f"{quantity.value:f}" + ("" if quantity.upper is None else f"–{quantity.upper:f}")
    line = (
        f"{comparator}{value} {quantity.unit or ''}".rstrip()
        + f"  {bounds}  {quantity.approximation.value}"
        + f"  ×10^{quantity.multiplier}"
    )
    if quantity.upper is None:  # formatting does not show ranges yet
        line += f"  {format_quantity(quantity, locale=locale)}"
    if reading.baselines:
        line += "  from " + ", ".join(f"{b.value:f}" for b in reading.baselines)
    if reading.change is not None:
        line += f"  {reading.change.value}"
    if reading.direction is not None:
        line += f" {reading.direction.value}"
    return line


_SCAN_BYTES = 4 * MAX_SCAN  # UTF-8 spends at most 4 bytes a character


def _scan_text(path: str) -> str:
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > _SCAN_BYTES:
            raise _UsageError(
                msg("{file} is larger than {limit} bytes", file=repr(path), limit=_SCAN_BYTES)
            )
        return file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise MinshengError(
            msg("{file} is not UTF-8 text (byte {offset})", file=repr(path), offset=exc.start)
        ) from None
    except OSError as exc:
        raise MinshengError(
            msg("{file} cannot be read: {reason}", file=repr(path), reason=exc.strerror or "")
        ) from None


def _cmd_scan(args: argparse.Namespace, out: TextIO, t: Callable[[str], str]) -> int:
    text = _scan_text(args.scan)
    failed = False
    for found in find_quantities(text):
        if args.format == "json":
            data: dict[str, Any] = {"start": found.start, "end": found.end}
            if found.reading is not None:
                data.update(_parsed_data(found.reading))
            else:
                assert found.error is not None  # noqa: S101 - a Found has one or the other
                data.update(
                    text=found.phrase,
                    error=found.error.reason_detail.render(t),
                    position=found.error.position,
                )
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif found.reading is not None:
            line = _reading_line(found.reading, args.locale)
            out.write(f"{found.start}\t{found.end}\t{found.phrase}\t{line}\n")
        else:
            assert found.error is not None  # noqa: S101
            reason = found.error.reason_detail.render(t)
            out.write(f"{found.start}\t{found.end}\t{found.phrase}\t{t('error')}: {reason}\n")
        failed = failed or found.error is not None
    return 1 if failed else 0


def _cmd_parse(args: argparse.Namespace, out: TextIO) -> int:
    t = args.locale.gettext
    if (args.text is None) == (args.scan is None):
        raise _UsageError(msg("give a phrase or --scan FILE, not both"))
    if args.scan is not None:
        return _cmd_scan(args, out, t)
    try:
        reading = parse_phrase(args.text)
    except ParseError as exc:
        # at most 60 characters of the input either side of the position
        start = max(0, exc.position - 60)
        shown = exc.text[start : exc.position + 60]
        sys.stderr.write(f"minsheng: {exc.render(t)}\n")
        caret = " " * _display_offset(shown, exc.position - start)
        sys.stderr.write(f"  {shown}\n  {caret}^\n")
        return 1
    if args.format == "json":
        out.write(json.dumps(_parsed_data(reading), ensure_ascii=False) + "\n")
        return 0
    out.write(_reading_line(reading, args.locale) + "\n")
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
        name: str, handler: Callable[[argparse.Namespace, TextIO], int], text: str
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

    sub = add("show", _cmd_show, t("show a program: its vote, projects and figures"))
    sub.add_argument("dataset", nargs="+", metavar="CITY YEAR | FILE")
    sub.add_argument("--format", choices=("text", "json"), default="text")
    add_locale(sub)

    sub = add("report", _cmd_report, t("report attainment: actual against target"))
    sub.add_argument("dataset", nargs="+", metavar="CITY YEAR | FILE")
    sub.add_argument("--format", choices=REPORT_STYLES, default="text")
    add_locale(sub)

    sub = add(
        "validate",
        _cmd_validate,
        t("check datasets: structure, references, sums, phrases"),
    )
    sub.add_argument(
        "paths", nargs="*", metavar="FILE | CITY/YEAR", help=t("default: every dataset")
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
    sub.add_argument("text", nargs="?")
    sub.add_argument(
        "--scan",
        metavar="FILE",
        help=t("find every quantity phrase in a UTF-8 text file (at most {limit} bytes)").format(
            limit=_SCAN_BYTES
        ),
    )
    sub.add_argument("--format", choices=("text", "json"), default="text")
    add_locale(sub)
    return parser


def _locale_argument(value: str) -> Locale:
    try:
        return served(value)
    except LocaleError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    locale = environment_locale()
    with _argparse_speaks(locale):
        args = _parser(locale).parse_args(argv)
    translate = getattr(args, "locale", locale).gettext
    try:
        code: int = args.handler(args, sys.stdout)
    except DatasetError as exc:
        for line in exc.lines(translate):
            sys.stderr.write(line + "\n")
        return 1
    except ParseError as exc:
        sys.stderr.write(f"minsheng: {exc.render(translate)}\n")
        sys.stderr.write(f"  {exc.text}\n  {' ' * _display_offset(exc.text, exc.position)}^\n")
        return 1
    except MinshengError as exc:
        sys.stderr.write(f"minsheng: {exc.render(translate)}\n")
        return 2 if isinstance(exc, _UsageError) else 1
    return code


def _display_offset(text: str, position: int) -> int:
    return width(text[:position])
