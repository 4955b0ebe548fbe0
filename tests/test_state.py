"""The archive state store: decisions, two-phase commit, settling killed runs."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
from pathlib import Path

import pytest

from newsspider.state.store import DB_NAME, Fetch, StateStore, read_lines
from newsspider.urls import url_key

URL = "http://www.example.com/news/story-1.html"
KEY = url_key(URL)


def fetch(body_hash: str = "a" * 64, url: str = URL, **kwargs) -> Fetch:
    return Fetch(key=url_key(url), url=url, canonical=url, content_hash=body_hash, **kwargs)


def write_batch(store: StateStore, path: Path, lines: list[dict]) -> None:
    """What AtomicFileFeedStorage does with a complete batch."""
    store.batch_opened(path)
    partial = path.with_name(path.name + ".part")
    partial.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    store.batch_ready(path, partial)
    os.replace(partial, path)
    store.batch_stored(path)


def kill(store: StateStore) -> None:
    """Simulate SIGKILL: the lock is released, nothing is cleaned up."""
    store._lock_file.close()
    store.db.close()


def test_new_unchanged_changed_removed_restored(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "state")
    first = store.claim(fetch("a" * 64))
    assert (first.outcome, first.version, first.previous) == ("new", 1, None)
    # The same story again in the same run: a claim, not yet archived.
    assert store.claim(fetch("a" * 64)).outcome == "duplicate"
    write_batch(store, tmp_path / "b1.jsonl", [{"url": URL, "version": 1}])
    assert store.story(KEY).version == 1

    assert store.claim(fetch("a" * 64)).outcome == "unchanged"
    changed = store.claim(fetch("b" * 64))
    assert (changed.outcome, changed.version, changed.previous) == ("changed", 2, "a" * 64)
    write_batch(store, tmp_path / "b2.jsonl", [{"url": URL, "version": 2}])

    gone = store.claim(fetch(None, removed=True))
    assert (gone.outcome, gone.version, gone.previous) == ("removed", 3, "b" * 64)
    write_batch(store, tmp_path / "b3.jsonl", [{"url": URL, "version": 3, "removed": True}])
    assert store.story(KEY).removed
    assert store.claim(fetch(None, removed=True)).outcome == "already_removed"

    back = store.claim(fetch("b" * 64))
    assert (back.outcome, back.version) == ("restored", 4)
    store.close()


def test_tombstone_for_unknown_story_is_not_exported(tmp_path: Path) -> None:
    store = StateStore(tmp_path)
    assert store.claim(fetch(None, removed=True)).outcome == "unknown"
    store.close()


def test_identity_is_the_canonical_url(tmp_path: Path) -> None:
    store = StateStore(tmp_path)
    store.claim(fetch("a" * 64))
    write_batch(store, tmp_path / "b.jsonl", [{"url": URL, "version": 1}])
    variant = "https://example.com/news/story-1.html?utm_source=feed"
    assert store.claim(fetch("a" * 64, url=variant)).outcome == "unchanged"
    # A fetched URL whose page names the story as canonical is an alias of it.
    alias = Fetch(key=KEY, url="http://m.example.org/s1", canonical=URL, content_hash="a" * 64)
    assert store.claim(alias).outcome == "unchanged"
    assert store.story_for_url("http://m.example.org/s1").key == KEY
    store.close()


def test_claims_count_only_once_their_batch_is_stored(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "state")
    store.claim(fetch("a" * 64))
    assert store.story(KEY) is None
    store.close()  # the batch never reached a file: forgotten
    again = StateStore(tmp_path / "state")
    assert again.claim(fetch("a" * 64)).outcome == "new"
    again.close()


def test_killed_run_before_rename_is_forgotten_and_part_removed(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "state")
    batch = tmp_path / "out" / "b1.jsonl"
    batch.parent.mkdir()
    store.claim(fetch("a" * 64))
    store.batch_opened(batch)
    partial = batch.with_name("b1.jsonl.part")
    partial.write_text(json.dumps({"url": URL, "version": 1}) + "\n{\"url\": \"trunc", "utf-8")
    store.batch_ready(batch, partial)  # killed between tie and rename
    kill(store)

    resumed = StateStore(tmp_path / "state")
    assert resumed.recovered["forgotten"] == 1 and resumed.recovered["parts_removed"] == 1
    assert not partial.exists() and not batch.exists()
    assert resumed.claim(fetch("a" * 64)).outcome == "new"
    resumed.close()


def test_killed_run_after_rename_is_committed(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "state")
    batch = tmp_path / "b1.jsonl"
    store.claim(fetch("a" * 64))
    store.claim(fetch("c" * 64, url="http://www.example.com/news/story-2.html"))
    store.batch_opened(batch)
    partial = tmp_path / "b1.jsonl.part"
    partial.write_text(json.dumps({"url": URL, "version": 1}) + "\n", "utf-8")
    store.batch_ready(batch, partial)
    os.replace(partial, batch)  # killed between rename and commit
    kill(store)

    resumed = StateStore(tmp_path / "state")
    assert resumed.recovered["committed"] == 1
    assert resumed.recovered["forgotten"] == 1  # story 2 was in no stored batch
    assert resumed.claim(fetch("a" * 64)).outcome == "unchanged"
    assert resumed.claim(fetch("c" * 64, url="http://www.example.com/news/story-2.html")).outcome == "new"
    resumed.close()


def test_live_run_is_not_settled_and_its_claims_are_respected(tmp_path: Path) -> None:
    one = StateStore(tmp_path)
    two = StateStore(tmp_path)  # one is alive: nothing to settle
    assert two.recovered == {"committed": 0, "forgotten": 0, "parts_removed": 0, "queues_reset": 0}
    assert one.claim(fetch("a" * 64)).outcome == "new"
    assert two.claim(fetch("a" * 64)).outcome == "duplicate"
    other = two.claim(fetch("b" * 64))
    assert (other.outcome, other.version, other.previous) == ("changed", 2, "a" * 64)
    one.close()
    two.close()


def test_killed_run_resets_its_jobs_request_queue(tmp_path: Path) -> None:
    job = tmp_path / "job"
    (job / "requests.queue").mkdir(parents=True)
    kill(StateStore(tmp_path / "state", job=str(job)))
    resumed = StateStore(tmp_path / "state", job=str(job))
    assert resumed.recovered["queues_reset"] == 1
    assert not (job / "requests.queue").exists()
    resumed.close()


def test_listed_date_and_validators_are_kept_for_unchanged_fetches(tmp_path: Path) -> None:
    store = StateStore(tmp_path)
    store.claim(fetch("a" * 64, listed_date="2021-06-27T12:37:08+05:30", etag='"v1"'))
    write_batch(store, tmp_path / "b.jsonl", [{"url": URL, "version": 1}])
    assert store.story(KEY).etag == '"v1"'
    store.claim(fetch("a" * 64, listed_date="2021-06-28T00:00:00+00:00", etag='"v2"',
                      last_modified="Mon, 28 Jun 2021 00:00:00 GMT"))
    story = store.story(KEY)
    assert (story.listed_date, story.etag, story.version) == ("2021-06-28T00:00:00+00:00", '"v2"', 1)
    store.close()


def test_read_lines_reads_gzip_and_skips_a_broken_line(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "b.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"url": "u1", "version": 1}\n{"url": "u2", "ver'))
    assert [line["url"] for line in read_lines(path)] == ["u1"]


def _claim_many(folder: str, start: int, results: multiprocessing.Queue) -> None:
    store = StateStore(folder)
    exported = []
    for i in range(start, start + 60):
        url = f"http://www.example.com/news/{i % 80}.html"
        if store.claim(fetch("a" * 64, url=url)).export:
            exported.append(url)
    batch = Path(folder).parent / f"batch-{start}.jsonl"
    write_batch(store, batch, [{"url": url, "version": 1} for url in exported])
    store.close()
    results.put(exported)


def test_two_processes_on_one_store_export_each_story_once(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    results = ctx.Queue()
    folder = str(tmp_path / "state")
    StateStore(folder).close()  # schema in place before the race
    procs = [ctx.Process(target=_claim_many, args=(folder, start, results)) for start in (0, 20)]
    for proc in procs:
        proc.start()
    exported = [results.get(timeout=60) for _ in procs]
    for proc in procs:
        proc.join(timeout=60)
        assert proc.exitcode == 0
    everything = exported[0] + exported[1]
    assert len(everything) == len(set(everything)) == 80
    db = sqlite3.connect(Path(folder) / DB_NAME)
    assert db.execute("SELECT count(*), max(version) FROM stories").fetchone() == (80, 1)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("SELECT count(*) FROM pending").fetchone() == (0,)


def _hold(folder: str) -> None:
    store = StateStore(folder)
    signal.pause()
    store.close()


def test_a_sigkilled_process_is_seen_as_dead(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    proc = ctx.Process(target=_hold, args=(str(tmp_path),))
    proc.start()
    try:
        for _ in range(200):
            if list((tmp_path / "runs").glob("*.lock")):
                break
            proc.join(0.05)
        alive = StateStore(tmp_path)
        assert len(alive.db.execute("SELECT * FROM runs").fetchall()) == 2
        alive.close()
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.join()
    after = StateStore(tmp_path)
    assert [row["run_id"] for row in after.db.execute("SELECT run_id FROM runs")] == [after.run_id]
    after.close()


@pytest.mark.parametrize("listed,stored,expected", [
    ("2021-06-27T12:37:08+05:30", "2021-06-27T07:07:08+00:00", True),
    ("2021-06-27T12:37:09+05:30", "2021-06-27T07:07:08+00:00", False),
    ("2021-06-27", "2021-06-27T00:00:00Z", True),
    (None, "2021-06-27", False),
    ("not a date", "2021-06-27", False),
    ("2021-06-27", None, False),
])
def test_not_newer(listed, stored, expected) -> None:
    from newsspider.middlewares.incremental import not_newer

    assert not_newer(listed, stored) is expected


def test_listed_stamp_takes_the_newest_listing_date() -> None:
    from newsspider.middlewares.incremental import listed_stamp

    meta = {"listed_date": "2021-06-27T12:37:08+05:30", "listed": {"lastmod": "2021-06-28T09:00:00+00:00"}}
    assert listed_stamp(meta) == "2021-06-28T09:00:00+00:00"
    assert listed_stamp({"listed_date": "2021-06-27"}) == "2021-06-27"
    assert listed_stamp({}) is None


def test_unlisted_stories_are_those_no_listing_showed_lately(tmp_path: Path) -> None:
    """What ``-a recheck`` asks for: not listed since the cut-off, published within
    the age limit, on the crawl's domains, not removed, oldest checked first."""
    store = StateStore(tmp_path / "state")
    urls = {name: f"https://www.example.com/news/{name}.html" for name in ("listed", "vanished", "old", "gone")}
    urls["elsewhere"] = "https://other.example.org/news/elsewhere.html"
    published = {"old": "2026-09-01T10:00:00+05:30"}
    lines = []
    for name, url in urls.items():
        store.claim(fetch(name * 8, url=url, date_published=published.get(name, "2026-11-25T10:00:00+05:30")))
        lines.append({"url": url, "version": 1})
    write_batch(store, tmp_path / "b1.jsonl", lines)
    store.claim(fetch(None, url=urls["gone"], removed=True))
    write_batch(store, tmp_path / "b2.jsonl", [{"url": urls["gone"], "version": 2, "removed": True}])
    store.mark_listed([url_key(u) for u in urls.values()], when="2026-11-26T00:00:00+00:00")
    store.mark_listed([url_key(urls["listed"])], when="2026-12-03T00:00:00+00:00")

    def unlisted(**kwargs) -> list[str]:
        stories = store.unlisted_stories("2026-12-01T00:00:00+00:00", "2026-11-04T00:00:00+00:00", 10, **kwargs)
        return [s.url for s in stories]

    assert unlisted() == [urls["vanished"], urls["elsewhere"]]
    assert unlisted(domains=["example.com"]) == [urls["vanished"]]
    assert store.unlisted_stories("2026-11-20T00:00:00+00:00", "2026-11-04T00:00:00+00:00", 10) == []
    assert len(store.unlisted_stories("2026-12-01T00:00:00+00:00", "2026-11-04T00:00:00+00:00", 1)) == 1


