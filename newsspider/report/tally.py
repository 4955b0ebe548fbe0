"""What a set of exported lines holds: versions, field coverage, body length, freshness.

One ``StoryTally`` is filled item by item during a crawl (the run summary's
``stories`` block, :mod:`newsspider.extensions.storytally`) and line by line
from batch files by ``scrapy report`` for runs whose summary has no such
block; tallies add up (``merge``), so a day or a site is the sum of its runs.

Body lengths and freshness are kept as histograms of values rounded to two
significant figures (``{1200: 3, 45: 1}``): bounded in size whatever the
run's size, exact enough (within 5 %) for a median and a 90th percentile,
and exactly additive across runs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

#: Counters of the ``stories`` block, in this order.
COUNTS = ("exported", "new", "changed", "removed", "unversioned", "articles", "timed", "authors", "agency")


def two_figures(value: float) -> int:
    """``value`` rounded to two significant figures (``1234`` -> ``1200``), at least 0."""
    number = max(int(round(value)), 0)
    digits = len(str(number))
    return number if digits <= 2 else round(number, 2 - digits)


def freshness_minutes(published: Any, downloaded: Any) -> int | None:
    """Minutes from ``datePublished`` to ``dateDownloaded``; None where the
    published date has no time of day or no known offset (it cannot be compared)."""
    if not isinstance(published, str) or not isinstance(downloaded, str) or "T" not in published:
        return None
    try:
        start, end = datetime.fromisoformat(published), datetime.fromisoformat(downloaded)
    except ValueError:
        return None
    if start.tzinfo is None or end.tzinfo is None:
        return None
    return two_figures((end - start).total_seconds() / 60)


def quantile(histogram: Mapping[int, int], share: float) -> int | None:
    """The value below which ``share`` of the histogram's counts lie (None when empty)."""
    total = sum(histogram.values())
    if not total:
        return None
    rank, seen = share * total, 0
    for value in sorted(histogram):
        seen += histogram[value]
        if seen >= rank:
            return value
    return max(histogram)


@dataclass(slots=True)
class StoryTally:
    """Counts over exported lines. ``articles`` are the lines that are not
    tombstones; ``timed``, ``authors`` and ``agency`` count articles with a
    ``datePublished`` holding a time of day, with authors, with an agency."""

    counts: Counter[str] = field(default_factory=Counter)
    body_chars: Counter[int] = field(default_factory=Counter)
    freshness: Counter[int] = field(default_factory=Counter)

    def add(self, line: Mapping[str, Any]) -> None:
        """Count one exported item or batch line."""
        counts = self.counts
        counts["exported"] += 1
        version = line.get("version")
        if line.get("removed"):
            counts["removed"] += 1
            return
        counts["articles"] += 1
        counts["unversioned" if version is None else "new" if version == 1 else "changed"] += 1
        published = line.get("datePublished")
        if isinstance(published, str) and "T" in published:
            counts["timed"] += 1
        counts["authors"] += bool(line.get("authors"))
        counts["agency"] += bool(line.get("agency"))
        self.body_chars[two_figures(len(line.get("articleBody") or ""))] += 1
        minutes = freshness_minutes(published, line.get("dateDownloaded"))
        if minutes is not None:
            self.freshness[minutes] += 1

    def merge(self, other: StoryTally) -> None:
        self.counts.update(other.counts)
        self.body_chars.update(other.body_chars)
        self.freshness.update(other.freshness)

    def to_dict(self) -> dict[str, Any]:
        """The summary's ``stories`` block (JSON: histogram keys are strings)."""
        return {
            **{name: self.counts[name] for name in COUNTS},
            "bodyChars": {str(k): v for k, v in sorted(self.body_chars.items())},
            "freshnessMinutes": {str(k): v for k, v in sorted(self.freshness.items())},
        }

    def add_dict(self, block: Mapping[str, Any]) -> None:
        """Add a ``stories`` block (what :meth:`to_dict` wrote), in place:
        the report adds one per run summary."""
        counts, body_chars, freshness = self.counts, self.body_chars, self.freshness
        for name in COUNTS:
            counts[name] += int(block.get(name) or 0)
        for key, n in (block.get("bodyChars") or {}).items():
            body_chars[int(key)] += int(n)
        for key, n in (block.get("freshnessMinutes") or {}).items():
            freshness[int(key)] += int(n)
