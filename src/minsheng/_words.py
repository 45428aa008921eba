"""The parser's vocabulary, and the reading of the words before a figure.

The closed vocabulary the parser gives meaning to (comparator, approximation
and change words, denominators, words that hold a numeral but no figure) and
the reading of the words before a figure: subject words, 每…, 不少于, 约,
提高到, 由.  See :mod:`minsheng._parse`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from decimal import Decimal
from typing import NamedTuple

from minsheng._i18n import msg
from minsheng._model import Direction, Measure
from minsheng._numerals import BIG, DIGITS, NUMERAL_CHARS, PLACES, STARTS, fail, read_number
from minsheng._quantity import Approximation, Comparator, Per
from minsheng._units import UNITS, UnitKind

CAPS = ("最高", "最高可达", "最高可达到", "上限", "上限为", "封顶", "最长", "最迟")
"""Words that cap a figure right before it (每户最高2000元), but name a kind of limit
inside subject words (大病保险最高支付限额40万元): never read there, nor refused."""

_ADDING = ("增设", "增建", "增配", "增派", "增开", "增招", "增补", "增发", "增拨")
"""Like 新增, these count what is added (增设193个班), unless a level follows (增设到)."""

_PREFIX_COMPARATORS: dict[str, Comparator] = {
    word: comparator
    for comparator, words in {
        Comparator.AT_LEAST: (
            "不少于", "不低于", "不小于", "不下于", "至少", "达到", "达", "确保达到", "确保",
            "最少", "起码", "未低于", "未少于", "大于等于", "大于或等于",
        ),
        Comparator.MORE_THAN: (
            "超过", "多于", "高于", "大于", "突破", "超逾", "逾", "超", "不止",
        ),
        Comparator.AT_MOST: (
            "不超过", "不高于", "不多于", "不大于", "至多", "最多", "压缩为", "压缩至",
            "压缩到", "降至", "降到", "降低到", "降低至", "缩短至", "缩短到", "缩短为",
            "精简为", "精简至", "减少到", "减少至", "控制在", "未超过", "没有超过", "没超过",
            "小于等于", "小于或等于", "至多为", "最高不超过", "上限不超过", "最长不超过",
            "最迟不超过", *CAPS,
        ),
        Comparator.LESS_THAN: (
            "低于", "少于", "小于", "不满", "不到", "不足", "不及", "未满", "未达到", "未达",
            "没有达到", "没达到", "不够",
        ),
    }.items()
    for word in words
}  # fmt: skip
_SUFFIX_COMPARATORS = {
    "之内": Comparator.AT_MOST,
    "封顶": Comparator.AT_MOST,
    "及以上": Comparator.AT_LEAST,
    "以上": Comparator.AT_LEAST,
    "及以下": Comparator.AT_MOST,
    "以下": Comparator.AT_MOST,
    "以内": Comparator.AT_MOST,
    "内": Comparator.AT_MOST,
}
_ABOUT_PREFIXES = (
    "大约", "将近", "接近", "差不多", "几乎", "近乎", "约为", "约有", "约占", "约计", "约莫",
    "大概", "大致", "估计", "约", "近",
)  # fmt: skip
NOT_ABOUTS = (
    "签约", "预约", "节约", "履约", "集约", "违约", "特约", "制约", "契约", "条约", "公约",
    "就近", "附近", "邻近", "最近", "靠近", "亲近",
)  # fmt: skip
"""Words that end in 约 or 近 and do not make a figure approximate: 签约3000人 is exact."""
NEGATIONS = ("并非", "不是", "没有", "非", "没", "未", "无", "不", "否")
"""Words that negate what follows: right before a figure, or before a comparator that
is not one of the negated ones above (未超过 is), they are refused, never skipped."""
ROUGH = "几来数"
"""几, 来 and 数 next to a numeral (几十, 二十几, 十来个, 数十万) make a rough count."""
PARTIAL = "半折兆"
"""半, 折 and 兆 after a figure (一年半, 八折, 1.5兆) say what minsheng does not read."""
SLIGHTLY = "强弱"
"""强 and 弱 after a figure (95%强) mean a little more or less: refused."""
_ABOUT_SUFFIXES = ("左右", "上下")
_MORE_THAN = "余多"
_CHANGES: dict[str, Direction | None] = {
    **dict.fromkeys(
        (
            "提高",
            "增加",
            "增长",
            "提升",
            "上升",
            "扩大",
            "上涨",
            "调升",
            "上调",
            "增",
            "提",
            "新增",
            "回升",
            "调高",
            "涨幅",
            "增幅",
            # verbs that start with 增 (年人均增收1000元, 增设床位300张); a
            # one-character change word first is otherwise a subject word's (增值税)
            "增收",
            *_ADDING,
        ),
        Direction.HIGHER,
    ),
    **dict.fromkeys(
        (
            "下降",
            "减少",
            "压缩",
            "缩短",
            "降低",
            "缩减",
            "精简",
            "下调",
            "调降",
            "调低",
            "压减",
            "回落",
            "跌幅",
            "降幅",
            "减免",
            "减收",
            "减税",
            "降费",
            "减负",
            "降",
            "减",
        ),
        Direction.LOWER,
    ),
    "调整": None,  # its direction is the figures'
}
_ONLY_TO = ("提", "新增", "调整", *_ADDING)  # 新增3000个 counts; 新增到5306家 is a level
# Words that hold a change word but are none: an upgrade (改造提升) is a project,
# 增值税 a tax, 降温 cooling, 降水 rain, 双减 a policy.
_NOT_CHANGES = ("改造提升", "巩固提升", "提升改造", "增值税", "增城", "降温", "降水", "双减")
_ADVERBS = re.compile(r"(?:将|分别|平均|同比|环比|较上年|比上年|累计|共|再|进一步)*")
_FROM_WORDS = ("由", "从")
_PER_NOUNS = tuple(
    sorted(
        (
            "常住人口", "户籍人口", "居住单位", "人口", "居民", "老年人", "儿童", "学生", "家庭",
            "人次",
            "平方公里", "公里", "学年", "网格", "社区", "乡镇", "街道", "学校", "医院", "人", "户",
            "年", "月", "天", "日", "周", "小时", "生", "院", "校", "村", "县", "床",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip
_PER_CLASSIFIERS = ("名", "个", "位", "所", "家")
# Denominators printed without 每: 人均, 月人均, 生均, 村均, 亩均, 日处理, 千人口
# 亩均 but not 学校均衡发展 (均衡, 均等, 均匀, 均值 are words); 村均, 校均 are left
# out: 各村均通硬化路, 学校均已建成 use 均 for "all"
_PLACES_AVERAGED = "村校县镇乡"  # 校均10名, 村均约5万元: only right before the figure
_AVERAGE = "均(?![衡等匀值])"  # not 均衡, 均等, 均匀, 均值
_PER_WORDS = re.compile(
    rf"([年月日]?[人生户亩]|[年月日]){_AVERAGE}"
    rf"|([{_PLACES_AVERAGED}]){_AVERAGE}"
    r"|([日月])(?=处理|补助)|([千万])人口"
)
# 校均配备2名, or 学校均已建成? A 均 after 村, 校, 县, 镇 or 乡 that no figure
# follows may be "per" or "all": refused
_PER_OR_ALL = re.compile(f"[{_PLACES_AVERAGED}]{_AVERAGE}")
_TIMES = "年月日天周"
# Classifiers sources print that the unit registry leaves to datasets (a
# program declares them in its own units): read as printed, never skipped.
COUNT_WORDS = ("例", "宗", "批次", "台次", "类", "册", "票", "把", "盏")
_UNIT_WORDS = {
    **{symbol: symbol for symbol in UNITS},
    **{word: word for word in COUNT_WORDS},
    "百分点": "个百分点",
}
_UNIT = re.compile("|".join(map(re.escape, sorted(_UNIT_WORDS, key=len, reverse=True))))
_RANGE = re.compile(r" *(?:—{1,2}|―|–|-|~|〜|至|到) *")
_OTHER_NUMERALS = frozenset("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟")  # 大写, never read: refused
_PUNCTUATION = frozenset("“”‘’「」『』《》（）()、·—…- ")
# Words that hold a numeral character but no figure, and ordinals (第三批).
_WORDS = re.compile(
    r"统一|同一|逐一|唯一|进一步|一律|一并|一体|一般|二次|十大|零工|零售|零星|零距离|两病|两癌|"
    r"一网通办|一站式|一刻钟|四好|一批|"
    # names and set words of policy (一次性补贴, 一老一小, 一件事一次办): no figure
    r"一次性|一件事一次办|一件事|一老一小|一卡通|一码通|一网统管|一张网|一条龙|一门式|一窗|一键|"
    r"一系列|一带一路|一事一议|一对一|一户一表|一人一档|一村一品|一线|一流|一些|三农|"
    r"[一二三四五六七八九]+(?:级|等|星|类)(?![0-9])|"
    r"第(?:[0-9]+|[零〇一二两三四五六七八九十百千]+)"
)
# An age that qualifies the subject (3岁以下婴幼儿, 65周岁以上老年人, 60岁的老人)
# holds a numeral, and the figure comes after it; alone (65岁以上长者) it is the figure.
AGE = re.compile(
    "(?:[0-9]+|[零〇一二两三四五六七八九十]+)周?岁(?:及?以[上下])?"
    "(?=[\u4e00-\u9fff])(?!左右|上下|以|及)"
)
_DATE = re.compile(
    r"(?:(?:[12][0-9]{3}|[一二][〇零一二三四五六七八九]{3}) *年"
    r"(?: *[0-9]{1,2} *月(?: *[0-9]{1,2} *日)?)?"
    r"(?:底|末|初|度)?|[0-9]{1,2} *月(?: *[0-9]{1,2} *日|底|末|初|份)"
    r"|^(?:近|过去)?[一二两三四五六七八九十]年)的?"
)
_CHANGE_WORDS = "|".join(sorted(_CHANGES, key=len, reverse=True))
_PLAIN_COMPARATORS = "|".join(
    sorted(
        (w for w in _PREFIX_COMPARATORS if not any(w.startswith(c) for c in _CHANGES)),
        key=len,
        reverse=True,
    )
)
_CHANGE = re.compile(f"({_CHANGE_WORDS})了?([到至为])?(?:{_PLAIN_COMPARATORS})?$")
# 增加入学名额1.25万个: a change word first governs what follows, if it is a word
# of two characters or more (增值税, 减速带, 增强体质: one character is a subject word's)
_CHANGE_FIRST = re.compile(
    "(" + "|".join(sorted((w for w in _CHANGES if len(w) > 1), key=len, reverse=True)) + ")"
    "(?![到至为])"
)
_CHANGE_TO_ANY = re.compile(f"({_CHANGE_WORDS})了?[到至为]")
_NOT_COMPARATORS = ("下达", "传达", "到达", "送达", "抵达", "表达", "转达", "通达")
_INNER_WORDS = sorted(
    (
        w
        for w in _PREFIX_COMPARATORS
        if len(w) > 1 and w not in CAPS and not any(w.startswith(c) for c in _CHANGES)
    ),
    key=len,
    reverse=True,
)
_INNER_COMPARATOR = re.compile(
    "(?:" + "|".join(_INNER_WORDS) + ")(?!.*(?:" + "|".join(_INNER_WORDS) + "))"
)
# Words that govern a figure: left among subject words, they are refused, never skipped.
_GOVERNING = re.compile(
    "|".join(
        sorted(
            {
                *(w for w in _PREFIX_COMPARATORS if len(w) > 1 and w not in CAPS),
                *(w for w in _SUFFIX_COMPARATORS if len(w) > 1 and w not in CAPS),
                *(w for w in _ABOUT_PREFIXES if len(w) > 1),
                *_ABOUT_SUFFIXES,
                "约合",
                "百分点",
                "分之",
                *(c + m for c in _CHANGES for m in "到至为"),
            },
            key=len,
            reverse=True,
        )
    )
)
_PER_WORD_STARTS = frozenset("年月日人生户亩千万" + _PLACES_AVERAGED)
_CHANGE_CHARS = frozenset("".join(_CHANGES))
_CHANGE_STARTS = tuple(_CHANGES)
_INNER_CHARS = frozenset(w[0] for w in _INNER_WORDS)
_GOVERNING_CHARS = frozenset(w[0] for w in _GOVERNING.pattern.split("|"))
_NOT_AFTER = frozenset("约近余多超逾达不每—~-至")  # right after a figure, these would govern it
_START_RE = re.compile("[" + "".join(sorted(STARTS)) + "百千翻]")


class _Before(NamedTuple):
    comparator: Comparator | None = None
    approximation: Approximation | None = None
    pers: tuple[Per, ...] = ()
    change: Measure | None = None
    direction: Direction | None = None
    from_word: int | None = None  # position of 由 or 从 before the figure
    from_gap: int = 0  # subject characters between 由 and the figure (由原来的)
    by_change_word: bool = False  # the comparator is a change word's: 压缩为


_NOTHING_BEFORE = _Before()


def _skip_spaces(s: str, j: int) -> int:
    while j < len(s) and s[j] == " ":
        j += 1
    return j


def _per(amount: Decimal, classifier: str | None, noun: str) -> Per:
    """A denominator as the model keeps it: a noun that is a unit (人, 年) is its unit."""
    if classifier is None and noun in UNITS:
        return Per(amount, noun, None)  # 每人, 每年: no subject
    return Per(amount, classifier, noun)  # 每千名常住人口, 每月, 每个学生


# 一年两次, 两年一次: a number of times right after a period at the start is per
# that period (it is not the span of time the figure is counted over, as in 三年新增…)
_YEARS = "[一二两三四五六七八九十]年 *"
_PERIOD = re.compile(_YEARS)
PERIOD_BEFORE = re.compile(f"(?<![第0-9零〇一二两三四五六七八九十百千万]){_YEARS}$")
"""A period that ends the words before a number of times: the scanner takes it in."""


def period_per(s: str, start: int, unit: str | None) -> Per | None:
    """The period that a count of times at ``start`` is per: 一年两次 is twice per year."""
    period = _PERIOD.match(s)
    if unit != "次" or period is None or period.end() != start:
        return None
    number = read_number(s, 0, s)
    return None if number is None else _per(number.value, None, "年")


def _read_per_body(s: str, i: int, stop: int) -> tuple[Per, int] | None:
    """Read the part of a denominator after 每 or /: 千名常住人口, 人, 年, 个学生."""
    amount = Decimal(1)
    j = i
    if j < stop and s[j] in STARTS:
        number = read_number(s, j, s)
        if number is None or number.unit or number.more_than:
            return None
        amount, j = number.value, number.end
    elif j < stop and s[j] in PLACES | BIG:
        amount, j = Decimal(10) ** (PLACES | BIG)[s[j]], j + 1
    if amount <= 0:
        return None  # 每0人 is no denominator
    classifier = None
    for word in _PER_CLASSIFIERS:
        if s.startswith(word, j) and any(s.startswith(n, j + 1) for n in _PER_NOUNS):
            classifier, j = word, j + 1
            break
    for noun in _PER_NOUNS:
        if s.startswith(noun, j) and j + len(noun) <= stop:
            return _per(amount, classifier, noun), j + len(noun)
    found = _UNIT.match(s, j)
    if found is not None and classifier is None and found.end() <= stop:
        return _per(amount, None, _UNIT_WORDS[found.group()]), found.end()
    return None


def _covered(s: str, a: int, b: int) -> set[int]:
    """Positions in s[a:b] inside words that hold numerals but no figure."""
    return {k for m in _WORDS.finditer(s, a, b) for k in range(m.start(), m.end())}


def _check_subject(
    s: str, text: str, positions: list[int], covered: AbstractSet[int], *, after: bool = False
) -> None:
    """Subject words: Chinese characters and punctuation, no numeral, no governing word."""
    words = "".join([s[k] for k in positions])
    governing = None if _GOVERNING_CHARS.isdisjoint(words) else _GOVERNING.search(words)
    if governing is not None:
        k = positions[governing.start()]
        if k not in covered:
            raise fail(msg("a comparator or approximation word that governs no figure"), text, k)
    for k in positions:
        ch = s[k]
        if k in covered:
            continue
        if ch in _OTHER_NUMERALS:
            raise fail(msg("financial numerals (壹贰叁) are not read"), text, k)
        if (
            ch in NUMERAL_CHARS
            or ch == "每"
            or not ("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch in _PUNCTUATION)
        ):
            if after:
                raise fail(msg("unexpected text after the figure"), text, k)
            raise fail(msg("unexpected text before the figure"), text, k)


def _is_word_char(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _by_last(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Words by their last character, longest first: a quick test of what ends a text."""
    table: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        table.setdefault(word[-1], []).append(word)
    return {last: tuple(ws) for last, ws in table.items()}


