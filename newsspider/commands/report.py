"""``scrapy report [ARCHIVE] [-o report.html]``: the archive's health on one page.

Reads the run summaries (and, for runs whose summary has no ``stories``
block, the batches) under the archive folder (default
``NEWSSPIDER_ARCHIVE_DIR``) and writes one self-contained HTML file: per
site and day, stories exported (new, changed, tombstones), requests not
exported by reason, field coverage, freshness, and the failed runs with
their reasons, most recent first. Whatever runs the crawls (cron, scrapyd,
workers on Redis), this is where a failed run shows.
"""

from __future__ import annotations

import argparse
from datetime import datetime, timezone
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newsspider.batchfiles import write_whole
from newsspider.report.archive import read_archive
from newsspider.report.page import render


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "[options] [ARCHIVE]"

    def short_desc(self) -> str:
        return "Write an HTML health report of the archive's runs"

    def long_desc(self) -> str:
        return (f"{self.short_desc()}: stories per site and day, outcomes by reason, field coverage, "
                "freshness and failed runs. ARCHIVE defaults to NEWSSPIDER_ARCHIVE_DIR.")

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("-o", "--output", metavar="FILE", default="report.html",
                            help="HTML file to write (default: report.html)")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        if len(args) > 1:
            raise UsageError("give one archive folder at most", print_help=False)
        root = Path(args[0] if args else self.settings["NEWSSPIDER_ARCHIVE_DIR"]).absolute()
        if not root.is_dir():
            raise UsageError(f"no archive folder at {root} (give ARCHIVE, or set NEWSSPIDER_ARCHIVE_DIR)",
                             print_help=False)
        figures = read_archive(root)
        output = Path(opts.output)
        try:
            write_whole(output, render(figures, datetime.now(timezone.utc)))
        except OSError as exc:
            raise UsageError(f"cannot write the report to {output}: {exc.strerror or exc}", print_help=False) from None
        unreadable = f", {len(figures.unreadable):,} unreadable files or lines" if figures.unreadable else ""
        print(f"Report of {figures.summaries:,} runs ({len(figures.failed_runs):,} failed{unreadable}) "
              f"written to {output}")
