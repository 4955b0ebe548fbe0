"""The published schema, ``validate_line``, the test helper and RequiredFieldsPipeline."""

from __future__ import annotations

import io
import json
import sys
from typing import Any

import pytest
from scrapy.exceptions import DropItem
from scrapy.exporters import JsonLinesItemExporter
from scrapy.utils.test import get_crawler

from newsspider import schema
from newsspider.items import EXPORT_FIELDS, Article
from newsspider.pipelines.hashing import content_hash
from newsspider.pipelines.validate import RequiredFieldsPipeline
from newsspider.schema import SCHEMA, checks_available, field_errors, line_of, validate_line
from newsspider.settings import FEED_EXPORT_FIELDS
from tests.helpers.articles import BODY, article, tombstone
from tests.helpers.schema_check import assert_valid_lines

def exported(item: Article) -> str:
    """``item`` as Scrapy's JSON Lines exporter writes it with the project's settings."""
    out = io.BytesIO()
    exporter = JsonLinesItemExporter(out, fields_to_export=FEED_EXPORT_FIELDS, encoding="utf-8")
    exporter.start_exporting()
    exporter.export_item(item)
    exporter.finish_exporting()
    return out.getvalue().decode("utf-8").rstrip("\n")


def test_schema_is_a_valid_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert checks_available()


def test_schema_documents_every_exported_field_in_order() -> None:
    assert list(SCHEMA["properties"]) == EXPORT_FIELDS
    assert SCHEMA["required"] == EXPORT_FIELDS
    undocumented = [name for name, spec in SCHEMA["properties"].items() if not spec.get("description")]
    assert undocumented == []


def test_schema_ships_as_package_data() -> None:
    from importlib.resources import files

    text = files("newsspider.schema").joinpath("article.schema.json").read_text("utf-8")
    assert json.loads(text) == SCHEMA


def test_line_of_is_the_exported_form() -> None:
    item = article()
    assert list(line_of(item)) == EXPORT_FIELDS
    assert line_of(item) == json.loads(exported(item))


@pytest.mark.parametrize("item", [article(), tombstone(), article(agency=None, dateline=None, authors=[], keywords=[], mainImage=None,
                                                                  datePublished="2019-01-18", dateModified=None, version=2,
                                                                  previousContentHash="0" * 64, url="file:///tmp/saved.html")])
def test_exported_lines_are_valid(item: Article) -> None:
    line = exported(item)
    assert validate_line(json.loads(line)) == []
    assert_valid_lines([line])


#: (change to a valid article, the field the error is about)
INVALID = [
    ({"headline": None}, "headline"),
    ({"headline": ""}, "headline"),
    ({"articleBody": None}, "articleBody"),
    ({"contentHash": None}, "contentHash"),
    ({"contentHash": "ABC"}, "contentHash"),
    ({"url": "/article/1.html"}, "url"),
    ({"canonicalUrl": "www.example.com/1"}, "canonicalUrl"),
    ({"datePublished": "2019-04-22 11:50"}, "datePublished"),
    ({"datePublished": "2019-04-22T11:50:00"}, "datePublished"),  # a time needs its offset
    ({"datePublished": "2019-13-22"}, "datePublished"),
    ({"dateModified": "Apr 22 2019 | 11:50 AM IST"}, "dateModified"),
    ({"dateDownloaded": "2026-11-30T17:30:00+05:30"}, "dateDownloaded"),
    ({"authors": ["Ananya Rao"]}, "authors"),
    ({"authors": [{"name": ""}]}, "authors"),
    ({"authors": [{"name": "A", "role": "editor"}]}, "authors"),
    ({"agency": ""}, "agency"),
    ({"keywords": ["Data", "Data"]}, "keywords"),
    ({"mainImage": {"src": "x"}}, "mainImage"),
    ({"mainImage": {"url": "/img/1.jpg"}}, "mainImage"),
    ({"inLanguage": "English (India)"}, "inLanguage"),
    ({"isAccessibleForFree": "yes"}, "isAccessibleForFree"),
    ({"version": 0}, "version"),
    ({"spider": None}, "spider"),
]


@pytest.mark.parametrize(("change", "field"), INVALID)
def test_invalid_lines(change: dict[str, Any], field: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    line = json.loads(exported(article(**change)))
    # The published schema as it is (validate_line uses it with its $refs inlined).
    assert field in {str(e.absolute_path[0]) for e in jsonschema.Draft202012Validator(SCHEMA).iter_errors(line)}
    assert field in {name for name, _ in field_errors(line)}
    assert any(error.startswith(f"{field}: ") for error in validate_line(line))
    with pytest.raises(AssertionError, match=field):
        assert_valid_lines([json.dumps(line)])


def test_missing_and_unknown_keys() -> None:
    pytest.importorskip("jsonschema")
    line = line_of(article())
    del line["section"]
    line["extra"] = 1
    names = {name for name, _ in field_errors(line)}
    assert {"section", "<line>"} <= names


def test_schema_check_wants_the_exported_order() -> None:
    line = line_of(article())
    shuffled = dict(reversed(list(line.items())))
    with pytest.raises(AssertionError, match="not EXPORT_FIELDS in order"):
        assert_valid_lines([json.dumps(shuffled)])
    with pytest.raises(AssertionError, match="not JSON"):
        assert_valid_lines([json.dumps(line)[:-5]])
    with pytest.raises(AssertionError, match="no lines"):
        assert_valid_lines([])


def test_without_jsonschema_the_keys_and_required_fields_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jsonschema", None)
    schema._validator.cache_clear()
    try:
        assert not checks_available()
        assert validate_line(line_of(article())) == []
        assert validate_line(line_of(tombstone())) == []
        line = line_of(article(headline=""))
        del line["section"]
        assert validate_line(line) == ["section: is a required property", "headline: must be a non-empty string"]
    finally:
        schema._validator.cache_clear()


def pipeline() -> tuple[RequiredFieldsPipeline, Any]:
    crawler = get_crawler()
    crawler._apply_settings()
    return RequiredFieldsPipeline.from_crawler(crawler), crawler.stats


@pytest.mark.parametrize("missing", ["url", "headline", "articleBody"])
def test_required_fields_pipeline_drops_with_a_reason(missing: str) -> None:
    pipe, stats = pipeline()
    with pytest.raises(DropItem, match=f"no {missing}"):
        pipe.process_item(article(**{missing: ""}))
    assert stats.get_value(f"newsspider/dropped/missing_{missing}") == 1


def test_required_fields_pipeline_passes_articles_and_tombstones() -> None:
    pipe, stats = pipeline()
    item = article()
    assert pipe.process_item(item) is item
    assert pipe.process_item(tombstone()).removed is True
    assert stats.get_value("newsspider/validate/ok") == 1


def test_other_items_pass_every_article_pipeline_untouched():
    """A user's own spider in this project yields dicts: our pipelines leave them be."""
    from scrapy.exceptions import NotConfigured
    from scrapy.utils.misc import load_object
    from scrapy.utils.test import get_crawler

    from newsspider import settings

    crawler = get_crawler(settings_dict={"NEWSSPIDER_STATE_DIR": ""})
    crawler.stats.open_spider()
    item = {"url": "http://example.com/", "articleBody": "text"}
    checked = 0
    for path in settings.ITEM_PIPELINES:
        try:
            pipeline = load_object(path).from_crawler(crawler)
        except NotConfigured:
            continue
        assert pipeline.process_item(item) is item, path
        checked += 1
    assert checked >= 5
