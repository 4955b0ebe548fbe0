"""Tags of too many attributes are cut before the parse (``newsspider.hugetags``): what is
cut, what is never cut (a long tag of few attributes), and what the page keeps."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from newsspider.discovery.feeds import feed_links
from newsspider.extract import extract
from newsspider.extract.fields import html_to_text
from newsspider.extract.page import Page
from newsspider.hugetags import MAX_ATTRIBUTES, cut_huge_tags

STORY = ("The harbour board approved the new berth on Tuesday after a two-year review, and work "
         "on the quay wall is to begin in the spring, the chairman told reporters.")
#: A story page with one odd tag (``{tag}``) written after its article.
PAGE = """<!DOCTYPE html><html><head><title>Harbour board approves new berth | Port News</title>
<meta property="og:title" content="Harbour board approves new berth"></head><body>
<article><h1>Harbour board approves new berth</h1><p>{story}</p><p>{story}</p></article>
{tag}
<footer>Port News</footer></body></html>"""


def names(n: int, start: int = 0) -> str:
    return " ".join(f"data-k{i}" for i in range(start, start + n))


def words(n: int) -> str:
    """Words of a story, as a tag broken before its ``>`` runs on into them."""
    text = STORY.split()
    return " ".join(f"{text[i % len(text)]}{i // len(text)}" for i in range(n))


#: (tag, tags cut): real-looking tags, long or not, and tags of too many attributes.
TAGS = [
    # long, but few attributes: never cut
    ('<img alt="Quay wall" src="data:image/png;base64,' + "iVBORw0KGgoAAAANSUhEUgAA" * 20_000 + '">', 0),
    ("<div class=\"gallery\" data-json='" + json.dumps([{"caption": "A crane on the quay", "w": 640}] * 20_000)
     + "'></div>", 0),
    ('<a title="x > y, and a < b" href="/story/berth" data-html="<b>New</b> berth">Berth</a>', 0),
    ('<svg viewBox="0 0 10 10"><path d="' + "M 1 1 L 2 2 " * 30_000 + '"/></svg>', 0),
    # a < and a run of words with no > in a script: text to libxml2, not a tag
    ("<script>if (a<b) { " + words(20_000) + " }</script>", 0),
    ('<script type="application/ld+json">{"articleBody": "x<y ' + words(20_000) + '"}</script>', 0),
    ("<textarea>a<b " + words(20_000) + "</textarea>", 0),
    # as many attributes as a tag keeps, and one more
    (f"<div {names(MAX_ATTRIBUTES)}></div>", 0),
    (f"<div {names(MAX_ATTRIBUTES + 1)}></div>", 1),
    # many short attributes: one tag cut
    (f"<div {names(50_000)}></div>", 1),
    ("<div " + "".join(f'k{i}=""' for i in range(50_000)) + "></div>", 1),
    # a > in a quoted value ends no tag, nor does a < in a name
    ("<div " + " ".join(f'k{i}=">"' for i in range(500)) + " " + names(5_000) + "></div>", 1),
    ("<div " + " ".join(f"<k{i}" for i in range(50_000)) + "></div>", 1),
    ("<div " + "/".join(f"k{i}" for i in range(50_000)) + "></div>", 1),
    # a quoted > in every 2,000 characters of a tag, and in all its attributes
    ("<div " + " ".join(f'k{i}=">"' for i in range(50_000)) + "></div>", 1),
    # a tag broken before its > and 200,000 words after it; then two such tags
    ('<p class="lead" ' + words(200_000) + "</p>", 1),
    ("<aside x<y " + words(5_000) + "></aside><span a<b " + words(5_000) + "></span>", 2),
]


@pytest.mark.parametrize(("tag", "cut"), TAGS, ids=[f"{t[:30]}-{len(t)}" for t, _ in TAGS])
def test_tags_cut(tag: str, cut: int) -> None:
    html = PAGE.format(story=STORY, tag=tag)
    text, cuts = cut_huge_tags(html)
    assert cuts == cut
    assert cut_huge_tags(html.encode("utf-8")) == (text.encode("utf-8"), cut)
    if not cut:
        assert text is html
        return
    tree = Page("https://news.example/berth", html).tree
    assert max(len(e.attrib) for e in tree.iter(etree.Element)) <= MAX_ATTRIBUTES  # (repeated names: fewer)
    assert tree.findtext(".//footer") == "Port News"  # what follows the tag is parsed as before


def test_attributes_past_the_limit_are_dropped_the_first_kept() -> None:
    tag = f'<div id="gallery" {names(10_000)}>Caption</div>'
    text, cuts = cut_huge_tags(PAGE.format(story=STORY, tag=tag))
    assert cuts == 1
    assert f'<div id="gallery" {names(MAX_ATTRIBUTES - 1)}>Caption</div>' in text


def test_a_page_ending_in_the_tag() -> None:
    text, cuts = cut_huge_tags("<p>Story.</p><div " + names(10_000))
    assert (text, cuts) == ("<p>Story.</p><div " + names(MAX_ATTRIBUTES), 1)


def test_page_counts_the_cut_and_keeps_the_story() -> None:
    page = Page("https://news.example/berth", PAGE.format(story=STORY, tag=f"<div {names(100_000)}></div>"))
    fields = extract(page)
    assert page.cut_tags == 1
    assert fields["headline"] == "Harbour board approves new berth"
    assert fields["articleBody"] == f"{STORY}\n\n{STORY}"


def test_page_without_a_huge_tag_is_not_counted() -> None:
    page = Page("https://news.example/berth", PAGE.format(story=STORY, tag=TAGS[0][0]))
    assert page.tree.find(".//img") is not None
    assert page.cut_tags == 0


def test_fragments_of_a_page_are_guarded_too() -> None:
    """HTML in structured data and a home page read for its feeds are parsed on their own."""
    assert html_to_text(f"<p>{STORY}</p><div {names(50_000)}>Caption</div>") == f"{STORY}\n\nCaption"
    home = ('<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head>'
            f"<body><div {names(50_000)}></div></body></html>")
    assert feed_links(home.encode("utf-8"), "https://news.example/") == ["https://news.example/feed.xml"]
