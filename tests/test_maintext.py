"""The generic main-text extractor on pages written as the hard cases of real sites."""

from __future__ import annotations

from pathlib import Path

import lxml.etree
import pytest

from newsspider.extract.maintext import DATE_LINE_WORDS, front_line, main_text
from newsspider.extract.page import Page

FIXTURES = Path(__file__).parent / "fixtures" / "maintext"


def _page(html: str) -> Page:
    return Page("https://ledger.example/news/story", html)


@pytest.mark.parametrize(
    "name",
    [
        # nav, cookie notice, share widget, caption, "Also read" and "Read more" inserts,
        # newsletter box, tags, author bio, related cards, comments, sidebar, footer around
        # a story with sub-headings and a list
        "furniture",
        # the story in three sibling blocks with an ad slot and a related-links box between
        "split",
        # nothing but one-line paragraphs, each under 30 characters
        "short_paragraphs",
        # a section page: headline links and one-line teasers, no story at all
        "no_story",
        # a <time> and a "By ..." line at the top of the <article>, before the dateline
        "front_matter",
        # a short story and, after it, a longer "Dear Reader" appeal box with only a style
        "appeal_box",
        # a short post on a page whose <body> class says "single-author" (not furniture)
        "page_class_author",
        # a script-drawn page whose whole content, story included, is inside <noscript>
        "noscript_story",
        # a script-drawn page whose <noscript> only asks for JavaScript: no story
        "noscript_notice",
        # a <div> left open in a header <button>: lxml nests the rest of the page in it
        "button_left_open",
        # a photo gallery: no story but the slides' captions
        "gallery_captions",
        # a page builder's story: every paragraph in an "elementor-widget" and classed
        # "contextmenu", an id with "ad" among hex digits, an FAQ in <details>
        "page_builder",
        # the story's lead paragraph in the article's <header>, beside its headline, date
        # and byline, with the page's own header (logo, tagline, menu) above it
        "header_lead",
    ],
)
def test_fixture_pages(name: str) -> None:
    html = (FIXTURES / f"{name}.html").read_text("utf-8")
    expected = (FIXTURES / f"{name}.txt").read_text("utf-8").strip()
    assert main_text(_page(html)) == expected


def test_story_outweighed_by_its_comments() -> None:
    story = "".join(f"<p>The council voted on the new harbour plan, paragraph {i} of the story.</p>" for i in range(3))
    comment = "<li class='comment'><p>" + "I have lived by the harbour for years and I disagree with this plan. " * 3 + "</p></li>"
    html = f"<html><body><div class='story'>{story}</div><ol class='comment-list'>{comment * 8}</ol></body></html>"
    text = main_text(_page(html))
    assert text.startswith("The council voted")
    assert text.count("\n\n") == 2 and "disagree" not in text


@pytest.mark.parametrize(
    ("wrapper", "is_story"),
    [
        ("section-hero cc-newsletter", True),  # a newsletter's issue, on the newsletter's page
        ("share-container", True),  # a floating share bar's wrapper around the story
        ("comment-list", False),  # a comment thread is long text of its own, not the story
        ("advertiser-disclosure", False),  # an advertiser's disclosure, long legal text
    ],
)
def test_a_box_classed_block_holding_far_more_story_than_the_page_wraps_the_story(wrapper: str, is_story: bool) -> None:
    """A block named for a box beside the story (a newsletter's, a share bar) holding far
    more story than any block outside furniture wraps the story; testimonials beside it
    are not the story. A block named for furniture with long text of its own (comments,
    a disclosure) is no wrapper, however long."""
    story = "".join(f"<p>Train each muscle group twice a week, with two exercises each, step {i} of the plan.</p>"
                    for i in range(12))
    quotes = "".join(f"<blockquote><p>This podcast changed the way I train and sleep, says listener {i}.</p></blockquote>"
                     for i in range(8))
    html = (f"<html><body><main><section class='{wrapper}'><article>{story}</article></section>"
            f"<section><div class='testimonials'>{quotes}</div></section></main></body></html>")
    text = main_text(_page(html))
    assert text.startswith("Train each muscle group") is is_story
    assert ("listener" in text) is not is_story


def test_a_box_on_a_page_without_a_story_does_not_become_one() -> None:
    """A sign-up box is no story's wrapper where no block outside furniture holds a story:
    a page of links and a form (a listing, a service page) has no body."""
    signup = ("<div class='newsletter-signup'><p>Get the morning briefing in your inbox: the day's"
              " five stories, read in five minutes, every weekday.</p></div>")
    links = "".join(f"<li><a href='/s/{i}'>Story {i}</a></li>" for i in range(6))
    html = f"<html><body><main><ul>{links}</ul>{signup}</main></body></html>"
    assert "briefing" not in main_text(_page(html))


def test_layout_classes_that_only_sound_like_furniture() -> None:
    """A utility class clipping overflow (``overflow_hidden``), a breakpoint's variant
    (``md:hidden``: hidden on wide screens only) and an opinion piece's "commentary" class
    are no hidden block and no comment thread."""
    paragraphs = [f"The council voted on the new harbour plan late on Thursday, paragraph {i}." for i in range(4)]
    html = ("<html><body><div class='menu'><a href='/'>Home</a> <a href='/a'>About</a></div>"
            "<div class='box box_overflow_hidden'><div class='sect article commentary'>"
            f"<p>{paragraphs[0]}</p><p>{paragraphs[1]}</p></div>"
            f"<div class='grid md:hidden'><p>{paragraphs[2]}</p><p>{paragraphs[3]}</p></div></div>"
            "</body></html>")
    assert main_text(_page(html)).split("\n\n") == paragraphs


def test_lead_block_before_the_story_opens_it() -> None:
    """A standfirst in a block classed as the lead ("article-lead", a French "chapo", a
    Spanish "bajada"), ending where the story's container starts, opens the story; one
    with other story between it and the container (a teaser of another story) does not."""
    lead = "Boat owners will pay a small levy on every mooring from April to rebuild the sea wall."
    story = "".join(f"<p>The council voted on the new harbour plan late on Thursday, paragraph {i}.</p>" for i in range(4))
    links = "".join(f"<li><a href='/news/{i}'>Another headline of the site, number {i}</a></li>" for i in range(20))
    for classes in ("article-lead", "chapo", "contenedor-bajada", "ce_articleIntro"):
        html = (f"<html><body><h1>Harbour levy</h1><div class='{classes}'><p>{lead}</p></div>"
                f"<div class='byline'>Jane Doe</div><div class='body'>{story}</div><ul class='list'>{links}</ul>"
                "</body></html>")
        assert main_text(_page(html)).split("\n\n")[0] == lead
    apart = (f"<html><body><div class='teaser'><p>{lead}</p></div><div class='x'><p>{'Another story. ' * 5}</p></div>"
             f"<div class='body'>{story}</div><ul class='list'>{links}</ul></body></html>")
    assert main_text(_page(apart)).startswith("The council voted")
    assert lead not in main_text(_page(apart))


