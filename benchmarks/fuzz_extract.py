#!/usr/bin/env python3
"""Feed mangled variants of the bench pages through the callback, the item pipelines,
the item monitor and the feed exporter, and group every exception by its cause.

Why: the project promises that bad input (broken HTML, odd dates, bad URLs) ends in
one log line and a counted reason, never a traceback nor a silent drop. Real pages
meet every way of being broken only over months of crawling; this sweep makes them
now, from the saved pages of ``../shared/bench`` (only read): truncated at random
bytes (in a tag, an attribute, a script, a JSON-LD block), misdeclared charsets,
NULs and invalid UTF-8, JSON-LD of the wrong shape (a list, a number, null, nested
deep, every field of the wrong type), impossible dates, canonical URLs that are
relative, ``javascript:``, 10,000 characters long or spaced; and pages made whole
(100,000 nested ``div``s, a 50 MB text node, huge attribute values, an empty page,
a BOM alone, XML, SVG, a PDF served as HTML), plus lone surrogates and NULs in the
text given straight to ``extract()``.

Recorded for each variant: an exception out of any step (a crash of the item),
an extraction layer that failed (``extract()`` notes it and goes on: a field lost),
a pipeline that failed (counted, logged, the item goes on or is dropped), a variant
that ended with neither an item nor a ``newsspider/{dropped,skipped,failed}`` counter
(a silent drop), and one slower than ``--slow`` seconds. Each with its traceback,
grouped by the exception and the innermost frame of ``newsspider``.

Usage, from the project's root::

    python benchmarks/fuzz_extract.py [SET ...] [--per-page 4] [--limit N] [--jobs 2]
        [--seed 7] [--json OUT]

Default sets: aeb trafeval wcxb dates india. The random seed is fixed: the same
checkout gives the same variants.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import signal
import sys
import time
import traceback
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quick_eval import BENCH, _WORKER, _setup  # noqa: E402

#: A variant: (mutation name, body bytes, Content-Type) through the callback, or
#: (mutation name, str) given to ``extract()`` directly (``text`` mutations).
Variant = tuple[str, bytes | str, str]
UTF8 = "text/html; charset=utf-8"

# --- Mutations of one page ---------------------------------------------------------------------


def _cut_after(body: bytes, rng: random.Random, marker: bytes, inside: int = 40) -> bytes | None:
    """``body`` cut a few bytes after a random occurrence of ``marker``."""
    spots = [m.start() for m in re.finditer(re.escape(marker), body)]
    if not spots:
        return None
    start = rng.choice(spots) + len(marker)
    return body[: start + rng.randrange(0, inside)]


def truncated(body: bytes, rng: random.Random) -> Iterator[tuple[str, bytes]]:
    yield "truncate/random", body[: rng.randrange(1, max(2, len(body)))]
    for name, marker in (("tag", b"<"), ("attribute", b'="'), ("script", b"<script"),
                         ("jsonld", b"application/ld+json"), ("comment", b"<!--"), ("entity", b"&")):
        cut = _cut_after(body, rng, marker)
        if cut is not None:
            yield f"truncate/{name}", cut


def charsets(body: bytes, rng: random.Random) -> Iterator[tuple[str, bytes, str]]:
    for charset in ("utf-16", "utf-16-be", "shift_jis", "cp1251", "iso-2022-jp", "x-no-such-charset", "utf-7"):
        yield f"charset/declared-{charset}", body, f"text/html; charset={charset}"
    text = body.decode("utf-8", "replace")
    yield "charset/mojibake", text.encode("utf-8").decode("latin-1").encode("utf-8"), UTF8
    yield "charset/utf16-body-no-bom", text.encode("utf-16-le"), UTF8
    yield "charset/utf32-bom", text.encode("utf-32"), "text/html"


def bad_bytes(body: bytes, rng: random.Random) -> Iterator[tuple[str, bytes]]:
    def sprinkle(junk: list[bytes], n: int, after: int = 0) -> bytes:
        out = bytearray(body)
        for _ in range(n):
            at = rng.randrange(min(after, len(out) - 1), len(out)) if len(out) > 1 else 0
            out[at:at] = rng.choice(junk)
        return bytes(out)
    yield "bytes/invalid-utf8", sprinkle([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x80"], 30)
    yield "bytes/nul-late", sprinkle([b"\x00"], 20, after=9000)
    yield "bytes/controls", sprinkle([b"\x01", b"\x08", b"\x0b", b"\x1f", b"\x7f"], 40, after=9000)
    yield "bytes/surrogate-utf8", sprinkle([b"\xed\xb0\x80", b"\xed\xa0\xbd"], 20)


_JSONLD = re.compile(rb'(<script[^>]*application/ld\+json[^>]*>)(.*?)(</script>)', re.S | re.I)

WRONG_TYPES: dict[str, list[Any]] = {
    "author": [42, [1, None, {}], {"name": 7}, {"name": ["A", "B"]}, "", [{"@type": "Person"}]],
    "datePublished": [["2024-01-01"], 20240101, {"@value": "2024-01-01"}, None, "0000-00-00", "2025-13-45T25:61",
                      "99999-01-01", "1e20", "2024-05-06T10:00:00+99:00", "", "null", True],
    "dateModified": [["x"], 1e20, "2024-02-30", "-0001-01-01"],
    "headline": [{"@value": "x"}, ["a", "b"], 3.5, None, "", "x" * 100_000],
    "name": [["a"], 1, {"x": 1}],
    "articleBody": [["p1", "p2"], 7, {"text": "x"}, None],
    "description": [["d"], 0, {"a": 1}],
    "publisher": ["", 5, [None], {"name": {"x": 1}}, {"name": ["P", "Q"]}],
    "keywords": [5, {"a": 1}, [1, 2, None], "a," * 10_000],
    "image": [5, [None, 3], {"url": 7}, {"url": ["a", "b"]}],
    "url": [5, ["/a", "/b"], "javascript:alert(1)", " http://ex ample.com/ä ö "],
    "mainEntityOfPage": [5, ["/a"], {"@id": 3}],
    "@type": [5, None, [None, 1], {"x": 1}, ""],
    "inLanguage": [5, ["en", "de"], {"name": "en"}],
    "isAccessibleForFree": ["maybe", 2, ["False"], None],
    "articleSection": [5, [None, 3], {"a": 1}],
    "itemListElement": [5, "x", [1, "a", None]],
    "@graph": [5, "x", {"@type": "NewsArticle"}, [1, None]],
}


def _deep(depth: int, leaf: Any) -> Any:
    node = leaf
    for _ in range(depth):
        node = [node]
    return node


def jsonld_shapes(body: bytes, rng: random.Random) -> Iterator[tuple[str, bytes]]:
    blocks = list(_JSONLD.finditer(body))
    if not blocks:
        return
    def replace(text: str) -> bytes:
        block = rng.choice(blocks)
        return body[: block.start(2)] + text.encode("utf-8") + body[block.end(2):]
    for name, text in (("list", "[1, 2, [3]]"), ("number", "42"), ("null", "null"), ("string", '"x"'),
                       ("empty", ""), ("deep-list", "[" * 100_000 + "]" * 100_000),
                       ("deep-object", '{"a":' * 50_000 + "1" + "}" * 50_000),
                       ("deep-unclosed", "[" * 200_000),
                       ("huge-number", '{"@type":"NewsArticle","headline":1' + "0" * 5000 + "}"),
                       ("nan", '{"@type":"NewsArticle","headline":NaN,"datePublished":Infinity}')):
        yield f"jsonld/{name}", replace(text)
    parsed = _first_object(blocks)
    if parsed is None:
        return
    for field, values in WRONG_TYPES.items():
        value = rng.choice(values)
        obj = _set_everywhere(parsed, field, value)
        yield f"jsonld/wrong-type/{field}", replace(json.dumps(obj))
    obj = parsed
    for field, values in WRONG_TYPES.items():
        obj = _set_everywhere(obj, field, rng.choice(values))
    yield "jsonld/wrong-type/all", replace(json.dumps(obj))


_STATE = re.compile(rb'(<script[^>]*id="(?:__NEXT_DATA__|__NUXT_DATA__|__APOLLO_STATE__)"[^>]*>)(.*?)(</script>)', re.S | re.I)


def state_shapes(body: bytes, rng: random.Random) -> Iterator[tuple[str, bytes]]:
    """The page state script (``__NEXT_DATA__`` and kin) of the wrong shape."""
    found = _STATE.search(body)
    if found is None:
        return
    def replace(text: str) -> bytes:
        return body[: found.start(2)] + text.encode("utf-8") + body[found.end(2):]
    for name, text in (("null", "null"), ("list", "[1, [2], null]"), ("deep", '{"props":' * 50_000 + "1" + "}" * 50_000),
                       ("wrong-types", json.dumps({"props": {"pageProps": {"article": {
                           "headline": 5, "body": ["x" * 500, None], "authors": {"name": 3}, "description": [1],
                           "datePublished": [2024], "content": {"html": 7}}}}})),
                       ("cut", found.group(2).decode("utf-8", "replace")[: rng.randrange(1, max(2, len(found.group(2))))])):
        yield f"state/{name}", replace(text)


def _first_object(blocks: list[re.Match[bytes]]) -> Any:
    for block in blocks:
        try:
            return json.loads(block.group(2).decode("utf-8", "replace"), strict=False)
        except ValueError:
            continue
    return None


def _set_everywhere(node: Any, field: str, value: Any) -> Any:
    """A copy of ``node`` with ``field`` set to ``value`` in every object that has it
    (in the first object that has an ``@type`` where none has it)."""
    if isinstance(node, list):
        return [_set_everywhere(child, field, value) for child in node]
    if isinstance(node, dict):
        out = {k: _set_everywhere(v, field, value) for k, v in node.items()}
        if field in node or ("@type" in node and not _has(node, field)):
            out[field] = value
        return out
    return node


def _has(node: Any, field: str) -> bool:
    return any(_has(c, field) for c in node) if isinstance(node, list) else \
        isinstance(node, dict) and (field in node or any(_has(v, field) for v in node.values()))


BAD_DATES = ["0000-00-00", "2025-13-45T25:61", "99999-01-01T00:00:00Z", "1e20", "100000000000000000000",
             "2024-05-06T10:00:00+99:00", "2024-02-30", "0", "-1", "Z", "T", "24:00", "9999-12-31T23:59:59-23:59",
             "2024-05-06T10:00:00.999999999999999999999Z", "Mon, 99 Foo 2024 99:99:99 +9999", "   ", "٢٠٢٤-٠٥-٠٦",
             "2024年13月45日", "1 January 10000", "\u0000", "now", "2024-W99-9"]
_DATE_ATTR = re.compile(rb'((?:published_time|modified_time|datePublished|dateModified|pubdate|article:published|date)'
                        rb'[^>]{0,80}?(?:content|datetime|value)=")([^"]*)(")', re.I)
_DATE_JSON = re.compile(rb'("date(?:Published|Modified|Created)"\s*:\s*")([^"]*)(")')
_TIME_TAG = re.compile(rb'(<time[^>]*datetime=")([^"]*)(")', re.I)


def odd_dates(body: bytes, rng: random.Random) -> Iterator[tuple[str, bytes]]:
    date = rng.choice(BAD_DATES).encode("utf-8")
    changed = body
    for pattern in (_DATE_ATTR, _DATE_JSON, _TIME_TAG):
        changed = pattern.sub(lambda m: m.group(1) + date + m.group(3), changed)
    if changed != body:
        yield "dates/all", changed
    epoch = rng.choice([b"1e20", b"-1e20", b"99999999999999999999", b"1700000000000000"])
    yield "dates/epoch", _DATE_JSON.sub(lambda m: m.group(1)[:-1] + epoch + b"  ", body)  # a number, not a string


_CANONICAL = re.compile(rb'(<link[^>]*rel="?canonical"?[^>]*href=")([^"]*)(")', re.I)
_OG_URL = re.compile(rb'(<meta[^>]*property="og:url"[^>]*content=")([^"]*)(")', re.I)
BAD_URLS = ["/relative/story.html", "story.html", "javascript:void(0)", "JaVaScRiPt:alert(1)", "", " ",
            "//", "http://", "http://[::1/x", "http://:80/x", "http://example.com:99999/x", "mailto:a@b.c",
            "data:text/html,<b>x</b>", "http://exa mple.com/ä ö ü/ story", "http://例え.テスト/記事",
            "https://example.com/" + "a" * 10_000, "http://example.com/%zz%", "\\\\server\\share",
            "http://user:pass@example.com/x", "#fragment", "?q=1", "ftp://example.com/x"]


def odd_urls(body: bytes, rng: random.Random) -> Iterator[tuple[str, bytes]]:
    url = rng.choice(BAD_URLS).encode("utf-8")
    for name, pattern in (("canonical", _CANONICAL), ("og-url", _OG_URL)):
        changed = pattern.sub(lambda m: m.group(1) + url + m.group(3), body)
        if changed != body:
            yield f"url/{name}", changed


def page_mutations(body: bytes, rng: random.Random) -> list[Variant]:
    out: list[Variant] = []
    for maker in (truncated, bad_bytes, jsonld_shapes, state_shapes, odd_dates, odd_urls):
        out.extend((name, data, UTF8) for name, data in maker(body, rng))
    out.extend(charsets(body, rng))
    return out


def text_mutations(body: bytes, rng: random.Random) -> list[Variant]:
    """Text given to ``extract()`` as a str: lone surrogates and NULs, which no decoding
    of bytes makes but a caller might."""
    text = body.decode("utf-8", "replace")
    def sprinkle(junk: list[str], n: int) -> str:
        parts = list(text)
        for _ in range(n):
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(junk))
        return "".join(parts)
    return [("text/lone-surrogates", sprinkle(["\ud800", "\udfff", "\udc80"], 30), ""),
            ("text/nuls", sprinkle(["\x00"], 30), ""),
            ("text/noncharacters", sprinkle(["\ufffe", "\uffff", "\U0010ffff"], 30), "")]


# --- Pages made whole --------------------------------------------------------------------------

ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour story</title>
<meta property="og:type" content="article"><link rel="canonical" href="{canonical}">
<script type="application/ld+json">{jsonld}</script></head><body>{before}<article><h1>Harbour cranes arrive</h1>
<p class="byline">By Jane Doe</p><time datetime="2024-05-06T10:30:00+05:30">6 May 2024</time>
{paragraphs}</article>{after}</body></html>"""
PARAGRAPH = ("<p>The new container cranes arrived at the harbour on Monday, the port authority said, "
             "after a voyage of six weeks from the yard where they were built.</p>\n")


