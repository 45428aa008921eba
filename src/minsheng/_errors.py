"""Every exception that minsheng raises.

The hierarchy::

    MinshengError
    ├── DatasetError (also ValueError)          a dataset file that cannot be loaded
    ├── InvalidValueError (also ValueError)     a model object built with a bad value
    ├── UnknownDatasetError (also LookupError)  no such city or year, or a bad name
    ├── RegistryError                           two providers ship the same dataset
    ├── ArgumentError (also TypeError)          a public function given the wrong type
    ├── ParseError (also ValueError)            a quantity phrase that cannot be read
    └── LocaleError (also LookupError)          a locale that minsheng cannot serve

Each error has a stable, machine-readable ``code`` so that applications can
translate or route it without parsing the message, and each renders its
message in any served locale (``render``), as the command line does.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

import attrs

from minsheng._i18n import Message, Translate, listing, msg, verbatim


class MinshengError(Exception):
    """The base of every exception raised by minsheng."""

    code: str = "minsheng"

    def __init__(self, detail: Message | str) -> None:
        self.detail = detail if isinstance(detail, Message) else verbatim(detail)
        super().__init__(str(self.detail))

    def render(self, translate: Translate | None = None) -> str:
        """The message, translated by ``translate`` (English without one)."""
        return self.detail.render(translate)


MAX_SHOWN = 60
"""The most characters of one value a message shows; longer values show their start and size."""


def clip(text: str, limit: int = MAX_SHOWN) -> str:
    """Return ``text``, or its start and its size when it is longer than ``limit``.

    >>> clip("x" * 100, 10)
    'xxxxxxxxxx… (100 characters)'
    """
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text)} characters)"


def shown(text: str, limit: int = MAX_SHOWN) -> str:
    """``text`` quoted as Python writes it, or its quoted start and its size when long.

    >>> shown("5100余个")
    "'5100余个'"
    >>> shown("5" * 100, 4)
    "'5555'… (100 characters)"
    """
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit]!r}… ({len(text)} characters)"


_MAX_ARGUMENT = 500  # a safety net: lists of choices are long, data is clipped where shown


def _clipped(message: Message) -> Message:
    """``message`` with every argument bounded, so that no message grows with its data."""
    if not any(isinstance(v, Message) or len(v) > _MAX_ARGUMENT for _, v in message.args):
        return message
    return Message(
        message.template,
        tuple(
            (name, _clipped(value) if isinstance(value, Message) else clip(value, _MAX_ARGUMENT))
            for name, value in message.args
        ),
    )


Severity = Literal["error", "warning", "acknowledged"]


@attrs.frozen
class Problem:
    """One thing wrong with a dataset.

    ``path`` is a JSON path such as ``$.projects[3].metrics[0].target``.
    ``code`` is stable across releases; the validation reference lists every
    code.  ``found`` shows the offending JSON value as JSON, shortened to its
    start and size when it is long.  ``severity`` is ``"error"`` (the data is
    wrong: loading or ``minsheng validate`` fails), ``"warning"`` (the data
    is suspect: ``validate`` prints it and fails only with ``--strict``) or
    ``"acknowledged"`` (a warning the metric's ``acknowledged`` names: a person
    reviewed it, and ``validate`` prints it and passes, ``--strict`` too).
    """

    code: str
    path: str
    detail: Message
    expected_detail: Message | None = None
    found: str | None = None
    severity: Severity = "error"

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return str(self.detail)

    @property
    def expected(self) -> str | None:
        """What was expected, in English, if the problem says."""
        return None if self.expected_detail is None else str(self.expected_detail)

    def describe(self, translate: Translate | None = None) -> str:
        """Return ``$.path: message``, with what was expected and found."""
        if self.expected_detail is not None and self.found is not None:
            text = msg(
                "{message}; expected {expected}, found {found}",
                message=self.detail,
                expected=self.expected_detail,
                found=self.found,
            )
        elif self.expected_detail is not None:
            text = msg(
                "{message}; expected {expected}", message=self.detail, expected=self.expected_detail
            )
        elif self.found is not None:
            text = msg("{message}, found {found}", message=self.detail, found=self.found)
        else:
            text = self.detail
        return f"{self.path}: {text.render(translate)}"


def problem(  # noqa: PLR0913 - every part of a problem, named
    code: str,
    path: str,
    detail: Message,
    *,
    expected: Message | None = None,
    found: str | None = None,
    severity: Severity = "error",
) -> Problem:
    """Build a :class:`Problem` whose every part is bounded in length."""
    return Problem(
        code,
        clip(path, 4 * MAX_SHOWN),
        _clipped(detail),
        None if expected is None else _clipped(expected),
        None if found is None else clip(found, 4 * MAX_SHOWN),  # shown(text) is already short
        severity,
    )


MAX_PROBLEMS_SHOWN = 100
"""How many problems a :class:`DatasetError`'s message lists; its ``problems`` hold all."""


