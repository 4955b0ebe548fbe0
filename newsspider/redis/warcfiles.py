"""WARC files as the units of work of Redis workers (``scrapy crawl warc`` with
``NEWSSPIDER_REDIS_URL``): N workers split a month of CC-NEWS, each file read once.

Keys (``P`` is ``NEWSSPIDER_REDIS_PREFIX``):

- ``P:warc:files``: the files waiting (absolute paths; every worker must see
  them at that path: a shared folder or mount);
- ``P:warc:queued``: every file queued this round, so that workers all started
  with the same ``-a files=`` queue each file once;
- ``P:warc:taken:<worker>``: the files a worker took and has not finished;
  ``P:warc:holders``: the workers that hold some; ``P:warc:reading``: those
  of them still reading (the others wait for these, since one may die and
  give its files back; a worker that has read everything it took only waits
  for its last batch to be stored, and is not waited for).

A worker keeps the files it took until its last batch is stored (the engine
has stopped): a worker killed at any point gives all of them back, once the
other workers have reaped it (:meth:`newsspider.redis.worker.RedisWorker.reap_dead`
releases the claims of its unfinished batch first). The next reader of such
a file exports the stories whose batch was lost, and skips as unchanged
those already stored: no story lost, none twice. A worker killed after reading
everything it took but before its last batch is stored gives its files back
to the queue only for a worker still running or started later. A round ends
when no file waits and no worker holds one; the next push starts a new round (files may
then be read again, e.g. after an extractor change).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from pathlib import Path

from scrapy import signals
from scrapy.crawler import Crawler

from newsspider.redis.worker import RedisWorker, redis_worker

logger = logging.getLogger(__name__)

#: Seconds between two looks at the queue while other workers still hold files.
POLL_INTERVAL = 0.5

#: KEYS: files, queued, holders. ARGV: paths. Starts a new round when the last one
#: is over, queues each path once per round; returns how many were queued.
PUSH = """
if redis.call('LLEN', KEYS[1]) == 0 and redis.call('SCARD', KEYS[3]) == 0 then
  redis.call('DEL', KEYS[2])
end
local n = 0
for _, path in ipairs(ARGV) do
  if redis.call('SADD', KEYS[2], path) == 1 then
    redis.call('RPUSH', KEYS[1], path)
    n = n + 1
  end
end
return n
"""
#: KEYS: files, taken, holders, reading. ARGV: worker. The next file, now held by
#: the worker; with none left, the worker is no longer reading.
TAKE = """
local path = redis.call('LMOVE', KEYS[1], KEYS[2], 'LEFT', 'RIGHT')
if path then
  redis.call('SADD', KEYS[3], ARGV[1])
  redis.call('SADD', KEYS[4], ARGV[1])
else
  redis.call('SREM', KEYS[4], ARGV[1])
end
return path
"""
#: KEYS: files, taken, holders, workers, reading. ARGV: worker. Gives a reaped
#: worker's files back (first in line); nothing while it is still registered.
GIVE_BACK = """
if redis.call('HEXISTS', KEYS[4], ARGV[1]) == 1 then return 0 end
local n = 0
while redis.call('LMOVE', KEYS[2], KEYS[1], 'RIGHT', 'LEFT') do n = n + 1 end
redis.call('SREM', KEYS[3], ARGV[1])
redis.call('SREM', KEYS[5], ARGV[1])
return n
"""


class WarcFileQueue:
    def __init__(self, worker: RedisWorker) -> None:
        self.worker = worker
        self.client = worker.client
        self.files = worker.key("warc", "files")
        self.queued = worker.key("warc", "queued")
        self.holders = worker.key("warc", "holders")
        self.reading = worker.key("warc", "reading")
        self.taken = self.taken_key(worker.id)

    def taken_key(self, worker_id: str) -> str:
        return self.worker.key("warc", "taken", worker_id)

    def push(self, paths: Iterable[Path]) -> int:
        """Queue files not queued yet this round; how many were."""
        names = [str(Path(p).resolve()) for p in paths]
        return int(self.client.eval(PUSH, 3, self.files, self.queued, self.holders, *names)) if names else 0

    async def next_file(self) -> Path | None:
        """The next file to read; waits while other workers are still reading (one of
        them may die and give its files back); None when the round's work is done."""
        while True:
            self.give_back_dead()
            raw = self.client.eval(TAKE, 4, self.files, self.taken, self.holders, self.reading, self.worker.id)
            if raw is not None:
                return Path(raw.decode())
            if not self.others_reading():
                return None
            await asyncio.sleep(POLL_INTERVAL)

    def others_reading(self) -> bool:
        return any(raw.decode() != self.worker.id for raw in self.client.smembers(self.reading))

    def give_back_dead(self) -> int:
        """Reap dead workers, then put the files they held back in the queue."""
        self.worker.reap_dead()
        given = 0
        for raw in self.client.smembers(self.holders):
            holder = raw.decode()
            if holder == self.worker.id or self.client.exists(self.worker.key("alive", holder)):
                continue
            n = int(self.client.eval(GIVE_BACK, 5, self.files, self.taken_key(holder), self.holders,
                                     self.worker.key("workers"), self.reading, holder))
            if n:
                logger.warning("%(n)d WARC files of dead worker %(worker)s queued again", {"n": n, "worker": holder})
            given += n
        return given

    def finish(self) -> None:
        """Every file this worker took is done (its last batch is stored)."""
        with self.client.pipeline() as pipe:
            pipe.delete(self.taken)
            pipe.srem(self.holders, self.worker.id)
            pipe.srem(self.reading, self.worker.id)
            pipe.execute()


def warc_file_queue(crawler: Crawler) -> WarcFileQueue:
    """The shared queue of WARC files; this worker's files are finished when the engine stops."""
    queue = WarcFileQueue(redis_worker(crawler))
    crawler.signals.connect(queue.finish, signal=signals.engine_stopped, weak=False)
    return queue
