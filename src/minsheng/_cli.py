"""The ``minsheng`` command.

The command line is built from :mod:`minsheng._cli_arguments`, which names
each subcommand's arguments and the handler that runs it
(:mod:`minsheng._commands`).

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
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from minsheng._arguments import UsageError
from minsheng._cli_arguments import _COMMANDS
from minsheng._context import own_context
from minsheng._errors import (
    DatasetError,
    MinshengError,
    ParseError,
    RegistryWarning,
    clip,
)
from minsheng._i18n import _
from minsheng._layout import terminal_width
from minsheng._locale import Locale, environment_locale
from minsheng._terminal import (
    Output,
    discard_stdout,
    err,
    window,
)
from minsheng._version import __version__

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

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


@own_context
class _Parser(argparse.ArgumentParser):
    """argparse's parser, whose errors show a long value by its start and size.

    ``--category aaaa…`` of 100,000 characters was echoed whole on standard
    error, in "invalid choice: …"; minsheng's own messages clip every value.
    """

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        # argparse passes over an error of writing (--help > /dev/full exited 0, a
        # newcomer's trial): it reaches main, which says so and exits 1
        if message and file is not None and file is sys.stdout:
            file.write(message)
        else:  # standard error: where it cannot be written, nothing can say so
            super()._print_message(message, file)

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
    except SystemExit:  # argparse's --help, --version and usage errors
        _flushed()
        raise
    except KeyboardInterrupt:
        discard_stdout()
        return 130
    except MemoryError:  # the machine's limit, not a bug in minsheng
        discard_stdout()
        err("minsheng: " + _translate()(_("out of memory")))
        return 1
    except OSError as exc:  # a closed pipe, a full disk
        return _unwritten(exc)
    except Exception as exc:
        if os.environ.get("MINSHENG_DEBUG"):
            raise
        error = f"{type(exc).__name__}: {clip(str(exc))}"
        message = _translate()(
            "internal error, a bug in minsheng ({error}); set MINSHENG_DEBUG=1 for the traceback"
        )
        err("minsheng: " + message.format(error=error))
        return 70


def _flushed() -> None:
    """Write out what argparse printed before it exits, or exit as any command would.

    ``minsheng --help > /dev/full`` exited 0 in silence (a newcomer's trial):
    the help was lost at interpreter exit, where no one says so.
    """
    if sys.stdout is None:
        return
    try:
        sys.stdout.flush()
    except OSError as exc:
        raise SystemExit(_unwritten(exc)) from None


def _unwritten(exc: OSError) -> int:
    """The exit code of output that cannot be written: a closed pipe 141 in silence, else 1.

    Whatever is left in standard output's buffer is dropped, so that exiting
    flushes nothing; a full disk or a closed standard output is one line.
    """
    discard_stdout()
    if isinstance(exc, BrokenPipeError):
        return 141
    reason = clip(_translate()(exc.strerror or str(exc)))
    err("minsheng: " + _translate()("cannot write the output: {reason}").format(reason=reason))
    return 1


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


def _signed_phrase(words: Sequence[str]) -> list[str]:
    """``parse -5% …`` as ``parse … -- -5%``: a phrase that opens with a minus sign is no option.

    ``parse``'s options are words (``--scan``, ``-h``); argparse took ``-5%``
    for an unknown one (a newcomer's trial).  The phrase goes last, after
    ``--``, so that options after it keep their meaning.
    """
    found = list(words)
    for k, word in enumerate(found):
        if word == "--":
            break
        if k and found[k - 1] in _TAKES_A_VALUE:
            continue  # parse --scan -5.txt: the option's value (a review's)
        if len(word) > 1 and word[0] == "-" and (word[1].isdigit() or word[1] == "."):
            return [*found[:k], *found[k + 1 :], "--", word]
    return found


_TAKES_A_VALUE = frozenset(("--scan", "--format", "--locale"))


def _main(argv: Sequence[str] | None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    locale = environment_locale()
    with _argparse_speaks(locale):
        words = sys.argv[1:] if argv is None else argv
        command = _command_word(words)
        if command == "parse":
            words = _signed_phrase(words)
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
