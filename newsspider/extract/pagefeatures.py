"""Generic properties of a page that tell an article from a forum thread, a product
page, a list or grid of teasers, a documentation page or a service page.

The page's elements as :attr:`Page.elements` read them once (tags, classes, ids) and
XPaths for the texts count elements, text, text in links, paragraphs and the class/id
vocabulary of page furniture (see :func:`_walk`; same values;
``tests/test_pagefeatures_digests.py`` pins them on every bench page);
the URL's shape and the structured-data types add the rest, and where the body's
links go (:data:`HREF_GROUPS`: share buttons, author pages, posters' profiles, a
telephone, an "edit this page" link; how many of the site's story pages it links to),
read from the addresses as one text (:func:`_links`); with the quotation marks in the
prose and the short questions they cost ~0.5 ms a trafeval page (the features 1.53 ->
2.16 ms a page, wcxb 2.67 -> 3.12, ``benchmarks/bench_pagefeatures.py``, one run each
on a loaded machine). The text model's answer (:mod:`newsspider.extract.pagetext`)
costs ~0.6-0.7 ms a page more (trafeval, one run on a loaded machine: 2.16 -> 3.47
times the parse), less since its n-grams are cut by concatenation (``pagetext.fields``
and ``score`` 1.24 -> 0.95 ms a page on 500 trafeval and wcxb pages, interleaved in one
process, 2026-12-05). Nothing here names a
site: every feature is a property any page has. :mod:`newsspider.extract.pagemodel`
turns the features into the probability that the page is an article.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from lxml import etree

from newsspider.extract import jsonld, meta, pagetext

if TYPE_CHECKING:
    from newsspider.extract.page import Elements, Page

#: schema.org types, by the kind of page they mark (casefolded).
TYPE_GROUPS: dict[str, frozenset[str]] = {
    "article": frozenset({
        "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "article", "blogposting",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
        "socialmediaposting", "scholarlyarticle", "report", "satiricalarticle", "askpublicnewsarticle",
    }),
    "product": frozenset({"product", "offer", "aggregateoffer", "productgroup", "individualproduct",
                          "productmodel", "offershippingdetails", "merchantreturnpolicy", "car", "vehicle"}),
    "forum": frozenset({"discussionforumposting", "qapage", "question", "answer", "comment"}),
    "list": frozenset({"collectionpage", "itemlist", "searchresultspage", "offercatalog", "listitem"}),
    "docs": frozenset({"techarticle", "apireference", "softwaresourcecode", "howto", "faqpage", "course"}),
    "service": frozenset({"softwareapplication", "webapplication", "service", "organization", "corporation",
                          "localbusiness", "professionalservice", "event", "jobposting", "mobileapplication"}),
    "rating": frozenset({"aggregaterating", "review", "rating"}),
    "person": frozenset({"person"}),
    "webpage": frozenset({"webpage", "website", "aboutpage", "contactpage", "profilepage"}),
}

#: Words of class and id attributes, by what they mark (page furniture is named in
#: English by developers everywhere).
CLASS_GROUPS: dict[str, tuple[str, ...]] = {
    "price": ("price", "prices", "pricing", "currency", "amount", "sale"),
    "cart": ("cart", "basket", "checkout", "buy", "bag", "wishlist", "quantity", "qty", "sku", "variant",
             "swatch", "addtocart"),
    "product": ("product", "products", "pdp", "plp", "shop", "catalog", "merchandise"),
    "rating": ("rating", "ratings", "stars", "star", "review", "reviews"),
    "forum": ("thread", "forum", "topic", "topics", "reply", "replies", "discourse", "vote", "votes",
              "upvote", "post-stream", "username", "avatar", "poster", "signature", "quote"),
    "comment": ("comment", "comments"),
    "teaser": ("card", "cards", "tile", "tiles", "grid", "teaser", "teasers", "item", "items", "listing",
               "results", "result", "feed", "river", "collection"),
    "pager": ("pagination", "pager", "paging", "page-numbers", "next", "prev", "load-more", "loadmore", "filter",
              "filters", "facet", "facets", "sort"),
    "docs": ("docs", "doc", "documentation", "toc", "sidebar", "api", "reference", "highlight", "codeblock",
             "code", "syntax", "admonition", "sphinx", "markdown", "prose", "edit", "guide"),
    "marketing": ("hero", "cta", "testimonial", "testimonials", "feature", "features", "plan", "plans", "logo",
                  "logos", "customers", "pricing-table", "signup", "trial", "demo", "banner", "slider",
                  "carousel", "benefits", "solutions", "integrations"),
    "story": ("article", "story", "entry", "post", "byline", "author", "dateline", "headline", "published",
              "timestamp", "article-body", "entry-content", "post-content", "story-body", "lede", "lead"),
    "share": ("share", "social", "sharing", "facebook", "twitter", "whatsapp"),
    "button": ("btn", "button", "buttons", "cta"),
}
_CLASS_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
_WORD_GROUP = {word: group for group, words in CLASS_GROUPS.items() for word in words}

#: Path segments, by the kind of page they name.
URL_GROUPS: dict[str, frozenset[str]] = {
    "product": frozenset({"product", "products", "p", "pd", "dp", "item", "itm", "pdp", "listing", "shop", "store",
                          "buy", "sku"}),
    "forum": frozenset({"forum", "forums", "thread", "threads", "t", "topic", "topics", "community", "discussion",
                        "discussions", "questions", "question", "comments", "r", "board", "boards", "viewtopic",
                        "showthread", "q", "answers"}),
    "list": frozenset({"category", "categories", "tag", "tags", "collections", "collection", "c", "b", "list",
                       "lists", "browse", "search", "archive", "archives", "section", "sections", "topics",
                       "jobs", "events", "shop", "catalog", "s", "market", "chart", "charts", "new", "latest",
                       "best", "top", "deals", "sale", "page"}),
    "docs": frozenset({"docs", "doc", "documentation", "api", "reference", "guide", "guides", "manual", "wiki",
                       "help", "support", "learn", "tutorial", "tutorials", "kb", "knowledge-base", "handbook",
                       "sdk", "developers", "developer", "latest", "stable", "en-us"}),
    "service": frozenset({"pricing", "features", "solutions", "services", "service", "platform", "enterprise",
                          "about", "contact", "plans", "product", "integrations", "customers", "industries",
                          "use-cases", "why", "demo", "signup", "login", "download", "apps", "app"}),
    "story": frozenset({"news", "article", "articles", "story", "stories", "blog", "blogs", "post", "posts",
                        "opinion", "politik", "wirtschaft", "sport", "actualites", "noticias", "nachrichten",
                        "world", "business", "a", "en", "local", "press", "release", "releases", "feature"}),
}
_DATE_PATH = re.compile(r"/(?:19|20)\d\d[/-](?:0?[1-9]|1[0-2])(?:[/-]|$)|/(?:19|20)\d\d(?:0[1-9]|1[0-2])\d\d")
_LONG_NUMBER = re.compile(r"\d{5,}")
#: A price: a currency sign before a number or a currency after it. Both open with
#: one character class (the lookbehinds tell which alternative it was), which lets
#: the regex engine skip to candidate characters in C: 0.12 ms on wcxb's text
#: against 0.20 with two alternatives (same matches).
_PRICE = re.compile(r"[$€£¥₹\d](?:(?<=[$€£¥₹])\s?\d|(?<=\d)(?:[.,]\d\d)?\s?(?:€|EUR|USD|zł|kr|Kč|лв|₽|CHF)\b)")
#: What every price holds, one of them at least: a text with none has no price, and
#: is not searched (2 of 5 pages of wcxb and trafeval; 0.12 ms a page for the prices
#: there against 0.18, same counts).
_PRICE_MARKS = ("$", "€", "£", "¥", "₹", "EUR", "USD", "zł", "kr", "Kč", "лв", "₽", "CHF")

#: Dates as pages print them (numeric, ISO, "12 Jan 2024", "Jan 12, 2024", "3 days
#: ago"): an article shows one or two, a thread or a list one per post or teaser.
#: Every alternative opens with a digit that starts a word (``\d(?<!\w\d)``, which is
#: ``\b\d``): a pattern that opens with one character class lets the regex engine
#: skip to the digits in C, 0.10 ms a page on wcxb against 0.27 with ``\b`` first
#: (same matches).
_DATE_TEXT = re.compile(
    r"\d(?<!\w\d)(?:\d?(?:[./-]\d{1,2}[./-](?:19|20)?\d\d|,? (?:19|20)\d\d|"
    r"\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:19|20)\d\d|"
    r" (?:minutes?|hours?|days?|weeks?|months?|years?) ago)|(?:(?<=1)9|(?<=2)0)\d\d-\d\d-\d\d)\b", re.I)

#: Separators between a page title's headline and its site name.
_TITLE_PARTS = re.compile(r"\s+(?:\||-|–|—|::|:|»|·)\s+")

#: A text node this long is prose (a sentence or more), not a label, a link or a price.
_PROSE = 150

_COUNTED_TAGS = ("a", "p", "li", "h1", "h2", "h3", "h4", "img", "form", "input", "button", "select", "pre",
                 "code", "table", "tr", "time", "article", "nav", "aside", "blockquote", "figure", "iframe",
                 "textarea", "label", "ul", "ol", "dl", "section", "header", "footer", "video", "svg", "details")

#: Where a page's links go, by what such a link marks: pieces of the ``href`` values
#: of the body's links (casefolded; URL words, the same in every language but for the
#: author pages' few), counted wherever they occur. A story has share buttons (the
#: share endpoints of the social networks, which carry its address) and links to its
#: author's page; a thread to its posters' profiles; a company's page to its
#: telephone; a documentation page to its source ("edit this page"). Read as counts by
#: the model; each row is tested (``tests/test_pagefeatures.py``).
HREF_GROUPS: dict[str, tuple[str, ...]] = {
    "share": ("sharer", "/intent/tweet", "/intent/post", "sharearticle", "/share?", "/share/", "whatsapp://send",
              "wa.me/?", "api.whatsapp.com/send", "/pin/create", "reddit.com/submit", "t.me/share",
              "telegram.me/share", "mailto:?", "addtoany", "sharethis", "line.me/r/msg"),
    "author": ("/author/", "/authors/", "/autor/", "/autores/", "/autoren/", "/auteur/", "/auteurs/", "/autore/",
               "/autori/", "/writer/", "/writers/", "/journalist/", "/journalists/", "/redakteur", "/reporter/",
               "/reporters/", "/columnist/", "/columnists/", "/contributor/", "/contributors/", "/byline/",
               "/staff/", "/redaccion/", "/redazione/", "/redaktion/"),
    "user": ("/user/", "/users/", "/member/", "/members/", "/u/", "/profile/", "/profiles/", "memberlist",
             "userprofile", "?u=", "&u=", "?user=", "&user=", "userid=", "?member="),
    "tel": ("\ntel:",),
    "edit": ("/edit/", "action=edit", "/-/edit", "/blob/"),
}
#: An address that names one story (or one thread, one product): a slug of four
#: words or more, a date, or a long number in its path. A list or a front links
#: dozens, each teaser one; a story a few (related stories).
#: (``[^/-]*`` between the hyphens: the regex cannot backtrack across the segment,
#: 4 ms a wcxb page with ``[^/]*`` there.)
_STORY_PATH = re.compile(r"-[^/-]*-[^/-]*-[^/]*/?$|/(?:19|20)\d\d/|\d{6}")
#: Quotation marks of every script: reported speech is a story's; a service page,
#: a list or a reference page quotes little. Counted a mark at a time with
#: ``str.count`` (0.03 ms a trafeval page against 0.15 for a character class regex).
_QUOTES = tuple('“”«»„"‘’‚‹›「」『』')
#: Question marks of the scripts that have their own.
_QUESTION_MARKS = ("?", "？", "؟")
_HREFS = etree.XPath("body/descendant::a/@href", smart_strings=False)

#: Meta names of a time of publication (the feature ``meta_published``) and of an
#: author (``meta_author``).
PUBLISHED_METAS = ("article:published_time", "datepublished", "date", "dc.date", "dcterms.created", "pubdate",
                   "publishdate", "sailthru.date")
AUTHOR_METAS = ("author", "article:author", "dc.creator", "parsely-author", "byl")

#: Feature names, in the order the model reads them.
NAMES: tuple[str, ...] = (
    *(f"type_{g}" for g in TYPE_GROUPS), "main_article_type", "jsonld_objects",
    "og_article", "og_product", "og_website", "og_other", "og_none",
    "meta_published", "meta_author", "meta_section", "rel_author",
    *(f"url_{g}" for g in URL_GROUPS), "url_depth", "url_slug_words", "url_slug_chars", "url_date", "url_number",
    "url_query", "url_root", "url_html",
    "log_text", "link_share", "log_links", "links_per_kchar",
    "log_p_text", "p_long", "p_share", "best_block_share", "log_best_block",
    *(f"n_{t}" for t in _COUNTED_TAGS),
    "prices", "prices_per_kchar",
    *(f"class_{g}" for g in CLASS_GROUPS),
    "title_words", "h1_count",
    "dates_in_text", "dates_per_kchar", "h1_dated", "mean_p", "headings_per_kchar",
    "best_block_p_share", "h1_words", "title_head_words", "prose_share", "log_prose",
    *(f"href_{g}" for g in HREF_GROUPS), "story_links", "story_links_per_kchar", "quotes_per_kprose",
    "question_texts", "text_model",
)


#: The dearest features, in groups :func:`features` may leave out till asked: the text
#: model's answer (:func:`_text_model`) and where the body's links go (:func:`_links`).
#: The page-type model is often sure of an article without them (see
#: ``classify.early_type``): on trafeval they cost 0.69 and 0.34 ms a page of the 2.01
#: the features took (``extract()``, timed a layer at a time, 2026-12-05).
LATER: dict[str, tuple[str, ...]] = {
    "text": ("text_model",),
    "links": (*(f"href_{g}" for g in HREF_GROUPS), "story_links", "story_links_per_kchar"),
}


def features(page: Page, leave: Collection[str] = ()) -> dict[str, float]:
    """The page's features by name (every name in :data:`NAMES`), cached on the page.
    ``leave``: groups of :data:`LATER` not to compute yet (their features NaN, unless
    an earlier call computed them); a later call without them computes them into the
    same dict."""
    found = page.cache.get("page_features")
    if found is None:
        found = {name: 0.0 for name in NAMES}
        _structured(page, found)
        _url(page.url or "", found)
        later = _tree(page, found)
        for names in LATER.values():
            found.update(dict.fromkeys(names, math.nan))
        page.cache["page_features"], page.cache["page_features_later"] = found, later
    later = page.cache.get("page_features_later")
    if later is not None and not all(group in leave for group in later.groups):
        _later(page, later, leave, found)
    return found


def vector(page: Page) -> list[float]:
    """The features in :data:`NAMES` order, rounded as the model reads them (4 decimals)."""
    found = features(page)
    return [round(found[name], 4) for name in NAMES]


def _structured(page: Page, out: dict[str, float]) -> None:
    types = jsonld.all_types(page)
    for group, members in TYPE_GROUPS.items():
        out[f"type_{group}"] = float(len(types & members))
    main = jsonld.main_article(page)
    out["main_article_type"] = float(bool(main and jsonld.types_of(main) & TYPE_GROUPS["article"]))
    out["jsonld_objects"] = math.log1p(len(jsonld.objects(page)))
    h = meta.head(page)
    og = (h.first("og:type") or "").casefold()
    out["og_article"] = float(og == "article" or og.startswith("article"))
    out["og_product"] = float("product" in og)
    out["og_website"] = float(og == "website")
    out["og_none"] = float(not og)
    out["og_other"] = float(bool(og) and not (out["og_article"] or out["og_product"] or out["og_website"]))
    out["meta_published"] = float(bool(h.first(*PUBLISHED_METAS)))
    out["meta_author"] = float(bool(h.first(*AUTHOR_METAS)))
    out["meta_section"] = float(bool(h.first("article:section", "parsely-section")))
    out["rel_author"] = float(bool(h.links.get("author")))
    title = h.title or ""
    out["title_words"] = float(len(title.split()))
    out["title_head_words"] = float(max((len(part.split()) for part in _TITLE_PARTS.split(title)), default=0))
    out["h1_count"] = float(len(h.h1s))
    out["h1_words"] = float(len(h.h1s[0].text_content().split())) if h.h1s else 0.0


def url_dated(path: str) -> bool:
    """Whether an address's path (casefolded) holds a date (the feature ``url_date``)."""
    return _DATE_PATH.search(path) is not None


