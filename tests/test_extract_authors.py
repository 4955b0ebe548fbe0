"""Which layer's people are the story's authors: fixture pages written after the
structures of real pages (a site-wide meta author, a JSON-LD uploader, an account
handle, a byline under the story, readers' letters, a fact checker's box)."""

from __future__ import annotations

import pytest

from newsspider.extract import extract
from newsspider.extract.meta import AUTHOR_KEYS
from newsspider.extract.page import Page
from newsspider.lang import bylines as words

URL = "https://blog.example/2024/03/a-story"
STORY = "<p>" + "A paragraph of the story that is long enough to be the body of the page. " * 8 + "</p>"


def _authors(head: str, body: str) -> list[str]:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return [a["name"] for a in extract(Page(URL, html))["authors"]]


def _jsonld(author: object) -> str:
    import json

    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "A story", "author": author}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@pytest.mark.parametrize(
    ("head", "byline", "names"),
    [
        # a theme's meta author (the club, the site's owner) under a visible byline
        ('<meta name="author" content="EFC Example Club">',
         '<div class="post-info">Geschrieben von Cooper am 25.08.2015 22:30</div>', ["Cooper"]),
        ('<meta name="author" content="Deutsche Welle (www.example.com)">',
         '<p class="byline">Auteur : Kossi Tiasso</p>', ["Kossi Tiasso"]),
        # meta and the byline agree: kept
        ('<meta name="author" content="Jane Roe">', '<p class="byline">By Jane Roe</p>', ["Jane Roe"]),
        # JSON-LD's uploader where meta and the byline name the writer
        (_jsonld({"@type": "Person", "name": "Kathy Upload"}) + '<meta name="author" content="Linda Rosen">',
         '<p class="byline">by Linda Rosen Contributing Writer</p>', ["Linda Rosen"]),
        # JSON-LD alone against the byline: JSON-LD stays
        (_jsonld({"@type": "Person", "name": "Kathy Upload"}), '<p class="byline">By Linda Rosen</p>', ["Kathy Upload"]),
        # an account's handle: the byline's person of the same letters, else the byline's
        (_jsonld({"@type": "Person", "name": "arianschlichen"}), '<p class="byline">von Arian Schlichen</p>',
         ["Arian Schlichen"]),
        (_jsonld({"@type": "Person", "name": "andrew.keaveny"}), '<div class="author">Denise Everhart</div>',
         ["Denise Everhart"]),
        # an account's one word in JSON-LD and meta ("KatieS") under a byline naming a person in full
        (_jsonld({"@type": "Person", "name": "KatieS"}) + '<meta name="author" content="KatieS">',
         '<p class="byline">by Aoife Example-Riordan</p>', ["Aoife Example-Riordan"]),
        # ... but not under a tagline a byline word opens in lower case ("von Lesern für Leser")
        (_jsonld({"@type": "Person", "name": "Steffi"}),
         '<p class="byline">Das Magazin - von Haustierbesitzern für Haustierbesitzer</p>', ["Steffi"]),
        # a line no byline word opens does not overrule the meta author
        ('<meta name="author" content="Abby Colsen">', '<div class="author-box">Example Tax &amp; Accounting</div>',
         ["Abby Colsen"]),
    ],
)
def test_the_byline_overrules_weak_structured_names(head: str, byline: str, names: list[str]) -> None:
    assert _authors(head, f"<article><h1>A story</h1>{byline}{STORY}</article>") == names


def test_a_short_byline_line_under_the_story() -> None:
    body = (f"<article><div class='hero'><h1>A story</h1></div><div class='text'>{STORY}"
            "<p><i>von Daniela Obers</i></p></div></article>"
            "<ul class='related'><li><p>Von Jan Teaser</p></li></ul>")
    assert _authors("", body) == ["Daniela Obers"]
    # one word is a form's label ("Filter by Role"), not a name
    assert _authors("", f"<article><h1>A story</h1>{STORY}<p>Sort by Role</p></article>") == []


def test_readers_letters_name_no_author() -> None:
    letters = "".join(f'<div class="leserbrief"><div class="meta"><span class="autor">{name}</span> / 22.04.2020</div>'
                      f"<p>Ein Leserbrief.</p></div>" for name in ("Karl Leser", "Alex Fischer"))
    assert _authors("", f"<article><div><h1>A story</h1>{STORY}{letters}</div></article>") == []


def test_a_fact_checker_is_no_author() -> None:
    box = ('<div class="bylines__group--fact_checker"><span>Fact checked by</span>'
           '<span class="author-tooltip__name">Yara Perez</span></div>')
    assert _authors("", f"<article><h1>A story</h1>{STORY}</article><aside>{box}</aside>") == []


def test_a_desk_byline_ends_the_search() -> None:
    # the story's byline credits the desk; the bylines after it are other stories'
    body = ('<article><h1>A story</h1><p class="byline">By Example Staff</p>'
            '<div class="more"><p class="byline">By Ben Hon</p><p class="byline">By Ellie Plass</p></div>'
            f"{STORY}</article>")
    assert _authors("", body) == []
    # a person signs under the story the desk posted: she wrote it
    signed = body.replace("</article>", '<p class="text-md">Written by <a href="/u/jd">Jana Dorsey</a></p></article>')
    assert _authors("", signed) == ["Jana Dorsey"]
    # the signature in the list of other stories: none
    signed = body.replace("By Ben Hon", "Written by Ben Hon")
    assert _authors("", signed) == []


def test_a_wordpress_topic_class_is_no_comment() -> None:
    body = ('<div class="post type-post category-der-kommentar"><h1>A story</h1>'
            '<div class="meta"><div class="date">2. August 2012</div>By '
            '<a href="https://blog.example/author/oradmin/" rel="author">oradmin</a></div>'
            f"{STORY}</div>")
    assert _authors("", body) == ["oradmin"]


def test_microdata_authors_of_other_stories_are_dropped() -> None:
    # the teasers under the story carry no item of their own: their authors fall into the story's
    teasers = "".join(f'<li><p class="byline">by <span itemprop="author">{name}</span></p></li>'
                      for name in ("Mark Bern", "Liam Nuge"))
    body = ('<div itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">A story</h1>'
            '<p class="byline">by <span itemprop="author">Jeff Zeld</span> November 20, 2007</p>'
            f'<div itemprop="articleBody">{STORY}</div><aside><ul>{teasers}</ul></aside></div>')
    assert _authors("", body) == ["Jeff Zeld"]


def test_the_story_h1_not_the_menus() -> None:
    # a menu's h1 comes first; the byline sits under the story's h1
    head = '<meta property="og:title" content="Local elections in the north">'
    body = ('<nav class="quick-nav"><div><div><div><h1>Navigation</h1></div></div></div></nav>'
            '<div class="intro"><h1 class="page-headline">Local elections in the north</h1>'
            '<div class="intro__author"><span class="intro__author-from">von</span> Daniel Brand, Davor Pasek</div>'
            f"</div>{STORY}")
    assert _authors(head, body) == ["Daniel Brand", "Davor Pasek"]


def test_the_story_h1_not_the_logos() -> None:
    # the logo's h1 names the site, which the title also holds; the story's h1 is the longer
    head = "<title>Local elections in the north | Example News</title>"
    body = ('<header class="masthead"><div><div><div><h1 class="site-title">Example News</h1></div></div></div>'
            '</header><div class="intro"><h1>Local elections in the north</h1>'
            '<div class="intro__author"><span class="intro__author-from">von</span> Daniel Brand</div>'
            f"</div>{STORY}")
    assert _authors(head, body) == ["Daniel Brand"]
    from newsspider.extract.bylines import _story_h1, text_of

    page = Page(URL, f"<html><head>{head}</head><body>{body}</body></html>")
    assert text_of(_story_h1(page)) == "Local elections in the north"


