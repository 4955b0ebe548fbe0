#!/usr/bin/env python3
"""``scrapy archive latest`` and ``load`` against jq and DuckDB, on the same files.

A synthetic archive of N lines (bodies of about 3 KB, as real stories) in 400
batches: most stories once, some updated (version 2, 3), some tombstoned.
Each contender runs as its own process, timed, its peak RSS read with
``os.wait4``; all in one run, side by side, at N and 2N lines (memory must
stay flat as the lines double). Figures printed, never asserted.

- ``latest``: ``newsspider.archive.write_latest`` (what ``scrapy archive
  latest`` runs) to a JSON Lines file;
- ``load``: ``newsspider.archive.load`` into a fresh SQLite file;
- ``jq``: ``jq -c -s 'group_by(.canonicalUrl) | map(max_by(.version)) | .[]'``
  (skipped with a message where ``jq`` is not installed; its address space is
  capped at ``--jq-max-gb``, and a run that hits it is reported as such);
- ``duckdb``: the latest state with a window query over ``read_json_auto``,
  written to JSON Lines (skipped where the ``duckdb`` package is missing).

Usage::

    python benchmarks/bench_archive.py [--lines 100000] [--batches 400] [--dir /tmp/bench-archive]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = ("the harbour board met on monday to discuss plans for the coming season officials said decision "
         "would be taken after survey of docks expected finish before monsoon traders consulted new rule "
         "minister market shares index rose fell percent government policy election court ruling").split()

LATEST = """
import sys
from newsspider.archive import write_latest
with open(sys.argv[2], "wb") as out:
    write_latest(sys.argv[1], out)
"""
LOAD = """
import sys
from newsspider.archive import load
load(sys.argv[1], sys.argv[2])
"""
DUCKDB = """
import sys, duckdb
duckdb.sql(f'''COPY (SELECT * EXCLUDE (filename) FROM read_json_auto('{sys.argv[1]}/*/*/*.jsonl', filename = true,
  union_by_name = true) QUALIFY row_number() OVER (PARTITION BY coalesce(canonicalUrl, url)
  ORDER BY version DESC NULLS LAST, parse_filename(filename) DESC) = 1) TO '{sys.argv[2]}' (FORMAT json)''')
