"""Kill a real crawl (SIGKILL) at a chosen point, for the kill-and-resume tests."""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

from tests.helpers.loopback import crawl_env
from tests.helpers.waiting import wait_until


def kill_when(command: list[str], workdir: Path, ready: Callable[[], object], what: str, timeout: float = 60) -> None:
    """Run ``command`` in ``workdir`` and SIGKILL it as soon as ``ready()`` holds;
    fails if it never does, or the process ends first."""
    proc = subprocess.Popen(command, cwd=workdir, env=crawl_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        wait_until(ready, timeout=timeout, what=what,
                   abort_if=lambda: "the crawl ended first" if proc.poll() is not None else None)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
