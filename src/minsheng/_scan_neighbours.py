"""What a read phrase's neighbours in the text say of it, for :mod:`minsheng._scan`.

The parser reads a phrase alone; some of its meaning is in the text around it.
A list's first item may govern the items after it (不少于6500间…、500间…), a
figure per something the parts after it (每户补助3000元，其中改厕1000元), and
another currency named before it in its sentence the amounts in 元 after it
(新台幣509萬4816元，縣府自籌2263萬7139元), and a unit in a table's header a figure
that prints none after it in its line.  Each refuses what it cannot read.
And a currency other than renminbi that stands beside an amount
(:func:`currency_span`: 500港元, 港币3000元) widens the amount's phrase to reach
it, so that the parser refuses it.
"""

from __future__ import annotations

import bisect
from decimal import Decimal
from typing import NamedTuple

from minsheng._change_words import CHANGE_WORDS
from minsheng._currency import (
    CURRENCY_BEFORE,
    CURRENCY_CODE,
    CURRENCY_RIGHT_BEFORE,
    FOREIGN_CURRENCY,
    YUAN_OF_ANOTHER,
)
from minsheng._figure import _Figure
from minsheng._i18n import msg
from minsheng._numerals import NUMERAL_CHARS, fail
from minsheng._parse import Reading
from minsheng._patterns import compiled
from minsheng._per_words import _PER_OR_ALL, places_before
from minsheng._quantity import Approximation, Quantity
from minsheng._scan_figures import _digit
from minsheng._scan_left import (
    clause_start,
)
from minsheng._units import RATES, UNITS, UnitKind
from minsheng._whole_refusals import counts_things
from minsheng._whose_figure import (
    UNIT_IN_A_HEADER,
    refused_by_what_follows,
    unit_in_a_header,
)
from minsheng._words import _ABOUT_PREFIXES, times

# (and an aside in brackets: 每千人口對應2.9名醫生(按年持平)、1.1名中醫生, a twenty-ninth
# hunt's, Macau's, 1.1名 read with no denominator)
_ITEM_BETWEEN = compiled(
    "[\u4e00-\u9fff/]{0,12}(?:[（(][^（）()]{0,16}[）)])?(?:、|和|及|以及)([\u4e00-\u9fff]{0,10})"
)


_ITEM_VERB = compiled(
    "新建|建设|建成|改造|改建|新增|增加|提供|培训|完成|实施|开展|配备|配置|招聘|招收|安置|吸纳|打造|创建"
    "|提升|实现|达到|达|为|是|有|连续|保持|居|占|发放|筹集|帮扶|培育|建立|惠及|涉及|节约|力争|其中"
    "|推进|完善|改善|强化"  # (推进教育文化惠民6项 after a refused item, its own verb)
    # a place or a total of its own (比上年多3所学校、全市共30所: a review's)
    "|全市|全县|全区|全省|城区|共|在建"
)
_ANOTHER_MEASURE = compiled("总|余额|比重|占比|率|剩余|全年|累计|规模")
GOVERNED_ITEM = msg(
    "an item of a list after one that a word governs (不少于…、500间): governed too?"
)


