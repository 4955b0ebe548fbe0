"""Bad input fails fast and clearly, and loses nothing else: real ``scrapy crawl`` runs.

A command-line mistake ends before any crawl with one line and exit status 2;
a bad line in a URL list is skipped, named and counted while every other line
is crawled; a saved page that is missing is not retried.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.faultsite import article_html
from tests.helpers.loopback import ROOT, Site, crawl, crawl_env

README = ROOT / "README.md"


def scrapy_crawl(workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scrapy", "crawl", *args], cwd=workdir, env=crawl_env(),
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(("args", "line"), [
    (["nosuchspider"], "scrapy crawl nosuchspider: no spider of that name (scrapy list names them: article, "),
    (["news"], "scrapy crawl news: -a site: say where to start: -a site=URL, -a feed=URL or -a sitemap=URL"),
    (["news", "-a", "site=news.invalid", "-a", "since=banana"],
     "scrapy crawl news: -a since='banana': give an age (2d, 6h, 30m, 1w) or an ISO date (2021-06-27)"),
    (["business_standard", "-a", "since=yesterday"], "scrapy crawl business_standard: -a since='yesterday': give an age"),
    (["article", "-a", "urls=x.html", "-a", "since=banana"], "scrapy crawl article: -a since='banana': give an age"),
    (["article"], "scrapy crawl article: -a urls: give the pages to extract: -a urls=FILE or -a urls=URL,URL"),
    (["article", "-a", "urls=does-not-exist.txt"], "scrapy crawl article: -a urls='does-not-exist.txt': no such file"),
    (["article", "-a", f"urls={README}"], f"scrapy crawl article: -a urls='{README}': not a URL list: 0 of "),
    (["news", "-a", "site=news.invalid", "-a", "incremental=maybe"],
     "scrapy crawl news: -a incremental='maybe': give true or false"),
])
def test_argument_mistakes_are_one_line_and_exit_status_2(tmp_path: Path, args: list[str], line: str) -> None:
    (tmp_path / "x.html").write_text("<html></html>", "utf-8")
    result = scrapy_crawl(tmp_path, *args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    said = [text for text in result.stderr.splitlines() if text.startswith("scrapy crawl ")]
    assert len(said) == 1 and said[0].startswith(line), result.stderr
    assert "Spider opened" not in result.stderr  # refused before the crawl started


def test_bad_lines_of_a_url_list_are_skipped_named_and_counted(tmp_path: Path) -> None:
    with Site() as site:
        for n in range(3):
            site.page(f"/story-{n}.html", article_html(site.base, f"/story-{n}.html", f"Cranes arrive at berth {n}"))
        urls = tmp_path / "urls.txt"
        urls.write_text(f"{site.url('/story-0.html')}\nhttp://:broken.html\n{site.url('/story-1.html')}\n"
                        f"missing-page.html\n{site.url('/story-2.html')}\n", "utf-8")
        result = crawl("article", tmp_path, "-a", f"urls={urls}")
    assert result.returncode == 0, result.log
    assert sorted(item["headline"] for item in result.items) == [f"Cranes arrive at berth {n}" for n in range(3)]
    assert result.stat("newsspider/skipped/bad_url") == 2
    warnings = [line for line in result.log.splitlines() if "lines of the URL list cannot be fetched" in line]
    assert len(warnings) == 1
    assert ("2 lines of the URL list cannot be fetched, skipped: line 2: 'http://:broken.html' (malformed: "
            "Port could not be cast to integer value as 'broken.html'); line 4: 'missing-page.html' "
            "(neither a URL nor a path to a file)") in warnings[0]
    assert "Traceback" not in result.log


def test_a_saved_page_that_vanished_is_not_retried(tmp_path: Path) -> None:
    page = tmp_path / "saved.html"
    page.write_text(article_html("https://example.com", "/saved.html", "Saved story"), "utf-8")
    gone = tmp_path / "gone.html"
    gone.write_text("<html></html>", "utf-8")
    (tmp_path / "urls.txt").write_text(f"{page.as_uri()}\n{gone.as_uri()}\n", "utf-8")
    gone.unlink()  # removed after the list was written: the file:// URL is still well formed
    result = crawl("article", tmp_path, "-a", "urls=urls.txt", settings={"NEWSSPIDER_MAX_ERROR_RATE": "1"})
    assert [item["headline"] for item in result.items] == ["Saved story"]
    assert result.stat("retry/count") == 0
    assert result.stat("downloader/request_count") == 2


def test_bad_urls_in_a_sitemap_and_a_feed_are_skipped_named_and_counted(tmp_path: Path) -> None:
    with Site() as site:
        for n in range(4):
            site.page(f"/news/story-{n}.html", article_html(site.base, f"/news/story-{n}.html", f"Berth {n} reopens"))
        locs = [site.url("/news/story-0.html"), "http://:broken.html", site.url("/news/story-1.html"), "http://[::1/x"]
        site.page("/sitemap.xml", '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                  + "".join(f"<url><loc>{loc}</loc></url>" for loc in locs) + "</urlset>", content_type="application/xml")
        items = [site.url("/news/story-2.html"), "http://example.com:99999/x", site.url("/news/story-3.html")]
        site.page("/feed.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                  + "".join(f"<item><title>t</title><link>{link}</link></item>" for link in items)
                  + "</channel></rss>", content_type="application/rss+xml")
        result = crawl("news", tmp_path, "-a", f"sitemap={site.url('/sitemap.xml')}",
                       "-a", f"feed={site.url('/feed.xml')}")
    assert result.returncode == 0, result.log
    assert sorted(item["headline"] for item in result.items) == [f"Berth {n} reopens" for n in range(4)]
    assert result.stat("newsspider/skipped/bad_url") == 3
    warnings = [line for line in result.log.splitlines() if "cannot be fetched, skipped" in line]
    assert len(warnings) == 2, warnings
    assert any("2 URLs in sitemap" in w and "'http://:broken.html' (malformed: Port could not be cast" in w
               and "'http://[::1/x' (malformed: Invalid IPv6 URL)" in w for w in warnings)
    assert any("1 URLs in feed" in w and "Port out of range" in w for w in warnings)
    assert "Traceback" not in result.log


def test_the_readme_first_command_warns_of_nothing(tmp_path: Path) -> None:
    """``scrapy crawl article -a urls=samples/urls.txt -O sample.jsonl``, as README says:
    no WARNING or ERROR line (jsonschema ships with the project), no summary in the working folder."""
    result = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "article", "-a", f"urls={ROOT / 'samples' / 'urls.txt'}",
                             "-O", "sample.jsonl"], cwd=tmp_path, env=crawl_env(), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert not [line for line in result.stderr.splitlines() if "] WARNING:" in line or "] ERROR:" in line]
    assert len((tmp_path / "sample.jsonl").read_text("utf-8").splitlines()) == 4
    assert [p.name for p in tmp_path.iterdir()] in (["sample.jsonl", "archive"], ["archive", "sample.jsonl"])
    assert list((tmp_path / "archive" / "article").glob("*/*.stats.json"))