_ABOUTS_BY_LAST = _by_last(_ABOUT_PREFIXES)
_COMPARATORS_BY_LAST = _by_last(_PREFIX_COMPARATORS)


def _longest_at_end(words: str, choices: dict[str, tuple[str, ...]]) -> str | None:
    if not words:
        return None
    for word in choices.get(words[-1], ()):
        if words.endswith(word):
            return word
    return None


def _pers_before(  # noqa: PLR0913, PLR0917 - the text, its span and what is already known
    s: str, text: str, a: int, b: int, covered: AbstractSet[int], dates: AbstractSet[int]
) -> tuple[list[Per], list[int]]:
    """Take the denominators out of s[a:b]; return them and the other positions."""
    pers: list[Per] = []
    kept: list[int] = []
    j = a
    while j < b:
        ch = s[j]
        if j in dates:
            j += 1
            continue
        if ch == "每" and j not in covered:
            read = _read_per_body(s, j + 1, b)
            if read is None:
                raise fail(msg("unreadable denominator after 每"), text, j)
            pers.append(read[0])
            j = read[1]
            # 每人年: per person per year
            while j < b and s[j] in _TIMES and (j + 1 == b or s[j + 1] in "的 "):
                pers.append(_per(Decimal(1), None, s[j]))
                j += 1
            continue
        word = _PER_WORDS.match(s, j, b) if ch in _PER_WORD_STARTS else None
        if word is not None and word.group(2) and word.end() < b and s[word.end()] not in "约近达":
            word = None  # 校均配备…, 学校均已…: per, or all? _PER_OR_ALL refuses it
        if word is not None:
            if word.group(4):
                amount = Decimal(1000 if word.group(4) == "千" else 10000)
                pers.append(_per(amount, None, "人口"))
            else:
                chars = word.group(1) or word.group(2) or word.group(3)
                pers.extend(_per(Decimal(1), None, g) for g in chars)
            j = word.end()
            continue
        kept.append(j)
        j += 1
    while kept and s[kept[-1]] == " ":
        kept.pop()
    return pers, kept


