"""``WarcReader`` sorts the records of WARC files built with warcio, whole and damaged.

Each damage leaves the other records readable: a truncated last record, a
gzip member boundary in the middle of a record or two records in one member,
a record whose payload does not match its digest, junk between members, a
corrupt member, an uncompressed ``.warc``.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

import pytest

pytest.importorskip("fastwarc")
pytest.importorskip("warcio")

from newsspider.warc.reader import ArchivedPage, Skipped, WarcReader, decoded  # noqa: E402
from tests.helpers.warcs import WarcBuilder, members, story_page  # noqa: E402

URL = "https://courier.example/city/{}.html"
MAX = 16 * 1024 * 1024


def four_stories(path: Path) -> WarcBuilder:
    builder = WarcBuilder(path)
    builder.warcinfo()
    for i in range(4):
        builder.response(URL.format(i), story_page(URL.format(i), i))
    return builder


def outcomes(path: Path) -> list[tuple[str, str | None]]:
    """("page", url) or (skip reason, url) per response record and damage."""
    return [("page", e.url) if isinstance(e, ArchivedPage) else (e.reason, e.url) for e in WarcReader(path, max_size=MAX)]


def test_pages_and_skips_of_a_whole_file(tmp_path: Path) -> None:
    builder = WarcBuilder(tmp_path / "mixed.warc.gz")
    builder.warcinfo()
    first = builder.response(URL.format(0), story_page(URL.format(0), 0))
    builder.metadata(URL.format(0))
    builder.revisit(URL.format(0), first)
    builder.response("https://courier.example/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png")
    builder.response(URL.format(9), b"<html>gone</html>", status="404 Not Found")
    builder.response(URL.format(1), story_page(URL.format(1), 1), gzip_body=True)
    builder.response(URL.format(2), story_page(URL.format(2), 2), extra={"WARC-Truncated": "length"})
    builder.response("dns:courier.example", b"192.0.2.7", content_type="text/dns")
    reader = WarcReader(builder.save(), max_size=MAX)
    entries = list(reader)
    assert [("page", e.url) if isinstance(e, ArchivedPage) else (e.reason, e.url) for e in entries] == [
        ("page", URL.format(0)), ("warc_not_html", "https://courier.example/logo.png"),
        ("warc_non_200", URL.format(9)), ("page", URL.format(1)), ("warc_truncated", URL.format(2)),
        ("warc_not_http", "dns:courier.example"),
    ]
    assert reader.types == {"warcinfo": 1, "response": 6, "request": 6, "metadata": 1, "revisit": 1}
    page = entries[0]
    assert isinstance(page, ArchivedPage)
    assert page.location.offset == builder.offsets[1] and page.location.record_id == first
    assert page.date.isoformat() == "2026-10-05T08:00:00+00:00"
    gzipped = entries[3]
    assert isinstance(gzipped, ArchivedPage) and gzipped.body == story_page(URL.format(1), 1)
    assert b"Content-Encoding" not in dict(gzipped.headers)


def test_a_truncated_last_record_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    builder = four_stories(tmp_path / "cut.warc.gz")
    data = builder.data()
    last_response = members(data)[-2][0]
    for cut in (last_response + 300, last_response + 900):
        assert outcomes(builder.save(data[:cut])) == [
            *(("page", URL.format(i)) for i in range(3)), ("warc_truncated", URL.format(3))]


def test_gzip_member_boundaries_in_bad_places_do_not_matter(tmp_path: Path) -> None:
    builder = four_stories(tmp_path / "members.warc.gz")
    data = builder.data()
    parts = members(data)
    offset, raw = parts[3]  # the response record of story 1, split in two members mid-record
    split = data[:offset] + gzip.compress(raw[:400]) + gzip.compress(raw[400:]) + data[parts[4][0]:]
    assert outcomes(builder.save(split)) == [("page", URL.format(i)) for i in range(4)]
    offset, raw = parts[5]  # story 2's response and request records in one member
    joined = data[:offset] + gzip.compress(raw + parts[6][1]) + data[parts[7][0]:]
    assert outcomes(builder.save(joined)) == [("page", URL.format(i)) for i in range(4)]


def test_a_record_with_a_bad_digest_is_skipped(tmp_path: Path) -> None:
    builder = four_stories(tmp_path / "digest.warc.gz")
    data = builder.data()
    parts = members(data)
    offset, raw = parts[3]
    changed = raw.replace(b"embankment", b"Embankment", 1)
    assert changed != raw
    damaged = data[:offset] + gzip.compress(changed) + data[parts[4][0]:]
    assert outcomes(builder.save(damaged)) == [
        ("page", URL.format(0)), ("warc_bad_digest", URL.format(1)), ("page", URL.format(2)), ("page", URL.format(3))]


def test_junk_and_corrupt_members_are_counted_and_reading_goes_on(tmp_path: Path) -> None:
    builder = four_stories(tmp_path / "junk.warc.gz")
    data = builder.data()
    offset = members(data)[3][0]
    junk = data[:offset] + b"\x1f\x8b\x08 not a record " * 4 + data[offset:]
    assert outcomes(builder.save(junk)) == [
        ("page", URL.format(0)), ("warc_malformed", None), *(("page", URL.format(i)) for i in range(1, 4))]
    corrupt = data[:offset + 50] + b"\x00" * 8 + data[offset + 58:]
    assert outcomes(builder.save(corrupt)) == [
        ("page", URL.format(0)), ("warc_malformed", None), ("page", URL.format(2)), ("page", URL.format(3))]


def test_an_uncompressed_warc_is_read_and_its_cut_record_skipped(tmp_path: Path) -> None:
    builder = four_stories(tmp_path / "plain.warc")
    assert outcomes(builder.save()) == [("page", URL.format(i)) for i in range(4)]
    assert outcomes(builder.save(builder.data()[:-900])) == [
        *(("page", URL.format(i)) for i in range(3)), ("warc_truncated", URL.format(3))]


def test_filters_give_their_own_reasons(tmp_path: Path) -> None:
    builder = four_stories(tmp_path / "filtered.warc.gz")
    reader = WarcReader(builder.save(), max_size=MAX,
                        keep=lambda url, date: "warc_offsite" if url.endswith(("1.html", "2.html")) else None)
    assert [e.reason for e in reader if isinstance(e, Skipped)] == ["warc_offsite", "warc_offsite"]


@pytest.mark.parametrize(("encodings", "body", "expected"), [
    ((), b"<p>plain</p>", b"<p>plain</p>"),
    (("gzip",), gzip.compress(b"<p>zipped</p>"), b"<p>zipped</p>"),
    (("deflate",), zlib.compress(b"<p>zlib</p>"), b"<p>zlib</p>"),
    (("deflate",), zlib.compress(b"<p>raw</p>")[2:-4], b"<p>raw</p>"),
    (("identity, gzip",), gzip.compress(b"<p>listed</p>"), b"<p>listed</p>"),
])
def test_content_codings_are_undone(encodings: tuple[str, ...], body: bytes, expected: bytes) -> None:
    assert decoded(body, encodings, MAX) == expected


def test_an_unknown_coding_is_refused() -> None:
    with pytest.raises(ValueError, match="compress"):
        decoded(b"x", ("compress",), MAX)
