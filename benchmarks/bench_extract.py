#!/usr/bin/env python3
"""Time the whole extraction over a folder of saved pages.

Usage, from the project's root::

    python benchmarks/bench_extract.py FOLDER [--repeat 3] [--profile]

``FOLDER`` holds saved pages (``*.html``, ``*.htm`` or gzipped ``*.html.gz``; its
sub-folders too). Prints the number of pages, CPU milliseconds per page for the
bare lxml parse (the floor: one parse per page) and for the full ``extract()``
(parse included), their ratio, and the process's peak RSS. Each figure is the
best of ``--repeat`` runs: the machine may be busy. ``--profile`` adds the
functions that took the most time (cProfile).
"""

from __future__ import annotations

import argparse
import gzip
import resource
import sys
import time
from pathlib import Path


from newsspider.extract import extract
from newsspider.extract.page import Page


def load(folder: Path) -> list[tuple[str, str]]:
    """(file:// URL, text) of every saved page under ``folder``."""
    pages = []
    for path in sorted(folder.rglob("*")):
        name = path.name.casefold()
        if not path.is_file() or not name.endswith((".html", ".htm", ".html.gz", ".htm.gz")):
            continue
        data = path.read_bytes()
        if name.endswith(".gz"):
            data = gzip.decompress(data)
        pages.append((path.resolve().as_uri(), data.decode("utf-8", "replace")))
    return pages


def best_cpu(run, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="folder of saved pages (.html, .html.gz)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timing; the best is kept")
    parser.add_argument("--profile", action="store_true", help="also print a cProfile summary")
    args = parser.parse_args()
    pages = load(args.folder)
    if not pages:
        print(f"no .html or .html.gz pages under {args.folder}", file=sys.stderr)
        return 1

    def parse_only() -> None:
        for url, html in pages:
            Page(url, html).tree  # the same parse extraction starts with

    def full() -> None:
        for url, html in pages:
            extract(Page(url, html))

    full()  # warm up: imports, regex compilation, profile registry
    parse = best_cpu(parse_only, args.repeat)
    whole = best_cpu(full, args.repeat)
    n = len(pages)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pages:                  {n}")
    print(f"lxml parse alone:       {1000 * parse / n:7.2f} ms/page")
    print(f"full extract():         {1000 * whole / n:7.2f} ms/page")
    print(f"extract / parse:        {whole / parse:7.2f}")
    print(f"peak RSS:               {peak:7.0f} MB")
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(full)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
