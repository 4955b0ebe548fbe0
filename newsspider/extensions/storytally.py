"""Tallies the run's exported items for the run summary's ``stories`` block.

Versions (new, changed, tombstones), field coverage, body length and
freshness of what the run exported (see :mod:`newsspider.report.tally`), so
that ``scrapy report`` reads one small summary per run instead of every line
of every batch.
"""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler

from newsspider.report.tally import StoryTally


class StoryTallyExtension:
    def __init__(self) -> None:
        self.tally = StoryTally()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoryTallyExtension:
        extension = cls()
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        return extension

    def item_scraped(self, item: Any) -> None:
        self.tally.add(ItemAdapter(item))
