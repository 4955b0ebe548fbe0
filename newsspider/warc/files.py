"""The WARC files of one crawl: ``<spider>-<UTC time>-<pid>-<serial>.warc.gz``.

Records are built and written by warcio (WARC/1.1, one gzip member per
record, ``WARC-Block-Digest`` and ``WARC-Payload-Digest`` in sha1/base32 as
every WARC tool expects). A file being written is named ``<name>.open`` and
renamed to ``<name>`` once closed, so that a reader listing ``*.warc.gz``
never sees a half file. It is closed and the next one opened once it holds
``max_size`` bytes or more (a record is never split). Each capture is handed
to the operating system before the next one is written, so a process killed
with SIGKILL leaves one ``.open`` file whose complete records all read back
(``warcio check`` stops at the cut record).

The next crawl writing to the folder closes what a killed one left
(:func:`recover_open_files`): an ``.open`` file that no live process holds
(each writer keeps an exclusive ``flock`` on its open file; the lock goes
with the process) is cut after its last complete record and renamed, so the
``warc`` location of every story exported before the kill names a file that
exists. (``flock`` is reliable on local disks; on a network folder shared by
several machines, leave recovery off: ``NEWSSPIDER_WARC_RECOVER = False``.)

A ``warcinfo`` record opens every file: the software, the operator (the
crawl's contact), the robots policy and the user agent.
"""

from __future__ import annotations

import fcntl
import io
import logging
import os
import zlib
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import IO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsspider.warc.records import Capture, EarlierCapture, HttpMessage, WarcLocation, warc_date

logger = logging.getLogger(__name__)

#: Suffix of a file still being written.
OPEN_SUFFIX = ".open"
WARC_VERSION = "WARC/1.1"
#: ``WARC-Profile`` of a revisit record for a ``304 Not Modified`` answer.
SERVER_NOT_MODIFIED = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"


