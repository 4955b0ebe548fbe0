#!/usr/bin/env python3
"""Score extraction in-process on ``../shared/bench`` sets, without a crawl.

Why: ``../shared/bench/bench.py`` runs real crawls through a replay proxy, which
is the measurement of record but takes minutes per set. This script feeds the
same saved pages straight to the ``article`` spider's callback and the item
pipelines (the same code path a crawl takes after the download), then scores
the items with the bench's own ``score`` function, so its figures match the
crawl's (a page the crawl could not fetch aside) in a fraction of the time.

Usage, from the project's root::

    python benchmarks/quick_eval.py trafeval wcxb [--limit 200] [--jobs 2]
        [--dump DIR] [--json OUT]

``--system trafilatura`` scores the bench's trafilatura peer the same way, to see
per page where it wins. ``--dump DIR`` writes one JSON file per set with, for every page, what was
expected and what was extracted (or why the item was dropped), to group the
pages we lose by cause. ``../shared`` is only read.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"
sys.path.insert(0, str(BENCH))

import bench  # noqa: E402
import replay  # noqa: E402

_WORKER: dict[str, Any] = {}


def _setup() -> None:
    """Per process: a crawler with the project's settings, the spider, the pipelines."""
    import logging

    from scrapy.exceptions import NotConfigured
    from scrapy.utils.misc import load_object
    from scrapy.utils.project import get_project_settings
    from scrapy.utils.reactor import install_reactor
    from scrapy.utils.test import get_crawler

    from newsspider.spiders.article import ArticleListSpider

    logging.disable(logging.WARNING)
    settings = get_project_settings()
    install_reactor(settings["TWISTED_REACTOR"])
    crawler = get_crawler(ArticleListSpider, settings.copy_to_dict())
    crawler.spider = ArticleListSpider.from_crawler(crawler, urls="http://example.com/")
    pipelines = []
    for path, _order in sorted(settings.getdict("ITEM_PIPELINES").items(), key=lambda kv: kv[1]):
        try:
            pipelines.append(load_object(path).from_crawler(crawler))
        except NotConfigured:
            continue
    _WORKER.update(crawler=crawler, spider=crawler.spider, pipelines=pipelines)


def _run_page(task: tuple[str, str, str]) -> tuple[str, dict[str, Any] | None, str | None]:
    """(url, exported item or None, why not)."""
    from scrapy.exceptions import DropItem
    from scrapy.http import HtmlResponse, Request

    url, path, content_type = task
    body = gzip.decompress(Path(path).read_bytes())
    # as the replay proxy serves it (see ../shared/bench/replay.py)
    response = HtmlResponse(url=url, body=body, headers={"Content-Type": content_type}, request=Request(url))
    if _WORKER.get("system") == "trafilatura":
        return url, _trafilatura(response), None
    if "spider" not in _WORKER:
        _setup()
    items = list(_WORKER["spider"].parse_article(response))
    if not items:
        return url, None, "no item (skipped by the callback)"
    item = items[0]
    try:
        for pipeline in _WORKER["pipelines"]:
            item = pipeline.process_item(item)
    except DropItem as exc:
        return url, None, f"dropped: {exc}"
    from itemadapter import ItemAdapter

    return url, {k: v for k, v in ItemAdapter(item).asdict().items() if not k.startswith("_")}, None


def word_f1(pages: list[dict], items: dict[str, dict]) -> float | None:
    """WCXB's article score as we reproduce it: per article page, F1 of the bags of
    lower-cased words of the extracted and the expected body (0 for a page with no
    item), averaged over the articles."""
    import re
    from collections import Counter

    scores = []
    for page in pages:
        if not page.get("article", True) or "articleBody" not in page:
            continue
        want = Counter(re.findall(r"\w+", page["articleBody"].lower()))
        got = Counter(re.findall(r"\w+", ((items.get(replay.as_http(page["url"])) or {}).get("articleBody") or "").lower()))
        overlap = sum((want & got).values())
        if not overlap:
            scores.append(0.0)
            continue
        precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
        scores.append(2 * precision * recall / (precision + recall))
    return sum(scores) / len(scores) if scores else None


def _trafilatura(response: Any) -> dict[str, Any]:
    """What ``../shared/bench/peers/trafilatura_spider.py`` yields for the page."""
    import trafilatura

    doc = trafilatura.bare_extraction(response.text, url=response.url, with_metadata=True)
    doc = doc.as_dict() if hasattr(doc, "as_dict") else (doc or {})
    authors = [{"name": name} for name in (doc.get("author") or "").split("; ") if name]
    return {"url": response.url, "headline": doc.get("title"), "authors": authors,
            "articleBody": doc.get("text"), "datePublished": doc.get("date")}


def _init_system(system: str) -> None:
    _WORKER["system"] = system


def evaluate(name: str, limit: int | None, jobs: int, system: str = "newsspider") -> tuple[list[dict], dict[str, dict], dict[str, str]]:
    return evaluate_sets([name], limit, jobs, system)[name]


def evaluate_sets(
    names: list[str], limit: int | None, jobs: int, system: str = "newsspider"
) -> dict[str, tuple[list[dict], dict[str, dict], dict[str, str]]]:
    """(pages, items by URL, why not by URL) of every set, the sets' pages run in one
    pool (each worker sets up Scrapy and the pipelines once, not once per set)."""
    pages_of = {name: json.loads((BENCH / name / "pages.json").read_text("utf-8"))[:limit] for name in names}
    tasks = [(replay.as_http(p["url"]), str(BENCH / name / p["file"]), p.get("contentType", "text/html; charset=utf-8"))
             for name in names for p in pages_of[name]]
    if jobs > 1:
        with ProcessPoolExecutor(jobs, initializer=_init_system, initargs=(system,)) as pool:
            results = list(pool.map(_run_page, tasks, chunksize=16))
    else:
        _init_system(system)
        results = [_run_page(t) for t in tasks]
    out = {}
    for name in names:
        items: dict[str, dict] = {}
        why: dict[str, str] = {}
        for url, item, reason in results[: len(pages_of[name])]:
            if item is not None:
                items[url] = item
            else:
                why[url] = reason or ""
        results = results[len(pages_of[name]):]
        out[name] = (pages_of[name], items, why)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", help="aeb, trafeval, wcxb, dates, india")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of each set")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--dump", type=Path, help="write per-page expected/extracted JSON here")
    parser.add_argument("--json", type=Path, help="write the scores here")
    parser.add_argument("--system", choices=("newsspider", "trafilatura"), default="newsspider",
                        help="whose extraction to score (trafilatura: as the bench's peer spider)")
    args = parser.parse_args()
    report = {}
    runs = evaluate_sets(args.sets, args.limit, args.jobs, args.system)
    for name in args.sets:
        pages, items, why = runs[name]
        scored = bench.score(pages, items)
        scored["word_f1"] = word_f1(pages, items)
        report[name] = scored
        print(f"== {name}: {len(pages)} pages")
        print(bench.line(args.system, [{"cpu": 0.0, "rss_mb": 0.0}], scored)
              + (f" | word F1 {scored['word_f1']:.3f}" if scored["word_f1"] is not None else ""))
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            rows = []
            for page in pages:
                url = replay.as_http(page["url"])
                rows.append({"expected": {k: v for k, v in page.items()}, "got": items.get(url),
                             "why": why.get(url)})
            (args.dump / f"{name}-{args.system}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), "utf-8")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, sort_keys=True, default=str), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