def article(before: str = "", after: str = "", jsonld: str = '{"@type":"NewsArticle"}',
            canonical: str = "http://example.com/story.html", paragraphs: int = 8) -> bytes:
    return ARTICLE.format(before=before, after=after, jsonld=jsonld, canonical=canonical,
                          paragraphs=PARAGRAPH * paragraphs).encode("utf-8")


def whole_pages() -> list[tuple[str, Callable[[], bytes], str]]:
    """Pages made whole: (name, what makes its body, Content-Type); made only when run."""
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + bytes(range(256)) * 40
    svg = ('<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
           '<title>Logo</title><text x="0" y="5">News</text></svg>').encode()
    xml = ('<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Caf\xe9</title>'
           '<item><title>A story</title><link>http://example.com/a</link></item></channel></rss>').encode("latin-1")
    return [
        ("whole/deep-divs-100k", lambda: article(before="<div>" * 100_000, after="</div>" * 100_000), UTF8),
        ("whole/deep-divs-unclosed", lambda: article(before="<div><span>" * 60_000), UTF8),
        ("whole/deep-tables", lambda: article(before="<table><tr><td>" * 20_000), UTF8),
        ("whole/text-node-50mb", lambda: article(after="<p>" + "word " * 10_000_000 + "</p>"), UTF8),
        ("whole/text-node-50mb-nospace", lambda: article(after="<div>" + "x" * 50_000_000 + "</div>"), UTF8),
        ("whole/attr-10mb-class", lambda: article(before=f'<div class="{"c " * 5_000_000}">x</div>'), UTF8),
        ("whole/attr-5mb-href", lambda: article(before=f'<a href="http://example.com/{"a" * 5_000_000}">link</a>'), UTF8),
        ("whole/attr-unclosed", lambda: article(before='<div title="' + "t" * 1_000_000), UTF8),
        ("whole/many-attrs", lambda: article(before="<div " + " ".join(f"a{i}=x" for i in range(100_000)) + ">x</div>"), UTF8),
        ("whole/100k-paragraphs", lambda: article(paragraphs=100_000), UTF8),
        ("whole/100k-links", lambda: article(after="".join(f'<a href="/s/{i}">Story {i}</a>' for i in range(100_000))), UTF8),
        ("whole/100k-jsonld-blocks", lambda: article(after='<script type="application/ld+json">{"@type":"Person","name":"A B"}'
                                                    '</script>' * 100_000), UTF8),
        ("whole/empty", lambda: b"", UTF8),
        ("whole/whitespace", lambda: b" \n\t ", UTF8),
        ("whole/bom-only", lambda: b"\xef\xbb\xbf", UTF8),
        ("whole/utf16-bom-only", lambda: b"\xff\xfe", UTF8),
        ("whole/bom-space", lambda: b"\xef\xbb\xbf  ", UTF8),
        ("whole/lt-only", lambda: b"<", UTF8),
        ("whole/gt-only", lambda: b">", UTF8),
        ("whole/doctype-only", lambda: b"<!DOCTYPE html>", UTF8),
        ("whole/html-empty", lambda: b"<html></html>", UTF8),
        ("whole/head-only", lambda: b"<html><head><title>T</title></head></html>", UTF8),
        ("whole/comment-only", lambda: b"<!-- nothing -->", UTF8),
        ("whole/cdata", lambda: b"<![CDATA[x]]>", UTF8),
        ("whole/pi-only", lambda: b"<?php echo 1; ?>", UTF8),
        ("whole/xml-declaration-only", lambda: b'<?xml version="1.0" encoding="utf-8"?>', UTF8),
        ("whole/xml-latin1", lambda: xml, UTF8),
        ("whole/xml-as-xml", lambda: xml, "application/xml"),
        ("whole/svg", lambda: svg, UTF8),
        ("whole/svg-as-svg", lambda: svg, "image/svg+xml"),
        ("whole/pdf-as-html", lambda: pdf, UTF8),
        ("whole/pdf-no-signature", lambda: pdf[9:], UTF8),
        ("whole/json-as-html", lambda: b'{"headline": "x", "articleBody": "y"}', UTF8),
        ("whole/plain-text", lambda: b"Just some words of text, no markup at all.\n" * 100, "text/plain"),
        ("whole/frameset", lambda: b"<html><frameset><frame src='/a'></frameset></html>", UTF8),
        ("whole/only-script", lambda: b"<script>" + b"var a=1;" * 100_000 + b"</script>", UTF8),
        ("whole/nul-at-start", lambda: b"\x00<html><body><p>x</p></body></html>", UTF8),
        ("whole/unicode-url", lambda: article(canonical="http://例え.テスト/記事 with space"), UTF8),
        ("whole/relative-canonical", lambda: article(canonical="/relative/story.html"), UTF8),
        ("whole/javascript-canonical", lambda: article(canonical="javascript:void(0)"), UTF8),
        ("whole/long-canonical", lambda: article(canonical="http://example.com/" + "a" * 10_000), UTF8),
        ("whole/jsonld-graph-loop", lambda: article(jsonld='{"@graph":[{"@id":"#a","@type":"NewsArticle","author":{"@id":"#a"},'
                                                   '"isPartOf":{"@id":"#a"}}]}'), UTF8),
        ("whole/title-huge", lambda: article(before="<title>" + "t" * 5_000_000 + "</title>"), UTF8),
        ("whole/byline-huge", lambda: article(before='<div class="byline">By ' + "Jane Doe and " * 200_000 + "</div>"), UTF8),
        ("whole/dates-many", lambda: article(before="".join(f"<time datetime='20{i % 100:02d}-01-01'>x</time>"
                                                     for i in range(100_000))), UTF8),
        ("whole/entities", lambda: article(before="&#0;&#xD800;&#x110000;&#99999999999;&bogus;&#;&amp" * 1000), UTF8),
        ("whole/noscript-nest", lambda: article(before="<noscript>" * 10_000), UTF8),
        ("whole/template", lambda: article(before="<template>" + "<p>x</p>" * 1000), UTF8),
        ("whole/math-svg-inline", lambda: article(before="<svg><foreignObject><math><mi>" * 2000), UTF8),
    ]


