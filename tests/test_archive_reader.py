"""newsspider.archive: the reader (order, cursor, .part, gzip), latest state and SQLite load."""

from __future__ import annotations

import gzip
import io
import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from newsspider.archive import list_batches, load, read, write_latest
from newsspider.items import EXPORT_FIELDS

DAY = "2026-12-04"


def line(n: int, version: int | None = 1, *, removed: bool | None = None, story: int | None = None) -> dict[str, Any]:
    """An exported line (every key, in order) of story ``story`` (default ``n``)."""
    values = dict.fromkeys(EXPORT_FIELDS)
    url = f"https://news.example/story-{story if story is not None else n}.html"
    values.update(url=url, canonicalUrl=url, headline=f"Story {n}", articleBody=f"Body {n}.", authors=[],
                  keywords=[], version=version, removed=removed, spider="news",
                  dateDownloaded="2026-12-04T10:00:00+00:00")
    return values


def write_batch(root: Path, name: str, lines: list[dict[str, Any]], *, spider: str = "news",
                day: str = DAY) -> Path:
    path = root / spider / day / name
    path.parent.mkdir(parents=True, exist_ok=True)
    data = "".join(json.dumps(value) + "\n" for value in lines).encode("utf-8")
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return path


def batch_name(hour: int, batch: int = 1, pid: int = 100, ext: str = "jsonl") -> str:
    return f"{DAY}T{hour:02d}-00-00.000Z-{pid}-{batch:05d}.{ext}"


def headlines(reading) -> list[str]:
    return [value["headline"] for value in reading]


def test_complete_batches_in_name_order_across_spiders_and_days(tmp_path: Path) -> None:
    write_batch(tmp_path, batch_name(11), [line(3)], spider="article", day="2026-12-05")
    write_batch(tmp_path, batch_name(10, 2), [line(2)])
    write_batch(tmp_path, batch_name(10, 1), [line(0), line(1)])
    (tmp_path / "news" / DAY / f"{DAY}T10-00-00.000Z-100.stats.json").write_text("{}", "utf-8")
    reading = read(tmp_path)
    assert headlines(reading) == ["Story 0", "Story 1", "Story 2", "Story 3"]
    assert reading.cursor == batch_name(11)


def test_gzip_batches(tmp_path: Path) -> None:
    write_batch(tmp_path, batch_name(10, ext="jsonl.gz"), [line(0), line(1)])
    write_batch(tmp_path, batch_name(11), [line(2)])
    assert headlines(read(tmp_path)) == ["Story 0", "Story 1", "Story 2"]


def test_cursor_resumes_after_the_last_batch_read(tmp_path: Path) -> None:
    write_batch(tmp_path, batch_name(10), [line(0)])
    first = read(tmp_path)
    assert headlines(first) == ["Story 0"]
    assert headlines(read(tmp_path, since=first.cursor)) == []
    write_batch(tmp_path, batch_name(11), [line(1)])
    second = read(tmp_path, since=first.cursor)
    assert headlines(second) == ["Story 1"]
    assert second.cursor == batch_name(11)
    nothing = read(tmp_path, since=second.cursor)
    assert headlines(nothing) == [] and nothing.cursor == second.cursor


def test_part_files_never_read_and_later_batches_wait_for_them(tmp_path: Path) -> None:
    """A run that started at 10:00 is still writing its second batch; a run
    started at 11:00 finished. Reading past the .part would move the cursor
    beyond a batch not written yet: the read stops before it."""
    write_batch(tmp_path, batch_name(10, 1), [line(0)])
    part = write_batch(tmp_path, batch_name(10, 2) + ".part", [line(1)])
    write_batch(tmp_path, batch_name(11), [line(2)])
    first = read(tmp_path)
    assert headlines(first) == ["Story 0"]
    assert first.cursor == batch_name(10, 1)
    part.rename(part.with_name(batch_name(10, 2)))  # the batch completes
    second = read(tmp_path, since=first.cursor)
    assert headlines(second) == ["Story 1", "Story 2"]


