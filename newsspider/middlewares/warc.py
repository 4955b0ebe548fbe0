"""Keeps every fetched page as WARC (``-s NEWSSPIDER_WARC_DIR=warc/``; off by default).

Every HTTP(S) response the crawl receives (article pages, the feeds and
sitemaps that listed them, robots.txt, redirects, error pages) is written
as a ``response`` record and the request that asked for it as a ``request``
record (``WARC-Concurrent-To``), into the rotating files of
:mod:`newsspider.warc.files`; a ``304 Not Modified`` answer to a conditional
request is a ``revisit`` record pointing at the URL's earlier capture
(:mod:`newsspider.warc.captures`). Where the response record is goes into
``request.meta["warc"]``, which ``parse_article`` copies into the item's
``warc`` field.

What is kept as received, and what is not: this middleware sits above
Scrapy's ``HttpCompressionMiddleware`` (its ``process_response`` runs
first), so the body is the one that came over the wire, still gzipped or
brotli-compressed with its ``Content-Encoding``. Scrapy's HTTP client has
already undone chunked transfer coding and dropped the ``Transfer-Encoding``
header: the body is the de-chunked one, consistent with the headers kept. Scrapy keeps no reason phrase (the standard one
is written), merges repeated headers by name and title-cases header names;
the request record holds the headers the last middleware set, plus ``Host``
(the download handler adds that one itself). ``WARC-Date`` is when the
response reached the middleware. Responses from Scrapy's HTTP cache are
not written again.

``.open`` files left by a killed crawl are closed first (see
:func:`newsspider.warc.files.recover_open_files`; ``NEWSSPIDER_WARC_RECOVER``).

Counters: ``newsspider/warc/response``, ``revisit``, ``files`` (closed),
``recovered`` (``.open`` files of killed crawls closed),
``write_error`` (with an ERROR line: the page is still extracted),
``index_error`` (the capture index, shared with the other crawls writing into
the folder, could not be read or written: one ERROR line; the record is
written and the page extracted, a later revisit just names no earlier capture).
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from newsspider.stats import count
from newsspider.warc.records import Capture, EarlierCapture, HttpMessage, status_line, warc_date

if TYPE_CHECKING:
    from newsspider.warc.captures import CaptureIndex
    from newsspider.warc.files import WarcFiles

logger = logging.getLogger(__name__)

#: Where ``parse_article`` finds the location of the page's response record.
META_KEY = "warc"


class WarcCaptureMiddleware:
    def __init__(self, crawler: Crawler, files: WarcFiles, index: CaptureIndex) -> None:
        assert crawler.stats is not None
        self.stats = crawler.stats
        self.files = files
        self.index = index
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcCaptureMiddleware:
        settings = crawler.settings
        folder = settings.get("NEWSSPIDER_WARC_DIR")
        if not folder:
            raise NotConfigured  # off unless asked for: no message
        assert crawler.spider is not None
        try:
            from newsspider.warc.captures import CaptureIndex
            from newsspider.warc.files import WarcFiles, file_prefix, recover_open_files, software
        except ImportError as exc:
            raise RuntimeError("NEWSSPIDER_WARC_DIR is set but warcio is not installed: "
                               "pip install 'newsspider[warc]'") from exc
        info = {
            "software": software(),
            "operator": settings.get("NEWSSPIDER_CONTACT", ""),
            "robots": "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore",
            "http-header-user-agent": settings.get("USER_AGENT", ""),
            "isPartOf": crawler.spider.name,
            "format": "WARC File Format 1.1",
            "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
        }
        if settings.getbool("NEWSSPIDER_WARC_RECOVER"):
            assert crawler.stats is not None
            count(crawler.stats, "warc", "recovered", len(recover_open_files(folder)))
        prefix = file_prefix(crawler.spider.name, datetime.now(timezone.utc))
        files = WarcFiles(folder, prefix, settings.getint("NEWSSPIDER_WARC_MAX_SIZE"), info)
        return cls(crawler, files, CaptureIndex(folder))

    def process_response(self, request: Request, response: Response) -> Response:
        if "cached" in response.flags or urlsplit(response.url).scheme not in ("http", "https"):
            return response
        capture = capture_of(request, response)
        try:
            if response.status == 304:
                self.files.write_revisit(capture, self._earlier(response.url))
                count(self.stats, "warc", "revisit")
                return response
            location = self.files.write_capture(capture)
        except OSError as exc:
            count(self.stats, "warc", "write_error")
            logger.error("Could not write the WARC record of %(url)s: %(error)s", {"url": response.url, "error": exc})
            return response
        self._remember(response.url, EarlierCapture(location.record_id, response.url, warc_date(capture.date)))
        count(self.stats, "warc", "response")
        request.meta[META_KEY] = location.as_item()
        return response

    def _earlier(self, url: str) -> EarlierCapture | None:
        try:
            return self.index.earlier(url)
        except sqlite3.Error as exc:
            self._index_failed("Could not look up the earlier WARC capture of %(url)s (its revisit record "
                               "names none): %(error)s", url, exc)
            return None

    def _remember(self, url: str, capture: EarlierCapture) -> None:
        try:
            self.index.remember(url, capture)
        except sqlite3.Error as exc:
            self._index_failed("Could not index the WARC capture of %(url)s (a revisit record will not point "
                               "at it): %(error)s", url, exc)

    def _index_failed(self, message: str, url: str, exc: sqlite3.Error) -> None:
        count(self.stats, "warc", "index_error")
        logger.error(message, {"url": url, "error": exc})

    def spider_closed(self) -> None:
        self.files.close()
        self.index.close()
        count(self.stats, "warc", "files", len(self.files.closed))
        logger.info("WARC files written: %(n)d (%(names)s)",
                    {"n": len(self.files.closed), "names": ", ".join(self.files.closed) or "none"})


def capture_of(request: Request, response: Response) -> Capture:
    """The fetch as a WARC capture: request and response as Scrapy has them."""
    parts = urlsplit(response.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    protocol = response.protocol if (response.protocol or "").startswith("HTTP/") else "HTTP/1.1"
    request_headers = _headers(request.headers)
    if not any(name.lower() == "host" for name, _ in request_headers):
        request_headers.insert(0, ("Host", parts.netloc))
    return Capture(
        url=response.url,
        date=datetime.now(timezone.utc),
        request=HttpMessage(f"{request.method} {target} {protocol}", request_headers, request.body),
        response=HttpMessage(status_line(response.status), _headers(response.headers), response.body),
        ip_address=str(response.ip_address) if response.ip_address else None,
        truncated="disconnect" if "dataloss" in response.flags else None,
    )


def _headers(headers: Any) -> list[tuple[str, str]]:
    return [(name.decode("latin-1"), value.decode("latin-1")) for name, values in headers.items() for value in values]
