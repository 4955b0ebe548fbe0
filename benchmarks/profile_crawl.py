#!/usr/bin/env python3
"""Where a crawl's CPU goes: Scrapy and Twisted, our middlewares, extensions and
pipelines, the feed export, each extraction layer.

Usage, from the project's root::

    python benchmarks/profile_crawl.py [DATASET_DIR] [--spider-file FILE] [--top 25]

Serves a dataset's pages (``pages.json`` with gzipped ``file`` entries; default
``../shared/bench/aeb``) through the bench's replay proxy on loopback, and runs
``scrapy crawl article -a urls=FILE -O OUT`` with the bench's settings twice:
once plain, for its CPU seconds (user + sys, start-up included), once under
cProfile. The profile's time is split by the file of each function (a C call
is charged to the Python code that made it), and the split scaled to the plain
run's CPU: the table is an estimate of milliseconds per page in a real crawl.
``--spider-file`` profiles ``scrapy runspider FILE`` instead (the bench's peers).
``--gc`` also says how much of the plain run's CPU went to Python's cyclic garbage
collections, and how many there were per generation (timed by a ``gc.callbacks`` hook
that a ``sitecustomize`` module in the output folder installs in the crawl process).
Output, state and summary go to a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import pstats
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"
SETTINGS = [
    "ROBOTSTXT_OBEY=False", "DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=False",
    "CONCURRENT_REQUESTS=16", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
    "HTTPCACHE_ENABLED=False", "LOG_LEVEL=WARNING", "TELNETCONSOLE_ENABLED=False",
]

#: (pattern on a function's file and name, group), first match wins.
GROUPS = [
    (r"newsspider/extract/(pagedates|datecandidates)\.py", "extract: dates"),
    (r"newsspider/extract/maintext\.py", "extract: main text"),
    (r"newsspider/extract/page\.py", "extract: page (lxml parse)"),
    (r"newsspider/extract/sites/", "extract: site profiles"),
    (r"newsspider/extract/(\w+)\.py", "extract: {0}"),
    (r"newsspider/wire\.py", "extract: wire"),
    (r"newsspider/(pipelines|middlewares|extensions|state)/(\w+)\.py", "{0}: {1}"),
    (r"newsspider/(\w+)\.py", "newsspider: {0}"),
    (r"newsspider/", "newsspider: other"),
    (r"site-packages/jsonschema|site-packages/referencing|site-packages/rpds", "jsonschema"),
    (r"scrapy/extensions/feedexport\.py|scrapy/exporters\.py|/json/", "feed export (scrapy + json)"),
    (r"site-packages/lxml/", "lxml (python side)"),
    ((r"site-packages/(scrapy|twisted|w3lib|parsel|itemadapter|itemloaders|queuelib|protego|tldextract|"
      r"urllib3|OpenSSL|cryptography|service_identity|zope|h2|hpack|attr|incremental|constantly|automat|hyperlink|"
      r"pydispatch|idna|filelock|requests|cssselect|defusedxml)"), "scrapy + twisted core"),
    (r"lib/python3\.\d+/(asyncio|selectors|socket|ssl)", "asyncio event loop"),
    (r"lib/python3\.\d+/logging/", "logging (stdlib)"),
    # a pattern compiled at import, or at its first use (``functools.cache``, a site's rules), and
    # ``re.sub(str, ...)``'s cache look-ups: apart from the imports, which most of it is not
    (r"lib/python3\.\d+/(sre_|re/)", "regex compile (import or first use)"),
    (r"lib/python3\.\d+/(importlib|zipimport|pkgutil)|^<frozen (importlib|zipimport)", "imports (start-up)"),
    ((r"lib/python3\.\d+/(inspect|ast|dis|tokenize|linecache|enum|typing|dataclasses|abc|functools)|"
      r"^<frozen (abc|_collections_abc)"), "inspect, enum, typing, dataclasses, abc (stdlib)"),
    (r"^<frozen", "stdlib other"),
    (r"lib/python3\.\d+/", "stdlib other"),
]


def group_of(filename: str) -> str:
    for pattern, label in GROUPS:
        found = re.search(pattern, filename)
        if found:
            return label.format(*found.groups())
    return "other"


def charged(stats: pstats.Stats) -> dict[str, float]:
    """Seconds of each group: a Python function's own time to its file's group; a
    built-in's time to its callers' groups, in proportion to what each spent in it."""
    groups: dict[str, float] = defaultdict(float)
    raw = stats.stats  # type: ignore[attr-defined]
    for (filename, _line, _name), (_cc, _nc, tottime, _ct, callers) in raw.items():
        if filename != "~":
            groups[group_of(filename)] += tottime
            continue
        through = {caller: edge[2] for caller, edge in callers.items()}
        total = sum(through.values())
        for caller, spent in through.items():
            caller_group = group_of(caller[0]) if caller[0] != "~" else "other"
            groups[caller_group] += tottime * (spent / total if total else 1 / len(through))
    return groups


def entry_points(stats: pstats.Stats, top: int) -> list[tuple[float, str]]:
    """Cumulative seconds of our functions that Scrapy calls (the outermost in each file)."""
    best: dict[str, tuple[float, str]] = {}
    for (filename, line, name), (_cc, _nc, _tt, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if "newsspider/" not in filename and not re.search(r"scrapy/extensions/feedexport\.py|scrapy/core/scraper", filename):
            continue
        key = filename
        label = f"{filename.split('site-packages/')[-1].split('/work/main/')[-1]}:{line}({name})"
        if key not in best or cumtime > best[key][0]:
            best[key] = (cumtime, label)
    return sorted(best.values(), reverse=True)[:top]


def run(command: list[str], env: dict[str, str], cwd: Path, log: Path) -> float:
    """CPU seconds (user + sys) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with log.open("wb") as sink:
        subprocess.run(command, cwd=cwd, env=env, stdout=sink, stderr=subprocess.STDOUT, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


_GC_TIMER = """
import atexit, gc, json, os, time
_spent = {0: [0, 0.0], 1: [0, 0.0], 2: [0, 0.0]}
_started = [0.0]
def _timed(phase, info):
    if phase == "start":
        _started[0] = time.process_time()
    else:
        _spent[info["generation"]][0] += 1
        _spent[info["generation"]][1] += time.process_time() - _started[0]
gc.callbacks.append(_timed)
atexit.register(lambda: open(os.environ["PROFILE_CRAWL_GC"], "w").write(json.dumps(_spent)))
"""


def _timing_gc(env: dict[str, str], work: Path) -> dict[str, str]:
    """``env`` with a ``sitecustomize`` that times the crawl process's collections."""
    folder = work / "gc-timer"
    folder.mkdir(exist_ok=True)
    (folder / "sitecustomize.py").write_text(_GC_TIMER, "utf-8")
    path = os.pathsep.join(p for p in (str(folder), env.get("PYTHONPATH", "")) if p)
    return {**env, "PYTHONPATH": path, "PROFILE_CRAWL_GC": str(work / "gc.json")}


def _gc_figures(work: Path) -> str:
    spent = json.loads((work / "gc.json").read_text("utf-8"))
    total = sum(seconds for _count, seconds in spent.values())
    counts = ", ".join(f"{spent[g][0]} {name}" for g, name in (("0", "young"), ("1", "middle"), ("2", "full")))
    return f"garbage collection: {total:.2f} s CPU ({counts})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=SHARED / "aeb")
    parser.add_argument("--spider-file", type=Path, help="profile `scrapy runspider FILE` instead of `crawl article`")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--limit", type=int, help="only the first N pages (1: the start-up's cost)")
    parser.add_argument("--no-profile", action="store_true", help="only the plain run's CPU")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                        help="an extra Scrapy setting (to measure what it changes)")
    parser.add_argument("--keep", type=Path, help="folder for outputs and the profile (default: temporary)")
    parser.add_argument("--gc", action="store_true", help="also time the plain run's garbage collections")
    args = parser.parse_args()
    sys.path.insert(0, str(SHARED))
    try:
        import replay
    except ImportError:
        print(f"needs the bench's replay proxy ({SHARED / 'replay.py'})", file=sys.stderr)
        return 2
    pages = json.loads((args.dataset / "pages.json").read_text("utf-8"))[: args.limit]
    work = args.keep or Path(tempfile.mkdtemp(prefix="profile-crawl-"))
    work.mkdir(parents=True, exist_ok=True)
    urls = work / "urls.txt"
    urls.write_text("".join(replay.as_http(p["url"]) + "\n" for p in pages), "utf-8")
    server = replay.serve(args.dataset)
    proxy = f"http://127.0.0.1:{server.server_address[1]}"
    env = {**os.environ, "http_proxy": proxy, "HTTP_PROXY": proxy}
    env.pop("no_proxy", None), env.pop("NO_PROXY", None)
    target = (["-m", "scrapy", "runspider", str(args.spider_file.resolve())] if args.spider_file
              else ["-m", "scrapy", "crawl", "article"])
    settings = [*SETTINGS, f"NEWSSPIDER_STATE_DIR={work / 'state'}", f"NEWSSPIDER_ARCHIVE_DIR={work / 'archive'}",
                f"NEWSSPIDER_SUMMARY_FILE={work / 'summary.json'}", *args.set]
    tail = ["-a", f"urls={urls}", "-O", f"{work / 'out.jsonl'}:jsonlines"]
    for setting in settings:
        tail += ["-s", setting]
    try:
        started = time.monotonic()
        plain_env = _timing_gc(env, work) if args.gc else env
        cpu = run([sys.executable, *target, *tail], plain_env, ROOT, work / "plain.log")
        wall = time.monotonic() - started
        profile = work / "crawl.prof"
        if not args.no_profile:
            run([sys.executable, "-m", "cProfile", "-o", str(profile), *target, *tail], env, ROOT, work / "profiled.log")
    finally:
        server.shutdown()
    output = work / "out.jsonl"
    items = sum(1 for line in output.read_text("utf-8").splitlines() if line.strip()) if output.exists() else 0
    n = len(pages)
    if args.gc:
        print(_gc_figures(work))
    if args.no_profile:
        print(f"{n} pages, {items} items; {cpu:.2f} s CPU ({1000 * cpu / n:.1f} ms/page), {wall:.1f} s wall")
        return 0
    stats = pstats.Stats(str(profile))
    groups = charged(stats)
    profiled = sum(groups.values())
    scale = cpu / profiled
    print(f"{n} pages, {items} items; plain run: {cpu:.2f} s CPU ({1000 * cpu / n:.1f} ms/page), {wall:.1f} s wall;"
          f" profiled: {profiled:.2f} s (scaled by {scale:.2f})")
    print(f"{'group':<44} {'ms/page':>8} {'share':>6}")
    for label, seconds in sorted(groups.items(), key=lambda kv: -kv[1]):
        print(f"{label:<44} {1000 * seconds * scale / n:8.2f} {seconds / profiled:6.1%}")
    print(f"\nOutermost functions of our files (cumulative, ms/page, scaled by {scale:.2f}):")
    for cumtime, label in entry_points(stats, args.top):
        print(f"  {1000 * cumtime * scale / n:8.2f}  {label}")
    print(f"\nprofile: {profile} (pstats), outputs in {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
