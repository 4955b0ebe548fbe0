"""Regression gates on the real pages in ../shared/bench (skipped where it is absent).

``aeb``: the body F1 of the whole extraction (main text, structured bodies, credit
removal) must not fall below the floor reached. ``india``: headline, agency and
dateline of the pages without a site profile, extracted generically.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from newsspider.extract import extract
from newsspider.extract.page import Page

#: Body F1 on aeb (shingle F1 as ../shared/bench/metrics.py computes it): 0.973 reached, rounded down.
AEB_F1_FLOOR = 0.970


def _pages(folder: Path) -> list[tuple[dict, str]]:
    pages = json.loads((folder / "pages.json").read_text("utf-8"))
    return [(p, gzip.decompress((folder / p["file"]).read_bytes()).decode("utf-8", "replace")) for p in pages]


def test_aeb_body_f1_floor(shared: Path) -> None:
    sys.path.insert(0, str(shared / "bench"))
    try:
        import metrics
    finally:
        sys.path.remove(str(shared / "bench"))
    pairs = []
    for meta, html in _pages(shared / "bench" / "aeb"):
        got = extract(Page(meta["url"], html))
        assert got["_pageType"] == "article", meta["url"]
        pairs.append((meta["articleBody"], got.get("articleBody")))
    scores = metrics.body_scores(pairs)
    assert scores["f1"] >= AEB_F1_FLOOR, scores


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
