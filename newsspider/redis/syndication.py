"""The syndication index on Redis: every worker of a scaled-out crawl sees one index.

Implements :class:`newsspider.syndication.index.Storage` (the matching rule
is :class:`~newsspider.syndication.index.SyndicationIndex`'s, the same as
the embedded SQLite index). Keys, with ``P`` the prefix and ``W`` the window:

``P:syn3:seq``                  counter: copy ids, in the order copies were placed
``P:syn3:copy:<id>``            hash: first, story, canonical, seen, shingles, signature (expires after W)
``P:syn3:url:<hash>``           the copy id of a canonical URL (expires after W)
``P:syn3:band:<slice>:<low>``   hash: field ``<band key >> 16>`` (with ``low``, its
                                16 low bits: one band key) → the ids of the earliest
                                :data:`~newsspider.syndication.index.PER_BAND` copies
                                placed with that key in the slice, comma-separated

Band keys are grouped: one small hash per (slice, 16 low bits), not one list
per key. A list per key (20 keys with their own overhead) took 5,940 bytes
of Redis memory per story, these 1,743, at 20,000 stories
(``benchmarks/bench_syndication.py redis``; less per story as the hashes
fill): small hashes are stored packed. A slice is ``W`` seconds of time
(``seen // W``); a lookup reads the current and the previous slice (earliest
first) and a slice's hashes expire at the end of the next one, so band
entries live between one and two windows, their copies exactly one (an id
whose copy has expired is skipped).

One lookup and insert is done under a Redis lock (``P:syn3:lock``), so two
workers placing copies of one story at the same moment cannot both take it
for the first. The lock never fails a placement (see :func:`lock_held`): a worker
killed holding it (SIGKILL) keeps it until it expires, ``LOCK_TIMEOUT``
seconds after it was taken, and a worker that gave up waiting sooner would
fail its item: a story lost. ``syn3``: the signatures of the index's third version (shingles hashed
from word hashes, see :mod:`newsspider.syndication.signature`; keys of
earlier versions expire by themselves).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from redis.exceptions import LockNotOwnedError
from redis.lock import Lock
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

from newsspider.redis.worker import redis_worker
from newsspider.syndication.index import PER_BAND, Entry
from newsspider.syndication.signature import Signature
from newsspider.stats import count

logger = logging.getLogger(__name__)

#: Seconds the lock is held at most (a worker that dies holding it).
LOCK_TIMEOUT = 10
#: How many lock timeouts a worker waits for the lock before placing without it:
#: more than one, so that a dead holder's lock always expires first.
LOCK_WAITS = 2


#: Band keys grouped by their 16 low bits: one hash per group and slice.
LOW_BITS = 16


class RedisSyndicationStorage:
    def __init__(self, client: Any, prefix: str, window: float, *, stats: StatsCollector | None = None,
                 lock_timeout: float = LOCK_TIMEOUT) -> None:
        self.client = client
        self.prefix = f"{prefix}:syn3"
        self.window = max(1, int(window))
        self.stats = stats
        self.lock_timeout = lock_timeout

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisSyndicationStorage:
        worker = redis_worker(crawler)
        return cls(worker.client, worker.prefix, crawler.settings.getfloat("NEWSSPIDER_SYNDICATION_WINDOW"),
                   stats=crawler.stats)

    def key(self, *parts: object) -> str:
        return ":".join([self.prefix, *map(str, parts)])

    def band(self, slice_: int, band_key: int) -> tuple[str, int]:
        """The hash and field of a band key in a slice."""
        return self.key("band", slice_, band_key & ((1 << LOW_BITS) - 1)), band_key >> LOW_BITS

    def exclusive(self) -> AbstractContextManager[object]:
        lock = self.client.lock(self.key("lock"), timeout=self.lock_timeout)
        return lock_held(lock, self.lock_timeout, self.stats)

    def by_url(self, urlhash: int) -> Entry | None:
        found = self.client.get(self.key("url", urlhash))
        return None if found is None else self.get(int(found))

    def get(self, entry_id: int) -> Entry | None:
        raw = self.client.hgetall(self.key("copy", entry_id))
        return _entry(entry_id, raw) if raw else None

    def candidates(self, band_keys: list[int], per_band: int) -> list[Entry]:
        current = int(time.time()) // self.window
        pipe = self.client.pipeline(transaction=False)
        for band_key in band_keys:
            for slice_ in (current - 1, current):
                pipe.hget(*self.band(slice_, band_key))
        found = pipe.execute()
        ids: set[int] = set()
        for n in range(0, len(found), 2):
            ids.update(_ids(found[n] or b"", found[n + 1] or b"")[:per_band])
        ordered = sorted(ids)
        pipe = self.client.pipeline(transaction=False)
        for entry_id in ordered:
            pipe.hgetall(self.key("copy", entry_id))
        return [_entry(i, raw) for i, raw in zip(ordered, pipe.execute()) if raw]

    def insert(self, urlhash: int, first: int | None, story: str, canonical: str, seen: float,
               signature: Signature, band_keys: list[int]) -> int:
        slice_ = int(seen) // self.window
        bands = [self.band(slice_, band_key) for band_key in band_keys]
        pipe = self.client.pipeline(transaction=False)
        pipe.incr(self.key("seq"))
        for name, field in bands:
            pipe.hget(name, field)
        entry_id, *members = pipe.execute()
        pipe = self.client.pipeline(transaction=True)
        copy = self.key("copy", entry_id)
        pipe.hset(copy, mapping={"first": entry_id if first is None else first, "story": story,
                                 "canonical": canonical, "seen": int(seen), "shingles": signature.shingles,
                                 "signature": signature.to_bytes()})
        pipe.expire(copy, self.window)
        pipe.set(self.key("url", urlhash), entry_id, ex=self.window)
        ends = (slice_ + 2) * self.window
        for (name, field), held in zip(bands, members):
            if held is None:
                pipe.hset(name, str(field), entry_id)
                pipe.expireat(name, ends)
            elif held.count(b",") + 1 < PER_BAND:
                pipe.hset(name, str(field), held + b"," + str(entry_id).encode())
        pipe.execute()
        return int(entry_id)

    def close(self) -> None:
        """The client is the worker's: it closes it."""


