"""Meta tags, Open Graph, ``article:*``, Twitter cards, Dublin Core, ``<html lang>``
and ``<link>`` elements.

:func:`head` reads every ``meta``, ``link``, ``script``, ``title``, ``h1`` and ``h2``
element once, from the page's elements as :attr:`Page.elements` lists them with their
tags, and caches what it found on the page; the JSON-LD and ``__NEXT_DATA__`` layers
read their scripts from it too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsspider.extract import fields as f
from newsspider.extract import people

if TYPE_CHECKING:
    from newsspider.extract.page import Page


@dataclass
class Head:
    #: ``name`` / ``property`` (casefolded) → contents, in page order.
    meta: dict[str, list[str]] = field(default_factory=dict)
    #: ``rel`` token (casefolded) → hrefs, in page order.
    links: dict[str, list[str]] = field(default_factory=dict)
    #: Texts of ``application/ld+json`` scripts.
    jsonld: list[str] = field(default_factory=list)
    #: ``id`` → text of scripts that carry JSON state (``__NEXT_DATA__`` ...).
    json_scripts: dict[str, str] = field(default_factory=dict)
    #: ``<h1>`` elements, in page order (the headline layer and the byline search use them).
    h1s: list[Any] = field(default_factory=list)
    #: ``<h2>`` elements, in page order (the headline layer's, where the h1 is no story's):
    #: found by this walk at no cost, where a walk of their own cost 0.14 ms a page on trafeval.
    h2s: list[Any] = field(default_factory=list)
    title: str | None = None
    lang: str | None = None

    def first(self, *keys: str) -> str | None:
        """The first non-empty content among ``keys``, in the order of the keys."""
        for key in keys:
            for value in self.meta.get(key, ()):
                value = f.clean(value)
                if value:
                    return value
        return None

    def all(self, *keys: str) -> list[str]:
        return [v for key in keys for v in self.meta.get(key, ()) if v.strip()]


def head(page: Page) -> Head:
    """The page's meta/link/script/title elements, collected in one pass (cached)."""
    found = page.cache.get("head")
    if found is not None:
        return found
    found = Head()
    root = page.tree
    found.lang = root.get("lang") or root.get("xml:lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    for el, tag in _head_elements(page):
        if tag == "h1":
            found.h1s.append(el)
        elif tag == "h2":
            found.h2s.append(el)
        elif tag == "meta":
            key = el.get("property") or el.get("name") or el.get("http-equiv")
            content = el.get("content")
            if key and content is not None:
                found.meta.setdefault(key.strip().casefold(), []).append(content)
        elif tag == "link":
            href = el.get("href")
            rel = el.get("rel")
            if href and rel:
                for token in rel.casefold().split():
                    found.links.setdefault(token, []).append(href.strip())
        elif tag == "script":
            kind = (el.get("type") or "").strip().casefold()
            if kind == "application/ld+json":
                found.jsonld.append(el.text or "")
            elif el.get("id") and kind in ("application/json", "text/json", ""):
                found.json_scripts[el.get("id")] = el.text or ""
        elif found.title is None:
            found.title = f.clean(el.text_content())
    page.cache["head"] = found
    return found


#: The tags :func:`head` reads.
_HEAD_TAGS = frozenset(("meta", "link", "script", "title", "h1", "h2"))


def _head_elements(page: Page) -> list[tuple[Any, str]]:
    """The page's ``meta``, ``link``, ``script``, ``title``, ``h1`` and ``h2`` elements
    with their tags, in page order, picked from :attr:`Page.elements` (the walk the
    microdata, byline, date and feature layers read too): a Python loop over the tags
    already read costs less than libxml2's walk of the tree for six names and a proxy
    for each element found (``root.iter(...)``: 0.13 ms a trafeval page)."""
    elements = page.elements
    tags = elements.tags
    nodes = elements.nodes
    return [(nodes[at], tag) for at, tag in enumerate(tags) if tag in _HEAD_TAGS]


def canonical_url(page: Page) -> str | None:
    """The page's canonical URL, absolute (cached: three layers ask, and its ``urljoin``
    is most of the answer: 11 µs a page, 0.4 µs cached, on trafeval)."""
    if "canonical_url" not in page.cache:
        h = head(page)
        hrefs = h.links.get("canonical", []) + h.meta.get("og:url", [])
        page.cache["canonical_url"] = next(filter(None, (f.absolute(page, href) for href in hrefs)), None)
    return page.cache["canonical_url"]


#: Twitter card label/data pairs ("twitter:label1" = "Written by", "twitter:data1" = the
#: author), as WordPress SEO plugins write them in the site's language.
_CARD_LABELS = 4


def _labelled_authors(h: Head) -> list[str]:
    found = []
    for n in range(1, _CARD_LABELS + 1):
        label, data = h.first(f"twitter:label{n}"), h.first(f"twitter:data{n}")
        if label and data and people.opens_byline(label):
            found.append(data)
    return found


#: Metas naming the page's language and, often, its country (``og:locale`` ``es_CO``).
LOCALE_KEYS = ("og:locale", "content-language", "dc.language", "dcterms.language", "language")
#: Meta names of the story's authors: the standards', analytics and recommendation tags'
#: (Parse.ly, Sailthru, Cxense on Nordic and Japanese sites, Dable on Korean ones).
AUTHOR_KEYS = ("author", "authors", "article:author", "og:article:author", "og:author", "article:author_name",
               "dc.creator", "dc:creator", "dc.creator.aut", "dcterms.creator", "dcterms:creator",
               "parsely-author", "sailthru.author", "byl", "dcsext.author", "cxenseparse:author", "dable:author",
               "shareaholic:article_author_name")


def extract(page: Page) -> dict[str, Any]:
    """Raw fields from meta and link elements (no dates: ``pagedates`` reads those)."""
    h = head(page)
    out: dict[str, Any] = {
        "canonicalUrl": canonical_url(page),
        "headline": h.first("og:title", "twitter:title", "dc.title", "dcterms.title") or h.title,
        "description": h.first("og:description", "description", "twitter:description", "dc.description",
                               "dcterms.description"),
        "publisher": h.first("og:site_name", "dc.publisher", "dcterms.publisher", "application-name"),
        "section": h.first("article:section", "section", "parsely-section", "dc.subject"),
        "inLanguage": f.language(h.lang or h.first(*LOCALE_KEYS)),
    }
    authors = h.all(*AUTHOR_KEYS)
    authors.extend(_labelled_authors(h))
    out["authors"] = people.authors(authors)
    out["_authorTexts"] = authors
    keywords: list[str] = []
    for key in ("news_keywords", "keywords", "article:tag", "parsely-tags"):
        for value in h.meta.get(key, ()):
            keywords.extend(f.split_keywords(value))
    out["keywords"] = keywords
    image = h.first("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
    out["mainImage"] = f.image(page, image)
    tier = (h.first("article:content_tier") or "").casefold()
    out["isAccessibleForFree"] = {"free": True, "locked": False, "metered": False}.get(tier)
    out["_ogType"] = (h.first("og:type") or "").casefold() or None
    return out