def _change(words: str) -> tuple[Measure | None, Direction | None, int, range]:
    """The change word that governs the figure, and the characters it takes.

    At the end of ``words`` it takes that many end characters; where subject
    words follow it (提高到现在的年人均3900元), it takes its place in ``words``.
    """
    if _CHANGE_CHARS.isdisjoint(words):
        return None, None, 0, range(0)
    matched = _CHANGE.search(words)
    if matched is not None:
        word = matched.group(1)
        compound = any(words[: matched.start() + len(word)].endswith(w) for w in _NOT_CHANGES)
        if not compound and (matched.group(2) or word not in _ONLY_TO):
            change = Measure.LEVEL if matched.group(2) else Measure.INCREMENT
            return change, _CHANGES[word], len(matched.group()), range(0)
    inner = max(_CHANGE_TO_ANY.finditer(words), key=lambda m: m.start(), default=None)
    if inner is not None:
        return Measure.LEVEL, _CHANGES[inner.group(1)], 0, range(inner.start(), inner.end())
    # 增加入学名额1.25万个: a change word first, its object after
    adverbs = _ADVERBS.match(words)  # matches always, if only the empty string
    first = _CHANGE_FIRST.match(words, adverbs.end() if adverbs else 0)
    if (
        first is not None
        and first.group(1) not in _ONLY_TO
        and not any(words.startswith(w, first.start()) for w in _NOT_CHANGES)
    ):
        return Measure.INCREMENT, _CHANGES[first.group(1)], 0, range(0)
    return None, None, 0, range(0)


