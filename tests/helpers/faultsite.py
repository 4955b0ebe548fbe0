"""A loopback web site that misbehaves in every way a scheduled crawl meets.

``FaultSite`` serves normal articles among error statuses, stalls, resets,
redirect loops, misdeclared encodings, binary data, oversized and
decompression-bomb bodies, broken feeds and sitemaps, bad dates, tracking
parameters and pages that are not articles. ``PAGES`` maps each page URL
path to the one outcome the crawl must give it: ``exported`` (an item in
the output) or the counter it must end in (``newsspider/<...>``). A second
server on 127.0.0.2 (``site.other``) is the target of a cross-host
redirect; it must never be reached.

Every text here is written for the tests.
"""

from __future__ import annotations

import json
import random
import socket
import struct
import threading
import zlib
from functools import cache
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.helpers.loopback import Site, send

#: Bytes of the oversized page: more than the default DOWNLOAD_MAXSIZE (16 MB).
HUGE = 50 * 1024 * 1024
#: Decompressed bytes of the gzip bomb (sent as about 64 KB).
BOMB = 64 * 1024 * 1024
#: Seconds the stalled response waits at most (tests set DOWNLOAD_TIMEOUT=5); the
#: server's shutdown ends the wait at once.
STALL = 30

PARAGRAPHS = [
    "The port authority said on Monday that the new container cranes had arrived by sea from the "
    "fabrication yard and would be installed over the next six weeks, doubling the terminal's capacity.",
    "Officials expect the first ships to be handled by the new equipment before the monsoon, and said "
    "the work would not interrupt the existing berths, which handle most of the region's exports.",
    "Trade groups welcomed the announcement but asked for faster customs clearance, saying that "
    "paperwork rather than cranes had been the main cause of delays at the terminal last year.",
    "The project was financed by a consortium of three lenders and is the largest single investment "
    "in the port since its expansion a decade ago, according to figures released with the statement.",
]


def article_html(base: str, path: str, headline: str, *, published: str = "2024-05-06T10:30:00+05:30",
                 paragraphs: list[str] | None = None, jsonld: str | None = None, charset: str | None = "utf-8",
                 extra_head: str = "") -> str:
    """An article page with JSON-LD, Open Graph tags, a canonical link and a body."""
    url = base + path
    data = jsonld if jsonld is not None else json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
        "datePublished": published, "url": url, "author": {"@type": "Person", "name": "Asha Menon"},
        "publisher": {"@type": "Organization", "name": "The Fault Times"},
    })
    body = "\n".join(f"<p>{p}</p>" for p in (paragraphs or PARAGRAPHS))
    meta_charset = f'<meta charset="{charset}">' if charset else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head>{meta_charset}
<title>{headline} | The Fault Times</title>
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:title" content="{headline}">
<meta property="article:published_time" content="{published}">
<script type="application/ld+json">{data}</script>{extra_head}
</head><body>
<header><nav><a href="/">Home</a> <a href="/section/business/">Business</a></nav></header>
<article><h1>{headline}</h1>
<p class="byline">By Asha Menon</p>
{body}
</article>
<footer>Copyright The Fault Times</footer>
</body></html>"""


def section_html(base: str) -> str:
    links = "\n".join(f'<li><a href="/news/story-{i}.html">Short headline number {i}</a></li>' for i in range(12))
    data = json.dumps({"@context": "https://schema.org", "@type": "CollectionPage", "name": "Business"})
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Business News | The Fault Times</title>
<meta property="og:type" content="website"><script type="application/ld+json">{data}</script>
</head><body><h1>Business</h1><ul>{links}</ul></body></html>"""


