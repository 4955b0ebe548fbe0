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

``version`` is the story's number in the state the run keeps: the archive's
(``NEWSSPIDER_STATE_DIR``: 1, 2, 3 ... as the story changes) in an
incremental run; none, so null ("not tracked"), in a full run. A full run
resumed with ``JOBDIR`` keeps a job state only so that the job exports each
page once: its lines carry 1 (the job's first and only line of the story),
because the feed storage ties each claim to its batch by (story, version)
read back from the batch file (``state/store.py`` ``batch_ready``).
"""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newsspider.items import Article
from newsspider.pipelines.base import ArticlePipeline
from newsspider.state.crawler import CrawlState, require_crawl_state
from newsspider.state.store import Fetch, story_key
from newsspider.stats import count

logger = logging.getLogger(__name__)


class ArchiveStatePipeline(ArticlePipeline):
    step = "archive"

    def __init__(self, crawler: Crawler, state: CrawlState) -> None:
        super().__init__(crawler)
        self.state = state

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
        item.version = decision.version
        item.previousContentHash = decision.previous
        count(self.stats, "archive", decision.outcome)
        return item
