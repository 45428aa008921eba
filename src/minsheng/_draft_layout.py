"""The layout of a report's text: its numbered projects, areas, parts and header.

A report numbers its projects (一、 （一） 1. 1、 1 第一项 ① 一是 and the like), at
the start of a line or in a running list (具体为：1.…；2.…；).  :func:`split`
finds every run of consecutive numbers in one style (1, 2, 3, …), keeps the
runs whose nearest preceding year is the program's year where any is, and
takes the style with the most items as the projects; another line-start style
whose items each open a group of projects gives the areas.  Each project's
text is cut at its outcome marker (完成情况, 进展情况, …): what stands before
states the targets, what follows reports the outcomes.

Everything here works on the text folded to simplified script
(:func:`fold`, one character for one), so offsets are offsets into the
original text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import attrs

from minsheng._patterns import compiled
from minsheng._script import normalize

# Traditional forms of the characters of the cue words below and in
# minsheng._draft, beyond those normalize() folds; one character for one, so
# offsets stay.  tests/test_draft.py checks it against OpenCC.
_TRADITIONAL = (
    "業書爭衆眾會養農決況劃創辦務廠廚參後團園圖嬰實審對崗嵐應開態總執"
    "護報擬擁數來標殘汙燈竈爛現療組細織綠羣訓訊記證診課車聞際險難預飲"
)
_SIMPLIFIED = (
    "业书争众众会养农决况划创办务厂厨参后团园图婴实审对岗岚应开态总执"
    "护报拟拥数来标残污灯灶烂现疗组细织绿群训讯记证诊课车闻际险难预饮"
)
_FOLD = str.maketrans(_TRADITIONAL, _SIMPLIFIED)


def fold(text: str) -> str:
    """``text`` in simplified script for reading cue words, one character for one."""
    return normalize(text).translate(_FOLD)


_CN = "一二三四五六七八九十"
_DIGITS = {c: i + 1 for i, c in enumerate(_CN[:9])}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# style name -> pattern whose group 1 is the number; each must match at a line
# start (after indentation) or, in a running list, after ：；。
_BY_SHI = "一是"
_STYLES: dict[str, re.Pattern[str]] = {
    "一、": compiled(rf"([{_CN}]{{1,3}})[、．.]"),
    "（一）": compiled(rf"[（(]([{_CN}]{{1,3}})[）)]"),
    "第一项": compiled(rf"第([{_CN}]{{1,3}})[项件个条类][：:、，,．. ]?"),
    "1.": compiled(r"([0-9]{1,2})[.．](?![0-9])"),
    "1、": compiled(r"([0-9]{1,2})、"),
    "（1）": compiled(r"[（(]([0-9]{1,2})[）)]"),
    "1 ": compiled(r"([0-9]{1,2})[ \u3000]+(?=[^\s0-9])"),
    "①": compiled(f"([{_CIRCLED}])"),
    # 一是…；二是…: a plan's or a report's running list (a trial's: no project found)
    _BY_SHI: compiled(rf"([{_CN}]{{1,3}})是(?![否非])[：:，, ]?"),
}
_LINE_START = compiled(r"^[ \t\u3000]*", re.MULTILINE)
_INLINE_START = compiled(r"[：:；;。]\s*")
_YEAR = compiled(r"(?<![0-9])((?:19|20)[0-9]{2})[ ]?年")
OUTCOME_MARKERS = compiled(
    r"(?:完成|进展|落实|实施|执行|推进)情况[：:]"
    r"|(?:^|\n)[ \t\u3000]*(?:完成|进展|落实|实施|执行)情况"
)
"""Where a project's outcome part begins."""
_TITLE_END = compiled(r"[。：:；;！？!?]")
_LONG_TITLE = 40


