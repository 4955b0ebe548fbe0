"""ArchiveStatePipeline: versions, unchanged drops, tombstones, full-run spiders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from scrapy import Spider
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.test import get_crawler

from newsspider.feedstorage import AtomicFileFeedStorage
from newsspider.items import Article
from newsspider.pipelines.archive import ArchiveStatePipeline
from newsspider.settings import NEWSSPIDER_FULL_RUN_SPIDERS
from newsspider.state.crawler import ArchiveState, crawl_state

URL = "https://www.example.com/news/story-1.html"


class NewsLike(Spider):
    name = "news"


class ArticleLike(Spider):
    name = "article"


def make_crawler(tmp_path: Path, spidercls: type[Spider] = NewsLike, **spider_args: Any):
    crawler = get_crawler(spidercls, {
        "NEWSSPIDER_STATE_DIR": str(tmp_path / "state"),
        "NEWSSPIDER_STATE_ENABLED": True,
        "NEWSSPIDER_FULL_RUN_SPIDERS": NEWSSPIDER_FULL_RUN_SPIDERS,
        "EXTENSIONS": {ArchiveState: 100},
    })
    crawler.spider = crawler._create_spider(**spider_args)
    return crawler


def article(body_hash: str = "a" * 64, **fields: Any) -> Article:
    return Article(url=URL, headline="H", articleBody="B", contentHash=body_hash, spider="news",
                   dateDownloaded="2026-11-30T12:00:00+00:00", **fields)


def store_batch(crawler, path: Path, items: list[Article]) -> None:
    """Write the items as the feed exporter would, through the atomic storage."""
    from scrapy.exporters import JsonLinesItemExporter

    storage = AtomicFileFeedStorage.from_crawler(crawler, str(path))
    file = storage.open(crawler.spider)
    exporter = JsonLinesItemExporter(file)
    for item in items:
        exporter.export_item(item)
    storage.store(file)


def test_versions_and_unchanged(tmp_path: Path) -> None:
    crawler = make_crawler(tmp_path)
    pipeline = ArchiveStatePipeline.from_crawler(crawler)
    first = pipeline.process_item(article())
    assert (first.version, first.previousContentHash) == (1, None)
    store_batch(crawler, tmp_path / "out" / "b1.jsonl", [first])
    assert crawler.stats.get_value("newsspider/archive/committed") == 1

    with pytest.raises(DropItem) as dropped:
        pipeline.process_item(article())
    assert dropped.value.log_level == "DEBUG"
    assert crawler.stats.get_value("newsspider/skipped/unchanged") == 1

    # Same story through a tracking-parameter URL, with changed text.
    update = pipeline.process_item(article("b" * 64, canonicalUrl=URL + "?utm_source=rss"))
    assert (update.version, update.previousContentHash) == (2, "a" * 64)
    assert crawler.stats.get_value("newsspider/archive/changed") == 1


def test_tombstone_once(tmp_path: Path) -> None:
    crawler = make_crawler(tmp_path)
    pipeline = ArchiveStatePipeline.from_crawler(crawler)
    store_batch(crawler, tmp_path / "b1.jsonl", [pipeline.process_item(article())])
    tombstone = Article(url=URL, removed=True, spider="news", dateDownloaded="2026-11-30T12:00:00+00:00")
    exported = pipeline.process_item(tombstone)
    assert (exported.removed, exported.version, exported.previousContentHash) == (True, 2, "a" * 64)
    store_batch(crawler, tmp_path / "b2.jsonl", [exported])
    with pytest.raises(DropItem):
        pipeline.process_item(Article(url=URL, removed=True, spider="news"))
    assert crawler.stats.get_value("newsspider/skipped/already_removed") == 1


def test_full_run_spider_keeps_no_state(tmp_path: Path) -> None:
    with pytest.raises(NotConfigured):
        ArchiveStatePipeline.from_crawler(make_crawler(tmp_path, ArticleLike))
    assert not (tmp_path / "state").exists()


@pytest.mark.parametrize("value,on", [("true", True), ("false", False), ("0", False)])
def test_incremental_spider_argument(tmp_path: Path, value: str, on: bool) -> None:
    crawler = make_crawler(tmp_path, ArticleLike, incremental=value)
    assert (crawl_state(crawler) is not None) is on


def test_state_setting_off() -> None:
    crawler = get_crawler(NewsLike, {"NEWSSPIDER_STATE_ENABLED": False})
    crawler.spider = crawler._create_spider()
    with pytest.raises(NotConfigured):
        ArchiveStatePipeline.from_crawler(crawler)


def test_gzip_batch_and_no_part_left(tmp_path: Path) -> None:
    import gzip
    import json

    crawler = make_crawler(tmp_path)
    pipeline = ArchiveStatePipeline.from_crawler(crawler)
    path = tmp_path / "b1.jsonl.gz"
    store_batch(crawler, path, [pipeline.process_item(article())])
    with gzip.open(path) as lines:
        assert [json.loads(line)["version"] for line in lines] == [1]
    assert list(tmp_path.glob("*.part")) == []
    assert crawler.stats.get_value("newsspider/archive/committed") == 1


def test_state_without_its_extension_is_not_kept_and_says_so(tmp_path: Path, caplog) -> None:
    crawler = get_crawler(NewsLike, {"NEWSSPIDER_STATE_DIR": str(tmp_path / "state"), "NEWSSPIDER_STATE_ENABLED": True})
    crawler.spider = crawler._create_spider()
    assert crawl_state(crawler) is None and crawl_state(crawler) is None
    assert caplog.text.count("not in EXTENSIONS") == 1
    assert crawler.stats.get_value("newsspider/state/not_kept") == 1
