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
import gc
import os
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NoReturn, TextIO, TypeVar

from minsheng._arguments import YEAR, UsageError
from minsheng._commands import (
    _cmd_diff,
    _cmd_draft,
    _cmd_export,
    _cmd_list,
    _cmd_migrate,
    _cmd_report,
    _cmd_schema,
    _cmd_show,
    _cmd_site,
    _cmd_validate,
)
from minsheng._context import own_context
from minsheng._errors import (
    DatasetError,
    InvalidValueError,
    MinshengError,
    ParseError,
    RegistryWarning,
    clip,
    shown,
)
from minsheng._i18n import _, listing, msg
from minsheng._layout import terminal_width
from minsheng._locale import Locale, environment_locale, served
from minsheng._model import Category, Stage
from minsheng._parse_command import _cmd_parse
from minsheng._terminal import (
    Output,
    discard_stdout,
    err,
    window,
)
from minsheng._version import __version__

_T = TypeVar("_T")

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


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, told the terminal's width.

    Left to itself, it imports shutil to ask, and argparse makes one for every
    argument it is given, so every command paid for shutil's imports.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # noqa: ANN401 - argparse's own
        if kwargs.get("width") is None and len(args) < 4:
            kwargs["width"] = terminal_width() - 2  # as argparse sets it
        super().__init__(*args, **kwargs)


def _formatter(locale: Locale) -> type[argparse.HelpFormatter]:
    """The help formatter, with its section headings as ``locale`` writes them.

    argparse ends each heading with an ASCII colon; Chinese writes a full-width
    one (位置参数：, as 用法：), which the catalogs give as ``{heading}:``.
    """
    written = locale.gettext("{heading}:")
    if written == "{heading}:":
        return _Formatter

    class Formatter(_Formatter):
        def format_help(self) -> str:
            text = super().format_help()
            for heading in (locale.gettext("positional arguments"), locale.gettext("options")):
                text = text.replace(f"\n{heading}:\n", f"\n{written.format(heading=heading)}\n")
            return text

    return Formatter


def _command_word(argv: Sequence[str]) -> str | None:
    """The subcommand ``argv`` names: its first word that is not an option."""
    return next((word for word in argv if not word.startswith("-")), None)


def _refuse_options_before(
    words: Sequence[str], command: str | None, parser: argparse.ArgumentParser, locale: Locale
) -> None:
    """Say where a command's option goes when it comes before the command.

    ``minsheng --locale en report kunming 2025`` read ``en`` as the command
    and blamed it, not the misplaced option.
    """
    first = words[0] if words else ""
    if not first.startswith("-") or first.split("=")[0] in ("-h", "--help", "--version"):
        return
    named = next((w for w in words if w in _COMMANDS), None)
    # the option's value taken for the command (--locale en report), or joined to it
    if named is not None and (named != command or "=" in first):
        message = locale.gettext("{option} is an option of a command: put it after {command}")
        parser.error(message.format(option=first.split("=")[0], command=named))


def _parser(locale: Locale, command: str | None = None) -> argparse.ArgumentParser:
    """The command line; only ``command``'s arguments in full (every command's for None).

    The other subcommands are listed with their help alone, so that a command
    imports neither the modules nor the constants that only another one needs.
    """
    # Help, usage and argparse's own errors all read in the environment's locale.
    t = locale.gettext
    formatter = _formatter(locale)
    parser = _Parser(
        prog="minsheng",
        description=t("Chinese cities' livelihood pledges (民生实事) as data."),
        formatter_class=formatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"minsheng {__version__}",
        help=t("show program's version number and exit"),
    )
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Parser
    )
    for name, (handler, text, arguments) in _COMMANDS.items():
        sub = commands.add_parser(
            name, help=t(text), description=t(text), formatter_class=formatter
        )
        sub.set_defaults(handler=handler, subparser=sub)
        if command is None or command == name:
            arguments(sub, locale)
    return parser


def _add_locale(sub: argparse.ArgumentParser, locale: Locale) -> None:
    from minsheng._locale import LOCALES  # noqa: PLC0415 - only where a command takes --locale

    sub.add_argument(
        "--locale",
        type=_typed(served, locale.gettext),
        default=locale,
        help=locale.gettext(
            "one of {choices} or a tag such as zh-CN, en_US"
            " (default: from LC_ALL, LC_MESSAGES or LANG, with LANGUAGE first"
            " unless that locale is C, which gives English)"
        ).format(choices=listing(LOCALES).render(locale.gettext)),
    )


