"""The builders of the fast load path, written from the model's attrs fields.

:mod:`minsheng._build` loads with them; this module writes them.  For each
class of the model it writes one builder from plain JSON data and one from
the msgspec struct of :mod:`minsheng._structs`, as Python source, and holds
the values the source names (defaults, enum tables, validators, twin
classes).  ``python -m minsheng._generate --write`` writes the source to
``minsheng/_builders.py``, so that Python caches its bytecode; ``--check``
fails while the file is out of date.  What the builders check, and why they
are sound, is :mod:`minsheng._build`'s docstring.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import sys
import zlib
from collections.abc import Callable
from decimal import Decimal
from types import NoneType, UnionType
from typing import Any, Union, get_args, get_origin

import attrs

from minsheng._model import Metric, Program, Project, Text, _nonempty
from minsheng._quantity import (
    SLUG,
    Per,
    Quantity,
    _check_decimal,
    check_int,
    check_optional_int,
    check_optional_slug,
    check_slug,
)
from minsheng._units import LIBRARY_UNITS
from minsheng._values import (
    MAX_NUMBER_LENGTH,
    MAX_STRING_LENGTH,
    _structure_date,
    enum_values,
    is_decimal,
)

INT_BOUNDS = (-(10 ** (MAX_NUMBER_LENGTH - 1)), 10**MAX_NUMBER_LENGTH)
"""Integers within these bounds (exclusive) are those whose JSON token has at
most :data:`~minsheng._values.MAX_NUMBER_LENGTH` characters (a minus sign
counts); the strict reader refuses longer tokens, so the builders refuse
other integers."""

# A validator the builder's own conversion already implies: a Decimal read
# from a string that DECIMAL matches whole is finite, with at most
# MAX_INTEGER_DIGITS digits before the point and MAX_FRACTION_DIGITS after;
# an int read from JSON is an int (never a bool, which the builders refuse).
# tests/test_build.py proves it for every such string.
_IMPLIED: dict[Any, object] = {
    _check_decimal: Decimal,
    check_int: int,
    check_optional_int: int | None,
}

# Validators a builder tests inline, on a value its conversion has made a str
# (or None, for an optional field): the condition under which each passes.
# Calling the validator costs more than testing.  tests/test_build.py holds
# each condition to its validator.
INLINE_VALIDATORS: dict[Any, str] = {
    check_slug: "_slug({v}) is not None",
    check_optional_slug: "{v} is None or _slug({v}) is not None",
    _nonempty: "not {v}.isspace() and {v}",
}

# The optional keys that datasets usually hold, in the order a builder looks
# for them, before the model's other fields: a builder stops looking once it
# has found every key of an object, so an object of the usual keys is settled
# without asking for each rare one.  The order changes no result.
USUAL_KEYS: dict[type, tuple[str, ...]] = {
    Quantity: ("phrase", "comparator", "approximation", "decimals", "multiplier", "derivation"),
    Metric: ("direction", "actual", "target", "measure", "statement", "notes"),
    Project: ("description", "metrics", "reported", "notes"),
}

# The part of a post-init that a builder calls, where its conversions already
# make the rest certain: a figure's approximation and comparator, and a
# metric's kind, come from the enums' tables, and a figure's unit is a str or
# None.
BUILT_CHECKS: dict[type, str] = {Quantity: "_check_numbers", Metric: "_check_figures"}

# Where that part has nothing to refuse, the builder does not call it: a figure
# printed as a whole number (its JSON value all digits, which is_decimal has
# found ASCII), with no magnitude word, no decimals and no range.
# tests/test_build.py holds the condition to the check.
# ``{value}`` stands for the figure's JSON value, as each builder reads it.
NOTHING_TO_CHECK: dict[type, str] = {
    Quantity: "f_multiplier == 0 and f_decimals == 0 and f_upper is None and {value}.isdigit()",
}


class _GiveUpError(Exception):
    """The builder is not certain; the explaining path decides."""


@functools.cache  # one twin a class: the plain and the struct builders share it
def _twin(cls: type) -> type:
    """A subclass of ``cls`` of the same layout, whose fields can be assigned.

    Both ``__setattr__`` and ``__delattr__`` are object's own, so that CPython
    uses its generic attribute setter, which assigns a slot at full speed.
    """
    namespace = {
        "__slots__": (),
        "__setattr__": object.__setattr__,
        "__delattr__": object.__delattr__,
    }
    return type(f"{cls.__name__}Twin", (cls,), namespace)


def _twins_work() -> bool:
    """Whether this interpreter allows ``__class__`` assignment from a twin.

    It tries with one of the model's own classes: a class made for the probe
    would cost every process the half millisecond attrs takes to make one.
    """
    sample = Text("民生")
    probe: Any = object.__new__(_twin(Text))
    try:
        for field in attrs.fields(Text):
            setattr(probe, field.name, getattr(sample, field.name))
        probe.__class__ = Text
    except (TypeError, AttributeError):
        return False
    return type(probe) is Text and probe == sample


TWINS = _twins_work()
"""Whether builders use twins (CPython) or each class's ``__init__`` (elsewhere)."""


