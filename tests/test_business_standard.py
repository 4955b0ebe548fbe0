"""Business Standard's profile: its three layouts, and the two real classic pages."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from newsspider.dates import normalize_date
from newsspider.extract.boilerplate import clean_body, site_rules
from newsspider.extract.page import Page
from newsspider.extract.sites import profile_by_name, profile_for_url
from newsspider.extract.sites.business_standard import PROFILE, extract
from tests.helpers.loopback import FIXTURES

SITE = FIXTURES / "site" / "business-standard"
CLASSIC = SITE / "article/economy-policy/gujarat-to-open-three-new-textile-parks-says-minister-119031200123_1.html"
AMP = SITE / "article/international/north-korea-tests-new-tactical-weapon-state-media-says-119042200456_1.html"
HASHED = SITE / "markets/news/railway-psu-shares-climb-after-signalling-order-win-124071200447_1.html"
NEXTJS = SITE / "india-news/punjab-to-pay-farmers-to-manage-paddy-stubble-124112000789_1.html"


def fields_of(path: Path, url: str = "http://127.0.0.1:8000/page.html") -> dict[str, Any]:
    return extract(Page(url=url, html=path.read_text("utf-8")))


def published(fields: dict[str, Any]) -> str | None:
    return normalize_date(fields["datePublishedRaw"], PROFILE.timezone)


def test_profile() -> None:
    assert profile_by_name("business_standard") is PROFILE
    assert profile_for_url("https://www.business-standard.com/markets") is PROFILE
    assert PROFILE.publisher == "Business Standard"
    assert PROFILE.timezone == "Asia/Kolkata"
    assert PROFILE.feeds and all(f.startswith("https://www.business-standard.com/rss/") for f in PROFILE.feeds)
    assert PROFILE.sitemaps


@pytest.mark.parametrize("url", [
    "https://www.business-standard.com/article/companies/indian-data-must-be-owned-by-indians-"
    "not-global-companies-mukesh-ambani-119011800410_1.html",
    "https://www.business-standard.com/markets/news/railtel-stock-soars-18-on-heavy-volumes-124071200447_1.html",
    "https://www.business-standard.com/amp/article/news-cm/key-indices-slide-114110701234_1.html",
    "http://127.0.0.1:8000/india-news/punjab-to-pay-farmers-124112000789_1.html?utm_source=rss",
])
def test_article_urls(url: str) -> None:
    assert PROFILE.article_pattern.search(url)


@pytest.mark.parametrize("url", [
    "https://www.business-standard.com/markets",
    "https://www.business-standard.com/topic/reliance",
    "https://www.business-standard.com/category/companies-news-1010101.htm",
    "https://www.business-standard.com/rss/latest.rss",
])
def test_not_article_urls(url: str) -> None:
    assert not PROFILE.article_pattern.search(url)


def test_classic_layout() -> None:
    fields = fields_of(CLASSIC)
    assert fields["headline"] == "Gujarat to open three new textile parks, says minister"
    assert fields["description"] == "The parks will be built near Surat, Rajkot and Vadodara over two years"
    assert (fields["agency"], fields["dateline"], fields["authors"]) == ("PTI", "Gandhinagar", [])
    # The visible "First Published" line, not the header's today nor "Last Updated".
    assert fields["datePublishedRaw"] == "Tue, March 12 2019. 16:45 IST"
    assert fields["dateModifiedRaw"] == "March 12, 2019 18:20 IST"
    assert published(fields) == "2019-03-12T16:45:00+05:30"
    assert fields["section"] == "Economy & Policy"
    assert fields["keywords"] == ["Gujarat", "textile parks", "Surat", "Rajkot", "Vadodara"]
    assert fields["isAccessibleForFree"] is True
    assert fields["canonicalUrl"].startswith("https://www.business-standard.com/article/economy-policy/")
    body = fields["articleBody"].split("\n\n")
    assert body[0].startswith("The Gujarat government will set up three new textile parks near Surat")
    assert body[2] == ('"We will give land at concessional rates to units that commit to hiring locally," '
                       "he said, adding that power tariffs for the parks would be reviewed.")
    # Styles, scripts and ad slots are gone; the ALSO READ line is left for the pipeline.
    assert "googletag" not in fields["articleBody"] and "line-height" not in fields["articleBody"]
    assert body[3] == "ALSO READ: Cotton prices ease as arrivals pick up"
    assert "Dear Reader" not in fields["articleBody"]
    assert len(body) == 5


def test_amp_layout_reads_last_updated_and_the_body_credit() -> None:
    fields = fields_of(AMP)
    assert fields["headline"] == "North Korea tests new tactical weapon, state media says"
    assert (fields["agency"], fields["dateline"], fields["authors"]) == ("Reuters", "Seoul", [])
    assert fields["datePublishedRaw"] == "Apr 22 2019 | 11:50 AM IST"
    assert published(fields) == "2019-04-22T11:50:00+05:30"
    assert fields["articleBody"].startswith("North Korea tested a new tactical guided weapon")
    assert "(Reuters)" not in fields["articleBody"]


def test_hashed_layout() -> None:
    fields = fields_of(HASHED)
    assert fields["headline"] == "Railway PSU shares climb after signalling order win"
    assert fields["description"] == "The company said the contract would be executed over 18 months"
    assert (fields["agency"], fields["dateline"], fields["authors"]) == ("PTI", "New Delhi", [])
    assert fields["datePublishedRaw"] == "2024-07-12T10:49:21+05:30"
    assert fields["dateModifiedRaw"] == "Jul 12 2024 | 11:02 AM IST"
    assert fields["isAccessibleForFree"] is False
    cleaned, fired = clean_body(fields["articleBody"], site_rules(PROFILE.name, PROFILE.boilerplate))
    assert fired == ["image_alt", "subscription"]
    assert cleaned.startswith("Shares of a state-owned railway signalling company rose")
    assert cleaned.endswith("the company's chairman told analysts on a call.")


def test_nextjs_layout() -> None:
    fields = fields_of(NEXTJS)
    assert fields["headline"] == "Punjab to pay farmers to manage paddy stubble"
    assert fields["description"].startswith("The scheme will cover about 1.2 million acres")
    assert (fields["agency"], fields["dateline"], fields["authors"]) == ("ANI", "Amritsar", [])
    assert fields["datePublishedRaw"] == "1732093200"
    assert published(fields) == "2024-11-20T14:30:00+05:30"
    assert fields["dateModifiedRaw"] == "1732098900"
    assert fields["section"] == "India News"
    assert fields["mainImage"] == {"url": "https://bsmedia.business-standard.com/_media/bs/img/article/"
                                          "2024-11/20/full/1732093000-0004.jpg"}
    assert fields["canonicalUrl"] == ("https://www.business-standard.com/india-news/"
                                      "punjab-to-pay-farmers-to-manage-paddy-stubble-124112000789_1.html")
    # The leading "Amritsar (Punjab), Nov 20 (ANI):" credit is taken off the body.
    assert fields["articleBody"].startswith("The Punjab government on Wednesday said it would pay farmers")
    cleaned, fired = clean_body(fields["articleBody"], site_rules(PROFILE.name, PROFILE.boilerplate))
    assert fired == ["also_read", "disclaimer"]
    assert cleaned.endswith("Satellite data showed fewer farm fires than last year, officials said.")


def test_staff_story_has_authors_and_no_agency() -> None:
    html = CLASSIC.read_text("utf-8").replace(
        '<a target="_blank" href="/author/search/keyword/press-trust-of-india">Press Trust of India</a>',
        '<a target="_blank" href="/author/search/keyword/asha-menon">Asha Menon</a>')
    fields = extract(Page(url="http://127.0.0.1:8000/p.html", html=html))
    assert fields["authors"] == [{"name": "Asha Menon"}]
    assert (fields["agency"], fields["dateline"]) == (None, "Gandhinagar")


def test_the_header_date_is_never_the_story_date() -> None:
    for path in (CLASSIC, AMP, HASHED, NEXTJS):
        fields = fields_of(path)
        assert "2026" not in (fields["datePublishedRaw"] or "") + (fields["dateModifiedRaw"] or "")


def test_page_without_a_story_gives_no_fields_but_does_not_fail() -> None:
    fields = extract(Page(url="https://www.business-standard.com/markets", html="<html><body><h1>Markets</h1>"
                          "<div>Monday, November 30, 2026 | 05:57 PM IST</div></body></html>"))
    assert not fields["articleBody"] and not fields["headline"] and not fields["datePublishedRaw"]


def test_broken_next_data_falls_back_to_the_html() -> None:
    html = NEXTJS.read_text("utf-8").replace('{"props"', '{"props" oops', 1)
    fields = extract(Page(url="http://127.0.0.1:8000/p.html", html=html))
    assert fields["headline"] == "Punjab to pay farmers to manage paddy stubble"
    assert "Satellite data showed fewer farm fires" in fields["articleBody"]


# --- The real classic pages (../shared/bench/india) ---------------------------

def real_pages(shared: Path) -> list[dict[str, Any]]:
    pages = json.loads((shared / "bench/india/pages.json").read_text("utf-8"))
    return [p for p in pages if p["file"].startswith("business_std_")]


def test_real_classic_pages(shared: Path) -> None:
    pages = real_pages(shared)
    assert len(pages) == 2
    for expected in pages:
        html = gzip.decompress((shared / "bench/india" / expected["file"]).read_bytes()).decode("utf-8")
        fields = extract(Page(url=expected["url"], html=html))
        assert published(fields) == expected["date"]
        for key, value in expected["expect"].items():
            assert fields[key] == value, key
        cleaned, _ = clean_body(fields["articleBody"], site_rules(PROFILE.name, PROFILE.boilerplate))
        assert len(cleaned) > 500
        for phrase in expected["without"]:
            assert phrase not in cleaned


def test_nextjs_state_modified_date() -> None:
    """Current builds name the last change ``modifiedDate`` (older ones ``modificationDate``)."""
    html = NEXTJS.read_text("utf-8").replace('"modificationDate": "1732098900"', '"modifiedDate": 1732098960')
    assert '"modifiedDate"' in html
    fields = extract(Page(url="http://127.0.0.1:8000/page.html", html=html))
    assert fields["datePublishedRaw"] == "1732093200"
    assert normalize_date(fields["dateModifiedRaw"], PROFILE.timezone) == "2024-11-20T16:06:00+05:30"
