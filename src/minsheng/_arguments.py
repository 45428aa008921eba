"""The datasets a command line names: ``CITY YEAR``, ``CITY/YEAR`` or a file.

:func:`targets` reads the words of a command line into the datasets they
name, or into the error that says why a word names none;
:func:`loaded_targets` loads them.  A word that names an existing file is
that file (a folder, only where no year follows it); a name and a year are
a dataset of the registry, which says what is wrong with a name.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from typing import NamedTuple

from minsheng._errors import MinshengError, shown
from minsheng._i18n import Message, msg
from minsheng._model import Program
from minsheng._patterns import compiled
from minsheng._quantity import SLUG

KEY = compiled(r"([a-z][a-z0-9-]*)[/:]([0-9]{4})")
# a name, maybe a wrong one (Kunming, 昆明), but no path: no folder, no extension
_NAME_LIKE = compiled(r"[^\W\d][\w-]*")
YEAR = compiled(r"[0-9]{4}")  # a year as the command line takes one: four digits
_NAMED_KEY = compiled(f"({_NAME_LIKE.pattern})[/:]({YEAR.pattern})")  # Kunming/2025


class UsageError(MinshengError):
    """A command line that names no dataset minsheng can find."""


class Target(NamedTuple):
    """One dataset a command line names: a registry key or a file.

    A named tuple, not an attrs class: attrs compiles each class's methods
    when its module is imported, half a millisecond of every command.
    """

    label: str
    city: str | None = None
    year: int | None = None
    file: str | None = None

    def load(self) -> Program:
        from minsheng._json import load_file  # noqa: PLC0415 - a fast start: loading, when asked
        from minsheng._registry import load  # noqa: PLC0415

        if self.file is not None:
            return load_file(self.file)
        assert self.city is not None  # noqa: S101 - one or the other
        assert self.year is not None  # noqa: S101
        return load(self.city, self.year)

    def data(self) -> bytes | None:
        """The dataset's file as it is (read again), or ``None`` where it cannot be read."""
        from minsheng._files import read_file  # noqa: PLC0415 - only where a check found something
        from minsheng._registry import dataset_bytes  # noqa: PLC0415

        try:
            if self.file is not None:
                return read_file(self.file)
            assert self.city is not None  # noqa: S101 - one or the other
            assert self.year is not None  # noqa: S101
            return dataset_bytes(self.city, self.year)
        except MinshengError:
            return None


def _is_path(word: str) -> bool:
    """Whether ``word`` names something on disk, a loop of links too (not a link to nothing).

    A loop is a file that cannot be read; a dangling link named kunming does
    not hide the dataset ``kunming 2025``.
    """
    try:
        os.stat(word)  # noqa: PTH116 - a word, not yet a path
    except OSError as exc:
        return exc.errno == errno.ELOOP
    except ValueError:  # a NUL byte: not a path here
        return False
    return True


def _is_folder(word: str) -> bool:
    return os.path.isdir(word)  # noqa: PTH112 - a word, not yet a path


def targets(words: Sequence[str]) -> list[Target | MinshengError]:
    """Read dataset arguments: ``CITY YEAR``, ``CITY/YEAR`` or ``FILE``, several at once.

    A word that names an existing file is that file.  Each argument that names
    nothing becomes the error that says so, in its place.
    """
    found: list[Target | MinshengError] = []
    i = 0
    while i < len(words):
        word = words[i]
        i += 1
        if not word:
            raise UsageError(msg("an empty argument names no dataset"))
        if word == "-" and not os.path.exists(word):  # noqa: PTH110
            raise UsageError(msg("- (standard input) names no dataset: name a file"))
        dataset_follows = i < len(words) and YEAR.fullmatch(words[i]) is not None
        if _is_path(word) and not (dataset_follows and _is_folder(word)):
            # (a folder kunming/, an export's, does not hide the dataset kunming 2025)
            found.append(Target(word, file=word))
            continue
        named = _NAMED_KEY.fullmatch(word)
        if named is not None and not KEY.fullmatch(word):
            # Kunming/2025 or 昆明市/2025: the registry says what is wrong with the name
            found.append(Target(word, city=named[1], year=int(named[2])))
            continue
        if _NAME_LIKE.fullmatch(word) and i < len(words) and YEAR.fullmatch(words[i]):
            # Kunming 2025 or 昆明 2025 means a dataset too: the registry says what is
            # wrong with the name
            found.append(Target(f"{word}/{words[i]}", city=word, year=int(words[i])))
            i += 1
            continue
        match = KEY.fullmatch(word)
        if match is not None:
            found.append(Target(word, city=match[1], year=int(match[2])))
        elif SLUG.fullmatch(word):
            after = words[i] if i < len(words) else None
            if after is None or KEY.fullmatch(after) or _is_path(after):
                reason = msg("no year follows it")  # what follows names a dataset of its own
            else:
                reason = msg("{after} after it is not a four-digit year", after=shown(after))
            found.append(_no_dataset(word, reason))
        elif YEAR.fullmatch(word):  # kunming 2025 2026, 2025 kunming
            found.append(_no_dataset(word, msg("no city comes before it")))
        elif _city_slash(word):  # kunming/abc, kunming/25: no file, and no year after the /
            reason = msg(
                "no such file, and {after} after the slash is not a four-digit year",
                after=shown(word.partition("/")[2]),
            )
            found.append(_no_dataset(word, reason))
        else:
            found.append(Target(word, file=word))  # reading it says what is wrong
    return found


def _no_dataset(word: str, reason: Message) -> UsageError:
    """The usage error of an argument that names neither a file nor a dataset, and why."""
    return UsageError(
        msg(
            "{word} is neither a file nor CITY YEAR or CITY/YEAR: {reason}",
            word=shown(word),
            reason=reason,
        )
    )


def _city_slash(word: str) -> bool:
    """Whether ``word`` is a city's name, a slash and a word with no further slash or dot."""
    city, _, rest = word.partition("/")
    return bool(rest) and SLUG.fullmatch(city) is not None and not ("/" in rest or "." in rest)


def loaded_targets(words: Sequence[str]) -> list[tuple[Target, Program]]:
    """Load every dataset the arguments name, with its argument; the first failure stops."""
    loaded = []
    for target in targets(words):
        if isinstance(target, MinshengError):
            raise target
        loaded.append((target, target.load()))
    return loaded


def named_programs(words: Sequence[str]) -> list[Program]:
    """Load every dataset the arguments name; the first that fails stops the command."""
    return [program for _, program in loaded_targets(words)]
