#!/usr/bin/env python3
"""Throughput of 1, 2 and 3 workers sharing one Redis, against a loopback site.

Usage, from the project's root (needs ``redis-server`` and ``newsspider[redis]``)::

    .venv/bin/python benchmarks/bench_redis_workers.py [--pages 3000] [--workers 1,2,3]

For each worker count: a fresh ``redis-server`` on 127.0.0.1, the synthetic
site (``benchmarks/synthetic_site.py``), N ``scrapy crawl news -a
sitemap=...`` processes started together. A row without Redis (one process,
embedded SQLite state) is the baseline. Prints, per row: pages/s while
crawling (site-side: first to last article served), wall time (process
start to the last exit, with Python start-up and the idle check before
closing), CPU seconds of the crawler processes, of the site (this process)
and of redis-server, and the pages each worker exported; then checks that
every article was exported exactly once.

Not a test: the figures depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Self

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic_site import SyntheticSite
from tests.helpers import redisserver
from tests.helpers.redisworkers import archived_lines, start_worker


class Clock:
    """Samples the site's hit count: when the first and the last page were served."""

    def __init__(self, site: SyntheticSite) -> None:
        self.site = site
        self.first: float | None = None
        self.last: float | None = None
        self.seen = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        while not self.stop.wait(0.05):
            hits = self.site.hits
            if hits != self.seen:
                now = time.monotonic()
                self.first = self.first or now
                self.last = now
                self.seen = hits

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def own_cpu() -> float:
    """CPU seconds of this process: the site's server threads."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def process_cpu(pid: int) -> float:
    """CPU seconds of a running process (redis-server), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_row(label: str, workers: int, pages: int, redis: bool) -> dict[str, object]:
    site = SyntheticSite(pages)
    sitemap = f"{site.base}/sitemap.xml"
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        server = redisserver.RedisServer(workdir / "redis").start() if redis else None
        try:
            cpu_before, site_before, started = children_cpu(), own_cpu(), time.monotonic()
            with Clock(site) as clock:
                names = [f"w{i + 1}" for i in range(workers)]
                extra = {"LOG_LEVEL": "WARNING"}
                if server is None:
                    extra["NEWSSPIDER_REDIS_URL"] = ""
                processes = [start_worker(name, workdir, server or _NoRedis(), sitemap, **extra) for name in names]
                codes = [process.wait(timeout=1800) for process in processes]
            wall = time.monotonic() - started
            cpu, site_cpu = children_cpu() - cpu_before, own_cpu() - site_before
            redis_cpu = process_cpu(server.process.pid) if server is not None and server.process else 0.0
            lines = archived_lines(workdir)
            per_worker = [json.loads((workdir / f"{name}.summary.json").read_text())["stats"]
                          .get("item_scraped_count", 0) for name in names]
        finally:
            if server is not None:
                server.stop()
            site.close()
    urls = Counter(line["url"] for line in lines)
    crawl = (clock.last or 0) - (clock.first or 0)
    return {"label": label, "workers": workers, "codes": codes, "crawl_s": crawl, "wall_s": wall, "cpu_s": cpu,
            "site_cpu_s": site_cpu, "redis_cpu_s": redis_cpu,
            "pages_per_s": pages / crawl if crawl else 0.0, "per_worker": per_worker,
            "exactly_once": len(urls) == pages and set(urls.values()) == {1}}


class _NoRedis:
    """Stands for the server in ``start_worker`` when the row runs without Redis."""

    url = ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=3000)
    parser.add_argument("--workers", default="1,2,3")
    parser.add_argument("--no-baseline", action="store_true", help="skip the row without Redis")
    args = parser.parse_args()
    if not redisserver.available():
        print("redis-server is not installed (apt-get install redis-server)")
        return 2
    rows = [] if args.no_baseline else [one_row("no Redis", 1, args.pages, redis=False)]
    rows += [one_row("Redis", int(n), args.pages, redis=True) for n in args.workers.split(",")]
    print(f"{args.pages} pages, {os.cpu_count()} CPUs")
    print(f"{'':>9} {'workers':>7} {'pages/s':>8} {'crawl s':>8} {'wall s':>7} {'CPU s':>6} {'site':>5} "
          f"{'redis':>5}  per worker / once")
    for row in rows:
        print(f"{row['label']:>9} {row['workers']:>7} {row['pages_per_s']:8.1f} {row['crawl_s']:8.1f} "
              f"{row['wall_s']:7.1f} {row['cpu_s']:6.1f} {row['site_cpu_s']:5.1f} {row['redis_cpu_s']:5.1f}  "
              f"{row['per_worker']} "
              f"{'exactly once' if row['exactly_once'] else 'NOT EXACTLY ONCE'} exit {row['codes']}")
    return 0 if all(row["exactly_once"] and not any(row["codes"]) for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