def test_page_builder_widgets_of_the_story_kind_are_story_however_short() -> None:
    """A page builder's story in blocks classed "widget", a long one and short ones between
    pictures: the short ones of the kind of the long one are story; a sidebar's widget of
    another kind, as short, is not."""
    long = "".join(f"<p>The council voted on the new harbour plan late on Thursday night, part {i}.</p>" for i in range(14))
    short = "<p>Engineers warned that parts of the old sea wall could fail in a winter storm.</p>"
    html = ("<html><body><div class='area'>"
            f"<div class='WidgetWrapper_box'><div class='prose'>{long}</div></div>"
            "<div class='WidgetWrapper_box'><figure><img src='/a.jpg'><figcaption>The pier</figcaption></figure></div>"
            f"<div class='WidgetWrapper_box'><div class='prose'>{short}</div></div></div>"
            "<div class='side'><div class='widget widget_text'><p>About me: I write about boats, harbours and "
            "the sea, and I have done so for many years.</p></div></div></body></html>")
    text = main_text(_page(html))
    assert text.endswith("could fail in a winter storm.") and "About me" not in text


#: Date lines at the top of a story, one per language of DATE_LINE_WORDS, and lines that
#: only open with a date.
DATE_LINES = [
    ("de", "15. Mai 2019, 05:28 Uhr", True),
    ("de", "Veröffentlicht am 3. März 2021 um 10:12 Uhr", True),
    ("fr", "Publié le 3 mars 2021 à 10h12", True),
    ("es", "Publicado el 3 de marzo de 2021", True),
    ("it", "Pubblicato il 3 marzo 2021 alle ore 10:12", True),
    ("pt", "Publicado em 3 de março de 2021 às 10:12", True),
    ("nl", "Gepubliceerd op 3 maart 2021 om 10:12", True),
    ("en", "Updated on March 3, 2021 at 10:12 a.m. EST", True),
    ("de", "Am 15. Mai 2019 begann der Prozess", False),
    ("fr", "Le 3 mars 2021, le conseil a voté", False),
]


@pytest.mark.parametrize(("language", "line", "is_front"), DATE_LINES)
def test_date_lines_in_other_languages_are_front_matter(language: str, line: str, is_front: bool) -> None:
    assert front_line(line) is is_front


def test_every_language_of_the_date_line_words_is_tested() -> None:
    assert {language for language, _, is_front in DATE_LINES if is_front} >= set(DATE_LINE_WORDS)


def test_br_separated_text_and_hidden_blocks() -> None:
    html = """<html><body><div class="menu"><a href="/">Home</a> <a href="/a">About</a></div>
    <div class="view-content">The festival opens on Friday with a parade through the old town centre.<br><br>
    Tickets for the main stage sold out within an hour of going on sale last month.<br>
    <b>Organisers</b> said extra screens would be set up in the square for those without tickets.
    <div style="display: none">Hidden promotional text that no reader sees on the page at all.</div>
    </div></body></html>"""
    assert main_text(_page(html)).split("\n\n") == [
        "The festival opens on Friday with a parade through the old town centre.",
        "Tickets for the main stage sold out within an hour of going on sale last month.",
        "Organisers said extra screens would be set up in the square for those without tickets.",
    ]


def test_embedded_post_and_linked_sentence_are_story() -> None:
    html = """<html><body><div class="story-body">
    <p>The mayor announced the new cycle lanes at a press conference on Monday morning.</p>
    <p>The plan, which the council first <a href="/a">proposed in a report last spring</a>, was approved in full.</p>
    <div class="article-widget social-widget"><blockquote class="twitter-tweet">
    <p>Finally some good news for everyone who cycles to work in this city every day.</p>
    &mdash; A Cyclist (@cyclist) <a href="https://x.example/status/1">May 2, 2024</a></blockquote></div>
    <ul class="related"><li><a href="/b">Council approves budget for road repairs</a></li></ul>
    <p>Work on the first lane starts in June and should take about three months to finish.</p>
    <p>Shops along the route say they expect more customers once the lanes are open to all.</p>
    </div></body></html>"""
    assert main_text(_page(html)).split("\n\n") == [
        "The mayor announced the new cycle lanes at a press conference on Monday morning.",
        "The plan, which the council first proposed in a report last spring, was approved in full.",
        "Finally some good news for everyone who cycles to work in this city every day.",
        "\u2014 A Cyclist (@cyclist) May 2, 2024",
        "Work on the first lane starts in June and should take about three months to finish.",
        "Shops along the route say they expect more customers once the lanes are open to all.",
    ]


def test_tree_is_left_as_parsed() -> None:
    page = _page((FIXTURES / "furniture.html").read_text("utf-8"))
    before = lxml.etree.tostring(page.tree)
    main_text(page)
    assert lxml.etree.tostring(page.tree) == before