def video_html(base: str) -> str:
    data = json.dumps({"@context": "https://schema.org", "@type": "VideoObject", "name": "Cranes arrive at port",
                       "uploadDate": "2024-05-06T10:30:00+05:30", "contentUrl": base + "/media/cranes.mp4"})
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Video: cranes arrive at port</title>
<meta property="og:type" content="video.other"><script type="application/ld+json">{data}</script>
</head><body><h1>Video: cranes arrive at port</h1><video src="/media/cranes.mp4"></video>
<p>Watch the cranes being unloaded.</p></body></html>"""


def liveblog_html(base: str) -> str:
    data = json.dumps({
        "@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Election day: live updates",
        "coverageStartTime": "2024-06-04T06:00:00+05:30", "datePublished": "2024-06-04T06:00:00+05:30",
        "liveBlogUpdate": [{"@type": "BlogPosting", "headline": f"Update {i}", "articleBody": PARAGRAPHS[i]}
                           for i in range(4)],
    })
    updates = "\n".join(f"<div class='update'><h2>Update {i}</h2><p>{p}</p></div>" for i, p in enumerate(PARAGRAPHS))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Election day: live updates</title>
<meta property="og:type" content="article"><script type="application/ld+json">{data}</script>
</head><body><h1>Election day: live updates</h1>{updates}</body></html>"""


def paywall_html(base: str) -> str:
    data = json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Lenders weigh port bond sale",
        "datePublished": "2024-05-06T10:30:00+05:30", "isAccessibleForFree": False,
        "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"},
    })
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Lenders weigh port bond sale</title>
<meta property="og:type" content="article"><script type="application/ld+json">{data}</script>
</head><body><article><h1>Lenders weigh port bond sale</h1>
<p>Three lenders are weighing a bond sale to refinance the port.</p>
<div class="paywall">Subscribe to read the full story.</div></article></body></html>"""


ACCESS_DENIED = """<!DOCTYPE html><html><head><title>Access Denied</title></head><body>
<h1>Access Denied</h1>
You don't have permission to access "http&#58;&#47;&#47;news&#46;example&#47;" on this server.<p>
Reference&#32;&#35;18&#46;5d6b1ab8&#46;1717400000&#46;1f2e3d4c</p></body></html>"""

BOT_CHECK = """<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>
<div id="challenge-form"><h1>Checking your browser before accessing the site.</h1>
<p>Please verify you are a human. This process is automatic.</p></div></body></html>"""

