"""Several ``scrapy crawl`` workers on one Redis: real processes, a loopback
site of 3,000 articles, a throwaway ``redis-server`` on 127.0.0.1.

The union of the workers' batch files holds each article exactly once: with
three workers, with one of them killed (SIGKILL) halfway, and across a Redis
restart when Redis persists its data (a second round exports nothing).
"""

from __future__ import annotations

import json
import signal
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.synthetic_site import SyntheticSite, article_html
from tests.helpers import redisserver
from tests.helpers.loopback import Site
from tests.helpers.redisworkers import archived_lines, finish, start_worker, summary
from tests.helpers.waiting import wait_until

pytest.importorskip("scrapy_redis")

PAGES = 3000


@pytest.fixture(scope="module", autouse=True)
def state_store_setting() -> None:
    """The workers keep the archive state on Redis only if the crawl opens the
    store named by ``NEWSSPIDER_STATE_STORE`` (the add-on sets it), through
    ``newsspider.state.stores.open_store``."""
    import inspect

    from newsspider.state import crawler

    if "open_store(" not in inspect.getsource(crawler):
        pytest.fail("newsspider/state/crawler.py does not open its store with newsspider.state.stores.open_store: "
                    "the archive state would not be shared by the workers")


@pytest.fixture(scope="module")
def site() -> Iterator[SyntheticSite]:
    served = SyntheticSite(PAGES)
    yield served
    served.close()


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[redisserver.RedisServer]:
    if not redisserver.available():
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    with redisserver.RedisServer(tmp_path / "redis", appendonly=True) as server:
        yield server


def assert_each_once(lines: list[dict[str, Any]], site: SyntheticSite) -> None:
    urls = Counter(line["url"] for line in lines)
    twice = [url for url, n in urls.items() if n > 1]
    missing = set(site.urls()) - set(urls)
    assert not twice, f"{len(twice)} articles exported more than once, e.g. {twice[:3]}"
    assert not missing, f"{len(missing)} articles missing, e.g. {sorted(missing)[:3]}"
    assert len(lines) == site.pages


def run_workers(names: list[str], workdir: Path, server: redisserver.RedisServer, sitemap: str) -> list[int]:
    workers = [start_worker(name, workdir, server, sitemap) for name in names]
    return [finish(worker) for worker in workers]


def test_three_workers_export_each_article_once(tmp_path: Path, site: SyntheticSite,
                                                redis_server: redisserver.RedisServer) -> None:
    names = ["w1", "w2", "w3"]
    codes = run_workers(names, tmp_path, redis_server, f"{site.base}/sitemap.xml")
    logs = {name: (tmp_path / f"{name}.log").read_text() for name in names}
    assert codes == [0, 0, 0], logs
    assert not any("DeprecationWarning" in log for log in logs.values())
    lines = archived_lines(tmp_path)
    assert_each_once(lines, site)
    files = list((tmp_path / "archive").rglob("*.jsonl"))
    assert not list((tmp_path / "archive").rglob("*.part"))
    # Output stays per worker: every batch file is named after its worker, and
    # the work was shared.
    per_worker = Counter(name for path in files for name in names if f"-{name}-" in path.name)
    assert sum(per_worker.values()) == len(files)
    exported = {name: summary(tmp_path, name)["stats"].get("item_scraped_count", 0) for name in names}
    assert sum(exported.values()) == PAGES
    assert sum(1 for n in exported.values() if n) >= 2, exported
    # Redis holds the archive: 3,000 stories, no claim or request left over.
    client = redis_server.client()
    assert sum(1 for _ in client.scan_iter("newsspider:story:*")) == PAGES
    assert not list(client.scan_iter("newsspider:claims:*"))
    assert not client.zcard("newsspider:news:requests")
    assert not client.hlen("newsspider:workers")


def test_worker_killed_midway_loses_and_duplicates_nothing(tmp_path: Path, site: SyntheticSite,
                                                           redis_server: redisserver.RedisServer) -> None:
    sitemap = f"{site.base}/sitemap.xml"
    client = redis_server.client()
    workers = {name: start_worker(name, tmp_path, redis_server, sitemap) for name in ("w1", "w2", "w3")}
    wait_until(lambda: client.hlen("newsspider:alias") >= PAGES // 3, timeout=120,
               what="a third of the stories claimed (the crawl getting going)",
               abort_if=lambda: workers["w1"].poll() is not None and "w1 ended before it could be killed")
    workers["w1"].send_signal(signal.SIGKILL)
    workers["w1"].wait()
    codes = {name: finish(worker) for name, worker in workers.items() if name != "w1"}
    assert codes == {"w2": 0, "w3": 0}, {n: (tmp_path / f"{n}.log").read_text()[-3000:] for n in codes}
    lines = archived_lines(tmp_path)
    assert_each_once(lines, site)
    assert not list((tmp_path / "archive").rglob("*.part")), "the dead worker's partial file was not removed"
    stats = [summary(tmp_path, name)["stats"] for name in ("w2", "w3")]
    assert sum(s.get("newsspider/redis/workers_reaped", 0) for s in stats) == 1
    assert sum(s.get("newsspider/redis/requeued", 0) + s.get("newsspider/redis/forgotten", 0) for s in stats) > 0
    assert not client.hlen("newsspider:workers")


def test_state_survives_a_redis_restart(tmp_path: Path, redis_server: redisserver.RedisServer) -> None:
    site = SyntheticSite(300)
    try:
        sitemap = f"{site.base}/sitemap.xml"
        assert run_workers(["w1", "w2"], tmp_path / "first", redis_server, sitemap) == [0, 0]
        assert_each_once(archived_lines(tmp_path / "first"), site)
        redis_server.restart()
        assert sum(1 for _ in redis_server.client().scan_iter("newsspider:story:*")) == site.pages
        assert run_workers(["w1", "w2"], tmp_path / "second", redis_server, sitemap) == [0, 0]
    finally:
        site.close()
    assert archived_lines(tmp_path / "second") == []
    stats = [summary(tmp_path / "second", name)["stats"] for name in ("w1", "w2")]
    assert sum(s.get("newsspider/skipped/unchanged", 0) for s in stats) == site.pages


def test_start_urls_pushed_to_redis(tmp_path: Path, redis_server: redisserver.RedisServer) -> None:
    """Workers take sitemaps (and sites, feeds, articles) pushed to
    ``newsspider:<spider>:start_urls`` beside their own arguments."""
    with Site() as small:
        for n in range(100):
            small.page(f"/a/{n}.html", article_html(n))
        for name, numbers in (("first", range(60)), ("second", range(60, 100))):
            entries = "".join(f"<url><loc>{small.url(f'/a/{n}.html')}</loc></url>" for n in numbers)
            small.page(f"/{name}.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns='
                       f'"http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>', content_type="application/xml")
        client = redis_server.client()
        client.rpush("newsspider:news:start_urls", json.dumps({"url": small.url("/second.xml"), "kind": "sitemap"}),
                     small.url("/a/99.html"))
        codes = run_workers(["w1", "w2"], tmp_path, redis_server, small.url("/first.xml"))
    assert codes == [0, 0]
    urls = Counter(line["url"] for line in archived_lines(tmp_path))
    assert set(urls) == {small.url(f"/a/{n}.html") for n in range(100)}
    assert set(urls.values()) == {1}
    assert not client.llen("newsspider:news:start_urls")
    stats = [summary(tmp_path, name)["stats"] for name in ("w1", "w2")]
    assert sum(s.get("newsspider/redis/start_urls", 0) for s in stats) == 2
