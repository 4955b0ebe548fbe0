"""What a worker does beside crawling: take start URLs from Redis, reap dead
workers, keep a claim's request with it, and stay open while the shared
frontier may still get work.

Start URLs: ``P:<spider>:start_urls`` (``REDIS_START_URLS_KEY``) is a list of
JSON objects ``{"url": ..., "kind": "site" | "feed" | "sitemap" | "article"}``
(or bare URLs, read as articles), pushed with ``LPUSH``/``RPUSH``; an idle
worker takes up to ``CONCURRENT_REQUESTS`` of them at a time, keeping them
(``P:worker:<id>:starts``) until their requests are in the shared queue.

A worker closes when the shared queue is empty, no start URL is waiting and
no other worker of the spider has a request in flight (which could add new
requests) or died without being reaped yet (its requests go back to the
queue when its heartbeat lapses).
"""

from __future__ import annotations

import json
import logging
from functools import cached_property
from typing import Any
from urllib.parse import urljoin

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.http import Response
from twisted.internet.task import LoopingCall

from newsspider.redis import scripts
from newsspider.redis.internals import wake
from newsspider.redis.queue import INFLIGHT
from newsspider.redis.worker import RedisWorker, redis_worker
from newsspider.state.crawler import crawl_state
from newsspider.redis.store import RedisStateStore
from newsspider.state.store import story_key
from newsspider.stats import count

logger = logging.getLogger(__name__)

KINDS = ("site", "feed", "sitemap", "article")
#: Seconds between two looks at the shared queue by an idle worker.
POLL_INTERVAL = 0.5


class RedisCoordinator:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.start_key = crawler.settings["REDIS_START_URLS_KEY"]
        self.batch_size = crawler.settings.getint("CONCURRENT_REQUESTS")
        self.reaper: LoopingCall | None = None
        self.poller: LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisCoordinator:
        if not crawler.settings.get("NEWSSPIDER_REDIS_URL"):
            raise NotConfigured
        coordinator = cls(crawler)
        crawler.signals.connect(coordinator.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(coordinator.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(coordinator.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(coordinator.item_scraped, signal=signals.item_scraped)
        return coordinator

    @cached_property
    def worker(self) -> RedisWorker:
        """The crawl's worker (an extension too: not reachable while extensions are built)."""
        return redis_worker(self.crawler)

    def spider_opened(self, spider: Spider) -> None:
        self.start_key = self.start_key % {"name": spider.name}
        self.reaper = LoopingCall(self.reap)
        self.reaper.start(self.worker.heartbeat, now=False)
        self.poller = LoopingCall(wake, self.crawler)
        self.poller.start(POLL_INTERVAL, now=False)

    def spider_closed(self, spider: Spider) -> None:
        for call in (self.reaper, self.poller):
            if call is not None and call.running:
                call.stop()

    def reap(self) -> None:
        assert self.crawler.stats is not None
        for outcome, n in self.worker.reap_dead().items():
            count(self.crawler.stats, "redis", outcome, n)

    def spider_idle(self, spider: Spider) -> None:
        if self.take_start_urls(spider):
            raise DontCloseSpider
        self.worker.mark_idle()
        self.reap()
        queue = self.crawler.settings["SCHEDULER_QUEUE_KEY"] % {"spider": spider.name}
        if self.worker.client.zcard(queue) or self.worker.others_busy():
            raise DontCloseSpider

    def take_start_urls(self, spider: Spider) -> int:
        """Queue the requests of the next start URL entries. The entries stay in
        this worker's ``starts`` until then: a worker killed in between gives
        them back to the list when it is reaped."""
        client = self.worker.client
        starts = self.worker.mine("starts")
        entries = client.eval(scripts.TAKE_STARTS, 0, self.start_key, starts, self.batch_size)
        assert self.crawler.engine is not None and self.crawler.stats is not None
        taken = 0
        for raw in entries:
            for request in start_requests(spider, raw.decode()):
                self.crawler.engine.crawl(request)
                taken += 1
        if entries:
            client.delete(starts)
            count(self.crawler.stats, "redis", "start_urls", len(entries))
        return taken

    def item_scraped(self, item: Any, response: Response) -> None:
        """Move the request that produced an exported item from the worker's
        in-flight requests to the item's claim, so that it is fetched again if
        the worker dies before the batch holding the item is stored."""
        request_id = response.meta.get(INFLIGHT) if isinstance(response, Response) else None
        version = getattr(item, "version", None)
        state = crawl_state(self.crawler)
        if request_id is None or not isinstance(version, int) or state is None:
            return
        store = state.store
        key = story_key({"canonicalUrl": getattr(item, "canonicalUrl", None), "url": getattr(item, "url", None)})
        if isinstance(store, RedisStateStore) and key is not None:
            store.attach(request_id, key, version)


def start_requests(spider: Spider, entry: str) -> list[Request]:
    """The requests for one entry of the start URLs key, as the spider's own
    ``start()`` makes them; none (with a warning) for an entry it cannot take."""
    try:
        data = json.loads(entry)
    except ValueError:
        data = entry
    if isinstance(data, str):
        data = {"url": data}
    if not isinstance(data, dict):
        data = {}
    url, kind = data.get("url"), data.get("kind", "article")
    if not isinstance(url, str) or kind not in KINDS:
        logger.warning("Start URL entry not understood, skipped: %(entry)r", {"entry": entry})
        return []
    if kind == "article" and hasattr(spider, "parse_article"):
        return [Request(url, callback=spider.parse_article)]
    if kind in ("feed", "sitemap") and hasattr(spider, "listing_request"):
        return [spider.listing_request(url, kind)]
    if kind == "site" and hasattr(spider, "parse_robots"):
        return [Request(urljoin(url, "/robots.txt"), callback=spider.parse_robots,
                        errback=spider.robots_failed, cb_kwargs={"site": url}),
                Request(url, callback=spider.parse_home, errback=spider.home_failed, cb_kwargs={"site": url})]
    logger.warning("Spider %(spider)s does not take %(kind)s start URLs, skipped: %(url)s",
                   {"spider": spider.name, "kind": kind, "url": url})
    return []
