"""``scrapy crawl news -a site=URL``: any news site, through its feeds and sitemaps.

Arguments (``-a NAME=VALUE``; URL lists are comma-separated):

- ``site``: home page(s). Sitemaps come from robots.txt ``Sitemap:`` lines
  (robots.txt as Scrapy's robots middleware fetched it, once per site)
  (else the usual places: ``/sitemap.xml``, ``/sitemap_index.xml``,
  ``/news-sitemap.xml`` ...), feeds from the home page's
  ``<link rel="alternate" type="application/rss+xml">`` (else ``/feed``,
  ``/rss``, ``/rss.xml`` ...).
- ``feed``, ``sitemap``: start from these feeds / sitemaps directly. Either
  kind of document is read whichever argument names it.
- ``since``: ``2d``, ``6h``, ``30m``, ``1w`` or an ISO date: skip entries whose
  newest date (publication or modification) is older
  (``newsspider/skipped/older_than_since``); undated entries are fetched.
- ``domains``: more domains whose articles may be fetched (a feed served from
  FeedBurner lists the publisher's own pages).
- ``recheck``: ``7d`` (an age): also fetch again, conditionally (ETag,
  Last-Modified) and after the listings, archived stories that no listing has
  shown for that long and published within ``NEWSSPIDER_RECHECK_MAX_AGE``
  (default 30 days), at most ``NEWSSPIDER_RECHECK_BUDGET`` a run, those checked
  longest ago first: a story taken down gets its tombstone (404/410), a changed
  one a new version. Counted as ``newsspider/recheck/requested``.

Each article request carries, for the components after discovery:

- ``meta["listed_date"]``: ISO 8601 publication date the listing gives (news
  sitemap ``publication_date``, feed ``pubDate``), else its ``lastmod`` /
  ``updated``; None when it gives neither;
- ``meta["listed"]``: ``{"title", "keywords" (list), "published_raw",
  "lastmod_raw", "lastmod" (ISO), "source" (the feed or sitemap URL)}``.

The request's URL is the entry's ``newsspider.urls.canonical_url``; entries
are deduplicated within a run by ``url_key``. Feeds and sitemaps that the
site itself names (robots.txt, home page, sitemap index) may live on another
host (a CDN, FeedBurner); articles must be on the allowed domains (the hosts
of the start URLs, without ``www.``).

Counters (``newsspider/discovery/...``): ``sitemaps``, ``feeds`` (documents
read), ``entries`` (listed URLs), ``articles`` (requests sent), ``undated``
(of those, without a listed date), ``duplicate_url``, ``not_article_url``,
``no_url`` (items without a usable link), ``bad_feed`` / ``bad_sitemap``
(not a feed or sitemap: HTML, junk, too large; with a warning),
``failed_feed`` / ``failed_sitemap`` / ``failed_site`` (could not be fetched,
the home page for a site; with a warning; ``first_failure`` keeps the first
network reason of the run, ``DNS lookup failed for news.invalid``, which the
run's verdict gives when no listing could be fetched at all),
``probe_missing`` / ``probe_not_listing`` (a usual place that holds nothing);
``newsspider/skipped/older_than_since`` and ``.../sitemap_older_than_since``.
"""

from __future__ import annotations

import re
from functools import cached_property
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.settings import BaseSettings
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from newsspider import discovery
from newsspider.discovery import BadListing, Entry
from newsspider.discovery.since import AGE_FORM, SINCE_FORM, latest, parse_age, parse_since
from newsspider.discovery.feeds import feed_links
from newsspider.discovery.safexml import DEFAULT_MAX_SIZE
from newsspider.discovery.sitemaps import robots_sitemaps
from newsspider.middlewares.incremental import IncrementalDownloaderMiddleware
from newsspider.middlewares.network import is_network_failure, network_reason
from newsspider.spiders.robots import listed_sitemaps, robots_middleware
from newsspider.redis.addon import redis_url
from newsspider.arguments import ArgumentError, parsed
from newsspider.spiders.base import ArticleSpider
from newsspider.stats import count, key
from newsspider.urls import canonical_url, url_key, url_problem

