"""Writes the run's summary as JSON when the crawl ends.

Scheduled runs read this file instead of scraping logs: the outcome of the
run (``status`` ``ok`` or ``failed``, with the reasons, the same that make
``scrapy crawl`` exit with status 1), counts per outcome (exported, dropped
and skipped per reason, archive versions, HTTP statuses, download errors),
the duration, what the exported stories were like (``stories``: versions,
field coverage, body length, freshness; :mod:`newsspider.report.tally`),
``code`` (the folder newsspider was imported from: under scrapyd, the
deployed egg's, unless an installed copy shadows it) and every raw counter.

It is written to ``NEWSSPIDER_SUMMARY_FILE`` if set, else as
``<root>/<spider>/<YYYY-MM-DD>/<time>.stats.json`` (same ``<time>`` as the
run's batch files), where ``<root>`` is ``NEWSSPIDER_SUMMARY_DIR`` or, when
that is empty, the archive (``NEWSSPIDER_ARCHIVE_DIR``): beside the batches,
and for a ``-o``/``-O`` run too, so that every run's summary is where the
health report looks and none lands in the working folder. It is written
after the last batch file is stored (``engine_stopped``), so its counts are
final.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings

import newsspider
from newsspider.batchfiles import write_whole
from newsspider.extensions.errorrate import SETTING, error_rate
from newsspider.extensions.storytally import StoryTallyExtension
from newsspider.feedstorage import run_params
from newsspider.stats import PREFIX, key

logger = logging.getLogger(__name__)

#: Outcomes that mean a story was found but rightly not exported again.
STORY_SKIPS = ("unchanged", "unchanged_listed", "not_modified", "duplicate", "already_removed")


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def run_failures(stats: dict[str, Any], settings: BaseSettings) -> list[str]:
    """Why the run failed (empty when it did not): what cron and scrapyd users
    must notice."""
    failures = []
    reason = stats.get("finish_reason")
    if reason != "finished":
        failures.append(f"the spider closed with reason {reason!r}, not 'finished'")
    if settings.getbool("NEWSSPIDER_EXPECT_ITEMS"):
        seen = stats.get("item_scraped_count", 0) + sum(stats.get(key("skipped", s), 0) for s in STORY_SKIPS)
        if not seen:
            failures.insert(0, _nothing_found(stats))
    errors = error_rate(stats, settings)
    if errors.exceeded:
        failures.append(f"{errors.describe()}, above {SETTING}={errors.limit}")
    lost = sum(v for k, v in stats.items() if k.startswith("feedexport/failed_count/"))
    if lost:
        failures.append(f"{lost} feed files could not be stored")
    return failures


def _nothing_found(stats: dict[str, Any]) -> str:
    """Why no story was found: no listing could be fetched (with the first network
    reason, ``DNS lookup failed for news.invalid``), or none listed one."""
    unreachable = stats.get(key("discovery", "first_failure"))
    listings = stats.get(key("discovery", "feeds"), 0) + stats.get(key("discovery", "sitemaps"), 0)
    if unreachable and not listings:
        return f"no listing could be fetched: {unreachable}"
    return "no story found (nothing exported, nothing skipped as already archived)"


def outcomes(stats: dict[str, Any]) -> dict[str, Any]:
    """Counters grouped: ``{"exported": n, "dropped": {reason: n}, ...}``."""
    grouped: dict[str, Any] = {"exported": stats.get("item_scraped_count", 0)}
    groups = {
        f"{PREFIX}/": None,
        "downloader/response_status_count/": "http_status",
        "downloader/exception_type_count/": "download_errors",
    }
    for name, value in stats.items():
        for prefix, group in groups.items():
            if name.startswith(prefix):
                rest = name[len(prefix):]
                if group is None:
                    group, _, rest = rest.partition("/")
                grouped.setdefault(group, {})[rest] = value
                break
    return grouped


class RunSummary:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.path_setting = crawler.settings.get("NEWSSPIDER_SUMMARY_FILE") or ""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunSummary:
        ext = cls(crawler)
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        return ext

    def summary_path(self) -> Path:
        if self.path_setting:
            return Path(self.path_setting)
        assert self.crawler.spider is not None
        params = run_params(self.crawler)
        root = self.crawler.settings.get("NEWSSPIDER_SUMMARY_DIR") or params["archive_dir"]
        return Path(root) / self.crawler.spider.name / params["day"] / f"{params['time']}.stats.json"

    def stories(self) -> dict[str, Any] | None:
        tally = self.crawler.get_extension(StoryTallyExtension)
        return tally.tally.to_dict() if tally is not None else None

    def engine_stopped(self) -> None:
        assert self.crawler.stats is not None and self.crawler.spider is not None
        raw = self.crawler.stats.get_stats()
        stats = {k: _jsonable(v) for k, v in sorted(raw.items())}
        failures = run_failures(raw, self.crawler.settings)
        summary = {
            "spider": self.crawler.spider.name,
            "status": "failed" if failures else "ok",
            "failures": failures,
            "finish_reason": raw.get("finish_reason"),
            "started": _jsonable(raw.get("start_time")),
            "finished": datetime.now(timezone.utc).isoformat(),
            "duration_seconds": raw.get("elapsed_time_seconds"),
            "outcomes": outcomes(raw),
            "stories": self.stories(),
            "code": str(Path(newsspider.__file__).parent),
            "stats": stats,
        }
        path = self.summary_path()
        write_whole(path, json.dumps(summary, indent=1, ensure_ascii=False))
        logger.info("Run summary written to %(path)s", {"path": str(path)})