def test_widgets_are_furniture_only_when_they_hold_little_story() -> None:
    story = "".join(f"<p>The council voted on the new harbour plan on Monday, paragraph {i:02} of the story. "
                    "Residents who had campaigned against the plan for two years said they would keep meeting "
                    "every week until the first stones are laid on the new quay next spring.</p>"
                    for i in range(12))
    bio = "<p>I am Jane, a gardener and writer living by the harbour. I write about plants and boats here.</p>"
    panels = "".join(f"<div class='so-panel widget widget_sow-editor'>{story[i:i + len(story) // 3]}</div>"
                     for i in range(0, len(story), len(story) // 3))
    html = (f"<html><body><div class='panel-grid'>{panels}</div>"
            f"<div class='widget widget_text'><h3>About me</h3>{bio}</div></body></html>")
    text = main_text(_page(html))
    assert text.startswith("The council voted") and text.count("\n\n") == 11
    assert "gardener" not in text


def test_one_sentence_story_kept_only_below_the_usual_threshold() -> None:
    html = """<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Quake hits coast</h1><p>Magnitude 6.1 quake strikes off Japan's east coast, agency says.</p>
    </article><footer>(c) Ledger</footer></body></html>"""
    assert main_text(_page(html)) == ""
    assert main_text(_page(html), min_story=40) == "Magnitude 6.1 quake strikes off Japan's east coast, agency says."


@pytest.mark.parametrize("html", ["", "<html></html>", "<p>", "<!-- only a comment -->", "plain words"])
def test_empty_and_bodyless_pages(html: str) -> None:
    assert main_text(_page(html)) == ""


_STORY = "".join(
    f"<p>The council voted on the new harbour plan on Monday evening, paragraph {i} of the story.</p>"
    for i in range(4))
_EXCERPT = "The mayor said the port would need new cranes before the winter storms arrive here."


def _cards(href: str, count: int = 3, excerpt: str = _EXCERPT) -> str:
    return "".join(f"<div class='card'><h3><a href='{href}{i}'>Harbour story {i}</a></h3><p>{excerpt}</p></div>"
                   for i in range(count))


@pytest.mark.parametrize(
    ("href", "kept"),
    [
        ("/news/other-story-", False),  # a related story of the same site: a teaser card
        ("https://www.ledger.example/news/other-", False),  # the same, as an absolute link
        ("https://shop.example/item-", True),  # a product's shop link: a section of the story
        ("#section-", True),  # an in-page anchor: a list item's heading
    ],
)
def test_card_is_a_teaser_only_when_it_links_within_the_site(href: str, kept: bool) -> None:
    text = main_text(_page(f"<html><body><article>{_STORY}{_cards(href)}</article></body></html>"))
    assert text.startswith("The council voted")
    assert (_EXCERPT in text) is kept


def test_cards_holding_most_of_the_page_are_its_story() -> None:
    """A listicle: a short intro and many sections, each a linked heading and a
    paragraph; one-line cards of a listing page stay cards."""
    intro = "<p>Here are the places on the harbour we liked most this year, in no order.</p>"
    section = _EXCERPT + (" It serves fish from the morning boats, opens early on weekdays and keeps"
                          " a quiet table by the water for those who book ahead.")
    listicle = f"<html><body><article>{intro}{_cards('/place/', 12, section)}</article></body></html>"
    assert main_text(_page(listicle)).count(section) == 12
    one_line = _cards("/place/", 12, "Fish from the morning boats.")
    listing = f"<html><body><article>{intro}{one_line}</article></body></html>"
    assert "morning boats" not in main_text(_page(listing))


_FERRY_STORY = "".join(
    f"<p>The harbour board approved the new ferry timetable after a long public hearing, point {i}.</p>"
    for i in range(4)
)


@pytest.mark.parametrize(
    "wrapper",
    [
        # WordPress's post classes: the post's taxonomy, not the block's role
        "<article class='post-7 post type-post hentry author-jane-doe tag-navigation'>{}</article>",
        # a theme's layout words for the column beside the sidebar
        "<div class='content-sidebar-wrap'><main class='content'>{}</main></div>",
        "<main class='main hasSidebar'>{}</main>",
        "<section class='m-article m-article--sidebar-right'>{}</section>",
        # a newsletter archive: the issue itself
        "<article class='typography newsletter-post'>{}</article>",
    ],
)
def test_class_words_of_layout_or_taxonomy_are_not_furniture(wrapper: str) -> None:
    teaser = ("<div class='intro'><p>A note on this week's meeting of the harbour board, which heard "
              "from ferry crews, commuters and the island's shopkeepers about the timetable.</p></div>")
    html = f"<html><body>{teaser}{wrapper.format(_FERRY_STORY)}<div class='sidebar'><p>About us</p></div></body></html>"
    text = main_text(_page(html))
    assert text.count("The harbour board approved") == 4


def test_figure_holding_a_table_or_a_quote_is_story_a_picture_is_not() -> None:
    table = ("<figure class='wp-block-table'><table><tr><td>Route</td><td>Departures</td></tr>"
             "<tr><td>Northern crossing to the island</td><td>Every forty minutes from six</td></tr></table></figure>")
    quote = ("<figure class='pullquote'><blockquote><p>We have waited a decade for a ferry that runs "
             "on time, said one commuter.</p></blockquote></figure>")
    picture = ("<figure><img src='ferry.jpg'><figcaption>The new ferry arriving at the northern pier "
               "on its first crossing.</figcaption></figure>")
    html = f"<html><body><article>{_FERRY_STORY}{table}{quote}{picture}</article></body></html>"
    text = main_text(_page(html))
    assert "Northern crossing to the island" in text and "Every forty minutes" in text
    assert "We have waited a decade" in text
    assert "first crossing" not in text


def test_lone_paragraph_gives_way_to_the_block_holding_the_rest_of_the_story() -> None:
    """A blog post whose entry also holds a paragraph of keyword links and a comment
    form: they outweigh the entry's other paragraphs, not its story."""
    long_paragraph = "<p>" + "The lighthouse keeper kept a log of every ship that passed the point. " * 6 + "</p>"
    winters = [f"<p>He wrote of storms, of wrecks and of the winter of {1900 + i}, when the bay froze.</p>"
               for i in range(4)]
    tags = "<p>" + " ".join(f"<a href='/tag/t{i}'>Keyword number {i}</a>" for i in range(60)) + "</p>"
    form = "<div class='comment-respond'><form>" + "<p>Your email address will not be published here.</p>" * 12 + "</form></div>"
    rest = "".join(winters[1:])
    html = f"<html><body><div class='entry'>{winters[0]}{long_paragraph}{rest}{tags}{form}</div></body></html>"
    text = main_text(_page(html))
    assert text.count("winter of 19") == 4 and "lighthouse keeper" in text
    assert "Keyword number" not in text and "email address" not in text


def _linked_story(pointer_href: str) -> str:
    paragraph = "<p>The island's new ferry service starts in May, with crossings every forty minutes.</p>"
    return (
        "<html><head><link rel='canonical' href='https://www.ledger.example/news/ferry'></head><body>"
        "<p><a href='/'>Home</a> <a href='/news'>News</a></p>"  # breadcrumbs before the story
        f"<article>{paragraph}"
        "<h2><a href='https://ferries.example/north'>1. The northern crossing</a></h2>"
        f"{paragraph}"
        f"<p><strong><a href='{pointer_href}'>HARBOUR BOARD VOTES ON NEW CRANES</a></strong></p>"
        "<p><a href='https://ferries.example/tickets'>Book your crossing with the ferry company</a></p>"
        f"{paragraph}"
        "<ul><li><a href='/news/a'>Other story one</a></li><li><a href='/news/b'>Other story two</a></li></ul>"
        "</article></body></html>"
    )


@pytest.mark.parametrize("pointer_href", ["/news/cranes", "https://www.ledger.example/news/cranes"])
def test_linked_lines_inside_the_story_are_story_pointers_to_the_site_are_not(pointer_href: str) -> None:
    """Between story paragraphs, a linked sub-heading or a line linking out of the site
    is story; a line linking to another page of the site ("SEE MORE: ...") is not, nor
    are link lists before the story (breadcrumbs) or after it (related stories). The
    page's canonical URL names its site where it is read from another host (an archive)."""
    page = Page("https://archive.example/web/2024/ledger/news/ferry", _linked_story(pointer_href))
    lines = main_text(page).split("\n\n")
    assert lines[1] == "1. The northern crossing"
    assert "Book your crossing with the ferry company" in lines
    assert not any("CRANES" in line or "Other story" in line or line == "Home News" for line in lines)


def test_heading_id_is_its_anchor_not_a_role() -> None:
    """A table of contents gives each sub-heading its text as id: "share" or "related"
    there says nothing about the block."""
    paragraph = "<p>The island's new ferry service starts in May, with crossings every forty minutes.</p>"
    heading = "<h2 class='wp-block-heading' id='h-how-to-share-a-cabin-and-related-savings'>How to share a cabin</h2>"
    html = f"<html><body><article>{paragraph}{heading}{paragraph}</article></body></html>"
    assert main_text(_page(html)).split("\n\n")[1] == "How to share a cabin"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Lesen Sie auch: Neue Fähre zur Insel startet im Mai", False),
        ("Mehr zum Thema: Neue Fähre zur Insel", False),
        ("Lee también: El puerto amplía su terminal de cruceros", False),
        ("Te puede interesar: El puerto amplía su terminal", False),
        ("À lire aussi » Le port agrandit son terminal", False),
        ("Leggi anche: Il porto amplia il terminal", False),
        ("Leia também: Porto amplia terminal de cruzeiros", False),
        ("Lees ook: Haven breidt cruiseterminal uit", False),
        ("Related - The harbour's new terminal opens", False),
        # a bare lead: left for the boilerplate pipeline, which drops the links after it
        ("Lesen Sie auch:", True),
        # the same words opening a sentence of the story
        ("Relacionado con el puerto, el plan fue aprobado ayer.", True),
        ("Related-party deals worried the harbour board.", True),
    ],
)
def test_see_also_inserts_in_every_language_of_the_table(line: str, kept: bool) -> None:
    """A short "see also" line in any language of boilerplate's :data:`SEE_ALSO_LEADS`
    between paragraphs is an insert; prose opening with the same words is story."""
    paragraph = "<p>The island's new ferry service starts in May, with crossings every forty minutes.</p>"
    html = f"<html><body><article>{paragraph}<p>{line}</p>{paragraph}</article></body></html>"
    assert (line in main_text(_page(html)).split("\n\n")) is kept