def _add_format(
    sub: argparse.ArgumentParser,
    t: Callable[[str], str],
    choices: Sequence[str] = ("text", "json"),
    default: str = "text",
    note: str | None = None,
) -> None:
    text = t("the output's format (default: {default})").format(default=default)
    sub.add_argument(
        "--format",
        choices=choices,
        default=default,
        help=text if note is None else t("{text}; {note}").format(text=text, note=note),
    )


def _add_selection(sub: argparse.ArgumentParser, t: Callable[[str], str]) -> None:
    from minsheng._results import Status  # noqa: PLC0415 - list and export only

    sub.add_argument(
        "--city",
        action="append",
        type=_typed(_city, t),
        metavar="CITY",
        help=t("only this city (repeatable)"),
    )
    sub.add_argument(
        "--years",
        type=_typed(_years, t),
        metavar="FIRST-LAST",
        help=t("only these years: 2025 or 2024-2026"),
    )
    choices = (
        ("--category", Category, t("only projects of this category (repeatable): {choices}")),
        (
            "--status",
            Status,
            t("only metrics and projects of this computed status (repeatable): {choices}"),
        ),
    )
    for flag, members, text in choices:
        values = [member.value for member in members]
        sub.add_argument(
            flag,
            action="append",
            choices=values,
            metavar=flag.removeprefix("--").upper(),
            help=text.format(choices=listing(values).render(t)),
        )


def _datasets_help(t: Callable[[str], str], *, default: bool = False) -> str:
    if default:
        return t("each CITY YEAR, CITY/YEAR or FILE (default: every dataset)")
    return t("each CITY YEAR, CITY/YEAR or FILE")


def _list_arguments(sub: argparse.ArgumentParser, locale: Locale) -> None:
    _add_format(sub, locale.gettext)
    _add_selection(sub, locale.gettext)
    _add_locale(sub, locale)  # its messages on standard error


def _show_arguments(sub: argparse.ArgumentParser, locale: Locale) -> None:
    sub.add_argument("dataset", nargs="+", metavar="DATASET", help=_datasets_help(locale.gettext))
    _add_format(sub, locale.gettext)
    _add_locale(sub, locale)


def _report_arguments(sub: argparse.ArgumentParser, locale: Locale) -> None:
    from minsheng._report import REPORT_STYLES  # noqa: PLC0415 - the report needs it anyway

    t = locale.gettext
    sub.add_argument("dataset", nargs="+", metavar="DATASET", help=_datasets_help(t))
    _add_format(
        sub, t, REPORT_STYLES, note=t("html needs the html extra: pip install 'minsheng[html]'")
    )
    _add_locale(sub, locale)


def _site_arguments(sub: argparse.ArgumentParser, locale: Locale) -> None:
    _add_locale(sub, locale)
    sub.add_argument(
        "folder", metavar="DIR", help=locale.gettext("the folder to write the site into")
    )
    sub.add_argument(
        "--force",
        action="store_true",
        help=locale.gettext("replace files in DIR that minsheng did not write"),
    )


def _validate_arguments(sub: argparse.ArgumentParser, locale: Locale) -> None:
    t = locale.gettext
    sub.add_argument("paths", nargs="*", metavar="DATASET", help=_datasets_help(t, default=True))
    sub.add_argument(
        "--strict", action="store_true", help=t("fail on warnings too, not only on errors")
    )
    sub.add_argument(
        "--source",
        metavar="FILE",
        help=t(
            "also check every figure's phrase against this UTF-8 text of the source,"
            " and list the source's figures the dataset does not mention"
        ),
    )
    _add_locale(sub, locale)


def _draft_arguments(sub: argparse.ArgumentParser, locale: Locale) -> None:
    t = locale.gettext
    sub.add_argument("source", metavar="SOURCE", help=t("the report as a UTF-8 text file"))
    sub.add_argument(
        "--city", required=True, type=_typed(_city, t), metavar="SLUG", help=t("the city's slug")
    )
    sub.add_argument(
        "--year",
        required=True,
        type=_typed(_year, t),
        metavar="YEAR",
        help=t("the year of the program"),
    )
    sub.add_argument(
        "--stage",
        choices=[s.value for s in Stage],
        help=t("the stage the report speaks for (default: guessed from the text, to review)"),
    )
    sub.add_argument("--name", help=t("a new city's Chinese name"))
    sub.add_argument("--division-code", metavar="CODE", help=t("a new city's GB/T 2260 code"))
    sub.add_argument("--province", help=t("a new city's province, in Chinese"))
    sub.add_argument("--to", metavar="PATH", help=t("where to write it (default: standard output)"))
    _add_force(sub, t)
    _add_locale(sub, locale)


