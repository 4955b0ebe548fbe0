"""Totals the outcomes of the run when the spider closes.

Every component counts its outcomes as ``newsspider/<group>/<reason>``; this
extension adds them up per group, into ``newsspider/outcome/exported``
(items scraped), ``dropped``, ``skipped`` and ``failed`` (so the run summary
lists them), and logs one line with the reasons, for example::

    Outcomes of 33 article requests: 10 exported; 6 dropped (not_article/blocked 2, ...);
    5 skipped (binary 2, ...); 12 failed (http_404 1, timeout 1, ...)

``newsspider/outcome/requested`` (article requests sent, counted by
``OutcomeSpiderMiddleware``) is what the other four account for.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

from newsspider.stats import PREFIX, key

logger = logging.getLogger(__name__)

#: Counter groups that end an article request without an exported item.
GROUPS = ("dropped", "skipped", "failed")


def outcome_totals(stats: dict[str, Any]) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """Totals per group (with ``exported``) and the counts per reason in each group."""
    reasons: dict[str, dict[str, int]] = {group: {} for group in GROUPS}
    for name, value in stats.items():
        group, _, reason = name.removeprefix(f"{PREFIX}/").partition("/")
        if name.startswith(f"{PREFIX}/") and group in reasons and isinstance(value, int):
            reasons[group][reason] = value
    totals = {"exported": int(stats.get("item_scraped_count", 0))}
    totals.update({group: sum(reasons[group].values()) for group in GROUPS})
    return totals, reasons


class OutcomeTotals:
    def __init__(self, crawler: Crawler) -> None:
        assert crawler.stats is not None
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OutcomeTotals:
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self) -> None:
        totals, reasons = outcome_totals(self.stats.get_stats())
        for group, total in totals.items():
            self.stats.set_value(key("outcome", group), total)
        parts = [f"{totals['exported']} exported"]
        for group in GROUPS:
            detail = ", ".join(f"{reason} {n}" for reason, n in sorted(reasons[group].items()))
            parts.append(f"{totals[group]} {group}" + (f" ({detail})" if detail else ""))
        logger.info("Outcomes of %(requested)s article requests: %(outcomes)s",
                    {"requested": self.stats.get_value(key("outcome", "requested"), 0), "outcomes": "; ".join(parts)})
