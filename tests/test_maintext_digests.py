"""``main_text`` and ``short_post`` give the text they gave when the digests were
made, on every page of the ../shared sets (skipped where ../shared is absent).

A rewrite of ``maintext`` for clarity or speed must change no page's text. Where
the text changes on purpose, ``benchmarks/maintext_digests.py`` rewrites
``tests/data/maintext_digests.json``, and the commit says why. The pages of every set
are digested once, in two processes (``tests/helpers/benchrun.py``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.maintext_digests import DEFAULT_OUT
from tests.helpers import benchrun

STORED = json.loads(DEFAULT_OUT.read_text("utf-8"))


@pytest.mark.parametrize("name", sorted(STORED))
def test_main_text_unchanged(shared: Path, name: str) -> None:
    found = benchrun.maintext_digests(shared, sorted(STORED))[name]
    assert found, f"no {name} pages"
    changed = [file for file, value in found.items() if value != STORED[name].get(file)]
    assert not changed, (
        f"{len(changed)} {name} pages changed main text: {changed[:20]}; if on purpose, "
        "run benchmarks/maintext_digests.py and say why in the commit"
    )
