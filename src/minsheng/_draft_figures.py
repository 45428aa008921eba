"""Each figure of a report's text, read and placed: its role, subject and baselines.

:func:`read_figures` reads every quantity phrase of the text with
:func:`~minsheng.find_quantities` and places it: in the numbered project
whose text holds it, in a role (target, outcome, progress, estimate) from the
project's outcome marker (完成情况) and the cue words around it, with the words
next to it as its subject.  What the reading is unsure of becomes a review
marker; :mod:`minsheng._draft` pairs the figures into metrics.
"""

from __future__ import annotations

import bisect
import enum
import re

import attrs

from minsheng._draft_layout import Block, Layout, fold, table_cell
from minsheng._errors import MinshengError
from minsheng._model import Stage
from minsheng._parse import Reading, parse_phrase
from minsheng._patterns import compiled
from minsheng._provenance import is_program_fact
from minsheng._quantity import Approximation, Quantity, Span, spoken_per
from minsheng._scan import Found, find_quantities
from minsheng._units import UNITS, UnitKind


class Role(enum.Enum):
    """What a figure is to its metric."""

    TARGET = "target"
    ACTUAL = "actual"
    ESTIMATE = "estimate"
    PROGRESS = "progress"


_ESTIMATE = compiled(r"预计|预期|估计|预估")
# 为计划的130%, 占年度目标的95%: the outcome against the plan, no figure of its own
_OF_THE_PLAN = compiled(r"(?:年度|全年)?(?:计划|目标|任务)(?:数)?的? *$")
# 整体完成率111.5%, 完成率200%: the outcome against the plan, as 为计划的130% is
_COMPLETION_RATE = compiled(r"(?:完成|完工|执行|达成)率(?:为|达到|达)? *$")
_PROGRESS = compiled(r"(?:完成|进度|完工)(?:了|达到|达|为)?$")
_TARGET_CUES = compiled(r"目标|计划|任务|力争|确保|争取|拟|将|不少于|不低于|以上|至少|要求")
_OUTCOME_CUES = compiled(r"完成|已|累计|共计|实际|截至|截止|建成|实现|惠及|共有|全部|进度")
_CLAUSE = frozenset("，。；！？：,;!?:\n、")
_RIGHT_STOP = compiled(r"[，。；！？：,;!?:\n、（(“”]")
_FILLER = compiled(
    r"^(?:其中|截至[^，。]*?(?:底|末|日)|[0-9]{4}年(?:底|末)?|全年|年末|年底|全市|全省|全区|全县|"
    r"新增|新建|改建|累计|共计|完成|确保|力争|计划|实现|提供|培训|组织开展|开展|建成|直接|"
    r"有效|共|为|对|在|和|及|并|已|将|的|达到|达|为|拥有|有)+"
)
# 托位总数达41293个，较上年新增6403个: a clause that only says against what it
# counts is about the subject of the figure before it, in the same sentence.
_COMPARED_ONLY = compiled(r"(?:较|比)(?:上年|去年)(?:同期)?|较同期|同比|环比")
_SENTENCE_END = frozenset("。；;！？!?\n")
_TRAILING = compiled(
    r"(?:达到|达|为|拥有|有|提升|提高|增加|增长|新增|不少于|超过|约|近|已|完成|进度)+$"
)


@attrs.frozen
class Figure:
    """One figure of the text, read and placed."""

    found: Found
    reading: Reading
    role: Role
    quantity: Quantity
    subject: str
    left: str
    review: tuple[str, ...]


def _clause_start(s: str, at: int, floor: int) -> int:
    """Where the clause that ends at ``at`` begins; brackets (（幼儿园）) do not end it."""
    c = at
    depth = 0
    while c > floor and at - c < 40:
        ch = s[c - 1]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and ch in _CLAUSE:
            break
        c -= 1
    return c


