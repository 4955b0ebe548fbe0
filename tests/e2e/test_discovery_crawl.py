"""Real ``scrapy crawl news`` runs against a loopback site: robots.txt → sitemap
index → news sitemap (and a gzipped one) → pages; home page → feeds → pages;
``-a since`` skipping; bad and missing feeds counted, never fatal.

Item pipelines are switched off: these tests check discovery (which pages are
fetched, with what listing data), not extraction. The listing's date (in the
item's context, never exported normally) is exported here as ``_listedDate``
by ``tests.helpers.context_export`` to check the meta contract end to end.
"""

from __future__ import annotations

import gzip
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.helpers.loopback import FIXTURES, CrawlResult, Site, crawl

SITE = FIXTURES / "site" / "discovery"
SETTINGS = {"ITEM_PIPELINES": '{"tests.helpers.context_export.ListedDateExport": 100}', "FEED_EXPORT_FIELDS": "url,headline,_listedDate",
            "NEWSSPIDER_STATE_ENABLED": "False", "NEWSSPIDER_MONITOR_ENABLED": "False"}

#: Page path -> listed date, for a full run from the home page.
ALL_PAGES = {
    "/news/harbour-cranes-arrive.html": "2021-06-27T14:44:03+05:30",  # sitemap and feed: fetched once
    "/news/bridge-reopens.html": "2021-06-26T18:20:00+05:30",  # listed as AMP with utm_source
    "/news/old-council-vote.html": "2021-06-10T09:00:00+05:30",
    "/news/spring-fair-opens.html": "2021-05-20T10:00:00+05:30",  # gzipped sitemap, lastmod only
    "/news/ferry-timetable-changes.html": "2021-06-27T14:56:00+05:30",
    "/news/river-rights-talks.html": "2021-06-27T08:15:00+02:00",  # Atom feed
}


@pytest.fixture(scope="module")
def site():
    with Site(SITE) as served:
        plain = (SITE / "sitemaps" / "2021-05.xml").read_bytes().replace(b"{{BASE}}", served.base.encode())
        served.page("/sitemaps/2021-05.xml.gz", gzip.compress(plain), content_type="application/x-gzip")
        yield served


def pages(result: CrawlResult, site: Site) -> dict[str, str | None]:
    assert result.summary.get("finish_reason") == "finished", result.log[-3000:]
    found = {item["url"].removeprefix(site.base): item.get("_listedDate") for item in result.items}
    assert len(found) == len(result.items), "a page was exported twice"
    return found


def test_site_discovery_robots_sitemaps_and_feeds(site: Site, tmp_path: Path) -> None:
    site.hits.clear()
    result = crawl("news", tmp_path, "-a", f"site={site.base}/", settings=SETTINGS)
    assert pages(result, site) == ALL_PAGES
    assert all(item["headline"] for item in result.items)
    stat = result.stat
    assert stat("newsspider/discovery/sitemaps") == 3  # index, news, gzipped
    assert stat("newsspider/discovery/feeds") == 2  # RSS and Atom, from the home page
    assert stat("newsspider/discovery/failed_sitemap") == 1  # /sitemaps/gone.xml: 404
    assert stat("newsspider/discovery/entries") == 5 + 1 + 2 + 1
    assert stat("newsspider/discovery/duplicate_url") == 1
    assert stat("newsspider/discovery/articles") == 8  # 6 pages, the robots-forbidden one, the offsite one
    assert stat("robotstxt/forbidden") == 1
    assert stat("offsite/filtered") == 1
    assert stat("newsspider/discovery/probe_missing") == 0  # robots.txt and the home page named them
    assert site.hits["/private/embargoed-story.html"] == 0
    assert site.hits["/comments/feed/"] == 0
    assert all(site.hits[path] == 1 for path in ALL_PAGES)
    assert "Could not fetch sitemap" in result.log


def test_since_skips_old_entries_and_old_child_sitemaps(site: Site, tmp_path: Path) -> None:
    site.hits.clear()
    result = crawl("news", tmp_path, "-a", f"site={site.base}", "-a", "since=2021-06-20", settings=SETTINGS)
    assert set(pages(result, site)) == set(ALL_PAGES) - {
        "/news/old-council-vote.html", "/news/spring-fair-opens.html"}
    assert result.stat("newsspider/skipped/older_than_since") == 1
    assert result.stat("newsspider/skipped/sitemap_older_than_since") == 1
    assert site.hits["/sitemaps/2021-05.xml.gz"] == 0
    assert site.hits["/news/old-council-vote.html"] == 0


