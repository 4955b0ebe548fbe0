"""The capture index (``captures.sqlite``) shared by the crawls writing WARC into one
folder (cron overlap, two scrapyd jobs, Redis workers on one disk): it is opened one
crawl at a time (``newsspider.openlock``), no crawl holds its write lock between two
captures, a killed crawl forgets none, and a failed write is one counted line."""

from __future__ import annotations

import logging
import signal
import sqlite3
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from scrapy import Request, Spider
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from newsspider import openlock
from newsspider.warc import captures
from newsspider.warc.captures import FILE_NAME, CaptureIndex
from newsspider.warc.records import EarlierCapture
from tests.helpers.loopback import crawl_env

ROUNDS = 5
DESKS = ("east", "west")


def capture(url: str, n: int) -> EarlierCapture:
    return EarlierCapture(f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>", url, f"2026-11-20T08:{n:02d}:00.000000Z")


def test_opening_switches_to_wal_and_makes_the_table_under_the_lock_beside_the_file(tmp_path: Path,
                                                                                    monkeypatch) -> None:
    held: list[tuple[str, str, int]] = []

    @contextmanager
    def recording(lock_path):
        yield
        check = sqlite3.connect(tmp_path / FILE_NAME)
        held.append((str(lock_path), check.execute("PRAGMA journal_mode").fetchone()[0],
                     check.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'captures'").fetchone()[0]))

    monkeypatch.setattr(openlock, "opening", recording)
    CaptureIndex(tmp_path).close()
    assert held == [(str(tmp_path / f"{FILE_NAME}.opening.lock"), "wal", 1)]


def test_no_write_lock_is_held_between_captures(tmp_path: Path) -> None:
    """Another crawl's writer gets the lock at once (busy timeout 0) while this one is open."""
    index = CaptureIndex(tmp_path)
    index.remember("https://east.example/a.html", capture("https://east.example/a.html", 1))
    other = sqlite3.connect(tmp_path / FILE_NAME, timeout=0, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    index.close()


def test_two_crawls_capturing_in_turn_see_each_other_and_never_wait(tmp_path: Path, monkeypatch) -> None:
    """Two crawls on one folder take turns (events, one capture a turn): each looks up its
    own last capture and the other's (a 304's lookup), then remembers a page. With no busy
    timeout, any wait on the other crawl's lock would be an error."""
    monkeypatch.setattr(captures, "BUSY_TIMEOUT", 0.0)
    turns = [threading.Event() for _ in range(2 * ROUNDS + 1)]  # turn k is crawl k % 2's
    turns[0].set()
    seen: dict[str, list[bool]] = {desk: [] for desk in DESKS}
    errors: list[BaseException] = []

    def url(desk: str, k: int) -> str:
        return f"https://{desk}.example/story-{k}.html"

    def crawl(desk: str, first: int) -> None:
        other = DESKS[1 - first]
        index = CaptureIndex(tmp_path)
        try:
            for turn in range(first, 2 * ROUNDS, 2):
                assert turns[turn].wait(timeout=60), f"turn {turn} never came"
                if turn >= 1:
                    seen[desk].append(index.earlier(url(other, turn - 1)) == capture(url(other, turn - 1), turn - 1))
                if turn >= 2:
                    seen[desk].append(index.earlier(url(desk, turn - 2)) == capture(url(desk, turn - 2), turn - 2))
                index.remember(url(desk, turn), capture(url(desk, turn), turn))
                turns[turn + 1].set()
        except BaseException as exc:  # noqa: BLE001 (reported below; the other crawl must not hang)
            errors.append(exc)
            for event in turns:
                event.set()
        finally:
            index.close()

    threads = [threading.Thread(target=crawl, args=(desk, first)) for first, desk in enumerate(DESKS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert seen == {"east": [True] * (2 * ROUNDS - 2), "west": [True] * (2 * ROUNDS - 1)}
    reopened = CaptureIndex(tmp_path)
    assert all(reopened.earlier(url(DESKS[k % 2], k)) == capture(url(DESKS[k % 2], k), k) for k in range(2 * ROUNDS))
    reopened.close()


KILLED = """
import sys
from newsspider.warc.captures import CaptureIndex
from newsspider.warc.records import EarlierCapture
index = CaptureIndex(sys.argv[1])
for n in range(int(sys.argv[2])):
    url = f"https://east.example/story-{n}.html"
    index.remember(url, EarlierCapture(f"<urn:uuid:{n}>", url, "2026-11-20T08:00:00.000000Z"))
print("remembered", flush=True)
sys.stdin.readline()
"""


def test_a_killed_crawl_forgets_no_capture(tmp_path: Path) -> None:
    """SIGKILL after 7 captures, each committed as it was made: all 7 are known."""
    proc = subprocess.Popen([sys.executable, "-c", KILLED, str(tmp_path), "7"], env=crawl_env(),
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline() == "remembered\n"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    index = CaptureIndex(tmp_path)
    assert [index.earlier(f"https://east.example/story-{n}.html") is not None for n in range(7)] == [True] * 7
    index.close()


@pytest.fixture
def middleware(tmp_path: Path, monkeypatch):
    pytest.importorskip("warcio")
    from newsspider.middlewares.warc import WarcCaptureMiddleware

    monkeypatch.setattr(captures, "BUSY_TIMEOUT", 0.0)
    crawler = get_crawler(Spider, {"NEWSSPIDER_WARC_DIR": str(tmp_path), "NEWSSPIDER_WARC_MAX_SIZE": 1024**2})
    crawler.spider = Spider.from_crawler(crawler, "news")
    middleware = WarcCaptureMiddleware.from_crawler(crawler)
    yield middleware
    middleware.spider_closed()


def fetched(url: str) -> tuple[Request, HtmlResponse]:
    request = Request(url)
    return request, HtmlResponse(url, body=b"<html><body><p>Port news</p></body></html>", request=request)


def test_a_capture_the_index_cannot_take_is_one_counted_line_and_the_page_goes_on(
        tmp_path: Path, middleware, caplog) -> None:
    """A writer that holds the index's lock too long (an older crawl) makes the write fail:
    the record is written, the page goes on with its location, one ERROR line, one count."""
    holder = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    request, response = fetched("http://127.0.0.1/port/story-1.html")
    with caplog.at_level(logging.ERROR):
        assert middleware.process_response(request, response) is response
    holder.execute("ROLLBACK")
    assert request.meta["warc"]["recordId"].startswith("<urn:uuid:")
    assert [r.getMessage() for r in caplog.records] == [
        "Could not index the WARC capture of http://127.0.0.1/port/story-1.html (a revisit record will "
        "not point at it): database is locked"]
    assert caplog.records[0].exc_info is None
    request, response = fetched("http://127.0.0.1/port/story-2.html")
    middleware.process_response(request, response)
    stats = middleware.stats.get_stats()
    assert (stats["newsspider/warc/index_error"], stats["newsspider/warc/response"]) == (1, 2)
    assert middleware.index.earlier("http://127.0.0.1/port/story-2.html").record_id == request.meta["warc"]["recordId"]
