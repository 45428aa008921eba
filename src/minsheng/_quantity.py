"""Quantities as published: exact values, precision, approximation, comparators.

A published figure such as ``5100余个`` or ``19.78万个`` is more than a number.
:class:`Quantity` keeps the exact :class:`~decimal.Decimal` value, the unit, the
magnitude word it was printed with (万 is a multiplier of 10**4), how many
decimals the printed mantissa had, and how approximate it is.  From these it
derives the :class:`Interval` that the figure stands for.
"""

from __future__ import annotations

import decimal
import enum
import functools
from decimal import Decimal

import attrs

from minsheng._context import CONTEXT
from minsheng._errors import InvalidValueError, clip
from minsheng._i18n import listing, msg
from minsheng._patterns import compiled

MAGNITUDES: tuple[tuple[int, str, str], ...] = (
    (2, "百", "百"),
    (3, "千", "千"),
    (4, "万", "萬"),
    (8, "亿", "億"),
    (12, "万亿", "萬億"),
)
"""The Chinese magnitude words: (power of ten, simplified, traditional)."""

MULTIPLIERS = (0, *(power for power, _, _ in MAGNITUDES))
"""The powers of ten a figure may be printed with: none, or a magnitude word's."""

MAX_INTEGER_DIGITS = 20
"""The most digits before the point of a figure's value (10**20 yuan is a million 万亿)."""

MAX_FRACTION_DIGITS = 6
"""The most digits after the point of a value, and the most ``decimals`` a figure has.

With :data:`MAX_INTEGER_DIGITS`, every figure, interval end and sum of two
stays within the 28 digits of Python's default decimal context: exact.
"""


class Comparator(enum.Enum):
    """How a target bounds its figure: 不少于 is ``>=``, 超过 is ``>``."""

    AT_LEAST = ">="
    MORE_THAN = ">"
    AT_MOST = "<="
    LESS_THAN = "<"


class Approximation(enum.Enum):
    """How exact a published figure is.

    - ``exact``: the number itself (4712名).
    - ``rounded``: rounded at its last printed digit; 19.78万 is
      [197750, 197850].
    - ``more-than``: 余 or 多; 5100余 is [5100, 5200), 三千余 is [3000, 4000).
    - ``about``: 约, 近 or 左右; within half a step of the last significant
      digit either side: 约5000 is [4500, 5500].
    """

    EXACT = "exact"
    ROUNDED = "rounded"
    MORE_THAN = "more-than"
    ABOUT = "about"


@attrs.frozen
class Interval:
    """A range of exact values; each end is open or closed."""

    low: Decimal
    high: Decimal
    low_closed: bool = True
    high_closed: bool = True

    def __attrs_post_init__(self) -> None:
        try:
            ordered = self.low <= self.high
        except (TypeError, decimal.InvalidOperation):  # not numbers, or not a number (NaN)
            ordered = False
        if not ordered:
            raise InvalidValueError(
                msg(
                    "an interval runs from its low end up to its high end, not {low} to {high}",
                    low=clip(repr(self.low)),
                    high=clip(repr(self.high)),
                )
            )

    @property
    def is_point(self) -> bool:
        """Whether the interval holds exactly one value."""
        return self.low == self.high

    def __contains__(self, value: Decimal) -> bool:
        above = value >= self.low if self.low_closed else value > self.low
        below = value <= self.high if self.high_closed else value < self.high
        return above and below


@functools.cache
def _half_unit(exponent: int) -> Decimal:
    """Half of one unit in the last printed place: 0.005 for ``exponent`` -2."""
    return CONTEXT.divide(Decimal(1).scaleb(exponent, CONTEXT), 2)


