"""The parser's vocabulary.

The closed set of words the parser gives meaning to: comparator and
approximation words, denominators and units; the change words are
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
from minsheng._numerals import BIG, DIGITS, NUMERAL_CHARS, PLACES, STARTS
from minsheng._patterns import compiled
from minsheng._quantity import Comparator
from minsheng._status_words import BEING_BUILT
from minsheng._units import UNITS, UnitKind

CAPS = (
    "最高",
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
FLOORS = ("最低", "最低为", "下限", "下限为", "下限是", "最短")  # 最短3个月, as 最长36个月
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
    "内": Comparator.AT_MOST,
}
_ABOUT_PREFIXES = (
    "大约", "将近", "接近", "差不多", "几乎", "近乎", "约为", "约有", "约占", "约计", "约莫",
    "约是", "约等于", "约相当于", "大约相当于", "大概", "大致", "估计", "约", "近", "直逼",
)  # fmt: skip
NOT_ABOUTS = (
    "签约", "预约", "节约", "履约", "集约", "违约", "特约", "制约", "契约", "条约", "公约",
    "守约", "网约", "合约", "依约", "相约", "解约", "续约", "如约", "邀约", "应约",
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
    f"(?:禁止|严禁|切勿|勿|{'|'.join(n for n in NEGATIONS if n != '非')}|(?<![南除莫是])非)"
    " *(?:再|曾|会|能|得|必|应|可|要|需要|需|须|用|宜|准|许|予|有|致)?"
    " *(?:得再|再)? *(?:新增|新建|建成|完成)? *$"
)
"""A negation at the end of words, with a modal after it: before a change word (未减少3000人,
不再增加) the change did not happen, or must not; never 不断增长 (continuously)."""
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
OTHER_BOUNDS = ("上方", "下方", "之上", "之下")
"""Bounds after a figure the parser refuses: 1200万上方 is above it, or at least it?"""
THRESHOLDS = (
    *(w + t for t in ("台阶", "关口") for w in ("", "新", "的", "大", "整数", "的新")),
    "大关",
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
_FROM_WORDS = ("由", "从")
_PER_NOUNS = tuple(
    sorted(
        (
            "常住人口", "户籍人口", "居住单位", "人口", "居民", "老年人", "儿童", "学生", "家庭",
            "人次",
            "平方公里", "公里", "学年", "网格", "社区", "乡镇", "街道", "学校", "医院", "人", "户",
            "年", "月", "天", "日", "周", "小时", "生", "院", "校", "村", "县", "床",
            "季度", "季", "学期",
            # a hunt's: 每百名老人 read as per 100 名, its subject dropped
            "老人", "职工", "员工", "孩子", "婴幼儿", "幼儿", "婴儿", "新生儿", "患者", "病人",
            "教师", "农户", "残疾人", "市民", "村民",
            # a seventh hunt's: 每个幼儿园 read as per child, 每个行政村 and 每个小区 as
            # per 个, 每千名户籍老人 as per 1000 households
            "幼儿园", "行政村", "自然村", "小区", "工作日", "户籍老人", "户籍老年人",
            # an eighth hunt's: 由每班28人增至35人, 学校每班平均人数38.4名 were refused
            "班级", "班",
            # a thirteenth hunt's: 每个托位补助1万元 and 每张床位 read as per 个 and per 张
            "托位", "床位", "助餐点", "养老机构", "机构", "企业", "项目", "站点",
            # the national childcare subsidy of 2025: 每孩每年3600元 was refused
            "孩", "胎",  # and 每胎15萬元, Taiwan's birth grants (an eighteenth hunt's)
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
_AVERAGE = "均(?![衡等匀值价])"  # not 均衡, 均等, 均匀, 均值, 均价
# 年, 月 or 日 that ends a time word or another word, or a date (上年, 三年, 老年,
# 节假日, 开放日, 春日, 幼年, 前三个月, 2025年, 3月): no period of a denominator, before 均
# (比上年均增长5%: last year, and 均 "both") or before a verb (3月补助资金, 今日处理)
_NOT_A_PERIOD = (
    "(?<![上去今明昨当本同历多往逐几各老青少中晚童节假生纪工周次翌首末近终平每原时岁正满跨新高休"
    f"学财半下长常经腊作闰元寒暑放境残庆连念传息个这过该0-9{''.join(sorted(NUMERAL_CHARS))}])"
    # 前日, 前年; but 目前日均客运量1456人次, 当前日均, 此前日处理 are a day's
    "(?<!(?<![目当此之以])前)"
    # 单日: one day's; but 快递运单日均处理量, 订单日均 are a day's (a seventh hunt's)
    "(?<!(?<![运订账清菜名保面工])单)"
    # 来年, 成年: next year, adult; but 五年来年均增长, 以来年均, 近来日均 and 建成年产,
    # 形成年产能力 are a year's or a day's (a review's)
    "(?<!(?<![以未后年近原向本从])来)(?!(?<=(?<![建形完达造构])成)年)"
    # 春日, 冬日, 幼年: a season or an age; but 今冬日均, 入夏日均, 托幼日均 are a day's
    "(?![年月日](?!均)(?<=[春夏秋冬幼][年月日]))"
    "(?<!星期)(?<!礼拜)"  # 星期日处理游客50人次: on Sunday, not 50 a day (假期日均 is a day's)
    # 全年, 全日: the whole year; but 功能齐全日均接待300人次 and 机制健全年处理 are a day's
    "(?<!(?<![齐安完健顾])全)"  # not 保: 确保全年接待300万人次
)
# 年平均增长5%: a year's average change, as 年均增长 (a seventh hunt's: a single rise)
_AVERAGE_CHANGE = "平均(?=(?:实际|名义)?(?:增长|增加|提高|上涨|下降|减少|降低|递增|递减))"
SURCHARGES = ("加收", "计收", "计息")
"""按日加收千分之五: verbs of a surcharge or interest, whose rate 按日 makes per day."""
_PER_WORDS = compiled(
    rf"([人户][年月日]|(?:{_NOT_A_PERIOD}[年月日])?[人生户亩]|{_NOT_A_PERIOD}[年月日]"
    rf")(?:{_AVERAGE}|{_AVERAGE_CHANGE})"
    rf"|([{_PLACES_AVERAGED}]){_AVERAGE}"
    # 日处理, 月补助, and 日供水能力20万吨, 年产7万吨, 日接待游客, 月最低工资标准2740元,
    # 年税收0.19亿元: per day, month or year
    # (not 分年补贴300万元, 分月发放: in yearly or monthly parts, a ninth session's; but
    # 部分年收入, 积分月发放 are a year's or a month's)
    rf"|({_NOT_A_PERIOD}(?<!(?<![部积学])分)(?:[日月](?=补助)"
    # 日平均客流超过2000人次, 月平均1.2亿元, 平均年增长5%: a day's, a month's, a year's
    # average (a fourteenth hunt's: read as totals and as one rise)
    rf"|[日月](?=平均(?!数|值|水平|气温|温度))"
    rf"|(?<=平均)(?<![较比]平均)年(?=(?:实际|名义)?(?:增长|增加|提高|上涨|下降|减少|降低|递增|递减))"
    # (服务能力, 诊疗量, 接诊量, 配送能力, 增收: a thirteenth hunt's 年服务能力达到10万人次
    # lost its year; not 志愿服务月服务群众, 爱耳日诊疗300人次, events of a day or a month)
    rf"|[日月年](?=(?:最大)?(?:处理|供|接待)|(?:服务|诊疗|接诊|配送)(?:能力|总?量)|发班|发送"
    rf"|发放|产|运送|税收|收入|营收|营业收入|增收"
    rf"|最低(?:工资|生活|缴费|标准|保障)"
    # a hunt's, read as plain amounts: 月工资3000元, 年薪30万元, 月租金3000元,
    # 日客流量5万人次, 日门诊量3000人次, 年销售额, 年利润, 年发电, 年节约资金
    rf"|工资|薪|租金|客流|门诊|销售|利润|发电|节约|吞吐"
    # a seventh hunt's: 低保月标准提高到700元, 年分散供养标准2640元, 月养老金 (not
    # 年标准化考场, 日租车辆); 月补贴 only before an amount in 元 (月补贴300元), since
    # 月补贴3万人次 counts its recipients (a seventh hunt's)
    rf"|标准(?!化)|(?:分散|集中)供养|养老金|退休金|生活费|租(?!赁|车)"
    rf"|补贴(?=[^0-9，,。；;]{{0,6}}[0-9][0-9.]*[万亿]?元))))"
    # 千人口, 万人口: per thousand or ten thousand; but 百万人口城市 is a city of a
    # million, a size, no denominator (a hunt's: 3个 per 10,000 人口)
    rf"|(?<![0-9{''.join(sorted(NUMERAL_CHARS))}])([千万])人口"
    # 小时最低工资标准17.3元, 时薪42.1元: per hour (a seventh hunt's: a plain amount)
    rf"|(小时)(?=最低工资|工资)|(?<![\u4e00-\u9fff])时(?=薪)"
    # 亩产600公斤, 平均亩产达到900公斤: per mu (an eleventh hunt's: a plain 600 kg); not
    # 千亩产业示范基地3个 or 万亩产值 (a review's: 3 per mu), an area of so many mu
    rf"|(?<![0-9{''.join(sorted(NUMERAL_CHARS))}])(亩)(?=产(?!业))"
    # 按日加收千分之五, 按天计收0.05% (an eighteenth hunt's: a plain 5 ‰): by the day,
    # per day, before a verb of charging or paying (not 按年升, 按月跌: Hong Kong's and
    # Macau's year on year and month on month, nor 按日历, 按月份, 按周期)
    # (an amount or a rate right after the verb and its noun: not 按日计罚案件5件,
    # 按月发放各类补贴累计1.2亿元 or 不按月缴纳: a review's)
    # (a rate only after a surcharge or interest: 按月缴纳住房公积金比例12% is 12 % of a
    # month's wage, not 12 % a month, a review's)
    rf"|(?<!不)按([日月天周])(?=(?:加收|计收|计发|计罚|计息|收取|征收|缴纳|发放|支付|补贴|补助"
    rf"|给予|核发)[0-9][0-9.,]*元"  # (not 全年按月发放1.2亿元, a total: a review's)
    rf"|(?:{'|'.join(SURCHARGES)})(?:(?!累计|合计|共计|各类|的|年|利率|总|金额)[^，。；,;:!?\n0-9]){{0,8}}?"
    rf"(?:[0-9][0-9.]*[%‰]|[千万]分之))"
)
# 校均配备2名, or 学校均已建成? A 均 after 村, 校, 县, 镇 or 乡 that no figure
# follows may be "per" or "all": refused
_PER_OR_ALL = compiled(f"[{_PLACES_AVERAGED}]{_AVERAGE}")
_TIMES = "年月日天周"
# Classifiers sources print that the unit registry leaves to datasets (a
# program declares them in its own units): read as printed, never skipped.
COUNT_WORDS = (
    "例", "宗", "批次", "台次", "类", "册", "票", "把", "盏",
    # measure words a figure printed without a unit would lose (口罩300万只)
    "只", "头", "艘", "架", "根", "枚", "本", "份", "双", "幢", "眼", "页", "批", "种",
    "列", "趟", "轮", "遍",  # 开行1.4万列, 往返30趟, 开展3轮, 宣传500遍
    # a twelfth hunt's: 开行376万列次, 3.2万艘次, 812万头份 (vaccine doses), 200笔
    # (loans), 30篇, 50支 (teams), 20门 (courses), 完工四十一案, 中蜂6.1万群 (hives),
    # 3000餐, 25万客 (servings), 1000尾 (fish), 在榜6城 (cities)
    "列次", "艘次", "趟次", "头份", "笔", "篇", "支", "门", "案", "群", "餐", "客", "尾", "城",
    # a fourth hunt's: 3000瓶, 3万袋 and 3000粒 read with no unit at all
    "瓶", "袋", "盒", "箱", "罐", "包", "颗", "粒", "字",
    "匹", "羽", "峰",  # a ninth hunt's: 养马300匹 read as a bare 300; 3000羽, 5000峰 (camels)
    # an eleventh hunt's: 受理来电3.2万余通 (calls) and 3万单 (orders) lost their unit
    "通", "单",
    # a fifteenth hunt's: 動工量達1.58萬伙 (Hong Kong flats) lost its unit; 3000坪
    # (Taiwan's measure of floor area) was refused
    "伙", "坪",
    # school years and terms (就读满1学年 read with no unit, 补助2个学期 as 2 个: a review's)
    "学年", "学期",
)  # fmt: skip
_UNIT_WORDS = {
    **{symbol: symbol for symbol in UNITS},
    **{word: word for word in COUNT_WORDS},
    "百分点": "个百分点",
    # 14星期, 3个星期, 2个礼拜: weeks
    **dict.fromkeys(("星期", "个星期", "礼拜", "个礼拜", "个周"), "周"),
    # a fourth hunt's: 缩短至3个小时 read as 3 个, and 3钟头, 3工作日 with no unit
    **dict.fromkeys(("个小时", "钟头", "个钟头"), "小时"),
    "个学期": "学期",
    "个学年": "学年",
    "工作日": "个工作日",
    # square metres and kilometres as one character (U+33A1, U+339E) or with a
    # superscript: 新增绿地3万㎡ was found as a bare 3万
    **dict.fromkeys(("㎡", "m²", "M²"), "平方米"),
    **dict.fromkeys(("㎞", "km", "KM", "Km"), "千米"),
    # 投资3000万人民币: renminbi, never 3000万人 and a word 民币
    **dict.fromkeys(("人民币", "元人民币"), "元"),
    # metres as Taiwan prints them (8億8101萬平方公尺)
    "公尺": "米",
    "平方公尺": "平方米",
    "立方公尺": "立方米",
    # the units with a bracket, printed with ASCII brackets
    **{u.replace("（", "(").replace("）", ")"): u for u in UNITS if "（" in u},
}
_UNIT_GUARDS = {
    "周": "(?![年边期末])",  # 100周年 is an anniversary, not 100 weeks; 周边, 周期, 周末
    "个周": "(?![年边期末日])",  # a review's: 3个周边县区, 3个周期 read as weeks
    "个": "(?!自然日|工时|工日)",  # a review's: 3个自然日 read as 3 个 (refused below)
    # 324億年升13.7%: 年升 after 亿 is year on year, not 324亿 years (近3年增长 is years)
    "年": "(?!(?<=[万亿萬億]年)[升增涨降跌减])",
    "部": "(?![门委署级分位长队属])",  # 10部门, 3部委: departments, not 10 units
    "口": "(?![罩岸径腔号头碑味])",  # 3000口罩 is masks, 5口岸 ports
    # and the measure words that start other words (根据, 本地, 双向, 架构, 头盔), or
    # a compound unit minsheng does not read (3.2万艘次, 812万头份, 100万头（只）)
    "只": "(?![有是要能需用占次])",
    "头": "(?![部条号脑发盔等雁版次份只（(])",
    "架": "(?![构子设])",
    "根": "(?![据本治源系基])",
    "本": "(?![地市区县年月届级科职部土次院村人期轮周季])",
    "份": "(?![额子量次])",
    "双": "(?![向方边语减创重一碳休拥倍])",
    "眼": "(?![科睛镜前光])",
    "艘": "(?![次（(])",
    "枚": "(?![举次])",
    "册": "(?!次)",
    "页": "(?![面码岩])",  # 页面, 页码
    # a review's: 3km² is an area, not 3 千米 (and 3kms no unit minsheng reads)
    **dict.fromkeys(("km", "KM", "Km"), "(?![²³23a-zA-Z])"),
    "瓶": "(?![装颈子])",
    "袋": "(?![装子鼠])",
    "盒": "(?![装子])",
    "箱": "(?![式体包子])",
    "罐": "(?![装头子车])",
    "包": "(?![括含装容干头袱子保片村联裹])",  # 包括, 包保, 包村, 包裹: not packets
    "颗": "(?!粒)",
    "粒": "(?![子径度])",
    "字": "(?![号母幕体样典画段符节])",
    "批": "(?![准复示发量])",  # 批准, 批复, 批发
    "种": "(?![植类子养地草苗])",  # 种植, 种类, 种子
    "列": "(?![入为出表支举席次明示列])",  # 列入, 列为, 列支, 列明; 列次 a compound unit
    "趟": "(?!次)",
    "笔": "(?![记者试画墨直])",  # 笔记, 笔试
    "篇": "(?![章幅目])",
    "支": "(?![持付出援撑部柱线流队教配路行])",  # 支持, 支付, 支出, 支部, 支队, 支路, 支行
    "门": "(?![诊店户槛类票面口禁卫前户急球])",  # 门诊, 门店, 门槛, 门球
    "案": "(?![件例子值源卷])",  # 案件, 案例
    "群": "(?![众体落岛组租])",  # 群众, 群体
    "餐": "(?![饮厅位具桌费点馆食补])",  # 餐饮, 餐厅
    "客": "(?![运流户车人房厅商服源舱机船])",  # 客运, 客流, 客户
    "尾": "(?![款气巴声部矿号数水])",  # 尾款, 尾气
    "匹": "(?![配敌])",  # 匹配
    "羽": "(?![毛绒球])",  # 羽毛球
    "峰": "(?![值会谷期])",  # 峰值, 峰会, 峰谷
    # 通过, 通知, 通道, 通车, 通电, 通水, 通宵 (but 3万通电话: calls)
    "通": "(?![过知报车行道信讯用勤畅关航达则识俗票宵水]|电(?!话))",
    # 单位, 单元, 单独, 单价, 单项, 单次, 单人, 单车, 单间, 单户, 单笔, 单株, 单兵,
    # 单产, 一单制, 一单到底 (but 3万单订单: orders)
    "单": "(?![位元独一价身列项次人程向车亲据证品体纯轨线季日间户笔株层兵产制到])",
    "城": "(?![市区镇乡际中管建投墙关内外])",  # 城市, 城区, 城乡
    "伙": "(?![伴食房计同])",  # 伙伴, 伙食, 伙同
    "坪": "(?![坝山])",  # 沙坪坝, 坪山: places
    "轮": "(?![次椅换岗训动流值胎渡廓车电低驱摩])",  # 轮椅, 轮换, 轮训, 三轮车, 两轮电动车
    "遍": "(?![布及地历])",  # 遍布, 遍及
    # 130万亿台阶 (an eighteenth hunt's: read as 1.3e14 台), 台账: no machines
    "台": "(?!阶(?!段|梯))",  # (300台阶段性, 50台阶梯式: machines, a review's)
    # 星期六 is Saturday, 礼拜天 Sunday and 礼拜堂 a church
    **dict.fromkeys(("星期", "个星期"), "(?![一二三四五六日天])"),
    **dict.fromkeys(("礼拜", "个礼拜"), "(?![一二三四五六日天堂])"),
}
_UNIT = compiled(
    "|".join(
        re.escape(word) + _UNIT_GUARDS.get(word, "")
        for word in sorted(_UNIT_WORDS, key=len, reverse=True)
    )
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
_CHANGE = compiled(
    f"({CHANGE_WORDS})了?(?:{_STILL}(?={_PLAIN_COMPARATORS}))?([到至为])?(?:{_PLAIN_COMPARATORS})?$"
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
    "不足": "不足(?!额(?!定))",
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
_PER_WORD_STARTS = frozenset("年月日人生户亩千万小时按" + _PLACES_AVERAGED)
_INNER_CHARS = frozenset(w[0] for w in _INNER_WORDS)
_GOVERNING_CHARS = frozenset(w[0] for w in _GOVERNING.pattern.split("|"))
_NOT_AFTER = frozenset("约近余多超逾达不每—~-至")  # right after a figure, these would govern it
_START_RE = compiled("[" + "".join(sorted(STARTS)) + "百千万亿翻]")


def _skip_spaces(s: str, j: int) -> int:
    while j < len(s) and s[j] == " ":
        j += 1
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
        or _ROUTE.match(s, k) is not None
        or (chinese and s.startswith(_PLANS, k))
    )


_PLANS = ("年计划", "年计画", "年计畫", "年规划")
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
    "立",  # (立 of 立减, whose 减 a change word takes; 省 after 最高 may be a province:
    "(?<=封顶)省",  # 人均GDP最高省12万元, a review's)
)  # fmt: skip
"""最高补助7000元: 最高 or 最低 apart from its figure by a verb of paying; a cap or a peak?"""
