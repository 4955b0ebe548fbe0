"""The text model of the page type: its fields, n-grams and score."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from newsspider.extract import pagefeatures, pagetext
from newsspider.extract.page import Page

THREAD = """<html><head><title>Gearbox noise at idle - Owners' Forum</title></head><body>
<nav><a href="/">Home</a> <a href="/forums/">Forums</a></nav>
<h1>Gearbox noise at idle</h1>
<div class="post"><span>Joined: Mar 2019</span> <span>Posts: 412</span>
<p>Since last week my gearbox whines at idle when the clutch is out, and the noise stops as soon as I press
the clutch pedal down. Has anyone had this before, and was it the input shaft bearing in the end?</p>
<a href="/reply">Reply</a> <a href="/quote">Quote</a></div>
<h2>Similar threads</h2></body></html>"""


def test_fields_of_a_page() -> None:
    page = Page("https://owners.example/forums/t/gearbox-noise.123?page=2", THREAD)
    pagefeatures.features(page)
    found = page.cache["page_texts"]
    assert found == {
        "url": "/forums/t/gearbox-noise.123",
        "title": "Gearbox noise at idle - Owners' Forum",
        "h1": "Gearbox noise at idle",
        "h2": "Similar threads",
        "short": "Home | Forums | Gearbox noise at idle | Joined: Mar 2019 | Posts: 412 | Reply | Quote | "
                 "Similar threads",
    }


@pytest.mark.parametrize(("text", "expected"), [
    ("Ab", {"ab"}),
    ("Reply  Now", {"re", "ep", "pl", "ly", "y ", " n", "no", "ow", "rep", "epl", "ply", "ly ", "y n", " no",
                    "now", "repl", "eply", "ply ", "ly n", "y no", " now"}),
    ("新闻", {"新闻"}),
    ("", set()),
])
def test_grams(text: str, expected: set[str]) -> None:
    assert pagetext.grams(text) == expected


def test_score_is_the_regression_of_the_weights() -> None:
    texts = {"url": "/ab", "title": "", "h1": "", "h2": "", "short": "Ab"}
    weights = (-0.5, {"url": {"/a": 1.0, "ab": 2.0}, "title": {}, "h1": {}, "h2": {}, "short": {"ab": 0.5}})
    # url: 3 grams (/a, ab, /ab), two weighed; short: 1 gram
    total = -0.5 + 3.0 / math.sqrt(3) + 0.5
    assert pagetext.score(texts, weights) == pytest.approx(1 / (1 + math.exp(-total)))


def test_model_file_holds_each_fields_grams_joined_by_tabs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"intercept": -0.25, "weights": {
        "url": ["/a\tab\tnews", [1.0, -2.5, 0.125]], "title": ["", []], "h1": ["ly ", [0.5]], "h2": ["", []],
        "short": ["rep\tly n", [-0.75, 0.0625]]}}), "utf-8")
    monkeypatch.setattr(pagetext, "MODEL", path)
    pagetext.model.cache_clear()
    try:
        assert pagetext.model() == (-0.25, {"url": {"/a": 1.0, "ab": -2.5, "news": 0.125}, "title": {},
                                            "h1": {"ly ": 0.5}, "h2": {}, "short": {"rep": -0.75, "ly n": 0.0625}})
    finally:
        pagetext.model.cache_clear()


def test_shipped_model_reads_every_field() -> None:
    intercept, tables = pagetext.model()
    assert set(tables) == set(pagetext.FIELDS)
    assert all(tables.values())
    assert math.isfinite(intercept)