"""
JQ = "group_by(.canonicalUrl) | map(max_by(.version)) | .[]"


@dataclass(slots=True)
class Result:
    name: str
    seconds: float
    rss_mb: float
    note: str = ""


def bodies(rng: random.Random, n: int = 500) -> list[str]:
    """``n`` story bodies of about 3 KB (five paragraphs), picked from per line."""
    return ["\n\n".join(" ".join(rng.choice(WORDS) for _ in range(95)).capitalize() + "." for _ in range(5))
            for _ in range(n)]


def make_archive(folder: Path, lines: int, batches: int, seed: int = 1) -> int:
    """Write the synthetic archive; return its size in bytes."""
    rng = random.Random(seed)
    shutil.rmtree(folder, ignore_errors=True)
    day = folder / "news" / "2026-12-04"
    day.mkdir(parents=True)
    versions: dict[int, int] = {}
    per_batch = lines // batches
    texts = bodies(rng)
    size = 0
    for b in range(batches):
        rows = []
        for _ in range(per_batch):
            known = versions and rng.random() < 0.2
            story = rng.choice(list(versions)) if known and len(versions) < 2000 else (
                rng.randrange(len(versions)) if known else len(versions))
            versions[story] = versions.get(story, 0) + 1
            removed = known and rng.random() < 0.1
            url = f"https://news.example/world/2026/12/story-{story}.html"
            text = rng.choice(texts)
            rows.append(json.dumps({
                "url": url, "canonicalUrl": url, "headline": f"Story {story}", "description": None,
                "articleBody": None if removed else text, "authors": [{"name": "Asha Rao"}], "agency": "PTI",
                "dateline": "Mumbai", "datePublished": "2026-12-04T10:00:00+05:30", "datePublishedRaw": None,
                "dateModified": None, "dateModifiedRaw": None, "inLanguage": "en", "section": "World",
                "keywords": ["harbour"], "mainImage": None, "publisher": "Loopback Herald",
                "isAccessibleForFree": None, "contentHash": f"{story:064x}", "spider": "news",
                "dateDownloaded": "2026-12-04T10:00:00+00:00", "version": versions[story],
                "previousContentHash": None, "removed": True if removed else None,
            }, ensure_ascii=False))
        data = ("\n".join(rows) + "\n").encode("utf-8")
        (day / f"2026-12-04T{b // 60:02d}-{b % 60:02d}-00.000Z-100-{b + 1:05d}.jsonl").write_bytes(data)
        size += len(data)
    return size


def measure(name: str, command: list[str], *, stdout: Path | None = None, max_gb: float | None = None) -> Result:
    def limit() -> None:
        if max_gb:
            cap = int(max_gb * 2**30)
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    out = stdout.open("wb") if stdout else subprocess.DEVNULL
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE, env=env, preexec_fn=limit)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if stdout:
        out.close()  # type: ignore[union-attr]
    note = "" if proc.returncode == 0 else f"FAILED ({proc.returncode}): {err.decode(errors='replace')[-200:].strip()}"
    return Result(name, seconds, usage.ru_maxrss / 1024, note)


def run(folder: Path, lines: int, batches: int, jq_max_gb: float) -> list[Result]:
    archive = folder / "archive"
    started = time.perf_counter()
    size = make_archive(archive, lines, batches)
    print(f"\n== {lines:,} lines in {batches} batches, {size / 2**20:,.0f} MB "
          f"(written in {time.perf_counter() - started:.0f} s)")
    results = [
        measure("newsspider latest", [sys.executable, "-c", LATEST, str(archive), str(folder / "latest.jsonl")]),
    ]
    (folder / "load.sqlite").unlink(missing_ok=True)
    results.append(measure("newsspider load (SQLite)",
                           [sys.executable, "-c", LOAD, str(archive), str(folder / "load.sqlite")]))
    try:
        import duckdb  # noqa: F401
        results.append(measure("duckdb latest", [sys.executable, "-c", DUCKDB, str(archive), str(folder / "duck.jsonl")]))
    except ImportError:
        print("duckdb: not installed (pip install duckdb), skipped")
    jq = shutil.which("jq")
    if jq:
        files = sorted(str(p) for p in archive.rglob("*.jsonl"))
        results.append(measure("jq -s group_by", [jq, "-c", "-s", JQ, *files], stdout=folder / "jq.jsonl",
                               max_gb=jq_max_gb))
    else:
        print("jq: not installed (apt-get install jq), skipped")
    stories = sum(1 for _ in (folder / "latest.jsonl").open("rb"))
    print(f"latest state: {stories:,} stories (tombstoned ones left out)")
    for result in results:
        print(f"{result.name:26s} {result.seconds:8.1f} s {lines / result.seconds:10,.0f} lines/s "
              f"{result.rss_mb:9,.0f} MB peak RSS {result.note}")
    by_name = {r.name: r for r in results if not r.note}
    ours = by_name.get("newsspider latest")
    for other in ("jq -s group_by", "duckdb latest"):
        if ours and other in by_name:
            theirs = by_name[other]
            print(f"latest vs {other}: {theirs.seconds / ours.seconds:.2f}x the speed, "
                  f"{ours.rss_mb / theirs.rss_mb:.3f}x the memory")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=100_000, help="lines of the first run; the second has twice")
    parser.add_argument("--batches", type=int, default=400)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/bench-archive"))
    parser.add_argument("--jq-max-gb", type=float, default=8.0, help="address space cap of jq")
    parser.add_argument("--once", action="store_true", help="only --lines, not also twice as many")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    runs = {}
    for lines in ([args.lines] if args.once else [args.lines, 2 * args.lines]):
        runs[lines] = {r.name: r for r in run(args.dir, lines, args.batches, args.jq_max_gb)}
    if len(runs) == 2:
        small, large = runs.values()
        print("\n== as the lines double (peak RSS)")
        for name in small:
            if name in large:
                print(f"{name:26s} {small[name].rss_mb:7,.0f} MB -> {large[name].rss_mb:7,.0f} MB "
                      f"({large[name].rss_mb / small[name].rss_mb:.2f}x)")
    shutil.rmtree(args.dir / "archive", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