def test_table_of_contents_entries_are_not_story_links_out_are() -> None:
    """Lines linking to the page's own anchors (a table of contents between the lead and
    the story) repeat its sub-headings; a line linking out is story."""
    paragraph = "<p>The island's new ferry service starts in May, with crossings every forty minutes.</p>"
    toc = ("<div class='box'><p>Table of Contents</p><ul><li><a href='#timetable'>1. The timetable</a></li>"
           "<li><a href='#fares'>2. The fares</a></li></ul></div>")
    html = (f"<html><body><article>{paragraph}{toc}<h2 id='timetable'>1. The timetable</h2>{paragraph}"
            "<p><a href='https://ferries.example/tickets'>Book your crossing with the ferry company</a></p>"
            f"<h2 id='fares'>2. The fares</h2>{paragraph}</article></body></html>")
    lines = main_text(_page(html)).split("\n\n")
    assert lines.count("1. The timetable") == 1 and lines.count("2. The fares") == 1
    assert "Book your crossing with the ferry company" in lines


@pytest.mark.parametrize(
    ("title", "href", "kept"),
    [
        ("How often do the ferries run in winter?", "#", True),  # an accordion's toggle
        ("Can I take my bicycle on board？", " # ", True),
        ("How often do the ferries run in winter?", "#winter", False),  # a contents entry
        ("Print this guide", "#", False),  # a page's button
        ("How often do the ferries run in winter?", "/news/winter-ferries", False),  # another story
    ],
)
def test_an_faq_question_linking_nowhere_is_story(title: str, href: str, kept: bool) -> None:
    """An FAQ's question whose link goes nowhere (``href="#"``, the toggle a script shows
    the answer with) is a line of the story; a table of contents' entry (an anchor), a
    button linking to "#" that asks nothing and a link to another story are not."""
    paragraph = "<p>The island's new ferry service starts in May, with crossings every forty minutes.</p>"
    faq = (f"<ul class='accordion'><li class='accordion-item'><a class='accordion-title' href='{href}'>{title}</a>"
           "<div class='accordion-content'><p>Every hour from seven in the morning to nine at night, "
           "weather permitting.</p></div></li></ul>")
    html = f"<html><body><article>{paragraph}{faq}{paragraph}</article></body></html>"
    assert (title in main_text(_page(html)).split("\n\n")) is kept


def test_content_streamed_in_by_react_is_read_other_hidden_blocks_are_not() -> None:
    """React's streaming server rendering sends the story late in ``<div hidden id="S:0">``
    and moves it into place by script; any other hidden block stays unread."""
    story = "".join(f"<p>Paragraph {n} of the ferry story, with crossings every forty minutes in May.</p>"
                    for n in range(4))
    html = ("<html><body><main><template id='B:0'></template><p>Loading</p></main>"
            "<div hidden id='S:9'><p>A hidden note that nobody sees on this page at all, ever.</p></div>"
            f"<div hidden id='S:0'><article>{story}</article></div>"
            "<script>$RC('B:0','S:0')</script></body></html>")
    text = main_text(_page(html))
    assert text.count("Paragraph") == 4
    hidden = "<html><body><div hidden id='panel'><article>" + story + "</article></div></body></html>"
    assert main_text(_page(hidden)) == ""


@pytest.mark.parametrize("box", [
    "<div class='cta-section'><p>Ready to plan your crossing? Our travel desk books ferries, hotels and cars.</p></div>",
    "<div class='post-cta'><p>Ready to plan your crossing? Our travel desk books ferries, hotels and cars.</p></div>",
    "<div class='affiliate-disclosure'><p>Ready to plan your crossing? Our travel desk books ferries and cars.</p></div>",
    "<section class='editorial-disclosure'><p>Ready to plan your crossing? Our travel desk books ferries.</p></section>",
])
def test_call_to_action_and_disclosure_boxes_are_furniture(box: str) -> None:
    """A call-to-action box (class word ``cta``, not inside "octagon" or "dictation") or a
    disclosure box inside the story's container is not story."""
    html = f"<html><body><article>{_FERRY_STORY}{box}</article></body></html>"
    text = main_text(_page(html))
    assert text.count("The harbour board approved") == 4 and "travel desk" not in text


@pytest.mark.parametrize("wrapper", ["<div class='dictation-notes'>{}</div>", "<div class='octagon-layout'>{}</div>"])
def test_words_holding_cta_are_not_a_call_to_action(wrapper: str) -> None:
    html = f"<html><body>{wrapper.format(_FERRY_STORY)}<div class='sidebar'><p>About us</p></div></body></html>"
    assert main_text(_page(html)).count("The harbour board approved") == 4


def test_a_disclosure_widget_in_the_story_is_story() -> None:
    """A disclosure widget (``<details class="disclosure">``, an explainer that opens on a
    click) is part of the story; only a disclosure of the site's commissions is furniture."""
    widget = ("<details class='disclosure'><summary>How the fares work</summary><p>Fares are set by the harbour "
              "board each spring and cover the crossing, the car deck and the port's maintenance levy.</p></details>")
    html = f"<html><body><article>{_FERRY_STORY}{widget}</article></body></html>"
    assert "Fares are set by the harbour board" in main_text(_page(html))


def test_ruby_readings_and_soft_hyphens_are_not_words() -> None:
    """Furigana (``<rt>``, and ``<rp>`` brackets) read over kanji, and soft hyphens marking
    where a word may break, are no part of the sentence's words."""
    html = """<html><body><article>
    <p><ruby>政府<rp>(</rp><rt>せいふ</rt><rp>)</rp></ruby>は<ruby>新<rt>あたら</rt></ruby>しい<ruby>法律<rt>ほうりつ</rt></ruby>を\
決めました。子どもを守るための法律です。来年から始まります。</p>
    <p>Schon im Mit\u00adtel\u00adal\u00adter war der Wein das Aus&shy;hän&shy;ge&shy;schild der ganzen Region.</p>
    </article></body></html>"""
    assert main_text(_page(html)).split("\n\n") == [
        "政府は新しい法律を決めました。子どもを守るための法律です。来年から始まります。",
        "Schon im Mittelalter war der Wein das Aushängeschild der ganzen Region.",
    ]


