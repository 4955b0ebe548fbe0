"""schema.org microdata: the ``itemscope`` whose ``itemtype`` is an article, and its
own ``itemprop`` values (not those of nested items, except an author's name)."""

from __future__ import annotations

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
    """Whether the page's HTML spells ``itemtype`` at all (cached): most pages have no
    microdata, and this substring test costs less than any XPath looking for it.
    (HTML attribute names are caseless: React writes ``itemType``.) Asked of the
    page's UTF-8 bytes (:attr:`Page.utf8_text`, see :func:`spells_itemtype`), else of its text."""
    if "microdata_marked" not in page.cache:
        source = page.utf8_text
        page.cache["microdata_marked"] = spells_itemtype(page.html if source is None else source)
    return page.cache["microdata_marked"]


def spells_itemtype(html: str | bytes) -> bool:
    """Whether ``html`` holds one of :data:`_ITEMTYPE_SPELLINGS`: "itemType" and "ItemType"
    by one scan for "emType" (and a look at the letters before it), so that a page
    without microdata, most, is scanned three times, not four: 0.39 -> 0.32 ms a page on
    wcxb (its 1,356 pages, same answers; ``"x" in html`` costs ~0.1 ms on 300,000
    characters).

    Bytes (the page in UTF-8) are first lower-cased, ASCII letters only, and scanned
    once for "itemtype", which every spelling becomes: a page with none of them, most,
    is then told in one scan of a copy, not three of the text (a text with a character
    past U+00FF, most pages, is two or four bytes a character). 0.64 -> 0.30 ms a page
    on wcxb, 0.22 -> 0.14 on trafeval (same answers on all their pages)."""
    if isinstance(html, bytes):
        if b"itemtype" not in html.lower():
            return False
        whole, capitals, tail, heads = _BYTES_NEEDLES
    else:
        whole, capitals, tail, heads = _TEXT_NEEDLES
    if whole in html or capitals in html:
        return True
    at = html.find(tail)
    while at >= 0:
        if at >= 2 and html[at - 2:at] in heads:
            return True
        at = html.find(tail, at + 1)
    return False


#: What :func:`spells_itemtype` looks for, in a text and in bytes.
_TEXT_NEEDLES = ("itemtype", "ITEMTYPE", "emType", ("it", "It"))
_BYTES_NEEDLES = (b"itemtype", b"ITEMTYPE", b"emType", (b"it", b"It"))


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


def _nested_names(els: list[HtmlElement]) -> list[Any]:
    """Author values: a nested Person's ``name``, else the element's text."""
    values: list[Any] = []
    for el in els:
        if el.get("itemscope") is not None:
            kind = _kind(el)
            name = properties(el).get("name")
            value = _value(name[0]) if name else el.text_content()
            values.append({"@type": "Organization" if kind & {"organization", "newsmediaorganization"} else "Person",
                           "name": value})
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

