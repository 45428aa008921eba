"""What a report's words say of the work: all done, not all done, still under way.

A project's reported status (均已完成) and a milestone's evidence (终端均已实现
24小时自助办理) are recorded with the words they were read from; the checks hold
the one to the other.  The words are free text, so these are heuristics,
read clause by clause and cautious where a clause holds more than they read:

- :func:`says_done`: words of all done (均已完成, 全部实现, 已全部接入), but not
  under a negation or a plan anywhere before them in their clause (未能于
  2025年底前全部建成, 将于2026年3月底前全部建成), not after 除…外 in their
  sentence (all but one), and not "once it is" (全部完成升级后可实现).
- :func:`says_not_done`: words of not done (尚未建成, 部分完成, 项目延期), but
  not a negation that names which (此前未开通…的村组均已开通), nor one that a
  second negation undoes (没有一台终端未实现).
- :func:`says_planned`: words of work under a plan, and no words of all done
  (将于2026年3月底前全部建成, 预计明年一季度建成投用).
- :data:`UNDER_WAY_WORDS`: work still going on (正在建设, 有序推进, 基本建成,
  已完成90%).

Each function takes words folded by :func:`minsheng._script.normalize`.
"""

from __future__ import annotations

from minsheng._patterns import compiled
from minsheng._script import normalize

_ENDS = "，。；,;：:（）()"
_CLAUSE_END = compiled(f"[{_ENDS}]")
"""Where a clause ends: not at 、 or a space, which may join a 的-clause's objects
(此前未实现集中供水、供电的12个村); a negation right before them ends its own
clause (安宁市尚未接入、主城区的终端均已接入)."""

# verbs of a piece of work done, which a negation says is not (尚未建成, 未能按期启用)
_DOING = (
    "(?:完成|形成|建成|实现|实施|接入|开通|落实|到位|开工|启用|启动|投用|投入使用|运行"
    "|上线|通车|投产|交付|竣工|完工|覆盖|配备|安装|投运|对外开放|开放|动工|通过验收|达标"
    "|发放到位|拨付到位)"
    # not a rate's noun: 达标率达95%, 覆盖率, 完成率 (a newcomer's: evidence of a rate
    # read as words of work done)
    "(?!率)"
)

_DONE_VERBS = (
    "(?:完成|实现|接入|建成|投用|开通|上线|投入使用|完工|竣工|超额完成|交付|投运|启用"
    "|对外开放|通过验收|改造完成|建设完成|发放到位|拨付到位|通车|开园|开学|投入运营|发放"
    "|办结|落地|达标)(?!率)"
)
"""The verbs that words of all done end in (均已完成, 全部投入运营)."""

DONE_WORDS = compiled(
    "(?:(?:均已|都已|已全部|均已全部|全部|均)(?:按时|按期|如期|提前)(?:完成|建成|实现|交付)"
    f"|(?:均已|均已经|都已|已全部|均已全部|全部){_DONE_VERBS}"
    "|(?:已|均已)实现全覆盖"
    "|(?:全面|圆满)(?:完成|实现|接入|建成|投用|开通|上线)"
    # 全面实施 and 全部落实 without 已 are a policy's verbs (将全面实施, 全面落实…责任制)
    "|(?:均已|都已|已全部|已全面|全部)实施|(?:均已|都已|已全部)(?:落实|到位)"
    # 超额完成: more than all (a newcomer's: not-completed with 超额完成 passed);
    # 已完成 alone, all the words (已完成年度任务的80% is a part)
    "|超额(?:完成|实现)(?!率)|^(?:已经?|已按期|已如期|已顺利|顺利|已全面|全面)?完成(?:任务)?[。!]?$)"
    # once it is, not that it is: 全部建成时, 全部建成后可新增, 全部完成升级后可实现,
    # 全部建成投用以后 (not the 时 of 全部实现24小时, the 后 of 先诊后付 or 后台)
    "(?![时的])"
    f"(?![^{_ENDS}]{{0,6}}?(?:以后|之后|后)(?:[{_ENDS}]|$|[可即将就才再方能]))"
)
"""Words of all done: 均已完成, 全部实现, 已全部接入, 均已投入使用 (已完成 alone may
be a part: 已完成年度任务的80%)."""

