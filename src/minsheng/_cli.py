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
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from minsheng._assess import Status, assess
from minsheng._check import check, quantity_paths
from minsheng._diff import diff
from minsheng._draft import draft, jurisdiction_of
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
from minsheng._export import FORMATS, export
from minsheng._format import format_quantity
from minsheng._i18n import _, msg
from minsheng._json import dumps, load_file, read_file
from minsheng._layout import terminal_columns
from minsheng._locale import LOCALES, Locale, environment_locale, served
from minsheng._model import Category, Program, Stage
from minsheng._parse import Reading, parse_phrase
from minsheng._provenance import check_source, read_source
from minsheng._quantity import Approximation, Quantity
from minsheng._query import Selection, parse_years, select
from minsheng._registry import available, load
from minsheng._report import REPORT_STYLES, format_program, format_report
from minsheng._scan import MAX_SCAN, find_quantities
from minsheng._schemas import schema_text
from minsheng._terminal import (
    Output,
    discard_stdout,
    err,
    escape_json,
    for_terminal,
    window,
)
from minsheng._version import __version__

_KEY = re.compile(r"([a-z][a-z0-9-]*)[/:]([0-9]{4})")
_CITY = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")
_YEAR = re.compile(r"[0-9]{4}")


class _UsageError(MinshengError):
    """A command line that names no dataset minsheng can find."""


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
    found = select(city=program.jurisdiction.slug, years=program.year - 1).programs
    return found[0] if found else None


def _filters(args: argparse.Namespace) -> dict[str, Any] | None:
    """The selection options given on the command line, or ``None`` for none."""
    filters = {"city": args.city, "years": args.years, "category": args.category}
    filters["status"] = args.status
    return filters if any(v is not None for v in filters.values()) else None


def _cmd_list(args: argparse.Namespace, out: Output) -> int:
    infos = available()
    filters = _filters(args)
    if filters is not None:
        keys = {p.key for p in select(**filters).programs}
        infos = tuple(d for d in infos if f"{d.city}/{d.year}" in keys)
    if args.format == "json":
        out.filter = escape_json
        data = [{"city": d.city, "year": d.year, "provider": d.provider} for d in infos]
        out.write(json.dumps(data, indent=2) + "\n")
    else:
        out.writelines(f"{info.city}\t{info.year}\t{info.provider}\n" for info in infos)
    return 0


def _cmd_show(args: argparse.Namespace, out: Output) -> int:
    programs = _programs(args.dataset)
    if args.format == "json":
        out.filter = escape_json
        if len(programs) == 1:
            out.write(dumps(programs[0]))
        else:
            out.write("[\n" + ",\n".join(dumps(p).rstrip("\n") for p in programs) + "\n]\n")
        return 0
    for n, program in enumerate(programs):
        earlier = _earlier(program)
        text = format_program(
            for_terminal(program),
            locale=args.locale,
            earlier=None if earlier is None else for_terminal(earlier),
            columns=terminal_columns(),
        )
        out.write(("\n" if n else "") + text)
    return 0


def _cmd_report(args: argparse.Namespace, out: Output) -> int:
    programs = _programs(args.dataset)
    if args.format == "json":
        out.filter = escape_json
        reports = [format_report(assess(p), style="json") for p in programs]
        if len(reports) == 1:
            out.write(reports[0])
        else:
            out.write("[\n" + ",\n".join(r.rstrip("\n") for r in reports) + "\n]\n")
        return 0
    if args.format == "html" and len(programs) > 1:
        raise _UsageError(
            msg("--format html writes one page: name one dataset, or use minsheng site DIR")
        )
    columns = terminal_columns()
    for n, program in enumerate(programs):
        assessment = assess(for_terminal(program))
        text = format_report(assessment, locale=args.locale, style=args.format, columns=columns)
        out.write(("\n" if n else "") + text)
    return 0


