"""Business Standard (business-standard.com): wire copy from AFP, PTI, IANS, ANI
and Reuters beside its own staff's stories.

The site has served three layouts, all still reachable through old links:

1. classic (2018–2020): ``h1.headline``, ``h2.alternativeHeadline``, the story
   in ``span.p-content``, a byline such as ``Press Trust of India | Gandhinagar``
   (the place in ``<news:geo_locations>``), ``div.pubDate`` with
   ``First Published: Fri, January 18 2019. 13:00 IST``;
2. "Last Updated : Apr 22 2019 | 11:50 AM IST": AMP and 2019–2024 pages, the
   later ones with CSS-module class names (``MainStory_storycontent__Pe3ys``),
   matched here by prefix because the hash changes with every build;
3. the Next.js site: the story is in ``script#__NEXT_DATA__`` at
   ``props.pageProps.data`` (``publishDate`` and ``modifiedDate``, older builds
   ``modificationDate``, in epoch seconds).

Every page's header shows *today's* date ("Monday, November 30, 2026 | 05:57 PM
IST"): dates are only read from labelled places ("First Published",
"Last Updated", structured data), never from free text.

Dates are returned as found; :class:`~newsspider.pipelines.dates.DatesPipeline`
normalises them in the profile's zone. Boilerplate paragraphs are left in the
body for :class:`~newsspider.pipelines.boilerplate.BoilerplatePipeline` (which
counts what it removes); only markup that is never text (scripts, styles, ads,
captions) is dropped here.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

import lxml.html

from newsspider import wire
from newsspider.hugetags import cut_huge_tags
from newsspider.extract import jsonld
from newsspider.extract.sites.base import SiteProfile, block_paragraphs

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from newsspider.extract.page import Page

SITE = "https://www.business-standard.com"

#: Elements whose text is never story text.
_SKIP = {"script", "style", "noscript", "iframe", "form", "button", "ins", "svg", "figure", "figcaption",
         "amp-ad", "amp-img", "img", "input", "select", "textarea"}
#: Elements that start a new paragraph.
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "section", "article",
           "table", "tr", "header", "footer", "aside", "pre", "hr", "br", "dl", "dt", "dd"}

_BODY_XPATHS = (
    "//span[contains(concat(' ', normalize-space(@class), ' '), ' p-content ')]",
    "//div[contains(@class, 'MainStory_storycontent')]",
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' storycontent ')]",
    "//div[@id='parent_top_div']",
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' story-content ')]",
)
_HEADLINE_XPATH = ("//h1[contains(concat(' ', normalize-space(@class), ' '), ' headline ')"
                   " or contains(@class, 'stryhdtp')]")
_DESCRIPTION_XPATH = "//h2[contains(@class, 'alternativeHeadline') or contains(@class, 'strydsc')]"
#: Where the byline sits: classic, hashed (2023–24) and AMP pages.
_BYLINE_XPATHS = (
    "//div[contains(@class, 'last-update')]//p[contains(@class, 'fL')]/span[1]",
    "//*[contains(@class, 'dtlauthinfo')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' author-detail ')]",
)

_FIRST_PUBLISHED = re.compile(r"First Published\s*(?:on|at)?\s*:?\s*(.+?)\s*$", re.IGNORECASE)
_LAST_UPDATED = re.compile(
    r"Last Updated\s*(?:on|at)?\s*:?\s*([A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}"
    r"(?:\s*[|,.]?\s*\d{1,2}[:.]\d{2}(?:\s*[AP]M)?)?(?:\s*IST)?)", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def extract(page: Page) -> dict[str, Any]:
    """Raw Article fields of a Business Standard page, whichever layout it has."""
    data = _next_data(page)
    fields = _from_next_data(data) if data is not None else _from_html(page)
    fields.setdefault("canonicalUrl", _first(page.tree.xpath(
        "//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")))
    free = _is_free(page)
    if free is not None:
        fields.setdefault("isAccessibleForFree", free)
    return fields


# --- Layout 3: the Next.js site ----------------------------------------------

def _next_data(page: Page) -> dict[str, Any] | None:
    for script in page.tree.xpath("//script[@id='__NEXT_DATA__']"):
        try:
            state = json.loads(script.text or "")
        except (ValueError, RecursionError):  # nested past the interpreter's limit: not read
            return None
        data = state.get("props", {}).get("pageProps", {}).get("data") if isinstance(state, dict) else None
        if isinstance(data, dict) and (data.get("htmlContent") or data.get("pageTitle")):
            return data
    return None


def _from_next_data(data: dict[str, Any]) -> dict[str, Any]:
    mapped = data.get("articleMappedMultipleAuthors")
    names = list(mapped.values()) if isinstance(mapped, dict) else mapped if isinstance(mapped, list) else []
    names = [_clean(n.get("name") if isinstance(n, dict) else n) for n in names]
    if data.get("authorName"):
        names.append(_clean(data["authorName"]))
    html = data.get("htmlContent") if isinstance(data.get("htmlContent"), str) else ""
    body = "\n\n".join(_paragraphs(lxml.html.fragment_fromstring(cut_huge_tags(html)[0], create_parent="div")))
    fields = _credits([n for n in names if n], _clean(data.get("placeName")), body,
                      byline=_clean(data.get("sourceTitle")))
    image = data.get("featuredImageObj") if isinstance(data.get("featuredImageObj"), dict) else {}
    category = data.get("defaultArticleCat") if isinstance(data.get("defaultArticleCat"), dict) else {}
    fields.update({
        "headline": _clean(data.get("pageTitle") or data.get("heading1")),
        "description": _clean(data.get("metaDescription") or data.get("subHeading")),
        "datePublishedRaw": _stamp(data, "publishDate", "publishedDate"),
        "dateModifiedRaw": _stamp(data, "modifiedDate", "modificationDate", "updatedDate"),
        "section": _clean(category.get("h1_tag") or category.get("name")),
        "keywords": _keywords(data.get("metaKeywords")),
        "mainImage": {"url": image["url"]} if image.get("url") else None,
    })
    if isinstance(data.get("articleUrl"), str) and data["articleUrl"].startswith("/"):
        fields["canonicalUrl"] = SITE + data["articleUrl"]
    return fields


def _stamp(data: dict[str, Any], *keys: str) -> str | None:
    """The first of ``keys`` that holds a time: epoch seconds (as the state mostly
    writes them) or a date text, as found."""
    for key in keys:
        value = data.get(key)
        text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
        if text.isdigit() and int(text) > 0 or text and not text.isdigit():
            return text
    return None


# --- Layouts 1 and 2: server-rendered pages ----------------------------------

def _from_html(page: Page) -> dict[str, Any]:
    tree = page.tree
    body = ""
    for xpath in _BODY_XPATHS:
        containers = tree.xpath(xpath)
        if containers:
            body = "\n\n".join(_paragraphs(containers[0]))
            if body:
                break
    names, place, byline = _byline(tree)
    fields = _credits(names, place, body, byline=byline)
    article = next(iter(jsonld.article_objects(page)), {})
    updated = _last_updated(tree)
    fields.update({
        "headline": _first(tree.xpath(_HEADLINE_XPATH + "//text()")),
        "description": _first(tree.xpath(_DESCRIPTION_XPATH + "//text()")),
        "datePublishedRaw": _first_published(tree) or _first(
            tree.xpath("//meta[@property='article:published_time']/@content")
            + [str(article.get("datePublished") or "")]
            + tree.xpath("//meta[@itemprop='datePublished']/@content")) or updated,
        "dateModifiedRaw": updated or _first(
            tree.xpath("//meta[@property='article:modified_time']/@content")
            + [str(article.get("dateModified") or "")]),
        "section": _clean(article.get("articleSection")) if isinstance(article.get("articleSection"), str) else None,
        "keywords": _keywords(_first(tree.xpath("//meta[@name='keywords']/@content"))),
        "mainImage": _image(tree),
    })
    return fields


def _byline(tree: HtmlElement) -> tuple[list[str], str | None, str | None]:
    """(people or agencies named, place, the byline's text) of the first byline found."""
    for xpath in _BYLINE_XPATHS:
        for node in tree.xpath(xpath):
            names = [_clean(a.text_content()) for a in node.xpath(
                ".//a[contains(@href, '/author/')] | .//*[contains(@class, 'author-name')]")]
            places = [_clean(e.text_content()) for e in node.iter()
                      if e.tag == "news:geo_locations" or (e.tag == "span" and e.get("style"))
                      or "place" in (e.get("class") or "")]
            text = _clean(" ".join(node.xpath(".//text()[not(ancestor::script or ancestor::style)]")))
            text = _LAST_UPDATED.sub("", text or "").strip(" |") or None
            if text:
                names = [n for n in names if n] or ([text] if not places and "|" not in text else [])
                return list(dict.fromkeys(names)), next((p.strip(" |") for p in places if p), None), text
    return [], None, None


def _first_published(tree: HtmlElement) -> str | None:
    for node in tree.xpath("//*[contains(@class, 'pubDate')]"):
        text = _clean(" ".join(node.xpath(".//text()[not(ancestor::style or ancestor::script)]")))
        match = _FIRST_PUBLISHED.search(text or "")
        if match:
            return match.group(1)
    return None


def _last_updated(tree: HtmlElement) -> str | None:
    for text in tree.xpath("//text()[contains(., 'Last Updated') or contains(., 'LAST UPDATED')]"
                           "[not(ancestor::script or ancestor::style or ancestor::title)]"):
        parent = text.getparent()
        if text.is_tail and parent is not None:
            parent = parent.getparent()
        whole = _clean(" ".join(parent.xpath(".//text()[not(ancestor::style)]"))) if parent is not None else None
        match = _LAST_UPDATED.search(whole or "")
        if match:
            return match.group(1)
    return None


def _image(tree: HtmlElement) -> dict[str, str] | None:
    url = _first(tree.xpath("//meta[@property='og:image']/@content"))
    return {"url": url} if url and url.startswith("http") else None


def _is_free(page: Page) -> bool | None:
    tier = _first(page.tree.xpath("//meta[@property='article:content_tier']/@content"))
    if tier:
        return tier.lower() == "free"
    return None


# --- Shared ------------------------------------------------------------------

def _credits(names: list[str], place: str | None, body: str, byline: str | None = None) -> dict[str, Any]:
    """Authors (people only), agency and dateline from the byline's names, its
    place, and the body's opening credit (``New Delhi, Apr 22 (PTI)``), which is
    removed from the body."""
    agencies = [a for a in (wire.agency_name(n) for n in names) if a]
    authors = [{"name": n} for n in names if not wire.agency_name(n)]
    from_byline = wire.from_byline(byline) if byline else None
    from_body, body = wire.from_body(body) if body else (None, body)
    credits = [c for c in (from_byline, from_body) if c is not None]
    agency = next(iter(agencies), None) or next((c.agency for c in credits if c.agency), None)
    dateline = place or next((c.dateline for c in credits if c.dateline), None)
    return {"articleBody": body, "authors": authors, "agency": agency, "dateline": dateline}


def _paragraphs(root: HtmlElement) -> list[str]:
    """The text of ``root`` cut into paragraphs at block elements and line breaks."""
    return block_paragraphs(root, _BLOCKS, skip=_skipped)


def _skipped(node: HtmlElement) -> bool:
    return node.tag in _SKIP or _is_caption(node)


def _is_caption(node: HtmlElement) -> bool:
    css = node.get("class") or ""
    return "caption" in css or "imgCont" in css


def _keywords(value: Any) -> list[str]:
    if not isinstance(value, str):
        return []
    return list(dict.fromkeys(k for k in (_clean(p) for p in value.split(",")) if k))


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return _SPACE.sub(" ", value.replace("\u00a0", " ")).strip() or None


def _first(values: list[Any]) -> str | None:
    return next((text for v in values if (text := _clean(str(v) if v is not None else None))), None)


PROFILE = SiteProfile(
    name="business_standard",
    publisher="Business Standard",
    domains=("business-standard.com",),
    timezone="Asia/Kolkata",
    language="en",
    feeds=(
        f"{SITE}/rss/latest.rss",
        f"{SITE}/rss/home_page_top_stories.rss",
        f"{SITE}/rss/markets-106.rss",
        f"{SITE}/rss/companies-101.rss",
        f"{SITE}/rss/economy-102.rss",
        f"{SITE}/rss/finance-103.rss",
        f"{SITE}/rss/international-116.rss",
    ),
    sitemaps=(
        f"{SITE}/sitemap/google-news-sitemap.xml",
        f"{SITE}/sitemap/latest-news-sitemap.xml",
    ),
    # Story pages end in their 12-digit id: ...-119011800410_1.html
    article_url=r"/[\w%.-]+-\d{9,}_\d+\.html(?:[?#]|$)",
    boilerplate=(
        r"(?P<first_published>^First Published\s*(?:on|at)?\s*:)",
        r"(?P<last_updated>^Last Updated\b.{0,80}$)",
        r"(?P<disclaimer>^\(?Only the headline and picture of this report may have been reworked"
        r"|^\(?Disclaimer\s*:\s*No Business Standard Journalist)",
        r"(?P<reader_appeal>^Business Standard has always strived hard\b|^We, however, have a request\.?$"
        r"|^Digital Editor$)",
        r"(?P<full_coverage>^Read our full coverage on\b.{0,120}$)",
        r"(?P<page_furniture>^(?:Premium|Listen to This Article|Topics)$)",
    ),
    extract=extract,
)