# A negation or a plan before the words of all done, anywhere in their clause: 未能于
# 2025年12月底前全部建成, 将于2026年3月底前全部实现, 确保6月底前全部实现, 还需3个月才能
# 全部实现.  Not a negation of a 的-clause or a noun that names which (此前未开通公交
# 线路的偏远村组均已开通, 12个未建成区域已全部建成), nor a word (未来社区, 未成年人;
# but 未来得及 is one).  A plan (未来两年内 too); 计划 only as a verb before a time or
# 全部 (计划于, 原计划2026年, 计划上半年, 计划全部建成), not the plan as a noun or a
# measure (年度计划全部完成, 比计划提前, 超计划, 按既定计划, 按计划于10月底前, 计划任务,
# 计划生育); not 比预计提前, 将近 (nearly), nor 已将 or 已经将 (将 as 把)
HEDGE = compiled(
    "(?:未(?!来(?!得及)|成年)|没有?|无法|不能|尚待|尚需|仍需|还需)"
    f"(?!(?:全部|全面)?{_DOING}(?:[^{_ENDS}的]{{0,12}}的|[之区地项村户]))"
    "|(?P<plan>未来[一二两三四五六七八九十几0-9]+年"
    "|(?<!已)(?<!已经)将(?!近)|力争|争取|确保(?!了)"
    "|(?<!按)(?<!照)(?<!依)(?<!据)(?<!比)(?<!超)(?<!较原)(?<!比原)(?<!按原)(?<!年度)(?<!既定)"
    "计划(?=[于在将到今明本下上至当近全第年月0-9一二三四五六七八九十])"
    "|(?<![虚模])拟|(?<![比较超出])预计|有望|可望)"
)

EXCEPT = compiled(
    "(?<![拆消清排废免剔根铲摒])除(?!此之外|此以外|此外|了此之外|了这些以外|颤|险|湿|尘|雪)"
    "[^。；;，,]{1,15}?外"
)
"""除安宁市外，其余…均已实现: all but one, which the done words after it do not cover
(not 除此之外, besides this)."""

NOT_DONE_WORDS = compiled(
    "部[分份](?:完成|建成|实现|开通|接入|上线)"
    "|(?<!无)(?:尚未|仍未|还未|还没有|还没|没有|没能|未能|无法|不能|暂未|暂时未|未)"
    f"(?:真正|正式)?(?:全部|全面|完全)?(?:按期|如期|按时)?{_DOING}"
    # not a noun's clause: 此前未实现集中供水的12个村, 未完成改造的12个小区, 未建成区域
    f"(?![的之区地项村户])(?![^{_ENDS}]{{0,6}}的[0-9一二三四五六七八九十两])"
    # nor a problem it names (破解了无法接入管网的难题, 解决了不能按期交付的问题)
    f"(?![^{_ENDS}]{{0,10}}的(?:问题|难题|困难|困境|短板|状况|情况|局面|现象|历史))"
    # 未能于2025年12月底前全部建成, 没有在规定时间内完成: a time between the two
    f"|(?:未能|没能|没有|未)[于在][^{_ENDS}的]{{1,30}}?{_DOING}"
    # a delay: 项目延期, 延期3个月, 延期完工, 推迟启用, 进度滞后, 停工整改 (not 办理延期缴费,
    # 延期还款, a policy of deferring payment)
    # (not a delay that names which or what: 滞后的项目, 停工期间, 停工的问题)
    "|(?P<delay>(?:暂缓|延期|推迟|滞后|停工|延误|逾期|停滞|进展缓慢|结转至)"
    "(?!缴|还款|还贷|申报|纳税|付款|支付|办理|的|期间|问题|情况|现象|风险|等))"
    # 仅部分终端实现, 部分站点已建成: part, not all (and a reviewer's 部分终端实现,
    # where the statement opens with it)
    f"|(?:(?:仅|只有)|^)部[分份][^{_ENDS}的]{{1,6}}?(?:已)?(?:完成|建成|实现|开通|接入|上线)"
    # a reviewer's: 有待完成, 尚待建成: still to be done
    f"|(?:有待|尚待|仍待){_DOING}"  # (not 接待, 优待)
    # a newcomer's: 未达到预期目标, 低于目标, read as nothing of the work (not a noun's
    # clause: 未达到标准的小区)
    "|(?<!无)(?:尚未|仍未|还未|没有|没能|未能|未)(?:能)?(?:达到|达成|实现)"
    f"(?:[^{_ENDS}]{{0,8}}?(?:目标|任务|要求|预期))(?![^{_ENDS}]{{0,2}}的)"
    "|(?:低于|未达|不及|未及|差于)(?:预期|年度|既定|计划)?(?:目标|预期)"
)
"""Words of not all done: 尚未建成, 部分完成, 未能按期启用, 项目延期."""

