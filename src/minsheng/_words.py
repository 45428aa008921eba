"""The parser's vocabulary.

The closed set of words the parser gives meaning to: comparator and
approximation words, comparatives and verbs; the denominators are
:mod:`minsheng._per_words`, the units :mod:`minsheng._unit_words`, the change words
:mod:`minsheng._change_words`, and the words that hold a numeral but no figure
:mod:`minsheng._no_figure`.
:mod:`minsheng._governing` reads the words around a figure with it; see
:mod:`minsheng._parse`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from minsheng._change_words import (
    _CHANGE_STARTS,
    _CHANGES,
    _STILL,
    CHANGE_WORDS,
)
from minsheng._numerals import BIG, DIGITS, PLACES, STARTS
from minsheng._patterns import compiled
from minsheng._quantity import Comparator
from minsheng._status_words import BEING_BUILT
from minsheng._units import UNITS, UnitKind

CAPS = (
    "最高",
    "最高为",  # (津貼期最長為18個月, 每人每月最高为500元: a twenty-eighth hunt's, exact)
    "最长为",
    "最长是",
    "最高可达",
    "最高可达到",
    "上限",
    "上限为",
    "上限是",
    "封顶",
    "最长",
    "最迟",
    "至高",
)
"""Words that cap a figure right before it (每户最高2000元), but name a kind of limit
inside subject words (大病保险最高支付限额40万元): never read there, nor refused."""
FLOORS = (
    "最低",
    "最低为",
    "下限",
    "下限为",
    "下限是",
    "最短",
    "最短为",
)  # 最短3个月, as 最长36个月
LEVEL_CAPS = (
    "压缩为", "压缩至", "压缩到", "降至", "降到", "降低到", "降低至", "缩短至", "缩短到",
    "缩短为", "精简为", "精简至", "减少到", "减少至", "控制在",
    "压减到", "压减至", "压减为",  # a sixth hunt's: 压减到28个工作日 had no cap
)  # fmt: skip
"""Words that bring a figure down to a level, a cap (<=) of a single figure: before a
range (缩短为15-20日, 控制在2—3%) the range is that level, and no cap is lost."""
"""Like CAPS, from below: 每月最低144小时, but 最低工资标准2000元 names the wage."""

MAN_WORDS = (
    "年满", "居住满", "参保满", "缴费满", "工作满", "服务满", "服役满", "任职满", "累计满",
    "连续满", "期满", "工龄满", "教龄满", "就业满", "经营满",
    # more services completed (入职满3年, 毕业满2年; not 已满: 名额已满3000个 is full)
    "入职满", "毕业满", "从业满", "执业满", "任教满", "在岗满", "落户满",
    "持证满", "注册满", "投保满", "就读满", "在读满", "入学满", "供款满",
    "缴存满", "缴纳满", "在职满", "入住满",  # (缴存满6个月: 住房公积金, a review's)
)  # fmt: skip
"""满 after what was completed: at least the figure (居住满6个月, 年满60周岁)."""
_PREFIX_COMPARATORS: dict[str, Comparator] = {
    word: comparator
    for comparator, words in {
        Comparator.AT_LEAST: (
            "不少于", "不低于", "不小于", "不下于", "至少", "达到", "达", "确保达到", "确保",
            "不下", "最少", "起码", "未低于", "未少于", "大于等于", "大于或等于", *FLOORS,
            # 居住满6个月, 参保满15年 (a seventeenth hunt's: read as exact); not 满 alone,
            # which is "about to reach" after 快要 or 差3天 and "full of" after 住, 蓄
            *MAN_WORDS,
            "≥", "≧", ">=", "≮",  # 覆盖率≥90%: a target table's signs (＞ is folded to >)
            "不得低于", "不得少于", "不应低于", "不应少于", "不能低于", "不能少于",
        ),
        Comparator.MORE_THAN: (
            "超过", "多于", "高于", "大于", "突破", "超逾", "逾", "超", "不止", ">",
            # 将破1200万: past 12 million (破 alone ends 跌破, below, and 降破)
            "将破", "已破", "首破", "再破", "或破", "有望破", "首次破",
        ),
        Comparator.AT_MOST: (
            "不超过", "不超", "不高于", "不多于", "不大于", "至多", "最多", "压缩为", "压缩至",
            # must not exceed: 不得超过100万元 read as more than 1,000,000 (超过)
            "不得超过", "不应超过", "不宜超过", "不能超过", "不会超过", "不可超过", "不得高于",
            "不得多于", "不得大于", *LEVEL_CAPS, "未超过", "没有超过", "没超过",
            "小于等于", "小于或等于", "至多为", "≤", "≦", "<=", "≯", "最高不超过",
            "上限不超过", "最长不超过",
            "最迟不超过", *CAPS,
        ),
        Comparator.LESS_THAN: (
            "低于", "少于", "小于", "不满", "不到", "不足", "不及", "未满", "未达到", "未达",
            "没有达到", "没达到", "不够", "跌破", "<",
            "跌穿",  # 總數跌穿4萬人 (Hong Kong's, a thirty-third hunt's: read as exact)
        ),
    }.items()
    for word in words
}  # fmt: skip
_SUFFIX_COMPARATORS = {
    "为上限": Comparator.AT_MOST,  # 以每户1500元为上限
    "为限": Comparator.AT_MOST,
    "为下限": Comparator.AT_LEAST,
    "之内": Comparator.AT_MOST,
    "封顶": Comparator.AT_MOST,
    # 60周岁（含）以上, 3000元（不含）以下: a fourth hunt's, found without the bound
    # (and 60周岁以上（含）: the bracket after the bound)
    **{
        bound: comparator
        for o, c in (("（", "）"), ("(", ")"))
        for word, end, comparator in (
            ("含", "以上", Comparator.AT_LEAST),
            ("含", "以下", Comparator.AT_MOST),
            ("不含", "以上", Comparator.MORE_THAN),
            ("不含", "以下", Comparator.LESS_THAN),
        )
        for bound in (f"{o}{word}{c}{end}", f"{end}{o}{word}{c}")
    },
    "及以上": Comparator.AT_LEAST,
    "或以上": Comparator.AT_LEAST,  # 75歲或以上
    "以上": Comparator.AT_LEAST,
    "及以下": Comparator.AT_MOST,
    "或以下": Comparator.AT_MOST,
    "以下": Comparator.AT_MOST,
    "以内": Comparator.AT_MOST,
    # 月用电量在180度及以内 (a twenty-fifth hunt's: found as exactly 180, without it)
    "及以内": Comparator.AT_MOST,
    "或以内": Comparator.AT_MOST,
    "及其以内": Comparator.AT_MOST,
    "及其以下": Comparator.AT_MOST,
    "及其以上": Comparator.AT_LEAST,
    "内": Comparator.AT_MOST,
}
_ABOUT_PREFIXES = (
    "大约", "将近", "接近", "差不多", "几乎", "近乎", "约为", "约有", "约占", "约计", "约莫",
    "约是", "约等于", "约相当于", "大约相当于", "大概", "大致", "估计", "约", "近", "直逼",
)  # fmt: skip
NOT_ABOUTS = (
    "签约", "预约", "节约", "履约", "集约", "违约", "特约", "制约", "契约", "条约", "公约",
    "守约", "网约", "合约", "依约", "相约", "解约", "续约", "如约", "邀约", "应约",
    # a twentieth hunt's: 纽约800万人口 read as about 8 million (New York), 赴约, 失约
    "纽约", "赴约", "失约", "爽约", "隐约", "婚约",
    "就近", "附近", "邻近", "最近", "靠近", "亲近",
)  # fmt: skip
"""Words that end in 约 or 近 and do not make a figure approximate: 签约3000人 is exact."""
_NOT_ABOUT_BEFORE = "".join(sorted(w[0] for w in NOT_ABOUTS if w.endswith("约")))
FREE_ABOUT = compiled(f"(?<![{_NOT_ABOUT_BEFORE}])约(?![谈见请定束])")
"""A 约 of "about", not of a word (签约, 约谈, 约定)."""
NEGATIONS = ("并非", "不是", "没有", "非", "没", "未", "无", "不", "否", "冇", "唔")
# (冇, 唔: Cantonese, 冇加1000元 and 唔會加 in Hong Kong texts, a review's)
"""Words that negate what follows: right before a figure, or before a comparator that
is not one of the negated ones above (未超过 is), they are refused, never skipped."""
NEGATED = compiled(
    # (not 不得不 or 不能不: a double negation, "must")
    "(?<!不[得能可])"
    f"(?:禁止|严禁|切勿|勿|{'|'.join(n for n in NEGATIONS if n not in ('非', '否'))}"
    # (not 是否, 能否, 可否: a question, which negates nothing: a review's 是否在30天内)
    "|(?<![南除莫是])非|(?<![是能可与])否)"
    " *(?:再|曾|会|能|得|必|应|可|要|需要|需|须|用|宜|准|许|予|有|致)?"
    " *(?:得再|再)? *(?:新增|新建|建成|完成)?"
    # 未在5分钟内到达, 不能在3天内办结 (a twentieth hunt's: read as within the time)
    " *在? *$"
)
"""A negation at the end of words, with a modal after it: before a change word (未减少3000人,
不再增加) the change did not happen, or must not; never 不断增长 (continuously)."""
COUNTED_IN = compiled(
    "(?:计入到?|(?<![预合共总累估统])计在|纳入|算入|算在|并入|归入|含在|包括在|包含在|列入) *$"
)
NEGATED_WITHIN = compiled(
    "(?<![是能可与])(?:未能|没能|没有|无法|不能|难以|未|没)[^，。；,;:：\n0-9在于]{0,4}?[在于]"
    "[^，。；,;:：\n0-9]{0,8}$"
)
"""未在规定的5个工作日内, 无法在5分钟内, 未按规定在5日内: a negation, then 在 or 于 and
words before a time limit (a review's: read as within the time).  Only before a time
and 内 (:data:`TIME_WITHIN`): 未在本市就业的3000人 counts people."""
TIME_WITHIN = compiled(
    # (at most 40 characters of a figure: an unbounded run made the scan quadratic in
    # a run of 9.9.9.…, as the benchmark's runs found)
    "[0-9.一二两三四五六七八九十百千]{1,40} *(?:个)?"
    "(?:工作日|自然日|日|天|小时|分钟|周|个月|月|年) *(?:以)?内"
)
"""A time limit: 5个工作日内, 30分钟以内."""
"""Words of counting a figure in a total: 计入3万个内 says which target it counts toward,
not that it is at most 30,000 (a twentieth hunt's)."""
ROUGH = "几来数"
"""几, 来 and 数 next to a numeral (几十, 二十几, 十来个, 数十万) make a rough count."""
PARTIAL = "半折兆"
"""半, 折 and 兆 after a figure (一年半, 八折, 1.5兆) say what minsheng does not read."""
SLIGHTLY = "强弱"
"""强 and 弱 after a figure (95%强) mean a little more or less: refused."""
_ABOUT_SUFFIXES = ("左右", "上下")
PLANNED = compiled(
    "预计|预期(?!寿命)|预估|计划(?!生育|单列|内|外)|目标(?=[为是]?[0-9一二三四五六七八九十两])|力争|争取"
    "|拟(?!定)|(?<![已并])将(?!近|来)|有望|可望"
)
"""预计5100个, 预估, 计划新增5100个, 力争, 目标5100个: the words of a plan or a forecast,
which the parser reads past as subject words; an outcome that holds one is no outcome.  Not
将近 (nearly), 预期寿命, 计划生育 (family planning), 目标人群 or 拟定."""
PLANNED_CHARS = frozenset("预預计計目力争爭拟擬将將有可")
"""The first characters of PLANNED's words, in either script: a quick test before the search."""
UNDER_WAY = compiled(f"正在|{BEING_BUILT}|可(?:新增|增加|提供|容纳|满足|服务|实现)|建成后|投用后")
"""正在建设583.39公里, 在建, 可新增5100余个: work under way or a capacity, not what was
done (a trial's, read as the outcome; not 在建成区)."""
UNDER_WAY_CHARS = frozenset("正在啓启開开可建投")
"""The characters UNDER_WAY's words hold first, in either script: a quick test."""
BETWEEN = ("在", "介于")
"""Words before a range and 间 that make it "between" (在4至6间), not rooms."""
OTHER_BOUNDS = ("上方", "下方", "之上", "之下")
"""Bounds after a figure the parser refuses: 1200万上方 is above it, or at least it?"""
_OUTSIDE = ("之外", "以外")


def other_bound(s: str, k: int, unit: str | None) -> str | None:
    """The bound of :data:`OTHER_BOUNDS` at ``k``, after a figure in ``unit``, if one is there.

    After a place in a ranking, 之外 and 以外 too: 首度降到10名之外 (a twenty-ninth
    hunt's: out of the top ten, read as at most 10); not 除…1.5萬元之外 nor
    除了1000名之外, besides it.
    """
    found = next((w for w in OTHER_BOUNDS if s.startswith(w, k)), None)
    if found is None and unit in ("名", "位") and not _BESIDES.search(s, max(0, k - 24), k):
        found = next((w for w in _OUTSIDE if s.startswith(w, k)), None)
    return found


# (not 除了1000名之外, 除已录用的20名以外: besides so many people, a review's)
_BESIDES = compiled("(?<![扣剔去消排免废开解拆])除(?![此夕外])[^，。；,;]*$")


THRESHOLDS = (
    *(w + t for t in ("台阶", "关口") for w in ("", "新", "的", "大", "整数", "的新")),
    "大关",
    "的大关",
)
"""A threshold crossed, after its figure: 迈上6万亿元台阶, 跨越140万亿元关口 (a thirteenth
hunt's, read as exactly 6万亿元) are refused, at least it or past it?  Not after a
bound of its own: 突破1万亿元大关 is more than it, 跌破 less."""
# 3万上下游企业: words that start with 上下 and say no "about"
_NOT_ABOUT = ("上下游", "上下班", "上下学", "上下级", "上下车", "上下楼", "上下水", "上下联动")
_MORE_THAN = "余多"
# 高0.5个百分点, 少500人, 相差3个百分点: a bare comparative right before the
# figure, not the end of a word (提高, 最少, 降低, 身高, 误差, 顺差)
BARE_COMPARATIVE = compiled(
    "(?<![提最降增减较至不过很更太加升压调拉抬走贬误温落级价补身楼限塔层株坝])"
    "偏?[高低多少快慢]了? *$"
    "|(?<![误温落级价补顺逆时偏出])相?差 *$"
)


def bare_comparative(words: str, after: str) -> re.Match[str] | None:
    """A bare comparative that ends ``words`` (高0.5个百分点), where ``after`` follows them.

    Not before 达: 客流高达35万人次 is "as high as", no comparison.
    """
    return None if after.startswith("达") else BARE_COMPARATIVE.search(words)


NOT_NEAR = ("贴近", "走近", "拉近", "远近", "临近", "相约")
"""Words that end in 近 or 约 before a place word that is no number: 贴近百姓, 走近千家万户."""
_FROM_WORDS = ("由", "从", "自")
# 尋職津貼自每月5,000元提高至6,000元 (a twenty-eighth hunt's: the start found as a level,
# the target with no month): 自 before a figure or a denominator, and a change to a level
# later in its clause, is "from"; not 来自, 自行, a date (自7月起调整为500元, 自每年3月起:
# since, a review's) nor a range of ages (年龄自18岁至60岁)
FROM_SELF_START = (
    "(?<![来各独亲出源])自"
    "(?!(?:每[年月])?[0-9]+ *(?:月|日|号|年 *(?:起|以来|开始|至今|[0-9]+ *月)))"
    "(?=每|现行|现在|目前|原来?|[0-9])"
)
FROM_SELF = compiled(
    f"{FROM_SELF_START}"
    f"(?=(?:[^,。；;:!?\n]|(?<=[0-9]),(?=[0-9])){{1,30}}?(?:{CHANGE_WORDS})了?[到至为])"
)
_RANGE = compiled(r" *(?:—{1,2}|―|–|-|~|〜|至|到) *")
_PUNCTUATION = frozenset("“”‘’「」『』《》（）()、·—…- ")
_BOUNDS = frozenset(CAPS + FLOORS)
_PLAIN_COMPARATORS = "|".join(
    sorted(
        (w for w in _PREFIX_COMPARATORS if not w.startswith(_CHANGE_STARTS)),
        key=len,
        reverse=True,
    )
)
# (年均增长将超过7%, 年均增长要达到7%以上: a twenty-sixth hunt's, the change lost where a
# word of will or hope stood before the comparator)
_MODAL = "(?:将|要|可望|有望|预计|力争|应|须|需|必须|会)"
_CHANGE = compiled(
    f"({CHANGE_WORDS})了?(?:(?:{_STILL}|{_MODAL})(?={_PLAIN_COMPARATORS}))?([到至为])?"
    f"(?:{_PLAIN_COMPARATORS})?$"
)
# 成長35.4% (Taiwan, Hong Kong) is growth by 35.4 %; 健康成长3000人, growing up:
# right before a figure, 成长 is refused (成长率为7.37% is a rate's level)
GROWING = compiled(f"成长了?{_STILL}?(?:{_PLAIN_COMPARATORS})? *$")
_NOT_COMPARATORS = ("下达", "传达", "到达", "送达", "抵达", "表达", "转达", "通达")
LINE_BREAKS = "\n\r\u2028\u2029"
"""The characters that end a line; text copied from a page breaks lines anywhere."""
BLANKS = " \t\u3000"
"""The spaces between words on one line: a space, a tab, a full-width space."""

_AS_MUCH_AS = ("高达", "多达")
# the first character of a change word or a comparative that ends in 高 or 多:
# 提高, 调高, 拉高, 推高, 升高, 抬高, 增高, 增多; 较高, 更高, 偏高, 最高, 最多
_NOT_BEFORE_AS_MUCH_AS = frozenset("提调拉推升抬增走涨攀较更偏最")


def as_much_as(s: str, start: int, end: int) -> bool:
    """Whether ``s[start:end]`` ends in 高达 or 多达, which say "as high (many) as".

    客流高达35万人次 and 多达3000人 give the figure itself, no bound of it:
    their 达 is no 达 of a pledge (达到95%, at least).  After a change word
    (提高达, 调高达) or a comparative (较高达, 最高达) the words are read as before.
    """
    return s.endswith(_AS_MUCH_AS, start, end) and not (
        end - 3 >= start and s[end - 3] in _NOT_BEFORE_AS_MUCH_AS
    )


_INNER_WORDS = sorted(
    (
        w
        for w in _PREFIX_COMPARATORS
        if len(w) > 1
        and w not in _BOUNDS
        and not w.startswith(_CHANGE_STARTS)
        # (年满, 期满 bound only the figure right after them: 期满考核合格率95%, a review's)
        and w not in MAN_WORDS
    ),
    key=len,
    reverse=True,
)
# 不满3年 is under three years; 不满意0票 (dissatisfied: 0 votes) is a subject word.
_COMPARATOR_GUARDS = {
    "不满": "不满(?!意)",
    # a review's: 不超标天数300天 counts days within a standard, no cap; 不下乡
    # (never before another word: 不超生, 不下岗, 不下基层; 不超过 and 不下于 are words)
    "不超": "不超(?![\u3400-\u9fff])",
    "不下": "不下(?![\u3400-\u9fff])",
    # a thirteenth hunt's: 不及格率为2.61% read as under 2.61 %, 未达标水体3个 as under
    # three: a negation that is a noun's (failing, substandard, not in place, absent)
    # (but 不足额定容量的60%, 未达标准分的60%, 不到岗位总数的5%: a review's, still bounds)
    "不及": "不及(?!格|时(?!间))",
    "未达": "未达(?!标(?!准))",
    "不到": "不到(?!位|岗(?!位))",
    # (就业不足率为1.4%, 就業不足人數5,800人: underemployment, a twenty-eighth hunt's, read as
    # less than; 营养不足人口: a noun)
    # (but 不足人口的1%: less than 1 % of the people, a review's)
    "不足": "(?<!就业)(?<!营养)(?<!睡眠)不足(?!额(?!定)|(?:率|人数|人口|人群|人士|者)(?!的))",
    "未满": "未满(?!月(?!龄)|意)",
    # 规模以上工业, 限额以上单位: names of statistics, not a bound of the figure
    "以上": "以上(?<!规模以上)(?<!限额以上)",
    # 全年满意度95%: 年满 then 意度, no bound (a test of lines that end where a phrase does)
    **{w: f"{w}(?!意|足|员|载|分|月|怀|城|洲|族)" for w in MAN_WORDS},
}
_INNER_ALTERNATIVES = "|".join(_COMPARATOR_GUARDS.get(w, w) for w in _INNER_WORDS)
_INNER_COMPARATOR = compiled(f"(?:{_INNER_ALTERNATIVES})(?!.*(?:{_INNER_ALTERNATIVES}))")
# Words that govern a figure: left among subject words, they are refused, never skipped.
_GOVERNING = compiled(
    "|".join(
        _COMPARATOR_GUARDS.get(w, w)
        for w in sorted(
            {
                *(
                    w
                    for w in _PREFIX_COMPARATORS
                    if len(w) > 1 and w not in CAPS + FLOORS + MAN_WORDS
                ),
                *(w for w in _SUFFIX_COMPARATORS if len(w) > 1 and w not in CAPS + FLOORS),
                *(w for w in _ABOUT_PREFIXES if len(w) > 1),
                *_ABOUT_SUFFIXES,
                "约合",
                "百分点",
                "分之",
                *(c + m for c in _CHANGES for m in "到至为"),
            },
            key=lambda w: (-len(w), w),  # longest first; the text is the same in every process
        )
    )
)
_INNER_CHARS = frozenset(w[0] for w in _INNER_WORDS)
_GOVERNING_CHARS = frozenset(w[0] for w in _GOVERNING.pattern.split("|"))
_NOT_AFTER = frozenset("约近余多超逾达不每—~-至")  # right after a figure, these would govern it
_START_RE = compiled("[" + "".join(sorted(STARTS)) + "百千万亿翻]")


def _skip_spaces(s: str, j: int) -> int:
    while j < len(s) and s[j] == " ":
        j += 1
    return j


def _skip_spaces_back(s: str, j: int, floor: int = 0) -> int:
    """Where the spaces right before ``j`` start, going back no further than ``floor``."""
    while j > floor and s[j - 1] == " ":
        j -= 1
    return j


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


SIGNS = frozenset("<>≤≥≦≧≮≯")
"""The comparison signs the parser reads before a figure (≥90%)."""


def sign_in_markup(s: str, start: int) -> bool:
    """Whether a sign at ``start`` of ``s`` is markup or an arrow, no bound.

    It follows a letter, a digit, a quote, a slash, -, = or another sign:
    <td>3000个, ->3000个.
    """
    return start > 0 and (
        (s[start - 1].isascii() and s[start - 1].isalnum()) or s[start - 1] in "\"'/-=<>"
    )


def _longest_at_end(words: str, choices: dict[str, tuple[str, ...]]) -> str | None:
    if not words:
        return None
    for word in choices.get(words[-1], ()):
        if words.endswith(word):
            return word
    return None


NEGATIVE = "负"
"""Refused right before a figure (正负5% is "plus or minus"), but in 减负, a word."""

ROUGH_PLACES = frozenset(PLACES) | frozenset(BIG)  # 数 before one: 数十万, a rough count
DECIMAL_ROUGH = compiled("[0-9" + "".join(DIGITS) + "十]点几")
# 1e9个, 3.5E+4元: a number in scientific notation, which no Chinese text prints
# for a figure (a newcomer's trial: the scan found 1e9个 as a plain 9个)
SCIENTIFIC = compiled("(?<![A-Za-z0-9.])[0-9]+(?:[.][0-9]+)?[eE][+-]?[0-9]+(?![0-9])")
# 10万分之8.5, 十万分之八点五, 3分之1: a fraction of a denominator that is no 百, 千
# or small numeral in words (an eighth hunt's: the scan found 10万, 100,000)
FRACTION_OF_MANY = compiled(
    "(?<![0-9.])[0-9]+(?:[.][0-9]+)? *[万亿]?分之"
    f"|(?<![{''.join(DIGITS)}十百千])[{''.join(DIGITS)}十百千]+[万亿]分之"
)
_ROUGH_AFTER = ("有余", "开外", "出头")  # after a figure: more than it, by how much unsaid
# after a figure: about it, or more (3000人前后, 3000个有奇); 许 alone (3000人许, not 许可)
_ABOUT_AFTER = (
    "前后",
    "内外",
    "光景",
    "略多",
    "略少",
    "稍多",
    "稍少",
    "有奇",
    "往上",
    "左近",
    "之谱",
)
# words, not 一半 or 八折 (兆丰 a bank: 持股 8.5% 兆豐銀行; 52% 半年任务过半)
_NOT_PARTIAL = (
    "半导体",
    "半岛",
    "半径",
    "折合",
    "折旧",
    "折算",
    "折射",
    "兆丰",
    "兆豐",
    "半数",
    "半年",
)


def counts(unit: str | None) -> bool:
    """Whether a unit counts things (个, 条) rather than measures time, length or money."""
    return unit is None or unit not in UNITS or UNITS[unit].kind is UnitKind.CLASSIFIER


def times(unit: str | None) -> bool:
    """Whether a unit measures time (个工作日, 小时): 内 after it is "within"."""
    return unit is not None and unit in UNITS and UNITS[unit].kind is UnitKind.DURATION


NAMED_AFTER = (
    "季度", "年级", "号", "甲", "孩", "胎", "路公交", "楼", "期工程", "期间", "热线", "急救",
    "星级", "后", "周年", "次产业", "连冠", "年行动",  # 提升三年行动计划: a plan's name
    # 确保市十四届人大 (an eighth hunt's: read as at least 14): a session (连续3届 counts)
    "届人大", "届政协", "届全国", "届市委", "届区委", "届县委", "届党代会", "届中央", "届会议",
    "版本", "时代",  # 2.0版本, 4.0时代: names (an eighth hunt's; 特刊8版 and 版权 count)
)  # fmt: skip
"""Words right after a number that make it an ordinal or a name: 三年级, 1号线, 12345热线, 95后."""

# 3人制篮球场, 五年制, 百分制: a kind of court, course or scale (a ninth hunt's: 3 people);
# not 3年制定规划, 3000人制作, 5年制造业 (a review's: the figure was lost)
_KIND = compiled("(?:人|学年|学期|年|分)制(?![定度作造订约宜品成止衡裁服动式药剂冷热])")


def named_after(s: str, k: int, *, chinese: bool = False) -> bool:
    """Whether the words at ``k``, right after a number, make it an ordinal, a name or a kind.

    ``chinese``: the number is in numerals, as a plan's name has it (长照十年计划, an
    eleventh hunt's: ten years); 3年计划投资500亿元 plans over three years.
    """
    return (
        s.startswith(NAMED_AFTER, k)
        or _KIND.match(s, k) is not None
        or _CLASS_NAME.match(s, k) is not None
        or _ROUTE.match(s, k) is not None
        or (chinese and s.startswith(_PLANS, k))
    )


def named_end(s: str, k: int) -> int:
    """Where the word at ``k`` that :func:`named_after` finds ends (``k + 1`` for a kind)."""
    word = next((w for w in NAMED_AFTER if s.startswith(w, k)), None)
    if word is not None:
        return k + len(word)
    named = _CLASS_NAME.match(s, k)
    return k + 1 if named is None else named.end()


_PLANS = ("年计划", "年计画", "年计畫", "年规划")
# 1类功能区, 0 類聲環境功能區, III类水质, 0類標準, 2类区 (a twenty-ninth hunt's and its
# reviews': read as so many classes); not 3类水果, 4类区域, 3类区县
_CLASS_NAME = compiled("类(?:功能区|声环境|水质|水体|标准|区(?![域县块])|水(?![果产利生务]))")
# 延长1路、9路末班时间, 延長209路服務時間: a bus route's name (a twelfth hunt's: read as
# a rise of 1 and of 209), not 3路段, 5路口 or 路灯
_ROUTE = compiled("路(?![段口灯面径网况基由标牌费桥线])")


MARGINS = (
    "超任务", "超目标", "超计划", "超预算", "超年初预算", "超年度预算",
    "超年度目标", "超年度任务", "超年度计划",
)  # fmt: skip
"""超任务17元, 超年度目标200个: by how much a figure beat its target, a difference
the parser refuses.  (超序时进度24.9个百分点, ahead of the planned pace, reads: the
phrase corpus holds it as the points printed.)"""

OVER_PLAN = compiled("超额[^的]*$")
"""超额完成22% is done 22 % above the plan (122 % of it), not a share of 22 %; but
not where 的 ends a clause of it before the figure (超额完成任务的已有10项 counts
projects), nor before a count (超额完成40所的年度目标任务 names the target beaten, refused)."""

LEADS = ("快于", "慢于", "领先")
"""快于序时进度3.4个百分点, 领先全国: ahead of another figure, by a difference."""

AHEAD_OF = (
    "(?<![不未])超 *(?:全国|全省|全市|全区|全州|全县|全旗|全盟|全镇|全自治区|国家|省|同期"
    "|上年同期|预期|平均|省均|市均)(?!场|域)[^达为到至是的有、，,；;。]{0,8}$"
)
"""超全省平均增速6.7个百分点, 超国家平均水平2个百分点: ahead of another figure, by a
difference (a fourteenth hunt's, read as growth by 6.7 points); right before the
figure, not where 的 or 达 binds it (超全国平均水平的企业达到12家 counts firms,
超全省平均水平达8.5% is a level), nor 全市场 or 全区域."""
LEAD = compiled("|".join((*LEADS, AHEAD_OF)))
"""A lead over another figure, anywhere in the words before a figure."""

OVERTAKING = ("落后", "超越", "赶超", "反超", "追超")
"""落后5%, 反超3个百分点: behind or past another figure, by a difference; right before
the figure (淘汰落后产能3000吨 is backward capacity) or before a level (落后全国5%)."""

BETTER_THAN = (
    "(?:优于|好于|强于|弱于|差于|逊于|劣于|胜过|跑赢|跑输|领跑|落后于)[^达为到至是的]{0,8}$"
    f"|(?:{'|'.join(OVERTAKING)}) *$"
    f"|(?:{'|'.join(OVERTAKING)}|塌|(?<![偏误落])差)(?:全国|全省|全市|同期|平均|目标|任务|计划|预期|序时进度)"
    "[^达为到至是的]{0,6}$"
)
"""A hunt's 优于全国5%, 跑赢5%, 落后于全省5%: better or worse than another figure, by a
difference (and a sixteenth hunt's 塌目标1.8个百分点, 差目标300个: short of it); right
before the figure, not where 达到 or 为 binds it (空气质量优于二级标准天数达到330天
counts days)."""

GETTING = ("获得", "申请", "领取", "领", "获", "享受", "享", "贷")
"""最高可领2.4万元: verbs of getting that stand between 最高 or 最低 and its figure."""

RECEIVING = ("收到", "得到", "找到", "受到", "领到", "拿到", "接到")
"""我们去年找到330公顷土地: verbs ending in 到 whose object is the figure, no change to it."""

PAYING = (
    "补助", "补贴", "奖励", "资助", "奖补", "支付", "报销", "赔付", "发放", "给予", "贷款",
    # a nineteenth hunt's, of trade-in and subsidy rules (最高立减500元, 最高抵3000元,
    # 最高获补7000元, 最高优惠800元, 最长贴息2年: read as exact)
    "补偿", "救助", "贴息", "优惠", "立减", "减免", "抵扣", "抵", "返还", "返现", "返", "让利",
    "立省", "可省", "节省", "补", "奖(?![项品杯牌状])", "降价", "只有", "仅有", "只给", "仅给",
    "发给", "核发", "拨付",  # a twenty-seventh hunt's: 每公頃最高發給10萬元 read as exact
    "给付", "补发", "核拨", "下拨", "兑付", "收费",  # and its review's: 最高給付, 最高收费20元
    "立",  # (立 of 立减, whose 减 a change word takes; 省 after 最高 may be a province:
    "(?<=封顶)省",  # 人均GDP最高省12万元, a review's)
)  # fmt: skip
"""最高补助7000元: 最高 or 最低 apart from its figure by a verb of paying; a cap or a peak?"""
