#!/usr/bin/env python3
"""Fingerprint ``main_text`` (and ``short_post``) on every page of ../shared sets.

Why: ``maintext`` is rewritten now and then for clarity or speed; a rewrite must
give the same text on every real page. This script writes, per set and page,
the first 12 hex digits of the SHA-1 of what :func:`main_text` and
:func:`short_post` return, into
``tests/data/maintext_digests.json``; ``tests/test_maintext_digests.py``
recomputes them and lists the pages that changed. When the output changes on
purpose, rerun this script and say why in the commit.

Usage, from the project's root::

    .venv/bin/python benchmarks/maintext_digests.py [--sets aeb dates trafeval wcxb]
        [--bench ../shared/bench] [--out tests/data/maintext_digests.json] [--check]

``--check`` compares instead of writing, and prints the pages that differ and
the CPU milliseconds per page of the extraction (parse excluded).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from newsspider.extract.maintext import main_text, short_post
from newsspider.extract.page import Page

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "bench"
DEFAULT_OUT = ROOT / "tests" / "data" / "maintext_digests.json"
SETS = ("aeb", "dates", "trafeval", "wcxb")


def pages(bench: Path, name: str) -> Iterator[tuple[str, Page]]:
    """(file name, parsed page) for every page of set ``name``."""
    folder = bench / name
    for meta in json.loads((folder / "pages.json").read_text("utf-8")):
        html = gzip.decompress((folder / meta["file"]).read_bytes()).decode("utf-8", "replace")
        page = Page(meta["url"], html)
        page.tree  # noqa: B018 -- parse before the extraction is timed
        yield meta["file"], page


def digest(page: Page) -> str:
    """12 hex digits of the SHA-1 of the page's main text and short-post text."""
    texts = (main_text(page), short_post(page))
    return hashlib.sha1("\x00".join(texts).encode("utf-8")).hexdigest()[:12]


def digests(bench: Path, name: str) -> tuple[dict[str, str], float, int]:
    """Digest per page of set ``name``, CPU seconds spent extracting, page count."""
    out: dict[str, str] = {}
    cpu = 0.0
    for file, page in pages(bench, name):
        started = time.process_time()
        out[file] = digest(page)
        cpu += time.process_time() - started
    return out, cpu, len(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="compare with --out instead of writing it")
    args = parser.parse_args()
    stored = json.loads(args.out.read_text("utf-8")) if args.out.exists() else {}
    changed = 0
    for name in args.sets:
        found, cpu, n = digests(args.bench, name)
        print(f"{name}: {n} pages, main text + short post {1000 * cpu / n:.2f} ms/page")
        if args.check:
            diff = sorted(k for k in found if stored.get(name, {}).get(k) != found[k])
            changed += len(diff)
            print(f"  {len(diff)} pages differ{': ' + ' '.join(diff[:30]) if diff else ''}")
        else:
            stored[name] = found
    if not args.check:
        args.out.write_text(json.dumps(stored, indent=0, sort_keys=True) + "\n", "utf-8")
        print(f"wrote {args.out}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
