"""Expected network failures: retried within reason, logged in one line.

A host that does not resolve, refuses connections or times out is an outcome
a scheduled crawl meets every day, not a bug: it deserves one log line with
the reason, never a traceback, and no minute of retries.

- ``NetworkRetryMiddleware`` (in place of Scrapy's ``RetryMiddleware``, with
  its settings) retries a failed DNS lookup at most once
  (``NEWSSPIDER_DNS_RETRY_TIMES``, default 1), and not at all for a host
  that already failed to resolve in this run: offline, a site with twelve
  usual feed and sitemap places would otherwise cost 36 lookups.
- ``OneLineNetworkErrors`` is a logging filter that drops the traceback of a
  record whose exception is an expected network failure (the message keeps
  the reason). Scrapy's robots.txt middleware logs its download errors with
  ``exc_info``; the filter is put on that logger and on the scraper's. A
  robots.txt that cannot be fetched for such a reason is logged as a WARNING:
  the request it was fetched for fails the same way and is the error (one
  ERROR line per page, for the error rate).

``network_reason`` names such a failure for the log (``DNS lookup failed for
news.invalid``), and ``is_network_failure`` tells it from a bug.
"""

from __future__ import annotations

import logging
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import CannotResolveHostError, DownloadCancelledError, ResponseDataLossError
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet import error as twisted_errors

from newsspider.middlewares.outcomes import EXCEPTION_KINDS

#: Exceptions that mean the name did not resolve.
DNS_ERRORS = (CannotResolveHostError, twisted_errors.DNSLookupError)
#: Every expected network failure: the classes ``OutcomeSpiderMiddleware`` counts by kind,
#: a download cancelled (size cap), and TLS errors (matched by name: pyOpenSSL's and Twisted's).
NETWORK_ERRORS: tuple[type[BaseException], ...] = (
    *(cls for classes, _ in EXCEPTION_KINDS for cls in classes), DownloadCancelledError,
)
#: Loggers whose download-error records carry a traceback.
ROBOTS_LOGGER = "scrapy.downloadermiddlewares.robotstxt"
TRACEBACK_LOGGERS = (ROBOTS_LOGGER, "scrapy.core.scraper")
DEFAULT_DNS_RETRY_TIMES = 1
#: What exceptions that Scrapy raises without a message mean.
SILENT_EXCEPTIONS: dict[type[BaseException], str] = {
    ResponseDataLossError: "the connection closed before the whole body arrived",
    DownloadCancelledError: "the body outgrew DOWNLOAD_MAXSIZE",
}


def is_network_failure(exc: BaseException) -> bool:
    name = type(exc).__name__
    return isinstance(exc, NETWORK_ERRORS) or "SSL" in name or "TLS" in name


def network_reason(exc: BaseException, url: str) -> str:
    """One line: what failed and where (``DNS lookup failed for news.invalid``)."""
    host = urlparse_cached(Request(url)).hostname or url
    if isinstance(exc, DNS_ERRORS):
        return f"DNS lookup failed for {host}"
    if isinstance(exc, twisted_errors.ConnectionRefusedError) or "refused" in str(exc).lower():
        return f"connection refused by {host}"
    message = str(exc).strip() or SILENT_EXCEPTIONS.get(type(exc), type(exc).__name__)
    return f"{message} ({host})"


class OneLineNetworkErrors(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None and is_network_failure(record.exc_info[1]):
            record.exc_info = None
            record.exc_text = None
            if record.name == ROBOTS_LOGGER and record.levelno > logging.WARNING:
                record.levelno, record.levelname = logging.WARNING, logging.getLevelName(logging.WARNING)
        return True


def install_log_filter() -> None:
    for name in TRACEBACK_LOGGERS:
        target = logging.getLogger(name)
        if not any(isinstance(f, OneLineNetworkErrors) for f in target.filters):
            target.addFilter(OneLineNetworkErrors())


class NetworkRetryMiddleware(RetryMiddleware):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler.settings)
        self.crawler = crawler  # as RetryMiddleware.from_crawler sets it
        self.dns_retry_times = crawler.settings.getint("NEWSSPIDER_DNS_RETRY_TIMES", DEFAULT_DNS_RETRY_TIMES)
        #: Hosts whose lookup failed for good in this run: not retried again.
        self.unresolved: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NetworkRetryMiddleware:
        install_log_filter()
        return cls(crawler)

    def process_exception(self, request: Request, exception: Exception) -> Request | Response | None:
        if isinstance(exception, DNS_ERRORS):
            host = urlparse_cached(request).hostname or ""
            if host in self.unresolved or request.meta.get("retry_times", 0) >= self.dns_retry_times:
                self.unresolved.add(host)
                return None
        return super().process_exception(request, exception)
