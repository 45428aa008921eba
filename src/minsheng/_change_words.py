"""The parser's change words: those that make a figure a rise or a fall (增长, 下降).

What a change word is, the words that hold one but are none (增值税, 改造提升),
and the patterns around one: adverbs between a change and its figure, rates
of change that change (增幅收窄), what a part adds to a whole's growth
(拉动经济增长), a change from last year with no change word (同比3.7%).
:mod:`minsheng._words` builds the comparator patterns on them.
"""

from __future__ import annotations

import re

from minsheng._model import Direction
from minsheng._patterns import compiled

_ADDING = ("增设", "增建", "增配", "增派", "增开", "增招", "增补", "增发", "增拨", "扩招")
"""Like 新增, these count what is added (增设193个班, 扩招8000人), unless a level follows
(增设到)."""

# 税收同比3.7%, 非税同比-14.2%: a change from last year with no change word (up, down,
# or the level it reached?), refused; 同比增长3.7% has its word (按月 and 按年 are
# "monthly" as often: 按月300元标准发放)
# (the text is folded: ： is :)
# (and 同比下50%, 同比上12%: down and up, a thirty-fifth hunt's, read as levels)
YEAR_ON_YEAR = compiled("(?:同比|环比|[比较](?:上年|去年|上月)(?:同期)?)[ :]*[+上下]?$")
# 增长面84.2%: the share of sectors that grew (a level), not growth (增长面积 is area)
SHARE_THAT_GREW = compiled("(?:增长|下降|减少)面(?!积)")