def _role(s: str, found: Found, block: Block | None, stage: Stage, left: str) -> tuple[Role, str]:
    """The figure's role, and why a person must confirm it (empty when sure)."""
    if _ESTIMATE.search(left) or _ESTIMATE.search(s[found.start : found.end]):
        return Role.ESTIMATE, ""
    table = table_cell(s, found.start)
    if table is not None:
        head = table[0]
        if _ESTIMATE.search(head):
            return Role.ESTIMATE, ""
        if _TARGET_CUES.search(head) and stage not in (Stage.PLANNED, Stage.VOTED):
            return Role.TARGET, ""
        if _OUTCOME_CUES.search(head) and stage not in (Stage.PLANNED, Stage.VOTED):
            return Role.ACTUAL, ""
    if stage in (Stage.PLANNED, Stage.VOTED):
        if _OUTCOME_CUES.search(left):
            return Role.TARGET, "role: a plan's figure, but the words before it read as done"
        return Role.TARGET, ""
    target_part = block is not None and block.outcome is not None and found.start < block.outcome
    figure = found.reading.figure if found.reading is not None else None
    if (
        not target_part
        and figure is not None
        and figure.unit == "%"
        and _PROGRESS.search(left + s[found.start : found.end].rstrip("0123456789.%"))
    ):
        return Role.PROGRESS, "role: percent complete (完成…%), not an outcome of the pledge"
    if block is not None and block.outcome is not None:
        if found.start >= block.outcome:
            return Role.ACTUAL, ""
        return Role.TARGET, ""
    phrase = s[found.start : found.end]
    target = bool(_TARGET_CUES.search(left) or _TARGET_CUES.search(phrase))
    outcome = bool(_OUTCOME_CUES.search(left))
    if target and not outcome:
        return Role.TARGET, "role: target, from cue words; the text has no outcome marker"
    if outcome and not target:
        return Role.ACTUAL, "role: outcome, from cue words; the text has no outcome marker"
    return Role.ACTUAL, "role: no clear cue; read as an outcome of a report"


def _subject(s: str, text: str, found: Found, floor: int) -> tuple[str, str]:
    """The words next to the figure that name its subject, and the clause before it."""
    table = table_cell(s, found.start)
    if table is not None:
        _, a, b = table
        return text[a:b], s[a:b]
    start = _clause_start(s, found.start, floor)
    left = s[start : found.start]
    words = _TRAILING.sub("", _FILLER.sub("", left)).strip(' “”"')
    if len(words) >= 2:
        a = start + (len(left) - len(left.lstrip()))
        cut = s.find(words, a, found.start)
        return text[cut : cut + len(words)] if cut >= 0 else words, left
    right = _RIGHT_STOP.search(s, found.end)
    stop = min(found.end + 20, len(s) if right is None else right.start())
    after = text[found.end : stop].strip()
    if len(after) >= 2:
        return after, left
    return text[found.start : found.end], left


def _unit_from_noun(s: str, end: int) -> str | None:
    """The unit a noun after a bare figure implies: 3万农村人口 counts 人."""
    right = _RIGHT_STOP.search(s, end)
    after = s[end : min(end + 12, len(s) if right is None else right.start())]
    if "人口" in after or after.startswith("人"):
        return "人"
    if after[:1] in UNITS and UNITS[after[:1]].kind is UnitKind.CLASSIFIER:
        return after[:1]
    return None


def baselines_of(found: Found, reading: Reading) -> tuple[tuple[Quantity, ...], list[str]]:
    """Each starting figure of a from → to phrase, at its own span within it."""
    if not reading.baselines:
        return (), []
    phrase = found.phrase
    s = fold(phrase)
    starts = sorted(
        {m.end() for m in re.finditer(r"[由从、]", s)}
        | {m.start() for m in re.finditer(r"[0-9一二两三四五六七八九十百千]+", s)}
    )
    result = []
    review = []
    used = 0
    for baseline in reading.baselines:
        best = _shortest(phrase, starts, used, baseline)
        if best is None:
            return (), ["baselines: the phrase starts from a figure the draft could not place"]
        a, b, figure = best
        used = b
        if spoken_per(figure) != spoken_per(baseline):
            review.append(
                f"baselines: {phrase[a:b]} shares the denominator of the phrase, which it does"
                " not say itself"
            )
        result.append(
            attrs.evolve(figure, phrase=phrase[a:b], span=Span(found.start + a, found.start + b))
        )
    return tuple(result), review


_LONGEST_BASELINE = 24  # 每千名常住人口1200元 and the like: a starting figure is short


