"""Every exception that minsheng raises.

The hierarchy::

    MinshengError
    ├── DatasetError (also ValueError)       a dataset file that cannot be loaded
    ├── UnknownDatasetError (also LookupError)  no such city or year, or a bad name
    ├── RegistryError                          two providers ship the same dataset
    ├── ParseError (also ValueError)           a quantity phrase that cannot be read
    └── LocaleError (also LookupError)         a locale that minsheng cannot serve

Each error has a stable, machine-readable ``code`` so that applications can
translate or route it without parsing the message.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs


class MinshengError(Exception):
    """The base of every exception raised by minsheng."""

    code: str = "minsheng"


@attrs.frozen
class Problem:
    """One thing wrong with a dataset.

    ``path`` is a JSON path such as ``$.projects[3].metrics[0].target``.
    ``code`` is stable across releases: ``type``, ``missing``, ``unknown-key``,
    ``syntax``, ``encoding``, ``duplicate-key``, ``non-finite``, ``too-deep``,
    ``value``, ``reference``, ``consistency`` or ``phrase``.
    """

    code: str
    path: str
    message: str
    expected: str | None = None
    found: str | None = None

    def describe(self) -> str:
        """Return ``$.path: message`` with what was expected and found."""
        text = f"{self.path}: {self.message}"
        if self.expected is not None:
            text += f"; expected {self.expected}"
        if self.found is not None:
            text += f", found {self.found}"
        return text


class DatasetError(MinshengError, ValueError):
    """A dataset that cannot be loaded; ``problems`` lists everything wrong at once."""

    code = "dataset"

    def __init__(self, *, file: str | Path | None, problems: Iterable[Problem]) -> None:
        self.file = str(file) if file is not None else "<data>"
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(self.file, self.problems)

    def lines(self) -> list[str]:
        """Return one ``file: $.path: message`` line per problem."""
        return [f"{self.file}: {p.describe()}" for p in self.problems]

    def __str__(self) -> str:
        return "\n".join(self.lines())


class UnknownDatasetError(MinshengError, LookupError):
    """No dataset exists for the city or year asked for, or the name is not valid."""

    code = "unknown-dataset"

    def __init__(self, message: str, *, available: Sequence[str] = ()) -> None:
        self.available = tuple(available)
        if self.available:
            message += "; available: " + ", ".join(self.available)
        super().__init__(message)


class RegistryError(MinshengError):
    """Dataset providers conflict, or a provider is broken."""

    code = "registry"


class ParseError(MinshengError, ValueError):
    """A quantity phrase that cannot be read; ``position`` is the character offset."""

    code = "parse"

    def __init__(self, message: str, *, text: str, position: int) -> None:
        self.text = text
        self.position = position
        self.reason = message
        super().__init__(f"{message} at position {position} in {text!r}")


class LocaleError(MinshengError, LookupError):
    """A locale that minsheng has no translations or number formats for."""

    code = "locale"
