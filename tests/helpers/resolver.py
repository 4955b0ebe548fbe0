"""A DNS resolver for crawls under test: names ending in ``.test`` resolve to
127.0.0.2, addresses to themselves, every other name fails, so no test asks a
real DNS server.

Set it with ``-s TWISTED_DNS_RESOLVER=tests.helpers.resolver.LoopbackNamesResolver``.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer
from twisted.internet.abstract import isIPAddress, isIPv6Address
from twisted.internet.error import DNSLookupError

#: The address every ``.test`` name resolves to: internal, and not the crawl's start host.
ADDRESS = "127.0.0.2"


class LoopbackNamesResolver(CachingThreadedResolver):
    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> defer.Deferred[str]:  # noqa: N802 (Twisted's name)
        if name.endswith(".test"):
            return defer.succeed(ADDRESS)
        if isIPAddress(name) or isIPv6Address(name):
            return defer.succeed(name)
        return defer.fail(DNSLookupError(f"no such name under test: {name}"))