def _add_force(sub: argparse.ArgumentParser, t: Callable[[str], str]) -> None:
    sub.add_argument(
        "--force", action="store_true", help=t("replace the file at --to if there is one")
    )


def _export_arguments(sub: argparse.ArgumentParser, locale: Locale) -> None:
    from minsheng._export import FORMATS  # noqa: PLC0415 - export only

    t = locale.gettext
    sub.add_argument("datasets", nargs="*", metavar="DATASET", help=_datasets_help(t, default=True))
    _add_format(sub, t, FORMATS, "csv")
    sub.add_argument("--to", required=True, metavar="FOLDER", help=t("the folder to write into"))
    _add_selection(sub, t)
    _add_locale(sub, locale)  # its messages on standard error (data with errors)


def _diff_arguments(sub: argparse.ArgumentParser, locale: Locale) -> None:
    sub.add_argument(
        "datasets",
        nargs="+",  # each CITY YEAR, CITY/YEAR or FILE: two to four words
        metavar="OLD NEW",
        help=locale.gettext("two datasets: CITY YEAR, CITY/YEAR or FILE"),
    )
    _add_format(sub, locale.gettext)
    _add_locale(sub, locale)
    # argparse would print OLD NEW [OLD NEW ...] for the words: diff takes two datasets
    sub.usage = "%(prog)s [-h] [--format {text,json}] [--locale LOCALE] OLD NEW"


def _schema_arguments(sub: argparse.ArgumentParser, locale: Locale) -> None:
    sub.add_argument(
        "--name",
        choices=("program", "report"),
        default="program",
        help=locale.gettext(
            "the schema of a dataset (program) or of a report's JSON (default: program)"
        ),
    )
    _add_locale(sub, locale)  # every command takes one: a script may pass it to each


def _migrate_arguments(sub: argparse.ArgumentParser, locale: Locale) -> None:
    sub.add_argument("file", metavar="FILE", help=locale.gettext("the dataset file to rewrite"))
    sub.add_argument(
        "--to",
        metavar="PATH",
        help=locale.gettext("where to write it (default: standard output)"),
    )
    _add_force(sub, locale.gettext)
    _add_locale(sub, locale)


def _parse_arguments(sub: argparse.ArgumentParser, locale: Locale) -> None:
    from minsheng._scan import MAX_SCAN  # noqa: PLC0415 - parse only

    sub.add_argument(
        "text", nargs="?", metavar="PHRASE", help=locale.gettext("a phrase such as 不少于3000个")
    )
    sub.add_argument(
        "--scan",
        metavar="FILE",
        help=locale.gettext(
            "find every quantity phrase in a UTF-8 text file (at most {limit} characters)"
        ).format(limit=MAX_SCAN),
    )
    _add_format(sub, locale.gettext)
    _add_locale(sub, locale)


_Handler = Callable[[argparse.Namespace, Output], int]
_Arguments = Callable[[argparse.ArgumentParser, Locale], None]

# Each command: its handler, its help (a msgid) and what adds its arguments.
_COMMANDS: dict[str, tuple[_Handler, str, _Arguments]] = {
    "list": (_cmd_list, _("list the datasets that can be loaded"), _list_arguments),
    "show": (
        _cmd_show,
        _("show a program: its vote, projects and figures"),
        _show_arguments,
    ),
    "report": (
        _cmd_report,
        _("report attainment: actual against target"),
        _report_arguments,
    ),
    "site": (
        _cmd_site,
        _("write a static HTML site: a page per dataset, in every locale"),
        _site_arguments,
    ),
    "validate": (
        _cmd_validate,
        _("check datasets: structure, references, sums, phrases"),
        _validate_arguments,
    ),
    "draft": (
        _cmd_draft,
        _("draft a dataset from the text of a report, to review"),
        _draft_arguments,
    ),
    "export": (
        _cmd_export,
        _(
            "export programs, projects, figures and metrics as tables: CSV, JSON lines, Parquet"
            " or a Data Package"
        ),
        _export_arguments,
    ),
    "diff": (
        _cmd_diff,
        _("list what changed between two versions of a dataset"),
        _diff_arguments,
    ),
    "schema": (_cmd_schema, _("print a JSON Schema"), _schema_arguments),
    "migrate": (
        _cmd_migrate,
        _("rewrite a dataset of an earlier schema in the current one"),
        _migrate_arguments,
    ),
    "parse": (
        _cmd_parse,
        _("parse a Chinese quantity phrase such as 5100余个"),
        _parse_arguments,
    ),
}


