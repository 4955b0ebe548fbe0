"""The syndication index on Redis: every worker of a scaled-out crawl sees one index.

Implements :class:`newsspider.syndication.index.Storage` (the matching rule
is :class:`~newsspider.syndication.index.SyndicationIndex`'s, the same as
the embedded SQLite index). Keys, with ``P`` the prefix:

``P:syn:seq``           counter: copy ids, in the order copies were placed
``P:syn:copy:<id>``     hash: first, story, canonical, seen, shingles, signature
``P:syn:url:<hash>``    the copy id of a canonical URL
``P:syn:band:<key>``    list of copy ids sharing an LSH band key, earliest first

Every key expires ``NEWSSPIDER_SYNDICATION_WINDOW`` seconds after it was
last written (a band list lives on while copies join it; its members whose
copy has expired are skipped). One lookup and insert is done under a Redis
lock (``P:syn:lock``), so two workers placing copies of one story at the
same moment cannot both take it for the first.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from scrapy.crawler import Crawler

from newsspider.redis.worker import redis_worker
from newsspider.syndication.index import Entry
from newsspider.syndication.signature import Signature

#: Seconds the lock is held at most (a worker that dies holding it).
LOCK_TIMEOUT = 10


class RedisSyndicationStorage:
    def __init__(self, client: Any, prefix: str, window: float) -> None:
        self.client = client
        self.prefix = f"{prefix}:syn"
        self.window = max(1, int(window))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisSyndicationStorage:
        worker = redis_worker(crawler)
        return cls(worker.client, worker.prefix, crawler.settings.getfloat("NEWSSPIDER_SYNDICATION_WINDOW"))

    def key(self, *parts: object) -> str:
        return ":".join([self.prefix, *map(str, parts)])

    def exclusive(self) -> AbstractContextManager[object]:
        lock: AbstractContextManager[object] = self.client.lock(self.key("lock"), timeout=LOCK_TIMEOUT,
                                                               blocking_timeout=LOCK_TIMEOUT)
        return lock

    def by_url(self, urlhash: int) -> Entry | None:
        found = self.client.get(self.key("url", urlhash))
        return None if found is None else self.get(int(found))

    def get(self, entry_id: int) -> Entry | None:
        raw = self.client.hgetall(self.key("copy", entry_id))
        return _entry(entry_id, raw) if raw else None

    def candidates(self, band_keys: list[int], per_band: int) -> list[Entry]:
        pipe = self.client.pipeline(transaction=False)
        for band in band_keys:
            pipe.lrange(self.key("band", band), 0, per_band - 1)
        found = {band: [int(m) for m in members] for band, members in zip(band_keys, pipe.execute())}
        ids = sorted({entry_id for members in found.values() for entry_id in members})
        pipe = self.client.pipeline(transaction=False)
        for entry_id in ids:
            pipe.hgetall(self.key("copy", entry_id))
        entries = {i: _entry(i, raw) for i, raw in zip(ids, pipe.execute()) if raw}
        self._forget_expired(found, entries.keys())
        return list(entries.values())

    def _forget_expired(self, found: dict[int, list[int]], alive: Any) -> None:
        """Take expired copies off the head of their band lists, so that the
        earliest live copies are read next time."""
        pipe = self.client.pipeline(transaction=False)
        for band, members in found.items():
            for entry_id in members:
                if entry_id not in alive:
                    pipe.lrem(self.key("band", band), 1, entry_id)
        if len(pipe):
            pipe.execute()

    def insert(self, urlhash: int, first: int | None, story: str, canonical: str, seen: float,
               signature: Signature, band_keys: list[int]) -> int:
        entry_id = int(self.client.incr(self.key("seq")))
        pipe = self.client.pipeline(transaction=True)
        copy = self.key("copy", entry_id)
        pipe.hset(copy, mapping={"first": entry_id if first is None else first, "story": story,
                                 "canonical": canonical, "seen": int(seen), "shingles": signature.shingles,
                                 "signature": signature.to_bytes()})
        pipe.expire(copy, self.window)
        pipe.set(self.key("url", urlhash), entry_id, ex=self.window)
        for band in band_keys:
            pipe.rpush(self.key("band", band), entry_id)
            pipe.expire(self.key("band", band), self.window)
        pipe.execute()
        return entry_id

    def close(self) -> None:
        """The client is the worker's: it closes it."""


def _entry(entry_id: int, raw: dict[bytes, bytes]) -> Entry:
    return Entry(entry_id, int(raw[b"first"]), raw[b"story"].decode(), raw[b"canonical"].decode(),
                 float(raw[b"seen"]), Signature.from_bytes(raw[b"signature"], int(raw[b"shingles"])))


def redis_storage(crawler: Crawler) -> RedisSyndicationStorage:
    """``NEWSSPIDER_SYNDICATION_STORAGE`` under the Redis switch."""
    return RedisSyndicationStorage.from_crawler(crawler)
