"""The real feeds of ../shared/bench/india: every one parses (Forbes India's
"feed" is its 404 HTML page: refused as HTML, not a crash)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from newsspider.discovery import BadListing, parse_listing
from newsspider.extract.sites import profile_for_url
from newsspider.urls import canonical_url

# site: entries (each with a URL, a title and a readable publication date)
EXPECTED = {
    "business_std": 30, "ecotimes": 50, "hindu": 100, "inexp_business": 100, "livemint": 35,
    "moneycontrol": 15, "ndtv": 20, "timesofindia": 20, "trak": 18,
}


def test_real_feeds_parse(shared: Path) -> None:
    india = shared / "bench" / "india"
    feeds = json.loads((india / "feeds.json").read_text("utf-8"))
    assert len(feeds) == 10
    counts = {}
    for feed in feeds:
        data = gzip.decompress((india / feed["file"]).read_bytes())
        try:
            listing = parse_listing(data, "https://feeds.example.com/", tz="Asia/Kolkata")
        except BadListing as exc:
            counts[feed["site"]] = exc.reason
            continue
        assert listing.is_feed and listing.without_url == 0
        assert all(e.url.startswith("https://") and e.title for e in listing.entries)
        assert all(e.published and e.published[:4] in ("2019", "2020", "2021") for e in listing.entries), feed["site"]
        counts[feed["site"]] = len(listing.entries)
    assert counts == {**EXPECTED, "forbes": "html"}


def test_moneycontrol_titles_are_not_mojibake(shared: Path) -> None:
    data = gzip.decompress((shared / "bench" / "india" / "moneycontrol_rss.xml.gz").read_bytes())
    titles = [e.title for e in parse_listing(data, "https://feeds.example.com/").entries]
    assert any("‘" in t for t in titles)
    assert not any("â€" in t for t in titles)


def test_profiles_article_url_accepts_their_real_feed(shared: Path) -> None:
    """A profile's ``article_url`` must let through the stories of its own feed
    (most of them: some feeds mix in videos or blogs)."""
    india = shared / "bench" / "india"
    checked = 0
    for feed in json.loads((india / "feeds.json").read_text("utf-8")):
        try:
            listing = parse_listing(gzip.decompress((india / feed["file"]).read_bytes()), "https://feeds.example.com/")
        except BadListing:
            continue
        profile = profile_for_url(listing.entries[0].url)
        if profile is None or profile.article_pattern is None:
            continue
        urls = [canonical_url(e.url) for e in listing.entries]
        matched = [u for u in urls if profile.article_pattern.search(u)]
        assert len(matched) * 2 >= len(urls), (profile.name, sorted(set(urls) - set(matched))[:5])
        checked += 1
    assert checked >= 1  # Business Standard at least
