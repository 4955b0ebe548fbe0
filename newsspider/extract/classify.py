"""What a page is: ``article``, ``liveblog``, ``video``, ``section`` (a front or list
page), ``blocked`` (access denied, bot check, captcha), ``paywall`` (a paywall
with next to no story), ``error`` (a "page not found" served with status 200),
and the pages that are no stories however long their text: ``forum`` (a thread),
``product`` (a shop's product page), ``documentation``, ``service`` (a company's
pages about what it sells or does); a shop's category grid is a ``section`` too.

Two steps. :func:`early_type`, before the body is extracted, asks the page-type
model (:mod:`newsspider.extract.pagemodel`, on the generic features of
:mod:`newsspider.extract.pagefeatures`) whether the page is an article, and
:func:`marked_kind` whether the page carries a documentation site's, a forum
thread's or a shop product page's marks (:mod:`newsspider.extract.pagesignals`)
strongly enough to be one whatever the model says; a page either rejects is not extracted further
(a product grid or a long thread is where main text extraction costs most), and
:func:`kind_of` names what it is from the same features. :func:`page_type`, after
extraction, applies the hand rules. Only strong signals change a page's type away
from ``article``: an article page taken for something else is a story lost (the
PageTypePipeline drops it), so the model's threshold is the one that kept 99.5% of
the articles of every training set (those the hand rules leave) in cross-validation
grouped by site, the marked
kinds ask for a page whose structured data names no article (and, but for a thread,
no date of publication), and every rule of
:func:`page_type` asks for a short body (the last, for a page the model doubted
and extraction found undated: :func:`doubted`).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newsspider.extract import jsonld, meta, pagefeatures, pagemodel, pagesignals

if TYPE_CHECKING:
    from newsspider.extract.page import Page

_BLOCKED_TITLE = re.compile(
    r"^\s*(access denied|attention required|just a moment|are you a robot|pardon our interruption|"
    r"security check|captcha|request unsuccessful|403 forbidden|forbidden|bot verification|robot check|"
    r"verify you are (a )?human|please verify|one more step|checking your browser|ddos-guard|"
    r"you have been blocked|request blocked)",
    re.I,
)
#: Marks of bot checks and access-denied pages in the HTML, lower case (substring tests).
BLOCKED_MARKS = (
    "verify you are human", "verify you are a human", "are you a robot", "unusual traffic from your",
    "enable javascript and cookies to continue", "checking if the site connection is secure",
    "checking your browser", "press & hold", "press &amp; hold", "px-captcha",
    "cf-challenge", "challenge-form", "why have i been blocked", "you don't have permission to access",
    "incapsula incident", "access to this page has been denied", "captcha-delivery",
    "ddos-shield.appspot.com",
)
_ERROR_TITLE = re.compile(
    r"(\b404\b|page not found|not found|page (does not|doesn't) exist|no longer available|"
    r"page (is )?unavailable|error page|oops)",
    re.I,
)
_SECTION_TYPES = {"collectionpage", "itemlist", "searchresultspage"}
_ARTICLE_TYPES = {
    "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "article", "blogposting",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
}


def says_article(*type_sets: set[str] | None) -> bool:
    """Whether any of the structured-data type sets names an article type."""
    return any(types and types & _ARTICLE_TYPES for types in type_sets)


#: A body this short is no story (a teaser, a list of links, an error notice).
SHORT_BODY = 500


def _section_url(url: str) -> bool:
    """``/``, ``/business/``, ``/news/world`` (no digits, no long slug): a front's address."""
    path = urlsplit(url or "").path.strip("/")
    if not path:
        return True
    segments = path.split("/")
    return len(segments) <= 2 and not re.search(r"\d", path) and all(s.count("-") < 2 for s in segments) \
        and not path.endswith((".html", ".htm", ".cms", ".ece", ".php", ".aspx"))


def _blocked_marks(html: str) -> bool:
    text = html[:300_000].lower()
    return any(mark in text for mark in BLOCKED_MARKS)


