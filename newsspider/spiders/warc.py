"""``scrapy crawl warc -a files=PATH[,PATH...]``: extract the stories of WARC files.

``files``: WARC files (``.warc``, ``.warc.gz``), globs (quote them), folders
(their ``*.warc`` and ``*.warc.gz``, never ``.open`` ones) or a text file
listing any of those, one a line (relative to its own folder), ``#``
comments allowed. Ours (``NEWSSPIDER_WARC_DIR``) or Common Crawl's (CC-NEWS).
``domains=a.com,b.com`` keeps only pages of those domains (and their
subdomains); ``since=2d`` or an ISO date keeps only records captured since.

Each 200 HTML ``response`` record goes through the same ``parse_article``
callback, item pipelines, archive state and batches as a live crawl: the
item's ``url`` is the record's ``WARC-Target-URI``, its ``dateDownloaded``
the ``WARC-Date``, its ``warc`` where the record is. The spider is
incremental (the archive state in ``NEWSSPIDER_STATE_DIR`` exports only new
stories and new versions of changed ones), so reading the project's own WARC
files again after an extractor change exports only the stories whose
content changed, and a run killed and started again (same command) exports
each story once. ``-a incremental=false`` exports every page read.

Why the spider builds the responses itself instead of yielding requests that
a downloader middleware answers from the file: a record is then read once
(one decompression; the request route reads it once to list it and again to
answer it), nothing of the record goes through the scheduler (a CC-NEWS file
holds some 40,000 responses: requests would fill a ``JOBDIR`` or the shared
Redis queue with pickled references to a file only this worker can read),
and the WARC file, not the request, is the unit of work that Redis workers
share (:mod:`newsspider.redis.warcfiles`: with ``NEWSSPIDER_REDIS_URL``, the
``files`` given to any worker are queued once, and each worker reads the
files it takes from the queue). Items yielded from ``start()``
go through the spider middlewares, pipelines and feed exports as any other.

Counters: ``newsspider/warc/records/<type>`` (every record read, by
``WARC-Type``), ``newsspider/skipped/warc_<reason>`` (see
:mod:`newsspider.warc.reader`), ``newsspider/warc/files_read``,
``newsspider/failed/warc_file`` (a file that cannot be opened, or not read
to its end; an ERROR line, the next file is read) and ``newsspider/failed/spider_error`` (extraction raised: a
traceback at ERROR, the run goes on). Progress (records/s, bytes done of
the file's size) is logged every ``PROGRESS_EVERY`` seconds.
"""

from __future__ import annotations

import glob
import importlib.util
import logging
import time
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes

from newsspider.discovery.dates import parse_since
from newsspider.items import Article
from newsspider.redis.addon import redis_url
from newsspider.spiders.base import ArticleSpider
from newsspider.stats import count

if TYPE_CHECKING:
    from newsspider.warc.reader import ArchivedPage, Skipped, WarcReader

logger = logging.getLogger(__name__)

#: Seconds between two progress lines while a file is read.
PROGRESS_EVERY = 10.0
WARC_SUFFIXES = (".warc", ".warc.gz")


def warc_paths(files: str) -> list[Path]:
    """The WARC files ``files`` names (see the module's docstring), in order, each once."""
    found: list[Path] = []
    for entry in (part.strip() for part in files.split(",")):
        if entry:
            found.extend(_expand(entry, Path.cwd()))
    return list(dict.fromkeys(found))


def _expand(entry: str, folder: Path) -> list[Path]:
    path = Path(entry) if Path(entry).is_absolute() else folder / entry
    if glob.has_magic(entry):
        return [Path(p) for p in sorted(glob.glob(str(path))) if p.endswith(WARC_SUFFIXES)]
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.name.endswith(WARC_SUFFIXES))
    if path.name.endswith(WARC_SUFFIXES) or not path.is_file():
        return [path]  # a missing file is reported when it is read
    listed = (line.strip() for line in path.read_text("utf-8").splitlines())
    return [p for line in listed if line and not line.startswith("#") for p in _expand(line, path.parent)]


