"""``scrapy crawl article -a urls=FILE``: extract exactly the pages listed.

``urls`` is a file with one URL per line, or a comma-separated list. Local
paths and ``file://`` URLs work, so saved pages can be re-extracted. Every
listed URL is fetched every time: an explicit list is never "already seen".
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import scrapy
from scrapy.crawler import Crawler

from newsspider.redis.addon import redis_url
from newsspider.spiders.base import ArticleSpider

#: A path ending so is one saved page, not a list of URLs.
PAGE_SUFFIXES = {".html", ".htm", ".xhtml"}


def read_url_list(urls: str) -> list[str]:
    """URLs from a file (one per line, ``#`` comments allowed) or a comma-separated list.

    A path that names a saved page (``.html``) is that page. Relative paths in
    a list file are read against the file's own folder, then the current one.
    """
    entries = [part.strip() for part in urls.split(",")]
    if len(entries) == 1 and Path(entries[0]).suffix.lower() not in PAGE_SUFFIXES and Path(entries[0]).is_file():
        listing = Path(entries[0])
        return _as_urls(listing.read_text("utf-8").splitlines(), listing.resolve().parent)
    return _as_urls(entries, Path.cwd())


def _as_urls(lines: list[str], folder: Path) -> list[str]:
    result = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "://" not in line:
            path = Path(line)
            if not path.is_absolute():
                path = folder / path if (folder / path).exists() else Path.cwd() / path
            line = path.resolve().as_uri()
        result.append(line)
    return result


class ArticleListSpider(ArticleSpider):
    name = "article"

    def __init__(self, urls: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.url_list = read_url_list(urls) if urls else []

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> ArticleListSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        # A scale-out worker may get all its pages from Redis instead.
        if not spider.url_list and not redis_url(crawler.settings):
            raise ValueError("give the pages to extract: -a urls=FILE or -a urls=URL,URL")
        return spider

    async def start(self) -> AsyncIterator[Any]:
        for url in self.url_list:
            yield scrapy.Request(url, callback=self.parse_article, dont_filter=True)
