"""One spider per publisher profile: ``scrapy crawl business_standard``.

Every profile in ``newsspider.extract.sites`` gets a spider class here, named
by ``profile.name``. It starts from the profile's feeds and sitemaps (or, if
it lists neither, discovers them from its first domain's home page, like
``news``), keeps to the profile's domains, fetches only entries whose URL
matches ``profile.article_url``, and reads dates that state no offset in the
profile's time zone. ``-a feed=``, ``-a sitemap=``, ``-a site=`` replace the
starting points (their hosts become allowed too); ``-a since=`` and
``-a domains=`` work as for ``news``.
"""

from __future__ import annotations

from typing import Any

from newsspider.extract.sites import all_profiles
from newsspider.extract.sites.base import SiteProfile
from newsspider.spiders.news import DiscoverySpider


class SiteSpider(DiscoverySpider):
    """Base of the per-profile spiders (no name: Scrapy lists only its subclasses)."""

    profile: SiteProfile

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        profile = self.profile
        if not (self.site_urls or self.feed_urls or self.sitemap_urls):
            self.feed_urls = list(profile.feeds)
            self.sitemap_urls = list(profile.sitemaps)
            if not (self.feed_urls or self.sitemap_urls):
                self.site_urls = [f"https://{profile.domains[0]}/"]
        self.allowed_domains = sorted({*profile.domains, *self.start_domains()})


def spider_class(profile: SiteProfile) -> type[SiteSpider]:
    """A spider class for ``profile``, defined as if written in this module."""
    class_name = "".join(part.capitalize() for part in profile.name.split("_")) + "Spider"
    return type(class_name, (SiteSpider,), {
        "__module__": __name__,
        "__doc__": f"{profile.publisher}: stories from its feeds and sitemaps.",
        "name": profile.name,
        "profile": profile,
        "timezone": profile.timezone,
        "article_pattern": profile.article_pattern,
        "custom_settings": dict(profile.settings) or None,
    })


def _register() -> None:
    """Bind each profile's spider class to a module-level name, where Scrapy's
    spider loader looks for spiders."""
    for profile in all_profiles():
        spider = spider_class(profile)
        globals()[spider.__name__] = spider


_register()
