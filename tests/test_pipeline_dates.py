"""DatesPipeline on its own: normalised dates, raw text kept, every outcome counted."""

from __future__ import annotations

import json
import logging
from importlib.resources import files

import jsonschema
import pytest
from scrapy.utils.test import get_crawler

from newsspider.items import Article
from newsspider.pipelines.dates import DatesPipeline
from tests.helpers.articles import with_context

DOWNLOADED = "2026-11-30T12:00:00+00:00"


@pytest.fixture
def crawler():
    return get_crawler()


def run(crawler, *, timezone: str | None = None, listed_date: str | None = None, **fields) -> Article:
    fields.setdefault("dateDownloaded", DOWNLOADED)
    fields.setdefault("url", "https://www.business-standard.com/article/x.html")
    item = with_context(Article(**fields), timezone=timezone, listed_date=listed_date)
    return DatesPipeline.from_crawler(crawler).process_item(item)


def stats(crawler) -> dict[str, int]:
    prefix = "newsspider/dates/"
    return {k[len(prefix):]: v for k, v in crawler.stats.get_stats().items() if k.startswith(prefix)}


def test_normalises_both_dates_in_the_publishers_zone(crawler):
    item = run(
        crawler,
        datePublishedRaw="Last Updated : Apr 22 2019 | 11:50 AM IST",
        dateModifiedRaw="2019-04-22 13:05:00",
        timezone="Asia/Kolkata",
    )
    assert item.datePublished == "2019-04-22T11:50:00+05:30"
    assert item.datePublishedRaw == "Last Updated : Apr 22 2019 | 11:50 AM IST"
    assert item.dateModified == "2019-04-22T13:05:00+05:30"
    assert item.dateModifiedRaw == "2019-04-22 13:05:00"
    assert stats(crawler) == {"normalized": 2}


def test_irish_site_reads_ist_as_irish(crawler):
    item = run(crawler, datePublishedRaw="Apr 22 2019 | 11:50 AM IST", timezone="Europe/Dublin")
    assert item.datePublished == "2019-04-22T11:50:00+01:00"


def test_relative_date_resolves_against_the_download_time(crawler):
    item = run(crawler, datePublishedRaw="13 hours ago", timezone="Asia/Kolkata")
    assert item.datePublished == "2026-11-30T04:30:00+05:30"
    assert item.datePublishedRaw == "13 hours ago"


def test_listed_date_is_used_where_the_page_has_none(crawler):
    item = run(crawler, listed_date="Sun, 27 Jun 2021 14:44:03 +0530", timezone="Asia/Kolkata")
    assert item.datePublished == "2021-06-27T14:44:03+05:30"
    assert item.datePublishedRaw == "Sun, 27 Jun 2021 14:44:03 +0530"
    assert item.dateModified is None and item.dateModifiedRaw is None
    assert stats(crawler) == {"normalized": 1, "missing": 1}


def test_page_date_wins_over_the_listed_one(crawler):
    item = run(crawler, datePublishedRaw="2021-06-27T10:00:00+05:30", listed_date="2021-06-28T00:00:00+05:30")
    assert item.datePublished == "2021-06-27T10:00:00+05:30"


def test_structured_value_already_set_is_normalised_again(crawler):
    item = run(crawler, datePublished="2019-01-18T13:00:00.000Z", dateModified="2019-01-18 18:30:00",
               timezone="Asia/Kolkata")
    assert item.datePublished == "2019-01-18T13:00:00+00:00"
    assert item.datePublishedRaw == "2019-01-18T13:00:00.000Z"
    assert item.dateModified == "2019-01-18T18:30:00+05:30"


def test_epoch_seconds_from_next_data(crawler):
    item = run(crawler, datePublishedRaw="1632735000", timezone="Asia/Kolkata")
    assert item.datePublished == "2021-09-27T15:00:00+05:30"


def test_bare_day_stays_a_day(crawler):
    item = run(crawler, datePublishedRaw="Published On 22 Apr 2019", timezone="Asia/Qatar")
    assert item.datePublished == "2019-04-22"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("Monday, December 7, 2026 | 05:57 PM IST", "future"),
        ("2027-01-01", "future"),
        ("0001-01-01T00:00:00Z", "unparsed"),  # a placeholder, not a date
        ("-0001-11-30T00:00:00+05:53", "unparsed"),
        ("Thu, 01 Jan 1970 00:00:00 GMT", "too_old"),
        ("12 March 1989", "too_old"),
        ("Subscribe to Business Standard digital", "unparsed"),
    ],
)
def test_bad_dates_are_dropped_with_raw_kept_and_counted(crawler, caplog, raw, reason):
    with caplog.at_level(logging.WARNING, logger="newsspider.pipelines.dates"):
        item = run(crawler, datePublishedRaw=raw, dateModifiedRaw=raw, timezone="Asia/Kolkata")
    assert item.datePublished is None and item.dateModified is None
    assert item.datePublishedRaw == raw and item.dateModifiedRaw == raw
    assert stats(crawler) == {reason: 2}
    assert len(caplog.records) == 2
    assert reason in caplog.records[0].getMessage() and repr(raw) in caplog.records[0].getMessage()


def test_a_preset_value_that_is_dropped_keeps_its_text_as_raw(crawler):
    item = run(crawler, datePublished="2099-01-01T00:00:00+00:00")
    assert item.datePublished is None
    assert item.datePublishedRaw == "2099-01-01T00:00:00+00:00"
    assert stats(crawler)["future"] == 1


