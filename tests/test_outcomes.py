"""Why an article request ended without an item, and how a page's bytes are read."""

from __future__ import annotations

import random

import pytest
from scrapy import Request
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import HtmlResponse, Response
from scrapy.settings import Settings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error
from twisted.python.failure import Failure

from newsspider.extensions.outcomes import outcome_totals
from newsspider.middlewares.outcomes import failure_outcome
from newsspider.middlewares.refusals import Refused
from newsspider.spiders.base import is_blank, looks_binary, other_document, page_text

URL = "http://news.example/a.html"

FAILURES = [
    (DownloadTimeoutError("Getting x took longer than 2.0 seconds."), ("failed", "timeout")),
    (error.TimeoutError(), ("failed", "timeout")),
    (CannotResolveHostError("no such host"), ("failed", "dns")),
    (error.DNSLookupError(), ("failed", "dns")),
    (DownloadConnectionRefusedError(), ("failed", "connection_refused")),
    (ResponseDataLossError(), ("failed", "data_loss")),
    (DownloadFailedError(), ("failed", "connection_lost")),
    (error.ConnectionLost(), ("failed", "connection_lost")),
    (DownloadCancelledError("Expected to receive 52428800 bytes which is larger than download max size (16777216)"),
     ("failed", "maxsize")),
    (DownloadCancelledError(), ("failed", "maxsize")),
    (DownloadCancelledError("stopped by the user"), ("failed", "cancelled")),
    (Refused("skipped", "robots_txt", "Forbidden by robots.txt"), ("skipped", "robots_txt")),
    (Refused("skipped", "offsite", "Filtered offsite request to 'other.example'"), ("skipped", "offsite")),
    (Refused("failed", "maxsize_decompressed", "Ignored response <200 x>"), ("failed", "maxsize_decompressed")),
    # A plain IgnoreRequest is "ignored", whatever its message says.
    (IgnoreRequest("Forbidden by robots.txt"), ("skipped", "ignored")),
    (IgnoreRequest("max redirections reached"), ("skipped", "ignored")),
    (Refused("skipped", "internal_address/loopback", "internal address", counted=True), None),
    (Refused("skipped", "not_modified", f"not modified: {URL}", counted=True), None),
    (HttpError(Response(URL, status=404)), None),  # counted in the spider middleware chain
    (ZeroDivisionError(), ("failed", "zero_division_error")),
]


@pytest.mark.parametrize(("exception", "expected"), FAILURES, ids=lambda v: type(v).__name__ if v else "-")
def test_failure_outcome(exception, expected):
    assert failure_outcome(Failure(exception), Request(URL)) == expected


def test_a_redirect_chain_that_comes_back_is_a_loop():
    request = Request("http://a.example/b", meta={"redirect_urls": ["http://a.example/a", "http://a.example/b"],
                                                  "redirect_ttl": 0})
    assert failure_outcome(Failure(IgnoreRequest("any message")), request) == ("failed", "redirect_loop")


def test_redirects_running_out_are_read_from_the_request():
    request = Request("http://a.example/c", meta={"redirect_urls": ["http://a.example/a", "http://a.example/b"],
                                                  "redirect_ttl": 0, "redirect_times": 2})
    assert failure_outcome(Failure(IgnoreRequest("any message")), request) == ("failed", "redirect_max")


def test_scrapys_refusing_middlewares_are_replaced_by_ones_that_say_why():
    from scrapy.utils.project import get_project_settings

    from newsspider.middlewares import refusals

    middlewares = get_project_settings().getdict("DOWNLOADER_MIDDLEWARES")
    for cls in (refusals.OffsiteRefusals, refusals.RobotsTxtRefusals, refusals.HttpCompressionRefusals):
        parent = cls.__bases__[0]
        assert middlewares[f"{parent.__module__}.{parent.__name__}"] is None
        assert f"newsspider.middlewares.refusals.{cls.__name__}" in middlewares


def test_outcome_totals():
    stats = {"item_scraped_count": 3, "newsspider/dropped/not_article/video": 2, "newsspider/skipped/binary": 1,
             "newsspider/failed/http_404": 1, "newsspider/failed/timeout": 2, "newsspider/dates/missing": 5,
             "newsspider/monitor/check/schema": "ok"}
    totals, reasons = outcome_totals(stats)
    assert totals == {"exported": 3, "dropped": 2, "skipped": 1, "failed": 3}
    assert reasons["failed"] == {"http_404": 1, "timeout": 2}


# --- Binary bodies ------------------------------------------------------------------------------

NOISE = random.Random(1).randbytes(4096)


