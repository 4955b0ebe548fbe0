#!/usr/bin/env python3
"""CPU of main-text extraction and boilerplate removal, this checkout against another
revision, side by side in one run, on the pages of ../shared sets.

Usage, from the project's root::

    .venv/bin/python benchmarks/bench_maintext_cpu.py [--against main] [--sets aeb trafeval wcxb]
        [--repeat 3] [--bench ../shared/bench]

Loads ``maintext.py`` and ``boilerplate.py`` as ``git show`` gives them at
``--against``, parses every page once (not timed; the page's ``<head>`` is read
first too, as the crawl's other extractors read it before main text), then times,
alternating the two revisions page by page on the same trees (so that a shared
machine's load weighs on both alike): ``main_text`` (first pass, with
the class-word memos empty as on a crawl of sites never seen, and the best later
pass), and ``clean_body`` on the main texts found (best pass). Prints CPU ms per
page, the ratio, and whether both revisions give the same text on every page.
Needs ``../shared/bench`` (only read).
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from maintext_digests import DEFAULT_BENCH, pages  # noqa: E402

from newsspider.extract import boilerplate, maintext, meta  # noqa: E402
from newsspider.extract.page import Page  # noqa: E402


def module_at(revision: str, path: str) -> ModuleType:
    """The module at ``path`` as it was at git revision ``revision``."""
    source = subprocess.run(["git", "show", f"{revision}:{path}"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout
    name = f"{Path(path).stem}_at_{revision.replace('~', '_').replace('^', '_')}"
    spec = importlib.util.spec_from_loader(name, loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    exec(compile(source, f"{revision}:{path}", "exec"), module.__dict__)  # noqa: S102 -- our own file
    return module


def interleaved(runs: dict[str, Callable[[str], str]], inputs: list, flip: bool) -> dict[str, tuple[float, list[str]]]:
    """Each of ``runs`` on every input, alternating between them input by input (so
    that the load of a shared machine weighs on both alike): CPU seconds and outputs."""
    names = list(runs)
    cpu = dict.fromkeys(names, 0.0)
    out: dict[str, list[str]] = {name: [] for name in names}
    clock = time.process_time
    for index, item in enumerate(inputs):
        order = names if (index % 2 == 0) != flip else names[::-1]
        for name in order:
            started = clock()
            result = runs[name](item)
            cpu[name] += clock() - started
            out[name].append(result)
    return {name: (cpu[name], out[name]) for name in names}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", default="main")
    parser.add_argument("--sets", nargs="+", default=["aeb", "trafeval", "wcxb"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    args = parser.parse_args()
    old_main = module_at(args.against, "newsspider/extract/maintext.py")
    old_boiler = module_at(args.against, "newsspider/extract/boilerplate.py")
    parsed: list[Page] = [page for name in args.sets for _, page in pages(args.bench, name)]
    for page in parsed:
        meta.head(page)
    n = len(parsed)
    text_runs = {"now": maintext.main_text, args.against: old_main.main_text}
    clean_runs = {"now": lambda text: boilerplate.clean_body(text)[0],
                  args.against: lambda text: old_boiler.clean_body(text)[0]}
    first: dict[str, float] = {}
    best_text: dict[str, float] = {}
    best_clean: dict[str, float] = {}
    texts: dict[str, list[str]] = {}
    cleaned: dict[str, list[str]] = {}
    for round_ in range(args.repeat):
        for name, (cpu, out) in interleaved(text_runs, parsed, round_ % 2 == 1).items():
            texts[name] = out
            figures = first if round_ == 0 else best_text
            figures[name] = min(figures.get(name, cpu), cpu)
        bodies = texts["now"]
        for name, (cpu, out) in interleaved(clean_runs, bodies, round_ % 2 == 1).items():
            cleaned[name] = out
            best_clean[name] = min(best_clean.get(name, cpu), cpu)
    print(f"{n} pages of {' '.join(args.sets)}; CPU ms/page")
    print(f"{'':24}{'now':>10}{args.against:>10}{'ratio':>8}")
    rows = [("main_text, first pass", first)]
    if best_text:
        rows.append(("main_text, best later", best_text))
    rows.append(("clean_body, best", best_clean))
    for label, figures in rows:
        now, then = figures["now"], figures[args.against]
        print(f"{label:24}{1000 * now / n:10.3f}{1000 * then / n:10.3f}{now / then:8.2f}")
    same_text = texts["now"] == texts[args.against]
    same_clean = cleaned["now"] == cleaned[args.against]
    print(f"same main texts: {same_text}; same cleaned bodies: {same_clean}")
    return 0 if same_text and same_clean else 1


if __name__ == "__main__":
    sys.exit(main())
