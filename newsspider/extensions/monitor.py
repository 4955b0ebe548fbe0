"""End-of-run checks for scheduled crawls: schema, field coverage, error rate.

Every scraped item is validated in its exported form against the published
schema (when ``jsonschema`` is installed) and counted towards field coverage.
When the spider closes, four checks run and their results go into the stats
(so into the run summary, which is why this extension is ordered before
``RunSummary``) and into one log block, at WARNING level if any failed:

- ``schema``: no exported item broke the schema;
- ``required_fields``: every article has ``url``, ``headline``, ``articleBody``;
- ``date_coverage``: at least ``NEWSSPIDER_MONITOR_MIN_DATE_COVERAGE`` of the
  articles have a ``datePublished``;
- ``error_rate``: the run's error rate (:mod:`newsspider.extensions.errorrate`,
  the one the exit status reads) is at most ``NEWSSPIDER_MAX_ERROR_RATE``.

Tombstones (``removed``) are validated but do not count towards coverage.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newsspider import schema
from newsspider.extensions.errorrate import error_rate
from newsspider.stats import count, key

logger = logging.getLogger(__name__)

#: Fields whose coverage is reported, in this order.
COVERAGE_FIELDS = (
    "headline", "articleBody", "datePublished", "authors", "agency", "dateline", "description",
    "canonicalUrl", "dateModified", "section", "inLanguage", "keywords", "mainImage", "publisher",
)  # fmt: skip
#: Every field counted: the required ones, then the reported ones.
_COUNTED = tuple(dict.fromkeys((*schema.REQUIRED, *COVERAGE_FIELDS)))
#: Schema errors logged one by one before only counting.
LOGGED_ERRORS = 10


class ItemMonitor:
    def __init__(self, crawler: Crawler) -> None:
        assert crawler.stats is not None
        self.stats = crawler.stats
        self.min_date_coverage = crawler.settings.getfloat("NEWSSPIDER_MONITOR_MIN_DATE_COVERAGE", 0.8)
        self.settings = crawler.settings
        self.check_schema = schema.checks_available()
        self.articles = 0
        self.filled: Counter[str] = Counter()
        self.logged_errors = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ItemMonitor:
        if not crawler.settings.getbool("NEWSSPIDER_MONITOR_ENABLED", True):
            raise NotConfigured("NEWSSPIDER_MONITOR_ENABLED is off")
        monitor = cls(crawler)
        crawler.signals.connect(monitor.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(monitor.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(monitor.spider_closed, signal=signals.spider_closed)
        return monitor

    def spider_opened(self) -> None:
        if not self.check_schema:
            logger.warning(
                "jsonschema is not installed: items are not checked against the schema"
                " (pip install jsonschema)"
            )

    def item_scraped(self, item: Any) -> None:
        line = schema.line_of(item)
        if self.check_schema:
            self.validate(line)
        if line.get("removed"):
            return
        self.articles += 1
        for name in _COUNTED:
            if line.get(name) not in (None, "", [], {}):
                self.filled[name] += 1

    def validate(self, line: dict[str, Any]) -> None:
        errors = schema.field_errors(line)
        if not errors:
            return
        for name, _ in errors:
            count(self.stats, "monitor", "schema_errors")
            count(self.stats, "monitor", f"schema_errors/{name}")
        if self.logged_errors < LOGGED_ERRORS:
            self.logged_errors += 1
            logger.warning(
                "Item %(url)s does not match the schema: %(errors)s",
                {"url": line.get("url"), "errors": "; ".join(f"{n}: {m}" for n, m in errors)},
            )

    def coverage(self, name: str) -> float | None:
        return self.filled[name] / self.articles if self.articles else None

    def spider_closed(self) -> None:
        for name in _COUNTED:
            share = self.coverage(name)
            if share is not None:
                self.stats.set_value(key("monitor", f"coverage/{name}"), round(share, 4))
        self.stats.set_value(key("monitor", "articles"), self.articles)
        results = {
            "schema": self.schema_check(),
            "required_fields": self.required_check(),
            "date_coverage": self.date_check(),
            "error_rate": self.error_check(),
        }
        failed = [name for name, result in results.items() if result.startswith("failed")]
        for name, result in results.items():
            self.stats.set_value(key("monitor", f"check/{name}"), result)
        self.stats.set_value(key("monitor", "failed"), len(failed))
        self.log_summary(results, failed)

    def schema_check(self) -> str:
        if not self.check_schema:
            return "skipped: jsonschema is not installed"
        total = self.stats.get_value(key("monitor", "schema_errors"), 0)
        if not total:
            return "ok"
        prefix = key("monitor", "schema_errors/")
        fields = {k[len(prefix) :]: v for k, v in self.stats.get_stats().items() if k.startswith(prefix)}
        worst = ", ".join(f"{name} {n}" for name, n in sorted(fields.items(), key=lambda kv: -kv[1]))
        return f"failed: {total} schema errors ({worst})"

    def required_check(self) -> str:
        missing = {n: self.articles - self.filled[n] for n in schema.REQUIRED if self.filled[n] < self.articles}
        if not missing:
            return "ok"
        return "failed: " + ", ".join(f"{n} articles without {name}" for name, n in missing.items())

    def date_check(self) -> str:
        share = self.coverage("datePublished")
        if share is None:
            return "ok (no articles)"
        if share >= self.min_date_coverage:
            return f"ok ({share:.1%})"
        return f"failed: {share:.1%} of {self.articles} articles have datePublished, below {self.min_date_coverage:.0%}"

    def error_check(self) -> str:
        errors = error_rate(self.stats.get_stats(), self.settings)
        if not errors.errors:
            return "ok (0 errors)"
        if not errors.exceeded:
            return f"ok ({errors.describe()})"
        return f"failed: {errors.describe()}, above {errors.limit:.0%}"

    def log_summary(self, results: dict[str, str], failed: list[str]) -> None:
        lines = [f"  {name:<16} {result}" for name, result in results.items()]
        covered = ", ".join(
            f"{name} {share:.0%}" for name in COVERAGE_FIELDS if (share := self.coverage(name)) is not None
        )
        lines.append(f"  coverage         {covered or 'no articles'}")
        head = f"{len(failed)} of {len(results)} checks failed" if failed else "all checks passed"
        level = logging.WARNING if failed else logging.INFO
        logger.log(
            level,
            "Monitor: %(head)s (%(articles)s articles)\n%(lines)s",
            {"head": head, "articles": self.articles, "lines": "\n".join(lines)},
        )
