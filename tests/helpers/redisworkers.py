"""Worker processes of a scaled-out crawl, for the Redis end-to-end tests and
``benchmarks/bench_redis_workers.py``: start one, wait for it, read what the
workers archived."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.helpers import redisserver
from tests.helpers.loopback import crawl_env

#: Seconds without a heartbeat before a worker is taken for dead (short, for tests).
HEARTBEAT = 2


def start_worker(name: str, workdir: Path, server: redisserver.RedisServer, sitemap: str,
                 heartbeat: float = HEARTBEAT, **settings: Any) -> subprocess.Popen[str]:
    """One worker: ``scrapy crawl news -a sitemap=...`` on the shared Redis and
    the shared archive folder ``workdir/archive``."""
    (workdir / name).mkdir(parents=True, exist_ok=True)
    merged = {
        "NEWSSPIDER_REDIS_URL": server.url, "NEWSSPIDER_WORKER": name,
        "NEWSSPIDER_ARCHIVE_DIR": str(workdir / "archive"), "NEWSSPIDER_STATE_DIR": str(workdir / name / "state"),
        "NEWSSPIDER_SUMMARY_FILE": str(workdir / f"{name}.summary.json"), "NEWSSPIDER_REDIS_HEARTBEAT": heartbeat,
        "NEWSSPIDER_ALLOW_INTERNAL_ADDRESSES": True, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "FEED_EXPORT_BATCH_ITEM_COUNT": 250, "LOG_LEVEL": "INFO",
        **settings,
    }
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"sitemap={sitemap}"]
    for setting, value in merged.items():
        command += ["-s", f"{setting}={value}"]
    log = (workdir / f"{name}.log").open("w")
    return subprocess.Popen(command, cwd=workdir / name, env=crawl_env(), stdout=log, stderr=log, text=True)


def finish(process: subprocess.Popen[str], timeout: float = 300) -> int:
    try:
        return process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise


def archived_lines(workdir: Path) -> list[dict[str, Any]]:
    """Every line of every complete batch file of every worker."""
    return [json.loads(line) for path in sorted((workdir / "archive").rglob("*.jsonl"))
            for line in path.read_text("utf-8").splitlines() if line.strip()]


def summary(workdir: Path, name: str) -> dict[str, Any]:
    return json.loads((workdir / f"{name}.summary.json").read_text("utf-8"))
