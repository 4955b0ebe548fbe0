#!/usr/bin/env python3
"""Train the article / not-an-article model shipped in
``newsspider/extract/data/pagetype_model.json``.

Pages: ``../shared/bench`` — ``wcxb`` (articles, and forums, products, listings,
collections, documentation and service pages, which are not), and ``aeb``,
``trafeval``, ``dates``, ``india`` (all articles). Features: the generic page
properties of :mod:`newsspider.extract.pagefeatures` (no site names). Model: a small
gradient-boosted tree ensemble (scikit-learn, here only), exported as JSON and
evaluated at run time by :mod:`newsspider.extract.pagemodel` in pure Python.

Figures: 5-fold cross-validation grouped by domain (a site's pages never on both
sides), so they say how the model does on sites it has not seen. The decision
threshold is the one that keeps ``--keep`` of the articles in cross-validation.
The script also saves check vectors (features and the probability scikit-learn
gives) in the model file; a test asserts the pure-Python evaluator agrees.

Usage, from the project's root (deterministic: fixed seeds)::

    python benchmarks/train_pagetype.py [--cache /tmp/pagetype-features.json] [--write]
"""

from __future__ import annotations

import argparse
import math
import os
import gzip
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"
MODEL = ROOT / "newsspider" / "extract" / "data" / "pagetype_model.json"
SETS = ("wcxb", "aeb", "trafeval", "dates", "india")
SEED = 20260101
EXTRACTED = bool(os.environ.get("EXTRACTED"))
sys.path.insert(0, str(BENCH))

import replay  # noqa: E402


def _page_html(url: str, raw: bytes, content_type: str) -> str:
    """The page's text as the spider decodes it."""
    from scrapy.http import HtmlResponse, Request

    from newsspider.spiders.base import page_text

    response = HtmlResponse(url=url, body=raw, headers={"Content-Type": content_type}, request=Request(url))
    return page_text(response)[0]


def _domain(url: str) -> str:
    host = (urlsplit(url).hostname or "").casefold()
    parts = host.removeprefix("www.").split(".")
    # the registrable part, roughly: enough to keep a site's pages in one fold
    return ".".join(parts[-3:]) if len(parts) > 2 and len(parts[-1]) == 2 and len(parts[-2]) <= 3 else ".".join(parts[-2:])


def load_rows(cache: Path | None) -> list[dict[str, Any]]:
    """One row per page: set, url, domain, kind, is_article, features."""
    if cache and cache.exists():
        return json.loads(cache.read_text("utf-8"))
    from newsspider.extract import pagefeatures
    from newsspider.extract.page import Page

    rows = []
    for name in SETS:
        folder = BENCH / name
        for entry in json.loads((folder / "pages.json").read_text("utf-8")):
            url = replay.as_http(entry["url"] or "http://unknown.invalid/")
            html = _page_html(url, gzip.decompress((folder / entry["file"]).read_bytes()),
                              entry.get("contentType", "text/html; charset=utf-8"))
            page = Page(url=url, html=html)
            vector = pagefeatures.vector(page)
            if EXTRACTED:
                from newsspider.extract import extract
                fields = extract(Page(url=url, html=html))
                body = fields.get("articleBody") or ""
                paras = [x for x in body.split("\n") if x.strip()]
                total = max(1.0, math.expm1(vector[pagefeatures.NAMES.index("log_text")]))
                vector = vector + [float(bool(fields.get("datePublishedRaw"))), float(len(fields.get("authors") or [])),
                                   math.log1p(len(body)), len(body) / total, float(len(paras)),
                                   math.log1p(len(body) / max(1, len(paras))), float(bool(fields.get("headline"))),
                                   float(bool(fields.get("dateModifiedRaw")))]
            rows.append({"set": name, "url": url, "domain": _domain(url), "kind": entry.get("type", "article"),
                         "article": bool(entry.get("article", True)), "x": vector})
    if cache:
        cache.write_text(json.dumps(rows), "utf-8")
    return rows


def _classifier() -> Any:
    from sklearn.ensemble import GradientBoostingClassifier

    return GradientBoostingClassifier(n_estimators=150, max_depth=3, learning_rate=0.1, subsample=0.8,
                                      min_samples_leaf=5, random_state=SEED)


