"""ItemMonitor: schema checks per item, coverage and error-rate checks at close."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from newsspider import schema
from newsspider.extensions.monitor import ItemMonitor
from newsspider.extensions.summary import run_failures
from newsspider.items import Article
from tests.helpers.loopback import crawl_env
from tests.helpers.schema_check import assert_valid_lines
from tests.helpers.articles import article, tombstone


class DummySpider(Spider):
    name = "dummy"


def monitored(**settings: Any) -> Crawler:
    """A crawler with Scrapy's default extensions (LogCount, CoreStats) and an ItemMonitor."""
    crawler = get_crawler(DummySpider, {"LOGSTATS_INTERVAL": 0, **settings})
    crawler._apply_settings()
    # Signals hold receivers weakly: keep the monitor alive as the extension manager would.
    crawler.monitor = ItemMonitor.from_crawler(crawler)  # type: ignore[attr-defined]
    return crawler


def run(crawler: Crawler, items: list[Article], **stats: int) -> dict[str, Any]:
    """Open, scrape ``items``, set ``stats`` and close, as the engine would; the final stats."""
    spider = DummySpider()
    crawler.signals.send_catch_log(signals.spider_opened, spider=spider)
    for item in items:
        crawler.signals.send_catch_log(signals.item_scraped, item=item, response=None, spider=spider)
    assert crawler.stats is not None
    for name, value in stats.items():
        crawler.stats.set_value(name.replace("__", "/"), value)
    crawler.signals.send_catch_log(signals.spider_closed, spider=spider, reason="finished")
    return crawler.stats.get_stats()


def checks(stats: dict[str, Any]) -> dict[str, str]:
    prefix = "newsspider/monitor/check/"
    return {k[len(prefix) :]: v for k, v in stats.items() if k.startswith(prefix)}


def test_switched_off_by_setting() -> None:
    crawler = get_crawler(DummySpider, {"NEWSSPIDER_MONITOR_ENABLED": False})
    crawler._apply_settings()
    with pytest.raises(NotConfigured):
        ItemMonitor.from_crawler(crawler)


def test_a_good_run_passes(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="newsspider.extensions.monitor")
    items = [article(url=f"https://example.com/{i}.html") for i in range(4)] + [tombstone()]
    stats = run(monitored(), items, downloader__request_count=5)
    assert checks(stats) == {
        "schema": "ok",
        "required_fields": "ok",
        "date_coverage": "ok (100.0%)",
        "error_rate": "ok (0 errors)",
    }
    assert stats["newsspider/monitor/failed"] == 0
    assert stats["newsspider/monitor/articles"] == 4  # the tombstone is not an article
    assert stats["newsspider/monitor/coverage/datePublished"] == 1.0
    assert "newsspider/monitor/schema_errors" not in stats
    [record] = [r for r in caplog.records if r.getMessage().startswith("Monitor:")]
    assert record.levelno == logging.INFO
    assert "all checks passed" in record.getMessage()


def test_schema_errors_are_counted_per_field(caplog: pytest.LogCaptureFixture) -> None:
    pytest.importorskip("jsonschema")
    bad = article(url="https://example.com/bad.html", datePublished="Apr 22 2019 | 11:50 AM IST", authors=["PTI"])
    stats = run(monitored(), [article(), bad], downloader__request_count=2)
    assert stats["newsspider/monitor/schema_errors"] == 2
    assert stats["newsspider/monitor/schema_errors/datePublished"] == 1
    assert stats["newsspider/monitor/schema_errors/authors"] == 1
    assert checks(stats)["schema"].startswith("failed: 2 schema errors")
    assert stats["newsspider/monitor/failed"] == 1
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("https://example.com/bad.html" in m and "datePublished" in m for m in messages)
    summary = next(m for m in messages if m.startswith("Monitor:"))
    assert "1 of 4 checks failed" in summary
    for name in ("schema", "required_fields", "date_coverage", "error_rate", "coverage"):
        assert name in summary


def test_schema_error_logging_is_bounded(caplog: pytest.LogCaptureFixture) -> None:
    pytest.importorskip("jsonschema")
    items = [article(url=f"https://example.com/{i}.html", inLanguage="English") for i in range(30)]
    stats = run(monitored(), items, downloader__request_count=30)
    assert stats["newsspider/monitor/schema_errors/inLanguage"] == 30
    assert sum("does not match the schema" in r.getMessage() for r in caplog.records) == 10


def test_required_field_coverage() -> None:
    stats = run(monitored(), [article(), article(headline=None, articleBody="")], downloader__request_count=2)
    result = checks(stats)["required_fields"]
    assert result == "failed: 1 articles without headline, 1 articles without articleBody"
    assert stats["newsspider/monitor/coverage/headline"] == 0.5


