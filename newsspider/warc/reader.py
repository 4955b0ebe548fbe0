"""The records of a WARC file, sorted into pages to extract and reasons to skip.

fastwarc reads the file (``.warc`` or ``.warc.gz``, one gzip member per
record or not) and parses the HTTP headers; ``Content-Encoding`` (gzip,
deflate, br where ``brotli`` is installed) is undone here, after the payload
digest is checked (fastwarc's own decoding cannot be combined with that check).
:class:`WarcReader` yields, for each ``response`` record, either an
:class:`ArchivedPage` (a 200 HTML page, complete, with a matching payload
digest) or a :class:`Skipped` reason: ``warc_not_http`` (a ``dns:`` or other
record), ``warc_non_200``, ``warc_not_html``, ``warc_truncated``
(``WARC-Truncated``, or fewer bytes than the record declares: a file cut
short), ``warc_too_large`` (over ``DOWNLOAD_MAXSIZE``, decoded), ``warc_bad_digest``,
``warc_undecodable`` (a ``Content-Encoding`` that is unknown or does not decode), ``warc_malformed`` (bytes
that are no WARC record, a broken gzip member: reading goes on at the next
gzip member that starts a record), and the filters' ``warc_offsite`` and
``warc_older_than_since``. Other record types (``warcinfo``, ``request``,
``metadata``, ``revisit`` ...) are counted in :attr:`WarcReader.types`.

No Scrapy here: the spider (:mod:`newsspider.spiders.warc`) turns pages into
responses and counts the reasons.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

try:
    import brotli
except ImportError:  # br pages are then skipped as warc_undecodable
    brotli = None

from newsspider.warc.records import WarcLocation

#: Media types of pages that are extracted (a record without a Content-Type is too).
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: Where a gzip member starts (magic and the deflate method).
GZIP_MAGIC = b"\x1f\x8b\x08"
#: Bytes read at a time while looking for the next record after damage.
SCAN_CHUNK = 1 << 20


@dataclass(slots=True)
class ArchivedPage:
    """A response record to extract."""

    url: str
    date: datetime
    headers: list[tuple[bytes, bytes]]
    body: bytes
    location: WarcLocation


@dataclass(slots=True)
class Skipped:
    """A response record that is not extracted, and why."""

    reason: str
    url: str | None
    location: WarcLocation
    detail: str = ""


#: A filter on (target URI, WARC-Date): the skip reason, or None to keep the record.
RecordFilter = Callable[[str, datetime], str | None]


class WarcReader:
    """Reads one WARC file; :attr:`position` and :attr:`size` tell the progress."""

    def __init__(self, path: str | Path, *, max_size: int, keep: RecordFilter | None = None) -> None:
        self.path = Path(path)
        self.name = self.path.name
        self.max_size = max_size
        self.keep = keep
        self.size = self.path.stat().st_size
        #: Offset of the last record read (of the compressed file).
        self.position = 0
        self.records = 0
        #: Records seen per WARC-Type.
        self.types: Counter[str] = Counter()

    def __iter__(self) -> Iterator[ArchivedPage | Skipped]:
        with self.path.open("rb") as stream:
            start = 0
            while start is not None:
                stream.seek(start)
                try:
                    yield from self._records(stream)
                    return
                except OSError as exc:  # fastwarc's word for bytes it cannot read as WARC
                    damaged = max(self.position, start)  # the last record read, or where reading resumed
                    yield Skipped("warc_malformed", None, WarcLocation(self.name, damaged, ""), str(exc))
                    start = next_record_start(stream, damaged + 1)

    def _records(self, stream: IO[bytes]) -> Iterator[ArchivedPage | Skipped]:
        for record in ArchiveIterator(stream, parse_http=True):
            self.position = record.stream_pos
            self.records += 1
            self.types[str(record.record_type)] += 1
            if record.record_type == WarcRecordType.response:
                yield self._sorted(record)

    def _sorted(self, record: WarcRecord) -> ArchivedPage | Skipped:
        url = (record.headers.get("WARC-Target-URI") or "").strip("<>")  # (WARC/1.1's examples bracket it)
        location = WarcLocation(self.name, record.stream_pos, record.record_id or "")
        if not url.startswith(("http://", "https://")):
            return Skipped("warc_not_http", url or None, location)
        if not record.is_http:  # no HTTP head: cut short (no WARC Content-Length read either), else not HTTP
            cut = not record.headers.get("Content-Length") or len(record.reader.read()) < record.content_length
            return Skipped("warc_truncated" if cut else "warc_malformed", url, location)
        reason = self._refusal(record, url)
        if reason:
            return Skipped(reason, url, location)
        expected = record.content_length  # (the digest check sets it to what it could read)
        digest_ok = not record.headers.get("WARC-Payload-Digest") or record.verify_payload_digest()
        body = record.reader.read()  # (the digest check keeps what it read for this)
        if len(body) < expected:
            return Skipped("warc_truncated", url, location, f"{len(body)} of {expected} bytes")
        if not digest_ok:
            return Skipped("warc_bad_digest", url, location)
        try:
            body = decoded(body, record.http_headers.get_multiple("Content-Encoding"), self.max_size)
        except (ValueError, zlib.error) as exc:
            return Skipped("warc_undecodable", url, location, str(exc))
        if len(body) > self.max_size:
            return Skipped("warc_too_large", url, location)
        headers = [(name, value) for name, value in record.http_headers.items_bytes()
                   if name.lower() not in (b"content-encoding", b"transfer-encoding", b"content-length")]
        return ArchivedPage(url, record.record_date, headers, body, location)

    def _refusal(self, record: WarcRecord, url: str) -> str | None:
        if record.content_length > self.max_size:
            return "warc_too_large"
        if record.http_headers.status_code != 200:
            return "warc_non_200"
        content_type = (record.http_content_type or "").lower()
        if content_type and content_type not in HTML_TYPES:
            return "warc_not_html"
        if record.headers.get("WARC-Truncated"):
            return "warc_truncated"
        return self.keep(url, record.record_date) if self.keep else None


def decoded(body: bytes, encodings: tuple[str, ...], max_size: int) -> bytes:
    """``body`` with its content codings undone (the last applied first), at most
    ``max_size + 1`` bytes of it; ValueError for a coding that cannot be undone."""
    names = [name.strip().lower() for value in encodings for name in value.split(",") if name.strip()]
    for name in reversed(names):
        if name in ("identity", ""):
            continue
        if name in ("gzip", "x-gzip", "deflate"):
            body = _inflate(body, max_size)
        elif name == "br" and brotli is not None:
            body = brotli.decompress(body)
        else:
            raise ValueError(f"unsupported Content-Encoding {name!r}")
    return body


def _inflate(body: bytes, max_size: int) -> bytes:
    """gzip, zlib or raw deflate data, inflated to at most ``max_size + 1`` bytes."""
    try:
        return zlib.decompressobj(32 + zlib.MAX_WBITS).decompress(body, max_size + 1)  # gzip or zlib header
    except zlib.error:
        return zlib.decompressobj(-zlib.MAX_WBITS).decompress(body, max_size + 1)  # raw deflate (old servers)


def next_record_start(stream: IO[bytes], start: int) -> int | None:
    """Offset of the first gzip member at or after ``start`` that opens a WARC
    record, or None (the rest of the file is lost, or it is not gzipped)."""
    stream.seek(start)
    offset = start
    while chunk := stream.read(SCAN_CHUNK + len(GZIP_MAGIC)):
        at = chunk.find(GZIP_MAGIC)
        while at != -1:
            if _opens_record(stream, offset + at):
                return offset + at
            at = chunk.find(GZIP_MAGIC, at + 1)
        offset += SCAN_CHUNK
        stream.seek(offset)
    return None


def _opens_record(stream: IO[bytes], offset: int) -> bool:
    here = stream.tell()
    stream.seek(offset)
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(stream.read(512), 16)
    except zlib.error:
        head = b""
    stream.seek(here)
    return head.startswith(b"WARC/")
