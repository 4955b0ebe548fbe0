"""RSS 2.0, Atom and RDF (RSS 1.0) feeds → entries; feed links of an HTML page.

Feeds in the wild stretch every format: CDATA around links, markup inside
titles, Atom links inside RSS items, FeedBurner's ``origLink`` hiding the
real URL, custom ``updatedAt`` elements, wrong namespace URIs. Elements are
matched by local name, and the first element that gives a value wins.
"""

from __future__ import annotations

import html
import lxml.html
from lxml import etree

from newsspider.dates import normalize_date
from newsspider.hugetags import cut_huge_tags
from newsspider.discovery.entry import Entry, Listing
from newsspider.urls import joined, url_problem
from newsspider.discovery.safexml import child_text, children, localname, text

#: ``<link rel="alternate" type=...>`` values that announce a feed.
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_PUBLISHED = ("pubdate", "published", "issued", "date", "created")
_MODIFIED = ("updated", "modified", "updatedat", "lastmod")
#: Elements holding one keyword each, and elements holding a comma-separated list.
_KEYWORD = ("category", "subject")
_KEYWORD_LISTS = ("keywords", "tags")


def parse_feed(root: etree._Element, base_url: str, tz: str | None = None) -> Listing:
    """Entries of a feed whose root element is ``root`` (``rss``, ``feed`` or ``RDF``)."""
    kind = localname(root)
    if kind == "feed":
        base = root.base or base_url
        return _listing("atom", [_atom_entry(e, joined(base_url, base), tz) for e in children(root, "entry")])
    if kind == "rdf":
        return _listing("rdf", [_rss_entry(i, base_url, tz) for i in children(root, "item")])
    items = [i for channel in children(root, "channel") for i in children(channel, "item")]
    return _listing("rss", [_rss_entry(i, base_url, tz) for i in items])


def feed_links(page: bytes | str, base_url: str) -> list[str]:
    """Feeds an HTML page announces with ``<link rel="alternate" type="application/rss+xml">``
    (comment feeds left out), absolute, in page order."""
    try:
        tree = lxml.html.document_fromstring(cut_huge_tags(page)[0])
    except (ValueError, etree.ParserError):
        return []
    found: list[str] = []
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        href = (link.get("href") or "").strip()
        if "alternate" not in rel or kind not in FEED_TYPES or not href:
            continue
        if "comment" in href.lower() or "comment" in (link.get("title") or "").lower():
            continue
        url = joined(base_url, href)
        if url_problem(url) is None and url not in found:
            found.append(url)
    return found


def _listing(kind: str, entries: list[Entry | None]) -> Listing:
    kept = [e for e in entries if e is not None]
    return Listing(kind, kept, without_url=len(entries) - len(kept))


def _rss_entry(item: etree._Element, base_url: str, tz: str | None) -> Entry | None:
    url = child_text(item, "origlink") or _rss_link(item) or _permalink_guid(item)
    return _entry(item, url, base_url, tz)


def _atom_entry(entry: etree._Element, base_url: str, tz: str | None) -> Entry | None:
    base = joined(base_url, entry.base) if entry.base else base_url
    url = child_text(entry, "origlink") or _atom_link(entry)
    return _entry(entry, url, base, tz)


def _entry(el: etree._Element, url: str | None, base_url: str, tz: str | None) -> Entry | None:
    url = joined(base_url, url) if url else None
    if not url or not url.startswith(("http://", "https://")):
        return None
    published_raw = child_text(el, *_PUBLISHED)
    modified_raw = child_text(el, *_MODIFIED)
    return Entry(
        url=url,
        title=plain(child_text(el, "title")),
        published_raw=published_raw,
        published=normalize_date(published_raw, tz),
        modified_raw=modified_raw,
        modified=normalize_date(modified_raw, tz),
        keywords=_keywords(el),
    )


def _rss_link(item: etree._Element) -> str | None:
    for link in children(item, "link"):
        value = text(link) or (link.get("href") if link.get("rel", "alternate") == "alternate" else None)
        if value:
            return value.strip()
    return None


def _atom_link(entry: etree._Element) -> str | None:
    links = [l for l in children(entry, "link") if l.get("rel", "alternate") == "alternate" and l.get("href")]
    html_links = [l for l in links if (l.get("type") or "text/html").startswith(("text/html", "application/xhtml"))]
    chosen = (html_links or links)[:1]
    return chosen[0].get("href").strip() if chosen else None


def _permalink_guid(item: etree._Element) -> str | None:
    for guid in children(item, "guid"):
        value = text(guid)
        if guid.get("isPermaLink", "true").lower() != "false" and value.startswith(("http://", "https://")):
            return value
    return None


def _keywords(el: etree._Element) -> tuple[str, ...]:
    found: list[str] = []
    for child in el:
        name = localname(child)
        if name in _KEYWORD:
            values = [text(child) or child.get("term") or child.get("label") or ""]
        elif name in _KEYWORD_LISTS:
            values = text(child).split(",")
        else:
            continue
        for value in values:
            value = plain(value)
            if value and value not in found:
                found.append(value)
    return tuple(found)


def plain(value: str | None) -> str | None:
    """Plain text of a feed string that may carry markup or escaped entities."""
    if not value:
        return None
    if "<" in value:
        try:
            value = lxml.html.fragment_fromstring(cut_huge_tags(value)[0], create_parent="div").text_content()
        except (ValueError, etree.ParserError):
            pass
    if "&" in value:
        value = html.unescape(value)
    return " ".join(value.split()) or None
