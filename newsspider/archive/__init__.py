"""Reading the archive, for the people downstream.

- :func:`read`: the lines of the complete batches after a cursor, in order
  (:mod:`newsspider.archive.reader` says which order, and why a read stops
  before a batch still being written);
- :func:`write_latest`: one line per story, its latest version
  (``scrapy archive latest``);
- :func:`load`: new batches into SQLite, each once (``scrapy archive load``).

No Scrapy here: a consumer can use it with the package alone.
"""

from newsspider.archive.latest import LatestResult, write_latest
from newsspider.archive.reader import Batch, Reading, list_batches, read
from newsspider.archive.sqlite import LoadResult, load

__all__ = ["Batch", "LatestResult", "LoadResult", "Reading", "list_batches", "load", "read", "write_latest"]
