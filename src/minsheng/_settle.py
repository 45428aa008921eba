"""The fast path of loading: decode, build, count the keys, check the references.

:func:`settled` gives the program of a JSON text where it is certain of it,
and ``None`` where it is not, for :func:`minsheng._json.loads` to run the
explaining path.  It never explains: it only has to be sound, accepting only
what the explaining path accepts, and building an equal program
(``tests/test_build.py`` proves it).
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from typing import Any

from minsheng._build import build
from minsheng._check import references_hold
from minsheng._model import Program
from minsheng._patterns import compiled
from minsheng._values import MAX_VALUES

ESCAPED_SURROGATE = compiled(r"\\u[dD][89a-fA-F]")
"""A lone surrogate can only be written as an escape: a text without this match has none."""


class SlowPathError(Exception):
    """A document that needs the slow, path-tracking reading to explain itself."""


def pairs_fast(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object of ``pairs``, or :class:`SlowPathError` where a key repeats."""
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise SlowPathError
    return obj


FAST_DECODER_AFTER = 1024 * 1024
"""How many bytes loading reads before it imports msgspec (the ``fast`` extra).

Importing msgspec takes about 5 ms, which a few small files never repay:
decoding 36 kB with it saves about 0.1 ms.  Bulk loads reach this in a few
dozen files, and decode with msgspec from then on.
"""

_Decode = Callable[[str, bytes], Any]
"""A decoder of the fast path: it takes the checked text and its UTF-8 bytes."""


def _json_decode(text: str, raw: bytes) -> Any:  # noqa: ARG001 - JSON data
    return json.loads(text)  # the text: json.loads would decode the bytes again


def _msgspec_decode() -> _Decode | None:
    try:
        import msgspec  # noqa: PLC0415 - an optional extra
    except ImportError:
        return None
    from minsheng._structs import program_struct  # noqa: PLC0415 - imports msgspec

    decode = msgspec.json.Decoder(program_struct()).decode

    def decode_bytes(text: str, raw: bytes) -> Any:  # noqa: ARG001 - JSON data
        return decode(raw.removeprefix(codecs.BOM_UTF8))

    return decode_bytes


_DECODE: _Decode | None = None
_read = 0


def _decoder(size: int) -> _Decode:
    """The JSON decoder for the fast path: msgspec's once it pays, else :func:`json.loads`.

    msgspec is used where the ``fast`` extra is installed, from the load that
    brings the bytes read past :data:`FAST_DECODER_AFTER`; it is never
    imported with minsheng.  :func:`json.loads` gives plain data to the
    builders; msgspec gives the structs of :mod:`minsheng._structs`, having
    checked their types, or refuses (a ``ValueError``).
    """
    global _DECODE, _read  # noqa: PLW0603 - chosen once, when it pays
    if _DECODE is not None:
        return _DECODE
    _read += size
    if _read < FAST_DECODER_AFTER:
        return _json_decode
    _DECODE = _msgspec_decode() or _json_decode
    return _DECODE


def settled(text: str, raw: bytes) -> Program | None:
    """The program in ``raw`` by the fast path, or ``None`` where it is not certain.

    A decoder reads it (:func:`_decoder`): :func:`json.loads` may accept a
    NaN, a long number or a long string, but the builders of
    :mod:`minsheng._build` refuse every float, every integer that a long token
    gives and every string over the limit (msgspec's types refuse them as it
    decodes).  Either keeps the last of a repeated key, so the keys are
    counted.
    ``text`` is ``raw`` decoded, which :func:`_text` has checked.
    """
    # A lone surrogate is written as an escape: a text without a backslash
    # (found by memchr, where the pattern costs a tenth of a decode) has none.
    if b"\\" in raw and ESCAPED_SURROGATE.search(text) is not None:
        return None  # the builders check the length of every string themselves
    try:
        document = _decoder(len(raw))(text, raw)
    except (ValueError, RecursionError):  # JSON's, msgspec's, and the int digit limit
        return None
    built = build(document)
    if built is None or built.values > MAX_VALUES:  # too many: the explaining path says so
        return None
    ends = _key_ends(raw)
    if built.keys != ends and built.keys != ends - _quoted_colons(raw) and not _unique_keys(text):
        return None
    if not references_hold(built.program, (built.units, built.sources)):
        return None
    return built.program


def _key_ends(raw: bytes) -> int:
    """At least the number of keys in the JSON text ``raw``: count them where it is equal.

    Without its whitespace, every key of the text ends in ``":``, and a string
    can only add more of them; so where the decoded objects have as many keys,
    none repeats.  (Counting ``":`` in the text as it is would miss a key
    written ``"key" : …``, and one such key could hide a repeated one.)
    """
    return raw.translate(None, b" \t\r\n").count(b'":')


_MAX_QUOTED = 1000
r"""The most ``\"`` a text may hold for :func:`_quoted_colons` to count them one by one."""


def _quoted_colons(raw: bytes) -> int:
    r"""How many of the ``":`` that :func:`_key_ends` counts are inside strings: at most that.

    A quote inside a string is escaped: an odd run of backslashes stands
    before it.  Each such quote that whitespace and a colon follow (a string
    that quotes a term: ``说明\"是\": …``) is one ``":`` of the text without
    its whitespace that no key ends in.  So where the keys number exactly the
    count less these, none repeats.  A string that starts with a colon adds
    one more, uncounted here: then the counts differ, and the text is read
    again.  Where the text has more than :data:`_MAX_QUOTED` of them, or a
    run of more than 64 backslashes or whitespace bytes, this gives 0
    rather than count long.
    """
    if raw.count(b'\\"') > _MAX_QUOTED:
        return 0
    count = 0
    at = raw.find(b'\\"')
    while at != -1:
        run = 1  # backslashes ending at ``at``
        while run <= 64 and at - run >= 0 and raw[at - run] == 0x5C:
            run += 1
        if run > 64:
            return 0
        if run % 2:  # escaped: is a colon next, after whitespace?
            after = raw[at + 2 : at + 66].lstrip(b" \t\r\n")
            if not after and at + 66 < len(raw):
                return 0  # more than 64 bytes of whitespace
            if after.startswith(b":"):
                count += 1
        at = raw.find(b'\\"', at + 2)
    return count


def _unique_keys(text: str) -> bool:
    """Whether no object of the JSON ``text`` repeats a key."""
    try:
        json.loads(text, object_pairs_hook=pairs_fast)
    except (SlowPathError, ValueError, RecursionError):  # unsure: the explaining path decides
        return False
    return True
