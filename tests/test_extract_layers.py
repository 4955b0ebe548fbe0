"""The structured-data layers, field cleaners and the orchestrator's rules, one by one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsspider.extract as orchestrator
from newsspider.extract import classify, fields, jsonld, meta, microdata, nextdata, people
from newsspider.extract import extract
from newsspider.extract.page import Page
from newsspider.extract.sites.base import SiteProfile

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract"
STORY = " ".join(["The council approved the plan on Tuesday after a long debate."] * 12)


def page(html: str, url: str = "https://news.example/story/plan-approved") -> Page:
    return Page(url, html)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"headline": "A", }', {"headline": "A"}),
        ('{"headline": "line one\nline two\tend"}', {"headline": "line one\nline two\tend"}),
        ('<!-- {"headline": "A"} -->', {"headline": "A"}),
        ('{"a": 1}{"b": 2}', [{"a": 1}, {"b": 2}]),
        ('{"headline": "it\\\'s"};', {"headline": "it\\'s"}),
        ('{"list": [1, 2, ], }', {"list": [1, 2]}),
        ("not json at all", None),
        ("", None),
        # nested past what the layers walk by recursion (or json.loads reads): not read
        ("[" * 5000, None),
        ("[" * 2000 + "]" * 2000, None),
        ('{"@type": "NewsArticle", "author": ' + "[" * 700 + '"Jane Doe"' + "]" * 700 + "}", None),
        ('{"@graph": ' * 150 + '{"@type": "NewsArticle"}' + "}" * 150, None),
        # deep, but as deep as real blocks go: read
        ('{"@graph": ' * 12 + '{"@type": "NewsArticle"}' + "}" * 12,
         json.loads('{"@graph": ' * 12 + '{"@type": "NewsArticle"}' + "}" * 12)),
        ('{"itemListElement": [' + ", ".join(['{"name": "[{[{"}'] * 80) + "]}",
         {"itemListElement": [{"name": "[{[{"}] * 80}),
    ],
)
def test_loads_lenient(text: str, expected: object) -> None:
    assert jsonld.loads_lenient(text) == expected


def test_jsonld_picks_the_article_of_this_page() -> None:
    related = {"@type": "NewsArticle", "headline": "Other story", "url": "https://news.example/other"}
    main = {"@type": "NewsArticle", "headline": "This story", "url": "https://news.example/story/plan-approved",
            "author": "By Ana Lima and Joe Bloggs", "isAccessibleForFree": "False",
            "articleSection": ["City", "News"], "image": {"@type": "ImageObject", "url": "/img/a.jpg"}}
    html = f'<html><script type="application/ld+json">{json.dumps([related, main])}</script></html>'
    got = jsonld.extract(page(html))
    assert got["headline"] == "This story"
    assert got["authors"] == [{"name": "Ana Lima"}, {"name": "Joe Bloggs"}]
    assert got["isAccessibleForFree"] is False
    assert got["section"] == "City"
    assert got["mainImage"] == {"url": "https://news.example/img/a.jpg"}


def test_jsonld_counts_blocks_that_do_not_parse() -> None:
    p = page('<script type="application/ld+json">{{{</script><script type="application/ld+json">{"a": 1}</script>')
    assert jsonld.blocks(p) == [{"a": 1}]
    assert p.cache["jsonld_broken"] == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [("en_US", "en-US"), ("EN-gb", "en-GB"), ("de", "de"), ("zh-Hant-TW", "zh-Hant"), ("", None), ("*", None)],
)
def test_language(value: str, expected: str | None) -> None:
    assert fields.language(value) == expected


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Email the author", []),
        ("2 hours ago", []),
        ("PTI", []),
        ("Reuters Staff", []),
        ("Staff Reporter", []),
        ("Special Correspondent", []),
        ("Anjali Menon | Kochi", ["Anjali Menon"]),
        ("Edited by Nirmalya Sen (with inputs from Reuters)", ["Nirmalya Sen"]),
        ("MARIA SILVA", ["Maria Silva"]),
        ("https://www.facebook.com/someone", []),
        ("news desk", []),
        # an agency and its dateline, in capitals (The Hindu's byline)
        ("PTI NEW DELHI, November 01, 2024", []),
        ("AFP Pyongyang", []),
        # a topic link run into the agency (NDTV's byline nav)
        ("Economy Press Trust of India", []),
        # a channel credited as the author (The Economic Times' "ET Now")
        ("ET Now", []),
        # the date after the name (Forbes India's author box)
        ("By Kavya Menon Published: Nov 19, 2024 11:20:05 AM IST", ["Kavya Menon"]),
    ],
)
def test_person_names(byline: str, names: list[str]) -> None:
    assert people.person_names(byline) == names


def test_person_names_asked_again_give_a_list_of_their_own() -> None:
    # (the answers are memoised: a caller changing its list must not change the memo's)
    first = people.person_names("By Jane Doe and John Roe", ("daily ledger",))
    first.append("Somebody Else")
    assert people.person_names("By Jane Doe and John Roe", ("daily ledger",)) == ["Jane Doe", "John Roe"]
    assert people.person_names("By Jane Doe and John Roe", ["daily ledger"]) == ["Jane Doe", "John Roe"]


def test_authors_skip_organisations_and_dedupe() -> None:
    values = [[{"@type": "Person", "name": "Ana Lima"}, {"@type": "Organization", "name": "Daily Ledger"}],
              {"@type": "Person", "name": ["ana lima", "Joe Bloggs"]}, "Ana Lima"]
    assert people.authors(values) == [{"name": "Ana Lima"}, {"name": "Joe Bloggs"}]


def test_plain_text_values() -> None:
    assert fields.plain("A <em>big</em>&nbsp;day<br/>") == "A big day"
    assert fields.clean("  two\n lines ") == "two lines"
    assert fields.clean({"x": 1}) is None


def test_keywords_split_and_html_bodies() -> None:
    assert fields.split_keywords("a, b; c|d") == ["a", "b", "c", "d"]
    assert fields.split_keywords(["a, b", {"name": "c"}]) == ["a", "b", "c"]
    text = fields.html_to_text("<p>One &amp; two</p><script>x()</script><p>Three<br>four</p><figcaption>cap</figcaption>")
    assert text == "One & two\n\nThree\n\nfour"
    assert fields.html_to_text("Plain line one.\n\nPlain line two.") == "Plain line one.\n\nPlain line two."


def test_meta_layer() -> None:
    html = """<html lang="pt_BR"><head>
    <meta property="og:title" content="Title">
    <meta name="keywords" content="a, b"><meta property="article:tag" content="B">
    <meta property="og:image" content="//cdn.example/i.jpg">
    <meta name="author" content="Ana Lima">
    <meta property="article:section" content="Economia">
    <link rel="canonical" href="/story/x"></head><body></body></html>"""
    got = meta.extract(page(html))
    assert got["canonicalUrl"] == "https://news.example/story/x"
    assert got["inLanguage"] == "pt-BR"
    assert got["keywords"] == ["a", "b", "B"]
    assert got["mainImage"] == {"url": "https://cdn.example/i.jpg"}
    assert got["authors"] == [{"name": "Ana Lima"}]
    assert got["section"] == "Economia"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("/story/x", "https://news.example/story/x"),
        ("//cdn.news.example/a.jpg", "https://cdn.news.example/a.jpg"),
        ("https://news.example:8443/story/x", "https://news.example:8443/story/x"),
        ("javascript:void(0)", None),
        ("mailto:desk@news.example", None),
        # no reader can take these apart: urljoin or .port raised on them
        ("http://[::1/story", None),
        ("https://[2001:db8::1/story", None),
        ("https://news.example:99999/story/x", None),
        ("https://news.example:80a/story/x", None),
        ("https://news.example:-1/story/x", None),
    ],
)
def test_absolute(value: str, expected: str | None) -> None:
    assert fields.absolute(page("<html></html>"), value) == expected


#: A story page with what one broken CMS or template wrote into its head or around the body.
BROKEN_STORY = """<html><head><title>Harbour cranes arrive | Port News</title>{head}</head><body>{before}
<article><h1>Harbour cranes arrive</h1><p>{story}</p><p>{story}</p></article></body></html>"""


@pytest.mark.parametrize(
    ("head", "before"),
    [
        ('<link rel="canonical" href="http://[::1/story/cranes">', ""),
        ('<meta property="og:url" content="https://news.example:99999/story/cranes">', ""),
        ('<link rel="canonical" href="https://news.example:port/story/cranes">', ""),
        ('<script type="application/ld+json">' + "[" * 100_000 + "</script>", ""),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour cranes arrive", '
         '"author": ' + "[" * 800 + '"Jane Doe"' + "]" * 800 + "}</script>", ""),
        ('<script id="__NEXT_DATA__" type="application/json">' + '{"props": ' * 5000 + "1" + "}" * 5000
         + "</script>", ""),
        ("", "<font><b>" * 150),  # a CMS's unclosed tags, 300 deep: libxml2 stopped at 256
        ("", "<div>" * 2000),
    ],
)
def test_a_broken_part_costs_only_itself(head: str, before: str) -> None:
    """The page's headline and body are found, no layer fails, and the broken value is
    not exported."""
    p = page(BROKEN_STORY.format(head=head, before=before, story=STORY))
    got = extract(p)
    assert p.cache.get("failed_layers") is None, p.cache.get("problems")
    assert got["headline"] == "Harbour cranes arrive"
    assert got["articleBody"] == f"{STORY}\n\n{STORY}"
    assert got["canonicalUrl"] is None
    assert got["authors"] == []


def test_canonical_url_is_read_once_and_kept() -> None:
    read = page('<html><head><link rel="canonical" href="/story/x"></head><body></body></html>')
    assert meta.canonical_url(read) == "https://news.example/story/x"
    read.cache["head"].links.clear()
    assert meta.canonical_url(read) == "https://news.example/story/x"
    assert meta.canonical_url(page("<html><body></body></html>")) is None


def test_microdata_nested_items_are_not_the_articles() -> None:
    html = """<div itemscope itemtype="http://schema.org/Article"><h1 itemprop="headline">Real</h1>
    <div itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Ana Lima</span></div>
    <div itemscope itemtype="http://schema.org/Comment"><span itemprop="headline">Nested</span></div>
    <div itemprop="articleBody"><p>First.</p><p>Second.</p></div></div>"""
    got = microdata.extract(page(html))
    assert got["headline"] == "Real"
    assert got["authors"] == [{"name": "Ana Lima"}]
    assert got["articleBody"] == "First.\n\nSecond."


@pytest.mark.parametrize(("author", "publisher", "names", "publisher_name"), [
    ('<a itemprop="creator" href="/pages/dr.-ana-lima.html">Dr. Ana Lima</a>',
     '<a itemprop="publisher" href="https://harbour.example/">Harbour Times</a>', [{"name": "Dr. Ana Lima"}],
     "Harbour Times"),
    ('<link itemprop="author" href="https://harbour.example/staff/ana-lima">', "", [], None),
    ('<span itemprop="author">Ana Lima</span>', '<meta itemprop="publisher" content="Harbour Times">',
     [{"name": "Ana Lima"}], "Harbour Times"),
])
def test_microdata_names_on_links_are_their_text_not_the_address(author, publisher, names, publisher_name) -> None:
    html = f"""<div itemscope itemtype="http://schema.org/Article"><h1 itemprop="headline">Ferry fares rise</h1>
    {author}{publisher}<div itemprop="articleBody"><p>First.</p></div></div>"""
    got = microdata.extract(page(html))
    assert got["authors"] == names
    assert got["publisher"] == publisher_name


def test_microdata_written_as_react_writes_it_is_read() -> None:
    # React renders the attribute as ``itemType``; HTML attribute names are caseless.
    html = """<div itemScope itemType="https://schema.org/NewsArticle"><h1 itemProp="headline">Ferry fares rise</h1>
    <div itemProp="articleBody"><p>First.</p><p>Second.</p></div></div>"""
    got = microdata.extract(page(html))
    assert got["headline"] == "Ferry fares rise"
    assert got["articleBody"] == "First.\n\nSecond."


@pytest.mark.parametrize("html", [
    '<div itemscope itemtype="https://schema.org/NewsArticle">', '<div itemType="https://schema.org/Article">',
    '<DIV ITEMTYPE="x">', '<div ItemType="x">', '<div Itemtype="x">', '<div systemType="x">', "emType",
    '<div data-itemtype="x">', '<p>no microdata</p>', "", "itemTyp", "tEmType itemType",
])
def test_itemtype_spellings_are_found_as_any_of_them_would_be(html: str) -> None:
    assert microdata.spells_itemtype(html) == any(s in html for s in microdata._ITEMTYPE_SPELLINGS)


def test_microdata_is_read_alike_from_the_page_bytes_or_its_text() -> None:
    html = """<div itemscope itemType="https://schema.org/NewsArticle"><h1 itemprop="headline">Zürich fares</h1></div>"""
    url = "https://news.example/story/fares"
    from_bytes = Page(url, html, utf8=html.encode("utf-8"))
    from_text = Page(url, html)
    assert microdata.marked(from_text) and microdata.marked(from_bytes)
    assert microdata.extract(from_bytes)["headline"] == microdata.extract(from_text)["headline"] == "Zürich fares"


def test_nextdata_takes_the_longest_body() -> None:
    state = {"props": {"pageProps": {"teaser": {"title": "T", "body": "short"},
                                     "data": {"pageTitle": "Headline", "htmlContent": f"<p>{STORY}</p><p>End.</p>",
                                              "metaDescription": "Desc"}}}}
    html = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    got = nextdata.extract(page(html))
    assert got["headline"] == "Headline"
    assert got["description"] == "Desc"
    assert got["articleBody"] == f"{STORY}\n\nEnd."


def test_headline_prefers_the_h1_and_strips_the_site() -> None:
    html = """<html><head><title>x</title><meta property="og:site_name" content="Metro Daily">
    <meta property="og:title" content="Bridge reopens after repairs | Metro Daily"></head>
    <body><h1>Bridge reopens after repairs, a week early</h1></body></html>"""
    assert extract(page(html))["headline"] == "Bridge reopens after repairs, a week early"
    html = html.replace("<h1>Bridge reopens after repairs, a week early</h1>", "<h1>Metro Daily</h1>")
    assert extract(page(html))["headline"] == "Bridge reopens after repairs"


def test_body_rule() -> None:
    long = STORY + " " + STORY
    # main text empty: the structured body
    assert orchestrator._body("", ({"articleBody": long},)) == long
    # a structured teaser never replaces the page's body
    assert orchestrator._body(long, ({"articleBody": STORY[:300]},)) == long
    # a marked-up body that is an exact part of a longer main text: main text took furniture
    furniture = " ".join(["Read more stories like this from our newsroom every single day."] * 40)
    assert orchestrator._body(long + "\n\n" + furniture, ({"articleBody": long},)) == long
    # ... but a page-state body that is one block of a story over twice its length is not
    sections = "\n\n".join(f"Section {n}. {STORY} {STORY}" for n in range(4))
    block = f"Section 2. {STORY} {STORY}"
    assert orchestrator._body(sections, ({}, {}, {"articleBody": block})) == sections
    assert orchestrator._body(sections, ({"articleBody": block}, {}, {})) == block
    # main text only found part of a body the structured data carries in full
    assert orchestrator._body(STORY[:400], ({"articleBody": long},)) == long
    # main text found no story: a short body the page marks up (microdata) is the body
    assert orchestrator._body("", ({"articleBody": STORY[:120]}, {})) == STORY[:120]
    # ... but a short JSON-LD text (a teaser, not shown on the page) is not
    assert orchestrator._body("", ({}, {"articleBody": STORY[:120]})) == ""


def test_paywall_prompt_marks_a_teaser() -> None:
    html = f"<html><body><h1>Story</h1><p>{STORY[:600]}</p><div>Subscribe to continue reading</div></body></html>"
    got = extract(page(html))
    assert got["isAccessibleForFree"] is False
    assert got["_pageType"] == "article"


@pytest.mark.parametrize("prompt", orchestrator.PAYWALL_PROMPTS)
def test_every_paywall_prompt_holds_a_word_looked_for_first(prompt: str) -> None:
    assert any(word in prompt for word in orchestrator._PAYWALL_WORDS)


def test_page_types() -> None:
    def kind(html: str, url: str = "https://news.example/story/x-1", body: str = "", **kw: object) -> str:
        p = page(html, url)
        return classify.page_type(p, body=body, types=kw.get("types", set()), main_types=kw.get("main", set()),
                                  og_type=kw.get("og"), title=kw.get("title"), paywalled=kw.get("paywalled"))

    assert kind("<html></html>", body=STORY, main={"newsarticle"}) == "article"
    assert kind("<html></html>", body="", main={"newsarticle"}, paywalled=False) == "paywall"
    assert kind("<html></html>", body="A clip.", og="video.other") == "video"
    assert kind("<html></html>", body="", title="Access Denied") == "blocked"
    # a DDoS shield's "You will be connected in just a moment" page, no title
    shield = '<html><body><img src="https://storage.googleapis.com/ddos-shield.appspot.com/logo.svg"></body></html>'
    assert kind(shield, body="") == "blocked"
    assert kind("<html></html>", url="https://news.example/sport/", body="Teasers", og="website") == "section"
    # a short story that says it is an article stays one
    assert kind("<html></html>", url="https://news.example/sport/", body="Short.", og="article") == "article"


@pytest.mark.parametrize(
    "html",
    ["", "<", "<html><body><p>unclosed <b>tags <i>everywhere", "\x00\x01garbage\xff",
     "<html>" + "<div>" * 3000 + "deep" + "</div>" * 3000 + "</html>",
     '<script type="application/ld+json">{"@type": "NewsArticle", "author": 5, "image": [null], '
     '"headline": ["a"], "publisher": [], "keywords": 7, "articleSection": {"x": 1}}</script>'],
)
def test_broken_pages_never_raise(html: str) -> None:
    got = extract(page(html))
    assert isinstance(got, dict)
    assert "_pageType" in got


def test_a_failing_layer_is_recorded_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_page: Page) -> dict:
        raise RuntimeError("boom")

    monkeypatch.setattr(microdata, "extract", broken)
    p = page(f"<html><body><h1>Story</h1><p>{STORY}</p></body></html>")
    got = extract(p)
    assert got["headline"] == "Story"
    assert any("microdata" in problem for problem in p.cache["problems"])


def test_profile_values_override_and_may_clear_authors_agency_dateline() -> None:
    """A profile's ``authors``, ``agency`` and ``dateline`` are its verdict even when empty;
    its other empty values (not found there) leave the generic ones."""
    html = (FIXTURES / "no_structured_data.html").read_text("utf-8")
    url = "https://coastlinegazette.example/world/fishing-fleet-stays-in-port-as-storm-nears"
    generic = extract(page(html, url))
    assert generic["authors"] and generic["agency"] == "AP" and generic["dateline"] == "Lisbon"

    def verdict(_page: Page) -> dict:
        return {"authors": [], "agency": None, "headline": "", "section": None, "keywords": []}

    profile = SiteProfile(name="gazette", publisher="Coastline Gazette", domains=("coastlinegazette.example",),
                          extract=verdict)
    got = extract(page(html, url), profile=profile)
    assert got["authors"] == [] and got["agency"] is None
    assert got["dateline"] == "Lisbon"  # not returned: the generic value stays
    assert got["headline"] == generic["headline"] == "Fishing fleet stays in port as storm nears"
    assert got["publisher"] == "Coastline Gazette"


def test_short_post_only_where_the_description_is_in_it() -> None:
    """A short post is taken from the CMS's body element only where the page's
    description (the CMS's excerpt) is in it: a post of links with them, since its
    description names them; a page whose description says something else gets none."""
    links = "".join(f'<li><a href="https://elsewhere.example/{i}">Story number {i} of the day</a> via Example</li>'
                    for i in range(5))
    html = ('<html><head><meta property="og:type" content="article">'
            '<meta property="og:description" content="Story number 0 of the day via Example Story number 1 of the…">'
            f'</head><body><div class="hentry"><h2>Links for Monday</h2><div class="entry-content"><ul>{links}</ul>'
            '<p>Posted from my bookmarks. The rest of my links are on my profile.</p></div></div></body></html>')
    body = extract(page(html))["articleBody"]
    assert body.startswith("Story number 0 of the day via Example\n\nStory number 1")
    assert body.endswith("Posted from my bookmarks. The rest of my links are on my profile.")
    unrelated = html.replace("Story number 0 of the day via Example Story number 1 of the…",
                             "Our weekly quiz: test what you know about the harbour.")
    assert extract(page(unrelated))["articleBody"] == ""
    # a page that does not say it is an article gets no short post
    assert extract(page(html.replace('content="article"', 'content="website"')))["articleBody"] == ""


def test_wire_flash_of_one_sentence_is_kept() -> None:
    """A flash too short for main text's threshold is the body of a page that says it is
    an article and whose description is that sentence; the headline is not its top."""
    flash = "Magnitude 6.1 quake strikes off Japan's east coast, weather agency says."
    html = ('<html><head><meta property="og:type" content="article">'
            f'<meta property="og:description" content="{flash}"></head><body>'
            '<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Quake hits coast</h1>'
            f'<p>{flash}</p></article><footer>(c) Ledger</footer></body></html>')
    assert extract(page(html))["articleBody"] == flash
    other = html.replace(f'content="{flash}"', 'content="Our weekly quiz: test what you know about the harbour."')
    assert extract(page(other))["articleBody"] == ""