def page_type(page: Page, *, body: str, types: set[str], main_types: set[str], og_type: str | None,
              title: str | None, paywalled: bool | None, bot_marks: bool = True, dated: bool = True) -> str:
    """``types``: every JSON-LD/microdata type on the page; ``main_types``: those of the
    article object used (empty when none); ``body``: the extracted body; ``bot_marks``:
    whether to look for a bot check's marks in the HTML (:data:`BLOCKED_MARKS`);
    ``dated``: whether extraction found the page's date of publication (the undated
    short page the model doubted is no story: :func:`doubted`)."""
    short = len(body) < SHORT_BODY
    if short and (_BLOCKED_TITLE.search(title or "") or (bot_marks and _blocked_marks(page.html))):
        return "blocked"
    if "liveblogposting" in main_types or (not main_types and "liveblogposting" in types):
        return "liveblog"
    article_signal = bool(main_types & _ARTICLE_TYPES) or og_type == "article"
    if short and _ERROR_TITLE.search(title or "") and not article_signal:
        return "error"
    if not main_types & _ARTICLE_TYPES and (og_type or "").startswith("video") and short:
        return "video"
    if not main_types & _ARTICLE_TYPES and "videoobject" in types and not article_signal and short:
        return "video"
    front = _section_url(page.url) and (og_type == "website" or not urlsplit(page.url or "").path.strip("/"))
    if not article_signal and short and (types & _SECTION_TYPES or front):
        return "section"
    if paywalled is False and len(body) < 150:
        return "paywall"
    if not dated and not article_signal and len(body) < DOUBTED_BODY and doubted(page):
        return kind_of(marks(page))
    return "article"


#: A page the model kept with a probability of being an article under this (even odds)...
DOUBTED_PROBABILITY = 0.5
#: ...whose extracted body is shorter than this (characters), with no date of
#: publication found anywhere and no article type, is no story: a reader tells a story
#: by its dated headline and its prose, and such a page has neither. Cross-validated
#: by site (the model's answers for sites it was not trained on, ``keeping_cv.py``):
#: 9 more of wcxb's 645 other pages dropped (listings, category grids, a service
#: page), 2 of 2,630 pages labelled article (a legal-aid service page, a press
#: office's list of releases); in-sample 3 more, and a shop's terms and conditions
#: page labelled article (2026-12-05).
DOUBTED_BODY = 2 * SHORT_BODY


def doubted(page: Page) -> bool:
    """Whether :func:`early_type` asked the model about the page and it answered under
    :data:`DOUBTED_PROBABILITY` (kept, the threshold being lower)."""
    probability = page.cache.get("article_probability")
    return probability is not None and probability < DOUBTED_PROBABILITY


#: Pages with less text than this (characters) are left to the hand rules: the
#: model learned on real pages, where fewer than 1% have so little (a notice, a
#: teaser, a hand-written test page), and its features mean little there.
MODEL_MIN_TEXT = 500

#: What the hand rules of :func:`page_type` can tell without the body.
_EARLY_RULED = frozenset({"blocked", "liveblog", "error", "video"})

#: A page with more text than this (characters) is no bot check, whatever its HTML
#: holds: bot-check scripts (DataDome's ``captcha-delivery``, PerimeterX's
#: ``px-captcha``) sit on sites' ordinary pages too. Searching the HTML for the marks
#: cost 1 ms a rejected page on wcxb (300 KB of HTML lower-cased, 18 searches); no page of the
#: bench sets the model rejects was taken for a bot check.
BOT_CHECK_TEXT = 2000


#: The names :func:`marks` gives: the page features', then the page signals'.
MARKS: tuple[str, ...] = (*pagefeatures.NAMES, *pagesignals.NAMES)


def marks(page: Page) -> dict[str, float]:
    """The page features (:mod:`~newsspider.extract.pagefeatures`, which the model
    reads) and the page signals (:mod:`~newsspider.extract.pagesignals`), by name."""
    return {**pagefeatures.features(page), **pagesignals.features(page)}


