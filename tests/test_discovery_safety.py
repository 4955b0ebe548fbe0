"""Untrusted feeds and sitemaps: no entity expansion, no file or network access,
HTML served as a feed refused with a reason, sizes capped."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsspider.discovery import BadListing, parse_listing

FIXTURES = Path(__file__).parent / "fixtures" / "discovery"
BASE = "https://www.example.com/feed.xml"

LAUGHS = "".join(
    f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)
)
ENTITY_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY lol0 "lol">' + LAUGHS + "]>"
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    "<url><loc>https://www.example.com/a.html</loc><lastmod>&lol9;</lastmod></url></urlset>"
).encode()


def reason(data: bytes, **kwargs) -> str:
    with pytest.raises(BadListing) as caught:
        parse_listing(data, BASE, **kwargs)
    return caught.value.reason


def test_entity_bomb_is_refused() -> None:
    assert reason(ENTITY_BOMB) == "entities"


def test_entity_bomb_is_not_expanded_by_the_parser_either() -> None:
    """Defence in depth: were the declaration check bypassed, lxml still expands nothing."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             recover=True)
    root = etree.fromstring(ENTITY_BOMB, parser)
    assert "lollol" not in etree.tostring(root).decode()


def test_external_entity_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    data = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
        "<rss><channel><item><title>a&x;b</title><link>https://www.example.com/x.html</link></item>"
        "</channel></rss>"
    ).encode()
    with pytest.raises(BadListing) as caught:
        listing = parse_listing(data, BASE)
        assert "TOPSECRET" not in repr(listing)
    assert caught.value.reason == "entities"


def test_html_served_as_feed() -> None:
    assert reason((FIXTURES / "html_as_feed.html").read_bytes()) == "html"
    assert reason(b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>') == "html"
    assert reason(b"  <!-- cached --><html><body>Access denied</body></html>") == "html"


@pytest.mark.parametrize(("data", "expected"), [
    (b"", "empty"),
    (b"   \n", "empty"),
    (b"\x00\x01binary", "not_xml"),
    (b"not a feed at all", "not_xml"),
    (b"<opml><body/></opml>", "unknown_root"),
    (b"\x1f\x8b\x08\x00garbage", "bad_gzip"),
])
def test_not_a_listing(data: bytes, expected: str) -> None:
    assert reason(data) == expected


def test_gzip_bomb_capped() -> None:
    bomb = gzip.compress(b"<urlset>" + b" " * 2_000_000 + b"</urlset>")
    assert reason(bomb, max_size=1_000_000) == "too_large"
    assert parse_listing(bomb, BASE, max_size=3_000_000).entries == []


def test_broken_feed_still_read_as_far_as_it_goes() -> None:
    data = (b"<rss><channel><item><title>Fish & chips</title><link>https://www.example.com/1.html</link>"
            b"</item><item><title>Cut off")
    listing = parse_listing(data, BASE)
    assert listing.entries[0].url == "https://www.example.com/1.html"


def test_junk_before_the_xml_declaration_is_skipped() -> None:
    data = (b"<br />\n<b>Warning</b>: Undefined index in <b>/var/www/feed.php</b><br />\n"
            b'<?xml version="1.0"?><rss><channel><item><link>https://www.example.com/1.html</link></item>'
            b"</channel></rss>")
    assert [e.url for e in parse_listing(data, BASE).entries] == ["https://www.example.com/1.html"]


def test_only_web_links_are_listed() -> None:
    data = (b"<rss><channel>"
            b"<item><link>file:///etc/passwd</link></item>"
            b"<item><link>javascript:alert(1)</link></item>"
            b"<item><link>ftp://files.example.com/a.txt</link></item>"
            b"<item><link>/news/relative.html</link></item>"
            b"</channel></rss>")
    listing = parse_listing(data, BASE)
    assert [e.url for e in listing.entries] == ["https://www.example.com/news/relative.html"]
    assert listing.without_url == 3
    sitemap = b"<urlset><url><loc>file:///etc/passwd</loc></url></urlset>"
    assert parse_listing(sitemap, BASE).entries == []
