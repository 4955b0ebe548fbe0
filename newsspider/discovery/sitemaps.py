"""Sitemaps (``urlset``, ``sitemapindex``, Google News sitemaps, plain text) and robots.txt
``Sitemap:`` lines.

Scrapy's own sitemap reader keeps only the direct children of ``<url>``; a
news sitemap's title, publication date and keywords sit one level down, in
``<news:news>``, and are read here.
"""

from __future__ import annotations

from lxml import etree

from newsspider.dates import normalize_date
from newsspider.discovery.entry import Entry, Listing
from newsspider.urls import joined, url_problem
from newsspider.discovery.feeds import plain
from newsspider.discovery.safexml import child_text, children, localname


def parse_sitemap(root: etree._Element, base_url: str, tz: str | None = None) -> Listing:
    """Entries of a ``urlset`` (pages) or a ``sitemapindex`` (child sitemaps)."""
    kind = localname(root)
    nodes = children(root, "sitemap" if kind == "sitemapindex" else "url")
    entries = [_entry(node, base_url, tz) for node in nodes]
    kept = [e for e in entries if e is not None]
    return Listing(kind, kept, without_url=len(entries) - len(kept))


def parse_text_sitemap(data: bytes) -> Listing:
    """A plain-text sitemap: one absolute URL per line (UTF-8)."""
    lines = [line.strip() for line in data.decode("utf-8", "replace").splitlines() if line.strip()]
    entries = [Entry(url=line) for line in lines if line.startswith(("http://", "https://"))]
    return Listing("text", entries, without_url=len(lines) - len(entries))


def robots_sitemaps(robots_txt: str, robots_url: str) -> list[str]:
    """Web URLs of the ``Sitemap:`` lines of a robots.txt, absolute, in order, once each."""
    found: list[str] = []
    for line in robots_txt.splitlines():
        name, _, value = line.partition(":")
        value = value.split("#", 1)[0].strip()
        if name.strip().lower() == "sitemap" and value:
            url = joined(robots_url, value)
            if url_problem(url) is None and url not in found:
                found.append(url)
    return found


def _entry(node: etree._Element, base_url: str, tz: str | None) -> Entry | None:
    loc = child_text(node, "loc")
    url = joined(base_url, loc) if loc else None
    if not url or not url.startswith(("http://", "https://")):
        return None
    lastmod = child_text(node, "lastmod")
    news = next(iter(children(node, "news")), None)
    published = title = None
    keywords: tuple[str, ...] = ()
    if news is not None:
        published = child_text(news, "publication_date")
        title = plain(child_text(news, "title"))
        keywords = tuple(dict.fromkeys(
            k for k in (plain(k) for k in (child_text(news, "keywords") or "").split(",")) if k
        ))
    return Entry(
        url=url,
        title=title,
        published_raw=published,
        published=normalize_date(published, tz),
        modified_raw=lastmod,
        modified=normalize_date(lastmod, tz),
        keywords=keywords,
    )
