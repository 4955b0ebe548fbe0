"""The archive state: what the downstream archive holds, one row per story.

An embedded SQLite database (``<NEWSSPIDER_STATE_DIR>/archive.sqlite3``, WAL
mode) with these tables:

``stories``
    One row per story key (``newsspider.urls.url_key`` of the canonical URL):
    the last archived content hash and version, whether the story was removed
    (tombstone), its dates, the feed/sitemap date it was last listed with,
    when a run last saw it in a listing (``last_listed``) and the HTTP
    validators (ETag, Last-Modified) of the last fetch.
``aliases``
    Fetched URL key → story key, so that a request can be looked up before the
    page (and its canonical URL) is known.
``pending``
    Claims: items a run has sent to a feed file that is not yet complete.
    A story counts as archived only when the batch file holding it has been
    renamed into place (two-phase commit, see below).
``batches``
    Feed files a run has opened (``<path>.part`` on disk until renamed).
``runs``
    Runs using the store; each holds an exclusive ``flock`` on
    ``runs/<run_id>.lock`` for its lifetime, so a run whose lock can be taken
    is dead (killed), whatever its exit.

Exactly once, under SIGKILL
---------------------------
1. The pipeline *claims* an item (``claim``): new or changed stories get a
   ``pending`` row (with the version they are exported as); unchanged ones
   are dropped. Claims of live runs count as the latest version, so two runs
   at once never export the same version twice.
2. When a batch file is complete, the storage calls ``batch_ready``: the
   claims found in the ``.part`` file are tied to the batch; it then renames
   the file and calls ``batch_stored``, which moves them into ``stories``.
3. At start, the claims of dead runs are settled: a tied claim whose batch
   was renamed (final file present, ``.part`` gone) is committed, every other
   claim is forgotten (its story is fetched and exported again by a later
   run) and the dead run's ``.part`` files are deleted.
"""

from __future__ import annotations

import fcntl
import gzip
import json
import logging
import os
import shutil
import socket
import sqlite3
import uuid
from itertools import islice
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

from newsspider.batchfiles import PART_SUFFIX
from newsspider.openlock import opening
from newsspider.urls import on_domains, url_key

logger = logging.getLogger(__name__)

DB_NAME = "archive.sqlite3"
#: Seconds a run waits for another run's write transaction.
BUSY_TIMEOUT = 60.0

SCHEMA = """
CREATE TABLE IF NOT EXISTS stories (
    key TEXT PRIMARY KEY,
    url TEXT,
    content_hash TEXT,
    version INTEGER NOT NULL,
    removed INTEGER NOT NULL DEFAULT 0,
    date_published TEXT,
    date_modified TEXT,
    listed_date TEXT,
    etag TEXT,
    last_modified TEXT,
    first_archived TEXT,
    last_archived TEXT,
    last_checked TEXT,
    last_listed TEXT
);
CREATE TABLE IF NOT EXISTS aliases (
    url_key TEXT PRIMARY KEY,
    key TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    pid INTEGER,
    host TEXT,
    job TEXT,
    started TEXT
);
CREATE TABLE IF NOT EXISTS pending (
    run_id TEXT NOT NULL,
    key TEXT NOT NULL,
    version INTEGER NOT NULL,
    url TEXT,
    content_hash TEXT,
    removed INTEGER NOT NULL DEFAULT 0,
    date_published TEXT,
    date_modified TEXT,
    listed_date TEXT,
    etag TEXT,
    last_modified TEXT,
    claimed TEXT,
    batch TEXT,
    PRIMARY KEY (key, version)
);
CREATE INDEX IF NOT EXISTS pending_batch ON pending (batch);
CREATE INDEX IF NOT EXISTS pending_run ON pending (run_id);
CREATE TABLE IF NOT EXISTS batches (
    path TEXT PRIMARY KEY,
    run_id TEXT NOT NULL
);
"""

STORY_COLUMNS = ("key", "url", "content_hash", "version", "removed", "date_published",
                 "date_modified", "listed_date", "etag", "last_modified")


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@dataclass
class Story:
    """A story as the archive (or a live run's claim) holds it."""

    key: str
    #: The URL the story is known by (canonical URL, else fetched URL).
    url: str | None
    content_hash: str | None
    version: int
    removed: bool
    date_published: str | None = None
    date_modified: str | None = None
    listed_date: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    #: False for a claim of a run whose batch is not stored yet.
    committed: bool = True