def _url(url: str, out: dict[str, float]) -> None:
    parts = urlsplit(url)
    path = parts.path.casefold()
    segments = [s for s in path.split("/") if s]
    words = set(segments)
    for group, members in URL_GROUPS.items():
        out[f"url_{group}"] = float(len(words & members))
    last = re.sub(r"\.[a-z]{2,5}$", "", segments[-1]) if segments else ""
    out["url_depth"] = float(len(segments))
    out["url_slug_words"] = float(len([w for w in re.split(r"[-_+]", last) if w.isalpha()]))
    out["url_slug_chars"] = float(len(last))
    out["url_date"] = float(url_dated(path))
    out["url_number"] = float(bool(_LONG_NUMBER.search(path)))
    out["url_query"] = float(bool(parts.query))
    out["url_root"] = float(not segments)
    out["url_html"] = float(path.endswith((".html", ".htm", ".shtml", ".php", ".aspx", ".cms", ".ece")))


# Plain strings (``smart_strings=False``): lxml's default ones, which know their
# element, cost several times more to build.
#: Paths from ``<html>``, where libxml2's HTML parser puts the one ``<body>``: ``//body``
#: searches the whole document for it first, 0.50 ms a page on wcxb for the texts
#: against 0.29 (interleaved; same texts on every bench page).
_TEXTS = etree.XPath("body/descendant::text()", smart_strings=False)
_LINK_TEXTS = etree.XPath("body/descendant::a/descendant::text()", smart_strings=False)
#: Elements whose text nobody reads: their texts are taken out of :data:`_TEXTS` by
#: value (a predicate on every text node in the XPath cost three times more).
_UNREAD_TAGS = frozenset({"script", "style", "noscript", "template", "option"})
#: Characters of text searched for prices and dates.
_SAMPLE = 50_000


