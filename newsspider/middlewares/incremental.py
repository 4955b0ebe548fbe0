"""Skips pages the archive already has in their current version.

For a spider that keeps an archive state (see
:mod:`newsspider.state.crawler`), before a page is fetched:

- a request whose newest listed date (``meta["listed_date"]`` or the
  ``lastmod`` in ``meta["listed"]``, set by discovery from the feed or
  sitemap, ISO 8601) is not newer than the one the archived story was last
  listed with is not sent (``newsspider/skipped/unchanged_listed``);
- otherwise the stored validators are sent (``If-None-Match``,
  ``If-Modified-Since``), and a ``304 Not Modified`` answer ends the request
  (``newsspider/skipped/not_modified``), remembering the new listed date.

The validators of a page fetched in full are kept for the archive pipeline,
which stores them with the story.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from scrapy.crawler import Crawler
from scrapy.http import Request, Response

from newsspider.middlewares.refusals import Refused
from newsspider.state.crawler import CrawlState, require_crawl_state
from newsspider.state.store import Fetch
from newsspider.stats import count

#: Set on a request that carries the archive's validators.
CONDITIONAL = "newsspider_conditional"


def parse_listed(value: object) -> datetime | None:
    """An ISO 8601 date or time as an aware datetime (UTC where no offset); None
    where it cannot be read."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def not_newer(listed: object, stored: object) -> bool:
    new, old = parse_listed(listed), parse_listed(stored)
    return new is not None and old is not None and new <= old


def listed_stamp(meta: dict[str, Any]) -> str | None:
    """The newest date the listing gives the page: ``meta["listed_date"]`` (its
    publication date) or the listing's ``lastmod`` (``meta["listed"]``), so that
    an update listed with a new ``lastmod`` is fetched again."""
    listed = meta.get("listed")
    candidates = [meta.get("listed_date"), listed.get("lastmod") if isinstance(listed, dict) else None]
    dated = [(parsed, value) for value in candidates if (parsed := parse_listed(value)) is not None]
    return max(dated)[1] if dated else None


class IncrementalDownloaderMiddleware:
    def __init__(self, crawler: Crawler, state: CrawlState) -> None:
        self.stats = crawler.stats
        self.state = state

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalDownloaderMiddleware:
        return cls(crawler, require_crawl_state(crawler))

    def process_request(self, request: Request) -> None:
        story = self.state.store.story_for_url(request.url)
        if story is None or story.removed:
            return
        if not_newer(listed_stamp(request.meta), story.listed_date):
            count(self.stats, "skipped", "unchanged_listed")
            raise Refused("skipped", "unchanged_listed",
                          f"listed date not newer than the archived story's: {request.url}", counted=True)
        added = False
        if story.etag and b"If-None-Match" not in request.headers:
            request.headers[b"If-None-Match"] = story.etag
            added = True
        if story.last_modified and b"If-Modified-Since" not in request.headers:
            request.headers[b"If-Modified-Since"] = story.last_modified
            added = True
        if added:
            request.meta[CONDITIONAL] = story.key

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status == 304 and CONDITIONAL in request.meta:
            count(self.stats, "skipped", "not_modified")
            self.state.store.touch(Fetch(
                key=request.meta[CONDITIONAL], url=request.url, listed_date=listed_stamp(request.meta),
                etag=_header(response, b"ETag") or _header(request, b"If-None-Match"),
                last_modified=_header(response, b"Last-Modified") or _header(request, b"If-Modified-Since")))
            raise Refused("skipped", "not_modified", f"not modified: {request.url}", counted=True)
        if 200 <= response.status < 300:
            self.state.observe(response.url, _header(response, b"ETag"), _header(response, b"Last-Modified"),
                               listed_stamp(request.meta))
        return response


def _header(message: Request | Response, name: bytes) -> str | None:
    value = message.headers.get(name)
    return value.decode("latin-1") if value else None
