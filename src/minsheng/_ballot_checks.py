"""A ballot against its program: its year, its counts, its words and its projects.

The People's Congress vote that chose a year's projects is dated in that year
or the one before, and no later than its source; counts it says it publishes
are there; the session and delegations its words name agree; a ballot that
ranks by votes ranks every project.
"""

from __future__ import annotations

import re

from minsheng._errors import ParseError, Problem
from minsheng._i18n import _, listing, msg
from minsheng._issues import dated
from minsheng._issues import issue as _issue
from minsheng._model import Program
from minsheng._numerals import read_number
from minsheng._patterns import compiled
from minsheng._record import Ballot, RankingMethod
from minsheng._script import normalize


def ballot_problems(program: Program) -> list[Problem]:
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
    missing = [entry.rank for entry in ballot.entries if entry.votes is None]
    if ballot.counts_published and 0 < len(missing) < len(ballot.entries):
        problems.append(
            _issue(
                "ballot",
                "$.ballot.entries",
                msg(
                    "counts_published is true, but the entries ranked {ranks} give no count",
                    ranks=listing(missing[:10]),
                ),
            )
        )
    problems += _ballot_words(ballot)
    problems += _ballot_coverage(program, ballot)
    if ballot.date is not None and ballot.source is not None:
        published = next((s.date for s in program.sources if s.id == ballot.source), None)
        if published is not None and ballot.date > published:
            problems.append(
                _issue(
                    "ballot",
                    "$.ballot.date",
                    msg(
                        "the vote is dated {date}, after its source {source} was published"
                        " ({published})",
                        date=ballot.date.isoformat(),
                        source=ballot.source,
                        published=published.isoformat(),
                    ),
                )
            )
    if ballot.date is not None:
        # the vote that chose a year's projects sits in that year or the one before
        problems += dated(
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


# 市十五届人大七次会议, 第十五届人民代表大会第七次会议: the congress and its session
# (not a standing committee's meetings, nor 主席团第二次会议 after it)
# (in either script, with Arabic numerals too, and spaces: 市第15届人大第7次会议,
# 十五屆人大七次會議, 15 个代表团, which a third semantic review found passed unread;
# normalize folds their words: they are in the vocabulary its table is made from)
_NUMERAL = "[〇零一二两三四五六七八九十]{1,4}|(?<![0-9])[0-9]{1,3}"
# (and as a fourth found them unread: 十五届市人大七次会议, 十五届昆明市人大七次会议,
# 第七次全体会议, 七次全会, 十五个 代表团, 15支代表团)
SESSION = compiled(
    f"第? *({_NUMERAL}) *届 *(?:[\u4e00-\u9fff]{{0,14}}?[市省区县州盟旗])? *(?:人大|人民代表大会)"
    f" *第? *({_NUMERAL})"
    " *次 *(?:(?:全体 *)?会议|全会)"
)
DELEGATIONS = compiled(f"(?<![0-9])([0-9]{{1,4}}|{_NUMERAL}) *[个支] *代表团")
_WORDS_READ = 200  # a body or an electorate names its numbers early; a long one is not read on


def _numeral(text: str) -> int | None:
    """The number a numeral writes (十五, 15: 15); None for a malformed one (十二十)."""
    if text.isdigit():
        return int(text)
    try:
        number = read_number(text, 0, text)
    except ParseError:
        return None
    return None if number is None else int(number.value)


def _session_words(body: str | None) -> re.Match[str] | None:
    """The words of a body that name its congress and session (十五届人大五次会议)."""
    return SESSION.search(normalize((body or "")[:_WORDS_READ]))


def _session(body: str) -> tuple[int, int] | None:
    """The congress and session a body names (市十五届人大五次会议: 15, 5), if it names them."""
    found = _session_words(body)
    if found is None:
        return None
    congress, session = _numeral(found.group(1)), _numeral(found.group(2))
    return None if congress is None or session is None else (congress, session)


def same_session(one: str, other: str) -> bool:
    """Whether two bodies name one session of one congress; unknown where either names none."""
    session = _session(one)
    return session is not None and session == _session(other)


def _ballot_words(ballot: Ballot) -> list[Problem]:
    """The ballot's numbers against its own words: 十五届, 七次会议, 15个代表团."""
    problems = []
    for field in ("body", "announcement"):
        printed = getattr(ballot, field) or ""  # normalize keeps each character's place
        session = _session_words(printed)
        if session is None:
            continue
        said = (
            ("congress", session.group(1), _("{words} names congress {named}, not {recorded}")),
            ("session", session.group(2), _("{words} names session {named}, not {recorded}")),
        )
        for name, words, template in said:
            recorded, named = getattr(ballot, name), _numeral(words)
            if recorded is not None and named is not None and recorded != named:
                problems.append(
                    _issue(
                        "ballot",
                        f"$.ballot.{name}",
                        msg(
                            template,
                            words=f"{field} {printed[session.start() : session.end()]}",
                            named=named,
                            recorded=recorded,
                        ),
                    )
                )
    delegations = DELEGATIONS.search(normalize((ballot.electorate or "")[:_WORDS_READ]))
    if delegations is not None and ballot.delegations is not None:
        words = delegations.group(1)
        count = int(words) if words.isdigit() else _numeral(words)
        if count is not None and count != ballot.delegations:
            problems.append(
                _issue(
                    "ballot",
                    "$.ballot.delegations",
                    msg(
                        "the electorate {words} names {count} delegations, not {recorded}",
                        words=(ballot.electorate or "")[delegations.start() : delegations.end()],
                        count=count,
                        recorded=ballot.delegations,
                    ),
                )
            )
    return problems


def _ballot_coverage(program: Program, ballot: Ballot) -> list[Problem]:
    """A ballot that ranks by votes leaves none of the program's projects unranked."""
    if ballot.method is not RankingMethod.VOTES_DESCENDING or not ballot.entries:
        return []
    ranked = {entry.project for entry in ballot.entries}
    return [
        _issue(
            "ballot-coverage",
            "$.ballot.entries",
            msg("project {number} is not among the ballot's entries", number=project.number),
        )
        for project in program.projects
        if project.number is not None and project.number not in ranked
    ][:10]