def test_story_split_over_sibling_sections_of_one_kind() -> None:
    """A CMS's story in sibling sections of one kind (``detail-body``) beside the page's
    link lists and teaser cards, which make their parent lose to the longest section:
    the sections beside it with two paragraphs or more of story are read too; a box of
    another kind beside them (a call to subscribe) is not."""
    part = "<p>The port authority said shipments rose again in October, paragraph {} of the story.</p>"
    links = "".join(f"<li><a href='/topic/{i}'>Topic number {i}</a></li>" for i in range(12))
    cards = "".join(f"<div class='card'><a href='/news/{i}'>Another story {i}</a>"
                    f"<p>A teaser of another story of the site, told in one long line, number {i}.</p></div>"
                    for i in range(4))
    html = f"""<html><body><main><div class="col">
    <ul class="topics">{links}</ul>
    <section class="detail-body first"><div class="text">{part.format(1)}{part.format(2)}{part.format(3)}</div></section>
    <div class="subscribe-box"><p>Subscribe to our daily newsletter to get every story in your inbox.</p>
    <p>It is free and you can unsubscribe at any time from the link in every email.</p></div>
    <section class="detail-body second">{part.format(4)}{part.format(5)}</section>
    {cards}</div></main></body></html>"""
    text = main_text(_page(html))
    assert [line[-20:] for line in text.split("\n\n")] == [f"paragraph {i} of the story." [-20:] for i in range(1, 6)]


def test_a_paragraph_with_a_linked_line_is_no_teaser_card() -> None:
    """A ``<p>`` whose lines, split by ``<br>``, are a link to another page of the site and
    a sentence or two (a reblogged post's source line, "... (Read also: <a>...</a>)") is
    a paragraph of the story, not a teaser card of a related story."""
    html = """<html><body><div class="post-content">
    <p><a href="/2013/12/01/other-post/">Reblogged from a friend: the other post</a><br>
    It is not long ago that the first travellers asked whether people could live on the other side of the earth.<br>
    They concluded that it must be so, since we here evidently stand with our feet down and our heads up.</p>
    <p>The theory has since been developed further, as an example of how a good argument is built.</p>
    </div></body></html>"""
    assert [line[:30] for line in main_text(_page(html)).split("\n\n")] == [
        "It is not long ago that the fi", "They concluded that it must be", "The theory has since been deve"]


def test_a_header_holding_paragraphs_of_story_is_story() -> None:
    """A page builder's text blocks, each a heading and its paragraphs in one ``<header>``,
    are the story; a story's own ``<header>`` (headline, byline, standfirst) stays out."""
    para = ("<p>The relay team ran the fastest time of the indoor season so far, leg {} of {}, and the "
            "coach said the squad would rest for two weeks before the championships in March.</p>")
    blocks = "".join(
        f"<article class='image-text'><img src='/{b}.jpg'><header class='description'><h2>Athlete {b}</h2>"
        + "".join(para.format(i, b) for i in range(3)) + "</header></article>" for b in range(3))
    html = f"""<html><body><header class="site"><a href="/">Games</a></header><main>
    <header class="story-head"><h1>Europe's best are ready</h1><p>By Jane Roe, with a standfirst line that runs long.</p></header>
    {blocks}</main></body></html>"""
    text = main_text(_page(html))
    assert text.count("The relay team ran") == 9 and "standfirst" not in text


@pytest.mark.parametrize("caption_class", ["legend", "bildlegende", "image-legende", "bildunterschrift", "bu-bildunterschrift"])
def test_captions_named_in_other_languages_are_furniture(caption_class: str) -> None:
    """A caption's class in French or German ("légende", "Bildunterschrift") marks it as
    furniture like "caption" does; a "legendary" story is no caption."""
    paragraphs = [f"<p>The wetland survey counted more birds than in any year since it began, part {i}.</p>"
                  for i in range(4)]
    caption = f"<div class='{caption_class}'>A heron standing in the reeds at dawn, seen from the new hide.</div>"
    story = "".join(paragraphs[:2]) + caption + "".join(paragraphs[2:])
    html = f"<html><body><div class='legendary-story'>{story}</div></body></html>"
    text = main_text(_page(html))
    assert text.count("The wetland survey") == 4 and "heron" not in text


def test_a_post_kept_in_noscript_beside_its_script_template_is_the_story() -> None:
    """A blog drawing its post from a script template, with the post itself in
    ``<noscript>``: the first walk finds only the blog's description line; the post in
    ``<noscript>``, holding far more text, is the story."""
    post = "".join(f"<p>Over the past year we have seen attacks on browsers grow more varied, part {i} of the post.</p>"
                   for i in range(5))
    html = f"""<html><body><div class="header"><div class="header-desc">The latest news and insights from the team
    on security and safety on the Internet, every week</div></div>
    <div class="post"><div class="post-body"><script type="text/template">{post}</script>
    <noscript>{post}</noscript></div></div></body></html>"""
    text = main_text(_page(html))
    assert text.count("Over the past year") == 5


@pytest.mark.parametrize("box", ["kommentare", "comentarios", "postmetadata alt", "entry-utility"])
def test_comments_and_post_notes_named_in_other_words_are_furniture(box: str) -> None:
    """Comments under a German or Spanish class ("Kommentare", "comentarios") and a
    WordPress theme's note under the post ("postmetadata", "entry-utility": "This entry
    was posted in ...") are furniture, like "comments" and "post-meta"."""
    story = "".join(f"<p>The wetland survey counted more birds than in any year since it began, part {i}.</p>"
                    for i in range(4))
    note = f"<div class='{box}'><p>This entry was posted on Monday and filed under Nature and Birds.</p></div>"
    html = f"<html><body><div class='post'>{story}{note}</div></body></html>"
    text = main_text(_page(html))
    assert text.count("The wetland survey") == 4 and "filed under" not in text


def test_headings_after_the_last_paragraph_are_not_story() -> None:
    """A heading after the story's last paragraph heads what was left out (a list of
    related links, a newsletter form, a map): it is dropped, however many stand there;
    a sub-heading followed by a paragraph stays."""
    para = "<p>The harbour works resume on Monday after the winter storms, paragraph {} of the story.</p>"
    related = "".join(f"<li><a href='/news/{i}'>Another story of the site, {i}</a></li>" for i in range(5))
    html = f"""<html><body><article class="story">
    {para.format(1)}<h2>What the council decided</h2>{para.format(2)}
    <h2>More news</h2><ul>{related}</ul>
    <h3>Stay informed with our newsletter</h3><form><input name="email"></form>
    </article></body></html>"""
    assert main_text(_page(html)).split("\n\n") == [
        "The harbour works resume on Monday after the winter storms, paragraph 1 of the story.",
        "What the council decided",
        "The harbour works resume on Monday after the winter storms, paragraph 2 of the story."]


