"""What a WARC record holds, as plain data (no WARC library needed to import this)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from http import HTTPStatus


@dataclass(slots=True, frozen=True)
class WarcLocation:
    """Where a record is: the file's final name (no folder), the offset of its
    gzip member, its ``WARC-Record-ID``. Exported as the item's ``warc``."""

    file: str
    offset: int
    record_id: str

    def as_item(self) -> dict[str, str | int]:
        return {"file": self.file, "offset": self.offset, "recordId": self.record_id}


@dataclass(slots=True, frozen=True)
class HttpMessage:
    """An HTTP request or response as a WARC record holds it."""

    first_line: str
    headers: list[tuple[str, str]]
    body: bytes = b""


@dataclass(slots=True, frozen=True)
class Capture:
    """One fetch: what was sent, what came back, from where and when."""

    url: str
    date: datetime
    request: HttpMessage
    response: HttpMessage
    ip_address: str | None = None
    #: ``WARC-Truncated`` reason (``length``, ``disconnect``) when the body is incomplete.
    truncated: str | None = None


@dataclass(slots=True, frozen=True)
class EarlierCapture:
    """The capture a revisit record refers to."""

    record_id: str
    url: str
    date: str


def status_line(status: int) -> str:
    """``200 OK``: the status and its standard reason (Scrapy keeps no reason phrase)."""
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = ""
    return f"{status} {reason}".rstrip()


def warc_date(moment: datetime) -> str:
    """WARC/1.1 date: UTC with microseconds."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
