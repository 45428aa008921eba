"""The parser's vocabulary: every character its words and patterns give meaning to.

Tests check :func:`minsheng._script.normalize`'s table against OpenCC over it,
so that a word the parser learns is read in traditional script too.  Only
the tests call it; it imports the modules whose words it lists.
"""

from __future__ import annotations

from minsheng._change_words import PACES, change_vocabulary
from minsheng._currency import CURRENCY_BEFORE, FOREIGN_CURRENCY
from minsheng._numerals import NUMERAL_CHARS
from minsheng._per_words import (
    _NOT_A_PERIOD,
    _PER_CLASSIFIERS,
    _PER_NOUNS,
    _PER_WORDS,
)
from minsheng._unit_words import (
    _UNIT_GUARDS,
    _UNIT_WORDS,
    DAYS_OF_A_KIND,
)
from minsheng._words import (
    _ABOUT_AFTER,
    _ABOUT_PREFIXES,
    _ABOUT_SUFFIXES,
    _COMPARATOR_GUARDS,
    _FROM_WORDS,
    _KIND,
    _MORE_THAN,
    _NOT_ABOUT,
    _NOT_COMPARATORS,
    _PREFIX_COMPARATORS,
    _SUFFIX_COMPARATORS,
    AHEAD_OF,
    BARE_COMPARATIVE,
    BETTER_THAN,
    BETWEEN,
    FRACTION_OF_MANY,
    GETTING,
    GROWING,
    LEADS,
    MARGINS,
    NAMED_AFTER,
    NEGATIONS,
    NEGATIVE,
    NOT_ABOUTS,
    NOT_NEAR,
    OTHER_BOUNDS,
    OVER_PLAN,
    PARTIAL,
    PAYING,
    PLANNED,
    RECEIVING,
    ROUGH,
    SCIENTIFIC,
    SLIGHTLY,
    THRESHOLDS,
)