@dataclass
class Fetch:
    """What a run learnt about a story: the item's identity and content, and
    the listing date and HTTP validators of the fetch that produced it."""

    key: str
    #: The fetched URL (after redirects).
    url: str | None
    #: The URL the story is known by: its canonical URL, else ``url``.
    canonical: str | None = None
    content_hash: str | None = None
    removed: bool = False
    date_published: str | None = None
    date_modified: str | None = None
    listed_date: str | None = None
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Decision:
    """``outcome`` is ``new``, ``changed``, ``restored``, ``removed`` (export these
    with ``version`` and ``previous``) or ``unchanged``, ``duplicate``,
    ``already_removed``, ``unknown`` (do not export)."""

    outcome: str
    version: int | None = None
    previous: str | None = None

    @property
    def export(self) -> bool:
        return self.outcome in {"new", "changed", "restored", "removed"}


def story_key(data: dict[str, Any]) -> str | None:
    """The identity of an exported line or item: its canonical URL, else its URL."""
    url = data.get("canonicalUrl") or data.get("url")
    return url_key(url) if url else None


def read_lines(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON Lines file, gzipped or not; broken lines skipped."""
    with path.open("rb") as raw:
        gzipped = raw.read(2) == b"\x1f\x8b"
    opener = gzip.open if gzipped else open
    with opener(path, "rb") as file:
        for line in file:
            try:
                value = json.loads(line)
            except ValueError:
                continue
            if isinstance(value, dict):
                yield value


class StateStore:
    """One run's connection to the archive state (see the module docstring)."""

    def __init__(self, folder: str | os.PathLike[str], *, job: str | None = None) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "runs").mkdir(exist_ok=True)
        self.job = str(Path(job).resolve()) if job else None
        self.run_id = uuid.uuid4().hex
        self.db = sqlite3.connect(self.folder / DB_NAME, timeout=BUSY_TIMEOUT, isolation_level=None,
                                  check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        with opening(self.folder / "opening.lock"):  # two crawls starting at once: see openlock
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            with self.transaction():
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                columns = {row["name"] for row in self.db.execute("PRAGMA table_info(stories)")}
                if "last_listed" not in columns:  # a state written before the column existed
                    self.db.execute("ALTER TABLE stories ADD COLUMN last_listed TEXT")
        self._lock_file = self._lock()
        #: Counts of what settling dead runs did: committed, forgotten, parts_removed, queues_reset.
        self.recovered = {"committed": 0, "forgotten": 0, "parts_removed": 0, "queues_reset": 0}
        self._settle_dead_runs()

    # --- runs ---------------------------------------------------------------

    def _lock_path(self, run_id: str) -> Path:
        return self.folder / "runs" / f"{run_id}.lock"

    def _lock(self) -> IO[str]:
        """Take this run's lock, then register the run (in that order, so a
        registered run without its lock is always a dead one)."""
        file = self._lock_path(self.run_id).open("w")
        fcntl.flock(file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        file.write(f"{os.getpid()}\n")
        file.flush()
        with self.transaction():
            self.db.execute("INSERT INTO runs (run_id, pid, host, job, started) VALUES (?, ?, ?, ?, ?)",
                            (self.run_id, os.getpid(), socket.gethostname(), self.job, now()))
        return file

    def _is_dead(self, run_id: str) -> bool:
        path = self._lock_path(run_id)
        try:
            file = path.open("a")
        except OSError:
            return True
        with file:
            try:
                fcntl.flock(file, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            fcntl.flock(file, fcntl.LOCK_UN)
            return True

    def _settle_dead_runs(self) -> None:
        others = [row["run_id"] for row in self.db.execute("SELECT run_id FROM runs WHERE run_id != ?",
                                                            (self.run_id,))]
        for run_id in others:
            if self._is_dead(run_id):
                self._settle(run_id)

    def _settle(self, run_id: str) -> None:
        with self.transaction():
            run = self.db.execute("SELECT job FROM runs WHERE run_id = ?", (run_id,)).fetchone()
            if run is None:  # settled by another run meanwhile
                return
            tied = [row["batch"] for row in self.db.execute(
                "SELECT DISTINCT batch FROM pending WHERE run_id = ? AND batch IS NOT NULL", (run_id,))]
            for batch in tied:
                final, partial = Path(batch), Path(batch + PART_SUFFIX)
                if final.exists() and not partial.exists():
                    self.recovered["committed"] += self._commit_batch(batch)
            self.recovered["forgotten"] += self.db.execute(
                "DELETE FROM pending WHERE run_id = ?", (run_id,)).rowcount
            for row in self.db.execute("SELECT path FROM batches WHERE run_id = ?", (run_id,)).fetchall():
                partial = Path(row["path"] + PART_SUFFIX)
                if partial.exists():
                    partial.unlink()
                    self.recovered["parts_removed"] += 1
            self.db.execute("DELETE FROM batches WHERE run_id = ?", (run_id,))
            self.db.execute("DELETE FROM runs WHERE run_id = ?", (run_id,))
            if run["job"] and run["job"] == self.job:
                self._reset_job_queue(self.job)
        self._lock_path(run_id).unlink(missing_ok=True)
        logger.warning("Settled the archive state of a run that was killed (%(run)s): %(counts)s",
                       {"run": run_id, "counts": self.recovered})

    def _reset_job_queue(self, job: str) -> None:
        """A killed run leaves Scrapy's disk request queue inconsistent (its sizes
        are written only at a clean close): drop it; discovery finds again every
        page that is not in the archive yet."""
        queue = Path(job) / "requests.queue"
        if queue.exists():
            shutil.rmtree(queue, ignore_errors=True)
            self.recovered["queues_reset"] += 1

    def close(self) -> None:
        """End the run: forget its claims that never reached a stored batch and
        remove its unfinished ``.part`` files."""
        with self.transaction():
            forgotten = self.db.execute("DELETE FROM pending WHERE run_id = ?", (self.run_id,)).rowcount
            for row in self.db.execute("SELECT path FROM batches WHERE run_id = ?", (self.run_id,)).fetchall():
                Path(row["path"] + PART_SUFFIX).unlink(missing_ok=True)
            self.db.execute("DELETE FROM batches WHERE run_id = ?", (self.run_id,))
            self.db.execute("DELETE FROM runs WHERE run_id = ?", (self.run_id,))
        if forgotten:
            logger.warning("%(n)d exported items never reached a stored feed file; they are not "
                           "counted as archived and will be exported again", {"n": forgotten})
        self.db.close()
        self._lock_file.close()
        self._lock_path(self.run_id).unlink(missing_ok=True)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction, taken at once (``BEGIN IMMEDIATE``): runs sharing
        the store queue here instead of failing on a lock upgrade."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # --- lookups ------------------------------------------------------------

    def story(self, key: str) -> Story | None:
        row = self.db.execute(f"SELECT {', '.join(STORY_COLUMNS)} FROM stories WHERE key = ?",
                              (key,)).fetchone()
        return _story(row) if row else None

    def story_for_url(self, url: str) -> Story | None:
        """The archived story a URL was fetched for (through its aliases)."""
        ukey = url_key(url)
        row = self.db.execute("SELECT key FROM aliases WHERE url_key = ?", (ukey,)).fetchone()
        return self.story(row["key"] if row else ukey)

    def mark_listed(self, keys: Iterable[str], when: str | None = None) -> None:
        """Stories (keys) this run saw in a feed or sitemap: their ``last_listed`` is now."""
        stamp = when or now()
        with self.transaction():
            self.db.executemany("UPDATE stories SET last_listed = ? WHERE key = ?", ((stamp, k) for k in keys))

    def unlisted_stories(self, not_listed_since: str, published_since: str, limit: int,
                         domains: Collection[str] = ()) -> list[Story]:
        """Archived stories (not removed) that no listing has shown since
        ``not_listed_since`` (ISO time; a story never seen in one counts from its
        last archiving), published (else first archived) since ``published_since``
        and on ``domains`` (or their subdomains; any when empty): at most
        ``limit``, those checked longest ago first. What ``-a recheck`` fetches
        again, to see a takedown or a change."""
        rows = self.db.execute(
            f"SELECT {', '.join(STORY_COLUMNS)} FROM stories WHERE removed = 0 "
            "AND coalesce(last_listed, last_archived) < ? AND coalesce(date_published, first_archived) >= ? "
            "ORDER BY coalesce(last_checked, last_archived)",
            (not_listed_since, published_since))
        stories = (_story(row) for row in rows)
        return list(islice((s for s in stories if s.url and on_domains(s.url, domains)), limit))

    def _latest(self, key: str) -> Story | None:
        """The committed story or, when newer, the latest claim of a live run."""
        committed = self.story(key)
        row = self.db.execute(f"SELECT {', '.join(STORY_COLUMNS)} FROM pending WHERE key = ? "
                              "ORDER BY version DESC LIMIT 1", (key,)).fetchone()
        if row is not None and (committed is None or row["version"] > committed.version):
            claim = _story(row)
            claim.committed = False
            return claim
        return committed

    # --- claims -------------------------------------------------------------

    def claim(self, fetch: Fetch) -> Decision:
        """Decide whether ``fetch`` is exported and as which version; claim it if so."""
        with self.transaction():
            if fetch.url:
                self.db.execute("INSERT OR REPLACE INTO aliases (url_key, key) VALUES (?, ?)",
                                (url_key(fetch.url), fetch.key))
            latest = self._latest(fetch.key)
            decision = decide(latest, fetch)
            if decision.export:
                assert decision.version is not None
                content_hash = latest.content_hash if fetch.removed and latest else fetch.content_hash
                self.db.execute(
                    "INSERT INTO pending (run_id, key, version, url, content_hash, removed, date_published, "
                    "date_modified, listed_date, etag, last_modified, claimed) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (self.run_id, fetch.key, decision.version, fetch.canonical or fetch.url, content_hash, int(fetch.removed),
                     fetch.date_published, fetch.date_modified, fetch.listed_date, fetch.etag,
                     fetch.last_modified, now()))
            elif decision.outcome == "unchanged":
                self._touch(fetch)
        return decision

    def _touch(self, fetch: Fetch) -> None:
        """Remember a fetch that changed nothing: its listing date and validators
        let the next run skip the page."""
        self.db.execute(
            "UPDATE stories SET listed_date = coalesce(?, listed_date), etag = ?, last_modified = ?, "
            "last_checked = ? WHERE key = ?",
            (fetch.listed_date, fetch.etag, fetch.last_modified, now(), fetch.key))

    def touch(self, fetch: Fetch) -> None:
        with self.transaction():
            self._touch(fetch)

    # --- batches ------------------------------------------------------------

    def batch_opened(self, path: str | os.PathLike[str]) -> None:
        """Called before ``<path>.part`` is created."""
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO batches (path, run_id) VALUES (?, ?)",
                            (str(path), self.run_id))

    def batch_ready(self, path: str | os.PathLike[str], partial: str | os.PathLike[str]) -> int:
        """Tie this run's claims found in the complete ``partial`` file to the
        batch ``path``; called just before the rename. Returns how many."""
        tied = 0
        with self.transaction():
            for data in read_lines(Path(partial)):
                key, version = story_key(data), data.get("version")
                if key is None or not isinstance(version, int):
                    continue
                tied += self.db.execute(
                    "UPDATE pending SET batch = ? WHERE run_id = ? AND key = ? AND version = ? AND batch IS NULL",
                    (str(path), self.run_id, key, version)).rowcount
        return tied

    def batch_stored(self, path: str | os.PathLike[str]) -> int:
        """The batch file is in place: its claims are archived. Returns how many."""
        with self.transaction():
            committed = self._commit_batch(str(path))
            self.db.execute("DELETE FROM batches WHERE path = ?", (str(path),))
        return committed

    def _commit_batch(self, batch: str) -> int:
        stamp = now()
        count = self.db.execute(
            "INSERT INTO stories (key, url, content_hash, version, removed, date_published, date_modified, "
            "listed_date, etag, last_modified, first_archived, last_archived, last_checked) "
            "SELECT key, url, content_hash, version, removed, date_published, date_modified, listed_date, "
            "etag, last_modified, ?, ?, ? FROM pending WHERE batch = ? ORDER BY version "
            "ON CONFLICT (key) DO UPDATE SET url = excluded.url, content_hash = excluded.content_hash, "
            "version = excluded.version, removed = excluded.removed, "
            "date_published = excluded.date_published, date_modified = excluded.date_modified, "
            "listed_date = coalesce(excluded.listed_date, stories.listed_date), etag = excluded.etag, "
            "last_modified = excluded.last_modified, last_archived = excluded.last_archived, "
            "last_checked = excluded.last_checked WHERE excluded.version > stories.version",
            (stamp, stamp, stamp, batch)).rowcount
        self.db.execute("DELETE FROM pending WHERE batch = ?", (batch,))
        return count


def _story(row: sqlite3.Row) -> Story:
    data = dict(row)
    data["removed"] = bool(data["removed"])
    return Story(**data)


def decide(latest: Story | None, fetch: Fetch) -> Decision:
    if fetch.removed:
        if latest is None:
            return Decision("unknown")
        if latest.removed:
            return Decision("already_removed" if latest.committed else "duplicate")
        return Decision("removed", latest.version + 1, latest.content_hash)
    if latest is None:
        return Decision("new", 1)
    if latest.removed:
        return Decision("restored", latest.version + 1, latest.content_hash)
    if latest.content_hash == fetch.content_hash:
        return Decision("unchanged" if latest.committed else "duplicate")
    return Decision("changed", latest.version + 1, latest.content_hash)