def test_feed_argument_starts_from_the_feed_only(site: Site, tmp_path: Path) -> None:
    site.hits.clear()
    result = crawl("news", tmp_path, "-a", f"feed={site.url('/feeds/latest.xml')}", settings=SETTINGS)
    assert pages(result, site) == {
        "/news/harbour-cranes-arrive.html": "2021-06-27T14:44:03+05:30",
        "/news/ferry-timetable-changes.html": "2021-06-27T14:56:00+05:30",
    }
    assert result.stat("newsspider/discovery/feeds") == 1
    assert site.hits["/sitemap_index.xml"] == 0 and site.hits["/"] == 0


def test_bad_feed_is_counted_and_the_good_one_still_read(site: Site, tmp_path: Path) -> None:
    feeds = f"{site.url('/not-a-feed.html')},{site.url('/feeds/world.atom')}"
    result = crawl("news", tmp_path, "-a", f"feed={feeds}", settings=SETTINGS)
    assert set(pages(result, site)) == {"/news/river-rights-talks.html"}
    assert result.stat("newsspider/discovery/bad_feed") == 1
    assert "Not a feed (html)" in result.log


def test_relative_since_on_a_sitemap_argument(tmp_path: Path) -> None:
    """``since=2d`` against a sitemap dated relative to now (and the usual places
    probed when robots.txt and the home page name nothing)."""
    now = datetime.now(timezone.utc)
    slugs = ["harbour-cranes-arrive", "bridge-reopens", "old-council-vote"]
    with Site() as served:  # nothing but the routes below
        for slug in slugs:
            page = (SITE / "news" / f"{slug}.html").read_text("utf-8").replace("{{BASE}}", served.base)
            served.page(f"/news/{slug}.html", page)
        entries = "".join(
            f"<url><loc>{served.base}/news/{slug}.html</loc><lastmod>{(now - age).isoformat()}</lastmod></url>"
            for slug, age in [("harbour-cranes-arrive", timedelta(hours=3)),
                              ("bridge-reopens", timedelta(days=1)),
                              ("old-council-vote", timedelta(days=5))]
        )
        served.page("/sitemap.xml", f"<urlset>{entries}</urlset>", content_type="application/xml")
        served.page("/robots.txt", "User-agent: *\nDisallow:\n", content_type="text/plain")
        served.page("/", "<html><head><title>No feeds here</title></head><body></body></html>")
        result = crawl("news", tmp_path, "-a", f"site={served.base}", "-a", "since=2d", settings=SETTINGS)
        found = pages(result, served)
        probes = {path: served.hits[path] for path in ("/sitemap.xml", "/sitemap_index.xml", "/feed", "/rss")}
        old_page_hits = served.hits["/news/old-council-vote.html"]
    assert set(found) == {"/news/harbour-cranes-arrive.html", "/news/bridge-reopens.html"}
    assert result.stat("newsspider/skipped/older_than_since") == 1
    assert probes == {"/sitemap.xml": 1, "/sitemap_index.xml": 1, "/feed": 1, "/rss": 1}
    assert old_page_hits == 0
    assert result.stat("newsspider/discovery/probe_missing") == 4 + 7  # every other usual place: 404


def test_with_every_component_a_second_run_fetches_no_page_again(site: Site, tmp_path: Path) -> None:
    """The project's own settings (pipelines, archive state): the listed dates
    that discovery passes on let the second run skip every unchanged page."""
    site.hits.clear()
    first = crawl("news", tmp_path, "-a", f"site={site.base}")
    assert first.returncode == 0, first.log[-3000:]
    assert sorted(item["url"].removeprefix(site.base) for item in first.items) == sorted(ALL_PAGES)
    assert all(item["canonicalUrl"] == item["url"] for item in first.items)
    second = crawl("news", tmp_path, "-a", f"site={site.base}")
    assert second.items == []
    assert all(site.hits[path] == 1 for path in ALL_PAGES)
    assert second.stat("newsspider/discovery/articles") == first.stat("newsspider/discovery/articles")