# 高于全国平均水平3个百分点: a comparison word, then words that name another figure
_REFERENCES = re.compile("平均|上年|去年|同期|上月|目标")
_COMPARING = frozenset(
    w
    for w, c in _PREFIX_COMPARATORS.items()
    if (c in (Comparator.MORE_THAN, Comparator.LESS_THAN) or w.startswith(("不", "未", "没")))
    and not w.startswith("突破")
)
# 比上年多3000人, 较上年高出2个百分点, 高出全国平均水平2个百分点: a difference
# from another figure, refused
_COMPARISON = re.compile("[比较][^比较]{0,16}[多少高低]出?$|[高低多超]出")
# 最高达5000元, 最高已达3万人次, 上限达到: a peak reached or a cap, refused
_PEAK = re.compile("最高|上限|峰")


def _compares(inner: re.Match[str], words: str, end: int) -> bool:
    """Whether the comparator ``inner`` compares with another figure named before ``end``."""
    return inner.group() in _COMPARING and _REFERENCES.search(words, inner.end(), end) is not None


def compared_at(words: str) -> int | None:
    """Where a comparison with another figure starts in the words right before a figure.

    After 比上年多, 高出 or 高于上月 the figure is a difference, which the parser
    refuses; the scanner widens a phrase it finds over these words, so that
    the phrase is refused too rather than read as a bare figure.  ``words``
    are one clause, ending where the figure (or the word that governs it)
    starts.
    """
    comparison = _COMPARISON.search(words)
    if comparison is not None:
        return comparison.start()
    inner = _INNER_COMPARATOR.search(words)
    if inner is not None and _compares(inner, words, len(words)):
        return inner.start()
    return None


