"""Syndication benchmark: quality (pairwise precision/recall), index cost, crawl throughput.

``quality`` builds a set from the real story bodies of ``../shared/bench``
(``aeb`` and ``wcxb`` articles: read in place, never copied) and scores how
the syndication index groups it. Each body of at least 6 paragraphs and
150 words becomes a story with copies, as other sites carry it:

- ``credit``: another credit opening and ending (``New Delhi, Aug 8 (PTI)``,
  ``(With inputs from agencies)``, ``— AFP``, boilerplate notes);
- ``added``: one paragraph (from an unrelated body) inserted;
- ``cut``: the last 1-3 paragraphs cut (at most 30% of the paragraphs);
- ``mixed``: a credit, an added paragraph and a cut ending together;

and same-event distractors, each a *different* story that must stand alone:

- ``entities``: another body whose capitalised words (names, places) and
  numbers are replaced, in order, by the story's own (two reports sharing
  every named entity and topic word);
- ``followup``: another body with two paragraphs of the story's background
  quoted in it (a follow-up an hour later).

Every text is placed in the index in a shuffled order; two texts are
predicted one story when they get the same ``storyId``. Pairwise precision
and recall are over all pairs (goal: P >= 0.99, R >= 0.95).

``cost`` fills an SQLite index with synthetic stories and measures, at each
size, the CPU per story of the lookup and insert (``SyndicationIndex.place``)
of synthetic bodies (goal <= 1 ms at 1,000,000), the signature's CPU apart,
and the file size per story (goal <= 1 KB). Filling writes random
signatures (the index's cost does not depend on the text), each its own
story, with the storage's own ``add`` in large transactions; the timed
stories go through ``place`` one by one, each committed, as in a crawl.
Then pruning: the look for expired copies, and deleting 1% of them.

``throughput`` crawls the synthetic loopback site of ``bench_load.py`` with
the ``news`` spider and the archive state, syndication on (``link``) and
off, side by side (goal: on >= 0.9x off).

    python benchmarks/bench_syndication.py quality
    python benchmarks/bench_syndication.py cost --sizes 100000,300000,1000000
    python benchmarks/bench_syndication.py throughput --pages 5000

Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from newsspider.syndication.index import (  # noqa: E402
    MIN_CONTAINMENT, MIN_JACCARD, PRUNE_EVERY, SqliteStorage, SyndicationIndex, story_id, url_hash)
from newsspider.syndication.signature import NUM_PERM, Signature, signature  # noqa: E402

SHARED = ROOT.parent / "shared" / "bench"
WINDOW = 7 * 86400
OPENINGS = ["New Delhi, Aug 8 (PTI) ", "MUMBAI (Reuters) - ", "WASHINGTON (AP) — ", "LONDON: ",
            "Bengaluru, Nov 3 (IANS) ", "(Bloomberg) -- ", ""]
ENDINGS = ["(PTI)", "— AFP", "With inputs from agencies", "(With inputs from Reuters)",
           "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
           "(Only the headline and picture of this report may have been reworked by the staff; the rest of"
           " the content is auto-generated from a syndicated feed.)", "PTI SKS RG", ""]


@dataclass(slots=True)
class Text:
    story: str
    kind: str
    body: str


def real_bodies() -> list[list[str]]:
    """Paragraph lists of the bench's article bodies (aeb, wcxb articles), deduplicated."""
    bodies: list[list[str]] = []
    seen: set[str] = set()
    for name in ("aeb", "wcxb"):
        pages = json.loads((SHARED / name / "pages.json").read_text("utf-8"))
        for page in pages:
            body = page.get("articleBody") or ""
            paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", body) if p.strip()]
            key = body[:200]
            if len(paragraphs) >= 6 and len(body.split()) >= 150 and key not in seen:
                seen.add(key)
                bodies.append(paragraphs)
    return bodies


def credit(rng: random.Random, paragraphs: list[str]) -> list[str]:
    return [rng.choice(OPENINGS) + paragraphs[0], *paragraphs[1:], rng.choice(ENDINGS)]


