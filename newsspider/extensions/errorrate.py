"""The run's error rate: one definition, read by the exit status and the monitor.

``errors`` are ERROR log lines (a download that failed for good, a callback or
pipeline that raised, a batch not stored: one line each) plus items dropped
for a fault (``newsspider/dropped/*`` other than ``not_article/*`` and
``syndicated_copy``: a page without a body is an error, a video page or a
dropped copy of a wire story is not). ``requests`` are the
requests sent (``downloader/request_count``, retries included). The run fails
(exit status 1) and the monitor's ``error_rate`` check fails when
``errors / requests`` exceeds ``NEWSSPIDER_MAX_ERROR_RATE``; both print the
same :meth:`ErrorRate.describe` text.

Download exceptions are not added on top: each exception that ends a request
already logs its one ERROR line, and a retried one is not an error yet.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from scrapy.settings import BaseSettings

from newsspider.stats import key

SETTING = "NEWSSPIDER_MAX_ERROR_RATE"
#: Its value where the project's settings are not loaded (as in ``settings.py``).
DEFAULT_LIMIT = 0.2


@dataclass(frozen=True, slots=True)
class ErrorRate:
    errors: int
    requests: int
    #: Highest accepted ``errors / requests`` (``NEWSSPIDER_MAX_ERROR_RATE``).
    limit: float

    @property
    def rate(self) -> float:
        """``errors / requests``; a run without requests (``scrapy crawl warc`` reads
        files) counts as one, so that its errors weigh as errors, not as infinity."""
        return self.errors / max(self.requests, 1)

    @property
    def exceeded(self) -> bool:
        return self.rate > self.limit

    def describe(self) -> str:
        """``3 errors in 10 requests (30.0%)``."""
        return f"{self.errors} errors in {self.requests} requests ({self.rate:.1%})"


#: Drop reasons that are a policy doing its job, not a fault: pages that are not
#: articles (the classifier), copies of a story already exported
#: (``NEWSSPIDER_SYNDICATED=drop``).
DELIBERATE_DROPS = ("not_article/", "syndicated_copy")


def faulty_drops(stats: Mapping[str, Any]) -> int:
    """Items dropped for a fault: ``newsspider/dropped/*`` except the deliberate
    drops (:data:`DELIBERATE_DROPS`)."""
    dropped = key("dropped", "")
    deliberate = tuple(key("dropped", reason) for reason in DELIBERATE_DROPS)
    return sum(v for k, v in stats.items() if k.startswith(dropped) and not k.startswith(deliberate))


def error_rate(stats: Mapping[str, Any], settings: BaseSettings) -> ErrorRate:
    return ErrorRate(
        errors=int(stats.get("log_count/ERROR", 0)) + faulty_drops(stats),
        requests=int(stats.get("downloader/request_count", 0)),
        limit=settings.getfloat(SETTING, DEFAULT_LIMIT),
    )
