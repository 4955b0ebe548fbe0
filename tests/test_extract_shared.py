"""Regression gates on the real pages in ../shared/bench (skipped where it is absent).

``india``: headline, agency and dateline of the pages without a site profile,
extracted generically. (aeb's body F1, every page kept as an article, is gated with
the other sets' figures in ``tests/test_bench_gates.py``.)
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from newsspider.extract import extract
from newsspider.extract.page import Page


def _pages(folder: Path) -> list[tuple[dict, str]]:
    pages = json.loads((folder / "pages.json").read_text("utf-8"))
    return [(p, gzip.decompress((folder / p["file"]).read_bytes()).decode("utf-8", "replace")) for p in pages]


def test_india_generic_fields(shared: Path) -> None:
    wrong = []
    for meta, html in _pages(shared / "bench" / "india"):
        if "business-standard.com" in meta["url"]:
            continue  # the Business Standard profile's own tests cover these
        got = extract(Page(meta["url"], html))
        for key in ("headline", "agency", "dateline"):
            if key in meta["expect"] and got.get(key) != meta["expect"][key]:
                wrong.append(f"{meta['file']} {key}: want {meta['expect'][key]!r}, got {got.get(key)!r}")
    assert not wrong, wrong