def added(rng: random.Random, paragraphs: list[str], other: list[str]) -> list[str]:
    at = rng.randrange(1, len(paragraphs))
    return [*paragraphs[:at], rng.choice(other), *paragraphs[at:]]


def cut(rng: random.Random, paragraphs: list[str]) -> list[str]:
    most = max(1, min(3, int(len(paragraphs) * 0.3)))
    return paragraphs[:len(paragraphs) - rng.randint(1, most)]


TOKEN = re.compile(r"\b(?:[A-Z][\w'’.-]+|\d[\d.,]*)\b")


def entities(story: list[str], other: list[str]) -> list[str]:
    """``other`` with its capitalised words and numbers replaced by the story's, in order."""
    theirs = TOKEN.findall(" ".join(story)) or ["X"]
    cycle = itertools.cycle(theirs)
    return [TOKEN.sub(lambda _: next(cycle), p) for p in other]


def followup(rng: random.Random, story: list[str], other: list[str]) -> list[str]:
    """``other`` quoting two paragraphs of the story's background in a row."""
    at = rng.randrange(1, len(other))
    start = rng.randrange(1, len(story) - 1)
    return [*other[:at], *story[start:start + 2], *other[at:]]


def quality_set(seed: int = 13) -> list[Text]:
    """Stories with their copies and distractors. The bodies are dealt in three:
    stories, and the sources of the two kinds of distractor (never placed
    themselves, so that a distractor is no one's copy)."""
    rng = random.Random(seed)
    bodies = real_bodies()
    rng.shuffle(bodies)
    stories, entity_sources, followup_sources = bodies[0::3], bodies[1::3], bodies[2::3]
    texts: list[Text] = []
    for n, paragraphs in enumerate(stories):
        story = f"s{n}"
        filler = stories[(n + 1) % len(stories)]
        texts.append(Text(story, "original", "\n\n".join(paragraphs)))
        texts.append(Text(story, "credit", "\n\n".join(credit(rng, paragraphs))))
        texts.append(Text(story, "added", "\n\n".join(added(rng, paragraphs, filler))))
        texts.append(Text(story, "cut", "\n\n".join(cut(rng, paragraphs))))
        texts.append(Text(story, "mixed", "\n\n".join(credit(rng, cut(rng, added(rng, paragraphs, filler))))))
        if n < len(entity_sources):
            texts.append(Text(f"{story}-entities", "entities", "\n\n".join(entities(paragraphs, entity_sources[n]))))
        if n < len(followup_sources):
            texts.append(Text(f"{story}-followup", "followup",
                              "\n\n".join(followup(rng, paragraphs, followup_sources[n]))))
    rng.shuffle(texts)
    return texts