def test_a_byline_far_from_the_headline() -> None:
    # the h1 sits in a small header block; the byline under the teaser image, further down
    body = ('<div class="mod"><div><div><div><div><h1>A story</h1></div></div></div></div></div>'
            '<div class="teaser-image"><img src="a.jpg"></div>'
            '<p class="author">Von Volker Kab, Jan Lukas Stroh und Bernd Strunk, NDR</p>'
            f"{STORY}"
            '<ul class="more"><li><a href="/b"><span class="media-box__autor">Von Clara Mahler</span></a></li></ul>')
    assert _authors("", body) == ["Volker Kab", "Jan Lukas Stroh", "Bernd Strunk"]
    # another story's byline in a teaser card is not the story's
    teaser = ('<div class="mod"><div><div><div><div><h1>A story</h1></div></div></div></div></div>'
              f"{STORY}"
              '<ul class="more"><li><a href="/b"><span class="media-box__autor">Von Clara Mahler</span></a></li></ul>')
    assert _authors("", teaser) == []


@pytest.mark.parametrize(
    "meta_box",
    [
        '<h4 class="news__meta-title">Autor</h4><p class="news__meta-text"><a href="/p/nh">Nikola Hucke</a>, </p>',
        '<h5 class="title-inline">Autor: </h5>Nikola Hucke/SP-X',
        '<span class="label">Written by</span> <a href="/p/nh">Nikola Hucke</a>',
        # a break between the label and the name
        '<a href="#mail"><b>Von:</b> <br /> <br /> Nikola Hucke</a>',
        # the label's block also holds a bio: the element after the label is the name's
        '<div><div class="small">Written by</div><div class="big">Nikola Hucke</div>'
        "<div>Hi! I'm Nikola, co-founder of the shop. I didn't choose this life, it chose me.</div></div>",
        # a colon after a byline word in lower case, a comment between the label and the name
        "<p>by: <!-- -->Nikola Hucke<!-- -->, Dec 17, 2025</p>",
    ],
)
def test_a_label_then_the_name(meta_box: str) -> None:
    assert _authors("", f"<article><h1>A story</h1>{STORY}<div class='box'>{meta_box}</div></article>") \
        == ["Nikola Hucke"]


def test_a_personal_site_is_its_owners() -> None:
    from newsspider.extract.people import not_people

    # the site's name is its owner's, the address spells it: the owner wrote the story
    assert not_people(["Rick Stevens"], "www.rickstevens.example", "A trip to the coast.") == ()
    assert not_people(["Jane Dover"], "janedover.substack.example", "") == ()
    # her address and handle in the story are no words of its language
    assert not_people(["Russ Millerton"], "russmillerton2.substack.example",
                      "Find him at @russm or russ@zavient.example and https://millerton.example/russ") == ()
    # a company's name: its words are words of the story's language
    assert "block renovation" in not_people(["Block Renovation"], "blockrenovation.example", "Plan the renovation.")
    assert "example news" in not_people(["Example News"], "examplenews.example", "")
    assert "jane doe" in not_people(["Jane Doe"], "news.example", "")
    # the address spells the first name, under a host or with the last name's initial
    assert not_people(["Anil Madhavan"], "anil.recoil.example", "") == ()
    assert not_people(["Owain Brenner"], "owain.bearblog.example", "") == ()
    assert not_people(["Cory Dransfield"], "www.coryd.example", "") == ()
    assert not_people(["Jane Dover"], "www.jdover.co.uk", "") == ()
    # a brand's first word as the site's own address, a section's host: a company's
    assert "cuboh software" in not_people(["Cuboh Software"], "www.cuboh.example", "")
    assert "attac france" in not_people(["Attac France"], "france.attac.example", "")
    assert "jane doe" in not_people(["Jane Doe"], "doe.example", "")  # a last name alone


@pytest.mark.parametrize(
    ("byline", "site_names", "names"),
    [
        # the site's name in another form: its words and short capitals
        ("OÖ Volksblatt", ("oberösterreichisches volksblatt", "volksblatt"), []),
        ("Daniel Lemire", ("daniel lemire's blog",), ["Daniel Lemire"]),
        # a person whose surname is a word of the site's name stays
        ("Michael Spiegel", ("der spiegel", "spiegel"), ["Michael Spiegel"]),
        # short capitals that are a person's initials, not the site's words left out
        ("AJ Wood", ("wood magazine",), ["AJ Wood"]),
    ],
)
def test_the_sites_name_in_another_form(byline: str, site_names: tuple[str, ...], names: list[str]) -> None:
    from newsspider.extract.people import person_names

    assert person_names(byline, site_names, strict=False) == names


def test_a_chinese_editor_line_after_icons() -> None:
    # the line's text follows the share icons' element: it is that element's tail
    body = ('<div class="main"><h1>一则新闻</h1>' + STORY +
            '<div class="foot"><span><div class="share"><img src="s.gif"></div> 责任编辑：  王小明  </span></div></div>')
    assert _authors("", body) == ["王小明"]


@pytest.mark.parametrize(
    ("author", "names"),
    [
        ({"@type": "Person", "givenName": "Jane", "familyName": "Roe"}, ["Jane Roe"]),
        ([{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "John Doe"}], ["Jane Roe", "John Doe"]),
        ({"@type": "Person", "name": ["Jane Roe"]}, ["Jane Roe"]),
        ({"@type": "Organization", "name": "Example News"}, []),
        # A WordPress profile: the display name, and a description opening with the full name.
        ({"@type": "Person", "name": "Lena", "description": "Lena Hartmann ist freie Autorin in Köln."},
         ["Lena Hartmann"]),
        ({"@type": "Person", "name": "Tomasz", "description": "Tomasz Wójcik - Ingenieur und Radfahrer"},
         ["Tomasz Wójcik"]),
        ({"@type": "Person", "name": "Regan", "description": "Regan is a Connecticut native."}, ["Regan"]),
        # a catalogue's order, last name first
        ({"@type": "Person", "name": "Roe, Jane"}, ["Jane Roe"]),
        ({"@type": "Person", "name": "Müller, Anna M."}, ["Anna M. Müller"]),
        ({"@type": "Person", "name": "Jane Roe, John Doe"}, ["Jane Roe", "John Doe"]),
        # a surname in capitals
        ({"@type": "Person", "name": "YAMADA Taro"}, ["YAMADA Taro"]),
    ],
)
def test_jsonld_author_values(author: object, names: list[str]) -> None:
    assert _authors(_jsonld(author), f"<article><h1>A story</h1>{STORY}</article>") == names


@pytest.mark.parametrize(
    ("lang", "names"),
    [
        ("ja", ["山田 太郎"]),  # a Japanese page: family name, space, given name
        ("zh-CN", ["山田", "太郎"]),  # Chinese writes no space in a name: two people
    ],
)
def test_a_spaced_han_person_name_is_read_by_the_pages_language(lang: str, names: list[str]) -> None:
    html = (f"<html lang='{lang}'><head>{_jsonld({'@type': 'Person', 'name': '山田 太郎'})}</head>"
            f"<body><article><h1>A story</h1>{STORY}</article></body></html>")
    assert [a["name"] for a in extract(Page(URL, html))["authors"]] == names