_CHANGES: dict[str, Direction | None] = {
    **dict.fromkeys(
        (
            "提高",
            "增加",
            "增长",
            "递增",
            "提升",
            "上升",
            "扩大",
            "扩展",  # 面积扩展至27.2平方公里
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
            "升幅",  # 升幅为5%
            "增速",  # a ninth hunt's: 固定资产投资增速10% read as a level of 10 %
            "上升幅度",
            "升值",  # 升值5%: appreciates by 5 %
            "上浮",  # a hunt's: 水价上浮10% read as a level of 10 % (not 上行: 上行线3条)
            # the long forms: 增长幅度超过20个百分点 is a rise of more than 20 points
            "增长幅度",
            "上涨幅度",
            "提高幅度",
            "提升幅度",
            "升",  # 升至5.4%
            "涨",  # 涨至
            # verbs that start with 增 (年人均增收1000元, 增设床位300张); a
            # one-character change word first is otherwise a subject word's (增值税)
            "增收",
            "增多",  # 增多了500个
            "攀升",  # 攀升至約3.5萬戶
            "跃升",
            # longer, dearer: 产假延长30天
            "延长",
            "涨价",
            "增产",  # 增产74亿斤: output up by
            "加码",  # 加碼600元 (Hong Kong): a raise by
            "加",  # a fifteenth hunt's: 服務券加4000張 (Hong Kong) read as a level of 4000
            "加幅",  # 工资加幅3.5% (Hong Kong): read as a level
            "加给",  # 加給20% (Taiwan's unemployment benefit, hunt 28's): read as a level
            "追加",  # 追加6億元預算: added, as a whole word (not found from its 加)
            "上修",  # 上修0.2個百分點: revised up by
            # a check of a tenth hunt: rises read as levels
            "升高",  # 发病率升高0.5个百分点
            # a thirty-seventh hunt's: 加息0.25个百分点, 升息0.125個百分點 read with no change
            "加息",
            "升息",
            # 合共推高通脹率2.5個百分點 (a thirty-fifth hunt's, Macau's: read as a level)
            "走高",
            "上扬",
            "反弹",
            "拉高",
            "抬高",
            "加高",
            "延时",  # a twelfth hunt's: 平均延时46分钟 read as a plain 46 minutes
            # an eleventh hunt's: 加薪15% read as a level of 15 % (pay raised by it)
            "加薪",
            "涨薪",
            "提薪",
            # a twenty-first hunt's budget words, read as plain amounts: 增支83.51億元,
            # 較原編列增列115億元 (not 新增列为, a review's)
            "增支",
            "增列",
            *_ADDING,
        ),
        Direction.HIGHER,
    ),
    **dict.fromkeys(
        (
            "下降",
            "递减",  # a sixth hunt's: 每年以3.3%的速度递增, 递减
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
            "削减",  # 削減政府經常開支7% (a seventh hunt's: read as a plain 7 %)
            "回落",
            "跌幅",
            "降幅",
            "下降幅度",
            "降低幅度",
            "减少幅度",
            "下跌幅度",
            "下跌",  # 按年下跌0.2个百分点
            "下浮",  # a hunt's: 贷款利率下浮10%, 补贴标准退坡30% read as levels
            "退坡",
            "滑落",  # 同比滑落5.2%
            "贬值",
            "跌",  # 跌至
            "减收",
            # and 减支15.75億元, 核减, 减列, 减亏, 少收 (less than planned); not 节支
            # (增收节支3000万元: more revenue and less spending, by how much each?), nor
            # 调减, which took the 减少 of 强调减少支出 (a review's)
            "减支",
            "核减",
            "减列",
            "减亏",
            "少收",
            "减税",
            # 节能降耗19.71%, 化学需氧量减排10%, 完成降碳18% (a twenty-sixth hunt's: read
            # as levels): a fall of what the word names, energy use or emissions
            "降耗",
            "减排",
            "降碳",
            "减碳",
            "降费",
            "减负",
            "降价",
            "减产",
            "降",
            "减",
            # a hunt of Taiwan and Hong Kong pages: falls the words above missed
            "衰退",  # 出口衰退5.8%
            "下挫",
            "下滑",
            "萎缩",
            "下修",  # 下修0.57個百分點: revised down by
            "减幅",  # 減幅達14.6%, as 降幅
            "走低",  # 房价走低3%
            "回调",
            "缩水",
            "压低",
            "拉低",
            "降息",  # 降息0.1个百分点, 降准0.25个百分点: a rate cut by it
            "降准",
            "降薪",  # and pay cut by
            "减薪",
        ),
        Direction.LOWER,
    ),
    "调整": None,  # its direction is the figures'
    "调": None,  # 由每人每月420元调至660元 (a hunt's): as 调整至, only with 至, 到 or 为
    "提速": None,  # faster: 提速50% is more speed, 提速至5分钟 less time
    # 差距收窄0.1 is less of a gap, but a fall that 收窄 is more of its level
    # (降幅收窄, refused with _RATE_CHANGE where it says so): no direction
    "收窄": None,
    "缩小": None,
}
_ONLY_TO = ("提", "新增", "调整", "调", *_ADDING)  # 新增3000个 counts; 新增到5306家 is a level
# Words that hold a change word but are none: an upgrade (改造提升) is a project,
# 增值税 a tax, 降温 cooling, 降水 rain, 双减 a policy.
_NOT_CHANGES = (
    "改造提升", "巩固提升", "提升改造", "增值税", "增城", "降温", "降水", "双减", "延长线",
    "升降", "涨跌", "升跌", "增减", "涨跌幅", "升跌幅",  # 升降机; 涨跌幅: a move either way
    "晋升", "升级", "升学", "升格",  # 晋升为省一级高中3所: promoted, no rise of a figure
    "增加值", "增长值",  # value added: 增加值37.90亿元 is a level
    "增长点", "增长极",  # a growth point or pole
    "提升工程", "提升行动", "提升计划", "提升类",  # names: 城乡风貌提升工程满意率为98.91%
    # 调 of 调至 (a change to a level) in other words (a review's: 协调到位资金 read
    # as a level, 空调安装到300户 found from 调)
    "空调", "协调", "抽调", "选调", "借调", "强调", "征调", "调查", "调研", "调解", "调度",
    "调剂", "调控", "调配", "调动", "调派", "调处", "调运", "调入", "调出",
    "延时服务",  # 课后延时服务2小时: the after-school service, no rise (a twelfth hunt's)
    "延时费",  # 延时费30元: a fee (a review's)
    "新增列",  # 新增列为重点项目30个: newly listed, no 增列 (a review's)
    # 至少收到3000元: at least received, no 少收 (a review's: read as a fall)
    "至少收", "最少收", "缺少收", "多少收", "减少收",
    # 加 in other words: 参加3000人次 takes part, 两项相加3000元 is a sum
    "参加", "附加", "外加", "叠加", "施加", "添加", "累加", "相加", "更加", "倍加", "有加",
    # and 加 of "plus", after a figure (底薪2000元加300元提成, 两年加6个月, 五加二, 白加黑,
    # 另加300元: a review's; not 今年加300元, 明年加3%: a rise) or in names (牙买加, 中加)
    *(f"{c}加" for c in "0123456789零〇一二两三四五六七八九十百千万亿元天个"),
    *(f"{c}{t}加" for c in "0123456789零〇一二两三四五六七八九十半" for t in ("年", "个月")),
    "另加", "白加", "米尼加", "买加", "黎加", "斯加", "美加", "中加",
)  # fmt: skip
# 起降3000架次 (take-offs and landings) is no fall; 後年起降為三萬元 (from the year
# after next, lowered to 30,000) is one: 起降 is a word only before a bare figure
NOT_BARE_CHANGES = ("起降",)
_ADVERBS = compiled(
    r"(?:将|分别|平均|同比|环比|较上年|比上年|累计|共|再|进一步|同时|并|还|全年|年内|今年"
    r"|约|大约|预计|可|可以|能|能够"  # 约减少碳排放3万吨: about, which the parser reads
    r"|全市|全县|全区|全省|全州|全镇|我市|我县|我区)*"  # the place the pledge is for
)
# a verb or a bound of the figure's own, or 的 that makes the change a clause of
# a noun's (增加就业岗位的企业300家: firms, not more of them)
NOT_THING = frozenset("达为至到使并及的")
# verbs with an object of their own: 降低企业成本帮助企业3000家
OWN_VERBS = (
    "帮助", "带动", "覆盖", "受益", "吸纳", "解决", "新建", "建成", "完成", "实现", "培训", "安置",
    "吸引", "引进", "节约", "节省", "创造", "带来", "获得", "产生",
    "提供", "形成", "促进", "推动", "拉动",
    "保持", "稳定在", "控制在", "维持",  # the level of a noun: 提升满意度保持在95%以上
)  # fmt: skip

