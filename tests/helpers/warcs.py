"""Test WARC files built with warcio from pages written here, and a loopback
news site to crawl with WARC writing on.

:func:`story_page` is a news page modelled on a wire story's structure;
:class:`WarcBuilder` writes records (``warcinfo``, request/response pairs,
``metadata``, ``revisit``, anything) into a ``.warc.gz`` (one gzip member a
record) or a ``.warc``, and returns each record's offset, so that a test can
damage the file at a known place (:func:`members` splits a ``.warc.gz`` into
its gzip members). :class:`QuaysideSite` serves stories on loopback, one
gzipped, one chunked, all with ETags (a second fetch can be a 304);
:class:`AlternatingDesks` serves two crawls' stories in turn, one crawl's then
the other's.
"""

from __future__ import annotations

import gzip
import io
import threading
import zlib
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.helpers.loopback import Site, send
from tests.helpers.waiting import latency

STORY = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} - Riverside Courier</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{title}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{title}",
"datePublished": "2026-08-0{day}T07:45:00+05:30", "author": {{"@type": "Person", "name": "Meera Pillai"}}}}</script>
</head><body><header><nav><a href="/">Home</a> <a href="/city">City</a></nav></header>
<article><h1>{title}</h1><p class="byline">By Meera Pillai</p>
<p>PATNA (IANS): The river authority said on Friday that the embankment near {place} would be raised by a metre
before the floods, after villagers asked for the work at three public meetings held over the summer.</p>
<p>Engineers will begin with the stretch that gave way last year, and the authority has set aside money for
pumps that can drain the low fields of {place} within two days of a breach, an official said.</p>
<p>{extra}</p></article><footer>Copyright Riverside Courier</footer></body></html>"""


def story_page(url: str, n: int, place: str = "Danapur", extra: str = "Work is to start in March.") -> bytes:
    return STORY.format(title=f"Embankment at {place} to be raised, plan {n}", url=url, day=n % 9 + 1,
                        place=place, extra=extra).encode()


class WarcBuilder:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.gzip = path.name.endswith(".gz")
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=self.gzip, warc_version="WARC/1.1")
        #: Offset of each record written, in order.
        self.offsets: list[int] = []

    def warcinfo(self) -> None:
        self._write(self.writer.create_warcinfo_record(self.path.name, {"software": "tests", "robots": "obey"}))

    def response(self, url: str, body: bytes, *, status: str = "200 OK", content_type: str = "text/html; charset=utf-8",
                 date: str = "2026-10-05T08:00:00Z", gzip_body: bool = False,
                 extra: dict[str, str] | None = None) -> str:
        """A request/response pair; the response's record id."""
        headers = [("Content-Type", content_type)]
        if gzip_body:
            body = gzip.compress(body)
            headers.append(("Content-Encoding", "gzip"))
        headers.append(("Content-Length", str(len(body))))
        record = self.writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body),
            http_headers=StatusAndHeaders(status, headers, protocol="HTTP/1.1"),
            warc_headers_dict={"WARC-Date": date, "WARC-IP-Address": "192.0.2.7", **(extra or {})})
        request = self.writer.create_warc_record(
            url, "request", http_headers=StatusAndHeaders(f"GET {url} HTTP/1.1", [("User-Agent", "tests")],
                                                          is_http_request=True))
        self.offsets.append(self.buffer.tell())
        self.writer.write_request_response_pair(request, record)
        self.offsets.append(-1)  # the request record (its offset is not needed)
        return record.rec_headers.get_header("WARC-Record-ID")

    def metadata(self, url: str) -> None:
        self._write(self.writer.create_warc_record(url, "metadata", payload=io.BytesIO(b"fetchTimeMs: 12\r\n"),
                                                   length=17, warc_content_type="application/warc-fields"))

    def revisit(self, url: str, refers_to: str) -> None:
        record = self.writer.create_revisit_record(url, "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", url, "2026-10-05T08:00:00Z",
                                                   http_headers=StatusAndHeaders("304 Not Modified", [],
                                                                                 protocol="HTTP/1.1"))
        record.rec_headers.add_header("WARC-Refers-To", refers_to)
        self._write(record)

    def data(self) -> bytes:
        return self.buffer.getvalue()

    def save(self, data: bytes | None = None) -> Path:
        self.path.write_bytes(self.data() if data is None else data)
        return self.path

    def _write(self, record: object) -> None:
        self.offsets.append(self.buffer.tell())
        self.writer.write_record(record)


def members(data: bytes) -> list[tuple[int, bytes]]:
    """(offset, decompressed bytes) of each gzip member."""
    found, offset = [], 0
    while offset < len(data):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        raw = inflater.decompress(data[offset:])
        found.append((offset, raw))
        offset = len(data) - len(inflater.unused_data)
    return found


PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} - Quayside Daily</title>
<link rel="canonical" href="{url}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{title}", "datePublished": "2026-11-2{n}T09:30:00+05:30"}}</script></head>
<body><article><h1>{title}</h1>
<p>KOCHI: The port trust said on Tuesday that dredging of the outer channel, item {n} on its list, would start
next month and that ships of a deeper draught could call at the terminal once the work was done.</p>
<p>Shipping agents welcomed the plan but asked that the berths stay open while the dredgers worked, since
the season's cargo of spices and cashew was expected to be larger than last year's.</p>
</article></body></html>"""


class QuaysideSite:
    """Stories listed in a sitemap: story 0 served gzipped, story 1 chunked, all with ETags."""

    def __init__(self, site: Site, n: int = 4, delay: float = 0.0) -> None:
        self.site, self.n, self.delay = site, n, delay
        self.lastmod = "2026-11-20T10:00:00+05:30"
        site.route("/sitemap.xml", self.sitemap)
        for i in range(n):
            site.route(self.path(i), lambda req, i=i: self.story(req, i))

    @staticmethod
    def path(i: int) -> str:
        return f"/port/story-{i}.html"

    def url(self, i: int) -> str:
        return self.site.url(self.path(i))

    def html(self, i: int) -> bytes:
        return PAGE.format(title=f"Outer channel dredging plan {i}", url=self.url(i), n=i).encode()

    def sitemap(self, req: BaseHTTPRequestHandler) -> None:
        urls = "".join(f"<url><loc>{self.url(i)}</loc><lastmod>{self.lastmod}</lastmod></url>" for i in range(self.n))
        send(req, 200, f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                       f'sitemap/0.9">{urls}</urlset>'.encode(), "application/xml")

    def story(self, req: BaseHTTPRequestHandler, i: int) -> None:
        if self.delay:
            latency(self.delay)
        etag = f'"story-{i}"'
        if req.headers.get("If-None-Match") == etag:
            req.send_response(304)
            req.send_header("ETag", etag)
            req.end_headers()
            return
        body = self.html(i)
        if i == 0:
            send(req, 200, gzip.compress(body), "text/html; charset=utf-8", {"Content-Encoding": "gzip", "ETag": etag})
        elif i == 1:
            req.send_response(200)
            req.send_header("Content-Type", "text/html; charset=utf-8")
            req.send_header("Transfer-Encoding", "chunked")
            req.send_header("ETag", etag)
            req.end_headers()
            for start in range(0, len(body), 500):
                chunk = body[start:start + 500]
                req.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            req.wfile.write(b"0\r\n\r\n")
        else:
            send(req, 200, body, "text/html; charset=utf-8", {"ETag": etag})


class AlternatingDesks:
    """Two desks on one site, each with its sitemap (``/<desk>/sitemap.xml``) of ``n``
    stories. Two crawls run at once, one a desk, have their story pages answered in
    turn (east, west, east, ...), so that their captures interleave. A page kept
    waiting ``patience`` seconds for its turn (the other crawl is stuck) is answered
    anyway and counted in ``out_of_turn``."""

    DESKS = ("east", "west")

    def __init__(self, site: Site, n: int, patience: float = 30) -> None:
        assert n <= 10, "one digit of day in PAGE"
        self.site, self.n, self.patience = site, n, patience
        self.turn = threading.Condition()
        self.answered = 0
        self.out_of_turn = 0
        for desk in self.DESKS:
            site.route(f"/{desk}/sitemap.xml", lambda req, desk=desk: self.sitemap(req, desk))
            for i in range(n):
                site.route(self.path(desk, i), lambda req, desk=desk, i=i: self.story(req, desk, i))

    @staticmethod
    def path(desk: str, i: int) -> str:
        return f"/{desk}/story-{i}.html"

    def url(self, desk: str, i: int) -> str:
        return self.site.url(self.path(desk, i))

    def sitemap(self, req: BaseHTTPRequestHandler, desk: str) -> None:
        urls = "".join(f"<url><loc>{self.url(desk, i)}</loc><lastmod>2026-11-20T10:00:00+05:30</lastmod></url>"
                       for i in range(self.n))
        send(req, 200, f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                       f'sitemap/0.9">{urls}</urlset>'.encode(), "application/xml")

    def story(self, req: BaseHTTPRequestHandler, desk: str, i: int) -> None:
        mine = self.DESKS.index(desk)
        title = f"{desk.title()} berth dredging plan {i}"
        with self.turn:
            if not self.turn.wait_for(lambda: self.answered % 2 == mine, timeout=self.patience):
                self.out_of_turn += 1
            send(req, 200, PAGE.format(title=title, url=self.url(desk, i), n=i).encode(), "text/html; charset=utf-8")
            self.answered += 1
            self.turn.notify_all()
