"""What a feed or sitemap says about one URL."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Entry:
    """One listed URL: a feed item, a sitemap ``<url>``, or a child sitemap of an index.

    Dates are kept as found (``*_raw``) and as ISO 8601 (None where unreadable).
    A sitemap's ``lastmod`` is ``modified``; a news sitemap's
    ``news:publication_date`` is ``published``.
    """

    url: str
    title: str | None = None
    published_raw: str | None = None
    published: str | None = None
    modified_raw: str | None = None
    modified: str | None = None
    keywords: tuple[str, ...] = ()

    @property
    def listed_date(self) -> str | None:
        """The date the listing gives the story: publication, else last modification."""
        return self.published or self.modified


@dataclass
class Listing:
    #: ``rss``, ``atom``, ``rdf`` (feeds), ``urlset``, ``sitemapindex`` or ``text`` (sitemaps).
    kind: str
    #: Articles listed; for a ``sitemapindex``, its child sitemaps.
    entries: list[Entry] = field(default_factory=list)
    #: Items or ``<url>`` elements that gave no usable URL.
    without_url: int = 0

    @property
    def is_feed(self) -> bool:
        return self.kind in ("rss", "atom", "rdf")

    @property
    def is_index(self) -> bool:
        return self.kind == "sitemapindex"


class BadListing(ValueError):
    """The document is not a feed or sitemap; ``reason`` is a short stat-friendly word."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
