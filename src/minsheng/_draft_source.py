"""A report's header and words: its source, dates, stage and the categories of its projects.

:func:`read_source_header` reads the headline before the first project (the title), the
publisher and reporter of a news report (…日报讯, 记者 …), the date it was
published and the date its figures stand at (截至…); :func:`stage` guesses
the program's stage from the text, and :func:`category` a project's category
from its words.  Each says what a person must confirm.
"""

from __future__ import annotations

import datetime as dt
import re

from minsheng._draft_layout import Layout, fold
from minsheng._errors import InvalidValueError, clip
from minsheng._i18n import listing, msg
from minsheng._model import Category, Stage
from minsheng._patterns import compiled
from minsheng._record import Source

PROGRAM_NAME = compiled(r"为民办实事|惠民实事|为民实事|民生实事")
_PUBLISHER = compiled(
    r"([\u4e00-\u9fff]{2,10}?(?:日报|晚报|晨报|时报|商报|新闻网|融媒体中心))(?:讯|记者|社)"
)
_AUTHOR = compiled(r"记者\s*([\u4e00-\u9fff]{2,4})(?=[）)\s，,]|$)")
# 2022年12月29日, and a byline's 2022-12-29 or 2022.12.29 (a draft trial's: the
# ISO date was passed over for a 12月27日 in the text, read with the wrong year)
_FULL_DATE = compiled(
    r"((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日"
    r"|((?:19|20)[0-9]{2})([-./])([01]?[0-9])\5([0-3]?[0-9])(?![0-9])"
)
_MONTH_DAY = compiled(r"(?<![0-9年])([0-9]{1,2})月([0-9]{1,2})日")
_AS_OF = compiled(
    r"截[至止]\s*((?:19|20)[0-9]{2})\s*年\s*(?:([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日|(底|末))"
)
_HEADING_STOP = compiled(r"[。，,；;]|记者|日报讯|^[0-9]")
_CATEGORIES: tuple[tuple[Category, str], ...] = (
    (Category.EDUCATION, "学位|学校|教育|幼儿园|校园?|学生|课后"),
    (Category.ELDERLY_AND_CHILDCARE, "养老|老年|托育|婴幼儿|托位|一老一小|一老一幼|护理"),
    (Category.EMPLOYMENT, "就业|创业|岗位|失业"),
    (Category.FOOD_SAFETY, "食品|食堂|明厨亮灶|餐"),
    (Category.WATER_SUPPLY, "供水|饮水|水厂|自来水"),
    (Category.HEALTHCARE, "医院|医疗|就医|门诊|看病|健康|诊"),
    (Category.TRANSPORT, "交通|道路|公路|出行|公交|绿波|停车|路网"),
    (Category.GOVERNMENT_SERVICES, "政务|办事|办理|登记|审批|证明"),
    (Category.SOCIAL_INSURANCE, "参保|保险|社保"),
    (Category.SOCIAL_ASSISTANCE, "救助|低保|困难群众|特困|残疾|特殊群体"),
    (Category.HOUSING, "住房|安居|保障房|棚户|烂尾|置业"),
    (Category.ENVIRONMENT, "污水|治水|环境|绿化|垃圾|生态|公园|治污"),
    (Category.CULTURE_AND_SPORTS, "文化|体育|文体|健身|图书"),
    (Category.URBAN_MANAGEMENT, "城市管理|精细化|路灯|市政|背街"),
    (Category.PUBLIC_SAFETY, "消防|应急|安防|治安"),
)


def category(words: str) -> Category:
    s = fold(words)
    scores = [(len(re.findall(pattern, s)), -i, c) for i, (c, pattern) in enumerate(_CATEGORIES)]
    best = max(scores)
    return best[2] if best[0] else Category.OTHER


def _header(s: str, text: str, layout: Layout) -> tuple[str | None, int]:
    """The nearest heading line before the first project, and where the header starts."""
    first = layout.blocks[0].start if layout.blocks else len(s)
    lines = list(re.finditer(r"[^\n]+", s[:first]))
    for line in reversed(lines):
        words = line.group().strip()
        if 4 <= len(words) <= 60 and not _HEADING_STOP.search(words):
            return text[line.start() : line.end()].strip(), line.start()
    return None, 0


