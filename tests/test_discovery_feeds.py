"""Feeds → entries: fixture feeds written after the real Indian publishers' feeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsspider.discovery import parse_listing
from newsspider.discovery.feeds import feed_links

FIXTURES = Path(__file__).parent / "fixtures" / "discovery"
BASE = "https://feeds.example.com/feed.xml"


def read(name: str, tz: str | None = "Asia/Kolkata"):
    return parse_listing((FIXTURES / name).read_bytes(), BASE, tz=tz)


# file, kind, entries, first entry: url, title, published (ISO)
FEEDS = [
    ("rss_business.xml", "rss", 3,
     "https://www.business-standard.com/article/economy-policy/tea-exporters-expect-better-second-flush-121062700101_1.html",
     "Tea exporters expect a better second flush: trade body", "2021-06-27T14:44:03+05:30"),
    ("rss_mint.xml", "rss", 2,
     "https://www.livemint.com/market/stock-market-news/brokers-list-what-could-move-markets-11624778080170.html",
     "Brokers list what could move markets this week", "2021-06-27T13:10:57+05:30"),
    ("rss_express.xml", "rss", 2,
     "https://www.newindianexpress.com/nation/2021/jun/27/villagers-build-a-footbridge-in-six-weeks-2322101.html",
     "Villagers build a footbridge in six weeks", "2021-06-27T14:56:00+05:30"),
    ("rss_et.xml", "rss", 2,
     "https://economictimes.indiatimes.com/industry/renewables/solar-tariffs-fall-to-record-low/articleshow/83883001.cms",
     "Solar tariffs fall to a record low in state auction", "2021-06-27T12:37:08+05:30"),
    ("rss_declared_latin1.xml", "rss", 1,
     "https://www.moneycontrol.com/news/health/in-depth-|-will-the-‘delta-plus’-variant-change-travel-plans_15233021.html",
     "In-Depth | Will the ‘Delta Plus’ variant change travel plans?", "2021-06-26T21:47:45+05:30"),
    ("rss_feedburner.xml", "rss", 2,
     "https://www.ndtv.com/business/refiner-eyes-overseas-assets-to-recover-award-2473454",
     "Refiner Eyes Overseas Assets To Recover Award", "2021-06-27T13:34:47+05:30"),
    ("rss_wordpress.xml", "rss", 2,
     "https://trak.in/tags/business/2021/04/22/contactless-payments-grow/",
     "Contactless Payments Grow – What It Means For Small Shops", "2021-04-22T06:29:50+00:00"),
    ("atom.xml", "atom", 2,
     "https://news.example.org/world/2021/06/27/river-talks-resume",
     "River talks resume & delegates meet", "2021-06-27T08:15:00+02:00"),
    ("rdf.xml", "rdf", 2,
     "https://www.example.jp/news/2021/06/27/0001.html",
     "Rainy season front moves north", "2021-06-27T10:20:00+09:00"),
]


@pytest.mark.parametrize(("name", "kind", "n", "url", "title", "published"), FEEDS, ids=[f[0] for f in FEEDS])
def test_feed_table(name: str, kind: str, n: int, url: str, title: str, published: str) -> None:
    listing = read(name)
    assert listing.kind == kind
    assert listing.is_feed and not listing.is_index
    assert len(listing.entries) == n
    first = listing.entries[0]
    assert (first.url, first.title, first.published) == (url, title, published)
    assert first.listed_date == published


def test_pubdate_forms_seen_in_the_wild_keep_raw_text() -> None:
    raws = {e.published_raw: e.published for name in ("rss_mint.xml", "rss_express.xml", "rss_et.xml")
            for e in read(name).entries}
    assert raws["Sun, 27 Jun 2021 13:10:57+5:30"] == "2021-06-27T13:10:57+05:30"
    assert raws["Sunday, June 27, 2021 02:56 PM +0530"] == "2021-06-27T14:56:00+05:30"
    assert raws["2021-06-27T12:37:08+05:30"] == "2021-06-27T12:37:08+05:30"


def test_markup_in_title_and_spaces_around_cdata_link() -> None:
    second = read("rss_mint.xml").entries[1]
    assert second.title == "Foreign investors put ₹9,100 crore into shares in June"
    assert second.url.startswith("https://www.livemint.com/market/")


def test_feedburner_origlink_wins_and_item_without_link_is_counted() -> None:
    listing = read("rss_feedburner.xml")
    assert [e.url for e in listing.entries][1] == "https://www.ndtv.com/business/fuel-prices-raised-again-on-sunday-2473393"
    assert listing.without_url == 1


def test_custom_updated_element_read_in_publisher_zone() -> None:
    first = read("rss_feedburner.xml").entries[0]
    assert first.modified_raw == "June 27, 2021 01:34 PM"
    assert first.modified == "2021-06-27T13:34:00+05:30"
    assert first.keywords == ("Corporates",)


def test_keywords_from_categories_and_comma_lists_deduplicated() -> None:
    assert read("rss_wordpress.xml").entries[0].keywords == ("Business", "payments")
    assert read("rss_express.xml").entries[0].keywords == ("footbridge", "Kerala", "monsoon")
    assert read("rss_express.xml").entries[1].keywords == ()
    assert read("atom.xml").entries[0].keywords == ("Diplomacy", "Rivers")
    assert read("rdf.xml").entries[0].keywords == ("Weather",)


def test_permalink_guid_used_when_link_missing() -> None:
    second = read("rss_wordpress.xml").entries[1]
    assert second.url == "https://trak.in/tags/business/2021/04/22/second-story/"
    assert second.published == "2021-04-22T05:42:47+00:00"  # dc:date


def test_atom_relative_links_resolved_against_xml_base_and_updated_is_modified() -> None:
    first, second = read("atom.xml").entries
    assert first.modified == "2021-06-27T08:45:00+02:00"
    assert second.published is None
    assert second.modified == "2021-06-26T17:00:00+00:00"
    assert second.listed_date == "2021-06-26T17:00:00+00:00"


def test_feed_links_of_a_home_page() -> None:
    page = b"""<html><head>
      <link rel="alternate" type="application/rss+xml" title="Top stories" href="/rss/top.xml">
      <link rel="alternate" type="application/atom+xml" href="https://cdn.example.com/atom.xml">
      <link rel="alternate" type="application/rss+xml" title="Comments Feed" href="/comments/feed/">
      <link rel="alternate" hreflang="hi" href="https://example.com/hi/">
      <link rel="stylesheet" type="text/css" href="/style.css">
      <link rel="alternate" type="application/rss+xml" href="/rss/top.xml">
      <link rel="alternate" type="application/rss+xml" href="file:///etc/passwd">
    </head><body></body></html>"""
    assert feed_links(page, "https://www.example.com/") == [
        "https://www.example.com/rss/top.xml", "https://cdn.example.com/atom.xml",
    ]
    assert feed_links(b"", "https://www.example.com/") == []
