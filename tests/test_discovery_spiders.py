"""The discovery spiders without a network: arguments, allowed domains, one
spider per site profile, and what an article request carries."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest
from scrapy.http import TextResponse
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.project import get_project_settings
from scrapy.utils.test import get_crawler

from newsspider.discovery import Entry
from newsspider.extract.sites import all_profiles
from newsspider.extract.sites.base import SiteProfile
from newsspider.spiders import sites
from newsspider.spiders.news import DiscoverySpider, NewsSpider
from newsspider.spiders.sites import spider_class

PROFILE = SiteProfile(
    name="daily_example", publisher="The Daily Example", domains=("dailyexample.com", "dailyexample.in"),
    timezone="Asia/Kolkata", feeds=("https://www.dailyexample.com/rss/latest.xml",),
    sitemaps=("https://www.dailyexample.com/news-sitemap.xml",), article_url=r"/news/[\w-]+-\d+\.html$",
)


def make(spidercls: type[DiscoverySpider], settings: dict[str, Any] | None = None, **kwargs: Any) -> DiscoverySpider:
    crawler = get_crawler(spidercls, settings)
    return spidercls.from_crawler(crawler, **kwargs)


def stats(spider: DiscoverySpider) -> dict[str, Any]:
    return {k.removeprefix("newsspider/"): v for k, v in spider.crawler.stats.get_stats().items()
            if k.startswith("newsspider/")}


def test_every_profile_has_a_spider_scrapy_can_find() -> None:
    names = set(SpiderLoader.from_settings(get_project_settings()).list())
    assert {"news", "article"} <= names
    for profile in all_profiles():
        assert profile.name in names
        cls = next(c for c in vars(sites).values() if getattr(c, "name", None) == profile.name)
        assert cls.__module__ == "newsspider.spiders.sites"
        assert cls.profile is profile


def test_site_spider_starts_from_the_profile_and_keeps_to_its_domains() -> None:
    spider = make(spider_class(PROFILE))
    assert spider.name == "daily_example"
    assert spider.feed_urls == list(PROFILE.feeds)
    assert spider.sitemap_urls == list(PROFILE.sitemaps)
    assert spider.site_urls == []
    assert spider.allowed_domains == ["dailyexample.com", "dailyexample.in"]
    assert spider.timezone == "Asia/Kolkata"


def test_site_spider_arguments_replace_the_start_and_allow_its_host() -> None:
    spider = make(spider_class(PROFILE), feed="http://127.0.0.1:8080/rss.xml", since="6h")
    assert spider.feed_urls == ["http://127.0.0.1:8080/rss.xml"]
    assert spider.sitemap_urls == []
    assert spider.allowed_domains == ["127.0.0.1", "dailyexample.com", "dailyexample.in"]
    assert spider.since is not None


def test_profile_without_feeds_discovers_from_its_home_page() -> None:
    bare = SiteProfile(name="bare_example", publisher="Bare", domains=("bare.example",))
    assert make(spider_class(bare)).site_urls == ["https://bare.example/"]


def test_news_spider_needs_a_start_and_a_readable_since() -> None:
    with pytest.raises(ValueError, match="say where to start"):
        make(NewsSpider)
    with pytest.raises(ValueError, match="give an age"):
        make(NewsSpider, site="example.com", since="last week")
    spider = make(NewsSpider, site="www.example.com", sitemap="https://cdn.example.net/s.xml,https://x.example.org/t.xml")
    assert spider.site_urls == ["https://www.example.com"]
    assert spider.allowed_domains == ["cdn.example.net", "example.com", "x.example.org"]
    spider = make(NewsSpider, feed="http://feeds.feedburner.com/latest", domains="www.ndtv.com, ndtv.in")
    assert spider.allowed_domains == ["feeds.feedburner.com", "ndtv.com", "ndtv.in"]


def test_article_request_meta_contract_and_filters() -> None:
    spider = make(spider_class(PROFILE))
    source = "https://www.dailyexample.com/news-sitemap.xml"
    story = Entry("https://www.dailyexample.com/amp/news/cranes-arrive-101.html?utm_source=x",
                  title="Cranes arrive", published_raw="2021-06-27T14:44:03+05:30",
                  published="2021-06-27T14:44:03+05:30", modified_raw="2021-06-27T15:00:00+05:30",
                  modified="2021-06-27T15:00:00+05:30", keywords=("harbour",))
    request = spider.article_request(story, source)
    assert request is not None
    assert request.url == "https://www.dailyexample.com/news/cranes-arrive-101.html"
    assert request.callback == spider.parse_article
    assert request.meta["listed_date"] == "2021-06-27T14:44:03+05:30"
    assert request.meta["listed"] == {
        "title": "Cranes arrive", "keywords": ["harbour"], "published_raw": "2021-06-27T14:44:03+05:30",
        "lastmod_raw": "2021-06-27T15:00:00+05:30", "lastmod": "2021-06-27T15:00:00+05:30", "source": source,
    }
    # the same story under another address, a section page, an undated story
    assert spider.article_request(Entry("http://dailyexample.com/news/cranes-arrive-101.html#top"), source) is None
    assert spider.article_request(Entry("https://www.dailyexample.com/section/markets"), source) is None
    undated = spider.article_request(Entry("https://m.dailyexample.com/news/ferry-102.html"), source)
    assert undated is not None and undated.meta["listed_date"] is None
    assert undated.url == "https://www.dailyexample.com/news/ferry-102.html"
    assert stats(spider) == {"discovery/entries": 4, "discovery/duplicate_url": 1, "discovery/not_article_url": 1,
                             "discovery/undated": 1, "discovery/articles": 2}


def test_since_by_newest_date() -> None:
    spider = make(NewsSpider, site="example.com", since="2021-06-20")
    assert spider.since == datetime(2021, 6, 20, tzinfo=timezone.utc)
    updated = Entry("https://example.com/a.html", published="2021-01-01", modified="2021-06-25T10:00:00+00:00")
    old = Entry("https://example.com/b.html", published="2021-06-19T23:00:00+00:00")
    assert spider.article_request(updated, "s") is not None
    assert spider.article_request(old, "s") is None
    assert stats(spider)["skipped/older_than_since"] == 1


def test_bad_listing_counted_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    spider = make(NewsSpider, feed="https://example.com/feed")
    request = spider.listing_request("https://example.com/feed", "feed")
    response = TextResponse(request.url, body=b"<!DOCTYPE html><html><body>Hi</body></html>", request=request)
    assert list(spider.parse_listing(response, kind="feed")) == []
    assert stats(spider) == {"discovery/bad_feed": 1}
    assert "Not a feed (html), skipped: https://example.com/feed" in caplog.text


def test_listing_size_cap_is_its_own_setting() -> None:
    spider = make(NewsSpider, {"NEWSSPIDER_LISTING_MAXSIZE": 1000}, site="example.com")
    request = spider.listing_request("https://example.com/sitemap.xml", "sitemap")
    assert request.meta["download_maxsize"] == 1000
    assert make(NewsSpider, site="example.com").listing_maxsize == 50 * 1024 * 1024


def test_a_redis_worker_may_start_without_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    """Its start URLs come from the shared Redis key (newsspider.redis.coordinator)."""
    from newsspider.spiders.article import ArticleListSpider

    monkeypatch.setenv("NEWSSPIDER_REDIS_URL", "redis://127.0.0.1:1/0")
    assert make(NewsSpider).site_urls == []
    assert ArticleListSpider.from_crawler(get_crawler(ArticleListSpider)).url_list == []
    monkeypatch.delenv("NEWSSPIDER_REDIS_URL")
    with pytest.raises(ValueError, match="give the pages"):
        ArticleListSpider.from_crawler(get_crawler(ArticleListSpider))
