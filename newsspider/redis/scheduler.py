"""scrapy-redis's scheduler without the Scrapy APIs it uses that are deprecated
(``from_settings``, ``Spider.log``, stats calls with ``spider=``), with
requests kept in flight until done and new requests marked seen and queued
in one step (:mod:`newsspider.redis.queue`), and the queue always persisted:
it is shared, so a worker that ends never flushes it.
"""

from __future__ import annotations

import logging

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector
from scrapy_redis.scheduler import Scheduler

from newsspider.redis.dupefilter import RedisDupeFilter
from newsspider.redis.internals import requests_in_progress
from newsspider.redis.queue import InflightPriorityQueue
from newsspider.redis.worker import RedisWorker, redis_worker

logger = logging.getLogger(__name__)


class RedisScheduler(Scheduler):
    queue: InflightPriorityQueue
    df: RedisDupeFilter

    def __init__(self, crawler: Crawler, worker: RedisWorker, dupefilter: RedisDupeFilter) -> None:
        settings = crawler.settings
        super().__init__(worker.client, persist=True, queue_key=settings["SCHEDULER_QUEUE_KEY"],
                         dupefilter=dupefilter, dupefilter_key=dupefilter.key)
        self.crawler = crawler
        self.worker = worker
        self.stats: StatsCollector | None = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisScheduler:
        worker = redis_worker(crawler)
        worker.client.ping()
        return cls(crawler, worker, RedisDupeFilter.from_crawler(crawler))

    def open(self, spider: Spider) -> None:
        self.spider = spider
        self.queue = InflightPriorityQueue(self.server, spider, self.queue_key % {"spider": spider.name},
                                           worker=self.worker)
        self.worker.acquire()
        if self.worker.join_round(self.df.key):
            logger.info("First worker of this round of %(spider)s: duplicate filter cleared",
                        {"spider": spider.name})
        if len(self.queue):
            logger.info("Resuming crawl (%(n)d requests in the shared queue)", {"n": len(self.queue)})

    def close(self, reason: str) -> None:
        self.queue.settle(requests_in_progress(self.crawler))
        self.worker.release()

    def enqueue_request(self, request: Request) -> bool:
        if request.dont_filter:
            self.queue.push(request)
        elif not self.queue.push_unseen(request, self.df.key, self.df.request_fingerprint(request)):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        self.queue.settle(requests_in_progress(self.crawler))
        request = self.queue.pop()
        if request is not None and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request