CHANGE_WORDS = "|".join(sorted(_CHANGES, key=len, reverse=True))
"""Every change word as a regular expression's alternatives, the longest first."""
# 年均实际增长, 年均复合增速, 月均环比增长: words between a rate's period and its change
RATE_ADVERBS = (
    "实际",
    "实质",
    "名义",
    "复合",
    "分别",
    "约",
    "同比",
    "环比",
    "实现",
    "保持",
    "经济",
    "递",
)
_CHANGE_STARTS = tuple(_CHANGES)  # str.startswith takes a tuple, in C: 0.9 ms of an import

# 降幅仍达5%, 下降均达17%: an adverb between the change and its comparator
# (only before a comparator: 增长均为6.2% is up by 6.2 %, which 为 after the
# adverb would read as a level)
_STILL = "(?:仍|均|也|都|亦|皆)"

# 已连续下滑5个月, 连续下降3年: for five months, not down by five months; and
# 连跌9个月, 连降3年 (a seventh hunt's: read as a fall of nine months)
STREAK_CHANGES = "跌降涨升增减"  # 连跌, 连降, 连增: a streak
RUNNING = compiled(f"(?:连续(?:{CHANGE_WORDS})|连[{STREAK_CHANGES}])了? *$")
# 拉动经济增长0.5个百分点, 下拉经济增长0.3个百分点: what a part adds to (or takes
# from) the growth of the whole, not a change of the figure's own
PULLING = "(?:负?拉动|下拉|拉低|拉升|拖累|带动|推动)[^，。；,;0-9]{0,10}?"
PULLED = compiled(
    f"(?:{PULLING}(?:增长|增速|下降)(?:了|{_STILL}|约|近|达到|达|超过)*"
    "|(?:下拉|拉低|拖累|拉动|拉升|推动)经济) *$"
)
# 合共推高通脹率2.5個百分點, 推升CPI约0.3个百分点 (a thirty-fifth hunt's: read as levels):
# what a part pushes a rate by (not 助推, 加推: 助推高质量发展, 加推高层住宅, a review's)
# (nor 推高铁, 推高层, 推低保: 推 before a word; 压低至2%, a level; 推高房价因素占比40%, a
# share: a second review's)
PUSHING = ("推高", "推升", "推低", "拉高", "拉低", "抬高", "压低")
PUSHED = compiled(
    f"(?<![助加新主首力])(?:{'|'.join(PUSHING)})(?![铁层端效质标速压新考保息价碳空级])"
    "[^，。；,;:：0-9占为是至到]{0,8}?(?:约|近)? *$"
)

