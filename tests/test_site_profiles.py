"""Publisher profiles other than Business Standard's: each against a fixture page
written after the real site's structure (``tests/fixtures/site/<publisher>/``),
its feed, its spider, and one real ``scrapy crawl <name> -a feed=...`` per site.

Fixture pages carry the publisher's canonical URL, so the profile is chosen
though they are served from 127.0.0.1. Fields asserted are the ones a
profile is answerable for (publisher, zone, boilerplate) and the wire credit,
date and headline the India benchmark checks on the real pages.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from newsspider.dates import normalize_date
from newsspider.extract import extract
from newsspider.extract.boilerplate import clean_body, site_rules
from newsspider.extract.page import Page
from newsspider.extract.sites import all_profiles, profile_by_name, profile_for_page, profile_for_url
from tests.helpers.loopback import FIXTURES, Site, crawl

SITES = FIXTURES / "site"

#: spider name -> fixture folder, page path (as served), and what the page must give.
CASES: dict[str, dict[str, Any]] = {
    "economic_times": {
        "folder": "economic-times",
        "path": "/news/india/punjab-starts-free-bus-rides-for-gurpurab-pilgrims/articleshow/115483921.cms",
        "publisher": "The Economic Times",
        "headline": "Punjab starts free bus rides for gurpurab pilgrims",
        "datePublished": "2024-11-20T14:41:00+05:30", "agency": "ANI", "dateline": "Amritsar",
        "says": "conductors will issue zero-fare tickets",
        "without": ["Font Size", "Abc Small", "What's moving Sensex", "Download The Economic Times",
                    "has not been edited by economictimes.com", "Share this Comment", "(ANI)"],
    },
    "the_hindu": {
        "folder": "the-hindu",
        "path": "/business/Economy/gst-collections-rise-9-in-october/article68890123.ece",
        "publisher": "The Hindu",
        "headline": "GST collections rise 9% in October",
        "datePublished": "2024-11-01T18:05:12+05:30", "agency": "PTI", "dateline": "New Delhi",
        "authors": [],  # the byline "PTI NEW DELHI, November 01, 2024" names no person
        "says": "invoice matching was made mandatory",
        "without": ["Also Read", "Click here to read", "Share Article", "Return to frontpage"],
    },
    "mint": {
        "folder": "mint",
        "path": "/companies/news/tata-steel-to-shut-two-blast-furnaces-in-the-netherlands-11732091400123.html",
        "publisher": "Mint",
        "headline": "Tata Steel to shut two blast furnaces in the Netherlands",
        "datePublished": "2024-11-20T13:40:00+05:30", "agency": "Reuters",
        "authors": [],
        "says": "makes seven million tonnes of steel a year",
        "without": ["MORE FROM THIS SECTION", "TRENDING STORIES", "See All", "min read", "Also Read",
                    "published from a wire agency feed", "Mint Newsletters", "valid email", "Live Mint"],
    },
    "ndtv": {
        "folder": "ndtv",
        "path": "/business/rbi-keeps-repo-rate-unchanged-for-tenth-time-6812345",
        "publisher": "NDTV",
        "headline": "RBI Keeps Repo Rate Unchanged For Tenth Time",
        "datePublished": "2024-10-09T11:02:40+05:30", "agency": "PTI", "dateline": "Mumbai",
        "authors": [],
        "says": "voted to hold the rate",
        "without": ["Promoted", "JioSaavn", "Track Latest News", "has not been edited by NDTV staff",
                    "Bond Yields Dip", "Mumbai:"],
        # the standfirst (h2.sp-descp) stays at the top, before the story's first paragraph
        "starts": "The central bank kept its key lending rate at 6.5 per cent\n\nThe Reserve Bank of India on",
    },
    "moneycontrol": {
        "folder": "moneycontrol",
        "path": "/news/business/markets/oil-slips-as-us-crude-stocks-build-12876543.html",
        "publisher": "Moneycontrol",
        "headline": "Oil slips as US crude stocks build",
        "datePublished": "2024-11-20T20:15:09+05:30", "agency": "Reuters", "dateline": "New York",
        "says": "talks on a ceasefire in the Middle East",
        "without": ["Discover the latest Business News", "first published", "Tags:", "Advertise with Us",
                    "Follow us on", "(Reuters)", "NEW YORK"],
        "starts": "Brent fell 0.8 per cent after an industry report",
    },
    "times_of_india": {
        "folder": "times-of-india",
        "path": "/blogs/toi-edit-page/the-quiet-work-of-keeping-a-city-running/",
        "publisher": "The Times of India",
        "headline": "The quiet work of keeping a city running",
        "datePublished": "2024-11-18T04:00:12+05:30", "agency": None,
        "says": "deserves a second look when the corporation meets next month.",
        "without": ["WRITE FOR TOI BLOGS", "FROM TOI PRINT EDITION", "END OF ARTICLE", "Top Comment",
                    "Views expressed above"],
    },
    "new_indian_express": {
        "folder": "new-indian-express",
        "path": "/nation/2024/nov/20/cyclone-warning-issued-for-odisha-coast-2701234.html",
        "publisher": "The New Indian Express",
        "headline": "Cyclone warning issued for Odisha coast",
        "datePublished": "2024-11-20T16:48:00+05:30", "agency": "PTI", "dateline": "Bhubaneswar",
        "says": "prepare shelters and move people out of low-lying villages",
        "without": ["By PTI", "Share Via Email", "Now we are on Telegram", "We respect your thoughts",
                    "BHUBANESWAR:"],
    },
    "forbes_india": {
        "folder": "forbes-india",
        "path": "/article/special/a-bicycle-maker-bets-on-cargo-e-bikes/90412/1",
        "publisher": "Forbes India",
        "headline": "A bicycle maker bets on cargo e-bikes",
        "datePublished": "2024-11-19T11:20:05+05:30", "agency": None,
        "authors": [{"name": "Kavya Menon"}],  # "By <a>Kavya Menon</a>" then "Published: ..."
        "says": "The numbers work even before you count the parking.",
        "without": ["Related stories", "The electric scooter price war", "Advertise With Us", "Subscribe Now",
                    "Click here to see", "Show More"],
        # The profile reads the body itself: paragraphs are cut at the source's bare </p> tags.
        "paragraphs": ["A Ludhiana bicycle maker", "The company has signed pilots", "Delivery riders cover"],
    },
}

NAMES = sorted(CASES)


def page_file(name: str) -> Path:
    case = CASES[name]
    path = case["path"].lstrip("/")
    return SITES / case["folder"] / (path + "index.html" if path.endswith("/") else path)


def article(name: str) -> dict[str, Any]:
    """The page's fields as the pipelines would leave them (boilerplate out, date normalised)."""
    page = Page(url="http://127.0.0.1:8000" + CASES[name]["path"], html=page_file(name).read_text("utf-8"))
    fields = extract(page)
    profile = profile_for_page(page)
    assert profile is not None and profile.name == name
    body, _ = clean_body(fields["articleBody"], site_rules(name, profile.boilerplate))
    fields["articleBody"] = body
    fields["datePublished"] = normalize_date(fields["datePublishedRaw"], tz=fields.get("_timezone"))
    return fields