def _cmd_site(args: argparse.Namespace, out: Output) -> int:
    from minsheng._html._page import write_site  # noqa: PLC0415 - optional extra

    programs = [load(d.city, d.year) for d in available()]
    try:
        written = write_site(args.folder, programs)
    except OSError as exc:
        raise MinshengError(
            msg(
                "cannot write the site to {folder}: {reason}",
                folder=args.folder,
                reason=exc.strerror,
            )
        ) from None
    index = Path(args.folder) / "index.html"
    message = args.locale.gettext("wrote {pages} pages for {datasets} datasets; open {index}")
    out.write(message.format(pages=len(written), datasets=len(programs), index=index) + "\n")
    return 0


def _cmd_export(args: argparse.Namespace, out: Output) -> int:
    if not args.to.strip():
        raise _UsageError(msg("--to needs a folder, not an empty string"))
    programs = _programs(args.datasets) or None
    filters = _filters(args)
    source: list[Program] | Selection | None = programs
    if filters is not None:
        source = select(programs, **filters)
    out.writelines(f"{path}\n" for path in export(source, args.to, format=args.format))
    return 0


def _cmd_diff(args: argparse.Namespace, out: Output) -> int:
    programs = _programs(args.datasets)
    if len(programs) != 2:
        raise _UsageError(msg("diff compares two datasets, not {count}", count=len(programs)))
    old, new = programs
    changes = diff(old, new)
    if args.format == "json":
        data = {
            "old": {"dataset": old.key, "revision": old.revision},
            "new": {"dataset": new.key, "revision": new.revision},
            "changes": [change.as_json() for change in changes],
        }
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    t = args.locale.gettext
    out.write(
        t("{old} revision {old_revision} → {new} revision {new_revision}; changes: {count}").format(
            old=old.key,
            old_revision=old.revision,
            new=new.key,
            new_revision=new.revision,
            count=len(changes),
        )
        + "\n"
    )
    out.writelines(change.describe() + "\n" for change in changes)
    return 0


def _cmd_schema(args: argparse.Namespace, out: Output) -> int:
    out.write(schema_text(args.name))
    return 0


def _cmd_migrate(args: argparse.Namespace, out: Output) -> int:
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


def _cmd_draft(args: argparse.Namespace, out: Output) -> int:
    """Draft a dataset from a report's text; say how much a person must confirm."""
    t = args.locale.gettext
    city = jurisdiction_of(
        args.city, name=args.name, division_code=args.division_code, province=args.province
    )
    program = draft(read_source(args.source), city=city, year=args.year, stage=args.stage)
    text = dumps(program)
    if args.to is None:
        out.filter = escape_json
        out.write(text)
    else:
        _write(args.to, text)
    figures = sum(1 for _, q in quantity_paths(program) if q.span is not None)
    markers = sum(1 for p in check(program) if p.code == "review")
    err(
        t(
            "draft: {projects} projects, {figures} figures; {markers} review markers to confirm"
        ).format(projects=len(program.projects), figures=figures, markers=markers)
    )
    return 0


def _write(path: str, text: str) -> None:
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise DatasetError(
            file=path,
            problems=[
                problem(
                    "io",
                    "$",
                    msg("cannot write the file: {reason}", reason=exc.strerror or str(exc)),
                )
            ],
        ) from None


def _problem_line(label: str, item: Problem, t: Callable[[str], str]) -> str:
    line = item.describe(t)
    if item.severity == "warning":
        head = f"{item.path}: "
        line = head + t("warning: ") + line.removeprefix(head)
    return f"{label}: {line}"


def _cmd_validate(args: argparse.Namespace, out: Output) -> int:
    t = args.locale.gettext
    named = (
        targets(args.paths)
        if args.paths
        else [_Target(f"{d.city}/{d.year}", city=d.city, year=d.year) for d in available()]
    )
    source_text = None if args.source is None else read_source(args.source)
    failed = 0
    for target in named:
        try:
            if isinstance(target, MinshengError):
                raise target
            program = target.load()
        except DatasetError as exc:
            failed += 1
            for line in exc.lines(t):
                err(line)
            continue
        except MinshengError as exc:
            failed += 1
            err(f"minsheng: {exc.render(t)}")
            continue
        problems: tuple[Problem, ...] = check(program)
        if source_text is not None:
            problems += check_source(program, source_text)
        warnings = [p for p in problems if p.severity == "warning"]
        for found in problems:
            err(_problem_line(target.label, found, t))
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
            err(summary)
        else:
            out.write(summary + "\n")
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


