"""A duplicate-request filter that forgets everything when the run ends.

Scrapy's ``RFPDupeFilter`` keeps the requests it has seen in ``JOBDIR`` and
filters them out of every later run of the job. After a SIGKILL that loses
stories: the requests in flight, and the pages whose items were in the
unfinished batch file, are "seen" but not archived. Worse, a scheduled crawl
reusing its ``JOBDIR`` would never fetch a known page again, so no update
would ever be found. Here duplicates are filtered within one run only;
across runs, the archive state (:mod:`newsspider.state`) decides what is
fetched and exported again.
"""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.dupefilters import RFPDupeFilter


class RunDupeFilter(RFPDupeFilter):
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunDupeFilter:
        return cls(None, crawler.settings.getbool("DUPEFILTER_DEBUG"),
                   fingerprinter=crawler.request_fingerprinter)
