"""The program as a whole against its stage, its dates and its own words.

A plan records no outcomes; outcomes stand at a date within the year and no
later than their sources; a vote and an evaluation fall in their years; a
project's reported status agrees with the words it was read from.
"""

from __future__ import annotations

import datetime as dt

from minsheng._ballot_checks import ballot_problems, same_session
from minsheng._divisions import PROVINCES, province_of_name
from minsheng._errors import Problem
from minsheng._i18n import msg, verbatim
from minsheng._issues import dated, metrics_of
from minsheng._issues import issue as _issue
from minsheng._model import (
    Jurisdiction,
    Metric,
    Program,
    ReportedStatus,
    Stage,
)
from minsheng._script import normalize
from minsheng._status_words import (
    plans_ahead,
    pledges_a_start,
    says_all_but,
    says_done,
    says_not_done,
    says_planned,
    says_started,
    says_under_way,
)
from minsheng._text_checks import formula_problems, source_problems, text_problems


def _has_outcome(metric: Metric) -> bool:
    """Whether the metric records how a pledge turned out.

    A figure without a target (a plan's 安排资金约95亿元) is context, not an
    outcome, even in its ``actual``.
    """
    targeted = metric.target is not None or any(c.target is not None for c in metric.components)
    measured = metric.actual is not None or any(c.actual is not None for c in metric.components)
    return (
        (targeted and measured)
        or metric.progress is not None  # 已完成60%: work done
        # the report's words, judged or not (a trial's: 平台已建成投用 on a voted list)
        or (
            metric.evidence is not None
            and (metric.evidence.achieved is not None or metric.evidence.statement is not None)
        )
    )


def program_problems(program: Program) -> list[Problem]:
    """The program against its own stage and dates."""
    problems = []
    stage = program.stage.value
    if not program.stage.has_outcomes:
        for path, metric in metrics_of(program):
            if _has_outcome(metric):
                problems.append(
                    _issue(
                        "stage-outcome",
                        path,
                        msg(
                            "the program is at stage {stage}, so it has no outcomes yet,"
                            " but this metric records one",
                            stage=stage,
                        ),
                    )
                )
    if not program.year - 1 <= program.as_of.year <= program.year + 1:
        problems.append(
            _issue(
                "as-of-year",
                "$.as_of",
                msg(
                    "a program for {year} speaks for {as_of}",
                    year=program.year,
                    as_of=program.as_of.isoformat(),
                ),
                expected=msg(
                    "a date from {first} to {last}", first=program.year - 1, last=program.year + 1
                ),
            )
        )
    elif stage == "reported" and program.as_of > dt.date(program.year + 1, 3, 31):
        # a trial's: a year-end report for 2024 that stands at the end of 2025
        problems.append(
            _issue(
                "as-of-year",
                "$.as_of",
                msg(
                    "a year-end report for {year} speaks for {as_of}, more than a quarter"
                    " after the year ended",
                    year=program.year,
                    as_of=program.as_of.isoformat(),
                ),
            )
        )
    elif stage == "reported" and program.as_of.year < program.year:
        problems.append(
            _issue(
                "as-of-year",
                "$.as_of",
                msg(
                    "a year-end report for {year} speaks for {as_of}, before the year began",
                    year=program.year,
                    as_of=program.as_of.isoformat(),
                ),
            )
        )
    elif stage == "reported" and program.as_of < dt.date(program.year, 10, 1):
        # outcomes as of March are a progress report's: a figure below its target
        # is no miss before the year is over
        problems.append(
            _issue(
                "as-of-stage",
                "$.as_of",
                msg(
                    "a year-end report for {year} speaks for {as_of}, before the year's last"
                    " quarter; a progress report (stage progress)?",
                    year=program.year,
                    as_of=program.as_of.isoformat(),
                ),
            )
        )
    elif stage == "progress" and program.as_of >= dt.date(program.year, 12, 31):
        # a year-end report recorded as progress: a figure below its target would be
        # undetermined, where the year is over and it is a miss
        problems.append(
            _issue(
                "as-of-stage",
                "$.as_of",
                msg(
                    "a progress report for {year} speaks for {as_of}, when the year is"
                    " over; a year-end report (stage reported)?",
                    year=program.year,
                    as_of=program.as_of.isoformat(),
                ),
            )
        )
    if stage in ("voted", "progress", "reported") and program.as_of > (
        last := max(source.date for source in program.sources)
    ):
        # outcomes that stand at a date after every source was published: no source
        # can have reported them (apart from the checks above, which a semantic
        # review found it had hidden: a year-end report as of mid-2026 said only this)
        problems.append(
            _issue(
                "as-of-source",
                "$.as_of",
                msg(
                    "the data stands as of {as_of}, after every source was published"
                    " (the last on {date})",
                    as_of=program.as_of.isoformat(),
                    date=last.isoformat(),
                ),
            )
        )
    return (
        problems
        + text_problems(program)
        + formula_problems(program)
        + source_problems(program)
        + _before_the_work(program)
        + _project_problems(program)
        + _jurisdiction_problems(program.jurisdiction)
        + _evaluation_problems(program)
        + _reported_problems(program)
        + ballot_problems(program)
        + _outcome_source_problems(program)
        + _outcomes_before_the_vote(program)
    )


