"""Links the copies of one wire story across sites: ``storyId``, ``duplicateOf``, ``similarity``.

The body (credits and boilerplate lines removed, normalised) is signed with
MinHash and looked up in the syndication index
(:mod:`newsspider.syndication`): a near-duplicate of a story seen within
``NEWSSPIDER_SYNDICATION_WINDOW`` seconds (default 7 days) is a copy of it.
``NEWSSPIDER_SYNDICATED``: ``link`` (default) exports every copy with the
three fields; ``drop`` exports only the earliest copy and drops the rest
(counted ``newsspider/syndicated/dropped`` and, as every end of an item,
``newsspider/dropped/syndicated_copy``). Counted per item:
``newsspider/syndicated/{new,copy,known,no_body}``.

Placed after the content hash and the required fields (only a valid body is
signed) and *before* the archive state: a copy dropped here is never claimed
as a version, so the archive holds what was exported. An unchanged story the
archive then skips costs one lookup by URL (it is in the index already).

The index lives with the archive state: ``syndication.sqlite3`` in the
state folder (in memory for a crawl that keeps no state, ``MemoryStorage``:
copies are still linked within the run); the Redis add-on sets
``NEWSSPIDER_SYNDICATION_STORAGE`` to its own so that every worker sees one index.

The index and the signature (numpy) are imported when the pipeline is
enabled, not with this module: a crawl with ``NEWSSPIDER_SYNDICATED=off``
loads none of it (tested in a ``scrapy crawl`` subprocess).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.misc import load_object

from newsspider.items import Article
from newsspider.pipelines.base import ArticlePipeline
from newsspider.state.crawler import state_folder
from newsspider.stats import count

if TYPE_CHECKING:
    from newsspider.syndication.index import Storage, SyndicationIndex

logger = logging.getLogger(__name__)

MODES = ("link", "drop")
INDEX_FILE = "syndication.sqlite3"


def sqlite_storage(crawler: Crawler) -> Storage:
    """The embedded index: SQLite in the archive state's folder, else in memory."""
    from newsspider.syndication.index import MemoryStorage, SqliteStorage

    window = crawler.settings.getfloat("NEWSSPIDER_SYNDICATION_WINDOW", 7 * 86400)
    folder = state_folder(crawler)
    if folder is None:
        return MemoryStorage(window)
    folder.mkdir(parents=True, exist_ok=True)
    return SqliteStorage(Path(folder) / INDEX_FILE, window)


class SyndicationPipeline(ArticlePipeline):
    step = "syndicated"
    passes_on_failure = True

    def __init__(self, crawler: Crawler, index: SyndicationIndex, mode: str) -> None:
        from newsspider.syndication.signature import signature

        super().__init__(crawler)
        self.index = index
        self.sign = signature
        self.mode = mode
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SyndicationPipeline:
        mode = crawler.settings.get("NEWSSPIDER_SYNDICATED", "link").strip().lower()
        if mode == "off":
            raise NotConfigured
        if mode not in MODES:
            raise NotConfigured(f"NEWSSPIDER_SYNDICATED must be one of link, drop, off: {mode!r}")
        from newsspider.syndication.index import SyndicationIndex

        make_storage: Any = load_object(crawler.settings.get("NEWSSPIDER_SYNDICATION_STORAGE") or sqlite_storage)
        return cls(crawler, SyndicationIndex(make_storage(crawler)), mode)

    def process_article(self, item: Article) -> Article:
        if item.removed or not item.articleBody:
            count(self.stats, "syndicated", "no_body")
            return item
        signed = self.sign(item.articleBody)
        canonical = item.canonicalUrl or item.url
        if signed is None or not canonical:
            count(self.stats, "syndicated", "no_body")
            return item
        placement = self.index.place(canonical, signed)
        count(self.stats, "syndicated", placement.outcome)
        item.storyId = placement.story_id
        item.duplicateOf = placement.duplicate_of
        item.similarity = placement.similarity
        if self.mode == "drop" and placement.duplicate_of is not None:
            count(self.stats, "syndicated", "dropped")
            count(self.stats, "dropped", "syndicated_copy")
            raise DropItem(f"copy of {placement.duplicate_of}: {item.url}", log_level="DEBUG")
        return item

    def spider_closed(self) -> None:
        self.index.close()
