"""Locales: negotiation, the served-locale value and its gettext catalogs.

A locale is negotiated once, at each public entry point, into a
:class:`Locale`; formatting, rendering and the catalogs all take that value,
so that ``en-GB``, ``en_US`` and ``EN`` behave exactly as ``en`` does.
English is the source language: its catalog is the identity.
"""

from __future__ import annotations

import functools
import gettext
import io
import os
import threading
from typing import Literal

from minsheng._errors import ArgumentError, LocaleError
from minsheng._i18n import Message, listing, msg
from minsheng._resources import packaged

LocaleTag = Literal["zh-Hans", "zh-Hant", "en"]
"""A locale minsheng serves, as its BCP 47 tag."""

LOCALES: tuple[LocaleTag, ...] = ("zh-Hans", "zh-Hant", "en")
"""The locales minsheng serves, as BCP 47 tags."""

SOURCE_LANGUAGE: LocaleTag = "en"
"""The language of minsheng's own messages, and what C and POSIX stand for."""

_TRADITIONAL_REGIONS = ("tw", "hk", "mo")
_CATALOG_NAMES = {"zh-Hans": "zh_Hans", "zh-Hant": "zh_Hant"}
_LOCK = threading.Lock()


def negotiate_locale(tag: str) -> LocaleTag:
    """Return the served locale for a BCP 47 tag or a POSIX name.

    >>> negotiate_locale("zh-CN"), negotiate_locale("zh_TW"), negotiate_locale("en-GB")
    ('zh-Hans', 'zh-Hant', 'en')

    ``C`` and ``POSIX`` (``C.UTF-8`` too) are the untranslated source language, English.

    Raises:
        LocaleError: no served locale fits ``tag``.
        ArgumentError: ``tag`` is not a string.

    """
    if not isinstance(tag, str):
        raise ArgumentError(
            msg("a locale is a string such as zh-CN, not {type}", type=type(tag).__name__)
        )
    return _negotiate(tag)


@functools.lru_cache(maxsize=256)
def _negotiate(tag: str) -> LocaleTag:
    parts = tag.replace("_", "-").split(".")[0].split("@")[0].lower().split("-")
    language = parts[0]
    if language == "en" or parts in (["c"], ["posix"]):  # C and POSIX: no translation
        return "en"
    if language == "zh":
        rest = parts[1:]
        if "hant" in rest or any(region in rest for region in _TRADITIONAL_REGIONS):
            return "zh-Hant"
        return "zh-Hans"
    shown = tag if len(tag) <= 40 else tag[:39] + "…"
    raise LocaleError(
        msg(
            "no translations for locale {tag}; use one of {choices}",
            tag=repr(shown),
            choices=listing(LOCALES),
        )
    )


class Locale:
    """A served locale: its tag, and the translations that go with it.

    Built by :func:`served`, one per served tag; everything below a public
    entry point takes it instead of a raw tag.  A plain class, not attrs:
    attrs compiles a class's methods at import, 0.6 ms of every command.
    """

    __slots__ = ("tag",)

    def __init__(self, tag: str) -> None:
        self.tag = tag

    def __repr__(self) -> str:
        return f"Locale({self.tag!r})"

    @property
    def english(self) -> bool:
        """Whether this is the source language, English."""
        return self.tag == SOURCE_LANGUAGE

    @property
    def traditional(self) -> bool:
        """Whether Chinese is written in traditional characters."""
        return self.tag == "zh-Hant"

    def gettext(self, message: str) -> str:
        """Translate one message of the catalog."""
        return _translations(self.tag).gettext(message)

    def render(self, message: Message) -> str:
        """Render a :class:`~minsheng.Message` in this locale."""
        return message.render(self.gettext)


_SERVED = {tag: Locale(tag) for tag in LOCALES}


def served(locale: str | Locale) -> Locale:
    """Negotiate ``locale`` once into the :class:`Locale` that serves it.

    Raises:
        LocaleError: no served locale fits ``locale``.

    """
    if isinstance(locale, Locale):
        return locale
    return _SERVED[negotiate_locale(locale)]


@functools.cache
def _translations(tag: str) -> gettext.NullTranslations:
    """The gettext translations of a served locale, loaded once.

    A wheel carries compiled ``.mo`` files; a source checkout compiles the
    ``.po`` catalog in memory, with babel.
    """
    if tag == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    name = _CATALOG_NAMES[tag]
    folder = packaged("locale") / name / "LC_MESSAGES"
    compiled = folder / "minsheng.mo"
    with _LOCK:
        if compiled.is_file():
            with compiled.open("rb") as file:
                return gettext.GNUTranslations(file)
        from babel.messages.mofile import write_mo  # noqa: PLC0415 - checkouts only
        from babel.messages.pofile import read_po  # noqa: PLC0415

        with (folder / "minsheng.po").open("rb") as file:
            catalog = read_po(file, locale=name)
        buffer = io.BytesIO()
        write_mo(buffer, catalog)
        buffer.seek(0)
        return gettext.GNUTranslations(buffer)


def environment_locale(environ: dict[str, str] | None = None) -> Locale:
    """The locale a command line speaks, by gettext's conventions.

    ``LC_ALL``, then ``LC_MESSAGES``, then ``LANG`` name the locale; ``C`` and
    ``POSIX`` (and nothing at all) mean the source language, English.  Unless
    the locale is C, ``LANGUAGE`` goes first: a colon-separated list of
    preferences, of which the first served one wins.  A locale minsheng does
    not serve falls back to English, as gettext does.
    """
    env = os.environ if environ is None else environ
    value = next((env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)), "")
    if value.split(".")[0] in ("", "C", "POSIX"):
        return _SERVED[SOURCE_LANGUAGE]
    for tag in (*env.get("LANGUAGE", "").split(":"), value):
        if tag:
            try:
                return served(tag)
            except LocaleError:
                continue
    return _SERVED[SOURCE_LANGUAGE]