def test_rows_of_a_table_and_a_list_linking_within_the_site_are_no_teaser_cards() -> None:
    """A table's row (a wiki's table of appearances: a character's page linked, then what
    happened) or a list (a photo's details, its category linked) links to other pages of
    the site beside a line of text, like a teaser card; but it is part of the story's
    table or list, not a card of another story."""
    para = "<p>The spell conjures clean water from the tip of a wand, paragraph {} of the article.</p>"
    rows = "".join(f"<tr><td><a href='/wiki/Person_{i}'>Person {i}</a></td>"
                   f"<td>Used the spell to put out a fire in the common room, scene {i}.</td></tr>" for i in range(3))
    details = ("<ul><li>Category: <a href='/category/first-steps'>First steps</a></li>"
               "<li>Kind of picture: a digital photo taken with a telephoto lens</li></ul>")
    html = f"""<html><body><div class="article">{para.format(1)}{para.format(2)}
    <table><tbody>{rows}</tbody></table>{details}{para.format(3)}</div></body></html>"""
    text = main_text(_page(html))
    assert all(f"Used the spell to put out a fire in the common room, scene {i}." in text for i in range(3))
    assert "Kind of picture: a digital photo taken with a telephoto lens" in text


def test_a_menu_holding_the_page_main_is_the_page_not_a_menu() -> None:
    """A ``<div>`` left open in a menu makes lxml's parser nest the rest of the page,
    ``<main>`` and story included, inside the ``<nav>`` and its "navigation__sub-menu"
    block: the elements holding ``<main>`` are walked, and are not furniture, so that
    the story, not the results table before the menu, is the main text."""
    story = "".join(f"<p>The club sold only three thousand tickets for the league games in February, "
                    f"part {i} of the report.</p>" for i in range(4))
    results = "".join(f"<div class='match'><p>Home team number {i}</p><p>Away team number {i}</p></div>"
                      for i in range(12))
    menu = "".join(f"<li><a href='/section/{i}'>Section of the site {i}</a></li>" for i in range(20))
    html = f"""<html><body><div class="results">{results}</div><header><nav class="navigation"><ul>
    <li class="menu-item"><a href="/tickets">Tickets</a><div class="navigation__sub-menu">
    <ul>{menu}</ul><main><article class="post">{story}</article></main></div></li></ul></nav></header>
    </body></html>"""
    text = main_text(_page(html))
    assert text.count("The club sold only three thousand tickets") == 4 and "Home team" not in text


def test_a_sibling_section_with_a_box_of_link_tips_is_more_of_the_story() -> None:
    """A travel guide's story in sibling sections of one kind, one of them with a box of
    link tips and a picture's caption beside its paragraphs: still more of the story,
    read with the longest section; the tips' links and the caption are left out."""
    part = ("<p>The cycle path follows the river out of town and past the old mills, paragraph {} "
            "of the guide, with the view over the roofs from the bridge.</p>")
    tips = "".join(f"<li><a href='/cycling/{i}'>More cycling tip {i}</a></li>" for i in range(4))
    nav = "".join(f"<li><a href='/region/{i}'>Region number {i}</a></li>" for i in range(30))
    html = f"""<html><body><div class="page"><ul class="regions">{nav}</ul>
    <div class="content-wrapper"><div class="text">{part.format(1)}{part.format(2)}</div>
    <div class="tips"><h4>More tips</h4><ul>{tips}</ul></div><figure><figcaption>The bridge at dawn,
    photographed from the east bank of the river</figcaption></figure></div>
    <div class="content-wrapper"><div class="text">{part.format(3)}{part.format(4)}{part.format(5)}</div></div>
    </div></body></html>"""
    text = main_text(_page(html))
    assert [line.split("paragraph ")[1][:1] for line in text.split("\n\n") if "paragraph" in line] \
        == ["1", "2", "3", "4", "5"]
    assert "cycling tip" not in text and "bridge at dawn" not in text


def test_a_sibling_section_of_one_short_paragraph_is_more_of_the_story() -> None:
    """A post's body split by its picture gallery into two sections of one kind, the
    second a single paragraph of a few lines: read with the first."""
    first = "".join(f"<p>The designer showed his spring collection in Paris on Tuesday, in a hall full of "
                    f"mirrors and white light, paragraph {i} of the review.</p>" for i in range(3))
    second = ("<p>The silhouettes he makes so are unusual and inventive, the cuts clean and the colours "
              "drawn from the sea and the dunes of his childhood, the fabrics light enough to move with every "
              "step, and the music as quiet as the room, in what was the best show of the week.</p>")
    gallery = "".join(f"<li><a href='/gallery/{i}'>Look number {i} of the show</a></li>" for i in range(12))
    html = f"""<html><body><article class="post"><div class="entry-content">{first}</div>
    <ul class="gallery">{gallery}</ul><div class="entry-content">{second}</div></article></body></html>"""
    text = main_text(_page(html))
    assert text.count("paragraph") == 3 and text.endswith("the best show of the week.")


@pytest.mark.parametrize(("classes", "kept"), [
    ("detail-body first-paragraph", True),  # the story's body, split in one block per paragraph
    ("article__body", True),
    ("teaser", False),  # a teaser card of another story of the site
])
def test_a_block_classed_as_the_story_body_is_no_teaser_card(classes: str, kept: bool) -> None:
    """A story whose first paragraph sits in a block of its own, after a byline linking to
    the author's page of the site, looks like a teaser card (a site link, a paragraph);
    where the block's class names it the story's body it is the story."""
    first = ("The price rise strains the last round of wage talks: the union goes to a hearing today "
             "with the employers and asks for a new increase before the end of the year.")
    html = f"""<html><body><article><h1>Wage talks</h1>
    <section class="{classes}"><div class="byline"><a href="/authors/jane-roe">By Jane Roe</a></div>
    <p>{first}</p></section>
    <section class="detail-body">{_STORY}</section></article></body></html>"""
    text = main_text(_page(html))
    assert "paragraph 3 of the story" in text
    assert (first in text) is kept


@pytest.mark.parametrize(("line", "kept"), [
    ("<a href='https://gnu.example/philosophy/free-software.html'>"
     "https://gnu.example/philosophy/free-software.html</a>", True),  # a cited source, spelled out
    ("<a href='https://gnu.example/philosophy/free-software.html'>The free software definition</a>", False),
    ("<a href='/news/other-story'>https://ledger.example/news/other-story</a>", False),  # the site's own page
])
def test_a_line_spelling_out_an_outside_address_is_story(line: str, kept: bool) -> None:
    """A forum post's or a story's line that is only a link spelling out the address it
    leads to, out of the site, is a source the text cites, kept in whatever block it sits
    (a post's lines split by ``<br>`` in a ``<div>``); a link titled otherwise stays a link."""
    sentence = "The licence question came up again in the thread, and the answer is the same as before"
    html = f"""<html><body><div class="post"><div class="content">
    {sentence}, first of all.<br>{sentence}, as the definition says.<br>
    {line}<br>{sentence}, to end the post.<br>{sentence}, signed by the author.</div></div></body></html>"""
    text = main_text(_page(html))
    assert "to end the post" in text
    assert ("free-software.html" in text or "other-story" in text) is kept