def _typed(read: Callable[[str], _T], t: Callable[[str], str]) -> Callable[[str], _T]:
    """An argparse type that says what is wrong with a value in the user's language."""

    def typed(value: str) -> _T:
        try:
            return read(value)
        except MinshengError as exc:
            raise argparse.ArgumentTypeError(exc.render(t)) from None

    typed.__name__ = read.__name__  # argparse names the type by it
    return typed


def _years(value: str) -> tuple[int, int]:
    from minsheng._query import parse_years  # noqa: PLC0415 - list and export only

    return parse_years(value)


def _city(value: str) -> str:
    """A city's slug, as the registry names it (kunming, not Kunming)."""
    from minsheng._query import parse_cities  # noqa: PLC0415 - list and export only

    parse_cities(value)
    return value


def _year(value: str) -> int:
    """A four-digit year, as every other command takes one (2031, not 31)."""
    if not YEAR.fullmatch(value):
        raise InvalidValueError(msg("{value} is not a four-digit year", value=shown(value)))
    return int(value)


@own_context
class _Parser(argparse.ArgumentParser):
    """argparse's parser, whose errors show a long value by its start and size.

    ``--category aaaa…`` of 100,000 characters was echoed whole on standard
    error, in "invalid choice: …"; minsheng's own messages clip every value.
    """

    def error(self, message: str) -> NoReturn:
        from minsheng._patterns import compiled  # noqa: PLC0415 - on a usage error only

        # a run of more than 200 characters: a value, quoted or not
        long_run = compiled(r"[^\s',]{201,}")
        super().error(long_run.sub(lambda run: clip(run.group()), message))


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
    except MemoryError:  # the machine's limit, not a bug in minsheng
        discard_stdout()
        err("minsheng: " + _translate()(_("out of memory")))
        return 1
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


def run() -> int:
    """The ``minsheng`` command as a process: :func:`main`, then the exit code.

    The process ends right after, so the objects it made are frozen out of
    the garbage collector first: its last passes at interpreter exit would
    otherwise visit every one (babel's locale data, the loaded datasets),
    about 10 ms of a 120 ms report.  Objects are still released, and exit
    handlers still run.  Call :func:`main` to run the command inside a
    longer-lived process.
    """
    code = main()
    gc.freeze()
    return code


def _translate() -> Callable[[str], str]:
    """The environment's translation, for the last words; English if even that fails."""
    try:
        return environment_locale().gettext
    except Exception:  # noqa: BLE001 - reporting an error must not raise another
        return str


@contextlib.contextmanager
def _warnings_shown(translate: Callable[[str], str]) -> Iterator[None]:
    """The library's warnings (a broken dataset provider), one line each on standard error."""
    with warnings.catch_warnings():
        shown = warnings.showwarning

        def show(  # noqa: PLR0913, PLR0917 - warnings.showwarning's own parameters
            message: Warning | str,
            category: type[Warning],
            filename: str,
            lineno: int,
            file: TextIO | None = None,
            line: str | None = None,
        ) -> None:
            if isinstance(message, RegistryWarning):
                warning = message.error.render(translate)
                err("minsheng: " + translate(_("warning: ")) + warning)
            else:
                shown(message, category, filename, lineno, file, line)

        warnings.showwarning = show
        yield


def _main(argv: Sequence[str] | None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    locale = environment_locale()
    with _argparse_speaks(locale):
        words = sys.argv[1:] if argv is None else argv
        command = _command_word(words)
        parser = _parser(locale, command)
        _refuse_options_before(words, command, parser, locale)
        args, unknown = parser.parse_known_args(words)
        if unknown and command in words and not set(unknown) & set(words[: words.index(command)]):
            # datasets after an option too (validate kunming 2025 --strict kunming 2026):
            # the command's own parser takes its words intermixed, or says what is wrong
            sub = args.subparser
            args, unknown = sub.parse_known_intermixed_args(words[words.index(command) + 1 :])
        if unknown:
            # after the command, its own usage line; before it, minsheng's
            before = words[: words.index(command)] if command in words else words
            blamed = parser if any(w in before for w in unknown) else args.subparser
            t = locale.gettext  # argparse's own words, as its catalog entry above
            blamed.error(t("unrecognized arguments: %s") % " ".join(unknown))
    translate = getattr(args, "locale", locale).gettext
    out = Output(sys.stdout)
    try:
        with _warnings_shown(translate):
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
        return 2 if isinstance(exc, UsageError) else 1
    if sys.stdout is not None:
        sys.stdout.flush()  # a full disk or a closed pipe surfaces here, not at exit
    return code