#: Where sites put sitemaps when robots.txt names none.
SITEMAP_PATHS = ("/sitemap.xml", "/sitemap_index.xml", "/news-sitemap.xml", "/sitemap-news.xml",
                 "/sitemap_news.xml")
#: Where sites put feeds when the home page announces none.
FEED_PATHS = ("/feed", "/rss", "/rss.xml", "/feed.xml", "/atom.xml", "/index.xml", "/feeds/posts/default")


#: Rechecks wait for every listing and listed article (Scrapy's default priority is 0).
RECHECK_PRIORITY = -10


def split_urls(value: str) -> list[str]:
    """URLs of a comma-separated argument; ``example.com`` means ``https://example.com``."""
    urls = [u.strip() for u in value.split(",") if u.strip()]
    return [u if "://" in u else f"https://{u}" for u in urls]


def domain_of(url: str) -> str:
    """Host of ``url`` without ``www.``: the domain whose subdomains are on site."""
    return (urlsplit(url).hostname or "").removeprefix("www.")


class DiscoverySpider(ArticleSpider):
    """Finds articles through sitemaps and feeds; subclasses say where to start."""

    #: IANA zone for listed dates that state no offset.
    timezone: str | None = None
    #: An entry's canonical URL must match this (``search``) to be fetched.
    article_pattern: re.Pattern[str] | None = None

    def __init__(self, site: str = "", feed: str = "", sitemap: str = "", since: str = "",
                 domains: str = "", recheck: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.extra_domains = [d.strip().removeprefix("www.") for d in domains.split(",") if d.strip()]
        self.site_urls = split_urls(site)
        self.feed_urls = split_urls(feed)
        self.sitemap_urls = split_urls(sitemap)
        self.since = parsed("since", since, parse_since, SINCE_FORM) if since else None
        self.recheck = parsed("recheck", recheck, parse_age, AGE_FORM) if recheck else None
        self.seen: set[str] = set()

    def start_domains(self) -> list[str]:
        """Domains the arguments allow: those of the start URLs, and ``domains``."""
        starts = (*self.site_urls, *self.feed_urls, *self.sitemap_urls)
        return [*(domain_of(u) for u in starts), *self.extra_domains]

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.sitemap_urls:
            yield self.listing_request(url, "sitemap")
        for url in self.feed_urls:
            yield self.listing_request(url, "feed")
        for site in self.site_urls:
            for request in self.site_requests(site):
                yield request
        for request in self.recheck_requests():
            yield request

    def recheck_requests(self) -> list[scrapy.Request]:
        """Requests for the archived stories ``-a recheck`` fetches again (see the
        module docstring), after every listing (lower priority)."""
        if self.recheck is None:
            return []
        incremental = self.crawler.get_downloader_middleware(IncrementalDownloaderMiddleware)
        if incremental is None:
            self.logger.warning("-a recheck needs the archive state (NEWSSPIDER_STATE_ENABLED): nothing rechecked")
            return []
        settings = self.crawler.settings
        budget = settings.getint("NEWSSPIDER_RECHECK_BUDGET")
        max_age = parse_age(settings.get("NEWSSPIDER_RECHECK_MAX_AGE") or "30d")
        stories = incremental.unlisted_stories(self.recheck, max_age, budget, getattr(self, "allowed_domains", ()))
        count(self.crawler.stats, "recheck", "requested", len(stories))
        self.logger.info("Rechecking %(n)s archived stories not listed for %(age)s (budget %(budget)s a run)",
                         {"n": len(stories), "age": self.recheck, "budget": budget})
        return [scrapy.Request(story.url, callback=self.parse_article, priority=RECHECK_PRIORITY,
                               meta={"newsspider_recheck": story.key})
                for story in stories if story.url]

    def site_requests(self, site: str) -> list[scrapy.Request]:
        """The start of a ``site``: its home page, whose response (or failure) reads
        the sitemaps of robots.txt as Scrapy's robots middleware fetched it before
        the home page; where robots.txt is not obeyed, robots.txt too."""
        home = scrapy.Request(site, callback=self.parse_home, errback=self.home_failed, cb_kwargs={"site": site})
        if self.robots is not None:
            return [home]
        return [scrapy.Request(urljoin(site, "/robots.txt"), callback=self.parse_robots,
                               errback=self.robots_failed, cb_kwargs={"site": site}), home]

    @cached_property
    def robots(self) -> RobotsTxtMiddleware | None:
        return robots_middleware(self.crawler)

    # --- Finding feeds and sitemaps ------------------------------------------

    def listing_request(self, url: str, kind: str, *, named_by_site: bool = False,
                        probe: bool = False) -> scrapy.Request:
        """Request for a feed or sitemap (``kind`` says which it was found as)."""
        maxsize = self.listing_maxsize
        return scrapy.Request(
            url, callback=self.parse_listing, errback=self.listing_failed, cb_kwargs={"kind": kind},
            meta={"allow_offsite": named_by_site, "newsspider_probe": probe,
                  "download_maxsize": maxsize, "download_warnsize": maxsize},
        )

    @property
    def listing_maxsize(self) -> int:
        return self.crawler.settings.getint("NEWSSPIDER_LISTING_MAXSIZE") or DEFAULT_MAX_SIZE

    def parse_robots(self, response: Response, site: str) -> Iterator[scrapy.Request]:
        found = robots_sitemaps(response.text, response.url) if isinstance(response, TextResponse) else []
        yield from self.sitemap_requests(site, found)

    def robots_failed(self, failure: Failure) -> Iterator[scrapy.Request]:
        yield from self.probe(failure.request.cb_kwargs["site"], SITEMAP_PATHS, "sitemap")

    def sitemap_requests(self, site: str, found: list[str] | None) -> Iterator[scrapy.Request]:
        if not found:
            yield from self.probe(site, SITEMAP_PATHS, "sitemap")
        for url in found or ():
            yield self.listing_request(url, "sitemap", named_by_site=True)

    async def robots_sitemap_requests(self, site: str) -> AsyncIterator[scrapy.Request]:
        """Requests for the sitemaps robots.txt names, read by the robots middleware."""
        if self.robots is None:
            return
        for request in self.sitemap_requests(site, await listed_sitemaps(self.robots, site)):
            yield request

    async def parse_home(self, response: Response, site: str) -> AsyncIterator[scrapy.Request]:
        found = feed_links(response.body, response.url) if isinstance(response, TextResponse) else []
        if not found:
            for request in self.probe(site, FEED_PATHS, "feed"):
                yield request
        for url in found:
            yield self.listing_request(url, "feed", named_by_site=True)
        async for request in self.robots_sitemap_requests(site):
            yield request

    async def home_failed(self, failure: Failure) -> AsyncIterator[scrapy.Request]:
        site = failure.request.cb_kwargs["site"]
        if is_network_failure(failure.value):
            # The host cannot be reached: its usual places cannot either.
            self.listing_unreachable(failure, "site")
            return
        for request in self.probe(site, FEED_PATHS, "feed"):
            yield request
        async for request in self.robots_sitemap_requests(site):
            yield request

    def probe(self, site: str, paths: tuple[str, ...], kind: str) -> Iterator[scrapy.Request]:
        self.logger.info("No %(kind)s named by %(site)s; trying the usual places", {"kind": kind, "site": site})
        for path in paths:
            yield self.listing_request(urljoin(site, path), kind, probe=True)

    # --- Reading feeds and sitemaps ------------------------------------------

    def parse_listing(self, response: Response, kind: str) -> Iterator[scrapy.Request]:
        stats = self.crawler.stats
        try:
            listing = discovery.parse_listing(response.body, response.url, tz=self.timezone,
                                              max_size=self.listing_maxsize)
        except BadListing as exc:
            if response.meta.get("newsspider_probe"):
                count(stats, "discovery", "probe_not_listing")
                return
            count(stats, "discovery", f"bad_{kind}")
            self.logger.warning("Not a %(kind)s (%(reason)s), skipped: %(url)s",
                                {"kind": kind, "reason": exc, "url": response.url})
            return
        count(stats, "discovery", "feeds" if listing.is_feed else "sitemaps")
        if listing.without_url:
            count(stats, "discovery", "no_url", listing.without_url)
        entries = self.fetchable(listing.entries, kind, response.url)
        if listing.is_index:
            for child in entries:
                if self.older_than_since(child):
                    count(stats, "skipped", "sitemap_older_than_since")
                    continue
                yield self.listing_request(child.url, "sitemap", named_by_site=True)
            return
        for entry in entries:
            request = self.article_request(entry, response.url)
            if request is not None:
                yield request

    def fetchable(self, entries: list[Entry], kind: str, source: str) -> list[Entry]:
        """``entries`` without those whose URL cannot be requested (``http://:x``):
        counted as ``newsspider/skipped/bad_url``, named in one warning per listing."""
        kept, bad = [], []
        for entry in entries:
            problem = url_problem(entry.url)
            if problem:
                bad.append(f"{entry.url[:100]!r} ({problem})")
            else:
                kept.append(entry)
        if bad:
            count(self.crawler.stats, "skipped", "bad_url", len(bad))
            self.logger.warning("%(n)s URLs in %(kind)s %(source)s cannot be fetched, skipped: %(named)s",
                                {"n": len(bad), "kind": kind, "source": source, "named": "; ".join(bad[:10])})
        return kept

    def listing_failed(self, failure: Failure) -> None:
        request = failure.request
        kind = request.cb_kwargs["kind"]
        if request.meta.get("newsspider_probe"):
            count(self.crawler.stats, "discovery", "probe_missing")
            return
        if is_network_failure(failure.value):
            self.listing_unreachable(failure, kind)
            return
        count(self.crawler.stats, "discovery", f"failed_{kind}")
        self.logger.warning("Could not fetch %(kind)s %(url)s: %(error)s",
                            {"kind": kind, "url": request.url, "error": failure.getErrorMessage()})

    def listing_unreachable(self, failure: Failure, kind: str) -> None:
        """A site, feed or sitemap whose host could not be reached: one line with the
        reason, counted as ``newsspider/discovery/failed_<kind>``; the first reason of
        the run is kept (``newsspider/discovery/first_failure``) for the run's verdict."""
        request = failure.request
        reason = network_reason(failure.value, request.url)
        stats = self.crawler.stats
        count(stats, "discovery", f"failed_{kind}")
        if stats.get_value(key("discovery", "first_failure")) is None:
            stats.set_value(key("discovery", "first_failure"), reason)
        self.logger.warning("Could not fetch %(kind)s %(url)s: %(reason)s",
                            {"kind": "home page" if kind == "site" else kind, "url": request.url, "reason": reason})

    def older_than_since(self, entry: Entry) -> bool:
        if self.since is None:
            return False
        newest = latest(entry, self.timezone)
        return newest is not None and newest < self.since

    def article_request(self, entry: Entry, source: str) -> scrapy.Request | None:
        """The request for a listed article, or None (with the counted reason)."""
        stats = self.crawler.stats
        count(stats, "discovery", "entries")
        url = canonical_url(entry.url)
        if self.article_pattern is not None and not self.article_pattern.search(url):
            count(stats, "discovery", "not_article_url")
            return None
        if self.older_than_since(entry):
            count(stats, "skipped", "older_than_since")
            return None
        key = url_key(url)
        if key in self.seen:
            count(stats, "discovery", "duplicate_url")
            return None
        self.seen.add(key)
        count(stats, "discovery", "articles")
        if entry.listed_date is None:
            count(stats, "discovery", "undated")
        listed = {
            "title": entry.title,
            "keywords": list(entry.keywords),
            "published_raw": entry.published_raw,
            "lastmod_raw": entry.modified_raw,
            "lastmod": entry.modified,
            "source": source,
        }
        return scrapy.Request(url, callback=self.parse_article,
                              meta={"listed_date": entry.listed_date, "listed": listed})


class NewsSpider(DiscoverySpider):
    name = "news"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.allowed_domains = sorted(set(self.start_domains()))

    def check_start(self, settings: BaseSettings) -> None:
        # A scale-out worker may get all its start URLs from Redis instead.
        if not (self.site_urls or self.feed_urls or self.sitemap_urls) and not redis_url(settings):
            raise ArgumentError("site", None, "say where to start: -a site=URL, -a feed=URL or -a sitemap=URL")