NONE_LEFT = compiled("(?:无|没有)(?:任何)?一|不存在|并无")
"""没有一台终端未实现, 无一未完成: a negation of the negation after it, all done (not
无任何进展, a noun's negation)."""

_NEGATED = compiled(
    "(?:(?:[未没无零]|不存在|不会|不再)(?:有)?(?:发生|出现|造成|存在)?(?:任何)?"
    "[^，。；,;：:（）()]{0,2}"
    "|[未没无零](?:因|受)[^，。；,;：:（）()]{0,8}?(?:而|影响)?)$"
)
"""未发生任何延期, 无滞后: a delay word right under a negation says none."""

BEING_BUILT = "(?:主体|仍|尚|还)在建|在建(?:项目|工程|中)"
"""主体在建, 在建项目: still being built (in an outcome's phrase too); not 在建成区."""

UNDER_WAY_WORDS = compiled(
    # 正在加快推进, 仍在积极推进, 还在建设 (仍在 with a verb of doing, not 仍在发挥效益)
    f"(?:正在|仍在|还在)[^{_ENDS}]{{0,4}}?"
    "(?:推进|建设|实施|施工|开展|进行|接入|改造|安装|完善|招标|部署|筹建|建)"
    # 建设中 where its words end (建设中（预计6月完工）, 建设中！), not 建设中医馆,
    # 实施中小学, 推进中心城区, 建设中的难题
    "|(?:推进|建设|施工|实施|进行)中(?![\u3400-\u9fff])"
    # 按计划有序推进 where the words end (not 加快推进…建设, an opening with its object)
    "|(?:有序|稳步|加快|按计划)推进(?:中)?[。;!]?$|进展顺利"
    # 尚在调试中, 正在收尾, 正在带料调试
    f"|(?:正在|尚在|还在)[^{_ENDS}]{{0,6}}?(?:调试|收尾)"
    "|基本(?:均已|都已|已经|已)?(?:完成|建成|实现)|大部分(?:已)?(?:完成|建成)"
    # a reviewer's: 接近完成, 完成了一半, 调试中, 正在试运行
    "|接近(?:完成|尾声|建成)|完成(?:了)?(?:一半|过半|大半)|调试中|试运行中|(?:正在|尚在|仍在|还在)试运行"
    # 已完成90%, 已完成年度任务的95%, 完成率为95% (not 完成年度计划的120%, 完成100%)
    "|完成(?:了)?(?:年度|全年)?(?:目标)?(?:任务|计划)?的?[1-9]?[0-9](?:\\.[0-9]+)?%"
    "|完成率(?:为|达到?)?[1-9]?[0-9](?:\\.[0-9]+)?%"
    # a trial's, read as achieved: a share of the work (已完成建设的80%, its digits
    # whole; 完工率44.62%, 占年度计划的97.6%), work waiting (待启用) or still
    # being built (主体在建; not 在建成区, 在建党100周年 or 建水县)
    f"|完成[^{_ENDS}0-9]{{0,8}}?(?<![0-9])[1-9]?[0-9](?:\\.[0-9]+)?%"
    "|(?:完工|开工|建成)率(?:为|达到?)?[1-9]?[0-9](?:\\.[0-9]+)?%"
    f"|占[^{_ENDS}0-9]{{0,4}}?(?:年度|全年|年)(?:计划|任务|目标)[^{_ENDS}0-9]{{0,4}}?"
    "[1-9]?[0-9](?:\\.[0-9]+)?%"
    "|待(?:启用|投用|验收|交付|开放)"
    f"|{BEING_BUILT}"
    # and a stage that no later words of work in its sentence close (方案已编制完成,
    # 已完成招标; but 完成主体工程并交付使用 is done)
    "|(?P<stage>主体(?:工程|结构)?(?:已)?(?:完工|完成|建成|封顶|开发)"
    "|方案(?:已)?(?:编制|制定|设计)(?:完成|完毕)"
    "|完成(?:了)?(?:招标|采购|选址|立项|设计|可研|主体))"
)
"""Words of work still under way, which a status of completed contradicts."""


def _clause_start(words: str, at: int) -> int:
    """Where the clause of ``words[at]`` starts."""
    return max(words.rfind(end, 0, at) for end in _ENDS) + 1


