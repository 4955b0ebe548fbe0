"""``recover_open_files``: ``.open`` WARC files of killed writers are cut after their
last complete record and renamed; a live writer's file (locked) is left alone."""

from __future__ import annotations

import fcntl
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("warcio")

from newsspider.warc.files import recover_open_files  # noqa: E402
from tests.helpers.warcs import WarcBuilder, members, story_page  # noqa: E402

URL = "https://courier.example/city/{}.html"


def written(path: Path, stories: int) -> bytes:
    builder = WarcBuilder(path)
    builder.warcinfo()
    for i in range(stories):
        builder.response(URL.format(i), story_page(URL.format(i), i))
    return builder.data()


def test_a_killed_writers_file_is_cut_after_its_last_complete_record(tmp_path: Path) -> None:
    data = written(tmp_path / "x.warc.gz", 3)
    last = members(data)[-1][0]
    (tmp_path / "news-20261204T101500Z-7-00000.warc.gz.open").write_bytes(data[:last + 40])  # cut mid-record
    (tmp_path / "news-20261204T101500Z-7-00001.warc.gz.open").write_bytes(b"")  # killed as it was created
    assert recover_open_files(tmp_path) == ["news-20261204T101500Z-7-00000.warc.gz"]
    recovered = tmp_path / "news-20261204T101500Z-7-00000.warc.gz"
    assert recovered.read_bytes() == data[:last]
    assert not list(tmp_path.glob("*.open"))
    check = subprocess.run([sys.executable, "-m", "warcio.cli", "check", str(recovered)], capture_output=True)
    assert check.returncode == 0


def test_a_live_writers_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "news-20261204T101500Z-8-00000.warc.gz.open"
    path.write_bytes(written(tmp_path / "y.warc.gz", 1))
    with path.open("ab") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert recover_open_files(tmp_path) == []
    assert path.exists()