@dataclass(slots=True)
class _Walk:
    """What one walk over the elements collects."""
    tags: Counter[str]
    #: ``class`` and ``id`` values in the body, by how often each occurs.
    attrs: Counter[str]
    #: The body's ``<p>`` elements, in page order.
    paragraphs: list[Any]
    #: Texts of the body's ``script``, ``style``... elements.
    unread: set[str]


def _walk(elements: Elements) -> _Walk:
    """The counted tags, the body's class and id values, paragraphs and unread texts,
    read from the page's elements (:attr:`Page.elements`: each element's tag, class and
    id read once a page, for the byline and date layers too). libxml2's HTML parser puts
    one ``<body>`` right under ``<html>``."""
    root = elements.nodes[0]
    tags = Counter(elements.tags[1:])
    attrs: Counter[str] = Counter()
    paragraphs: list[Any] = []
    unread: set[str] = set()
    for body in root.iterchildren("body"):
        part = elements.within(body)
        attrs.update(filter(None, elements.classes[part]))
        attrs.update(filter(None, elements.ids[part]))
        for el, tag in zip(elements.nodes[part], elements.tags[part]):
            if tag == "p":
                paragraphs.append(el)
            elif tag in _UNREAD_TAGS:
                if el.text is not None:
                    unread.add(el.text)
                unread.update(child.tail for child in el if child.tail is not None)
    return _Walk(tags, attrs, paragraphs, unread)


