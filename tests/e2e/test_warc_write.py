"""``-s NEWSSPIDER_WARC_DIR``: real crawls of a loopback site keep every fetch as WARC.

Every file passes ``warcio check`` and ``warcio index``; each item points at
its response record; a gzipped page is kept compressed, a chunked one
de-chunked without its header; a 304 is a revisit record pointing at the
first run's capture; files rotate at the size limit; a crawl killed with
SIGKILL leaves at most one ``.open`` file whose complete records read back;
two crawls writing into one folder at once keep every capture and index it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

warcio = pytest.importorskip("warcio")
from warcio.archiveiterator import ArchiveIterator  # noqa: E402

from tests.helpers.killing import kill_when  # noqa: E402
from tests.helpers.loopback import Site, crawl  # noqa: E402
from newsspider.warc.captures import CaptureIndex  # noqa: E402
from newsspider.warc.records import EarlierCapture  # noqa: E402
from tests.helpers.warcs import AlternatingDesks, QuaysideSite  # noqa: E402


def records(path: Path) -> list[Any]:
    """Every record of a WARC file, with its offset and content read."""
    found = []
    with path.open("rb") as stream:
        iterator = ArchiveIterator(stream)
        for record in iterator:
            content = record.content_stream().read()
            found.append((iterator.get_record_offset(), record, content))
    return found


def warcio_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "warcio.cli", *args], capture_output=True, text=True, check=False)


def run(workdir: Path, sitemap: str, **settings: Any) -> Any:
    merged = {"NEWSSPIDER_WARC_DIR": "warc", "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
              "NEWSSPIDER_CONTACT": "mailto:desk@example.org", **settings}
    return crawl("news", workdir, "-a", f"sitemap={sitemap}", settings=merged)


def test_crawl_writes_checked_warc_and_items_point_at_their_records(tmp_path: Path) -> None:
    with Site() as site:
        quay = QuaysideSite(site)
        result = run(tmp_path, site.url("/sitemap.xml"))
    assert result.returncode == 0, result.log
    files = sorted((tmp_path / "warc").glob("*.warc.gz"))
    assert len(files) == 1 and not list((tmp_path / "warc").glob("*.open"))
    assert files[0].name.startswith("news-") and files[0].name.endswith("-00000.warc.gz")
    assert warcio_cli("check", str(files[0])).returncode == 0
    index = [json.loads(line) for line in warcio_cli("index", str(files[0])).stdout.splitlines()]
    assert index[0]["warc-type"] == "warcinfo"

    found = records(files[0])
    info = found[0][2].decode()
    assert "operator: mailto:desk@example.org" in info and "robots: obey" in info and "newsspider/" in info
    by_offset = {offset: (record, content) for offset, record, content in found}
    responses = {r.rec_headers.get_header("WARC-Record-ID"): r for _, r, _ in found if r.rec_type == "response"}
    for _, record, _ in found:
        if record.rec_type == "request":
            assert record.rec_headers.get_header("WARC-Concurrent-To") in responses
    assert {r.rec_headers.get_header("WARC-Target-URI") for r in responses.values()} >= {
        site.url("/sitemap.xml"), *(quay.url(i) for i in range(4))}
    assert all(r.rec_headers.get_header("WARC-IP-Address") == "127.0.0.1" for r in responses.values())

    assert len(result.items) == 4
    for item in result.items:
        location = item["warc"]
        assert location["file"] == files[0].name
        record, content = by_offset[location["offset"]]
        assert record.rec_headers.get_header("WARC-Record-ID") == location["recordId"]
        assert record.rec_headers.get_header("WARC-Target-URI") == item["url"]
        assert item["headline"].encode() in content  # content_stream() undoes Content-Encoding
    raw = {r.rec_headers.get_header("WARC-Target-URI"): r for r in responses.values()}
    assert raw[quay.url(0)].http_headers.get_header("Content-Encoding") == "gzip"
    # Scrapy's client de-chunks and drops the header: the record stays self-consistent.
    assert raw[quay.url(1)].http_headers.get_header("Transfer-Encoding") is None
    assert result.stat("newsspider/warc/files") == 1


def test_files_rotate_and_a_304_is_a_revisit_record_pointing_at_the_earlier_capture(tmp_path: Path) -> None:
    with Site() as site:
        quay = QuaysideSite(site, n=2)
        first = run(tmp_path, site.url("/sitemap.xml"), NEWSSPIDER_WARC_MAX_SIZE=1)  # one capture a file
        first_files = sorted((tmp_path / "warc").glob("*.warc.gz"))
        quay.lastmod = "2026-11-28T10:00:00+05:30"  # listed again: fetched conditionally, answered 304
        second = run(tmp_path, site.url("/sitemap.xml"), NEWSSPIDER_EXPECT_ITEMS=False)
    assert first.returncode == 0 and second.returncode == 0, second.log
    assert len(first_files) >= 4  # robots.txt, sitemap, 2 stories
    assert [f.name.rsplit("-", 1)[1] for f in first_files] == [f"{i:05d}.warc.gz" for i in range(len(first_files))]
    assert {item["warc"]["file"] for item in first.items} <= {f.name for f in first_files}
    assert all(records(f)[0][1].rec_type == "warcinfo" for f in first_files)

    assert second.stat("newsspider/warc/revisit") == 2
    [second_file] = sorted(set((tmp_path / "warc").glob("*.warc.gz")) - set(first_files))
    captured = {r.rec_headers.get_header("WARC-Target-URI"): r.rec_headers.get_header("WARC-Record-ID")
                for f in first_files for _, r, _ in records(f) if r.rec_type == "response"}
    revisits = [r for _, r, _ in records(second_file) if r.rec_type == "revisit"]
    assert len(revisits) == 2
    for revisit in revisits:
        uri = revisit.rec_headers.get_header("WARC-Target-URI")
        assert revisit.rec_headers.get_header("WARC-Refers-To") == captured[uri]
        assert revisit.rec_headers.get_header("WARC-Profile").endswith("/revisit/server-not-modified")
        assert revisit.http_headers.get_statuscode() == "304"
    assert all(warcio_cli("check", str(f)).returncode == 0 for f in [*first_files, second_file])


def test_sigkill_leaves_one_open_file_whose_complete_records_read_and_the_next_crawl_closes_it(
        tmp_path: Path) -> None:
    folder = tmp_path / "warc"
    with Site() as site:
        quay = QuaysideSite(site, n=40, delay=0.05)
        sitemap = site.url("/sitemap.xml")
        command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"sitemap={sitemap}",
                   "-s", "NEWSSPIDER_WARC_DIR=warc", "-s", "NEWSSPIDER_WARC_MAX_SIZE=8000",
                   "-s", "FEED_EXPORT_BATCH_ITEM_COUNT=5", "-s", "DOWNLOAD_DELAY=0",
                   "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"]
        kill_when(command, tmp_path, lambda: list(folder.glob("*.warc.gz")), "a WARC file closed, the next open")
        assert sum(site.hits[quay.path(i)] for i in range(40)) < 40, "killed before the end"
        open_files = list(folder.glob("*.open"))
        assert len(open_files) <= 1
        for path in [*folder.glob("*.warc.gz"), *open_files]:
            complete = []
            with path.open("rb") as stream:
                try:
                    for record in ArchiveIterator(stream):
                        record.content_stream().read()
                        complete.append(record.rec_type)
                except Exception:  # noqa: BLE001 (the record cut by the kill)
                    assert path in open_files
            # (a file killed in the instant it was created holds nothing yet)
            assert complete[:1] == ["warcinfo"] or (path in open_files and path.stat().st_size == 0)
        assert all(warcio_cli("check", str(f)).returncode == 0 for f in folder.glob("*.warc.gz"))
        left_with_records = len([p for p in open_files if p.stat().st_size])

        resumed = run(tmp_path, sitemap, NEWSSPIDER_WARC_MAX_SIZE=8000)
    assert resumed.returncode == 0, resumed.log
    assert not list(folder.glob("*.open"))
    assert resumed.stat("newsspider/warc/recovered") == left_with_records
    assert all(warcio_cli("check", str(f)).returncode == 0 for f in folder.glob("*.warc.gz"))
    exported = [json.loads(line) for path in (tmp_path / "archive" / "news").glob("*/*.jsonl")
                for line in path.read_text("utf-8").splitlines()] + resumed.items
    assert sorted(item["url"] for item in exported) == sorted(quay.url(i) for i in range(40))
    assert all((folder / item["warc"]["file"]).is_file() for item in exported)


def test_two_crawls_writing_into_one_folder_at_once_keep_and_index_every_capture(tmp_path: Path) -> None:
    """Cron overlap, two scrapyd jobs: two crawls (one a desk) share one WARC folder and
    its capture index, their story pages answered in turn so that their captures
    interleave. Neither waits on the other's index lock nor loses a page or a record."""
    folder = tmp_path / "warc"
    n = 4
    with Site() as site:
        desks = AlternatingDesks(site, n)
        with ThreadPoolExecutor(2) as pool:
            runs = dict(zip(desks.DESKS, pool.map(
                lambda desk: run(tmp_path / desk, site.url(f"/{desk}/sitemap.xml"), NEWSSPIDER_WARC_DIR=str(folder)),
                desks.DESKS)))
    assert [(r.returncode, r.stat("newsspider/warc/index_error")) for r in runs.values()] == [(0, 0)] * 2, \
        "\n".join(r.log for r in runs.values())
    assert desks.out_of_turn == 0
    files = {f.name: {r.rec_headers.get_header("WARC-Record-ID"): r for _, r, _ in records(f)}
             for f in folder.glob("*.warc.gz")}
    assert len(files) == 2 and not list(folder.glob("*.open"))
    index = CaptureIndex(folder)
    for desk, result in runs.items():
        assert sorted(item["url"] for item in result.items) == sorted(desks.url(desk, i) for i in range(n))
        for item in result.items:
            record = files[item["warc"]["file"]][item["warc"]["recordId"]]
            assert record.rec_headers.get_header("WARC-Target-URI") == item["url"]
            assert index.earlier(item["url"]) == EarlierCapture(item["warc"]["recordId"], item["url"],
                                                                record.rec_headers.get_header("WARC-Date"))
    index.close()