def test_stale_part_is_not_waited_for(tmp_path: Path, caplog) -> None:
    part = write_batch(tmp_path, batch_name(10) + ".part", [line(0)])
    write_batch(tmp_path, batch_name(11), [line(1)])
    old = time.time() - 7 * 3600
    os.utime(part, (old, old))
    assert headlines(read(tmp_path)) == ["Story 1"]
    assert "Not waiting for" in caplog.text


def test_batch_appearing_during_the_read_is_read_next_time(tmp_path: Path) -> None:
    write_batch(tmp_path, batch_name(10), [line(0), line(1)])
    reading = read(tmp_path)
    seen = []
    for value in reading:
        seen.append(value["headline"])
        if len(seen) == 1:  # a crawl stores a batch meanwhile
            write_batch(tmp_path, batch_name(11), [line(2)])
    assert seen == ["Story 0", "Story 1"]
    assert reading.cursor == batch_name(10)
    assert headlines(read(tmp_path, since=reading.cursor)) == ["Story 2"]


def test_broken_line_skipped_and_counted(tmp_path: Path, caplog) -> None:
    path = write_batch(tmp_path, batch_name(10), [line(0)])
    path.write_bytes(path.read_bytes() + b"[1, 2]\n{not json\n")
    reading = read(tmp_path)
    assert headlines(reading) == ["Story 0"]
    assert reading.broken == 2
    assert "is not a JSON object" in caplog.text


def test_corrupt_gzip_batch_logged_not_raised(tmp_path: Path, caplog) -> None:
    path = write_batch(tmp_path, batch_name(10, ext="jsonl.gz"), [line(0), line(1)])
    path.write_bytes(path.read_bytes()[:-12])  # the stream cut short
    write_batch(tmp_path, batch_name(11), [line(2)])
    assert headlines(read(tmp_path))[-1] == "Story 2"
    assert "could not be read to its end" in caplog.text


def test_batch_left_half_read_does_not_move_the_cursor(tmp_path: Path) -> None:
    write_batch(tmp_path, batch_name(10), [line(0), line(1)])
    reading = read(tmp_path)
    for _value in reading:
        break
    assert reading.cursor is None


def test_list_batches_empty_archive(tmp_path: Path) -> None:
    assert list_batches(tmp_path) == []


def archive_with_versions(root: Path) -> None:
    """Story 1: versions 1, 2; story 2: version 1, then a tombstone; story 3: two
    full-run lines (version null); story 4: version 3 then a late version 2."""
    write_batch(root, batch_name(10, ext="jsonl.gz"), [line(1, 1, story=1), line(2, 1, story=2), line(3, None, story=3)])
    write_batch(root, batch_name(11), [line(4, 2, story=1), line(5, 2, removed=True, story=2), line(6, 3, story=4)])
    write_batch(root, batch_name(12), [line(7, None, story=3), line(8, 2, story=4)])


def latest(root: Path, **options: Any) -> list[dict[str, Any]]:
    out = io.BytesIO()
    write_latest(root, out, **options)
    return [json.loads(raw) for raw in out.getvalue().splitlines()]


def test_latest_one_line_per_story_latest_version(tmp_path: Path) -> None:
    archive_with_versions(tmp_path)
    assert [(v["headline"], v["version"]) for v in latest(tmp_path)] == [
        ("Story 4", 2), ("Story 6", 3), ("Story 7", None)]
    with_removed = latest(tmp_path, with_removed=True)
    assert [(v["headline"], v["removed"]) for v in with_removed] == [
        ("Story 4", None), ("Story 5", True), ("Story 6", None), ("Story 7", None)]


def test_latest_lines_are_written_as_they_were(tmp_path: Path) -> None:
    path = write_batch(tmp_path, batch_name(10), [line(0)])
    out = io.BytesIO()
    write_latest(tmp_path, out)
    assert out.getvalue() == path.read_bytes()