class WarcFiles:
    """Writes captures into rotating WARC files in ``folder``."""

    def __init__(self, folder: str | Path, prefix: str, max_size: int, info: dict[str, str]) -> None:
        self.folder = Path(folder)
        self.prefix = prefix
        self.max_size = max_size
        self.info = info
        self.serial = 0
        self.name: str | None = None
        self.file: IO[bytes] | None = None
        self.writer: WARCWriter | None = None
        #: Final names of the files closed so far.
        self.closed: list[str] = []

    def write_capture(self, capture: Capture) -> WarcLocation:
        """A ``response`` and its ``request`` record; where the response record is."""
        writer, file = self._current()
        response = writer.create_warc_record(
            capture.url, "response", payload=io.BytesIO(capture.response.body), length=len(capture.response.body),
            http_headers=_http(capture.response, capture.request), warc_headers_dict=self._warc_headers(capture))
        request = writer.create_warc_record(
            capture.url, "request", payload=io.BytesIO(capture.request.body), length=len(capture.request.body),
            http_headers=StatusAndHeaders(capture.request.first_line, capture.request.headers, is_http_request=True),
            warc_headers_dict={"WARC-Date": warc_date(capture.date)})
        offset = file.tell()
        writer.write_request_response_pair(request, response)
        return self._written(offset, response.rec_headers.get_header("WARC-Record-ID"))

    def write_revisit(self, capture: Capture, earlier: EarlierCapture | None) -> WarcLocation:
        """A ``revisit`` record (profile server-not-modified) for a 304 answer, pointing
        at the earlier capture where it is known, and its ``request`` record."""
        writer, file = self._current()
        headers = self._warc_headers(capture)
        headers["WARC-Profile"] = SERVER_NOT_MODIFIED
        if earlier is not None:
            headers.update({"WARC-Refers-To": earlier.record_id, "WARC-Refers-To-Target-URI": earlier.url,
                            "WARC-Refers-To-Date": earlier.date})
        revisit = writer.create_warc_record(capture.url, "revisit", http_headers=_http(capture.response, capture.request),
                                            warc_headers_dict=headers)
        request = writer.create_warc_record(
            capture.url, "request",
            http_headers=StatusAndHeaders(capture.request.first_line, capture.request.headers, is_http_request=True),
            warc_headers_dict={"WARC-Date": warc_date(capture.date)})
        offset = file.tell()
        writer.write_request_response_pair(request, revisit)
        return self._written(offset, revisit.rec_headers.get_header("WARC-Record-ID"))

    def close(self) -> None:
        """Close the open file and give it its final name."""
        if self.file is None or self.name is None:
            return
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.replace(self.folder / (self.name + OPEN_SUFFIX), self.folder / self.name)
        self.closed.append(self.name)
        self.file = self.writer = self.name = None

    def _written(self, offset: int, record_id: str) -> WarcLocation:
        assert self.file is not None and self.name is not None
        self.file.flush()  # to the OS: a SIGKILL keeps every complete record
        location = WarcLocation(self.name, offset, record_id)
        if self.file.tell() >= self.max_size:
            self.close()
        return location

    def _current(self) -> tuple[WARCWriter, IO[bytes]]:
        if self.writer is None or self.file is None:
            self._open_next()
        assert self.writer is not None and self.file is not None
        return self.writer, self.file

    def _open_next(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.name = f"{self.prefix}-{self.serial:05d}.warc.gz"
        self.serial += 1
        self.file = (self.folder / (self.name + OPEN_SUFFIX)).open("xb")
        fcntl.flock(self.file, fcntl.LOCK_EX | fcntl.LOCK_NB)  # held until closed: see recover_open_files
        self.writer = WARCWriter(self.file, gzip=True, warc_version=WARC_VERSION)
        self.writer.write_record(self.writer.create_warcinfo_record(self.name, self.info))
        self.file.flush()

    @staticmethod
    def _warc_headers(capture: Capture) -> dict[str, str]:
        headers = {"WARC-Date": warc_date(capture.date)}
        if capture.ip_address:
            headers["WARC-IP-Address"] = capture.ip_address
        if capture.truncated:
            headers["WARC-Truncated"] = capture.truncated
        return headers


def _http(response: HttpMessage, request: HttpMessage) -> StatusAndHeaders:
    protocol = request.first_line.rsplit(" ", 1)[-1]
    return StatusAndHeaders(response.first_line, response.headers, protocol=protocol)


def software() -> str:
    """``newsspider/<version> (Scrapy <version>, warcio <version>)``, for the warcinfo record."""
    def installed(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "unknown"

    return f"newsspider/{installed('newsspider')} (Scrapy {installed('scrapy')}, warcio {installed('warcio')})"


def file_prefix(spider: str, started: datetime) -> str:
    """``<spider>-<UTC time>-<pid>``: the name of a crawl's files before their serial."""
    return f"{spider}-{started.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}-{os.getpid()}"


def recover_open_files(folder: str | Path) -> list[str]:
    """Close the ``.open`` files of writers that died: cut each after its last
    complete record, rename it (delete it when no record is complete); the
    names recovered. A file some process still holds is left alone."""
    recovered = []
    for path in sorted(Path(folder).glob(f"*{OPEN_SUFFIX}")):
        with path.open("r+b") as file:
            try:
                fcntl.flock(file, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # a live writer's file
            end = complete_length(file)
            file.truncate(end)
        final = path.with_name(path.name.removesuffix(OPEN_SUFFIX))
        if end:
            os.replace(path, final)
            recovered.append(final.name)
            logger.warning("WARC file left open by a killed crawl closed after its last complete record "
                           "(%(end)d bytes): %(name)s", {"end": end, "name": final.name})
        else:
            path.unlink()
    return recovered


def complete_length(file: IO[bytes]) -> int:
    """Bytes of ``file`` (one gzip member a record, as written here) up to the end
    of its last complete gzip member, i.e. of its last complete record."""
    file.seek(0)
    end = position = 0
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    while chunk := file.read(1 << 20):
        while chunk:
            try:
                inflater.decompress(chunk)
            except zlib.error:
                return end  # the bytes after the last complete member are no gzip member
            if not inflater.eof:
                position += len(chunk)
                break
            position += len(chunk) - len(inflater.unused_data)
            end = position
            chunk = inflater.unused_data
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    return end
