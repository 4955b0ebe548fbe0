"""Regression gate on the aeb set (181 real pages, hand-checked bodies) in ../shared.

Scores the body the way the public article-extraction benchmark does (4-token
shingles, ``../shared/bench/metrics.py``) and fails when F1 drops below the
floor reached when the extractor was written. Quality only: no timing here
(``benchmarks/aeb_maintext.py`` measures speed).
"""

from __future__ import annotations

import functools
import gzip
import json
import sys
from pathlib import Path

import pytest

from newsspider.extract import extract
from newsspider.extract.maintext import main_text
from newsspider.extract.page import Page

#: Floors reached (main_text 0.9775, extract() 0.9770), rounded down.
MAIN_TEXT_FLOOR = 0.977
EXTRACT_FLOOR = 0.976


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


def test_extract_f1(aeb) -> None:
    metrics, pages = aeb
    scores = metrics.body_scores([(body, extract(Page(url, html)).get("articleBody")) for url, html, body in pages])
    assert scores["f1"] >= EXTRACT_FLOOR, scores
