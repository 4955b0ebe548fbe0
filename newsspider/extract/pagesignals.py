"""Signals of what a page is, beside :mod:`newsspider.extract.pagefeatures`, read by
the hand rules of :func:`newsspider.extract.classify.marked_kind` and by
:func:`~newsspider.extract.classify.kind_of`: the schema.org microdata on the page
(a forum's posts and comments, a shop's product and offers, a list's items are
marked in microdata as often as in JSON-LD, and the page features read only
JSON-LD), and the lists nested in lists in navigation (a documentation site's tree
of pages).

Two XPaths evaluated in C (``count()`` builds no element; the ``@itemtype`` values
are plain strings, read only where the HTML spells ``itemtype``): no walk over the
tree in Python. They cost a sixth of the page features (0.79 against 4.69 ms a
wcxb page, same run, a loaded machine), and are read only for an undated page the
model is asked about or a page it rejects (half of wcxb's pages, 6% of aeb's news
pages): ``early_type`` took 0.93 against 0.76 ms a wcxb page with the rules read
and without, 0.105 against 0.057 ms an aeb page (parse and page features excluded;
interleaved, best of 3, loaded machine). The structured-data signals alone
(:func:`typed`: thread and product types) are read for every page whose JSON-LD
names no article: ``marked_kind`` 0.056 → 0.143 ms a trafeval page, 0.58 a wcxb
page (parse and page features excluded, same machine, one run each). XPaths for link headings and for price
``itemprop`` values, as costly again, were tried as model features and left out:
their gain in cross-validation by site was within the folds' noise. Nothing names
a site.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING

from lxml import etree

from newsspider.extract import jsonld, microdata
from newsspider.extract.pagefeatures import TYPE_GROUPS

if TYPE_CHECKING:
    from newsspider.extract.page import Page

#: Microdata types, by the kind of page they mark: those of the page features'
#: JSON-LD groups, and the comments microdata adds for a thread's posts.
MICRODATA_GROUPS: dict[str, frozenset[str]] = {
    "product": TYPE_GROUPS["product"] | {"aggregaterating"},
    "forum": TYPE_GROUPS["forum"] | {"usercomments", "interactioncounter"},
    "list": TYPE_GROUPS["list"],
    "docs": TYPE_GROUPS["docs"],
}

#: The types that say the page itself is a thread (one post and its replies, or a
#: question and its answers), in JSON-LD or microdata: a story's comments are
#: ``Comment`` items, never these.
THREAD_TYPES = frozenset({"discussionforumposting", "qapage"})
#: The types that say the page is about a product; in microdata only with an
#: ``Offer`` beside it (a review marks the product it reviews, not an offer).
PRODUCT_TYPES = frozenset({"product", "productgroup", "individualproduct", "productmodel"})
_OFFER_TYPES = frozenset({"offer", "aggregateoffer"})

#: Signal names.
NAMES: tuple[str, ...] = (
    *(f"md_{group}" for group in MICRODATA_GROUPS),
    "nav_nested", "thread_type", "product_type",
)

_ITEMTYPES = etree.XPath("//@itemtype", smart_strings=False)
#: A list in a ``<nav>`` inside an ``<aside>`` (or the reverse) counts twice. A docs
#: site's tree of pages is a list of ``<ul>`` or of ``<ol>`` (a book's chapters, a
#: reference's sections): with ``<ol>`` in ``<ol>`` counted too, the documentation rule
#: of ``classify.kind_by_marks`` took 4 more of wcxb's documentation pages, no article
#: of any set (cross-validated by site, 2026-12-05). Four plain paths: one path for
#: either list (``*[self::ul or self::ol]``) tests every element under the navigation,
#: 0.37 ms a wcxb page against 0.25 (0.23 for ``<ul>`` alone; same run).
_NAV_NESTED = etree.XPath("count(//nav//ul//ul) + count(//aside//ul//ul)"
                          " + count(//nav//ol//ol) + count(//aside//ol//ol)")


def features(page: Page) -> dict[str, float]:
    """The signals by name (every name in :data:`NAMES`; counts on a log scale, as
    the page features'), cached on the page."""
    found = page.cache.get("page_signals")
    if found is None:
        found = {**typed(page), "nav_nested": math.log1p(_NAV_NESTED(page.tree))}
        page.cache["page_signals"] = found
    return found


def typed(page: Page) -> dict[str, float]:
    """The signals of the structured data alone (all but ``nav_nested``), cached on
    the page: the JSON-LD types are parsed already, the microdata read only where the
    HTML spells ``itemtype``, so a page is asked for these without the XPath over
    its navigation."""
    found = page.cache.get("page_signal_types")
    if found is None:
        found = {name: 0.0 for name in NAMES if name != "nav_nested"}
        kinds = _microdata(page, found)
        types = jsonld.all_types(page)
        found["thread_type"] = float(bool((types | kinds.keys()) & THREAD_TYPES))
        found["product_type"] = float(bool(types & PRODUCT_TYPES or (kinds.keys() & PRODUCT_TYPES
                                                                     and kinds.keys() & _OFFER_TYPES)))
        page.cache["page_signal_types"] = found
    return found


def _microdata(page: Page, out: dict[str, float]) -> Counter[str]:
    """How many items of each group the microdata holds (log scale): a thread marks
    every post, a product page its product, offer and rating. Returns the items by type."""
    if not microdata.marked(page):
        return Counter()
    kinds = Counter(name for value in _ITEMTYPES(page.tree) for name in microdata.type_names(value))
    for group, members in MICRODATA_GROUPS.items():
        out[f"md_{group}"] = math.log1p(sum(n for kind, n in kinds.items() if kind in members))
    return kinds
