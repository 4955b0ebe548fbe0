"""Regression gate on the aeb set (181 real pages, hand-checked bodies) in ../shared.

Scores ``main_text`` alone the way the public article-extraction benchmark does
(4-token shingles, ``../shared/bench/metrics.py``) and fails when F1 drops below the
floor reached when the extractor was written. The body the crawl exports (the whole
extraction and the pipelines) has its floor with the other sets' in
``tests/test_bench_gates.py``. Quality only: no timing here
(``benchmarks/aeb_maintext.py`` measures speed).
"""

from __future__ import annotations

import functools
import gzip
import json
import sys
from pathlib import Path

import pytest

from newsspider.extract.maintext import main_text
from newsspider.extract.page import Page

#: Floor reached (main_text 0.9775), rounded down.
MAIN_TEXT_FLOOR = 0.977


@pytest.fixture
def aeb(shared: Path):
    return _load(shared / "bench")


@functools.cache
def _load(bench: Path):
    """metrics.py and the (url, html, expected body) of every page, read once per session."""
    sys.path.insert(0, str(bench))
    try:
        import metrics
    finally:
        sys.path.remove(str(bench))
    folder = bench / "aeb"
    pages = [
        (p["url"], gzip.decompress((folder / p["file"]).read_bytes()).decode("utf-8", "replace"), p["articleBody"])
        for p in json.loads((folder / "pages.json").read_text("utf-8"))
    ]
    return metrics, pages


def test_main_text_f1(aeb) -> None:
    metrics, pages = aeb
    scores = metrics.body_scores([(body, main_text(Page(url, html))) for url, html, body in pages])
    assert scores["pages"] == 181
    assert scores["f1"] >= MAIN_TEXT_FLOOR, scores

