"""The Redis switch (``newsspider.redis.addon``): nothing changes without it;
with it, the scheduler, duplicate filter, archive state and feed names change."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.settings import Settings

from newsspider.redis.addon import RedisAddon

pytest.importorskip("scrapy_redis")


def project_settings(**overrides: object) -> Settings:
    settings = Settings()
    settings.setmodule("newsspider.settings", priority="project")
    for name, value in overrides.items():
        settings.set(name, value, priority="cmdline")
    return settings


def test_without_the_switch_nothing_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSSPIDER_REDIS_URL", raising=False)
    settings = project_settings()
    before = settings.copy_to_dict()
    RedisAddon().update_settings(settings)
    assert settings.copy_to_dict() == before
    assert settings["SCHEDULER"] == "scrapy.core.scheduler.Scheduler"
    with pytest.raises(NotConfigured):  # not even listed as enabled
        RedisAddon.from_crawler(SimpleNamespace(settings=settings))  # type: ignore[arg-type]


def test_the_switch_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSSPIDER_REDIS_URL", "redis://127.0.0.1:6390/2")
    settings = project_settings(NEWSSPIDER_WORKER="crawler-a")
    RedisAddon().update_settings(settings)
    assert settings["NEWSSPIDER_REDIS_URL"] == settings["REDIS_URL"] == "redis://127.0.0.1:6390/2"
    assert settings["SCHEDULER"] == "newsspider.redis.scheduler.RedisScheduler"
    assert settings["DUPEFILTER_CLASS"] == "newsspider.redis.dupefilter.RedisDupeFilter"
    assert settings["NEWSSPIDER_STATE_STORE"] == "newsspider.redis.store.RedisStateStore"
    assert settings["SCHEDULER_QUEUE_KEY"] == "newsspider:%(spider)s:requests"
    assert settings["REDIS_START_URLS_KEY"] == "newsspider:%(name)s:start_urls"
    assert settings["NEWSSPIDER_WORKER"] == "crawler-a"
    assert list(settings.getdict("FEEDS")) == [
        "%(archive_dir)s/%(name)s/%(day)s/%(time)s-%(worker)s-%(batch_id)05d.%(ext)s"]
    assert any("RedisCoordinator" in str(name) for name in settings.getdict("EXTENSIONS"))


def test_the_switch_as_a_setting_with_a_default_worker_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSSPIDER_REDIS_URL", raising=False)
    settings = project_settings(NEWSSPIDER_REDIS_URL="redis://127.0.0.1:6390/0", NEWSSPIDER_REDIS_PREFIX="wire")
    RedisAddon().update_settings(settings)
    assert settings["SCHEDULER_DUPEFILTER_KEY"] == "wire:%(spider)s:dupefilter"
    assert settings["NEWSSPIDER_WORKER"].endswith(f"-{__import__('os').getpid()}")


def test_feed_names_get_the_worker() -> None:
    from newsspider.redis.feeds import with_worker

    assert with_worker("archive/%(name)s/%(time)s-%(batch_id)05d.jsonl") == \
        "archive/%(name)s/%(time)s-%(worker)s-%(batch_id)05d.jsonl"
    assert with_worker("out/%(worker)s-%(time)s.jsonl") == "out/%(worker)s-%(time)s.jsonl"
    assert with_worker("out.jsonl") == "out.jsonl"


def test_start_url_entries_become_the_spiders_own_requests(caplog: pytest.LogCaptureFixture) -> None:
    from scrapy.utils.test import get_crawler

    from newsspider.redis.coordinator import start_requests
    from newsspider.spiders.news import NewsSpider

    spider = NewsSpider.from_crawler(get_crawler(NewsSpider), site="https://example.com")
    sitemap, = start_requests(spider, '{"url": "https://example.com/news.xml", "kind": "sitemap"}')
    assert (sitemap.url, sitemap.callback, sitemap.cb_kwargs) == (
        "https://example.com/news.xml", spider.parse_listing, {"kind": "sitemap"})
    robots, home = start_requests(spider, '{"url": "https://example.com/", "kind": "site"}')
    assert (robots.url, robots.callback, home.callback) == (
        "https://example.com/robots.txt", spider.parse_robots, spider.parse_home)
    article, = start_requests(spider, "https://example.com/news/story-1.html")
    assert article.callback == spider.parse_article and not article.dont_filter
    assert start_requests(spider, '{"url": "https://example.com/", "kind": "podcast"}') == []
    assert start_requests(spider, "[1, 2]") == []
    assert "not understood" in caplog.text


def test_the_state_store_is_the_embedded_one_unless_switched(tmp_path) -> None:
    from newsspider.state.store import StateStore
    from newsspider.state.stores import open_store

    store = open_store(SimpleNamespace(settings=project_settings()), tmp_path)  # type: ignore[arg-type]
    try:
        assert isinstance(store, StateStore) and (tmp_path / "archive.sqlite3").exists()
    finally:
        store.close()
