"""A throwaway scrapyd on 127.0.0.1, and the project's egg built as ``scrapyd-deploy`` builds it.

``ScrapydServer(folder)`` writes a ``scrapyd.conf`` of its own in ``folder``
(free loopback port, eggs, logs and databases in ``folder``, no
``items_dir``, a short poll interval) and runs scrapyd there, with an
environment that does not put this checkout on the path: jobs import the
deployed egg. ``api()`` calls its JSON web service; ``wait_finished()`` polls
``listjobs.json`` until the jobs are finished or a deadline passes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.error import URLError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

from tests.helpers.loopback import ROOT
from tests.helpers.processes import end_process
from tests.helpers.waiting import WaitTimeout, wait_until
from tests.helpers.redisserver import free_port

if TYPE_CHECKING:
    from typing import Self

BIN = Path(sys.executable).parent

CONFIG = """[scrapyd]
bind_address = 127.0.0.1
http_port = {port}
eggs_dir = {folder}/eggs
logs_dir = {folder}/logs
dbs_dir = {folder}/dbs
items_dir =
jobs_to_keep = 5
max_proc = 2
poll_interval = 0.2
"""


def build_egg(folder: Path) -> Path:
    """The egg ``scrapyd-deploy`` would upload (``--build-egg``), from this checkout."""
    egg = folder / "newsspider.egg"
    subprocess.run([str(BIN / "scrapyd-deploy"), f"--build-egg={egg}"], cwd=ROOT, check=True,
                   capture_output=True, timeout=120)
    return egg


def job_environment() -> dict[str, str]:
    """This environment without the checkout on the path, the project's
    settings module or a proxy: what a scrapyd service would have."""
    dropped = {"PYTHONPATH", "SCRAPY_SETTINGS_MODULE", "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"}
    return {k: v for k, v in os.environ.items() if k not in dropped}


class ScrapydServer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = folder / "scrapyd.log"
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Self:
        (self.folder / "scrapyd.conf").write_text(CONFIG.format(port=self.port, folder=self.folder))
        with self.log.open("wb") as log:
            self.process = subprocess.Popen([str(BIN / "scrapyd")], cwd=self.folder, env=job_environment(),
                                            stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_until(self._answers, timeout=30, what=f"scrapyd on port {self.port}",
                       abort_if=self._ended, interval=0.1)
        except WaitTimeout as exc:
            self.__exit__()
            raise RuntimeError(f"{exc}: {self.log.read_text()[-2000:]}") from None
        return self

    def _answers(self) -> bool:
        try:
            return self.api("daemonstatus.json").get("status") == "ok"
        except (URLError, ConnectionError):
            return False

    def _ended(self) -> str | None:
        assert self.process is not None
        code = self.process.poll()
        return None if code is None else f"scrapyd exited with status {code}"

    def __exit__(self, *exc: Any) -> None:
        if self.process is None:
            return
        end_process(self.process, timeout=15)
        self.process = None

    def api(self, endpoint: str, data: list[tuple[str, str]] | None = None,
            files: dict[str, Path] | None = None) -> dict[str, Any]:
        """GET ``endpoint`` (or POST ``data``, as a form or with ``files``, multipart)."""
        url = f"{self.base}/{endpoint}"
        if files:
            body, content_type = multipart(data or [], files)
            request = Request(url, data=body, headers={"Content-Type": content_type})
        elif data is not None:
            request = Request(url, data=urlencode(data).encode())
        else:
            request = Request(url)
        with urlopen(request, timeout=30) as response:
            return json.loads(response.read())

    def deploy(self, project: str, version: str, egg: Path) -> dict[str, Any]:
        return self.api("addversion.json", [("project", project), ("version", version)], {"egg": egg})

    def wait_finished(self, project: str, jobs: set[str], deadline_seconds: float = 60) -> list[dict[str, Any]]:
        """The ``finished`` entries of ``jobs``, once all are finished."""
        def all_finished() -> list[dict[str, Any]]:
            listed = self.api(f"listjobs.json?project={project}")["finished"]
            finished = [job for job in listed if job["id"] in jobs]
            return finished if len(finished) == len(jobs) else []

        try:
            return wait_until(all_finished, timeout=deadline_seconds, what=f"scrapyd jobs {sorted(jobs)}",
                              interval=0.2)
        except WaitTimeout as exc:
            raise TimeoutError(f"{exc}: {self.log.read_text()[-3000:]}") from None


def multipart(fields: list[tuple[str, str]], files: dict[str, Path]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts: list[bytes] = []
    for name, value in fields:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, path in files.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{path.name}"\r\n'
                     "Content-Type: application/octet-stream\r\n\r\n".encode() + path.read_bytes() + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"