def test_every_profile_is_registered_once() -> None:
    names = [p.name for p in all_profiles()]
    assert len(names) == len(set(names))
    assert set(CASES) <= set(names)


#: Files of a fixture site that are not pages: feeds, sitemaps, robots.txt.
FEED_SUFFIXES = {".xml", ".txt", ".json", ".gz"}
#: Profiles tested by a module of their own, with their fixture pages.
OWN_MODULE = {"business_standard": "tests/test_business_standard.py"}


@pytest.mark.parametrize("name", sorted(profile.name for profile in all_profiles()))
def test_every_profile_has_a_fixture_page(name: str) -> None:
    """Checked from the profiles' side: a new profile fails here until it has a page."""
    folder = SITES / name.replace("_", "-")
    pages = sorted(path for path in folder.rglob("*") if path.is_file() and path.suffix not in FEED_SUFFIXES) \
        if folder.is_dir() else []
    assert pages, (f"site profile {name!r} has no fixture: add a page written after the site's structure "
                   f"under {folder.relative_to(FIXTURES.parent.parent)}/ and a CASES entry here")
    chosen = [page for page in pages
              if (found := profile_for_page(Page(url="http://127.0.0.1:8000/" + page.name,
                                                 html=page.read_text("utf-8"))))
              is not None and found.name == name]
    assert chosen, f"no fixture page under {folder} is matched to the {name!r} profile (its canonical URL?)"
    assert name in CASES or name in OWN_MODULE, f"add a CASES entry for {name!r} (its fixture page's fields)"


