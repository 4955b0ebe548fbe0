"""Real ``scrapy crawl`` runs over a loopback copy of Business Standard: its three
layouts (classic, "Last Updated" AMP and hashed-class pages, Next.js), reached
through an explicit URL list, the RSS feed and the news sitemap."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.helpers.loopback import FIXTURES, CrawlResult, Site, crawl

SITE = FIXTURES / "site" / "business-standard"
BS = "https://www.business-standard.com"

#: What each story must come out as, by canonical URL.
EXPECTED: dict[str, dict[str, Any]] = {
    f"{BS}/article/economy-policy/gujarat-to-open-three-new-textile-parks-says-minister-119031200123_1.html": {
        "headline": "Gujarat to open three new textile parks, says minister",
        "agency": "PTI", "dateline": "Gandhinagar",
        "datePublished": "2019-03-12T16:45:00+05:30",
        "datePublishedRaw": "Tue, March 12 2019. 16:45 IST",
        "first": "The Gujarat government will set up three new textile parks near Surat",
        "last": "demand had picked up after the state revised its incentive scheme last year.",
        "paragraphs": 4,
    },
    f"{BS}/article/international/north-korea-tests-new-tactical-weapon-state-media-says-119042200456_1.html": {
        "headline": "North Korea tests new tactical weapon, state media says",
        "agency": "Reuters", "dateline": "Seoul",
        "datePublished": "2019-04-22T11:50:00+05:30",
        "datePublishedRaw": "Apr 22 2019 | 11:50 AM IST",
        "first": "North Korea tested a new tactical guided weapon, state media said on Monday",
        "last": "it had not detected a ballistic missile launch.",
        "paragraphs": 3,
    },
    f"{BS}/markets/news/railway-psu-shares-climb-after-signalling-order-win-124071200447_1.html": {
        "headline": "Railway PSU shares climb after signalling order win",
        "agency": "PTI", "dateline": "New Delhi",
        "datePublished": "2024-07-12T10:49:21+05:30",
        "first": "Shares of a state-owned railway signalling company rose as much as 9 per cent",
        "last": "the company's chairman told analysts on a call.",
        "paragraphs": 3,
    },
    f"{BS}/india-news/punjab-to-pay-farmers-to-manage-paddy-stubble-124112000789_1.html": {
        "headline": "Punjab to pay farmers to manage paddy stubble",
        "agency": "ANI", "dateline": "Amritsar",
        "datePublished": "2024-11-20T14:30:00+05:30",
        "datePublishedRaw": "1732093200",
        "first": "The Punjab government on Wednesday said it would pay farmers Rs 2,500 an acre",
        "last": "Satellite data showed fewer farm fires than last year, officials said.",
        "paragraphs": 4,
    },
}

#: Never in a body.
BOILERPLATE = ["ALSO READ", "Bs_logo", "Subscribe to Business Standard", "Smart Quarterly", "Renews automatically",
               "Unlimited access", "Only the headline and picture", "Dear Reader", "Support quality journalism",
               "First Published", "Last Updated", "More From This Section", "Read More On", "Follow us on",
               "googletag", "(ANI)", "(Reuters)", "2026"]

#: Rules that fire on the four pages: story -> rules (each counted once per item).
BOILERPLATE_COUNTS = {"also_read": 2, "disclaimer": 2, "image_alt": 1, "subscription": 1}


@pytest.fixture(scope="module")
def site():
    with Site(SITE) as served:
        yield served


def check_items(result: CrawlResult) -> None:
    assert result.returncode == 0, result.log[-3000:]
    by_url = {item["canonicalUrl"]: item for item in result.items}
    assert sorted(by_url) == sorted(EXPECTED), result.log[-3000:]
    for url, want in EXPECTED.items():
        item = by_url[url]
        assert item["url"].startswith("http://127.0.0.1:")
        assert item["publisher"] == "Business Standard"
        assert item["spider"] == result.summary.get("spider", item["spider"])
        for key in ("headline", "agency", "dateline", "datePublished", "datePublishedRaw"):
            if key in want:
                assert item[key] == want[key], (url, key)
        assert item["authors"] == [], url
        paragraphs = item["articleBody"].split("\n\n")
        assert paragraphs[0].startswith(want["first"]), url
        assert paragraphs[-1].endswith(want["last"]), url
        assert len(paragraphs) == want["paragraphs"], url
        for phrase in BOILERPLATE:
            assert phrase not in item["articleBody"], (url, phrase)
        assert item["contentHash"] and len(item["contentHash"]) == 64


def check_stats(result: CrawlResult) -> None:
    assert result.stat("item_scraped_count") == len(EXPECTED)
    assert result.stat("log_count/ERROR") == 0
    assert result.stat("item_dropped_count") == 0
    for rule, times in BOILERPLATE_COUNTS.items():
        assert result.stat(f"newsspider/boilerplate/{rule}") == times, rule
    assert result.stat("newsspider/boilerplate/clean") == 0


def test_article_spider_extracts_the_listed_pages(site: Site, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    paths = sorted(p.relative_to(SITE).as_posix() for p in SITE.rglob("*.html"))
    urls.write_text("".join(site.url("/" + p) + "\n" for p in paths), "utf-8")
    result = crawl("article", tmp_path / "run", "-a", f"urls={urls}")
    check_items(result)
    check_stats(result)


def test_business_standard_spider_from_the_feed(site: Site, tmp_path: Path) -> None:
    result = crawl("business_standard", tmp_path, "-a", f"feed={site.url('/rss.xml')}")
    check_items(result)
    check_stats(result)
    assert result.stat("newsspider/discovery/articles") == len(EXPECTED)


def test_business_standard_spider_from_the_sitemap(site: Site, tmp_path: Path) -> None:
    result = crawl("business_standard", tmp_path, "-a", f"sitemap={site.url('/sitemap.xml')}")
    check_items(result)
    check_stats(result)
    assert result.stat("newsspider/discovery/articles") == len(EXPECTED)


def test_the_shipped_sample_pages(tmp_path: Path) -> None:
    """README's offline crawl: ``samples/urls.txt`` (paths relative to the list file)."""
    listed = SITE.parents[3] / "samples" / "urls.txt"
    pages = [line for line in listed.read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")]
    result = crawl("article", tmp_path, "-a", f"urls={listed}")
    assert result.returncode == 0, result.log[-3000:]
    assert result.stat("log_count/ERROR") == 0
    assert len(result.items) == len(pages) == 4
    by_headline = {item["headline"]: item for item in result.items}
    tea = by_headline["Tea exports rise 8% on strong demand from Iran, Russia"]
    assert (tea["agency"], tea["dateline"], tea["datePublished"]) == ("PTI", "Kolkata", "2019-05-20T13:40:00+05:30")
    food = by_headline["Free foodgrain scheme extended by five years"]
    assert (food["agency"], food["dateline"], food["datePublished"]) == ("IANS", "New Delhi",
                                                                         "2024-11-28T16:45:00+05:30")
    rupee = by_headline["Rupee ends flat as importer demand offsets inflows"]
    assert (rupee["authors"], rupee["agency"], rupee["dateline"]) == ([{"name": "Anjali Kumari"}], None, "Mumbai")
    kenya = by_headline["Kenya's central bank holds rate as inflation eases"]
    assert kenya["datePublished"] == "2024-06-11T14:20:00+03:00"
    for item in result.items:
        assert item["url"].startswith("file://")
        assert item["datePublished"]
        for phrase in ("ALSO READ", "Subscribe to", "Dear Reader", "Follow us on", "Share this", "(IANS)"):
            assert phrase not in item["articleBody"], (item["headline"], phrase)
