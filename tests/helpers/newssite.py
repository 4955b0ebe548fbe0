"""A loopback news site for crawls that build an archive: ``n`` stories in a
sitemap with ``lastmod``, which a test can change, delete or slow down; and
the archive's lines as a reader sees them."""

from __future__ import annotations

import gzip
import json
import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from tests.helpers.loopback import Site, send
from tests.helpers.waiting import latency

ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} - Loopback Herald</title>
<link rel="canonical" href="{url}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{title}", "datePublished": "2026-11-2{day}T10:00:00+05:30",
"author": {{"@type": "Person", "name": "Asha Rao"}}}}</script>
</head><body><article><h1>{title}</h1>
<p>MUMBAI (PTI): Story number {n} reports that the harbour board met on Monday to discuss {topic}, and members
spoke at length about the plans for the coming season and what they would cost the city.</p>
<p>Officials said the decision on {topic} would be taken after a survey of the docks, which is expected to
finish before the monsoon, and that traders would be consulted before any new rule took effect.</p>
</article></body></html>"""


class NewsSite:
    """A site of ``n`` stories listed in a sitemap with ``lastmod``; pages can be
    changed or deleted between runs, and can be made slow."""

    def __init__(self, site: Site, n: int, delay: float = 0.0, etags: bool = False) -> None:
        self.site = site
        self.delay = delay
        self.etags = etags
        self.topics = {i: "the new ferry timetable" for i in range(n)}
        self.lastmod = {i: "2026-11-20T10:00:00+05:30" for i in range(n)}
        self.deleted: set[int] = set()
        #: Stories the sitemap no longer lists (their pages still answer).
        self.unlisted: set[int] = set()
        self.conditional_hits = 0
        self.lock = threading.Lock()
        site.route("/sitemap.xml", self.sitemap)
        for i in range(n):
            site.route(self.path(i), lambda req, i=i: self.article(req, i))

    @staticmethod
    def path(i: int) -> str:
        return f"/news/story-{i}.html"

    def url(self, i: int) -> str:
        return self.site.url(self.path(i))

    def change(self, i: int, topic: str, lastmod: str = "2026-11-29T08:00:00+05:30") -> None:
        self.topics[i] = topic
        self.lastmod[i] = lastmod

    def sitemap(self, req: BaseHTTPRequestHandler) -> None:
        urls = "".join(f"<url><loc>{self.url(i)}</loc><lastmod>{self.lastmod[i]}</lastmod></url>"
                       for i in self.topics if i not in self.unlisted)
        body = ('<?xml version="1.0" encoding="UTF-8"?>'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')
        send(req, 200, body.encode(), "application/xml")

    def article(self, req: BaseHTTPRequestHandler, i: int) -> None:
        if self.delay:
            latency(self.delay)
        if i in self.deleted:
            send(req, 410, b"gone", "text/plain")
            return
        etag = f'"{i}-{abs(hash(self.topics[i]))}"'
        if self.etags and req.headers.get("If-None-Match") == etag:
            with self.lock:
                self.conditional_hits += 1
            req.send_response(304)
            req.send_header("ETag", etag)
            req.send_header("Content-Length", "0")
            req.end_headers()
            return
        html = ARTICLE.format(title=f"Harbour story {i}", url=self.url(i), n=i, topic=self.topics[i], day=i % 10)
        send(req, 200, html.encode(), "text/html; charset=utf-8", {"ETag": etag} if self.etags else None)


def archive_lines(workdir: Path, spider: str = "news") -> list[str]:
    """Every line of every completed batch file of ``spider``'s archive."""
    lines: list[str] = []
    for path in sorted((workdir / "archive" / spider).glob("*/*.jsonl*")):
        if path.name.endswith(".part"):
            continue
        data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        assert data.endswith(b"\n"), f"partial last line in {path}"
        lines += data.decode("utf-8").splitlines()
    return lines


def archive_items(workdir: Path, spider: str = "news") -> list[dict[str, Any]]:
    return [json.loads(line) for line in archive_lines(workdir, spider)]
