"""Gives every article request that ends without an item a counted reason.

A request for an article page ends in one of three ways: its response reaches
``parse_article`` (which yields the item, or counts why not: see
:mod:`newsspider.spiders.base`), it fails, or the scheduler drops it. This
middleware counts the last two:

- a failed download, after retries, by kind: ``newsspider/failed/timeout``,
  ``connection_lost``, ``data_loss``, ``connection_refused``, ``dns``,
  ``maxsize``, ``maxsize_decompressed``, ``redirect_max``, ``redirect_loop``,
  ``tls``, ``spider_error`` (the callback raised) ...;
- an error response: ``newsspider/failed/http_<status>`` (404, 410, 429, 500, 503 ...);
- a request refused by policy: ``newsspider/skipped/robots_txt``, ``offsite``
  (Scrapy's ``OffsiteMiddleware`` refuses it as it is scheduled, silently:
  the same rule, its ``should_follow``, is asked here);
- a request the scheduler drops as already requested: ``redirect_loop``
  when a redirect comes back to a URL of its own chain,
  ``newsspider/skipped/duplicate_redirect`` for another redirect,
  ``newsspider/skipped/duplicate_request`` otherwise.

Failures are seen through ``ArticleSpider.article_failed``, which this
middleware sets as the errback of article requests that have none (a spider
method, so requests still serialise to ``JOBDIR``). That errback counts and
passes every failure on unchanged, so Scrapy logs download errors as usual
and an ``HttpError`` still goes through the spider middlewares' exception
chain: this middleware's order (52) is below ``TombstoneSpiderMiddleware``
(55), which turns a 404/410 of an archived story into a tombstone item (an
outcome of its own: no ``http_404`` is counted then), and above Scrapy's
``HttpErrorMiddleware`` (50), which would end the chain first.

A refusal's outcome is data on the exception (:class:`~newsspider.middlewares.refusals.Refused`),
never read from its message. Refusals that their own component counts are not
counted again: ``newsspider/skipped/internal_address/*`` (InternalAddressMiddleware),
``unchanged_listed`` and ``not_modified`` (IncrementalDownloaderMiddleware).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import cached_property
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    NotSupported,
    ResponseDataLossError,
    UnsupportedURLSchemeError,
)
from scrapy.http import Response
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as twisted_errors
from twisted.python.failure import Failure
from twisted.web.client import ResponseFailed

from newsspider.middlewares.refusals import Refused, redirects_exhausted
from newsspider.stats import count

logger = logging.getLogger(__name__)

#: Download exceptions, by kind (the first class that matches wins).
EXCEPTION_KINDS: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((DownloadTimeoutError, twisted_errors.TimeoutError, twisted_errors.TCPTimedOutError), "timeout"),
    ((CannotResolveHostError, twisted_errors.DNSLookupError), "dns"),
    ((DownloadConnectionRefusedError, twisted_errors.ConnectionRefusedError), "connection_refused"),
    ((ResponseDataLossError,), "data_loss"),
    ((DownloadFailedError, ResponseFailed, twisted_errors.ConnectionLost, twisted_errors.ConnectionDone,
      twisted_errors.ConnectError), "connection_lost"),
    ((UnsupportedURLSchemeError, NotSupported), "unsupported_url"),
)
_MAXSIZE = re.compile(r"max ?size|maxsize", re.I)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def failure_outcome(failure: Failure, request: Request) -> tuple[str, str] | None:
    """``(step, reason)`` to count for a failed article request, or None where
    it is counted elsewhere (an ``HttpError``: by the spider middleware chain)."""
    exc = failure.value
    if isinstance(exc, HttpError):
        return None
    if isinstance(exc, Refused):
        return None if exc.counted else (exc.step, exc.reason)
    if isinstance(exc, IgnoreRequest):
        if redirects_exhausted(request):
            return ("failed", "redirect_loop" if _is_loop(request) else "redirect_max")
        return ("skipped", "ignored")
    if isinstance(exc, DownloadCancelledError):
        # Scrapy cancels a body that outgrows DOWNLOAD_MAXSIZE with its reason in
        # the message, or (while streaming) with an empty one.
        return ("failed", "maxsize" if not str(exc) or _MAXSIZE.search(str(exc)) else "cancelled")
    for classes, kind in EXCEPTION_KINDS:
        if isinstance(exc, classes):
            return ("failed", kind)
    if "SSL" in type(exc).__name__ or "TLS" in type(exc).__name__:
        return ("failed", "tls")
    return ("failed", _snake(type(exc).__name__))


def _is_loop(request: Request) -> bool:
    """Whether the redirect chain that led to ``request`` visits a URL twice."""
    chain = [*request.meta.get("redirect_urls", ()), request.url]
    return len(set(chain)) < len(chain)


def is_article_request(request: Request, spider: Spider | None) -> bool:
    parse = getattr(spider, "parse_article", None)
    return parse is not None and request.callback == parse


class OutcomeSpiderMiddleware(BaseSpiderMiddleware):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        assert crawler.stats is not None
        self.stats = crawler.stats
        crawler.signals.connect(self.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(self.request_scheduled, signal=signals.request_scheduled)

    def get_processed_request(self, request: Request, response: Response | None) -> Request:
        spider = self.crawler.spider
        if is_article_request(request, spider):
            count(self.stats, "outcome", "requested")
            if request.errback is None:
                request.errback = getattr(spider, "article_failed", None)
        return request

    def process_spider_exception(self, response: Response, exception: Exception) -> Iterable[Any] | None:
        if isinstance(exception, HttpError):
            reason = f"http_{response.status}"
            count(self.stats, "failed", reason)
        else:
            count(self.stats, "failed", "spider_error")
        return None

    def request_scheduled(self, request: Request, spider: Spider) -> None:
        """Counts what Scrapy's ``OffsiteMiddleware`` refuses as it is scheduled:
        that refusal reaches no errback and sends no ``request_dropped``."""
        if not is_article_request(request, spider) or request.dont_filter or request.meta.get("allow_offsite"):
            return
        if self.offsite is not None and not self.offsite.should_follow(request, spider):
            count(self.stats, "skipped", "offsite")
            logger.info("Off the crawl's domains, not fetched: %(url)s", {"url": request.url})

    @cached_property
    def offsite(self) -> OffsiteMiddleware | None:
        """The crawl's ``OffsiteMiddleware`` (None where it is switched off)."""
        return self.crawler.get_downloader_middleware(OffsiteMiddleware)

    def request_dropped(self, request: Request, spider: Spider) -> None:
        """Counts an article request the scheduler's duplicate filter drops."""
        if not is_article_request(request, spider):
            return
        chain = request.meta.get("redirect_urls", [])
        if request.url in chain:
            count(self.stats, "failed", "redirect_loop")
            logger.warning("Redirect loop, not fetched again: %(url)s", {"url": request.url})
        elif chain:
            count(self.stats, "skipped", "duplicate_redirect")
            logger.info("Redirected to a page already requested: %(url)s (from %(first)s)",
                        {"url": request.url, "first": chain[0]})
        else:
            count(self.stats, "skipped", "duplicate_request")
            logger.info("Already requested in this run: %(url)s", {"url": request.url})
