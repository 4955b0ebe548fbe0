#!/usr/bin/env python3
"""CPU of each step after the download (callback, every item pipeline, the item monitor,
the feed exporter) of this checkout against another one, interleaved, on saved real pages.

Usage, from the project's root::

    python benchmarks/bench_stages.py OTHER_CHECKOUT [SET ...] [--rounds 3] [--limit N]

``SET``: a folder with ``pages.json`` or a name under ``../shared/bench`` (default:
trafeval). Each round runs one worker process per checkout, in alternating order,
with ``PYTHONPATH`` set to the checkout and the checkout as working folder (its
project settings): the worker makes the crawler, the ``article`` spider and the
enabled item pipelines in their order as ``quick_eval.py`` does, the
``ItemMonitor`` and the ``jsonlines`` feed exporter (``FEED_EXPORTERS``, writing
to memory), then takes the pages one at a time, as a crawl meets them: the
response is made (not timed), and each step is timed with a CPU clock as it
runs on that page's item (so with the caches as cold as a crawl leaves them:
a step's figure here is often twice its figure in a tight loop). Syndication is
also split into its signature and its placement in the index. Figures are CPU
ms per page of the set; the median over the rounds for each checkout and the
ratio this/other. On a shared machine, compare only figures of one run.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from bench_ab import ROOT, arguments, folder_of, interleaved

WORKER = r"""
import gzip, io, json, sys, time
from pathlib import Path
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse, Request
from scrapy.utils.misc import load_object
import newsspider.syndication.index as syndication_index
import newsspider.syndication.signature as syndication_signature
from newsspider.extensions.monitor import ItemMonitor

clock = time.process_time
spent = {}

def add(step, seconds):
    spent[step] = spent.get(step, 0.0) + seconds

def timed(step, function):
    def run(*args, **kwargs):
        started = clock()
        try:
            return function(*args, **kwargs)
        finally:
            add(step, clock() - started)
    return run

syndication_signature.signature = timed("  signature", syndication_signature.signature)
syndication_index.SyndicationIndex.place = timed("  placement", syndication_index.SyndicationIndex.place)
sys.path.insert(0, sys.argv[3])  # this checkout's benchmarks: quick_eval's crawler, spider and pipelines
from quick_eval import _WORKER, _setup
_setup()
crawler, spider, pipelines = _WORKER["crawler"], _WORKER["spider"], _WORKER["pipelines"]
settings = crawler.settings
monitor = ItemMonitor(crawler)
exporter_class = load_object(settings.getdict("FEED_EXPORTERS").get("jsonlines", "scrapy.exporters.JsonLinesItemExporter"))
exporter = exporter_class(io.BytesIO(), encoding="utf-8", fields_to_export=settings.getlist("FEED_EXPORT_FIELDS") or None)
exporter.start_exporting()

folder, limit = Path(sys.argv[1]), int(sys.argv[2])
pages = json.loads((folder / "pages.json").read_text("utf-8"))[:limit or None]
for page in pages:
    url = page["url"].replace("https://", "http://", 1)  # as the bench's replay proxy serves it
    body = gzip.decompress((folder / page["file"]).read_bytes())
    response = HtmlResponse(url=url, body=body, request=Request(url),
                            headers={"Content-Type": page.get("contentType", "text/html; charset=utf-8")})
    started = clock()
    items = list(spider.parse_article(response))
    add("callback", clock() - started)
    if not items:
        continue
    item = items[0]
    try:
        for pipeline in pipelines:
            started = clock()
            try:
                item = pipeline.process_item(item)
            finally:
                add(type(pipeline).__name__, clock() - started)
    except DropItem:
        continue
    started = clock()
    monitor.item_scraped(item)
    add("ItemMonitor", clock() - started)
    started = clock()
    exporter.export_item(item)
    add("feed export", clock() - started)
print(json.dumps({step: 1000 * seconds / len(pages) for step, seconds in spent.items()}))
"""


def run(checkout: Path, folder: Path, limit: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    out = subprocess.run([sys.executable, "-c", WORKER, str(folder), str(limit), str(ROOT / "benchmarks")],
                         env=env, cwd=checkout, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    args = arguments(__doc__.split("\n\n")[0], ["trafeval"], 3)
    for name in args.sets:
        folder = folder_of(name)
        figures = interleaved(args.other, args.rounds, lambda checkout: run(checkout, folder, args.limit))
        print(f"== {folder.name}: CPU ms/page, median of {args.rounds} interleaved rounds")
        steps = list(dict.fromkeys([*figures["this"][0], *figures["other"][0]]))
        after = [s for s in steps if s != "callback" and not s.startswith(" ")]
        for step in [*steps, "after the callback"]:
            def median(which: str, step: str = step) -> float:
                keys = after if step == "after the callback" else [step]
                return statistics.median(sum(f.get(k, 0.0) for k in keys) for f in figures[which])
            this, other = median("this"), median("other")
            ratio = f"{this / other:5.3f}" if other else "  -  "
            print(f"  {step:<24} this {this:7.3f}  other {other:7.3f}  this/other {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
