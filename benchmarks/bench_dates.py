#!/usr/bin/env python3
"""Speed and accuracy of ``normalize_date`` on the date table, beside two general parsers.

Usage, from the project's root (needs the ``bench`` extra: dateparser, python-dateutil)::

    .venv/bin/python benchmarks/bench_dates.py [--table tests/data/real-strings.tsv] [--repeat 5]

In one run, on the same 61 real strings (``tests/data/real-strings.tsv``):

- ``newsspider.dates.normalize_date(raw, zone, now)``;
- ``dateparser.parse`` with the zone as ``TIMEZONE``, aware results, and the
  reference time as ``RELATIVE_BASE``;
- ``dateutil.parser.parse(raw, fuzzy=True)``, given the zone where it found none.

A peer's answer is right when its ISO form (seconds) equals the expected
value; for a bare-day row its day alone is compared, and for a junk row it
must return nothing (or raise). Each parser's time is the best of
``--repeat`` passes over the table (after one warm-up pass), per string.
"""

from __future__ import annotations

import argparse
import csv
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from newsspider.dates import normalize_date

DEFAULT_TABLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "real-strings.tsv"

Row = tuple[str, str, datetime | None, str | None]  # raw, zone, now, expected


def load(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            (
                r["raw"],
                r["zone"],
                datetime.fromisoformat(r["reference"]) if r["reference"] else None,
                r["expected"] or None,
            )
            for r in reader
        ]


def ours(raw: str, zone: str, now: datetime | None) -> str | None:
    return normalize_date(raw, zone, now)


def with_dateparser() -> Callable[[str, str, datetime | None], datetime | None]:
    import dateparser

    def parse(raw: str, zone: str, now: datetime | None) -> datetime | None:
        settings = {"TIMEZONE": zone, "RETURN_AS_TIMEZONE_AWARE": True}
        if now is not None:
            settings["RELATIVE_BASE"] = now.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
        return dateparser.parse(raw, settings=settings)

    return parse


def with_dateutil() -> Callable[[str, str, datetime | None], datetime | None]:
    from dateutil import parser

    def parse(raw: str, zone: str, now: datetime | None) -> datetime | None:
        value = parser.parse(raw, fuzzy=True)
        return value.replace(tzinfo=ZoneInfo(zone)) if value.tzinfo is None else value

    return parse


def answer(fn: Callable, row: Row) -> object:
    raw, zone, now, _ = row
    try:
        return fn(raw, zone, now)
    except Exception:  # a peer that raises has given no date
        return None


def right(value: object, expected: str | None) -> bool:
    if expected is None or value is None:
        return expected is None and value is None
    if isinstance(value, str):
        return value == expected
    if "T" not in expected:
        return isinstance(value, date) and value.isoformat()[:10] == expected
    return isinstance(value, datetime) and value.isoformat(timespec="seconds") == expected


def measure(fn: Callable, rows: list[Row], repeat: int) -> tuple[int, float]:
    """(rows right, best seconds per string)."""
    score = sum(right(answer(fn, row), row[3]) for row in rows)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for row in rows:
            answer(fn, row)
        best = min(best, time.perf_counter() - start)
    return score, best / len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--table", type=Path, default=DEFAULT_TABLE)
    parser.add_argument("--repeat", type=int, default=5, help="passes per parser (best is kept)")
    args = parser.parse_args()
    rows = load(args.table)
    warnings.simplefilter("ignore")  # dateparser's and dateutil's own deprecation noise

    results = [("newsspider.dates", *measure(ours, rows, args.repeat * 20))]
    results.append(("dateutil (fuzzy)", *measure(with_dateutil(), rows, args.repeat * 4)))
    results.append(("dateparser", *measure(with_dateparser(), rows, args.repeat)))

    mine = results[0][2]
    print(f"{len(rows)} strings from {args.table}")
    print(f"{'parser':<20} {'right':>7} {'per string':>12} {'vs ours':>9}")
    for name, score, seconds in results:
        print(f"{name:<20} {score:>3}/{len(rows):<3} {seconds * 1e6:>9.1f} µs {seconds / mine:>8.1f}×")
    wrong = [row for row in rows if not right(ours(*row[:3]), row[3])]
    for raw, zone, now, expected in wrong:
        print(f"ours wrong: {raw!r} ({zone}) -> {ours(raw, zone, now)!r}, expected {expected!r}")


if __name__ == "__main__":
    main()
