"""A dropped item logged as one line: its reason and URL, not the item.

Scrapy's ``LogFormatter`` logs a dropped item as the reason and then, on the
lines after it, the item's ``repr``; an article's holds its whole body. The
bench crawl of wcxb (1,356 pages, 2026-12-06) dropped 600 pages that are not
articles at WARNING, each record a few kilobytes of story text over many
lines: a scheduled run's log becomes the text of the pages it did not keep,
and a reader of the log cannot tell one record from the next. Every drop is
counted (``newsspider/dropped/<reason>``), and every reason this project
gives names the page; the URL is added where a reason does not, and a reason's
own line breaks (another component's message) are made spaces. An item that
fails in a pipeline (:meth:`OneLineLogFormatter.item_error`) is named by its
URL too, not its ``repr``.
"""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy import Spider
from scrapy.http import Response
from scrapy.logformatter import LogFormatter, LogFormatterResult
from twisted.python.failure import Failure


def _url_of(item: Any) -> str:
    """The item's ``url`` field, or "" for an item without one."""
    if not ItemAdapter.is_item(item):
        return ""
    return str(ItemAdapter(item).get("url") or "")


class OneLineLogFormatter(LogFormatter):
    """Scrapy's log formatter (``LOG_FORMATTER``), with one line a dropped or failed item."""

    def dropped(self, item: Any, exception: BaseException, response: Response | Failure | None,
                spider: Spider) -> LogFormatterResult:
        result = super().dropped(item, exception, response, spider)
        reason, url = " ".join(str(exception).split()), _url_of(item)
        if url and url not in reason:
            reason = f"{reason}: {url}" if reason else url
        return {**result, "msg": "Dropped: %(reason)s", "args": {"reason": reason}}

    def item_error(self, item: Any, exception: BaseException, response: Response | Failure | None,
                   spider: Spider) -> LogFormatterResult:
        result = super().item_error(item, exception, response, spider)
        return {**result, "msg": "Error processing %(url)s", "args": {"url": _url_of(item) or type(item).__name__}}
