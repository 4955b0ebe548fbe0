"""``scrapy runspider`` inside the project: ``-o``/``-O`` write only the files given.

A spider file run from the project's folder gets the project's settings,
archive batches included; without this, ``-O out.jsonl`` would fail on the
batch size meant for the archive.
"""

from __future__ import annotations

import argparse

from scrapy.commands.runspider import Command as ScrapyRunSpiderCommand

from newsspider.commands.output import only_cli_feeds


class Command(ScrapyRunSpiderCommand):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        only_cli_feeds(self.settings, opts)