# 增加入学名额1.25万个: a change word first governs what follows, if it is a word
# of two characters or more (增值税, 减速带, 增强体质: one character is a subject word's)
# 衰退期企业300家, 萎缩性胃炎3000例, 下滑企业: these govern only right before
# their figure, never first with an object after
_ADJACENT_ONLY = frozenset(
    ("衰退", "下挫", "下滑", "萎缩", "下修", "上修", "减幅", "升高", "走高", "上扬", "反弹", "走低",
     "回调", "缩水", "拉高", "抬高", "加高", "压低", "拉低", "加息", "升息", "降息", "降准",
     # (减排量3万吨, 减排比例达到30% and 减排设施3套 name a quantity or things: a review's)
     "降耗", "减排", "降碳", "减碳")
)  # fmt: skip
_CHANGE_FIRST = compiled(
    "("
    + "|".join(
        sorted(
            (w for w in _CHANGES if len(w) > 1 and w not in _ADJACENT_ONLY), key=len, reverse=True
        )
    )
    + ")"
    "(?![到至为])"
)
_CHANGE_TO_ANY = compiled(f"({CHANGE_WORDS})了?[到至为]")

_CHANGE_CHARS = frozenset("".join(_CHANGES))


# 3.1%降幅, 出现12%跌幅, 1.2%升幅 (a thirty-fifth hunt's: read as levels): a rate right
# before the noun of the change it is the size of, with no 的
# (only where no change word governs the rate: not 同比增长12.5%增幅居全省第一 or 下降3%降幅
# 扩大1个百分点, the next clause's subject, reviews')
_RATE_THEN_ITS_CHANGE = compiled(" *((?:降|跌|升|增|涨)幅)")
_CHANGED_RATE_AT = compiled(f"(?:{CHANGE_WORDS})了? *(?:约|近|达|超过)? *$")

CHANGE_NOUN_OPEN = compiled("(?:[升降增跌涨]幅|(?:增长|上涨|下降|下跌)幅度) *[(（] *$")
"""相应升幅(1.3%), 涨幅（2.1%）: a change's size in brackets after its noun (a
thirty-fifth hunt's: read as levels)."""