def _inner_comparator(text: str, words: str, end: int, kept: list[int]) -> re.Match[str] | None:
    """A comparator before the subject words it bounds: 不超过总医疗费10%.

    One that does not bound the figure is refused: in 收入低于低保标准的家庭3000户
    it is inside a clause that 的 ends (where 的 before the figure, as in
    达到城市社区的60%, is "of"), and in 高于全国平均水平3个百分点 it compares
    with another figure, so that the figure is a difference.
    """
    if _INNER_CHARS.isdisjoint(words):
        return None
    inner = _INNER_COMPARATOR.search(words, 0, end)
    if inner is not None:
        between = words[inner.end() : end]
        if "的" in between.rstrip(" ")[:-1] or _compares(inner, words, end):
            position = kept[inner.start()]
            raise fail(msg("a comparator that does not bound the figure"), text, position)
    return inner


def _about_at_end(words: str) -> str | None:
    """The about word that ends ``words`` (约, 将近), unless a longer word ends there (签约)."""
    about = _longest_at_end(words, _ABOUTS_BY_LAST)
    if about is not None and words.endswith(NOT_ABOUTS):
        return None
    return about


def _refuse_unbounded(
    text: str, words: str, found: tuple[str | None, bool, bool], kept: list[int]
) -> None:
    """Refuse the words before a figure where they leave its meaning open.

    - 校均配备… or 学校均已…: per school, or all schools?
    - 最高 alone, with no denominator before it: 每户最高2000元 caps the figure,
      but 单日客流最高5万人次 is a peak; 最高达 and 最高已达 are a peak or a cap.
    - A negation right before the figure or its comparator (不是3个,
      并非不少于3个).  The negated comparators minsheng reads (不超过, 未满)
      are words of their own, so they never reach here.
    - A comparison (比上年多3000人, 比全国低3个百分点, 高出…), unless a change
      word ends it (比上年提高3个百分点): the figure is a difference.

    ``found`` is the comparator word that ends ``words``, whether a change word
    ends them, and whether a denominator was read before; ``kept`` holds the
    positions of ``words`` in the text.
    """
    end_word, change_at_end, per = found
    per_or_all = _PER_OR_ALL.search(words)
    if per_or_all is not None:
        position = kept[per_or_all.start()]
        raise fail(msg("均 after a place: per each, or all of them?"), text, position)
    if end_word == "最高" and not per:
        raise fail(msg("最高 before a figure: a cap or a peak?"), text, kept[len(words) - 2])
    head = words[: len(words) - len(end_word or "")].rstrip(" ")
    peak = _PEAK.search(head) if end_word in ("达", "达到") else None
    if peak is not None:
        position = kept[peak.start()]
        raise fail(msg("最高达: a peak reached or a cap, the phrase does not say"), text, position)
    for negation in NEGATIONS:
        if head.endswith(negation):
            raise fail(msg("a negation before the figure"), text, kept[len(head) - len(negation)])
    comparison = None if change_at_end else _COMPARISON.search(words)
    if comparison is not None:
        position = kept[comparison.start()]
        raise fail(msg("a comparator that does not bound the figure"), text, position)