def governing_item(
    s: str, a: int, reading: Reading, before: tuple[int, int, Reading | None]
) -> Reading | None:
    """The reading of a list's first item whose word governs this one too, if any.

    不少于6500间多媒体教室、500间信息技术教室 and 确保新增城镇就业5万人、农村劳动力
    转移就业10万人 (a seventeenth hunt's): the items after the first were read as
    exact plain counts, the bound they share lost.  A list with no such word
    (新增学位3000个、床位500张) reads item by item, and so does an item with a
    verb of its own (改造约3000户、新建2000户), and an item with words of its
    own before its figure after one whose 约 stands right before its figure
    (常住人口约500万人、户籍人口420万人: about is the first figure's).
    """
    start, end, first = before
    between = _ITEM_BETWEEN.fullmatch(s, end, a)
    if (
        first is None
        or between is None
        or _ITEM_VERB.search(s, between.start(1), a)
        or _ANOTHER_MEASURE.search(s, between.start(1), a)  # 增长8%、总量3000亿元
    ):
        return None
    figure = reading.figure
    if first is _A_DIFFERENCE or first is _A_REFUSED_GOVERNOR:
        plain = figure.comparator is None and not figure.per and reading.change is None
        if first is _A_REFUSED_GOVERNOR:  # (减排二氧化硫500吨、氮氧化物300吨; but
            # 每人每天補助10元和1斤糧、救助期限3個月: a time is another indicator)
            own = figure.approximation is Approximation.ABOUT or times(figure.unit)
            return first if plain and not own else None
        return first if plain and counts_things(figure) else None
    governed = first.figure
    bare = (  # an item with a word of its own (增长5.4%, 人均…, 达168万辆) is its own
        figure.comparator is None
        and figure.approximation is not Approximation.ABOUT
        and not figure.per
        and reading.change is None
        # and one in another kind of unit is another indicator (增长5.5%、固定资产投资
        # 1200亿元), unless a denominator governs them all (每户3000元补贴、200公斤大米)
        and (bool(governed.per) or _alike(figure.unit, governed.unit))
    )
    governs = (
        governed.comparator is not None
        or (
            governed.approximation is Approximation.ABOUT
            and not (between.group(1) and _ABOUT_THEN_FIGURE.match(s, start))
        )
        or bool(governed.per)
        or first.change is not None
    )
    return first if bare and governs else None


_ABOUT_THEN_FIGURE = compiled(
    f"(?:{'|'.join(w for w in _ABOUT_PREFIXES)}) *[0-9{''.join(sorted(NUMERAL_CHARS))}]"
)
"""A phrase that opens with about and its figure: 约500万人, whose 约 is that figure's."""


_DIFFERENCE_OPENS = compiled("多|少|比|较")
_A_DIFFERENCE = Reading(Quantity(Decimal(0), None))
"""Stands for a refused first item that a list's later items are a difference of too."""
_A_REFUSED_GOVERNOR = Reading(Quantity(Decimal(0), None))
"""Stands for a refused first item whose opening words (减排, 不少于, 每) govern the later ones."""


def _alike(unit: str | None, other: str | None) -> bool:
    """Whether two items' units may be one list's: the same kind and dimension, or none.

    (公里 and 米, 亿元 and 万: a list's items; % and 个百分点 too; 元 and 人 are not.)
    """
    if unit is None or other is None or unit == other or {unit, other} <= RATES:
        return True
    first, second = UNITS.get(unit), UNITS.get(other)
    if first is None or second is None or first.kind is not second.kind:
        return False
    return first.kind is not UnitKind.PHYSICAL or first.dimension == second.dimension


def governs_a_list(s: str, a: int) -> bool:
    """Whether the words that open the phrase at ``a`` govern the items listed after it.

    (Not all: 30萬名以上、10萬戶 is two figures, and so is 地区生产总值达到5600亿元、
    固定资产投资1200亿元.)
    """
    return _LIST_GOVERNORS.match(s, a) is not None


def after_refused(s: str, a: int) -> Reading | None:
    """What a refused phrase at ``a`` tells the items listed after it.

    A difference (比计划多建了3所学校、2所医院) governs them too, and so do the
    words that would govern them after a phrase that reads (减排二氧化硫500吨、
    氮氧化物300吨, left by a twenty-eighth hunt's review: 300 t read as a level).
    """
    if _DIFFERENCE_OPENS.match(s, a):
        return _A_DIFFERENCE
    return _A_REFUSED_GOVERNOR if governs_a_list(s, a) else None


_LIST_GOVERNORS = compiled(
    "(?:不少于|不低于|至少|最少|超过|逾|确保|力争|不超过|不高于|约|大约|近|将近|每"
    f"|(?:{CHANGE_WORDS}))"
)
"""Words that open a list's first phrase and govern the items after it: bounds of a
pledge, about, 每 and change words (not 达到 or 人均, after which a bulletin lists other
indicators: 人均GDP达到10万元、总量5000亿元, a review's)."""


