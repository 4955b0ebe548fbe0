"""Reading the archive's batches: complete ones only, in order, from a cursor.

Batches are ``<root>/<spider>/<YYYY-MM-DD>/<time>-<pid>[-<worker>]-<batch>.jsonl[.gz]``
(see :mod:`newsspider.feedstorage`). **Order**: by file name, which starts
with the run's start time (UTC, to the millisecond), then the process id
(and worker), then the zero-padded batch number; so runs in the order they
started, a run's batches in the order written, lines in file order. The spider
and day folders do not take part (the time is in the name).

**Cursor**: the name of the last batch read. ``read(root, since=cursor)``
yields only batches whose name sorts after it.

**Batches being written** are ``<name>.part`` files: never read. A run that
started earlier can still be writing a batch whose name sorts before
complete batches of later runs (two crawls at once, a long crawl); a reader
that read past it would move its cursor beyond a batch it has not seen yet
and lose it. So a read stops before the first ``.part`` file in that order:
the complete batches after it wait for the next read. A ``.part`` file not
written to for ``stale_part_after`` seconds (default six hours) is what a
killed crawl left behind (the next crawl with the same ``JOBDIR`` removes
it): it is logged once and not waited for. A batch that appears during the
read with a name after the last one listed is read next time.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from newsspider.batchfiles import BATCH_SUFFIXES, PART_SUFFIX

logger = logging.getLogger(__name__)

#: Seconds without a write after which a ``.part`` file is taken for a killed crawl's leftover.
STALE_PART_AFTER = 6 * 3600.0
#: Seconds between two progress lines in the log.
PROGRESS_EVERY = 10.0


@dataclass(slots=True, frozen=True)
class Batch:
    """One complete batch file."""

    path: Path

    @property
    def name(self) -> str:
        """The file name: what the order and the cursor are made of."""
        return self.path.name

    def open(self) -> IO[bytes]:
        """The batch's bytes, gunzipped where the name ends in ``.gz``."""
        if self.path.name.endswith(".gz"):
            return gzip.open(self.path, "rb")  # type: ignore[return-value]
        return self.path.open("rb")

    def raw_lines(self) -> Iterator[bytes]:
        """The batch's lines as written (with their newline), blank lines left out.

        A file that vanished (removed by hand) or cannot be read to its end (a
        corrupt gzip stream) is logged, and its lines read so far kept; never raised."""
        try:
            with self.open() as file:
                for line in file:
                    if not line.isspace():  # not strip(): that copies every 3 KB line
                        yield line
        except (OSError, EOFError) as error:
            logger.error("Batch %(path)s could not be read to its end: %(error)s",
                         {"path": str(self.path), "error": error})


def batch_key(name: str) -> str:
    """The sort key of a batch or ``.part`` file name: the batch's name."""
    return name.removesuffix(PART_SUFFIX)


def list_batches(root: str | Path, since: str | None = None, *,
                 stale_part_after: float = STALE_PART_AFTER) -> list[Batch]:
    """The complete batches under ``root`` after ``since``, in order, up to (not
    including) the first batch still being written (see the module's docstring)."""
    complete: list[Batch] = []
    pending: list[str] = []
    now = time.time()
    for folder, _dirs, names in os.walk(root):
        for name in names:
            if since is not None and batch_key(name) <= since:
                continue
            if name.endswith(BATCH_SUFFIXES):
                complete.append(Batch(Path(folder) / name))
            elif name.endswith(PART_SUFFIX) and batch_key(name).endswith(BATCH_SUFFIXES):
                if not _stale(Path(folder) / name, now, stale_part_after):
                    pending.append(batch_key(name))
    complete.sort(key=lambda batch: batch.name)
    if pending:
        first_pending = min(pending)
        complete = [batch for batch in complete if batch.name < first_pending]
    return complete


def _stale(path: Path, now: float, after: float) -> bool:
    try:
        idle = now - path.stat().st_mtime
    except FileNotFoundError:  # renamed since it was listed: complete, listed next time
        return False
    if idle <= after:
        return False
    logger.warning("Not waiting for %(path)s: not written to for %(hours).1f hours (left by a killed crawl?)",
                   {"path": str(path), "hours": idle / 3600})
    return True


@dataclass(slots=True)
class Progress:
    """Batches and lines read, logged every ``every`` seconds and at the end."""

    what: str = "Read"
    every: float = PROGRESS_EVERY
    batches: int = 0
    lines: int = 0
    started: float = field(default_factory=time.monotonic)
    last_logged: float = field(default_factory=time.monotonic)

    def add(self, batches: int = 0, lines: int = 0) -> None:
        self.batches += batches
        self.lines += lines
        now = time.monotonic()
        if now - self.last_logged >= self.every:
            self.last_logged = now
            self.log()

    def log(self) -> None:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        logger.info("%(what)s: %(batches)d batches, %(lines)d lines in %(elapsed).1f s "
                    "(%(bps).1f batches/s, %(lps).0f lines/s)",
                    {"what": self.what, "batches": self.batches, "lines": self.lines, "elapsed": elapsed,
                     "bps": self.batches / elapsed, "lps": self.lines / elapsed})


class Reading:
    """The lines of the complete batches after a cursor (:func:`read`).

    Iterate it for the lines (parsed JSON objects), or :meth:`batches` for the
    batches and their raw lines. :attr:`cursor` is the name of the last batch
    read to its end: store it and pass it as ``since`` to read on from there.
    """

    def __init__(self, root: str | Path, since: str | None = None, *,
                 stale_part_after: float = STALE_PART_AFTER, progress: Progress | None = None) -> None:
        self.root = Path(root)
        self.since = since
        self.stale_part_after = stale_part_after
        self.progress = progress or Progress()
        #: The last batch read to its end (``since`` until one is).
        self.cursor: str | None = since
        #: Lines that were not JSON objects (skipped, with a warning).
        self.broken = 0

    def batches(self) -> Iterator[tuple[Batch, Iterator[bytes]]]:
        """Each complete batch with its raw lines; the cursor moves past a batch
        once its lines have all been taken."""
        for batch in list_batches(self.root, self.since, stale_part_after=self.stale_part_after):
            lines = _counted(batch.raw_lines(), self.progress)
            yield batch, lines
            for _rest in lines:  # a batch left half-read is read to its end: the cursor says "all of it"
                pass
            self.cursor = batch.name
            self.progress.add(batches=1)
        self.progress.log()

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for batch, lines in self.batches():
            for number, raw in enumerate(lines, 1):
                line = self.parse(raw, batch, number)
                if line is not None:
                    yield line

    def parse(self, raw: bytes, batch: Batch, number: int) -> dict[str, Any] | None:
        """The JSON object of a raw line, or None (counted, logged) where it is none."""
        try:
            line = json.loads(raw)
        except ValueError:
            line = None
        if isinstance(line, dict):
            return line
        self.broken += 1
        logger.warning("Line %(number)d of %(path)s is not a JSON object: skipped",
                       {"number": number, "path": str(batch.path)})
        return None


def _counted(lines: Iterator[bytes], progress: Progress) -> Iterator[bytes]:
    for line in lines:
        progress.add(lines=1)
        yield line


def read(root: str | Path, since: str | None = None, *, stale_part_after: float = STALE_PART_AFTER) -> Reading:
    """The lines of the archive under ``root``, from the batches after ``since``.

    ::

        reading = read("archive", since=saved_cursor)
        for line in reading:
            ...
        saved_cursor = reading.cursor
    """
    return Reading(root, since, stale_part_after=stale_part_after)
