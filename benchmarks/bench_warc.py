"""WARC benchmark: writing cost, reading speed, round trip. Figures, not a test.

1. Writing: the synthetic loopback site of ``bench_load.py`` (N pages)
   crawled by ``scrapy crawl article`` with ``NEWSSPIDER_WARC_DIR`` off and on,
   side by side: pages/s, the ratio on/off (target >= 0.9), peak RSS and its
   growth from the ``--mark`` page on (target: flat).
2. Round trip: ``scrapy crawl warc`` over the files the WARC-on crawl wrote:
   the same stories with the same ``contentHash`` (counts of equal, differing,
   missing).
3. Reading: records read per second by ``WarcReader`` alone (fastwarc, no
   extraction) against the pages per second ``scrapy crawl warc`` extracts
   from the same files (target: reading >= 10x extraction).
4. With ``../shared/bench/aeb`` present: its pages as a WARC (written to a
   temporary folder) extracted by ``scrapy crawl warc``, against the same
   pages crawled by ``scrapy crawl article`` through the bench's replay proxy:
   pages/s of each (target: WARC >= proxy).

Run from the project root::

    python benchmarks/bench_warc.py [--pages 20000] [--mark 5000] [--repeat 2]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "bench"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from bench_load import SETTINGS, rss_kb  # noqa: E402
from synthetic_site import SyntheticSite  # noqa: E402

from newsspider.warc.reader import ArchivedPage, WarcReader  # noqa: E402


def env(extra: dict[str, str] | None = None) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy")}
    base.update({"SCRAPY_SETTINGS_MODULE": "newsspider.settings",
                 "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))})
    return {**base, **(extra or {})}


def run(command: list[str], workdir: Path, name: str, *, site: SyntheticSite | None = None, mark: int = 0,
        extra_env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run a crawl; wall time, CPU, peak RSS (and RSS when the site has served ``mark`` pages)."""
    if site is not None:
        site.hits = 0
    before = os.times()
    started = time.perf_counter()
    with open(workdir / f"{name}.log", "wb") as log:
        proc = subprocess.Popen(command, cwd=workdir, env=env(extra_env), stdout=subprocess.DEVNULL, stderr=log)
    at_mark = peak = 0
    while proc.poll() is None:
        peak = max(peak, rss_kb(proc.pid))
        if site is not None and not at_mark and site.hits >= mark:
            at_mark = peak
        time.sleep(0.05)
    wall = time.perf_counter() - started
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return {"wall": wall, "cpu": cpu, "peak_mb": peak / 1024, "mark_mb": at_mark / 1024, "exit": proc.returncode}


def items(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def crawl_settings(extra: list[str]) -> list[str]:
    return [arg for s in [*SETTINGS, *extra] for arg in ("-s", s)]


def writing(args: argparse.Namespace, workdir: Path) -> tuple[Path, Path]:
    site = SyntheticSite(args.pages)
    urls = workdir / "urls.txt"
    urls.write_text("\n".join(site.urls()) + "\n", "utf-8")
    variants = {"warc-off": [], "warc-on": [f"NEWSSPIDER_WARC_DIR={workdir / 'warc'}"]}
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in variants}
    print(f"== 1. writing: {args.pages} synthetic pages on loopback, scrapy crawl article (outputs in {workdir})")
    try:
        for repeat in range(args.repeat):
            order = list(variants) if repeat % 2 == 0 else list(reversed(variants))  # alternate: load drifts
            for name in order:
                if name == "warc-on" and repeat:
                    shutil.rmtree(workdir / "warc")
                command = [sys.executable, "-m", "scrapy", "crawl", "article", "-a", f"urls={urls}",
                           "-O", f"{workdir / name}.jsonl:jsonlines", *crawl_settings(variants[name])]
                r = run(command, workdir, name, site=site, mark=args.mark)
                runs[name].append(r)
                growth = (r["peak_mb"] - r["mark_mb"]) / r["mark_mb"] * 100 if r["mark_mb"] else float("nan")
                print(f"{name:<9} {args.pages / r['wall']:7.1f} pages/s  wall {r['wall']:6.1f}s  cpu {r['cpu']:6.1f}s "
                      f"({r['cpu'] / args.pages * 1000:.2f} ms a page)  rss@{args.mark} {r['mark_mb']:6.1f} MB  "
                      f"peak {r['peak_mb']:6.1f} MB  growth {growth:+.1f}%  exit {r['exit']}")
    finally:
        site.close()
    wall = {name: sum(r["wall"] for r in rs) for name, rs in runs.items()}
    cpu = {name: sum(r["cpu"] for r in rs) for name, rs in runs.items()}
    size = sum(p.stat().st_size for p in (workdir / "warc").glob("*.warc.gz"))
    print(f"throughput warc-on / warc-off: {wall['warc-off'] / wall['warc-on']:.2f} by wall time, "
          f"{cpu['warc-off'] / cpu['warc-on']:.2f} by CPU time (target >= 0.9; on a loaded machine the CPU "
          f"ratio is the steadier one); WARC: {size / args.pages / 1024:.1f} KB a page, "
          f"{(cpu['warc-on'] - cpu['warc-off']) / args.repeat / args.pages * 1000:.2f} ms of CPU a page")
    return workdir / "warc", workdir / "warc-on.jsonl"


