"""``scrapy archive latest|load`` as real subprocesses, on an archive made by real
crawls of a loopback site (a new story, an update, a tombstone), and README's
DuckDB one-liner on the same files."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.loopback import Site, crawl, crawl_env
from tests.helpers.newssite import NewsSite, archive_items
from tests.helpers.schema_check import assert_valid_lines

ROOT = Path(__file__).resolve().parents[2]


def run(workdir: Path, *args: str, **settings: object):
    return crawl("news", workdir, *args, output=None,
                 settings={"NEWSSPIDER_SUMMARY_FILE": "", "CONCURRENT_REQUESTS_PER_DOMAIN": 4, **settings})


def archive(workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "scrapy", "archive", *args]
    proc = subprocess.run(command, cwd=workdir, env=crawl_env(), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


@pytest.fixture(scope="module")
def crawled(tmp_path_factory) -> Path:
    """Two runs of ``news``: 5 stories in batches of 2, then story 2 changed and story 4 gone."""
    workdir = tmp_path_factory.mktemp("archive")
    with Site() as site:
        news = NewsSite(site, 5)
        sitemap = f"sitemap={site.url('/sitemap.xml')}"
        first = run(workdir, "-a", sitemap, FEED_EXPORT_BATCH_ITEM_COUNT=2)
        assert first.returncode == 0, first.log
        news.change(2, "a strike at the container terminal")
        news.deleted.add(4)
        news.change(4, news.topics[4], lastmod="2026-11-29T10:00:00+05:30")
        second = run(workdir, "-a", sitemap, FEED_EXPORT_BATCH_ITEM_COUNT=2)
        assert second.returncode == 0, second.log
    items = archive_items(workdir)
    assert len(items) == 7
    return workdir


def story(item: dict) -> tuple[str, int, bool]:
    return item["canonicalUrl"].rsplit("/", 1)[-1], item["version"], bool(item["removed"])


def test_latest_one_line_per_story(crawled: Path) -> None:
    proc = archive(crawled, "latest", "-o", "stories.jsonl")
    lines = (crawled / "stories.jsonl").read_text("utf-8").splitlines()
    assert_valid_lines(lines)
    assert sorted(story(json.loads(line)) for line in lines) == [
        ("story-0.html", 1, False), ("story-1.html", 1, False), ("story-2.html", 2, False),
        ("story-3.html", 1, False)]
    assert re.search(r"Indexed: \d+ batches, 7 lines in [\d.]+ s \([\d.]+ batches/s, \d+ lines/s\)", proc.stderr)
    assert not list(crawled.glob("*.part"))

    archive(crawled, "latest", "-o", "all.jsonl", "--with-removed")
    kept = [json.loads(line) for line in (crawled / "all.jsonl").read_text("utf-8").splitlines()]
    assert ("story-4.html", 2, True) in [story(item) for item in kept] and len(kept) == 5


def test_load_twice_loads_nothing_twice(crawled: Path) -> None:
    database = crawled / "archive.sqlite"
    database.unlink(missing_ok=True)
    first = archive(crawled, "load", "--sqlite", str(database))
    assert "Loaded 7 lines from" in first.stderr
    second = archive(crawled, "load", "--sqlite", str(database))
    assert "Loaded 0 lines from 0 new batches" in second.stderr
    db = sqlite3.connect(database)
    try:
        assert db.execute("SELECT count(*) FROM versions").fetchone() == (7,)
        assert db.execute("SELECT count(*) FROM stories").fetchone() == (5,)
        assert db.execute("SELECT count(*) FROM live_stories").fetchone() == (4,)
        row = db.execute("SELECT version, \"previousContentHash\" IS NOT NULL FROM stories "
                         "WHERE \"canonicalUrl\" LIKE '%story-2.html'").fetchone()
        assert row == (2, 1)
    finally:
        db.close()


def test_readme_duckdb_one_liner(crawled: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    readme = (ROOT / "README.md").read_text("utf-8")
    block = readme.split("<!-- duckdb-latest", 1)[1].split("\n", 2)[1]
    sql = re.fullmatch(r'\s*duckdb archive\.duckdb -c "(?P<sql>.+)"', block).group("sql")
    db = duckdb.connect(str(crawled / "archive.duckdb"))
    try:
        db.execute(f"SET file_search_path = '{crawled}'")
        db.execute(sql)
        rows = db.execute('SELECT "canonicalUrl", version, removed FROM stories').fetchall()
        live = db.execute("SELECT count(*) FROM stories WHERE removed IS NOT TRUE").fetchone()
    finally:
        db.close()
    got = sorted((url.rsplit("/", 1)[-1], version, bool(removed)) for url, version, removed in rows)
    assert got == [("story-0.html", 1, False), ("story-1.html", 1, False), ("story-2.html", 2, False),
                   ("story-3.html", 1, False), ("story-4.html", 2, True)]
    assert live == (4,)
