"""The headline's rules, on small strings and elements written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import lxml.html
import pytest

import newsspider.extract.headline as headline_rules
from newsspider.extract import jsonld, meta, microdata, nextdata
from newsspider.extract.headline import element_text, headline, repeated_end, site_names, strip_site
from newsspider.extract.page import Page


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<h1><span>Nationale Demo</span><span>Der 9. Juli</span></h1>", "Nationale Demo Der 9. Juli"),
        ("<h1>Nationale Demo<br>Der 9. Juli</h1>", "Nationale Demo Der 9. Juli"),
        ("<h1><div>Kicker</div><div>headline here</div></h1>", "Kicker headline here"),
        ("<h1>Wo<em>rd</em> by word</h1>", "Word by word"),
        ("<h1>The <b>big</b> day</h1>", "The big day"),
        ("<h1>iPhone <i>16</i> review</h1>", "iPhone 16 review"),
        ("<h1>Mes\xadsen\xadger\xaddiens\xadte sind kein Raum</h1>", "Messengerdienste sind kein Raum"),
        # a kicker ending a sentence before the headline's capital, a documentation page's permalink
        ("<h1><span>Wow, wow!</span>Anna Berg heiratet im Mai</h1>", "Wow, wow! Anna Berg heiratet im Mai"),
        ('<h1>Logging HOWTO<a class="headerlink" href="#x">¶</a></h1>', "Logging HOWTO"),
        ("<h1>Node.<b>js</b> in depth</h1>", "Node.js in depth"),
    ],
)
def test_element_text_separates_pieces_only_where_glued(html: str, text: str) -> None:
    assert element_text(lxml.html.fragment_fromstring(html)) == text


@pytest.mark.parametrize(
    ("title", "names", "headline"),
    [
        ("Story of the day - Die Neue Südtiroler Tageszeitung", ("tageszeitung.example", "tageszeitung"),
         "Story of the day"),
        ("Story of the day | Metro Daily", ("Metro Daily",), "Story of the day"),
        ("Metro Daily » Blog Archive » Story of the day", ("Metro Daily",), "Story of the day"),
        ("Story : literaturkritik.de", ("literaturkritik.de", "literaturkritik"), "Story"),
        ("武汉的声音:有英勇的你!-新华网", ("新华网",), "武汉的声音:有英勇的你!"),
        # a CJK publication's name by its ending, after a full-width mark or bar, the domain unspelled
        ("武汉的声音：有英勇的你，才有英雄的城！-新华网", ("xinhuanet.com", "xinhuanet"), "武汉的声音：有英勇的你，才有英雄的城！"),
        ("台風10号が上陸へ｜NHKニュース", ("nhk.or.jp", "nhk"), "台風10号が上陸へ"),
        ("北京今冬首场降雪_中国新闻网", (), "北京今冬首场降雪"),
        ("서울 폭설로 교통 혼잡 - 연합뉴스", (), "서울 폭설로 교통 혼잡"),
        # a story's own last part ending alike but long, or a word that only ends so in part
        ("央行降息-年度报告", (), "央行降息-年度报告"),
        ("北京今冬首场降雪-交通出行受影响各地市民网上热议", (), "北京今冬首场降雪-交通出行受影响各地市民网上热议"),
        # the site's name as the story's first word stays
        ("Skibergsteigen: schnell und leicht - Neuheiten | bergsteigen.com", ("bergsteigen.com", "bergsteigen"),
         "Skibergsteigen: schnell und leicht - Neuheiten"),
        ("No separator here", ("Metro Daily",), "No separator here"),
        # guillemets that quote stay, a lone one at an end goes
        ("Von Sprachregeln und «ganz normalem Deutsch» | Metro Daily", ("Metro Daily",),
         "Von Sprachregeln und «ganz normalem Deutsch»"),
        ("«Wir waren 40 Tage in Quarantäne»", ("Metro Daily",), "«Wir waren 40 Tage in Quarantäne»"),
        ("Story of the day « Metro Daily", ("Metro Daily",), "Story of the day"),
        # the site's name inside the title, a tagline after it
        ("Der Gärtner war es : Krimiblog-Archiv | Notizen zum Genre | Seit 2005",
         ("archiv.krimiblog.example", "krimiblog"), "Der Gärtner war es"),
        ("Gift Guide | Metro Daily | Jetzt entdecken!", ("Metro Daily",), "Gift Guide"),
        # ... not where the story follows it
        ("Politik | Metro Daily | Der Bundestag beschließt das neue Gesetz", ("Metro Daily",),
         "Politik | Metro Daily | Der Bundestag beschließt das neue Gesetz"),
        # a last part that names the site in a story's words is the story's
        ("gipfel.example - Outdoornews - Neue Schneekarten auf Gipfel.example", ("gipfel.example", "gipfel"),
         "Outdoornews - Neue Schneekarten auf Gipfel.example"),
        # the domain without its accents or with a diaeresis as an e; the box-drawing bar
        ("Kostenloser Stromcheck | Ökologisch Bauen", ("oekologisch-bauen.example", "oekologisch-bauen"),
         "Kostenloser Stromcheck"),
        ("Produkttester werden │ Nestlé Marktplatz", ("nestle-marktplatz.example", "nestle-marktplatz"),
         "Produkttester werden"),
        # the host before the story with no separator; a story that starts with it stays
        ("ankeblog.example Vom Gärtnern im Winter", ("ankeblog.example", "ankeblog"), "Vom Gärtnern im Winter"),
        ("Ankeblog.example wins a prize", ("ankeblog.example", "ankeblog"), "Ankeblog.example wins a prize"),
        # a section's label between the story and the site's name
        ("How to sleep through the night | Patient Education | Metro Hospital", ("Metro Hospital",),
         "How to sleep through the night"),
        ("Die Haubenfahrzeuge - Teil 49 - Metro Daily", ("Metro Daily",), "Die Haubenfahrzeuge - Teil 49"),
        # the site's tagline glued to the story; a part of marks only is none
        ("Truckwash A31Das andere Branchenbuch | Das andere Branchenbuch", ("Das andere Branchenbuch",),
         "Truckwash A31"),
        ("metro.example // » Jens Weber", ("Jens Weber", "metro.example", "metro"), "Jens Weber"),
        ("Story of the day // Metro Daily", ("Metro Daily",), "Story of the day"),
    ],
)
def test_strip_site(title: str, names: tuple[str, ...], headline: str) -> None:
    assert strip_site(title, names) == headline


def test_an_archived_copy_is_named_by_the_page_it_holds() -> None:
    page = Page(url="https://web.archive.example/web/2014/http://www.time4talks.example/2013/kinos/",
                html="<html><head></head><body></body></html>")
    assert {"time4talks.example", "time4talks"} <= set(site_names(page, {}, None))


def test_the_site_is_the_part_two_title_forms_put_at_opposite_ends() -> None:
    assert repeated_end(["Time 4 Talks » Blog Archiv » Kinos", "Kinos | Time 4 Talks"]) == "time 4 talks"
    # the story first in both forms (a subtitle in one): not the site
    assert repeated_end(["Story: the subtitle", "Story - Site"]) is None


def _headline_of(head: str, body: str, url: str = "https://news.example/story") -> str | None:
    """The headline of a page written for the test, from its layers as ``extract`` builds them."""
    page = Page(url=url, html=f"<html><head>{head}</head><body>{body}</body></html>")
    layers = {"meta": meta.extract(page), "jsonld": jsonld.extract(page), "microdata": microdata.extract(page),
              "nextdata": nextdata.extract(page)}
    publisher = layers["jsonld"].get("publisher") or layers["meta"].get("publisher")
    return headline(page, layers, site_names(page, layers, publisher))


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # the page's one h1 where the title forms say something else (an SEO title)
        ('<title>Wärmepumpe im Altbau - Wann es sich lohnt | heizung.example</title>',
         "<h1>Eignet sich eine Wärmepumpe im Altbau?</h1><p>Text</p>",
         "Eignet sich eine Wärmepumpe im Altbau?"),
        ('<meta property="og:title" content="Best Office Chairs for Back Pain Relief">',
         "<h1>Best Office Chairs to Prevent Back Pain</h1>", "Best Office Chairs to Prevent Back Pain"),
        # a title form that agrees with the h1 and drops its subtitle: still the h1
        ("<title>Bielersee-Winterhechte | Fisch-Magazin | Dein Schweizer Fischereimagazin</title>",
         "<h1>Bielersee-Winterhechte</h1>", "Bielersee-Winterhechte"),
        # an h1 that is the site's name (a logo): the title's story part
        ('<meta property="og:site_name" content="Literaturgefluester">'
         "<title>Ins neue Jahr | Literaturgefluester</title>", "<h1>Literaturgefluester</h1>", "Ins neue Jahr"),
        ('<meta property="og:title" content="Ins neue Jahr"><title>Ins neue Jahr | Zahlenzauberin</title>',
         "<h1>Zahlenzauberin</h1>", "Ins neue Jahr"),
        ("<title>Nummer zwei: Leo</title>", "<h1>news.example</h1>", "Nummer zwei: Leo"),
        # the site's h1 and the story's h1: the story's
        ("<title>Minions malen - mit Malerrolle | Papaganda</title>",
         "<h1>Papaganda</h1><h1>Minions malen – mit Malerrolle und bunten Farben</h1>",
         "Minions malen – mit Malerrolle und bunten Farben"),
        # an h1 with no letters, or two h1s of their own: the stated headline
        ("<title>Tach auch!</title>", "<h1>...</h1>", "Tach auch!"),
        ('<meta property="og:title" content="A story told twice">', "<h1>Section</h1><h1>Other heading</h1>",
         "A story told twice"),
        # an h1 that is the page's description, not its headline
        ('<meta name="description" content="Learn which projects pay back most.">'
         '<meta property="og:title" content="The 10 Best Projects of 2023">',
         "<h1>Learn which projects pay back most.</h1>", "The 10 Best Projects of 2023"),
    ],
)
def test_the_h1_is_the_headline_unless_it_names_the_site(head: str, body: str, expected: str) -> None:
    assert _headline_of(head, body) == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # a blog's name before a colon and the story the og:title says: the h1 that says it is the site's
        ('<meta property="og:title" content="Winter Garden Notes"><title>Garden Notes: Winter Garden Notes</title>',
         "<h1>Garden Notes</h1>", "Winter Garden Notes"),
        # ... not the story, where the og:title is the site's name
        ('<meta property="og:title" content="Mähwerk"><title>Which mower suits which lawn? | Mähwerk</title>',
         "<h1>Which mower suits which lawn?</h1>", "Which mower suits which lawn?"),
        # ... nor the story two forms share at opposite ends, a stated headline
        ('<meta property="og:title" content="Opinion | Is a foul a crime?"><title>Is a foul a crime? - MJ</title>'
         '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Is a foul a crime?"}</script>',
         "<h1>The Metro Journal Opinion</h1><h1>Is a foul a crime?</h1>", "Is a foul a crime?"),
        # the parts before a blog's archive are the blog's
        ("<title>Vier Jahre » Blog Archiv » Kinos werden digital</title>", "<h1>Vier Jahre</h1>",
         "Kinos werden digital"),
        # a logo h1 that says the title's last parts, the story's h1 the rest
        ("<title>Kleine Ziegenkunde | Zottel die Ziege – Webcomic</title>",
         "<h1>Zottel die Ziege – Webcomic</h1><h1>Kleine Ziegenkunde</h1>", "Kleine Ziegenkunde"),
        # an og:title that is the site's name alone, by the domain or a form's last part: the <title>'s story
        ('<meta property="og:title" content="news.example"><title>Story of the day</title>', "", "Story of the day"),
        ('<meta property="og:title" content="Mähwerk"><meta property="og:site_name" content="Mähwerk">'
         "<title>Which mower suits which lawn? | Mähwerk</title>", "", "Which mower suits which lawn?"),
        # ... not a name only og:site_name gives, which may be the page's own title
        ('<meta property="og:title" content="Annual Report 2015"><meta property="og:site_name" content="Annual Report'
         ' 2015"><title>Our year in 2015 - Annual Report</title>', "", "Annual Report 2015"),
        # an h1 the title ends with after the site's name, which a form says whole, is the story's
        ('<meta property="og:title" content="Managing Python Environments">'
         "<title>Metro Tech Blog | Managing Python Environments</title>", "<h1>Managing Python Environments</h1>",
         "Managing Python Environments"),
        # the site's tagline, glued to the story in the title, in the first h1
        ("<title>Truckwash A31Das andere Branchenbuch | Das andere Branchenbuch</title>",
         "<h1>Das andere Branchenbuch</h1><h1>Truckwash A31</h1>", "Truckwash A31"),
    ],
)
def test_the_title_forms_name_the_site(head: str, body: str, expected: str) -> None:
    assert _headline_of(head, body) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a stated headline cut with an ellipsis: the whole one the <title> gives
        ('<script type="application/ld+json">{"@type": "NewsArticle",'
         ' "headline": "The mayor’s budget should be essential reading for every council..."}</script>'
         '<meta property="og:site_name" content="Metro Daily">'
         "<title>The mayor’s budget should be essential reading for every council member | Metro Daily</title>",
         "The mayor’s budget should be essential reading for every council member"),
        # ... a headline that ends with an ellipsis of its own stays
        ('<meta property="og:title" content="Alles Neue macht der Mai…"><title>Der Mai | Metro Daily</title>',
         "Alles Neue macht der Mai…"),
    ],
)
def test_a_cut_stated_headline(head: str, expected: str) -> None:
    assert _headline_of(head, "<p>Text</p>") == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # an h1 that says a title part before an h2 that says another (a subtitle, a breadcrumb)
        ("<title>Vom Boden aus gedacht - Eine Autorin verwebt Lokales und Globales : litkritik.example</title>",
         "<h1>Vom Boden aus gedacht</h1><h2>Eine Autorin verwebt Lokales und Globales</h2>", "Vom Boden aus gedacht"),
        ("<title>Gericht verhandelt weiter / Politik / Artikel / Home - paper.example</title>",
         "<h2>Politik</h2><h1>Gericht verhandelt weiter</h1>", "Gericht verhandelt weiter"),
        # two h1s that say title parts: the story's, not a section's label before or after it
        ("<title>Vom Boden aus gedacht - Eine Autorin verwebt Lokales und Globales mit vielen Worten"
         " - Kultur : litkritik.example</title>",
         "<h1>Kultur</h1><h1>Vom Boden aus gedacht</h1>", "Vom Boden aus gedacht"),
        ("<title>Politik - Gericht verhandelt weiter - Artikel : paper.example</title>",
         "<h1>Politik</h1><h1>Gericht verhandelt weiter</h1>", "Gericht verhandelt weiter"),
    ],
)
def test_an_h1_that_says_a_title_part(head: str, body: str, expected: str) -> None:
    assert _headline_of(head, body) == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # no h1: the h2 that says the title's story part, the rest the blog's
        ("<title>Alles Neue mach der Mai… | Bibliothek 2.0 und mehr</title>",
         "<h2>Alles Neue mach der Mai…</h2><h2>Kategorien</h2>", "Alles Neue mach der Mai…"),
        ("<title>Vier Jahre » Blog Archive » Interning of Small Integers in Python</title>",
         "<h1>Vier Jahre</h1><h2>Interning of Small Integers in Python</h2>", "Interning of Small Integers in Python"),
        # the h1 a section's or a place's, an h2 says the stated headline whole
        ('<meta property="og:title" content="Militares enviaram 88 questões ao TSE">'
         "<title>Militares enviaram 88 questões ao TSE - Brasil 247</title>",
         "<h1>Brasília</h1><h2>Militares enviaram 88 questões ao TSE</h2>", "Militares enviaram 88 questões ao TSE"),
        # ... as the h2 writes it, where the stated form is cut at a quote
        ('<meta property="og:title" content="Senador califica a Biden de">'
         '<title>Senador califica a Biden de "incapacitado"</title>',
         '<h1></h1><h2>Senador califica a Biden de "incapacitado"</h2>', 'Senador califica a Biden de "incapacitado"'),
        # ... without the kicker glued before it, where a stated form has none
        ('<meta property="og:title" content="Grenzen: Deutschland und die Rückkehr der Ressentiments">'
         '<script type="application/ld+json">{"@type": "NewsArticle",'
         ' "headline": "Deutschland und die Rückkehr der Ressentiments"}</script>',
         "<h1>Report von der Grenze</h1><h2>Grenzen Deutschland und die Rückkehr der Ressentiments</h2>",
         "Deutschland und die Rückkehr der Ressentiments"),
        # an h2 that names the site is no headline
        ('<meta property="og:site_name" content="Metro Daily"><title>Story of the day | Metro Daily</title>',
         "<h2>Metro Daily</h2>", "Story of the day"),
    ],
)
def test_an_h2_that_repeats_a_title_form(head: str, body: str, expected: str) -> None:
    assert _headline_of(head, body) == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # a section or kicker before a separator in the h1, the stated headline without it
        ('<meta property="og:title" content="Brothel catering to politicians busted in Boston">',
         "<h1>Local News | Brothel catering to politicians busted in Boston</h1>",
         "Brothel catering to politicians busted in Boston"),
        ('<meta property="og:title" content="Luftfahrtbranche hebt nach Corona ab">',
         "<h1>Auftragshoch bei FACC : Luftfahrtbranche hebt nach Corona ab</h1>", "Luftfahrtbranche hebt nach Corona ab"),
        # a kicker with a colon is the headline's own, and so is a number or an article
        ('<meta property="og:title" content="Musik-Stars fordern neues Streaming-Modell">',
         "<h1>Nutzerbasierte Abrechnung: Musik-Stars fordern neues Streaming-Modell</h1>",
         "Nutzerbasierte Abrechnung: Musik-Stars fordern neues Streaming-Modell"),
        ('<meta property="og:title" content="Software Development Price Guide">',
         "<h1>2025 Software Development Price Guide</h1>", "2025 Software Development Price Guide"),
        # the site's name after a separator in the h1
        ('<meta property="og:title" content="EU-Taxonomie: Atomkraft ist nicht nachhaltig">',
         "<h1>EU-Taxonomie: Atomkraft ist nicht nachhaltig | Umweltamt</h1>",
         "EU-Taxonomie: Atomkraft ist nicht nachhaltig"),
        ('<meta property="og:title" content="Critics’ Choice: Best UK Art Exhibitions 2025">',
         "<h1>Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst</h1>", "Critics’ Choice: Best UK Art Exhibitions 2025"),
        # a subtitle after a slash or a colon is the headline's own (a cut og:title says less)
        ('<meta property="og:title" content="Können Fische Schmerzen spüren">',
         "<h1>Können Fische Schmerzen spüren / empfinden?</h1>", "Können Fische Schmerzen spüren / empfinden?"),
        ('<meta property="og:title" content="Saftiger Zitronenkuchen vom Blech">',
         "<h1>Saftiger Zitronenkuchen vom Blech: einfach köstlich!</h1>",
         "Saftiger Zitronenkuchen vom Blech: einfach köstlich!"),
    ],
)
def test_an_h1_that_agrees_without_its_kicker_or_tail(head: str, body: str, expected: str) -> None:
    assert _headline_of(head, body) == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # a kicker, a date or a label in its own element before the headline a title form says
        ("<title>Olympia in Paris - Getränke per Schiff ins Stadtzentrum - Handelspraxis</title>",
         '<h1> <span class="subtitle">Olympia in Paris</span> Getränke per Schiff ins Stadtzentrum </h1>',
         "Getränke per Schiff ins Stadtzentrum"),
        ("<title>Ministerin Raab: Rahmenbedingungen gestalten - Bundeskanzleramt</title>",
         '<h1><span class="supertitle"><time datetime="2022-02-01">1. Februar 2022</time></span>'
         '<span class="title">Ministerin Raab: Rahmenbedingungen gestalten</span></h1>',
         "Ministerin Raab: Rahmenbedingungen gestalten"),
        ("<title>Patchnotes 4.47.4 - Bugfix Build | Villagers Forums</title>",
         '<h1><a href="/t/1"><span class="label">Patch Notes</span><span> </span>Patchnotes 4.47.4 - Bugfix Build</a></h1>',
         "Patchnotes 4.47.4 - Bugfix Build"),
        ('<meta property="og:title" content="Luftfahrt hebt ab - und FACC profitiert | Industriemagazin">',
         "<h1>\n<span>Auftragshoch bei FACC</span>\n<span>: </span>\n<span>Luftfahrt hebt ab - und FACC profitiert</span></h1>",
         "Luftfahrt hebt ab - und FACC profitiert"),
        # ... not a sentence of the headline set apart
        ("<title>What Tutoring is not. - Choosing a good tutor - Campus News</title>",
         "<h1><span>What Tutoring is not.</span> <span>Choosing a good tutor</span></h1>",
         "What Tutoring is not. Choosing a good tutor"),
        # an inline word first in the h1 is the headline's own
        ('<meta property="og:title" content="Titanic sinks again">', "<h1><em>Titanic</em> sinks again</h1>",
         "Titanic sinks again"),
        ("<title>Story of the day | Metro Daily</title>", '<h1><a href="/">Story of the day</a></h1>', "Story of the day"),
    ],
)
def test_an_h1_without_its_lead_element(head: str, body: str, expected: str) -> None:
    assert _headline_of(head, body) == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # a subtitle, a date and labels, a byline or a source in elements after the stated headline
        ('<meta property="og:title" content="Fischkuchen, frisch und heiß">',
         '<h1><span>Fischkuchen, frisch und heiß</span> <small>Ein Besuch im Norden</small></h1>',
         "Fischkuchen, frisch und heiß"),
        ('<meta property="og:title" content="Zuschauer kehren zurück">',
         "<h1>Zuschauer kehren zurück<br><small>02.02.2022 • Verband, Presse</small></h1>",
         "Zuschauer kehren zurück"),
        ('<meta property="og:title" content="Grads find no jobs">',
         '<h1><span class="t"> <a href="/s">Grads find no jobs</a> <span>(paper.example)</span></span></h1>',
         "Grads find no jobs"),
        # ... not words of the h1's own text after it
        ('<meta property="og:title" content="Saftiger Kuchen vom Blech">',
         "<h1>Saftiger Kuchen vom Blech mit Streuseln</h1>", "Saftiger Kuchen vom Blech mit Streuseln"),
    ],
)
def test_an_h1_without_its_tail_elements(head: str, body: str, expected: str) -> None:
    assert _headline_of(head, body) == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # the first h1 is the name the title ends with: the site's, not the story's
        ("<title>Rinderleber mit Apfel und Zwiebel | Liebe geht durch den Magen</title>",
         "<h1>Liebe geht durch den Magen</h1>", "Rinderleber mit Apfel und Zwiebel"),
        ("<title>Muffin Grundrezept : Muffin Rezepte</title>",
         "<h1>Muffin Rezepte</h1><h2>Muffin Grundrezept</h2>", "Muffin Grundrezept"),
        # the story after a short kicker, or the third of three h1s, stays the story
        ("<title>Corona-Pandemie - „Es kommt darauf an, wie die Menschen sterben“</title>",
         "<h1>„Es kommt darauf an, wie die Menschen sterben“</h1>", "„Es kommt darauf an, wie die Menschen sterben“"),
        ("<title>Zoll online - Fachmeldungen - Verkündung des Gesetzes</title>",
         "<h1>Zoll</h1><h1>Fachmeldungen</h1><h1>Verkündung des Gesetzes</h1>", "Verkündung des Gesetzes"),
    ],
)
def test_a_logo_h1_names_the_site(head: str, body: str, expected: str) -> None:
    assert _headline_of(head, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<h1><!-- logo --></h1><h2><!-- --></h2>", "Story of the day | Metro Daily"),
        ("<h1><script>var x = 1;</script>Story of the day</h1>", "Story of the day"),
        ("<h1><span></span></h1><h1></h1>", "Story of the day | Metro Daily"),
        ("<h2>«</h2><h1>»</h1>", "Story of the day | Metro Daily"),
    ],
)
def test_odd_headings_fall_back_to_the_title(body: str, expected: str) -> None:
    # the site's name is unknown here (no og:site_name, another domain): the title stays whole
    assert _headline_of("<title>Story of the day | Metro Daily</title>", body) == expected


#: How many parts the long titles below have (a page's list or menu in its <title>).
MANY_PARTS = 800
#: How many times the rules may read each character of a page, for letters or words.
READS_PER_CHARACTER_MAX = 64


def _counting(function: Callable[[str], object], read: list[int]) -> Callable[[str], object]:
    def counted(text: str) -> object:
        read.append(len(text))
        return function(text)
    return counted


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # h1s that may say runs of a title of many parts
        ("<title>" + " | ".join(f"Part {i} of the list" for i in range(MANY_PARTS)) + "</title>",
         "<h1>Section</h1><h1>Other words</h1><h1>Part 7 of the list | Part 8 of the list</h1>",
         "Part 7 of the list | Part 8 of the list"),
        # sections' labels before the site's name
        ('<meta property="og:site_name" content="Metro Daily"><title>Story of the day here | '
         + " | ".join(["Sec"] * MANY_PARTS) + " | Metro Daily</title>", "", "Story of the day here"),
        # the site's name in many parts after the story's
        ('<meta property="og:site_name" content="Metro Daily"><title>Story of the day here | '
         + " | ".join(["Metro Daily"] * MANY_PARTS) + "</title>", "", "Story of the day here"),
        # many blog archives, many colons before the stated headline
        ("<title>" + " » ".join(["Blog Archive"] * MANY_PARTS) + "</title>", "<h1>Story of the day</h1>",
         "Story of the day"),
        ('<meta property="og:title" content="Story of the day"><title>'
         + " ".join(f"w{i}: x" for i in range(MANY_PARTS)) + "Story of the day</title>", "", "Story of the day"),
    ],
)
def test_a_title_of_many_parts_is_read_a_bounded_number_of_times(
        monkeypatch: pytest.MonkeyPatch, head: str, body: str, expected: str) -> None:
    # the work is the characters read for letters and words: a rule that reads each run
    # of parts, or each part again for each part, reads thousands of times each one
    read: list[int] = []
    for name in ("_letters", "_word_count"):
        monkeypatch.setattr(headline_rules, name, _counting(getattr(headline_rules, name), read))
    assert _headline_of(head, body) == expected
    assert sum(read) <= READS_PER_CHARACTER_MAX * len(head + body)


def test_a_long_text_is_not_kept_in_the_caches() -> None:
    long_title = " | ".join(f"Part {i} of the list" for i in range(MANY_PARTS))
    short_title = "Story of the day | Metro Daily"
    for function in (headline_rules._letters, headline_rules._parts, headline_rules._site_keys):
        function(short_title)
        before = function.cache_info()
        function(long_title)
        function(long_title)
        function(short_title)
        after = function.cache_info()
        assert (after.hits, after.currsize) == (before.hits + 1, before.currsize)
