"""scrapy-redis's duplicate filter, shared by the workers of one round.

Fingerprints are Scrapy's own (``REQUEST_FINGERPRINTER_CLASS``), kept in
``P:<spider>:dupefilter``. A worker ending does not clear them (the others
still crawl); the first worker of a new round does (see
``RedisWorker.join_round``), so that a scheduled crawl fetches listings again.
The scheduler records a new fingerprint and queues its request in one step
(``InflightPriorityQueue.push_unseen``), never through ``request_seen`` alone.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy_redis.dupefilter import RFPDupeFilter

from newsspider.redis.worker import redis_worker


class RedisDupeFilter(RFPDupeFilter):
    def __init__(self, server: Any, key: str, debug: bool = False, *, crawler: Crawler) -> None:
        super().__init__(server, key, debug)
        self.fingerprinter = crawler.request_fingerprinter

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisDupeFilter:
        assert crawler.spider is not None
        key = crawler.settings["SCHEDULER_DUPEFILTER_KEY"] % {"spider": crawler.spider.name}
        return cls(redis_worker(crawler).client, key, crawler.settings.getbool("DUPEFILTER_DEBUG"),
                   crawler=crawler)

    def request_fingerprint(self, request: Request) -> str:
        return self.fingerprinter.fingerprint(request).hex()

    def close(self, reason: str = "") -> None:
        """Keep the fingerprints: other workers of the round still use them."""
