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
import os
import sys
from collections.abc import Callable, Iterator, Sequence

from minsheng._assess import Status
from minsheng._commands import (
    _cmd_diff,
    _cmd_draft,
    _cmd_export,
    _cmd_list,
    _cmd_migrate,
    _cmd_parse,
    _cmd_report,
    _cmd_schema,
    _cmd_show,
    _cmd_site,
    _cmd_validate,
    _UsageError,
)
from minsheng._errors import (
    DatasetError,
    LocaleError,
    MinshengError,
    ParseError,
    clip,
)
from minsheng._export import FORMATS
from minsheng._i18n import _
from minsheng._locale import LOCALES, Locale, environment_locale, served
from minsheng._model import Category, Stage
from minsheng._query import parse_years
from minsheng._report import REPORT_STYLES
from minsheng._scan import MAX_SCAN
from minsheng._terminal import (
    Output,
    discard_stdout,
    err,
    window,
)
from minsheng._version import __version__

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