def _sentence_start(words: str, at: int) -> int:
    """Where the sentence of ``words[at]`` starts."""
    return max(words.rfind(end, 0, at) for end in "。；;") + 1


def _done(words: str) -> tuple[bool, bool]:
    """Whether ``words`` say all is done, and whether they plan it (将于年底前全部建成)."""
    planned = False
    for m in DONE_WORDS.finditer(words):
        at = m.start()
        # a hedge that starts before the done words, seeing what follows it (计划全部建成:
        # a plan, which text cut at 全 would hide)
        hedge = next(
            (h for h in HEDGE.finditer(words, _clause_start(words, at), at + 1) if h.start() < at),
            None,
        )
        # a hedge that names which (拟新增的3000个学位已全部完成) is none, unless a time
        # for the done words follows it (将新建的12个站点于2026年6月底前全部建成)
        modifier = None if hedge is None else _MODIFIER.match(words, hedge.end())
        if hedge is not None and (
            modifier is None or _TIME.search(words, modifier.end(), at) is not None
        ):
            planned = planned or hedge["plan"] is not None
            continue
        if EXCEPT.search(words, _sentence_start(words, at), at) is not None:
            continue
        return True, planned
    return False, planned


_MODIFIER = compiled(
    f"的|[^{_ENDS}的]{{0,12}}?(?:{_DOING}|建|争取|申请|引进|新增)的|[^{_ENDS}]{{0,20}}?的前提"
)
"""计划于年内完成的5个项目, 积极争取的资金, 拟建的, 确保…的前提下: a plan that names which."""


_TIME = compiled("(?:于|在)[0-9今明本年月春夏秋冬一二三四]")


PLAN_AHEAD = compiled(
    "(?:(?:(?<!已)(?<!已经)将|(?<![比较超出])预计|(?<![虚模草])拟|力争"
    "|(?<!按)(?<!照)(?<!依)(?<!据)(?<!比)(?<!超)(?<!年度)(?<!既定)计划)"
    # a time: 于年底前, 在2026年, 明年一季度, 春节前
    "(?:于|在)?(?=[0-9今明本下上年月春夏秋冬一二三四])"
    "|(?<![去今前])(?=明年|下一年|下年度))"  # 第二批111台明年上半年完成: a time to come
    f"[^{_ENDS}的]{{0,20}}?{_DOING}(?!的)"
)
"""预计明年一季度建成投用, 将于春节前完工: a plan of work by a time, with no words of all
done (not 将于明年建成的3个项目, which names which)."""


def says_done(words: str) -> bool:
    """Whether ``words`` say all is done: 均已完成, 全部实现, not 未能于年底前全部实施."""
    return _done(words)[0]


DOING_WORD = compiled(f"{_DOING}|{_DONE_VERBS}")
"""A verb of a piece of work (建成, 实现, 投用, and the other verbs of DONE_WORDS): a
statement of none says nothing of it."""


def says_all_but(words: str) -> bool:
    """Whether ``words`` say all is done but some (除3台外均已实现): not all of it.

    Only where the done words follow in the clause of 除…外, or after 其余 or
    其他: 除原有12个站点外，新增8个站点均已建成 is "besides", and all is done.
    """
    for found in EXCEPT.finditer(words):
        after = words[found.end() :]
        rest = after.lstrip("，,、 ")
        # the clause of 除…外, or the next one where it opens with 其余 or 其他
        clause = rest if rest.startswith(_THE_REST) else after
        if DONE_WORDS.search(_CLAUSE_END.split(clause, maxsplit=1)[0]) is not None:
            return True
    return False


_THE_REST = ("其余", "其他", "其它", "剩余")


_PLAN_VERB = compiled(
    f"(?:(?<!已)(?<!已经)将(?!近)|力争|争取|确保(?!了)|(?<![虚模草])拟)[^{_ENDS}的]{{0,4}}?{_DOING}(?!的)"
)
"""力争实现, 将实现, 确保完成: work to be done, with no time (a reviewer's 力争实现…)."""


def says_planned(words: str) -> bool:
    """Whether ``words`` plan all done and do not say it is: 将于2026年3月底前全部建成."""
    done, planned = _done(words)
    return not done and (planned or plans_ahead(words) or _PLAN_VERB.search(words) is not None)


