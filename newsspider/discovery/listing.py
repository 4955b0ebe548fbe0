"""Any feed or sitemap document → :class:`Listing`, by its root element.

A URL given as a sitemap may serve a feed and the other way round (robots.txt
``Sitemap:`` lines often name RSS feeds, which the sitemap protocol allows),
so the document's own root decides how it is read. The protocol's plain-text
sitemaps (one URL per line) are read too.
"""

from __future__ import annotations

from newsspider.discovery.entry import BadListing, Listing
from newsspider.discovery.feeds import parse_feed
from newsspider.discovery.safexml import decompress, localname, read_xml
from newsspider.discovery.sitemaps import parse_sitemap, parse_text_sitemap

FEED_ROOTS = frozenset({"rss", "feed", "rdf"})
SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})


def parse_listing(data: bytes, url: str, tz: str | None = None, max_size: int = 0) -> Listing:
    """Read the feed or sitemap ``data`` fetched from ``url``.

    ``tz`` is the publisher's IANA zone for dates that state none; ``max_size``
    caps a gzipped document's decompressed size. Raises :class:`BadListing`.
    """
    data = decompress(data, max_size)
    if data.lstrip()[:8].lower().startswith((b"http://", b"https://")):
        return parse_text_sitemap(data)
    root = read_xml(data)
    kind = localname(root)
    if kind in FEED_ROOTS:
        return parse_feed(root, url, tz)
    if kind in SITEMAP_ROOTS:
        return parse_sitemap(root, url, tz)
    raise BadListing("unknown_root", f"<{kind}>")
