"""Drops what extraction took for something other than an article."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newsspider.items import Article
from newsspider.stats import count


class PageTypePipeline:
    """Section fronts, video pages, live blogs, bot-check pages and the like
    are never archived as articles: each is dropped with its own counted reason."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageTypePipeline:
        return cls(crawler)

    def process_item(self, item: Article) -> Article:
        kind = item._pageType or "article"
        if kind != "article":
            count(self.stats, "dropped", f"not_article/{kind}")
            raise DropItem(f"not an article ({kind}): {item.url}")
        return item