def _before(  # noqa: PLR0913, PLR0917 - the text, its span and what is already known
    s: str,
    text: str,
    a: int,
    b: int,
    covered: AbstractSet[int],
    dates: AbstractSet[int] = frozenset(),
) -> _Before:
    """Read the words before a figure: subject words, 每…, comparators, 约, changes."""
    if a >= b:
        return _NOTHING_BEFORE
    pers, kept = _pers_before(s, text, a, b, covered, dates)
    words = "".join([s[k] for k in kept])
    approximation = None
    about = _about_at_end(words)
    if about is not None:
        approximation = Approximation.ABOUT
        del kept[len(kept) - len(about) :]
        while kept and s[kept[-1]] == " ":
            kept.pop()
        words = "".join([s[k] for k in kept])
    change, direction, tail, inside = _change(words)
    comparator = None
    by_change_word = False
    consumed: set[int] = set(inside)  # indices into kept
    end_word = _longest_at_end(words, _COMPARATORS_BY_LAST)
    if end_word is not None and any(words.endswith(w) for w in _NOT_COMPARATORS):
        end_word = None  # 下达 is "allocate", not 达
    _refuse_unbounded(text, words, (end_word, tail > 0, bool(pers)), kept)
    if end_word is not None:
        comparator = _PREFIX_COMPARATORS[end_word]
        # 由8%降至7%: 降至 makes a level, not a bound; 缩减至不超过 still bounds
        by_change_word = change is Measure.LEVEL and end_word.startswith(_CHANGE_STARTS)
        tail = max(tail, len(end_word))
        about = _about_at_end(words[: len(words) - tail].rstrip(" "))
        if about is not None and approximation is None:
            approximation = Approximation.ABOUT  # 约达到3000人
            tail = len(words) - len(words[: len(words) - tail].rstrip(" ")) + len(about)
    else:
        inner = _inner_comparator(text, words, len(words) - tail, kept)
        if inner is not None:
            comparator = _PREFIX_COMPARATORS[inner.group()]
            consumed.update(range(inner.start(), inner.end()))
    if approximation is None:
        about_word = words.find("约合", 0, len(words) - tail)
        if about_word >= 0:
            approximation = Approximation.ABOUT
            consumed.update((about_word, about_word + 1))
    from_word = None
    gap = 0
    rest = words[: len(words) - tail]
    if not tail and rest.endswith(("到", "至")):
        raise fail(msg("到 or 至 with no change word before the figure"), text, kept[len(rest) - 1])
    if not tail and ("由" in rest or "从" in rest):
        for skip in range(5):
            if rest[: len(rest) - skip].endswith(_FROM_WORDS):
                from_word, gap = kept[len(rest) - skip - 1], skip
                consumed.add(len(rest) - skip - 1)
                break
    subject = [k for n, k in enumerate(kept[: len(kept) - tail]) if n not in consumed]
    _check_subject(s, text, subject, covered)
    return _Before(
        comparator, approximation, tuple(pers), change, direction, from_word, gap, by_change_word
    )