def test_date_coverage_threshold() -> None:
    items = [article(datePublished=None) for _ in range(3)] + [article() for _ in range(7)]
    assert checks(run(monitored(), items, downloader__request_count=10))["date_coverage"] == (
        "failed: 70.0% of 10 articles have datePublished, below 80%"
    )
    relaxed = monitored(NEWSSPIDER_MONITOR_MIN_DATE_COVERAGE=0.5)
    assert checks(run(relaxed, items, downloader__request_count=10))["date_coverage"] == "ok (70.0%)"


def test_error_rate_counts_error_lines_and_drops_but_not_exceptions_non_articles_or_skips() -> None:
    stats = {
        "downloader__request_count": 10,
        "log_count__ERROR": 2,
        "downloader__exception_count": 1,  # a retried exception, or one whose ERROR line is counted
        "item_dropped_count": 8,
        "newsspider__dropped__missing_articleBody": 1,
        "newsspider__dropped__not_article__video": 2,
        "newsspider__skipped__unchanged": 5,
    }
    result = checks(run(monitored(), [article()], **stats))["error_rate"]
    assert result == "failed: 3 errors in 10 requests (30.0%), above 20%"
    relaxed = monitored(NEWSSPIDER_MAX_ERROR_RATE=0.5)
    assert checks(run(relaxed, [article()], **stats))["error_rate"] == "ok (3 errors in 10 requests (30.0%))"


def test_the_exit_check_and_the_monitor_give_one_number() -> None:
    stats = run(monitored(), [article()], downloader__request_count=30, log_count__ERROR=11)
    failures = run_failures(stats, monitored().settings)
    assert checks(stats)["error_rate"] == "failed: 11 errors in 30 requests (36.7%), above 20%"
    assert "11 errors in 30 requests (36.7%), above NEWSSPIDER_MAX_ERROR_RATE=0.2" in failures


def test_errors_without_any_request_fail() -> None:
    result = checks(run(monitored(), [], log_count__ERROR=1))
    assert result["error_rate"].startswith("failed: 1 errors in 0 requests (100.0%)")
    assert result["date_coverage"] == "ok (no articles)"


def test_without_jsonschema_schema_checks_are_off(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setitem(sys.modules, "jsonschema", None)
    schema._validator.cache_clear()
    try:
        stats = run(monitored(), [article(datePublished="not a date")], downloader__request_count=1)
    finally:
        schema._validator.cache_clear()
    assert checks(stats)["schema"] == "skipped: jsonschema is not installed"
    assert stats["newsspider/monitor/failed"] == 0
    assert sum("jsonschema is not installed" in r.getMessage() for r in caplog.records) == 1


SPIDER = '''
from scrapy import Spider
from newsspider.items import Article

class Items(Spider):
    name = "items"

    async def start(self):
        for i in range(3):
            yield Article(url=f"https://example.com/{i}.html", headline=f"Story {i}", articleBody="Text.",
                          datePublished="2019-04-22T11:50:00+05:30", dateDownloaded="2026-11-30T12:00:00+00:00",
                          spider=self.name)
        yield Article(url="https://example.com/bad.html", headline="Bad", articleBody="Text.",
                      datePublished="22/04/2019", dateDownloaded="2026-11-30T12:00:00+00:00", spider=self.name)
'''


def test_real_run_writes_checks_into_the_summary(tmp_path: Path) -> None:
    (tmp_path / "items_spider.py").write_text(textwrap.dedent(SPIDER), "utf-8")
    pipelines = {
        "newsspider.pipelines.hashing.ContentHashPipeline": 400,
        "newsspider.pipelines.validate.RequiredFieldsPipeline": 500,
    }
    command = [sys.executable, "-m", "scrapy", "runspider", "items_spider.py", "-O", "out.jsonl:jsonlines",
               "-s", f"ITEM_PIPELINES={json.dumps(pipelines)}", "-s", "NEWSSPIDER_SUMMARY_FILE=summary.json",
               "-s", "FEED_EXPORT_BATCH_ITEM_COUNT=0"]
    proc = subprocess.run(command, cwd=tmp_path, env=crawl_env(), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = (tmp_path / "out.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == 4
    with pytest.raises(AssertionError, match="datePublished"):
        assert_valid_lines(lines)
    assert_valid_lines([line for line in lines if "bad.html" not in line])
    stats = json.loads((tmp_path / "summary.json").read_text("utf-8"))["stats"]
    assert stats["newsspider/monitor/check/schema"] == "failed: 1 schema errors (datePublished 1)"
    assert stats["newsspider/monitor/check/required_fields"] == "ok"
    assert stats["newsspider/monitor/failed"] == 1
    assert stats["newsspider/monitor/articles"] == 4
    assert "Monitor: 1 of 4 checks failed (4 articles)" in proc.stderr
