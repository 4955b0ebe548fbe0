"""A small text model of what a page says it is: character n-grams of its address, its
``<title>``, its headings and its short texts (labels, buttons, menu entries, teaser
titles), weighed by a logistic regression (``benchmarks/train_pagetype.py``), whose
probability is one feature of the page-type model (:mod:`newsspider.extract.pagefeatures`).

Why character n-grams: a forum's "reply", "joined", "posts", a shop's "add to cart",
a documentation page's "on this page", "edit", a service page's "request a demo" read
the same to the model in any language that writes words with letters, and pieces of
words match inflected forms and scripts without spaces; no word list to keep.

The n-grams of each field are looked up in a table of weights (those the training
pages had in enough sites), each field's weights summed and divided by the square root
of its count of distinct n-grams (a binary vector of unit length per field); the n-grams
are cut and looked up with ``map``, in C, and summed with ``math.fsum``, exact whatever
the order of the set (which changes with the hash seed).
"""

from __future__ import annotations

import functools
import json
import math
from operator import add
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newsspider.extract import meta

if TYPE_CHECKING:
    from newsspider.extract.page import Page

MODEL = Path(__file__).with_name("data") / "pagetext_model.json"
#: The fields, in the order the model reads them.
FIELDS = ("url", "title", "h1", "h2", "short")
#: Lengths of the n-grams cut, in increasing order (from 2).
SIZES = (2, 3, 4)
#: Characters read of a field (the short texts: the first labels of the page).
FIELD_CHARS = 1000
#: ``<h1>`` and ``<h2>`` elements read.
_H1S = 2
_H2S = 8
#: Texts shorter than this are the page's labels, buttons, menu entries and teaser titles.
SHORT = 150


def fields(page: Page, texts: list[str]) -> dict[str, str]:
    """The page's texts the model reads: ``texts`` are the body's stripped texts in page
    order (those :mod:`newsspider.extract.pagefeatures` reads)."""
    h = meta.head(page)
    return {
        "url": urlsplit(page.url or "").path,
        "title": h.title or "",
        "h1": " ".join(el.text_content().strip() for el in h.h1s[:_H1S]),
        "h2": " | ".join(el.text_content().strip() for el in h.h2s[:_H2S]),
        "short": " | ".join(text for text in texts if text and len(text) < SHORT)[:FIELD_CHARS],
    }


def grams(text: str) -> set[str]:
    """The distinct n-grams (:data:`SIZES`) of a field's first :data:`FIELD_CHARS`
    characters, casefolded, spaces collapsed.

    Each size's n-grams are the last size's with the next character added (``map(add,
    ...)``), not slices of the text: no slice objects, half the CPU (0.61 -> 0.30 ms a
    page on 600 bench pages' fields, 2026-12-05)."""
    text = " ".join(text[:FIELD_CHARS].casefold().split())
    found: set[str] = set()
    cut: str | list[str] = text
    for n in range(2, SIZES[-1] + 1):
        cut = list(map(add, cut, text[n - 1:]))
        if n in SIZES:
            found.update(cut)
    return found


@functools.lru_cache(maxsize=1)
def model() -> tuple[float, dict[str, dict[str, float]]]:
    """The intercept and each field's n-gram weights.

    The file holds, per field, its n-grams joined by tabs (a field has no tab: its
    spaces are collapsed) and their weights in that order: one string and one list of
    numbers a field parse faster than an object of as many keys (17 against 25 ms with
    82,000 weights, 2026-12-05), and the file is smaller."""
    data = json.loads(MODEL.read_text("utf-8"))
    return float(data["intercept"]), {name: _table(*data["weights"][name]) for name in FIELDS}


def _table(joined: str, weights: list[float]) -> dict[str, float]:
    """A field's weights by n-gram, from its n-grams joined by tabs."""
    return dict(zip(joined.split("\t"), weights, strict=True)) if weights else {}


def score(texts: dict[str, str], weights: tuple[float, dict[str, dict[str, float]]] | None = None) -> float:
    """The probability that a page of these texts is an article."""
    intercept, tables = weights or model()
    total = intercept
    for name in FIELDS:
        found = grams(texts[name])
        if found:
            total += math.fsum(filter(None, map(tables[name].get, found))) / math.sqrt(len(found))
    return 1.0 / (1.0 + math.exp(-total))
