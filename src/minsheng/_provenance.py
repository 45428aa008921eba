"""Provenance: every figure of a dataset against the text of its source.

:func:`check_source` reads the source's text once.  Each figure that records
the phrase it was read from must find that phrase in the text, at its
recorded :class:`~minsheng.Span` where it records one; and every quantity
phrase of the text (found by :func:`~minsheng.find_quantities`) that no figure
of the dataset mentions is listed, as a warning with its span, so that a
figure left out of a transcription shows.

Some numbers of a report are not figures of its projects: dates and years
(the parser never reads them as quantities), and facts about the program and
its vote, such as the program's own count (10件惠民实事) and the delegations
that voted (15个代表团).  :func:`is_program_fact` names them; they are never
listed as unmentioned.
"""

from __future__ import annotations

import bisect
import itertools
import os
from collections.abc import Iterable

from minsheng._check import quantity_paths
from minsheng._context import own_context
from minsheng._draft_layout import fold
from minsheng._errors import (
    ArgumentError,
    DatasetError,
    InvalidValueError,
    MinshengError,
    Problem,
    clip,
    expect,
    problem,
)
from minsheng._i18n import msg
from minsheng._model import Program
from minsheng._patterns import compiled
from minsheng._scan import MAX_SCAN, Found, find_quantities

CODES = {
    "source-phrase": "error",
    "source-span": "error",
    "source-unmentioned": "warning",
}
"""Every code the provenance check gives, with its severity."""

_PROGRAM_FACT = compiled(r"\s*[”\"」』]?\s*(?:(?:惠民|为民|民生|为民办|便民|利民)?实事|代表团)")


def is_program_fact(s: str, found: Found) -> bool:
    """Whether ``found`` counts the program or its vote, not a project's figure.

    ``s`` is the text in simplified script.  10件惠民实事 and “10 件惠民实事”
    count the program's projects; 15个代表团 the delegations that voted.
    """
    return _PROGRAM_FACT.match(s, found.end) is not None


def source_figures(text: str) -> list[Found]:
    """The quantity phrases of ``text`` that may be figures of its projects."""
    s = fold(text)
    return [found for found in find_quantities(text) if not is_program_fact(s, found)]


class _Cover:
    """Spans of the text, asked whether any overlaps a given span, in log time."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach = list(itertools.accumulate((b for _, b in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span that starts before ``end`` reaches past ``start``."""
        k = bisect.bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start


def _occurrences(text: str, phrase: str) -> Iterable[tuple[int, int]]:
    at = text.find(phrase)
    while at >= 0:
        yield at, at + len(phrase)
        at = text.find(phrase, at + 1)