def _tree(page: Page, out: dict[str, float]) -> _Later:
    """Counts of elements, text in and out of links, paragraph blocks and class words:
    an XPath for the texts (in page order) and one for the links' texts (nested links
    counted once), one walk (:func:`_walk`) for the rest. Returns what :data:`LATER`'s
    groups need, computed by :func:`_later`."""
    root = page.tree
    walked = _walk(page.elements)
    tags = walked.tags
    unread = walked.unread
    # (map and filterfalse with built-in functions: no Python frame per text)
    texts = list(map(str.strip, itertools.filterfalse(unread.__contains__, _TEXTS(root))))
    lengths = list(map(len, texts))
    total = max(sum(lengths), 1)
    prose = sum(filter(_PROSE.__le__, lengths))
    link_text = sum(map(len, map(str.strip, _LINK_TEXTS(root))))
    blocks = _paragraph_blocks(walked.paragraphs)
    for name in _COUNTED_TAGS:
        out[f"n_{name}"] = math.log1p(tags[name])
    _class_words(walked.attrs, out)
    sample = " ".join(texts)[:_SAMPLE]
    _marks(sample, total, out)
    headings = sum(tags[h] for h in ("h1", "h2", "h3", "h4", "h5", "h6"))
    out["headings_per_kchar"] = headings * 1000 / total
    out["log_text"] = math.log1p(total)
    out["link_share"] = min(link_text / total, 1.0)
    out["log_links"] = math.log1p(tags["a"])
    out["links_per_kchar"] = tags["a"] * 1000 / total
    out["prose_share"] = min(prose / total, 1.0)
    out["log_prose"] = math.log1p(prose)
    out["log_p_text"] = math.log1p(blocks.text)
    out["p_long"] = math.log1p(blocks.long)
    out["p_share"] = min(blocks.text / total, 1.0)
    out["mean_p"] = math.log1p(blocks.text / tags["p"]) if tags["p"] else 0.0
    out["best_block_share"] = min(blocks.best_text / total, 1.0)
    out["log_best_block"] = math.log1p(blocks.best_text)
    out["best_block_p_share"] = blocks.best_count / tags["p"] if tags["p"] else 0.0
    out["h1_dated"] = _h1_dated(page)
    prose_text = " ".join(itertools.compress(texts, map(_PROSE.__le__, lengths)))
    out["quotes_per_kprose"] = sum(map(prose_text.count, _QUOTES)) * 1000 / max(len(prose_text), 1)
    # short texts asking a question: a service page's FAQ (its headings, buttons, terms)
    out["question_texts"] = math.log1p(sum(1 for text in texts if text.endswith(_QUESTION_MARKS) and len(text) < _PROSE))
    return _Later(set(LATER), texts, total)