# --- Running a variant -------------------------------------------------------------------------

_EVENTS: list[tuple[str, str, str]] = []  # (kind, what, traceback) of the variant being run


def _trace_layers() -> None:
    """Note the traceback of every extraction layer that fails (``extract._run`` logs
    it at DEBUG and goes on) and of every pipeline that fails."""
    import newsspider.extract as extract_module
    from newsspider.pipelines.base import ArticlePipeline

    original_run = extract_module._run

    def run(page: Any, name: str, layer: Callable[[Any], Any], default: Any = None) -> Any:
        def traced(p: Any) -> Any:
            try:
                return layer(p)
            except Exception:
                _EVENTS.append(("layer", name, traceback.format_exc()))
                raise
        return original_run(page, name, traced, default)

    extract_module._run = run
    original_failed = ArticlePipeline.failed

    def failed(self: Any, item: Any, error: Exception) -> Any:
        _EVENTS.append(("pipeline", type(self).__name__, traceback.format_exc()))
        return original_failed(self, item, error)

    ArticlePipeline.failed = failed  # type: ignore[method-assign]


class Slow(BaseException):
    pass


def _alarm(*_: Any) -> None:
    raise Slow("variant ran past the time limit")


def _init(limit: int, per_page: int, seed: int) -> None:
    import io

    from scrapy.utils.misc import load_object

    from newsspider.extensions.monitor import ItemMonitor

    _setup()
    _trace_layers()
    crawler = _WORKER["crawler"]
    settings = crawler.settings
    _WORKER["monitor"] = ItemMonitor(crawler)
    exporter_class = load_object(settings.getdict("FEED_EXPORTERS").get("jsonlines"))
    exporter = exporter_class(io.BytesIO(), encoding="utf-8", fields_to_export=settings.getlist("FEED_EXPORT_FIELDS") or None)
    exporter.start_exporting()
    _WORKER["exporter"] = exporter
    _WORKER.update(limit=limit, per_page=per_page, seed=seed)
    signal.signal(signal.SIGALRM, _alarm)


