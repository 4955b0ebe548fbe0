"""Page-type features computed by shortcuts count what the plain search counts."""

from __future__ import annotations

import math

import pytest

from newsspider.extract import pagefeatures

PRICE_TEXTS = [
    "Now $1,299 at most stores",
    "Tickets from € 12 a seat",
    "Der Preis: 12,99 € pro Monat",
    "Costs 10 EUR or 12 USD online",
    "Biljetten kostar 99 kr styck",
    "Cena 3,50 zł za sztukę",
    "Vstupné 120 Kč pro dospělé",
    "Цена 15 лв на брой",
    "Всего 500 ₽ за билет",
    "Fee: 20 CHF per night",
    "A bowl for ¥300 near the station",
    "Only ₹ 450 for the thali",
    "A pint at £4.50 in the pub",
    "Ukraine sent 5 delegates on 12 March 2024",
    "No figures at all in this sentence",
]


@pytest.mark.parametrize("text", PRICE_TEXTS)
def test_prices_counted_as_the_price_search_counts(text: str) -> None:
    # A text is searched for prices only when it holds a currency mark: the count
    # must be the regex's own on every text.
    out: dict[str, float] = {}
    pagefeatures._marks(text, 1000, out)
    assert out["prices_per_kchar"] == len(pagefeatures._PRICE.findall(text))


# --- where the links go, quotation marks, questions (fixture written for these tests) ---

from pathlib import Path  # noqa: E402

from newsspider.extract.page import Page  # noqa: E402

LINKS_PAGE = Path(__file__).parent / "fixtures" / "pagefeatures" / "links.html"

#: One real-shaped address a row of :data:`pagefeatures.HREF_GROUPS`: every piece of
#: every group is found in its address, and in no other group's.
HREF_ROWS: dict[str, list[str]] = {
    "share": [
        "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com%2Fa",
        "https://twitter.com/intent/tweet?url=https%3A%2F%2Fexample.com%2Fa",
        "https://x.com/intent/post?text=A+story",
        "https://www.linkedin.com/shareArticle?mini=true&url=https%3A%2F%2Fexample.com%2Fa",
        "https://bsky.app/intent/compose?text=x https://example.com/share?text=story",
        "https://www.xing.com/spi/share/ https://connect.example/share/?url=a",
        "whatsapp://send?text=A%20story",
        "https://wa.me/?text=A%20story",
        "https://api.whatsapp.com/send?text=A%20story",
        "https://pinterest.com/pin/create/button/?url=a",
        "https://www.reddit.com/submit?url=a",
        "https://t.me/share/url?url=a",
        "https://telegram.me/share/url?url=a",
        "mailto:?subject=A%20story&body=a",
        "https://www.addtoany.com/add_to/facebook?linkurl=a",
        "https://www.sharethis.com/share?url=a",
        "https://social-plugins.line.me/lineit/share?url=a https://line.me/R/msg/text/?a",
    ],
    "author": ["/author/jane-doe/", "/authors/jane-doe", "/autor/hans-meier/", "/autores/ana-lopez/",
               "/autoren/hans-meier/", "/auteur/marie-dupont/", "/auteurs/marie-dupont/", "/autore/luca-rossi/",
               "/autori/luca-rossi/", "/writer/jo-bloggs/", "/writers/jo-bloggs/", "/journalist/jo-bloggs/",
               "/journalists/jo-bloggs/", "/redakteure/hans-meier", "/reporter/jo-bloggs/", "/reporters/jo-bloggs/",
               "/columnist/jo-bloggs/", "/columnists/jo-bloggs/", "/contributor/jo-bloggs/",
               "/contributors/jo-bloggs/", "/byline/jo-bloggs/", "/staff/jo-bloggs/", "/redaccion/ana-lopez/",
               "/redazione/luca-rossi/", "/redaktion/hans-meier/"],
    "user": ["/user/harbourfan/", "/users/123/harbourfan", "/member/harbourfan/", "/forum/members/harbourfan.42/",
             "/u/harbourfan/", "/profile/harbourfan/", "/profiles/harbourfan/", "/memberlist.php?mode=viewprofile",
             "/userprofile/42", "/forum/viewprofile.php?u=42", "/index.php?action=profile&u=42",
             "/forum.php?user=42", "/forum.php?mode=profile&user=42", "/showprofile.php?userid=42",
             "/community.php?member=42"],
    "tel": ["tel:+15550100"],
    "edit": ["https://github.com/org/site/edit/main/docs/page.md", "/w/index.php?title=Page&action=edit",
             "https://gitlab.com/org/site/-/edit/main/page.md", "https://github.com/org/site/blob/main/page.md"],
}


@pytest.mark.parametrize(("group", "piece"), [(g, p) for g, pieces in pagefeatures.HREF_GROUPS.items()
                                              for p in pieces])
def test_every_href_piece_is_found_in_a_real_shaped_address(group: str, piece: str) -> None:
    addresses = "\n" + "\n".join(HREF_ROWS[group]).casefold()
    assert piece in addresses


@pytest.mark.parametrize("group", sorted(pagefeatures.HREF_GROUPS))
def test_each_href_group_counts_its_addresses(group: str) -> None:
    hrefs = "".join(f'<a href="{h}">x</a>' for h in HREF_ROWS[group])
    found = pagefeatures.features(Page("https://example.com/p", f"<html><body><p>{hrefs}</p></body></html>"))
    assert found[f"href_{group}"] >= math.log1p(len(HREF_ROWS[group]))


def test_links_quotes_and_questions_of_a_written_story_page() -> None:
    found = pagefeatures.features(Page("https://eastbaycourier.example/local/ferry-timetable",
                                       LINKS_PAGE.read_text("utf-8")))
    assert found["href_share"] == math.log1p(4)  # "sharer" twice in Facebook's address
    assert found["href_author"] == math.log1p(2)
    assert found["href_user"] == math.log1p(2)  # the profile, and Facebook's "?u="
    assert found["href_tel"] == math.log1p(1)
    assert found["href_edit"] == math.log1p(1)
    # the two stories of the site (a dated path, a slug of 4 hyphens; the query cut off),
    # not the other site's nor the section fronts
    assert found["story_links"] == math.log1p(2)
    assert found["quotes_per_kprose"] > 5
    assert found["question_texts"] == math.log1p(2)
    assert found["n_details"] == math.log1p(2)


def test_a_page_without_links_or_quotes_has_none() -> None:
    found = pagefeatures.features(Page("https://example.com/", "<html><body><p>Plain text only.</p></body></html>"))
    for name in ("href_share", "href_author", "href_user", "href_tel", "href_edit", "story_links",
                 "story_links_per_kchar", "quotes_per_kprose", "question_texts", "n_details"):
        assert found[name] == 0.0, name
