"""Hosts that cannot be reached: one line each with the reason, no traceback, no
minute of retries, and a verdict that says so first.

Hosts are ``*.invalid`` names (RFC 2606: they never resolve) and ports on
127.0.0.1 where nothing listens; no test reaches any other address.
"""

from __future__ import annotations

import socket
from pathlib import Path

from tests.helpers.faultsite import article_html
from tests.helpers.loopback import Site, crawl

QUIET = {"NEWSSPIDER_STATE_ENABLED": "False"}


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def crawl_failures(log: str) -> list[str]:
    return [line.split("Crawl failed: ", 1)[1] for line in log.splitlines() if "Crawl failed: " in line]


def test_a_site_that_does_not_resolve_fails_fast_and_says_why(tmp_path: Path) -> None:
    result = crawl("news", tmp_path, "-a", "site=https://news.invalid", settings=QUIET)
    assert result.returncode == 1
    assert crawl_failures(result.log) == ["no listing could be fetched: DNS lookup failed for news.invalid"]
    assert result.stat("log_count/ERROR") == 0  # robots.txt that cannot be fetched is a warning
    assert result.summary["failures"][0] == "no listing could be fetched: DNS lookup failed for news.invalid"
    assert "Traceback" not in result.log
    assert "Could not fetch home page https://news.invalid: DNS lookup failed for news.invalid" in result.log
    # robots.txt: one lookup and one retry; the home page: not retried (the host already failed);
    # the usual feed and sitemap places: not tried at all.
    assert result.stat("downloader/request_count") == 3
    assert result.stat("newsspider/discovery/probe_missing") == 0


def test_profile_spider_offline(tmp_path: Path) -> None:
    result = crawl("business_standard", tmp_path, "-a", "feed=https://feeds.news.invalid/rss.xml",
                   "-a", "sitemap=https://www.news.invalid/news-sitemap.xml", settings=QUIET)
    assert result.returncode == 1
    assert crawl_failures(result.log)[0].startswith("no listing could be fetched: DNS lookup failed for ")
    assert "Traceback" not in result.log
    assert result.stat("newsspider/discovery/failed_feed") == 1
    assert result.stat("newsspider/discovery/failed_sitemap") == 1
    assert result.stat("retry/count") <= 4  # at most one retry per request (two robots.txt, two listings)


def test_unreachable_article_pages_are_one_line_each(tmp_path: Path) -> None:
    port = closed_port()
    with Site() as site:
        site.page("/story.html", article_html(site.base, "/story.html", "Quay wall repaired"))
        urls = tmp_path / "urls.txt"
        urls.write_text(f"{site.url('/story.html')}\nhttp://127.0.0.1:{port}/refused.html\n"
                        "https://pages.news.invalid/gone.html\n", "utf-8")
        result = crawl("article", tmp_path, "-a", f"urls={urls}",
                       settings={**QUIET, "RETRY_TIMES": "1", "NEWSSPIDER_MAX_ERROR_RATE": "1"})
    assert [item["headline"] for item in result.items] == ["Quay wall repaired"]
    assert result.stat("newsspider/failed/connection_refused") == 1
    assert result.stat("newsspider/failed/dns") == 1
    assert "Traceback" not in result.log
    refused = [line for line in result.log.splitlines() if f"127.0.0.1:{port}/refused.html" in line and "ERROR" in line]
    unresolved = [line for line in result.log.splitlines() if "pages.news.invalid/gone.html" in line and "ERROR" in line]
    assert len(refused) == 1 and "(failed/connection_refused, 2 attempts)" in refused[0]
    assert f"connection refused by 127.0.0.1" in refused[0]
    assert len(unresolved) == 1 and "DNS lookup failed for pages.news.invalid" in unresolved[0]