def _outcomes(stats: dict[str, Any]) -> dict[str, int]:
    return {k: v for k, v in stats.items()
            if k.startswith(("newsspider/dropped/", "newsspider/skipped/", "newsspider/failed/"))}


def run_variant(task: tuple[str, str, str, bytes | str, str]) -> dict[str, Any]:
    """What became of one variant: its events (kind, what, traceback), how it ended, seconds."""
    from scrapy.exceptions import DropItem
    from scrapy.http import HtmlResponse, Request, TextResponse

    from newsspider.extract import extract
    from newsspider.extract.page import Page

    source, url, mutation, data, content_type = task
    _EVENTS.clear()
    stats = _WORKER["crawler"].stats
    before = _outcomes(stats.get_stats())
    ended = "exported"
    started = time.process_time()
    signal.alarm(_WORKER["limit"])
    try:
        if isinstance(data, str):
            fields = extract(Page(url=url, html=data))
            json.dumps(fields, default=str).encode("utf-8")
            ended = "extracted"
        else:
            kind = HtmlResponse if content_type.startswith("text/html") or "xml" in content_type else TextResponse
            response = kind(url=url, body=data, headers={"Content-Type": content_type}, request=Request(url))
            items = list(_WORKER["spider"].parse_article(response))
            if not items:
                ended = "no item"
            else:
                item = items[0]
                try:
                    for pipeline in _WORKER["pipelines"]:
                        item = pipeline.process_item(item)
                    _WORKER["monitor"].item_scraped(item)
                    _WORKER["exporter"].export_item(item)
                except DropItem:
                    ended = "dropped"
    except Slow:
        ended = "slow"
        _EVENTS.append(("slow", mutation, traceback.format_exc()))
    except BaseException:  # noqa: BLE001 - the point: what escapes
        ended = "crash"
        _EVENTS.append(("crash", mutation, traceback.format_exc()))
    finally:
        signal.alarm(0)
    seconds = time.process_time() - started
    counted = {k: v - before.get(k, 0) for k, v in _outcomes(stats.get_stats()).items() if v != before.get(k, 0)}
    if ended in ("no item", "dropped") and not counted:
        _EVENTS.append(("silent", mutation, f"{ended} with no newsspider/{{dropped,skipped,failed}} counter\n"))
    return {"source": source, "url": url, "mutation": mutation, "ended": ended, "counted": counted,
            "seconds": seconds, "events": list(_EVENTS)}