def _scan_text(path: str) -> str:
    data = read_file(path)  # a regular file within the size limit of every command
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MinshengError(
            msg("{file} is not UTF-8 text (byte {offset})", file=clip(repr(path)), offset=exc.start)
        ) from None


def _cmd_scan(args: argparse.Namespace, out: Output) -> int:
    t = args.locale.gettext
    text = _scan_text(args.scan)
    if args.format == "json":
        out.filter = escape_json
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


def _cmd_parse(args: argparse.Namespace, out: Output) -> int:
    if (args.text is None) == (args.scan is None):
        raise _UsageError(msg("give a phrase or --scan FILE, not both"))
    if args.scan is not None:
        return _cmd_scan(args, out)
    if not args.text:
        raise _UsageError(msg("an empty argument is not a phrase"))
    reading = parse_phrase(args.text)
    if args.format == "json":
        out.filter = escape_json
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
        name: str, handler: Callable[[argparse.Namespace, Output], int], text: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text)
        sub.set_defaults(handler=handler)
        return sub

    def add_locale(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sub.add_argument(
            "--locale",
            type=_locale_argument,
            default=locale,
            help=t(
                "one of {choices} or a tag such as zh-CN, en_US"
                " (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG; English under C)"
            ).format(choices=", ".join(LOCALES)),
        )
        return sub

    def add_selection(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--city", action="append", metavar="CITY", help=t("only this city (repeatable)")
        )
        sub.add_argument(
            "--years",
            type=_years_argument,
            metavar="FIRST-LAST",
            help=t("only these years: 2025 or 2024-2026"),
        )
        sub.add_argument(
            "--category",
            action="append",
            choices=[c.value for c in Category],
            metavar="CATEGORY",
            help=t("only projects of this category (repeatable)"),
        )
        sub.add_argument(
            "--status",
            action="append",
            choices=[s.value for s in Status],
            metavar="STATUS",
            help=t("only metrics and projects of this computed status (repeatable)"),
        )

    sub = add("list", _cmd_list, t("list the datasets that can be loaded"))
    sub.add_argument("--format", choices=("text", "json"), default="text")
    add_selection(sub)

    datasets = t("each CITY YEAR, CITY/YEAR or FILE")
    sub = add("show", _cmd_show, t("show a program: its vote, projects and figures"))
    sub.add_argument("dataset", nargs="+", metavar="DATASET", help=datasets)
    sub.add_argument("--format", choices=("text", "json"), default="text")
    add_locale(sub)

    sub = add("report", _cmd_report, t("report attainment: actual against target"))
    sub.add_argument("dataset", nargs="+", metavar="DATASET", help=datasets)
    sub.add_argument(
        "--format",
        choices=REPORT_STYLES,
        default="text",
        help=t("html needs the html extra: pip install 'minsheng[html]'"),
    )
    add_locale(sub)

    add_locale(
        add("site", _cmd_site, t("write a static HTML site: a page per dataset, in every locale"))
    ).add_argument("folder", metavar="DIR")

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
    _draft_commands(sub, add, add_locale, t)

    sub = add(
        "export",
        _cmd_export,
        t("export programs, figures and metrics as tables: CSV, JSON lines, Parquet"),
    )
    sub.add_argument(
        "datasets",
        nargs="*",
        metavar="DATASET",
        help=t("each CITY YEAR, CITY/YEAR or FILE (default: every dataset)"),
    )
    sub.add_argument("--format", choices=FORMATS, default="csv")
    sub.add_argument("--to", required=True, metavar="FOLDER", help=t("the folder to write into"))
    add_selection(sub)

    sub = add("diff", _cmd_diff, t("list what changed between two versions of a dataset"))
    sub.add_argument(
        "datasets",
        nargs="+",
        metavar="OLD NEW",
        help=t("two datasets: CITY YEAR, CITY/YEAR or FILE"),
    )
    sub.add_argument("--format", choices=("text", "json"), default="text")
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
    _parse_arguments(sub, t)
    add_locale(sub)
    return parser


def _parse_arguments(sub: argparse.ArgumentParser, t: Callable[[str], str]) -> None:
    sub.add_argument("text", nargs="?")
    sub.add_argument(
        "--scan",
        metavar="FILE",
        help=t(
            "find every quantity phrase in a UTF-8 text file (at most {limit} characters)"
        ).format(limit=MAX_SCAN),
    )
    sub.add_argument("--format", choices=("text", "json"), default="text")


def _years_argument(value: str) -> tuple[int, int]:
    try:
        return parse_years(value)
    except MinshengError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _draft_commands(
    validate: argparse.ArgumentParser,
    add: Callable[..., argparse.ArgumentParser],
    add_locale: Callable[[argparse.ArgumentParser], object],
    t: Callable[[str], str],
) -> None:
    """``validate --source`` and the ``draft`` command, with their locales."""
    validate.add_argument(
        "--source",
        metavar="FILE",
        help=t(
            "also check every figure's phrase against this UTF-8 text of the source,"
            " and list the source's figures the dataset does not mention"
        ),
    )
    add_locale(validate)
    sub = add("draft", _cmd_draft, t("draft a dataset from the text of a report, to review"))
    sub.add_argument("source", metavar="SOURCE", help=t("the report as a UTF-8 text file"))
    sub.add_argument("--city", required=True, metavar="SLUG", help=t("the city's slug"))
    sub.add_argument("--year", required=True, type=int, metavar="YEAR")
    sub.add_argument("--stage", choices=[s.value for s in Stage])
    sub.add_argument("--name", help=t("a new city's Chinese name"))
    sub.add_argument("--division-code", metavar="CODE", help=t("a new city's GB/T 2260 code"))
    sub.add_argument("--province", help=t("a new city's province, in Chinese"))
    sub.add_argument("--to", metavar="PATH", help=t("where to write it (default: standard output)"))
    add_locale(sub)


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
        discard_stdout()
        return 130
    except BrokenPipeError:
        discard_stdout()
        return 141
    except OSError as exc:
        discard_stdout()
        reason = clip(_translate()(exc.strerror or str(exc)))
        err("minsheng: " + _translate()("cannot write the output: {reason}").format(reason=reason))
        return 1
    except Exception as exc:
        if os.environ.get("MINSHENG_DEBUG"):
            raise
        error = f"{type(exc).__name__}: {clip(str(exc))}"
        message = _translate()(
            "internal error, a bug in minsheng ({error}); set MINSHENG_DEBUG=1 for the traceback"
        )
        err("minsheng: " + message.format(error=error))
        return 70


def _translate() -> Callable[[str], str]:
    """The environment's translation, for the last words; English if even that fails."""
    try:
        return environment_locale().gettext
    except Exception:  # noqa: BLE001 - reporting an error must not raise another
        return str


def _main(argv: Sequence[str] | None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    locale = environment_locale()
    with _argparse_speaks(locale):
        args = _parser(locale).parse_args(argv)
    translate = getattr(args, "locale", locale).gettext
    out = Output(sys.stdout)
    try:
        code: int = args.handler(args, out)
    except DatasetError as exc:
        for line in exc.lines(translate):
            err(line)
        return 1
    except ParseError as exc:
        err(f"minsheng: {exc.render(translate)}")
        shown, offset = window(exc.text, exc.position)
        err(f"  {shown}")
        err(f"  {' ' * offset}^")
        return 1
    except MinshengError as exc:
        err(f"minsheng: {exc.render(translate)}")
        return 2 if isinstance(exc, _UsageError) else 1
    if sys.stdout is not None:
        sys.stdout.flush()  # a full disk or a closed pipe surfaces here, not at exit
    return code