def _check_decimal(_: object, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise InvalidValueError(
            msg(
                "{name} must be a finite decimal, not {value}",
                name=attribute.name,
                value=repr(value)[:40],
            ),
            at=f".{attribute.name}",
        )
    exponent = value.as_tuple().exponent
    if (isinstance(exponent, int) and exponent < -MAX_FRACTION_DIGITS) or (
        value and value.adjusted() >= MAX_INTEGER_DIGITS
    ):
        raise InvalidValueError(
            msg(
                "{name} must have at most {digits} digits before the point"
                " and {decimals} after it, not {value}",
                name=attribute.name,
                digits=MAX_INTEGER_DIGITS,
                decimals=MAX_FRACTION_DIGITS,
                value=str(value)[:40],
            ),
            at=f".{attribute.name}",
        )


def _check_optional_decimal(
    instance: object, attribute: attrs.Attribute[Decimal | None], value: Decimal | None
) -> None:
    if value is not None:
        _check_decimal(instance, attribute, value)  # type: ignore[arg-type]


def check_optional_int(
    instance: object, attribute: attrs.Attribute[int | None], value: int | None
) -> None:
    """An integer field that may be None."""
    if value is not None:
        check_int(instance, attribute, value)  # type: ignore[arg-type]


def check_int(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    """An integer field: not a float, a bool or a string of digits."""
    if type(value) is not int:
        raise InvalidValueError(
            msg(
                "{name} must be an integer, not {value}",
                name=attribute.name,
                value=repr(value)[:40],
            ),
            at=f".{attribute.name}",
        )


SLUG = compiled(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")
"""The form of every name in a dataset: a city, a source, a metric (kunming, 2025-report)."""


def check_slug(
    _: object, attribute: attrs.Attribute[str] | attrs.Attribute[str | None], value: str
) -> None:
    """A name in slug form (:data:`SLUG`): a city, a source, a metric."""
    if not isinstance(value, str) or not SLUG.fullmatch(value):
        raise InvalidValueError(
            msg(
                "{name} must be lower-case letters, digits and hyphens, not {value}",
                name=attribute.name,
                value=clip(repr(value)),
            ),
            at=f".{attribute.name}",
        )


def check_optional_slug(
    owner: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    """A reference to a source or a metric: None, or a name in slug form."""
    if value is not None:
        check_slug(owner, attribute, value)


@attrs.frozen
class Per:
    """A denominator: 每千名常住人口 is ``Per(Decimal(1000), "名", "常住人口")``.

    每千人口 has no classifier (``unit=None``); 每年 has no subject.  ``en``
    names the subject in English where minsheng's own table does not
    (每生: "student").
    """

    amount: Decimal = attrs.field(validator=_check_decimal)
    unit: str | None = None
    subject: str | None = None
    en: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.amount <= 0:
            raise InvalidValueError(
                msg("a denominator must be positive, not {amount}", amount=self.amount),
                at=".amount",
            )


@attrs.frozen
class Span:
    """Where a figure's phrase stands in its source's text.

    ``start`` and ``end`` are offsets in characters (Unicode code points) of
    the source text as stored, so ``text[start:end] == phrase``.
    :func:`minsheng.draft` records one on every figure it reads, and
    :func:`minsheng.check_source` checks it.
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise InvalidValueError(
                msg(
                    "a span runs from a start of at least 0 to a later end, not {start}-{end}",
                    start=self.start,
                    end=self.end,
                )
            )


@attrs.frozen
class Quantity:
    """A figure as published.

    ``value`` is the absolute value (197800 for 19.78万); percent stays in
    percent units (95.12 for 95.12%).  ``multiplier`` is the power of ten of the
    magnitude word it was printed with and ``decimals`` the number of decimals
    of the printed mantissa, so 19.78万 is ``value=197800, multiplier=4,
    decimals=2``.

    ``unit`` is ``None`` only where a parsed phrase names none (3万农村人口);
    a dataset's figures always have one.

    ``upper`` is the high end of a published range (3—5个, 5至8万人), absolute
    like ``value``, which is then the low end; ``None`` for a single figure.

    ``phrase`` is the exact text the figure was read from.  A figure that no
    source prints, such as a baseline computed from two others, has a
    ``derivation`` that says how it was computed instead.  ``source`` names one
    of the program's sources; ``None`` means the program's first source.
    ``span`` is where ``phrase`` stands in that source's text, where known.
    """

    value: Decimal = attrs.field(validator=_check_decimal)
    unit: str | None
    multiplier: int = attrs.field(default=0, validator=check_int)
    decimals: int = attrs.field(default=0, validator=check_int)
    approximation: Approximation = Approximation.EXACT
    comparator: Comparator | None = None
    per: tuple[Per, ...] = ()
    phrase: str | None = None
    derivation: str | None = None
    source: str | None = attrs.field(default=None, validator=check_optional_slug)
    upper: Decimal | None = attrs.field(
        default=None, kw_only=True, validator=_check_optional_decimal
    )
    span: Span | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        unit = self.unit
        if (
            self.approximation.__class__ is not Approximation
            or (self.comparator is not None and self.comparator.__class__ is not Comparator)
            # isinstance(unit, str | None), without the union's cost (0.2 us a figure)
            or (unit is not None and unit.__class__ is not str and not isinstance(unit, str))
        ):
            raise self._wrong_kind()
        self._check_numbers()

    def _check_numbers(self) -> None:
        """Check the figure's numbers against each other; the builders call only this.

        The fast load path's builders make the approximation, comparator and
        unit of their kinds themselves (:mod:`minsheng._build`).
        """
        if self.upper is not None and not (self.upper.is_finite() and self.upper > self.value):
            raise InvalidValueError(
                msg(
                    "the upper end {upper} of a range must be above its value {value}",
                    upper=self.upper,
                    value=self.value,
                ),
                at=".upper",
            )
        if self.multiplier not in MULTIPLIERS:
            raise InvalidValueError(
                msg(
                    "multiplier must be one of {choices}, not {multiplier}",
                    choices=listing(MULTIPLIERS),
                    multiplier=self.multiplier,
                ),
                at=".multiplier",
            )
        if not 0 <= self.decimals <= MAX_FRACTION_DIGITS:
            raise self._wrong_decimals()
        # The value must be a multiple of 10 ** (multiplier - decimals): scaled
        # by that power, an integer.
        places = self.multiplier - self.decimals
        # in minsheng's context, as every figure's arithmetic (minsheng._context)
        scaled = self.value.scaleb(-places, CONTEXT) if places else self.value
        if CONTEXT.to_integral_value(scaled) != scaled:
            # 16000 typed for 16万 (multiplier 4, decimals 0): it is no whole number of 万
            raise InvalidValueError(
                msg(
                    "value {value} does not fit multiplier {multiplier} with {decimals}"
                    " decimals: it must be a multiple of {step}",
                    value=format(self.value, "f"),
                    multiplier=self.multiplier,
                    decimals=self.decimals,
                    step=format(Decimal(1).scaleb(places, CONTEXT), "f"),
                )
            )

    def _wrong_decimals(self) -> InvalidValueError:
        """The error for decimals below 0 or above :data:`MAX_FRACTION_DIGITS`."""
        if self.decimals < 0:
            return InvalidValueError(
                msg("decimals must not be negative, not {decimals}", decimals=self.decimals),
                at=".decimals",
            )
        return InvalidValueError(
            msg(
                "decimals must be at most {limit}, not {decimals}",
                limit=MAX_FRACTION_DIGITS,
                decimals=self.decimals,
            ),
            at=".decimals",
        )

    def _wrong_kind(self) -> InvalidValueError:
        """The error for an approximation, comparator or unit of another type (">=" for ≥)."""
        for name, kind, optional in (
            ("approximation", Approximation, False),
            ("comparator", Comparator, True),
        ):
            value = getattr(self, name)
            if not isinstance(value, kind) and not (optional and value is None):
                return InvalidValueError(
                    msg(
                        "a figure's {name} is a {kind}, not {value}",
                        name=name,
                        kind=kind.__name__,
                        value=clip(repr(value)),
                    ),
                    at=f".{name}",
                )
        return InvalidValueError(
            msg("a figure's unit is text or None, not {value}", value=clip(repr(self.unit))),
            at=".unit",
        )

    @property
    def mantissa(self) -> Decimal:
        """The number as printed before its magnitude word: 19.78 for 19.78万."""
        return self.value.scaleb(-self.multiplier, CONTEXT).normalize(CONTEXT)

    @property
    def step(self) -> Decimal:
        """The place value of the last significant printed digit.

        19.78万 has a step of 100; 5100余 has a step of 100; 三千余 of 1000.
        """
        if self.decimals > 0:
            return Decimal(1).scaleb(self.multiplier - self.decimals, CONTEXT)
        digits = int(self.mantissa.to_integral_value(context=CONTEXT))
        zeros = 0
        while digits != 0 and digits % 10 == 0:
            digits //= 10
            zeros += 1
        return Decimal(1).scaleb(self.multiplier + zeros, CONTEXT)

    @property
    def significant_digits(self) -> int:
        """How many digits the mantissa was printed with: 4 for 19.78万 and 5100."""
        printed = self.value.scaleb(-self.multiplier, CONTEXT).quantize(
            Decimal(1).scaleb(-self.decimals, CONTEXT), context=CONTEXT
        )
        digits = str(printed.copy_abs()).replace(".", "").lstrip("0")
        return max(1, len(digits))

    @property
    def interval(self) -> Interval:
        """The exact values the figure stands for, by its approximation.

        A range (3—5个) stands for [value, upper].
        """
        value = self.value
        if self.upper is not None:
            return Interval(value, self.upper)
        if self.approximation is Approximation.EXACT:
            return Interval(value, value)
        if self.approximation is Approximation.ROUNDED:
            half = _half_unit(self.multiplier - self.decimals)
            return Interval(CONTEXT.subtract(value, half), CONTEXT.add(value, half))
        if self.approximation is Approximation.MORE_THAN:
            return Interval(value, CONTEXT.add(value, self.step), high_closed=False)
        half = CONTEXT.divide(self.step, 2)
        return Interval(CONTEXT.subtract(value, half), CONTEXT.add(value, half))

    @property
    def is_derived(self) -> bool:
        """Whether minsheng's data computed this figure rather than read it.

        A blank derivation ("" or spaces) says no more than none: it is not.
        """
        return bool(self.derivation and not self.derivation.isspace())


def spoken_per(quantity: Quantity) -> tuple[Per, ...]:
    """The denominators as a phrase can say them: without a dataset's English names.

    Two figures per the same population compare, whatever English names a
    dataset gave it (每生: "student" or "pupil").
    """
    if not quantity.per:
        return ()
    return tuple(attrs.evolve(per, en=None) if per.en is not None else per for per in quantity.per)
