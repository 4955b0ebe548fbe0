"""``-o``/``-O`` for the project's commands: only the files given, never batched,
always written.

Scrapy merges ``-o`` with the project's ``FEEDS``, so a user asking for one
file would also get the archive batches; and the archive's
``FEED_EXPORT_BATCH_ITEM_COUNT`` would make Scrapy refuse a plain file name.
The archive keeps ``FEED_STORE_EMPTY = False`` (no empty batch files), but a
file named on the command line is always stored: an incremental run that
exports nothing must leave ``-O out.jsonl`` empty, not the previous run's
items there for a consumer to take as new.
"""

from __future__ import annotations

import argparse
import re

from scrapy.settings import Settings
from scrapy.utils.conf import feed_process_params_from_cli

BATCH_PLACEHOLDER = re.compile(r"%\(batch_time\)s|%\(batch_id\)")


def only_cli_feeds(settings: Settings, opts: argparse.Namespace) -> None:
    """Replace ``FEEDS`` by the ``-o``/``-O`` files, unbatched unless their name asks for batches."""
    if not (opts.output or opts.overwrite_output):
        return
    cli_only = settings.copy()
    cli_only.set("FEEDS", {}, priority="cmdline")
    feeds = feed_process_params_from_cli(cli_only, opts.output, overwrite_output=opts.overwrite_output)
    for uri, options in feeds.items():
        if not BATCH_PLACEHOLDER.search(uri):
            options.setdefault("batch_item_count", 0)
            options["store_empty"] = True
    settings.set("FEEDS", feeds, priority="cmdline")