def early_type(page: Page) -> str:
    """``article``, or the kind of page the page-type model is sure is not one: named
    by the hand rules where one applies (a bot check, a video...), else by
    :func:`kind_of`. A page whose own markup says it is a dated article is one
    (:func:`_marked_article`): the features are not computed for it. The model's
    answer is kept on the page (``article_probability``) for :func:`page_type` after
    extraction (:func:`doubted`)."""
    main = jsonld.main_article(page)
    main_types = jsonld.types_of(main) if main else set()
    og_type = (meta.head(page).first("og:type") or "").casefold() or None
    if _marked_article(page, main_types, og_type):
        return "article"
    model = pagemodel.model()
    found = pagefeatures.features(page, leave=pagefeatures.LATER)
    if found["log_text"] < math.log1p(MODEL_MIN_TEXT):
        return "article"
    marked = marked_kind(page)
    if marked is None:
        probability = page.cache["article_probability"] = _article_probability(page, model)
        if probability >= model.threshold:
            return "article"
    ruled = page_type(page, body="", types=jsonld.all_types(page), main_types=main_types, og_type=og_type,
                      title=meta.head(page).title, paywalled=None,
                      bot_marks=found["log_text"] < math.log1p(BOT_CHECK_TEXT))
    return ruled if ruled in _EARLY_RULED else marked or kind_of(marks(page))


def _marked_article(page: Page, main_types: set[str], og_type: str | None) -> bool:
    """Whether the page's own markup settles that it is an article, so that the page
    features are not computed: its JSON-LD names an article as its subject, or its
    ``og:type`` is article and it is dated, by a published-time meta beside an author
    meta or by its address; and none of the rules of :func:`kind_by_marks` could
    apply (a dated page is no product page by them; no thread type, not so much code
    that it may be documentation).

    Before, only a page whose article object and ``og:type`` both said article was
    settled (272 of trafeval's 949 pages, 204 of wcxb's 1,356, 264 of dates' 779);
    now 432, 385 and 403 are. Of the other pages of wcxb, 9 more are settled, each
    kept by the model anyway in cross-validation by site: through the pipelines with
    the out-of-fold answers (``keeping_cv.py``), the same pages kept and dropped on
    wcxb (705/711 articles, 505/645 others), trafeval (930/949) and dates (763/779)
    (2026-12-05). With :func:`_article_probability` and the byline changes before it,
    ``extract()`` CPU a page against main (``bench_ab.py``, 5 interleaved rounds, one
    run): trafeval 9.14 -> 7.69, wcxb 8.90 -> 8.01, dates 8.07 -> 6.69; instructions of
    ``extract()`` (callgrind, the first 60 pages of each of the three): 67.9M a page
    -> 59.3M before this rule, 57.2M with it; a crawl of trafeval (``profile_crawl.py
    --no-profile``, two runs each in turns): 17.74 -> 15.60 s CPU, the bare spider 5.51."""
    if main_types & _ARTICLE_TYPES:
        return True
    if og_type != "article":
        return False
    head = meta.head(page)
    url_dated = pagefeatures.url_dated(urlsplit(page.url or "").path.casefold())
    if not (url_dated or head.first(*pagefeatures.PUBLISHED_METAS) and head.first(*pagefeatures.AUTHOR_METAS)):
        return False
    code_heavy = not url_dated and page.elements.tags.count("code") >= DOCS_MIN_CODE_DATED
    return not code_heavy and not pagesignals.typed(page)["thread_type"]


