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
and recall are over all pairs (goal: P >= 0.99, R >= 0.95). Scored twice,
side by side: the bodies as written, and each text rendered as a page of
one of four publishers' templates written here (header, navigation, ads,
"Also read" and related links, share and follow lines, credits, footer,
paragraphs as <p> or <br> runs; the copies of one story on different
publishers) and extracted back with ``newsspider.extract``, as a crawl sees it.

``cost`` fills an SQLite index with synthetic stories and measures, at each
size, the CPU per story of the lookup and insert (``SyndicationIndex.place``)
of synthetic bodies (goal <= 1 ms at 1,000,000), the signature's CPU apart,
and the file size per story (goal <= 1 KB). Filling writes random
signatures (the index's cost does not depend on the text), each its own
story, with the storage's own ``add`` in large transactions; the timed
stories go through ``place`` one by one, each committed, as in a crawl.
Then pruning: the look for expired copies, and deleting 1% of them.

``throughput`` crawls the synthetic loopback site of ``bench_load.py`` (its
bodies replaced by distinct ones) with the ``news`` spider and the archive
state, syndication off and on (``link``), twice in turn (goal: on >= 0.9x off).
Its pages are cheap (about 6 ms of CPU each, no real extraction work), so
syndication's share of a page is larger there than on news pages.

``throughput-real`` is IN-PROCESS, on REAL pages: the ``article`` callback and
the item pipelines (as ``quick_eval.py`` runs them: no download, no engine,
no feed export) over the aeb and wcxb pages of ``../shared/bench``,
syndication off and ``link`` interleaved page by page (a machine's load
drifts alike for both); pages per second of CPU and the ratio. A real crawl adds Scrapy's own cost to both sides, so its ratio
lies between this one and 1.

``redis`` places synthetic stories in the Redis index (a loopback
redis-server): CPU and wall per story, Redis memory per story.

``signature`` measures the start-up cost of the imports (numpy alone, the
syndication package, datasketch) and the CPU of the signature of the real
aeb and wcxb article bodies.

    python benchmarks/bench_syndication.py quality
    python benchmarks/bench_syndication.py cost --sizes 100000,300000,1000000
    python benchmarks/bench_syndication.py throughput --pages 5000
    python benchmarks/bench_syndication.py throughput-real
    python benchmarks/bench_syndication.py redis --redis-stories 20000
    python benchmarks/bench_syndication.py signature

Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import html
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
from synthetic_site import article_html as synthetic_article_html  # noqa: E402

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


# Page templates of four made-up publishers: the same story body goes through
# each one and back out through ``newsspider.extract``, as a crawl sees it.
# Each has its own header, navigation, related links, credit and share lines,
# footer, and a different markup of the body (paragraphs, <br> runs, an ad
# and an "Also read" link between paragraphs, a figure before the text).
NAV = {
    "ledger": ["Home", "India", "World", "Markets", "Opinion", "Sports", "E-Paper"],
    "portal": ["Latest", "Business", "Tech", "Cricket", "Entertainment", "Videos", "Photos"],
    "wire": ["Top News", "National", "International", "Economy", "Agencies"],
    "daily": ["News", "City", "Politics", "Lifestyle", "Trending", "Web Stories"],
}
TRENDING = {
    "ledger": ["Sensex ends 300 points higher as banks gain", "Monsoon to arrive early, says weather office",
               "Five things to watch in the budget session"],
    "portal": ["Gold prices today: check rates in your city", "Top 10 smartphones under 20,000",
               "Watch: the moment the rocket lifted off", "Horoscope today for all signs"],
    "wire": ["Government extends deadline for tax filing", "Court reserves verdict on bail plea"],
    "daily": ["Viral video shows elephant crossing highway", "Traffic advisory issued for weekend",
              "Celebrity wedding: guest list revealed", "Quiz: how well do you know the city?"],
}


def _p(texts: list[str]) -> list[str]:
    return [f"<p>{html.escape(t)}</p>" for t in texts]


def _nav(site: str) -> str:
    return "".join(f'<li><a href="/{n.lower().replace(" ", "-")}">{n}</a></li>' for n in NAV[site])


def _links(site: str) -> str:
    return "".join(f'<li><a href="/story/{i}">{html.escape(t)}</a></li>' for i, t in enumerate(TRENDING[site]))


def ledger_page(url: str, headline: str, texts: list[str]) -> str:
    body = _p(texts)
    body.insert(min(3, len(body)), f'<p class="also"><strong>Also Read:</strong> <a href="/x">{html.escape(TRENDING["ledger"][0])}</a></p>')
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(headline)} | The Ledger</title>
<link rel="canonical" href="{url}"><meta property="og:title" content="{html.escape(headline)}">
<meta property="article:published_time" content="2026-08-08T10:30:00+05:30"></head><body>
<header><div class="logo"><a href="/">The Ledger</a></div><nav><ul>{_nav("ledger")}</ul></nav></header>
<main><article><h1>{html.escape(headline)}</h1><p class="byline">By Staff Writer | Updated: Aug 8, 2026, 10:30 IST</p>
<div class="story-body">{"".join(body)}</div>
<div class="tags">Tags: <a href="/t/a">economy</a> <a href="/t/b">policy</a></div></article>
<aside><h3>Most Read</h3><ul>{_links("ledger")}</ul></aside></main>
<footer><p>Copyright 2026 The Ledger. All rights reserved.</p><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body></html>"""


def portal_page(url: str, headline: str, texts: list[str]) -> str:
    body = _p(texts)
    body.insert(min(2, len(body)), '<div class="ad-slot"><span>Advertisement</span></div>')
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
                     "datePublished": "2026-08-08T10:41:00+05:30", "author": {"@type": "Organization", "name": "Portal Desk"}})
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(headline)}</title>
<link rel="canonical" href="{url}"><script type="application/ld+json">{ld}</script></head><body>
<div class="topbar"><a href="/">Portal News</a><ul class="menu">{_nav("portal")}</ul><a href="/login">Sign in</a></div>
<div id="content"><div class="headline"><h1>{html.escape(headline)}</h1></div>
<div class="meta">Portal Desk | August 8, 2026</div>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
<div class="article-text">{"".join(body)}</div>
<p class="follow">Follow us on Google News for the latest updates.</p>
<div class="comments"><h4>Comments</h4><p>Be the first to comment.</p></div>
<div class="trending"><h4>Trending</h4><ul>{_links("portal")}</ul></div></div>
<div class="bottom">Portal Media Pvt Ltd. Terms of use. Privacy policy.</div></body></html>"""