def test_a_byline_phrase_over_the_authors_bio() -> None:
    box = ("<div class='bio'><h3>Written by Cassie Hort</h3><p>Cassie Hort is a finance writer who helps people "
           "find financial freedom.</p></div>")
    assert _authors("", f"<article><h1>A story</h1>{STORY}{box}</article>") == ["Cassie Hort"]
    # a middle dot of another kind between the name and the role
    line = "<div class='meta'>By <a href='/team/ben'>Ben Apple-Bauch</a> &sdot; Review Editor</div>"
    assert _authors("", f"<article><h1>A story</h1>{STORY}{line}</article>") == ["Ben Apple-Bauch"]


def test_the_one_person_links_to_an_authors_page_name() -> None:
    # a utility class naming a sidebar's width is no sidebar
    link = ('<div class="lg:mr-[--sidebar-width] flex"><a href="https://blog.example/blog/authors/emma-oyo" '
            'aria-label="Emma Oyo"><figure></figure><span>Emma Oyo</span></a></div>')
    assert _authors("", f"<article><h1>A story</h1>{link}{STORY}</article>") == ["Emma Oyo"]
    # links to several authors' pages: other stories' authors, none is the story's
    others = "".join(f'<p><a href="/authors/{n.lower().replace(" ", "-")}">{n}</a></p>' for n in ("Emma Oyo", "Dan Ndu"))
    assert _authors("", f"<article><h1>A story</h1>{STORY}</article>{others}") == []
    # a label in bold with the name after it
    line = "<div class='tags'><strong>Contributors:</strong> Janet Lough</div>"
    assert _authors("", f"<article><h1>A story</h1>{STORY}{line}</article>") == ["Janet Lough"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ('<p class="text-muted">11.12.2019 - Amelie Loewe</p>', ["Amelie Loewe"]),
        ("<small>04.02.2022 | 13:10 Uhr | Uta Helken</small>", ["Uta Helken"]),
        ("<small>04.02.2022 13:10 - Uta Helken</small>", ["Uta Helken"]),
        ("<span>December 3, 2024 · Jane Roe</span>", ["Jane Roe"]),
        # a place, a teaser's title: no person
        ("<p>11.12.2019 - Berlin</p>", []),
        ("<p>12. März 2020 Neue Studie</p>", []),
    ],
)
def test_a_date_and_a_name_under_the_headline(line: str, names: list[str]) -> None:
    assert _authors("", f"<article><div class='head'><h1>A story</h1>{line}</div>{STORY}</article>") == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a separator kept for screen readers before the byline word, the name in its own span
        ('<span class="screen-reader-text">| By </span> <span>Cara Stone</span> | <time>April 13, 2020</time>',
         ["Cara Stone"]),
        ("<span>· Von </span><span>Anna Weber</span>", ["Anna Weber"]),
        # a phrase of the byline words' table opens a line no markup calls a byline
        ("<p><em>Text von Christian Seidel \u00a0 Illustration von Markus Roth</em></p>", ["Christian Seidel"]),
        ("<p>Skrevet av Kari Nordmann</p>", ["Kari Nordmann"]),
        ("<p>A cura di Giulia Rossi</p>", ["Giulia Rossi"]),
        ("<p>Ditulis oleh Budi Santoso</p>", ["Budi Santoso"]),
        ("<p>Yazar: Ayşe Yılmaz</p>", ["Ayşe Yılmaz"]),
        # Greek's "of the" before a name of two words; before one word (of Sunday) or a saint, none
        ("<p>Του Γιώργου Παπαδόπουλου</p>", ["Γιώργου Παπαδόπουλου"]),
        ("<p>Της Κυριακής</p>", []),
        ("<p>Του Αγίου Νικολάου</p>", []),
        ("<p>به قلم علی رضایی</p>", ["علی رضایی"]),
        ("<p>Napsala Jana Nováková</p>", ["Jana Nováková"]),
        # a line an author page's link label opens is no byline of its own (the link's address is)
        ('<div><p>Jules Carr</p><p>Tech Writer</p><p>Articles by Jules</p></div>', []),
    ],
)
def test_lines_a_byline_phrase_opens(line: str, names: list[str]) -> None:
    assert _authors("", f"<article><div class='head'><h1>A story</h1>{line}</div>{STORY}</article>") == names


def test_a_name_element_linking_home_is_the_sites() -> None:
    # a theme's hCard around the blog's name, linking to its home page
    header = f'<h1 class="vcard author"><a href="{URL.split("/2024")[0]}/" class="fn">Krimi-Archiv</a></h1>'
    assert _authors("", f"{header}<article><h2>A story</h2>{STORY}</article>") == []
    header = '<h1 class="vcard author"><a href="/" rel="home" class="fn">Krimi-Archiv</a></h1>'
    assert _authors("", f"{header}<article><h2>A story</h2>{STORY}</article>") == []
    # the author's own site is not the page's home
    line = '<p class="byline">By <a rel="author" class="fn" href="https://janeroe.example/">Jane Roe</a></p>'
    assert _authors("", f"<article><h1>A story</h1>{line}{STORY}</article>") == ["Jane Roe"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a link to the author's page under the headline, the date after it, no byline class
        ('<div class="meta"><a href="/autor/frank_g">Gunter Franke</a> / 22.04.2020 / 06:15 / '
         '<a href="#fuss">Foto: Example.com</a></div>', ["Gunter Franke"]),
        ('<div class="post-meta"><span><a href="https://blog.example/author/emma-oyo/">Emma Oyo</a></span>'
         ' <span>8 min read</span></div>', ["Emma Oyo"]),
        # a first name alone in the link: its address spells the full name
        ('<div><a href="/blog/authors/jules-carr">Articles by Jules</a></div>', ["Jules Carr"]),
        ('<div><a href="/blog/authors/jules">Jules</a></div>', ["Jules"]),
    ],
)
def test_a_link_to_the_authors_page_under_the_headline(line: str, names: list[str]) -> None:
    assert _authors("", f"<article><div class='head'><h1>A story</h1>{line}</div>{STORY}</article>") == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # the dateline's line after a break in the byline's block
        ('<p>Von <strong><a href="https://jan.example">Jan Brock</a></strong> und <strong>Anna Drescher</strong>'
         '<br> <span id="more-7"></span><br> Kakuma /Kenia</p>', ["Jan Brock", "Anna Drescher"]),
        ('<p class="byline">By Jane Roe<br>Auburn, Wash.</p>', ["Jane Roe"]),
        # names on two lines
        ('<p class="byline">By<br>Jane Roe</p>', ["Jane Roe"]),
    ],
)
def test_a_line_break_in_the_byline(line: str, names: list[str]) -> None:
    assert _authors("", f"<article><div class='head'><h1>A story</h1>{line}</div>{STORY}</article>") == names


@pytest.mark.parametrize(
    ("url", "footer", "names"),
    [
        # a personal site: its address spells the copyright holder's name
        ("https://tobyhale.example/blog/a-story", "<footer>&copy; 2025 Toby Hale. All rights reserved.</footer>",
         ["Toby Hale"]),
        ("https://gregszorek.example/blog/2020/01/a-story",
         '<div id="footer"><p>Copyright (c) 2012- Greg Szorek. All rights reserved. Design by <a href="/">X</a>.</p></div>',
         ["Greg Szorek"]),
        # a company's site: its name is no person's, though the address spells it
        ("https://statisticsglobe.example/a-story", "<footer>© 2025 Statistics Globe</footer>", []),
        # a news site's copyright holder is no author
        ("https://news.example/a-story", "<footer>© 2025 Jane Roe</footer>", []),
        # a photo's copyright on a news site is no author
        ("https://news.example/a-story", "<figure><figcaption>© Toby Hale</figcaption></figure>", []),
        # a personal site's last copyright line is the footer's
        ("https://tobyhale.example/blog/a-story",
         "<p>© 2019 Jane Roe</p><footer>&copy; 2025 Toby Hale</footer>", ["Toby Hale"]),
    ],
)
def test_a_personal_sites_owner(url: str, footer: str, names: list[str]) -> None:
    story = "<p>" + "Statistics tell a story about the globe and its people in numbers. " * 8 + "</p>"
    html = f"<html><head></head><body><article><h1>A story</h1>{story}</article>{footer}</body></html>"
    assert [a["name"] for a in extract(Page(url, html))["authors"]] == names


