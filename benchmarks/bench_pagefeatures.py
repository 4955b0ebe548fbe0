#!/usr/bin/env python3
"""Time the page-type features (``pagefeatures.features``) as a crawl computes them,
side by side with the parse of the same pages.

Usage, from the project's root::

    .venv/bin/python -m benchmarks.bench_pagefeatures [--sets wcxb trafeval] [--repeat 3]

Every page is parsed just before its features are computed (a tree a crawl has just
parsed is in the CPU's cache; one parsed long before is not, and every figure then
doubles), and the layers ``classify.early_type`` reads first (JSON-LD, the head) are
computed before the clock starts. Printed per set: milliseconds of CPU a page for the
parse and for the features (best of ``--repeat`` passes; the class-value cache is
emptied before each pass, as in a fresh crawl), and their ratio. The machine's load
moves both figures; the ratio moves less. Same features are checked by
``tests/test_pagefeatures_digests.py``.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import sys
import time
from pathlib import Path

from benchmarks.maintext_digests import DEFAULT_BENCH
from newsspider.extract import jsonld, meta, pagefeatures
from newsspider.extract.page import Page


def sources(bench: Path, name: str) -> list[tuple[str, str]]:
    """(URL, HTML) of every page of set ``name``."""
    folder = bench / name
    return [(entry["url"], gzip.decompress((folder / entry["file"]).read_bytes()).decode("utf-8", "replace"))
            for entry in json.loads((folder / "pages.json").read_text("utf-8"))]


def one_pass(pages: list[tuple[str, str]]) -> tuple[float, float]:
    """CPU seconds of the parses and of the features over ``pages``."""
    pagefeatures._value_groups.cache_clear()
    parse = features = 0.0
    for url, html in pages:
        page = Page(url, html)
        started = time.process_time()
        page.tree  # noqa: B018 -- the parse, timed on its own
        parsed = time.process_time()
        jsonld.main_article(page)
        jsonld.all_types(page)
        jsonld.objects(page)
        meta.head(page)
        ready = time.process_time()
        pagefeatures.features(page)
        features += time.process_time() - ready
        parse += parsed - started
    return parse, features


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=["wcxb", "trafeval"])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for name in args.sets:
        pages = sources(args.bench, name)
        gc.collect()
        runs = [one_pass(pages) for _ in range(args.repeat)]
        parse = min(run[0] for run in runs) * 1000 / len(pages)
        features = min(run[1] for run in runs) * 1000 / len(pages)
        print(f"{name}: {len(pages)} pages, parse {parse:.2f} ms/page, features {features:.2f} ms/page "
              f"({features / parse:.2f}x the parse)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
