"""Every exception that minsheng raises.

The hierarchy::

    MinshengError
    ├── DatasetError (also ValueError)          a dataset file that cannot be loaded
    ├── InvalidValueError (also ValueError)     a model object built with a bad value
    ├── UnknownDatasetError (also LookupError)  no such city or year, or a bad name
    ├── RegistryError                           two providers ship the same dataset
    ├── ParseError (also ValueError)            a quantity phrase that cannot be read
    └── LocaleError (also LookupError)          a locale that minsheng cannot serve

Each error has a stable, machine-readable ``code`` so that applications can
translate or route it without parsing the message, and each renders its
message in any served locale (``render``), as the command line does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from minsheng._i18n import Message, Translate, msg, verbatim

if TYPE_CHECKING:  # pathlib costs 3 ms at import; annotations only need the name
    from collections.abc import Iterable, Sequence
    from pathlib import Path


class MinshengError(Exception):
    """The base of every exception raised by minsheng."""

    code: str = "minsheng"

    def __init__(self, detail: Message | str) -> None:
        self.detail = detail if isinstance(detail, Message) else verbatim(detail)
        super().__init__(str(self.detail))

    def render(self, translate: Translate | None = None) -> str:
        """The message, translated by ``translate`` (English without one)."""
        return self.detail.render(translate)


@attrs.frozen
class Problem:
    """One thing wrong with a dataset.

    ``path`` is a JSON path such as ``$.projects[3].metrics[0].target``.
    ``code`` is stable across releases: ``type``, ``missing``, ``unknown-key``,
    ``syntax``, ``encoding``, ``duplicate-key``, ``non-finite``, ``too-deep``,
    ``io``, ``value``, ``reference``, ``consistency`` or ``phrase``.
    ``found`` shows the offending JSON value as JSON.
    """

    code: str
    path: str
    detail: Message
    expected_detail: Message | None = None
    found: str | None = None

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


def problem(
    code: str,
    path: str,
    detail: Message,
    *,
    expected: Message | None = None,
    found: str | None = None,
) -> Problem:
    """Build a :class:`Problem`; a shorthand for the checks."""
    return Problem(code, path, detail, expected, found)


class DatasetError(MinshengError, ValueError):
    """A dataset that cannot be loaded; ``problems`` lists everything wrong at once."""

    code = "dataset"

    def __init__(self, *, file: str | Path | None, problems: Iterable[Problem]) -> None:
        self.file = str(file) if file is not None else "<data>"
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(verbatim("\n".join(self.lines())))

    def lines(self, translate: Translate | None = None) -> list[str]:
        """Return one ``file: $.path: message`` line per problem."""
        return [f"{self.file}: {p.describe(translate)}" for p in self.problems]

    def render(self, translate: Translate | None = None) -> str:
        """Every problem, one a line, translated by ``translate``."""
        return "\n".join(self.lines(translate))


class InvalidValueError(MinshengError, ValueError):
    """A model object built with a value that breaks its invariants."""

    code = "invalid-value"


class UnknownDatasetError(MinshengError, LookupError):
    """No dataset exists for the city or year asked for, or the name is not valid."""

    code = "unknown-dataset"

    def __init__(self, detail: Message, *, available: Sequence[str] = ()) -> None:
        self.available = tuple(available)
        if self.available:
            detail = msg(
                "{message}; available: {names}", message=detail, names=", ".join(self.available)
            )
        super().__init__(detail)


class RegistryError(MinshengError):
    """Dataset providers conflict, or a provider is broken."""

    code = "registry"


_EXCERPT = 40


def _excerpt(text: str) -> Message | str:
    """The text as a message shows it: the start of a long text, and its length."""
    if len(text) <= _EXCERPT + 20:
        return repr(text)
    return msg("{start}… ({length} characters)", start=repr(text[:_EXCERPT]), length=len(text))


class ParseError(MinshengError, ValueError):
    """A quantity phrase that cannot be read; ``position`` is the character offset."""

    code = "parse"

    def __init__(self, reason: Message, *, text: str, position: int) -> None:
        self.text = text
        self.position = position
        self.reason_detail = reason
        super().__init__(
            msg(
                "{reason} at position {position} in {text}",
                reason=reason,
                position=position,
                text=_excerpt(text),
            )
        )

    @property
    def reason(self) -> str:
        """Why reading stopped, in English."""
        return str(self.reason_detail)


class LocaleError(MinshengError, LookupError):
    """A locale that minsheng has no translations or number formats for."""

    code = "locale"
