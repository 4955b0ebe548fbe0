"""One process at a time opening a shared SQLite file.

Two crawls started together (cron, scrapyd, a second worker on the same
archive folder) both open a new database and switch it to WAL. SQLite answers
the second one "database is locked" at once, without waiting its busy timeout,
because changing the journal mode needs a lock its busy handler does not wait
for. So whoever opens a shared file (the archive state, the syndication index,
the WARC capture index) holds an exclusive ``flock`` on a lock file beside it
while it switches the journal mode and creates its tables; the system releases
the lock if the process dies. Past the opening, each keeps its write
transactions short: a crawl waiting for another's lock waits its busy timeout
with its reactor stopped.
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path


@contextmanager
def opening(lock_path: str | Path) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``lock_path`` (created if missing) for the block."""
    with Path(lock_path).open("w") as file:
        fcntl.flock(file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(file, fcntl.LOCK_UN)


def opening_database(path: str | Path) -> AbstractContextManager[None]:
    """Hold the opening lock of the SQLite file ``path``: ``<path>.opening.lock``, beside it."""
    return opening(f"{path}.opening.lock")
