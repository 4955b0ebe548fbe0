"""Exports a story only when the archive does not have it in this version.

A story is identified by its canonical URL (else its URL), through
``newsspider.urls.url_key``. New stories are exported as ``version`` 1, a
changed ``contentHash`` as the next version with ``previousContentHash``;
unchanged stories are dropped (counted ``newsspider/skipped/unchanged``: it is
the normal case of a scheduled crawl, logged at DEBUG). A tombstone
(``removed: true``) is exported once for a known story. What this pipeline
lets through is only *claimed*: it counts as archived once the feed file
holding it is complete (see :mod:`newsspider.state.store`).

Off (``NotConfigured``) where no state is kept: ``NEWSSPIDER_STATE_ENABLED``
false, or a spider that exports everything it fetches (``article`` by
default, see ``NEWSSPIDER_FULL_RUN_SPIDERS``) run without ``JOBDIR``. With
``JOBDIR``, such a spider keeps a state of the job's own, so that a job
killed and resumed exports each page once (see
``newsspider.state.crawler.state_folder``).

``version`` means one thing in every mode: the story's version number in the
archive state of ``NEWSSPIDER_STATE_DIR``. A run that does not track that
state (a full run: ``article``, ``-a incremental=false``, the state off)
exports ``version`` and ``previousContentHash`` as null, "not tracked", even
when its ``JOBDIR`` keeps a job state: that state only makes a resumed job
export each page once, and its counts are not the archive's versions.
"""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newsspider.items import Article
from newsspider.pipelines.base import ArticlePipeline
from newsspider.state.crawler import CrawlState, is_incremental, require_crawl_state
from newsspider.state.store import Fetch, story_key
from newsspider.stats import count

logger = logging.getLogger(__name__)


class ArchiveStatePipeline(ArticlePipeline):
    def __init__(self, crawler: Crawler, state: CrawlState) -> None:
        super().__init__(crawler)
        self.state = state
        assert crawler.spider is not None
        #: Whether this run's state is the archive's (versions exported) or a job's own.
        self.tracks_versions = is_incremental(crawler.spider, crawler.settings)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveStatePipeline:
        return cls(crawler, require_crawl_state(crawler))

    def process_article(self, item: Article) -> Article:
        key = story_key({"canonicalUrl": item.canonicalUrl, "url": item.url})
        if key is None:
            count(self.stats, "dropped", "no_url")
            raise DropItem("no URL")
        etag, last_modified, listed = self.state.take_observed(item.url)
        decision = self.state.store.claim(Fetch(
            key=key, url=item.url, canonical=item.canonicalUrl or item.url, content_hash=item.contentHash,
            removed=bool(item.removed),
            date_published=item.datePublished, date_modified=item.dateModified,
            listed_date=listed or item.context.listed_date, etag=etag, last_modified=last_modified))
        if not decision.export:
            count(self.stats, "skipped", decision.outcome)
            logger.debug("Not exported (%(outcome)s): %(url)s", {"outcome": decision.outcome, "url": item.url})
            raise DropItem(f"{decision.outcome}: {item.url}", log_level="DEBUG")
        if self.tracks_versions:
            item.version = decision.version
            item.previousContentHash = decision.previous
        count(self.stats, "archive", decision.outcome)
        return item
