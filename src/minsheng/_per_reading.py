"""Reading the denominators before a figure: 每千名常住人口, 人均, 日处理, 单台, 一年两次.

:func:`_pers_before` takes them out of the words before a figure, each read
from 每 and what follows it or from a word that stands for one (the words are
:mod:`minsheng._per_words`'); :func:`period_before` reads the period a number
of times is per (一年两次).  :mod:`minsheng._governing` reads the rest of the
words around the figure.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from decimal import Decimal

from minsheng._i18n import msg
from minsheng._numerals import (
    BIG,
    DIGITS,
    NUMBER_CHARS,
    PLACES,
    STARTS,
    fail,
    read_number,
)
from minsheng._patterns import compiled
from minsheng._per_words import (
    _PER_CLASSIFIERS,
    _PER_NOUNS,
    _PER_WORD_STARTS,
    _PER_WORDS,
    _TIMES,
)
from minsheng._quantity import Per
from minsheng._unit_words import (
    _UNIT,
    _UNIT_WORDS,
)
from minsheng._units import UNITS

# 人均月收入: a time right after a denominator word is one too (not 日常, 年龄, 年级)
_TIME_AFTER_AVERAGE = compiled("[年月日](?![常龄级度份初底末])")
_TIMES_SET = frozenset(_TIMES)


def _per(amount: Decimal, classifier: str | None, noun: str) -> Per:
    """A denominator as the model keeps it: a noun that is a unit (人, 年) is its unit."""
    if classifier is None and noun in UNITS:
        return Per(amount, noun, None)  # 每人, 每年: no subject
    return Per(amount, classifier, noun)  # 每千名常住人口, 每月, 每个学生


# 一年两次, 每人一年2次: a number of times right after a period is per that period
# (a period before other figures is the span of time they are counted over:
# 三年新增学位3000个).  Not after 第, 每 or another numeral: 第一年2次, 十一年2次,
# 每两年1次 (每 reads that period already); after 近 (近三年两次: the past three
# years?) the reading refuses it, and 近三年内 is a span of the past.
_YEARS_COUNT = "".join(sorted({c for c, v in DIGITS.items() if v} | {"十"}))  # 一…九, 十
_NOT_PERIOD_AFTER = f"(?<![每第{NUMBER_CHARS}])"
_PERIOD = compiled(f"{_NOT_PERIOD_AFTER}[{_YEARS_COUNT}]+年 *$")
_PERIOD_WITHIN = compiled(f"{_NOT_PERIOD_AFTER}(?<![近前])[{_YEARS_COUNT}]+年内")  # 三年内检查1次
# 一年免费体检1次, 一年不少于2次: a period among the words, the span its times are
# counted over (a fourth hunt's: the times read with no period)
# (not a span of the past, 三年来, 一年多来, 前三年, 过去一年, 近三年, nor a plan's name,
# 三年行动: a review's, read as rates)
_PERIOD_AMONG = compiled(
    f"{_NOT_PERIOD_AFTER}(?<![前近去])[{_YEARS_COUNT}]+年(?![内底末初度级前后以之来多间中行规计期])"
)


def period_before(
    s: str, start: int, unit: str | None, words: int = 0
) -> tuple[int, int, Per] | None:
    """The period that a number of times at ``start`` is per: where it starts and ends.

    一年两次 is twice per year, 两年一次 once per two years, and 三年内免费检查1次
    once per three years, where the period within which starts the words
    (at ``words``) before the figure.
    """
    if unit != "次":
        return None
    period = _PERIOD.search(s, max(0, start - 6), start)
    if period is None:
        period = _PERIOD_WITHIN.search(s, words, start) or _PERIOD_AMONG.search(s, words, start)
        if period is None or "每" in s[period.end() : start]:  # 三年内每年1次: per year
            return None
    number = read_number(s, period.start(), s)
    if number is None:
        return None
    return period.start(), period.end(), _per(number.value, None, "年")


def read_each(s: str, i: int, stop: int) -> tuple[Per, int] | None:
    """Read the denominator after 每 at ``i`` (as :func:`_read_per_body`).

    ``None`` also where a range goes on from it: 每0.5公里至1公里
    (left by a review of the twenty-sixth hunt: the count after it read with no
    denominator) is no one denominator; 每年至3月底前 is per year.
    """
    read = _read_per_body(s, i, stop)
    if read is None:
        return None
    ranged = _RANGE_ON.match(s, read[1])
    # (a range to another unit too: 每500米至1公里, 每30分钟至1小时, a review's; but not
    # to a date, 每年至3月底前, 每月至15日前: by then)
    return None if ranged is not None and not s.startswith(_DATES, ranged.end()) else read


_DATES = ("月", "日", "号", "时", "点")
_RANGE_ON = compiled(" *(?:至|到|~|～|-|—|－) *[0-9０-９.,一二两三四五六七八九十百千万]+ *")


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
        unit = _UNIT.match(s, j)
        if unit is not None and unit.end() <= stop:  # 元/千瓦时: a unit, not 1000 瓦时
            return _per(amount, None, _UNIT_WORDS[unit.group()]), unit.end()
        amount, j = Decimal(10) ** (PLACES | BIG)[s[j]], j + 1
    if amount <= 0:
        return None  # 每0人 is no denominator
    classifier = None
    for word in _PER_CLASSIFIERS:
        if s.startswith(word, j) and any(s.startswith(n, j + 1) for n in _PER_NOUNS):
            classifier, j = word, j + 1
            break
    else:
        if s.startswith("张床位", j):  # 每张床位 (not 每张年票, 每张学生证: a review's)
            classifier, j = "张", j + 1
    for noun in _PER_NOUNS:
        if s.startswith(noun, j) and j + len(noun) <= stop:
            if noun == "班" and s.startswith(_NOT_A_CLASS, j + 1):
                continue  # 每班次, 每班车, 每班组, 每班主任: not a class (班次 is a unit)
            return _per(amount, classifier, noun), j + len(noun)
    found = _UNIT.match(s, j)
    if found is not None and classifier is None and found.end() <= stop:
        return _per(amount, None, _UNIT_WORDS[found.group()]), found.end()
    return None


# A place after 每 that a noun of what it holds follows: 每个村卫生室, 每个社区食堂,
# 每个乡镇卫生院, 每个村民小组 count clinics, canteens and groups, not places
_NOT_A_CLASS = tuple("次车组子机轮长主")  # 班次, 班车, 班组, 班子, 班机, 班轮, 班长, 班主任
_PLACES_THAT_HOLD = frozenset(
    ("村", "村民", "社区", "乡镇", "街道", "县", "镇", "乡", "区", "家庭", "学校", "行政村")
)
_HELD = (
    "卫生", "小组", "民小组", "委会", "居委会", "食堂", "幼儿园", "小学", "中学", "学校",
    "养老", "服务", "综合", "文化", "医", "集体", "干部", "书记",
    "级", "农场",  # a seventh hunt's: 每个村级综合服务中心, 每个家庭农场
)  # fmt: skip
# and a fourteenth hunt's nouns, where a word runs on from them (a review's: 每位企业家
# read as per firm, 每个项目经理 and 每个项目点 as per project, 每张床位数 as per bed)
_RUNS_ON = {
    "企业": ("家", "职工", "员工", "园区", "孵化"),
    "项目": ("经理", "点", "组", "区", "部", "负责"),
    "站点": ("长",),
    "机构": ("改革",),
    "托位": ("数", "费"),
    "床位": ("数", "费"),
}


_AGE_OF = compiled(
    "(?:寿命|年龄|岁数)[^，。；,;]{0,8}?(?:[0-9]{1,3}|[一二三四五六七八九十]{1,4}) *周?岁"
)
_LARGEST = compiled("(?:最大|最高的)(?![^，。；,;]{0,60}?(?:不超过|不得超过|不高于|控制在))")


def _per_word(s: str, text: str, j: int, b: int) -> re.Match[str] | None:
    """The denominator's word without 每 at ``j`` (人均, 日处理, 单台), if one is there."""
    word = _PER_WORDS.match(s, j, b)
    if word is None:  # 月补贴300元: a look past b at the amount
        word = _PER_WORDS.match(s, j)
        word = word if word is not None and word.end() <= b else None
    if word is not None and word.group(2) and word.end() < b and s[word.end()] not in "约近达":
        return None  # 校均配备…, 学校均已…: per, or all? _PER_OR_ALL refuses it
    if word is not None and word.group(8) and _LARGEST.search(s, word.end(), b):
        # 单笔金额最大的为3000万元, 单户最大受灾面积: the largest one, a peak (a review's;
        # but 单笔最大贷款额度不超过50万元 caps each one)
        raise fail(msg("单 and 最大 before a figure: the largest one, not each"), text, j)
    return word