@pytest.mark.parametrize(
    ("head", "body", "names"),
    [
        # JSON-LD's first name alone, the byline under the headline in full
        (_jsonld({"@type": "Person", "name": "Todd"}), "<p class='byline'>By Todd Bateson</p>", ["Todd Bateson"]),
        # an account's handle, the name written out at the story's end
        (_jsonld({"@type": "Person", "name": "christian.stadtler"}),
         "<p class='caption'>Chefredakteur Christian P. Stadtler</p>", ["Christian P. Stadtler"]),
        # a first name the byline does not write out stays
        (_jsonld({"@type": "Person", "name": "Heiko"}), "<p class='byline'>By Heiko</p>", ["Heiko"]),
        # a handle nobody writes out stays
        (_jsonld({"@type": "Person", "name": "gizzmo.blog"}), "", ["gizzmo.blog"]),
    ],
)
def test_a_short_structured_name_the_page_writes_in_full(head: str, body: str, names: list[str]) -> None:
    assert _authors(head, f"<article><h1>A story</h1>{body}{STORY}</article>") == names


def test_a_teaser_cards_byline_is_another_storys() -> None:
    card = ("<a href='/other-story'><h3>Another story</h3><div class='author-name'>Von Anna Weber</div></a>")
    body = f"<article><h1>A story</h1><aside>{card}</aside>{STORY}<p>dsw / DPA</p></article>"
    assert _authors("", body) == []


@pytest.mark.parametrize(
    "line",
    [
        # a label heading, the name in the block after it, buttons after that
        "<div><h2>Article by</h2><div>Matti Heikkinen</div><div><button>Let's talk</button>"
        "<button>Subscribe</button></div></div>",
        # a date in its own element, then the name: one line under the headline
        "<div class='meta'><span>2025-12-17</span><span>·</span><a title='Matti Heikkinen'>"
        "<img alt='Matti Heikkinen' src='/a.png'><div>Matti Heikkinen</div></a></div>",
    ],
)
def test_a_byline_of_several_elements(line: str) -> None:
    assert _authors("", f"<article><h1>A story</h1>{line}{STORY}</article>") == ["Matti Heikkinen"]


def test_dated_items_of_a_list_name_their_sources() -> None:
    item = "<li><h4><a href='/s'>A story</a></h4><div><time>12/09/2025</time> | <em><a>Jane Weber</a></em></div></li>"
    assert _authors("", f"<article><h1>News</h1><ul>{item * 2}</ul>{STORY}</article>") == []


def test_an_author_pages_address_naming_a_blog_spells_no_person() -> None:
    byline = ("<span class='byline'>by <span class='author vcard'><a class='url fn n' "
              "href='https://blog.example/author/catherine-hollins-blog/'>Catherine</a></span></span>")
    assert _authors("", f"<article><h1>A story</h1>{byline}{STORY}</article>") == ["Catherine"]


@pytest.mark.parametrize(
    ("ending", "names"),
    [
        # the story signed under its last paragraph
        ("<p><b><i>Stefan Wassermann</i></b></p>", ["Stefan Wassermann"]),
        # a bold heading over a list: no signature
        ("<p><b>Weitere Informationen</b></p><ul><li><a href='/a'>Mehr</a></li></ul>", []),
        # a paragraph after the name: no signature
        ("<p><strong>Stefan Wassermann</strong></p><p>Ein Absatz danach.</p>", []),
        # a review's book details between the story and its signature
        ("<p><strong>Nora Haldane (Hrsg.)<br>Eine Geschichte der Stadt</strong><br>Blessing, 816 Seiten</p>"
         "<p class='clearfix'> <strong>Marina Muchow</strong> </p>", ["Marina Muchow"]),
        # a dash before the name
        ("<p>— Denise Clercq</p>", ["Denise Clercq"]),
        ("<p>– <em>Denise Clercq</em></p>", ["Denise Clercq"]),
        # the name and a role after its comma, set apart or not
        ("<p><em>Denise Clercq, Reporterin</em></p>", ["Denise Clercq"]),
        ("<p>Denise Clercq, Staff Writer</p>", ["Denise Clercq"]),
        ("<p>— Jane Doering, correspondent</p>", ["Jane Doering"]),
        # the name alone, as it is
        ("<p>Jane Doering</p>", ["Jane Doering"]),
        # a name and no role after its comma: no signature
        ("<p>Jane Doering, London</p>", []),
        # the story's last sentence, short
        ("<p>Das war es.</p>", []),
        # a dash before a sentence, a short paragraph's name: no signature
        ("<p>— Und dann kam alles anders.</p>", []),
        ("<p>Ein kurzer Absatz.</p><p>Noch einer.</p><p>Und noch einer.</p><p><b>Stefan Wassermann</b></p>", []),
    ],
)
def test_a_signature_under_the_story(ending: str, names: list[str]) -> None:
    assert _authors("", f"<article><h1>A story</h1><div>{STORY}{ending}</div></article>") == names


def test_an_author_box_headed_by_a_byline_word_and_its_colon() -> None:
    box = ("<div class='box'><h2><span>Autor:</span> Petra Rulandt</h2>"
           "<p>Ich nähe und besticke Geschenke mit Herz für fast jeden Anlass.</p></div>")
    assert _authors("", f"<div><h1>A story</h1></div><main>{STORY}</main><footer>{box}</footer>") == ["Petra Rulandt"]


def test_a_pieces_kind_before_its_author() -> None:
    byline = "<p class='byline'>Ein Kommentar von Anna Weberling</p>"
    assert _authors("", f"<article><h1>A story</h1>{byline}{STORY}</article>") == ["Anna Weberling"]


def test_a_readers_comment_is_no_byline() -> None:
    comment = ("<ol><li class='comment'><div><div class='comment-author vcard'><p><cite>Kommentar von "
               "<span class='fn'><a href='https://other.example/'>Margit Heuberg</a></span> — 2019-01-01</cite>"
               "</p></div></div></li></ol>")
    assert _authors("", f"<div><h1>A story</h1>{STORY}<div>{comment}</div></div>") == []


@pytest.mark.parametrize(
    ("url", "names"),
    [
        # a personal site's address spells the last name, the page writes the full name out
        ("https://www.steinhauer.example/blog/a-story", ["Henry Steinhauer"]),
        # the first and the last name as the address: a brand's as often ("Vortex" on vortexcannon)
        ("https://henrysteinhauer.example/a-story", ["Henry"]),
        # an address of another name: the first name stays
        ("https://news.example/a-story", ["Henry"]),
    ],
)
def test_a_first_name_the_sites_address_completes(url: str, names: list[str]) -> None:
    html = ("<html><body><article><h1>A story</h1><p class='byline'>Am 13. November 2019 | Von Henry | Aktuell</p>"
            f"{STORY}<p>Bild: Henry Steinhauer</p></article></body></html>")
    assert [a["name"] for a in extract(Page(url, html))["authors"]] == names


