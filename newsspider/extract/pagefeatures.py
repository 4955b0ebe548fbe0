"""Generic properties of a page that tell an article from a forum thread, a product
page, a list or grid of teasers, a documentation page or a service page.

One walk over the tree (``lxml``'s C-level ``iter``) counts elements, text, text in
links, paragraphs, repeated siblings and the class/id vocabulary of page furniture;
the URL's shape and the structured-data types add the rest. Nothing here names a
site: every feature is a property any page has. :mod:`newsspider.extract.pagemodel`
turns the features into the probability that the page is an article.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newsspider.extract import jsonld, meta

if TYPE_CHECKING:
    from newsspider.extract.page import Page

#: Elements whose text nobody reads.
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "select", "option"})

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
_PRICE = re.compile(r"(?:[$€£¥₹]\s?\d)|(?:\d(?:[.,]\d\d)?\s?(?:€|EUR|USD|zł|kr|Kč|лв|₽|CHF)\b)")

#: Dates as pages print them (numeric, ISO, English month names, "3 days ago"): an
#: article shows one or two, a thread or a list one per post or teaser.
_DATE_TEXT = re.compile(
    r"\b(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d|"
    r"\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? (?:19|20)\d\d|"
    r"\d+ (?:minutes?|hours?|days?|weeks?|months?|years?) ago)\b", re.I)
_POST_WORDS = re.compile(r"post|message|comment|reply|answer|topic|thread", re.I)

#: Separators between a page title's headline and its site name.
_TITLE_PARTS = re.compile(r"\s+(?:\||-|–|—|::|:|»|·)\s+")

#: A text node this long is prose (a sentence or more), not a label, a link or a price.
_PROSE = 150

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_COUNTED_TAGS = ("a", "p", "li", "h1", "h2", "h3", "h4", "img", "form", "input", "button", "select", "pre",
                 "code", "table", "tr", "time", "article", "nav", "aside", "blockquote", "figure", "iframe",
                 "textarea", "label", "ul", "ol", "dl", "section", "header", "footer", "video", "svg")

#: Feature names, in the order the model reads them.
NAMES: tuple[str, ...] = (
    *(f"type_{g}" for g in TYPE_GROUPS), "main_article_type", "jsonld_objects",
    "og_article", "og_product", "og_website", "og_other", "og_none",
    "meta_published", "meta_author", "meta_section", "rel_author",
    *(f"url_{g}" for g in URL_GROUPS), "url_depth", "url_slug_words", "url_slug_chars", "url_date", "url_number",
    "url_query", "url_root", "url_html",
    "log_text", "link_share", "log_links", "links_per_kchar",
    "log_p_text", "p_long", "p_share", "best_block_share", "log_best_block", "li_share",
    *(f"n_{t}" for t in _COUNTED_TAGS),
    "heading_links", "heading_link_share", "max_siblings", "max_link_siblings", "prices", "prices_per_kchar",
    *(f"class_{g}" for g in CLASS_GROUPS),
    "title_words", "h1_count",
    "dates_in_text", "dates_per_kchar", "repeated_posts", "h1_dated", "mean_p", "headings_per_kchar",
    "best_block_p_share", "h1_words", "title_head_words", "prose_share", "log_prose", "nav_link_share",
    "h1_by_best_block",
)


def features(page: Page) -> dict[str, float]:
    """The page's features by name (every name in :data:`NAMES`), cached on the page."""
    found = page.cache.get("page_features")
    if found is None:
        found = {name: 0.0 for name in NAMES}
        _structured(page, found)
        _url(page.url or "", found)
        _tree(page, found)
        page.cache["page_features"] = found
    return found


def vector(page: Page) -> list[float]:
    """The features in :data:`NAMES` order, rounded to 4 decimals: the trees were
    split between such values, so float precision never tips a comparison."""
    found = features(page)
    return [round(found[name], 4) for name in NAMES]


def _structured(page: Page, out: dict[str, float]) -> None:
    types = jsonld.all_types(page)
    for group, members in TYPE_GROUPS.items():
        out[f"type_{group}"] = float(len(types & members))
    out["main_article_type"] = float(bool(jsonld.main_article(page) is not None
                                          and jsonld.types_of(jsonld.main_article(page) or {}) & TYPE_GROUPS["article"]))
    out["jsonld_objects"] = math.log1p(len(jsonld.objects(page)))
    h = meta.head(page)
    og = (h.first("og:type") or "").casefold()
    out["og_article"] = float(og == "article" or og.startswith("article"))
    out["og_product"] = float("product" in og)
    out["og_website"] = float(og == "website")
    out["og_none"] = float(not og)
    out["og_other"] = float(bool(og) and not (out["og_article"] or out["og_product"] or out["og_website"]))
    out["meta_published"] = float(bool(h.first("article:published_time", "datepublished", "date", "dc.date",
                                              "dcterms.created", "pubdate", "publishdate", "sailthru.date")))
    out["meta_author"] = float(bool(h.first("author", "article:author", "dc.creator", "parsely-author", "byl")))
    out["meta_section"] = float(bool(h.first("article:section", "parsely-section")))
    out["rel_author"] = float(bool(h.links.get("author")))
    title = h.title or ""
    out["title_words"] = float(len(title.split()))
    out["title_head_words"] = float(max((len(part.split()) for part in _TITLE_PARTS.split(title)), default=0))
    out["h1_count"] = float(len(h.h1s))
    out["h1_words"] = float(len(h.h1s[0].text_content().split())) if h.h1s else 0.0


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
    out["url_date"] = float(bool(_DATE_PATH.search(path)))
    out["url_number"] = float(bool(_LONG_NUMBER.search(path)))
    out["url_query"] = float(bool(parts.query))
    out["url_root"] = float(not segments)
    out["url_html"] = float(path.endswith((".html", ".htm", ".shtml", ".php", ".aspx", ".cms", ".ece")))