# --- The sweep ---------------------------------------------------------------------------------


def tasks(sets: list[str], limit: int | None) -> list[tuple[str, int]]:
    """(set, page index) of every page, then ("whole", index) of every page made whole:
    each worker makes a page's variants itself (its bytes are not sent to it)."""
    out = []
    for name in sets:
        count = len(json.loads((BENCH / name / "pages.json").read_text("utf-8"))[:limit])
        out.extend((name, n) for n in range(count))
    out.extend(("whole", n) for n in range(len(whole_pages())))
    return out


def variants_of(task: tuple[str, int], per_page: int, seed: int) -> list[tuple[str, str, str, bytes | str, str]]:
    """The variants of one task, drawn with a generator seeded by ``seed`` and the task."""
    name, n = task
    if name == "whole":
        mutation, make, content_type = whole_pages()[n]
        return [("whole", "http://example.com/story.html", mutation, make(), content_type)]
    rng = random.Random(f"{seed}/{name}/{n}")
    page = json.loads((BENCH / name / "pages.json").read_text("utf-8"))[n]
    url = page["url"].replace("https://", "http://", 1) or "http://example.com/no-url.html"  # a few have none
    body = gzip.decompress((BENCH / name / page["file"]).read_bytes())
    variants = page_mutations(body, rng)
    chosen = rng.sample(variants, min(per_page, len(variants)))
    if rng.random() < 0.1:
        chosen.append(rng.choice(text_mutations(body, rng)))
    return [(f"{name}/{page['file']}", url, mutation, data, content_type) for mutation, data, content_type in chosen]


