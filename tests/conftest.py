from __future__ import annotations

from pathlib import Path

import pytest

#: ../shared beside the checkout: real pages for measuring; absent on some machines.
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "bench").is_dir():
        pytest.skip("../shared/bench is not present")
    return SHARED