def test_an_older_state_gains_the_last_listed_column(tmp_path: Path) -> None:
    folder = tmp_path / "state"
    folder.mkdir()
    db = sqlite3.connect(folder / DB_NAME)
    db.execute("CREATE TABLE stories (key TEXT PRIMARY KEY, url TEXT, content_hash TEXT, version INTEGER NOT NULL, "
               "removed INTEGER NOT NULL DEFAULT 0, date_published TEXT, date_modified TEXT, listed_date TEXT, "
               "etag TEXT, last_modified TEXT, first_archived TEXT, last_archived TEXT, last_checked TEXT)")
    db.commit()
    db.close()
    store = StateStore(folder)
    store.mark_listed(["x"])
    assert {row["name"] for row in store.db.execute("PRAGMA table_info(stories)")} >= {"last_listed"}


def _open_together(folder: str, barrier: multiprocessing.synchronize.Barrier, opened: multiprocessing.Queue) -> None:
    barrier.wait()
    try:
        store = StateStore(folder)
    except sqlite3.OperationalError as exc:
        opened.put(repr(exc))
        return
    store.close()
    opened.put("opened")


def test_crawls_started_together_all_open_a_new_state(tmp_path: Path) -> None:
    """Several runs opening a state that does not exist yet, at the same moment: each
    opens it (SQLite refuses a second switch to WAL at once, without waiting)."""
    context = multiprocessing.get_context("fork")
    for attempt in range(10):  # a race: one attempt of 4 runs seldom meets it, 10 of 8 do
        barrier, opened = context.Barrier(8), context.Queue()
        folder = str(tmp_path / f"state-{attempt}")
        procs = [context.Process(target=_open_together, args=(folder, barrier, opened)) for _ in range(8)]
        for proc in procs:
            proc.start()
        results = [opened.get(timeout=60) for _ in procs]
        for proc in procs:
            proc.join(timeout=60)
        assert results == ["opened"] * 8, attempt
