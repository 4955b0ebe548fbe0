"""The headline's rules, on small strings and elements written for the tests."""

from __future__ import annotations

import lxml.html
import pytest

from newsspider.extract.headline import element_text, repeated_end, strip_site


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<h1><span>Nationale Demo</span><span>Der 9. Juli</span></h1>", "Nationale Demo Der 9. Juli"),
        ("<h1>Nationale Demo<br>Der 9. Juli</h1>", "Nationale Demo Der 9. Juli"),
        ("<h1><div>Kicker</div><div>headline here</div></h1>", "Kicker headline here"),
        ("<h1>Wo<em>rd</em> by word</h1>", "Word by word"),
        ("<h1>The <b>big</b> day</h1>", "The big day"),
        ("<h1>iPhone <i>16</i> review</h1>", "iPhone 16 review"),
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
        # the site's name as the story's first word stays
        ("Skibergsteigen: schnell und leicht - Neuheiten | bergsteigen.com", ("bergsteigen.com", "bergsteigen"),
         "Skibergsteigen: schnell und leicht - Neuheiten"),
        ("No separator here", ("Metro Daily",), "No separator here"),
    ],
)
def test_strip_site(title: str, names: tuple[str, ...], headline: str) -> None:
    assert strip_site(title, names) == headline


def test_the_site_is_the_part_two_title_forms_put_at_opposite_ends() -> None:
    assert repeated_end(["Time 4 Talks » Blog Archiv » Kinos", "Kinos | Time 4 Talks"]) == "time 4 talks"
    # the story first in both forms (a subtitle in one): not the site
    assert repeated_end(["Story: the subtitle", "Story - Site"]) is None
