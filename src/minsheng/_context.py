"""minsheng's own decimal context: its arithmetic, whatever the caller's context says.

:mod:`decimal` rounds every operation to the precision of the thread's
current context, and raises whatever that context traps.  A program that
sets ``decimal.getcontext().prec = 6`` for its money, or traps ``Inexact``,
changed what minsheng computed: 19.78万 parsed as 198000, a met target read
as undetermined, and formatting raised ``InvalidOperation``.  So minsheng
computes in :data:`CONTEXT`, the decimal module's own default (28 digits,
half to even), never in the caller's:

- every public function that computes runs in it (:func:`own_context`), and
  the row views' iterators step in it (:func:`own_context_steps`);
- the model's own arithmetic, which runs wherever a program's objects are
  built or read (a figure's interval, its checks), names it explicitly.

``tests/test_context.py`` holds the public API under a hostile context
(three digits, every signal trapped) to its results under the default.
"""

from __future__ import annotations

import decimal
import functools
from collections.abc import Callable, Iterator
from typing import ParamSpec, TypeVar, cast

# One object, set as the thread's context while minsheng computes (not a copy
# of it, as localcontext makes): a call from inside minsheng sees it is there
# already and costs a comparison.  Its flags are never read; its traps are
# what every operation may raise.
CONTEXT = decimal.Context(
    prec=28,
    rounding=decimal.ROUND_HALF_EVEN,
    Emin=-999999,
    Emax=999999,
    capitals=1,
    clamp=0,
    flags=[],
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)
"""The context of minsheng's arithmetic: :mod:`decimal`'s default, fixed."""

WIDE = CONTEXT.copy()
WIDE.prec = 60
"""A context for what must be exact: the difference of two figures, which may take
33 digits (20 before the point and 6 after, scaled by a unit 10⁶ apart), or a
computed value rounded to 10 places (a 27-digit ratio and its places)."""

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


def own_context(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` in :data:`CONTEXT`; the caller's context is back when it returns."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        outer = decimal.getcontext()
        if outer is CONTEXT:  # called from inside minsheng: nothing to do, and cheap
            return function(*args, **kwargs)
        decimal.setcontext(CONTEXT)
        try:
            return function(*args, **kwargs)
        finally:
            decimal.setcontext(outer)

    return wrapper


def own_context_steps(items: Iterator[T]) -> Iterator[T]:
    """Step ``items`` in :data:`CONTEXT`, the caller's context between the steps.

    A generator that entered a context would hold it across its ``yield``,
    and the caller's code between two rows would run in it.
    """
    end = object()
    while True:
        outer = decimal.getcontext()
        decimal.setcontext(CONTEXT)
        try:
            item = next(items, end)
        finally:
            decimal.setcontext(outer)
        if item is end:
            return
        yield cast("T", item)
