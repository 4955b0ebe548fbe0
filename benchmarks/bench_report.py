#!/usr/bin/env python3
"""``scrapy report`` on a year of runs: time and peak memory.

Usage, from the project's root::

    .venv/bin/python benchmarks/bench_report.py [--runs 35000] [--sites 10] [--days 365] [--legacy-share 0.05]

Writes a synthetic archive in a temporary folder (``tests/helpers/
synthetic_archive.py``: per run a summary like a crawl's, and a batch of
the stories it exported; ``--legacy-share`` of the summaries lack the
``stories`` block, so the report reads their batches line by line), then
times ``scrapy report`` on it as a user runs it (a new process), and prints
side by side: wall time, time per 1,000 summaries, peak RSS of the report
process and of ``scrapy version`` (what Python and Scrapy take before any
work: the difference is what the report holds), and the page's size.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers.loopback import crawl_env  # noqa: E402
from tests.helpers.synthetic_archive import ArchiveShape, write_archive  # noqa: E402


def timed(command: list[str], cwd: Path) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB of the child, and its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(command, cwd=cwd, env=crawl_env(), capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of the children is the largest so far: only a larger child moves it.
    return wall, max(peak, before) / 1024, proc.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=35000, help="run summaries in all (default 35000)")
    parser.add_argument("--sites", type=int, default=10)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--stories", type=int, default=4, help="mean stories exported per run")
    parser.add_argument("--legacy-share", type=float, default=0.05,
                        help="share of summaries without a 'stories' block (their batches are read)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        work = Path(tmp)
        start = time.perf_counter()
        written = write_archive(work / "archive", ArchiveShape(
            sites=args.sites, runs=args.runs, days=args.days, stories_per_run=args.stories,
            legacy_share=args.legacy_share))
        print(f"archive: {written.summaries:,} summaries ({written.legacy_summaries:,} without 'stories', "
              f"{written.failed:,} failed), {written.lines:,} batch lines, {written.bytes / 1e6:,.0f} MB, "
              f"written in {time.perf_counter() - start:.1f} s")
        base_wall, base_rss, _ = timed([sys.executable, "-m", "scrapy", "version"], work)
        wall, rss, out = timed([sys.executable, "-m", "scrapy", "report", "archive", "-o", "report.html"], work)
        size = (work / "report.html").stat().st_size
        print(out)
        print(f"{'':24}{'wall s':>10}{'peak RSS MB':>14}")
        print(f"{'scrapy version':24}{base_wall:>10.2f}{base_rss:>14.0f}")
        print(f"{'scrapy report':24}{wall:>10.2f}{rss:>14.0f}")
        print(f"report: {wall / written.summaries * 1000:.2f} s per 1,000 summaries, "
              f"{rss - base_rss:.0f} MB above a bare scrapy process, page {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
