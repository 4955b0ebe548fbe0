"""Writes the run's summary as JSON when the crawl ends.

Scheduled runs read this file instead of scraping logs: the outcome of the
run (``status`` ``ok`` or ``failed``, with the reasons, the same that make
``scrapy crawl`` exit with status 1), counts per outcome (exported, dropped
and skipped per reason, archive versions, HTTP statuses, download errors),
the duration, what the exported stories were like (``stories``: versions,
field coverage, body length, freshness; :mod:`newsspider.report.tally`),
``code`` (the folder newsspider was imported from: under scrapyd, the
deployed egg's, unless an installed copy shadows it) and every raw counter.

It is written to ``NEWSSPIDER_SUMMARY_FILE`` if set, else beside the run's
output as ``<time>.stats.json``: ``<archive>/<spider>/<YYYY-MM-DD>/`` for the
archive batches (same ``<time>`` as the run's batch files), the folder of
the ``-o``/``-O`` file otherwise. It is written after the last batch file is
stored (``engine_stopped``), so its counts are final.
"""

from __future__ import annotations

import json
import logging
from contextlib import suppress
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.extensions.feedexport import apply_uri_params
from scrapy.settings import BaseSettings

import newsspider
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
            failures.append("no story found (nothing exported, nothing skipped as already archived)")
    requests = stats.get("downloader/request_count", 0)
    errors = stats.get("log_count/ERROR", 0)
    max_rate = settings.getfloat("NEWSSPIDER_MAX_ERROR_RATE")
    if errors and errors > max_rate * max(requests, 1):
        failures.append(f"{errors} errors for {requests} requests (more than NEWSSPIDER_MAX_ERROR_RATE={max_rate})")
    lost = sum(v for k, v in stats.items() if k.startswith("feedexport/failed_count/"))
    if lost:
        failures.append(f"{lost} feed files could not be stored")
    return failures


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
        spider = self.crawler.spider
        params = {**{k: getattr(spider, k, None) for k in dir(spider)}, **run_params(self.crawler),
                  "batch_id": 1, "batch_time": run_params(self.crawler)["time"]}
        for uri in self.crawler.settings.getdict("FEEDS"):
            uri = str(uri)
            if urlparse(uri).scheme in {"", "file"} or Path(uri).is_absolute():
                with suppress(KeyError, ValueError, TypeError):
                    target = Path(apply_uri_params(uri.removeprefix("file://"), params))
                    return target.parent / f"{params['time']}.stats.json"
        return Path(params["archive_dir"]) / spider.name / params["day"] / f"{params['time']}.stats.json"

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
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".part")
        partial.write_text(json.dumps(summary, indent=1, ensure_ascii=False), "utf-8")
        partial.replace(path)
        logger.info("Run summary written to %(path)s", {"path": str(path)})