def wire_page(url: str, headline: str, texts: list[str]) -> str:
    body = "<br><br>".join(html.escape(t) for t in texts)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(headline)} - Wire Mirror</title>
<link rel="canonical" href="{url}"><meta name="description" content="{html.escape(texts[0][:150])}">
<meta itemprop="datePublished" content="2026-08-08T10:52:00+05:30"></head><body>
<div id="masthead"><a href="/">Wire Mirror</a> {" | ".join(NAV["wire"])}</div>
<div class="container"><div class="col-main" itemscope itemtype="https://schema.org/NewsArticle">
<h2 itemprop="headline">{html.escape(headline)}</h2><span class="src">Source: Agencies</span>
<section itemprop="articleBody">{body}</section>
<div class="newsletter">Get the day's top stories in your inbox. <a href="/subscribe">Subscribe</a></div></div>
<div class="col-side"><h5>More from Agencies</h5><ul>{_links("wire")}</ul></div></div>
<div id="foot">Wire Mirror syndicates news from agencies. Disclaimer applies.</div></body></html>"""


def daily_page(url: str, headline: str, texts: list[str]) -> str:
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(headline)} - The Daily</title>
<link rel="canonical" href="{url}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-08-08T11:05:00+05:30"></head><body>
<nav class="main-nav"><a href="/">The Daily</a><ul>{_nav("daily")}</ul></nav>
<div class="breadcrumb"><a href="/">Home</a> / <a href="/news">News</a></div>
<article class="post"><header><h1 class="entry-title">{html.escape(headline)}</h1>
<div class="entry-meta"><span class="author">Daily News Desk</span> <time datetime="2026-08-08T11:05:00+05:30">Aug 8, 2026</time></div></header>
<figure><img src="/img/lead.jpg" alt="Representational image"><figcaption>Representational image. (File photo)</figcaption></figure>
<div class="entry-content">{"".join(_p(texts))}</div>
<div class="post-tags"><a href="/tag/news">news</a></div></article>
<section class="related"><h3>You may also like</h3><ul>{_links("daily")}</ul></section>
<footer class="site-footer">The Daily is published by Daily Media. Contact: desk@daily.example</footer></body></html>"""


