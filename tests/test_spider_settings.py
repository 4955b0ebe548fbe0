"""Our spiders' own setting defaults: ``CONCURRENT_ITEMS`` is 1 unless the project,
a spider or the command line says otherwise, also after the crawl command merges
the process's settings into the crawler's again (as ``scrapy crawl`` does)."""

from __future__ import annotations

import pytest
from scrapy.crawler import CrawlerRunner
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings

from newsspider.spiders import base


def crawler_settings(**overrides: tuple[object, str]) -> Settings:
    settings = get_project_settings()
    for name, (value, priority) in overrides.items():
        settings.set(name, value, priority=priority)
    runner = CrawlerRunner(settings)
    crawler = runner.create_crawler("article")
    runner.create_crawler(crawler)  # what CrawlerProcess.crawl(crawler) does with it
    return crawler.settings


def test_article_spiders_process_one_item_at_a_time() -> None:
    assert crawler_settings().getint("CONCURRENT_ITEMS") == base.CONCURRENT_ITEMS == 1


@pytest.mark.parametrize("priority", ["project", "cmdline"])
def test_a_chosen_value_wins(priority: str) -> None:
    assert crawler_settings(CONCURRENT_ITEMS=(7, priority)).getint("CONCURRENT_ITEMS") == 7