@functools.cache  # a field's type is asked of many times as the builders are written
def _is_optional(tp: object) -> bool:
    return get_origin(tp) in (UnionType, Union) and NoneType in get_args(tp)


@functools.cache
def _inner(tp: object) -> Any:  # noqa: ANN401 - a typing form
    """The type that the optional ``tp`` (``X | None``) allows besides ``None``."""
    (inner,) = (arg for arg in get_args(tp) if arg is not NoneType)
    return inner


# What a built object refers to, added to the sets the builders fill (_c[1], the
# units; _c[2], the sources): a figure's unit (None too, which no unit list has)
# and a denominator's unit, unless a library unit, and a figure's source.
_REFERENCES = {
    Quantity: [
        "    if f_unit not in _LIBRARY_UNITS:",
        "        _c[1].add(f_unit)",
        "    if f_source is not None:",
        "        _c[2].add(f_source)",
    ],
    Per: [
        "    if f_unit is not None and f_unit not in _LIBRARY_UNITS:",
        "        _c[1].add(f_unit)",
    ],
}


class _Generator:
    """Writes the source of one builder function per model class."""

    def __init__(self) -> None:
        self.namespace: dict[str, Any] = {
            "_GiveUp": _GiveUpError,
            "_MISSING": _MISSING,
            "_new": object.__new__,
            "_is_decimal": is_decimal,
            "_LONGEST": MAX_STRING_LENGTH,
            "_structure_date": _structure_date,
            "_Decimal": Decimal,
            "_date": dt.date,
            "_LOW": INT_BOUNDS[0],
            "_HIGH": INT_BOUNDS[1],
            "_LIBRARY_UNITS": LIBRARY_UNITS,
            "_slug": SLUG.fullmatch,
        }
        self.done: set[type] = set()
        self.struct_done: set[type] = set()
        self.lines: list[str] = []
        self.counter = 0

    def name(self, prefix: str, value: object) -> str:
        self.counter += 1
        key = f"_{prefix}{self.counter}"
        self.namespace[key] = value
        return key

    def convert(self, tp: object, src: str, dst: str, indent: str) -> list[str]:
        """Lines that check the JSON value ``src`` and set ``dst`` to its model value."""
        give_up = f"{indent}    raise _GiveUp"
        if _is_optional(tp):
            return _or_none(tp, src, dst, indent, self.convert)
        if get_origin(tp) is tuple:
            element, ellipsis = get_args(tp)
            assert ellipsis is Ellipsis  # noqa: S101 - the model only has tuple[X, ...]
            lines = [
                f"{indent}if {src}.__class__ is not list:",
                give_up,
                f"{indent}_c[3] += len({src})",  # the values: keys and items (MAX_VALUES)
            ]
            if element is str:
                return [
                    *lines,
                    f"{indent}for _x in {src}:",
                    f"{indent}    if _x.__class__ is not str or len(_x) > _LONGEST:",
                    f"{indent}        raise _GiveUp",
                    f"{indent}{dst} = tuple({src})",
                ]
            if isinstance(element, type) and issubclass(element, enum.Enum):
                values = self.name("values", enum_values(element))
                return [
                    *lines,
                    (
                        f"{indent}{dst} = tuple([{values}.get(_x) if _x.__class__ is str"
                        f" else None for _x in {src}])"
                    ),
                    f"{indent}if None in {dst}:",
                    give_up,
                ]
            if attrs.has(element):
                builder = self.builder(element)
                return [*lines, f"{indent}{dst} = tuple([{builder}(_x, _c) for _x in {src}])"]
            raise NotImplementedError(tp)
        if tp is str:
            return [
                f"{indent}if {src}.__class__ is not str or len({src}) > _LONGEST:",
                give_up,
                f"{indent}{dst} = {src}",
            ]
        if tp is bool:
            return [f"{indent}if {src}.__class__ is not bool:", give_up, f"{indent}{dst} = {src}"]
        if tp is int:
            return [
                f"{indent}if {src}.__class__ is not int or not _LOW < {src} < _HIGH:",
                give_up,
                f"{indent}{dst} = {src}",
            ]
        if tp is Decimal:
            # _structure_decimal's test, without its error message.
            return [
                f"{indent}if {src}.__class__ is not str or not _is_decimal({src}):",
                give_up,
                f"{indent}{dst} = _Decimal({src})",
            ]
        if tp is dt.date:
            return [f"{indent}{dst} = _structure_date({src}, _date)"]
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            values = self.name("values", enum_values(tp))
            return [
                f"{indent}{dst} = {values}.get({src}) if {src}.__class__ is str else None",
                f"{indent}if {dst} is None:",
                give_up,
            ]
        if isinstance(tp, type) and attrs.has(tp):
            return [f"{indent}{dst} = {self.builder(tp)}({src}, _c)"]
        raise NotImplementedError(tp)

    def builder(self, cls: type) -> str:
        """The name of ``cls``'s builder, writing it first if need be."""
        name = f"_build_{cls.__name__}"
        if cls in self.done:
            return name
        self.done.add(cls)
        fields = attrs.fields(cls)
        required = [field for field in fields if field.default is attrs.NOTHING]
        optional = sorted(
            (field for field in fields if field.default is not attrs.NOTHING),
            key=lambda field: _usual(cls, field.name),
        )
        # Required keys first; then the optional ones, the usual ones first
        # (USUAL_KEYS) and the rest in the model's order, until every key of
        # the object is accounted for: what is left over after the last field
        # is a key the model does not have.
        body = [
            f"def {name}(_d, _c):",
            "    if _d.__class__ is not dict:",
            "        raise _GiveUp",
            "    _n = len(_d)",
            f"    _left = _n - {len(required)}",
        ]
        _check_fields(cls)
        for field in required:
            body.append(f"    _v = _d[{field.name!r}]")  # a KeyError gives up
            body.extend(self.convert(field.type, "_v", f"f_{field.name}", "    "))
        for field in optional:
            local = f"f_{field.name}"
            default = self.name("default", field.default)
            body += [
                f"    {local} = {default}",
                "    if _left:",
                f"        _v = _d.get({field.name!r}, _MISSING)",
                "        if _v is not _MISSING:",
                "            _left -= 1",
                *self.convert(field.type, "_v", local, "            "),
            ]
        body += ["    if _left:", "        raise _GiveUp", "    _c[0] += _n"]
        body += self.construct(cls, "_d[{!r}]")
        self.lines += body
        return name

    def struct_builder(self, cls: type) -> str:
        """The name of the builder of ``cls`` from its msgspec struct, writing it first if need be.

        msgspec has checked each value's type, each string's length, each
        integer's bounds and each enum's value as it decoded the struct
        (:mod:`minsheng._structs`), and refused unknown keys; an absent key
        holds ``_MISSING``.  The builder counts the keys present, converts
        decimals and dates, and checks the rest as :meth:`builder` does.
        """
        name = f"_sbuild_{cls.__name__}"
        if cls in self.struct_done:
            return name
        self.struct_done.add(cls)
        _check_fields(cls)
        fields = attrs.fields(cls)
        required = [field for field in fields if field.default is attrs.NOTHING]
        body = [f"def {name}(_s, _c):", f"    _n = {len(required)}"]
        # Each field's value is read into its local, and converted there.
        for field in required:
            local = f"f_{field.name}"
            body.append(f"    {local} = _s.{field.name}")
            body.extend(self.convert_struct(field.type, local, local, "    "))
        for field in fields:
            if field.default is attrs.NOTHING:
                continue
            local = f"f_{field.name}"
            default = self.name("default", field.default)
            body += [
                f"    {local} = _s.{field.name}",
                f"    if {local} is _MISSING:",
                f"        {local} = {default}",
                "    else:",
                "        _n += 1",
                *self.convert_struct(field.type, local, local, "        "),
            ]
        body.append("    _c[0] += _n")
        body += self.construct(cls, "_s.{}")
        self.lines += body
        return name

    def convert_struct(self, tp: object, src: str, dst: str, indent: str) -> list[str]:
        """Lines that set ``dst`` to the model value of ``src``, a value msgspec has typed.

        None where the value is the model's as it is (:func:`_passed_on`).
        """
        if _passed_on(tp):
            return []
        if _is_optional(tp):
            return _or_none(tp, src, dst, indent, self.convert_struct)
        if get_origin(tp) is tuple:
            element, ellipsis = get_args(tp)
            assert ellipsis is Ellipsis  # noqa: S101 - the model only has tuple[X, ...]
            count = f"{indent}_c[3] += len({src})"  # the values: keys and items (MAX_VALUES)
            if _passed_on(element):  # strings, or the members msgspec made of enum values
                return [count, f"{indent}{dst} = tuple({src})"]
            if attrs.has(element):
                builder = self.struct_builder(element)
                return [count, f"{indent}{dst} = tuple([{builder}(_x, _c) for _x in {src}])"]
            raise NotImplementedError(tp)
        if tp is Decimal:
            return [
                f"{indent}if not _is_decimal({src}):",
                f"{indent}    raise _GiveUp",
                f"{indent}{dst} = _Decimal({src})",
            ]
        if tp is dt.date:
            return [f"{indent}{dst} = _structure_date({src}, _date)"]
        if isinstance(tp, type) and attrs.has(tp):
            return [f"{indent}{dst} = {self.struct_builder(tp)}({src}, _c)"]
        raise NotImplementedError(tp)

    def construct(self, cls: type, read: str) -> list[str]:
        """Lines that make the object of ``cls`` from its fields' ``f_`` locals, checked.

        ``read`` formats a field's name as the builder reads its JSON value.
        """
        fields = attrs.fields(cls)
        real = self.name("cls", cls)
        if TWINS:
            twin = self.name("twin", _twin(cls))
            body = [f"    _o = _new({twin})"]
            body.extend(f"    _o.{field.name} = f_{field.name}" for field in fields)
            body.append(f"    _o.__class__ = {real}")
            body += self.checks(cls, read)
        else:
            arguments = ", ".join(f"{field.alias}=f_{field.name}" for field in fields)
            body = [f"    _o = {real}({arguments})"]
        return [*body, *_REFERENCES.get(cls, ()), "    return _o"]

    def checks(self, cls: type, read: str) -> list[str]:
        """Lines that check a built object as its ``__init__`` would, after the fields are set."""
        lines = []
        for field in attrs.fields(cls):
            validator = field.validator
            if validator is None or _IMPLIED.get(validator) == field.type:
                continue
            inline = INLINE_VALIDATORS.get(validator)
            if inline is not None:
                condition = inline.format(v=f"f_{field.name}")
                lines += [f"    if not ({condition}):", "        raise _GiveUp"]
                continue
            check = self.name("validator", validator)
            attribute = self.name("attribute", field)
            call = f"{check}(_o, {attribute}, f_{field.name})"
            if _passes(validator, field):
                # The default passes, so only another value needs checking.
                default = self.name("default", field.default)
                lines.append(f"    if f_{field.name} is not {default}:")
                call = "    " + call
            lines.append(f"    {call}")
        if cls in BUILT_CHECKS:
            check = BUILT_CHECKS[cls]
            if not callable(getattr(cls, check, None)):  # else the builder would check nothing
                raise TypeError(f"{cls.__name__} has no method {check} (BUILT_CHECKS)")
            skip = NOTHING_TO_CHECK.get(cls)
            if skip is None:
                lines.append(f"    _o.{check}()")
            else:
                condition = skip.format(value=read.format("value"))
                lines += [f"    if not ({condition}):", f"        _o.{check}()"]
        elif hasattr(cls, "__attrs_post_init__"):
            lines.append("    _o.__attrs_post_init__()")
        return lines


