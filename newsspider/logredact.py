"""Keeps secrets out of the log.

Scrapy logs every setting given with ``-s`` ("Overridden settings"), request
URLs, and on errors request and response details; any of them may hold a
password (a proxy or Redis URL ``scheme://user:password@host``), a token in
a query string (``?token=...``, ``&password=...``), a header value
(``Authorization``, ``Proxy-Authorization``, ``Cookie``) or a setting whose
name says it is secret (``FTP_PASSWORD``, ``AWS_SECRET_ACCESS_KEY``, any
name with ``PASSWORD``, ``TOKEN``, ``SECRET``, ``API_KEY`` in it). :func:`redact` replaces each such value with ``***``.

:class:`LogRedaction` (an extension, on by default, off with
``NEWSSPIDER_LOG_REDACTION = False``) installs it when the crawler starts,
before Scrapy logs the overridden settings, as a log record factory: every
record of the process is redacted when it is formatted, whichever handler
writes it (Scrapy replaces its root handler during start-up, so a filter on a
handler would not last), and records no handler writes cost nothing.
"""

from __future__ import annotations

import logging
import re

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

MASK = "***"

#: Each pattern, its replacement, and the words (lower case) one of which a text must
#: hold for the pattern to match there: a text with none is not searched. Most
#: records hold none (a dropped item's record: ~800 characters, 0.28 ms for the five
#: searches, 0.02 ms for the tests), so a crawl that logs many pays little.
_PATTERNS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    # scheme://user:password@host → scheme://user:***@host; scheme://token@host → scheme://***@host
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)([^\s/@:'\"<>]*):([^\s/@'\"<>]+)@"), rf"\1\2:{MASK}@", ("@",)),
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)([^\s/@:'\"<>]+)@"), rf"\1{MASK}@", ("@",)),
    # Header values: "Authorization: Basic x", {'Cookie': 'a=b'}, {b'Authorization': [b'Bearer x']}
    (re.compile(
        r"(?i)((?:proxy-)?authorization|set-cookie|cookie|x-api-key|api-key|x-auth-token)"
        r"(['\"]?\s*[:=]\s*\[?\s*(?:b?['\"])?)([^'\"\]\r\n}]+)"), rf"\1\2{MASK}",
     ("authorization", "cookie", "api-key", "x-auth-token")),
    # Query or form values: ?token=x&password=y
    (re.compile(
        r"(?i)\b((?:access_|auth_|refresh_|id_)?token|password|passwd|pwd|secret|client_secret|api_?key|"
        r"apikey|sig|signature|session_?id|sessionid)=([^&\s'\"<>#]+)"), rf"\1={MASK}",
     ("token", "password", "passwd", "pwd", "secret", "api_key", "apikey", "sig", "session")),
    # Settings and keys named as secrets: 'REDIS_PASSWORD': 'x', FTP_PASSWORD=x
    (re.compile(
        r"(?i)(\b[a-z0-9_]*(?:password|passwd|token|secret|api_key|apikey|credentials)[a-z0-9_]*['\"]?\s*[:=]\s*)"
        r"(['\"])(.*?)\2"), rf"\1\2{MASK}\2",
     ("password", "passwd", "token", "secret", "api_key", "apikey", "credentials")),
)


#: The letters other than ASCII that a case-blind pattern reads as "i" or "s" ("İ", "ı",
#: "ſ") and whose lower case is not that letter: a text with one is searched by every
#: pattern ("K", the Kelvin sign, is "k" in lower case).
_CASE_BLIND_LOOKALIKES = re.compile("[\u0130\u0131\u017f]")


def redact(text: str) -> str:
    """``text`` with every secret it shows replaced by ``***``."""
    every = not text.isascii() and _CASE_BLIND_LOOKALIKES.search(text) is not None
    lowered = text.lower()
    for pattern, replacement, needs in _PATTERNS:
        if every or any(word in lowered for word in needs):
            redacted = pattern.sub(replacement, text)
            if redacted != text:
                text, lowered = redacted, redacted.lower()
    return text


class RedactedLogRecord(logging.LogRecord):
    """A log record whose message and traceback text are redacted."""

    def getMessage(self) -> str:  # noqa: N802 (logging's naming)
        return redact(super().getMessage())

    @property  # type: ignore[override]
    def exc_text(self) -> str | None:
        return self._exc_text

    @exc_text.setter
    def exc_text(self, value: str | None) -> None:
        self._exc_text = redact(value) if value else value


def install() -> None:
    """Make every log record of the process a :class:`RedactedLogRecord` (once)."""
    if logging.getLogRecordFactory() is not RedactedLogRecord:
        logging.setLogRecordFactory(RedactedLogRecord)


class LogRedaction:
    def __init__(self) -> None:
        install()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LogRedaction:
        if not crawler.settings.getbool("NEWSSPIDER_LOG_REDACTION", True):
            raise NotConfigured("NEWSSPIDER_LOG_REDACTION is off")
        return cls()
