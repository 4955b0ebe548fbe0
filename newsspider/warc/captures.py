"""The last capture of each URL, for the ``revisit`` record of a ``304``.

A conditional request is sent for a page the archive has; when the server
answers ``304 Not Modified`` the revisit record names the capture it refers
to (``WARC-Refers-To``, ``-Target-URI``, ``-Date``). That capture may be in a
file of an earlier run, so the index is a SQLite file beside the WARC files
(``captures.sqlite``), keyed by the URL requested.

Several crawls may write into one folder at once (cron overlap, two scrapyd
jobs, Redis workers on one disk), so the index is shared:

- it is opened one crawl at a time (:func:`newsspider.openlock.opening`, a
  lock file beside it): switching a new file to WAL while another crawl does
  is refused at once, without waiting the busy timeout;
- each capture is committed by itself (autocommit, WAL, ``synchronous=NORMAL``:
  no fsync but at checkpoints), so no crawl holds the write lock for longer
  than one insert. It was held across 200 captures, and another crawl's
  insert then waited the whole busy timeout, with the reactor stopped, and
  failed; a crawl whose read snapshot a commit had outdated failed at once,
  for the rest of its run. Cost: 15 µs of CPU a capture instead of 5 (75 µs
  of wall time instead of 30: a WAL write each, no fsync; 5,000 captures, six
  rounds interleaved), against about 1 ms of CPU a page that writing WARC
  costs; ``benchmarks/bench_warc.py --pages 5000 --repeat 2``, two rounds each
  way on a loaded 2-core machine, cannot tell them apart (WARC cost 0.29 and
  1.26 ms of CPU a page before, -0.15 and 1.02 after).

A killed crawl forgets none of its captures (each commit is in the WAL before
the next page); a power cut may forget the last few, whose revisits then carry
no ``WARC-Refers-To`` (the profile allows that). A write that fails anyway
(``sqlite3.Error``: a lock held past :data:`BUSY_TIMEOUT`, a full disk) raises;
the WARC middleware counts it and goes on.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newsspider.openlock import opening_database
from newsspider.warc.records import EarlierCapture

FILE_NAME = "captures.sqlite"
#: Seconds a write waits for another crawl's lock. The crawl's reactor waits with it,
#: and no writer holds the lock for more than one insert: a longer wait is a crawl
#: gone wrong (or an older version holding a long transaction), better counted than waited.
BUSY_TIMEOUT = 5.0


class CaptureIndex:
    def __init__(self, folder: str | Path) -> None:
        path = Path(folder) / FILE_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None)
        with opening_database(path):  # two crawls starting at once: see openlock
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("CREATE TABLE IF NOT EXISTS captures "
                            "(key TEXT PRIMARY KEY, record_id TEXT NOT NULL, url TEXT NOT NULL, date TEXT NOT NULL)")

    def remember(self, url: str, capture: EarlierCapture) -> None:
        """Record ``capture`` as the last of ``url``, committed at once."""
        self.db.execute("INSERT OR REPLACE INTO captures VALUES (?, ?, ?, ?)",
                        (url, capture.record_id, capture.url, capture.date))

    def earlier(self, url: str) -> EarlierCapture | None:
        row = self.db.execute("SELECT record_id, url, date FROM captures WHERE key = ?", (url,)).fetchone()
        return EarlierCapture(*row) if row else None

    def close(self) -> None:
        self.db.close()