_MISSING = object()


def _check_fields(cls: type) -> None:
    """Refuse what no builder writes: a field whose type is unresolved, a factory default."""
    for field in attrs.fields(cls):
        if isinstance(field.type, str):
            raise TypeError(f"unresolved annotation on {cls.__name__}.{field.name}")
        if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            raise NotImplementedError(f"a factory default on {cls.__name__}.{field.name}")


_Convert = Callable[[object, str, str, str], list[str]]


def _or_none(tp: object, src: str, dst: str, indent: str, convert: _Convert) -> list[str]:
    """Lines for an optional type ``tp``: ``None`` as it is, else ``convert``'s lines."""
    inner = _inner(tp)
    if src == dst:  # converted in place: None stays
        return [f"{indent}if {src} is not None:", *convert(inner, src, dst, indent + "    ")]
    return [
        f"{indent}if {src} is None:",
        f"{indent}    {dst} = None",
        f"{indent}else:",
        *convert(inner, src, dst, indent + "    "),
    ]


@functools.cache
def _passed_on(tp: object) -> bool:
    """Whether a struct's value of the model type ``tp`` is the model's value as it is.

    msgspec has made it: a str, bool or int, an enum's member (from its
    value), or ``None`` for an optional one.
    """
    if _is_optional(tp):
        tp = _inner(tp)
    return tp in (str, bool, int) or (isinstance(tp, type) and issubclass(tp, enum.Enum))


