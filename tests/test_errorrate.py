"""The run's one error rate: which drops are faults."""

from __future__ import annotations

import pytest
from scrapy.settings import Settings

from newsspider.extensions.errorrate import error_rate, faulty_drops


@pytest.mark.parametrize(("stats", "faults"), [
    ({"newsspider/dropped/missing_articleBody": 2}, 2),
    ({"newsspider/dropped/not_article/forum": 3, "newsspider/dropped/not_article/video": 1}, 0),
    ({"newsspider/dropped/syndicated_copy": 5}, 0),
    ({"newsspider/dropped/syndicated_copy": 5, "newsspider/dropped/invalid_url": 1}, 1),
    ({"newsspider/skipped/unchanged": 9}, 0),
])
def test_only_fault_drops_count(stats: dict[str, int], faults: int) -> None:
    assert faulty_drops(stats) == faults


def test_rate_adds_error_lines_and_fault_drops_per_request() -> None:
    rate = error_rate({"log_count/ERROR": 1, "newsspider/dropped/missing_headline": 1,
                       "newsspider/dropped/syndicated_copy": 2, "downloader/request_count": 4},
                      Settings({"NEWSSPIDER_MAX_ERROR_RATE": 0.2}))
    assert (rate.errors, rate.requests) == (2, 4)
    assert rate.exceeded and rate.describe() == "2 errors in 4 requests (50.0%)"
