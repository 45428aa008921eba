"""The ``minsheng`` command's subcommands: what each one does with its arguments.

:mod:`minsheng._cli` builds the command line and runs these; every handler
takes the parsed arguments and an :class:`~minsheng._terminal.Output`, and
returns the exit code.  ``parse``, which shows what the parser reads, is
:mod:`minsheng._parse_command`'s.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from minsheng._arguments import (
    KEY,
    Target,
    UsageError,
    loaded_targets,
    targets,
)
from minsheng._errors import (
    DatasetError,
    MinshengError,
    Problem,
    clip,
    problem,
    shown,
)
from minsheng._i18n import _, listing, msg
from minsheng._model import Program
from minsheng._terminal import (
    Output,
    err,
    escape_html,
    escape_json,
    escape_line,
    for_terminal,
)

if TYPE_CHECKING:
    from minsheng._locale import Locale
    from minsheng._query import Selection
    from minsheng._registry import DatasetInfo
    from minsheng._results import Assessment

# Each handler imports what only it needs, so that a command starts without
# the parser, the exporters or cattrs unless it uses them.


def _earlier(program: Program) -> Program | None:
    from minsheng._query import select

    found = select(city=program.jurisdiction.slug, years=program.year - 1).programs
    return found[0] if found else None


def _filters(args: argparse.Namespace) -> dict[str, Any] | None:
    """The selection options given on the command line, or ``None`` for none."""
    filters = {"city": args.city, "years": args.years, "category": args.category}
    filters["status"] = args.status
    return filters if any(v is not None for v in filters.values()) else None


def _known_city(asked: list[str] | None, programs: list[Program] | None = None) -> None:
    """Refuse a --city that no dataset named, or installed, is for (--city kunmin, a typo)."""
    from minsheng._registry import available, refuse_unknown_city

    if programs is not None:
        cities = {program.jurisdiction.slug for program in programs}
    else:
        cities = {info.city for info in available()}
    for city in asked or ():
        refuse_unknown_city(city, cities)


def _say_nothing_matches(locale: Locale) -> None:
    """Say on standard error that a selection is empty."""
    err("minsheng: " + locale.gettext(_("no dataset matches the selection")))


def _cmd_list(args: argparse.Namespace, out: Output) -> int:
    from minsheng._query import select
    from minsheng._registry import available

    infos = available()
    filters = _filters(args)
    if filters is not None:
        _known_city(args.city)
        keys = {p.key for p in select(**filters).programs}
        infos = tuple(d for d in infos if f"{d.city}/{d.year}" in keys)
        if not infos:  # the listing itself stays empty
            _say_nothing_matches(args.locale)
    if args.format == "json":
        out.filter = escape_json
        data = [{"city": d.city, "year": d.year, "provider": d.provider} for d in infos]
        out.write(json.dumps(data, indent=2) + "\n")
    else:
        out.writelines(f"{info.city}\t{info.year}\t{info.provider}\n" for info in infos)
    listed = [f"{d.city}/{d.year}" for d in infos]
    twice = [key for key in dict.fromkeys(listed) if listed.count(key) > 1]
    locale = args.locale
    for key in twice:  # loading it is a RegistryError: say so where it is listed
        providers = listing([d.provider for d in infos if f"{d.city}/{d.year}" == key])
        message = msg("{key} is provided more than once: {providers}", key=key, providers=providers)
        err("minsheng: " + message.render(locale.gettext))
    return 1 if twice else 0


def _cmd_show(args: argparse.Namespace, out: Output) -> int:
    from minsheng._json import dumps
    from minsheng._layout import terminal_columns
    from minsheng._report import format_program

    loaded = loaded_targets(args.dataset)
    programs = [program for _, program in loaded]
    if args.format == "json":
        out.filter = escape_json
        if len(programs) == 1:
            out.write(dumps(programs[0]))
        else:
            import textwrap

            # each program as dumps writes it, indented one level inside the array
            items = (textwrap.indent(dumps(p).rstrip("\n"), "  ") for p in programs)
            out.write("[\n" + ",\n".join(items) + "\n]\n")
        return 0
    for n, program in enumerate(programs):
        earlier = _earlier(program)
        text = format_program(
            for_terminal(program),
            locale=args.locale,
            earlier=None if earlier is None else for_terminal(earlier),
            columns=terminal_columns(),
        )
        out.write(("\n" if n else "") + text)
    return 0


def _cmd_report(args: argparse.Namespace, out: Output) -> int:
    from minsheng._assess import assess
    from minsheng._layout import terminal_columns
    from minsheng._report import format_report

    loaded = loaded_targets(args.dataset)
    targets = [target for target, _ in loaded]
    programs = [program for _, program in loaded]
    if args.format == "json":
        out.filter = escape_json
        assessments = [assess(p) for p in programs]
        reports = [format_report(a, style="json") for a in assessments]
        if len(reports) == 1:
            out.write(reports[0])
        else:
            out.write("[\n" + ",\n".join(r.rstrip("\n") for r in reports) + "\n]\n")
        return _data_errors(list(zip(targets, assessments, strict=True)), args.locale)
    if args.format == "html" and len(programs) > 1:
        raise UsageError(
            msg("--format html writes one page: name one dataset, or use minsheng site DIR")
        )
    columns = terminal_columns()
    assessments = []
    if args.format == "html":  # a page: character references, not the terminal's escapes
        out.filter = escape_html
    for n, program in enumerate(programs):
        assessment = assess(program if args.format == "html" else for_terminal(program))
        text = format_report(assessment, locale=args.locale, style=args.format, columns=columns)
        out.write(("\n" if n else "") + text)
        assessments.append(assessment)
    return _data_errors(list(zip(targets, assessments, strict=True)), args.locale)


def _data_errors(assessed: list[tuple[Target | None, Assessment]], locale: Locale) -> int:
    """Say on standard error which reports rest on data with errors; 1 if any do, else 0.

    Each is named as the command line named it: a file by its path (its key
    may be a registry dataset's, which ``validate`` would find fine).
    """
    failed = 0
    for target, assessment in assessed:
        if assessment.errors:
            failed += 1
            file = None if target is None else target.file
            err(
                locale.gettext(
                    "{dataset}: the data has errors ({count}); a metric with one is undetermined"
                    " (see minsheng validate)"
                ).format(
                    dataset=assessment.program.key if file is None else escape_line(file),
                    count=assessment.errors,
                )
            )
    return 1 if failed else 0


def _cmd_site(args: argparse.Namespace, out: Output) -> int:
    from minsheng._html._page import write_site  # an optional extra
    from minsheng._registry import load_installed

    if not args.folder.strip():
        raise UsageError(msg("an empty argument names no folder"))
    programs = load_installed()  # (a plugin's broken file is left out, with a warning)
    # all pages or none: an ExportError says why (a page of one's own in the way)
    written = write_site(args.folder, programs, force=args.force)
    from pathlib import Path  # pathlib's import is 4 ms of every command that needs none

    index = Path(args.folder) / "index.html"
    message = args.locale.gettext("wrote {pages} pages for {datasets} datasets; open {index}")
    # (a folder's name may hold a newline, which would forge a line: a hostile-input trial's)
    shown_index = escape_line(str(index))
    out.write(message.format(pages=len(written), datasets=len(programs), index=shown_index) + "\n")
    return 0


def _cmd_export(args: argparse.Namespace, out: Output) -> int:
    from minsheng._export import export
    from minsheng._query import select

    if not args.to.strip():
        raise UsageError(msg("--to needs a folder, not an empty string"))
    if args.to == "-":
        raise UsageError(
            msg("--to needs a folder: export writes its tables as files, not to standard output")
        )
    loaded = loaded_targets(args.datasets)
    programs = [program for _, program in loaded] or None
    filters = _filters(args)
    source: list[Program] | Selection | None = programs
    _known_city(args.city, programs)  # a --city of none of them is a typo
    if filters is not None:
        source = select(programs, **filters)
        if not source.programs:  # the tables are written, empty: say why
            _say_nothing_matches(args.locale)
    from minsheng._rows import assessing_once

    with assessing_once() as assessed:  # the export's own assessments, kept to say
        written = export(source, args.to, format=args.format)
    out.writelines(f"{escape_line(str(path))}\n" for path in written)
    # tables of data with errors are written (those metrics are undetermined), but say so
    named = {id(program): target for target, program in loaded}
    return _data_errors([(named.get(key), a) for key, a in assessed.items()], args.locale)


def _cmd_diff(args: argparse.Namespace, out: Output) -> int:
    from minsheng._diff import diff

    loaded = loaded_targets(args.datasets)
    if len(loaded) != 2:
        raise UsageError(msg("diff compares two datasets, not {count}", count=len(loaded)))
    (old_target, old), (new_target, new) = loaded
    changes = diff(old, new)
    if args.format == "json":

        def side(target: Target, program: Program) -> dict[str, Any]:
            return {"dataset": program.key, "file": target.file, "revision": program.revision}

        data = {
            "old": side(old_target, old),
            "new": side(new_target, new),
            "changes": [change.as_json() for change in changes],
        }
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0

    def label(target: Target, program: Program) -> str:
        """kunming/2025, or the file a dataset came from: two files may hold one key."""
        if target.file is None:
            return program.key
        return f"{escape_line(target.file)} ({program.key})"  # a name cannot forge a line

    t = args.locale.gettext
    out.write(
        t("{old} revision {old_revision} → {new} revision {new_revision}; changes: {count}").format(
            old=label(old_target, old),
            old_revision=old.revision,
            new=label(new_target, new),
            new_revision=new.revision,
            count=len(changes),
        )
        + "\n"
    )
    out.writelines(change.describe() + "\n" for change in changes)
    # one key, one dataset (the registry holds one file a city and year), at any stage
    if changes and old.key == new.key and old.revision == new.revision:
        out.write(
            t(
                "note: the data changed but its revision did not; a shipped dataset's revision"
                " goes up with every change of its data"
            )
            + "\n"
        )
    if old.key == new.key and new.revision < old.revision:
        # (a semantic review's: a revision taken back passed unremarked)
        out.write(
            t(
                "note: the revision went down, from {old} to {new}: is the second the older"
                " version?"
            ).format(old=old.revision, new=new.revision)
            + "\n"
        )
    if old.key != new.key:  # kunming/2025 against kunming/2026: two programs, not two revisions
        out.write(
            t("note: {old} and {new} are two datasets, not two revisions of one").format(
                old=old.key, new=new.key
            )
            + "\n"
        )
    return 0


def _cmd_schema(args: argparse.Namespace, out: Output) -> int:
    from minsheng._schemas import schema_text

    out.write(schema_text(args.name))
    return 0


def _cmd_migrate(args: argparse.Namespace, out: Output) -> int:
    """Read a dataset of any supported schema and write it in the current one."""
    from minsheng._json import dumps, load_file

    if not args.file.strip():
        raise UsageError(msg("an empty argument names no file"))
    _check_to(args.to)
    if not os.path.exists(args.file) and KEY.fullmatch(args.file):  # noqa: PTH110
        # kunming/2025: the shipped datasets are in the current schema already
        raise UsageError(
            msg(
                "migrate takes a file; {word} names a dataset of the registry,"
                " which is in the current schema",
                word=shown(args.file),
            )
        )
    text = dumps(load_file(args.file))
    if args.to is None:
        out.filter = escape_json  # JSON escapes: the terminal's would make it no JSON
        out.write(text)
    else:
        _write(args.to, text, force=args.force)
    return 0


def _cmd_draft(args: argparse.Namespace, out: Output) -> int:
    """Draft a dataset from a report's text; say how much a person must confirm."""
    from minsheng._check import check, quantity_paths
    from minsheng._draft import draft, jurisdiction_of
    from minsheng._json import dumps, loads
    from minsheng._provenance import read_source

    t = args.locale.gettext
    _check_to(args.to)
    if args.division_code is None and (args.name is not None or args.province is not None):
        raise UsageError(msg("--name and --province need --division-code"))
    city = jurisdiction_of(
        args.city, name=args.name, division_code=args.division_code, province=args.province
    )
    program = draft(read_source(args.source), city=city, year=args.year, stage=args.stage)
    # a draft that its own loader would refuse (a title past the string limit, more
    # than the size limit, a --name that is no Unicode) is written nowhere
    drafted = f"{args.source} (draft)"
    try:
        text = dumps(program)
    except DatasetError as exc:
        raise DatasetError(file=drafted, problems=exc.problems) from None
    loads(text, file=drafted)
    if args.to is None:
        out.filter = escape_json
        out.write(text)
    else:
        _write(args.to, text, force=args.force)
    figures = sum(1 for _, q in quantity_paths(program) if q.span is not None)
    markers = sum(1 for p in check(program) if p.code == "review")
    err(
        t(
            "draft: projects: {projects}, figures: {figures}; review markers to confirm: {markers}"
        ).format(projects=len(program.projects), figures=figures, markers=markers)
    )
    return 0


def _check_to(to: str | None) -> None:
    """Refuse a --to of migrate or draft that names no file, before any work."""
    if to is not None and not to.strip():
        raise UsageError(msg("an empty argument names no file"))
    if to == "-":
        raise UsageError(msg("--to - names no file: leave --to out to write to standard output"))
    # b.json/ and b.json/. would replace b.json: pathlib drops the separator and the dot
    last = None if to is None else to.rstrip("/" + os.sep).rsplit("/", 1)[-1]
    if to is not None and (to.endswith(("/", os.sep)) or last in (".", "..")):
        raise UsageError(msg("--to {path} names a folder, not a file", path=clip(to)))


def _write(path: str, text: str, *, force: bool) -> None:
    """Write a dataset to ``path``; one there already is replaced only with ``force``.

    A draft reviewed by hand, or a migrated file, is work: the same command
    again from the shell's history must not write over it.
    """
    from pathlib import Path

    from minsheng._writing import ExportError, text_writer, write_all

    try:
        # a file there is work; a device, a FIFO or a folder write_all refuses for what
        # it is (not "pass --force", which it refuses then)
        # (a link to a file, or to nothing, dangling or in a loop, asks for --force too)
        dangling = os.path.islink(path) and not os.path.exists(path)  # noqa: PTH110, PTH114
        if not force and (os.path.isfile(path) or dangling):  # noqa: PTH113
            raise DatasetError(
                file=clip(path, 1024),
                problems=[problem("io", "$", msg("the file exists: pass --force to replace it"))],
            )
        # a temporary beside it, renamed over it: a failed write leaves the file as it
        # was (its folder is not made: a path mistyped is an error)
        target = Path(path)
        write_all(target.parent, {target.name: text_writer(text)})
    except ExportError as exc:
        reason = msg("cannot write the file: {reason}", reason=exc.reason) if exc.reason else None
        raise DatasetError(
            file=clip(path, 1024), problems=[problem("io", "$", reason or exc.detail)]
        ) from None


def _problem_line(label: str, item: Problem, t: Callable[[str], str]) -> str:
    line = item.describe(t)
    if item.severity != "error":
        head = f"{item.path}: "
        kind = t("warning: ") if item.severity == "warning" else t("acknowledged warning: ")
        line = head + kind + line.removeprefix(head)
    return f"{label}: {line}"


def _failed(t: Callable[[str], str], label: str, *, errors: int, warnings: int) -> str:
    """The last line about a dataset that fails validation."""
    return t("{target}: failed; errors: {errors}, warnings: {warnings}").format(
        target=label, errors=errors, warnings=warnings
    )


def _in_own_keys(target: Target, problems: tuple[Problem, ...]) -> tuple[Problem, ...]:
    """``problems`` at a schema-1 file's own keys (``category``, not ``categories[0]``).

    The checks see the program as schema 2 has it; a file that is still in
    schema 1 is read again to say where its own keys are.
    """
    from minsheng._json import read_json
    from minsheng._migrate import schema_1_path
    from minsheng._schemas import SCHEMA_1_ID

    data = target.data() if problems else None
    if data is None:
        return problems
    try:
        document = read_json(data)
    except MinshengError:  # changed since it was loaded: its paths as the checks found them
        return problems
    if not isinstance(document, dict) or document.get("$schema") != SCHEMA_1_ID:
        return problems
    return tuple(attrs.evolve(p, path=schema_1_path(p.path, document)) for p in problems)


def _to_validate(
    args: argparse.Namespace, available: Callable[[], tuple[DatasetInfo, ...]]
) -> list[Target | MinshengError]:
    """The datasets ``validate`` checks: those named, or the installed ones chosen.

    ``--city`` and ``--years`` choose among the installed datasets, as ``list``
    and ``export`` do (a newcomer's: ``validate`` refused them).
    """
    if args.source is not None and not args.paths:  # one text is the source of one dataset
        raise UsageError(msg("--source needs the dataset it is the source of"))
    if args.paths and (args.city or args.years):
        raise UsageError(msg("--city and --years choose among the installed datasets, not DATASET"))
    if args.paths:
        return targets(args.paths)
    from minsheng._query import in_place

    _known_city(args.city)
    named: list[Target | MinshengError] = [
        Target(key, city=city, year=year)
        # each dataset once, even where two packages provide it (loading it says so)
        for key, city, year in dict.fromkeys(
            (f"{d.city}/{d.year}", d.city, d.year)
            for d in available()
            if in_place(d.city, d.year, args.city, args.years)
        )
    ]
    if not named:
        _say_nothing_matches(args.locale)
    return named


def _cmd_validate(args: argparse.Namespace, out: Output) -> int:
    from minsheng._check import check, quantity_paths
    from minsheng._provenance import check_source, read_source
    from minsheng._registry import available, broken_providers

    t = args.locale.gettext
    named = _to_validate(args, available)
    if not named:  # (it said so) a CI step that validated nothing must not pass: a newcomer's
        return 1
    source_text = None if args.source is None else read_source(args.source)
    failed = 0
    for target in named:
        try:
            if isinstance(target, MinshengError):
                raise target
            program = target.load()
        except DatasetError as exc:
            failed += 1
            for line in exc.lines(t):
                err(line)
            assert isinstance(target, Target)  # noqa: S101 - only loading gives a DatasetError
            err(_failed(t, target.label, errors=len(exc.problems), warnings=0))
            continue
        except MinshengError as exc:
            failed += 1
            err(f"minsheng: {exc.render(t)}")
            continue
        problems: tuple[Problem, ...] = check(program)
        if source_text is not None:
            problems += check_source(program, source_text)
        problems = _in_own_keys(target, problems)
        errors = sum(1 for p in problems if p.severity == "error")
        warnings = sum(1 for p in problems if p.severity == "warning")
        acknowledged = len(problems) - errors - warnings
        for found in problems:
            err(_problem_line(target.label, found, t))
        if errors or (args.strict and warnings):
            failed += 1
            status = _failed(t, target.label, errors=errors, warnings=warnings)
            err(status + (t(" (--strict fails on warnings)") if args.strict and warnings else ""))
            continue
        figures = list(quantity_paths(program))
        phrases = sum(1 for _, q in figures if q.phrase is not None)
        message = t(
            "{target}: ok; projects: {projects}, figures: {figures},"
            " checked against their phrases: {phrases}"
        )
        if warnings:
            message += t("; warnings: {warnings}")
        if acknowledged:
            message += t("; acknowledged warnings: {acknowledged}")
        out.write(
            message.format(
                target=escape_line(target.label),
                projects=len(program.projects),
                figures=len(figures),
                phrases=phrases,
                warnings=warnings,
                acknowledged=acknowledged,
            )
            + "\n"
        )
    if len(named) > 1:
        summary = t("{total} datasets: {ok} passed, {failed} failed").format(
            total=len(named), ok=len(named) - failed, failed=failed
        )
        if failed:
            err(summary)
        else:
            out.write(summary + "\n")
    # every dataset, where a provider is broken: its datasets went unchecked (a warning
    # named it)
    return 1 if failed or (not args.paths and broken_providers()) else 0
