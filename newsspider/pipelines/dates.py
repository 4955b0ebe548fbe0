"""Fills ``datePublished`` / ``dateModified`` from the raw text extraction found.

Each is read with ``newsspider.dates`` in the publisher's zone
(``item.context.timezone``), relative texts ("13 hours ago") against the download
time. The raw text always stays in ``*Raw``; the normalised field stays null
where the date is unreadable (placeholders such as ``0001-01-01`` are not
dates to the library), in the future (past a tolerance for clock skew
and guessed zones) or older than news can be (``1970-01-01``): a wrong date in
the archive is worse than none. Every outcome is counted as
``newsspider/dates/<outcome>``: ``normalized``, ``no_zone``, ``missing``,
``unparsed``, ``future``, ``too_old``, and ``modified_before_published``
(both kept).

A time with no offset (the text states none and the item names no known
zone) is exported as its day only (``no_zone``): the archive's schema requires
an offset on every time, because a reader given ``2019-04-22T11:50:00`` takes
it as UTC or as its own local time, hours and sometimes a day away from the
truth. The day is what the page says, so it is kept; the raw text stays in
``*Raw`` for a later, better-informed reading. A ``context.timezone`` that names no
zone is treated as none, counted once per item (``unknown_zone``) and logged
once per name: it is a profile's or extraction's mistake, not the page's.

The raw text decides; where extraction found none, a value already in the
field (structured data) is read again, and for ``datePublished`` the feed's or
sitemap's date (``context.listed_date``); that text then becomes ``*Raw``.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta, timezone

from scrapy.crawler import Crawler

from newsspider.dates import FUTURE_TOLERANCE, OLDEST_YEAR, parse_date, zone_info
from newsspider.items import Article
from newsspider.pipelines.base import ArticlePipeline
from newsspider.stats import count

logger = logging.getLogger(__name__)

_FIELDS = ("datePublished", "dateModified")


class DatesPipeline(ArticlePipeline):
    step = "dates"
    passes_on_failure = True

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.tolerance = timedelta(seconds=crawler.settings.getfloat(
            "NEWSSPIDER_DATES_FUTURE_TOLERANCE", FUTURE_TOLERANCE.total_seconds()))
        self.earliest = date(crawler.settings.getint("NEWSSPIDER_DATES_MIN_YEAR", OLDEST_YEAR), 1, 1)
        self.unknown_zones: set[str] = set()

    def process_article(self, item: Article) -> Article:
        now = _downloaded(item.dateDownloaded)
        if item.context.timezone and zone_info(item.context.timezone) is None:
            self._unknown_zone(item)
        published, modified = (self._normalize(item, field, now) for field in _FIELDS)
        if published is not None and modified is not None and _earlier(modified, published):
            count(self.stats, "dates", "modified_before_published")
            logger.info(
                "dateModified %(modified)s is before datePublished %(published)s: %(url)s",
                {"modified": item.dateModified, "published": item.datePublished, "url": item.url},
            )
        return item

    def _normalize(self, item: Article, field: str, now: datetime) -> datetime | date | None:
        """Set ``field`` from its raw text (or, where extraction found none, from
        a value already in the field, or for ``datePublished`` the feed's date);
        return the date read, or None where the field is left null."""
        raw_field = f"{field}Raw"
        source = getattr(item, raw_field) or getattr(item, field)
        if not source and field == "datePublished":
            source = item.context.listed_date
        setattr(item, field, None)
        if not source:
            count(self.stats, "dates", "missing")
            return None
        source = str(source)
        if not getattr(item, raw_field):
            setattr(item, raw_field, source)

        value = parse_date(source, item.context.timezone, now)
        if value is None:
            reason = "unparsed"
        elif _instant(value) > now + self.tolerance:
            reason = "future"
        elif _day(value) < self.earliest:
            reason = "too_old"
        else:
            outcome = "normalized"
            if isinstance(value, datetime) and value.tzinfo is None:
                value, outcome = value.date(), "no_zone"
                logger.debug("%(field)s %(raw)r has no zone: day only: %(url)s",
                             {"field": field, "raw": source, "url": item.url})
            setattr(item, field, _iso(value))
            count(self.stats, "dates", outcome)
            return value
        count(self.stats, "dates", reason)
        logger.warning(
            "%(field)s %(raw)r dropped (%(reason)s; downloaded %(now)s, zone %(zone)s): %(url)s",
            {"field": field, "raw": source, "reason": reason, "now": now.isoformat(),
             "zone": item.context.timezone, "url": item.url},
        )
        return None

    def _unknown_zone(self, item: Article) -> None:
        count(self.stats, "dates", "unknown_zone")
        name = str(item.context.timezone)
        if name not in self.unknown_zones:
            self.unknown_zones.add(name)
            logger.warning(
                "Unknown time zone %(zone)r: its dates without an offset keep only their day "
                "(logged once per zone; first seen on %(url)s)",
                {"zone": name, "url": item.url},
            )


def _downloaded(text: str | None) -> datetime:
    """The download time (``dateDownloaded``, UTC), or the current time."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None
    except ValueError:
        moment = None
    if moment is None:
        return datetime.now(timezone.utc)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _iso(value: datetime | date) -> str:
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else value.isoformat()


def _day(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _instant(value: datetime | date) -> datetime:
    """An aware time to compare: a bare day counts from its start, a time
    without a zone as UTC (an error of hours, well inside the tolerance)."""
    if not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day, tzinfo=timezone.utc)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _earlier(modified: datetime | date, published: datetime | date) -> bool:
    """Whether ``modified`` is before ``published``; by day where either is a bare day."""
    if isinstance(modified, datetime) and isinstance(published, datetime):
        return _instant(modified) < _instant(published)
    return _day(modified) < _day(published)
