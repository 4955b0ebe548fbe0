"""The callback (and errback) every spider uses for an article page.

``parse_article`` yields one :class:`Article` per page, or counts why it
yields none: ``newsspider/skipped/binary`` (an image, a PDF, random bytes,
whatever its ``Content-Type`` claims), ``newsspider/skipped/empty`` (a 200 with
no content: no bytes, white space, a byte order mark alone), ``newsspider/skipped/not_html``
(a text document that is not a web page: SVG, a feed or sitemap, JSON). An extraction layer that failed on the page is counted as
``newsspider/extract/failed/<layer>`` (the item is still made from the others). Text whose bytes do not match the encoding the page declares is
read the way it was most likely written, counted as
``newsspider/decoding/<problem>``: ``wrong_bom`` (a byte order mark the text
does not follow), ``fallback_cp1252`` (declared UTF-8, written in
Windows-1252), ``fallback_utf8`` (declared another charset, written in UTF-8), ``fallback_meta`` (declared
UTF-8 by the server, written in the charset the page's ``<meta>`` names),
``invalid_bytes`` (a few bytes that decode in no way; replaced by U+FFFD).
A page with a tag of more than ``MAX_ATTRIBUTES`` attributes (a tag broken before its
``>``, a hostile page), which would hold libxml2 for minutes, has the tag cut and is
counted as ``newsspider/markup/huge_tag``; one whose elements nest past libxml2's
limit (2,048 levels), after which the parser reads nothing, as ``newsspider/markup/too_deep``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any, Self

import scrapy
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response, TextResponse
from scrapy.settings import BaseSettings, get_settings_priority
from twisted.python.failure import Failure
from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

from newsspider.extract import extract
from newsspider.extract.page import Page
from newsspider.hugetags import MAX_ATTRIBUTES
from newsspider.items import Article, article_from, download_time
from newsspider.middlewares.network import is_network_failure, network_reason
from newsspider.middlewares.outcomes import failure_outcome
from newsspider.arguments import yes_no
from newsspider.stats import count

#: How a body starts in formats that are never a web page.
BINARY_SIGNATURES = (
    b"%PDF-", b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"RIFF",
    b"OggS", b"\x00\x00\x00", b"\x7fELF", b"II*\x00", b"MM\x00*", b"Rar!", b"7z\xbc\xaf",
)  # fmt: skip
#: Control bytes that text does not contain (tab, newlines, form feed and escape excepted).
_CONTROL = bytes(sorted(set(range(32)) - {9, 10, 12, 13, 27}))
#: Bytes looked at to tell text from binary data.
SAMPLE = 8192
#: Root elements of XML documents that are never a web page (lower case).
OTHER_XML_ROOTS = frozenset({
    "svg", "rss", "feed", "rdf:rdf", "urlset", "sitemapindex", "opml", "kml", "gpx", "math",
    "xsl:stylesheet", "xsl:transform", "smil", "plist",
})
#: What may come before a document's first element: a BOM, white space, an XML
#: declaration or processing instruction, comments, a doctype (its internal subset too).
#: Possessive (``*+``): a prolog is read one way, never tried again item by item, which
#: took time doubling with each comment on a page that does not match (24 comments: 1.7 s).
_PROLOG = (rb"(?:\s|\xef\xbb\xbf|<\?.*?\?>|<!--.*?-->"
           rb"|<!doctype\s*(?P<doctype>[\w:.-]*)[^\[>]*(?:\[.*?\])?\s*>)*+")
_FIRST_ELEMENT = re.compile(_PROLOG + rb"<(?P<root>[a-z][\w:.-]*)", re.I | re.S)
#: Roots that may also open an HTML page written without ``<html>`` (an inline icon),
#: and a page's elements that say it is one.
_INLINE_ROOTS = frozenset({"svg", "math"})
_JSON_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*[\[{]")
_HTML_ELEMENT = re.compile(rb"<(?:html|head|body|p|h1|article)[\s>]", re.I)


def looks_binary(body: bytes) -> bool:
    """Whether ``body`` is binary data rather than text: a known binary format,
    a NUL byte or more than 1% of control bytes in its first bytes."""
    if body.startswith(BINARY_SIGNATURES):
        return True
    bom_encoding, _ = read_bom(body)
    if bom_encoding and bom_encoding.startswith(("utf-16", "utf-32")):
        return False
    sample = body[:SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return b"\x00" in sample or controls * 100 > len(sample)


def other_document(response: TextResponse) -> str | None:
    """What a text response holds when it is not a web page: the root element of an
    XML document that is never one (an SVG logo, a feed or sitemap given as a story),
    read from its first bytes whatever its ``Content-Type`` says, or ``json`` (a body
    opening with ``{`` or ``[`` that its ``Content-Type`` calls JSON); None for HTML (a
    page whose doctype says so), and for anything unsure (a fragment, plain text: left
    to extraction, which counts what it lacks)."""
    sample = response.body[:SAMPLE]
    if _JSON_START.match(sample) and b"json" in (response.headers.get(b"Content-Type") or b"").lower():
        return "json"
    first = _FIRST_ELEMENT.match(sample)
    if first is None or (first["doctype"] or b"").lower() == b"html":
        return None
    root = first["root"].decode("ascii", "replace").lower()
    if root not in OTHER_XML_ROOTS or root in _INLINE_ROOTS and _HTML_ELEMENT.search(sample):
        return None
    return root


def is_blank(body: bytes) -> bool:
    """Whether ``body`` holds nothing to read: no bytes, white space, or a byte order
    mark before nothing but white space (a CMS's empty template saved with one), which
    was parsed and dropped for a missing headline (not ``.strip()``: no copy of a page's
    body to say so; the BOM's rest is copied only where it is short)."""
    if not body or body.isspace():
        return True
    _, bom = read_bom(body)
    return bool(bom) and len(body) - len(bom) <= SAMPLE and (len(body) == len(bom) or body[len(bom):].isspace())


def _strict(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


@functools.cache
def _decodes_as(encoding: str) -> bool:
    """Whether ``response.text`` decodes a body with ``encoding`` itself: w3lib resolves
    the name again (an alias may name another codec) and reads UTF-16/32 without a BOM
    as big-endian."""
    return http_content_type_encoding(f"charset={encoding}") == encoding and encoding not in {"utf-16", "utf-32"}


def page_text(response: TextResponse) -> tuple[str, str | None]:
    """The page's text and what was wrong with its encoding (None when nothing was).

    Scrapy's reading (BOM, then ``Content-Type`` charset, then ``<meta>``
    charset, then detection) is kept whenever the bytes decode cleanly with it.

    Where Scrapy decodes with the page's own codec, its text is taken when it holds
    no U+FFFD (the mark of a byte the codec could not read, which a strict decoding
    would refuse): the body is decoded once. Scrapy's ``MetaRefreshMiddleware`` has
    read ``response.text`` of every HTML page before the callback, so a second, strict
    decoding here made a second copy of the page: ``page_text`` took 0.12 ms of CPU a
    page with it, 0.05 without (the 2,486 pages of trafeval, wcxb and aeb, their
    ``response.text`` read first as the middleware does; best of 5; same texts).
    """
    body = response.body
    bom_encoding, bom = read_bom(body)
    if bom_encoding is None:
        encoding = response.encoding
        if _decodes_as(encoding):
            text = response.text
            if "\ufffd" in text and _strict(body, encoding) is None:
                return _misdeclared(body, encoding)
            return text, None
        if _strict(body, encoding) is not None:
            return response.text, None  # Scrapy renames the codec: its reading of the clean bytes
        return _misdeclared(body, encoding)
    text = _strict(body[len(bom):], bom_encoding)
    if text is not None and "<" in text:
        return text, None  # what response.text holds: Scrapy too strips the BOM and follows it
    body = body[len(bom):]
    content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
    declared = http_content_type_encoding(content_type) or html_body_declared_encoding(body)
    text = _strict(body, declared) if declared else None
    if text is not None:
        return text, "wrong_bom"
    return _misdeclared(body, declared)[0], "wrong_bom"


def _utf8_body(response: TextResponse, problem: str | None) -> bytes | None:
    """The body where it is the page's text in UTF-8 (read as UTF-8, no BOM, no
    decoding problem): the parse takes it as it is (``Page.utf8``)."""
    if problem is None and response.encoding == "utf-8" and read_bom(response.body)[0] is None:
        return response.body
    return None


def _misdeclared(body: bytes, declared: str | None) -> tuple[str, str]:
    """Text of a body that does not decode with the encoding it declares."""
    declared = resolve_encoding(declared or "utf-8") or "utf-8"
    utf8 = body.decode("utf-8", "replace")
    bad = utf8.count("\ufffd")
    if declared != "utf-8":
        if not bad:
            return utf8, "fallback_utf8"
        return body.decode(declared, "replace"), "invalid_bytes"
    good = len(utf8) - len(utf8.encode("ascii", "ignore")) - bad  # non-ASCII chars, U+FFFD aside
    if good > bad:
        return utf8, "invalid_bytes"
    in_page = _in_page_encoding(body)
    if in_page is not None:
        return in_page, "fallback_meta"
    return body.decode("cp1252", "replace"), "fallback_cp1252"


#: Charsets a ``<meta>`` names that decide nothing here: UTF-8, which failed, and those
#: Windows-1252 (tried next) reads the same or better. A charset that does not write
#: ``<meta`` in ASCII (UTF-16, UTF-32) cannot be the one a page declared itself in.
_NOT_IN_PAGE = frozenset({"utf-8", "cp1252"})  # w3lib resolves Latin-1 and ASCII to cp1252


def _in_page_encoding(body: bytes) -> str | None:
    """The body decoded with the charset its own ``<meta>`` names, where that is not
    UTF-8 and decodes every byte: a server that says UTF-8 for a page written in GBK,
    Shift_JIS or Windows-1251 (the header wins over the ``<meta>`` in Scrapy's reading,
    as in browsers; Windows-1252, tried next, would read such a page as mojibake)."""
    named = html_body_declared_encoding(body)
    encoding = resolve_encoding(named) if named else None
    if encoding is None or encoding in _NOT_IN_PAGE or "<meta".encode(encoding, "replace") != b"<meta":
        return None
    return _strict(body, encoding)


#: Items of one response processed concurrently (``CONCURRENT_ITEMS``) unless a setting
#: says otherwise: an article response yields one item, and the pipelines (like the
#: handling of the requests a listing yields) are synchronous, while Scrapy starts that
#: many asyncio tasks per response (its default, 100, costs about 1 ms of CPU a page).
CONCURRENT_ITEMS = 1


class ArticleSpider(scrapy.Spider):
    """Base for spiders that yield :class:`Article` items.

    Arguments are read in ``__init__`` and refused there with an
    :class:`~newsspider.arguments.ArgumentError`; what needs the
    settings too (is there anything to do?) in :meth:`check_start`.
    """

    def __init__(self, *args: Any, incremental: str | bool | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if incremental is not None:
            self.incremental = yes_no("incremental", incremental)

    @classmethod
    def check_arguments(cls, settings: BaseSettings, **kwargs: Any) -> None:
        """Raise ``ArgumentError`` for arguments this spider cannot use, before any
        crawler exists (the ``crawl`` command asks this first)."""
        cls(**kwargs).check_start(settings)

    def check_start(self, settings: BaseSettings) -> None:
        """Raise ``ArgumentError`` when the arguments give the spider nothing to do."""

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.check_start(crawler.settings)
        return spider

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        # Just above Scrapy's default (which the crawl command applies again over the
        # crawler's settings at "default"), below any command's, add-on's, project's,
        # spider's or command line's value.
        settings.set("CONCURRENT_ITEMS", CONCURRENT_ITEMS, priority=get_settings_priority("default") + 1)
        super().update_settings(settings)

    def parse_article(self, response: Response) -> Iterator[Article]:
        stats = self.crawler.stats
        if is_blank(response.body):
            count(stats, "skipped", "empty")
            self.logger.warning("Empty page, skipped: %(url)s", {"url": response.url})
            return
        if not isinstance(response, TextResponse) or looks_binary(response.body):
            count(stats, "skipped", "binary")
            self.logger.warning("Not a text page (%(type)s), skipped: %(url)s",
                                {"type": _content_type(response), "url": response.url})
            return
        if document := other_document(response):
            count(stats, "skipped", "not_html")
            self.logger.warning("Not a web page (%(document)s, %(type)s), skipped: %(url)s",
                                {"document": document, "type": _content_type(response), "url": response.url})
            return
        html, problem = page_text(response)
        if problem:
            count(stats, "decoding", problem)
            self.logger.info("Page not in its declared encoding (%(encoding)s; %(problem)s): %(url)s",
                             {"encoding": response.encoding, "problem": problem, "url": response.url})
        # Taken before extraction, which judges the page's dates against it (a page read
        # from a WARC file was downloaded when its record says).
        downloaded = response.meta.get("date_downloaded") or download_time()
        page = Page(url=response.url, html=html, downloaded=datetime.fromisoformat(downloaded),
                    utf8=_utf8_body(response, problem))
        fields = extract(page)
        self.count_failed_layers(page)
        self.count_cut_markup(page)
        article = article_from(fields, listed_date=response.meta.get("listed_date"))
        article.url = response.url
        article.spider = self.name
        article.dateDownloaded = downloaded
        article.warc = response.meta.get("warc")
        yield article

    def count_failed_layers(self, page: Page) -> None:
        """Count the extraction layers that failed on the page
        (``newsspider/extract/failed/<layer>``): extraction goes on without them,
        so the item may lack what they would have found."""
        failed = page.cache.get("failed_layers", ())
        for layer in failed:
            count(self.crawler.stats, "extract", f"failed/{layer}")
        if failed:
            self.logger.warning("Extraction failed in %(layers)s on %(url)s: %(problems)s",
                                {"layers": ", ".join(failed), "url": page.url,
                                 "problems": "; ".join(page.cache.get("problems", ()))})

    def count_cut_markup(self, page: Page) -> None:
        """Count a page whose markup the parse could not read whole: tags of too many
        attributes cut before it (``newsspider/markup/huge_tag``; see
        :func:`~newsspider.hugetags.cut_huge_tags`), elements nested past libxml2's
        limit, after which the page is lost (``newsspider/markup/too_deep``)."""
        if page.cut_tags:
            count(self.crawler.stats, "markup", "huge_tag")
            self.logger.warning("%(tags)d tag(s) of more than %(most)d attributes cut before parsing %(url)s",
                                {"tags": page.cut_tags, "most": MAX_ATTRIBUTES, "url": page.url})
        if page.too_deep:
            count(self.crawler.stats, "markup", "too_deep")
            self.logger.warning("Elements nested past the parser's limit: the page after them is not read: %(url)s",
                                {"url": page.url})

    def article_failed(self, failure: Failure) -> Failure | None:
        """Errback of article requests (set by ``OutcomeSpiderMiddleware``): counts
        why the request failed. An expected network failure (DNS, refused,
        timeout, size cap, TLS) gets one ERROR line with the reason and ends
        here; any other failure is passed on, so that Scrapy logs it and an
        ``HttpError`` reaches the spider middlewares. Refusals, which Scrapy
        does not log, get a line here."""
        request: Request = failure.request  # type: ignore[attr-defined]
        outcome = failure_outcome(failure, request)
        if outcome is None:
            return failure
        step, reason = outcome
        count(self.crawler.stats, step, reason)
        if failure.check(IgnoreRequest):
            self.logger.warning("Not fetched (%(step)s/%(reason)s): %(url)s: %(error)s",
                                {"step": step, "reason": reason, "url": request.url,
                                 "error": failure.getErrorMessage()})
        elif is_network_failure(failure.value):
            self.logger.error("Could not fetch %(url)s (%(step)s/%(reason)s%(tries)s): %(error)s",
                              {"url": request.url, "step": step, "reason": reason,
                               "tries": _tries(request), "error": network_reason(failure.value, request.url)})
            return None
        return failure


def _tries(request: Request) -> str:
    retries = request.meta.get("retry_times", 0)
    return f", {retries + 1} attempts" if retries else ""


def _content_type(response: Response) -> str:
    return (response.headers.get(b"Content-Type") or b"no Content-Type").decode("latin-1")
