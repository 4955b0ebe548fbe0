"""The article path over the ../shared/bench sets, run once per test session.

Several tests read the same thing: what the spider callback and the item pipelines
make of every real page (``benchmarks/quick_eval.py``'s in-process path). Running
it costs most of a minute per thousand pages, so it runs once: the first test that
asks runs every set it needs in one pool of two processes, and later tests get
the same items. Callers check ``../shared`` first (the ``shared`` fixture).
"""

from __future__ import annotations

import gzip
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
#: Worker processes (CI has two cores).
JOBS = 2

#: Set name → (pages, items by URL, why not by URL), as quick_eval.evaluate returns them.
_RUNS: dict[str, tuple[list[dict], dict[str, dict], dict[str, str]]] = {}
#: Set name → its scores (scoring a set takes seconds).
_SCORES: dict[str, dict[str, Any]] = {}
#: Set name → {page file: digest of its main text}, as benchmarks/maintext_digests.py computes it.
_DIGESTS: dict[str, dict[str, str]] = {}
#: Set name → {page file: digest of its page-type features} (benchmarks/pagefeatures_digests.py's).
_FEATURE_DIGESTS: dict[str, dict[str, str]] = {}


def quick_eval() -> ModuleType:
    """``benchmarks/quick_eval.py`` (which imports the bench's own scorer from ../shared)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import quick_eval as module
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return module


def bench_sets(shared: Path) -> list[str]:
    """Every set of ``shared/bench`` (a folder with ``pages.json``)."""
    return sorted(p.name for p in (shared / "bench").iterdir() if (p / "pages.json").is_file())


def runs(shared: Path, names: list[str]) -> dict[str, tuple[list[dict], dict[str, dict], dict[str, str]]]:
    """(pages, items by URL, why not by URL) of each set, computed once per session;
    ``shared`` is the fixture's folder (quick_eval reads the same one)."""
    missing = [name for name in names if name not in _RUNS]
    if missing:
        _RUNS.update(quick_eval().evaluate_sets(missing, None, jobs=JOBS))
    return {name: _RUNS[name] for name in names}


def scores(shared: Path, names: list[str]) -> dict[str, dict[str, Any]]:
    """The bench's scores of each set (``bench.score``, plus WCXB's word F1), once per session."""
    missing = [name for name in names if name not in _SCORES]
    if missing:
        module = quick_eval()
        for name, (pages, items, _why) in runs(shared, missing).items():
            scored = module.bench.score(pages, items)
            scored["word_f1"] = module.word_f1(pages, items)
            _SCORES[name] = scored
    return {name: _SCORES[name] for name in names}


def maintext_digests(shared: Path, names: list[str]) -> dict[str, dict[str, str]]:
    """{page file: digest of main text and short post} of each set
    (``benchmarks/maintext_digests.py``'s), every set's pages in one pool, once per session."""
    _digest_sets(shared, names)
    return {name: _DIGESTS[name] for name in names}


def feature_digests(shared: Path, names: list[str]) -> dict[str, dict[str, str]]:
    """{page file: digest of its page-type features} of each set
    (``benchmarks/pagefeatures_digests.py``'s), in the main-text digests' pass."""
    _digest_sets(shared, names)
    return {name: _FEATURE_DIGESTS[name] for name in names}


def _digest_sets(shared: Path, names: list[str]) -> None:
    """Both digests of every page of the sets not digested yet: one parse a page."""
    missing = [name for name in names if name not in _DIGESTS]
    if missing:
        tasks = [(name, meta["url"], str(shared / "bench" / name / meta["file"]), meta["file"])
                 for name in missing
                 for meta in json.loads((shared / "bench" / name / "pages.json").read_text("utf-8"))]
        with ProcessPoolExecutor(JOBS) as pool:
            done = list(pool.map(_digest_page, tasks, chunksize=16))
        for (name, _url, _path, file), (text, features) in zip(tasks, done):
            _DIGESTS.setdefault(name, {})[file] = text
            _FEATURE_DIGESTS.setdefault(name, {})[file] = features
        for name in missing:
            _DIGESTS.setdefault(name, {})
            _FEATURE_DIGESTS.setdefault(name, {})


def _digest_page(task: tuple[str, str, str, str]) -> tuple[str, str]:
    from benchmarks import maintext_digests, pagefeatures_digests
    from newsspider.extract.page import Page

    _name, url, path, _file = task
    page = Page(url, gzip.decompress(Path(path).read_bytes()).decode("utf-8", "replace"))
    return maintext_digests.digest(page), pagefeatures_digests.digest(page)