def cross_validate(rows: list[dict[str, Any]], folds: int = 5) -> list[float]:
    """Out-of-fold probability of "article" for every row (folds grouped by domain)."""
    from sklearn.model_selection import GroupKFold

    x = [r["x"] for r in rows]
    y = [int(r["article"]) for r in rows]
    groups = [r["domain"] for r in rows]
    proba = [0.0] * len(rows)
    splitter = GroupKFold(n_splits=folds, shuffle=True, random_state=SEED)
    for train, test in splitter.split(x, y, groups):
        model = _classifier().fit([x[i] for i in train], [y[i] for i in train])
        for i, p in zip(test, model.predict_proba([x[i] for i in test])[:, 1], strict=True):
            proba[i] = float(p)
    return proba


def threshold_for(rows: list[dict[str, Any]], proba: list[float], keep: float) -> float:
    """The highest threshold that still keeps ``keep`` of the articles of every set."""
    best = 0.0
    for name in SETS:
        scores = sorted(p for r, p in zip(rows, proba, strict=True) if r["article"] and r["set"] == name)
        if not scores:
            continue
        lost = int(len(scores) * (1 - keep))
        best = max(0.0, min(best if best else 1.0, scores[lost] - 1e-6)) if best else scores[lost] - 1e-6
    return max(best, 0.0)


def report(rows: list[dict[str, Any]], proba: list[float], threshold: float) -> None:
    from collections import Counter

    kept: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for r, p in zip(rows, proba, strict=True):
        key = f"{r['set']}/{'article' if r['article'] else r['kind']}"
        total[key] += 1
        kept[key] += p >= threshold
    print(f"threshold {threshold:.4f}")
    for key in sorted(total):
        print(f"  {key:28s} kept {kept[key]:4d}/{total[key]:4d}")
    arts = [p >= threshold for r, p in zip(rows, proba, strict=True) if r["article"] and r["set"] == "wcxb"]
    others = [p < threshold for r, p in zip(rows, proba, strict=True) if not r["article"]]
    print(f"  wcxb: articles kept {sum(arts)}/{len(arts)} ({sum(arts) / len(arts):.3f}), "
          f"others dropped {sum(others)}/{len(others)} ({sum(others) / len(others):.3f})")


def export(model: Any, names: tuple[str, ...], threshold: float, checks: list[dict[str, Any]]) -> dict[str, Any]:
    """Trees as flat arrays: per node feature index (-1: leaf), threshold, left, right, value."""
    trees = []
    for estimator in model.estimators_[:, 0]:
        t = estimator.tree_
        trees.append({"feature": [int(v) for v in t.feature], "threshold": [float(v) for v in t.threshold],
                      "left": [int(v) for v in t.children_left], "right": [int(v) for v in t.children_right],
                      "value": [float(v[0][0]) for v in t.value]})
    prior = model.init_.class_prior_[1]
    import math

    return {"features": list(names), "init": math.log(prior / (1 - prior)), "learning_rate": model.learning_rate,
            "threshold": round(threshold, 6), "trees": trees, "checks": checks}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, help="features of the pages, computed once and kept here")
    parser.add_argument("--keep", type=float, default=0.995, help="share of articles kept in cross-validation")
    parser.add_argument("--write", action="store_true", help=f"write {MODEL.relative_to(ROOT)}")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from newsspider.extract import pagefeatures

    rows = load_rows(args.cache)
    proba = cross_validate(rows)
    threshold = threshold_for(rows, proba, args.keep)
    print("cross-validated, 5 folds grouped by domain:")
    report(rows, proba, threshold)
    if args.write:
        model = _classifier().fit([r["x"] for r in rows], [int(r["article"]) for r in rows])
        fitted = model.predict_proba([r["x"] for r in rows])[:, 1]
        picks = list(range(0, len(rows), max(1, len(rows) // 24)))
        checks = [{"x": rows[i]["x"], "p": round(float(fitted[i]), 8)} for i in picks]
        MODEL.parent.mkdir(parents=True, exist_ok=True)
        MODEL.write_text(json.dumps(export(model, pagefeatures.NAMES, threshold, checks), separators=(",", ":")),
                         "utf-8")
        print(f"wrote {MODEL.relative_to(ROOT)} ({MODEL.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
