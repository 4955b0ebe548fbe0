"""A throwaway ``redis-server`` on 127.0.0.1 for the scale-out tests and benchmark.

``RedisServer(folder)`` starts Debian's ``redis-server`` on a free loopback
port, with its files in ``folder`` and no persistence unless asked
(``appendonly=True``); ``restart()`` stops and starts it on the same port and
folder, ``stop()`` ends it. ``redis_server`` (the pytest fixture in the tests
using it) skips when ``redis-server`` is not installed.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.helpers.waiting import WaitTimeout, wait_until
from tests.helpers.processes import end_process

if TYPE_CHECKING:
    from typing import Self

BINARY = "redis-server"


def available() -> bool:
    return shutil.which(BINARY) is not None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    def __init__(self, folder: Path, *, appendonly: bool = False) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.appendonly = appendonly
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> Self:
        import redis

        command = [BINARY, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                   "--appendonly", "yes" if self.appendonly else "no", "--appendfsync", "always",
                   "--dir", str(self.folder), "--protected-mode", "yes", "--loglevel", "warning"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = self.client()

        def answers() -> bool:
            try:
                return bool(client.ping())
            except redis.ConnectionError:
                return False

        try:
            wait_until(answers, timeout=5, what=f"redis-server to answer on port {self.port}",
                       abort_if=lambda: self.process is not None and self.process.poll() is not None
                       and "redis-server exited")
        except WaitTimeout:
            self.stop()
            raise
        return self

    def client(self) -> Any:
        """A ``redis.Redis`` client (imported here: the extra may be missing)."""
        import redis

        return redis.Redis.from_url(self.url)

    def stop(self) -> None:
        if self.process is None:
            return
        end_process(self.process, timeout=10)
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
