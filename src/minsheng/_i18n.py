"""The marker for translatable messages.

``_("met")`` returns its argument unchanged; it only marks the message for
extraction into the catalogs (``pybabel extract -k _ -k t``).  Messages are
translated where they are shown, by :mod:`minsheng._format`.
"""


def _(message: str) -> str:
    """Mark ``message`` for translation and return it unchanged."""
    return message
