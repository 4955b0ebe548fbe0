"""Every use of a private attribute of Scrapy or scrapy-redis, in one place.

Neither offers a public API for these; each function names what it relies on,
and ``tests/test_redis_internals.py`` fails loudly when an upgrade changes it
(checked with Scrapy 2.13 to 2.19 and scrapy-redis 0.9):

- Scrapy's engine keeps the requests it took from the scheduler and has not
  finished in ``engine._slot.inprogress``, and schedules its next look at the
  scheduler with ``engine._slot.nextcall.schedule()``;
- scrapy-redis's queues serialise a request with ``_encode_request`` and read
  one back with ``_decode_request``.
"""

from __future__ import annotations

from collections.abc import Container
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler


def requests_in_progress(crawler: Crawler) -> Container[Request]:
    """The requests the engine took from the scheduler and has not finished
    (downloading, or its response being parsed and its items processed)."""
    slot = getattr(crawler.engine, "_slot", None)
    return slot.inprogress if slot is not None else ()


def wake(crawler: Crawler) -> None:
    """Make the engine ask the scheduler for requests now.

    An idle engine does so only every 5 seconds (its slot's heartbeat); a
    worker waiting for the shared queue to fill (another worker reading a
    sitemap) would idle that long.
    """
    slot = getattr(crawler.engine, "_slot", None)
    if slot is not None:
        slot.nextcall.schedule()


def encode_request(queue: Any, request: Request) -> bytes:
    """``request`` as a scrapy-redis queue stores it."""
    return queue._encode_request(request)  # type: ignore[no-any-return]


def decode_request(queue: Any, data: bytes) -> Request:
    """A request stored by a scrapy-redis queue."""
    return queue._decode_request(data)  # type: ignore[no-any-return]