def pairs(groups: Counter[object]) -> int:
    return sum(n * (n - 1) // 2 for n in groups.values())


def quality(args: argparse.Namespace) -> None:
    if not (SHARED / "aeb" / "pages.json").exists():
        print(f"quality: {SHARED} not found")
        return
    texts = quality_set(args.seed)
    index = SyndicationIndex(SqliteStorage(":memory:", WINDOW))
    predicted: list[str] = []
    for n, text in enumerate(texts):
        signed = signature(text.body)
        assert signed is not None
        predicted.append(index.place(f"https://site{n % 50}.example/{n}", signed).story_id)
    truth = [t.story for t in texts]
    tp = pairs(Counter(zip(truth, predicted)))
    pred_pairs, true_pairs = pairs(Counter(predicted)), pairs(Counter(truth))
    precision = tp / pred_pairs if pred_pairs else 1.0
    recall = tp / true_pairs if true_pairs else 1.0
    print(f"== quality: {len(texts)} texts ({len(set(truth))} stories) from {SHARED} aeb+wcxb bodies")
    print(f"pairwise precision {precision:.4f} ({tp}/{pred_pairs})  recall {recall:.4f} ({tp}/{true_pairs})"
          f"  goal P>=0.99 R>=0.95")
    first = {}
    for t, p in zip(truth, predicted):
        first.setdefault(t, p)
    for kind in ("credit", "added", "cut", "mixed"):
        rows = [(t, p) for t, p, x in zip(truth, predicted, texts) if x.kind == kind]
        linked = sum(1 for t, p in rows if predicted.count(p) > 1 and Counter(truth[i] for i, q in
                     enumerate(predicted) if q == p)[t] > 1)
        print(f"  copies {kind:<8} linked to their story: {linked}/{len(rows)}")
    for kind in ("entities", "followup"):
        rows = [p for p, x in zip(predicted, texts) if x.kind == kind]
        alone = sum(1 for p in rows if predicted.count(p) == 1)
        print(f"  distractor {kind:<8} standing alone: {alone}/{len(rows)}")
    margins(texts)


def margins(texts: list[Text]) -> None:
    """How far each kind of text lies from its story's original: the rule is
    Jaccard >= MIN_JACCARD and containment >= MIN_CONTAINMENT."""
    originals = {t.story: signature(t.body) for t in texts if t.kind == "original"}
    by_kind: dict[str, list[tuple[float, float]]] = {}
    for text in texts:
        original = originals.get(text.story.split("-")[0])
        signed = signature(text.body)
        if text.kind == "original" or original is None or signed is None:
            continue
        by_kind.setdefault(text.kind, []).append((signed.jaccard(original), signed.containment(original)))
    print(f"  to the original (rule: Jaccard >= {MIN_JACCARD}, containment >= {MIN_CONTAINMENT}):")
    for kind, values in by_kind.items():
        j = np.array([v[0] for v in values])
        c = np.array([v[1] for v in values])
        print(f"    {kind:<9} Jaccard min {j.min():.2f} p5 {np.percentile(j, 5):.2f} median {np.median(j):.2f}"
              f" max {j.max():.2f}; containment min {c.min():.2f} p5 {np.percentile(c, 5):.2f}"
              f" p95 {np.percentile(c, 95):.2f} max {c.max():.2f}")


def synthetic_body(rng: random.Random, words: list[str]) -> str:
    return "\n\n".join(" ".join(rng.choices(words, k=rng.randint(30, 60))) for _ in range(rng.randint(5, 12)))


def fill(storage: SqliteStorage, start: int, stop: int, nprng: np.random.Generator, seen: float) -> None:
    """Stories ``start``..``stop`` with random signatures (each its own story), 10,000 per transaction."""
    for chunk in range(start, stop, 10_000):
        with storage.db:
            for n in range(chunk, min(stop, chunk + 10_000)):
                canonical = f"https://fill{n % 997}.example/news/{n}/a-story-headline-of-some-length.html"
                signed = Signature(nprng.integers(0, 2**32, NUM_PERM, dtype=np.uint64).astype(np.uint32), 300)
                storage.add(url_hash(canonical), None, story_id(canonical), canonical, seen, signed,
                            signed.band_keys())


def cost(args: argparse.Namespace) -> None:
    rng = random.Random(args.seed)
    words = [f"{w}{i}" for i, w in enumerate(itertools.islice(itertools.cycle("abcdefghij"), 30000))]
    nprng = np.random.default_rng(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="bench-syndication-", dir=args.dir))
    path = folder / "syndication.sqlite3"
    storage = SqliteStorage(path, WINDOW)
    index = SyndicationIndex(storage)
    probes = [synthetic_body(rng, words) for _ in range(args.probes)]
    started = time.process_time()
    signed = [signature(b) for b in probes]
    sign_ms = (time.process_time() - started) / len(probes) * 1000
    print(f"== cost: SQLite index in {path}")
    print(f"signature (normalise, shingle, MinHash of {NUM_PERM}): {sign_ms:.3f} ms CPU per story")
    filled = 0
    now = time.time()
    for size in sorted(int(s) for s in args.sizes.split(",")):
        fill_started = time.perf_counter()
        fill(storage, filled, size, nprng, now)
        filled = size
        fill_wall = time.perf_counter() - fill_started
        started = time.process_time()
        for n, s in enumerate(signed):
            assert s is not None
            index.place(f"https://probe.example/{size}/{n}", s, seen=now)
        place_ms = (time.process_time() - started) / len(signed) * 1000
        filled += len(signed)
        storage.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size_bytes = path.stat().st_size
        print(f"{filled:>9} stories: lookup+insert {place_ms:.3f} ms CPU per story (goal <= 1 ms); "
              f"file {size_bytes / filled:6.0f} bytes per story (goal <= 1024); fill {fill_wall:.0f}s")
    prune_cost(storage, filled, now)
    index.close()


