"""The callback every spider uses for an article page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone

import scrapy
from scrapy.http import Response, TextResponse

from newsspider.extract import extract
from newsspider.extract.page import Page
from newsspider.items import Article, article_from
from newsspider.stats import count


class ArticleSpider(scrapy.Spider):
    """Base for spiders that yield :class:`Article` items."""

    def parse_article(self, response: Response) -> Iterator[Article]:
        if not isinstance(response, TextResponse):
            count(self.crawler.stats, "skipped", "not_text")
            self.logger.warning("Not a text page, skipped: %(url)s", {"url": response.url})
            return
        fields = extract(Page.from_response(response))
        article = article_from(fields)
        article.url = response.url
        article.spider = self.name
        article.dateDownloaded = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        article._listedDate = response.meta.get("listed_date")
        yield article
