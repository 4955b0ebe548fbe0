#!/usr/bin/env python3
"""Which pages the pipelines keep when the page-type model has never seen their site.

Why: the shipped model (``newsspider/extract/data/pagetype_model.json``) is trained on
the bench sets themselves, so ``quick_eval.py`` on ``wcxb`` says how it does on pages
it learned. The honest figure for an unseen site (WCXB's test split, a new
publisher) is the cross-validated one: ``train_pagetype.py --cv-out FILE`` saves
every page's out-of-fold probability (5 folds grouped by domain), and this script
runs the spider callback and every pipeline (``quick_eval.evaluate_sets``) with the
model answering those probabilities instead, at the cross-validated threshold, so
the hand rules and the checks after extraction count as in a crawl. It prints the
bench's scores, others dropped by kind, drops by reason and the articles lost.

Usage, from the project's root::

    python benchmarks/train_pagetype.py --cache /tmp/pt.json --cv-out /tmp/pt-cv.json
    python benchmarks/keeping_cv.py /tmp/pt-cv.json wcxb trafeval dates [--jobs 2]

(``-`` for the file runs the shipped model: the in-sample figures; ``--kept-out F``
writes the other pages kept, per set, to look at what is left.) The worker
processes are forked, and inherit the replaced model.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import quick_eval  # noqa: E402
from quick_eval import bench, replay  # noqa: E402

_REASON = re.compile(r"not an article \((\w+)\)")


def use_out_of_fold(path: Path) -> None:
    """The model answers each page's out-of-fold probability (found by its feature
    vector; a vector not in the file gets the shipped forest's answer). The pages'
    vectors are built in the file's feature order (:func:`_feature_names`): built in
    the shipped model's order, a file of a feature being tried matched no page, and
    every page silently got the shipped forest's in-sample answer."""
    from newsspider.extract import pagemodel

    data = json.loads(path.read_text("utf-8"))
    by_vector = {tuple(row["x"]): row["p"] for row in data["pages"]}
    shipped = pagemodel.Model.probability

    def probability(self: pagemodel.Model, x: list[float]) -> float:
        found = by_vector.get(tuple(x))
        return shipped(self, x) if found is None else found

    pagemodel.Model.probability = probability  # type: ignore[method-assign]
    # never sure before every feature is known: the shipped forest's bound is not the
    # out-of-fold answer (classify._article_probability asks for it first)
    pagemodel.Model.least = lambda self, x: 0.0  # type: ignore[method-assign]
    model = pagemodel.model()
    pagemodel.model.cache_clear()
    cv_model = pagemodel.Model(_feature_names(data, model.features), float(data["threshold"]), model.trees)
    pagemodel.model = lambda: cv_model  # type: ignore[assignment]


def _feature_names(data: dict[str, Any], shipped: tuple[str, ...]) -> tuple[str, ...]:
    """The features a ``--cv-out`` file's vectors hold, in order: those it names, else
    the shipped model's or the code's (:data:`pagefeatures.NAMES`), whichever is as
    long as its vectors."""
    from newsspider.extract import pagefeatures

    width = len(data["pages"][0]["x"]) if data["pages"] else len(shipped)
    names = tuple(data.get("features") or (pagefeatures.NAMES if width == len(pagefeatures.NAMES) else shipped))
    if len(names) != width:
        raise SystemExit(f"the file's vectors hold {width} features, neither the shipped model's "
                         f"({len(shipped)}) nor the code's ({len(pagefeatures.NAMES)}): retrain it with this code")
    return names


def report(name: str, pages: list[dict[str, Any]], items: dict[str, dict], why: dict[str, str],
           kept_out: Path | None = None) -> None:
    scored = bench.score(pages, items)
    print(f"== {name}: " + bench.line("newsspider", [{"cpu": 0.0, "rss_mb": 0.0}], scored))
    reasons: Counter[tuple[str, str]] = Counter()
    dropped: Counter[str] = Counter()
    total: Counter[str] = Counter()
    kept_others: list[dict[str, str]] = []
    for page in pages:
        url = replay.as_http(page["url"])
        kind = page.get("type", "article") if not page.get("article", True) else "article"
        total[kind] += 1
        if url in items:
            if kind != "article":
                kept_others.append({"url": url, "kind": kind, "file": page["file"]})
            continue
        found = _REASON.search(why.get(url, ""))
        reasons[(kind, found.group(1) if found else why.get(url, "").split(":")[0])] += 1
        if kind == "article":
            print(f"  lost {url} ({why.get(url, '')[:60]})")
        else:
            dropped[kind] += 1
    others = [kind for kind in total if kind != "article"]
    if others:
        print("  others dropped: " + ", ".join(f"{kind} {dropped[kind]}/{total[kind]}" for kind in sorted(others))
              + f"; all {sum(dropped.values())}/{sum(total[k] for k in others)}")
    print("  drops by (kind, reason): " + ", ".join(f"{k}/{r} {n}" for (k, r), n in sorted(reasons.items())))
    if kept_out is not None:
        kept_out.write_text(json.dumps(kept_others, indent=0), "utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cv", help="train_pagetype.py --cv-out file, or - for the shipped model")
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--kept-out", type=Path, help="write the other pages kept (url, kind, file) here, "
                        "one file per set (the set's name appended)")
    args = parser.parse_args()
    if args.cv != "-":
        use_out_of_fold(Path(args.cv))
    runs = quick_eval.evaluate_sets(args.sets, None, args.jobs)
    for name in args.sets:
        kept_out = args.kept_out.with_name(f"{args.kept_out.name}.{name}.json") if args.kept_out else None
        report(name, *runs[name], kept_out=kept_out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
