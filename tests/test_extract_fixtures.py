"""Extraction of hand-written pages, one per hard case, each beside its expected JSON.

``<case>.json`` holds the page's ``url``, ``fields`` (exact values of raw Article
fields), ``contains`` / ``excludes`` (field -> texts that must / must not be in it).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsspider.extract import extract
from newsspider.extract.page import Page

CASES = Path(__file__).resolve().parent / "fixtures" / "extract"


def cases() -> list[str]:
    return sorted(p.stem for p in CASES.glob("*.json"))


@pytest.mark.parametrize("case", cases())
def test_fixture_page(case: str) -> None:
    expected = json.loads((CASES / f"{case}.json").read_text("utf-8"))
    page = Page(expected["url"], (CASES / f"{case}.html").read_text("utf-8"))
    got = extract(page)
    for key, want in expected["fields"].items():
        assert got.get(key) == want, f"{case}: {key}"
    for key, texts in expected["contains"].items():
        for text in texts:
            assert text in (got.get(key) or ""), f"{case}: {key} lacks {text!r}"
    for key, texts in expected["excludes"].items():
        for text in texts:
            assert text not in (got.get(key) or ""), f"{case}: {key} has {text!r}"
    assert not page.cache.get("problems"), page.cache.get("problems")


def test_every_case_has_its_page() -> None:
    assert len(cases()) >= 12
    assert all((CASES / f"{case}.html").exists() for case in cases())
