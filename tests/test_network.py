"""Expected network failures: their one-line reasons, the log filter that drops
their tracebacks, and DNS failures retried once."""

from __future__ import annotations

import logging
import sys

import pytest
from scrapy import Request, Spider
from scrapy.exceptions import CannotResolveHostError, DownloadCancelledError, DownloadTimeoutError, ResponseDataLossError
from scrapy.utils.test import get_crawler
from twisted.internet import error as twisted_errors

from newsspider.middlewares.network import NetworkRetryMiddleware, OneLineNetworkErrors, network_reason

URL = "https://news.invalid/story.html"


@pytest.mark.parametrize(("exc", "reason"), [
    (CannotResolveHostError("no results for hostname lookup: news.invalid"), "DNS lookup failed for news.invalid"),
    (twisted_errors.DNSLookupError("news.invalid"), "DNS lookup failed for news.invalid"),
    (twisted_errors.ConnectionRefusedError("Connection was refused by other side: 111"), "connection refused by news.invalid"),
    (DownloadTimeoutError("Getting https://news.invalid/story.html took longer than 30.0 seconds."),
     "Getting https://news.invalid/story.html took longer than 30.0 seconds. (news.invalid)"),
    (ResponseDataLossError(), "the connection closed before the whole body arrived (news.invalid)"),
    (DownloadCancelledError(), "the body outgrew DOWNLOAD_MAXSIZE (news.invalid)"),
])
def test_network_reasons(exc: Exception, reason: str) -> None:
    assert network_reason(exc, URL) == reason


def record(exc: BaseException, name: str = "scrapy.core.scraper", level: int = logging.ERROR) -> logging.LogRecord:
    try:
        raise exc
    except BaseException:
        info = sys.exc_info()
    return logging.LogRecord(name, level, __file__, 1, "Error downloading %(request)s", None, info)


def test_tracebacks_of_network_failures_are_dropped_others_kept() -> None:
    dns = record(CannotResolveHostError("news.invalid"))
    assert OneLineNetworkErrors().filter(dns) and dns.exc_info is None and dns.levelno == logging.ERROR
    bug = record(KeyError("title"))
    assert OneLineNetworkErrors().filter(bug) and bug.exc_info is not None


def test_robots_txt_network_failures_are_warnings() -> None:
    robots = record(CannotResolveHostError("news.invalid"), name="scrapy.downloadermiddlewares.robotstxt")
    OneLineNetworkErrors().filter(robots)
    assert (robots.levelno, robots.levelname, robots.exc_info) == (logging.WARNING, "WARNING", None)


def test_dns_failures_are_retried_once_and_not_again_for_the_same_host() -> None:
    crawler = get_crawler(Spider, {"RETRY_TIMES": 2})
    crawler.spider = Spider.from_crawler(crawler, "s")
    retry = NetworkRetryMiddleware.from_crawler(crawler)
    dns = CannotResolveHostError("news.invalid")
    again = retry.process_exception(Request(URL), dns)
    assert isinstance(again, Request) and again.meta["retry_times"] == 1
    assert retry.process_exception(again, dns) is None
    assert retry.process_exception(Request("https://news.invalid/other.html"), dns) is None  # host failed already
    refused = twisted_errors.ConnectionRefusedError()
    assert isinstance(retry.process_exception(Request(URL), refused), Request)  # RETRY_TIMES for the rest
