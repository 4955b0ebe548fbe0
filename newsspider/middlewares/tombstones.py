"""Turns a 404 or 410 for an archived story into a tombstone item.

A story the archive holds whose URL now answers ``404 Not Found`` or
``410 Gone`` gets one record ``{"url": ..., "removed": true, ...}``; the
archive pipeline exports it once (``newsspider/archive/removed``) and drops
later ones (``newsspider/skipped/already_removed``). Other error responses
are left to Scrapy's ``HttpErrorMiddleware`` (which must run after this one:
this middleware's order is above its 50).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError

from newsspider.items import Article, download_time
from newsspider.state.crawler import CrawlState, require_crawl_state
from newsspider.stats import count

GONE = (404, 410)


class TombstoneSpiderMiddleware:
    def __init__(self, crawler: Crawler, state: CrawlState) -> None:
        self.crawler = crawler
        self.state = state

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TombstoneSpiderMiddleware:
        return cls(crawler, require_crawl_state(crawler))

    def process_spider_exception(self, response: Response, exception: Exception) -> Iterable[Any] | None:
        if not isinstance(exception, HttpError) or response.status not in GONE:
            return None
        story = self.state.store.story_for_url(response.url)
        if story is None:
            return None
        assert self.crawler.stats is not None and self.crawler.spider is not None
        count(self.crawler.stats, "tombstone", str(response.status))
        return [Article(
            url=response.url,
            canonicalUrl=story.url,
            removed=True,
            spider=self.crawler.spider.name,
            dateDownloaded=download_time(),
            warc=response.meta.get("warc"),  # the 404/410 answer, where WARC is kept
        )]
