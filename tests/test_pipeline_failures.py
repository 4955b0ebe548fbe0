"""A pipeline that fails on an item: one log line, a counted reason, and the
item goes on (a step that only adds to it) or is dropped (a gate), never a
traceback."""

from __future__ import annotations

import logging

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.misc import load_object
from scrapy.utils.test import get_crawler

from newsspider import settings
from newsspider.pipelines.base import ArticlePipeline
from newsspider.pipelines.boilerplate import BoilerplatePipeline
from newsspider.pipelines.contract import SchemaContractPipeline
from tests.helpers.articles import BODY, article

#: Which pipelines let an item they failed on go on; the others are gates.
PASSES_ON_FAILURE = {
    "PageTypePipeline": True,
    "BoilerplatePipeline": True,
    "DatesPipeline": True,
    "ContentHashPipeline": False,
    "RequiredFieldsPipeline": False,
    "SchemaContractPipeline": False,
    "SyndicationPipeline": True,
    "ArchiveStatePipeline": False,
}


def crashing(*args: object, **kwargs: object) -> None:
    raise RuntimeError("index gone")


@pytest.mark.parametrize("path", list(settings.ITEM_PIPELINES))
def test_every_project_pipeline_names_its_step_and_what_a_failure_does(path: str) -> None:
    pipeline = load_object(path)
    assert issubclass(pipeline, ArticlePipeline)
    assert pipeline.step and "/" not in pipeline.step
    assert pipeline.passes_on_failure is PASSES_ON_FAILURE[pipeline.__name__]


def test_a_step_that_adds_to_the_item_lets_it_go_on_as_it_stands(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr("newsspider.pipelines.boilerplate.clean_body", crashing)
    crawler = get_crawler()
    item = article()
    with caplog.at_level(logging.WARNING):
        out = BoilerplatePipeline.from_crawler(crawler).process_item(item)
    assert out is item and item.articleBody == BODY
    assert crawler.stats.get_value("newsspider/boilerplate/failed") == 1
    assert crawler.stats.get_value("newsspider/dropped/failed_boilerplate") is None
    [record] = caplog.records
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert "BoilerplatePipeline failed on https://www.business-standard.com/" in record.getMessage()
    assert "RuntimeError: index gone" in record.getMessage()


def test_a_gate_that_fails_drops_the_item_with_a_counted_reason(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr("newsspider.pipelines.contract.line_of", crashing)
    crawler = get_crawler()
    with caplog.at_level(logging.WARNING), pytest.raises(DropItem, match="SchemaContractPipeline failed"):
        SchemaContractPipeline.from_crawler(crawler).process_item(article())
    assert crawler.stats.get_value("newsspider/contract/failed") == 1
    assert crawler.stats.get_value("newsspider/dropped/failed_contract") == 1
    [record] = caplog.records
    assert record.levelno == logging.ERROR and record.exc_info is None
    assert "the item is dropped: RuntimeError: index gone" in record.getMessage()


def test_a_drop_decided_by_the_pipeline_is_not_a_failure() -> None:
    crawler = get_crawler()
    with pytest.raises(DropItem):
        SchemaContractPipeline.from_crawler(crawler).process_item(article(headline=""))
    assert crawler.stats.get_value("newsspider/contract/failed") is None
