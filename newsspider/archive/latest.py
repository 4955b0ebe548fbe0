"""The archive's current state: one line per story, its latest version.

A story is its ``canonicalUrl`` (else its ``url``), as the spider
canonicalised it. Its latest line is the last one in the archive's order
(:mod:`newsspider.archive.reader`), except that a line with a lower
``version`` than the one kept does not replace it (a full run's lines have
``version`` null: "not tracked", they replace by order). A story whose latest
line is a tombstone (``removed: true``) is left out unless asked for.

Memory stays flat however many lines: the first pass keeps, per story, only
where its latest line is (batch, line number, version) in an SQLite index on
disk; the second pass reads the batches again and writes the lines the index
points to, in archive order, as they were written (no re-encoding).
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from newsspider.archive.reader import Batch, Progress, Reading

logger = logging.getLogger(__name__)

_INDEX = """
CREATE TABLE latest (story TEXT PRIMARY KEY, batch INTEGER NOT NULL, line INTEGER NOT NULL,
                     version INTEGER, removed INTEGER NOT NULL) WITHOUT ROWID
"""
#: Replaces the kept line unless both have a version and the new one's is lower.
_UPSERT = """
INSERT INTO latest (story, batch, line, version, removed) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (story) DO UPDATE SET batch = excluded.batch, line = excluded.line,
    version = excluded.version, removed = excluded.removed
WHERE excluded.version IS NULL OR latest.version IS NULL OR excluded.version >= latest.version
"""


@dataclass(slots=True)
class LatestResult:
    batches: int = 0
    lines: int = 0
    stories: int = 0
    removed: int = 0
    written: int = 0
    cursor: str | None = None


def story_of(line: dict[str, Any]) -> str | None:
    """The story a line belongs to: its ``canonicalUrl``, else its ``url``."""
    return line.get("canonicalUrl") or line.get("url")


def index_latest(reading: Reading, db: sqlite3.Connection) -> tuple[list[Batch], LatestResult]:
    """Pass one: where each story's latest line is, in table ``latest`` of ``db``."""
    db.execute(_INDEX)
    batches: list[Batch] = []
    result = LatestResult()
    for batch, lines in reading.batches():
        rows = []
        for number, raw in enumerate(lines):
            line = reading.parse(raw, batch, number + 1)
            story = story_of(line) if line is not None else None
            if story is None:
                continue
            version = line.get("version")  # type: ignore[union-attr]
            rows.append((story, len(batches), number, version if type(version) is int else None,
                         int(line.get("removed") is True)))  # type: ignore[union-attr]
        with db:
            db.executemany(_UPSERT, rows)
        batches.append(batch)
        result.lines += len(rows)
    db.execute("CREATE INDEX latest_by_batch ON latest (batch, line)")
    result.batches = len(batches)
    result.cursor = reading.cursor
    result.stories, result.removed = db.execute("SELECT count(*), coalesce(sum(removed), 0) FROM latest").fetchone()
    return batches, result


def latest_lines(batches: list[Batch], db: sqlite3.Connection, *, with_removed: bool = False) -> Iterator[bytes]:
    """Pass two: the latest line of each story, as written, in archive order."""
    progress = Progress("Latest lines written")
    for index, batch in enumerate(batches):
        wanted = {line for (line,) in db.execute(
            "SELECT line FROM latest WHERE batch = ? AND (removed = 0 OR ?)", (index, int(with_removed)))}
        if wanted:
            for number, raw in enumerate(batch.raw_lines()):
                if number in wanted:
                    yield raw if raw.endswith(b"\n") else raw + b"\n"
                    progress.add(lines=1)
        progress.add(batches=1)
    progress.log()


def write_latest(root: str | Path, out: IO[bytes] | None = None, *, with_removed: bool = False,
                 since: str | None = None, sink: Any = None) -> LatestResult:
    """Write the archive's current state under ``root`` to ``out`` (JSON Lines),
    or hand each latest line (raw bytes) to ``sink``; return the counts."""
    with tempfile.TemporaryDirectory(prefix="newsspider-latest-") as folder:
        db = sqlite3.connect(Path(folder) / "index.sqlite")
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        try:
            reading = Reading(root, since, progress=Progress("Indexed"))
            batches, result = index_latest(reading, db)
            for raw in latest_lines(batches, db, with_removed=with_removed):
                if sink is not None:
                    sink(raw)
                else:
                    assert out is not None
                    out.write(raw)
                result.written += 1
        finally:
            db.close()
    logger.info("Latest state: %(stories)d stories (%(removed)d removed) from %(lines)d lines in "
                "%(batches)d batches; %(written)d lines written",
                {"stories": result.stories, "removed": result.removed, "lines": result.lines,
                 "batches": result.batches, "written": result.written})
    return result