def _pers_before(  # noqa: PLR0913, PLR0917 - the text, its span and what is already known
    s: str, text: str, a: int, b: int, covered: AbstractSet[int], dates: AbstractSet[int]
) -> tuple[list[Per], list[int]]:
    """Take the denominators out of s[a:b]; return them and the other positions."""
    pers: list[Per] = []
    kept: list[int] = []
    first = b  # where the first denominator's word without 每 starts (人均)
    j = a
    while j < b:
        ch = s[j]
        if j in dates:
            j += 1
            continue
        if ch == "每" and j not in covered:
            read = read_each(s, j + 1, b)
            if read is None:
                raise fail(msg("unreadable denominator after 每"), text, j)
            subject = read[0].subject
            if (subject in _PLACES_THAT_HOLD and s.startswith(_HELD, read[1], b)) or (
                subject in _RUNS_ON and s.startswith(_RUNS_ON[subject], read[1], b)
            ):
                # 每个村卫生室补助2万元: per clinic, not per village (a sixth hunt's)
                reason = msg("a denominator whose noun runs on: per place, or per what it holds?")
                raise fail(reason, text, j)
            pers.append(read[0])
            j = read[1]
            # 每人年: per person per year
            while j < b and s[j] in _TIMES and (j + 1 == b or s[j + 1] in "的 "):
                pers.append(_per(Decimal(1), None, s[j]))
                j += 1
            continue
        word = _per_word(s, text, j, b) if ch in _PER_WORD_STARTS else None
        if word is not None:
            first = min(first, j)
            if word.group(4):
                amount = Decimal(1000 if word.group(4) == "千" else 10000)
                pers.append(_per(amount, None, "人口"))
            elif word.group().startswith(("小时", "时")):
                pers.append(_per(Decimal(1), None, "小时"))
            else:
                chars = (word.group(1) or word.group(2) or word.group(3) or word.group(6)) or (
                    word.group(7) or word.group(8)
                )
                if not (
                    _TIMES_SET.issuperset(chars)
                    and _STOCK.search(s, word.end(), b)
                    and not _FLOW_VERB.search(s, word.end(), b)
                ):
                    # (年均贷款余额3000亿元, 年均常住人口120万人: an average level, a
                    # fifteenth hunt's, read per year; 年均增长, 年均支出 are per year)
                    pers.extend(_per(Decimal(1), None, g) for g in chars)
            j = word.end()
            per_whom = word.group(1) and not _TIMES_SET.issuperset(word.group(1))
            time = _TIME_AFTER_AVERAGE.match(s, j, b) if per_whom else None  # not 年均日照
            if time is not None:  # 人均月收入, 人均日2小时: per person per month, per day
                pers.append(_per(Decimal(1), None, time.group()))
                j = time.end()
            continue
        kept.append(j)
        j += 1
    while kept and s[kept[-1]] == " ":
        kept.pop()
    if pers and s.startswith("人均", first) and _AGE_OF.search(s, first, b):
        # 人均预期寿命超过80岁的国家有30个 (a review's: 30 个 per person): 人均 of a life's
        # length or an age, whose figure is the age's (not 日均接待超过60岁的老年人3000人次,
        # 每户户主年龄超过60岁的补贴500元: the figure's, a second review's)
        reason = msg("人均 before an age (人均预期寿命80岁以上): the age's, not the figure's")
        raise fail(reason, text, a)
    return pers, kept


_STOCK = compiled(
    "(?:余额|存量|存栏|保有量|常住人口|户籍人口|在校生|在园|在册|库存)[\u4e00-\u9fff]{0,3}"
    "(?:为|达到|达|约|是)? *$"
)
"""What a year's average of is a level, not a flow per year: a balance, a stock, a head
count right before the figure (年均贷款余额, 年均存栏生猪, 年均常住人口), with no verb of a
flow between (年均新增常住人口3万人, 年均盘活存量土地3000亩 are a year's, a review's)."""
_FLOW_VERB = compiled(
    "新增|增加|增长|净增|减少|下降|化解|盘活|处置|消化|交易|流入|流出|发放|投放|支出"
)
