"""One story, one URL: tracking parameters, AMP forms, mobile hosts, ``www``."""

from __future__ import annotations

import pytest

from newsspider.urls import canonical_url, url_key

BS = "https://www.business-standard.com/article/economy-policy/tea-exporters-121062700101_1.html"

CANONICAL = [
    # tracking parameters and fragments
    (BS + "?utm_source=twitter&utm_medium=social#comments", BS),
    (BS + "?fbclid=IwAR0abc&gclid=Cj0K&ref=hp&cmpid=rss&mc_cid=1&_ga=2.1", BS),
    ("https://example.com/a?page=2&utm_campaign=x&id=7", "https://example.com/a?id=7&page=2"),
    ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
    # AMP forms
    ("https://www.business-standard.com/amp/article/economy-policy/tea-exporters-121062700101_1.html", BS),
    ("https://www.thehindu.com/business/Economy/petrol-crosses-100/article34999017.ece/amp/",
     "https://www.thehindu.com/business/Economy/petrol-crosses-100/article34999017.ece"),
    ("https://www.moneycontrol.com/news/business/story_15233141.html/amp",
     "https://www.moneycontrol.com/news/business/story_15233141.html"),
    ("https://economictimes.indiatimes.com/news/amp_articleshow/83883001.cms",
     "https://economictimes.indiatimes.com/news/articleshow/83883001.cms"),
    ("https://www.ndtv.com/business/cairn-energy-2473454/amp/1", "https://www.ndtv.com/business/cairn-energy-2473454/"),
    ("https://example.com/2021/06/27/slug/amp/", "https://example.com/2021/06/27/slug/"),
    ("https://example.com/news/story.amp.html", "https://example.com/news/story.html"),
    ("https://example.com/news/story.amp", "https://example.com/news/story"),
    ("https://example.com/news/story?amp", "https://example.com/news/story"),
    ("https://example.com/news/story?amp=1&id=3", "https://example.com/news/story?id=3"),
    ("https://example.com/news/story?outputType=amp", "https://example.com/news/story"),
    ("https://amp.theguardian.com/world/2021/jun/27/story", "https://www.theguardian.com/world/2021/jun/27/story"),
    # mobile hosts, case, default ports, credentials, percent-encoding
    ("https://m.economictimes.com/news/articleshow/83883001.cms", "https://www.economictimes.com/news/articleshow/83883001.cms"),
    ("HTTPS://WWW.Example.COM:443/Path/Story.html", "https://www.example.com/Path/Story.html"),
    ("http://user:secret@example.com:80/a", "http://example.com/a"),
    ("http://127.0.0.1:8080/a/b.html?gclid=1", "http://127.0.0.1:8080/a/b.html"),
    ("https://www.moneycontrol.com/news/in-depth-|-the-‘delta’-variant_15233021.html",
     "https://www.moneycontrol.com/news/in-depth-|-the-%E2%80%98delta%E2%80%99-variant_15233021.html"),
    # not AMP: "amp" inside a word, a query value, a two-label host
    ("https://example.com/news/amplifier-sales-rise.html", "https://example.com/news/amplifier-sales-rise.html"),
    ("https://example.com/search?q=amp", "https://example.com/search?q=amp"),
    ("https://amp.dev/documentation/", "https://amp.dev/documentation/"),
    ("https://m.me/page", "https://m.me/page"),
]


@pytest.mark.parametrize(("url", "expected"), CANONICAL)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected
    assert canonical_url(expected) == expected  # idempotent


def test_one_story_many_urls_one_key() -> None:
    forms = [
        BS,
        BS + "?utm_source=rss",
        "http://www.business-standard.com/article/economy-policy/tea-exporters-121062700101_1.html",
        "https://business-standard.com/article/economy-policy/tea-exporters-121062700101_1.html#x",
        "https://m.business-standard.com/article/economy-policy/tea-exporters-121062700101_1.html",
        "https://www.business-standard.com/amp/article/economy-policy/tea-exporters-121062700101_1.html?amp=1",
    ]
    assert {url_key(u) for u in forms} == {
        "https://business-standard.com/article/economy-policy/tea-exporters-121062700101_1.html"}


def test_trailing_slash_is_one_story_but_other_paths_are_not() -> None:
    assert url_key("https://www.ndtv.com/business/cairn-2473454/amp/1") == url_key(
        "https://www.ndtv.com/business/cairn-2473454")
    assert url_key("https://example.com/a?id=1") != url_key("https://example.com/a?id=2")
    assert url_key("https://example.com/news/1") != url_key("https://news.example.com/1")
    assert url_key("https://example.com/") == "https://example.com/"
