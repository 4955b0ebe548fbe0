"""The archive state shared by one crawl's components.

The pipeline, the incremental and tombstone middlewares and the feed storage
of a crawl use one :class:`~newsspider.state.stores.Store`, held by the
:class:`ArchiveState` extension (``crawler.get_extension(ArchiveState)``,
through :func:`crawl_state`), opened by the first of them that asks (as it
is built, before the scheduler opens, so that a killed run is settled before
anything is fetched) and closed when the engine stops, after the last batch
file is stored. Without the extension (``EXTENSIONS``), no state is kept.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from pathlib import Path
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings
from scrapy.utils.job import job_dir

from newsspider.state.stores import open_store
from newsspider.stats import count
from newsspider.urls import url_key

logger = logging.getLogger(__name__)

#: How many fetched pages' validators are kept waiting for their item.
OBSERVED_MAX = 10_000
TRUE = {"1", "true", "yes", "on"}
#: Set (once) where a state was asked for but the extension keeping it is off.
NOT_KEPT = "newsspider/state/not_kept"

def is_incremental(spider: Spider, settings: BaseSettings) -> bool:
    """Whether ``spider`` exports only new and changed stories: its ``incremental``
    attribute (``-a incremental=true|false``) or, when it has none, whether its
    name is not in ``NEWSSPIDER_FULL_RUN_SPIDERS``."""
    value: Any = getattr(spider, "incremental", None)
    if value is None:
        return spider.name not in settings.getlist("NEWSSPIDER_FULL_RUN_SPIDERS")
    if isinstance(value, str):
        return value.strip().lower() in TRUE
    return bool(value)


class CrawlState:
    def __init__(self, crawler: Crawler, folder: str | Path) -> None:
        self.crawler = crawler
        self.store = open_store(crawler, folder)
        assert crawler.stats is not None
        for outcome, n in self.store.recovered.items():
            if n:
                count(crawler.stats, "state", f"recovered_{outcome}", n)
        #: url key of a fetched page → (ETag, Last-Modified, listed date), until its item is claimed.
        self.observed: OrderedDict[str, tuple[str | None, str | None, str | None]] = OrderedDict()
        crawler.signals.connect(self.engine_stopped, signal=signals.engine_stopped)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)

    def observe(self, url: str, etag: str | None, last_modified: str | None, listed: str | None) -> None:
        self.observed[url_key(url)] = (etag, last_modified, listed)
        while len(self.observed) > OBSERVED_MAX:
            self.observed.popitem(last=False)

    def take_observed(self, url: str | None) -> tuple[str | None, str | None, str | None]:
        if not url:
            return (None, None, None)
        return self.observed.pop(url_key(url), (None, None, None))

    def item_dropped(self, item: Any, **kwargs: Any) -> None:
        self.take_observed(getattr(item, "url", None))

    def engine_stopped(self) -> None:
        self.store.close()


def state_folder(crawler: Crawler) -> Path | None:
    """Where the crawl's state lives: ``NEWSSPIDER_STATE_DIR`` for an incremental
    spider; for one that exports everything it fetches, a state of its own job
    (``<JOBDIR>/archive-state``), so that a killed and resumed job still exports
    each page once; None (no state) otherwise or with ``NEWSSPIDER_STATE_ENABLED`` off."""
    settings = crawler.settings
    if crawler.spider is None or not settings.getbool("NEWSSPIDER_STATE_ENABLED"):
        return None
    if is_incremental(crawler.spider, settings):
        return Path(settings["NEWSSPIDER_STATE_DIR"])
    job = job_dir(settings)
    return Path(job) / "archive-state" if job else None


def require_crawl_state(crawler: Crawler) -> CrawlState:
    """The crawl's archive state, for a component that has nothing to do without
    one: ``NotConfigured`` (the component is silently off) where none is kept."""
    state = crawl_state(crawler)
    if state is None:
        raise NotConfigured  # no message: Scrapy would log a warning on every stateless run
    return state


class ArchiveState:
    """Extension: the crawl's :class:`CrawlState`, opened on first use (None where
    no state is kept, see :func:`state_folder`)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.state: CrawlState | None = None
        self.decided = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveState:
        return cls(crawler)

    def get(self) -> CrawlState | None:
        if not self.decided:
            self.decided = True
            folder = state_folder(self.crawler)
            if folder is not None:
                self.state = CrawlState(self.crawler, folder)
        return self.state


def crawl_state(crawler: Crawler) -> CrawlState | None:
    """The crawl's archive state, opened on first use, or None where none is kept."""
    keeper = crawler.get_extension(ArchiveState)
    if keeper is not None:
        return keeper.get()
    if state_folder(crawler) is not None and crawler.stats is not None and not crawler.stats.get_value(NOT_KEPT):
        crawler.stats.set_value(NOT_KEPT, 1)
        logger.warning("No archive state kept: %(ext)s is not in EXTENSIONS; every page is exported",
                       {"ext": f"{ArchiveState.__module__}.{ArchiveState.__name__}"})
    return None