def _outcomes_before_the_vote(program: Program) -> list[Problem]:
    """A progress or year-end report whose outcomes stand before the projects were voted on."""
    ballot = program.ballot
    if (
        not program.stage.has_outcomes
        or ballot is None
        or ballot.date is None
        or program.as_of >= ballot.date
    ):
        return []
    return [
        _issue(
            "as-of-vote",
            "$.as_of",
            msg(
                "the outcomes stand as of {as_of}, before the list was voted on {date}",
                as_of=program.as_of.isoformat(),
                date=ballot.date.isoformat(),
            ),
        )
    ]


def _outcome_source_problems(program: Program) -> list[Problem]:
    """An outcome or evidence that rests on a source published before the program's year began.

    A figure that names no source rests on the program's first (a trial's: a
    source of the year before put first passed, and so did evidence citing one).
    """
    began = dt.date(program.year, 1, 1)
    dates = {source.id: source.date for source in program.sources if source.date < began}
    if not dates:
        return []  # no source of the years before: nothing to look for
    first = program.sources[0]
    problems = []
    for path, metric in metrics_of(program):
        if not _has_outcome(metric):
            continue  # a context figure (a plan's budget) may cite the year before
        outcomes: list[tuple[str, str | None]] = [
            (f"{path}.{role}", q.source)
            for role, q in (
                ("actual", metric.actual),
                *((f"alternatives[{i}]", q) for i, q in enumerate(metric.alternatives)),
            )
            if q is not None
        ]
        if metric.evidence is not None and metric.evidence.achieved is not None:
            outcomes.append((f"{path}.evidence", metric.evidence.source))
        for where, source in outcomes:
            if source is not None and source in dates:
                problems.append(
                    _issue(
                        "source-date",
                        f"{where}.source",
                        msg(
                            "an outcome of {year} cites {source}, published {date},"
                            " before the year began",
                            year=program.year,
                            source=source,
                            date=dates[source].isoformat(),
                        ),
                    )
                )
            elif source is None and first.id in dates:
                problems.append(
                    _issue(
                        "source-date",
                        where,
                        msg(
                            "an outcome of {year} names no source, so it rests on the first,"
                            " {source}, published {date}, before the year began",
                            year=program.year,
                            source=first.id,
                            date=first.date.isoformat(),
                        ),
                    )
                )
    return problems


def _before_the_work(program: Program) -> list[Problem]:
    """What a plan or a voted list cannot hold: reported projects, a held evaluation.

    A plan (never voted) has no ballot either; a voted list speaks for the day
    of its vote.
    """
    stage = program.stage
    if stage.has_outcomes:
        return []
    problems = [
        _issue(
            "stage-outcome",
            f"$.projects[{p}].reported.status",
            msg(
                "the program is at stage {stage}, so no project is reported on yet,"
                " but this one is {status}",
                stage=stage.value,
                status=project.reported.status.value,
            ),
            expected=verbatim(ReportedStatus.NOT_REPORTED.value),
        )
        for p, project in enumerate(program.projects)
        if project.reported.status is not ReportedStatus.NOT_REPORTED
    ]
    if program.evaluation is not None and program.evaluation.held:
        problems.append(
            _issue(
                "stage-outcome",
                "$.evaluation.held",
                msg(
                    "the program is at stage {stage}, so its projects are not evaluated yet",
                    stage=stage.value,
                ),
            )
        )
    ballot = program.ballot
    if stage is Stage.PLANNED and ballot is not None:
        problems.append(
            _issue(
                "stage-ballot",
                "$.ballot",
                msg("a plan (stage planned) was never voted on, but the program has a ballot"),
                expected=msg("stage voted, or no ballot"),
            )
        )
    if stage is Stage.VOTED and ballot is not None and ballot.date not in (None, program.as_of):
        problems.append(
            _issue(
                "as-of-vote",
                "$.as_of",
                msg(
                    "the list was voted on {date}, but the data speaks for {as_of}",
                    date=ballot.date.isoformat() if ballot.date else "",
                    as_of=program.as_of.isoformat(),
                ),
            )
        )
    return problems


