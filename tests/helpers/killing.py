"""Kill a real crawl (SIGKILL) at a chosen point, for the kill-and-resume tests."""

from __future__ import annotations

import signal
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

from tests.helpers.loopback import crawl_env


def kill_when(command: list[str], workdir: Path, ready: Callable[[], bool], timeout: float = 60) -> None:
    """Run ``command`` in ``workdir`` and SIGKILL it as soon as ``ready()`` holds
    (looked at every 20 ms); fails if it never does, or the process ends first."""
    proc = subprocess.Popen(command, cwd=workdir, env=crawl_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        reached = threading.Event()
        deadline = time.monotonic() + timeout
        while not reached.is_set() and time.monotonic() < deadline and proc.poll() is None:
            if ready():
                reached.set()
            else:
                reached.wait(0.02)
        assert reached.is_set(), "the point to kill the crawl at was never reached"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
