"""WARC files: every fetched page kept as received, and read back.

- :mod:`newsspider.warc.files`: the rotating ``.warc.gz`` files of a crawl
  (warcio writes the records);
- :mod:`newsspider.warc.captures`: the last capture of each URL, that a
  ``revisit`` record points at;
- :mod:`newsspider.warc.reader`: the records of WARC files, ours or Common
  Crawl's, sorted into pages to extract and counted reasons to skip (fastwarc
  reads them).

Writing is done by :class:`newsspider.middlewares.warc.WarcCaptureMiddleware`
(``NEWSSPIDER_WARC_DIR``), reading by ``scrapy crawl warc``
(:mod:`newsspider.spiders.warc`). Needs ``pip install newsspider[warc]``.
"""