@pytest.mark.parametrize(
    ("head", "names"),
    [
        # a theme's maker with the address of their own site, on every site using the theme
        ('<meta name="author" content="Frank Themer - http://themer.example">', []),
        # the site's own address after its owner's name
        ('<meta name="author" content="Jane Roe - https://blog.example/about">', ["Jane Roe"]),
    ],
)
def test_a_meta_author_with_another_sites_address(head: str, names: list[str]) -> None:
    assert _authors(head, f"<article><h1>A story</h1>{STORY}</article>") == names


def test_a_pictures_credit_is_no_byline() -> None:
    credit = ("<figure><img src='/a.jpg'><span class='license-author'>"
              "<a class='author-name' href='https://commons.example/u'>Nenad Fotograf</a></span></figure>")
    body = f"<article><h1>A story</h1>{credit}<p class='byline'>Von Jane Doe</p>{STORY}</article>"
    assert _authors("", body) == ["Jane Doe"]
    assert _authors("", f"<article><h1>A story</h1>{credit}{STORY}</article>") == []


def test_a_teasers_byline_under_the_story_is_another_storys() -> None:
    teasers = "".join(f"<article class='c-teaser'><h3>Story {n}</h3><p class='c-teaser__byline'>Kultur | 19.10.19</p>"
                      "</article>" for n in range(2))
    body = f"<article><h1>A story</h1><p class='header__byline'>Veröffentlicht am 19.10.19</p>{STORY}{teasers}</article>"
    assert _authors("", body) == []
    # an author's box that looks like a teaser's is the author's
    box = "<div class='teaser-box author'><div class='title'>Johanna Kropf</div></div>"
    assert _authors("", f"<article><h1>A story</h1>{box}{STORY}</article>") == ["Johanna Kropf"]


def test_structured_data_naming_the_first_of_the_bylines_people() -> None:
    head = _jsonld({"@type": "Person", "name": "April Rose"}) + '<meta name="author" content="April Rose, Daniel Hale">'
    body = f"<article><h1>A story</h1><p class='byline'>By April Rose and Daniel Hale</p>{STORY}</article>"
    assert _authors(head, body) == ["April Rose", "Daniel Hale"]
    # the byline's other people named by no other layer (a tester, a section): JSON-LD's stay
    head = _jsonld({"@type": "Person", "name": "April Rose"})
    assert _authors(head, body) == ["April Rose"]


@pytest.mark.parametrize(
    ("box", "names"),
    [
        # an author box of a photo and a name no class calls a name
        ("<div class='blog_author-box'><img class='blog_author-image' alt='Laura Vetterling' src='/l.jpg'>"
         "<div class='blog_author-text'><div class='small'>Laura Vetterling</div><p>Laura writes about SEO.</p></div></div>",
         ["Laura Vetterling"]),
        ("<a href='/attorneys/justin-roe/'><span><img class='author-photo' src='/j.jpg' "
         "alt='Headshot of Justin C. Roe, a New York City-based lawyer'></span></a>", ["Justin C. Roe"]),
        # a photo whose text names no person
        ("<img class='author-image' alt='avatar' src='/a.jpg'>", []),
        # a post's meta line: a person's icon, then the name
        ("<ul class='entry-meta'><li><i class='bi bi-person'></i> Bence Kovacs</li><li><i class='bi bi-clock'></i>"
         " 12 June 2025</li></ul>", ["Bence Kovacs"]),
        ("<div class='meta'><span class='fa fa-user'></span> Anna Weber</div>", ["Anna Weber"]),
        # a person's icon in a link, a button or an account's box: the reader's account
        ("<a href='/login'><i class='fa fa-user'></i> Mein Konto</a>", []),
        ("<div class='login-module'><div class='hidden-xs'><span class='glyphicon glyphicon-user'></span>"
         "<a href='/konto'>Mein Konto</a> <a href='/logout'>Abmelden</a></div></div>", []),
        # in the story's header
        ("<header class='entry-header'><div class='entry-meta'><span><i class='fa fa-user'></i> Jane Doe</span>"
         "</div></header>", ["Jane Doe"]),
    ],
)
def test_an_authors_photo_and_a_persons_icon(box: str, names: list[str]) -> None:
    assert _authors("", f"<header><h1>A story</h1></header><div class='text'>{STORY}</div><section>{box}</section>") == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Chinese, Japanese and Korean bylines with no colon: a space or a slash after the
        # byline word, or the reporter's title after the name
        ("<span>記者 山田太郎</span>", ["山田太郎"]),
        ("<p>（記者 王小明）</p>", ["王小明"]),
        ("<p>山田太郎記者</p>", ["山田太郎"]),
        ("<div>文／王小明</div>", ["王小明"]),
        ("<p>김철수 기자</p>", ["김철수"]),
        ("<div><span>김철수 이영희 기자</span><span>2025.01.13 21:37</span></div>", ["김철수", "이영희"]),
        ("<div>记者 王小明 通讯员 李华</div>", ["王小明", "李华"]),
        ("<p>[서울=뉴시스] 김철수 기자 = 기사 본문</p>", ["김철수"]),
        ("<p>[서울=뉴스1] 김철수·이영희 기자 = 기사 본문</p>", ["김철수", "이영희"]),
        ("<p>【記者王小明／台北報導】</p>", ["王小明"]),
        ("<p>記者王小明與李大華／台北報導</p>", ["王小明", "李大華"]),
        # a press conference ("記者会見", "기자회견") is no byline
        ("<p>記者会見の全文を掲載します</p>", []),
        ("<p>記者會將於明天舉行</p>", []),
        ("<p>文：山田太郎　写真：鈴木花子</p>", ["山田太郎"]),
        # a name's reading in full-width parentheses after it
        ("<p class='byline'>山田太郎（やまだ・たろう）</p>", ["山田太郎"]),
        ("<p>기자회견에서 밝혔다</p>", []),
    ],
)
def test_east_asian_bylines_without_a_colon(line: str, names: list[str]) -> None:
    assert _authors("", f"<article><h1>一则新闻</h1>{line}{STORY}</article>") == names
    # under the story too
    assert _authors("", f"<article><h1>一则新闻</h1>{STORY}{line}</article>") == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a byline element set in lower case: the name after its byline word
        ("<div class='byline'>von david straub</div>", ["david straub"]),
        ("<span class='author'>par barbara stiegler</span>", ["barbara stiegler"]),
        # words, a newsroom, a bio: no name
        ("<div class='byline'>by the way</div>", []),
        ("<div class='byline'>von der redaktion</div>", []),
        ("<div class='author-bio'>by day she works as a nurse</div>", []),
        # no markup calls it a byline: prose
        ("<p>von david straub</p>", []),
    ],
)
def test_a_byline_in_lower_case(line: str, names: list[str]) -> None:
    assert _authors("", f"<article><h1>A story</h1>{line}{STORY}</article>") == names


@pytest.mark.parametrize(
    "meta_line",
    [
        # a link to a search for the author's stories, its "by" capitalised by the style sheet
        '<div class="my-meta"><span style="text-transform: capitalize;"><a href="/search?q=Jane+Roe">by Jane Roe</a>'
        '</span> <span><span class="dot">●</span> December 23, 2025</span> <span>● 6 min read</span></div>',
        '<p class="meta">by Jane Roe ● 6 min read</p>',
    ],
)
def test_a_byline_word_in_lower_case_under_the_headline(meta_line: str) -> None:
    assert _authors("", f"<article><h1>A story</h1>{meta_line}{STORY}</article>") == ["Jane Roe"]


