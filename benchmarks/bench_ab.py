#!/usr/bin/env python3
"""Extraction CPU of this checkout against another one, interleaved, on saved real pages.

Usage, from the project's root::

    python benchmarks/bench_ab.py OTHER_CHECKOUT [SET ...] [--rounds 5] [--limit N]

``SET``: a folder with ``pages.json`` (``url``, ``file``: a gzipped page beside it)
or a name under ``../shared/bench`` (default: trafeval wcxb dates). Each round runs
one worker process per checkout, in alternating order (this one first in odd
rounds), with ``PYTHONPATH`` set to the checkout: the worker loads a set's pages
and, one page at a time, in page order, as a crawl meets them, parses it (not
timed: the bare spider parses too), times ``extract()`` on it and lets it go (memos
warm as they go; imports and start-up not timed). It prints CPU ms/page of the whole ``extract()``
and of ``pagedates.find_dates`` inside it, the median over the rounds for each
checkout, and the ratio this/other. On a shared machine, compare only figures of
one run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"

WORKER = r"""
import json, sys, time
from datetime import datetime, timezone
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from dates_pages import load
from newsspider.extract import extract, pagedates
from newsspider.extract.page import Page

downloaded = datetime(2026, 12, 1, tzinfo=timezone.utc)
spent = {"find_dates": 0.0}
clock = time.process_time
find_dates = pagedates.find_dates

def timed(page):
    started = clock()
    try:
        return find_dates(page)
    finally:
        spent["find_dates"] += clock() - started

pagedates.find_dates = timed
pages = load(Path(sys.argv[2]), int(sys.argv[3]) or None)
total = 0.0
for page, html in pages:
    parsed = Page(url=page["url"], html=html, downloaded=downloaded)
    parsed.tree
    started = clock()
    extract(parsed)
    total += clock() - started
    del parsed  # as a crawl does: one page's tree and elements alive at a time
print(json.dumps({"extract": 1000 * total / len(pages), "find_dates": 1000 * spent["find_dates"] / len(pages)}))
"""


def run(checkout: Path, folder: Path, limit: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    out = subprocess.run([sys.executable, "-c", WORKER, str(ROOT / "benchmarks"), str(folder), str(limit)],
                         env=env, cwd=checkout, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def arguments(description: str, sets: list[str], rounds: int) -> argparse.Namespace:
    """The command line of an interleaved comparison (this one's, ``bench_stages.py``'s)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("other", type=Path, help="the checkout to compare with (e.g. ../main)")
    parser.add_argument("sets", nargs="*", default=sets)
    parser.add_argument("--rounds", type=int, default=rounds)
    parser.add_argument("--limit", type=int, default=0, help="first N pages of each set (0: all)")
    return parser.parse_args()


def interleaved(other: Path, rounds: int, measure: Callable[[Path], dict[str, float]]) -> dict[str, list[dict[str, float]]]:
    """``measure`` run on this checkout and ``other`` in turn, ``rounds`` times, the
    first one alternating: the figures of each (``this``, ``other``), one per round."""
    checkouts = {"this": ROOT, "other": other.resolve()}
    figures: dict[str, list[dict[str, float]]] = {"this": [], "other": []}
    for round_ in range(rounds):
        for which in ("this", "other") if round_ % 2 == 0 else ("other", "this"):
            figures[which].append(measure(checkouts[which]))
    return figures


def folder_of(name: str) -> Path:
    """A set given by its folder or by its name under ``../shared/bench``."""
    return Path(name) if (Path(name) / "pages.json").exists() else SHARED / name


def main() -> int:
    args = arguments(__doc__.split("\n\n")[0], ["trafeval", "wcxb", "dates"], 5)
    for name in args.sets:
        folder = folder_of(name)
        figures = interleaved(args.other, args.rounds, lambda checkout: run(checkout, folder, args.limit))
        print(f"== {folder.name}: CPU ms/page, median of {args.rounds} interleaved rounds")
        for key in ("extract", "find_dates"):
            this = statistics.median(f[key] for f in figures["this"])
            other = statistics.median(f[key] for f in figures["other"])
            print(f"  {key:<12} this {this:7.3f}  other {other:7.3f}  this/other {this / other:5.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
