"""A program's texts as a careless copy or a hostile file leaves them.

Spaces and control characters around a title, a list's number copied into it,
each language in the other's field; a source's address that is no web
address; and a text that a spreadsheet would run as a formula when it opens
the CSV export.  :mod:`minsheng._program_checks` asks these with the rest of
the program's checks.
"""

from __future__ import annotations

from collections.abc import Iterator

from minsheng._errors import Problem, shown
from minsheng._i18n import msg
from minsheng._issues import issue as _issue
from minsheng._issues import metrics_of
from minsheng._model import Program, Text
from minsheng._patterns import compiled
from minsheng._record import web_address
from minsheng._words import _is_word_char

_ODD = compiled("^\\s|\\s$|[\x00-\x1f\x7f-\x9f]")  # spaces around, a control character
# 1.关爱特殊群体, （一）, 一、: a list's number copied into a title; …；2.夯实 runs
# into the next item
_LISTED = compiled("^(?:[0-9]+[.、．]|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)")
_RUNS_ON = compiled("[；;。] *[0-9]+[.、．]")


def _chinese(text: str) -> bool:
    """Whether ``text`` holds a Chinese character (a loop: no regular expression to compile)."""
    return any(map(_is_word_char, text))


def _named_texts(program: Program) -> Iterator[tuple[str, Text, bool]]:
    """The program's names and titles, with their paths; whether each is a title.

    Not the metrics' subjects: a converter copies titles from the text's list,
    where a number and the next item are near; and assessment runs these
    checks on every program, where subjects would be three texts a metric.
    """
    yield "$.jurisdiction.name", program.jurisdiction.name, False
    if program.name is not None:
        yield "$.name", program.name, False
    for a, area in enumerate(program.areas):
        yield f"$.areas[{a}].title", area.title, True
    for p, project in enumerate(program.projects):
        if project.title is not None:
            yield f"$.projects[{p}].title", project.title, True


def text_problems(program: Program) -> list[Problem]:
    """Names and titles as a careless copy leaves them: spaces, line breaks, list numbers.

    And each language in the other's field: English in ``zh``, Chinese in ``en``.
    """
    problems = []
    for path, text, title in _named_texts(program):
        zh, en = text.zh, text.en
        found = None
        if _ODD.search(zh):
            found = msg("spaces around it, or a line break or other control character in it")
        elif not _is_word_char(zh[0]) and not _chinese(zh):
            found = msg("no Chinese character: the English in the Chinese field?")
        elif title and (_LISTED.match(zh) or _RUNS_ON.search(zh)):
            found = msg("a list's number in it: copied with the number, or with the next item?")
        if found is not None:
            problems.append(_issue("text-form", f"{path}.zh", found, found=shown(zh)))
        if en is not None and (_ODD.search(en) or (not en.isascii() and _chinese(en))):
            # a newcomer's: the message named three faults where it knew which
            said = (
                msg("spaces around it, or a line break or other control character in it")
                if _ODD.search(en)
                else msg("Chinese characters in it: the Chinese in the English field?")
            )
            problems.append(_issue("text-form", f"{path}.en", said, found=shown(en)))
        if len(problems) >= _MOST:
            break
    return problems


_MOST = 20  # a careless converter makes the same mistake everywhere: enough to see it

_FORMULA = frozenset("=+-@\t\r")
"""What a spreadsheet reads a cell that begins with as a formula (=cmd|…, +SUM, @x)."""


def source_problems(program: Program) -> list[Problem]:
    """A source's url that is no web address: reports do not link it, exports leave it out."""
    return [
        _issue(
            "source-url",
            f"$.sources[{n}].url",
            msg("not a web address (http or https): reports do not link it, nor exports name it"),
            found=shown(source.url),
        )
        for n, source in enumerate(program.sources)
        if source.url is not None and web_address(source.url) is None
    ]


def _csv_texts(program: Program, *, paths: bool) -> Iterator[tuple[str, str]]:
    """The texts CSV writes as they are, each with its JSON path ("" without ``paths``).

    Notes and departments are JSON arrays there, which begin with [.  Without
    paths the same texts are read faster: nearly every program holds no
    formula, and its metrics' and figures' paths need not be built.
    """
    from minsheng._check import metric_figures, quantity_paths  # noqa: PLC0415 - a cycle

    for path, text, _ in _named_texts(program):
        yield f"{path}.zh", text.zh
        yield f"{path}.en", text.en or ""
    yield "$.license", program.license or ""
    yield "$.citation", program.citation or ""
    province = program.jurisdiction.province
    if province is not None:
        yield "$.jurisdiction.province.zh", province.zh
        yield "$.jurisdiction.province.en", province.en or ""
    for p, project in enumerate(program.projects):
        yield (f"$.projects[{p}].description" if paths else ""), project.description or ""
    if paths:
        for path, metric in metrics_of(program):
            yield f"{path}.subject.zh", metric.subject.zh
            yield f"{path}.subject.en", metric.subject.en or ""
        for path, quantity in quantity_paths(program):
            yield f"{path}.derivation", quantity.derivation or ""
        return
    metrics = [*program.figures, *(m for project in program.projects for m in project.metrics)]
    for metric in metrics:
        yield "", metric.subject.zh
        yield "", metric.subject.en or ""
    for metric in metrics:
        for figure in metric_figures(metric):
            if figure is not None:
                yield "", figure.derivation or ""


def formula_problems(program: Program) -> list[Problem]:
    """Text that a spreadsheet would run as a formula when it opens an export's CSV.

    The exports keep text as it is; a hostile-input audit's dataset with a
    title of =cmd|… validated, and its CSV ran it in a spreadsheet.
    """
    formula = _FORMULA
    if not any(text[:1] in formula for _, text in _csv_texts(program, paths=False)):
        return []  # the paths are built only for a program that may need them
    return [
        _issue(
            "text-form",
            path,
            msg(
                "it begins with {character}, which a spreadsheet opening the CSV export"
                " runs as a formula",
                character=repr(text[0]),
            ),
            found=shown(text),
        )
        for path, text in _csv_texts(program, paths=True)
        if text[:1] in formula
    ][:_MOST]
