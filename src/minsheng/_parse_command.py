"""The ``minsheng parse`` command: what the parser reads in a phrase or a text.

``minsheng parse PHRASE`` shows the phrase's reading; ``--scan FILE`` shows
every quantity phrase the scan finds in a text, where it starts and ends, and
its reading or why the parser refuses it (exit code 1 if it refuses any).
Each reading is one line of text or one JSON object, whose figure is plain
values: decimals as strings, the interval it stands for, its approximation.
:mod:`minsheng._cli` runs :func:`_cmd_parse`, as it runs the other
subcommands of :mod:`minsheng._commands`.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from minsheng._arguments import UsageError
from minsheng._i18n import msg
from minsheng._quantity import Approximation, Quantity
from minsheng._terminal import Output, escape_json, escape_line

if TYPE_CHECKING:
    from minsheng._locale import Locale
    from minsheng._parse import Reading

# The parser and the scan are imported where they are used, so that the other
# commands start without them.


def _figure_data(quantity: Quantity) -> dict[str, Any]:
    interval = quantity.interval
    return {
        "value": format(quantity.value, "f"),
        "upper": None if quantity.upper is None else format(quantity.upper, "f"),
        "low": format(interval.low, "f"),
        "high": format(interval.high, "f"),
        "low_closed": interval.low_closed,
        "high_closed": interval.high_closed,
        "comparator": None if quantity.comparator is None else quantity.comparator.value,
        "unit": quantity.unit,
        "per": [
            {"amount": format(p.amount, "f"), "unit": p.unit, "subject": p.subject}
            for p in quantity.per
        ],
        "multiplier": quantity.multiplier,
        "decimals": quantity.decimals,
        "significant_digits": quantity.significant_digits,
        "approximate": quantity.approximation is not Approximation.EXACT,
        "approximation": quantity.approximation.value,
    }


def _parsed_data(reading: Reading) -> dict[str, Any]:
    return {
        **_figure_data(reading.figure),
        "baselines": [_figure_data(b) for b in reading.baselines],
        "change": None if reading.change is None else reading.change.value,
        "direction": None if reading.direction is None else reading.direction.value,
        "text": reading.figure.phrase,
    }


def _reading_line(reading: Reading, locale: Locale) -> str:
    from minsheng._format import format_quantity

    quantity = reading.figure
    interval = quantity.interval
    bounds = (
        ("[" if interval.low_closed else "(")
        + f"{interval.low:f}, {interval.high:f}"
        + ("]" if interval.high_closed else ")")
    )
    comparator = f"{quantity.comparator.value} " if quantity.comparator else ""
    value = f"{quantity.value:f}" + ("" if quantity.upper is None else f"–{quantity.upper:f}")
    line = (
        f"{comparator}{value} {quantity.unit or ''}".rstrip()
        + f"  {bounds}  {quantity.approximation.value}"
        + f"  ×10^{quantity.multiplier}"
    )
    line += f"  {format_quantity(quantity, locale=locale)}"
    if reading.baselines:
        line += "  from " + ", ".join(f"{b.value:f}" for b in reading.baselines)
    if reading.change is not None:
        line += f"  {reading.change.value}"
    if reading.direction is not None:
        line += f" {reading.direction.value}"
    return line


def _cmd_scan(args: argparse.Namespace, out: Output) -> int:
    from minsheng._scan import find_quantities

    t = args.locale.gettext
    from minsheng._provenance import read_source

    text = read_source(args.scan)
    if args.format == "json":
        out.filter = escape_json
    failed = False
    for found in find_quantities(text):
        if args.format == "json":
            data: dict[str, Any] = {"start": found.start, "end": found.end}
            if found.reading is not None:
                data.update(_parsed_data(found.reading))
            else:
                assert found.error is not None  # noqa: S101 - a Found has one or the other
                data.update(
                    text=found.phrase,
                    error=found.error.reason_detail.render(t),
                    position=found.error.position,
                )
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif found.reading is not None:
            line = _reading_line(found.reading, args.locale)
            # a phrase across a line break keeps its line: the break is shown as \n
            out.write(f"{found.start}\t{found.end}\t{escape_line(found.phrase)}\t{line}\n")
        else:
            assert found.error is not None  # noqa: S101
            reason = found.error.reason_detail.render(t)
            refused = t("error: {reason}").format(reason=reason)
            out.write(f"{found.start}\t{found.end}\t{escape_line(found.phrase)}\t{refused}\n")
        failed = failed or found.error is not None
    return 1 if failed else 0


def _cmd_parse(args: argparse.Namespace, out: Output) -> int:
    from minsheng._parse import parse_phrase

    if args.text is None and args.scan is None:
        raise UsageError(msg("give a phrase or --scan FILE"))
    if args.text is not None and args.scan is not None:
        raise UsageError(msg("give a phrase or --scan FILE, not both"))
    if args.scan is not None:
        return _cmd_scan(args, out)
    if not args.text:
        raise UsageError(msg("an empty argument is not a phrase"))
    reading = parse_phrase(args.text)
    if args.format == "json":
        out.filter = escape_json
        out.write(json.dumps(_parsed_data(reading), ensure_ascii=False) + "\n")
        return 0
    out.write(_reading_line(reading, args.locale) + "\n")
    return 0