def test_within_the_tolerance_is_not_future(crawler):
    # Six hours after the download (a zone guessed wrong, a clock ahead): kept.
    item = run(crawler, datePublishedRaw="2026-11-30T18:00:00+00:00")
    assert item.datePublished == "2026-11-30T18:00:00+00:00"


def test_tolerance_and_earliest_year_are_settings():
    settings = {"NEWSSPIDER_DATES_FUTURE_TOLERANCE": 3600, "NEWSSPIDER_DATES_MIN_YEAR": 2020}
    pipeline = DatesPipeline.from_crawler(get_crawler(settings_dict=settings))
    item = pipeline.process_item(Article(
        datePublishedRaw="2026-11-30T18:00:00+00:00", dateModifiedRaw="2019-06-01",
        dateDownloaded=DOWNLOADED,
    ))
    assert item.datePublished is None and item.dateModified is None
    assert pipeline.stats.get_value("newsspider/dates/future") == 1
    assert pipeline.stats.get_value("newsspider/dates/too_old") == 1


def test_modified_before_published_is_kept_and_counted(crawler):
    item = run(crawler, datePublishedRaw="Nov 20, 2019 01:41 PM IST", dateModifiedRaw="Nov 20, 2019 01:38 PM IST",
               timezone="Asia/Kolkata")
    assert item.datePublished == "2019-11-20T13:41:00+05:30"
    assert item.dateModified == "2019-11-20T13:38:00+05:30"
    assert stats(crawler) == {"normalized": 2, "modified_before_published": 1}


def test_modified_before_published_compares_days_for_a_bare_day(crawler):
    run(crawler, datePublishedRaw="2019-11-20T13:41:00+05:30", dateModifiedRaw="2019-11-20")
    run(crawler, datePublishedRaw="2019-11-20T13:41:00+05:30", dateModifiedRaw="2019-11-19")
    assert stats(crawler)["modified_before_published"] == 1


def test_nothing_found_counts_missing(crawler):
    item = run(crawler)
    assert item.datePublished is None and item.dateModified is None
    assert stats(crawler) == {"missing": 2}


def test_without_download_time_the_current_time_is_used(crawler):
    item = run(crawler, dateDownloaded=None, datePublishedRaw="2099-01-01", dateModifiedRaw="2019-01-01")
    assert item.datePublished is None
    assert item.dateModified == "2019-01-01"


def test_time_without_zone_exports_the_day_only(crawler):
    # No offset in the text, no zone for the site: the schema allows no naive time.
    item = run(crawler, datePublishedRaw="Apr 22 2019 | 11:50 PM", dateModifiedRaw="2019-04-23T01:05:00")
    assert item.datePublished == "2019-04-22"
    assert item.datePublishedRaw == "Apr 22 2019 | 11:50 PM"
    assert item.dateModified == "2019-04-23"
    assert item.dateModifiedRaw == "2019-04-23T01:05:00"
    assert stats(crawler) == {"no_zone": 2}


def test_time_with_a_stated_offset_needs_no_zone(crawler):
    item = run(crawler, datePublishedRaw="Apr 22 2019 | 11:50 PM IST", dateModifiedRaw="Apr 23 2019 | 01:05 AM")
    assert item.datePublished == "2019-04-22T23:50:00+05:30"
    assert item.dateModified == "2019-04-23"
    assert stats(crawler) == {"normalized": 1, "no_zone": 1}


def test_day_only_dates_are_compared_by_day(crawler):
    item = run(crawler, datePublishedRaw="2019-04-22T11:50:00+05:30", dateModifiedRaw="2019-04-22T09:00:00")
    assert item.dateModified == "2019-04-22"
    assert "modified_before_published" not in stats(crawler)


def test_exported_dates_match_the_schema(crawler):
    schema = json.loads(files("newsspider.schema").joinpath("article.schema.json").read_text(encoding="utf-8"))
    iso_date = jsonschema.Draft202012Validator(schema["$defs"]["isoDate"])
    for raw in ("Apr 22 2019 | 11:50 AM", "2019-04-22T11:50:00", "Today 12:01 AM", "13 hours ago", "20190422"):
        item = run(crawler, datePublishedRaw=raw)
        assert item.datePublished is not None
        iso_date.validate(item.datePublished)


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "America", "Asia/Kolkata "])
def test_unknown_zone_is_counted_and_logged_once(crawler, caplog, zone):
    with caplog.at_level(logging.WARNING, logger="newsspider.pipelines.dates"):
        pipeline = DatesPipeline.from_crawler(crawler)
        items = [
            pipeline.process_item(with_context(Article(url=f"https://example.com/{n}", dateDownloaded=DOWNLOADED,
                                                       datePublishedRaw="Apr 22 2019 | 11:50 AM"), timezone=zone))
            for n in range(3)
        ]
        pipeline.process_item(with_context(Article(url="https://example.com/other", dateDownloaded=DOWNLOADED,
                                                   datePublishedRaw="Apr 22 2019 | 11:50 AM"), timezone="Nowhere/Else"))
    assert [item.datePublished for item in items] == ["2019-04-22"] * 3
    assert stats(crawler) == {"unknown_zone": 4, "no_zone": 4, "missing": 4}
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2
    assert repr(zone) in messages[0] and "https://example.com/0" in messages[0]
    assert "'Nowhere/Else'" in messages[1]


def test_known_or_absent_zone_is_not_counted_as_unknown(crawler):
    run(crawler, datePublishedRaw="Apr 22 2019 | 11:50 AM", timezone="Asia/Kolkata")
    run(crawler, datePublishedRaw="Apr 22 2019 | 11:50 AM", timezone="")
    assert "unknown_zone" not in stats(crawler)
