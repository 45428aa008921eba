"""minsheng's own decimal context: its arithmetic, whatever the caller's context says.

:mod:`decimal` rounds every operation to the precision of the thread's
current context, and raises whatever that context traps.  A program that
sets ``decimal.getcontext().prec = 6`` for its money, or traps ``Inexact``,
changed what minsheng computed: 19.78万 parsed as 198000, a met target read
as undetermined, and formatting raised ``InvalidOperation``.  So minsheng
computes in a context of its own, :mod:`decimal`'s default (28 digits, half
to even), never in the caller's:

- every public function that computes runs in a fresh copy of
  :data:`CONTEXT` (:func:`own_context`), and the row views' iterators step
  in one (:func:`own_context_steps`);
- code of the caller's that minsheng runs meanwhile (a plugin it imports, a
  generator of programs it reads) runs in the caller's context again
  (:func:`callers_steps`, :func:`callers_context`), so that neither changes
  the other's;
- the model's own arithmetic, which runs wherever a program's objects are
  built or read (a figure's interval, its checks), names :data:`CONTEXT`,
  which is never any thread's current context.

``tests/test_context.py`` holds the public API under a hostile context
(three digits, every signal trapped) to its results under the default.
"""

from __future__ import annotations

import contextlib
import contextvars
import decimal
import functools
import types
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import ParamSpec, TypeVar, cast

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
"""The context of minsheng's arithmetic: :mod:`decimal`'s default, fixed.

Never set as a thread's context: each call computes in a copy of it, which
no other code runs in; explicit operations (``CONTEXT.add``) name it."""

WIDE = CONTEXT.copy()
WIDE.prec = 60
"""A context for what must be exact: the difference of two figures, which may take
33 digits (20 before the point and 6 after, scaled by a unit 10⁶ apart), or a
computed value rounded to 10 places (a 27-digit ratio and its places)."""

# While minsheng computes: the caller's context and minsheng's copy.
_INSIDE: contextvars.ContextVar[tuple[decimal.Context, decimal.Context] | None] = (
    contextvars.ContextVar("minsheng_decimal", default=None)
)

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


def own_context(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` in a copy of :data:`CONTEXT`; the caller's context is back after."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        caller = decimal.getcontext()
        inside = _INSIDE.get()
        if inside is not None and inside[1] is caller:  # called from inside minsheng
            return function(*args, **kwargs)
        # a fresh copy for each call: whatever ran in the last one (a library
        # imported lazily) leaves nothing behind
        ours = CONTEXT.copy()
        token = _INSIDE.set((caller, ours))
        decimal.setcontext(ours)
        try:
            return function(*args, **kwargs)
        finally:
            decimal.setcontext(caller)
            _INSIDE.reset(token)

    return wrapper


def own_context_steps(items: Iterator[T], name: str) -> Iterator[T]:
    """Step ``items`` in minsheng's context, the caller's between the steps.

    A generator that entered a context would hold it across its ``yield``,
    and the caller's code between two rows would run in it.  The generator
    is named ``name``, the public function's, as its repr shows it.
    """
    steps = cast("types.GeneratorType[T, None, None]", _steps(items))
    steps.__name__ = steps.__qualname__ = name
    return steps


def _steps(items: Iterator[T]) -> Generator[T, None, None]:
    """:func:`own_context_steps`, before it is named."""
    step = own_context(next)
    end = object()
    while True:
        item = step(items, end)
        if item is end:
            return
        yield cast("T", item)


@contextlib.contextmanager
def callers_context() -> Iterator[None]:
    """Run the block in the caller's context, where minsheng runs the caller's code."""
    inside = _INSIDE.get()
    if inside is None or decimal.getcontext() is not inside[1]:
        yield
        return
    caller, ours = inside
    decimal.setcontext(caller)
    try:
        yield
    finally:
        decimal.setcontext(ours)


def callers_steps(items: Iterable[T]) -> Iterator[T]:
    """Iterate the caller's ``items`` (a generator of programs), each step in its context.

    Each step runs in the context of the call it is read in, or in the one
    the last step left where the generator changed it (a ``localcontext`` it
    entered stays its own from one item to the next, as it would alone).
    """
    end = object()
    iterator: Iterator[T] | None = None
    own: decimal.Context | None = None  # a context the generator set itself, kept as its own
    while True:
        inside = _INSIDE.get()
        if inside is None or decimal.getcontext() is not inside[1]:  # not inside minsheng
            if iterator is None:
                iterator = iter(items)
            item = next(iterator, end)
        else:
            caller, ours = inside  # this step's, not the first one's: each row is a call
            run_in = caller if own is None else own
            decimal.setcontext(run_in)
            try:
                if iterator is None:
                    iterator = iter(items)
                item = next(iterator, end)
            finally:
                left = decimal.getcontext()
                if left is not run_in:  # the generator set a context: its own from now on
                    own = None if left is caller else left
                decimal.setcontext(ours)
        if item is end:
            return
        yield cast("T", item)
