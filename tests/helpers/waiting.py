"""Waiting in tests: poll a condition until a deadline, never sleep blindly.

``wait_until`` fails with a message saying what was awaited, for how long, and
why it gave up early where ``abort_if`` says so (a process that ended, for
instance). ``latency`` is a fake server's simulated slowness, the one other
place a test may pause.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

#: Seconds between two looks at the condition.
INTERVAL = 0.02


class WaitTimeout(AssertionError):
    """What was awaited did not happen in time."""


def wait_until(condition: Callable[[], T], *, timeout: float, what: str,
               abort_if: Callable[[], str | None] | None = None, interval: float = INTERVAL) -> T:
    """The first true value of ``condition()``, polled every ``interval`` seconds;
    ``WaitTimeout`` after ``timeout`` seconds, or as soon as ``abort_if()`` gives a
    reason to stop waiting."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        reason = abort_if() if abort_if is not None else None
        if reason:
            raise WaitTimeout(f"gave up waiting for {what}: {reason}")
        if time.monotonic() >= deadline:
            raise WaitTimeout(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(interval)


def latency(seconds: float) -> None:
    """A fake server taking ``seconds`` to answer (not a wait for anything)."""
    time.sleep(seconds)
