"""A program's record besides its pledges: its sources, its ballot and its evaluation.

A :class:`Source` is a document the program's figures are read from (an
article, a report, a notice); a figure, a piece of evidence, the ballot and
the evaluation name theirs by id, and :func:`web_address` says which of its
addresses are linked and exported.  A :class:`Ballot` is the People's
Congress vote that chose and ranked the program's projects, each candidate a
:class:`BallotEntry`; an :class:`Evaluation` is the delegates' satisfaction
evaluation of the program.  A :class:`~minsheng.Program`
(:mod:`minsheng._model`) holds them; like it, every class here is frozen.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from minsheng._errors import InvalidValueError
from minsheng._i18n import msg
from minsheng._quantity import check_int, check_optional_int, check_optional_slug, check_slug


class RankingMethod(enum.Enum):
    """How a ballot ordered its candidates."""

    VOTES_DESCENDING = "votes-descending"
    NOT_STATED = "not-stated"


WEB_SCHEMES = ("https://", "http://")
"""The addresses a source's ``url`` is linked and exported as (not ``javascript:``)."""


def web_address(url: str | None) -> str | None:
    """``url`` where it is a web address (``https://``, ``HTTP://``), else ``None``."""
    return url if url is not None and url[:8].lower().startswith(WEB_SCHEMES) else None


@attrs.frozen
class Source:
    """Where figures come from: an article, a report, a notice.

    ``url`` is linked in reports and exported only where it is a web address
    (``http://`` or ``https://``); ``validate`` warns of any other
    (``source-url``).
    """

    id: str = attrs.field(validator=check_slug)
    publisher: str
    title: str
    date: dt.date
    author: str | None = None
    url: str | None = None
    note: str | None = None


@attrs.frozen
class BallotEntry:
    """One ranked candidate: the project's number and its votes where published."""

    rank: int = attrs.field(validator=check_int)
    project: int = attrs.field(validator=check_int)
    votes: int | None = attrs.field(default=None, validator=check_optional_int)

    def __attrs_post_init__(self) -> None:
        if self.rank < 1 or self.project < 1:
            raise InvalidValueError(msg("ranks and project numbers start at 1"))
        if self.votes is not None and self.votes < 0:
            raise InvalidValueError(
                msg("votes must not be negative, not {votes}", votes=self.votes), at=".votes"
            )


@attrs.frozen
class Ballot:
    """The delegates' vote that chose and ranked a program's projects.

    ``body`` is the session that voted (市十五届人大七次会议: the 7th session of
    the 15th Municipal People's Congress, so ``congress=15, session=7``);
    ``announcement`` is the meeting that announced the result on ``date``.
    """

    body: str
    method: RankingMethod
    congress: int | None = attrs.field(default=None, validator=check_optional_int)
    session: int | None = attrs.field(default=None, validator=check_optional_int)
    announcement: str | None = None
    date: dt.date | None = None
    electorate: str | None = None
    delegations: int | None = attrs.field(default=None, validator=check_optional_int)
    counts_published: bool = False
    entries: tuple[BallotEntry, ...] = ()
    source: str | None = attrs.field(default=None, validator=check_optional_slug)
    notes: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        for name in ("congress", "session", "delegations"):
            value = getattr(self, name)
            if value is not None and value < 1:
                raise InvalidValueError(
                    msg("{name} starts at 1, not {value}", name=name, value=value), at=f".{name}"
                )


@attrs.frozen
class Evaluation:
    """The delegates' satisfaction evaluation (满意度测评) of a program."""

    body: str
    date: dt.date | None = None
    held: bool = True
    score: str | None = None
    source: str | None = attrs.field(default=None, validator=check_optional_slug)
    notes: tuple[str, ...] = ()