def run_task(task: tuple[str, int]) -> list[dict[str, Any]]:
    return [run_variant(v) for v in variants_of(task, _WORKER["per_page"], _WORKER["seed"])]


def cause(event: tuple[str, str, str]) -> str:
    """The group of an event: its kind, the exception's last line and the innermost
    frame in ``newsspider`` (file:line function)."""
    kind, what, trace = event
    lines = trace.strip().splitlines()
    error = lines[-1][:160] if lines else ""
    error = re.sub(r"\d{3,}", "N", error)
    frames = re.findall(r'File "([^"]*newsspider/[^"]*)", line (\d+), in (\w+)', trace)
    where = f"{frames[-1][0].split('newsspider/', 1)[1]}:{frames[-1][1]} {frames[-1][2]}" if frames else "-"
    label = what if kind in ("layer", "pipeline") else kind
    return f"[{kind}:{label}] {error.split(':', 1)[0]} @ {where}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", default=["aeb", "trafeval", "wcxb", "dates", "india"])
    parser.add_argument("--per-page", type=int, default=4, help="mutations drawn per page")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of each set")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--time-limit", type=int, default=60, help="seconds before a variant counts as hung")
    parser.add_argument("--slow", type=float, default=5.0, help="seconds of CPU that make a variant slow")
    parser.add_argument("--json", type=Path, help="every variant with events, and the groups, here")
    args = parser.parse_args()
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    results = []
    with ProcessPoolExecutor(args.jobs, initializer=_init, initargs=(args.time_limit, args.per_page, args.seed)) as pool:
        for result in (r for rs in pool.map(run_task, tasks(args.sets, args.limit), chunksize=4) for r in rs):
            if result["seconds"] > args.slow and result["ended"] != "slow":
                result["events"].append(("slow", result["mutation"], f"{result['seconds']:.1f} s of CPU\n"))
            for event in result["events"]:
                groups[cause(event)].append({**result, "trace": event[2], "events": None})
            results.append({k: v for k, v in result.items() if k != "events"} | {"causes": [cause(e) for e in result["events"]]})
    ended = defaultdict(int)
    for result in results:
        ended[result["ended"]] += 1
    print(f"{len(results)} variants: " + ", ".join(f"{k} {v}" for k, v in sorted(ended.items())))
    for group, hits in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        mutations = defaultdict(int)
        for hit in hits:
            mutations[hit["mutation"]] += 1
        top = ", ".join(f"{m} {n}" for m, n in sorted(mutations.items(), key=lambda kv: -kv[1])[:4])
        print(f"{len(hits):5d}  {group}\n       {top}; e.g. {hits[0]['source']}")
    if args.json:
        args.json.write_text(json.dumps({"results": results, "groups": {
            g: [{k: h[k] for k in ("source", "mutation", "ended", "seconds", "trace")} for h in hits[:5]]
            for g, hits in groups.items()}}, indent=1, default=str), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
