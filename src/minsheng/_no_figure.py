"""Words that hold a numeral but no figure: names, ordinals, ages, thresholds and dates.

二氧化碳, 第三批, 15分钟生活圈, 3岁以下婴幼儿, 投资10亿元以上项目, 2025年12月:
each holds a numeral that counts nothing the phrase reports.  The parser
skips them (:func:`_covered`) or refuses what is left of them, and the scan
(:mod:`minsheng._scan`) finds no figure inside them.  The financial
numerals (大写) are here too: they are words (陆续, 队伍) unless they stand
beside another or a word of money.
"""

from __future__ import annotations

from minsheng._patterns import compiled
from minsheng._words import _NOT_ABOUT

_OTHER_NUMERALS = frozenset("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟")  # 大写, never read: refused
# 大写 numerals write whole amounts (叁仟伍佰元整), never beside Arabic digits or
# small numerals: 队伍3000人, 入伍一年 are words
_BESIDE_NUMERALS = _OTHER_NUMERALS | frozenset("万萬亿億元圆圓角整")


def financial_numeral(s: str, k: int) -> bool:
    """Whether ``s[k]`` is a financial numeral (大写) as a number: 叁仟, 伍元.

    Each of them is also a character of everyday words (陆续, 队伍, 参保 in
    traditional script as 參保, 收拾); it writes a number only beside another
    大写 numeral or a word of money.
    """
    return s[k] in _OTHER_NUMERALS and (
        (k > 0 and s[k - 1] in _BESIDE_NUMERALS)
        or (k + 1 < len(s) and s[k + 1] in _BESIDE_NUMERALS)
    )


LIGHT_HOUSING = "简约公屋"
"""Hong Kong's Light Public Housing, a name whose 约 is no "about"."""