@pytest.mark.parametrize("body", [
    b"\x89PNG\r\n\x1a\n" + NOISE, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", b"\xff\xd8\xff\xe0\x00\x10JFIF", NOISE,
    b"PK\x03\x04" + NOISE[:100], b"<html>" + b"\x00" * 10 + b"</html>",
])
def test_binary_bodies(body):
    assert looks_binary(body)


@pytest.mark.parametrize("body", [
    b"<!DOCTYPE html><html><body><p>Caf\xc3\xa9</p></body></html>",
    "<html><body>Zürich – “quoted”</body></html>".encode("cp1252"),
    b"\xff\xfe" + "<html>text</html>".encode("utf-16-le"),
    b"plain text story\r\n\twith tabs\x0c and a form feed",
])
def test_text_bodies(body):
    assert not looks_binary(body)


@pytest.mark.parametrize(("body", "blank"), [
    (b"", True), (b" \r\n\t ", True),
    (b"\xef\xbb\xbf", True), (b"\xef\xbb\xbf\r\n", True), (b"\xff\xfe", True), (b"\xfe\xff\n", True),
    (b"\xef\xbb\xbf<!DOCTYPE html>", False), (b"\xef\xbb\xbf" + b" " * 9000 + b"<p>x</p>", False),
    (b"<html></html>", False), (b"\xff\xfe" + "<p>x</p>".encode("utf-16-le"), False),
])
def test_blank_bodies(body: bytes, blank: bool) -> None:
    assert is_blank(body) is blank


