"""``-a since``: the cut-off, and an entry's newest date."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from newsspider.discovery import Entry
from newsspider.discovery.since import latest, parse_since

NOW = datetime(2021, 6, 27, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(("text", "expected"), [
    ("2d", "2021-06-25T12:00:00+00:00"),
    ("6h", "2021-06-27T06:00:00+00:00"),
    ("30m", "2021-06-27T11:30:00+00:00"),
    ("1w", "2021-06-20T12:00:00+00:00"),
    (" 12H ", "2021-06-27T00:00:00+00:00"),
    ("2021-06-20", "2021-06-20T00:00:00+00:00"),
    ("2021-06-20T08:00:00+05:30", "2021-06-20T08:00:00+05:30"),
])
def test_parse_since(text: str, expected: str) -> None:
    assert parse_since(text, now=NOW).isoformat() == expected


@pytest.mark.parametrize("text", ["yesterday", "2 days", "-2d", ""])
def test_bad_since_says_what_is_expected(text: str) -> None:
    with pytest.raises(ValueError, match="give an age"):
        parse_since(text, now=NOW)


def test_latest_takes_the_newest_date() -> None:
    entry = Entry("https://x.example/a", published="2021-06-01T10:00:00+05:30",
                  modified="2021-06-27T10:00:00+05:30")
    assert latest(entry) == datetime(2021, 6, 27, 4, 30, tzinfo=timezone.utc)
    assert latest(Entry("https://x.example/b")) is None


def test_bare_day_counts_as_its_end_and_naive_time_uses_the_zone() -> None:
    assert latest(Entry("https://x.example/a", modified="2021-06-27")) > parse_since("6h", now=NOW)
    naive = Entry("https://x.example/a", published="2021-06-27T10:00:00")
    assert latest(naive, "Asia/Kolkata") == datetime(2021, 6, 27, 4, 30, tzinfo=timezone.utc)
    assert latest(naive) == datetime(2021, 6, 27, 10, 0, tzinfo=timezone.utc)