_SENTENCE_ENDS = "。！？!?\n；;"
# a currency named before an amount reaches past semicolons (月薪新台幣2萬2000元;時薪140元,
# a twenty-fifth hunt's: 140 renminbi), where Hong Kong's and Taiwan's notices list
# amounts; one named after its amount (约合20533美元;…98094元, a conversion) does not
_STOPS = "。！？!?\n"
_SENTENCE_END = compiled(f"[{_SENTENCE_ENDS}]")
_STOP = compiled(f"[{_STOPS}]")


class Marks(NamedTuple):
    """Where a text's sentences end and other currencies are named, found once for it.

    Searched again for each amount, a text of one long sentence of amounts took
    quadratic time.  ``stops`` are the sentences' ends without semicolons, and
    ``leading`` the currencies named before an amount, which reach to them;
    ``noted`` those noted "the same below" (下同), which reach to the text's end.
    """

    ends: list[int]
    names: list[int]
    stops: list[int]
    leading: list[int]
    noted: list[int]

    @classmethod
    def of(cls, s: str) -> Marks:
        named = list(_CURRENCY_NAMED.finditer(s))
        return cls(
            [m.start() for m in _SENTENCE_END.finditer(s)],  # (a regex: no loop in Python)
            [m.start() for m in named],
            [m.start() for m in _STOP.finditer(s)],
            [m.start() for m in named if m.lastgroup in ("leading", "noted")],
            [m.start() for m in named if m.lastgroup == "noted"],
        )


# another currency with an amount, or a note for what follows (新台幣509萬, 5亿美元,
# （新台幣，下同）); 澳门元, 加元 and 新加坡元 too (a mention alone, 日元贬值, is none)
# (HK$7,100;最高為30,000元 and the codes before an amount, a twenty-fifth hunt's; not ¥,
# which may be the renminbi's)
_OTHER_CURRENCY = (
    f"(?:{FOREIGN_CURRENCY.pattern}|澳门元|加元|新加坡元|(?<![A-Za-z])[A-Za-z]{{0,3}}\\$"
    f"|{CURRENCY_CODE})"
)
_CURRENCY_NAMED = compiled(
    # "the same below" (17,600澳门元(下同), 15000元(澳门币,下同), （新台幣，下同）): to the
    # text's end (a twenty-eighth hunt's and its review's, read as renminbi after ; or 。)
    f"(?P<noted>{_OTHER_CURRENCY}(?= *[，,、] *下同| *[（(] *下同))"
    # (not 日元一度贬值, 美元一路走强: a review's, no amount)
    f"|(?P<leading>{_OTHER_CURRENCY}"
    f"(?= *[0-9]| *[一二三四五六七八九十][零〇一二三四五六七八九十百千万亿元]))"
    f"|(?<=[0-9万亿千百元]){_OTHER_CURRENCY}"
)
_PART_OPENS = compiled(" *(?:其中|[^，。；,;]{0,6}(?:分别|各自|各))")
_PER_BEFORE = compiled("每(?:[0-9一二两三四五六七八九十百千万]*[^，。；,;每的0-9]){1,4}")


def refuse_a_part_of_a_figure_per(s: str, a: int, phrase: str, reading: Reading) -> None:
    """Refuse a part, with no denominator, of a figure per something in the clause before.

    每户补助3000元，其中改厕1000元 and 补助标准为每人每年600元，市、县分别承担300元 (a
    sixteenth hunt's): the parts are per household and per person a year too,
    and were read as plain amounts.
    """
    if reading.figure.per or reading.figure.unit in RATES:  # (其中…占55%: a share)
        return
    c = clause_start(s, a)
    if _PART_OPENS.match(s, c, a) is None:
        return
    if c == 0 or s[c - 1] in _SENTENCE_ENDS:
        return
    if _PER_BEFORE.search(s, clause_start(s, c - 1), c) is not None:  # the clause before
        reason = msg("a part of a figure per something said before it (其中): per the same?")
        raise fail(reason, phrase, 0)


