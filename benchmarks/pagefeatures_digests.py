#!/usr/bin/env python3
"""Fingerprint the page-type features on every page of ../shared sets.

Why: the shipped page-type model (``newsspider/extract/data/pagetype_model.json``)
was trained on the feature vectors of these pages; a rewrite of
:mod:`newsspider.extract.pagefeatures` for speed must give the same vector on
every page, or the model must be retrained (``benchmarks/train_pagetype.py``).
This script writes, per set and page, the first 12 hex digits of the SHA-1 of the
page's feature vector (rounded as the model reads it) into
``tests/data/pagefeatures_digests.json``; ``tests/test_pagefeatures_digests.py``
recomputes them (in the same pass as the main-text digests) and lists the pages
that changed.

Usage, from the project's root::

    .venv/bin/python benchmarks/pagefeatures_digests.py [--sets aeb dates trafeval wcxb] [--check]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from benchmarks.maintext_digests import DEFAULT_BENCH, SETS, pages
from newsspider.extract import pagefeatures
from newsspider.extract.page import Page

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "tests" / "data" / "pagefeatures_digests.json"


def digest(page: Page) -> str:
    """12 hex digits of the SHA-1 of the page's feature vector."""
    return hashlib.sha1(json.dumps(pagefeatures.vector(page)).encode("ascii")).hexdigest()[:12]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--check", action="store_true", help=f"compare with {DEFAULT_OUT.name} instead of writing it")
    args = parser.parse_args()
    stored = json.loads(DEFAULT_OUT.read_text("utf-8")) if DEFAULT_OUT.exists() else {}
    changed = 0
    for name in args.sets:
        found = {file: digest(page) for file, page in pages(DEFAULT_BENCH, name)}
        diff = sorted(k for k in found if stored.get(name, {}).get(k) != found[k])
        changed += len(diff)
        print(f"{name}: {len(found)} pages, {len(diff)} differ{': ' + ' '.join(diff[:30]) if diff else ''}")
        stored[name] = found
    if not args.check:
        DEFAULT_OUT.write_text(json.dumps(stored, indent=0, sort_keys=True) + "\n", "utf-8")
        print(f"wrote {DEFAULT_OUT}")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
