"""Fold a phrase into the one script and digit set the parser reads.

The parser gives meaning to a closed vocabulary: numerals, magnitude words,
comparator, approximation and change words, units and denominators.  Sources
print that vocabulary in simplified or traditional script, with ASCII or
full-width digits.  :func:`normalize` folds each character of the vocabulary
into its simplified, ASCII form, one character for one, so that every
position in the folded text is the same position in the original.

The traditional half of the table is derived from the vocabulary with OpenCC
(t2s, tw2s and hk2s): every character that OpenCC converts to a vocabulary
character is here, and nothing else.  tests/test_script.py checks the table
against OpenCC, so the maintained converter decides it, while the parser
needs no dependency beyond the core at run time.  Characters outside the
vocabulary (subject words) are left as printed.
"""

from __future__ import annotations

from minsheng._patterns import compiled

TRADITIONAL = dict(
    zip(
        # traditional and variant characters (including CJK compatibility ideographs)
        "並併個傢傳億兒內兩冊別區單噸場壓學將嵗幷張彆從戶擴於昇時枱條"
        "檯歲減滿漲為爲牀牴環畝盞確箇簡約級統網縣縮纍臺萬處衕裏補裡製"
        "計調踰較輛轉週進過達鄉醫鈡錶鍾鎭鎮鐘長門間陞離鞏韆項類颱餘體"
        "點老累不兩年零例了類六律理裏裡里離立度降精社突並类調"
        "負"  # for 负增长, which is refused rather than read as growth
        "來幾強沒無碼來"  # negations and rough counts, refused rather than skipped
        "佔夠節簽籤緻親違遲鄰頂預契履節節遲"  # comparators, and words that end in 约 or 近
        "摺數迴落數"  # rough counts and change words
        "溫稅雙"  # words that hold a change word but are none
        "撥發設費開髮"  # verbs of a change (增设, 增发)
        "辦"  # words with a numeral and no figure (一网通办)
        "係對帶檔綫線繫議農鍵龍路列龍流流"  # policy names with a numeral (一条龙, 一带一路)
        "樓熱號樓後"  # words that make a number a name (1号线, 12345热线, 3楼, 95后)
        "剋頃棟"  # units (千克, 公顷, 栋)
        "佈幣歐盧銖鎊韓金朗盧朗圓"  # currencies other than renminbi (港幣, 歐元)
        "緩率率價"  # a change in a rate of change (增速放缓, 增长率); 降價
        "動聯車遊車聯"  # words that start with 上下 (上下游, 上下联动)
        "劃務標"  # a margin over a target (超任務, 超計劃, 超目標)
        "勵報奬獎給貸貼資賠銷領\uf97f\uf9b4"  # verbs of paying after 最高 (最高補助, 最低獎勵)
        "國"  # 民國113年, a year of the Republic of China
        "躍"  # 跃升, a change word
        "晉"  # 晋升, a word that holds a change word but is none
        "貶"  # 贬值, a change word
        "隻頭衹"  # measure words (300万隻, 3000頭)
        # 168頁, 增產, 超額, 規模以上, 禮拜 (a week), 3種, and names: 三次產業, 十六連冠
        "頁產産額規禮\uf9b6\ufa18種業連\uf99a"
        "獲穫請\ufabb"  # verbs of getting after 最高 (最高可獲, 最高可申請)
        "脩\uf904\ufa26"  # falls (下修, 下滑) and 都 between a change and its figure
        "續"  # 连续 before a change and a time
        "當噹"  # 当年, a time word before 年均
        "還\ufa72"  # 同时, 还, 全年: adverbs before a change word
        "\ufa08"  # 提升行动, 三年行动: names
        "\uf96d"  # 全省: the place a pledge is for
        "彈揚"  # 反弹, 上扬: rises
        "應會"  # 不得超过, 不应低于: comparators with their modal verb
        # the words of a tenth hunt's fixes: verbs, comparatives, time words, places
        "創厤唸垻壩實層幫慶擡曆歷殘決濟現穩紀納終經維臘臨蓋訓該誤財這遠閏順齣\uf901\uf925\uf926\uf98b"
        "\uf98c\uf9a3\uf9f6\ufa17\ufa3b\ufa43\ufaa6\ufab7"
        "極輪\uf9d7"  # an eleventh hunt's: 增长极, 3轮
        # its period words and adverbs: 年營收, 月最低繳費標準, 年均實質增長, 年運送, 增長面積
        "勻復\uf966複準營積繳義質運遞閤際麪麫麵"
        "齊顧"  # 功能齊全日均, 顧全: words that end in 全, before a period
        "筆羣"  # a twelfth hunt's classifiers: 200筆, 6.1萬羣
        "顯勁\ufa5f"  # 20.7%的顯著下滑, 強勁增長: a change after its figure
        "\ufa93"  # 有望破: a compatibility form of 望
        "擬爭\uf98a壽"  # 擬, 力爭, 預期壽命: an outcome that is a plan (outcome-planned)
        "屆團糰旂"  # the ballot's 十五屆人大, 15個代表團, 旗 (a banner's congress)
        "總\uf97e"  # a total: 學位總數達到, 總量
        "許\uf976譜"  # about, after a figure: 3000人許, 3000個略多, 3000人之譜
        "侷問據旣況狀睏闆難題狀既難况難"  # status words: 無法接入的難題, 按既定計劃, 根據
        "僅剷廢結虛試鏟險風驗\ufa32\ufa8f"  # 僅部分, 試運行, 驗收, 結轉, 虛擬
        "園塵溼濕顫"  # 開園, 除塵, 除濕, 除顫: status words
        "備卽啓啟暫滯眞纔裝\uf9dd"  # status words: 尚未啟用, 暫緩, 滯後, 進展順利
        "優贏輸\ufac2"  # leads over another figure: 優於, 跑贏, 跑輸
        "員績邊"  # 成員, 成績 (成 in a word); 周邊 (a level compared with)
        "聲"  # 接近尾聲: work under way
        "惡噁\uf9b9"  # 同比惡化16.7%: a change of no sure way before a rate (a review's)
        "專檢\uf97c"  # 專線 (a phone number), 最高檢 (a procuratorate), 改良
        "宮藍\uf923鑑鑒"  # years that open a name (2023天宮課堂), a report's title (藍皮書, 年鑑)
        "囌蘇東絡視頻\ufa61\ufab8\ufa6a\ufacc鐵"  # 張江蘇, 5G網絡, 4K視頻, 推高鐵 (reviews')
        "帥麯麴"  # 韓元帥, 完美金曲: no currency (a review's)
        "潤診電"  # periods before 利潤, 門診量, 發電: 年利潤, 日門診量, 年發電
        "圖編"  # labels whose number is no figure: 圖2, 編號3
        "嬰師敎職\ufa5b\ufab2"  # subjects: 每萬名職工, 嬰幼兒, 教師, 患者
        "勝塊彔攝華遜錄錢録\uf93f\uf99d\ufab4趕"  # 勝過, 遜於; 攝氏度, 塊錢 (not read); 附錄
        "顆\uf9f9捲盃綑\uf905"  # a fourth hunt's classifiers: 3000顆, 3000粒, 3萬捲, 盃, 綑, 串
        "換眾衆諸\ufa22\ufaba"  # and its review's guards: 速度換, 眾多, 諸多
        "埰寀採構畢籌購選\ufa5a"  # a trial's status words: 採購, 完畢, 籌建, 選址, 部署
        "樣綵舉語變關\ufa84\ufac0"  # a scan hunt's: 多樣, 多彩, 多措並舉, 多語種, 變電站, 開關站
        "築"  # 建築 (a class a threshold qualifies)
        "\ufaa8"  # 直逼, about (a fifth hunt's)
        "搧桿組隊"  # a sixth hunt's measures of things: 扇, 杆, 组, 队
        "劑協徵査"  # and words that hold 调 (调剂, 协调, 征调, 调査)
        "擁罰訂記買賬"  # 十万人口拥有 (no figure), and words that end in 单 (罚单, 订单, …)
        "養賃"  # a period before 养老金 or 供养, and 租赁 (no rent)
        "與"  # 与112年相比: a year of the Republic of China
        "課"  # 课时, a measure word refused
        "話"  # 话单, no 单日
        "鞦鼕"  # 春日, 冬日: seasons, no period
        "嚮曏黨測機樹齡"  # 向来, 届党代会, 预测数, 班机, 树龄 (an eighth hunt's review)
        "峯\ufa1e"  # a ninth hunt's classifiers: 5000峰 (camels), 3000羽 (birds)
        "趨"  # and 趋缓 (a review's: 增速趨緩 read as a rise)
        "敵穀絨繼葯藥\uf92e\ufa54"  # and its guards: 匹敌, 峰谷, 羽绒, 继续; 制药, 制冷
        "則暢獨純訊証證識軌\uf9fc\ufa34"  # the guards of 通 and 单: 通則, 通暢, 單獨, 單純, 通訊
        "崗療\uf9c1"  # 不到崗, 年診療量: a thirteenth hunt's
        "階勢託衛護衞氣"  # and its 臺階 (a threshold crossed), 逆勢增長, 每個託位, 護理院, 氣溫
        "傷"  # a fourteenth hunt's verbs after 多 or 少: 少傷亡
        "夥參蔘疊\uf96b"  # a fifteenth hunt's: 1.58萬伙 (夥), and 參加, 疊加 (no rise)
        "庫欄權舘館\uf91d\uf989\ufa2c\ufa6d"  # and its review's: 庫存, 存欄, 產權, 建館, 黎加
        "廳書莊讀銀閱閲驛\uf95a\uf965"  # a sixteenth hunt's: 24小時城市書房, 村莊, 便利店
        "懷載"  # a seventeenth hunt's: 滿懷, 滿載 after 年滿 (no bound)
        "執註"  # 執業滿, 註冊滿: 滿 after what was completed
        # an eighteenth hunt's: 2027臺灣燈會, 博覽會, 論壇 (a year in a name)
        "墰壇壜朮樂燈罈罎蓆藝術覽觀論賽馬鬆"
        "\uf914\uf941\uf95c\uf983\uf9bf\uf9e0"
        "戰畫畵\ufaa3覈"  # and 長照3.0計畫, 2.0戰略 (versions), 按月核發 (per month)
        "償讓釦"  # a nineteenth hunt's verbs of paying after 最高: 補償, 讓利, 抵釦
        "債"  # and the terms that name a rate: 3年期國債
        "灣蘭\uf91f\uf963"  # names a year opens: 2027台灣燈會, 2025米蘭設計周
        "奧駕鬥"  # 2026米蘭冬奧會; and 20年代駕, 40年代代相傳 (no decades)
        "審掛搶曬貨"  # words that end in 单 (審單, 掛單, 搶單, 曬單, 貨單): no 单台
        "紐隱\uf9cf"  # words that end in 约 (紐約, 隱約): no 约 of "about"
        "見詳\ufa0a"  # labels (如圖1, 見表2, 詳見表1)
        "帳"  # words that end in 单 (帳單)
        "範糧\uf97b"  # 所示範 (schools), 單戶口糧 (a ration per household)
        "虧"  # 減虧 (a loss cut by)
        "歸\uf94e"  # 歸零, 一個不漏 (set words)
        "兌",  # a twenty-seventh hunt's review's verbs of paying after 最高: 兌付
        # the vocabulary character OpenCC makes of each
        "并并个家传亿儿内两册别区单吨场压学将岁并张别从户扩于升时台条"
        "台岁减满涨为为床抵环亩盏确个简约级统网县缩累台万处同里补里制"
        "计调逾较辆转周进过达乡医钟表钟镇镇钟长门间升离巩千项类台余体"
        "点老累不两年零例了类六律理里里里离立度降精社突并类调"
        "负"
        "来几强没无码来"
        "占够节签签致亲违迟邻顶预契履节节迟"
        "折数回落数"
        "温税双"
        "拨发设费开发"
        "办"
        "系对带档线线系议农键龙路列龙流流"
        "楼热号楼后"
        "克顷栋"
        "布币欧卢铢镑韩金朗卢朗圆"
        "缓率率价"
        "动联车游车联"
        "划务标"
        "励报奖奖给贷贴资赔销领励领"
        "国"
        "跃"
        "晋"
        "贬"
        "只头只"
        "页产产额规礼礼礼种业连连"
        "获获请请"
        "修滑都"
        "续"
        "当当"
        "还全"
        "行"
        "省"
        "弹扬"
        "应会"
        "创历念坝坝实层帮庆抬历历残决济现稳纪纳终经维腊临盖训该误财这远闰顺出更拉腊历历念临益层暑益覆"
        "极轮轮"
        "匀复复复准营积缴义质运递合际面面面"
        "齐顾"
        "笔群"
        "显劲著"
        "望"
        "拟争力寿"
        "届团团旗"
        "总量"
        "许略谱"
        "局问据既况状困板难题状既难况难"
        "仅铲废结虚试铲险风验免摒"
        "园尘湿湿颤"
        "备即启启暂滞真才装利"
        "优赢输输"
        "员绩边"
        "声"
        "恶恶恶"
        "专检良"
        "宫蓝蓝鉴鉴"
        "苏苏东络视频视视频频铁"
        "帅曲曲"
        "润诊电"
        "图编"
        "婴师教职者者"
        "胜块录摄华逊录钱录录劣华赶"
        "颗粒卷杯捆串"
        "换众众诸诸诸"
        "采采采构毕筹购选署"
        "样彩举语变关彩变"
        "筑"
        "直"
        "扇杆组队"
        "剂协征查"
        "拥罚订记买账"
        "养赁"
        "与"
        "课"
        "话"
        "秋冬"
        "向向党测机树龄"
        "峰羽"
        "趋"
        "敌谷绒继药药冷谷"
        "则畅独纯讯证证识轨识勤"
        "岗疗疗"
        "阶势托卫护卫气"
        "伤"
        "伙参参叠参"
        "库栏权馆馆栏黎馆馆"
        "厅书庄读银阅阅驿读便"
        "怀载"
        "执注"
        "坛坛坛术乐灯坛坛席艺术览观论赛马松乐论乐旅乐易"
        "战画画画核"
        "偿让扣"
        "债"
        "湾兰兰北"
        "奥驾斗"
        "审挂抢晒货"
        "纽隐纽"
        "见详见"
        "帐"
        "范粮粮"
        "亏"
        "归漏"
        "兑",
        strict=True,
    )
)
"""Traditional (and variant) characters, by the vocabulary character OpenCC makes of them."""