def chinese_number(word: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 二十三 → 23; ``None`` for anything else."""
    if word in _CIRCLED:
        return _CIRCLED.index(word) + 1
    if word.isascii() and word.isdigit():
        return int(word)
    if len(word) == 1 and word in _DIGITS:
        return _DIGITS[word]
    tens, _, ones = word.partition("十")
    if "十" not in word or len(word) > 3:
        return None
    if tens and tens not in _DIGITS:
        return None
    if ones and ones not in _DIGITS:
        return None
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)


@attrs.frozen
class Item:
    """One numbered item: its number, where its mark starts and its text begins."""

    style: str
    inline: bool
    number: int
    start: int
    body: int


@attrs.frozen
class Block:
    """One project's text: ``start``-``end``, outcomes from ``outcome`` where marked."""

    number: int
    title: str | None
    title_start: int
    title_end: int
    start: int
    end: int
    outcome: int | None
    area: int | None = None
    renumbered: bool = False
    long_title: bool = False


@attrs.frozen
class AreaBlock:
    """One area heading (一、提高社会保障水平) and where its projects run."""

    number: int
    title: str
    start: int
    end: int


@attrs.frozen
class Layout:
    """A text's projects and areas, in order, and the part of the text they stand in.

    A page may carry several articles (a vote on next year's projects beside a
    report on this year's); ``start``-``end`` is the article, from its dated
    headline to the next dated headline, that holds the projects.
    """

    blocks: tuple[Block, ...]
    areas: tuple[AreaBlock, ...]
    start: int = 0
    end: int | None = None

    @property
    def starts(self) -> list[int]:
        """Where each project's text starts, in order."""
        return [b.start for b in self.blocks]


_HEADLINE = compiled(r"^[ \t\u3000]*([^\n。，,；;]{4,60}?)[ \t\u3000]*$", re.MULTILINE)


def _article(s: str, blocks: tuple[Block, ...]) -> tuple[int, int | None]:
    """The dated headline before the first project, and the next one after the last."""
    if not blocks:
        return 0, None
    dated = [
        m.start()
        for m in _HEADLINE.finditer(s)
        if _YEAR.search(m.group(1)) and not any(b.start <= m.start() < b.end for b in blocks)
    ]
    before = [d for d in dated if d <= blocks[0].start]
    after = [d for d in dated if d >= blocks[-1].end]
    return (before[-1] if before else 0), (after[0] if after else None)


def _items(s: str) -> Iterator[Item]:
    for inline, starts in ((False, _LINE_START), (True, _INLINE_START)):
        for at in starts.finditer(s):
            k = at.end()
            for style, pattern in _STYLES.items():
                match = pattern.match(s, k)
                if match is None:
                    continue
                number = chinese_number(match.group(1))
                if number is not None and number > 0:
                    yield Item(style, inline, number, k, match.end())


def _runs(items: list[Item]) -> list[list[Item]]:
    """Runs of items of one style and placement numbered 1, 2, 3, … in text order."""
    runs: list[list[Item]] = []
    open_runs: dict[tuple[str, bool], list[Item]] = {}
    for item in sorted(items, key=lambda i: i.start):
        key = (item.style, item.inline)
        current = open_runs.get(key)
        if item.number == 1:
            current = [item]
            open_runs[key] = current
            runs.append(current)
        elif current is not None and item.number == current[-1].number + 1:
            current.append(item)
    # a run of one counts only at the start of a line: a text of one project,
    # or an area whose projects restart at 1
    return [run for run in runs if len(run) > 1 or not run[0].inline]


def _context_year(s: str, at: int) -> int | None:
    years = list(_YEAR.finditer(s, max(0, at - 300), at))
    return int(years[-1].group(1)) if years else None


def _title(s: str, text: str, item: Item, end: int) -> tuple[str | None, int, int, bool]:
    # a running list's item may wrap over a line; a heading ends with its line
    stop = -1 if item.inline else s.find("\n", item.body, end)
    stop = end if stop < 0 else stop
    mark = _TITLE_END.search(s, item.body, stop)
    cut = stop if mark is None else mark.start()
    # 1.改造老旧小区50个，完成情况：…: the outcome marker ends the title (a trial's:
    # the title ran over it, and the outcome was searched for after it)
    marker = OUTCOME_MARKERS.search(s, item.body, stop)
    if marker is not None and marker.start() < cut:
        cut = marker.start()
    start = item.body
    while start < cut and s[start] in " \t\u3000":
        start += 1
    while cut > start and s[cut - 1] in " \t\u3000，,":
        cut -= 1
    if cut <= start:
        return None, start, start, False
    long_title = cut - start > _LONG_TITLE
    if long_title:
        # the first comma: folded text holds ASCII commas (a trial's: titles that
        # the marker said were cut ran on whole)
        comma = min(
            (k for k in (s.find("，", start, cut), s.find(",", start, cut)) if k > start),
            default=-1,
        )
        if comma > start:
            cut = comma
    title = re.sub(r"\s*\n\s*", "", text[start:cut]) if item.inline else text[start:cut]
    return title, start, cut, long_title


def _outcome(s: str, start: int, end: int) -> int | None:
    marker = OUTCOME_MARKERS.search(s, start, end)
    return None if marker is None else marker.start()


def _end_of_inline(s: str, body: int, end: int) -> int:
    stop = re.compile(r"[；;。]").search(s, body, end)
    return end if stop is None else stop.end()


def split(text: str, s: str, year: int | None) -> Layout:
    """The projects and areas of ``text`` (``s`` is it in simplified script)."""
    runs = _runs(list(_items(s)))
    if not runs:
        return Layout((), ())
    dated = [r for r in runs if _context_year(s, r[0].start) == year]
    if dated:
        runs = dated
    # 一是…二是… most often lists a project's measures or a closing section's
    # tasks: it numbers the projects only where no other style does (a review's:
    # nested lists had outweighed the 一、 projects)
    numbered = [run for run in runs if run[0].style != _BY_SHI]
    runs = numbered or runs
    by_style: dict[tuple[str, bool], list[list[Item]]] = {}
    for run in runs:
        by_style.setdefault((run[0].style, run[0].inline), []).append(run)

    def weight(key: tuple[str, bool]) -> tuple[int, int, int, int]:
        chosen = by_style[key]
        return (sum(map(len, chosen)), max(map(len, chosen)), not key[1], -chosen[0][0].start)

    project_key = max(by_style, key=weight)
    project_runs = by_style[project_key]
    areas = _areas(s, text, by_style, project_key, project_runs)
    if areas:
        first, last = areas[0].start, areas[-1].end
        projects = [i for run in project_runs for i in run if first <= i.start < last]
    else:
        projects = max(project_runs, key=len)
    blocks = _blocks(text, s, projects, areas, inline=project_key[1])
    return Layout(blocks, tuple(areas), *_article(s, blocks))


def _areas(
    s: str,
    text: str,
    by_style: dict[tuple[str, bool], list[list[Item]]],
    project_key: tuple[str, bool],
    project_runs: list[list[Item]],
) -> list[AreaBlock]:
    """Area headings: a line-start run whose every item opens some projects."""
    if project_key[1]:
        return []
    starts = sorted(i.start for run in project_runs for i in run)
    for key, runs in by_style.items():
        if key == project_key or key[1]:
            continue
        run = max(runs, key=len)
        bounds = [i.start for i in run] + [len(s)]
        if run[0].start > starts[0]:
            continue
        if all(any(a < p < b for p in starts) for a, b in itertools.pairwise(bounds)):
            result = []
            for item, end in zip(run, bounds[1:], strict=True):
                title, _, _, _ = _title(s, text, item, end)
                result.append(AreaBlock(item.number, title or str(item.number), item.start, end))
            return result
    return []


def _blocks(
    text: str, s: str, items: list[Item], areas: list[AreaBlock], *, inline: bool
) -> tuple[Block, ...]:
    blocks = []
    numbers = [i.number for i in items]
    renumbered = numbers != list(range(1, len(items) + 1))
    for k, item in enumerate(items):
        end = items[k + 1].start if k + 1 < len(items) else len(s)
        area = next((a for a in areas if a.start <= item.start < a.end), None)
        if area is not None:
            end = min(end, area.end)
        if inline:
            end = _end_of_inline(s, item.body, end)
        title, title_start, title_end, long_title = _title(s, text, item, end)
        blocks.append(
            Block(
                number=k + 1 if renumbered else item.number,
                title=title,
                title_start=title_start,
                title_end=title_end,
                start=item.start,
                end=end,
                outcome=_outcome(s, title_end, end),
                area=None if area is None else area.number,
                renumbered=renumbered,
                long_title=long_title,
            )
        )
    return tuple(blocks)


_ROW = 400  # the longest line read as a table row
_CELL_SPLIT = compiled(r"\s*[|｜]\s*|\t+\s*|[ \u3000]{2,}")


def _cells(s: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the line ``s[start:end]``, as offsets; one cell if it is no table row."""
    cells = []
    at = start
    for gap in _CELL_SPLIT.finditer(s, start, end):
        if gap.start() > at:
            cells.append((at, gap.start()))
        at = gap.end()
    if at < end:
        cells.append((at, end))
    return cells


def table_cell(s: str, at: int) -> tuple[str, int, int] | None:
    """For a figure at ``at`` in a text table: its column's header, and its row's label.

    A row is a line of cells split by ``|``, tabs or two or more spaces; the
    header is the nearest line above with as many cells and no digits.
    Returns the header cell's text and the offsets of the row's first cell.
    """
    floor = max(0, at - _ROW)
    line_start = s.rfind("\n", floor, at) + 1
    line_end = s.find("\n", at, at + _ROW)
    if (line_start == 0 and floor > 0) or (line_end < 0 and at + _ROW < len(s)):
        return None  # a line this long is running text, not a row
    line_end = len(s) if line_end < 0 else line_end
    row = _cells(s, line_start, line_end)
    if len(row) < 2:
        return None
    column = next((i for i, (a, b) in enumerate(row) if a <= at < b), None)
    if column is None or column == 0:
        return None
    end = line_start - 1
    for _ in range(6):
        if end <= 0:
            return None
        start = s.rfind("\n", max(0, end - _ROW), end) + 1
        header = _cells(s, start, end)
        line = s[start:end]
        if len(header) == len(row) and not re.search(r"[0-9]", line):
            a, b = header[column]
            return s[a:b], row[0][0], row[0][1]
        end = start - 1
    return None