def _article_probability(page: Page, model: pagemodel.Model) -> float:
    """The model's P(article) for the page; where the model is sure of an article (at
    least :data:`DOUBTED_PROBABILITY`, over its threshold) whatever the dearest features
    (``pagefeatures.LATER``) say, the least it could answer, and those not computed:
    the same page types, with less work. Of the pages the model is asked about, it is
    sure without the text model and the links on 388 of trafeval's 676 (wcxb 336 of
    1,142, dates 329 of 509), without the links on 568 (432, 446). With the byline
    changes of the same commit, ``extract()`` CPU a page (``bench_ab.py`` against main,
    5 interleaved rounds, on a loaded machine): trafeval 11.13 -> 10.05, wcxb 12.18 ->
    11.61, dates 10.24 -> 10.07; ``classify.early_type`` on trafeval 2.33 -> 1.82 ms a
    page (timed a layer at a time, one run each); instructions of ``extract()``
    (callgrind, the first 60 pages of trafeval, wcxb and dates): 67.9M -> 59.3M a page."""
    threshold = max(model.threshold, DOUBTED_PROBABILITY)
    for leave in (tuple(pagefeatures.LATER), ("links",)):
        least = model.least(model.vector(pagefeatures.features(page, leave)))
        if least >= threshold:
            return least
    return model.probability(model.vector(pagefeatures.features(page)))


#: A documentation page: this many ``<code>`` elements (a story quotes a command or
#: two, a reference page one per name)...
DOCS_MIN_CODE = 12
#: ...and a docs site's furniture: this many lists nested in lists in ``<nav>`` or
#: ``<aside>`` (the tree of the site's pages)...
DOCS_MIN_NESTED_NAV = 4
#: ...or this many class and id values of documentation words (``toc``, ``sidebar``,
#: ``api``, ``highlight``... see :data:`pagefeatures.CLASS_GROUPS`).
DOCS_MIN_CLASS_WORDS = 33
#: A documentation page whose generator marks it ``og:type`` article or stamps a
#: publication time (a docs theme does, for every page): this many ``<code>``
#: elements, and both marks of a docs site (:data:`DOCS_MIN_NESTED_NAV`,
#: :data:`DOCS_MIN_CLASS_WORDS`). A programmer's blog post quotes as much code, but
#: has no tree of pages in its navigation or no docs furniture: of the bench sets'
#: 2,630 articles, 7 have 20 ``<code>`` or more, no JSON-LD article and no date in
#: the address; the most docs class words among them is 23 and none has a tree.
DOCS_MIN_CODE_DATED = 30
#: A thread: this many forum items in the microdata (posts, comments, answers, their
#: interaction counters); a story marks its few comments, if any.
FORUM_MIN_ITEMS = 12


def undated(x: dict[str, float]) -> bool:
    """No mark of a dated publication: no ``og:type`` article, no JSON-LD article
    object, no published-time meta, no date in the address. Every story of the
    bench sets with the marks of :func:`marked_kind` has one of these."""
    return not (x["og_article"] or x["main_article_type"] or x["meta_published"] or x["url_date"])


def marked_kind(page: Page) -> str | None:
    """``documentation``, ``forum`` or ``product`` where the page carries that kind's
    marks strongly enough to say so whatever the model says (the model learns sites,
    and misses the docs, threads and shop pages of sites it has not seen; see
    :func:`kind_by_marks`). The page signals are read only for a page whose JSON-LD
    names no article as its subject (most stories do); the navigation's, only for an
    undated page (:func:`undated`) or one with much code (:func:`_code_heavy`), the
    ones the documentation rules ask about."""
    found = pagefeatures.features(page, leave=pagefeatures.LATER)  # the rules read none of them
    if found["main_article_type"]:
        return None
    read_nav = undated(found) or _code_heavy(found)
    signals = pagesignals.features(page) if read_nav else pagesignals.typed(page)
    return kind_by_marks({**found, **signals})


def _code_heavy(x: dict[str, float]) -> bool:
    """Code enough for the documentation rule of a page that looks dated
    (:data:`DOCS_MIN_CODE_DATED`), and no date in its address."""
    return not x["url_date"] and x["n_code"] >= math.log1p(DOCS_MIN_CODE_DATED)


