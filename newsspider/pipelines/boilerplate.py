"""Placeholder: being written (see the issue)."""

from __future__ import annotations

from scrapy.crawler import Crawler


class BoilerplatePipeline:
    @classmethod
    def from_crawler(cls, crawler: Crawler):
        return cls()

    def process_item(self, item):
        return item