def _text_len(text: str | None) -> int:
    return len(text.strip()) if text else 0


def _tree(page: Page, out: dict[str, float]) -> None:
    """One walk: counts, text in and out of links, paragraph blocks, sibling runs, class words."""
    root = page.tree
    body = root.find("body")
    if body is None:
        body = root
    tags: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    siblings: Counter[tuple[int, str, str]] = Counter()
    posts: Counter[tuple[int, str, str]] = Counter()
    pieces: list[str] = []
    block_p: Counter[int] = Counter()
    link_siblings: Counter[tuple[int, str, str]] = Counter()
    block_text: Counter[int] = Counter()
    blocks: dict[int, object] = {}
    text = link_text = p_text = li_text = p_long = heading_links = headings = prose = nav_links = 0
    for el in body.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        tags[tag] += 1
        if tag in _SKIP:
            continue
        attrs = ((el.get("class") or "") + " " + (el.get("id") or "")).casefold()
        if attrs.strip():
            for word in set(_CLASS_WORD.findall(attrs)):
                group = _WORD_GROUP.get(word)
                if group is None and "-" in word:
                    group = _WORD_GROUP.get(word.split("-", 1)[0]) or _WORD_GROUP.get(word.rsplit("-", 1)[-1])
                if group is not None:
                    classes[group] += 1
        parent = el.getparent()
        if parent is not None and tag in ("li", "div", "article", "section", "a", "tr"):
            key = (id(parent), tag, el.get("class") or "")
            siblings[key] += 1
            if key[2] and _POST_WORDS.search(key[2]):
                posts[key] += 1
        own = _text_len(el.text)
        tail = _text_len(el.tail)
        text += own + tail
        if own >= _PROSE:
            prose += own
        if own:
            pieces.append(el.text)
        if tail:
            pieces.append(el.tail)
        if tag == "a":
            link_text += len(el.text_content().strip())
            if parent is not None:
                grand = parent.getparent()
                if grand is not None:
                    link_siblings[(id(grand), parent.tag, parent.get("class") or "")] += 1
        elif tag == "p":
            length = len(el.text_content().strip())
            p_text += length
            p_long += length >= 120
            if parent is not None:
                block_text[id(parent)] += length
                block_p[id(parent)] += 1
                blocks[id(parent)] = parent
        elif tag == "li" and len(el) == 0:
            li_text += own
        elif tag in ("nav", "aside", "header", "footer"):
            nav_links += len(el.findall(".//a"))
        if tag in _HEADINGS:
            headings += 1
            if el.find(".//a") is not None or (parent is not None and parent.tag == "a"):
                heading_links += 1
    total = max(text, 1)
    for name in _COUNTED_TAGS:
        out[f"n_{name}"] = math.log1p(tags[name])
    for group in CLASS_GROUPS:
        out[f"class_{group}"] = math.log1p(classes[group])
    text_sample = " ".join(pieces)[:200_000]
    prices = len(_PRICE.findall(text_sample))
    dates = len(_DATE_TEXT.findall(text_sample))
    out["dates_in_text"] = math.log1p(dates)
    out["dates_per_kchar"] = dates * 1000 / total
    out["repeated_posts"] = math.log1p(max(posts.values(), default=0))
    out["h1_dated"] = _h1_dated(page)
    out["mean_p"] = math.log1p(p_text / tags["p"]) if tags["p"] else 0.0
    out["headings_per_kchar"] = headings * 1000 / total
    best_key = max(block_text, key=block_text.get, default=None)
    out["best_block_p_share"] = block_p[best_key] / tags["p"] if best_key is not None and tags["p"] else 0.0
    best = max(block_text.values(), default=0)
    out["prose_share"] = min(prose / total, 1.0)
    out["log_prose"] = math.log1p(prose)
    out["nav_link_share"] = min(nav_links / tags["a"], 1.0) if tags["a"] else 0.0
    out["h1_by_best_block"] = _h1_by(page, blocks.get(best_key) if best_key is not None else None)
    out["log_text"] = math.log1p(total)
    out["link_share"] = min(link_text / total, 1.0)
    out["log_links"] = math.log1p(tags["a"])
    out["links_per_kchar"] = tags["a"] * 1000 / total
    out["log_p_text"] = math.log1p(p_text)
    out["p_long"] = math.log1p(p_long)
    out["p_share"] = min(p_text / total, 1.0)
    out["best_block_share"] = min(best / total, 1.0)
    out["log_best_block"] = math.log1p(best)
    out["li_share"] = min(li_text / total, 1.0)
    out["heading_links"] = math.log1p(heading_links)
    out["heading_link_share"] = heading_links / headings if headings else 0.0
    out["max_siblings"] = math.log1p(max(siblings.values(), default=0))
    out["max_link_siblings"] = math.log1p(max(link_siblings.values(), default=0))
    out["prices"] = math.log1p(prices)
    out["prices_per_kchar"] = prices * 1000 / total


def _h1_by(page: Page, block: object) -> float:
    """Whether the first ``<h1>`` stands in the biggest block of paragraphs or beside it
    (within its parent or grandparent): a headline over its story."""
    h1s = meta.head(page).h1s
    if not h1s or block is None:
        return 0.0
    around = block
    for _ in range(3):
        if around is None or around.tag in ("body", "html"):  # type: ignore[attr-defined]
            return 0.0
        if any(h is h1s[0] for h in around.iter("h1")):  # type: ignore[attr-defined]
            return 1.0
        around = around.getparent()  # type: ignore[attr-defined]
    return 0.0


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
