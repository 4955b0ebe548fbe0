#!/usr/bin/env python3
"""A second, unchanged run of a loopback news site costs a fraction of the first.

Usage, from the project's root::

    .venv/bin/python benchmarks/bench_incremental.py [--pages 2000] [--change 20]

Serves ``--pages`` synthetic articles (``benchmarks/synthetic_site.py``'s
pages) listed in a sitemap with ``lastmod`` and answering ``If-None-Match``
with ``304``; runs ``scrapy crawl news -a sitemap=...`` three times in one
work folder (one archive state): the first run, an unchanged second run,
and a third after ``--change`` pages were updated (new text, new
``lastmod``). Prints requests sent and stories exported per run, and the
ratio of the second run's requests to the first's (the goal: at most 0.1).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic_site import article_html  # noqa: E402
from tests.helpers.loopback import Site, crawl, send  # noqa: E402

LASTMOD = "2026-11-20T10:00:00+05:30"
UPDATED = "2026-11-29T10:00:00+05:30"


class ArchiveSite:
    def __init__(self, site: Site, pages: int) -> None:
        self.site = site
        self.pages = pages
        self.changed: set[int] = set()
        site.route("/sitemap.xml", self.sitemap)
        for n in range(pages):
            site.route(f"/a/{n}.html", lambda req, n=n: self.article(req, n))

    def sitemap(self, req: BaseHTTPRequestHandler) -> None:
        entries = "".join(f"<url><loc>{self.site.url(f'/a/{n}.html')}</loc>"
                          f"<lastmod>{UPDATED if n in self.changed else LASTMOD}</lastmod></url>"
                          for n in range(self.pages))
        body = ('<?xml version="1.0" encoding="UTF-8"?>'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>')
        send(req, 200, body.encode(), "application/xml")

    def article(self, req: BaseHTTPRequestHandler, n: int) -> None:
        body = article_html(n)
        if n in self.changed:
            body = body.replace(b"</article>", b"<p>Update: the figures were revised on Friday.</p></article>")
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if req.headers.get("If-None-Match") == etag:
            req.send_response(304)
            req.send_header("ETag", etag)
            req.send_header("Content-Length", "0")
            req.end_headers()
            return
        send(req, 200, body, "text/html; charset=utf-8", {"ETag": etag})


def one_run(workdir: Path, sitemap: str, label: str) -> dict[str, int]:
    started = time.monotonic()
    result = crawl("news", workdir, "-a", f"sitemap={sitemap}", output=None, timeout=1800, settings={
        "NEWSSPIDER_SUMMARY_FILE": str(workdir / f"{label}.stats.json"),
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8, "LOG_LEVEL": "WARNING"})
    summary = json.loads((workdir / f"{label}.stats.json").read_text("utf-8"))
    stats = summary["stats"]
    figures = {
        "requests": stats.get("downloader/request_count", 0),
        "exported": stats.get("item_scraped_count", 0),
        "skipped_listed": stats.get("newsspider/skipped/unchanged_listed", 0),
        "not_modified": stats.get("newsspider/skipped/not_modified", 0),
        "exit": result.returncode,
    }
    print(f"{label:>10}: {figures['requests']:6d} requests, {figures['exported']:5d} exported, "
          f"{figures['skipped_listed']:5d} skipped by listed date, {figures['not_modified']:4d} not modified (304), "
          f"exit {figures['exit']}, {time.monotonic() - started:.1f} s wall")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--change", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Site() as site:
        archive = ArchiveSite(site, args.pages)
        sitemap = site.url("/sitemap.xml")
        workdir = Path(tmp)
        first = one_run(workdir, sitemap, "first")
        second = one_run(workdir, sitemap, "unchanged")
        archive.changed = set(range(0, args.pages, max(1, args.pages // max(1, args.change))))
        third = one_run(workdir, sitemap, "changed")
    ratio = second["requests"] / max(1, first["requests"])
    print(f"second/first requests: {second['requests']}/{first['requests']} = {ratio:.4f} (goal <= 0.1)")
    print(f"changed run: {third['exported']} new versions for {len(archive.changed)} changed pages")
    ok = ratio <= 0.1 and second["exported"] == 0 and third["exported"] == len(archive.changed)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
