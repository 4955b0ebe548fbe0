"""Secrets are replaced by *** in log messages and tracebacks; the rest is left alone."""

from __future__ import annotations

import logging
import sys

import pytest

from newsspider.logredact import RedactedLogRecord, install, redact

REDACTED = [
    ("{'FTP_PASSWORD': 'guest2', 'LOG_LEVEL': 'INFO'}", "{'FTP_PASSWORD': '***', 'LOG_LEVEL': 'INFO'}"),
    ("'AWS_SECRET_ACCESS_KEY': 'abc/def+ghi'", "'AWS_SECRET_ACCESS_KEY': '***'"),
    ("REDIS_URL=redis://:hunter2@127.0.0.1:6379/0", "REDIS_URL=redis://:***@127.0.0.1:6379/0"),
    ("proxy http://alice:s3cret@127.0.0.1:3128 refused", "proxy http://alice:***@127.0.0.1:3128 refused"),
    ("redis://default:pa:ss@cache.internal:6379", "redis://default:***@cache.internal:6379"),
    ("https://ghp_abcdef123@github.com/org/repo", "https://***@github.com/org/repo"),
    ("Crawled (200) <GET http://a.example/s.html?id=5&token=abc123&x=1>",
     "Crawled (200) <GET http://a.example/s.html?id=5&token=***&x=1>"),
    ("GET /login?user=bob&password=pw1 HTTP/1.1", "GET /login?user=bob&password=*** HTTP/1.1"),
    ("/feed?api_key=K123&access_token=T456", "/feed?api_key=***&access_token=***"),
    ("{b'Authorization': [b'Basic YWxpY2U6czNjcmV0'], b'Accept': [b'text/html']}",
     "{b'Authorization': [b'***'], b'Accept': [b'text/html']}"),
    ("Proxy-Authorization: Basic YWxpY2U6czNjcmV0", "Proxy-Authorization: ***"),
    ("{'Cookie': 'session=abc; theme=dark'}", "{'Cookie': '***'}"),
    ("Set-Cookie: sid=xyz; Path=/", "Set-Cookie: ***"),
]

UNCHANGED = [
    "Crawled (200) <GET http://127.0.0.1:8080/news/a.html?page=2> (referer: None)",
    "http://127.0.0.1:8080/path@foo and http://example.com/@handle",
    "write to desk@example.com about it",
    "{'COOKIES_ENABLED': False, 'CONCURRENT_REQUESTS_PER_DOMAIN': 1}",
    "Dropped: not an article (blocked): http://a.example/x",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_secrets_are_redacted(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_other_text_is_unchanged(text):
    assert redact(text) == text


def test_records_are_redacted_when_formatted():
    previous = logging.getLogRecordFactory()
    try:
        install()
        install()  # idempotent
        assert logging.getLogRecordFactory() is RedactedLogRecord
        record = logging.getLogger("t").makeRecord(
            "t", logging.INFO, __file__, 1, "Overridden settings:\n%(settings)s",
            ({"settings": "{'FTP_PASSWORD': 'pw9'}"},), None)
        try:
            raise ValueError("cannot reach redis://:pw9@127.0.0.1:6379")
        except ValueError:
            record.exc_info = sys.exc_info()
        text = logging.Formatter().format(record)
    finally:
        logging.setLogRecordFactory(previous)
    assert "pw9" not in text
    assert "'FTP_PASSWORD': '***'" in text and "redis://:***@127.0.0.1:6379" in text