def round_trip(warc_dir: Path, live: Path, workdir: Path) -> float:
    out = workdir / "replayed.jsonl"
    command = [sys.executable, "-m", "scrapy", "crawl", "warc", "-a", f"files={warc_dir}",
               "-O", f"{out}:jsonlines", *crawl_settings(["NEWSSPIDER_STATE_ENABLED=False"])]
    result = run(command, workdir, "replay")
    before = {i["url"]: i["contentHash"] for i in items(live)}
    after = {i["url"]: i["contentHash"] for i in items(out)}
    same = sum(1 for url, h in before.items() if after.get(url) == h)
    differ = sum(1 for url, h in before.items() if url in after and after[url] != h)
    print(f"== 2. round trip: {len(before)} stories crawled, {len(after)} read back from WARC: "
          f"{same} same contentHash, {differ} different, {len(set(before) - set(after))} missing, "
          f"{len(set(after) - set(before))} extra (exit {result['exit']})")
    rate = len(after) / result["wall"]
    print(f"scrapy crawl warc: {rate:7.1f} pages/s extracted  wall {result['wall']:6.1f}s  cpu {result['cpu']:6.1f}s  "
          f"peak {result['peak_mb']:6.1f} MB")
    return rate


def reading(warc_dir: Path, extraction_rate: float) -> None:
    files = sorted(warc_dir.glob("*.warc.gz"))
    started = time.perf_counter()
    records = pages = size = 0
    for path in files:
        reader = WarcReader(path, max_size=16 * 1024 * 1024)
        pages += sum(1 for entry in reader if isinstance(entry, ArchivedPage))
        records += reader.records
        size += reader.size
    elapsed = time.perf_counter() - started
    print(f"== 3. reading: {records} records ({pages} pages, {size / 1e6:.1f} MB) in {elapsed:.2f}s: "
          f"{records / elapsed:,.0f} records/s, {size / 1e6 / elapsed:.1f} MB/s (digests checked, bodies decoded)")
    print(f"records read / pages extracted per second: {records / elapsed / extraction_rate:.1f}x (target >= 10x)")


def aeb(workdir: Path) -> None:
    dataset = SHARED / "aeb"
    if not (dataset / "pages.json").is_file():
        print("== 4. aeb: ../shared/bench/aeb not found, skipped")
        return
    sys.path.insert(0, str(SHARED))
    import replay
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = json.loads((dataset / "pages.json").read_text("utf-8"))
    folder = workdir / "aeb-warc"
    folder.mkdir()
    with (folder / "aeb.warc.gz").open("wb") as out:
        writer = WARCWriter(out, gzip=True, warc_version="WARC/1.1")
        for page in pages:
            body = gzip.decompress((dataset / page["file"]).read_bytes())
            headers = StatusAndHeaders("200 OK", [("Content-Type", page.get("contentType", "text/html; charset=utf-8"))],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(replay.as_http(page["url"]), "response",
                                                          payload=io.BytesIO(body), length=len(body),
                                                          http_headers=headers))
    settings = crawl_settings(["NEWSSPIDER_STATE_ENABLED=False", "NEWSSPIDER_EXPECT_ITEMS=False"])
    from_warc = run([sys.executable, "-m", "scrapy", "crawl", "warc", "-a", f"files={folder}",
                     "-O", f"{workdir / 'aeb-warc.jsonl'}:jsonlines", *settings], workdir, "aeb-warc")
    server = replay.serve(dataset)
    proxy = f"http://127.0.0.1:{server.server_address[1]}"
    urls = workdir / "aeb-urls.txt"
    urls.write_text("".join(replay.as_http(p["url"]) + "\n" for p in pages), "utf-8")
    try:
        via_proxy = run([sys.executable, "-m", "scrapy", "crawl", "article", "-a", f"urls={urls}",
                         "-O", f"{workdir / 'aeb-proxy.jsonl'}:jsonlines", *settings], workdir, "aeb-proxy",
                        extra_env={"http_proxy": proxy, "HTTP_PROXY": proxy})
    finally:
        server.shutdown()
    n_warc, n_proxy = len(items(workdir / "aeb-warc.jsonl")), len(items(workdir / "aeb-proxy.jsonl"))
    print(f"== 4. aeb: {len(pages)} pages; from WARC {n_warc} items, {len(pages) / from_warc['wall']:.1f} pages/s "
          f"(cpu {from_warc['cpu']:.1f}s); through the replay proxy {n_proxy} items, "
          f"{len(pages) / via_proxy['wall']:.1f} pages/s (cpu {via_proxy['cpu']:.1f}s); WARC / proxy "
          f"{via_proxy['wall'] / from_warc['wall']:.2f} by wall time, {via_proxy['cpu'] / from_warc['cpu']:.2f} by CPU "
          f"time (target >= 1)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument("--mark", type=int, default=5000, help="page count at which RSS is sampled")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each writing variant, alternated")
    parser.add_argument("--no-aeb", action="store_true", help="skip part 4")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="bench-warc-"))
    warc_dir, live = writing(args, workdir)
    rate = round_trip(warc_dir, live, workdir)
    reading(warc_dir, rate)
    if not args.no_aeb:
        aeb(workdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