def says_not_done(words: str) -> bool:
    """Whether ``words`` say not all is done: 尚未建成, 部分完成.

    Not where the negation is a noun's clause that the same clause says is
    done (此前未开通公交线路的偏远村组均已开通), nor where a negation before it
    undoes it (没有一台终端未实现, 未出现延期).
    """
    for m in NOT_DONE_WORDS.finditer(words):
        start = _clause_start(words, m.start())
        # 没有一台…未实现: within a few words before it
        if NONE_LEFT.search(words, max(start, m.start() - 12), m.start()) is not None:
            continue
        if m["delay"] and _negated_delay(words, start, m.start()):
            continue
        later = words[m.end() :]
        if (
            _PAST.search(words, max(start, m.start() - 6), m.start()) is not None
            and _OTHERS.search(later) is None  # 其余…均已: the rest's, not these
            and says_done(later)
        ):  # 工期一度滞后，…已全部完工; 此前未实现集中供水的村组，目前已全部实现
            continue
        end = _CLAUSE_END.search(words, m.end())
        rest = words[m.end() : len(words) if end is None else end.start()]
        # 、 or a space right after the negated verb ends its clause: what follows
        # is another subject's (安宁市尚未接入、主城区的终端均已接入); but not before
        # another negated verb of the same 的-clause (此前未开通、未接入的村组)
        ended = rest[:1] in ("、", " ") and _NEGATION_NEXT.match(rest, 1) is None
        if ended or not ("的" in rest and says_done(rest)):
            return True
    return False


_NEGATION_NEXT = compiled("(?:尚未|仍未|还未|还没|没有|没能|未能|无法|暂未|未)")


def _negated_delay(words: str, start: int, at: int) -> bool:
    """Whether the delay word at ``at`` is under a negation or a prevention.

    A negation right before it, with 发生 or 任何 between at most (未发生任何延期,
    无滞后), a prevention six characters back (防止企业停工); not a negation of
    another verb (因未能及时拆迁项目延期).
    """
    before = words[max(start, at - 12) : at]
    prevented = _PREVENTED.search(words, max(start, at - 6), at)
    return _NEGATED.search(before) is not None or prevented is not None


_PREVENTED = compiled("防止|避免|以免|防范|杜绝|减少|降低|缩短")

_PAST = compiled("一度|曾经?|原本|原先|原有|此前|原$")  # 原未实现, not 原因 or 中原区
"""工期一度滞后, 原未实现: a not done of the past, which done words after it close."""

_OTHERS = compiled("其余|其他|其它|另外")
"""其余…均已建成: done words of another subject, which close nothing of the past."""


def plans_ahead(words: str) -> bool:
    """Whether ``words`` plan some work by a time, done words or not: 第二批明年上半年完成."""
    return PLAN_AHEAD.search(words) is not None


def says_under_way(words: str) -> bool:
    """Whether ``words`` say work is still under way: 正在建设, 有序推进, 已完成90%.

    Not a stage that words of work later in its sentence close (完成主体工程并交付
    使用, 完成立项并建成投用).
    """
    for found in UNDER_WAY_WORDS.finditer(words):
        later = words[found.end() : _sentence_end(words, found.end())]
        closed = _DONE_LATER.search(later)
        if found["stage"] and closed and not _TO_COME.search(later, 0, closed.start()):
            continue  # (not 已完成招标，年底前交付使用: words to come close nothing)
        return True
    return False


def _sentence_end(words: str, at: int) -> int:
    ends = [k for k in (words.find(end, at) for end in "。；;") if k >= 0]
    return min(ends, default=len(words))


_TO_COME = compiled("前|将|预计|计划|力争|争取|拟|有望|年内|下半年|明年")
_DONE_LATER = compiled("交付|投入使用|投用|建成|竣工|完工|运营|运行|开放|通车|启用|使用")


STARTED = compiled("(?:启动|开工)(?:建设|实施|施工|改造)|(?:均已|已全部|全部)(?:启动|开工)")
"""已启动建设, 均已开工: a start, which is the work done only where the pledge is a start
(新开工改造老旧小区, 启动…建设): the checks ask the pledge first."""

PLEDGED_START = compiled("开工|启动")
"""Words of a start: a pledge that is one (新开工改造城镇老旧小区5万个, 启动城南停车场
建设) is met by a start; any other by the work done, which a start is not."""


def says_started(words: str) -> bool:
    """Whether ``words`` say work has only started: 已启动建设, 均已开工."""
    return STARTED.search(words) is not None


def pledges_a_start(*pledges: str | None) -> bool:
    """Whether any of the pledge's words (a title, a statement, a target's phrase) is a start."""
    return any(PLEDGED_START.search(normalize(w)) for w in pledges if w is not None)