def prune_cost(storage: SqliteStorage, filled: int, now: float) -> None:
    """Pruning: the look done every PRUNE_EVERY insertions when nothing expired,
    and the deletion of the earliest 1% (their ``seen`` set back past the window),
    beside what a scan of the band table (the former pruning) reads."""
    started = time.process_time()
    for _ in range(1000):
        storage.prune(now)
    idle_ms = (time.process_time() - started)
    expired = filled // 100
    storage.db.execute("UPDATE copies SET seen = ? WHERE id <= ?", (int(now - 2 * WINDOW), expired))
    started = time.process_time()
    deleted = storage.prune(now)
    prune_s = time.process_time() - started
    started = time.process_time()
    scanned = storage.db.execute("SELECT COUNT(*) FROM bands WHERE copy > 0").fetchone()[0]
    scan_s = time.process_time() - started
    print(f"pruning: look with nothing expired {idle_ms:.3f} ms CPU (every {PRUNE_EVERY} insertions); "
          f"{deleted} expired copies deleted in {prune_s:.2f}s CPU ({prune_s / max(deleted, 1) * 1000:.3f} ms each); "
          f"a scan of the band table ({scanned} rows, as pruning did before) {scan_s:.2f}s CPU")


def throughput(args: argparse.Namespace) -> None:
    from bench_load import SETTINGS, run
    from synthetic_site import SyntheticSite

    site = SyntheticSite(args.pages)
    workdir = Path(tempfile.mkdtemp(prefix="bench-syndication-load-"))
    settings = [arg for s in SETTINGS for arg in ("-s", s)]
    results = {}
    for mode in ("off", "link", "off-again", "link-again"):
        command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"sitemap={site.base}/sitemap.xml",
                   "-s", f"NEWSSPIDER_STATE_DIR={workdir}/{mode}/state",
                   "-s", f"NEWSSPIDER_ARCHIVE_DIR={workdir}/{mode}/archive",
                   "-s", f"NEWSSPIDER_SYNDICATED={mode.split('-')[0]}", *settings]
        (workdir / mode).mkdir()
        before = os.times()
        result = run(mode, command, site, args.pages // 2, workdir / mode)
        after = os.times()
        result["cpu"] = (after.children_user - before.children_user) + (after.children_system - before.children_system)
        results[mode] = result
    site.close()
    print(f"== throughput: news spider, archive state, {args.pages} synthetic pages on loopback ({workdir})")
    for mode, r in results.items():
        print(f"syndication {mode:<10} {r['served'] / r['wall']:7.1f} pages/s  cpu {r['cpu']:6.1f}s  exit {r['exit']}")
    on = sum(results[m]["served"] / results[m]["wall"] for m in ("link", "link-again")) / 2
    off = sum(results[m]["served"] / results[m]["wall"] for m in ("off", "off-again")) / 2
    print(f"throughput on / off: {on / off:.2f} (goal >= 0.9)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", nargs="*", default=["quality", "cost", "throughput"],
                        choices=["quality", "cost", "throughput"])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--sizes", default="100000,300000", help="index sizes at which cost is measured")
    parser.add_argument("--dir", help="folder of the cost benchmark's index file (default: the temporary folder)")
    parser.add_argument("--probes", type=int, default=2000, help="synthetic stories timed at each size")
    parser.add_argument("--pages", type=int, default=5000, help="pages of the throughput crawl")
    args = parser.parse_args()
    for what in args.what:
        {"quality": quality, "cost": cost, "throughput": throughput}[what](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
