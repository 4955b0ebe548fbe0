#!/usr/bin/env python3
"""Boilerplate removal (``newsspider.extract.boilerplate``) against another
revision of that module, side by side in one run.

Usage, from the project's root::

    python benchmarks/bench_boilerplate.py [--against main] [--repeat 5]

Times, for this checkout and for ``--against`` (the module as ``git show``
gives it at that revision): building the generic rule set and the joined rule sets
of every site profile from cold (``_rule_set``, cached once per process in a crawl;
Python's regex cache emptied too) and ``clean_body``
on the expected bodies of ``../shared/bench/aeb`` with every profile's rules.
Prints CPU milliseconds (best of ``--repeat``), the ratio, and whether both
give the same bodies. Needs ``../shared/bench`` (only read).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsspider.extract import boilerplate  # noqa: E402
from newsspider.extract.sites import all_profiles  # noqa: E402


def module_at(revision: str) -> ModuleType:
    source = subprocess.run(["git", "show", f"{revision}:newsspider/extract/boilerplate.py"], cwd=ROOT,
                            check=True, capture_output=True, text=True).stdout
    spec = importlib.util.spec_from_loader(f"boilerplate_{revision}", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    exec(compile(source, f"{revision}:boilerplate.py", "exec"), module.__dict__)  # noqa: S102
    return module


def best(repeat: int, work) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times) * 1000


def measure(module: ModuleType, bodies: list[str], repeat: int) -> tuple[float, float, list[str]]:
    profiles = [tuple(module.site_rules(p.name, p.boilerplate)) for p in all_profiles()]

    def build() -> None:
        # cold, as in a new crawl process: no rule set, joined rules or compiled regex kept
        for cached in (module._rule_set, getattr(module, "_joined", None), getattr(module, "_anchored_source", None)):
            if hasattr(cached, "cache_clear"):
                cached.cache_clear()
        re.purge()
        module._rule_set(())
        for rules in profiles:
            module._rule_set(rules)

    out: list[str] = []

    def clean() -> None:
        out.clear()
        for rules in profiles:
            out.extend(module.clean_body(body, rules)[0] for body in bodies)

    build_ms = best(repeat, build)
    clean_ms = best(repeat, clean)
    return build_ms, clean_ms, out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--against", default="main")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pages = json.loads((ROOT.parent / "shared" / "bench" / "aeb" / "pages.json").read_text())
    bodies = [page["articleBody"] for page in pages if page.get("articleBody")]
    old = measure(module_at(args.against), bodies, args.repeat)
    new = measure(boilerplate, bodies, args.repeat)
    runs = len(bodies) * len(all_profiles())
    print(f"{len(bodies)} aeb bodies x {len(all_profiles())} profiles = {runs} clean_body calls")
    print(f"build rule sets: {args.against} {old[0]:8.2f} ms  this {new[0]:8.2f} ms  ratio {new[0] / old[0]:.2f}")
    print(f"clean_body:      {args.against} {old[1]:8.2f} ms  this {new[1]:8.2f} ms  ratio {new[1] / old[1]:.2f}"
          f"  ({new[1] / runs * 1000:.1f} us/body)")
    print(f"same bodies: {old[2] == new[2]}")


if __name__ == "__main__":
    main()
