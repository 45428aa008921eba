"""Translatable messages.

``_("met")`` returns its argument unchanged; it only marks the message for
extraction into the catalogs.  :func:`msg` builds a :class:`Message`: an English
template with named arguments, kept apart until it is shown, so that the same
error reads in English in a traceback and in Chinese on a Chinese command line.
Both are extracted by ``pybabel extract -k t -k msg`` (``_`` is a default).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

Translate = Callable[[str], str]


def _(message: str) -> str:
    """Mark ``message`` for translation and return it unchanged."""
    return message


@attrs.frozen
class Message:
    """An English template and its arguments; arguments may be messages too."""

    template: str
    args: tuple[tuple[str, str | Message], ...] = ()

    def render(self, translate: Translate | None = None) -> str:
        """The message in the language of ``translate`` (English without one)."""
        template = self.template if translate is None else translate(self.template)
        values = {
            name: value.render(translate) if isinstance(value, Message) else value
            for name, value in self.args
        }
        return template.format(**values)

    def __str__(self) -> str:
        return self.render()


def msg(template: str, **args: object) -> Message:
    """Build a message; each argument is shown with ``str`` unless it is a message."""
    return Message(
        template,
        tuple(
            (name, value if isinstance(value, Message) else str(value))
            for name, value in args.items()
        ),
    )


def verbatim(text: str) -> Message:
    """A message that is shown as it is, never translated: data, or another library's text."""
    return Message("{text}", (("text", text),))


def listing(items: Sequence[object]) -> Message:
    """``items`` as a list, in the reader's punctuation: 2025, 2026 or 2025、2026.

    The list is a tree of two-item messages, halves first, so that a long one
    renders flat and never deep.
    """
    if not items:
        return verbatim("")
    if len(items) == 1:
        (item,) = items
        return item if isinstance(item, Message) else verbatim(str(item))
    half = len(items) // 2
    return msg(_("{items}, {item}"), items=listing(items[:half]), item=listing(items[half:]))
