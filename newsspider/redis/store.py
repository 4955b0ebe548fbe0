"""The archive state on Redis, shared by every worker of a scaled-out crawl.

Implements :class:`~newsspider.state.protocol.Store`, with the same two-phase commit as the embedded
:class:`~newsspider.state.store.StateStore` (claim an item, tie the claims to
a complete batch file, commit them once it is renamed into place), with
workers instead of runs: a claim belongs to a worker (see
:mod:`newsspider.redis.worker`) and, if the worker dies before the batch
holding it is stored, it is released by a reaper and the request that
produced it goes back to the shared queue. Key layout: :mod:`newsspider.redis.scripts`.

A claim is decided in a ``WATCH``/``MULTI`` transaction on the story and its
claims, so two workers exporting one story at once cannot both get the same
version: one of the transactions fails, is retried, and sees the other's claim.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import time
from collections import Counter
from collections.abc import Collection, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

import redis
from scrapy.crawler import Crawler

from newsspider.redis import scripts
from newsspider.batchfiles import PART_SUFFIX
from newsspider.redis.worker import RedisWorker, now, redis_worker
from newsspider.state.store import (
    Decision,
    Fetch,
    Story,
    decide,
    read_lines,
    story_key,
)
from newsspider.urls import on_domains, url_key

logger = logging.getLogger(__name__)

STORY_FIELDS = ("url", "content_hash", "date_published", "date_modified", "listed_date", "etag",
                "last_modified")


class RedisStateStore:
    def __init__(self, worker: RedisWorker) -> None:
        self.worker = worker
        self.client = worker.client
        self.prefix = worker.prefix
        worker.acquire()
        #: What reaping dead workers did at start (see RedisWorker.reap_dead).
        self.recovered: Counter[str] = worker.settled + worker.reap_dead()

    @classmethod
    def from_crawler(cls, crawler: Crawler, folder: str | os.PathLike[str] | None = None, *,
                     job: str | None = None) -> RedisStateStore:
        """``folder`` and ``job`` (the embedded store's) are not used: the state is on Redis."""
        return cls(redis_worker(crawler))

    def key(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))

    def close(self) -> None:
        """Release the claims that never reached a stored batch (their requests
        are queued again) and remove this worker's unfinished ``.part`` files."""
        for raw_path in self.client.hkeys(self.worker.mine("batches")):
            Path(raw_path.decode() + PART_SUFFIX).unlink(missing_ok=True)
        forgotten = self.worker.release()
        if forgotten:
            logger.warning("%(n)d exported items never reached a stored feed file; they are not "
                           "counted as archived and will be exported again", {"n": forgotten})

    # --- lookups ------------------------------------------------------------

    def story(self, key: str) -> Story | None:
        return _story(key, self.client.hgetall(self.key("story", key)))

    def story_for_url(self, url: str) -> Story | None:
        """The archived story a URL was fetched for (through its aliases)."""
        ukey = url_key(url)
        key = self.client.hget(self.key("alias"), ukey)
        return self.story(key.decode() if key else ukey)

    def mark_listed(self, keys: Iterable[str], when: str | None = None) -> None:
        """Stories (keys) this worker saw in a feed or sitemap: listed now (``P:listed``)."""
        stamp = datetime.fromisoformat(when).timestamp() if when else time.time()
        mapping = {key: stamp for key in keys}
        if mapping:
            self.client.zadd(self.key("listed"), mapping)

    def unlisted_stories(self, not_listed_since: str, published_since: str, limit: int,
                         domains: Collection[str] = ()) -> list[Story]:
        """As ``StateStore.unlisted_stories``, among the stories a listing showed at
        least once (``P:listed``: Redis keeps no index of every story)."""
        cutoff = datetime.fromisoformat(not_listed_since).timestamp()
        found: list[tuple[str, Story]] = []
        for raw in self.client.zrangebyscore(self.key("listed"), "-inf", f"({cutoff}"):
            key = raw.decode()
            data = self.client.hgetall(self.key("story", key))
            story = _story(key, data)
            published = story.date_published if story else None
            first = data.get(b"first_archived", b"").decode()
            if story is None or story.removed or (published or first) < published_since:
                continue
            if not story.url or not on_domains(story.url, domains):
                continue
            found.append((data.get(b"last_checked", b"").decode(), story))
        return [story for _, story in sorted(found, key=lambda pair: pair[0])[:limit]]

    def _latest(self, pipe: Any, key: str) -> Story | None:
        committed = _story(key, pipe.hgetall(self.key("story", key)))
        claims = pipe.hgetall(self.key("claims", key))
        if not claims:
            return committed
        version = max(int(v) for v in claims)
        if committed is not None and committed.version >= version:
            return committed
        data = json.loads(claims[str(version).encode()])
        return Story(key=key, version=version, removed=bool(data.get("removed")), committed=False,
                     **{name: data.get(name) for name in STORY_FIELDS})

    # --- claims -------------------------------------------------------------

    def claim(self, fetch: Fetch) -> Decision:
        """Decide whether ``fetch`` is exported and as which version; claim it if so."""
        story, claims = self.key("story", fetch.key), self.key("claims", fetch.key)
        with self.client.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(story, claims)
                    latest = self._latest(pipe, fetch.key)
                    decision = decide(latest, fetch)
                    pipe.multi()
                    if fetch.url:
                        pipe.hset(self.key("alias"), url_key(fetch.url), fetch.key)
                    if decision.export:
                        assert decision.version is not None
                        content_hash = latest.content_hash if fetch.removed and latest else fetch.content_hash
                        claim = {"url": fetch.canonical or fetch.url, "content_hash": content_hash,
                                 "removed": fetch.removed, "date_published": fetch.date_published,
                                 "date_modified": fetch.date_modified, "listed_date": fetch.listed_date,
                                 "etag": fetch.etag, "last_modified": fetch.last_modified,
                                 "worker": self.worker.id, "claimed": now()}
                        pipe.hset(claims, str(decision.version),
                                  json.dumps({k: v for k, v in claim.items() if v is not None}))
                        pipe.sadd(self.worker.mine("claims"), f"{fetch.key}\t{decision.version}")
                    elif decision.outcome == "unchanged":
                        self._touch(pipe, fetch)
                    pipe.execute()
                    return decision
                except redis.WatchError:
                    continue

    def _touch(self, pipe: Any, fetch: Fetch) -> None:
        """Remember a fetch that changed nothing (on an archived story): its
        listing date and validators let the next run skip the page."""
        story = self.key("story", fetch.key)
        fields = {"last_checked": now()}
        if fetch.listed_date:
            fields["listed_date"] = fetch.listed_date
        for name in ("etag", "last_modified"):
            value = getattr(fetch, name)
            if value:
                fields[name] = value
            else:
                pipe.hdel(story, name)
        pipe.hset(story, mapping=fields)

    def touch(self, fetch: Fetch) -> None:
        story = self.key("story", fetch.key)
        with self.client.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(story)
                    if not pipe.exists(story):
                        return
                    pipe.multi()
                    self._touch(pipe, fetch)
                    pipe.execute()
                    return
                except redis.WatchError:
                    continue

    def attach(self, inflight: str, key: str, version: int) -> bool:
        """Keep the request that produced a claim with the claim (instead of the
        worker's in-flight requests) until its batch is stored."""
        return bool(self.client.eval(scripts.ATTACH, 0, self.prefix, self.worker.id, inflight, key, version))

    # --- batches ------------------------------------------------------------

    def batch_opened(self, path: str | os.PathLike[str]) -> None:
        """Called before ``<path>.part`` is created."""
        self.client.hset(self.worker.mine("batches"), str(path), "open")

    def batch_ready(self, path: str | os.PathLike[str], partial: str | os.PathLike[str]) -> int:
        """Tie this worker's claims found in the complete ``partial`` file to the
        batch ``path``; called just before the rename. Lines whose claim this
        worker no longer holds (a reaper took it for dead) are removed from the
        file: another worker exports them. Returns how many claims were tied."""
        pairs: list[str] = []
        for data in read_lines(Path(partial)):
            key, version = story_key(data), data.get("version")
            if key is not None and isinstance(version, int):
                pairs += [key, str(version)]
        tied, foreign = self.client.eval(scripts.TIE, 0, self.prefix, self.worker.id, str(path), *pairs)
        if foreign:
            lost = {member.decode() for member in foreign}
            logger.error("%(n)d items of %(path)s were claimed by this worker but released by another "
                         "one that took it for dead; they are left out of the file",
                         {"n": len(lost), "path": str(path)})
            _drop_lines(Path(partial), lost)
        return int(tied)

    def batch_stored(self, path: str | os.PathLike[str]) -> int:
        """The batch file is in place: its claims are archived. Returns how many."""
        return int(self.client.eval(scripts.COMMIT, 0, self.prefix, self.worker.id, str(path), now()))


def _story(key: str, raw: dict[bytes, bytes]) -> Story | None:
    if not raw:
        return None
    data = {name.decode(): value.decode() for name, value in raw.items()}
    return Story(key=key, version=int(data["version"]), removed=data.get("removed") == "1",
                 **{name: data.get(name) for name in STORY_FIELDS})


def _drop_lines(partial: Path, members: set[str]) -> None:
    """Rewrite ``partial`` without the lines of the given ``key\\tversion``."""
    with partial.open("rb") as raw:
        gzipped = raw.read(2) == b"\x1f\x8b"
    opener: Any = gzip.open if gzipped else open
    with opener(partial, "rb") as file:
        lines = file.readlines()
    kept = []
    for line in lines:
        try:
            data = json.loads(line)
        except ValueError:
            kept.append(line)
            continue
        if not isinstance(data, dict) or f"{story_key(data)}\t{data.get('version')}" not in members:
            kept.append(line)
    rewritten = partial.with_name(partial.name + ".rewrite")
    with opener(rewritten, "wb") as file:
        file.writelines(kept)
    os.replace(rewritten, partial)
