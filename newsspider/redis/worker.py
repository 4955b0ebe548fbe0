"""One crawler process among several sharing a Redis server: its identity,
heartbeat and the reaping of workers that died.

A worker registers in ``P:workers`` and keeps ``P:alive:<id>`` alive from a
thread (so that a long parse holding the reactor never makes a live worker
look dead); the key expires ``NEWSSPIDER_REDIS_HEARTBEAT`` seconds after the
process stops refreshing it (SIGKILL, power cut, frozen machine).

Every worker reaps dead ones (at start, every heartbeat period and when it
runs out of work): in one Lua script, a dead worker's batches that were
renamed into place are committed, the requests it had taken from a queue go
back to their queue (and the start URL entries it had taken to their list),
its other claims are released and the requests that produced them requeued. A batch counts as renamed when the reaper sees the
final file and no ``.part`` (workers sharing the archive folder); a batch
file it cannot see is treated as lost, so its stories are fetched again: at
worst a line twice, never a story missing.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import redis
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newsspider.batchfiles import PART_SUFFIX, partial_path
from newsspider.redis import scripts

logger = logging.getLogger(__name__)


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def default_worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


class RedisWorker:
    def __init__(self, client: redis.Redis, prefix: str, worker_id: str, spider: str,
                 heartbeat: float) -> None:
        self.client = client
        self.prefix = prefix
        self.id = worker_id
        self.spider = spider
        self.heartbeat = heartbeat
        self.users = 0
        self.info = ""
        #: What settling a dead process of the same name did at start.
        self.settled: Counter[str] = Counter()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisWorker:
        settings = crawler.settings
        assert crawler.spider is not None
        client = redis.Redis.from_url(settings["NEWSSPIDER_REDIS_URL"], socket_timeout=30,
                                      socket_connect_timeout=30, retry_on_timeout=True)
        return cls(client, settings["NEWSSPIDER_REDIS_PREFIX"], settings["NEWSSPIDER_WORKER"],
                   crawler.spider.name, settings.getfloat("NEWSSPIDER_REDIS_HEARTBEAT"))

    def key(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))

    def mine(self, what: str) -> str:
        """``P:worker:<id>:<what>``: ``claims``, ``batches``, ``inflight``, ``idle`` or ``starts``."""
        return self.key("worker", self.id, what)

    # --- lifetime -------------------------------------------------------------

    def acquire(self) -> None:
        """Register the worker (first user) and start its heartbeat."""
        self.users += 1
        if self.users > 1:
            return
        self.info = json.dumps({"host": socket.gethostname(), "pid": os.getpid(), "spider": self.spider,
                                "started": now()})
        if self.client.hexists(self.key("workers"), self.id):
            if self.client.exists(self.key("alive", self.id)):
                raise RuntimeError(f"another live worker is named {self.id!r}: set NEWSSPIDER_WORKER")
            # This name's last process died: settle it before reusing the name.
            self.settled.update(self._reap(self.id))
        self._beat()
        self._stop.clear()
        self._thread = threading.Thread(target=self._beat_forever, name="newsspider-heartbeat", daemon=True)
        self._thread.start()

    def release(self) -> int:
        """Unregister (last user): claims never stored and requests not finished
        go back to the shared queue. Returns how many claims were released."""
        self.users -= 1
        if self.users > 0:
            return 0
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        released = int(self.client.eval(scripts.RELEASE, 0, self.prefix, self.id))
        self.client.delete(self.mine("batches"), self.mine("idle"))
        self.client.srem(self.key(self.spider, "round"), self.id)
        self.client.hdel(self.key("workers"), self.id)
        self.client.delete(self.key("alive", self.id))
        return released

    def _beat(self) -> bool:
        """Refresh the heartbeat (alive key first, so that a registered worker is
        never seen without it); True when the worker had to register (again)."""
        with self.client.pipeline() as pipe:
            pipe.set(self.key("alive", self.id), "1", px=int(self.heartbeat * 1000))
            pipe.hsetnx(self.key("workers"), self.id, self.info)
            return bool(pipe.execute()[1])

    def _beat_forever(self) -> None:
        while not self._stop.wait(self.heartbeat / 3):
            try:
                if self._beat():
                    logger.error("This worker was taken for dead (no heartbeat for %(s)s s) and its work "
                                 "given to others; registered again", {"s": self.heartbeat})
            except redis.RedisError as exc:  # Redis restarting: try again at the next beat
                logger.warning("Heartbeat not sent to Redis: %(error)s", {"error": exc})

    # --- other workers ----------------------------------------------------------

    def others(self) -> dict[str, dict[str, Any]]:
        """Registered workers of the same spider, this one excepted."""
        entries = self.client.hgetall(self.key("workers"))
        result = {}
        for raw_id, raw_info in entries.items():
            worker_id = raw_id.decode()
            info = json.loads(raw_info)
            if worker_id != self.id and info.get("spider") == self.spider:
                result[worker_id] = info
        return result

    def mark_idle(self) -> None:
        """This worker has run out of work (until it takes a request again)."""
        self.client.set(self.mine("idle"), "1")

    def others_busy(self) -> bool:
        """Whether another worker of the spider may still add work to the shared
        queue: it has requests in flight, or it died and is not reaped yet, or
        it holds claims while not idle. The last: a worker killed just after
        its last request's item was exported has nothing in flight, but its
        claims go back to the queue only when its heartbeat lapses and it is
        reaped; an idle worker's claims (its last batch, stored when it
        closes) are no reason to wait, else idle workers would wait for each
        other."""
        for worker_id in self.others():
            if not self.client.exists(self.key("alive", worker_id)):
                return True
            if self.client.hlen(self.key("worker", worker_id, "inflight")):
                return True
            if (self.client.scard(self.key("worker", worker_id, "claims"))
                    and not self.client.exists(self.key("worker", worker_id, "idle"))):
                return True
        return False

    def reap_dead(self) -> Counter[str]:
        """Settle every registered worker whose heartbeat lapsed (any spider)."""
        recovered: Counter[str] = Counter()
        for raw_id in self.client.hkeys(self.key("workers")):
            worker_id = raw_id.decode()
            if worker_id != self.id and not self.client.exists(self.key("alive", worker_id)):
                recovered.update(self._reap(worker_id))
        return recovered

    def _reap(self, worker_id: str) -> Counter[str]:
        batches = self.client.hgetall(self.key("worker", worker_id, "batches"))
        renamed = []
        unseen = 0
        for raw_path, state in batches.items():
            final = Path(raw_path.decode())
            partial = partial_path(final)
            if state != b"ready":
                continue
            if final.exists() and not partial.exists():
                renamed.append(str(final))
            elif not partial.exists():
                unseen += 1
        result = self.client.eval(scripts.REAP, 0, self.prefix, worker_id, now(), *renamed)
        if not result:
            return Counter()
        committed, requeued, released, paths = result
        removed = 0
        for raw_path in paths:
            partial = Path(raw_path.decode() + PART_SUFFIX)
            if partial.exists():
                partial.unlink()
                removed += 1
        counts = Counter({"workers_reaped": 1, "committed": committed, "requeued": requeued,
                          "forgotten": released, "parts_removed": removed, "batches_unseen": unseen})
        logger.warning("Reaped worker %(worker)s (heartbeat lapsed): %(counts)s",
                       {"worker": worker_id, "counts": dict(+counts)})
        if unseen:
            logger.warning("%(n)d complete batch files of worker %(worker)s are not visible here; their "
                           "stories are fetched again (share the archive folder between workers to avoid it)",
                           {"n": unseen, "worker": worker_id})
        return +counts

    def join_round(self, dupefilter_key: str) -> bool:
        """Join the spider's current round, or start a new one (clearing the
        duplicate filter) when no live worker is in one. True for a new round."""
        return bool(self.client.eval(scripts.JOIN_ROUND, 0, self.prefix, self.id, self.spider, dupefilter_key))


def redis_worker(crawler: Crawler) -> RedisWorker:
    """The crawl's worker: an extension the Redis add-on enables
    (``crawler.get_extension``; available once the extensions are built)."""
    worker = crawler.get_extension(RedisWorker)
    if worker is None:
        raise NotConfigured("no Redis worker: NEWSSPIDER_REDIS_URL is not set")
    return worker
