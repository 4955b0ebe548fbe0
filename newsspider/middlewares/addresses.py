"""Refuses requests to internal addresses the crawl did not start at."""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
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
    Host names are judged as written; a public name that resolves to an
    internal address is not caught here (no DNS lookup is made).
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
        kind = address_kind(parts.hostname)
        if kind is None:
            return
        place = (parts.hostname or "", parts.port)
        if request.meta.get("is_start_request") and not request.meta.get("redirect_urls"):
            self.allowed.add(place)
        if place in self.allowed:
            return
        count(self.stats, "skipped", f"internal_address/{kind}")
        logger.warning(
            "Refused a request to an internal (%(kind)s) address: %(url)s",
            {"kind": kind, "url": request.url},
        )
        raise Refused("skipped", f"internal_address/{kind}", f"internal address ({kind}): {request.url}",
                      counted=True)