def test_a_short_line_in_lower_case_names_people_in_full() -> None:
    line = '<p class="source">by Examplevate</p>'  # a list's source, a company: one word
    assert _authors("", f"<article><h1>A story</h1>{line}{STORY}</article>") == []


def test_a_sentence_a_byline_word_in_lower_case_opens_is_no_byline() -> None:
    body = (f"<article><h1>A story</h1><p>by the end of the year the council wants to have decided on it, "
            f"the mayor says in a statement to the press.</p>{STORY}</article>")
    assert _authors("", body) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ('<p id="authorInfo">Jane Roe</p>', ["Jane Roe"]),
        ('<div class="article-journalist"><a href="/team/jane">Jane Roe</a></div>', ["Jane Roe"]),
        ('<span class="zuozhe">作者：王小明</span>', ["王小明"]),
        ('<div class="xiaobian">编辑：李华</div>', ["李华"]),
        # a picture's caption ("podpis": signature, caption in Polish and Czech); the Redactor
        # editor's wrapper
        ("<figure><img src='a.jpg'><figcaption class='podpis-zdjecia'>Jan Kowalski</figcaption></figure>", []),
        ("<figure><img src='a.jpg'><div class='foto-podpis'>Prezydent Andrzej Nowak</div></figure>", []),
        ("<div class='redactor-styles'><p>Anna Nowak</p></div>", []),
        ("<div class='article-redactor'>Ana Pérez Gómez</div>", ["Ana Pérez Gómez"]),
    ],
)
def test_byline_marks_in_an_id_and_in_other_languages_class_words(line: str, names: list[str]) -> None:
    assert _authors("", f"<article><h1>A story</h1>{line}{STORY}</article>") == names


def test_an_authorization_id_marks_no_byline() -> None:
    line = '<div id="authorization-forms">Authorization Forms</div>'
    assert _authors("", f"<article><h1>A story</h1>{line}{STORY}</article>") == []


def test_a_desk_compound_ends_the_search_and_a_gender_star_word_is_no_name() -> None:
    body = ('<article><h1>A story</h1><div class="post-meta">31. Oktober 2023 · Von Example-Team</div>'
            f'{STORY}<h3 class="author-title">Autor*innen</h3></article>')
    assert _authors("", body) == []


def test_a_byline_word_alone_in_its_boxes_then_the_name_in_the_next() -> None:
    byline = ('<div class="full-name-wrapper"><div class="f--field"><p class="label"><strong>By</strong></p></div>'
              '<div class="f--field"><p class="full-name">Todd Example</p></div></div>'
              '<div class="date-wrapper"><p>March 3, 2024</p></div>')
    assert _authors(_jsonld({"@type": "Person", "name": "Todd"}), f"<article><h1>A story</h1>{byline}{STORY}</article>") \
        == ["Todd Example"]


@pytest.mark.parametrize(
    "frame",
    [
        # a search form's "from" field, then its buttons
        '<form><div class="inputGroup"><span>Von:</span></div><div class="inputGroup">Suche Erweiterte Suche</div></form>',
        # a menu's item "Texte", then the next item
        '<ul class="menu"><li><a href="/texte">Texte</a></li><li><a href="/photos">Photo Gallery</a></li></ul>',
    ],
)
def test_a_label_alone_in_a_form_or_a_menu_names_nobody(frame: str) -> None:
    assert _authors("", f"{frame}<article><h1>A story</h1>{STORY}</article>") == []


@pytest.mark.parametrize("key", ["og:article:author", "article:author_name"])
def test_the_authors_meta_properties(key: str) -> None:
    head = f'<meta property="{key}" content="Hagen Example">'
    assert _authors(head, f"<article><h1>A story</h1>{STORY}</article>") == ["Hagen Example"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a newsletter's meta line: the date, then the byline and the author's role after a comma
        ('<div class="node__meta"><time datetime="2017-03-01">03/01/2017</time> by Agnes Example, '
         'Candidate Representative to the Liaison Committee</div>', ["Agnes Example"]),
        # a German press release's last block: the contact lines after a break
        ('<p>Weitere Informationen zum Projekt finden Sie auf der Seite des Vereins.<br>Autor: '
         '<a href="/team">Jelka Beispiel</a><br>Foto: Verein</p>', ["Jelka Beispiel"]),
        # a blog post's end: the thanks, then the signature after a break
        ("<p>Thanks for reading, and see you next week at the meetup in the old town hall.<br>"
         "By Jane Roe</p>", ["Jane Roe"]),
        # a break before a sentence the word "by" opens names nobody
        ("<p>The new road opens on Monday.<br>By the end of the year the bridge will follow.</p>", []),
    ],
)
def test_a_byline_after_a_break_or_a_date_inside_a_block(line: str, names: list[str]) -> None:
    assert _authors("", f"<article><h1>A story</h1>{STORY}{line}</article>") == names


def test_an_author_box_in_the_storys_sidebar() -> None:
    # a video story's sidebar: the company (one word), then the speaker
    sidebar = ('<div class="story_sidebar"><div class="post_author-list"><a class="post_author-text" href="/team">'
               '<div class="post_author-name">Examplify</div></a><a class="post_author-text" href="/team">'
               '<div class="post_author-name">Joan Example</div></a></div></div>')
    assert _authors("", f"<article><h1>A story</h1>{STORY}</article>{sidebar}") == ["Joan Example"]


def test_a_sidebar_of_other_stories_authors_names_nobody() -> None:
    sidebar = ('<aside class="sidebar"><div class="author-name">Joan Example</div>'
               '<div class="author-name">Mark Sample</div></aside>')
    assert _authors("", f"<article><h1>A story</h1>{STORY}</article>{sidebar}") == []


@pytest.mark.parametrize(
    ("meta_line", "names"),
    [
        # a post's meta line: the date, the author's avatar and name, the category
        ('<p class="post-meta">Dec 26, 2025 • <img class="avatar avatar-xs" src="/a.jpg" alt=""> Mahira Example '
         'in Project Management</p>', ["Mahira Example"]),
        # the reader's account menu: no author
        ('<div class="user-menu"><img class="avatar" src="/me.jpg" alt=""> Jane Roe</div>', []),
    ],
)
def test_the_name_after_an_avatar(meta_line: str, names: list[str]) -> None:
    assert _authors("", f"<article><h1>A story</h1>{meta_line}{STORY}</article>") == names


@pytest.mark.parametrize(
    ("name", "bio"),
    [
        ("Matteo Esempio", "Matteo Esempio is a middle and long course age group triathlete and coach."),
        ("Anna Beispiel", "Anna Beispiel ist Redakteurin im Ressort Wissenschaft und schreibt über Klimafragen."),
        ("Loïc Exemple", "Loïc Exemple est journaliste au service politique depuis 2019."),
        ("Ana Ejemplo", "Ana Ejemplo es periodista especializada en economía."),
        ("Marco Esempio", "Marco Esempio è giornalista e scrive per la cronaca locale."),
        ("João Exemplo", "João Exemplo é jornalista de ciência."),
        ("Eva Exempel", "Eva Exempel är reporter på kulturredaktionen."),
        ("Ole Eksempel", "Ole Eksempel er journalist i nyhetsavdelingen."),
        ("Jan Przykład", "Jan Przykład jest dziennikarzem działu gospodarczego."),
        ("Tom Sample", "Tom Sample was a reporter in Denver for ten years before going freelance."),
        ("Lena Muster", "Lena Muster war zehn Jahre lang Korrespondentin in Rom."),
    ],
)
def test_an_author_box_with_the_name_then_a_bio_that_opens_with_it(name: str, bio: str) -> None:
    box = f'<div class="author-card"><h4>{name}</h4><p>{bio}</p></div>'
    assert _authors("", f"<article><h1>A story</h1>{STORY}{box}</article>") == [name]