@own_context
def check_source(program: Program, text: str, *, source: str | None = None) -> tuple[Problem, ...]:
    r"""Check ``program``'s figures against ``text``, the text of one of its sources.

    ``source`` is the id of the program's source that ``text`` holds; with
    ``None`` every figure is checked against ``text``, otherwise only the
    figures that name that source (or, for the program's first source, name
    none).  Errors: ``source-phrase`` (a figure's phrase is not in the text)
    and ``source-span`` (the text at a figure's recorded span is not its
    phrase).  Warnings: ``source-unmentioned``, one for each quantity phrase of
    the text that no figure mentions (at its span where the figure records
    one, anywhere in the text where it records none), with its span.

    >>> import minsheng
    >>> program = minsheng.draft(
    ...     "1.新建学校\n新增学位不少于3000个。",
    ...     city=minsheng.Jurisdiction(
    ...         "lanzhen",
    ...         minsheng.Text("岚镇市"),
    ...         "190100",
    ...         province=minsheng.Text("岚省"),
    ...     ),
    ...     year=2031,
    ... )
    >>> [p.code for p in minsheng.check_source(program, "1.新建学校\n新增学位不少于3000个。")]
    []
    >>> [p.code for p in minsheng.check_source(program, "1.新建学校\n新增学位不少于2000个。")]
    ['source-phrase', 'source-unmentioned']

    Raises:
        ArgumentError: ``program`` is not a Program, or ``text`` or ``source`` not a str.
        InvalidValueError: ``text`` is longer than 1,000,000 characters.
        NotFoundError: the program has no source ``source``, as :meth:`Program.source` says.

    """
    expect(program, Program, "program", "check_source")
    if not isinstance(text, str):
        raise ArgumentError(
            msg("the source's text must be a str, not {type}", type=clip(type(text).__name__))
        )
    if len(text) > MAX_SCAN:
        raise InvalidValueError(
            msg("the source's text is longer than {limit} characters", limit=MAX_SCAN)
        )
    first = program.sources[0].id
    where = "$"
    if source is not None:
        expect(source, str, "source", "check_source")
        where = f"$.sources[{program.sources.index(program.source(source))}]"
    problems: list[Problem] = []
    mentioned: list[tuple[int, int]] = []
    anywhere: dict[str, list[tuple[int, int]]] = {}  # each phrase's places, found once
    for path, quantity in quantity_paths(program):
        if quantity.phrase is None:
            continue
        if source is not None and (quantity.source or first) != source:
            continue
        span = quantity.span
        if span is not None and text[span.start : span.end] == quantity.phrase:
            mentioned.append((span.start, span.end))
            continue
        known = quantity.phrase in anywhere
        if not known:
            anywhere[quantity.phrase] = list(_occurrences(text, quantity.phrase))
        places = anywhere[quantity.phrase]
        if span is not None and places:
            problems.append(
                problem(
                    "source-span",
                    f"{path}.span",
                    msg(
                        "the source's text at {start}-{end} is {found}, not the phrase {phrase}",
                        start=span.start,
                        end=span.end,
                        found=clip(repr(text[span.start : span.end])),
                        phrase=clip(repr(quantity.phrase)),
                    ),
                )
            )
        elif not places:
            problems.append(
                problem(
                    "source-phrase",
                    f"{path}.phrase",
                    msg(
                        "the phrase {phrase} is not in the source's text",
                        phrase=clip(repr(quantity.phrase)),
                    ),
                )
            )
        elif not known:
            mentioned += places
    covered = _Cover(mentioned)
    for found in source_figures(text):
        if covered.overlaps(found.start, found.end):
            continue
        problems.append(
            problem(
                "source-unmentioned",
                where,
                msg(
                    "the source's figure {phrase} at {start}-{end} is not in the dataset",
                    phrase=clip(repr(found.phrase)),
                    start=found.start,
                    end=found.end,
                ),
                severity="warning",
            )
        )
    return tuple(problems)


MAX_SOURCE_BYTES = 4 * MAX_SCAN
"""The largest source file, in bytes, that :func:`read_source` reads."""


def read_source(path: str | os.PathLike[str]) -> str:
    """The text of a UTF-8 source file, exactly as stored (a leading BOM dropped).

    Line ends are kept as they are, so that spans count the characters a
    reader of the file counts.  Only a regular file is read, as a dataset
    file is: never a folder, device or pipe, which could hang the read.

    Raises:
        MinshengError: the file is missing, unreadable, no regular file,
            larger than 4,000,000 bytes or not UTF-8.

    """
    from minsheng._files import read_file  # noqa: PLC0415 - one reader of files

    shown = clip(repr(str(path)))
    try:
        data = read_file(path, max_size=MAX_SOURCE_BYTES)
    except DatasetError as exc:
        (found,) = exc.problems
        if found.code == "too-large":
            raise MinshengError(
                msg(
                    "{file} is larger than {limit} bytes, the limit of a source text",
                    file=shown,
                    limit=MAX_SOURCE_BYTES,
                )
            ) from None
        raise MinshengError(msg("{file}: {reason}", file=shown, reason=found.detail)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MinshengError(
            msg("{file} is not UTF-8 text (byte {offset})", file=shown, offset=exc.start)
        ) from None
    return text.removeprefix("\ufeff")
