"""The syndication index on Redis (``newsspider.redis.syndication``): its lock
never fails a placement, against a throwaway ``redis-server`` on 127.0.0.1.

A worker killed (SIGKILL) while it holds the lock leaves it until it expires;
the other workers' waits must outlast it, else each of them failed the item it
was placing and lost the story (seen as two articles missing, one per
surviving worker, in ``tests/e2e/test_redis_workers.py``).
"""

from __future__ import annotations

import logging

import pytest
from scrapy.statscollectors import StatsCollector
from scrapy.utils.test import get_crawler

from newsspider.syndication.index import SyndicationIndex, url_hash
from newsspider.syndication.signature import signature
from tests.helpers.redisfixtures import client, server  # noqa: F401 (fixtures)
from tests.helpers.wirestories import STORY, body

pytest.importorskip("redis")

from newsspider.redis.syndication import RedisSyndicationStorage  # noqa: E402

URL = "https://a.example/rbi"
#: Seconds a lock is held at most here (10 in a crawl): short, so that the tests are quick.
LOCK_TIMEOUT = 0.5
LOCK = "newsspider:syn3:lock"


@pytest.fixture
def stats() -> StatsCollector:
    return StatsCollector(get_crawler())


def storage(client, stats: StatsCollector) -> RedisSyndicationStorage:
    return RedisSyndicationStorage(client, "newsspider", 86400, stats=stats, lock_timeout=LOCK_TIMEOUT)


def test_lock_of_a_killed_worker_delays_a_placement_but_never_fails_it(client, stats) -> None:
    # What a worker killed just after taking the lock leaves: the lock, expiring by itself.
    client.set(LOCK, "token of a dead worker", px=int(LOCK_TIMEOUT * 1000))
    placed = SyndicationIndex(storage(client, stats)).place(URL, signature(body(STORY)))
    assert placed.outcome == "new"
    assert storage(client, stats).by_url(url_hash(URL)) is not None
    assert not client.exists(LOCK)
    assert not stats.get_value("newsspider/syndicated/lock_not_acquired")


def test_lock_never_released_places_without_it(client, stats, caplog) -> None:
    client.set(LOCK, "held for good")  # no expiry: no waiting outlasts it
    with caplog.at_level(logging.WARNING, logger="newsspider.redis.syndication"):
        placed = SyndicationIndex(storage(client, stats)).place(URL, signature(body(STORY)))
    assert placed.outcome == "new"
    assert stats.get_value("newsspider/syndicated/lock_not_acquired") == 1
    assert "placed without it" in caplog.text
    assert client.get(LOCK) == b"held for good"  # another's lock is left alone


def test_lock_expired_while_held_is_not_released(client, stats) -> None:
    with storage(client, stats).exclusive():
        client.set(LOCK, "another worker's token")  # ours expired; another worker took it
    assert client.get(LOCK) == b"another worker's token"
    assert stats.get_value("newsspider/syndicated/lock_expired") == 1
