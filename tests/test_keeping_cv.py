"""``benchmarks/keeping_cv.py`` reads a ``--cv-out`` file's vectors in the order they
were built: a file made while a feature is tried must not be read in the shipped
model's order (no page then matches, and every page gets the in-sample answer)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from newsspider.extract import pagefeatures

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def keeping_cv(shared: Path) -> Iterator[ModuleType]:
    """The benchmark script as a module (it reads ../shared/bench's scorer)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        yield importlib.import_module("keeping_cv")
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


def _file(width: int, names: list[str] | None = None) -> dict[str, Any]:
    return {"threshold": 0.5, "features": names, "pages": [{"set": "wcxb", "url": "u", "x": [0.0] * width, "p": 1.0}]}


def test_the_names_the_file_gives(keeping_cv: ModuleType) -> None:
    assert keeping_cv._feature_names(_file(2, ["a", "b"]), ("x",)) == ("a", "b")


def test_the_shipped_models_order_for_its_width(keeping_cv: ModuleType) -> None:
    shipped = ("a", "b", "c")
    assert keeping_cv._feature_names(_file(3), shipped) == shipped


def test_the_codes_order_for_a_feature_being_tried(keeping_cv: ModuleType) -> None:
    shipped = pagefeatures.NAMES[:-1]
    assert keeping_cv._feature_names(_file(len(pagefeatures.NAMES)), shipped) == pagefeatures.NAMES


def test_a_width_neither_has_stops_the_run(keeping_cv: ModuleType) -> None:
    with pytest.raises(SystemExit, match="retrain"):
        keeping_cv._feature_names(_file(len(pagefeatures.NAMES) + 3), pagefeatures.NAMES)