def _shortest(
    phrase: str, starts: list[int], used: int, baseline: Quantity
) -> tuple[int, int, Quantity] | None:
    """The first, shortest piece of ``phrase`` after ``used`` that reads as ``baseline``."""
    for a in (x for x in starts if x >= used):
        for b in range(a + 1, min(len(phrase), a + _LONGEST_BASELINE) + 1):
            try:
                read = parse_phrase(phrase[a:b])
            except (MinshengError, ValueError):
                continue
            figure = read.figure
            if (
                not read.baselines
                and figure.value == baseline.value
                and figure.unit == baseline.unit
            ):
                return a, b, figure
    return None


def block_at(layout: Layout, starts: list[int], at: int) -> int | None:
    """The index of the project whose text holds offset ``at`` (``starts``: the blocks')."""
    k = bisect.bisect_right(starts, at) - 1
    if k >= 0 and at < layout.blocks[k].end:
        return k
    return None


def read_figures(text: str, s: str, layout: Layout, stage: Stage) -> tuple[list[Figure], list[str]]:
    figures: list[Figure] = []
    dropped = []
    floor = 0
    starts = layout.starts
    for found in find_quantities(text):
        if found.reading is None or is_program_fact(s, found):
            if found.reading is None and found.error is not None:
                dropped.append(
                    f"figure {found.phrase} at {found.start}-{found.end}: unreadable"
                    f" ({found.error.reason_detail})"
                )
            floor = found.end
            continue
        index = block_at(layout, starts, found.start)
        block = None if index is None else layout.blocks[index]
        if block is not None:
            floor = max(floor, block.title_end if found.start >= block.title_end else block.start)
        before = max(floor, found.start - 12)
        of_plan = found.reading.figure.unit == "%" and (
            _OF_THE_PLAN.search(s, before, found.start) is not None
            or _COMPLETION_RATE.search(s, before, found.start) is not None
        )
        if of_plan and found.reading.figure.value > 100:
            # 为计划的130%: the outcome against its target, which assessment works out
            dropped.append(
                f"figure {found.phrase} at {found.start}-{found.end}: a share of the plan"
                " (the outcome against its target), which assessment works out"
            )
            floor = found.end
            continue
        subject, left = _subject(s, text, found, floor)
        if (
            figures
            and _COMPARED_ONLY.fullmatch(subject)
            and _SENTENCE_END.isdisjoint(s[figures[-1].found.end : found.start])
        ):
            subject = figures[-1].subject
        role, why = _role(s, found, block, stage, left)
        if of_plan and stage not in (Stage.PLANNED, Stage.VOTED):  # 完成年度目标的95%
            role, why = Role.PROGRESS, "role: percent complete (a share of the plan)"
        review = ["subject: from the words next to the figure"]
        if why:
            review.append(why)
        read = _narrowed(s, text, found, role)
        assert read.reading is not None  # noqa: S101 - narrowing keeps a reading
        quantity = attrs.evolve(
            read.reading.figure, phrase=read.phrase, span=Span(read.start, read.end)
        )
        if role is not Role.ACTUAL and quantity.approximation is Approximation.ROUNDED:
            # a pledge of 4.5个 is the bound itself, not a rounded report
            quantity = attrs.evolve(quantity, approximation=Approximation.EXACT)
        if quantity.unit is None:
            unit = _unit_from_noun(s, found.end)
            if unit is None:
                dropped.append(f"figure {found.phrase} at {found.start}-{found.end}: no unit")
                floor = found.end
                continue
            quantity = attrs.evolve(quantity, unit=unit)
            review.append(f"unit: {unit}, from the noun after {found.phrase}")
        figures.append(Figure(found, found.reading, role, quantity, subject, left, tuple(review)))
        floor = found.end
    return figures, dropped


_REACHED = ("达到", "达")


def _narrowed(s: str, text: str, found: Found, role: Role) -> Found:
    """An outcome that 达 or 达到 opens (达41293个) is the figure that follows."""
    reading = found.reading
    if role is not Role.ACTUAL or reading is None or reading.figure.comparator is None:
        return found
    for word in _REACHED:
        if s.startswith(word, found.start):
            start = found.start + len(word)
            phrase = text[start : found.end]
            try:
                narrow = parse_phrase(phrase)
            except (MinshengError, ValueError):
                return found
            if narrow.figure.comparator is None and narrow.figure.value == reading.figure.value:
                return Found(start, found.end, phrase, narrow)
            return found
    return found
