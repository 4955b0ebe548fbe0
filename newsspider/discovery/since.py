"""The ``since`` cut-off: which listed entries are too old to fetch.

Listed dates themselves are read by the date library (``newsspider.dates``)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from newsspider.dates import zone_info
from newsspider.discovery.entry import Entry

_RELATIVE = re.compile(r"^\s*(\d+)\s*([wdhm])\s*$", re.I)
_UNITS = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes"}


#: What ``-a since`` takes, as said when it cannot be read.
SINCE_FORM = "give an age (2d, 6h, 30m, 1w) or an ISO date (2021-06-27)"
#: What an age argument (``-a recheck``) takes.
AGE_FORM = "give an age (7d, 12h, 30m, 2w)"


def parse_age(text: str) -> timedelta:
    """``2d``, ``6h``, ``30m``, ``1w`` as a duration; ValueError for anything else."""
    relative = _RELATIVE.match(text)
    if not relative:
        raise ValueError(f"{text!r}: {AGE_FORM}")
    amount, unit = relative.groups()
    return timedelta(**{_UNITS[unit.lower()]: int(amount)})


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """The cut-off for ``-a since``: ``2d``, ``6h``, ``30m``, ``1w`` before ``now``,
    or an ISO date / date-time (UTC where it states no offset)."""
    now = now or datetime.now(timezone.utc)
    if _RELATIVE.match(text):
        return now - parse_age(text)
    try:
        cutoff = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"since={text!r}: {SINCE_FORM}") from None
    return cutoff if cutoff.tzinfo else cutoff.replace(tzinfo=timezone.utc)


def latest(entry: Entry, tz: str | None = None) -> datetime | None:
    """The newest of the entry's dates, as an aware datetime; a bare day counts as
    its end, so that ``since`` never skips an entry dated "today"."""
    found = [t for t in (_instant(entry.published, tz), _instant(entry.modified, tz)) if t]
    return max(found) if found else None


def _instant(iso: str | None, tz: str | None) -> datetime | None:
    if not iso:
        return None
    try:
        value = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if len(iso) == 10:  # YYYY-MM-DD
        value += timedelta(days=1)
    return value if value.tzinfo else value.replace(tzinfo=zone_info(tz) or timezone.utc)