BILLION_LAUGHS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE urlset [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
 <url><loc>{{BASE}}/news/plain-story.html?x=&lol9;</loc></url>
</urlset>"""

HTML_AS_FEED = """<!DOCTYPE html><html><head><title>Latest news</title></head><body>
<h1>Latest news</h1><p>Our feed has moved. <a href="/news/plain-story.html">Read the news here</a>.</p>
</body></html>"""

#: The same story under five addresses that differ only by tracking parameters.
TRACKING_QUERIES = ["utm_source=twitter&utm_medium=social", "fbclid=IwAR0abc123", "gclid=Cj0KCQ",
                    "utm_campaign=morning&utm_content=top", "mtm_source=newsletter"]

ROBOTS = "User-agent: *\nDisallow: /private/\n"

#: Pages with broken markup, structured data or URLs: their outcome, and the headline
#: of those exported (see ``FaultSite._content_routes``).
CONTENT_FAULTS: dict[str, tuple[str, str | None]] = {
    "/content/truncated-in-a-tag.html": ("exported", "Pilots rehearse night berthing"),
    "/content/truncated-in-jsonld.html": ("newsspider/dropped/missing_articleBody", None),
    "/content/jsonld-nested-deep.html": ("exported", "Harbour master retires after 30 years"),
    "/content/jsonld-wrong-types.html": ("exported", "Fishing fleet returns early"),
    "/content/canonical-unreadable.html": ("exported", "Lighthouse keepers honoured"),
    "/content/canonical-bad-port.html": ("exported", "Ferry fares frozen for a year"),
    "/content/unclosed-tags.html": ("exported", "Coast guard buys two new cutters"),
    "/content/impossible-dates.html": ("exported", "Dredger runs aground in fog"),
    "/content/bom-only.html": ("newsspider/skipped/empty", None),
    "/content/logo.svg": ("newsspider/skipped/not_html", None),
    "/content/huge-tag.html": ("exported", "Tug crews win pay rise"),
    "/content/nested-too-deep.html": ("exported", "Pier lights renewed"),
}

#: Every page path the crawl is given, and its outcome: ``exported`` or a counter.
PAGES: dict[str, str] = {
    "/news/plain-story.html": "exported",
    "/news/second-story.html": "exported",
    "/news/broken-jsonld.html": "exported",
    "/charset/cp1252-declared-utf8.html": "exported",
    "/charset/no-charset.html": "exported",
    "/charset/wrong-bom.html": "exported",
    "/dates/future.html": "exported",
    "/dates/before-1990.html": "exported",
    "/dates/year-one.html": "exported",
    "/redirect/short/3": "exported",
    "/section/business/": "newsspider/dropped/not_article/section",
    "/video/cranes-arrive.html": "newsspider/dropped/not_article/video",
    "/live/election-day.html": "newsspider/dropped/not_article/liveblog",
    "/news/paywalled-teaser.html": "newsspider/dropped/not_article/paywall",
    "/blocked/access-denied.html": "newsspider/dropped/not_article/blocked",
    "/blocked/bot-check.html": "newsspider/dropped/not_article/blocked",
    "/status/404": "newsspider/failed/http_404",
    "/status/410": "newsspider/failed/http_410",
    "/status/500": "newsspider/failed/http_500",
    "/status/503": "newsspider/failed/http_503",
    "/status/429": "newsspider/failed/http_429",
    "/slow/stall.html": "newsspider/failed/timeout",
    "/broken/reset.html": "newsspider/failed/data_loss",
    "/redirect/loop-a": "newsspider/failed/redirect_loop",
    "/redirect/long/15": "newsspider/failed/redirect_max",
    "/redirect/other-host": "newsspider/skipped/internal_address/loopback",
    "/private/story.html": "newsspider/skipped/robots_txt",
    "/huge/page.html": "newsspider/failed/maxsize",
    "/huge/chunked.html": "newsspider/failed/maxsize",
    "/gzip/bomb.html": "newsspider/failed/maxsize_decompressed",
    "/binary/data.html": "newsspider/skipped/binary",
    "/binary/image.jpg": "newsspider/skipped/binary",
    "/empty/page.html": "newsspider/skipped/empty",
    **{path: outcome for path, (outcome, _headline) in CONTENT_FAULTS.items()},
}

#: Pages of the feed ``/feeds/faults.xml`` (for the ``news`` spider), with their outcome.
FEED_PAGES: dict[str, str] = {
    "/news/plain-story.html": "exported",
    "/charset/cp1252-declared-utf8.html": "exported",
    "/live/election-day.html": "newsspider/dropped/not_article/liveblog",
    "/status/404": "newsspider/failed/http_404",
    "/status/503": "newsspider/failed/http_503",
    "/redirect/offsite-name": "newsspider/skipped/offsite",
    "/redirect/other-host": "newsspider/skipped/offsite",  # off the feed's host: refused before the address rule
    "/redirect/loop-a": "newsspider/failed/redirect_loop",
    "/private/story.html": "newsspider/skipped/robots_txt",
    "/binary/data.html": "newsspider/skipped/binary",
    "/empty/page.html": "newsspider/skipped/empty",
}

#: Headlines of the exported pages whose text must survive their encoding faults.
ENCODED_HEADLINES = {
    "/charset/cp1252-declared-utf8.html": "Café owners “relieved” as port reopens",
    "/charset/no-charset.html": "São Paulo exporters ship record coffee crop",
    "/charset/wrong-bom.html": "Zürich insurers cover the port’s new cranes",
}


@cache
def gzip_bomb() -> bytes:
    """``BOMB`` bytes of HTML-ish filler, gzipped (built once, in pieces)."""
    squeezer = zlib.compressobj(9, zlib.DEFLATED, 31)
    piece = b"<p>" + b" " * (1024 * 1024 - 3)
    parts = [squeezer.compress(piece) for _ in range(BOMB // len(piece))]
    return b"".join(parts) + squeezer.flush()


class FaultSite(Site):
    """The fault-injection site on 127.0.0.1, with ``other`` on 127.0.0.2."""

    def __init__(self) -> None:
        super().__init__()
        self.other = Site(host="127.0.0.2")
        self.closing = threading.Event()
        self.server.handle_error = lambda *args: None  # resets and broken pipes are the point here
        self._add_routes()

    def __enter__(self) -> FaultSite:
        self.other.__enter__()
        super().__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.closing.set()
        super().__exit__(*exc)
        self.other.__exit__(*exc)

    def urls(self, paths: list[str] | None = None) -> list[str]:
        return [self.url(p) for p in (paths if paths is not None else list(PAGES))]

    def _add_routes(self) -> None:
        base = self.base
        self.page("/robots.txt", ROBOTS, content_type="text/plain")
        for path, headline in [("/news/plain-story.html", "Port cranes arrive ahead of monsoon"),
                               ("/news/second-story.html", "Customs office to stay open at night"),
                               ("/news/redirect-target.html", "Lenders sign port financing deal"),
                               ("/private/story.html", "A story robots.txt keeps crawlers away from")]:
            self.page(path, article_html(base, path, headline))
        self.page("/news/same-story.html", article_html(base, "/news/same-story.html", "One story, five addresses"))
        self.page("/news/broken-jsonld.html", article_html(
            base, "/news/broken-jsonld.html", "Ferry timetable changes for summer",
            jsonld='{"@type": "NewsArticle", "headline": "Ferry timetable, "datePublished": 2024-05-06,,}'))
        for path, published, headline in [
            ("/dates/future.html", "2099-03-01T10:00:00+00:00", "Dock workers vote on new contract"),
            ("/dates/before-1990.html", "1985-06-01T09:00:00+00:00", "Harbour dredging finishes early"),
            ("/dates/year-one.html", "0001-01-01T00:00:00Z", "Pilot boats get new engines"),
        ]:
            self.page(path, article_html(base, path, headline, published=published))
        self._encoding_routes()
        self.page("/section/business/", section_html(base))
        self.page("/video/cranes-arrive.html", video_html(base))
        self.page("/live/election-day.html", liveblog_html(base))
        self.page("/news/paywalled-teaser.html", paywall_html(base))
        self.page("/blocked/access-denied.html", ACCESS_DENIED)
        self.page("/blocked/bot-check.html", BOT_CHECK)
        self._status_routes()
        self._redirect_routes()
        self.route("/slow/stall.html", self._stall)
        self.route("/broken/reset.html", self._reset)
        self.route("/huge/page.html", self._huge)
        self.route("/huge/chunked.html", self._huge_chunked)
        self.route("/gzip/bomb.html", self._gzip_bomb)
        noise = random.Random(5).randbytes(20_000)
        self.page("/binary/data.html", b"\x89PNG\r\n\x1a\n" + noise)
        self.page("/binary/image.jpg", b"\xff\xd8\xff\xe0" + noise, content_type="image/jpeg")
        self.page("/empty/page.html", b"")
        self._content_routes()
        self.page("/feeds/html.xml", HTML_AS_FEED, content_type="application/rss+xml; charset=utf-8")
        self.page("/sitemaps/entity-bomb.xml", BILLION_LAUGHS.replace("{{BASE}}", base),
                  content_type="application/xml; charset=utf-8")
        self.page("/feeds/tracking.xml", self._feed([f"/news/same-story.html?{q}" for q in TRACKING_QUERIES]),
                  content_type="application/rss+xml; charset=utf-8")
        self.page("/feeds/faults.xml", self._feed(list(FEED_PAGES)), content_type="application/rss+xml; charset=utf-8")
        self.other.page("/news/plain-story.html", article_html(self.other.base, "/news/plain-story.html", "Elsewhere"))

    def _content_routes(self) -> None:
        """Pages whose markup, structured data or URLs are broken (``CONTENT_FAULTS``),
        modelled on what ``benchmarks/fuzz_extract.py`` found breaking extraction."""
        base = self.base

        def story(path: str, **kwargs: Any) -> str:
            return article_html(base, path, CONTENT_FAULTS[path][1] or "Cut short", **kwargs)

        path = "/content/truncated-in-a-tag.html"
        page = story(path)
        self.page(path, page[: page.index("<p>", page.index(PARAGRAPHS[2])) + 2])  # "...</p>\n<p" and no more
        path = "/content/truncated-in-jsonld.html"
        page = story(path)
        self.page(path, page[: page.index('"author"')])
        path = "/content/jsonld-nested-deep.html"
        self.page(path, story(path, jsonld='{"@type": "NewsArticle", "author": ' + "[" * 800 + '"Asha Menon"'
                              + "]" * 800 + "}" + "[" * 50_000))
        path = "/content/jsonld-wrong-types.html"
        self.page(path, story(path, jsonld=json.dumps({
            "@context": "https://schema.org", "@type": ["NewsArticle", None, 7], "headline": {"@value": 3},
            "datePublished": ["2024-05-06"], "dateModified": 1e20, "author": [42, None, {"name": ["A", "B"]}],
            "publisher": {"name": {"x": 1}}, "image": {"url": 7}, "keywords": {"a": 1}, "url": ["/a", 5],
            "mainEntityOfPage": {"@id": 3}, "inLanguage": ["en"], "isAccessibleForFree": "maybe",
            "articleSection": [None, 3], "articleBody": ["not", "a", "text"], "description": 0})))
        bad_hosts = {"/content/canonical-unreadable.html": "http://[::1", "/content/canonical-bad-port.html":
                     base.rsplit(":", 1)[0] + ":99999"}
        for path, host in bad_hosts.items():
            href = host + path
            page = story(path).replace(f'<link rel="canonical" href="{base}{path}">',
                                       f'<link rel="canonical" href="{href}"><meta property="og:url" content="{href}">')
            self.page(path, page.replace(f'"url": "{base}{path}"', f'"url": "{href}"'))
        path = "/content/unclosed-tags.html"
        self.page(path, story(path).replace("<article>", "<font><b>" * 150 + "<article>"))
        path = "/content/impossible-dates.html"
        self.page(path, story(path, published="2025-13-45T25:61").replace(
            "</h1>", '</h1><time datetime="0000-00-00"></time>'))
        self.page("/content/bom-only.html", b"\xef\xbb\xbf\r\n")
        # 60,000 attributes on one tag: libxml2 alone would take seconds (minutes at 100,000)
        path = "/content/huge-tag.html"
        related = '<div class="related" ' + " ".join(f"data-k{i}" for i in range(60_000)) + "></div>"
        self.page(path, story(path).replace("</article>", "</article>" + related))
        # a widget after the story nested past libxml2's 2,048 levels: the parse stops there
        path = "/content/nested-too-deep.html"
        self.page(path, story(path).replace("</article>", "</article>" + "<div>" * 2100 + "</div>" * 2100))
        self.page("/content/logo.svg", '<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" '
                  'width="120" height="40"><title>The Fault Times</title><text x="0" y="30">Fault Times</text></svg>',
                  content_type="image/svg+xml")

    def _encoding_routes(self) -> None:
        base = self.base
        path = "/charset/cp1252-declared-utf8.html"
        page = article_html(base, path, ENCODED_HEADLINES[path], paragraphs=[
            "The café owners near the quay said they were “relieved” that the port had reopened — "
            "and that tourists were already coming back to the waterfront.", *PARAGRAPHS])
        self.page(path, page.encode("cp1252"), content_type="text/html; charset=utf-8")
        path = "/charset/no-charset.html"
        page = article_html(base, path, ENCODED_HEADLINES[path], charset=None, paragraphs=[
            "São Paulo exporters shipped a record coffee crop this season, the trade body said.", *PARAGRAPHS])
        self.page(path, page.encode("utf-8"), content_type="text/html")
        path = "/charset/wrong-bom.html"
        page = article_html(base, path, ENCODED_HEADLINES[path], paragraphs=[
            "Zürich insurers agreed to cover the port’s new cranes against storm damage.", *PARAGRAPHS])
        self.page(path, b"\xff\xfe" + page.encode("utf-8"), content_type="text/html; charset=utf-8")

    def _status_routes(self) -> None:
        error = "<html><head><title>Error</title></head><body><h1>Something went wrong</h1></body></html>"
        self.page("/status/404", error, status=404)
        self.page("/status/410", error, status=410)
        self.page("/status/500", error, status=500)
        self.page("/status/503", error, status=503, headers={"Retry-After": "1"})
        self.page("/status/429", error, status=429, headers={"Retry-After": "2"})

    def _redirect_routes(self) -> None:
        self.page("/redirect/loop-a", b"", status=302, headers={"Location": "/redirect/loop-b"})
        self.page("/redirect/loop-b", b"", status=302, headers={"Location": "/redirect/loop-a"})
        for n in range(16):
            target = f"/redirect/long/{n - 1}" if n else "/news/plain-story.html"
            self.page(f"/redirect/long/{n}", b"", status=302, headers={"Location": target})
        for n in range(4):
            target = f"/redirect/short/{n - 1}" if n else "/news/redirect-target.html"
            self.page(f"/redirect/short/{n}", b"", status=301, headers={"Location": target})
        self.page("/redirect/other-host", b"", status=302,
                  headers={"Location": self.other.url("/news/plain-story.html")})
        # Off the crawl's domains (discovery spiders only; no DNS lookup is made for it).
        self.page("/redirect/offsite-name", b"", status=302,
                  headers={"Location": "http://elsewhere.example/story.html"})

    def _feed(self, paths: list[str]) -> str:
        items = "\n".join(
            f"<item><title>Story {n}</title><link>{self.base}{path.replace('&', '&amp;')}</link>"
            f"<pubDate>Mon, 06 May 2024 10:30:00 +0530</pubDate></item>" for n, path in enumerate(paths))
        return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>The Fault Times</title><link>{self.base}/</link>
<description>Latest</description>{items}</channel></rss>"""

    # --- Handlers that write the response themselves -------------------------

    def _stall(self, req: BaseHTTPRequestHandler) -> None:
        """Headers and the start of a body, then nothing until well past the timeout."""
        req.send_response(200)
        req.send_header("Content-Type", "text/html; charset=utf-8")
        req.send_header("Content-Length", "4096")
        req.end_headers()
        req.wfile.write(b"<html><head><title>Slow</title></head><body>")
        req.wfile.flush()
        self.closing.wait(STALL)
        req.close_connection = True

    def _reset(self, req: BaseHTTPRequestHandler) -> None:
        """Part of the announced body, then a TCP reset."""
        page = article_html(self.base, "/broken/reset.html", "Half a story").encode()
        req.send_response(200)
        req.send_header("Content-Type", "text/html; charset=utf-8")
        req.send_header("Content-Length", str(len(page) * 4))
        req.end_headers()
        req.wfile.write(page)
        req.wfile.flush()
        req.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        req.connection.close()
        req.close_connection = True

    def _huge(self, req: BaseHTTPRequestHandler) -> None:
        """``HUGE`` bytes announced by Content-Length, streamed until the client hangs up."""
        req.send_response(200)
        req.send_header("Content-Type", "text/html; charset=utf-8")
        req.send_header("Content-Length", str(HUGE))
        req.end_headers()
        self._stream(req, lambda chunk: chunk)

    def _huge_chunked(self, req: BaseHTTPRequestHandler) -> None:
        """``HUGE`` bytes in chunked encoding, with no length announced."""
        req.send_response(200)
        req.send_header("Content-Type", "text/html; charset=utf-8")
        req.send_header("Transfer-Encoding", "chunked")
        req.end_headers()
        self._stream(req, lambda chunk: b"%x\r\n%s\r\n" % (len(chunk), chunk), end=b"0\r\n\r\n")

    def _stream(self, req: BaseHTTPRequestHandler, frame: Any, end: bytes = b"") -> None:
        chunk = (b"<p>" + b"filler text " * 5460 + b"</p>\n")[:64 * 1024]
        sent = 0
        try:
            while sent < HUGE and not self.closing.is_set():
                req.wfile.write(frame(chunk))
                sent += len(chunk)
            req.wfile.write(end)
        except OSError:
            pass
        req.close_connection = True

    def _gzip_bomb(self, req: BaseHTTPRequestHandler) -> None:
        send(req, 200, gzip_bomb(), "text/html; charset=utf-8", {"Content-Encoding": "gzip"})
