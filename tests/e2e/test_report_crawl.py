"""``scrapy report`` after real crawls, and the page in a real browser (headless Chromium).

The README's sample crawl and a failing crawl write their batches and run
summaries into one archive; the report must show the stories, and the failed
run with its reason. Chromium (Debian's ``chromium``, installed by ``.ci/run``)
loads the page from disk: the page's own check (script errors, blocked
requests, charts that draw nothing; see ``newsspider.report.page``) must
come out clean, no console message may be logged, and the screenshot must
be written.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.loopback import ROOT, Site, crawl, crawl_env
from tests.helpers.synthetic_archive import ArchiveShape, write_archive

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
BROWSER_FLAGS = ["--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars", "--virtual-time-budget=5000",
                 "--enable-logging=stderr", "--v=0"]


CONSOLE = re.compile(r":CONSOLE[:(]")


def open_in_chromium(page: Path, screenshot: Path | None = None) -> tuple[dict[str, str], list[str]]:
    """The page's own check (``data-*`` of ``<body>`` once loaded) and the
    console messages; with ``screenshot``, a PNG of the page's first 2,200 pixels too."""
    assert CHROMIUM is not None
    shot = ["--window-size=1280,2200", f"--screenshot={screenshot}"] if screenshot else []
    dom = subprocess.run([CHROMIUM, *BROWSER_FLAGS, *shot, "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=60)
    body = re.search(r"<body([^>]*)>", dom.stdout)
    assert body is not None, dom.stderr[-2000:]
    checks = dict(re.findall(r'data-([\w-]+)="([^"]*)"', body.group(1)))
    return checks, [line for line in dom.stderr.splitlines() if CONSOLE.search(line)]


def report(archive: Path, output: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scrapy", "report", str(archive), "-o", str(output)],
                          cwd=archive.parent, env=crawl_env(), capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive with the sample crawl and a failed crawl; its report."""
    work = tmp_path_factory.mktemp("report")
    archive = work / "archive"
    settings = {"NEWSSPIDER_SUMMARY_FILE": "", "NEWSSPIDER_ARCHIVE_DIR": str(archive),
                "NEWSSPIDER_STATE_DIR": str(work / "state")}
    sample = crawl("article", work, "-a", f"urls={ROOT / 'samples' / 'urls.txt'}", output=None, settings=settings)
    assert sample.returncode == 0, sample.log[-2000:]
    with Site() as site:
        failed = crawl("article", work, "-a", f"urls={site.url('/gone.html')}", output=None, settings=settings)
    assert failed.returncode == 1
    result = report(archive, work / "report.html")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Report of 2 runs (1 failed)" in result.stdout
    return work / "report.html"


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A month of runs of four sites, some failed, some with old summaries."""
    work = tmp_path_factory.mktemp("synthetic")
    write_archive(work / "archive", ArchiveShape(sites=4, runs=4 * 60, days=30, legacy_share=0.2))
    result = report(work / "archive", work / "report.html")
    assert result.returncode == 0, result.stderr[-2000:]
    return work / "report.html"


def test_report_shows_the_stories_and_the_failed_run(crawled: Path) -> None:
    page = crawled.read_text("utf-8")
    assert "Failed runs (1), most recent first" in page
    assert "no story found (nothing exported, nothing skipped as already archived)" in page
    overview = re.search(r"<a href='#site-article'>article</a></td><td>(\d+)</td><td class='status'>(\d+)</td>"
                         r"<td>(\d+)</td>", page)
    assert overview is not None and overview.groups() == ("2", "1", "4")  # runs, failed, exported
    assert "failed: http_404" in page


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs Debian's chromium)")
@pytest.mark.parametrize("which", ["crawled", "synthetic"])
def test_report_renders_in_chromium(which: str, request: pytest.FixtureRequest) -> None:
    page: Path = request.getfixturevalue(which)
    assert CHROMIUM is not None
    screenshot = page.with_suffix(".png")
    checks, console = open_in_chromium(page, screenshot)
    assert checks.get("checked") == "yes"
    assert checks["problems"] == ""
    assert checks["empty-charts"] == ""
    assert int(checks["charts"]) >= 1
    assert console == []
    assert screenshot.is_file() and screenshot.stat().st_size > 20_000


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs Debian's chromium)")
def test_the_browser_check_sees_errors_requests_and_empty_charts(synthetic: Path, tmp_path: Path) -> None:
    """The check above would see a broken page: a script error, a request
    (refused by the page's policy before it is sent) and a chart drawing nothing."""
    page = synthetic.read_text("utf-8")
    broken = tmp_path / "broken.html"
    broken.write_text(page.replace("</main>", '<script>noSuchFunction();</script><img src="http://127.0.0.1:9/x.png">'
                                   '<svg class="chart" id="blank" viewBox="0 0 10 10"></svg></main>'), "utf-8")
    checks, console = open_in_chromium(broken)
    assert "noSuchFunction" in checks["problems"] and "blocked http://127.0.0.1:9/x.png" in checks["problems"]
    assert checks["empty-charts"] == "blank"
    assert any("noSuchFunction" in line for line in console)
