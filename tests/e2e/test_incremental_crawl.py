"""Scheduled crawls against one archive: real ``scrapy crawl`` processes on loopback.

A second run exports nothing new; a changed page exports one new version; a
deleted page one tombstone; a crawl killed with SIGKILL and resumed leaves
each story in the archive exactly once and no partial line; two crawls at
once on one store export each story once.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newsspider.extensions.summary import STORY_SKIPS
from tests.helpers.loopback import CrawlResult, Site, crawl, crawl_env
from tests.helpers.newssite import NewsSite, archive_items, archive_lines
from tests.helpers.waiting import wait_until

def run(workdir: Path, *args: str, spider: str = "news", **settings: Any) -> CrawlResult:
    merged = {"NEWSSPIDER_SUMMARY_FILE": "", "CONCURRENT_REQUESTS_PER_DOMAIN": 4, **settings}
    return crawl(spider, workdir, *args, output=None, settings=merged)


def summary(workdir: Path, spider: str = "news") -> dict[str, Any]:
    newest = sorted((workdir / "archive" / spider).glob("*/*.stats.json"))[-1]
    return json.loads(newest.read_text("utf-8"))


def test_second_run_exports_nothing_then_one_version_then_one_tombstone(tmp_path: Path) -> None:
    with Site() as site:
        news = NewsSite(site, 6)
        sitemap = f"sitemap={site.url('/sitemap.xml')}"

        first = run(tmp_path, "-a", sitemap)
        assert first.returncode == 0, first.log
        items = archive_items(tmp_path)
        assert sorted(item["url"] for item in items) == sorted(news.url(i) for i in range(6))
        assert {item["version"] for item in items} == {1}
        report = summary(tmp_path)
        assert report["status"] == "ok" and report["outcomes"]["exported"] == 6
        day_folder = next((tmp_path / "archive" / "news").iterdir())
        assert len(list(day_folder.glob("*.stats.json"))) == 1  # beside the batches

        hits_before = sum(site.hits[news.path(i)] for i in range(6))
        second = run(tmp_path, "-a", sitemap)
        assert second.returncode == 0, second.log  # nothing new is not a failure
        assert len(archive_items(tmp_path)) == 6
        assert sum(site.hits[news.path(i)] for i in range(6)) == hits_before  # not even fetched
        assert summary(tmp_path)["outcomes"]["skipped"]["unchanged_listed"] == 6

        old_hash = next(item["contentHash"] for item in items if item["url"] == news.url(2))
        news.change(2, "a strike at the container terminal")
        run(tmp_path, "-a", sitemap)
        new = archive_items(tmp_path)[6:]
        assert [(item["url"], item["version"], item["previousContentHash"]) for item in new] == [
            (news.url(2), 2, old_hash)]
        assert new[0]["contentHash"] != old_hash

        # A page listed as updated whose text did not change: fetched, not exported.
        news.change(3, news.topics[3], lastmod="2026-11-29T09:00:00+05:30")
        unchanged = run(tmp_path, "-a", sitemap)
        assert len(archive_items(tmp_path)) == 7
        assert unchanged.returncode == 0
        report = summary(tmp_path)
        assert report["outcomes"]["skipped"]["unchanged"] == 1
        # Scrapy counts the skip as a dropped item (a pipeline can only stop an
        # item with DropItem); README says so: its dropped items are our item-level
        # dropped and skipped outcomes together.
        assert report["stats"]["item_dropped_count"] == 1
        assert report["stats"]["newsspider/outcome/dropped"] == 0

        news.deleted.add(4)
        news.change(4, news.topics[4], lastmod="2026-11-29T10:00:00+05:30")
        run(tmp_path, "-a", sitemap)
        tombstones = archive_items(tmp_path)[7:]
        assert [(t["url"], t["removed"], t["version"]) for t in tombstones] == [(news.url(4), True, 2)]
        news.change(4, news.topics[4], lastmod="2026-11-29T11:00:00+05:30")
        run(tmp_path, "-a", sitemap)
        assert len(archive_items(tmp_path)) == 8  # the tombstone is exported once
    assert not list(tmp_path.rglob("*.part"))


def test_url_list_is_exported_every_run_unless_incremental(tmp_path: Path) -> None:
    with Site() as site:
        news = NewsSite(site, 3, etags=True)
        url_file = tmp_path / "urls.txt"
        url_file.write_text("".join(news.url(i) + "\n" for i in range(3)), "utf-8")
        urls = f"urls={url_file}"
        for _ in range(2):
            result = run(tmp_path, "-a", urls, spider="article")
            assert result.returncode == 0, result.log
        items = archive_items(tmp_path, "article")
        assert len(items) == 6 and {item["version"] for item in items} == {None}

        # Opted in: the list is checked with the stored validators (304) and
        # a URL that now answers 410 gets a tombstone.
        incremental = tmp_path / "incremental"
        run(incremental, "-a", urls, "-a", "incremental=true", spider="article")
        news.deleted.add(0)
        second = run(incremental, "-a", urls, "-a", "incremental=true", spider="article")
        assert second.returncode == 0, second.log
        assert news.conditional_hits == 2
        assert summary(incremental, "article")["outcomes"]["skipped"]["not_modified"] == 2
        items = archive_items(incremental, "article")
        assert [(i["url"], i.get("removed")) for i in items[3:]] == [(news.url(0), True)]


def test_output_option_writes_only_that_file(tmp_path: Path) -> None:
    with Site() as site:
        news = NewsSite(site, 2)
        result = crawl("news", tmp_path, "-a", f"sitemap={site.url('/sitemap.xml')}",
                       settings={"FEED_EXPORT_BATCH_ITEM_COUNT": 1})
    assert result.returncode == 0, result.log
    assert sorted(item["url"] for item in result.items) == sorted(news.url(i) for i in range(2))
    assert not list((tmp_path / "archive").rglob("*.jsonl"))


def test_output_file_is_always_this_runs_and_its_summary_goes_under_the_archive(tmp_path: Path) -> None:
    with Site() as site:
        news = NewsSite(site, 2)
        out = tmp_path / "out.jsonl"
        args = ("-a", f"sitemap={site.url('/sitemap.xml')}", "-O", f"{out}:jsonlines")
        first = run(tmp_path, *args)
        assert first.returncode == 0, first.log
        assert sorted(json.loads(line)["url"] for line in out.read_text("utf-8").splitlines()) == sorted(
            news.url(i) for i in range(2))
        second = run(tmp_path, *args)  # nothing new: the archive state has both
        elsewhere = run(tmp_path / "third", *args[:2], "-O", "out.jsonl", NEWSSPIDER_SUMMARY_DIR=tmp_path / "summaries")
    assert second.returncode == 0, second.log
    assert out.read_text("utf-8") == ""
    assert not list(tmp_path.glob("*.stats.json"))
    assert len(list((tmp_path / "archive" / "news").glob("*/*.stats.json"))) == 2
    assert not list((tmp_path / "archive").rglob("*.jsonl"))
    assert elsewhere.returncode == 0, elsewhere.log
    assert len(list((tmp_path / "summaries" / "news").glob("*/*.stats.json"))) == 1


def test_gzip_batches(tmp_path: Path) -> None:
    with Site() as site:
        NewsSite(site, 3)
        run(tmp_path, "-a", f"sitemap={site.url('/sitemap.xml')}", NEWSSPIDER_GZIP=True,
            FEED_EXPORT_BATCH_ITEM_COUNT=2)
    files = sorted((tmp_path / "archive" / "news").glob("*/*.jsonl.gz"))
    assert [f.name.rsplit("-", 1)[1] for f in files] == ["00001.jsonl.gz", "00002.jsonl.gz"]
    assert len(archive_items(tmp_path)) == 3


def test_failed_crawl_exits_non_zero(tmp_path: Path) -> None:
    with Site() as site:
        result = run(tmp_path, "-a", f"sitemap={site.url('/missing-sitemap.xml')}")
    assert result.returncode == 1
    assert "Crawl failed: no story found" in result.log
    assert summary(tmp_path)["status"] == "failed"


def test_crawl_closed_early_or_erroring_exits_non_zero(tmp_path: Path) -> None:
    with Site() as site:
        NewsSite(site, 4)
        early = run(tmp_path / "early", "-a", f"sitemap={site.url('/sitemap.xml')}", CLOSESPIDER_ITEMCOUNT=1)
        assert early.returncode == 1
        assert "closed with reason 'closespider_itemcount'" in early.log
        dead = "http://127.0.0.1:9/news/story-9.html"  # nothing listens on the discard port
        (tmp_path / "urls.txt").write_text(f"{site.url(NewsSite.path(0))}\n{dead}\n", "utf-8")
        erroring = run(tmp_path / "erroring", "-a", f"urls={tmp_path / 'urls.txt'}", spider="article",
                       RETRY_TIMES=0, NEWSSPIDER_MAX_ERROR_RATE=0.1)
        assert erroring.returncode == 1
        report = summary(tmp_path / "erroring", "article")
        assert report["outcomes"]["exported"] == 1
        assert any(" errors in " in failure and "NEWSSPIDER_MAX_ERROR_RATE" in failure for failure in report["failures"])


def test_recheck_finds_takedowns_and_changes_of_stories_gone_from_the_listing(tmp_path: Path) -> None:
    """``-a recheck``: stories the sitemap dropped are fetched again, conditionally,
    within the budget: a 410 gives a tombstone, a changed page a new version, an
    unchanged one a 304. Prints the extra requests per run (the measure of record)."""
    with Site() as site:
        news = NewsSite(site, 8, etags=True)
        sitemap = f"sitemap={site.url('/sitemap.xml')}"
        settings = {"NEWSSPIDER_RECHECK_MAX_AGE": "3650d"}
        first = run(tmp_path, "-a", sitemap, **settings)
        assert first.returncode == 0, first.log
        news.unlisted |= {2, 3, 4, 5, 6, 7}
        before = sum(site.hits.values())
        listed_only = run(tmp_path, "-a", sitemap, **settings)  # a normal run: remembers what is listed
        assert listed_only.returncode == 0, listed_only.log
        baseline = sum(site.hits.values()) - before  # robots.txt, the sitemap; listed pages unchanged
        news.deleted.add(2)
        news.change(3, "the revised harbour tariffs")
        extra = []
        for budget in (4, 4):
            requests_before = sum(site.hits.values())
            result = run(tmp_path, "-a", sitemap, "-a", "recheck=0m", NEWSSPIDER_RECHECK_BUDGET=budget, **settings)
            assert result.returncode == 0, result.log
            extra.append(sum(site.hits.values()) - requests_before - baseline)
            assert summary(tmp_path)["stats"]["newsspider/recheck/requested"] == budget
    print(f"\nrecheck: extra requests per run {extra} over {baseline} of a plain run (budget 4; 6 of 8 stories unlisted)")
    items = archive_items(tmp_path)
    later = items[8:]
    assert (news.url(2), True) in [(i["url"], i.get("removed")) for i in later]
    assert [(i["url"], i["version"]) for i in later if not i.get("removed")] == [(news.url(3), 2)]
    assert extra == [4, 4]
    # Two runs of four cover the six unlisted stories, those checked longest ago first.
    assert news.conditional_hits >= 4


# --- killed and resumed ----------------------------------------------------------

def start_crawl(workdir: Path, *args: str, settings: dict[str, Any], spider: str = "news") -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "scrapy", "crawl", spider, *args]
    merged = {"LOG_LEVEL": "INFO", "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, **settings}
    for name, value in merged.items():
        command += ["-s", f"{name}={value}"]
    workdir.mkdir(parents=True, exist_ok=True)
    log = (workdir / f"crawl-{time.monotonic_ns()}.log").open("w")  # read when a test fails
    return subprocess.Popen(command, cwd=workdir, env=crawl_env(), stdout=subprocess.DEVNULL, stderr=log, text=True)


def wait_for_lines(workdir: Path, spider: str, at_least: int, proc: subprocess.Popen[str],
                   timeout: float = 60) -> None:
    """Wait until the archive holds ``at_least`` completed lines; fail if the crawl ends first."""
    wait_until(lambda: len(archive_lines(workdir, spider)) >= at_least, timeout=timeout,
               what=f"{at_least} archived lines", abort_if=lambda: proc.poll() is not None and "the crawl ended")


@pytest.mark.parametrize("spider", ["news", "article"])
def test_sigkill_and_resume_leaves_each_story_once(tmp_path: Path, spider: str) -> None:
    """Killed at several points (before any batch is stored, then part-way, three
    times) and resumed with the same JOBDIR: every story once, no partial line.
    ``article`` exports everything every run, but a job is one run however often
    it is resumed."""
    n = 40
    settings = {"JOBDIR": "job", "FEED_EXPORT_BATCH_ITEM_COUNT": 3, "CONCURRENT_REQUESTS_PER_DOMAIN": 4}
    killed_with: list[tuple[int, int]] = []
    with Site() as site:
        news = NewsSite(site, n, delay=0.05)
        url_file = tmp_path / "urls.txt"
        url_file.write_text("".join(news.url(i) + "\n" for i in range(n)), "utf-8")
        args = ("-a", f"sitemap={site.url('/sitemap.xml')}") if spider == "news" else ("-a", f"urls={url_file}")
        for at_least in (0, 4, 13, 22):
            proc = start_crawl(tmp_path, *args, settings=settings, spider=spider)
            if at_least == 0:  # killed as it fetches its first pages
                wait_until(lambda: any(path.startswith("/news/") for path in site.hits), timeout=60,
                           what="the first article request", abort_if=lambda: proc.poll() is not None and "ended")
            else:
                wait_for_lines(tmp_path, spider, at_least, proc)
            assert proc.poll() is None, "the crawl ended before it could be killed"
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            killed_with.append((len(archive_lines(tmp_path, spider)), len(list(tmp_path.rglob("*.part")))))
            counts = Counter(item["url"] for item in archive_items(tmp_path, spider))
            assert all(n == 1 for n in counts.values())
        final = run(tmp_path, *args, spider=spider, **settings)
        assert final.returncode == 0, final.log
    items = archive_items(tmp_path, spider)
    counts = Counter(item["url"] for item in items)
    assert sorted(counts) == sorted(news.url(i) for i in range(n))
    assert set(counts.values()) == {1}
    assert not list(tmp_path.rglob("*.part"))
    # The last killed run's unfinished batch was removed, the rest fetched again.
    stats = summary(tmp_path, spider)["stats"]
    lines_before, parts_before = killed_with[-1]
    assert stats.get("newsspider/state/recovered_parts_removed", 0) == parts_before
    assert stats["item_scraped_count"] == n - lines_before


def test_two_crawls_at_once_export_each_story_once(tmp_path: Path) -> None:
    n = 30
    with Site() as site:
        news = NewsSite(site, n, delay=0.01)
        args = ("-a", f"sitemap={site.url('/sitemap.xml')}")
        settings = {"FEED_EXPORT_BATCH_ITEM_COUNT": 4, "CONCURRENT_REQUESTS_PER_DOMAIN": 4}
        procs = [start_crawl(tmp_path, *args, settings=settings) for _ in range(2)]
        for proc in procs:
            assert proc.wait(timeout=120) == 0
    counts = Counter(item["url"] for item in archive_items(tmp_path))
    assert sorted(counts) == sorted(news.url(i) for i in range(n))
    assert set(counts.values()) == {1}
    reports = [json.loads(p.read_text("utf-8")) for p in (tmp_path / "archive" / "news").glob("*/*.stats.json")]
    assert len(reports) == 2
    assert sum(r["outcomes"]["exported"] for r in reports) == n
    for report in reports:  # each run accounts for every story: exported, or left to the other
        skipped = report["outcomes"].get("skipped", {})
        assert report["outcomes"]["exported"] + sum(skipped.get(k, 0) for k in STORY_SKIPS) == n


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for proxy in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(proxy, raising=False)


def test_archive_dir_setting_moves_batches_and_summary(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    with Site() as site:
        NewsSite(site, 2)
        result = run(tmp_path / "work", "-a", f"sitemap={site.url('/sitemap.xml')}",
                     NEWSSPIDER_ARCHIVE_DIR=str(elsewhere))
    assert result.returncode == 0, result.log
    assert not (tmp_path / "work" / "archive").exists()
    day = next((elsewhere / "news").iterdir())
    assert len(list(day.glob("*.jsonl"))) == 1 and len(list(day.glob("*.stats.json"))) == 1
