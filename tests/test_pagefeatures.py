"""Page-type features computed by shortcuts count what the plain search counts."""

from __future__ import annotations

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
