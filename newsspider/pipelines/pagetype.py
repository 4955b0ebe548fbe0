"""Drops what extraction took for something other than an article."""

from __future__ import annotations

from scrapy.exceptions import DropItem

from newsspider.items import Article
from newsspider.pipelines.base import ArticlePipeline
from newsspider.stats import count


class PageTypePipeline(ArticlePipeline):
    """Section fronts, video pages, live blogs, bot-check pages and the like
    are never archived as articles: each is dropped with its own counted reason."""

    step = "pagetype"
    passes_on_failure = True

    def process_article(self, item: Article) -> Article:
        kind = item.context.page_type or "article"
        if kind != "article":
            count(self.stats, "dropped", f"not_article/{kind}")
            raise DropItem(f"not an article ({kind}): {item.url}")
        return item
