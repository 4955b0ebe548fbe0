"""Local feed files that a reader never sees half-written.

Scrapy's ``FileFeedStorage`` writes straight into the final path, so a reader
polling the folder can read a partial line, and a killed crawl leaves one.
This storage writes ``<path>.part`` and renames it to ``<path>`` (atomic on
one filesystem) only when the feed, or the batch, is complete. A path ending
in ``.gz`` is written gzipped.

Where the crawl keeps an archive state, the storage also drives its
two-phase commit: the batch is registered before its ``.part`` file exists,
its items are tied to it just before the rename and counted as archived just
after (see :mod:`newsspider.state.store`).

``run_uri_params`` (``FEED_URI_PARAMS``) names every file of a run after the
run's start: ``%(time)s`` (to the millisecond, then the process id: two
runs started in the same millisecond on one machine, which happens when a
scheduler starts them together, must never share a file), ``%(day)s`` (the UTC day the run
started) and ``%(ext)s`` (``jsonl``, or ``jsonl.gz`` with
``NEWSSPIDER_GZIP``) and ``%(archive_dir)s`` (``NEWSSPIDER_ARCHIVE_DIR``); the
run summary uses the same names.
"""

from __future__ import annotations

import gzip
import os
import shutil
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from scrapy.extensions.feedexport import FileFeedStorage

from newsspider.batchfiles import partial_path
from newsspider.state.crawler import CrawlState, crawl_state
from newsspider.stats import count

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler


class RunStart:
    """Extension: when the run started (as its extensions were built), which names
    its output files (:func:`run_params`)."""

    def __init__(self) -> None:
        self.at = datetime.now(timezone.utc)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunStart:
        return cls()


def run_params(crawler: Crawler) -> dict[str, str]:
    """``time``, ``day``, ``ext`` and ``archive_dir`` of this crawl's output file names."""
    clock = crawler.get_extension(RunStart)
    if clock is None:
        raise RuntimeError(f"{RunStart.__module__}.{RunStart.__name__} is not in EXTENSIONS: "
                           "the run's output files cannot be named")
    start = clock.at
    stamp = start.strftime("%Y-%m-%dT%H-%M-%S.") + f"{start.microsecond // 1000:03d}Z-{os.getpid()}"
    ext = "jsonl.gz" if crawler.settings.getbool("NEWSSPIDER_GZIP") else "jsonl"
    return {"time": stamp, "day": start.strftime("%Y-%m-%d"), "ext": ext,
            "archive_dir": crawler.settings["NEWSSPIDER_ARCHIVE_DIR"]}


def run_uri_params(params: dict[str, Any], spider: Spider) -> dict[str, Any]:
    """``FEED_URI_PARAMS``: Scrapy's parameters plus :func:`run_params`."""
    return {**params, **run_params(spider.crawler)}


class AtomicFileFeedStorage(FileFeedStorage):
    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None,
                 crawler: Crawler | None = None) -> None:
        super().__init__(uri, feed_options=feed_options)
        self.crawler = crawler
        self.final = Path(self.path)
        self.partial = partial_path(self.final)
        self.state: CrawlState | None = None
        self.raw: IO[bytes] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler, uri: str, *,
                     feed_options: dict[str, Any] | None = None) -> AtomicFileFeedStorage:
        return cls(uri, feed_options=feed_options, crawler=crawler)

    def open(self, spider: Spider) -> IO[bytes]:
        self.final.parent.mkdir(parents=True, exist_ok=True)
        self.state = crawl_state(self.crawler) if self.crawler else None
        if self.state:
            self.state.store.batch_opened(self.final.resolve())
        if self.write_mode == "ab" and self.final.exists():
            shutil.copyfile(self.final, self.partial)
        self.raw = self.partial.open(self.write_mode)
        if self.final.suffix == ".gz":
            return gzip.GzipFile(fileobj=self.raw, mode=self.write_mode)  # type: ignore[return-value]
        return self.raw

    def store(self, file: IO[bytes]) -> None:
        assert self.raw is not None
        if file is not self.raw:
            file.close()  # the gzip stream; the file beneath stays open
        self.raw.flush()
        os.fsync(self.raw.fileno())
        self.raw.close()
        if self.state is None:
            os.replace(self.partial, self.final)
            return
        final = self.final.resolve()
        self.state.store.batch_ready(final, self.partial)
        os.replace(self.partial, self.final)
        committed = self.state.store.batch_stored(final)
        assert self.state.crawler.stats is not None
        count(self.state.crawler.stats, "archive", "committed", committed)
