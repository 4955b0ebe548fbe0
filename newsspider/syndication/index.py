"""The syndication index: which earlier copy a story's body repeats.

:class:`SyndicationIndex` holds the matching rule over a :class:`Storage`
(SQLite here, :class:`SqliteStorage`, or dicts for a crawl that keeps no state,
:class:`MemoryStorage`; Redis in ``newsspider.redis``), so
that every storage links copies the same way. A story placed in the index
(:meth:`SyndicationIndex.place`) gets a :class:`Placement`:

- a URL already in the index (an updated version of a story: same URL,
  changed text) keeps the story it had;
- else the candidates sharing an LSH band key are compared by signature: a
  copy is a candidate whose estimated Jaccard similarity is at least
  :data:`MIN_JACCARD` and whose estimated containment (share of the shorter
  body found in the longer, near 1 for a copy cut short or with one
  paragraph added) is at least :data:`MIN_CONTAINMENT`. Two reports on one
  event share names and topic words but few 5-word runs, so they fail both.
- the story is recorded, pointing at the earliest copy (``first``).

``storyId`` is derived from the earliest copy's canonical URL
(:func:`story_id`): the same on every machine and run. Entries older than
the window are pruned as the index opens and as it grows.
"""

from __future__ import annotations

import functools
import hashlib
import sqlite3
import struct
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from newsspider.openlock import opening_database
from newsspider.syndication.signature import Signature
from newsspider.urls import url_key

MIN_JACCARD = 0.3
MIN_CONTAINMENT = 0.75
#: Copies taken from each band key's bucket, earliest first: every copy of a
#: story points at its earliest, so the first few of a bucket are enough, and
#: a story carried by thousands of pages costs no more than one carried by five.
PER_BAND = 4


def _hash64(text: str) -> int:
    return struct.unpack("<q", hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest())[0]


def story_id(canonical_url: str) -> str:
    """The ``storyId`` of a story whose earliest copy is at ``canonical_url``: 16 hex digits."""
    return _story_id(url_key(canonical_url))


def url_hash(canonical_url: str) -> int:
    return _hash64(url_key(canonical_url))