def _project_problems(program: Program) -> list[Problem]:
    """No project at all, a category listed twice in a project, two projects of one title."""
    problems = []
    if not program.projects:  # a reviewer's "projects": [] passed as "ok; projects: 0"
        problems.append(
            _issue("no-projects", "$.projects", msg("the dataset holds no project to assess"))
        )
    titles: dict[str, int] = {}
    for p, project in enumerate(program.projects):
        categories = project.categories
        if len(categories) > 1 and len(set(categories)) < len(categories):
            problems.append(
                _issue(
                    "categories",
                    f"$.projects[{p}].categories",
                    msg("a category is listed twice"),
                    found=", ".join(c.value for c in project.categories),
                )
            )
        if project.title is None:
            continue
        first = titles.setdefault(project.title.zh, p)
        if first != p:
            problems.append(
                _issue(
                    "duplicate-title",
                    f"$.projects[{p}].title.zh",
                    msg("the same title as {first}", first=f"$.projects[{first}]"),
                    found=repr(project.title.zh),
                )
            )
    return problems


def _jurisdiction_problems(jurisdiction: Jurisdiction) -> list[Problem]:
    """The province that the division code begins with against the one the dataset names.

    A province names itself; every other jurisdiction names its province.
    Where neither the code's first two digits nor the name is a province of
    GB/T 2260 (the docs' fictional 示例省, 190100), there is nothing to check.
    """
    code = jurisdiction.division_code
    coded = code[:2]
    if jurisdiction.province is not None:
        path, named = "$.jurisdiction.province.zh", jurisdiction.province.zh
    else:
        path, named = "$.jurisdiction.name.zh", jurisdiction.name.zh
    province = province_of_name(normalize(named))
    if province is None:
        if coded not in PROVINCES:
            return []
        return [
            _issue(
                "province-name",
                path,
                msg(
                    "{name} is not the name of a province of GB/T 2260,"
                    " so the division code {code} ({coded}) cannot be checked against it",
                    name=named,
                    code=code,
                    coded=PROVINCES[coded][0],
                ),
                expected=msg(
                    "a name such as {full} or {short}",
                    full=PROVINCES[coded][0],
                    short=PROVINCES[coded][1],
                ),
            )
        ]
    if province == coded:
        return []
    return [
        _issue(
            "division-province",
            "$.jurisdiction.division_code",
            msg(
                "the division code {code} is not in {named}, whose codes begin {digits}",
                code=code,
                named=named,
                digits=province,
            ),
            expected=msg("a code that begins {digits}", digits=province),
            found=code,
        )
    ]


def _evaluation_problems(program: Program) -> list[Problem]:
    """The evaluation against its years, and its score against whether it was held."""
    evaluation = program.evaluation
    if evaluation is None:
        return []
    problems = []
    if evaluation.date is not None:
        problems += dated(
            "evaluation-date",
            "$.evaluation.date",
            msg(
                "the evaluation of the projects of {year} is dated {date}",
                year=program.year,
                date=evaluation.date.isoformat(),
            ),
            evaluation.date,
            range(program.year, program.year + 2),
        )
    ballot = program.ballot
    if evaluation.held and ballot is not None and same_session(evaluation.body, ballot.body):
        problems.append(  # the session that chose the projects cannot judge their completion
            _issue(
                "evaluation-body",
                "$.evaluation.body",
                msg(
                    "the projects are evaluated at {body}, the session that voted them",
                    body=evaluation.body,
                ),
            )
        )
    if not evaluation.held and evaluation.score is not None:
        problems.append(
            _issue(
                "evaluation-score",
                "$.evaluation.score",
                msg("an evaluation that was not held has no score"),
                found=repr(evaluation.score),
            )
        )
    return problems


def _reported_problems(program: Program) -> list[Problem]:
    """Each project's reported status against the words it was read from."""
    problems = []
    for p, project in enumerate(program.projects):
        reported = project.reported
        words = normalize(reported.phrase or "")  # 正在推進 as 正在推进
        # (each reading only where the verdict needs it: most words decide early)
        if reported.status is ReportedStatus.COMPLETED:
            contradicted = (
                says_not_done(words)
                or says_under_way(words)
                or (
                    says_started(words)
                    and not pledges_a_start(
                        project.title.zh if project.title is not None else None,
                        *(m.statement for m in project.metrics),
                    )
                )
                or says_planned(words)
                or says_all_but(words)
            )
        else:
            contradicted = (
                reported.status is not ReportedStatus.IN_PROGRESS
                and says_done(words)
                and not says_not_done(words)
                # part done, part under way or to come: partly completed
                and not says_under_way(words)
                and not plans_ahead(words)
            )
        if contradicted:
            problems.append(
                _issue(
                    "reported-phrase",
                    f"$.projects[{p}].reported.status",
                    msg(
                        "the status is {status}, but the words reported are {phrase}",
                        status=reported.status.value,
                        phrase=repr(reported.phrase),  # as printed, not as read (建設中)
                    ),
                )
            )
    return problems
