"""The archive state on Redis (``newsspider.redis.store``) and the
reaping of dead workers, against a throwaway ``redis-server`` on 127.0.0.1."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from tests.helpers.redisfixtures import client, server  # noqa: F401 (fixtures)

pytest.importorskip("scrapy_redis")

from newsspider.redis.worker import RedisWorker
from newsspider.redis.store import RedisStateStore
from newsspider.state.store import Fetch, story_key

URL = "https://example.com/news/story-1.html"
KEY = story_key({"url": URL})
QUEUE = "newsspider:news:requests"


def worker(client, name: str, heartbeat: float = 30) -> RedisWorker:
    return RedisWorker(client, "newsspider", name, "news", heartbeat)


def store(client, name: str) -> RedisStateStore:
    return RedisStateStore(worker(client, name))


def fetch(content_hash: str = "h1", **fields) -> Fetch:
    return Fetch(key=KEY, url=URL, canonical=URL, content_hash=content_hash, **fields)


def write_batch(path: Path, *versions: int) -> Path:
    """A complete ``.part`` file holding the story in these versions."""
    partial = path.with_name(path.name + ".part")
    partial.write_text("".join(json.dumps({"url": URL, "version": v}) + "\n" for v in versions))
    return partial


def store_batch(state: RedisStateStore, path: Path, *versions: int) -> int:
    """What the feed storage does: open, tie, rename, commit."""
    state.batch_opened(path)
    partial = write_batch(path, *versions)
    state.batch_ready(path, partial)
    partial.rename(path)
    return state.batch_stored(path)


def die(client, dead: RedisWorker) -> None:
    """SIGKILL, as the others see it: the heartbeat stops and lapses."""
    dead._stop.set()
    if dead._thread is not None:
        dead._thread.join()
    client.delete(dead.key("alive", dead.id))


def test_new_then_duplicate_then_unchanged_then_changed(client, tmp_path: Path) -> None:
    state = store(client, "w1")
    first = state.claim(fetch(listed_date="2026-11-20T10:00:00+05:30"))
    assert (first.outcome, first.version) == ("new", 1)
    assert state.claim(fetch()).outcome == "duplicate"  # claimed, batch not stored yet
    assert store_batch(state, tmp_path / "b1.jsonl", 1) == 1
    story = state.story_for_url(URL + "?utm_source=feed")
    assert story is not None and (story.version, story.content_hash, story.committed) == (1, "h1", True)
    assert story.listed_date == "2026-11-20T10:00:00+05:30"
    assert state.claim(fetch(etag='"abc"')).outcome == "unchanged"
    assert state.story(KEY).etag == '"abc"'
    changed = state.claim(fetch("h2"))
    assert (changed.outcome, changed.version, changed.previous) == ("changed", 2, "h1")
    assert store_batch(state, tmp_path / "b2.jsonl", 2) == 1
    removed = state.claim(Fetch(key=KEY, url=URL, removed=True))
    assert (removed.outcome, removed.version, removed.previous) == ("removed", 3, "h2")
    assert store_batch(state, tmp_path / "b3.jsonl", 3) == 1
    assert state.story(KEY).removed
    assert state.claim(Fetch(key=KEY, url=URL, removed=True)).outcome == "already_removed"
    state.close()
    assert not client.hlen("newsspider:workers")


def test_two_workers_claiming_one_story_export_it_once(client) -> None:
    one, two = store(client, "w1"), store(client, "w2")
    decisions = [one.claim(fetch()), two.claim(fetch()), two.claim(fetch()), one.claim(fetch())]
    assert [d.outcome for d in decisions] == ["new", "duplicate", "duplicate", "duplicate"]


def test_closing_releases_unstored_claims_and_requeues_their_requests(client, tmp_path: Path) -> None:
    state = store(client, "w1")
    state.claim(fetch())
    client.hset(state.worker.mine("inflight"), "7", f"{QUEUE}\n-0\nREQUEST")
    assert state.attach("7", KEY, 1)
    state.batch_opened(tmp_path / "b1.jsonl")
    write_batch(tmp_path / "b1.jsonl", 1)
    state.close()
    assert not (tmp_path / "b1.jsonl.part").exists()
    assert client.zrange(QUEUE, 0, -1) == [b"REQUEST"]
    assert store(client, "w2").claim(fetch()).outcome == "new"


def test_a_dead_workers_claims_and_requests_go_back_to_the_queue(client, tmp_path: Path) -> None:
    dead = store(client, "w1")
    dead.claim(fetch())
    inflight = dead.worker.mine("inflight")
    client.hset(inflight, "1", f"{QUEUE}\n-0\nCLAIMED")
    client.hset(inflight, "2", f"{QUEUE}\n-5\nIN FLIGHT")
    dead.attach("1", KEY, 1)
    dead.batch_opened(tmp_path / "b1.jsonl")
    write_batch(tmp_path / "b1.jsonl", 1)
    die(client, dead.worker)
    survivor = store(client, "w2")
    assert survivor.recovered == {"workers_reaped": 1, "requeued": 1, "forgotten": 1, "parts_removed": 1}
    assert client.zrange(QUEUE, 0, -1, withscores=True) == [(b"IN FLIGHT", -5.0), (b"CLAIMED", 0.0)]
    assert not (tmp_path / "b1.jsonl.part").exists()
    assert survivor.claim(fetch()).outcome == "new"
    assert not survivor.worker.reap_dead()  # reaped once only


def test_a_dead_workers_renamed_batch_is_committed(client, tmp_path: Path) -> None:
    dead = store(client, "w1")
    dead.claim(fetch())
    path = tmp_path / "b1.jsonl"
    dead.batch_opened(path)
    dead.batch_ready(path, write_batch(path, 1))
    (tmp_path / "b1.jsonl.part").rename(path)  # killed right after the rename
    die(client, dead.worker)
    survivor = store(client, "w2")
    assert survivor.recovered["committed"] == 1
    assert survivor.story(KEY).version == 1
    assert survivor.claim(fetch()).outcome == "unchanged"


def test_a_live_worker_taken_for_dead_leaves_the_lost_items_out(client, tmp_path: Path) -> None:
    slow = store(client, "w1")
    slow.claim(fetch())
    die(client, slow.worker)  # its heartbeat lapsed, yet it still runs
    other = store(client, "w2")
    assert other.claim(fetch()).outcome == "new"
    path = tmp_path / "b1.jsonl"
    partial = write_batch(path, 1)
    assert slow.batch_ready(path, partial) == 0
    assert partial.read_text() == ""
    assert slow.worker._beat()  # its next heartbeat registers it again, to be reaped if it dies
    assert client.hexists("newsspider:workers", "w1")


def test_a_new_round_clears_the_duplicate_filter_a_joining_worker_does_not(client) -> None:
    dupefilter = "newsspider:news:dupefilter"
    client.sadd(dupefilter, "fingerprint of the last round")
    first, second = worker(client, "w1"), worker(client, "w2")
    first.acquire()
    second.acquire()  # both registered before either opens its scheduler
    assert first.join_round(dupefilter)
    client.sadd(dupefilter, "fingerprint")
    assert not second.join_round(dupefilter)
    assert client.smembers(dupefilter) == {b"fingerprint"}
    assert second.others_busy() is False
    client.sadd(first.mine("claims"), f"{KEY}\t1")
    assert second.others_busy() is True  # its claims go back to the queue if it dies now
    first.mark_idle()
    assert second.others_busy() is False  # its last batch, stored when it closes
    client.hset(first.mine("inflight"), "1", f"{QUEUE}\n0\nR")
    assert second.others_busy() is True
    first.release()
    second.release()
    assert client.zrange(QUEUE, 0, -1) == [b"R"]
    third = worker(client, "w3")
    third.acquire()
    assert third.join_round(dupefilter)  # the last round ended
    assert not client.exists(dupefilter)


def test_a_worker_name_in_use_is_refused(client) -> None:
    worker(client, "w1").acquire()
    with pytest.raises(RuntimeError, match="NEWSSPIDER_WORKER"):
        worker(client, "w1").acquire()


def test_requests_in_the_queue_are_scrapy_request_dicts(client) -> None:
    """The queue holds what scrapy-redis writes (pickled ``Request.to_dict``):
    requeued entries are read back by the same code."""
    from scrapy import Request, Spider
    from scrapy.utils.test import get_crawler

    from newsspider.redis.queue import INFLIGHT, InflightPriorityQueue

    crawler = get_crawler(Spider)
    spider = Spider.from_crawler(crawler, name="news")
    owner = worker(client, "w1")
    queue = InflightPriorityQueue(client, spider, QUEUE, worker=owner)
    queue.push(Request("https://example.com/a.html", priority=3))
    request = queue.pop()
    assert request is not None and request.meta[INFLIGHT] == "1"
    assert not client.zcard(QUEUE)
    queue_key, score, data = client.hget(owner.mine("inflight"), "1").split(b"\n", 2)
    assert (queue_key.decode(), float(score), pickle.loads(data)["url"]) == (QUEUE, -3.0, "https://example.com/a.html")
    assert queue.settle({request}) == 0  # still in progress
    assert queue.settle(set()) == 1
    assert not client.hlen(owner.mine("inflight"))


def test_a_worker_restarted_under_its_name_settles_its_last_process_first(client) -> None:
    dead = store(client, "w1")
    dead.claim(fetch())
    client.hset(dead.worker.mine("inflight"), "1", f"{QUEUE}\n0\nLOST ONE")
    die(client, dead.worker)
    again = store(client, "w1")
    assert again.recovered == {"workers_reaped": 1, "requeued": 1, "forgotten": 1}
    assert client.zrange(QUEUE, 0, -1) == [b"LOST ONE"]
    assert again.claim(fetch()).outcome == "new"


class KilledAfterOneCall:
    """A Redis client of a process killed (SIGKILL) right after its first command."""

    def __init__(self, client) -> None:
        self.client = client
        self.calls = 0

    def __getattr__(self, name: str):
        method = getattr(self.client, name)

        def call(*args, **kwargs):
            if self.calls:
                raise SystemExit("killed")
            self.calls += 1
            return method(*args, **kwargs)
        return call


def test_a_request_is_never_seen_without_being_queued(client) -> None:
    """A worker killed while its callback yields requests (a sitemap's) must
    not leave one in the duplicate filter but not in the queue: when the
    sitemap is fetched again, the request would be filtered out and lost."""
    from scrapy import Request, Spider
    from scrapy.utils.test import get_crawler

    from newsspider.redis.dupefilter import RedisDupeFilter
    from newsspider.redis.queue import InflightPriorityQueue
    from newsspider.redis.scheduler import RedisScheduler

    crawler = get_crawler(Spider, {"SCHEDULER_QUEUE_KEY": QUEUE})
    spider = Spider.from_crawler(crawler, name="news")
    seen_key = "newsspider:news:dupefilter"

    def scheduler(connection) -> RedisScheduler:
        owner = worker(connection, "w1")
        made = RedisScheduler(crawler, owner, RedisDupeFilter(connection, seen_key, crawler=crawler))
        made.spider = spider
        made.queue = InflightPriorityQueue(connection, spider, QUEUE, worker=owner)
        return made

    article = Request("https://example.com/a.html")
    fingerprint = crawler.request_fingerprinter.fingerprint(article).hex()
    try:
        scheduler(KilledAfterOneCall(client)).enqueue_request(article)
    except SystemExit:
        pass
    assert client.sismember(seen_key, fingerprint) and client.zcard(QUEUE) == 1
    live = scheduler(client)
    assert not live.enqueue_request(Request("https://example.com/a.html"))
    assert client.zcard(QUEUE) == 1
    assert live.enqueue_request(Request("https://example.com/a.html", dont_filter=True))
    assert client.zcard(QUEUE) == 2


def test_start_url_entries_taken_by_a_dead_worker_go_back_to_their_list(client) -> None:
    """Taken, but killed before their requests were queued: the entries are
    given back when the worker is reaped (or when it closes)."""
    from newsspider.redis import scripts

    starts = "newsspider:news:start_urls"
    client.rpush(starts, "a", "b", "c")
    dead = store(client, "w1")
    taken = client.eval(scripts.TAKE_STARTS, 0, starts, dead.worker.mine("starts"), 2)
    assert taken == [b"a", b"b"] and client.lrange(starts, 0, -1) == [b"c"]
    die(client, dead.worker)
    survivor = store(client, "w2")
    assert survivor.recovered == {"workers_reaped": 1, "requeued": 2}
    assert sorted(client.lrange(starts, 0, -1)) == [b"a", b"b", b"c"]
    assert client.eval(scripts.TAKE_STARTS, 0, starts, survivor.worker.mine("starts"), 5)
    survivor.close()
    assert sorted(client.lrange(starts, 0, -1)) == [b"a", b"b", b"c"]


def test_unlisted_stories_among_those_once_listed(client, tmp_path: Path) -> None:
    state = store(client, "w-recheck")
    state.claim(fetch(date_published="2026-11-25T10:00:00+05:30"))
    store_batch(state, tmp_path / "b1.jsonl", 1)
    assert state.unlisted_stories("2026-12-01T00:00:00+00:00", "2026-11-04T00:00:00+00:00", 10) == []  # never listed
    state.mark_listed([KEY], when="2026-11-26T00:00:00+00:00")
    found = state.unlisted_stories("2026-12-01T00:00:00+00:00", "2026-11-04T00:00:00+00:00", 10)
    assert [s.url for s in found] == [URL]
    assert state.unlisted_stories("2026-12-01T00:00:00+00:00", "2026-11-04T00:00:00+00:00", 10,
                                  domains=["other.example"]) == []
    assert state.unlisted_stories("2026-12-01T00:00:00+00:00", "2026-11-30T00:00:00+00:00", 10) == []  # too old
    state.mark_listed([KEY])  # listed now
    assert state.unlisted_stories("2026-12-01T00:00:00+00:00", "2026-11-04T00:00:00+00:00", 10) == []
    state.close()


def test_both_stores_implement_the_store_protocol() -> None:
    """The embedded and the Redis store offer the same methods, with the same
    parameters, as :class:`newsspider.state.stores.Store` declares."""
    import inspect

    from newsspider.state.store import StateStore
    from newsspider.state.stores import Store

    members = [name for name in vars(Store) if not name.startswith("_")]
    assert "claim" in members and "batch_stored" in members
    for cls in (StateStore, RedisStateStore):
        for name in members:
            declared = getattr(Store, name)
            if isinstance(declared, property):
                continue  # an attribute of the instance (``recovered``)
            assert hasattr(cls, name), f"{cls.__name__} lacks Store.{name}"
            expected = list(inspect.signature(declared).parameters)
            assert list(inspect.signature(getattr(cls, name)).parameters) == expected, f"{cls.__name__}.{name}"
