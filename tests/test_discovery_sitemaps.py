"""Sitemaps, sitemap indexes, news sitemaps and robots.txt ``Sitemap:`` lines."""

from __future__ import annotations

import gzip
from pathlib import Path

from newsspider.discovery import parse_listing
from newsspider.discovery.sitemaps import robots_sitemaps

FIXTURES = Path(__file__).parent / "fixtures" / "discovery"
BASE = "https://www.example.com/sitemap.xml"


def test_news_sitemap_nested_fields() -> None:
    listing = parse_listing((FIXTURES / "news_sitemap.xml").read_bytes(), BASE)
    assert listing.kind == "urlset" and not listing.is_feed and not listing.is_index
    assert len(listing.entries) == 3
    assert listing.without_url == 1  # a <url> without <loc>
    first = listing.entries[0]
    assert first.title == "Tea exporters expect a better second flush: trade body"
    assert first.keywords == ("tea", "exports", "Assam")
    assert first.published_raw == "2021-06-27T14:44:03+05:30"
    assert first.published == "2021-06-27T14:44:03+05:30"
    assert first.modified == "2021-06-27T14:50:00+05:30"
    assert first.listed_date == first.published


def test_plain_url_entry_lastmod_is_the_listed_date() -> None:
    about = parse_listing((FIXTURES / "news_sitemap.xml").read_bytes(), BASE).entries[2]
    assert about.url == "https://www.business-standard.com/about-us"
    assert (about.title, about.published, about.modified_raw) == (None, None, "2019-01-01")
    assert about.listed_date == "2019-01-01"


def test_sitemap_index_children_resolved() -> None:
    listing = parse_listing((FIXTURES / "sitemap_index.xml").read_bytes(), BASE)
    assert listing.is_index
    assert [(e.url, e.modified) for e in listing.entries] == [
        ("https://www.example.com/sitemaps/news.xml", "2021-06-27T14:50:00+05:30"),
        ("https://www.example.com/sitemaps/2019-01.xml.gz", "2019-02-01"),
    ]


def test_gzipped_sitemap_reads_like_the_plain_one() -> None:
    data = (FIXTURES / "news_sitemap.xml").read_bytes()
    assert parse_listing(gzip.compress(data), BASE).entries == parse_listing(data, BASE).entries


def test_sitemap_without_namespace_and_with_feed_root_given_as_sitemap() -> None:
    bare = b"<urlset><url><loc>https://www.example.com/a.html</loc><lastmod>2021-06-27</lastmod></url></urlset>"
    assert [(e.url, e.modified) for e in parse_listing(bare, BASE).entries] == [
        ("https://www.example.com/a.html", "2021-06-27")]
    # robots.txt Sitemap: lines may name a feed; the document's root decides.
    assert parse_listing((FIXTURES / "rss_et.xml").read_bytes(), BASE).kind == "rss"


def test_robots_sitemap_lines() -> None:
    robots = (FIXTURES / "robots.txt").read_text("utf-8")
    assert robots_sitemaps(robots, "https://www.example.com/robots.txt") == [
        "https://www.example.com/sitemap_index.xml",
        "https://www.example.com/news-sitemap.xml",
    ]
    assert robots_sitemaps("User-agent: *\nDisallow:\n", "https://www.example.com/robots.txt") == []
    assert robots_sitemaps("Sitemap: file:///etc/passwd\n", "https://www.example.com/robots.txt") == []


def test_plain_text_sitemap() -> None:
    data = b"https://www.example.com/a.html\r\n\nhttps://www.example.com/b.html\nnot a url\n"
    listing = parse_listing(gzip.compress(data), BASE)
    assert listing.kind == "text" and not listing.is_feed and not listing.is_index
    assert [e.url for e in listing.entries] == ["https://www.example.com/a.html", "https://www.example.com/b.html"]
    assert listing.without_url == 1
