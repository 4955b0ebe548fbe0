"""scrapy-redis's priority queue, with requests kept "in flight" until done.

scrapy-redis pops a request off the shared queue and forgets it: if the
worker is killed before the request is finished, the request is lost (and
the duplicate filter keeps it from ever being scheduled again). Here a pop
moves the request, in one Lua step, into the worker's in-flight hash
(``P:worker:<id>:inflight``); it leaves that hash when the engine has
finished with it (downloaded, parsed, its items through the pipelines and
its new requests in the queue), or goes back to the queue if the worker
dies first (see :mod:`newsspider.redis.worker`). Likewise a new request is
recorded in the duplicate filter and queued in one step
(:meth:`InflightPriorityQueue.push_unseen`): a worker killed between the two
would lose it, since fetching its parent again finds it already seen.
"""

from __future__ import annotations

import itertools
from collections.abc import Container
from typing import Any

from scrapy import Request
from scrapy_redis.queue import PriorityQueue

from newsspider.redis import scripts
from newsspider.redis.internals import decode_request, encode_request
from newsspider.redis.worker import RedisWorker

#: ``request.meta`` key: the request's id in its worker's in-flight hash.
INFLIGHT = "newsspider_inflight"


class InflightPriorityQueue(PriorityQueue):
    def __init__(self, server: Any, spider: Any, key: str, serializer: Any = None, *,
                 worker: RedisWorker) -> None:
        super().__init__(server, spider, key, serializer)
        self.worker = worker
        self.inflight_key = worker.mine("inflight")
        self.idle_key = worker.mine("idle")
        #: Requests this worker popped and has not acknowledged, by id.
        self.taken: dict[str, Request] = {}
        self._ids = itertools.count(1)

    def push_unseen(self, request: Request, seen_key: str, fingerprint: str) -> bool:
        """Queue ``request`` unless ``fingerprint`` is in the duplicate filter
        ``seen_key``, recording it there in the same step. True when queued."""
        return bool(self.server.eval(scripts.PUSH_UNSEEN, 0, seen_key, self.key, fingerprint, -request.priority,
                                     encode_request(self, request)))

    def pop(self, timeout: int = 0) -> Request | None:
        request_id = str(next(self._ids))
        data = self.server.eval(scripts.POP, 0, self.key, self.inflight_key, request_id, self.idle_key)
        if data is None:
            return None
        request = decode_request(self, data)
        request.meta[INFLIGHT] = request_id
        self.taken[request_id] = request
        return request

    def settle(self, in_progress: Container[Request]) -> int:
        """Acknowledge the taken requests the engine has finished with."""
        done = [request_id for request_id, request in self.taken.items() if request not in in_progress]
        if done:
            self.server.hdel(self.inflight_key, *done)
            for request_id in done:
                del self.taken[request_id]
        return len(done)
