"""``scrapy crawl article -a urls=FILE``: extract exactly the pages listed.

``urls`` is a file with one URL per line, or a comma-separated list. Local
paths and ``file://`` URLs work, so saved pages can be re-extracted (a local
file is never retried: it is there or not). Every listed URL is fetched every
time: an explicit list is never "already seen".

The list is read, and judged, before the crawl starts: a file that does not
exist, or whose lines are mostly neither URLs nor paths (``-a urls=README.md``),
is refused with one line (an ``ArgumentError``: exit status 2). In a list that
is a list, a line that cannot be fetched (a malformed URL such as
``http://:broken.html``, a path to no file) is skipped, named in one warning
and counted as ``newsspider/skipped/bad_url``; every other line is crawled.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import scrapy
from scrapy.settings import BaseSettings

from newsspider.discovery.since import SINCE_FORM, parse_since
from newsspider.redis.addon import redis_url
from newsspider.arguments import ArgumentError, parsed
from newsspider.spiders.base import ArticleSpider
from newsspider.stats import count
from newsspider.urls import WEB_SCHEMES, url_problem

#: A path ending so is one saved page, not a list of URLs.
PAGE_SUFFIXES = {".html", ".htm", ".xhtml"}
#: Schemes a URL list may use: the web's, and saved pages.
LIST_SCHEMES = WEB_SCHEMES | {"file"}
#: Bad lines named in the warning (the rest are only counted).
NAMED_BAD_LINES = 10
#: What ``-a urls`` takes.
URLS_FORM = "give a file with one URL or path per line, or URL,URL"


@dataclass(slots=True)
class BadLine:
    number: int  # 1-based line of the file, or position in a comma-separated list
    text: str
    problem: str


@dataclass(slots=True)
class UrlList:
    urls: list[str] = field(default_factory=list)
    bad: list[BadLine] = field(default_factory=list)


def read_url_list(urls: str) -> UrlList:
    """URLs from a file (one per line, ``#`` comments allowed) or a comma-separated list.

    A path that names a saved page (``.html``) is that page. Relative paths in
    a list file are read against the file's own folder, then the current one.
    Raises ``ArgumentError`` for a file that does not exist or is not a URL list.
    """
    entries = [part.strip() for part in urls.split(",")]
    if len(entries) == 1 and "://" not in entries[0]:
        path = Path(entries[0])
        if _local_file(entries[0], Path.cwd()) is None:
            raise ArgumentError("urls", urls, f"no such file; {URLS_FORM}")
        if path.suffix.lower() not in PAGE_SUFFIXES:
            return _checked(urls, _as_urls(path.read_text("utf-8", "replace").splitlines(), path.resolve().parent))
    return _checked(urls, _as_urls(entries, Path.cwd()))


def _checked(argument: str, read: UrlList) -> UrlList:
    """``read``, unless most of its lines are neither URLs nor paths."""
    total = len(read.urls) + len(read.bad)
    strangers = [bad for bad in read.bad if bad.problem == "neither a URL nor a path to a file"]
    if not read.urls or len(strangers) * 2 > total:
        example = read.bad[0] if read.bad else None
        detail = f" (line {example.number}: {example.text[:60]!r}: {example.problem})" if example else ""
        raise ArgumentError("urls", argument,
                            f"not a URL list: {len(read.urls)} of {total} lines can be fetched{detail}; {URLS_FORM}")
    return read


def _as_urls(lines: list[str], folder: Path) -> UrlList:
    result = UrlList()
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "://" not in line:
            path = _local_file(line, folder)
            if path is None:
                result.bad.append(BadLine(number, line, "neither a URL nor a path to a file"))
                continue
            line = path.resolve().as_uri()
        problem = url_problem(line, LIST_SCHEMES)
        if problem:
            result.bad.append(BadLine(number, line, problem))
        else:
            result.urls.append(line)
    return result


def _local_file(line: str, folder: Path) -> Path | None:
    """The file a list line names (against the list's folder, then the current one),
    or None; a line no file system could take as a name (too long, a NUL byte) is none."""
    path = Path(line)
    try:
        if not path.is_absolute():
            path = folder / path if (folder / path).exists() else Path.cwd() / path
        return path if path.is_file() else None
    except (OSError, ValueError):
        return None


class ArticleListSpider(ArticleSpider):
    name = "article"

    def __init__(self, urls: str = "", since: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        listed = read_url_list(urls) if urls else UrlList()
        self.url_list, self.bad_lines = listed.urls, listed.bad
        # Checked so that a typo is not silently ignored; an explicit list has no listed dates.
        self.since_ignored = bool(since) and parsed("since", since, parse_since, SINCE_FORM) is not None

    def check_start(self, settings: BaseSettings) -> None:
        # A scale-out worker may get all its pages from Redis instead.
        if not self.url_list and not redis_url(settings):
            raise ArgumentError("urls", None, f"give the pages to extract: -a urls=FILE or -a urls=URL,URL")

    async def start(self) -> AsyncIterator[Any]:
        if self.since_ignored:
            self.logger.warning("-a since is ignored by the article spider: every listed page is fetched")
        self.report_bad_lines()
        for url in self.url_list:
            # A local file is there or not: retrying it only repeats the error.
            meta = {"dont_retry": True} if url.startswith("file:") else {}
            yield scrapy.Request(url, callback=self.parse_article, dont_filter=True, meta=meta)

    def report_bad_lines(self) -> None:
        if not self.bad_lines:
            return
        count(self.crawler.stats, "skipped", "bad_url", len(self.bad_lines))
        named = "; ".join(f"line {b.number}: {b.text[:100]!r} ({b.problem})" for b in self.bad_lines[:NAMED_BAD_LINES])
        more = len(self.bad_lines) - NAMED_BAD_LINES
        self.logger.warning("%(n)s lines of the URL list cannot be fetched, skipped: %(named)s%(more)s",
                            {"n": len(self.bad_lines), "named": named, "more": f"; and {more} more" if more > 0 else ""})
