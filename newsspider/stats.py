"""Names of the counters every component writes: ``newsspider/<step>/<outcome>``."""

from __future__ import annotations

from scrapy.statscollectors import StatsCollector

PREFIX = "newsspider"


def key(step: str, outcome: str) -> str:
    return f"{PREFIX}/{step}/{outcome}"


def count(stats: StatsCollector, step: str, outcome: str, n: int = 1) -> None:
    stats.inc_value(key(step, outcome), n)
