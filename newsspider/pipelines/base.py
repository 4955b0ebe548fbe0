"""What every newsspider pipeline shares."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler

from newsspider.items import Article


class ArticlePipeline:
    """A pipeline that works on :class:`Article` items only.

    Anything else passes through untouched: a user's own spider run inside
    this project (``scrapy runspider``, a quick ``yield {...}``) gets the
    project's settings and so these pipelines, and must not crash in them.
    """

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
        return self.process_article(item)

    def process_article(self, item: Article) -> Article:
        raise NotImplementedError