def refuse_places_before_each(s: str, a: int, phrase: str) -> None:
    """Refuse a phrase that opens with 乡均 or 县均 after places: 3个乡均达到90%.

    The places before it (3个乡, 城乡, 各区县) make 均 "all" or "each" (a review's:
    read as 90 % per township, the places cut off by the figure before).
    """
    if _PER_OR_ALL.match(s, a) is not None and places_before(s, a):
        raise fail(msg("均 after a place: per each, or all of them?"), phrase, 1)


# 不超过30万元的3倍, 最高不超过每人30万元的额度上限之和的110%: a share of the
# bounded amount, right after 的 or after a noun of it and 的
# (not 年收入低于3万元的家庭的20%, 超过50万元的剩余部分的10%: a share of another thing,
# a review's)
_SHARE_OF_IT = compiled(
    "的(?:[^，。；,;:!?\n0-9]{0,8}(?:之和|总额|总和|额度|上限|标准|金额)的)? *(?=[0-9])"
)
BOUND_OF_A_SHARE = msg("a bound before an amount whose share follows (不超过30万元的3倍): whose?")


def share_of_a_bound(s: str, b: int, reading: Reading) -> int | None:
    """Where a share of a bounded figure that ends at ``b`` starts, or ``None``.

    最高不超过每人30万元的额度上限之和的110% (a nineteenth hunt's): the bound is the
    share's, and 30万元 was read as capped, 110 % as plain; both are refused.
    """
    if reading.figure.comparator is None:
        return None
    share = _SHARE_OF_IT.match(s, b)
    if share is None:
        return None
    end = share.end()
    while end < len(s) and (s[end].isdigit() or s[end] == "."):
        end += 1
    return share.end() if s.startswith(("%", "倍", "成", "个百分点"), end) else None


def refuse_a_currency_named_before(
    s: str, at: tuple[int, str], reading: Reading, marks: Marks
) -> None:
    """Refuse an amount in 元 after another currency named earlier in its sentence.

    中央補助新台幣509萬4816元，縣府自籌2263萬7139元 (a fifteenth hunt's): the second
    amount is in New Taiwan dollars too, and was read as renminbi; so was 20億元
    after 投入110億元(新台幣，下同).  ``at`` is the phrase's start and text.
    """
    a, phrase = at
    if reading.figure.unit != "元" and all(b.unit != "元" for b in reading.baselines):
        return
    first = _first_named(marks.ends, marks.names, a)
    if first is None:  # none in its sentence: one named before its amount, past semicolons
        first = _first_named(marks.stops, marks.leading, a)
    if first is None and marks.noted and marks.noted[0] < a:  # 下同: to the text's end
        first = marks.noted[0]
    if first is None:
        return  # no other currency named in its sentence before it
    if "人民币" in s[clause_start(s, a) : a + len(phrase) + 3]:  # 折合人民币36亿元
        return
    named = _CURRENCY_NAMED.search(s, first, a)
    if named is not None:
        raise fail(YUAN_OF_ANOTHER, phrase, 0)


def _first_named(ends: list[int], names: list[int], a: int) -> int | None:
    """Where the first currency of ``names`` is named in the sentence, of ``ends``, before ``a``."""
    k = bisect.bisect_left(ends, a)
    start = ends[k - 1] + 1 if k else 0
    first = bisect.bisect_left(names, start)
    return None if first == len(names) or names[first] >= a else names[first]