@pytest.mark.parametrize(("href", "kept"), [
    ("https://ledger.example/news/story", True),  # the post's permalink: the page itself
    ("https://ledger.example/news/other-story", False),  # another story's teaser card
])
def test_a_title_linking_to_the_page_itself_makes_no_teaser_card(href: str, kept: bool) -> None:
    """A story's part whose heading links to its own permalink (the page's URL or its
    canonical URL) is the page's story, not a teaser card of another page of the site."""
    intro = ("The podcast of this week answers the listeners' letters, eighty-two reasons to keep "
             "listening, and a long talk about the mysterious button nobody ever pressed.")
    html = f"""<html><head><link rel="canonical" href="https://ledger.example/news/story"></head><body>
    <article><div class="part"><h2><a href="{href}">Episode 82</a></h2><p>{intro}</p></div>
    <div class="part">{_STORY}</div></article>
    <div class="sidebar"><p>A short note about the site and its authors, in the sidebar.</p></div></body></html>"""
    text = main_text(_page(html))
    assert "paragraph 3 of the story" in text
    assert (intro in text) is kept


def test_a_lone_paragraph_taken_for_a_card_is_not_traded_for_the_text_around_it() -> None:
    """A podcast blog's short post: one paragraph, a greeting and a linked line to a tag
    page of the site, under a byline linking to the author's page (which makes the post's
    body look like a teaser card), on a page whose cookie notice, two long paragraphs in
    a block with no telling class, sits outside it among the site's link lists. The
    post's paragraph is the story, not the cookie notice."""
    post = ("Ingo said he did not write this text, yet it is on the page now, and so we read out "
            "eighty-two reasons to keep listening to the show, some of them kind, most of them odd, "
            "one of them about the mysterious button on the site that nobody ever pressed, and a "
            "long one about the orchestra that plays the sounds of everyday life in the city.")
    cookie = ("We use cookies to personalise content and ads, to provide social media features "
              "and to analyse our traffic, and we share information about your use of our site "
              "with our social media, advertising and analytics partners. {} More information.")
    links = "".join(f"<li><a href='/episode/{i}'>Episode number {i}</a></li>" for i in range(60))
    html = f"""<html><body><div class="site-links"><ul>{links}</ul></div>
    <div id="main"><div class="post"><h2><a href="/sw082">SW082: eighty-two reasons</a></h2>
    <div class="entry-meta">Posted on 21 July 2019 by <a href="/author/realiberry">Realiberry</a></div>
    <div class="entry-content"><p>{post}</p><p>Greetings</p>
    <p>Link: <a href="/tag/orchestra">The orchestra of everyday sounds</a></p></div></div></div>
    <div class="pea_cook_wrapper"><p>{cookie.format("First part.")}</p></div>
    <div class="pea_cook_more_info_popover"><p>{cookie.format("Second part, in the popover.")}</p></div>
    </body></html>"""
    text = main_text(_page(html))
    assert post in text and "cookies" not in text


@pytest.mark.parametrize(("entry", "kept"), [
    # a glossary's entry: its definition, then links to the pages of its kinds
    ("<li><strong>{term}:</strong> {text}<ul><li><a href='/{term}/a'>First kind</a></li>"
     "<li><a href='/{term}/b'>Second kind</a></li></ul></li>", True),
    # a related story's card: its title link, then its excerpt
    ("<li><a href='/{term}'>{term} and its kinds</a><p>{text}</p></li>", False),
])
def test_a_list_item_whose_site_links_follow_its_text_is_no_teaser_card(entry: str, kept: bool) -> None:
    """A glossary page explaining leadership styles, one list item per style: a paragraph
    of definition and, after it, links to the site's pages on the style's kinds. Its
    links come after its text, so it is no teaser card of another page (whose title link
    comes first) but story."""
    text = ("The {term} model describes how a leader directs the group, and which of the "
            "styles fits the task: the more the group knows, the freer it is.")
    items = "".join(entry.format(term=term, text=text.format(term=term))
                    for term in ("continuum", "grid", "contingency", "path-goal"))
    html = f"""<html><body><article class="post"><div class="content">
    <p>Definition: the leadership styles are the patterns of behaviour a leader adopts to
    influence the people of the group.</p>
    <p>The styles can be told apart by several models, the most known of which are these:</p>
    {_STORY}<ol>{items}</ol></div></article></body></html>"""
    found = main_text(_page(html))
    assert "Definition: the leadership styles" in found
    assert ("the grid model describes" in found.lower()) is kept


@pytest.mark.parametrize("picture", [
    # a rich-text editor's picture set inline in a paragraph, its caption a span
    "<span class='rte-image'><img src='/stoat.jpg'><span class='rte-paragraph__caption'>{caption}</span></span>",
    # a caption's credit in an <em>, a caption in a <strong>
    "<span class='picture-element'><img src='/stoat.jpg'><strong class='caption'>{caption}</strong> "
    "<em class='copyright'>Photo agency | Jane Roe</em></span>",
    # a picture block's metadata and subtitle
    "</p><div class='img-metadata'><span class='img-metadata__title'>{caption}</span></div><p>",
    "</p><div class='image-subtitle'>{caption}</div><p>",
])
def test_a_pictures_caption_or_credit_is_no_story(picture: str) -> None:
    """A picture's caption and credit, set inline inside a paragraph (a span, a
    ``<strong>``, an ``<em>`` classed so) or in a block classed as the picture's
    metadata or subtitle, are not words of the story."""
    caption = "The stoat in its white winter coat, photographed in the snow (archive picture)"
    html = f"""<html><body><article><div class="body">
    <p>{picture.format(caption=caption)}The stoat wears white in the winter, and so hides in the snow
    from the birds of prey that hunt it, paragraph 0 of the story.</p>{_STORY}</div></article></body></html>"""
    text = main_text(_page(html))
    assert "hides in the snow" in text and "paragraph 3 of the story" in text
    assert "white winter coat" not in text and "Photo agency" not in text


def test_a_heading_over_link_lists_only_heads_nothing_of_the_story() -> None:
    """A federation's news page: its story's container also holds an "Upcoming events"
    heading over a list of links to the events' pages, then the story's next section.
    The link list is left out, and with it its heading; the sections' own headings stay."""
    events = "".join(f"<li><a href='/events/{i}'>Event number {i}</a></li>" for i in range(5))
    html = f"""<html><body><div class="content"><h2>The season opens</h2>{_STORY}
    <h2>Upcoming events</h2><ul>{events}</ul>
    <h2>Passes for the new season</h2><p>The passes for the new season can be ordered from today on,
    from the federation's office, for every swimmer of a member club.</p></div></body></html>"""
    text = main_text(_page(html))
    assert "The season opens" in text and "Passes for the new season" in text
    assert "Upcoming events" not in text


