"""``Page.elements``: every element of the page read once (tag, attribute names, class,
id), in document order, for the layers that walk the whole page."""

from __future__ import annotations

import pytest

from newsspider.extract import microdata
from newsspider.extract.page import Page

HTML = """<html><head><title>Ferry fares rise</title></head><body class="home">
<div id="main" class="story"><h1>Ferry fares rise</h1><!-- a note --><p class="byline">By Jane Doe</p></div>
<footer><p>Contact us</p></footer></body></html>"""


def test_elements_are_read_in_document_order_with_their_attributes() -> None:
    elements = Page("https://news.example/ferry-fares-rise", HTML).elements
    assert elements.tags == ["html", "head", "title", "body", "div", "h1", "p", "footer", "p"]
    assert elements.classes == [None, None, None, "home", "story", None, "byline", None, None]
    assert elements.ids == [None, None, None, None, "main", None, None, None, None]
    assert elements.names[4] == ("id", "class")
    assert elements.names[5] == ()
    assert [node.tag for node in elements.nodes] == elements.tags


def test_within_is_an_element_and_its_descendants() -> None:
    elements = Page("https://news.example/ferry-fares-rise", HTML).elements
    story, footer = elements.nodes[4], elements.nodes[7]
    assert elements.tags[elements.within(story)] == ["div", "h1", "p"]
    assert elements.tags[elements.within(footer)] == ["footer", "p"]  # the last: to the end
    assert elements.tags[elements.within(elements.nodes[0])] == elements.tags
    assert [(tag, marks) for _, tag, _, marks in elements.rows(elements.within(story))] == [
        ("div", "story"), ("h1", None), ("p", "byline")]


@pytest.mark.parametrize(("html", "expected"), [
    ('<div itemscope itemType="https://schema.org/NewsArticle"><h1>Ferry fares rise</h1></div>', True),
    ('<DIV ITEMSCOPE ITEMTYPE="https://schema.org/Article">Ferry fares rise</DIV>', True),
    ('<script>window.state = {"itemtype": "NewsArticle"}</script><p>Ferry fares rise</p>', False),
    ('<div data-itemtype="article">Ferry fares rise</div>', False),
    # an element the parse leaves beside the root element, which the walk does not read
    ('<html><body>Ferry fares rise</body></html><p itemtype="https://schema.org/Article">More</p>', True),
])
def test_microdata_is_marked_where_an_element_has_an_itemtype(html: str, expected: bool) -> None:
    assert microdata.marked(Page("https://news.example/ferry-fares-rise", html)) is expected


@pytest.mark.parametrize(("levels", "too_deep"), [(2100, True), (2000, False), (5, False)])
def test_a_parse_stopped_by_nesting_is_known(levels: int, too_deep: bool) -> None:
    """Past libxml2's 2,048 levels the parse stops: what follows the nest is lost, and said."""
    html = "<html><body>" + "<div>" * levels + "deep" + "</div>" * levels + "<p>After the nest.</p></body></html>"
    for utf8 in (html.encode(), None):
        page = Page(url="https://news.example/a", html=html, utf8=utf8)
        assert (page.tree.find(".//p") is None) is too_deep
        assert page.too_deep is too_deep