def vocabulary() -> frozenset[str]:
    """Every character the parser and the checks' own words give meaning to.

    Tests check :func:`minsheng._script.normalize`'s table against OpenCC over it.
    """
    from minsheng import _status_words as status  # noqa: PLC0415 - tests only
    from minsheng._ballot_checks import DELEGATIONS, SESSION  # noqa: PLC0415
    from minsheng._changes import RATE_NOUN_HOLDS  # noqa: PLC0415
    from minsheng._comparing import _LEVELS, _NAMED_AFTER_THE_MOST  # noqa: PLC0415
    from minsheng._currency import CURRENCY_CODE  # noqa: PLC0415
    from minsheng._figure import _COUNT_NOUN_ENDS, _MORE_WORDS  # noqa: PLC0415
    from minsheng._governing import (  # noqa: PLC0415
        EACH_OF,
        PEAK,
    )
    from minsheng._no_figure import _DATE, _WORDS, THRESHOLD  # noqa: PLC0415
    from minsheng._numerals import _AFTER_A_SECOND_DIGIT, _CHENG_WORDS  # noqa: PLC0415
    from minsheng._objects import (  # noqa: PLC0415
        _LENGTHENS,
        _WHOSE_TIME,
        GRADES,
        NUMBER_BEFORE_A_RISE,
    )
    from minsheng._per_reading import (  # noqa: PLC0415
        _NOT_A_CLASS,
        _STOCK,
    )
    from minsheng._periods import _LONGER_TIME, _PERIOD_AFTER, ONE_DAY  # noqa: PLC0415
    from minsheng._phrases import TOTAL  # noqa: PLC0415
    from minsheng._refusals import (  # noqa: PLC0415
        _VERSION_AFTER,
        _VERSION_BEFORE,
        DIFFERENCE,
        MORE_OR_LESS_CHANGE,
        MORE_OR_LESS_DONE,
        RANK_MOVE,
        RANKS,
        SPEED,
        STREAK_AFTER_AN_AVERAGE,
        VOLTAGE_CLASS,
    )
    from minsheng._scan_ends import _NOT_HUNDRED_MILLIONS  # noqa: PLC0415
    from minsheng._scan_refused import _EACH_OF_A_TIME, PER_WITHOUT_EACH  # noqa: PLC0415
    from minsheng._scan_start import _RANKING  # noqa: PLC0415
    from minsheng._semantic import _MORE, LESS  # noqa: PLC0415
    from minsheng._words import _BESIDES, _CLASS_NAME  # noqa: PLC0415
    from minsheng._words_before import words_before_vocabulary  # noqa: PLC0415
    from minsheng._years import (  # noqa: PLC0415
        _COUNTED_YEARS_AFTER,
        _COUNTED_YEARS_BEFORE,
        _SPAN_AFTER,
        _SPAN_BEFORE,
    )

    words: list[str] = [
        SESSION.pattern, DELEGATIONS.pattern, status.DONE_WORDS.pattern,
        status.NOT_DONE_WORDS.pattern, status.UNDER_WAY_WORDS.pattern, status.HEDGE.pattern,
        status.EXCEPT.pattern, status.NONE_LEFT.pattern, TOTAL.pattern,
        *_PREFIX_COMPARATORS, *_SUFFIX_COMPARATORS, *_ABOUT_PREFIXES, *_ABOUT_SUFFIXES,
        _MORE_THAN, *_FROM_WORDS, *_PER_NOUNS, *_PER_CLASSIFIERS, *_UNIT_WORDS,
        "".join(NUMERAL_CHARS), "每人均点成分之翻番倍到至为了及以上下内〇—~处理补助",
        _WORDS.pattern, _DATE.pattern, *_NOT_COMPARATORS, "减" + NEGATIVE, *NEGATIONS, ROUGH,
        SLIGHTLY, *NOT_ABOUTS, PARTIAL, *NAMED_AFTER, FOREIGN_CURRENCY.pattern, "在",
        *_NOT_ABOUT, *MARGINS, OVER_PLAN.pattern, *LEADS, AHEAD_OF, BETTER_THAN, *PAYING, *GETTING,
        *RECEIVING,
        *_COMPARATOR_GUARDS.values(), GROWING.pattern, _NOT_A_PERIOD,
        BARE_COMPARATIVE.pattern, CURRENCY_BEFORE.pattern, *NOT_NEAR, _PER_WORDS.pattern,
        PLANNED.pattern, *OTHER_BOUNDS, *BETWEEN, *THRESHOLDS, *_ABOUT_AFTER, "许",
        *change_vocabulary(),
        _LEVELS.pattern, EACH_OF.pattern, *_CHENG_WORDS, _RANKING.pattern,
        "摄氏度", "华氏度", "块钱", "毛钱",  # measures of _figure's, as printed in traditional
        "自然日", "工时", "工日", "捆束朵枝串堆副顶幅卷杯碗桌",  # and a fourth hunt's
        "穴对孔樘泊尊扇堵杆面道节组队层",  # a sixth hunt's measures of things
        "头只",  # and a ninth hunt's
        *DAYS_OF_A_KIND,  # and a twenty-third hunt's days of a kind
        "课时学分",  # and a seventh hunt's measures of teaching
        MORE_OR_LESS_CHANGE.pattern, MORE_OR_LESS_DONE.pattern, SPEED.pattern,
        DIFFERENCE.pattern, "级", LESS.pattern,
        _MORE.pattern, VOLTAGE_CLASS.pattern, THRESHOLD.pattern, *_MORE_WORDS,
        ONE_DAY.pattern, PER_WITHOUT_EACH.pattern,
        # an eighth hunt's words and its review's
        *_COUNT_NOUN_ENDS, *_NOT_A_CLASS, *_AFTER_A_SECOND_DIGIT, CURRENCY_CODE,
        SCIENTIFIC.pattern, FRACTION_OF_MANY.pattern, _LENGTHENS.pattern, _WHOSE_TIME.pattern,
        _SPAN_BEFORE.pattern,
        *_SPAN_AFTER,
        # a ninth hunt's words and its review's
        RATE_NOUN_HOLDS.pattern, NUMBER_BEFORE_A_RISE.pattern, GRADES.pattern, *RANKS,
        RANK_MOVE.pattern, STREAK_AFTER_AN_AVERAGE.pattern, *_VERSION_BEFORE,
        *_VERSION_AFTER,
        _KIND.pattern, *_NOT_HUNDRED_MILLIONS, _EACH_OF_A_TIME.pattern, *PACES,
        *(_UNIT_GUARDS[w] for w in "匹羽峰通单伙坪台所"),
        # a fifteenth hunt's words and its review's
        _COUNTED_YEARS_AFTER.pattern, _COUNTED_YEARS_BEFORE.pattern, _LONGER_TIME.pattern,
        _PERIOD_AFTER.pattern, _STOCK.pattern,
        # the twenty-ninth to thirty-first hunts' words and their reviews'
        *words_before_vocabulary(), _CLASS_NAME.pattern, _BESIDES.pattern, PEAK.pattern,
        _NAMED_AFTER_THE_MOST.pattern,
    ]  # fmt: skip
    return frozenset("".join(words)) - frozenset(
        " ()[]?:|*+^!=\\-0123456789{},;，。；：（）<\\w$¥￥€£"
    )
