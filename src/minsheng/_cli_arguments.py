"""Each subcommand of the ``minsheng`` command: its handler, its help and its arguments.

:data:`_COMMANDS` names every subcommand with the handler that runs it (from
:mod:`minsheng._commands`, or :mod:`minsheng._parse_command`), its help as a
msgid, and the function that adds its arguments and options, their help in
the user's locale; :mod:`minsheng._cli` builds the command line from it.  An
option's value is read as the command line is parsed (a city's slug, a
four-digit year, a span of years), and one that is wrong is argparse's error,
in the user's language.  The datasets a command names are read when it runs,
by :mod:`minsheng._arguments`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import TypeVar

from minsheng._arguments import YEAR
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
from minsheng._errors import InvalidValueError, MinshengError, shown
from minsheng._i18n import _, listing, msg
from minsheng._locale import Locale, served
from minsheng._model import Category, Stage
from minsheng._parse_command import _cmd_parse
from minsheng._terminal import Output

_T = TypeVar("_T")


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


def _add_city_and_years(sub: argparse.ArgumentParser, t: Callable[[str], str]) -> None:
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


def _add_selection(sub: argparse.ArgumentParser, t: Callable[[str], str]) -> None:
    from minsheng._results import Status  # noqa: PLC0415 - list and export only

    _add_city_and_years(sub, t)
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
    _add_city_and_years(sub, t)  # among the installed datasets, as list and export choose
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
