"""Page dates on saved real pages: ours against trafilatura's, in one run.

For each page of a dataset (``pages.json``: ``url``, ``file`` — a gzipped
page beside it — and ``date``, a labelled day or a full timestamp), runs
``find_dates`` and ``normalize_date`` in process (no Scrapy), and, unless
``--no-peer``, trafilatura's date (``bare_extraction(..., with_metadata=True)``)
on the same pages. Prints day accuracy, precision, coverage (and exact
timestamps where the labels have them) with the bench's own ``date_scores``,
and milliseconds per page: ours is ``find_dates`` alone (the page's parse,
shared by every extraction layer, is timed apart and printed for scale);
trafilatura's is its whole ``bare_extraction``, parse and body included, since
it cannot give a date without them.

    python benchmarks/dates_pages.py [DATASET_DIR ...] [--zone Asia/Kolkata] [--wrong]

Default datasets: ../shared/bench/dates and ../shared/bench/india (zone
Asia/Kolkata for the latter's publishers).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

from w3lib.encoding import html_to_unicode

from newsspider.dates import normalize_date
from newsspider.extract.page import Page
from newsspider.extract.pagedates import find_dates

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
DEFAULTS = {SHARED / "dates": None, SHARED / "india": "Asia/Kolkata"}


def load(folder: Path, limit: int | None) -> list[tuple[dict, str]]:
    pages = json.loads((folder / "pages.json").read_text("utf-8"))[:limit]
    loaded = []
    for page in pages:
        body = gzip.decompress((folder / page["file"]).read_bytes())
        _, html = html_to_unicode(page.get("contentType", "text/html; charset=utf-8"), body)
        loaded.append((page, html))
    return loaded


def ours(pages: list[tuple[dict, str]], zone: str | None) -> tuple[list[str | None], list[dict], float, float]:
    """Normalised datePublished per page, what find_dates returned, seconds in
    find_dates, seconds parsing (the parse is shared by every layer: not ours)."""
    values, found, spent, parsing = [], [], 0.0, 0.0
    for page, html in pages:
        parsed = Page(url=page["url"], html=html)
        started = time.perf_counter()
        parsed.tree  # noqa: B018 (the parse, timed apart)
        parsing += time.perf_counter() - started
        started = time.perf_counter()
        dates = find_dates(parsed)
        spent += time.perf_counter() - started
        found.append(dates)
        tz = dates.get("_timezone") or zone
        values.append(normalize_date(dates["datePublishedRaw"], tz) if dates["datePublishedRaw"] else None)
    return values, found, spent, parsing


def trafilatura_dates(pages: list[tuple[dict, str]]) -> tuple[list[str | None], float]:
    import trafilatura

    values, spent = [], 0.0
    for page, html in pages:
        started = time.perf_counter()
        doc = trafilatura.bare_extraction(html, url=page["url"], with_metadata=True)
        spent += time.perf_counter() - started
        doc = doc.as_dict() if hasattr(doc, "as_dict") else (doc or {})
        values.append(doc.get("date"))
    return values, spent


def day_scores(pairs: list[tuple[str | None, str | None]]) -> dict:
    """The bench's day scores, for folders used without ../shared (no exact timestamps)."""
    found = sum(bool(got) for _, got in pairs)
    right = sum(bool(got) and str(got)[:10] == (want or "")[:10] for want, got in pairs if want)
    dated = sum(want is not None for want, _ in pairs)
    return {
        "accuracy": (right + sum(not want and not got for want, got in pairs)) / len(pairs) if pairs else 0.0,
        "precision": right / found if found else 0.0,
        "coverage": found / dated if dated else 0.0,
        "exact_pages": 0,
    }


def line(name: str, scores: dict, spent: float, pages: int) -> str:
    text = (f"{name:<12} day acc {scores['accuracy']:.3f}  P {scores['precision']:.3f}  "
            f"cov {scores['coverage']:.3f}  {spent / pages * 1000:6.2f} ms/page")
    if scores["exact_pages"]:
        text += f"  exact {scores['exact']:.3f} of {scores['exact_pages']}"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("datasets", nargs="*", type=Path, help="folders with pages.json (default: dates, india)")
    parser.add_argument("--zone", help="publisher zone for every page of the given datasets")
    parser.add_argument("--limit", type=int, help="first N pages of each dataset")
    parser.add_argument("--no-peer", action="store_true", help="skip trafilatura")
    parser.add_argument("--wrong", action="store_true", help="list the pages we get wrong")
    args = parser.parse_args()

    sys.path.insert(0, str(SHARED))
    try:
        from metrics import date_scores  # the bench's own scoring, where ../shared is present
    except ImportError:
        date_scores = day_scores

    datasets = {folder: args.zone for folder in args.datasets} or {
        folder: zone for folder, zone in DEFAULTS.items() if (folder / "pages.json").exists()
    }
    if not datasets:
        print("no dataset: pass a folder with pages.json", file=sys.stderr)
        return 2
    for folder, zone in datasets.items():
        pages = load(folder, args.limit)
        expected = [page.get("date") for page, _ in pages]
        values, found, spent, parsing = ours(pages, zone)
        print(f"== {folder.name}: {len(pages)} pages (lxml parse alone: {parsing / len(pages) * 1000:.2f} ms/page)")
        print(line("newsspider", date_scores(list(zip(expected, values, strict=True))), spent, len(pages)))
        unread = sum(bool(f["datePublishedRaw"]) and v is None for f, v in zip(found, values, strict=True))
        if unread:
            print(f"   {unread} raw dates found that normalize_date could not read")
        if not args.no_peer:
            peer, peer_spent = trafilatura_dates(pages)
            print(line("trafilatura", date_scores(list(zip(expected, peer, strict=True))), peer_spent, len(pages)))
        if args.wrong:
            for (page, _), want, got, raw in zip(pages, expected, values, found, strict=True):
                if (got or "")[:10] != (want or "")[:10] or (want and len(want) > 10 and got != want):
                    print(f"   want {want} got {got} raw {raw} {page['url']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
