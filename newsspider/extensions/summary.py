"""Writes the run's stats as JSON when the spider closes.

Scheduled runs read this file instead of scraping logs: it holds every
counter (``newsspider/<step>/<outcome>``, Scrapy's own download and HTTP
error counts), the finish reason and the duration.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


class RunSummary:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.path_setting = crawler.settings.get("NEWSSPIDER_SUMMARY_FILE") or ""
        self.started = datetime.now(timezone.utc)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunSummary:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def summary_path(self, spider: Spider) -> Path:
        if self.path_setting:
            return Path(self.path_setting)
        stamp = self.started.replace(microsecond=0).isoformat().replace(":", "-")
        return Path("archive") / spider.name / f"{stamp}.stats.json"

    def spider_closed(self, spider: Spider, reason: str) -> None:
        assert self.crawler.stats is not None
        stats = {k: _jsonable(v) for k, v in sorted(self.crawler.stats.get_stats().items())}
        summary = {
            "spider": spider.name,
            "finish_reason": reason,
            "started": self.started.isoformat(),
            "finished": datetime.now(timezone.utc).isoformat(),
            "stats": stats,
        }
        path = self.summary_path(spider)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".part")
        partial.write_text(json.dumps(summary, indent=1, ensure_ascii=False), "utf-8")
        partial.replace(path)
        logger.info("Run summary written to %(path)s", {"path": str(path)})
