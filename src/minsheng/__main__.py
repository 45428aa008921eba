"""``python -m minsheng``: the same as the ``minsheng`` command."""

import sys

from minsheng._cli import run

sys.exit(run())
