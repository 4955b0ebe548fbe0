"""Loads the archive into SQLite, incrementally: each batch once.

Tables (created on first use):

- ``stories``: one row per story (``canonicalUrl``, else ``url``: the primary
  key), its latest line's fields as columns (lists and objects as JSON text),
  ``removed`` 1 on a tombstone (the row stays: a consumer must see the
  removal), plus ``batch``, the file it came from. The view ``live_stories``
  leaves tombstones out.
- ``versions``: every line loaded, keyed by (``batch``, ``line``): the
  story's key, ``version``, ``contentHash``, ``previousContentHash``,
  ``dateDownloaded``, ``removed`` and the whole line as JSON text.
- ``newsspider_cursor``: the last batch loaded (:mod:`newsspider.archive.reader`).

Each batch is loaded in one transaction with the cursor, so a load killed
halfway resumes at the batch it was in, and running the load twice loads
nothing twice. Two loads into one database at once (a cron job overlapping the
last, two consumers) take turns: each holds a ``flock`` on ``<database>.load.lock``
(:mod:`newsspider.openlock`) for its whole load, so the second reads the cursor
the first committed and loads only what is newer. Shorter transactions would
not do: the second load would read the same cursor and, waiting on the first's
commits, load the same batches again. A later line replaces a story's row unless both have a
``version`` and the new one's is lower (as :mod:`newsspider.archive.latest`).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsspider.archive.latest import story_of
from newsspider.archive.reader import Progress, Reading
from newsspider.items import EXPORT_FIELDS
from newsspider.openlock import opening

logger = logging.getLogger(__name__)

#: Lines (and batches) loaded per transaction.
LINES_PER_COMMIT = 5_000
_COLUMNS = ", ".join(f'"{name}"' for name in EXPORT_FIELDS)
_STORY_FIELDS = [name for name in EXPORT_FIELDS if name != "canonicalUrl"]

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS stories (
    "canonicalUrl" TEXT PRIMARY KEY,
    {", ".join(f'"{name}"' for name in _STORY_FIELDS)},
    batch TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS versions (
    batch TEXT NOT NULL,
    line INTEGER NOT NULL,
    "canonicalUrl" TEXT NOT NULL,
    version INTEGER,
    "contentHash" TEXT,
    "previousContentHash" TEXT,
    "dateDownloaded" TEXT,
    removed INTEGER NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (batch, line)
);
CREATE INDEX IF NOT EXISTS versions_by_story ON versions ("canonicalUrl", version);
CREATE VIEW IF NOT EXISTS live_stories AS SELECT * FROM stories WHERE NOT coalesce(removed, 0);
CREATE TABLE IF NOT EXISTS newsspider_cursor (id INTEGER PRIMARY KEY CHECK (id = 1), batch TEXT NOT NULL);
"""

_UPSERT_STORY = f"""
INSERT INTO stories ({_COLUMNS}, batch) VALUES ({", ".join("?" for _ in EXPORT_FIELDS)}, ?)
ON CONFLICT ("canonicalUrl") DO UPDATE SET
    {", ".join(f'"{name}" = excluded."{name}"' for name in _STORY_FIELDS)}, batch = excluded.batch
WHERE excluded.version IS NULL OR stories.version IS NULL OR excluded.version >= stories.version
"""
_INSERT_VERSION = """
INSERT OR IGNORE INTO versions (batch, line, "canonicalUrl", version, "contentHash", "previousContentHash",
                                "dateDownloaded", removed, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


@dataclass(slots=True)
class LoadResult:
    batches: int = 0
    lines: int = 0
    cursor: str | None = None


def cursor_of(db: sqlite3.Connection) -> str | None:
    """The last batch loaded into ``db``, or None."""
    row = db.execute("SELECT batch FROM newsspider_cursor WHERE id = 1").fetchone()
    return row[0] if row else None


def load(root: str | Path, database: str | Path) -> LoadResult:
    """Load the batches under ``root`` not yet in ``database`` (see the module's docstring)."""
    with opening(f"{database}.load.lock"):
        result = _load_new_batches(root, database)
    logger.info("Loaded %(lines)d lines from %(batches)d new batches into %(db)s (cursor %(cursor)s)",
                {"lines": result.lines, "batches": result.batches, "db": str(database), "cursor": result.cursor})
    return result


def _load_new_batches(root: str | Path, database: str | Path) -> LoadResult:
    db = sqlite3.connect(database, isolation_level=None)  # transactions opened and committed here
    try:
        # WAL, synced at checkpoints, and one commit per LINES_PER_COMMIT lines: a
        # commit per batch, synced, made 20,000 lines take 14 s instead of 3
        # (benchmarks/bench_archive.py). Each commit holds whole batches and the
        # cursor, so a crash loses only uncommitted batches, which the next load reads again.
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.executescript(_SCHEMA)
        since = cursor_of(db)
        reading = Reading(root, since, progress=Progress("Loaded"))
        result = LoadResult(cursor=since)
        pending = 0
        db.execute("BEGIN")
        for batch, lines in reading.batches():
            stories, versions = [], []
            for number, raw in enumerate(lines):
                line = reading.parse(raw, batch, number + 1)
                story = story_of(line) if line is not None else None
                if story is None:
                    continue
                assert line is not None
                stories.append(_story_row(line, story, batch.name))
                versions.append(_version_row(line, story, batch.name, number, raw))
            db.executemany(_UPSERT_STORY, stories)
            db.executemany(_INSERT_VERSION, versions)
            db.execute("INSERT INTO newsspider_cursor (id, batch) VALUES (1, ?) "
                       "ON CONFLICT (id) DO UPDATE SET batch = excluded.batch", (batch.name,))
            result.batches += 1
            result.lines += len(versions)
            result.cursor = batch.name
            pending += len(versions) + 1
            if pending >= LINES_PER_COMMIT:
                db.execute("COMMIT")
                db.execute("BEGIN")
                pending = 0
        db.execute("COMMIT")
    finally:
        db.close()  # an open transaction (an error) is rolled back
    return result


_STORY_INDEX = EXPORT_FIELDS.index("canonicalUrl")


def _story_row(line: dict[str, Any], story: str, batch: str) -> list[Any]:
    values = [_column(line.get(name)) for name in EXPORT_FIELDS]
    values[_STORY_INDEX] = story
    values.append(batch)
    return values


def _column(value: Any) -> Any:
    """A line's value as SQLite stores it: lists and objects as JSON text."""
    if type(value) in (list, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _version_row(line: dict[str, Any], story: str, batch: str, number: int, raw: bytes) -> tuple[Any, ...]:
    version = line.get("version")
    return (batch, number, story, version if type(version) is int else None, line.get("contentHash"),
            line.get("previousContentHash"), line.get("dateDownloaded"), int(line.get("removed") is True),
            raw.decode("utf-8").rstrip("\n"))
