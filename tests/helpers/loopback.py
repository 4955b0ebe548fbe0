"""A test web site on 127.0.0.1 and a runner for real ``scrapy crawl`` processes.

``Site`` serves a fixture folder: ``/a/b.html`` is ``<folder>/a/b.html``, with
``{{BASE}}`` in text files replaced by the server's own ``http://127.0.0.1:PORT``
so that feeds and sitemaps can link to pages on the same server. Routes added
with ``site.route(path, handler)`` answer before the folder (status codes,
faults, changed pages); ``site.hits`` counts the requests per path.
"""

from __future__ import annotations

import json
import mimetypes
import os
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

#: A route handler gets the request handler and writes the whole response itself.
Handler = Callable[[BaseHTTPRequestHandler], None]


class Site:
    def __init__(self, folder: Path | None = None, host: str = "127.0.0.1") -> None:
        self.folder = folder
        self.routes: dict[str, Handler] = {}
        self.hits: Counter[str] = Counter()
        self.server = ThreadingHTTPServer((host, 0), self._handler_class())
        self.server.daemon_threads = True
        self.base = f"http://{host}:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, handler: Handler) -> None:
        self.routes[path] = handler

    def page(self, path: str, body: str | bytes, status: int = 200,
             content_type: str = "text/html; charset=utf-8", headers: dict[str, str] | None = None) -> None:
        """Serve a fixed body at ``path``."""
        data = body.encode("utf-8") if isinstance(body, str) else body

        def handler(req: BaseHTTPRequestHandler) -> None:
            send(req, status, data, content_type, headers)

        self.route(path, handler)

    def render(self, data: bytes, path: str) -> bytes:
        if path.endswith((".html", ".xml", ".txt", ".json", "/")) or b"{{BASE}}" in data[:4096]:
            return data.replace(b"{{BASE}}", self.base.encode())
        return data

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class RequestHandler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                path = self.path.split("?", 1)[0]
                site.hits[path] += 1
                handler = site.routes.get(self.path) or site.routes.get(path)
                if handler is not None:
                    handler(self)
                    return
                file = (site.folder / path.lstrip("/")) if site.folder else None
                if file is not None and file.is_dir():
                    file = file / "index.html"
                if file is None or not file.is_file() or ".." in path:
                    send(self, 404, b"not found", "text/plain")
                    return
                ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
                if ctype.startswith("text/") or ctype.endswith("xml"):
                    ctype += "; charset=utf-8"
                send(self, 200, site.render(file.read_bytes(), path), ctype)

            def log_message(self, *args: Any) -> None:
                pass

        return RequestHandler


def send(req: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str,
         headers: dict[str, str] | None = None) -> None:
    req.send_response(status)
    req.send_header("Content-Type", content_type)
    req.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        req.send_header(name, value)
    req.end_headers()
    req.wfile.write(body)


@dataclass
class CrawlResult:
    returncode: int
    items: list[dict[str, Any]]
    stats: dict[str, Any]
    summary: dict[str, Any]
    log: str
    workdir: Path
    lines: list[str] = field(default_factory=list)

    def stat(self, name: str, default: int = 0) -> Any:
        return self.stats.get(name, default)


def crawl_env(env: dict[str, str] | None = None) -> dict[str, str]:
    """Environment of a ``scrapy`` subprocess: the project's settings, this
    checkout importable, and no proxy (the machine's would take loopback
    requests elsewhere); ``env`` is added last, so a test may set its own."""
    run_env = {k: v for k, v in os.environ.items()
               if k not in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY")}
    run_env.update({
        "SCRAPY_SETTINGS_MODULE": "newsspider.settings",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        **(env or {}),
    })
    return run_env


def crawl(spider: str, workdir: Path, *args: str, settings: dict[str, Any] | None = None,
          output: str | None = "out.jsonl", timeout: float = 120, env: dict[str, str] | None = None,
          ) -> CrawlResult:
    """Run ``python -m scrapy crawl SPIDER ARGS`` in ``workdir`` with the project's
    settings; return the items it wrote to ``output`` and its run summary."""
    workdir.mkdir(parents=True, exist_ok=True)
    summary_file = workdir / "summary.json"
    summary_file.unlink(missing_ok=True)
    command = [sys.executable, "-m", "scrapy", "crawl", spider, *args]
    if output:
        out = workdir / output
        out.unlink(missing_ok=True)
        command += ["-O", f"{out}:jsonlines"]
    merged = {"NEWSSPIDER_SUMMARY_FILE": str(summary_file), "LOG_LEVEL": "INFO",
              "DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False", **(settings or {})}
    for name, value in merged.items():
        command += ["-s", f"{name}={value}"]
    proc = subprocess.run(command, cwd=workdir, env=crawl_env(env), capture_output=True, text=True,
                          timeout=timeout)
    lines: list[str] = []
    if output and (workdir / output).exists():
        lines = (workdir / output).read_text("utf-8").splitlines()
    summary = json.loads(summary_file.read_text("utf-8")) if summary_file.exists() else {}
    return CrawlResult(
        returncode=proc.returncode,
        items=[json.loads(line) for line in lines if line.strip()],
        stats=summary.get("stats", {}),
        summary=summary,
        log=proc.stderr,
        workdir=workdir,
        lines=lines,
    )
