"""schema.org microdata: the ``itemscope`` whose ``itemtype`` is an article, and its
own ``itemprop`` values (not those of nested items, except an author's name)."""

from __future__ import annotations

from itertools import repeat
from operator import contains
from typing import TYPE_CHECKING, Any

from lxml import etree

from newsspider.extract import fields as f
from newsspider.extract import people
from newsspider.extract.jsonld import ARTICLE_TYPES

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from newsspider.extract.page import Page

#: Elements with both ``itemscope`` and ``itemtype``, in document order. Reached from
#: the ``itemtype`` attributes (``//@itemtype/parent::*``), not by testing two
#: predicates on every element (``//*[@itemscope][@itemtype]``): the same elements,
#: in 0.43-0.48 ms instead of 0.63-0.67 a page on the 644 trafeval and wcxb pages
#: that spell ``itemtype`` (two interleaved runs).
_SCOPES = etree.XPath("//@itemtype/parent::*[@itemscope]")
#: How pages spell the attribute: lxml reads any spelling as ``itemtype``.
_ITEMTYPE_SPELLINGS = ("itemtype", "itemType", "ITEMTYPE", "ItemType")
_VALUE_ATTRS = {"meta": "content", "time": "datetime", "a": "href", "link": "href", "img": "src",
                "data": "value", "meter": "value", "object": "data", "source": "src"}


def _value(el: HtmlElement) -> str | None:
    attr = _VALUE_ATTRS.get(el.tag)
    if attr and el.get(attr) is not None:
        return el.get(attr)
    if el.get("content") is not None:
        return el.get("content")
    return el.text_content()


def type_names(itemtype: str) -> list[str]:
    """The schema.org type names an ``itemtype`` value gives, lower case
    (``"https://schema.org/NewsArticle"`` → ``["newsarticle"]``)."""
    return [t.rstrip("/").rsplit("/", 1)[-1].casefold() for t in itemtype.split()]


def _kind(el: HtmlElement) -> set[str]:
    return set(type_names(el.get("itemtype") or ""))


def marked(page: Page) -> bool:
    """Whether an element of the page has an ``itemtype`` attribute (cached): most pages
    have no microdata, and the XPaths looking for it are skipped. Read from the attribute
    names of :attr:`Page.elements` (libxml2 writes them in lower case: React's ``itemType``
    too), which the page features, bylines and dates read anyway: 0.03 ms a page against
    0.22 (trafeval) and 0.49 (wcxb) to search the HTML for the attribute's spellings (the
    same pages, but those where ``itemtype`` is only in a script's text). Where the parse
    left elements beside the root element (a broken page's second ``<html>``), which the
    walk does not read, the HTML is searched."""
    if "microdata_marked" not in page.cache:
        root = page.tree
        if next(root.itersiblings(etree.Element), None) is None \
                and next(root.itersiblings(etree.Element, preceding=True), None) is None:
            page.cache["microdata_marked"] = any(map(contains, page.elements.names, repeat("itemtype")))
        else:
            page.cache["microdata_marked"] = spells_itemtype(page.html)
    return page.cache["microdata_marked"]


def spells_itemtype(html: str) -> bool:
    """Whether ``html`` holds one of :data:`_ITEMTYPE_SPELLINGS`: "itemType" and "ItemType"
    by one scan for "emType" (and a look at the letters before it), so that a page
    without microdata, most, is scanned three times, not four: 0.39 -> 0.32 ms a page on
    wcxb (its 1,356 pages, same answers; ``"x" in html`` costs ~0.1 ms on 300,000
    characters)."""
    if "itemtype" in html or "ITEMTYPE" in html:
        return True
    at = html.find("emType")
    while at >= 0:
        if at >= 2 and html[at - 2:at] in ("it", "It"):
            return True
        at = html.find("emType", at + 1)
    return False


def article_scope(page: Page) -> HtmlElement | None:
    """The outermost article ``itemscope`` (cached)."""
    if "microdata_scope" not in page.cache:
        found = _SCOPES(page.tree) if marked(page) else []
        scopes = [el for el in found if _kind(el) & ARTICLE_TYPES]
        scopes.sort(key=lambda el: _kind(el) <= {"webpage"})
        page.cache["microdata_scope"] = scopes[0] if scopes else None
    return page.cache["microdata_scope"]


def properties(scope: HtmlElement) -> dict[str, list[HtmlElement]]:
    """``itemprop`` name → elements belonging to ``scope`` itself (not to a nested item)."""
    props: dict[str, list[HtmlElement]] = {}
    for el in scope.iterdescendants():
        names = el.get("itemprop") if isinstance(el.tag, str) else None
        if not names:
            continue
        owner = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
        if owner is not scope:
            continue
        for name in names.split():
            props.setdefault(name, []).append(el)
    return props


#: Elements whose microdata value is a URL: as a name, their text is read instead
#: (``<a itemprop="author" href="/staff/ann-lee.html">Ann Lee</a>``; a ``<link>`` has none).
_URL_VALUED = frozenset({"a", "link", "img", "object", "source", "area", "audio", "video", "embed", "iframe", "track"})


def _nested_names(els: list[HtmlElement]) -> list[Any]:
    """Author values: a nested Person's ``name``, else the element's value, or its text
    where the value is a URL (the author's page is not a name)."""
    values: list[Any] = []
    for el in els:
        if el.get("itemscope") is not None:
            kind = _kind(el)
            name = properties(el).get("name")
            value = _value(name[0]) if name else el.text_content()
            values.append({"@type": "Organization" if kind & {"organization", "newsmediaorganization"} else "Person",
                           "name": value})
        elif el.tag in _URL_VALUED:
            values.append(el.text_content())
        else:
            values.append(_value(el))
    return values


def extract(page: Page) -> dict[str, Any]:
    scope = article_scope(page)
    if scope is None:
        return {}
    props = properties(scope)

    def first(name: str) -> str | None:
        return next((v for el in props.get(name, ()) if (v := f.clean(_value(el)))), None)

    body_els = props.get("articleBody") or props.get("text") or []
    body = "\n\n".join(t for el in body_els if (t := f.element_text(el)))
    images = []
    for el in props.get("image", []) + props.get("thumbnailUrl", []):
        if el.get("itemscope") is not None:
            inner = properties(el)
            el = (inner.get("url") or inner.get("contentUrl") or [el])[0]
        images.append(_value(el))
    publisher = props.get("publisher")
    publisher_name = _nested_names(publisher)[0] if publisher else None
    if isinstance(publisher_name, dict):
        publisher_name = publisher_name.get("name")
    author_values = _nested_names(props.get("author", []) + props.get("creator", []))
    return {
        "headline": first("headline") or first("name"),
        "description": first("description"),
        "articleBody": body,
        "authors": people.authors(author_values),
        "_authorValues": author_values,
        "section": first("articleSection"),
        "keywords": [k for el in props.get("keywords", ()) for k in f.split_keywords(_value(el))],
        "mainImage": f.image(page, images),
        "inLanguage": f.language(first("inLanguage")),
        "publisher": f.clean(publisher_name),
        "isAccessibleForFree": {"true": True, "false": False}.get((first("isAccessibleForFree") or "").casefold()),
        "_types": _kind(scope),
    }

