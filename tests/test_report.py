"""``scrapy report``: tallies, reading the archive, the page."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from itemadapter import ItemAdapter

from newsspider.items import Article
from newsspider.report.archive import read_archive
from newsspider.report.page import day_range, minutes_text, render
from newsspider.report.tally import StoryTally, freshness_minutes, quantile, two_figures
from tests.helpers.articles import article, tombstone
from tests.helpers.loopback import crawl_env
from tests.helpers.synthetic_archive import ArchiveShape, write_archive

GENERATED = datetime(2026, 12, 4, 18, 0, tzinfo=timezone.utc)


def line_of(item: Article) -> dict[str, Any]:
    """The item as a batch line holds it."""
    return json.loads(json.dumps(ItemAdapter(item).asdict(), default=str))


@pytest.mark.parametrize(("value", "rounded"), [
    (0, 0), (7, 7), (99, 99), (104, 100), (1234, 1200), (1250, 1200), (1251, 1300), (98765, 99000), (-3, 0),
])
def test_two_significant_figures(value: float, rounded: int) -> None:
    assert two_figures(value) == rounded


@pytest.mark.parametrize(("published", "downloaded", "minutes"), [
    ("2019-04-22T11:50:00+05:30", "2019-04-22T06:35:00+00:00", 15),
    ("2026-11-30T09:00:00Z", "2026-11-30T12:00:00+00:00", 180),
    ("2026-11-30T09:00:00-05:00", "2026-11-30T14:30:00+00:00", 30),
    ("2026-11-30T14:00:00+00:00", "2026-11-30T12:00:00+00:00", 0),  # published "in the future": 0
    ("2026-11-30", "2026-11-30T12:00:00+00:00", None),  # a day, no time
    ("2026-11-30T09:00:00", "2026-11-30T12:00:00+00:00", None),  # a time in no known zone
    ("Mon, May 20 2019", "2026-11-30T12:00:00+00:00", None),
    (None, "2026-11-30T12:00:00+00:00", None),
])
def test_freshness_minutes(published: str | None, downloaded: str, minutes: int | None) -> None:
    assert freshness_minutes(published, downloaded) == minutes


def test_quantiles_of_a_histogram() -> None:
    histogram = Counter({5: 4, 10: 4, 60: 1, 600: 1})
    assert quantile(histogram, 0.5) == 10
    assert quantile(histogram, 0.9) == 60
    assert quantile(histogram, 1.0) == 600
    assert quantile(Counter(), 0.5) is None


def test_tally_counts_versions_coverage_and_freshness() -> None:
    tally = StoryTally()
    tally.add(line_of(article(version=1)))
    tally.add(line_of(article(version=2, authors=[], agency=None, datePublished="2019-01-18")))
    tally.add(line_of(article(version=None)))
    tally.add(line_of(tombstone()))
    c = tally.counts
    assert (c["exported"], c["new"], c["changed"], c["unversioned"], c["removed"], c["articles"]) == (4, 1, 1, 1, 1, 3)
    assert (c["timed"], c["authors"], c["agency"]) == (2, 2, 2)
    assert sum(tally.body_chars.values()) == 3
    assert tally.freshness == Counter({two_figures((datetime(2026, 11, 30, 12) - datetime(2019, 1, 18, 7, 30))
                                                   .total_seconds() / 60): 2})
    again = StoryTally()
    again.add_dict(json.loads(json.dumps(tally.to_dict())))
    assert again == tally


def test_summaries_and_batches_give_the_same_figures(tmp_path: Path) -> None:
    """Half the runs have a ``stories`` block, half only batches: the totals
    are those of every batch line."""
    written = write_archive(tmp_path, ArchiveShape(sites=2, runs=40, days=4, legacy_share=0.5))
    assert 0 < written.legacy_summaries < written.summaries
    expected = StoryTally()
    for batch in tmp_path.rglob("*.jsonl"):
        for line in batch.read_text().splitlines():
            expected.add(json.loads(line))
    figures = read_archive(tmp_path)
    total = StoryTally()
    for by_day in figures.days.values():
        for stats in by_day.values():
            total.merge(stats.tally)
    assert total == expected
    assert figures.summaries == written.summaries
    assert len(figures.failed_runs) == written.failed
    started = [run.started for run in figures.failed_runs]
    assert started == sorted(started, reverse=True)
    assert not figures.unreadable


def test_runs_without_summary_gz_part_and_bad_files(tmp_path: Path) -> None:
    day = tmp_path / "article" / "2026-12-01"
    day.mkdir(parents=True)
    line = json.dumps(line_of(article(version=1))) + "\n"
    # A killed run: a complete batch (gzipped), an unfinished one, no summary.
    with gzip.open(day / "2026-12-01T10-00-00.000Z-11-00001.jsonl.gz", "wt") as batch:
        batch.write(line + "\n" + "{not json\n")
    (day / "2026-12-01T10-00-00.000Z-11-00002.jsonl.part").write_text(line * 5)
    # A run killed during its first batch.
    (day / "2026-12-01T10-30-00.000Z-13-00001.jsonl.part").write_text(line)
    # A run whose summary was cut short.
    (day / "2026-12-01T11-00-00.000Z-12.stats.json").write_text('{"spider": "art')
    figures = read_archive(tmp_path)
    stats = figures.days["article"]["2026-12-01"]
    assert (stats.runs, stats.unsummarised_runs, stats.tally.counts["new"]) == (0, 2, 1)
    assert sorted(Path(u).name for u in figures.unreadable) == [
        "2026-12-01T10-00-00.000Z-11-00001.jsonl.gz:3", "2026-12-01T11-00-00.000Z-12.stats.json"]
    page = render(figures, GENERATED)
    assert "2 without a summary" in page


def test_page_is_self_contained_and_every_chart_draws(tmp_path: Path) -> None:
    write_archive(tmp_path, ArchiveShape(sites=3, runs=60, days=5))
    page = render(read_archive(tmp_path), GENERATED)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "default-src 'none'" in page
    charts = re.findall(r'<svg class="chart".*?</svg>', page, flags=re.S)
    assert len(charts) == 9
    assert all('class="mark"' in chart for chart in charts)
    assert "Failed runs (6), most recent first" in page


@pytest.mark.parametrize(("minutes", "text"), [
    (None, "–"), (45, "45 min"), (330, "5.5 h"), (4600, "3.2 d"), (1100000, "2.1 y")])
def test_minutes_text(minutes: int | None, text: str) -> None:
    assert minutes_text(minutes) == text


def test_day_range_fills_the_gaps() -> None:
    assert day_range(["2026-03-01", "2026-02-27"]) == ["2026-02-27", "2026-02-28", "2026-03-01"]
    assert day_range([]) == []


def run_report(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scrapy", "report", *args], cwd=cwd, env=crawl_env(),
                          capture_output=True, text=True, timeout=60)


def test_missing_archive_is_one_line_and_status_2(tmp_path: Path) -> None:
    result = run_report(str(tmp_path / "nowhere"), cwd=tmp_path)
    assert result.returncode == 2
    assert "no archive folder at" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_unwritable_output_is_one_line_and_status_2(tmp_path: Path) -> None:
    (tmp_path / "archive").mkdir()
    (tmp_path / "taken").write_text("a file, not a folder")
    result = run_report(str(tmp_path / "archive"), "-o", str(tmp_path / "taken" / "report.html"), cwd=tmp_path)
    assert result.returncode == 2
    assert "cannot write the report to" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
