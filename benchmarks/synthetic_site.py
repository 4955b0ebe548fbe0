"""A synthetic news site on loopback: N article pages generated on the fly.

``/a/<n>.html`` is article number n (deterministic text, about 4 KB, with
navigation, related links and a footer around the story), ``/urls.txt`` lists
every article URL, ``/sitemap.xml`` lists them as a sitemap. Used by the load
and incremental benchmarks; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

WORDS = ("market shares index rupee policy bank growth rate budget export "
         "minister state court report company quarter profit data farmers").split()


def article_html(n: int) -> bytes:
    def sentence(k: int) -> str:
        words = [WORDS[(n * 7 + k * 3 + i) % len(WORDS)] for i in range(14)]
        return " ".join(words).capitalize() + "."

    paragraphs = "".join(f"<p>{sentence(k)} {sentence(k + 1)} {sentence(k + 2)}</p>" for k in range(8))
    related = "".join(f'<li><a href="/a/{(n + j) % 100000}.html">Related story {j}</a></li>' for j in range(1, 8))
    day = 1 + n % 28
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Story {n} | Synthetic Times</title>
<meta property="og:title" content="Story number {n} about the {WORDS[n % len(WORDS)]}">
<meta property="article:published_time" content="2024-03-{day:02d}T10:{n % 60:02d}:00+05:30">
<link rel="canonical" href="/a/{n}.html"></head>
<body><header><nav><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/world">World</a></nav></header>
<main><article><h1>Story number {n} about the {WORDS[n % len(WORDS)]}</h1>
<div class="byline">By Staff Writer | Mumbai</div>{paragraphs}</article>
<aside><h3>Related</h3><ul>{related}</ul></aside></main>
<footer><p>Copyright Synthetic Times. All rights reserved.</p></footer></body></html>""".encode()


class SyntheticSite:
    def __init__(self, pages: int) -> None:
        self.pages = pages
        self.hits = 0
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def urls(self) -> list[str]:
        return [f"{self.base}/a/{n}.html" for n in range(self.pages)]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                path = self.path.split("?", 1)[0]
                body, ctype, status = b"not found", "text/plain", 404
                if path.startswith("/a/") and path.endswith(".html"):
                    number = path[3:-5]
                    if number.isdigit() and int(number) < site.pages:
                        body, ctype, status = article_html(int(number)), "text/html; charset=utf-8", 200
                elif path == "/urls.txt":
                    body, ctype, status = "\n".join(site.urls()).encode(), "text/plain", 200
                elif path == "/sitemap.xml":
                    entries = "".join(f"<url><loc>{u}</loc></url>" for u in site.urls())
                    body = (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns='
                            f'"http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>').encode()
                    ctype, status = "application/xml", 200
                with site.lock:
                    site.hits += 1
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        return Handler