class WarcSpider(ArticleSpider):
    name = "warc"

    def __init__(self, files: str = "", domains: str = "", since: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.paths = warc_paths(files) if files else []
        self.domains = tuple(d.strip().lower().removeprefix("www.") for d in domains.split(",") if d.strip())
        self.since = parse_since(since) if since else None

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> WarcSpider:
        if importlib.util.find_spec("fastwarc") is None:
            raise RuntimeError("scrapy crawl warc needs fastwarc: pip install 'newsspider[warc]'")
        spider = super().from_crawler(crawler, *args, **kwargs)
        if not spider.paths and not redis_url(crawler.settings):
            raise ValueError("give the WARC files to read: -a files=PATH[,PATH...] (files, globs, folders, a list)")
        return spider

    async def start(self) -> AsyncIterator[Any]:
        if not redis_url(self.crawler.settings):
            for path in self.paths:
                for item in self.read_file(path):
                    yield item
            return
        from newsspider.redis.warcfiles import warc_file_queue

        queue = warc_file_queue(self.crawler)
        queued = queue.push(self.paths)
        if self.paths:
            self.logger.info("WARC files queued for the workers: %(n)d of %(given)d (the others were already)",
                             {"n": queued, "given": len(self.paths)})
        while (path := await queue.next_file()) is not None:
            for item in self.read_file(path):
                yield item

    def read_file(self, path: Path) -> Iterator[Article]:
        """The articles of one WARC file; every record counted."""
        from newsspider.warc.reader import Skipped, WarcReader  # needs fastwarc: pip install newsspider[warc]

        stats = self.crawler.stats
        assert stats is not None
        try:
            reader = WarcReader(path, max_size=self.crawler.settings.getint("DOWNLOAD_MAXSIZE"), keep=self.keep)
        except OSError as exc:
            count(stats, "failed", "warc_file")
            self.logger.error("WARC file not read: %(path)s: %(error)s", {"path": path, "error": exc})
            return
        progress = Progress(reader)
        try:
            for entry in reader:
                count(stats, "outcome", "requested")
                if isinstance(entry, Skipped):
                    count(stats, "skipped", entry.reason)
                    self.log_skipped(entry)
                else:
                    yield from self.extract(entry)
                progress.tick()
        except Exception:  # a reader bug or an unforeseen damage: this file ends here, the run goes on
            count(stats, "failed", "warc_file")
            self.logger.exception("WARC file not read to its end: %(path)s (after offset %(offset)d)",
                                  {"path": path, "offset": reader.position})
        for kind, n in reader.types.items():
            count(stats, "warc", f"records/{kind}", n)
        count(stats, "warc", "files_read")
        progress.done()

    def keep(self, url: str, date: datetime) -> str | None:
        """Skip reason of a record the ``domains`` and ``since`` filters leave out."""
        if self.domains:
            host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
            if not any(host == d or host.endswith(f".{d}") for d in self.domains):
                return "warc_offsite"
        if self.since is not None and date < self.since:
            return "warc_older_than_since"
        return None

    def extract(self, page: ArchivedPage) -> Iterator[Article]:
        request = Request(page.url, meta={
            "warc": page.location.as_item(),
            "date_downloaded": page.date.astimezone(timezone.utc).replace(microsecond=0).isoformat(),
        })
        headers = Headers(page.headers)
        response_class = responsetypes.from_args(headers=headers, url=page.url, body=page.body)
        response: Response = response_class(url=page.url, status=200, headers=headers, body=page.body,
                                            request=request)
        try:
            yield from self.parse_article(response)
        except Exception:  # one bad page never ends the run
            count(self.crawler.stats, "failed", "spider_error")
            self.logger.exception("Extraction failed: %(url)s (%(file)s at %(offset)d)",
                                  {"url": page.url, "file": page.location.file, "offset": page.location.offset})

    def log_skipped(self, entry: Skipped) -> None:
        where = {"file": entry.location.file, "offset": entry.location.offset}
        if entry.reason == "warc_malformed":
            self.logger.warning("Damaged WARC data in %(file)s after offset %(offset)d, skipped to the next "
                                "record: %(detail)s", {**where, "detail": entry.detail})
        elif entry.reason in ("warc_truncated", "warc_bad_digest", "warc_undecodable"):
            self.logger.info("Record skipped (%(reason)s): %(url)s (%(file)s at %(offset)d)",
                             {"reason": entry.reason, "url": entry.url, **where})


class Progress:
    """Logs a file's reading progress now and then, and a line at its end."""

    def __init__(self, reader: WarcReader) -> None:
        self.reader = reader
        self.started = self.last = time.monotonic()

    def tick(self) -> None:
        now = time.monotonic()
        if now - self.last >= PROGRESS_EVERY:
            self.last = now
            self._log("Reading")

    def done(self) -> None:
        self.reader.position = self.reader.size
        self._log("Read")

    def _log(self, verb: str) -> None:
        reader = self.reader
        elapsed = max(time.monotonic() - self.started, 1e-6)
        logger.info("%(verb)s %(file)s: %(records)d records (%(rate).0f/s), %(done).1f of %(total).1f MB (%(pct).0f%%)",
                    {"verb": verb, "file": reader.name, "records": reader.records, "rate": reader.records / elapsed,
                     "done": reader.position / 1e6, "total": reader.size / 1e6,
                     "pct": 100 * reader.position / max(reader.size, 1)})