class DatasetError(MinshengError, ValueError):
    """A dataset that cannot be loaded; ``problems`` lists everything wrong at once."""

    code = "dataset"

    def __init__(self, *, file: str | os.PathLike[str] | None, problems: Iterable[Problem]) -> None:
        self.file = str(file) if file is not None else "<data>"
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(verbatim("\n".join(self.lines())))

    def lines(self, translate: Translate | None = None) -> list[str]:
        """Return one ``file: $.path: message`` line per problem.

        At most a hundred of them, and then a line that says how many more
        there are (``problems`` holds them all).
        """
        shown = [
            f"{self.file}: {p.describe(translate)}" for p in self.problems[:MAX_PROBLEMS_SHOWN]
        ]
        more = len(self.problems) - MAX_PROBLEMS_SHOWN
        if more > 0:
            line = (
                msg("… and 1 more problem, not shown")
                if more == 1
                else msg("… and {count} more problems, not shown", count=more)
            )
            shown.append(f"{self.file}: {line.render(translate)}")
        return shown

    def render(self, translate: Translate | None = None) -> str:
        """Every problem, one a line, translated by ``translate``."""
        return "\n".join(self.lines(translate))


class InvalidValueError(MinshengError, ValueError):
    """A model object built with a value that breaks its invariants.

    ``at`` is where in the object the value is, as a JSON path from it
    (``.year``, ``.units[0].symbol``), where one field is to blame; loading
    adds it to the object's own path.
    """

    code = "invalid-value"

    def __init__(self, detail: Message | str, *, at: str = "") -> None:
        super().__init__(detail)
        self.at = at


class UnknownDatasetError(MinshengError, LookupError):
    """No dataset exists for the city or year asked for, or the name is not valid."""

    code = "unknown-dataset"

    def __init__(self, detail: Message | str, *, available: Sequence[str] = ()) -> None:
        self.available = tuple(available)
        if self.available:
            detail = msg(
                "{message}; available: {names}", message=detail, names=listing(self.available)
            )
        super().__init__(detail)


class RegistryError(MinshengError):
    """Dataset providers conflict, or a provider is broken."""

    code = "registry"


class RegistryWarning(MinshengError, UserWarning):  # noqa: N818 - a warning, first
    """A dataset provider is broken: its datasets are left out, and the others still load.

    ``error`` is the :class:`RegistryError` that says what is wrong with it.
    Loading a dataset that no working provider has raises
    :class:`UnknownDatasetError`, which names that error and has it as its
    ``__cause__``.  A
    :class:`MinshengError` too, so that where warnings are errors (``python
    -W error``, pytest's ``filterwarnings = error``) ``except MinshengError``
    still catches it.
    """

    code = "registry-warning"

    def __init__(self, error: RegistryError) -> None:
        super().__init__(error.detail)
        self.error = error


class ParseError(MinshengError, ValueError):
    """A quantity phrase that cannot be read; ``position`` is the character offset."""

    code = "parse"

    def __init__(self, reason: Message | str, *, text: str, position: int) -> None:
        self.text = text
        self.position = position
        self.reason_detail = reason if isinstance(reason, Message) else verbatim(reason)
        super().__init__(
            msg(
                "{reason} at position {position} in {text}",
                reason=self.reason_detail,
                position=position,
                text=shown(text),
            )
        )

    @property
    def reason(self) -> str:
        """Why reading stopped, in English."""
        return str(self.reason_detail)


class ArgumentError(MinshengError, TypeError):
    """A public function called with an argument of the wrong type."""

    code = "argument"


def expect(value: object, kind: type | tuple[type, ...], name: str, function: str) -> None:
    """Raise :class:`ArgumentError` unless ``value`` is a ``kind``; a bool is no int."""
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
        raise ArgumentError(
            msg(
                "{function}() takes {name} as {expected}, not {found}",
                function=function,
                name=name,
                expected=" or ".join(k.__name__ for k in kinds),
                found=clip(type(value).__name__),
            )
        )


def install_command(extra: str) -> str:
    """The pip command that adds ``extra`` to this installation of minsheng.

    Where minsheng was installed from a folder that is still there (a
    checkout: ``pip install .``), the index's name would find no such
    package, or another one: the command names the folder, as pip recorded
    it.  From a wheel or an index, it names the package.
    """
    import json  # noqa: PLC0415 - an error's path
    from importlib import metadata  # noqa: PLC0415
    from urllib.parse import unquote, urlparse  # noqa: PLC0415

    try:
        recorded = json.loads(
            metadata.distribution("minsheng").read_text("direct_url.json") or "{}"
        )
        url = recorded.get("url", "") if "dir_info" in recorded else ""  # not a wheel's file
    except (metadata.PackageNotFoundError, ValueError, AttributeError, OSError):
        url = ""
    if isinstance(url, str) and url.startswith("file://"):
        folder = unquote(urlparse(url).path)
        if folder and "'" not in folder and os.path.isdir(folder):  # noqa: PTH112 - no pathlib here
            return f"pip install '{folder}[{extra}]'"
    return f"pip install 'minsheng[{extra}]'"


def expect_programs(value: object, name: str, function: str) -> None:
    """Raise :class:`ArgumentError` unless ``value`` may be an iterable of programs.

    Text, bytes and mappings are iterable too, but never of programs: an
    empty string gave an empty table, not an error.
    """
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise ArgumentError(
            msg(
                "{function}() takes {name} as an iterable of programs ([program] for one),"
                " not {found}",
                function=function,
                name=name,
                found=type(value).__name__,
            )
        )


class NotFoundError(MinshengError, KeyError):
    """A project, metric or source that a program does not have, looked up by its name.

    A :class:`KeyError` too, as a mapping's lookup raises.
    """

    code = "not-found"

    def __str__(self) -> str:
        return str(self.detail)  # not KeyError's quoted repr


class LocaleError(MinshengError, LookupError):
    """A locale that minsheng has no translations or number formats for."""

    code = "locale"
