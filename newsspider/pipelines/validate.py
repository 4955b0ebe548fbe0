"""Drops items the archive cannot use, each with a counted reason."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newsspider.items import Article
from newsspider.stats import count

REQUIRED = ("url", "headline", "articleBody")


class RequiredFieldsPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RequiredFieldsPipeline:
        return cls(crawler)

    def process_item(self, item: Article) -> Article:
        if item.removed:
            return item
        for name in REQUIRED:
            if not getattr(item, name):
                count(self.stats, "dropped", f"missing_{name}")
                raise DropItem(f"no {name}: {item.url}")
        count(self.stats, "validate", "ok")
        return item