@pytest.mark.parametrize(("body", "content_type", "document"), [
    (b'<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg"><title>Logo</title></svg>',
     b"image/svg+xml", "svg"),
    (b'<?xml version="1.0"?>\n<!-- generator: WordPress -->\n<rss version="2.0"><channel></channel></rss>',
     b"text/html", "rss"),
    (b'\xef\xbb\xbf<?xml version="1.0"?><?xml-stylesheet href="/feed.xsl"?><feed xmlns="http://www.w3.org/2005/Atom">',
     b"application/atom+xml", "feed"),
    (b'<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "svg11.dtd" [<!ENTITY a "b">]>\n<svg/>',
     b"text/xml", "svg"),
    (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>x</loc></url></urlset>',
     b"application/xml", "urlset"),
    (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', b"application/rdf+xml", "rdf:rdf"),
    (b'{"headline": "Port reopens"}', b"application/json; charset=utf-8", "json"),
    (b'<!DOCTYPE html><html><body><svg><title>Icon</title></svg><p>Story</p></body></html>', b"text/html", None),
    (b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">\n'
     b'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Story</p></body></html>', b"application/xhtml+xml", None),
    (b'<!-- cached page --><svg width="1"></svg><h1>Headline</h1>', b"text/html", None),
    (b'<rss version="2.0"><channel><item><description><![CDATA[<p>Story</p>]]></description></item>', b"text/xml", "rss"),
    (b'<div class="story"><p>A fragment of a page</p></div>', b"text/html", None),
    (b'plain text story, no markup at all', b"text/plain", None),
    (b'<!-- never closed <rss>', b"text/xml", None),
    # an inline icon sheet longer than the sample, before <html>: the doctype says HTML
    (b'<!DOCTYPE html>\n<svg style="display:none">' + b'<symbol id="i"><path d="M0 0h24v24H0z"/></symbol>' * 300,
     b"text/html", None),
    (b'<!doctype HTML PUBLIC "-//W3C//DTD HTML 4.01//EN"><rss>', b"text/html", None),
    (b'\n  [{"headline": "Port reopens"}]', b"application/json", "json"),
    (b'<!DOCTYPE html><html><body><p>Story</p></body></html>', b"application/json", None),
    # a prolog that leads nowhere, read once (each comment doubled the time: 1.7 s at 24)
    (b"<!---->" * 40 + b"x", b"text/html", None),
    (b"<!DOCTYPE html>" + b"<!-- a -->" * 40 + b"<!-- " + b"x" * 9000, b"text/html", None),
])
def test_other_documents(body: bytes, content_type: bytes, document: str | None) -> None:
    response = HtmlResponse(URL, body=body, headers={"Content-Type": content_type})
    assert other_document(response) == document


# --- Encodings ----------------------------------------------------------------------------------

PAGE = "<html><head><title>Café “news”</title></head><body><p>São Paulo – Zürich</p></body></html>"


def response(body: bytes, content_type: str = "text/html; charset=utf-8") -> HtmlResponse:
    return HtmlResponse(URL, body=body, headers={"Content-Type": content_type})


@pytest.mark.parametrize(("body", "content_type", "problem"), [
    (PAGE.encode("utf-8"), "text/html; charset=utf-8", None),
    (PAGE.encode("utf-8"), "text/html", None),
    (PAGE.encode("cp1252"), "text/html; charset=windows-1252", None),
    (PAGE.encode("cp1252"), "text/html; charset=utf-8", "fallback_cp1252"),
    (PAGE.encode("utf-8"), "text/html; charset=iso-8859-1", "fallback_utf8"),  # read as cp1252: 0x9d is unassigned
    (PAGE.encode("utf-8"), "text/html; charset=shift_jis", "fallback_utf8"),
    (b"\xef\xbb\xbf" + PAGE.encode("utf-8"), "text/html; charset=utf-8", None),
    (b"\xff\xfe" + PAGE.encode("utf-16-le"), "text/html", None),
    (b"\xff\xfe" + PAGE.encode("utf-8"), "text/html; charset=utf-8", "wrong_bom"),
    (b"\xef\xbb\xbf" + PAGE.encode("cp1252"), "text/html", "wrong_bom"),
])
def test_page_text(body, content_type, problem):
    text, found = page_text(response(body, content_type))
    assert found == problem
    assert "Café “news”" in text and "São Paulo – Zürich" in text


@pytest.mark.parametrize(("charset", "title", "story"), [
    ("gb2312", "话剧《约定》巡演结束", "新华网河北频道 2012-06-04 09:20:26 稿件来源：河北日报"),
    ("shift_jis", "東京で大雪、交通に乱れ", "気象庁によると、関東地方では"),
    ("windows-1251", "Снегопад в Москве", "Движение на дорогах затруднено"),
])
def test_a_page_in_the_charset_its_meta_names_though_the_server_says_utf8(charset, title, story):
    page = f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"/>
    <title>{title}</title></head><body><p>{story}</p></body></html>'''
    text, problem = page_text(response(page.encode(charset), "text/html; charset=utf-8"))
    assert problem == "fallback_meta"
    assert title in text and story in text


@pytest.mark.parametrize("charset", ["utf-16", "utf-32", "iso-8859-1", "windows-1252", "us-ascii"])
def test_a_meta_charset_that_cannot_be_the_page_s_own_or_reads_as_windows_1252_is_left_to_it(charset):
    page = PAGE.replace("<head>", f'<head><meta charset="{charset}">')
    body = page.encode("cp1252")
    text, problem = page_text(response(body + b" " * (len(body) % 4), "text/html; charset=utf-8"))
    assert problem == "fallback_cp1252"
    assert "São Paulo – Zürich" in text


def test_a_meta_charset_that_does_not_decode_the_page_is_not_taken():
    page = PAGE.replace("<head>", '<head><meta charset="shift_jis">')
    text, problem = page_text(response(page.encode("cp1252"), "text/html; charset=utf-8"))
    assert problem == "fallback_cp1252"
    assert "São Paulo – Zürich" in text


def test_a_few_bad_bytes_in_utf8_are_replaced_not_misread():
    body = PAGE.encode("utf-8").replace(b"</p>", b"\xe2\x80</p>")
    text, problem = page_text(response(body))
    assert problem == "invalid_bytes"
    assert "São Paulo – Zürich\ufffd" in text


def test_spider_middleware_order():
    """The tombstone middleware sees a 404/410 first, then this one counts it, then
    Scrapy's HttpErrorMiddleware (50) ends the exception chain."""
    settings = Settings()
    settings.setmodule("newsspider.settings", priority="project")
    order = settings.getdict("SPIDER_MIDDLEWARES")
    tombstones = order["newsspider.middlewares.tombstones.TombstoneSpiderMiddleware"]
    assert tombstones > order["newsspider.middlewares.outcomes.OutcomeSpiderMiddleware"] > 50


def test_a_failed_extraction_layer_is_counted_by_the_spider(monkeypatch: pytest.MonkeyPatch, caplog) -> None:
    from scrapy.http import HtmlResponse
    from scrapy.utils.test import get_crawler

    from newsspider.extract import microdata
    from newsspider.spiders.article import ArticleListSpider

    def broken(_page: object) -> dict:
        raise RuntimeError("boom")

    monkeypatch.setattr(microdata, "extract", broken)
    crawler = get_crawler(ArticleListSpider)
    crawler.spider = spider = ArticleListSpider.from_crawler(crawler, urls=URL)
    body = b"<html><head><title>Rain</title></head><body><h1>Rain</h1><p>" + b"It rained all day. " * 30 + b"</p>"
    response = HtmlResponse(URL, body=body, encoding="utf-8", request=Request(URL))
    items = list(spider.parse_article(response))
    assert len(items) == 1 and items[0].headline == "Rain"
    assert crawler.stats.get_value("newsspider/extract/failed/microdata") == 1
    assert "Extraction failed in microdata" in caplog.text and "boom" in caplog.text
