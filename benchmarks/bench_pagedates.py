#!/usr/bin/env python3
"""Time ``find_dates`` alone, as ``extract()`` runs it, and check its output is unchanged.

Usage, from the project's root::

    python benchmarks/bench_pagedates.py [DATASET_DIR ...] [--repeat 3] [--profile]
                                         [--save FILE | --check FILE]

Each ``DATASET_DIR`` holds a ``pages.json`` (``url``, ``file``: a gzipped page
beside it); default: ``../shared/bench/{aeb,dates,india}``. Every page is
parsed and its shared layers (``meta.head``, JSON-LD) are computed before the
clock starts, as ``extract()`` has done by the time it asks for dates; the
figure is the CPU time of ``find_dates`` per page (best of ``--repeat``).
``--save`` writes every page's result to a JSON file, ``--check`` compares
with such a file and lists the pages whose result differs (for refactoring the
dates layer without changing what it finds). ``--check-scan`` checks that
``datecandidates.near_years`` finds exactly what ``DATE_IN_TEXT.finditer`` finds,
on every page's text, on windows of it (as the layer cuts them) and on the date
table ``../shared/dates/real-strings.tsv``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from newsspider.extract import jsonld
from newsspider.extract.datecandidates import DATE_IN_TEXT, near_years
from newsspider.extract.meta import head
from newsspider.extract.page import Page
from newsspider.extract.pagedates import find_dates

# A sibling script: the same decoding as the dates benchmark.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from dates_pages import load

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
DEFAULTS = [SHARED / "aeb", SHARED / "dates", SHARED / "india"]


#: When the pages were "downloaded": the time the dates are judged against, as a crawl passes it.
DOWNLOADED = datetime.now(timezone.utc).replace(microsecond=0)


def prepared(pages: list[tuple[dict, str]]) -> list[Page]:
    """Pages parsed, with the layers extract() runs before the dates computed (and cached)."""
    out = []
    for page, html in pages:
        parsed = Page(url=page["url"], html=html, downloaded=DOWNLOADED)
        head(parsed)
        jsonld.article_objects(parsed)
        jsonld.objects(parsed)
        out.append(parsed)
    return out


def fresh(pages: list[Page]) -> list[Page]:
    """The same pages with only the shared layers' cache (nothing the dates layer cached)."""
    out = []
    for page in pages:
        copy = Page(url=page.url, html=page.html, downloaded=page.downloaded, cache=dict(page.cache))
        copy.__dict__["tree"] = page.tree
        out.append(copy)
    return out


def check_scan(pages: list[Page]) -> int:
    """Texts on which the guided search and the plain one differ (printed)."""
    texts = []
    table = SHARED.parent / "dates" / "real-strings.tsv"
    if table.exists():
        texts += [" ".join(line.split("\t")[0].split()) for line in table.read_text("utf-8").splitlines()[1:]]
    for page in pages:
        text = " ".join(page.tree.text_content().split())
        texts.append(text)
        # Windows of the sizes the layer reads (a holder's 300 characters, the
        # headline's surroundings), starting anywhere, dates cut at either end.
        texts += [text[i:i + size] for size in (40, 300, 700) for i in range(0, len(text), 97)]
    differ = 0
    for text in texts:
        lowered = text.lower()
        if len(lowered) != len(text):
            continue
        plain = [(m.span(), m.groupdict()) for m in DATE_IN_TEXT.finditer(lowered)]
        guided = [(m.span(), m.groupdict()) for m in near_years(lowered)]
        if plain != guided:
            differ += 1
            print(f"  differs on {text[:120]!r}\n    plain {plain[:3]}\n    guided {guided[:3]}")
    print(f"near_years: {differ} of {len(texts)} texts differ from DATE_IN_TEXT.finditer")
    return differ


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("datasets", nargs="*", type=Path, help="folders with pages.json")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the timing; the best is kept")
    parser.add_argument("--profile", action="store_true", help="also print a cProfile summary")
    parser.add_argument("--save", type=Path, help="write every page's result to this JSON file")
    parser.add_argument("--check", type=Path, help="compare every page's result with this JSON file")
    parser.add_argument("--check-scan", action="store_true", help="compare the guided date search with the plain one")
    args = parser.parse_args()
    datasets = args.datasets or [d for d in DEFAULTS if (d / "pages.json").exists()]
    if not datasets:
        print("no dataset: pass a folder with pages.json", file=sys.stderr)
        return 2
    results: dict[str, dict] = {}
    all_pages: list[Page] = []
    for folder in datasets:
        pages = prepared(load(folder, None))
        all_pages.extend(pages)
        for page in fresh(pages):
            results[f"{folder.name}:{page.url}"] = find_dates(page)
        best = float("inf")
        for _ in range(args.repeat):
            batch = fresh(pages)
            started = time.process_time()
            for page in batch:
                find_dates(page)
            best = min(best, time.process_time() - started)
        print(f"{folder.name:<8} {len(pages):4d} pages  find_dates {1000 * best / len(pages):6.3f} ms/page")
    if args.check_scan and check_scan(all_pages):
        return 1
    if args.profile:
        import cProfile
        import pstats

        batch = fresh(all_pages)
        profiler = cProfile.Profile()
        profiler.runcall(lambda: [find_dates(page) for page in batch])
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
    if args.save:
        args.save.write_text(json.dumps(results, indent=0, sort_keys=True), "utf-8")
        print(f"saved {len(results)} results to {args.save}")
    if args.check:
        expected = json.loads(args.check.read_text("utf-8"))
        differ = [key for key in expected if results.get(key) != expected[key]]
        differ += [key for key in results if key not in expected]
        for key in differ:
            print(f"  differs: {key}\n    was {expected.get(key)}\n    now {results.get(key)}")
        print(f"{len(differ)} of {len(results)} results differ from {args.check}")
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