@dataclass(slots=True)
class _Later:
    """What the groups of :data:`LATER` not computed yet need of :func:`_tree`'s work."""
    groups: set[str]
    #: The body's stripped texts, in page order.
    texts: list[str]
    #: Characters of text (at least 1).
    total: int


def _later(page: Page, later: _Later, leave: Collection[str], out: dict[str, float]) -> None:
    """The groups of :data:`LATER` not computed yet and not in ``leave``."""
    if "text" in later.groups and "text" not in leave:
        out["text_model"] = _text_model(page, later.texts)
        later.groups.discard("text")
    if "links" in later.groups and "links" not in leave:
        _links(page.tree, urlsplit(page.url or "").hostname, later.total, out)
        later.groups.discard("links")
    if not later.groups:
        del page.cache["page_features_later"]


def _text_model(page: Page, texts: list[str]) -> float:
    """What the page's address, title, headings and short texts say it is: the
    probability of :mod:`newsspider.extract.pagetext`'s n-gram model."""
    found = pagetext.fields(page, texts)
    page.cache["page_texts"] = found  # the training script fits the text model on them
    return pagetext.score(found)


def _links(root: Any, host: str | None, total: int, out: dict[str, float]) -> None:
    """Where the body's links go (:data:`HREF_GROUPS`), and how many distinct pages of
    the site that name one story each it links to (:data:`_STORY_PATH`). The addresses
    are read as one text, a line each: ``str.count`` and one regex run in C over all of
    them at once (0.5 ms a wcxb page with the XPath; a first version, a regex a group,
    ``urlsplit`` an address and a story pattern that backtracked, cost 4.6)."""
    hrefs = "\n" + "\n".join(_HREFS(root))
    folded = hrefs.casefold()
    for group, pieces in HREF_GROUPS.items():
        out[f"href_{group}"] = math.log1p(sum(map(folded.count, pieces)))
    stories = set(filter(_STORY_PATH.search, _site_paths(hrefs, host or "")))
    out["story_links"] = math.log1p(len(stories))
    out["story_links_per_kchar"] = len(stories) * 1000 / total


