"""End to end: one wire story on three "publishers", a different story on a fourth.

Each publisher has its own page template, headline, credit line and ending.
The first publisher is crawled alone first (a run of its own), so it is the
earliest copy; the three others in a second run, against the same archive
state and so the same syndication index.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import pytest

from newsspider.syndication.index import story_id
from tests.helpers import redisserver
from tests.helpers.loopback import ROOT, CrawlResult, Site, crawl
from tests.helpers.wirestories import FOLLOW_UP, STORY

def paragraphs(texts: list[str]) -> str:
    return "\n".join(f"<p>{html.escape(t)}</p>" for t in texts)


def newspaper(base: str, path: str, headline: str, texts: list[str]) -> str:
    """A broadsheet's template: header, article with byline, related links, footer."""
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{headline} | The Daily Ledger</title><link rel="canonical" href="{base}{path}">
<meta property="article:published_time" content="2026-08-08T10:30:00+05:30"></head>
<body><header><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav></header>
<main><article><h1>{headline}</h1><p class="byline">Press Trust of India | New Delhi</p>
<div class="story-body">{paragraphs(texts)}</div></article>
<aside><h3>Related</h3><ul><li><a href="/x">Sensex ends higher</a></li></ul></aside></main>
<footer>© 2026 The Daily Ledger</footer></body></html>"""


def portal(base: str, path: str, headline: str, texts: list[str]) -> str:
    """A portal's template: JSON-LD, a different layout and share bar."""
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{headline}</title>
<link rel="canonical" href="{base}{path}">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{headline}",
"datePublished": "2026-08-08T10:41:00+05:30"}}</script></head>
<body><div class="top"><a href="/">Portal</a></div><div id="content"><div class="headline"><h1>{headline}</h1></div>
<div class="share">Share: Facebook Twitter WhatsApp</div>
<div class="article-text">{paragraphs(texts)}</div></div><div class="bottom">Portal Media</div></body></html>"""


PAGES = {
    "/ledger/rbi-holds-rate.html": (newspaper, "RBI keeps repo rate unchanged at 6.5%",
                                    ["New Delhi, Aug 8 (PTI) " + STORY[0], *STORY[1:], "(PTI)"]),
    "/portal/economy/rbi-policy-das.html": (portal, "Repo rate unchanged: RBI holds for ninth time",
                                            ["MUMBAI: " + STORY[0], *STORY[1:6], "With inputs from agencies"]),
    "/times/business/rbi-rate-decision.html": (newspaper, "RBI policy: Das keeps rates on hold, raises GDP forecast",
                                               [*STORY[:4], "The decision was in line with a poll of 40 economists,"
                                                " 34 of whom had expected no change this time.", *STORY[4:],
                                                "— AFP"]),
    "/post/markets/sensex-after-rbi.html": (portal, "Sensex rises as RBI holds rates", FOLLOW_UP),
}
FIRST = "/ledger/rbi-holds-rate.html"


def serve(site: Site) -> None:
    for path, (template, headline, texts) in PAGES.items():
        site.page(path, template(site.base, path, headline, texts))


def run(site: Site, workdir: Path, paths: list[str], env: dict[str, str] | None = None,
        **settings: str) -> CrawlResult:
    return crawl("article", workdir, "-a", "urls=" + ",".join(site.url(p) for p in paths),
                 "-a", "incremental=true", output=None, env=env,
                 settings={"NEWSSPIDER_STATE_DIR": str(workdir / "state"),
                           "NEWSSPIDER_ARCHIVE_DIR": str(workdir / "archive"), **settings})


def archived(workdir: Path) -> dict[str, dict[str, Any]]:
    lines = [json.loads(line) for f in sorted((workdir / "archive").rglob("*.jsonl"))
             for line in f.read_text("utf-8").splitlines() if line.strip()]
    return {item["url"]: item for item in lines}


def test_copies_share_a_story_id_and_point_at_the_first(tmp_path: Path) -> None:
    with Site() as site:
        serve(site)
        first = run(site, tmp_path, [FIRST])
        rest = run(site, tmp_path, [p for p in PAGES if p != FIRST])
    assert first.returncode == 0, first.log
    assert rest.returncode == 0, rest.log
    items = archived(tmp_path)
    assert len(items) == 4, sorted(items)
    origin = items[site.url(FIRST)]
    assert (origin["storyId"], origin["duplicateOf"], origin["similarity"]) == (
        story_id(site.url(FIRST)), None, 1.0)
    for path in ("/portal/economy/rbi-policy-das.html", "/times/business/rbi-rate-decision.html"):
        copy = items[site.url(path)]
        assert copy["storyId"] == origin["storyId"], copy["articleBody"]
        assert copy["duplicateOf"] == site.url(FIRST)
        assert 0.5 <= copy["similarity"] < 1.0
    other = items[site.url("/post/markets/sensex-after-rbi.html")]
    assert other["storyId"] != origin["storyId"] and other["duplicateOf"] is None
    assert first.stat("newsspider/syndicated/new") == 1
    assert rest.stat("newsspider/syndicated/copy") == 2 and rest.stat("newsspider/syndicated/new") == 1


def test_drop_exports_the_first_copy_only(tmp_path: Path) -> None:
    with Site() as site:
        serve(site)
        run(site, tmp_path, [FIRST], NEWSSPIDER_SYNDICATED="drop")
        rest = run(site, tmp_path, [p for p in PAGES if p != FIRST], NEWSSPIDER_SYNDICATED="drop")
    assert rest.returncode == 0, rest.log
    assert sorted(archived(tmp_path)) == sorted(site.url(p) for p in (FIRST, "/post/markets/sensex-after-rbi.html"))
    assert rest.stat("newsspider/syndicated/dropped") == 2
    assert rest.stat("newsspider/dropped/syndicated_copy") == 2


def test_two_redis_workers_share_one_index(tmp_path: Path) -> None:
    """Worker one fetches the first copy, worker two (another process, another
    state folder) the others: it links them through the index on Redis."""
    pytest.importorskip("scrapy_redis")
    if not redisserver.available():
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    with redisserver.RedisServer(tmp_path / "redis") as server, Site() as site:
        serve(site)
        env = {"NEWSSPIDER_REDIS_URL": server.url}
        one = run(site, tmp_path / "one", [FIRST], NEWSSPIDER_WORKER="one", env=env)
        two = run(site, tmp_path / "two", [p for p in PAGES if p != FIRST], NEWSSPIDER_WORKER="two", env=env)
    assert one.returncode == 0, one.log
    assert two.returncode == 0, two.log
    items = {**archived(tmp_path / "one"), **archived(tmp_path / "two")}
    assert len(items) == 4, sorted(items)
    origin = items[site.url(FIRST)]
    copies = [items[site.url(p)] for p in ("/portal/economy/rbi-policy-das.html", "/times/business/rbi-rate-decision.html")]
    assert {c["storyId"] for c in copies} == {origin["storyId"]}
    assert {c["duplicateOf"] for c in copies} == {site.url(FIRST)}
    assert items[site.url("/post/markets/sensex-after-rbi.html")]["duplicateOf"] is None
    assert not (tmp_path / "two" / "state" / "syndication.sqlite3").exists()


#: Run first in the crawl's interpreter (``sitecustomize`` on its path): at exit,
#: the names of the modules it imported go to the file ``MODULES_FILE`` names.
SITECUSTOMIZE = """
import atexit, json, os, sys
atexit.register(lambda: open(os.environ["MODULES_FILE"], "w").write(json.dumps(sorted(sys.modules))))
"""


@pytest.mark.parametrize("mode", ["off", "link"])
def test_crawl_imports_no_scipy(tmp_path: Path, mode: str) -> None:
    """datasketch imports scipy (0.6 s, 65 MB); the signature is numpy alone,
    and a crawl with syndication off imports neither the index nor numpy."""
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitecustomize.py").write_text(SITECUSTOMIZE, "utf-8")
    modules_file = tmp_path / "modules.json"
    env = {"PYTHONPATH": f"{tmp_path / 'site'}:{ROOT}", "MODULES_FILE": str(modules_file)}
    with Site() as site:
        serve(site)
        result = run(site, tmp_path / "crawl", [FIRST], env=env, NEWSSPIDER_SYNDICATED=mode)
    assert result.returncode == 0, result.log
    modules = set(json.loads(modules_file.read_text("utf-8")))
    assert "newsspider.pipelines.syndication" in modules
    assert not {m for m in modules if m.split(".")[0] in ("scipy", "datasketch")}
    if mode == "off":
        assert result.stat("newsspider/syndicated/new") == 0
        assert not {m for m in modules if m.startswith("newsspider.syndication") or m.split(".")[0] == "numpy"}
        assert not (tmp_path / "crawl" / "state" / "syndication.sqlite3").exists()
    else:
        assert result.stat("newsspider/syndicated/new") == 1


def test_redis_index_groups_band_keys_and_keeps_the_earliest(tmp_path: Path) -> None:
    """The Redis index: band keys in grouped hashes of a slice, at most PER_BAND
    copies per key (the earliest), a copy whose entry expired is skipped."""
    pytest.importorskip("redis")
    if not redisserver.available():
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    from newsspider.redis.syndication import RedisSyndicationStorage
    from newsspider.syndication.index import PER_BAND, SyndicationIndex
    from newsspider.syndication.signature import signature
    from tests.helpers.wirestories import body

    with redisserver.RedisServer(tmp_path / "redis") as server:
        client = server.client()
        storage = RedisSyndicationStorage(client, "t", window=86400)
        index = SyndicationIndex(storage)
        first = index.place("https://a.example/rbi", signature(body(STORY)))
        copies = [index.place(f"https://s{n}.example/rbi", signature(body(STORY, "", "(PTI)")))
                  for n in range(PER_BAND + 2)]
        assert {c.duplicate_of for c in copies} == {"https://a.example/rbi"}
        assert {c.story_id for c in copies} == {first.story_id}
        bands = [k for k in client.scan_iter("t:syn3:band:*")]
        assert 0 < len(bands) <= 20
        held = [v for name in bands for v in client.hvals(name)]
        assert held and all(v.count(b",") + 1 == PER_BAND for v in held)  # all 7 copies share every band
        assert all(0 < client.ttl(name) <= 2 * 86400 for name in bands)
        client.delete("t:syn3:copy:1")  # the first copy's entry expired
        later = index.place("https://late.example/rbi", signature(body(STORY, "", "— AFP")))
        assert later.outcome == "copy" and later.duplicate_of is not None
