"""Words in the semantic checks: what a metric records against what its words say.

A target's phrase must be in the pledge's own words, the metric's statement,
with its number whole (6万个 is not in 16万个).  An outcome's phrase must say
what was done, not a plan (预计5100个) or work under way (正在建设583公里).  A
verdict must rest on the words of its evidence and agree with them (尚未形成
read as achieved is contradicted), and those words must not be the pledge's
own.  The words are free text, read by :mod:`minsheng._status_words`, so the
checks of a verdict are heuristics.  :mod:`minsheng._semantic` runs these on
every metric.
"""

from __future__ import annotations

from minsheng._errors import Problem
from minsheng._i18n import msg, verbatim
from minsheng._intervals import TESTS
from minsheng._issues import issue as _issue
from minsheng._model import Metric
from minsheng._numerals import NUMBER_CHARS
from minsheng._patterns import compiled
from minsheng._phrases import clause_reading, names_a_denominator, occurs_whole, show_per
from minsheng._quantity import Per
from minsheng._script import normalize
from minsheng._status_words import (
    DOING_WORD,
    plans_ahead,
    pledges_a_start,
    says_all_but,
    says_done,
    says_not_done,
    says_planned,
    says_started,
    says_under_way,
)
from minsheng._words import (
    _PREFIX_COMPARATORS,
    _SUFFIX_COMPARATORS,
    PLANNED,
    PLANNED_CHARS,
    SIGNS,
    UNDER_WAY,
    UNDER_WAY_CHARS,
)


def words_problems(path: str, metric: Metric) -> list[Problem]:
    """The metric's target against its own words, the pledge."""
    target, statement = metric.target, metric.statement
    if target is None or not target.phrase or not statement:
        return []
    phrase, words = normalize(target.phrase), normalize(statement)
    at = occurs_whole(phrase, words)
    if at < 0:  # 不少於3000個
        return [
            _issue(
                "statement-target",
                f"{path}.target.phrase",
                msg(
                    "the target's phrase {phrase} is not in the pledge's words {statement}",
                    phrase=repr(target.phrase),
                    statement=repr(statement),
                ),
            )
        ]
    if target.per or not names_a_denominator(words) or names_a_denominator(metric.subject.zh):
        return []  # (a subject may name the denominator itself: 城乡低保标准（每人每月）)
    pledged = clause_reading(words, at + len(phrase))  # pledged_reading, with what is known
    if pledged is None or all(_a_year(per) for per in pledged.figure.per):
        return []  # (每年新增3000个 in a year's program is the year's: a review's)
    per = show_per(pledged.figure.per)
    # 每千名常住人口婴幼儿托位达到4.5个 with a target of 4.5个 (a semantic review's: a
    # density recorded as a count, met)
    return [
        _issue(
            "statement-per",
            f"{path}.target.per",
            msg(
                "the pledge's words {statement} give the target a denominator ({per}), "
                "but the target has none",
                statement=repr(statement),
                per=per,
            ),
        )
    ]


def _a_year(per: Per) -> bool:
    """Whether a denominator is one year (每年, 年均), which a year's program is per."""
    return per.amount == 1 and "年" in (per.unit, per.subject)


_NUMBERS = compiled("[0-9]+(?:\\.[0-9]+)?")


def _says_how_much(words: str) -> bool:
    """Whether ``words`` give a share or a part of a whole: 完工率70%, 20公里…已完成7.42公里.

    (Not one count alone: 已建成3个社区食堂并投入使用 says it is done.)
    """
    return "%" in words or len(_NUMBERS.findall(words)) >= 2


def _pledges_a_start(metric: Metric) -> bool:
    """Whether the metric's pledge is a start (新开工改造城镇老旧小区, 启动…建设)."""
    return pledges_a_start(metric.statement, metric.target.phrase if metric.target else None)


def planned_problems(path: str, metric: Metric) -> list[Problem]:
    """Outcomes whose phrase is a plan (预计5100个) or work under way (正在建设583公里)."""
    actual = metric.actual
    if not metric.alternatives and (
        actual is None
        or not actual.phrase
        or (PLANNED_CHARS.isdisjoint(actual.phrase) and UNDER_WAY_CHARS.isdisjoint(actual.phrase))
    ):  # a quick test: most outcomes hold none of the words' characters
        return []
    problems = []
    for where, outcome in (
        (f"{path}.actual", metric.actual),
        *((f"{path}.alternatives[{i}]", q) for i, q in enumerate(metric.alternatives)),
    ):
        if outcome is None or outcome.phrase is None:
            continue
        if not PLANNED_CHARS.isdisjoint(outcome.phrase) and PLANNED.search(
            normalize(outcome.phrase)
        ):
            said = msg(
                "the outcome's phrase {phrase} is a plan or an expectation, not what was done",
                phrase=repr(outcome.phrase),
            )
        elif not UNDER_WAY_CHARS.isdisjoint(outcome.phrase) and (
            UNDER_WAY.search(normalize(outcome.phrase))
            # 开工建设583公里 where the pledge builds; 新开工改造1578个 where it starts
            or (pledges_a_start(outcome.phrase) and not _pledges_a_start(metric))
        ):
            said = msg(
                "the outcome's phrase {phrase} is work under way or a capacity, not what was done",
                phrase=repr(outcome.phrase),
            )
        else:
            continue
        problems.append(_issue("outcome-planned", f"{where}.phrase", said))
    return problems