#: A link's address, a line each: relative (``/path``), or absolute (scheme and
#: authority, its host and port), then its path, without query or fragment.
_LINK_PATH = re.compile(r"^(?:(https?://)([^/?#\n]*))?(/(?!/)[^?#\n]*)", re.I | re.M)


def _site_paths(hrefs: str, host: str) -> list[str]:
    """The paths of the links in ``hrefs`` (a line each) to the page's own site: relative,
    or absolute on ``host`` (any port). One pattern for every host, the host compared
    in Python: compiling a pattern a host cost 0.4 ms a page where the pages' hosts
    differ (trafeval: each page its own site), more than the rest of :func:`_links`."""
    return [path for scheme, authority, path in _LINK_PATH.findall(hrefs)
            if not scheme or _on_host(authority, host)]


def _on_host(authority: str, host: str) -> bool:
    """Whether an address's authority is ``host``, with a port or without, in any case."""
    if not (authority.isascii() and host.isascii()):  # case-blind as the re module is
        return re.fullmatch(re.escape(host) + r"(?::\d+)?", authority, re.I) is not None
    size = len(host)
    if authority[:size].lower() != host.lower():
        return False
    port = authority[size:]
    return not port or port[0] == ":" and port[1:].isdecimal()


@dataclass(slots=True)
class _Blocks:
    """The page's paragraphs: their text, the long ones, and the element holding the most."""
    text: int = 0
    long: int = 0
    best_text: int = 0
    best_count: int = 0