def _story_id(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Entry:
    """One copy as stored."""
    id: int
    #: id of the earliest copy of its story (its own id on that copy).
    first: int
    story: str
    canonical: str
    seen: float
    signature: Signature


@dataclass(slots=True, frozen=True)
class Placement:
    story_id: str
    #: canonicalUrl of the earliest copy; None on that copy.
    duplicate_of: str | None
    #: Estimated Jaccard similarity to the earliest copy (1.0 on it).
    similarity: float
    #: ``new`` (first copy), ``copy`` (of an earlier one), ``known`` (URL already indexed).
    outcome: str


class Storage(Protocol):
    def exclusive(self) -> AbstractContextManager[object]:
        """Held around one lookup and insert: no other writer places a copy meanwhile."""
        ...

    def by_url(self, urlhash: int) -> Entry | None: ...
    def candidates(self, band_keys: list[int], per_band: int) -> list[Entry]:
        """Copies sharing a band key: at most ``per_band`` per key, the earliest."""
        ...
    def get(self, entry_id: int) -> Entry | None: ...
    def insert(self, urlhash: int, first: int | None, story: str, canonical: str, seen: float,
               signature: Signature, band_keys: list[int]) -> int: ...
    def close(self) -> None: ...


def is_copy(a: Signature, b: Signature) -> bool:
    return a.jaccard(b) >= MIN_JACCARD and a.containment(b) >= MIN_CONTAINMENT


class SyndicationIndex:
    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    def place(self, canonical_url: str, signature: Signature, seen: float | None = None) -> Placement:
        """Look the story up and record it (an unknown URL only)."""
        with self.storage.exclusive():
            return self._place(canonical_url, signature, seen)

    def _place(self, canonical_url: str, signature: Signature, seen: float | None) -> Placement:
        key = url_key(canonical_url)  # normalised once: a third of the cost of a placement
        urlhash = _hash64(key)
        known = self.storage.by_url(urlhash)
        if known is not None:
            return self._placement(known, signature, "known")
        keys = signature.band_keys()
        match = self._best_match(signature, keys)
        when = time.time() if seen is None else seen
        if match is None:
            story = _story_id(key)
            self.storage.insert(urlhash, None, story, canonical_url, when, signature, keys)
            return Placement(story, None, 1.0, "new")
        first = self.storage.get(match.first) or match
        self.storage.insert(urlhash, first.id, match.story, canonical_url, when, signature, keys)
        return Placement(match.story, first.canonical, round(signature.jaccard(first.signature), 3), "copy")

    def _best_match(self, signature: Signature, keys: list[int]) -> Entry | None:
        copies = [c for c in self.storage.candidates(keys, PER_BAND) if is_copy(signature, c.signature)]
        if not copies:
            return None
        return max(copies, key=lambda c: (signature.jaccard(c.signature), -c.id))

    def _placement(self, entry: Entry, signature: Signature, outcome: str) -> Placement:
        if entry.first == entry.id:
            return Placement(entry.story, None, 1.0, outcome)
        first = self.storage.get(entry.first) or entry
        return Placement(entry.story, first.canonical, round(signature.jaccard(first.signature), 3), outcome)

    def close(self) -> None:
        self.storage.close()


#: Schema version of the SQLite index (``PRAGMA user_version``). An index of
#: another version is rebuilt empty: it is a cache of the last window's
#: stories, and losing it costs only links to copies placed before.
SCHEMA_VERSION = 3
_SCHEMA = """
CREATE TABLE IF NOT EXISTS copies (
    id INTEGER PRIMARY KEY, urlhash INTEGER NOT NULL, first INTEGER, story TEXT NOT NULL,
    canonical TEXT NOT NULL, seen INTEGER NOT NULL, shingles INTEGER NOT NULL, signature BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS copies_url ON copies (urlhash);
CREATE TABLE IF NOT EXISTS bands (key INTEGER NOT NULL, copy INTEGER NOT NULL, PRIMARY KEY (key, copy))
    WITHOUT ROWID;
"""
_COLUMNS = "id, first, story, canonical, seen, shingles, signature"
#: Pruning: at most this many copies per transaction, and a look for expired
#: copies every PRUNE_EVERY insertions (one indexed read when there are none).
PRUNE_BATCH = 1000
PRUNE_EVERY = 100
#: Seconds a crawl waits for another crawl's write to the same index file
#: (several crawls at once may share one archive folder, as the state store does).
BUSY_TIMEOUT = 60.0


@functools.lru_cache(maxsize=8)
def _candidates_query(bands: int, per_band: int) -> str:
    """Copies sharing any of ``bands`` keys, at most ``per_band`` (the earliest) per key: one statement."""
    per_key = " UNION ".join(f"SELECT copy FROM (SELECT copy FROM bands WHERE key = ? ORDER BY copy LIMIT {per_band})"
                             for _ in range(bands))
    return f"SELECT {_COLUMNS} FROM copies WHERE id IN ({per_key})"


@functools.lru_cache(maxsize=8)
def _bands_insert(bands: int) -> str:
    """One statement for a copy's band rows."""
    return "INSERT OR IGNORE INTO bands (key, copy) VALUES " + ",".join(["(?, ?)"] * bands)


def _opening(path: str | Path) -> AbstractContextManager[None]:
    """Crawls opening the index file one at a time (:mod:`newsspider.openlock`: two
    crawls started together both switch a new file to WAL); an index in memory is
    the crawl's own."""
    return nullcontext() if str(path) == ":memory:" else opening_database(path)


class SqliteStorage:
    """The index in one SQLite file (``:memory:`` for a crawl that keeps no state).

    Measured with ``benchmarks/bench_syndication.py cost --sizes
    100000,300000,1000000`` (index in /dev/shm, a loaded 2-core machine):
    lookup and insert 0.38 ms of CPU per story at 102,000 copies, 0.49 ms at
    302,000, 0.64 ms at 1,002,000; 677 bytes per copy on disk. Per copy: the signature (240 bytes),
    the canonical URL and story id, 20 band keys of 4 bytes in a WITHOUT
    ROWID table keyed (key, copy), which is what a lookup reads. The
    candidates of all bands are read in one statement.

    Pruning (copies older than ``window`` seconds) walks the copies from the
    earliest (their ids are in insertion order) and stops at the first one
    still in the window; each pruned copy's band rows are found by their
    keys, recomputed from its signature: no scan of the band table. It runs
    as the index opens and every :data:`PRUNE_EVERY` insertions, so a crawl
    that runs for weeks keeps its window too.
    """

    def __init__(self, path: str | Path, window: float) -> None:
        self.db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT, isolation_level=None)
        with _opening(path):
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA cache_size=-32768")  # KiB: the band table's inner pages stay in memory
            self._migrate()
        self.window = window
        self.inserted = 0
        self.pruned = self.prune()

    def _migrate(self) -> None:
        with self.exclusive():  # two crawls opening a new index at once: one creates it
            self._create()

    def _create(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        has_tables = self.db.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'copies'").fetchone()[0]
        if has_tables and version != SCHEMA_VERSION:
            for table in ("copies", "bands"):
                self.db.execute(f"DROP TABLE IF EXISTS {table}")
        for statement in filter(str.strip, _SCHEMA.split(";")):  # not executescript: it commits first
            self.db.execute(statement)
        self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def prune(self, now: float | None = None) -> int:
        """Delete the copies older than the window; how many."""
        before = int((time.time() if now is None else now) - self.window)
        deleted = 0
        while True:
            expired = self._expired(before)
            if not expired:
                return deleted
            with self.db:
                self.db.executemany("DELETE FROM bands WHERE key = ? AND copy = ?",
                                    [(key, entry_id) for entry_id, blob in expired
                                     for key in Signature.from_bytes(blob, 0).band_keys()])
                self.db.execute("DELETE FROM copies WHERE id <= ?", (expired[-1][0],))
            deleted += len(expired)

    def _expired(self, before: int) -> list[tuple[int, bytes]]:
        """The earliest copies, up to the first one still in the window."""
        expired = []
        for entry_id, seen, blob in self.db.execute(
                "SELECT id, seen, signature FROM copies ORDER BY id LIMIT ?", (PRUNE_BATCH,)):
            if seen >= before:
                break
            expired.append((entry_id, blob))
        return expired

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """A write transaction (``BEGIN IMMEDIATE``) around one lookup and insert:
        another crawl sharing the index file waits for it rather than placing the
        same story beside it as a first copy. The insert commits it; committed here
        where nothing was inserted."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.db.in_transaction:
                self.db.rollback()
            raise
        if self.db.in_transaction:
            self.db.commit()

    @staticmethod
    def _entry(row: tuple) -> Entry:
        entry_id, first, story, canonical, seen, shingles, blob = row
        return Entry(entry_id, entry_id if first is None else first, story, canonical, seen,
                     Signature.from_bytes(blob, shingles))

    def by_url(self, urlhash: int) -> Entry | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM copies WHERE urlhash = ? ORDER BY id LIMIT 1",
                              (urlhash,)).fetchone()
        return None if row is None else self._entry(row)

    def get(self, entry_id: int) -> Entry | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM copies WHERE id = ?", (entry_id,)).fetchone()
        return None if row is None else self._entry(row)

    def candidates(self, band_keys: list[int], per_band: int) -> list[Entry]:
        rows = self.db.execute(_candidates_query(len(band_keys), per_band), band_keys).fetchall()
        return [self._entry(row) for row in rows]

    def insert(self, urlhash: int, first: int | None, story: str, canonical: str, seen: float,
               signature: Signature, band_keys: list[int]) -> int:
        """Record a copy (``first`` None on the earliest copy of its story: stored NULL), committed."""
        with self.db:
            entry_id = self.add(urlhash, first, story, canonical, seen, signature, band_keys)
        self.inserted += 1
        if self.inserted % PRUNE_EVERY == 0:
            self.pruned += self.prune()
        return entry_id

    def add(self, urlhash: int, first: int | None, story: str, canonical: str, seen: float,
            signature: Signature, band_keys: list[int], entry_id: int | None = None) -> int:
        """Record a copy in the caller's transaction (:meth:`insert`, or a benchmark filling the
        index), under ``entry_id`` where given (a copy moved from :class:`MemoryStorage`)."""
        cursor = self.db.execute(
            "INSERT INTO copies (id, urlhash, first, story, canonical, seen, shingles, signature)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (entry_id, urlhash, first, story, canonical, int(seen), signature.shingles, signature.to_bytes()))
        entry_id = cursor.lastrowid
        assert entry_id is not None
        self.db.execute(_bands_insert(len(band_keys)), [v for key in band_keys for v in (key, entry_id)])
        return entry_id

    def close(self) -> None:
        self.db.close()


#: Copies :class:`MemoryStorage` keeps in Python dicts before it moves them to SQLite
#: (about 2.4 KB a copy in dicts against 0.8 KB in SQLite: 120 MB at this size).
MEMORY_COPIES = 50_000


class MemoryStorage:
    """The index of a crawl that keeps no state (its copies are linked within the run).

    Python dicts (copies by id, ids by URL hash and by band key) up to ``limit`` copies,
    then SQLite in memory (:class:`SqliteStorage`), to which the copies move with their ids.
    The dicts because SQLite costs a crawl four times what it costs in a tight loop
    (its statements run with caches that the page's extraction has just filled): a
    placement takes 0.09 ms of CPU in a loop, 0.383 a page in a crawl, 0.181 with the
    dicts (0.473x; ``benchmarks/bench_stages.py`` on trafeval's 949 pages, interleaved
    with SQLite in memory, median of 3 rounds). Same placements, pruning and ids as
    SQLite (tested side by side); a copy's band keys are found again from its
    signature when it is pruned.
    """

    def __init__(self, window: float, limit: int = MEMORY_COPIES) -> None:
        self.window = window
        self.limit = limit
        self.copies: dict[int, Entry] = {}
        self.url_ids: dict[int, int] = {}
        #: id → URL hash: a pruned copy's URL forgotten, and the hashes moved to SQLite.
        self.url_hashes: dict[int, int] = {}
        #: band key → id of its one copy, or ids of its copies in insertion order.
        self.bands: dict[int, int | list[int]] = {}
        self.inserted = 0
        self._pruned = 0
        #: Where the copies went past ``limit`` copies.
        self.sqlite: SqliteStorage | None = None

    @property
    def pruned(self) -> int:
        """Copies pruned as the index grew."""
        return self.sqlite.pruned if self.sqlite is not None else self._pruned

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Nothing to lock: the index is the crawl's own."""
        yield

    def by_url(self, urlhash: int) -> Entry | None:
        if self.sqlite is not None:
            return self.sqlite.by_url(urlhash)
        found = self.url_ids.get(urlhash)
        return None if found is None else self.copies[found]

    def get(self, entry_id: int) -> Entry | None:
        if self.sqlite is not None:
            return self.sqlite.get(entry_id)
        return self.copies.get(entry_id)

    def candidates(self, band_keys: list[int], per_band: int) -> list[Entry]:
        if self.sqlite is not None:
            return self.sqlite.candidates(band_keys, per_band)
        ids: set[int] = set()
        for key in band_keys:
            held = self.bands.get(key)
            if type(held) is int:
                ids.add(held)
            elif held is not None:
                ids.update(held[:per_band])
        return [self.copies[i] for i in sorted(ids)]

    def insert(self, urlhash: int, first: int | None, story: str, canonical: str, seen: float,
               signature: Signature, band_keys: list[int]) -> int:
        if self.sqlite is None and len(self.copies) >= self.limit:
            self._move_to_sqlite()
        if self.sqlite is not None:
            return self.sqlite.insert(urlhash, first, story, canonical, seen, signature, band_keys)
        entry_id = next(reversed(self.copies), 0) + 1  # as SQLite numbers rows: after the last one left
        self.copies[entry_id] = Entry(entry_id, entry_id if first is None else first, story, canonical,
                                      int(seen), signature)
        self.url_ids.setdefault(urlhash, entry_id)
        self.url_hashes[entry_id] = urlhash
        for key in band_keys:
            self._band(key, entry_id)
        self.inserted += 1
        if self.inserted % PRUNE_EVERY == 0:
            self._pruned += self.prune()
        return entry_id

    def _band(self, key: int, entry_id: int) -> None:
        held = self.bands.get(key)
        if held is None:
            self.bands[key] = entry_id
        elif type(held) is int:
            if held != entry_id:  # two bands of one copy with one key: one row in SQLite too
                self.bands[key] = [held, entry_id]
        elif held[-1] != entry_id:
            held.append(entry_id)

    def prune(self, now: float | None = None) -> int:
        """Delete the copies older than the window, earliest first; how many."""
        if self.sqlite is not None:
            return self.sqlite.prune(now)
        before = int((time.time() if now is None else now) - self.window)
        deleted = 0
        while self.copies:
            entry = self.copies[next(iter(self.copies))]
            if entry.seen >= before:
                break
            self._forget(entry)
            deleted += 1
        return deleted

    def _forget(self, entry: Entry) -> None:
        del self.copies[entry.id]
        urlhash = self.url_hashes.pop(entry.id)
        if self.url_ids.get(urlhash) == entry.id:
            del self.url_ids[urlhash]
        for key in entry.signature.band_keys():
            held = self.bands.get(key)
            if held == entry.id:
                del self.bands[key]
            elif type(held) is list and entry.id in held:
                held.remove(entry.id)
                if len(held) == 1:
                    self.bands[key] = held[0]

    def _move_to_sqlite(self) -> None:
        storage = SqliteStorage(":memory:", self.window)
        with storage.db:
            for entry in self.copies.values():
                storage.add(self.url_hashes[entry.id], None if entry.first == entry.id else entry.first, entry.story,
                            entry.canonical, entry.seen, entry.signature, entry.signature.band_keys(), entry.id)
        storage.inserted, storage.pruned = self.inserted, self._pruned
        self.sqlite = storage
        self.copies, self.url_ids, self.url_hashes, self.bands = {}, {}, {}, {}

    def close(self) -> None:
        if self.sqlite is not None:
            self.sqlite.close()
