#!/usr/bin/env python3
"""CPU of each extraction layer, as ``extract()`` runs them, on saved real pages.

Usage, from the project's root::

    python benchmarks/bench_layers.py [DATASET_DIR ...] [--repeat 3]

Each ``DATASET_DIR`` holds a ``pages.json`` (``url``, ``file``: a gzipped page
beside it); default: ``../shared/bench/{aeb,wcxb}``. Every page goes through the
whole ``extract()`` (its tree parsed before the clock starts, one page at a time); the layers' entry
points are wrapped with a CPU clock, so each figure is a layer's share as it runs
there, with what earlier layers cached (``meta.head`` is timed in the first layer
that asks for it). Figures are inclusive (the page-type model inside
``classify.early_type`` is counted in both) and per page of the set, best of
``--repeat`` runs after one warm-up run (imports, regex compilation, memos). Run it
on another checkout (``PYTHONPATH=../main``) to compare.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from newsspider.extract import classify, extract, headline, jsonld, meta, microdata, nextdata, pagedates, pagemodel
from newsspider.extract.page import Page

# A sibling script: the same decoding as the dates benchmarks.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from dates_pages import load  # noqa: E402

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
DEFAULTS = [SHARED / "aeb", SHARED / "wcxb"]
#: (label, owner, attribute): what is wrapped; ``extract()`` calls each through its owner.
LAYERS = (
    ("meta.extract", meta, "extract"),
    ("jsonld.extract", jsonld, "extract"),
    ("microdata.extract", microdata, "extract"),
    ("nextdata.extract", nextdata, "extract"),
    ("classify.early_type", classify, "early_type"),
    ("  pagemodel.probability", pagemodel.Model, "probability"),
    ("headline.headline", headline, "headline"),
    ("pagedates.find_dates", pagedates, "find_dates"),
)
DOWNLOADED = datetime.now(timezone.utc).replace(microsecond=0)


def timed(spent: dict[str, float], label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    clock = time.process_time

    def run(*args: Any, **kwargs: Any) -> Any:
        started = clock()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += clock() - started

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("datasets", nargs="*", type=Path, help="folders with pages.json")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the timing; the best is kept")
    args = parser.parse_args()
    datasets = args.datasets or [d for d in DEFAULTS if (d / "pages.json").exists()]
    if not datasets:
        print("no dataset: pass a folder with pages.json", file=sys.stderr)
        return 2
    spent: dict[str, float] = defaultdict(float)
    for label, owner, name in LAYERS:
        setattr(owner, name, timed(spent, label, getattr(owner, name)))
    for folder in datasets:
        loaded = load(folder, None)
        best: dict[str, float] = defaultdict(lambda: float("inf"))
        for run in range(args.repeat + 1):
            spent.clear()
            total = 0.0
            for page, html in loaded:
                parsed = Page(url=page["url"], html=html, downloaded=DOWNLOADED)
                parsed.tree  # noqa: B018 (the parse, shared by every layer: not timed)
                started = time.process_time()
                extract(parsed)
                total += time.process_time() - started
            spent["extract() total"] = total
            if run:  # the first run warms up
                for label, seconds in spent.items():
                    best[label] = min(best[label], seconds)
        print(f"== {folder.name}: {len(loaded)} pages, CPU ms/page (best of {args.repeat})")
        for label in ["extract() total", *(label for label, _, _ in LAYERS)]:
            print(f"  {label:<26} {1000 * best[label] / len(loaded):7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
