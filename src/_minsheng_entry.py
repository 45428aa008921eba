"""The ``minsheng`` command's entry point, outside the package.

A console script imports the module it names before it calls anything, and
importing the minsheng package is most of a command's start: a Ctrl-C then
was a traceback.  This module imports nothing, so that the package loads
inside :func:`run`, where an interrupt exits 130, as at any later moment.
"""


def run() -> int:
    """Run the ``minsheng`` command; exit 130, silently, if interrupted while it loads."""
    try:
        from minsheng._cli import run as command  # noqa: PLC0415 - inside the interrupt's reach
    except KeyboardInterrupt:
        return 130
    return command()
