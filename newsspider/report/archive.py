"""Reads an archive's run summaries and batches into figures per site and day.

The archive is ``<root>/<spider>/<YYYY-MM-DD>/``: run summaries
``<run>.stats.json`` and batches ``<run>-<batch>.jsonl[.gz]`` (``<run>`` is
``<time>-<pid>``; workers on Redis add ``-<worker>`` before the batch number).
A summary with a ``stories`` block is all a run needs; the batches of a run
whose summary predates that block, or that has no summary (killed, or still
running), are read line by line, one at a time, so memory stays flat however
large the archive. ``.part`` files are never read; a run that left only
those (killed during its first batch) is counted as a run without summary.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from newsspider.batchfiles import BATCH_SUFFIXES, PART_SUFFIX
from newsspider.report.tally import StoryTally

logger = logging.getLogger(__name__)

SUMMARY_SUFFIX = ".stats.json"
#: ``<time>-<pid>`` at the start of a batch name: the run it belongs to.
RUN_OF_BATCH = re.compile(r"^(.+?Z-\d+)-")
#: Outcome groups of the summary that end an article request without an export.
OUTCOME_GROUPS = ("dropped", "skipped", "failed")


@dataclass(slots=True)
class DayStats:
    """One site's runs of one UTC day (the day each run started)."""

    runs: int = 0
    failed_runs: int = 0
    unsummarised_runs: int = 0
    tally: StoryTally = field(default_factory=StoryTally)
    #: ``(group, reason) -> count``: dropped, skipped and failed article requests.
    outcomes: Counter[tuple[str, str]] = field(default_factory=Counter)


@dataclass(slots=True)
class FailedRun:
    spider: str
    run: str
    started: str
    failures: list[str]
    path: Path


@dataclass(slots=True)
class ArchiveFigures:
    root: Path
    #: ``spider -> day -> DayStats``
    days: dict[str, dict[str, DayStats]] = field(default_factory=lambda: defaultdict(dict))
    failed_runs: list[FailedRun] = field(default_factory=list)
    #: Files (or lines, as ``file:line``) that could not be read.
    unreadable: list[str] = field(default_factory=list)

    def day(self, spider: str, day: str) -> DayStats:
        return self.days[spider].setdefault(day, DayStats())

    @property
    def summaries(self) -> int:
        return sum(d.runs for days in self.days.values() for d in days.values())


def read_archive(root: Path) -> ArchiveFigures:
    """Figures of every run under ``root``, per spider and day."""
    figures = ArchiveFigures(root=root)
    for spider_dir in _subfolders(root):
        for day_dir in _subfolders(spider_dir):
            _read_day(figures, spider_dir.name, day_dir)
    figures.failed_runs.sort(key=lambda run: (run.started, run.run), reverse=True)
    return figures


def _subfolders(folder: Path) -> list[Path]:
    with os.scandir(folder) as entries:
        return sorted(Path(e.path) for e in entries if e.is_dir() and not e.name.startswith("."))


def _read_day(figures: ArchiveFigures, spider: str, folder: Path) -> None:
    summaries: list[str] = []
    batches: dict[str, list[str]] = defaultdict(list)
    with os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            if name.endswith(SUMMARY_SUFFIX):
                summaries.append(name)
            elif match := RUN_OF_BATCH.match(name):
                if name.endswith(BATCH_SUFFIXES):
                    batches[match.group(1)].append(name)
                elif name.endswith(PART_SUFFIX):  # an unfinished batch: the run is known, never read
                    batches.setdefault(match.group(1), [])
    day = figures.day(spider, folder.name)
    for name in summaries:
        run = name.removesuffix(SUMMARY_SUFFIX)
        summary = _load_summary(figures, folder / name)
        run_batches = batches.pop(run, [])
        if summary is None:
            continue
        _add_summary(figures, day, spider, run, folder / name, summary)
        if not isinstance(summary.get("stories"), dict):
            _add_batches(figures, day, folder, run_batches)
    for run_batches in batches.values():
        day.unsummarised_runs += 1
        _add_batches(figures, day, folder, run_batches)


def _load_summary(figures: ArchiveFigures, path: Path) -> dict[str, Any] | None:
    try:
        summary = json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        logger.warning("Unreadable run summary %(path)s: %(error)s", {"path": str(path), "error": exc})
        figures.unreadable.append(str(path))
        return None
    return summary if isinstance(summary, dict) else None


def _add_summary(figures: ArchiveFigures, day: DayStats, spider: str, run: str, path: Path,
                 summary: dict[str, Any]) -> None:
    day.runs += 1
    if summary.get("status") == "failed":
        day.failed_runs += 1
        figures.failed_runs.append(FailedRun(
            spider=str(summary.get("spider") or spider), run=run, started=str(summary.get("started") or run),
            failures=[str(f) for f in summary.get("failures") or []] or ["(no reason recorded)"], path=path))
    outcomes = summary.get("outcomes") or {}
    for group in OUTCOME_GROUPS:
        reasons = outcomes.get(group)
        if isinstance(reasons, dict):
            for reason, n in reasons.items():
                if isinstance(n, int) and n:
                    day.outcomes[group, reason] += n
    stories = summary.get("stories")
    if isinstance(stories, dict):
        day.tally.add_dict(stories)


def _add_batches(figures: ArchiveFigures, day: DayStats, folder: Path, names: list[str]) -> None:
    for name in sorted(names):
        path = folder / name
        for line in _lines(figures, path):
            day.tally.add(line)


def _lines(figures: ArchiveFigures, path: Path) -> Iterator[dict[str, Any]]:
    """The batch's lines, parsed one at a time; a bad line is noted and skipped."""
    try:
        stream: IO[bytes] = gzip.open(path, "rb") if path.name.endswith(".gz") else path.open("rb")
        with stream:
            for number, raw in enumerate(stream, 1):
                if not raw.strip():
                    continue
                try:
                    line = json.loads(raw)
                except ValueError:
                    logger.warning("Unreadable line %(number)s of %(path)s", {"number": number, "path": str(path)})
                    figures.unreadable.append(f"{path}:{number}")
                    continue
                if isinstance(line, dict):
                    yield line
    except OSError as exc:
        logger.warning("Unreadable batch %(path)s: %(error)s", {"path": str(path), "error": exc})
        figures.unreadable.append(str(path))
