"""The parser's words of units: what may follow a figure as its unit.

The unit registry's symbols, the measure words sources print that the
registry leaves to datasets, the other spellings of a unit (㎡, 公尺, 钟头), and
what may not follow a measure word for it to be one (10部门 is no 10 部); and the
measure words the parser does not read, which refuse the figure before them
(3毫米, 10個工作天), with the words that only look like them (3方面, 3000个点位).
"""

from __future__ import annotations

import re

from minsheng._patterns import compiled
from minsheng._units import UNITS

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
    # a twenty-fourth hunt's: 12.5亿千瓦·时 and 3.2亿千瓦小时 read as 千瓦 (power)
    **dict.fromkeys(
        ("千瓦·时", "千瓦•时", "千瓦∙时", "千瓦・时", "千瓦‧时", "千瓦小时", "千瓦·小时"), "千瓦时"
    ),
    "平方公尺": "平方米",
    "立方公尺": "立方米",
    # the units with a bracket, printed with ASCII brackets
    **{u.replace("（", "(").replace("）", ")"): u for u in UNITS if "（" in u},
}
DAYS_OF_A_KIND = (
    # a twenty-third hunt's: 10個工作天內 (Hong Kong's working days), 20個曆日, 5個營業日,
    # 30个日历天, 7个交易日 and 5个工作小时 read as 10 个, within lost
    "自然日", "工作天", "历日", "日历天", "日历日", "营业日", "交易日", "银行工作日",
    "法定工作日", "工作小时", "工作周", "办公日",
    # and its review's: 自然天, 營業天, 辦公天, 自然周, 连续3个自然月 (months), and days
    # with a word before them (5個完整工作天, 10个有效工作日, 国家法定工作日)
    "自然天", "营业天", "办公天", "自然周", "自然月", "教学日", "结算日", "银行营业日",
    "完整工作天", "完整工作日", "有效工作日", "连续工作日", "国家法定工作日",
)  # fmt: skip
"""Days, weeks and months of a kind that minsheng does not read: 个 before one is no unit."""
_NOT_DAYS = {"交易日": "交易日(?!志)", "工作周": "工作周(?!期)"}  # 交易日志, 工作周期
DAYS_AFTER = "(?:{})".format(
    "|".join(_NOT_DAYS.get(d, d) for d in sorted(DAYS_OF_A_KIND, key=len, reverse=True))
)
_UNIT_GUARDS = {
    # a twenty-fourth hunt's: 49.8億噸標準煤 and 545千克标准煤 read as 吨 and 千克 (of
    # coal equivalent: energy, refused below)
    "吨": "(?!标准?煤|油当量)",
    "千克": "(?!标准?煤)",
    "公斤": "(?!标准?煤)",
    "周": "(?![年边期末])",  # 100周年 is an anniversary, not 100 weeks; 周边, 周期, 周末
    "个周": "(?![年边期末日])",  # a review's: 3个周边县区, 3个周期 read as weeks
    # a review's: 3个自然日 read as 3 个 (refused below); a twenty-third hunt's:
    # 10個工作天內, 20個曆日, 5個營業日 and others of days of a kind
    "个": f"(?!工时|工日| *{DAYS_AFTER})",
    # 324億年升13.7%: 年升 after 亿 is year on year, not 324亿 years (近3年增长 is years)
    # (and 香港人口729.8萬 年增0.8%, a space before 年: a thirty-seventh hunt's; 人口1.2亿年均)
    "年": "(?!(?:(?<=[万亿萬億]年)|(?<=[万亿萬億] 年))[升增涨降跌减均])",
    "部": "(?![门委署级分位长队属])",  # 10部门, 3部委: departments, not 10 units
    # 图1所示, 表2所列: shows, lists (a twentieth hunt's: 1 所); but 3所示范幼儿园 and
    # 5所列入计划 count schools (a review's)
    "所": "(?!示(?!范)|列(?![入为])|述)",
    "口": "(?![罩岸径腔号头碑味])",  # 3000口罩 is masks, 5口岸 ports
    "处": "(?!理器)",  # 鲲鹏920处理器: a processor's model (a thirty-fourth hunt's: 920 处)
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
    # 120万户籍人口, 9625億人幣 (Hong Kong's renminbi), 120万家庭, 5.2万亿元旦前: a word
    # that a measure word starts (a thirty-seventh hunt's: households, people, firms, 元)
    "户": "(?!籍)",
    "人": "(?!币)",
    "家": "(?!庭)",
    "元": "(?!旦)",
    "日": "(?![元币圆])",  # 8亿日元 (a review's: read as 8亿 days): yen
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


# Measure words after a bare figure that the unit registry does not hold: read
# as the start of a subject, the figure would lose what it counts (减息0.25厘,
# 12.5点子, 175基点, 收报6114.4点, 23.5万剂次, 3毫米, 5度电), so they are
# refused.  点 after a number is also a time of day.
_BASIS_POINTS = ("基点",)  # the text is folded: 點 is 点 here
_UNREAD_MEASURES = (
    *_BASIS_POINTS, "点子", "厘", "釐", "点", "剂", "劑",
    "毫米", "公分", "毫克", "克", "兆瓦", "瓦", "度", "毫升", "公升", "升", "英里", "海里",
    # 29微克/立方米, 99683平方 (square metres, or square what?), 300坪 (Taiwan's area)
    "微克", "微米", "纳米", "平方", "立方", "坪",
    "分贝", "分貝",
    "班",  # 日发班次532班: bus services, or 30班 school classes?
    # a twelfth hunt's: 产量3110担 (a weight), 3.5亿标箱 (containers), 300方 (cubic
    # metres, or parties?), 300延米, 100学时 (hours of class), 300标台 (buses)
    "担", "擔", "标箱", "標箱", "标准箱", "標準箱", "延米", "学时", "學時", "标台", "標台", "方",
    "课时", "学分",  # a seventh hunt's: 每周不少于1课时 read with no unit
    "角",  # 每支烟的税款调高8角: a tenth of a yuan, which 元 does not say
    # a hunt's: 3伏, 5万伏特, 3万安培, 3万桶 and 3万圆 read as bare numbers
    "伏特", "伏", "安培", "焦耳", "赫兹", "桶", "圆",
    "时",  # a hunt's: 开放时间延长至21时 (9 pm) read as a level of 21
    # and 用房3000平 (square metres, said short), 26摄氏度, 26℃, 3000块钱, 3毛钱
    "平", "摄氏度", "华氏度", "℃", "℉", "°", "块钱", "毛钱",
    "块", "毛",  # 补贴3000块 (yuan, said short), 3块地 (plots): the measure dropped
    "自然日", "工时", "工日",  # a fourth hunt's: days or hours of a kind, read bare
    "个自然日", "个工时", "个工日",  # and with 个 (3 个, its review's)
    # and days of a kind (a twenty-third hunt's: 10個工作天內 read as 10 个)
    *(w for d in DAYS_OF_A_KIND for w in (d, f"个{d}")),
    "捆", "束", "朵", "枝", "串", "堆", "副", "顶", "幅", "卷", "杯", "碗", "桌",
    # a sixth hunt's: 新增墓穴10000穴, 公交站台10对, 54基, and others of things
    "穴", "对", "孔", "樘", "泊", "尊", "扇", "堵", "杆", "面", "道", "节", "组", "队", "层",
    "头只",  # a ninth hunt's: 存栏100头只 (head of cattle and of sheep) read bare
    # a twenty-fourth hunt's: tonnes of coal equivalent, 577.3万重量箱 (glass), 5.2万千升
    "吨标准煤", "千克标准煤", "公斤标准煤", "标准煤", "吨标煤", "千克标煤", "公斤标煤", "标煤",
    "吨油当量", "油当量", "重量箱", "千升",
    # a twentieth hunt's: 體重超過500公克 (grams, Taiwan) and 超过100英尺 read bare
    "公克", "英尺", "英寸", "英亩", "英里", "加仑", "磅", "盎司", "公吨",
    # a twenty-seventh hunt's: land measured in 垧 (the north-east's), 斗种 (Hong Kong's),
    # 公亩 (ares) and 斗, read bare after a bound (不少於1斗種); and 吉焦 of heat (a review's)
    "垧", "斗种", "斗", "公亩", "吉焦", "兆焦", "千焦",
    # a thirty-sixth hunt's: 4853吉瓦时, 460萬瓩 (Taiwan's kilowatt), 太焦耳, 公秉 (Taiwan's
    # kilolitre), 公釐, 马力, 安时, read bare; and a thirty-seventh's 3.5碼 (Taiwan's step of a
    # quarter point in a rate)
    "吉瓦时", "吉瓦", "太瓦时", "太瓦", "太焦耳", "太焦", "公秉", "公釐", "瓩", "马力", "安时",
    "毫安时", "大卡", "千卡", "码",
    # and units as one character (35㎍/㎥, 0.5㎎/L, 3㎏: a review's); ㎡ and ㎞ read
    "㎍", "㎎", "㎏", "㎖", "㎗", "㎘", "㎜", "㎝", "㎥", "㎠", "㎤", "㎦", "㎣",
    "㏊", "㏈", "㎿", "㎾", "㎢", "㎸", "㏄", "㎐", "㎑", "㎒", "㎽", "㎼", "㎶",
)  # fmt: skip
_DAYS_AFTER_GE = compiled(f"个 *{DAYS_AFTER}")
_UNREAD_BY_LENGTH = tuple(sorted(set(_UNREAD_MEASURES), key=len, reverse=True))


def unread_measure_end(s: str, k: int) -> int:
    """Where a measure word the parser does not read, at ``k``, ends; ``k`` where there is none.

    The scanner's refused phrase reaches over it: 3个自然日 (3个自然 reads), 10个 工作天.
    """
    days = _DAYS_AFTER_GE.match(s, k)
    if days is not None:
        return days.end()
    return k + len(next((w for w in _UNREAD_BY_LENGTH if s.startswith(w, k)), ""))


# 3000个点位: monitoring sites, a noun; 坪山, a district; 3方面, 3方案: aspects, plans
_NOT_MEASURES = (
    "点位", "坪山", "方面", "方案", "方式", "方法", "方向", "方位", "方言", "方舱",
    "角色", "角度", "角落", "角逐", "角膜", "角星", "圆满", "圆梦", "伏击",
    "时期", "时代", "时间", "时段", "时速",
    "平台", "平安", "平均", "平衡", "平价", "平稳", "平原", "平房", "平等", "平凡", "平时",
    "平整", "平米", "平方米", "平方公里", "平方千米",
    "毛巾", "毛病", "毛利", "毛孔", "毛衣", "毛绒", "毛坯", "块状", "块头",
    "副业", "副食", "副职", "副县", "副市", "副省", "副主", "副中心", "顶尖", "顶级", "顶层",
    "幅度", "卷烟", "桌面", "杯赛", "束缚", "堆场", "串联",
    "对于", "对象", "对接", "对口", "对比", "对外", "对标", "对照", "对应", "对话", "对全",
    "孔径", "尊重",
    "面积", "面向", "面对", "面貌", "面临", "面上", "面的", "道路", "道德", "道理", "道口",
    "节约", "节点", "节能", "节日", "节水", "节假日", "节目", "节省", "节奏", "节庆",
    "组织", "组建", "组团", "组成", "组合", "组长", "组的", "队伍", "队员", "队长", "队的",
    "层次", "层级", "层面", "层的", "杆塔", "节气", "对1", "对2", "对3", "对一",
)  # fmt: skip