NEGATIVE = "负"
"""Refused right before a figure (正负5% is "plus or minus"), but in 减负, a word."""
NEGATIVE_GROWTH = "负增长"
"""Refused: 负增长3% is growth of -3 %, or a fall of 3 %, which one a Reading cannot say."""


ROUGH_PLACES = frozenset(PLACES) | frozenset(BIG)  # 数 before one: 数十万, a rough count
DECIMAL_ROUGH = re.compile("[0-9" + "".join(DIGITS) + "十]点几")
_ROUGH_AFTER = ("有余", "开外", "出头")  # after a figure: more than it, by how much unsaid
_NOT_PARTIAL = ("半导体", "半岛", "半径", "折合", "折旧", "折算")  # words, not 一半 or 八折


def refuse_rough_after(s: str, text: str, j: int) -> None:
    """Refuse words right after a figure that make it rough: 95%强, 3000人有余, 一年半, 两位数."""
    if j >= len(s):
        return
    if s[j] in SLIGHTLY and not (j + 1 < len(s) and _is_word_char(s[j + 1])):
        raise fail(msg("强 or 弱 after a figure: a little more or less"), text, j)
    if s.startswith(_ROUGH_AFTER, j):
        raise fail(msg("有余, 开外 or 出头 after a figure: more, by how much unsaid"), text, j)
    if s[j] in PARTIAL and not s.startswith(_NOT_PARTIAL, j):
        raise fail(msg("半, 折 or 兆 after a figure: a form minsheng does not read"), text, j)
    if s[j] == "数" and j and s[j - 1] == "位":  # 两位数增长: at least 10 %, not 2
        raise fail(msg("位数 after a figure: a number of digits, not a figure"), text, j - 1)


