"""A synthetic archive of runs, for the report's tests and its benchmark.

Writes, per site and run, what a crawl writes: the run summary
``<run>.stats.json`` (with the ``stories`` block, or without it as written
before that block existed: ``legacy``) and the batch of the stories it
exported, under ``<root>/<site>/<day>/``. Deterministic for a given seed.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from newsspider.report.tally import StoryTally

BODY = ("The central bank kept its policy rate unchanged on Thursday, citing sticky inflation and an uneven "
        "recovery in rural demand. ") * 12


@dataclass(slots=True)
class ArchiveShape:
    sites: int = 3
    runs: int = 30
    days: int = 3
    stories_per_run: int = 4
    failed_every: int = 10
    legacy_share: float = 0.0
    seed: int = 1
    start: datetime = datetime(2026, 1, 1, tzinfo=timezone.utc)


@dataclass(slots=True)
class ArchiveWritten:
    summaries: int = 0
    legacy_summaries: int = 0
    failed: int = 0
    lines: int = 0
    bytes: int = 0


def story_line(rng: random.Random, site: str, run_time: datetime, n: int) -> dict[str, Any]:
    published = run_time - timedelta(minutes=rng.choice([5, 12, 25, 40, 90, 300, 1500]))
    roll = rng.random()
    removed = roll < 0.02
    version = 1 if roll < 0.8 else 2
    line: dict[str, Any] = {
        "url": f"https://{site}.example/{run_time:%Y/%m/%d}/story-{n}.html",
        "headline": f"Story {n}",
        "articleBody": None if removed else BODY[: rng.randint(300, len(BODY))],
        "authors": [{"name": "Ananya Rao"}] if rng.random() < 0.6 else [],
        "agency": "PTI" if rng.random() < 0.4 else None,
        "datePublished": None if removed else (published.isoformat() if rng.random() < 0.9
                                                else published.date().isoformat()),
        "dateDownloaded": run_time.isoformat(timespec="seconds"),
        "spider": site,
        "version": version,
        "removed": True if removed else None,
    }
    return line


def summary(site: str, run_time: datetime, failed: bool, tally: StoryTally, legacy: bool) -> dict[str, Any]:
    exported = tally.counts["exported"]
    stats = {f"newsspider/monitor/coverage/{f}": 0.9 for f in ("url", "headline", "articleBody", "authors")}
    stats.update({"downloader/request_count": exported + 3, "item_scraped_count": exported,
                  "log_count/INFO": 12, "newsspider/skipped/unchanged": 20, "newsspider/failed/http_404": int(failed),
                  "start_time": run_time.isoformat(), "finish_reason": "finished"})
    block: dict[str, Any] = {
        "spider": site,
        "status": "failed" if failed else "ok",
        "failures": ["no story found (nothing exported, nothing skipped as already archived)"] if failed else [],
        "finish_reason": "finished",
        "started": run_time.isoformat(),
        "finished": (run_time + timedelta(seconds=40)).isoformat(),
        "duration_seconds": 40.0,
        "outcomes": {"exported": exported, "skipped": {"unchanged": 20},
                     "dropped": {"not_article/section": 2}, "failed": {"http_404": int(failed)}},
        "stats": stats,
    }
    if not legacy:
        block["stories"] = tally.to_dict()
    return block


def write_archive(root: Path, shape: ArchiveShape) -> ArchiveWritten:
    """``shape.runs`` runs spread evenly over ``shape.sites`` sites and ``shape.days`` days."""
    rng = random.Random(shape.seed)
    written = ArchiveWritten()
    per_site = max(shape.runs // shape.sites, 1)
    step = timedelta(days=shape.days) / per_site
    for s in range(shape.sites):
        site = f"site{s:02d}"
        for r in range(per_site):
            run_time = shape.start + step * r + timedelta(seconds=s)
            run = f"{run_time:%Y-%m-%dT%H-%M-%S}.{run_time.microsecond // 1000:03d}Z-{1000 + r}"
            folder = root / site / f"{run_time:%Y-%m-%d}"
            folder.mkdir(parents=True, exist_ok=True)
            failed = bool(shape.failed_every) and r % shape.failed_every == shape.failed_every - 1
            lines = [] if failed else [story_line(rng, site, run_time, r * 100 + n)
                                       for n in range(rng.randint(0, 2 * shape.stories_per_run))]
            tally = StoryTally()
            for line in lines:
                tally.add(line)
            if lines:
                data = "".join(json.dumps(line) + "\n" for line in lines).encode()
                (folder / f"{run}-00001.jsonl").write_bytes(data)
                written.lines += len(lines)
                written.bytes += len(data)
            legacy = rng.random() < shape.legacy_share
            text = json.dumps(summary(site, run_time, failed, tally, legacy), indent=1).encode()
            (folder / f"{run}.stats.json").write_bytes(text)
            written.summaries += 1
            written.legacy_summaries += legacy
            written.failed += failed
            written.bytes += len(text)
    return written
