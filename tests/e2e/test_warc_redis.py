"""``scrapy crawl warc`` workers on one Redis: WARC files are the units of work.

Three workers started with the same files read each file once and export each
story once; a worker killed (SIGKILL) in the middle of a file gives its files
back, and the union of every worker's batches still holds each story once.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("scrapy_redis")
pytest.importorskip("fastwarc")
pytest.importorskip("warcio")

from tests.helpers import redisserver  # noqa: E402
from tests.helpers.loopback import crawl_env  # noqa: E402
from tests.helpers.redisworkers import HEARTBEAT, archived_lines, finish, summary  # noqa: E402
from tests.helpers.waiting import wait_until  # noqa: E402
from tests.helpers.warcs import WarcBuilder, story_page  # noqa: E402

URL = "https://courier.example/{}/{}.html"


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[redisserver.RedisServer]:
    if not redisserver.available():
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    with redisserver.RedisServer(tmp_path / "redis") as server:
        yield server


def warc_files(folder: Path, files: int, stories: int) -> list[str]:
    folder.mkdir(parents=True)
    urls = []
    for f in range(files):
        builder = WarcBuilder(folder / f"cc-news-{f:02d}.warc.gz")
        builder.warcinfo()
        for s in range(stories):
            url = URL.format(f, s)
            builder.response(url, story_page(url, s, place=f"Ward {f}-{s}"))
            urls.append(url)
        builder.save()
    return urls


def start_worker(name: str, workdir: Path, server: redisserver.RedisServer, **settings: Any) -> subprocess.Popen[str]:
    (workdir / name).mkdir(parents=True, exist_ok=True)
    merged = {"NEWSSPIDER_REDIS_URL": server.url, "NEWSSPIDER_WORKER": name,
              "NEWSSPIDER_ARCHIVE_DIR": str(workdir / "archive"), "NEWSSPIDER_SUMMARY_FILE": str(workdir / f"{name}.summary.json"),
              "NEWSSPIDER_REDIS_HEARTBEAT": HEARTBEAT, "FEED_EXPORT_BATCH_ITEM_COUNT": 10,
              # a small round: a worker started last may find every file taken (README, Redis)
              "NEWSSPIDER_EXPECT_ITEMS": False, **settings}
    command = [sys.executable, "-m", "scrapy", "crawl", "warc", "-a", f"files={workdir / 'warcs'}"]
    for setting, value in merged.items():
        command += ["-s", f"{setting}={value}"]
    log = (workdir / f"{name}.log").open("w")
    return subprocess.Popen(command, cwd=workdir / name, env=crawl_env(), stdout=log, stderr=log, text=True)


def assert_each_once(lines: list[dict[str, Any]], urls: list[str]) -> None:
    counts = Counter(line["url"] for line in lines)
    assert not [u for u, n in counts.items() if n > 1], "stories exported twice"
    assert set(counts) == set(urls), f"{len(set(urls) - set(counts))} stories missing"


def test_three_workers_read_each_file_once(tmp_path: Path, redis_server: redisserver.RedisServer) -> None:
    urls = warc_files(tmp_path / "warcs", files=6, stories=15)
    names = ["w1", "w2", "w3"]
    workers = [start_worker(name, tmp_path, redis_server) for name in names]
    codes = [finish(worker) for worker in workers]
    assert codes == [0, 0, 0], {n: (tmp_path / f"{n}.log").read_text()[-3000:] for n in names}
    assert_each_once(archived_lines(tmp_path), urls)
    stats = [summary(tmp_path, name)["stats"] for name in names]
    assert sum(s.get("newsspider/warc/files_read", 0) for s in stats) == 6
    client = redis_server.client()
    assert not client.llen("newsspider:warc:files") and not client.scard("newsspider:warc:holders")


def test_a_worker_killed_mid_file_gives_its_files_back(tmp_path: Path, redis_server: redisserver.RedisServer) -> None:
    urls = warc_files(tmp_path / "warcs", files=4, stories=60)
    client = redis_server.client()
    first = start_worker("w1", tmp_path, redis_server)
    wait_until(lambda: client.llen("newsspider:warc:taken:w1") and list((tmp_path / "archive").rglob("*-w1-*.jsonl")),
               timeout=120, what="w1 holding a file and having stored a batch",
               abort_if=lambda: "w1 ended" if first.poll() is not None else None)
    others = [start_worker(name, tmp_path, redis_server) for name in ("w2", "w3")]
    first.kill()
    first.wait()
    codes = [finish(worker) for worker in others]
    assert codes == [0, 0], {n: (tmp_path / f"{n}.log").read_text()[-3000:] for n in ("w2", "w3")}
    assert_each_once(archived_lines(tmp_path), urls)
    logs = (tmp_path / "w2.log").read_text() + (tmp_path / "w3.log").read_text()
    assert "WARC files of dead worker w1 queued again" in logs
