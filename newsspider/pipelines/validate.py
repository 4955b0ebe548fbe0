"""Drops items the archive cannot use, each with a counted reason."""

from __future__ import annotations

from scrapy.exceptions import DropItem

from newsspider.items import Article
from newsspider.pipelines.base import ArticlePipeline
from newsspider.stats import count

REQUIRED = ("url", "headline", "articleBody")


class RequiredFieldsPipeline(ArticlePipeline):
    step = "validate"

    def process_article(self, item: Article) -> Article:
        if item.removed:
            return item
        for name in REQUIRED:
            if not getattr(item, name):
                count(self.stats, "dropped", f"missing_{name}")
                raise DropItem(f"no {name}: {item.url}")
        count(self.stats, "validate", "ok")
        return item
