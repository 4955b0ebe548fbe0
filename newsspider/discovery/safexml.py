"""Parsing untrusted feed and sitemap bytes: no entity expansion, no network, capped size.

lxml parses with ``resolve_entities=False`` (an entity bomb or an external
entity stays an unexpanded reference), ``no_network=True``, ``load_dtd=False``
and ``huge_tree=False`` (libxml2's limits on depth and text size stay on). A
document that declares entities of its own (``<!ENTITY`` in its DOCTYPE) is
refused outright: no real feed or sitemap needs one, and keeping the rest of
it would invent URLs with the references cut out.
``recover=True`` keeps what a slightly broken feed (a bare ``&``, an
undeclared prefix, junk printed before the XML declaration) still says; an
HTML page served as a feed is told apart and refused. Element names are compared by local name, lower-cased, because
feeds in the wild mix namespaces (or forget to declare them) and case.
"""

from __future__ import annotations

import gzip
import re
import zlib
from io import BytesIO

from lxml import etree

from newsspider.discovery.entry import BadListing

#: Decompressed size cap when the caller gives none (the sitemap protocol's 50 MB).
DEFAULT_MAX_SIZE = 50 * 1024 * 1024
_GZIP_MAGIC = b"\x1f\x8b"
_UTF8_BOM = b"\xef\xbb\xbf"
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.I)
_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def decompress(data: bytes, max_size: int = 0) -> bytes:
    """``data`` gunzipped if it is gzip (at most ``max_size`` bytes), without a UTF-8 BOM."""
    if data[:2] == _GZIP_MAGIC:
        data = _gunzip(data, max_size or DEFAULT_MAX_SIZE)
    return data.removeprefix(_UTF8_BOM)


def read_xml(data: bytes) -> etree._Element:
    """The root element of ``data`` (decompressed), or ``BadListing``."""
    if not data.strip():
        raise BadListing("empty")
    if _HTML_START.match(data[:4096]):
        raise BadListing("html")
    doctype_end = data.find(b"]>", 0, 65536)
    if _ENTITY_DECLARATION.search(data, 0, doctype_end + 2 if doctype_end > 0 else 65536):
        raise BadListing("entities")
    declaration = data.find(b"<?xml", 0, 4096)
    if declaration > 0:  # PHP warnings or other junk printed before the feed
        data = data[declaration:]
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
        recover=True, remove_comments=True, remove_pis=True, encoding=_real_encoding(data),
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise BadListing("not_xml", str(exc)) from exc
    if root is None:
        raise BadListing("not_xml", _first_error(parser))
    if localname(root) == "html":
        raise BadListing("html")
    return root


def localname(el: etree._Element) -> str:
    """``pubDate`` for ``<pubDate>``, ``<dc:PubDate>`` or ``{ns}pubdate``, lower-cased."""
    tag = el.tag
    if not isinstance(tag, str):  # comment, processing instruction, unexpanded entity
        return ""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


def children(el: etree._Element, *names: str) -> list[etree._Element]:
    """Direct children of ``el`` whose local name is one of ``names`` (lower case)."""
    return [c for c in el if localname(c) in names]


def text(el: etree._Element) -> str:
    """All text inside ``el``, skipping unexpanded entity references, stripped."""
    return _text(el).strip()


def child_text(el: etree._Element, *names: str) -> str | None:
    """Text of the first child named one of ``names`` that has any (in ``names`` order)."""
    for name in names:
        for child in children(el, name):
            value = text(child)
            if value:
                return value
    return None


def _text(el: etree._Element) -> str:
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _gunzip(data: bytes, max_size: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=BytesIO(data)) as f:
            out = f.read(max_size + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise BadListing("bad_gzip", str(exc)) from exc
    if len(out) > max_size:
        raise BadListing("too_large", f"more than {max_size} bytes decompressed")
    return out


def _real_encoding(data: bytes) -> str | None:
    """``utf-8`` where the document declares a legacy encoding but is UTF-8.

    Moneycontrol's feed declares ISO-8859-1 and sends UTF-8 (curly quotes in
    titles would come out as mojibake). Non-ASCII text that decodes as UTF-8
    is, in practice, never Latin-1; anything else keeps its declaration.
    """
    declared = _DECLARED_ENCODING.match(data[:256])
    if declared is None or declared.group(1).lower() in (b"utf-8", b"utf8") or data.isascii():
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "utf-8"


def _first_error(parser: etree.XMLParser) -> str:
    errors = parser.error_log
    return str(errors[0]) if len(errors) else "no root element"