@pytest.mark.parametrize("name", NAMES)
def test_profile(name: str) -> None:
    profile = profile_by_name(name)
    assert profile is not None
    assert profile.publisher == CASES[name]["publisher"]
    assert profile.timezone == "Asia/Kolkata" and profile.language == "en"
    assert profile.feeds and all(url.startswith("https://") for url in (*profile.feeds, *profile.sitemaps))
    for pattern in profile.boilerplate:
        re.compile(pattern)
    canonical = "https://www." + profile.domains[0].removeprefix("www.") + CASES[name]["path"]
    assert profile_for_url(canonical) is profile
    assert profile.article_pattern is not None and profile.article_pattern.search(canonical)


#: URLs each profile must not take for stories: sections, videos, authors, feeds.
NOT_ARTICLES = {
    "economic_times": ["https://economictimes.indiatimes.com/markets",
                       "https://economictimes.indiatimes.com/rssfeedstopstories.cms"],
    "the_hindu": ["https://www.thehindu.com/business/", "https://www.thehindu.com/business/feeder/default.rss"],
    "mint": ["https://www.livemint.com/market", "https://www.livemint.com/rss/news"],
    "ndtv": ["https://www.ndtv.com/business", "https://www.ndtv.com/video/news/the-big-fight/the-big-debate-812000"],
    "moneycontrol": ["https://www.moneycontrol.com/news/business/", "https://www.moneycontrol.com/rss/latestnews.xml"],
    "times_of_india": ["https://timesofindia.indiatimes.com/blogs/author/meera-kulkarni/",
                       "https://timesofindia.indiatimes.com/blogs/feed/defaultrss"],
    "new_indian_express": ["https://www.newindianexpress.com/nation",
                           "https://www.newindianexpress.com/Nation/rssfeed/?id=170"],
    "forbes_india": ["https://www.forbesindia.com/special/992/1", "https://www.forbesindia.com/rss/"],
}


@pytest.mark.parametrize(("name", "url"), [(n, u) for n, urls in NOT_ARTICLES.items() for u in urls])
def test_not_article_urls(name: str, url: str) -> None:
    profile = profile_by_name(name)
    assert profile is not None and profile.article_pattern is not None
    assert not profile.article_pattern.search(url)


@pytest.mark.parametrize("name", NAMES)
def test_fixture_page(name: str) -> None:
    case, fields = CASES[name], article(name)
    assert fields["publisher"] == case["publisher"]
    assert fields["headline"] == case["headline"]
    assert fields["datePublished"] == case["datePublished"]
    assert fields["agency"] == case["agency"]
    if "dateline" in case:
        assert fields["dateline"] == case["dateline"]
    if "authors" in case:
        assert fields["authors"] == case["authors"]
    if "starts" in case:
        assert fields["articleBody"].startswith(case["starts"])
    assert fields["canonicalUrl"].startswith("https://")
    assert profile_for_url(fields["canonicalUrl"]).name == name
    assert case["says"] in fields["articleBody"]
    for phrase in case["without"]:
        assert phrase not in fields["articleBody"], phrase
    if "paragraphs" in case:
        paragraphs = fields["articleBody"].split("\n\n")
        assert [p[:len(start)] for p, start in zip(paragraphs, case["paragraphs"])] == case["paragraphs"]
        assert len(paragraphs) == len(case["paragraphs"])


def test_forbes_india_page_without_a_story_container_falls_back_to_the_generic_body() -> None:
    from newsspider.extract.sites.forbes_india import extract as forbes_extract

    page = Page(url="https://www.forbesindia.com/article/x/y/1/1", html="<html><body><p>Hello</p></body></html>")
    assert forbes_extract(page) == {}


