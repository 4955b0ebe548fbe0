"""robots.txt read once per site, by Scrapy's robots middleware, for two uses.

Scrapy's ``RobotsTxtMiddleware`` fetches each host's robots.txt before the
first request to it and keeps the parsed rules. ``SitemapRobotParser``
(``ROBOTSTXT_PARSER``) is Scrapy's default parser that also keeps the
file's ``Sitemap:`` lines, so that discovery reads them from the same fetch
(``robots_sitemaps``) instead of downloading robots.txt a second time.
"""

from __future__ import annotations

from urllib.parse import urljoin

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.robotstxt import ProtegoRobotParser, decode_robotstxt
from scrapy.spiders import Spider

from newsspider.discovery.sitemaps import robots_sitemaps


class SitemapRobotParser(ProtegoRobotParser):
    def __init__(self, robotstxt_body: bytes, spider: Spider | None) -> None:
        super().__init__(robotstxt_body, spider)
        #: The file's text, for its ``Sitemap:`` lines.
        self.text = decode_robotstxt(robotstxt_body, spider)

    def sitemaps(self, robots_url: str) -> list[str]:
        return robots_sitemaps(self.text, robots_url)


def robots_middleware(crawler: Crawler) -> RobotsTxtMiddleware | None:
    """The crawl's robots.txt middleware; None where robots.txt is not obeyed."""
    if not crawler.settings.getbool("ROBOTSTXT_OBEY"):
        return None
    return crawler.get_downloader_middleware(RobotsTxtMiddleware)


async def listed_sitemaps(robots: RobotsTxtMiddleware, site: str) -> list[str] | None:
    """Sitemaps that ``site``'s robots.txt names, as the robots middleware read it
    (fetched already for the first request to the site, else now); None when it
    could not be fetched or parsed by another parser."""
    parser = await robots.robot_parser(Request(site))
    if not isinstance(parser, SitemapRobotParser):
        return None
    return parser.sitemaps(urljoin(site, "/robots.txt"))