def kind_by_marks(x: dict[str, float]) -> str | None:
    """:func:`marked_kind` on the page's :func:`marks`. In cross-validation by site
    (``benchmarks/train_pagetype.py``), with the model's threshold unchanged:

    - an undated page (:func:`undated`) with many forum items in its microdata, or
      with a docs site's code and navigation, is a thread or a documentation page:
      34 more of wcxb's 645 other pages dropped, no article of any set;
    - a page that says it is a thread (``DiscussionForumPosting``, ``QAPage``) and
      names no article as its subject is one: 26 more, and 4 pages of trafeval
      (3 of them in dates too) labelled article, each a forum thread;
    - a page that says it is about a product (``og:type`` product, a JSON-LD
      ``Product``, a microdata ``Product`` with an ``Offer``) and carries no mark of
      a dated publication nor any article type is a shop's product page: 28 more,
      and 7 of trafeval (1 in dates too) labelled article, each a shop's or a
      rental's product page;
    - a page that looks dated only by its ``og:type`` or a published-time meta (no
      JSON-LD article, no date in the address), with much code, a tree of pages in
      its navigation and a docs site's class words, is documentation: 2 more of wcxb
      (cross-validated by site, 200 trees, each of the 4 shuffles), no article of any
      set (2026-12-05).
    """
    if x["thread_type"] and not x["main_article_type"]:
        return "forum"
    if (x["product_type"] or x["og_product"]) and undated(x) and not x["type_article"]:
        return "product"
    if not undated(x):
        return "documentation" if _dated_docs(x) else None
    if x["md_forum"] >= math.log1p(FORUM_MIN_ITEMS):  # first: a programmers' forum quotes code
        return "forum"
    if x["n_code"] >= math.log1p(DOCS_MIN_CODE) and (
            x["nav_nested"] >= math.log1p(DOCS_MIN_NESTED_NAV) or x["class_docs"] >= math.log1p(DOCS_MIN_CLASS_WORDS)):
        return "documentation"
    return None


def _dated_docs(x: dict[str, float]) -> bool:
    """The documentation rule for a page that looks dated (:data:`DOCS_MIN_CODE_DATED`);
    ``nav_nested`` is read only for such a page (:func:`_code_heavy`)."""
    return not x["main_article_type"] and _code_heavy(x) and x["nav_nested"] >= math.log1p(DOCS_MIN_NESTED_NAV) \
        and x["class_docs"] >= math.log1p(DOCS_MIN_CLASS_WORDS)


def kind_of(x: dict[str, float]) -> str:
    """What a page that is no article is, from its features (:data:`MARKS`):
    the kind whose marks are strongest (structured-data types first, then the URL,
    then the layout)."""
    scores = {
        "product": 3 * (x["type_product"] > 0 or x["md_product"] > 0) + 2 * x["og_product"]
        + (x["prices_per_kchar"] > 1) + (x["class_cart"] > 1.5) + (x["url_product"] > 0),
        "forum": 3 * (x["type_forum"] > 0) + 2 * (x["url_forum"] > 0) + (x["class_comment"] > 2)
        + (x["dates_per_kchar"] > 1) + (x["class_forum"] > 2) + 2 * (x["md_forum"] > 1.5),
        "section": 3 * (x["type_list"] > 0 or x["md_list"] > 0) + (x["url_list"] > 0) + (x["class_teaser"] > 2.5)
        + (x["links_per_kchar"] > 20) + (x["link_share"] > 0.5),
        "documentation": 3 * (x["type_docs"] > 0 or x["md_docs"] > 0) + 2 * (x["url_docs"] > 0)
        + (x["n_pre"] > 0.7) + (x["n_code"] > 1.5) + (x["class_docs"] > 2) + (x["nav_nested"] > 1.5),
        "service": 1.5 + (x["url_service"] > 0) + (x["type_service"] > 0) + (x["class_marketing"] > 2),
    }
    return max(scores, key=lambda kind: scores[kind])
