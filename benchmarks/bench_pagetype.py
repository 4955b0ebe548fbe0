#!/usr/bin/env python3
"""CPU of extraction by page type, and of the page-type decision itself.

Usage, from the project's root::

    python benchmarks/bench_pagetype.py [wcxb] [--repeat 2]

For every page of a ``../shared/bench`` set (with its real URL, decoded as the
spider decodes it) prints, per kind of page (``article``, ``forum``, ``product``…),
CPU milliseconds per page for the bare lxml parse, for the page-type features and
model (:func:`newsspider.extract.classify.early_type`, parse excluded) and for the
whole ``extract()`` (parse included), and the ratio of ``extract()`` to the parse.
Best of ``--repeat`` runs. Run it on another checkout (``PYTHONPATH=../main``) to
compare: without the page-type model it prints only the parse and ``extract()``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"
sys.path.insert(0, str(BENCH))

import replay  # noqa: E402


def load(name: str) -> list[tuple[str, str, str]]:
    """(kind, url, text) of every page of the set."""
    from scrapy.http import HtmlResponse, Request

    from newsspider.spiders.base import page_text

    folder = BENCH / name
    pages = []
    for entry in json.loads((folder / "pages.json").read_text("utf-8")):
        url = replay.as_http(entry["url"] or "http://unknown.invalid/")
        response = HtmlResponse(url=url, body=gzip.decompress((folder / entry["file"]).read_bytes()),
                                headers={"Content-Type": entry.get("contentType", "text/html; charset=utf-8")},
                                request=Request(url))
        pages.append((entry.get("type", "article"), url, page_text(response)[0]))
    return pages


def best_cpu(pages: list[tuple[str, str, str]], step: str, repeat: int) -> dict[str, float]:
    """Kind → best total CPU seconds of ``step`` over the pages of that kind."""
    from newsspider.extract import extract
    from newsspider.extract.page import Page

    try:
        from newsspider.extract import classify
        early = classify.early_type
    except AttributeError:
        early = None
    best: dict[str, float] = {}
    for _ in range(repeat):
        spent: dict[str, float] = defaultdict(float)
        for kind, url, html in pages:
            page = Page(url=url, html=html)
            if step == "parse":
                start = time.process_time()
                page.tree  # noqa: B018 - the parse is the work timed
            elif step == "classify":
                page.tree  # noqa: B018 - parse excluded
                start = time.process_time()
                early(page)
            else:
                start = time.process_time()
                extract(page)
            spent[kind] += time.process_time() - start
        for kind, seconds in spent.items():
            best[kind] = min(best.get(kind, seconds), seconds)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", default=["wcxb"])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    from newsspider.extract import classify

    steps = ["parse", "classify", "extract"] if hasattr(classify, "early_type") else ["parse", "extract"]
    for name in args.sets:
        pages = load(name)
        counts: dict[str, int] = defaultdict(int)
        for kind, _url, _html in pages:
            counts[kind] += 1
        figures = {step: best_cpu(pages, step, args.repeat) for step in steps}
        print(f"== {name}: {len(pages)} pages; CPU ms/page (best of {args.repeat})")
        print(f"{'kind':15s} {'pages':>5s} " + " ".join(f"{s:>9s}" for s in steps) + "  extract/parse")
        for kind in sorted(counts, key=lambda k: -counts[k]) + ["all"]:
            n = sum(counts.values()) if kind == "all" else counts[kind]
            row = {s: (sum(figures[s].values()) if kind == "all" else figures[s][kind]) * 1000 / n for s in steps}
            print(f"{kind:15s} {n:5d} " + " ".join(f"{row[s]:9.2f}" for s in steps)
                  + f"  {row['extract'] / row['parse']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