def counts(unit: str | None) -> bool:
    """Whether a unit counts things (个, 条) rather than measures time, length or money."""
    return unit is None or unit not in UNITS or UNITS[unit].kind is UnitKind.CLASSIFIER


def times(unit: str | None) -> bool:
    """Whether a unit measures time (个工作日, 小时): 内 after it is "within"."""
    return unit is not None and unit in UNITS and UNITS[unit].kind is UnitKind.DURATION


def vocabulary() -> frozenset[str]:
    """Every character the parser gives meaning to (tests check it against OpenCC)."""
    words: list[str] = [
        *_PREFIX_COMPARATORS, *_SUFFIX_COMPARATORS, *_ABOUT_PREFIXES, *_ABOUT_SUFFIXES,
        _MORE_THAN, *_CHANGES, *_FROM_WORDS, *_PER_NOUNS, *_PER_CLASSIFIERS, *_UNIT_WORDS,
        "".join(NUMERAL_CHARS), "每人均点成分之翻番倍到至为了及以上下内〇—~处理补助",
        _WORDS.pattern, _DATE.pattern, *_NOT_COMPARATORS, *_NOT_CHANGES, _ADVERBS.pattern,
        NEGATIVE_GROWTH, "减" + NEGATIVE, *NEGATIONS, ROUGH, SLIGHTLY, *NOT_ABOUTS, PARTIAL,
    ]  # fmt: skip
    return frozenset("".join(words)) - frozenset(" ()[]?:|*+^!=\\-0123456789{},")
