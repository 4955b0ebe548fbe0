"""Finding article URLs: feeds, sitemaps and robots.txt, parsed without Scrapy.

``parse_listing(data, url)`` reads any feed or sitemap document (RSS 2.0,
Atom, RDF, ``urlset``, ``sitemapindex``; gzipped or not) into a
:class:`Listing` of :class:`Entry`; a document that is none of these (an
HTML page served as a feed, a truncated file, an entity bomb) raises
:class:`BadListing` with the reason. The spiders decide what to fetch.
"""

from __future__ import annotations

from newsspider.discovery.entry import BadListing, Entry, Listing
from newsspider.discovery.listing import parse_listing

__all__ = ["BadListing", "Entry", "Listing", "parse_listing"]