def test_a_name_that_shows_a_card_on_hover_is_a_word_of_the_sentence() -> None:
    """A politician's name linking to the site's page on them, wrapped with the card that
    pops up over it on hover: the name stays in its sentence, the card does not."""
    html = f"""<html><body><article><div class="body"><p>South Dakota Gov. <span class="rollover-people">
    <a class="rollover-people-link" href="/people/jane-roe">Jane Roe</a><span class="rollover-people-block">
    <span class="rollover-people-name">Jane Roe</span> Governor of South Dakota since 2019, see all stories</span>
    </span> (R) is defending the state's launch of an anti-drug campaign with an odd slogan.</p>{_STORY}
    </div></article></body></html>"""
    text = main_text(_page(html))
    assert "South Dakota Gov. Jane Roe (R) is defending" in text and "see all stories" not in text


def test_a_table_cell_that_is_a_link_is_an_entry_of_the_table() -> None:
    """A child-seat test's table of results: each row's first cell is the seat's name,
    linking to its test on the site; the cells are entries of the table, kept with it,
    while a link line to another story of the site between paragraphs is not."""
    rows = "".join(f"<tr><td><a href='/tests/seat-{i}'>Seat model {i} i-Size</a></td><td>good</td>"
                   f"<td>{i}.5</td></tr>" for i in range(4))
    html = f"""<html><body><article><div class="text">{_STORY}
    <p><a href="/news/other-story">The other story of the day, told in its headline</a></p>
    <table><thead><tr><th>Model</th><th>Result</th><th>Grade</th></tr></thead><tbody>{rows}</tbody></table>
    <p>The seats were tested in a frontal and a side crash, at the speeds the norm asks for.</p>
    </div></article></body></html>"""
    text = main_text(_page(html))
    assert "Seat model 2 i-Size" in text and "The seats were tested" in text
    assert "The other story of the day" not in text


@pytest.mark.parametrize("classes", ["artDetailAutor", "autor-box", "bloc-auteur"])
def test_an_authors_box_in_another_language_is_furniture(classes: str) -> None:
    """The box about the author under a story, classed in the site's language (German,
    Spanish or Polish "autor", French "auteur"), is not story."""
    html = f"""<html><body><article><div class="text">{_STORY}
    <section class="{classes}"><p>Jane Roe leads the desk for health and life, and has written about
    medicine for twenty years, before that for the regional papers of the north.</p></section>
    </div></article></body></html>"""
    text = main_text(_page(html))
    assert "paragraph 3 of the story" in text and "Jane Roe" not in text


def test_a_heading_over_teaser_cards_only_heads_nothing_of_the_story() -> None:
    """A campaign page's "More on climate and shopping" heading over a row of teaser
    cards of the site's other stories, then the page's next section: the cards are left
    out, and with them their heading."""
    cards = "".join(f"<div class='teaser-item'><h3><a href='/story/{i}'>Another story of the site, number {i}</a></h3>"
                    f"<p>{_EXCERPT}</p></div>" for i in range(3))
    html = f"""<html><body><article><div class="content"><h2>Shopping without waste</h2>{_STORY}
    <h2>More on climate and shopping</h2><div class="teasers">{cards}</div>
    <h2>What you can do</h2><p>Take your own bags and boxes to the market, and buy what the season
    brings from the farms around the town.</p></div></article></body></html>"""
    text = main_text(_page(html))
    assert "Shopping without waste" in text and "What you can do" in text
    assert "More on climate" not in text and "Another story" not in text


@pytest.mark.parametrize(("classes", "kept"), [
    ("content-nav-section", True),  # a section of the story beside the page's in-page navigation
    ("main with-navigation", True),
    ("offset-nav", True),
    ("site-nav", False),  # a navigation block
])
def test_a_layout_word_for_a_block_beside_navigation_is_no_furniture(classes: str, kept: bool) -> None:
    """A layout's class for a block laid out beside the navigation names the navigation,
    not the block: the story in it is story; a block classed as navigation is not."""
    part = ("<p>Wealth-building strategies matter to the young, and for good reason: they came of age "
            "in a recession, paragraph {} of the guide.</p>")
    html = f"""<html><body><div class="body-content"><div class="{classes}">{part.format(1)}{part.format(2)}
    </div><div class="{classes}">{part.format(3)}{part.format(4)}{part.format(5)}</div></div></body></html>"""
    text = main_text(_page(html))
    assert ("paragraph 1 of the guide" in text and "paragraph 5 of the guide" in text) is kept


def test_class_words_open_with_a_letter() -> None:
    """Every branch of the class-word regexes opens with a letter (lookbehinds after it):
    one opening with a group or a lookbehind is enough for the regex engine to try the
    regex at every position of a class string, not only where one of those letters is
    (see ``maintext._FURNITURE_WORDS``)."""
    from newsspider.extract import maintext
    from newsspider.extract.boilerplate import _branches

    regexes = [maintext._FURNITURE_WORDS, maintext._POST_WORDS, maintext._WIDGET_WORDS, maintext._LONG_FURNITURE_WORDS,
               *(matcher._regex for matcher in (maintext._is_hover, maintext._is_invisible,
                                                maintext._is_embedded_post, maintext._is_lead))]
    for regex in regexes:
        branches = _branches(regex.pattern)
        assert branches and all(branch[:1].isalpha() for branch in branches), regex.pattern


@pytest.mark.parametrize(("classes", "box"), [
    ("newsletter-wrapper", True), ("share-container", True), ("node node--promoted", True), ("post-meta", True),
    ("body-ad-wrapper", True), ("comment-list", False), ("related-posts", False), ("site-footer", False),
    ("cookie-banner", False), ("author-box", False), ("print-only", False), ("advertiser-disclosure", False),
])
def test_box_words(classes: str, box: bool) -> None:
    """Furniture named for a box (a few lines beside the story) and furniture with long
    text of its own (see ``maintext._LONG_FURNITURE_WORDS``)."""
    from newsspider.extract import maintext

    role = maintext._role(classes)
    assert role & maintext._FURNITURE_ROLE
    assert bool(role & maintext._BOX_ROLE) is box


@pytest.mark.parametrize(("classes", "found"), [
    ("post-12 post type-post status-publish hentry", True), ("h-entry", True), ("x type-post", True),
    ("xhentry", False), ("my-hentry", False), ("type-posts", False), ("atype-post", False), ("hentry-title", False),
])
def test_post_words(classes: str, found: bool) -> None:
    from newsspider.extract.maintext import _POST_WORDS

    assert (_POST_WORDS.search(classes) is not None) is found


@pytest.mark.parametrize(("classes", "found"), [
    ("sr-only", True), ("x visually-hidden", True), ("visuallyhidden", True), ("is hidden", True), ("hide", True),
    ("screen-reader-text", True), ("overflow-hidden", False), ("hidden-xs", False), ("hidden:md", True),
    ("xhidden", False), ("unhide", False), ("caption", True),
])
def test_invisible_inline_words(classes: str, found: bool) -> None:
    from newsspider.extract.maintext import _is_invisible

    assert _is_invisible(classes) is found