def _date(s: str, header: int, first: int, year: int, stage: Stage) -> tuple[dt.date | None, str]:
    region = s[header:first]
    for match in _FULL_DATE.finditer(region):
        if region[max(0, match.start() - 2) : match.start()] not in ("截至", "截止"):
            y, m, d = match.group(1, 2, 3) if match.group(1) else match.group(4, 6, 7)
            try:
                return dt.date(int(y), int(m), int(d)), ""
            except ValueError:
                continue
    short = _MONTH_DAY.search(region)
    if short is not None:
        published = year + 1 if stage is Stage.REPORTED else year
        try:
            day = dt.date(published, int(short.group(1)), int(short.group(2)))
        except ValueError:
            return None, ""
        return day, f"sources[0].date: the text gives {short.group()} without a year"
    return None, ""


def _as_of(s: str, after: int) -> tuple[dt.date | None, str]:
    match = _AS_OF.search(s, after)
    if match is None:
        return None, ""
    y = int(match.group(1))
    if match.group(4):
        return dt.date(y, 12, 31), f"as_of: {match.group()} read as {y}-12-31"
    try:
        return dt.date(y, int(match.group(2)), int(match.group(3))), ""
    except ValueError:
        return None, ""


_COMPLETION = r"完成情况|已(?:全部|全面|基本|圆满)?完成|均已完成|圆满完成"


def stage(s: str, stage: Stage | str | None) -> tuple[Stage, str]:
    """The stage given, or the one the text reads as; and what a person should confirm."""
    if stage is not None:
        try:
            given = Stage(stage)
        except ValueError:
            raise InvalidValueError(
                msg(
                    "stage must be one of {choices}, not {stage}",
                    choices=listing([x.value for x in Stage]),
                    stage=clip(repr(stage)),
                )
            ) from None
        if given in (Stage.PLANNED, Stage.VOTED) and re.search(_COMPLETION, s):
            # a newcomer's: --stage voted on a year-end text drafted its outcomes as
            # targets, and nothing said so
            return given, (
                f"stage: {given.value} as given, but the text reports completion:"
                " what was done is drafted as targets; confirm the stage"
            )
        return given, ""
    if re.search(_COMPLETION, s):
        return Stage.REPORTED, "stage: reported, since the text reports completion"
    if re.search(r"进展情况|截至[^。]*?已", s):
        return Stage.PROGRESS, "stage: progress, since the text reports progress"
    if re.search(r"票决|投票表决", s):
        return Stage.VOTED, "stage: voted, since the text reports a vote"
    return Stage.PLANNED, "stage: planned, since the text reports no vote and no outcome"


def read_source_header(
    text: str, s: str, layout: Layout, year: int, stage: Stage
) -> tuple[Source, dt.date, list[str]]:
    """The source as its header names it, the date its figures stand at, and what to confirm."""
    review = []
    title, header = _header(s, text, layout)
    first = layout.blocks[0].start if layout.blocks else len(s)
    date, date_review = _date(s, header, first, year, stage)
    if date_review:
        review.append(date_review)
    publisher = _PUBLISHER.search(s[:first])
    author = _AUTHOR.search(s[:first])
    if stage in (Stage.PLANNED, Stage.VOTED):
        as_of, as_of_review = date, ""
    else:
        as_of, as_of_review = _as_of(s, header)
    if as_of_review:
        review.append(as_of_review)
    if date is None:  # a year-end report's figures stand at the year's end
        end = stage is Stage.REPORTED
        date = as_of or (dt.date(year, 12, 31) if end else dt.date(year, 1, 1))
        review.append("sources[0].date: the text gives no date of its own")
    if as_of is None:
        as_of = date
        review.append("as_of: the text gives no date the figures stand at; the source's date")
    if title is None:
        review.append("sources[0].title: the text has no heading line")
    else:  # a trial's: a date line, an area's heading or a byline taken for the title
        review.append("sources[0].title: the nearest line before the projects; the article's?")
    if stage in (Stage.PLANNED, Stage.VOTED) and as_of is not None and not as_of_review:
        # a trial's: a plan that stands at the date its source gives, which draft reads
        review.append("as_of: the source's date; the day the list was issued or voted?")
    if publisher is None:
        review.append("sources[0].publisher: the text does not name its publisher")
    source = Source(
        id="source",
        publisher="?" if publisher is None else text[publisher.start(1) : publisher.end(1)],
        title=title or "?",
        date=date,
        author=None if author is None else text[author.start(1) : author.end(1)],
    )
    return source, as_of, review
