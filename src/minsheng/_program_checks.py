"""The program as a whole against its stage, its dates and its own words.

A plan records no outcomes; outcomes stand at a date within the year and no
later than their sources; a vote and an evaluation fall in their years; a
project's reported status agrees with the words it was read from.
"""

from __future__ import annotations

import datetime as dt
import re

from minsheng._divisions import PROVINCES, province_of_name
from minsheng._errors import Problem
from minsheng._i18n import Message, msg
from minsheng._issues import issue as _issue
from minsheng._issues import metrics_of
from minsheng._model import Jurisdiction, Metric, Program, ReportedStatus
from minsheng._script import normalize

_PLANNED = ("planned", "voted")


def _has_outcome(metric: Metric) -> bool:
    """Whether the metric records how a pledge turned out.

    A figure without a target (a plan's 安排资金约95亿元) is context, not an
    outcome, even in its ``actual``.
    """
    targeted = metric.target is not None or any(c.target is not None for c in metric.components)
    measured = metric.actual is not None or any(c.actual is not None for c in metric.components)
    return (targeted and measured) or (
        metric.evidence is not None and metric.evidence.achieved is not None
    )


def program_problems(program: Program) -> list[Problem]:
    """The program against its own stage and dates."""
    problems = []
    stage = program.stage.value
    if stage in _PLANNED:
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
    elif stage in ("progress", "reported") and program.as_of > (
        last := max(source.date for source in program.sources)
    ):
        # outcomes that stand at a date after every source was published: no source
        # can have reported them
        problems.append(
            _issue(
                "as-of-source",
                "$.as_of",
                msg(
                    "the outcomes stand as of {as_of}, after every source was published"
                    " (the last on {date})",
                    as_of=program.as_of.isoformat(),
                    date=last.isoformat(),
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
    return (
        problems
        + _jurisdiction_problems(program.jurisdiction)
        + _evaluation_problems(program)
        + _reported_problems(program)
        + _ballot_problems(program)
    )


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


def _dated(code: str, path: str, detail: Message, date: dt.date, years: range) -> list[Problem]:
    """A date outside ``years`` (two of them) as a problem; none for a date within."""
    if date.year in years:
        return []
    expected = msg("a date in {first} or {last}", first=years[0], last=years[-1])
    return [_issue(code, path, detail, expected=expected)]


def _evaluation_problems(program: Program) -> list[Problem]:
    """The evaluation against its years, and its score against whether it was held."""
    evaluation = program.evaluation
    if evaluation is None:
        return []
    problems = []
    if evaluation.date is not None:
        problems += _dated(
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


# 均已完成, 全面完成: all done (已完成 alone may be part: 已完成年度任务的80%);
# 部分完成, 未能完成: not all done (无未完成事项 says all are)
_DONE_WORDS = re.compile("(?<![未没])(?:均已|全部|全面|圆满|已全部)完成")
_NOT_DONE_WORDS = re.compile("(?<!无)未完成|没有完成|部分完成|未能完成|未全部完成|尚未全部完成")


def _ballot_problems(program: Program) -> list[Problem]:
    """The vote against its year, and the counts it says it publishes."""
    ballot = program.ballot
    if ballot is None:
        return []
    problems: list[Problem] = []
    if (
        ballot.entries
        and ballot.counts_published
        and all(entry.votes is None for entry in ballot.entries)
    ):
        problems.append(
            _issue(
                "ballot",
                "$.ballot.counts_published",
                msg("counts_published is true, but no entry gives its vote count"),
            )
        )
    if ballot.date is not None:
        # the vote that chose a year's projects sits in that year or the one before
        problems += _dated(
            "ballot",
            "$.ballot.date",
            msg(
                "the vote on the projects of {year} is dated {date}",
                year=program.year,
                date=ballot.date.isoformat(),
            ),
            ballot.date,
            range(program.year - 1, program.year + 1),
        )
    return problems


def _reported_problems(program: Program) -> list[Problem]:
    """Each project's reported status against the words it was read from."""
    problems = []
    for p, project in enumerate(program.projects):
        reported = project.reported
        words = reported.phrase or ""
        done = reported.status is ReportedStatus.COMPLETED
        if (done and _NOT_DONE_WORDS.search(words)) or (
            not done
            and reported.status is not ReportedStatus.IN_PROGRESS
            and _DONE_WORDS.search(words)
            and not _NOT_DONE_WORDS.search(words)
        ):
            problems.append(
                _issue(
                    "reported-phrase",
                    f"$.projects[{p}].reported.status",
                    msg(
                        "the status is {status}, but the words reported are {phrase}",
                        status=reported.status.value,
                        phrase=repr(words),
                    ),
                )
            )
    return problems