def test_site_rules_keep_story_paragraphs_that_mention_the_same_words() -> None:
    """Site rules are anchored: a story sentence naming the site's furniture stays."""
    kept = [
        ("mint", "Trending stories on social media this week included the steel plant closure."),
        ("new_indian_express", "By Friday, the storm had moved inland and weakened."),
        ("ndtv", "The singer said her latest songs would be promoted on every streaming service."),
        ("moneycontrol", "Tags such as these help investors find related filings, the regulator said."),
    ]
    for name, paragraph in kept:
        profile = profile_by_name(name)
        body, fired = clean_body(paragraph, site_rules(name, profile.boilerplate))
        assert body == paragraph and not fired, name


#: Real feeds in ../shared/bench/india by profile (Forbes India's stored "feed" is a 404 page).
REAL_FEEDS = {
    "economic_times": "ecotimes_rss.xml.gz", "the_hindu": "hindu_rss.xml.gz", "mint": "livemint_rss.xml.gz",
    "ndtv": "ndtv_rss.xml.gz", "moneycontrol": "moneycontrol_rss.xml.gz",
    "times_of_india": "timesofindia_rss.xml.gz", "new_indian_express": "inexp_business_rss.xml.gz",
}


@pytest.mark.parametrize("name", sorted(REAL_FEEDS))
def test_real_feed_entries_are_all_taken_for_stories(shared: Path, name: str) -> None:
    import gzip

    from newsspider.discovery import parse_listing
    from newsspider.urls import canonical_url

    data = gzip.decompress((shared / "bench" / "india" / REAL_FEEDS[name]).read_bytes())
    listing = parse_listing(data, "https://feed.invalid/")
    profile = profile_by_name(name)
    assert listing.entries and profile is not None and profile.article_pattern is not None
    for entry in listing.entries:
        url = canonical_url(entry.url)
        assert profile_for_url(url) is profile, url
        assert profile.article_pattern.search(url), url
        assert entry.listed_date is not None


def test_real_pages_are_matched_to_their_profiles(shared: Path) -> None:
    import json

    pages = json.loads((shared / "bench" / "india" / "pages.json").read_text("utf-8"))
    names = set()
    for page in pages:
        profile = profile_for_url(page["url"])
        assert profile is not None and profile.article_pattern is not None, page["url"]
        assert profile.article_pattern.search(page["url"]), page["url"]
        names.add(profile.name)
    assert set(CASES) <= names


def test_the_spiders_exist() -> None:
    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings

    loader = SpiderLoader.from_settings(get_project_settings())
    for name in NAMES:
        spider_class = loader.load(name)
        profile = profile_by_name(name)
        assert spider_class.profile is profile
        assert spider_class.timezone == "Asia/Kolkata"
        spider = spider_class()  # a scheduled run: the profile's own feeds and sitemaps
        assert spider.feed_urls == list(profile.feeds) and spider.sitemap_urls == list(profile.sitemaps)
        assert set(profile.domains) <= set(spider.allowed_domains)


@pytest.mark.parametrize("name", NAMES)
def test_crawl_from_the_feed(name: str, tmp_path: Path) -> None:
    case = CASES[name]
    with Site(SITES / case["folder"]) as site:
        result = crawl(name, tmp_path, "-a", f"feed={site.url('/rss.xml')}", settings={"LOG_LEVEL": "WARNING"})
        hits = dict(site.hits)
    assert result.returncode == 0, result.log[-3000:]
    assert len(result.items) == 1, result.log[-3000:]
    item = result.items[0]
    assert item["url"] == site.url(case["path"])
    assert item["spider"] == name
    for key in ("publisher", "headline", "datePublished", "agency"):
        assert item[key] == case[key], key
    assert case["says"] in item["articleBody"]
    for phrase in case["without"]:
        assert phrase not in item["articleBody"], phrase
    assert hits[case["path"].split("?")[0]] == 1
    assert result.stat("newsspider/discovery/articles") == 1
    assert result.stat("log_count/ERROR") == 0


@pytest.mark.parametrize("url", ["http://[::1/story", "https://[2001:db8::1/x", "", None, "/relative/story.html"])
def test_a_url_with_no_readable_host_has_no_profile(url: str | None) -> None:
    assert profile_for_url(url) is None
