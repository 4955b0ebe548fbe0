"""The project under a real scrapyd on 127.0.0.1: deploy the egg, run the sample and a failing crawl.

What an operator sees: scrapyd lists both jobs as ``finished`` (it has no
"failed" state); the failure shows in the run summary (``status``,
``failures``), in ``scrapy report``, in the job's log ("Crawl failed: ...")
and in scrapyd's own log ("Process died: exitstatus=1").
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.loopback import ROOT, Site, crawl_env

pytest.importorskip("scrapyd")
from tests.helpers.scrapydserver import ScrapydServer, build_egg  # noqa: E402

PROJECT = "newsspider"


def schedule(server: ScrapydServer, work: Path, urls: str) -> str:
    answer = server.api("schedule.json", [
        ("project", PROJECT), ("spider", "article"), ("urls", urls),
        ("setting", f"NEWSSPIDER_ARCHIVE_DIR={work / 'archive'}"),
        ("setting", f"NEWSSPIDER_STATE_DIR={work / 'state'}"),
        ("setting", "DOWNLOAD_DELAY=0"), ("setting", "AUTOTHROTTLE_ENABLED=False"),
    ])
    assert answer["status"] == "ok", answer
    return answer["jobid"]


def test_deploy_schedule_and_see_the_failure(tmp_path: Path) -> None:
    egg = build_egg(tmp_path)
    assert not (ROOT / "build").exists()
    with ScrapydServer(tmp_path / "scrapyd") as server, Site() as site:
        deployed = server.deploy(PROJECT, "r1", egg)
        assert deployed["status"] == "ok" and deployed["spiders"] >= 3, deployed
        good = schedule(server, tmp_path, str(ROOT / "samples" / "urls.txt"))
        bad = schedule(server, tmp_path, site.url("/gone.html"))
        finished = server.wait_finished(PROJECT, {good, bad})
    scrapyd_log = server.log.read_text()

    # scrapyd: both "finished"; only its own log tells the exit status.
    assert {job["id"] for job in finished} == {good, bad}
    assert f"Process died: exitstatus=1 project='{PROJECT}' spider='article' job='{bad}'" in scrapyd_log
    assert f"Process finished: project='{PROJECT}' spider='article' job='{good}'" in scrapyd_log

    # The archive: the sample's four stories, and one run summary per job.
    batches = sorted((tmp_path / "archive" / "article").glob("*/*.jsonl"))
    assert [len(b.read_text("utf-8").splitlines()) for b in batches] == [4]
    summaries = [json.loads(p.read_text("utf-8")) for p in (tmp_path / "archive" / "article").glob("*/*.stats.json")]
    by_status = {s["status"]: s for s in summaries}
    assert sorted(by_status) == ["failed", "ok"]
    assert by_status["failed"]["failures"] == ["no story found (nothing exported, nothing skipped as already archived)"]
    assert by_status["ok"]["stories"]["exported"] == 4
    # The jobs ran the deployed egg, not this checkout.
    assert all(Path(s["code"]).parent.suffix == ".egg" for s in summaries), [s["code"] for s in summaries]

    # The job's log says why.
    job_log = next((tmp_path / "scrapyd" / "logs" / PROJECT / "article").glob(f"{bad}.log")).read_text()
    assert "Crawl failed: no story found" in job_log

    # And so does the report.
    report = subprocess.run([sys.executable, "-m", "scrapy", "report", str(tmp_path / "archive"), "-o",
                             str(tmp_path / "report.html")], cwd=tmp_path, env=crawl_env(), capture_output=True,
                            text=True, timeout=60)
    assert "Report of 2 runs (1 failed)" in report.stdout, report.stderr[-2000:]
    assert "no story found" in (tmp_path / "report.html").read_text("utf-8")
