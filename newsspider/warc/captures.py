"""The last capture of each URL, for the ``revisit`` record of a ``304``.

A conditional request is sent for a page the archive has; when the server
answers ``304 Not Modified`` the revisit record names the capture it refers
to (``WARC-Refers-To``, ``-Target-URI``, ``-Date``). That capture may be in a
file of an earlier run, so the index is a SQLite file beside the WARC files
(``captures.sqlite``), keyed by the URL requested. Committed every
``COMMIT_EVERY`` captures and at close: a killed run forgets its last few,
whose revisits then carry no ``WARC-Refers-To`` (the profile allows that).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newsspider.warc.records import EarlierCapture

FILE_NAME = "captures.sqlite"
COMMIT_EVERY = 200


class CaptureIndex:
    def __init__(self, folder: str | Path) -> None:
        Path(folder).mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(Path(folder) / FILE_NAME, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS captures "
                        "(key TEXT PRIMARY KEY, record_id TEXT NOT NULL, url TEXT NOT NULL, date TEXT NOT NULL)")
        self.pending = 0
        self.db.execute("BEGIN")

    def remember(self, url: str, capture: EarlierCapture) -> None:
        self.db.execute("INSERT OR REPLACE INTO captures VALUES (?, ?, ?, ?)",
                        (url, capture.record_id, capture.url, capture.date))
        self.pending += 1
        if self.pending >= COMMIT_EVERY:
            self.db.execute("COMMIT")
            self.db.execute("BEGIN")
            self.pending = 0

    def earlier(self, url: str) -> EarlierCapture | None:
        row = self.db.execute("SELECT record_id, url, date FROM captures WHERE key = ?", (url,)).fetchone()
        return EarlierCapture(*row) if row else None

    def close(self) -> None:
        self.db.execute("COMMIT")
        self.db.close()