def evidence_problems(path: str, metric: Metric) -> list[Problem]:
    """A verdict against the words of its evidence, and those words against the pledge's."""
    problems = []
    evidence = metric.evidence
    if evidence is not None and evidence.statement is None and evidence.achieved is not None:
        problems.append(
            _issue(
                "evidence-words",
                f"{path}.evidence.achieved",
                msg("a verdict with no words of the source to rest on (its statement is null)"),
                expected=verbatim("null"),
            )
        )
    elif evidence is not None and evidence.statement is not None and evidence.achieved is not None:
        words = normalize(evidence.statement)
        not_done, done = says_not_done(words), says_done(words)
        # 平台尚未形成, 正在建设中 or 将于明年全部建成, read as achieved; 均已实现, read
        # as not: the words say otherwise.  Words of not done contradict "achieved"
        # beside words of done too (城区均已建成，农村尚未建成); words of done contradict
        # "not achieved" only where none say not done or under way; words of neither
        # decide nothing
        # 已启动建设: under way, unless the pledge is the start (启动…建设, 新开工)
        under_way = says_under_way(words) or (says_started(words) and not _pledges_a_start(metric))
        contradicted = (
            # 除3台外均已实现: all but three
            not_done or (not done and (under_way or says_planned(words) or says_all_but(words)))
            if evidence.achieved
            # 城区已全部实现，农村终端正在建设; 首批均已实现，第二批明年完成: part done,
            # part under way or to come
            else done and not not_done and not under_way and not plans_ahead(words)
        )
        unsaid = not contradicted and (
            # words of no work at all, read as achieved; 已实现 read as not, with no
            # words of not done, under way or to come: the verdict rests on no words
            DOING_WORD.search(words) is None
            if evidence.achieved
            # 形成…服务平台 read as not achieved (a trial's): words of work, and none of
            # not done, under way or to come, nor a count or a share that may say how
            # much (已完成7854户，占年任务之比61.4%)
            else DOING_WORD.search(words) is not None
            and not _says_how_much(words)
            and not not_done
            and not under_way
            and not plans_ahead(words)
            and not says_planned(words)
        )
        if unsaid:
            problems.append(
                _issue(
                    "evidence-unsaid",
                    f"{path}.evidence.achieved",
                    msg(
                        "achieved is {achieved}, but no words of the statement {statement} say so",
                        achieved=str(evidence.achieved).lower(),
                        statement=repr(evidence.statement),
                    ),
                )
            )
        if (
            evidence.achieved
            and metric.statement is not None
            and words == normalize(metric.statement)
        ):  # the pledge's words as the evidence of their own achievement
            problems.append(
                _issue(
                    "evidence-copies-statement",
                    f"{path}.evidence.statement",
                    msg(
                        "the evidence's words {statement} are the pledge's own (the metric's"
                        " statement): copied from the pledge?",
                        statement=repr(evidence.statement),
                    ),
                )
            )
        if contradicted:
            problems.append(
                _issue(
                    "evidence-phrase",
                    f"{path}.evidence.achieved",
                    msg(
                        "achieved is {achieved}, but the statement's words {statement}"
                        " say otherwise",
                        achieved=str(evidence.achieved).lower(),
                        statement=repr(evidence.statement),
                    ),
                )
            )
        short = _short_of_the_target(metric, evidence.statement) if evidence.achieved else None
        if short is not None:
            problems.append(
                _issue(
                    "evidence-figure",
                    f"{path}.evidence.achieved",
                    msg(
                        "achieved is true, but the statement's figure {phrase} misses the"
                        " target {target}",
                        phrase=repr(short[0]),
                        target=repr(short[1]),
                    ),
                )
            )
    return problems


_FIGURE = compiled(f"[{NUMBER_CHARS}]")
# the parser's words and signs of a bound (不低于, 以内, ≥): a pledge with none has no
# bound for evidence to miss
_BOUND_WORDS = tuple(sorted({*_PREFIX_COMPARATORS, *_SUFFIX_COMPARATORS, *SIGNS}))


def _short_of_the_target(metric: Metric, statement: str) -> tuple[str, str | None] | None:
    """A figure of the evidence's words that misses the target's bound, and the target's phrase.

    A milestone pledged as 不低于98% and judged achieved on 水质达标率为95% (a
    newcomer's trial, reported as met): a plain figure of the target's unit and
    denominators, whose every value misses the bound.  A figure with a bound of
    its own (达95%, 95%以上) or a change proves nothing, nor does one in another unit.
    With no target, the bound is the pledge's, where its words hold one alone.
    """
    target = metric.target
    pledge = normalize(metric.statement or "")
    if not _FIGURE.search(normalize(statement)) or (
        target is None and not any(word in pledge for word in _BOUND_WORDS)
    ):
        return None  # no figure to miss, or no bound to miss: the scanner's import spared
    from minsheng._scan import find_quantities  # noqa: PLC0415 - 10 ms of a report, rarely needed

    if target is None and metric.statement:  # the pledge's own bound: 水质达标率不低于98%
        bounds = [
            f.reading.figure
            for f in find_quantities(metric.statement)
            if f.reading is not None and f.reading.change is None and f.reading.figure.comparator
        ]
        target = bounds[0] if len(bounds) == 1 else None
    if target is None or target.comparator not in TESTS:
        return None
    misses = TESTS[target.comparator][1]  # no value satisfies the bound
    for found in find_quantities(statement):
        reading = found.reading
        if reading is None or reading.change is not None or reading.baselines:
            continue
        figure = reading.figure
        if figure.comparator is not None or (figure.unit, figure.per) != (target.unit, target.per):
            continue
        if misses(figure.interval, target.value):
            return found.phrase, target.phrase
    return None
