"""The parser's words of denominators: what 每 may govern, and what stands for it.

每人每月, 每千名老人 and 每个托位 name a denominator after 每; 人均, 日处理,
年产 and 千人口 print one without it.  :mod:`minsheng._per_reading` reads them
before a figure; the rest of the parser's vocabulary is :mod:`minsheng._words`.
"""

from __future__ import annotations

from minsheng._numerals import NUMERAL_CHARS
from minsheng._patterns import compiled

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
# 城乡均达到30%, 各区县均, 全县均, 乡镇均: places, all of them, or each of them (a
# twentieth hunt's: read as 30 % per 乡); never a denominator word, and refused
# (but 全市村均, 全省校均, 城区校均 are a whole area's average per place: a review's;
# and 全县均, 两县均, 3县均, 农村均, 学校均, 试点村均 are all of them: its second review's)
_PLACES_ALL = (
    "(?<!(?<![全城])[城乡镇村县区市省旗州])"
    "(?<![各有部个政全的然制点述农学0-9一二两三四五六七八九十])"
)
_NOT_ALL_PLACES = compiled(_PLACES_ALL)


def places_before(s: str, k: int) -> bool:
    """Whether places (城乡, 各区县, 所有村, 两个县) end at ``k``: 均 after them is "all"."""
    return _NOT_ALL_PLACES.match(s, k) is None


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
    rf"|{_PLACES_ALL}([{_PLACES_AVERAGED}]){_AVERAGE}"
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
    # 每户居民月实际用水量在10立方米以内 (a twenty-fifth hunt's: per household, its
    # month lost), 年用气量, 年用电量: a tier of a utility's price
    rf"|(?:实际)?用[水电气热]量"
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
    # 单台补贴不超过2000元, 单笔贷款最高50万元, 单户最高补助3000元: per machine, loan,
    # household, as 每台, 每笔, 每户 (a nineteenth hunt's, read as a plain cap); not a
    # word that ends in 单 (清单, 订单, 菜单, 名单, 保单) nor 单台阶, 单户型, 单套餐
    # (nor 存单笔数, 收单笔数, 榜单台州, 单套制, 单户数: a review's; but 回收单台补贴,
    # 单笔数额, 单台制冷量, 单台数控机床, 单户口粮 are per one: its second review's;
    # and 單坪, Taiwan's per ping, a thirtieth hunt's: 賣破單坪兩百萬元 read with no per)
    rf"|(?<![清名订账帐菜保运面工买下简孤传表罚接抢派落晒床被货票报签挂提开出审填申打榜])单"
    rf"(?:([台笔辆套户坪])(?![账阶风湾式型号位餐间元州籍]|数(?![额控])|制(?![冷热造作])|口(?!粮)))"
)
# 校均配备2名, or 学校均已建成? A 均 after 村, 校, 县, 镇 or 乡 that no figure
# follows may be "per" or "all": refused
_PER_OR_ALL = compiled(f"[{_PLACES_AVERAGED}]{_AVERAGE}")
_TIMES = "年月日天周"
_PER_WORD_STARTS = frozenset("年月日人生户亩千万小时按单" + _PLACES_AVERAGED)