_OTHER = {
    "○": "〇",  # WHITE CIRCLE, printed for 〇 in 二○二五
    "\ufe52": ".",  # SMALL FULL STOP, printed for a decimal point (按季升0﹒9%)
    "\ufe30": "∶",  # TWO DOT LEADER, printed for a ratio (调整为11.8︰48.3︰39.9)
    "\u3000": " ",  # IDEOGRAPHIC SPACE
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    # comparison signs as other fonts print them (a review's: the scan read a bare 90%)
    "\u2a7e": "≥",  # ⩾
    "\u2a7d": "≤",  # ⩽
    "\ufe64": "<",  # SMALL LESS-THAN SIGN
    "\ufe65": ">",  # SMALL GREATER-THAN SIGN
}

_TABLE: dict[int, str] = {
    **{code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F) if chr(code) not in "（）"},
    **{ord(k): v for k, v in _OTHER.items()},
    **{ord(k): v for k, v in TRADITIONAL.items()},
}


# 個百份點, 百份之0.6 (Hong Kong's and Macau's, a thirty-first hunt's: 7個 read alone)
# (not 一千份之多, 三百份点心: so many copies, a review's)
_SHARE_OF = compiled(
    "(?<![0-9零〇一二两三四五六七八九十百千万][百千])(?<=[百千])份"
    "(?=点|之 *[0-9零〇一二两三四五六七八九十])"
)


# 較上年成長10.6%, 比去年同期成長7.2% (a thirty-fourth hunt's, refused: Taiwan's word for
# growth, which alone may be growing up): after a comparison with a past period, 增长
_GROWTH_SINCE = compiled("(?<=同比|环比|上年|去年|同期|上月)成长(?=了? *[0-9])")


def normalize(text: str) -> str:
    """Fold ``text`` to simplified script and ASCII digits, one character for one.

    >>> normalize("不少於３０００個")
    '不少于3000个'
    >>> normalize("下跌0.5個百份點")
    '下跌0.5个百分点'
    >>> normalize("較上年成長10.6%")
    '较上年增长10.6%'
    """
    folded = text.translate(_TABLE)
    if "份" in folded:
        folded = _SHARE_OF.sub("分", folded)
    return _GROWTH_SINCE.sub("增长", folded) if "成长" in folded else folded