TEMPLATES = {"ledger": ledger_page, "portal": portal_page, "wire": wire_page, "daily": daily_page}


def headline_of(body: str, rng: random.Random) -> str:
    """A headline of the story's first words, tweaked per publisher."""
    words = body.split()[:rng.randint(6, 11)]
    return rng.choice(["", "Watch: ", "Update: ", "Explained: "]) + " ".join(words).rstrip(".,;:")


def extracted(texts: list[Text], seed: int) -> list[str]:
    """Each text rendered in one of the templates (never the same for two copies
    of one story where there are templates left) and extracted back."""
    from newsspider.extract import extract
    from newsspider.extract.page import Page

    rng = random.Random(seed)
    used: dict[str, list[str]] = {}
    bodies = []
    for n, text in enumerate(texts):
        story = text.story.split("-")[0]
        free = [t for t in TEMPLATES if t not in used.get(story, [])] or list(TEMPLATES)
        name = rng.choice(free)
        used.setdefault(story, []).append(name)
        url = f"https://{name}.example/news/{n}/story.html"
        paragraphs = [p for p in re.split(r"\n\s*\n", text.body) if p.strip()]
        page = TEMPLATES[name](url, headline_of(text.body, rng), paragraphs)
        bodies.append(extract(Page(url, page)).get("articleBody") or "")
    return bodies


