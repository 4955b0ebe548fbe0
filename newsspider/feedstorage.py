"""Local feed files that a reader never sees half-written.

Scrapy's ``FileFeedStorage`` writes straight into the final path, so a reader
polling the folder can read a partial line, and a killed crawl leaves one.
This storage writes ``<path>.part`` and renames it to ``<path>`` (atomic on
one filesystem) only when the feed, or the batch, is complete.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from scrapy.extensions.feedexport import FileFeedStorage

if TYPE_CHECKING:
    from scrapy import Spider

PART_SUFFIX = ".part"


class AtomicFileFeedStorage(FileFeedStorage):
    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None) -> None:
        super().__init__(uri, feed_options=feed_options)
        self.final = Path(self.path)
        self.partial = self.final.with_name(self.final.name + PART_SUFFIX)

    def open(self, spider: Spider) -> IO[bytes]:
        self.final.parent.mkdir(parents=True, exist_ok=True)
        if self.write_mode == "ab" and self.final.exists():
            shutil.copyfile(self.final, self.partial)
        return self.partial.open(self.write_mode)

    def store(self, file: IO[bytes]) -> None:
        file.flush()
        os.fsync(file.fileno())
        file.close()
        os.replace(self.partial, self.final)