def currency_span(s: str, figure: _Figure, end: int) -> tuple[int, int] | None:
    """The start and end of a currency other than renminbi that a figure is in, if one is.

    It follows the amount (500港元, 300日元, 3000元港币), stands right before
    it (港币3000, 澳门元3000, HK$500, ¥500), or stands before an amount in 元
    in its clause (港币3000元, 从新台币12万元增加到18万元); the parser refuses
    the phrase that reaches it.
    """
    for k in (figure.number.end, end):
        at = k
        while figure.unit == "元" and at < len(s) and s[at] in " （(":  # 3000元（港币）
            at += 1
        # in brackets, 澳门元 too: 3000元（澳門元）, patacas (an eighth hunt's)
        after = (CURRENCY_BEFORE if at > k else FOREIGN_CURRENCY).match(s, at)
        if after is not None:
            return figure.start, max(end, after.end())
    c = clause_start(s, figure.start)
    right_before = CURRENCY_RIGHT_BEFORE.search(s, c, figure.start)
    if right_before is not None:
        word = right_before.group().strip(" ")
        # a code before a count in another unit is no currency (NTD 20种, a review's)
        if figure.unit in (None, "元") or not (word.isascii() and word.isalpha()):
            return right_before.start(), end
    if figure.unit != "元":
        return None
    before = [m.start() for m in FOREIGN_CURRENCY.finditer(s, c, figure.start)]
    return (before[-1], end) if before else None


_HEADER_REACH = 60  # how far back in its line a table row's header may stand
_ROW_ENDS = frozenset("\n。；;，,")


def refuse_a_unit_in_a_header(s: str, a: int, phrase: str, reading: Reading) -> None:
    """Refuse a figure with no unit after a unit in brackets earlier in its line.

    地级及以上城市空气质量优良天数比率(%) 76。7 >80 (a twenty-sixth hunt's: a plan's
    table, its row found as >80 with no unit): the header's unit is the figure's.
    """
    if reading.figure.unit is not None:
        return
    start = max(0, a - _HEADER_REACH)
    for k in range(a - 1, start - 1, -1):  # the row's start: no clause ends inside a row
        if s[k] in _ROW_ENDS and not (s[k] == "。" and _digit(s, k - 1) and _digit(s, k + 1)):
            start = k + 1  # (76。7: a page's decimal point)
            break
    at = unit_in_a_header(s, start, a)
    if at is not None:
        raise fail(UNIT_IN_A_HEADER, phrase, 0)


def refuse_a_change_of_what_follows(
    s: str, at: tuple[int, int], phrase: str, reading: Reading
) -> None:
    """Refuse a figure that the words around it make no change, or no figure at all.

    Three hunts' and reviews': 本次月薪調漲約180萬名勞工受惠 (about so many benefit,
    no rise of them), 提高3個月的過渡期…標準 (the relief's months, not a rise of 3) and
    数以十亿计 (a rough magnitude, exactly 1,000,000,000 found alone).
    """
    a, b = at
    figure = reading.figure
    reason = refused_by_what_follows(
        s,
        a,
        a,
        b,
        figure.unit,
        changed=reading.change is not None,
        about=figure.approximation is Approximation.ABOUT,
    )
    if reason is not None:
        raise fail(reason, phrase, 0)


# 年增77家(2.0%), 每日增加約4945公噸（11%）至… (a twenty-ninth hunt's: the rate read
# as a level): a rate in brackets right after a change is the change's own rate
# (the change's own figure between: not 提升工程正在施工中(93%), a work's progress,
# nor 增速比全国(5.5%)高1.3个百分点, the nation's rate)
_CHANGE_THEN_A_BRACKET = compiled(
    rf"(?:{CHANGE_WORDS})了?[^\W\d]{{0,4}}?(?:约|近|逾)? *[0-9][0-9,.]*(?:万|亿)? *[^\W\d]{{0,3}}"
    r" *[（(【\[] *$"
)


def refuse_a_rate_in_brackets_after_a_change(s: str, a: int, phrase: str, reading: Reading) -> None:
    """Refuse a rate with no change word of its own in brackets right after a change."""
    figure = reading.figure
    if reading.change is not None or figure.unit not in RATES or s[a - 1 : a] not in "(（【[ ":
        return
    if _CHANGE_THEN_A_BRACKET.search(s, max(0, a - 24), a) is not None:
        reason = msg("a rate in brackets after a change: the change's rate, or a level?")
        raise fail(reason, phrase, 0)