def test_a_lists_entry_that_opens_with_its_name_is_no_author_box() -> None:
    entry = ("<h3>Metro Example Movers</h3><p>Metro Example Movers is a moving company in the city "
             "with fifty trucks.</p>")
    assert _authors("", f"<article><h1>A story</h1>{STORY}{entry}</article>") == []


def test_a_translators_link_and_other_stories_cards_name_no_author() -> None:
    translated = ('<div class="post-writer">Translation <em><a href="/author/jane-roe/">Jane Roe</a></em> · '
                  '3 May 2024</div>')
    assert _authors("", f"<article><h1>A story</h1>{translated}{STORY}</article>") == []
    cards = "".join(f'<article><a href="/s{i}"><img src="/i{i}.jpg"></a><div><span rel="author">Xi Example{i}</span>'
                    f'<p>Another paper, another abstract.</p></div></article>' for i in range(3))
    body = f'<main><section><h1>A story</h1>{STORY}</section><div class="grid">{cards}</div></main>'
    assert _authors("", body) == []


@pytest.mark.parametrize("key", AUTHOR_KEYS)
def test_every_author_meta_tag_names_the_author(key: str) -> None:
    head = f'<meta name="{key}" content="Jane Roe"><meta property="{key}" content="Jane Roe">'
    assert _authors(head, f"<article><h1>A story</h1>{STORY}</article>") == ["Jane Roe"]


@pytest.mark.parametrize("mark", ["reporter", "penulis", "yazar", "tacgia"])
def test_byline_classes_in_other_languages(mark: str) -> None:
    byline = f'<div class="article-{mark}">Budi Santoso</div>'
    assert _authors("", f"<article><h1>A story</h1>{byline}{STORY}</article>") == ["Budi Santoso"]


@pytest.mark.parametrize(("lead", "names"), [
    ("<p><strong>Von Matthias Lauerer</strong></p>", ["Matthias Lauerer"]),
    ("<p><em>Ein Interview von <strong>Eugen Zentner</strong> mit <strong>Sonja Silberhorn</strong>.</em></p>",
     ["Eugen Zentner"]),
    ("<p>Par Marie Dupont et Jean Exemple</p>", ["Marie Dupont", "Jean Exemple"]),
])
def test_the_storys_own_byline_overrules_the_uploaders_account(lead: str, names: list[str]) -> None:
    head = _jsonld({"@type": "Person", "name": "Kathy Upload"}) + '<meta name="author" content="Kathy Upload">'
    standfirst = "<p>Sie forscht mit 80 Jahren noch immer. Ein Resümee ihrer Arbeit und ihrer Entdeckungen.</p>"
    assert _authors(head, f"<article><h1>A story</h1>{standfirst}{lead}{STORY}</article>") == names


@pytest.mark.parametrize("lead", [
    "<p>Von Kathy Upload</p>",  # the account's own name: no other person
    "<p>Von heute an gilt die neue Regel.</p>",  # a sentence a byline word opens
    "<p>By Linda Rosen</p>" + STORY * 4 + "<p>By Linda Rosen</p>",  # far down, not the story's top
])
def test_a_line_at_the_top_that_names_no_other_person_keeps_the_structured_author(lead: str) -> None:
    head = _jsonld({"@type": "Person", "name": "Kathy Upload"})
    assert _authors(head, f"<article><h1>A story</h1>{STORY}{STORY}{STORY}{lead}{STORY}</article>") == ["Kathy Upload"]


@pytest.mark.parametrize("folder", (*words.AUTHOR_PAGE_FOLDERS, *words.STAFF_PAGE_FOLDERS))
def test_a_link_to_an_authors_page_in_any_language(folder: str) -> None:
    byline = f'<div class="meta"><a href="/{folder}/budi-santoso/">Budi Santoso</a> · 12.03.2024</div>'
    assert _authors("", f"<article><h1>A story</h1>{byline}{STORY}</article>") == ["Budi Santoso"]


@pytest.mark.parametrize(("slug", "text"), [("jane-doe", "Jane Doe"), ("doe-jane", "Jane Doe, MD"),
                                            ("jane_doe", "Jane Doe")])
def test_a_staff_pages_address_spells_the_name(slug: str, text: str) -> None:
    byline = f'<div class="meta"><a href="/staff/{slug}">{text}</a> · 12.03.2024</div>'
    assert _authors("", f"<article><h1>A story</h1>{byline}{STORY}</article>") == ["Jane Doe"]


@pytest.mark.parametrize("href", ["/contributor/Budi-Santoso/9347686", "/staff/budi-santoso-309429",
                                  "/magazine/contributor/budi_santoso", "/autoren/budi-santoso-684124"])
def test_a_people_pages_address_with_its_number(href: str) -> None:
    byline = f'<div class="meta"><a href="{href}">Budi Santoso</a> · 12.03.2024</div>'
    assert _authors("", f"<article><h1>A story</h1>{byline}{STORY}</article>") == ["Budi Santoso"]


def test_a_link_to_a_contributors_page_by_its_label_names_no_one() -> None:
    tooltip = ('<div class="finance-author-tooltip"><a class="finance-author-tooltip__link" '
               'href="https://www.example.com/contributors/0/">Full Bio</a></div>')
    assert _authors("", f"<article><h1>A story</h1>{tooltip}{STORY}</article>") == []


def test_a_link_to_an_authors_page_in_capitals() -> None:
    byline = '<div class="meta"><a href="/Author/Budi-Santoso">Budi Santoso</a> · 12.03.2024</div>'
    assert _authors("", f"<article><h1>A story</h1>{byline}{STORY}</article>") == ["Budi Santoso"]


@pytest.mark.parametrize("folder", words.STAFF_PAGE_FOLDERS)
@pytest.mark.parametrize(("slug", "text"), [("newsletters", "Newsletters"), ("tips", "Send a tip"),
                                            ("code-of-ethics", "Code of Ethics"), ("jane-doe", "Our team")])
def test_a_newsroom_folders_other_pages_are_no_authors(folder: str, slug: str, text: str) -> None:
    menu = f'<div class="links"><a href="/{folder}/{slug}">{text}</a></div>'
    assert _authors("", f"<article><h1>A story</h1>{menu}{STORY}</article>") == []
    byline = '<p>By Jane Doe</p>'  # still searched after the link
    assert _authors("", f"<article><h1>A story</h1>{menu}{byline}{STORY}</article>") == ["Jane Doe"]


@pytest.mark.parametrize("credit", ["Photo:", "Photo by", "Foto:"])
def test_a_pictures_credit_linking_a_staff_page_names_no_author(credit: str) -> None:
    photo = (f'<figure><img src="/a.jpg"><figcaption>{credit} <a href="/staff/john-roe/">John Roe</a>'
             '</figcaption></figure>')
    body = f"<article><h1>A story</h1>{photo}<p>By Jane Doe</p>{STORY}</article>"
    assert _authors("", body) == ["Jane Doe"]


def test_other_stories_cards_with_their_own_h1_name_no_author() -> None:
    cards = "".join(f'<article><h1><a href="/s{i}">Another story {i}</a></h1><span rel="author">Xi Example{i}</span>'
                    f'<p>Another paper, another abstract.</p></article>' for i in range(3))
    body = f'<main><section><h1>A story</h1>{STORY}</section><div class="grid">{cards}</div></main>'
    assert _authors("", body) == []


