"""``page_text`` returns exactly ``response.text`` whenever the body decodes cleanly
(it reuses its own strict decoding rather than decoding twice)."""

from __future__ import annotations

import codecs

import pytest
from scrapy.http import HtmlResponse

from newsspider.spiders.base import page_text

TEXT = "<html><head><title>Café – €900</title></head><body><p>Zürich “quoted”</p></body></html>"
URL = "https://news.example.com/a.html"


def response(body: bytes, content_type: str | None = None, encoding: str | None = None) -> HtmlResponse:
    headers = {"Content-Type": content_type} if content_type else {}
    return HtmlResponse(URL, body=body, headers=headers, encoding=encoding)


CASES = [
    (TEXT.encode("utf-8"), "text/html; charset=utf-8", None),
    (TEXT.encode("utf-8"), None, None),
    (TEXT.encode("cp1252"), "text/html; charset=windows-1252", None),
    (TEXT.encode("cp1252"), "text/html; charset=iso-8859-1", None),
    (TEXT.encode("cp1252"), None, "latin-1"),
    ("<html><body>Ünïcode</body></html>".encode("latin-1"), "text/html; charset=latin1", None),
    ("<p>данные</p>".encode("utf-16-be"), "text/html; charset=utf-16", None),
    ("<p>データ</p>".encode("shift_jis"), "text/html; charset=shift_jis", None),
    ("<p>数据</p>".encode("gb18030"), "text/html; charset=gb2312", None),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "text/html; charset=iso-8859-1", None),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), None, None),
    (b"<html><body>plain ascii</body></html>", "text/html; charset=us-ascii", None),
]


@pytest.mark.parametrize(("body", "content_type", "encoding"), CASES)
def test_clean_body_reads_as_response_text(body: bytes, content_type: str | None, encoding: str | None) -> None:
    text, problem = page_text(response(body, content_type, encoding))
    assert problem is None
    assert text == response(body, content_type, encoding).text



@pytest.mark.parametrize("read_first", [True, False])
def test_a_replacement_character_the_page_holds_is_kept_and_a_bad_byte_counted(read_first: bool) -> None:
    """Scrapy's text (read first by its meta-refresh middleware, or here) is taken
    where it holds no U+FFFD; a U+FFFD in it is the page's own only where the bytes
    decode strictly, else a byte was bad and the page is read as misdeclared."""
    written = "<p>Ein Zeichen \ufffd im Text</p>".encode()
    bad = "<p>São Paulo – Zürich</p>".encode().replace(b"</p>", b"\xe2\x80</p>")
    pages = [response(written, "text/html; charset=utf-8"), response(bad, "text/html; charset=utf-8")]
    if read_first:
        for page in pages:
            page.text  # noqa: B018 (as MetaRefreshMiddleware reads it)
    assert page_text(pages[0]) == ("<p>Ein Zeichen \ufffd im Text</p>", None)
    text, problem = page_text(pages[1])
    assert problem == "invalid_bytes" and text.startswith("<p>São Paulo – Zürich\ufffd")


def test_extraction_is_given_the_download_time_the_item_carries(monkeypatch):
    """The page's "now" travels with it: extraction judges dates against the very
    time exported as ``dateDownloaded``, taken before extraction runs."""
    from datetime import datetime

    from scrapy.http import Request
    from scrapy.utils.test import get_crawler

    from newsspider.spiders import base
    from newsspider.spiders.article import ArticleListSpider

    pages = []
    monkeypatch.setattr(base, "extract", lambda page: pages.append(page) or {"headline": "Story"})
    crawler = get_crawler(ArticleListSpider)
    spider = ArticleListSpider.from_crawler(crawler, urls=URL)
    page_response = HtmlResponse(URL, body=TEXT.encode("utf-8"), request=Request(URL),
                                 headers={"Content-Type": "text/html; charset=utf-8"})
    [article] = spider.parse_article(page_response)
    [page] = pages
    assert page.downloaded is not None and page.downloaded.tzinfo is not None
    assert page.downloaded == datetime.fromisoformat(article.dateDownloaded)


@pytest.mark.parametrize(("body", "content_type", "encoding"), CASES)
def test_the_parse_is_given_the_body_only_where_it_is_the_text_in_utf8(
        body: bytes, content_type: str | None, encoding: str | None) -> None:
    """A UTF-8 body is parsed as it is (not decoded and encoded again); any other
    body (another charset, a BOM) is not handed over, and the tree is the same."""
    from lxml import etree

    from newsspider.extract.page import Page
    from newsspider.spiders.base import _utf8_body

    page_response = response(body, content_type, encoding)
    text, problem = page_text(page_response)
    utf8 = _utf8_body(page_response, problem)
    if utf8 is not None:
        assert utf8 == text.encode("utf-8")
    assert (utf8 is not None) == (page_response.encoding == "utf-8" and not body.startswith(codecs.BOM_UTF8))
    parsed = etree.tostring(Page(URL, text, utf8=utf8).tree, encoding="unicode")
    assert parsed == etree.tostring(Page(URL, text).tree, encoding="unicode")


@pytest.mark.parametrize("html", [
    "<html><body><p>Zürich “quoted” 😀</p></body></html>",
    "<?xml version='1.0' encoding='iso-8859-1'?><html><body><p>Zürich</p></body></html>",
    "<meta charset='shift_jis'><p>データ</p>",
    "<p>a\x00b</p>",
    "   ",
    "",
])
def test_a_page_parses_the_same_from_its_utf8_bytes_as_from_its_text(html: str) -> None:
    from lxml import etree

    from newsspider.extract.page import Page

    from_text = Page(URL, html).tree
    from_bytes = Page(URL, html, utf8=html.encode("utf-8")).tree
    assert etree.tostring(from_bytes, encoding="unicode") == etree.tostring(from_text, encoding="unicode")
    assert "Zürich" in from_text.text_content() or "Zürich" not in html


def test_a_page_keeps_the_utf8_bytes_it_parsed() -> None:
    from newsspider.extract.page import Page

    page = Page(URL, "<p>Zürich “quoted”</p>")
    page.tree  # noqa: B018 (the parse encodes the text)
    assert page.utf8_text == "<p>Zürich “quoted”</p>".encode()
    assert page.utf8 is None  # the caller's field as given


def test_the_callers_bytes_are_left_as_given_under_an_xml_declaration() -> None:
    from newsspider.extract import microdata
    from newsspider.extract.page import Page

    html = '<?xml version="1.0" encoding="utf-8"?><html><body><p itemscope itemtype="x">Zürich</p></body></html>'
    given = html.encode("utf-8")
    page = Page(URL, html, utf8=given)
    assert microdata.marked(page)
    assert page.tree.findtext(".//p") == "Zürich"
    assert page.utf8 is given
    assert page.utf8_text == html.split("?>", 1)[1].encode("utf-8")


def test_a_lone_surrogate_is_parsed_from_the_text() -> None:
    from newsspider.extract.page import Page

    assert Page(URL, "<p>a \ud800 b</p>").tree.text_content().startswith("a ")
