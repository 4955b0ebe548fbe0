"""Load benchmark: a synthetic loopback site of N articles (default 20,000),
crawled by ``scrapy crawl article`` (a URL list), by ``scrapy crawl news``
from the site's sitemap with the archive state and batched output on, and by
a bare Scrapy spider, side by side.

Prints, for each crawler: pages/s, CPU seconds, and RSS sampled when the site
has served 5,000 pages and at the end, with the growth between them (target:
under 10% for ours). Run from the project root::

    python benchmarks/bench_load.py [--pages 20000]

Not a test: figures depend on the machine; compare the two crawlers' ratios.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from synthetic_site import SyntheticSite  # noqa: E402

SETTINGS = [
    "ROBOTSTXT_OBEY=False", "DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=False",
    "CONCURRENT_REQUESTS=16", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "LOG_LEVEL=WARNING",
    "TELNETCONSOLE_ENABLED=False", "NEWSSPIDER_ALLOW_INTERNAL_ADDRESSES=True",
]


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(name: str, command: list[str], site: SyntheticSite, mark: int, workdir: Path) -> dict:
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "newsspider.settings",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    for proxy in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"):
        env.pop(proxy, None)
    site.hits = 0
    started = time.perf_counter()
    with open(workdir / f"{name}.log", "wb") as log:  # the child keeps its own copy of the handle
        proc = subprocess.Popen(command, cwd=workdir, env=env, stdout=subprocess.DEVNULL, stderr=log)
    at_mark = peak = 0
    while proc.poll() is None:
        current = rss_kb(proc.pid)
        peak = max(peak, current)
        if not at_mark and site.hits >= mark:
            at_mark = peak
        time.sleep(0.05)
    wall = time.perf_counter() - started
    return {"name": name, "wall": wall, "served": site.hits, "rss_mark_mb": at_mark / 1024,
            "rss_peak_mb": peak / 1024, "exit": proc.returncode}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument("--mark", type=int, default=5000, help="page count at which RSS is sampled")
    args = parser.parse_args()
    site = SyntheticSite(args.pages)
    workdir = Path(tempfile.mkdtemp(prefix="bench-load-"))
    urls = workdir / "urls.txt"
    urls.write_text("\n".join(site.urls()) + "\n", "utf-8")
    python = sys.executable
    settings = [arg for s in SETTINGS for arg in ("-s", s)]
    crawlers = {
        "newsspider": [python, "-m", "scrapy", "crawl", "article", "-a", f"urls={urls}",
                       "-O", f"{workdir}/ours.jsonl:jsonlines", *settings],
        "news+state": [python, "-m", "scrapy", "crawl", "news", "-a", f"sitemap={site.base}/sitemap.xml",
                       "-s", f"NEWSSPIDER_STATE_DIR={workdir}/state", "-s", f"NEWSSPIDER_ARCHIVE_DIR={workdir}/archive",
                       *settings],
        "bare-scrapy": [python, "-m", "scrapy", "runspider", str(HERE / "bare_spider.py"), "-a", f"urls={urls}",
                        "-O", f"{workdir}/bare.jsonl:jsonlines", *settings],
    }
    results = []
    for name, command in crawlers.items():
        before = os.times()
        result = run(name, command, site, args.mark, workdir)
        after = os.times()
        result["cpu"] = (after.children_user - before.children_user) + (after.children_system - before.children_system)
        results.append(result)
    site.close()
    print(f"== load: {args.pages} synthetic pages on loopback (outputs in {workdir})")
    for r in results:
        growth = (r["rss_peak_mb"] - r["rss_mark_mb"]) / r["rss_mark_mb"] * 100 if r["rss_mark_mb"] else float("nan")
        print(f"{r['name']:<12} served {r['served']:>6} wall {r['wall']:7.1f}s "
              f"{r['served'] / r['wall']:7.1f} pages/s cpu {r['cpu']:7.1f}s "
              f"rss@{args.mark} {r['rss_mark_mb']:6.1f} MB peak {r['rss_peak_mb']:6.1f} MB "
              f"growth {growth:+.1f}% exit {r['exit']}")
    bare = results[-1]
    for ours in results[:-1]:
        ratio = ours["served"] / ours["wall"] / (bare["served"] / bare["wall"])
        print(f"throughput {ours['name']} / bare-scrapy: {ratio:.2f}")
    return 0 if all(r["exit"] == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
