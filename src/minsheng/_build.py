"""The fast load path: generated builders that settle valid documents, or give up.

Most files that minsheng loads are valid, and the explaining path of
:mod:`minsheng._converters` (cattrs, which tracks every JSON path so that it
can report every problem) pays for its explanations on every file.  The
builders here are generated once, from the model's own attrs fields, and
check each value's JSON type, the keys of each object, the limits of the
strict reader and every invariant of the model in the one pass that builds
the objects.

They never explain.  At the first thing they are not certain of (a wrong type,
an unknown, missing or repeated key, a failing invariant, a schema-1 file)
they give up, and :func:`minsheng._json.loads` runs the explaining path from
the start.  So a builder only needs to be *sound*: whatever it accepts, the
explaining path accepts too, and builds an equal program.
``tests/test_build.py`` proves this by a differential property test over valid
and mutated documents.

Two techniques are specific to CPython, and each has a plain fallback:

- A frozen attrs class forbids ``obj.field = value``; its ``__init__`` sets
  each field through ``object.__setattr__``.  A builder instead creates the
  object as an instance of a *twin*: a subclass that adds no slots and allows
  assignment.  It then sets the slots directly, and gives the object its real
  class by ``__class__`` assignment, which CPython allows between a class and
  a subclass of the same layout.  The validators and ``__attrs_post_init__``
  run afterwards, as in ``__init__``: some validators as conditions written
  inline (:data:`~minsheng._generate.INLINE_VALIDATORS`), and of a figure's and a metric's
  post-init the part that the builder's own conversions do not make certain
  (:data:`~minsheng._generate.BUILT_CHECKS`).  Where ``__class__`` assignment is refused
  (:data:`~minsheng._generate.TWINS` is false), the builders call the real ``__init__``.
- A repeated key is found by counting (in :func:`minsheng._settle.settled`): the
  text without its whitespace has at least as many ``"`` + ``:`` pairs as
  keys, so where it has as many as the decoded objects have keys, no key
  repeats.  A quote inside a string that a colon follows (one escaped by an
  odd run of backslashes) adds a pair that no key ends in; those are counted
  and taken off.  Where the counts still differ, the text is read again with
  a hook that sees every pair.

There are two sets of builders: from plain JSON data (:func:`json.loads`),
and from the msgspec structs of :mod:`minsheng._structs` (the ``fast`` extra),
whose types msgspec has checked as it decoded them; those builders count the
keys present and check what is left (decimals, dates, validators, invariants).

The builders also collect what the figures refer to (each figure's unit and
source, each denominator's unit), so that the reference checks test two sets
against the program's units and sources instead of walking every figure again
(:class:`Built`).
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Callable
from typing import Any, NamedTuple

from minsheng import _generate
from minsheng._errors import InvalidValueError
from minsheng._generate import _MISSING, _generated, _GiveUpError
from minsheng._model import Program
from minsheng._schemas import SCHEMA_ID
from minsheng._values import _MismatchError

_ENTRIES = (f"_build_{Program.__name__}", f"_sbuild_{Program.__name__}")
"""The builders of a program: from plain JSON data, and from msgspec structs."""

_Builder = Callable[[Any, list[Any]], Program]


def _compile() -> tuple[_Builder, _Builder]:
    generator, source = _generated()
    names: dict[str, Any] | None = None
    if _generate.TWINS:  # read here, where a test may have set it
        try:
            from minsheng import _builders  # noqa: PLC0415 - generated; used on first load
        except ImportError:  # pragma: no cover - the file is part of the package
            pass
        else:
            if getattr(_builders, "SOURCE_CRC", None) == zlib.crc32(source.encode()):
                names = vars(_builders)
                names.update(generator.namespace)
    if names is None:
        code = compile(source, "<minsheng builders>", "exec")
        names = generator.namespace
        exec(code, names)  # noqa: S102 - source written above from the model
    plain, typed = (names[entry] for entry in _ENTRIES)
    return plain, typed


_BUILDERS: tuple[_Builder, _Builder] | None = None


class Built(NamedTuple):
    """A program the builders settled, and what the caller still checks of it."""

    program: Program
    keys: int
    """How many keys its objects have, which the caller compares with the text."""
    values: int
    """How many values it holds: its objects' keys and its arrays' items."""
    units: set[str | None]
    """The units of figures (``None`` for one without) and denominators, but the library's."""
    sources: set[str]
    """The sources that figures name."""


def build(document: object) -> Built | None:
    """Build the program that a decoded JSON ``document`` describes.

    ``document`` is plain JSON data, or the struct that msgspec decoded with
    the types of :mod:`minsheng._structs`.  Returns ``None`` where the builder
    is not certain and the explaining path must decide.  A repeated key
    leaves one, so the caller compares the keys with the text, and checks the
    figures' references.
    """
    global _BUILDERS  # noqa: PLW0603 - compiled once, on first use
    if _BUILDERS is None:
        _BUILDERS = _compile()
    plain, typed = _BUILDERS
    if isinstance(document, dict):
        declared = document.get("$schema", _MISSING)
        if declared is not _MISSING:
            if declared != SCHEMA_ID:
                return None  # schema 1, which migrates, or an error
            document = dict(document)
            del document["$schema"]
        builder = plain
    else:
        # A struct only where the fast extra decoded it (and so imported the
        # struct types); anything else that is no dict (a list, a number) is
        # no program, and must not import msgspec.
        structs = sys.modules.get("minsheng._structs")
        if structs is None or type(document) is not structs.program_struct():
            return None
        declared = getattr(document, structs.SCHEMA_FIELD)  # msgspec allowed only SCHEMA_ID
        builder = typed
    context: list[Any] = [0 if declared is _MISSING else 1, set(), set(), 0]
    try:
        program = builder(document, context)
    except (_GiveUpError, _MismatchError, InvalidValueError, KeyError):
        return None
    keys, units, sources, items = context
    return Built(program, keys, keys + items, units, sources)
