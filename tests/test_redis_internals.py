"""The private Scrapy and scrapy-redis attributes ``newsspider/redis/internals.py``
relies on are still there: fail here, loudly, when an upgrade changes them
(each has no public API; see that module)."""

from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.core.engine import ExecutionEngine, _Slot

from newsspider.redis import internals

scrapy_redis_queue = pytest.importorskip("scrapy_redis.queue")


def test_the_engine_slot_tracks_requests_in_progress_and_can_be_woken() -> None:
    assert "_slot" in ExecutionEngine.__init__.__code__.co_names, "ExecutionEngine no longer has _slot"
    assert {"inprogress", "nextcall"} <= set(_Slot.__init__.__code__.co_names), \
        "ExecutionEngine._slot lost inprogress or nextcall"
    assert {"add_request", "remove_request"} <= set(vars(_Slot))


def test_the_helpers_read_an_engine_slot() -> None:
    class Slot:
        def __init__(self) -> None:
            self.inprogress = {"a request"}
            self.woken = 0
            self.nextcall = self

        def schedule(self) -> None:
            self.woken += 1

    class Crawler:
        engine = type("Engine", (), {"_slot": Slot()})()

    crawler = Crawler()
    assert "a request" in internals.requests_in_progress(crawler)  # type: ignore[arg-type]
    internals.wake(crawler)  # type: ignore[arg-type]
    assert crawler.engine._slot.woken == 1


def test_scrapy_redis_queues_still_encode_and_decode_requests() -> None:
    from scrapy.utils.test import get_crawler
    from scrapy.spiders import Spider

    crawler = get_crawler(Spider)
    spider = Spider.from_crawler(crawler, name="s")
    queue = scrapy_redis_queue.PriorityQueue(server=None, spider=spider, key="k")
    for name in ("_encode_request", "_decode_request"):
        assert callable(getattr(queue, name, None)), f"scrapy-redis queues lost {name}"
    request = Request("https://example.com/a", priority=3, meta={"listed_date": "2026-11-30"})
    again = internals.decode_request(queue, internals.encode_request(queue, request))
    assert (again.url, again.priority, again.meta["listed_date"]) == (request.url, 3, "2026-11-30")
