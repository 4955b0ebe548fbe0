"""Sets ``contentHash``: sha256 of the exported body."""

from __future__ import annotations

import hashlib

from scrapy.crawler import Crawler

from newsspider.items import Article
from newsspider.stats import count


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


class ContentHashPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ContentHashPipeline:
        return cls(crawler)

    def process_item(self, item: Article) -> Article:
        if item.articleBody:
            item.contentHash = content_hash(item.articleBody)
            count(self.stats, "hash", "set")
        return item
