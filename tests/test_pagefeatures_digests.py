"""The page-type features are what they were when the shipped model was trained, on
every page of the ../shared sets (skipped where ../shared is absent).

A rewrite of ``pagefeatures`` for speed must change no page's feature vector: the
model's trees split on those values. Where a feature changes on purpose, retrain the
model (``benchmarks/train_pagetype.py --write``), rerun
``benchmarks/pagefeatures_digests.py`` and say why in the commit. Computed in the
main-text digests' pass (``tests/helpers/benchrun.py``): one parse a page.
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.pagefeatures_digests import DEFAULT_OUT
from tests.helpers import benchrun

STORED = json.loads(DEFAULT_OUT.read_text("utf-8"))


def test_features_unchanged(shared: Path) -> None:
    found = benchrun.feature_digests(shared, sorted(STORED))
    changed = {name: [file for file, value in pages.items() if value != STORED[name].get(file)]
               for name, pages in found.items()}
    assert all(found.values()), f"sets without pages: {[name for name, pages in found.items() if not pages]}"
    assert not any(changed.values()), (
        f"pages whose features changed: { {name: files[:10] for name, files in changed.items() if files} }; if on "
        "purpose, retrain the model (benchmarks/train_pagetype.py --write), run benchmarks/pagefeatures_digests.py "
        "and say why in the commit"
    )
