"""``scrapy crawl warc``: real crawls over WARC files built with warcio, and over our own.

Stories come out of the same extraction and pipelines as a live crawl, with
the record's URI, date and location; damaged files and records, and records
outside the filters, are counted and skipped without stopping the run; a
crawl with WARC writing on, read back, gives the same stories with the same
``contentHash``; reading again
exports only changed stories; a read killed with SIGKILL and started again
exports each story exactly once.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastwarc")
pytest.importorskip("warcio")

from tests.helpers.killing import kill_when  # noqa: E402
from tests.helpers.loopback import CrawlResult, Site, crawl  # noqa: E402
from tests.helpers.warcs import QuaysideSite, WarcBuilder, members, story_page  # noqa: E402

URL = "https://courier.example/city/{}.html"


def read(workdir: Path, files: str, *args: str, **settings: Any) -> CrawlResult:
    return crawl("warc", workdir, "-a", f"files={files}", *args, settings={"NEWSSPIDER_STATE_DIR": "state", **settings})


def archive_items(workdir: Path) -> list[dict[str, Any]]:
    lines: list[str] = []
    for path in sorted((workdir / "archive" / "warc").glob("*/*.jsonl")):
        data = path.read_bytes()
        assert data.endswith(b"\n"), f"partial last line in {path}"
        lines += data.decode("utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_stories_of_mixed_and_damaged_files_with_counted_skips(tmp_path: Path) -> None:
    mixed = WarcBuilder(tmp_path / "warcs" / "mixed.warc.gz")
    (tmp_path / "warcs").mkdir()
    mixed.warcinfo()
    first = mixed.response(URL.format(0), story_page(URL.format(0), 0), date="2026-10-05T08:00:00Z")
    mixed.metadata(URL.format(0))
    mixed.revisit(URL.format(0), first)
    mixed.response("https://courier.example/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png")
    mixed.response(URL.format(9), b"<html>gone</html>", status="404 Not Found")
    mixed.response(URL.format(1), story_page(URL.format(1), 1, place="Hajipur"), gzip_body=True,
                   date="2026-10-06T09:30:15Z")
    mixed.response("https://elsewhere.example/a.html", story_page("https://elsewhere.example/a.html", 5))
    mixed.response(URL.format(8), story_page(URL.format(8), 8), date="2026-09-01T00:00:00Z")  # before since
    mixed.save()
    damaged = WarcBuilder(tmp_path / "warcs" / "damaged.warc.gz")
    damaged.warcinfo()
    for i in range(2, 5):
        damaged.response(URL.format(i), story_page(URL.format(i), i, place=f"Buxar {i}"))
    data = damaged.data()
    parts = members(data)
    junk = data[:parts[3][0]] + b"\x1f\x8b\x08 junk " * 3 + data[parts[3][0]:parts[-2][0] + 300]  # junk; last cut
    damaged.save(junk)
    plain = WarcBuilder(tmp_path / "plain.warc")
    plain.response(URL.format(5), story_page(URL.format(5), 5, place="Arrah"))
    plain.save()
    (tmp_path / "list.txt").write_text("# our test files\nwarcs/*.warc.gz\nplain.warc\nmissing.warc.gz\n")

    result = read(tmp_path, "list.txt", "-a", "domains=courier.example", "-a", "since=2026-10-01",
                  NEWSSPIDER_MAX_ERROR_RATE=10)
    assert result.returncode == 0, result.log
    by_url = {item["url"]: item for item in result.items}
    assert sorted(by_url) == sorted([URL.format(0), URL.format(1), URL.format(2), URL.format(3), URL.format(5)])
    assert by_url[URL.format(1)]["dateDownloaded"] == "2026-10-06T09:30:15+00:00"
    assert by_url[URL.format(1)]["headline"] == "Embankment at Hajipur to be raised, plan 1"
    assert by_url[URL.format(1)]["warc"]["file"] == "mixed.warc.gz"
    assert by_url[URL.format(0)]["warc"] == {"file": "mixed.warc.gz", "offset": mixed.offsets[1], "recordId": first}
    assert all(item["spider"] == "warc" and item["version"] == 1 for item in result.items)
    for reason, n in [("warc_not_html", 1), ("warc_non_200", 1), ("warc_offsite", 1), ("warc_malformed", 1),
                      ("warc_truncated", 1), ("warc_older_than_since", 1)]:
        assert result.stat(f"newsspider/skipped/{reason}") == n, reason
    assert result.stat("newsspider/failed/warc_file") == 1  # missing.warc.gz: an ERROR line, the run goes on
    assert result.stat("newsspider/warc/files_read") == 3
    assert result.stat("newsspider/warc/records/revisit") == 1
    assert result.stat("newsspider/warc/records/metadata") == 1
    assert "Damaged WARC data in damaged.warc.gz" in result.log
    assert "Read mixed.warc.gz:" in result.log and "records (" in result.log


def test_round_trip_and_re_extraction_of_our_own_warc(tmp_path: Path) -> None:
    with Site() as site:
        quay = QuaysideSite(site, n=6)
        live = crawl("news", tmp_path / "live", "-a", f"sitemap={site.url('/sitemap.xml')}",
                     settings={"NEWSSPIDER_WARC_DIR": str(tmp_path / "warc"), "CONCURRENT_REQUESTS_PER_DOMAIN": 4})
    assert live.returncode == 0, live.log
    replay = read(tmp_path / "replay", str(tmp_path / "warc"))
    assert replay.returncode == 0, replay.log
    assert sorted((i["url"], i["contentHash"]) for i in replay.items) == sorted(
        (i["url"], i["contentHash"]) for i in live.items)
    assert len(replay.items) == 6
    assert all(i["warc"] == j["warc"] for i in replay.items for j in live.items if i["url"] == j["url"])

    again = read(tmp_path / "replay", str(tmp_path / "warc"), NEWSSPIDER_EXPECT_ITEMS=True)
    assert again.returncode == 0 and again.items == []
    assert again.stat("newsspider/skipped/unchanged") == 6

    # A later capture where one story's text changed: only that story gets a new version.
    later = WarcBuilder(tmp_path / "warc" / "later.warc.gz")
    for i in range(6):
        body = quay.html(i).replace(b"next month", b"next week") if i == 2 else quay.html(i)
        later.response(quay.url(i), body, date="2026-12-01T00:00:00Z")
    later.save()
    third = read(tmp_path / "replay", str(tmp_path / "warc" / "later.warc.gz"))
    assert [(i["url"], i["version"]) for i in third.items] == [(quay.url(2), 2)]
    assert third.items[0]["previousContentHash"] in {i["contentHash"] for i in live.items}


def test_a_read_killed_and_started_again_exports_each_story_once(tmp_path: Path) -> None:
    builder = WarcBuilder(tmp_path / "many.warc.gz")
    builder.warcinfo()
    n = 150
    for i in range(n):
        builder.response(URL.format(i), story_page(URL.format(i), i, place=f"Ward {i}"))
    builder.save()
    command = [sys.executable, "-m", "scrapy", "crawl", "warc", "-a", "files=many.warc.gz",
               "-s", "NEWSSPIDER_STATE_DIR=state", "-s", "FEED_EXPORT_BATCH_ITEM_COUNT=10"]
    kill_when(command, tmp_path, lambda: list((tmp_path / "archive" / "warc").glob("*/*.jsonl")), "a batch stored")
    killed = len(archive_items(tmp_path))
    assert 0 < killed < n
    resumed = crawl("warc", tmp_path, "-a", "files=many.warc.gz", output=None,
                    settings={"NEWSSPIDER_STATE_DIR": "state", "NEWSSPIDER_SUMMARY_FILE": ""})
    assert resumed.returncode == 0, resumed.log
    urls = [item["url"] for item in archive_items(tmp_path)]
    assert sorted(urls) == sorted(URL.format(i) for i in range(n))  # each story exactly once