def _paragraph_blocks(paragraphs: list[Any]) -> _Blocks:
    found = _Blocks()
    per_parent: dict[Any, list[int]] = {}
    for p in paragraphs:
        length = len(p.text_content().strip())
        found.text += length
        found.long += length >= 120
        parent = p.getparent()
        if parent is not None:
            per_parent.setdefault(parent, []).append(length)
    if per_parent:
        lengths = max(per_parent.values(), key=sum)
        found.best_text, found.best_count = sum(lengths), len(lengths)
    return found


def _class_words(attrs: Counter[str], out: dict[str, float]) -> None:
    groups: Counter[str] = Counter()
    for value, n in attrs.items():
        for group in _value_groups(value):
            groups[group] += n
    for group in CLASS_GROUPS:
        out[f"class_{group}"] = math.log1p(groups[group])


@functools.lru_cache(maxsize=1 << 15)
def _value_groups(value: str) -> tuple[str, ...]:
    """The groups of :data:`CLASS_GROUPS` a class or id value's words belong to, a word
    a time. Cached: a site's pages, and the frameworks of many sites, share their class
    values (the words of wcxb's pages cost 0.38 ms a page without the cache)."""
    found = []
    for word in _CLASS_WORD.findall(value.casefold()):
        group = _WORD_GROUP.get(word)
        if group is None and "-" in word:
            group = _WORD_GROUP.get(word.split("-", 1)[0]) or _WORD_GROUP.get(word.rsplit("-", 1)[-1])
        if group is not None:
            found.append(group)
    return tuple(found)


def _marks(sample: str, total: int, out: dict[str, float]) -> None:
    """Prices and dates in the text: one or two in a story, one per tile or post in a
    grid or a thread."""
    prices = len(_PRICE.findall(sample)) if any(mark in sample for mark in _PRICE_MARKS) else 0
    dates = len(_DATE_TEXT.findall(sample))
    out["prices"] = math.log1p(prices)
    out["prices_per_kchar"] = prices * 1000 / total
    out["dates_in_text"] = math.log1p(dates)
    out["dates_per_kchar"] = dates * 1000 / total


def _h1_dated(page: Page) -> float:
    """Whether a date (a ``<time>``, or a date in the text) stands near the first ``<h1>``:
    within its grandparent, a headline's byline block."""
    h1s = meta.head(page).h1s
    if not h1s:
        return 0.0
    near = h1s[0].getparent()
    if near is not None and near.getparent() is not None and near.tag not in ("body", "html"):
        near = near.getparent()
    if near is None or near.tag in ("body", "html"):
        return 0.0
    if next(near.iter("time"), None) is not None:
        return 1.0
    return float(bool(_DATE_TEXT.search(near.text_content()[:3000])))