CHANGE_OF_IT = compiled(
    # (5.1%按年升幅, with no 的: a review's, read as a level)
    # (and 按10%的标准提高, 按5%的比例上调: a twenty-seventh hunt's, read as a plain 10 %)
    # (比例 with no 的 only before a change word of its own: not 按2%比例提取, 按30%比例减免)
    " *(?:的(?:速度|幅度|速率|标准|比例)?|口|(?=按(?:年|月|季|周))"
    "|比例(?=(?:逐步|逐年|继续)?(?:提高|上调|下调|降低|减少|增加|增长|下降|上浮|下浮)))"
    # (温和, 平稳, 微幅: a seventh hunt's 2.5%的溫和增長, read as a level)
    # (同比, 年均: a twelfth hunt's 10.5%的同比增长, read as a level)
    # (and 6%的实际增长, 中高速增长, 全国增速, GDP增速: a review's)
    "(?:大幅|小幅|明显|较大|较快|快速|稳步|持续|稳定|显著|强劲|高速|逐年|温和|平稳|微幅"
    "|同比|环比|年均|[比较](?:上年|去年)(?:同期)?|实际|名义|正|恢复性|逆势|中高速|较大幅度"
    # (and 按年, 按月, 按季: 84.4%的按年升幅, a twenty-fourth hunt's, read as a level)
    "|平均|预期|目标|年|经济|全国|全省|全市|GDP|按年度?|按年计|按月|按季度?|按周|实质"
    "|继续|进一步|逐步|逐年){0,3}"
    f"({CHANGE_WORDS})(?![速率])"
)
"""20.7%的大幅下滑, 8.5%的增长, 10.5%的同比增长, 3.3%的速度递增, 2.47万人口增加, 6%的增速:
after a figure, a change it is the size of (not 增加值)."""


def change_of_it(s: str, end: int, *, rate: bool = False, start: int = 0) -> re.Match[str] | None:
    """The change word that the figure ending at ``end`` is the size of (20.7%的下滑), if any.

    After a ``rate`` (%, ‰, points) the change word may follow it right away
    (3.3%增长); after a count it takes 的 (3000个的增长), since a count is
    often followed by the next clause's verb (建设3所新增学位).  A rate that
    按 or 以 opens, at ``start``, takes any change word right after it (按10%提高,
    left by a twenty-seventh hunt's review: read as a plain 10 %).
    """
    found = CHANGE_OF_IT.match(s, end)
    if found is None and rate:
        found = _RATE_THEN_CHANGE.match(s, end)
        its = _RATE_THEN_ITS_CHANGE.match(s, end) if found is None else None
        if its is not None and _CHANGED_RATE_AT.search(s, 0, start) is None:
            found = its  # 3.1%降幅 (not 下降3%降幅扩大…, a change word's)
    if found is None and rate and s[:start].rstrip(" ").endswith(BY_A_RATE):
        found = _BY_A_RATE_THEN_CHANGE.match(s, end)
    if found is None or found.group(1) == "加":  # 17億的加路連山道: a name, no change
        return None
    if "按" in found.group() and _FIGURE_RIGHT_AFTER.match(s, found.end()) is not None:
        # 1.51公斤按年下跌4.7% (a twenty-ninth hunt's, Hong Kong's: 4.7 % read as a
        # level): the change is the next figure's, whose size it opens (not 9%以上增长
        # 30多年, for how long)
        return None
    return None if s.startswith(_NOT_CHANGES, found.start(1)) else found


def in_compound(words: str, found: re.Match[str]) -> bool:
    """Whether the word ``found`` is the end of a word that is no change (晋升 of 升为)."""
    return any(
        words[: found.start() + k].endswith(_NOT_CHANGES) for k in range(1, len(found.group()) + 1)
    )


NEGATIVE_GROWTH = ("负增长", "负成长")
"""Refused: 负增长3% is growth of -3 %, or a fall of 3 %, which one a Reading cannot say."""