def test_a_live_blogs_entries_beside_the_h1_are_the_storys() -> None:
    entries = "".join(f'<article><span rel="author">Jane Doe</span><p>Update {i}: the count goes on.</p></article>'
                      for i in range(3))
    body = f'<main><h1>A story</h1>{STORY}{entries}</main>'
    assert _authors("", body) == ["Jane Doe"]


@pytest.mark.parametrize(
    ("head", "names"),
    [
        # a magazine's credits under the story: the label alone, the name in capitals after it
        ("<h1>A story</h1>", ["Sven Michelson"]),
        # a kicker over the headline: the one interviewed, no author
        ("<div class='kicker'>Interview</div><h1>Sharon Stein</h1>", []),
    ],
)
def test_an_interviews_credit_box(head: str, names: list[str]) -> None:
    # the label and the name indented in the HTML
    credits = ("<div class='credits'><div>\n                 Interview            </div>"
               "<div>\n                 SVEN MICHELSON            </div></div>") if names else ""
    assert _authors("", f"<article><header>{head}</header>{STORY}{credits}</article>") == names


@pytest.mark.parametrize(
    ("box", "names"),
    [
        # an author's box with no markup: its heading, then the name alone or a bio opening with it
        ("<h3>About the author</h3><p>Jane Doering</p><p>Jane is a travel writer based in Leeds.</p>",
         ["Jane Doering"]),
        ("<h3>About the Author</h3><p><strong>Jane Doering</strong> is a travel writer based in Leeds.</p>",
         ["Jane Doering"]),
        ("<h4>Über den Autor</h4><p>Thomas Wendler ist Redakteur und schreibt über Energie.</p>", ["Thomas Wendler"]),
        ("<h4>À propos de l'auteur</h4><div><img src='a.jpg' alt=''><h5>Marie Lefèvre</h5>"
         "<p>Marie écrit sur la cuisine.</p></div>", ["Marie Lefèvre"]),
        # the heading in a bold, the bio after it in its line
        ("<div><strong>About the author:</strong> Jane Doering is a travel writer based in Leeds.</div>",
         ["Jane Doering"]),
        # no name after the heading
        ("<h3>About the author</h3><p>The author wishes to remain anonymous.</p>", []),
        # a reader's comment's box
        ("<div class='comments'><h3>About the author</h3><p>Jane Doering</p></div>", []),
    ],
)
def test_an_author_box_headed_without_markup(box: str, names: list[str]) -> None:
    assert _authors("", f"<article><h1>A story</h1>{STORY}{box}</article>") == names


@pytest.mark.parametrize("credit_class", ["teaser-copyright", "image-credit"])
def test_a_photos_credit_inside_the_link_to_the_authors_page(credit_class: str) -> None:
    # the link around the author's photo, its credit ("© Jane Doe") and her name
    byline = (f"<div class='meta'><a href='/autoren/kathrin-example-684124'><span><img src='/k.jpg' alt=''>"
              f"<span class='{credit_class}'>© Kathrin Example</span></span><span>Kathrin Example</span></a>"
              "<span>am Mittwoch, 26.01.2022</span></div>")
    assert _authors("", f"<article><h1>A story</h1>{byline}{STORY}</article>") == ["Kathrin Example"]


def test_the_story_h1_as_the_breadcrumbs_last_item() -> None:
    # the byline is as far from the breadcrumbs' list as from an h1 of its own
    page = ("<article class='content'><div class='row'><div class='columns'><ol class='breadcrumbs'>"
            "<li><a href='/'>Start</a></li><li><h1>A story</h1></li></ol></div></div>"
            "<div class='row'><header class='columns'><div class='kicker'>Medizin</div>"
            "<div class='content__author'><span>von <a href='/profil/doe/jane/1'>Jane Doe</a> und "
            "<a href='/profil/roe/john/2'>John Roe</a></span></div></header></div>"
            f"<div class='row'><div class='text'>{STORY}</div></div>"
            "<div class='row'><aside><div class='author-name'>Jane Doe</div></aside></div></article>")
    # not the box of the first author after the story
    assert _authors("<title>A story</title>", page) == ["Jane Doe", "John Roe"]


@pytest.mark.parametrize("word", words.BYLINE_CLASS_WORDS)
def test_byline_class_words_of_other_languages(word: str) -> None:
    def page(mark: str) -> str:
        return f"<article><h1>A story</h1><div class='{mark}'>Anna Weber</div>{STORY}</article>"

    assert _authors("", page(word)) == ["Anna Weber"]
    assert _authors("", page(f"article-{word}")) == ["Anna Weber"]
    # inside another word: no mark
    assert _authors("", page(f"x{word}")) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # French typography: a space before the colon
        ("<p>Texte : Marie Dupont</p>", ["Marie Dupont"]),
        ("<p>Auteur : Marie Dupont</p>", ["Marie Dupont"]),
        ("<p>Texte&nbsp;: Marie Dupont</p>", ["Marie Dupont"]),
        ("<p>Texto: Juan Pérez</p>", ["Juan Pérez"]),
        # Polish "writes", with no colon
        ("<p>Pisze Jan Kowalski</p>", ["Jan Kowalski"]),
    ],
)
def test_a_label_and_its_colon_after_a_space(line: str, names: list[str]) -> None:
    assert _authors("", f"<article><h1>A story</h1>{line}{STORY}</article>") == names


@pytest.mark.parametrize(
    ("box", "names"),
    [
        # the bio opens with the first name the box's heading or photo gives in full
        ("<div class='about-author'><img alt='Jane Doe' src='/j.jpg'><h3>Jane Doe</h3><p>Jane is a travel writer"
         " who lives in Lisbon.</p></div>", ["Jane Doe"]),
        ("<div class='author-bio'><strong>Anna Weber</strong><p>Anna ist Redakteurin im Ressort Reisen.</p></div>",
         ["Anna Weber"]),
        # a bio that opens with "writes"
        ("<div class='author-bio'><h4>Anna Weber</h4><p>Anna Weber schreibt über Politik und Europa.</p></div>",
         ["Anna Weber"]),
        ("<div class='author-bio'><h4>Jane Doe</h4><p>Jane writes about food and travel.</p></div>", ["Jane Doe"]),
        # a first name alone names no one; a footer's link above a company's "About us" is no name
        ("<div class='about-author'><h3>Jane</h3><p>Jane is a travel writer.</p></div>", []),
        ("<div class='footer-about'><ul><li><a href='/c/acc'>Example Accessories</a></li></ul><p>Example is brought"
         " to you by a team of writers.</p></div>", []),
    ],
)
def test_an_authors_box_whose_bio_opens_with_the_first_name(box: str, names: list[str]) -> None:
    assert _authors("", f"<article><h1>A story</h1><div class='text'>{STORY}</div>{box}</article>") == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Slavic "na" (on, at) and Albanian "nga" (from) open places and sentences under the headline
        ("<p>Na Příkopě 12, Praha</p>", []),
        ("<p>Na Nowym Świecie | 12.03.2024</p>", []),
        ("<p>Nga Tirana Deri Në Durrës</p>", []),
        # Swahili "Na" (by) in an element marked as a byline
        ("<p class='byline'>Na Juma Hassan</p>", ["Juma Hassan"]),
    ],
)
def test_a_byline_word_that_is_a_preposition_too_only_in_a_marked_byline(line: str, names: list[str]) -> None:
    assert _authors("", f"<article><h1>A story</h1>{line}{STORY}</article>") == names