def test_load_into_sqlite_twice_loads_nothing_twice(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    archive_with_versions(root)
    database = tmp_path / "archive.sqlite"
    first = load(root, database)
    assert (first.batches, first.lines) == (3, 8)
    again = load(root, database)
    assert (again.batches, again.lines) == (0, 0)
    db = sqlite3.connect(database)
    stories = db.execute('SELECT "canonicalUrl", headline, version, removed FROM stories ORDER BY 1').fetchall()
    assert [(h, v, r) for _url, h, v, r in stories] == [
        ("Story 4", 2, None), ("Story 5", 2, 1), ("Story 7", None, None), ("Story 6", 3, None)]
    assert db.execute("SELECT count(*) FROM live_stories").fetchone() == (3,)
    assert db.execute("SELECT count(*) FROM versions").fetchone() == (8,)
    assert db.execute("SELECT batch FROM newsspider_cursor").fetchone() == (batch_name(12),)
    authors, keywords = db.execute("SELECT authors, keywords FROM stories LIMIT 1").fetchone()
    assert (json.loads(authors), json.loads(keywords)) == ([], [])
    db.close()

    warc = {"file": "2026-12-04T13-00-00.000Z-100-00001.warc.gz", "offset": 1234, "recordId": "<urn:uuid:1>"}
    write_batch(root, batch_name(13), [{**line(9, 3, story=1), "warc": warc}])
    assert load(root, database).lines == 1
    db = sqlite3.connect(database)
    assert db.execute("SELECT count(*) FROM versions").fetchone() == (9,)
    assert [json.loads(v) for (v,) in db.execute("SELECT warc FROM stories WHERE warc IS NOT NULL")] == [warc]
    versions = db.execute("SELECT version FROM versions WHERE \"canonicalUrl\" LIKE '%story-1.html' ORDER BY version")
    assert [v for (v,) in versions] == [1, 2, 3]
    db.close()


def test_loads_into_one_database_take_turns(tmp_path: Path, monkeypatch) -> None:
    """A second load waits for the first to finish before it reads the cursor: the
    cursor is read, and every batch written, under the load lock beside the database."""
    from contextlib import contextmanager

    from newsspider.archive import sqlite as sqlite_module

    root = tmp_path / "archive"
    archive_with_versions(root)
    database = tmp_path / "archive.sqlite"
    held: list[str] = []
    seen: list[tuple[str, list[str]]] = []
    real_opening, real_cursor_of = sqlite_module.opening, sqlite_module.cursor_of

    @contextmanager
    def recording(lock_path):
        with real_opening(lock_path):
            held.append(str(lock_path))
            yield
            held.pop()

    def cursor_of(db):
        seen.append(("cursor", list(held)))
        return real_cursor_of(db)

    monkeypatch.setattr(sqlite_module, "opening", recording)
    monkeypatch.setattr(sqlite_module, "cursor_of", cursor_of)
    assert load(root, database).lines == 8
    assert seen == [("cursor", [f"{database}.load.lock"])]
    assert (tmp_path / "archive.sqlite.load.lock").exists() and held == []


def test_parquet_output(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from newsspider.archive.parquet import ParquetSink

    archive_with_versions(tmp_path / "archive")
    warc = {"file": "a.warc.gz", "offset": 12, "recordId": "<urn:uuid:1>"}
    write_batch(tmp_path / "archive", batch_name(13), [{**line(9, None), "warc": warc}])
    sink = ParquetSink(tmp_path / "stories.parquet")
    write_latest(tmp_path / "archive", sink=sink)
    sink.close()
    table = pq.read_table(tmp_path / "stories.parquet")
    assert table.column_names == EXPORT_FIELDS
    assert table.column("headline").to_pylist() == ["Story 4", "Story 6", "Story 7", "Story 9"]
    assert table.column("warc").to_pylist()[-1] == warc
