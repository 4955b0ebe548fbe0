"""Sets ``contentHash``: sha256 of the exported body."""

from __future__ import annotations

import hashlib

from newsspider.items import Article
from newsspider.pipelines.base import ArticlePipeline
from newsspider.stats import count


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


class ContentHashPipeline(ArticlePipeline):
    step = "hash"

    def process_article(self, item: Article) -> Article:
        if item.articleBody:
            item.contentHash = content_hash(item.articleBody)
            count(self.stats, "hash", "set")
        return item
