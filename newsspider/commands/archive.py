"""``scrapy archive``: the archive's batches for the people downstream.

- ``scrapy archive latest -o stories.jsonl`` (or ``.parquet`` with the
  ``parquet`` extra): one line per story, its latest version; tombstoned
  stories left out unless ``--with-removed``.
- ``scrapy archive load --sqlite FILE``: the batches not loaded yet into an
  SQLite database (tables ``stories``, ``versions``; the cursor is kept in it).

The archive is ``NEWSSPIDER_ARCHIVE_DIR`` (``--archive DIR`` overrides).
Progress (batches and lines per second) goes to the log.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, ClassVar

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError
from scrapy.utils.log import configure_logging

from newsspider.archive import load, write_latest
from newsspider.batchfiles import partial_path

ACTIONS = ("latest", "load")


class Command(ScrapyCommand):
    requires_crawler_process = False
    default_settings: ClassVar[dict[str, Any]] = {"LOG_LEVEL": "INFO"}

    def syntax(self) -> str:
        return "latest -o FILE [--with-removed] | load --sqlite FILE"

    def short_desc(self) -> str:
        return "Read the archive: its latest state as one file, or new batches into SQLite"

    def long_desc(self) -> str:
        return ("latest -o FILE writes one line per story (its latest version; .jsonl, or .parquet with "
                "pyarrow); load --sqlite FILE loads the batches not loaded yet into SQLite (tables stories, "
                "versions; the cursor is stored in the database, so a second load loads nothing twice).")

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--archive", metavar="DIR", help="archive folder (default: NEWSSPIDER_ARCHIVE_DIR)")
        parser.add_argument("-o", "--output", metavar="FILE", help="latest: file to write (.jsonl, .jsonl.gz, .parquet; - for stdout)")
        parser.add_argument("--with-removed", action="store_true", help="latest: keep tombstoned stories")
        parser.add_argument("--sqlite", metavar="FILE", help="load: the SQLite database")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        if len(args) != 1 or args[0] not in ACTIONS:
            raise UsageError(f"say what to do: {' or '.join(ACTIONS)}")
        configure_logging(self.settings)
        root = Path(opts.archive or self.settings["NEWSSPIDER_ARCHIVE_DIR"])
        if not root.is_dir():
            raise UsageError(f"no archive folder at {root}", print_help=False)
        if args[0] == "latest":
            if not opts.output:
                raise UsageError("latest needs -o FILE", print_help=False)
            self.latest(root, opts.output, with_removed=opts.with_removed)
        else:
            if not opts.sqlite:
                raise UsageError("load needs --sqlite FILE", print_help=False)
            load(root, opts.sqlite)

    @staticmethod
    def latest(root: Path, output: str, *, with_removed: bool) -> None:
        if output == "-":
            write_latest(root, sys.stdout.buffer, with_removed=with_removed)
            return
        target = Path(output)
        partial = partial_path(target)
        if target.suffix == ".parquet":
            _latest_parquet(root, partial, with_removed=with_removed)
        elif target.suffix == ".gz":
            import gzip

            with gzip.open(partial, "wb") as out:
                write_latest(root, out, with_removed=with_removed)  # type: ignore[arg-type]
        else:
            with partial.open("wb") as out:
                write_latest(root, out, with_removed=with_removed)
        partial.replace(target)


def _latest_parquet(root: Path, path: Path, *, with_removed: bool) -> None:
    try:
        from newsspider.archive.parquet import ParquetSink

        sink = ParquetSink(path)
    except ImportError:
        raise UsageError("Parquet output needs pyarrow: pip install 'newsspider[parquet]'", print_help=False) from None
    try:
        write_latest(root, with_removed=with_removed, sink=sink)
    finally:
        sink.close()