def _usual(cls: type, name: str) -> int:
    """Where the builder of ``cls`` looks for an optional key: first the usual ones."""
    usual = USUAL_KEYS.get(cls, ())
    return usual.index(name) if name in usual else len(usual)


def _passes(validator: Any, field: attrs.Attribute[Any]) -> bool:  # noqa: ANN401
    """Whether a field's default passes its validator, tried without an instance.

    A validator that looks at the instance fails here, and is always called.
    """
    if field.default is attrs.NOTHING:
        return False
    try:
        validator(None, field, field.default)
    except Exception:  # noqa: BLE001 - any failure: call it every time
        return False
    return True


_HEADER = '''"""The fast load path's builders, written from the model by :mod:`minsheng._generate`.

Do not edit: ``python -m minsheng._generate --write`` writes this file again, and
a test fails while it is out of date.  It is a module, rather than code that
is compiled at the first load, so that Python caches its bytecode and a
command line does not spend 10 ms compiling it.  Its names (defaults, enum
tables, validators, twin classes) are set by :mod:`minsheng._build` when it
loads it; where it is out of date or twins are refused, that module compiles
its builders itself.
"""

# mypy: ignore-errors
'''


def _generated() -> tuple[_Generator, str]:
    generator = _Generator()
    generator.builder(Program)
    generator.struct_builder(Program)
    return generator, "\n".join(generator.lines) + "\n"


def module_text() -> str:
    """The text of ``minsheng/_builders.py``: the builders with twins, and their checksum."""
    _, source = _generated()
    return f"{_HEADER}\nSOURCE_CRC = {zlib.crc32(source.encode())}\n\n\n{source}"


def main(argv: list[str] | None = None) -> int:
    """``python -m minsheng._generate --write|--check``: write or check ``_builders.py``."""
    import argparse  # noqa: PLC0415 - a maintainer's command
    from pathlib import Path  # noqa: PLC0415

    parser = argparse.ArgumentParser(prog="python -m minsheng._generate")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", action="store_true", help="write _builders.py")
    action.add_argument("--check", action="store_true", help="fail if it is out of date")
    args = parser.parse_args(argv)
    path = Path(__file__).with_name("_builders.py")
    text = module_text()
    if args.write:
        path.write_text(text, encoding="utf-8")
        return 0
    current = path.exists() and path.read_text(encoding="utf-8") == text
    if not current:
        sys.stderr.write(f"{path} is out of date: python -m minsheng._generate --write\n")
    return 0 if current else 1


if __name__ == "__main__":
    sys.exit(main())