# 增幅收窄, 降幅扩大, 增速放缓: a rate of change that changes by words that are
# no change words of their own, so that 增幅 would give the direction (增幅回落
# and 增长率提高 end with a change word, which governs)
# 压缩在3天以内: compressed to within 3 days, or by up to 3?  (增长在5%左右 is
# growth of about 5 %: a rising word with 在 is read)
_LOWERING_AT = compiled(
    "(?:"
    + "|".join(sorted((w for w, d in _CHANGES.items() if d is Direction.LOWER), key=len)[::-1])
    + ")了?在 *$"
)
PACES = ("加快", "放缓", "减缓", "减慢", "趋缓", "加速", "降速", "加深")  # (提速 is a change)
# and words in which a rate of change slows (下行, 走弱, 减弱: a review's, read as a
# rise by the rate noun)
_SLOWING = ("收窄", "缩小", "下行", "走弱", "下探", "减弱", "跌落", "转弱", "下移", "变缓")
_RATE_CHANGE = compiled(
    r"(?:增幅|降幅|涨幅|跌幅|升幅|增速|降速|增长率|(?:增长|上涨|上升|提高|提升|下降|下跌|降低|减少)幅度)[^\W\d]{0,8}?"
    f"(?:{'|'.join((*PACES, *_SLOWING))})"
    # the size of a fall that grows or shrinks: 降幅减少2个百分点 is an improvement
    r"|(?:降幅|跌幅)[^\W\d]{0,8}?"
    r"(?:扩大|减少|降低|下降|增加|提高|回落|回升|上升|加深|(?<=[幅年月期])深)"
)  # (降幅较1—8月份加深0.1个百分点, 比同期工业降幅深3.3个百分点: a thirty-fourth hunt's)
_SHIFTS = ("提前", "推迟", "延迟", "延后", "提早", "推后")  # 提早0.4年: an eighth hunt's
SHIFTED = compiled(f"(?:{'|'.join(_SHIFTS)})了? *$")
"""提前3天, 提早了0.2年 right before a figure: earlier or later by it, a shift in time."""
PACED = compiled(f"(?:{'|'.join(PACES)})了? *$")
"""增长22.3%，加快11.5个百分点 (a ninth hunt's: a level of 11.5 points): growth that
sped up or slowed by it, a change in a rate of change, with no word of its rate."""


# change words that take no object: what follows their figure is no thing they change
TAKES_NO_OBJECT = (
    "回升", "上升", "下降", "下滑", "回落", "上涨", "下跌", "攀升", "增长", "反弹", "走高",
    "走低", "跃升", "下挫", "衰退", "萎缩",
)  # fmt: skip


_RATE_THEN_CHANGE = compiled(
    " *("
    + "|".join(sorted((*TAKES_NO_OBJECT, "递增", "递减"), key=len, reverse=True))
    + ")(?![速率幅到至为])(?!了? *[0-9][0-9.]* *(?:%|‰|个?百分点))"
)
"""实现3.3%增长, 每年以3.3%递增: a change that takes no object right after a rate, with no
的 (left by a sixth hunt: read as a plain 3.3 %); not 30%新增就业 or 5%增加收入, the next
clause's verb."""


_FIGURE_RIGHT_AFTER = compiled(
    "了? *(?:约|近|逾|超过|大约|接近|多于|几近|达到?)? *[0-9０-９零〇一二两三四五六七八九十百]"
)


BY_A_RATE = ("按照", "按", "以")
"""Words that open a rate a change word may follow: 按10%提高, 以5%递增."""
# (a whole word of two characters or more: not 按1%提取, 按30%减征, a review's; nor a
# change to a level, 按10%提高至2000元)
_BY_A_RATE_THEN_CHANGE = compiled(
    " *((?:"
    + "|".join(sorted((w for w in _CHANGES if len(w) > 1), key=len, reverse=True))
    + ")(?![速率幅到至为])"
    # (and one character that ends its clause: 房租每年按5%涨, 按5%涨一次, a review's)
    + "|[涨增减降升](?=一次|了|[^\u4e00-\u9fff]|$))"
)


def change_vocabulary() -> list[str]:
    """The words and patterns above, for :func:`minsheng._vocabulary.vocabulary`."""
    return [
        *_CHANGES, *_NOT_CHANGES, *NOT_BARE_CHANGES, _ADVERBS.pattern, *NEGATIVE_GROWTH,
        _RATE_CHANGE.pattern, *_SHIFTS, "了", _STILL, RUNNING.pattern, *NOT_THING, *OWN_VERBS,
        PULLED.pattern, PUSHED.pattern, *_ADJACENT_ONLY, YEAR_ON_YEAR.pattern,
        SHARE_THAT_GREW.pattern,
        *RATE_ADVERBS, _LOWERING_AT.pattern, CHANGE_OF_IT.pattern, _RATE_THEN_CHANGE.pattern,
        *TAKES_NO_OBJECT,
    ]  # fmt: skip