@contextmanager
def lock_held(lock: Lock, timeout: float, stats: StatsCollector | None) -> Iterator[None]:
    """``lock`` held around one placement, which it never fails.

    The wait (``LOCK_WAITS`` times the lock's ``timeout``) outlasts the lock,
    so a lock left by a dead worker has expired before a waiter gives up. Where
    the lock cannot be had even so (other workers taking it in turn all along), the placement
    is made without it, and where it expired while held (this worker stalled
    longer than its timeout) its release is skipped: at worst two copies of one
    story placed at that moment are both taken for the first, counted
    (``newsspider/syndicated/lock_not_acquired``, ``lock_expired``); the item
    is exported either way, where an exception would have lost its story.
    """
    wait = LOCK_WAITS * timeout
    acquired = bool(lock.acquire(blocking_timeout=wait))
    if not acquired:
        _note(stats, "lock_not_acquired", "Syndication index lock not acquired in %(s)s s: story placed without it",
              wait)
    try:
        yield
    finally:
        if acquired:
            try:
                lock.release()
            except LockNotOwnedError:
                _note(stats, "lock_expired", "Syndication index lock expired while held (more than %(s)s s): "
                      "another worker may have placed a copy at the same moment", timeout)


def _note(stats: StatsCollector | None, outcome: str, message: str, seconds: float) -> None:
    logger.warning(message, {"s": seconds})
    if stats is not None:
        count(stats, "syndicated", outcome)


def _ids(*held: bytes) -> list[int]:
    """The ids of band hash values, in order (the previous slice's first)."""
    return [int(i) for value in held for i in value.split(b",") if i]


def _entry(entry_id: int, raw: dict[bytes, bytes]) -> Entry:
    return Entry(entry_id, int(raw[b"first"]), raw[b"story"].decode(), raw[b"canonical"].decode(),
                 float(raw[b"seen"]), Signature.from_bytes(raw[b"signature"], int(raw[b"shingles"])))


def redis_storage(crawler: Crawler) -> RedisSyndicationStorage:
    """``NEWSSPIDER_SYNDICATION_STORAGE`` under the Redis switch."""
    return RedisSyndicationStorage.from_crawler(crawler)