# Words that hold a numeral character but no figure, and ordinals (第三批).
_WORDS = compiled(
    r"统一|同一|逐一|唯一|进一步|一律|一并|一体|一般|二次|十大|零工|零售|零星|零距离|两病|两癌|"
    r"一网通办|一站式|一刻钟|四好|一批|"
    # a twenty-second hunt's, read as at least 0 or 1 after 确保: 清零, 归零 (nothing
    # left), 一个不漏, 一次办好, 一户一人 (set words of policy)
    r"清零|归零|一[个户人件家村]?[也都]?(?:不漏|不落|不少|不能少)|一次办好|一次办成|一次办结|"
    r"一[户人村]一[人策岗档]|"
    # names and set words of policy (一次性补贴, 一老一小, 一件事一次办): no figure
    r"一次性|一件事一次办|一件事|一老一小|一老一幼|一卡通|一码通|一网统管|一张网|一条龙|一门式|一窗|一键|"
    r"一系列|一带一路|一事一议|一对一|一户一表|一人一档|一村一品|一线|一流|一些|三农|"
    # 1年期贷款基准利率, 一年期LPR, 5年期以上LPR (a nineteenth hunt's, read as 1 and 5
    # years): the term that names a rate, no figure
    r"(?:(?<![0-9.])[0-9]{1,2}|(?<![一二三四五六七八九十])[一二三五十]{1,2}) *年期(?:及?以[上下])?"
    # (not 最长3年期贷款, 不超过3年期的贷款: the loan's own term, a review's)
    r"(?= *的?(?:LPR|lpr|国债|(?:存款|贷款)(?:市场报价|基准)?利率|基准利率|市场报价利率))|"
    + LIGHT_HOUSING
    + "|"
    # 簡約公屋 (an eighth hunt's): Hong Kong's Light Public Housing, whose 约 is no
    # "about" (精简约40% is about 40 % fewer)
    r"[Pp][Mm] ?(?:2\.5|10)(?![0-9.])|"  # PM2.5年均浓度: a pollutant, not 2.5 years
    # NO2年均濃度, CO2年排放量 (a twenty-ninth hunt's, Hong Kong's: read as 2 years): a
    # formula's subscript, not a figure
    r"(?<![A-Za-z])(?:[Nn][Oo]|[Ss][Oo]|[Cc][Oo]|[Nn][Hh]|[Cc][Hh]|O)[2-4](?![0-9.-])|"
    # 每万人拥有5G基站数达到22.2个, 4K电视, 10G PON (a thirty-fourth hunt's: the scan
    # cut the phrase at 5 and lost its per 10,000): names of a kind (not 10G流量, 月薪8K:
    # its review's, amounts, refused)
    # (not after a comparator: 流量不足2G用户300万户, a second review's)
    r"(?<![A-Za-z0-9.足过于到达超])"
    r"(?:[2-6]G(?= *(?:基站|网络|网|用户|手机|终端|信号|覆盖|技术|应用|专网|行业|产业|融合|套餐"
    r"|消息|\+))|10G(?= *PON)|[48]K(?= *(?:电视|超高清|视频|频道|节目)))|"
    # 京港澳高速K1200+300处 (a thirty-fifth hunt's probe: 300 处): a road's stake
    # K101次列车, G1234次: a train's number (a review's)
    r"(?<![A-Za-z0-9])[GDCZTKYL][0-9]{1,4}(?= *次)|"
    # (with + or after a road's name: not K12学校, a review's)
    r"(?<![A-Za-z0-9])(?:(?<=[速道线路])[Kk][0-9]{1,4}(?: *\+ *[0-9]{1,4}(?:\.[0-9]+)?)?"
    r"|[Kk][0-9]{1,4} *\+ *[0-9]{1,4}(?:\.[0-9]+)?)(?![0-9])|"
    # 3个24小时城市书房, 24小时自助图书馆 (a sixteenth hunt's, read as 24 hours): the
    # hours that name a kind of place (24小时自助办理, 24小时开放 are hours of service)
    r"(?<![0-9.])24 *小时[“\"「]?(?:自助|公益性|便民)?(?:城市书房|城市书屋|书房|书屋|图书馆"
    r"|阅读空间|便利店|便利商店|超商|药店|书店|服务站|驿站|自助银行|营业厅|商店|超市|食堂"
    r"|机场城市书房)|"
    r"[新上下本首末]一轮|" + "|".join(_NOT_ABOUT) + "|"  # 新一轮城市更新: a new round, no count
    # 最多的一天达到3.2万人次: the busiest day, no bound on a count of days (an
    # eighth hunt's: read as at most 1 day)
    r"(?:最多|最少|最高|最低|最忙|最长|最短)的一(?:天|日|周|个月|年)|"
    r"两新|两重|四上|十八大|十九大|二十大|十[一二三四五]五|"
    # 15分钟生活圈, 15分钟便民服务圈, 15分钟高品质生活服务圈, 1小时通勤圈: a name, not
    # fifteen minutes; and 最后1公里, the last mile (a hunt's)
    # each run is tried from its start only (not from each of its digits: a run
    # of 50,000 took minutes)
    r"(?:(?<![0-9])[0-9]+|(?<![一二三四五六七八九十])[一二三四五六七八九十]+)"
    r" *(?:分钟|小时)[”」』\"’]?[^内以到达\W\d]{0,10}?圈|最后(?:1|一) *公里|"
    r"(?<![一二三四五六七八九])[一二三四五六七八九]+(?:级|等|星|类)(?![0-9])|"
    r"第 *(?:[0-9]+|[零〇一二两三四五六七八九十百千]+)|"  # (第 1 名: an ordinal with a space)
    # 附件1 300个: a label's number, no figure (图, 表 and 编号 where no word ends
    # in them: 地图5万份, 代表3000人, 门牌编号 are words)
    r"(?:附件|附表|附录|附图|序号|(?<![\u3400-\u9fff])(?:图表|图|表|编号)"
    # 如图1所示, 见表2, 如图1-2所示 (a twentieth hunt's: found as 1 所; not 意见表3000份)
    r"|(?:如|(?<!意)见|详见|参见|如下|见下)(?:图表|图|表)) *[0-9]+(?:[-—–.][0-9]+)*"
    # 以表3所列为准, 在图1所示范围内 (a second review's): a label before 所示, 所列, 所述
    r"|(?:图表|图|表) *[0-9]+(?:[-—–.][0-9]+)*(?= *所[示列述])"
)
# An age that qualifies the subject (3岁以下婴幼儿, 65周岁以上老年人, 60岁的老人)
# holds a numeral, and the figure comes after it; alone (65岁以上长者) it is the figure.
_AGE_NUMBER = "(?:(?<![0-9])[0-9]+|(?<![零〇一二两三四五六七八九十])[零〇一二两三四五六七八九十]+)"
# (and 24个月龄以上, 12个月龄以下婴儿: a nineteenth hunt's, read as 24 and 12 months)
_AGE = f"{_AGE_NUMBER} *(?:周?岁|个?月龄)"
# 80周岁(含)至99周岁(含): each end inclusive (a nineteenth hunt's, read as 80 周岁)
_INCLUSIVE = f"(?:[（(]含(?:{_AGE})?[）)])?"
_AGE_ITEM = f"(?:{_AGE_NUMBER} *(?:至|到|-|—|~) *)?{_AGE}(?:及?以[上下])?"
# the people a list of ages names (not 分别为78岁、83岁和80岁, values: a review's)
_PEOPLE = "户籍|常住|人口|人员|居民|老人|老年人|儿童|青少年|青年|妇女|男性|女性|群体|组"
# the bound of an age that qualifies the subject is the age's (不满90周岁的每人每月100元,
# 未滿1歲嬰兒…占19.7%: a twentieth hunt's, read as under 100 元 and under 19.7 %)
# (and the negated ones: 不低于60周岁的, 未达到60周岁的, a review's)
_AGE_BOUND = (
    "(?:(?P<bound>不满|未满|不足|不到|超过|低于|高于|大于|小于|至少|年满|已满|满"
    "|不低于|不小于|不高于|不大于|不超过|未达到|未达|未超过|达到|大于等于|小于等于|不少于"
    "|不得低于|不得高于|不得超过) *)?"
)
AGE = compiled(
    # 不满周岁婴儿: under one year of age, with no numeral (a twentieth hunt's: its
    # label (0岁) read as under 0 years)
    "(?:不满|未满)周岁(?=[\u4e00-\u9fff])|"
    # (a range may print 岁 at its high end alone: 50~74 周岁本地户籍居民, a trial's
    # draft's target)
    f"{_AGE_BOUND}(?:{_AGE_NUMBER} *(?:至|到|-|—|~) *)?{_AGE}{_INCLUSIVE}"
    f"(?:(?:至|到|-|—|~){_AGE}{_INCLUSIVE})?"
    "(?:及?以[上下])?"
    # not the low end of a range that ends the clause (服务对象为3周岁至6周岁。: a
    # fourth hunt's, found as 6周岁 alone), which the scan finds whole
    # (24个月龄以上至满足入园条件前: an infant's age, 至 before words, no range; not
    # 18周岁以上至法定退休年龄, an age that is the figure, a review's)
    "(?:(?=[\u4e00-\u9fff])(?!左右|上下|以|及|至|到)|(?<=月龄以上)(?=至[^0-9零〇一二两三四五六七八九十])"
    # nor a list of ages that a noun ends (0-17岁、18-34岁、60岁及以上户籍人口: a
    # fifteenth hunt's, the first items found as ranges of years of age)
    f"|(?=(?: *、 *{_AGE_ITEM})+(?:{_PEOPLE})))"
)
CLASS_BY_SIZE = '[“"「]?超?大班额'
"""56人以上大班额: classes of 56 pupils or more, a kind of class that its size names (left
by a sixth hunt: read as at least 56 people)."""
_IN_THE_CLAUSE = "[^，。；,;：:\n]*?"
FIGURE_LATER = compiled(f"{_IN_THE_CLAUSE}[0-9]")
"""Words to a later figure in digits, in the same clause."""
# a later figure of the clause, in digits, or in a numeral and its classifier that end
# the clause (护理院三家: a fourteenth hunt's, where ≥ 100 beds was found before a
# count in a numeral; not 项目一个不落, 一项目一专班, 千家万户, a review's)
_COUNTED_AFTER = (
    f"{_IN_THE_CLAUSE}(?:[0-9]"
    "|(?<!第)[一二两三四五六七八九十百千]+[家个所座处项栋幢](?=$|[，。；,;：:、）)\n]))"
)
THRESHOLD = compiled(
    "(?<![0-9.])[0-9]+(?:\\.[0-9]+)?(?:万|亿)?(?:元|平方米|平米|亩|人次|人|户|吨|千瓦|立方米|张)"
    "及?以[上下]的?"
    # a noun of a class of things (not 城镇调查失业率, 一站式, 职工: a review found the
    # threshold hidden or the figure after it refused where the noun was another)
    # (护理院, 养老院: a thirteenth hunt's 床位100张以上的护理院3家, found as ≥ 100 beds)
    "(?=(?:重点)?(?:工业)?(?:项目|企业|建筑|社区|小区|单位|商户|场所|园区|工程|楼宇"
    "|护理院|养老院|养老机构|医院|卫生院|幼儿园|学校"
    # (木质房屋连片村寨, 的村, 的站点, 公共建筑: a sixteenth hunt's, read as ≥ 50 户)
    "|木质房屋|村寨|行政村|自然村|村庄|村(?![民级委集])|乡镇|站点|公共建筑|城市)"
    f"{_COUNTED_AFTER})"
    # 500万以上人口的城市达13个: a class of places by their population (a hunt's; not
    # 为20万以上的城镇居民提供3次, a count of residents)
    "|(?<![0-9.])[0-9]+(?:\\.[0-9]+)?(?:万|亿)?(?:人口以[上下]|以[上下]人口)的"
    f"(?=(?:城市|县城|县|城镇|乡镇|地区){_COUNTED_AFTER})"
    # 新增3家销售超百亿元企业: a class of firms by their sales (a hunt's)
    "|(?<=[超逾])(?:[0-9]+(?:\\.[0-9]+)?|[一二两三四五六七八九十百千]+)(?:万|亿)元"
    "(?=(?:的)?(?:企业|工业企业)(?!投资|建设|资金))"
    # 消除56人以上“大班额”: a class of classes by their size
    f"|(?<![0-9.])[0-9]+人及?以上的?(?={CLASS_BY_SIZE})"
)
"""投资10亿元以上项目10个, 100平方米以上的社区食堂20个: an amount that qualifies what a
later figure of its clause counts, as an age does (a scan hunt's: read as ≥ 10亿元);
so do a population before a class of places, sales before a class of firms and a size
before a class of classes."""
YEAR_OPENERS = "自从至到于"
"""Words before a year of the Republic (自106年, 增至111年) that make it a date before a figure."""
# 20年代工经验, 30年代理经验, 10年代价 (a review's): a count of years, then a word of 代
_NOT_A_DECADE = "表|理|工|码|价|替|际|言|办|缴|发|购|管|收|销|课|代|运|扣|驾|付|培|账|偿"
_DATE = compiled(
    r"(?:(?:[12][0-9]{3}|[一二][〇零一二三四五六七八九]{3}) *年"
    r"(?: *[0-9]{1,2} *月(?: *[0-9]{1,2} *日)?)?"
    r"(?:底|末|初|度)?|[0-9]{1,2} *月(?: *[0-9]{1,2} *日|底|末|初|份)"
    r"|^(?:近|过去)?[一二两三四五六七八九十]年"
    # 去年（113年）: a year of the Republic of China, named beside 去年
    r"|(?<=[去今明前]年[（(])[0-9]{2,3}年(?=[）)])"
    # 118學年, 自113學年起, 114學年至129學年 (a thirty-third hunt's, Taiwan's: read as
    # so many school years): a school year of the Republic in three digits (not 16学年)
    r"|(?<![0-9.])1[0-4][0-9] *学年(?!制)"
    # 104.05(100年=100) (a thirty-first hunt's, read as 100 years): an index's base year
    r"|(?<![0-9.])[0-9]{2,4} *年 *(?==)"
    # 10年前(94年) (a twenty-ninth hunt's, read as 94 years): a year of the Republic (80
    # to 99) alone in brackets (in three digits, (108年), it is refused, as alone)
    r"|(?<=[（(])(?:8[0-9]|9[0-9])年(?=[）)])"
    # 民國113年 (2024), 民國108年至110年: years of the Republic of China
    r"|民国 *(?:[0-9]{1,3}|[一二三四五六七八九十〇零百]{1,5}) *年"
    r"(?: *[0-9]{1,2} *月(?: *[0-9]{1,2} *日)?)?"
    r"(?: *(?:至|到|-|—|~) *[0-9]{1,3} *年)?"
    # 115年底, 96年6月30日: a year of the Republic of China where a month or its
    # end follows (a count of years has none: 3年6个月), or a range of months or a
    # half (101年1至12月, 113年上半年: a hunt's, read as 101 and 113 years)
    r"|(?<![0-9.])[0-9]{2,3} *年 *(?:[0-9]{1,2} *月(?: *[0-9]{1,2} *日)?|底|末|初|度"
    r"|[0-9]{1,2} *(?:至|到|-|—|~) *[0-9]{1,2} *月|[上下]半年)"
    # 較103年增0.8%, 自112年起, 去年114年第4季, 107年全年經濟: a year of the Republic
    # of China (80 to 149) that a comparison, a start or a quarter names (a seventh
    # hunt's, read as 103 years), and 80年代; not a count of years: 不低于100年, 满80年起,
    # 从100年缩短到80年, 比100年前 (a review's)
    r"|(?<![0-9.])(?:8[0-9]|9[0-9]|1[0-4][0-9]) *年"
    r"(?:(?=第[1-4一二三四]季|相比|全年(?:经济|GDP))"
    r"|(?<=[较比与][0-9]{2}年)(?<!相比[0-9]{2}年)(?![前后内来间])"
    r"|(?<=[较比与][0-9]{3}年)(?<!相比[0-9]{3}年)(?![前后内来间])"
    r"|(?<=[自从][0-9]{2}年)(?=起)|(?<=[自从][0-9]{3}年)(?=起)"
    # 預計於115年完成: in the year, after a verb of plan or time (not 不低于100年,
    # 相当于, 长于 or 高于: a count)
    r"|(?<=[计将已拟定并]于[0-9]{2}年)|(?<=[计将已拟定并]于[0-9]{3}年)"
    # 自106年51萬1千人增至111年82萬9,431人: a year right before its figure (an
    # eleventh hunt's, read as 106 and 111 years), and 97年占17.73%, a year's share;
    # after 自, 至 and the like or opening a clause (not 建校100年3万余名毕业生, a span)
    r"|(?:(?<=^[0-9]{2}年)|(?<=^[0-9]{3}年)"
    f"|(?<=[{YEAR_OPENERS}，。；、,;\n][0-9]{{2}}年)|(?<=[{YEAR_OPENERS}，。；、,;\n][0-9]{{3}}年))"
    r"(?=[0-9]|占)"
    r"|(?=代))"  # 80年代: the 1980s
    # 2025天府人工智能产业生态大会, 2027台湾灯会 (an eighteenth hunt's, read as 2025 天
    # and 2027 台): a year that opens an event's name, with no 年
    # (not 2000人参加运动会: people who take part in one)
    # (only where a measure word would start the name: before any other word the year
    # is a bare number, no figure; not 2000万元举办马拉松, 2000家博物馆亮相博览会, reviews')
    r"|(?<![0-9.])(?<![0-9],)20[0-3][0-9]"
    # (not 2000台中央空调, 2000台北斗终端, 2000台北京产汽车: machines, a review's)
    # (and a report's or a yearbook's title: 《2018 天津科技统计年鉴》, 2024人工智能产业发展
    # 报告, 2023台州市科技统计公报, a thirty-fourth hunt's, read as 2018 天 and 2024 人)
    r"(?= *(?:天府|天津|天水|天河|天宫|天翼|人工智能|台湾(?!产)|台州|台北(?![京斗汽方])"
    r"|台中(?![央型高小低大])|台南|元宵|元旦|元宇宙|家博会|米兰|张江(?![苏南西北东])))"
    r"(?=(?:(?!参加|参与|参会|参赛|出席|观看|观赛|报名|走进|来到)[^，。；、,;:!?\n0-9]){0,16}?"
    r"(?:大会|博览会|博会|灯会|马拉松|论坛|峰会|展览会|交易会|运动会|艺术节|文化节|音乐节"
    r"|电影节|旅游节|设计周|时装周|书展|车展|展会|美食节|购物节|嘉年华|动漫节|元宵节|晚会"
    r"|冬奥会|奥运会|美食展|年鉴|公报|报告|白皮书|蓝皮书|会堂|课堂|发展目标))"
    # 2024台积电营收, 2025元宇宙…: a year before a name no count can start
    # (not after a word: 培养2000人工智能人才, 2000 of them, a review's)
    r"|(?<![0-9.\u3400-\u9fff])(?<![0-9],)20[0-3][0-9](?= *(?:台积电|人工智能|元宇宙))"
    # 2025学年, 2024-2025学年: a school year, a date (学年 a measure word since a review)
    r"|(?<![0-9.])[12][0-9]{3}(?: *(?:-|—|~|/|至|到) *[12][0-9]{3})? *学年"
    # and 113學年度, 112學年度第2學期, 24-25学年, 24学年第一学期: Taiwan's years of the
    # Republic and years in two digits (a review's, read as 113 and 24 学年)
    r"|(?<![0-9.])[0-9]{2,3}(?: *(?:-|—|~|/|至|到) *[0-9]{2,3} *学年| *学年(?=度|第))"
    # 50年代, 六十年代, 上世纪70 年代 (an eighteenth hunt's, read as 50, 60 and 70 years)
    # (not 70年代表大会, 服务满30年代表: 代表, representatives, a review's)
    rf"|(?<![0-9.])[1-9]0 *年(?= *代(?!{_NOT_A_DECADE}))"
    rf"|(?<![〇零一二三四五六七八九十百])[一二三四五六七八九]十年(?=代(?!{_NOT_A_DECADE}))"
    # 一一二年起: the same year in digits of words; and 一一四年度, 一一四年十二月底, 一一五年
    # 預計 (a fifteenth hunt's, read as 114 and 115 years: a year before a month, its
    # end or a plan; a count in such digits, 建校一一○年, is refused, not passed over)
    r"|(?<![〇零一二三四五六七八九十])(?:一[〇零一二三四]|[八九])[〇零一二三四五六七八九]年(?=起)"
    r"|(?<![〇零一二三四五六七八九十])一[〇零一二三四][〇零一二三四五六七八九]年"
    r"(?=度|底|末|初|[上下]半年|[一二三四五六七八九十]{1,2}月|[0-9]{1,2}月|预计|起)"
    r"|[12][0-9]{3}/[0-9]{2}(?![0-9/])(?:年度)?"  # 2024/25年度: a fiscal year
    r"|[12][0-9]{3}/[01]?[0-9]/[0-3]?[0-9](?![0-9])"  # 2025/12/31
    # a reviewer's: 2026-02-03 and 2026.02.03, with a time (08:30) after them
    r"|[12][0-9]{3}([-.])[01]?[0-9]\1[0-3]?[0-9](?![0-9.])"
    r"(?: +[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?(?![0-9]))?"
    # 8:30至17:30 (opening hours start at 5 or later: 1:10至1:15 is a ratio's range)
    r"|(?:[5-9]|[01][0-9]|2[0-3]):[0-5][0-9] *(?:至|到|-|—|~) *[0-2]?[0-9]:[0-5][0-9])的?"
)


def _covered(s: str, a: int, b: int) -> set[int]:
    """Positions in s[a:b] inside words that hold numerals but no figure."""
    return {k for m in _WORDS.finditer(s, a, b) for k in range(m.start(), m.end())}
