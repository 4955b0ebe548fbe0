"""Refuses requests to internal addresses the crawl did not start at, and
responses that came from one (a public name that resolves to an internal address)."""

from __future__ import annotations

import logging
from functools import cached_property
from typing import NoReturn

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.http.request import NO_CALLBACK
from scrapy.statscollectors import StatsCollector
from scrapy.utils.httpobj import urlparse_cached

from newsspider.middlewares.refusals import Refused
from newsspider.netpolicy import address_kind
from newsspider.stats import count

logger = logging.getLogger(__name__)


class InternalAddressMiddleware:
    """Drops requests to loopback, private, link-local and other internal
    addresses (``newsspider/skipped/internal_address``), unless the host and
    port are those of a start request (the user pointed the crawl there) or
    ``NEWSSPIDER_ALLOW_INTERNAL_ADDRESSES`` is true.

    A redirect from an allowed start host to another internal host is refused
    like any other request: the allowance covers the exact host and port.
    Host names are judged here as written (no DNS lookup is made); the address
    a name resolved to is judged by ``ConnectedAddressMiddleware`` on the response.
    """

    def __init__(self, crawler: Crawler) -> None:
        if crawler.settings.getbool("NEWSSPIDER_ALLOW_INTERNAL_ADDRESSES"):
            raise NotConfigured("NEWSSPIDER_ALLOW_INTERNAL_ADDRESSES is on")
        self.stats = crawler.stats
        self.allowed: set[tuple[str, int | None]] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> InternalAddressMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        parts = urlparse_cached(request)
        place = (parts.hostname or "", parts.port)
        if request.meta.get("is_start_request") and not request.meta.get("redirect_urls"):
            self.allowed.add(place)
        kind = address_kind(parts.hostname)
        if kind is None or place in self.allowed:
            return
        refuse(self.stats, kind, request, parts.hostname or "")

    def allows(self, request: Request) -> bool:
        """Whether ``request``'s host and port are those of a start request."""
        parts = urlparse_cached(request)
        return (parts.hostname or "", parts.port) in self.allowed


def refuse(stats: StatsCollector | None, kind: str, request: Request, address: str) -> NoReturn:
    """Count and log the refusal (not for a robots.txt fetch, which is no outcome of
    its own: the page it was fetched for is refused too) and raise ``Refused``."""
    if request.callback is not NO_CALLBACK:
        if stats is not None:
            count(stats, "skipped", f"internal_address/{kind}")
        logger.warning("Refused a request to an internal (%(kind)s) address %(address)s: %(url)s",
                       {"kind": kind, "address": address, "url": request.url})
    raise Refused("skipped", f"internal_address/{kind}", f"internal address ({kind}): {request.url}",
                  counted=True)


class ConnectedAddressMiddleware:
    """Judges the address each response came from (``response.ip_address``),
    after DNS: a page whose public-looking name resolved to a loopback, private
    or link-local address is refused as ``newsspider/skipped/internal_address/<kind>``,
    unless its host and port are a start request's (``InternalAddressMiddleware``
    keeps those). Ordered above ``RedirectMiddleware`` (600), it sees every hop
    of a redirect chain before the redirect is followed. Responses through a
    proxy (whose address is the proxy's) and from the cache (no address) pass.
    """

    def __init__(self, crawler: Crawler) -> None:
        if crawler.settings.getbool("NEWSSPIDER_ALLOW_INTERNAL_ADDRESSES"):
            raise NotConfigured("NEWSSPIDER_ALLOW_INTERNAL_ADDRESSES is on")
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConnectedAddressMiddleware:
        return cls(crawler)

    @cached_property
    def start_places(self) -> InternalAddressMiddleware | None:
        return self.crawler.get_downloader_middleware(InternalAddressMiddleware)

    def process_response(self, request: Request, response: Response) -> Response:
        address = response.ip_address
        if address is None or request.meta.get("proxy"):
            return response
        kind = address_kind(str(address))
        if kind is None or (self.start_places is not None and self.start_places.allows(request)):
            return response
        refuse(self.crawler.stats, kind, request, str(address))
