"""Regression gates on the real pages of ../shared/bench (skipped where it is absent).

What the crawl exports (the spider callback and every item pipeline, in process:
``tests/helpers/benchrun.py``, the session's one run, shared with the contract
test) is scored by the bench's own scorer, as ``benchmarks/quick_eval.py`` does,
and each set must stay at or above the floors in ``tests/data/bench_gates.json``:
body (aeb and wcxb body F1, WCXB's word F1, trafeval's phrases F1), authors (pages
right, name precision), headlines (pages right), and which pages are kept (every aeb
page; wcxb's articles kept and other pages dropped), dates (day accuracy, precision
and coverage on trafeval, wcxb and dates; india's exact times and checked fields). Quality only: no timing here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import benchrun

GATES_FILE = Path(__file__).resolve().parent / "data" / "bench_gates.json"
GATES: dict[str, dict[str, float]] = {
    name: floors for name, floors in json.loads(GATES_FILE.read_text("utf-8")).items() if not name.startswith("_")
}


def figure(scores: dict[str, Any], path: str) -> float | None:
    """The score at a dotted ``path`` ("kept.articles_kept"), None where it is missing."""
    value: Any = scores
    for key in path.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value if isinstance(value, (int, float)) else None


def test_figure_reads_dotted_paths() -> None:
    scores = {"found": 181, "kept": {"articles_kept": 704}, "word_f1": None}
    assert figure(scores, "found") == 181
    assert figure(scores, "kept.articles_kept") == 704
    assert figure(scores, "kept.others") is None
    assert figure(scores, "word_f1") is None


@pytest.mark.parametrize("name", sorted(GATES))
def test_set_stays_above_its_floors(shared: Path, name: str) -> None:
    assert GATES[name], f"{name}: no floors"
    benchrun.runs(shared, sorted(GATES))  # every gated set in one pool, at the first test
    scores = benchrun.scores(shared, [name])[name]
    below = {path: (figure(scores, path), floor) for path, floor in GATES[name].items()
             if (figure(scores, path) or 0) < floor}
    assert not below, f"{name}: (figure, floor) below the floors of {GATES_FILE.name}: {below}"
