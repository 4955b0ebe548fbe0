from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.test import get_crawler

from newsspider.middlewares.addresses import InternalAddressMiddleware
from newsspider.netpolicy import address_kind

ADDRESSES = [
    # (host as written in a URL, kind)
    ("127.0.0.1", "loopback"),
    ("127.0.0.2", "loopback"),
    ("localhost", "loopback"),
    ("LOCALHOST.", "loopback"),
    ("api.localhost", "loopback"),
    ("[::1]", "loopback"),
    ("::ffff:127.0.0.1", "loopback"),
    ("2130706433", "loopback"),  # decimal 127.0.0.1
    ("0x7f000001", "loopback"),  # hex
    ("0177.0.0.1", "loopback"),  # octal
    ("127.1", "loopback"),  # short form
    ("10.0.0.5", "private"),
    ("172.16.0.1", "private"),
    ("172.31.255.254", "private"),
    ("192.168.1.1", "private"),
    ("100.64.0.1", "private"),  # carrier-grade NAT
    ("fd00::1", "private"),
    ("169.254.169.254", "link_local"),  # cloud metadata
    ("fe80::1", "link_local"),
    ("0.0.0.0", "unspecified"),
    ("224.0.0.1", "multicast"),
    ("8.8.8.8", None),
    ("172.32.0.1", None),
    ("2001:4860:4860::8888", None),
    ("www.business-standard.com", None),
    ("example.com", None),
    ("1.2.3.4.5", None),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize(("host", "kind"), ADDRESSES)
def test_address_kind(host, kind):
    assert address_kind(host) == kind


def _middleware(**settings):
    crawler = get_crawler(settings_dict=settings)
    crawler.stats.open_spider()
    return crawler, InternalAddressMiddleware.from_crawler(crawler)


def test_start_host_allowed_other_internal_hosts_refused():
    crawler, mw = _middleware()
    start = Request("http://127.0.0.1:8080/feed.xml", meta={"is_start_request": True})
    assert mw.process_request(start) is None
    assert mw.process_request(Request("http://127.0.0.1:8080/page.html")) is None
    with pytest.raises(IgnoreRequest):
        mw.process_request(Request("http://127.0.0.1:9999/other"))
    with pytest.raises(IgnoreRequest):
        mw.process_request(Request("http://169.254.169.254/latest/meta-data/"))
    assert crawler.stats.get_value("newsspider/skipped/internal_address/loopback") == 1
    assert crawler.stats.get_value("newsspider/skipped/internal_address/link_local") == 1


def test_redirected_start_request_does_not_widen_the_allowance():
    crawler, mw = _middleware()
    redirected = Request(
        "http://127.0.0.2:8080/",
        meta={"is_start_request": True, "redirect_urls": ["http://127.0.0.1:8080/"]},
    )
    with pytest.raises(IgnoreRequest):
        mw.process_request(redirected)


def test_public_hosts_pass():
    _, mw = _middleware()
    assert mw.process_request(Request("https://www.business-standard.com/article/x.html")) is None
    assert mw.process_request(Request("file:///tmp/page.html")) is None


def test_setting_switches_it_off():
    with pytest.raises(NotConfigured):
        _middleware(NEWSSPIDER_ALLOW_INTERNAL_ADDRESSES=True)
