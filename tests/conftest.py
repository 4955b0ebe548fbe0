from __future__ import annotations

from pathlib import Path

import pytest

from tests.loopback import FIXTURES, Site

#: ../shared beside the checkout: real pages for measuring; absent on some machines.
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "bench").is_dir():
        pytest.skip("../shared/bench is not present")
    return SHARED


@pytest.fixture
def fixture_site():
    """A loopback site serving tests/fixtures/site."""
    with Site(FIXTURES / "site") as site:
        yield site