def pairs(groups: Counter[object]) -> int:
    return sum(n * (n - 1) // 2 for n in groups.values())


def quality(args: argparse.Namespace) -> None:
    if not (SHARED / "aeb" / "pages.json").exists():
        print(f"quality: {SHARED} not found")
        return
    texts = quality_set(args.seed)
    print(f"== quality: {len(texts)} texts ({len(set(t.story for t in texts))} stories) from {SHARED} aeb+wcxb bodies")
    score("bodies as written", texts, [t.body for t in texts])
    started = time.process_time()
    pages = extracted(texts, args.seed)
    print(f"(rendered into {len(TEMPLATES)} publishers' templates and extracted: "
          f"{(time.process_time() - started) / len(texts) * 1000:.0f} ms CPU per page)")
    score("pages through newsspider.extract", texts, pages)
    margins(texts)


def score(label: str, texts: list[Text], bodies: list[str]) -> None:
    """Place every body in a fresh index; pairwise precision and recall of the storyIds."""
    index = SyndicationIndex(SqliteStorage(":memory:", WINDOW))
    predicted: list[str] = []
    unsigned = 0
    for n, body in enumerate(bodies):
        signed = signature(body)
        if signed is None:
            unsigned += 1
            predicted.append(f"unsigned-{n}")
            continue
        predicted.append(index.place(f"https://site{n % 50}.example/{n}", signed).story_id)
    index.close()
    truth = [t.story for t in texts]
    tp = pairs(Counter(zip(truth, predicted)))
    pred_pairs, true_pairs = pairs(Counter(predicted)), pairs(Counter(truth))
    precision = tp / pred_pairs if pred_pairs else 1.0
    recall = tp / true_pairs if true_pairs else 1.0
    print(f"-- {label}: pairwise precision {precision:.4f} ({tp}/{pred_pairs})  recall {recall:.4f} "
          f"({tp}/{true_pairs})  goal P>=0.99 R>=0.95; no body {unsigned}")
    if unsigned:
        kept = [(t, p) for t, p in zip(truth, predicted) if not p.startswith("unsigned-")]
        tp_kept = pairs(Counter(kept))
        true_kept = pairs(Counter(t for t, _ in kept))
        print(f"   among the {len(kept)} with a body (extraction kept the page): recall {tp_kept / true_kept:.4f} "
              f"({tp_kept}/{true_kept})")
    groups = Counter(zip(truth, predicted))
    sizes = Counter(predicted)
    for kind in ("original", "credit", "added", "cut", "mixed"):
        rows = [(t, p) for t, p, x in zip(truth, predicted, texts) if x.kind == kind]
        linked = sum(1 for t, p in rows if groups[(t, p)] > 1)
        print(f"  {kind:<8} grouped with another copy of its story: {linked}/{len(rows)}")
    for kind in ("entities", "followup"):
        rows = [p for p, x in zip(predicted, texts) if x.kind == kind]
        print(f"  distractor {kind:<8} standing alone: {sum(1 for p in rows if sizes[p] == 1)}/{len(rows)}")


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


VOCABULARY = [f"{a}{b}" for a in ("ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze")
              for b in ("bar", "cen", "dol", "fim", "gus", "hap", "jet", "kor", "lum", "mox",
                        "nip", "pol", "quo", "rin", "sat", "tev", "ulm", "vek", "wor", "yad")]


def distinct_article_html(n: int) -> bytes:
    """``synthetic_site``'s article n with its eight paragraphs replaced by text
    of its own (words drawn with seed n): no two pages one story. The synthetic
    site's own bodies repeat every few dozen pages, which would make most pages
    copies."""
    rng = random.Random(n)
    paragraphs = iter(f"<p>{' '.join(rng.choices(VOCABULARY, k=42)).capitalize()}.</p>" for _ in range(8))
    return re.sub(r"<p>[^<]*</p>", lambda _: next(paragraphs), synthetic_article_html(n).decode(), count=8).encode()


def throughput(args: argparse.Namespace) -> None:
    """Crawls of ``args.pages`` distinct stories, syndication off and on
    (``link``) in turn, twice; pages per second and CPU of each."""
    import synthetic_site
    from bench_load import SETTINGS, run

    synthetic_site.article_html = distinct_article_html  # the handler looks the name up per request
    site = synthetic_site.SyntheticSite(args.pages)
    workdir = Path(tempfile.mkdtemp(prefix="bench-syndication-load-"))
    settings = [arg for s in SETTINGS for arg in ("-s", s)]
    results = {}
    for mode in ("off", "link", "off-again", "link-again"):
        command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"sitemap={site.base}/sitemap.xml",
                   "-s", f"NEWSSPIDER_STATE_DIR={workdir}/{mode}/state",
                   "-s", f"NEWSSPIDER_ARCHIVE_DIR={workdir}/{mode}/archive",
                   "-s", f"NEWSSPIDER_SYNDICATED={mode.split('-')[0]}",
                   "-s", f"NEWSSPIDER_SUMMARY_FILE={workdir}/{mode}/summary.json", *settings]
        (workdir / mode).mkdir()
        before = os.times()
        result = run(mode, command, site, args.pages // 2, workdir / mode)
        after = os.times()
        result["cpu"] = (after.children_user - before.children_user) + (after.children_system - before.children_system)
        summary = workdir / mode / "summary.json"
        stats = json.loads(summary.read_text("utf-8")).get("stats", {}) if summary.exists() else {}
        result["synd"] = {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("newsspider/syndicated/")}
        results[mode] = result
    site.close()
    print(f"== throughput: news spider, archive state, {args.pages} distinct synthetic stories on loopback ({workdir})")
    for mode, r in results.items():
        print(f"syndication {mode:<10} {r['served'] / r['wall']:7.1f} pages/s  cpu {r['cpu']:6.1f}s "
              f"({r['cpu'] / max(r['served'], 1) * 1000:.2f} ms/page)  peak RSS {r['rss_peak_mb']:.0f} MB  "
              f"exit {r['exit']}  {r['synd'] or ''}")
    on = sum(results[m]["served"] / results[m]["wall"] for m in ("link", "link-again")) / 2
    off = sum(results[m]["served"] / results[m]["wall"] for m in ("off", "off-again")) / 2
    cpu_on = sum(results[m]["cpu"] for m in ("link", "link-again"))
    cpu_off = sum(results[m]["cpu"] for m in ("off", "off-again"))
    print(f"throughput on / off: {on / off:.2f} (goal >= 0.9); CPU on / off: {cpu_on / cpu_off:.2f}")


def redis_cost(args: argparse.Namespace) -> None:
    """The index on Redis (a throwaway loopback redis-server): CPU of this
    process and wall time per lookup and insert, and Redis memory per story."""
    from newsspider.redis.syndication import RedisSyndicationStorage
    from tests.helpers import redisserver

    if not redisserver.available():
        print("redis: redis-server is not installed")
        return
    rng = random.Random(args.seed)
    words = [f"{w}{i}" for i, w in enumerate(itertools.islice(itertools.cycle("abcdefghij"), 30000))]
    signed = [signature(synthetic_body(rng, words)) for _ in range(args.redis_stories)]
    folder = Path(tempfile.mkdtemp(prefix="bench-syndication-redis-"))
    with redisserver.RedisServer(folder) as server:
        client = server.client()
        storage = RedisSyndicationStorage(client, "bench", WINDOW)
        index = SyndicationIndex(storage)
        used_before = int(client.info("memory")["used_memory"])
        cpu, wall = time.process_time(), time.perf_counter()
        for n, s in enumerate(signed):
            assert s is not None
            index.place(f"https://probe{n % 997}.example/news/{n}/a-story-headline-of-some-length.html", s)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        used = int(client.info("memory")["used_memory"]) - used_before
        keys = client.dbsize()
    n = len(signed)
    print(f"== redis: {n} distinct stories placed on a loopback redis-server")
    print(f"lookup+insert {cpu / n * 1000:.3f} ms CPU in the crawler, {wall / n * 1000:.3f} ms wall per story; "
          f"Redis memory {used / n:.0f} bytes per story ({keys} keys)")


IMPORTS = {"python alone": "pass", "numpy": "import numpy",
           "newsspider.syndication (numpy MinHash)": "import newsspider.syndication.index",
           "datasketch": "import datasketch"}


def signature_cost(args: argparse.Namespace) -> None:
    """Start-up: wall time and peak RSS of a fresh interpreter importing each of
    IMPORTS (median of 5); then the CPU of the signature (credits removed,
    normalised, shingled, MinHash) of the real aeb and wcxb article bodies."""
    import subprocess

    print("== signature: imports (fresh interpreter, median of 5) and signature CPU")
    probe = "import re, time; t = time.process_time(); {}; print(time.process_time() - t, " \
            "re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))"  # peak RSS since exec
    for label, statement in IMPORTS.items():
        runs = sorted((float(w), int(r)) for w, r in (
            subprocess.run([sys.executable, "-c", probe.format(statement)], capture_output=True, text=True,
                           cwd=ROOT, check=True).stdout.split() for _ in range(5)))
        wall, rss = runs[2]
        print(f"  {label:<40} {wall:6.3f} s CPU  peak RSS {rss / 1024:5.0f} MB")
    if not SHARED.exists():
        print("  signature of real bodies: ../shared/bench is absent")
        return
    bodies = ["\n".join(paragraphs) for paragraphs in real_bodies()]
    started = time.process_time()
    for body in bodies:
        signature(body)
    ms = (time.process_time() - started) / len(bodies) * 1000
    print(f"  signature of {len(bodies)} aeb+wcxb article bodies: {ms:.3f} ms CPU per body")


def _pages(names: tuple[str, ...]) -> list[tuple[str, bytes, str]]:
    """(URL, HTML, content type) of the bench's pages, as its replay proxy serves them."""
    import gzip

    import replay

    return [(replay.as_http(p["url"]), gzip.decompress((SHARED / name / p["file"]).read_bytes()),
             p.get("contentType", "text/html; charset=utf-8"))
            for name in names for p in json.loads((SHARED / name / "pages.json").read_text("utf-8"))]


@dataclass(slots=True)
class _Stack:
    """The ``article`` callback and the item pipelines of one crawler, and the CPU they took."""
    spider: object
    pipelines: list
    cpu: float = 0.0
    exported: int = 0


def _stack(mode: str) -> _Stack:
    """A crawler with the project's settings and ``NEWSSPIDER_SYNDICATED=mode``: its spider and pipelines."""
    from scrapy.exceptions import NotConfigured
    from scrapy.utils.misc import load_object
    from scrapy.utils.project import get_project_settings
    from scrapy.utils.test import get_crawler

    from newsspider.spiders.article import ArticleListSpider

    settings = get_project_settings().copy_to_dict()
    settings["NEWSSPIDER_SYNDICATED"] = mode
    crawler = get_crawler(ArticleListSpider, settings)
    crawler.spider = ArticleListSpider.from_crawler(crawler, urls="http://example.com/")
    pipelines = []
    for path, _order in sorted(crawler.settings.getdict("ITEM_PIPELINES").items(), key=lambda kv: kv[1]):
        try:
            pipelines.append(load_object(path).from_crawler(crawler))
        except NotConfigured:
            continue
    return _Stack(crawler.spider, pipelines)


def _run(stack: _Stack, url: str, body: bytes, content_type: str) -> None:
    """One page through the stack, its CPU added to the stack's."""
    from scrapy.exceptions import DropItem
    from scrapy.http import HtmlResponse, Request

    started = time.process_time()
    response = HtmlResponse(url=url, body=body, headers={"Content-Type": content_type}, request=Request(url))
    for item in stack.spider.parse_article(response):  # type: ignore[attr-defined]
        try:
            for pipeline in stack.pipelines:
                item = pipeline.process_item(item)
        except DropItem:
            continue
        stack.exported += 1
    stack.cpu += time.process_time() - started


def real_throughput(args: argparse.Namespace) -> None:
    """IN-PROCESS, REAL PAGES: the ``article`` callback and the item pipelines
    (as ``quick_eval.py`` runs them: no download, no Scrapy engine) over the
    aeb and wcxb pages, syndication off and ``link`` interleaved page by page
    (which runs first alternates); pages per second of CPU of each and the
    ratio. No crawl: the engine, the downloader
    and the feed export cost the same with syndication on or off, so a real
    crawl's ratio is closer to 1 than this one."""
    import logging

    from scrapy.utils.reactor import install_reactor

    if not SHARED.exists():
        print("== throughput-real: ../shared/bench is absent")
        return
    sys.path.insert(0, str(SHARED))
    logging.disable(logging.WARNING)
    from scrapy.utils.project import get_project_settings

    install_reactor(get_project_settings()["TWISTED_REACTOR"])
    pages = _pages(("aeb", "wcxb"))
    stacks = {"off": _stack("off"), "link": _stack("link")}
    for n, page in enumerate(pages):  # interleaved page by page: the machine's load drifts alike for both
        for mode in ("off", "link") if n % 2 else ("link", "off"):
            _run(stacks[mode], *page)
    print(f"== throughput-real: IN-PROCESS (callback + pipelines, no crawl), {len(pages)} real aeb+wcxb pages, "
          "off and link interleaved page by page")
    for mode, stack in stacks.items():
        print(f"syndication {mode:<5} {len(pages) / stack.cpu:7.1f} pages/s of CPU  "
              f"({stack.cpu / len(pages) * 1000:.2f} ms/page, {stack.exported} items exported)")
    off, on = stacks["off"].cpu, stacks["link"].cpu
    print(f"in-process real pages, throughput on / off: {off / on:.3f} (goal >= 0.9); "
          f"syndication {(on - off) / len(pages) * 1000:.2f} ms CPU per page")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", nargs="*", default=["quality", "cost", "throughput", "throughput-real", "redis"],
                        choices=["quality", "cost", "throughput", "throughput-real", "redis", "signature"])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--sizes", default="100000,300000", help="index sizes at which cost is measured")
    parser.add_argument("--dir", help="folder of the cost benchmark's index file (default: the temporary folder)")
    parser.add_argument("--probes", type=int, default=2000, help="synthetic stories timed at each size")
    parser.add_argument("--pages", type=int, default=5000, help="pages of the throughput crawl")
    parser.add_argument("--redis-stories", type=int, default=20000, help="stories placed in the Redis index")
    args = parser.parse_args()
    for what in args.what:
        {"quality": quality, "cost": cost, "throughput": throughput, "throughput-real": real_throughput,
         "redis": redis_cost,
         "signature": signature_cost}[what](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
