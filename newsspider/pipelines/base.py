"""What every newsspider pipeline shares."""

from __future__ import annotations

import logging
from typing import Any, ClassVar

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newsspider.items import Article
from newsspider.stats import count

logger = logging.getLogger(__name__)


class ArticlePipeline:
    """A pipeline that works on :class:`Article` items only.

    Anything else passes through untouched: a user's own spider run inside
    this project (``scrapy runspider``, a quick ``yield {...}``) gets the
    project's settings and so these pipelines, and must not crash in them.

    A pipeline that fails on an item with an unexpected exception (a bug, a
    store gone away) does not end the item in a traceback. It is counted
    (``newsspider/<step>/failed``) and logged in one line, then:

    - a pipeline that only adds to or tidies the item (``passes_on_failure``)
      passes it on as it stands: the story is archived without what that step
      would have added (its boilerplate, its links to syndicated copies),
      rather than lost;
    - a gate (required fields, the schema contract, the archive claim) drops
      it, counted ``newsspider/dropped/failed_<step>``: nothing unchecked is
      exported this run (a story not claimed in the archive state is
      fetched again by the next incremental run).
    """

    #: The step the pipeline's outcomes are counted under.
    step: ClassVar[str]
    #: Whether an item the pipeline failed on goes on (True) or is dropped (False).
    passes_on_failure: ClassVar[bool] = False

    def __init__(self, crawler: Crawler) -> None:
        assert crawler.stats is not None
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article):
            return item
        try:
            return self.process_article(item)
        except DropItem:
            raise
        except Exception as error:  # noqa: BLE001 - any failure is counted and logged, see the class docstring
            return self.failed(item, error)

    def process_article(self, item: Article) -> Article:
        raise NotImplementedError

    def failed(self, item: Article, error: Exception) -> Article:
        count(self.stats, self.step, "failed")
        details = {"pipeline": type(self).__name__, "url": item.url,
                   "error": f"{type(error).__name__}: {error}"}
        if self.passes_on_failure:
            logger.warning("%(pipeline)s failed on %(url)s, the item goes on without it: %(error)s", details)
            return item
        count(self.stats, "dropped", f"failed_{self.step}")
        logger.error("%(pipeline)s failed on %(url)s, the item is dropped: %(error)s",
                     details)
        raise DropItem(f"{type(self).__name__} failed: {details['error']}", log_level="DEBUG")
