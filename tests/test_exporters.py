"""The JSON Lines exporter writes what Scrapy's own writes, byte for byte."""

from __future__ import annotations

import io
from typing import Any

import pytest
from scrapy.exporters import JsonLinesItemExporter

from newsspider.exporters import ArticleJsonLinesExporter
from newsspider.items import EXPORT_FIELDS
from newsspider.settings import FEED_EXPORT_FIELDS
from tests.helpers.articles import article, tombstone


def written(exporter_class: type[JsonLinesItemExporter], items: list[Any], **options: Any) -> bytes:
    out = io.BytesIO()
    exporter = exporter_class(out, **options)
    exporter.start_exporting()
    for item in items:
        exporter.export_item(item)
    exporter.finish_exporting()
    return out.getvalue()


ITEMS = [
    article(),
    article(headline="Ünïcode « quotes » — and \u2028 a line separator", authors=[], keywords=[],
            mainImage=None, similarity=0.873, storyId="f9ba74f690698ff5"),
    article(authors=[{"name": "Zoë Ångström"}, {"name": "李明"}], isAccessibleForFree=None),
    tombstone(),
    {"url": "https://example.com/a", "articleBody": None, "nodes": 3},  # a user's own spider's dict
]

OPTIONS = [
    {"fields_to_export": FEED_EXPORT_FIELDS, "encoding": "utf-8"},  # the project's settings
    {"fields_to_export": None, "encoding": "utf-8"},
    {"fields_to_export": EXPORT_FIELDS[:5] + ["url"], "encoding": "utf-8"},  # a subset, one twice
    {"fields_to_export": {"url": "link", "headline": "title"}, "encoding": "utf-8"},  # renamed: Scrapy's way
    {"fields_to_export": ["url", "notAField"], "encoding": "utf-8"},  # unknown field: Scrapy's way
    {"fields_to_export": FEED_EXPORT_FIELDS, "encoding": None},  # ASCII escapes
    {"fields_to_export": FEED_EXPORT_FIELDS, "encoding": "latin-1"},
    {"fields_to_export": FEED_EXPORT_FIELDS, "encoding": "utf-8", "export_empty_fields": True},
]


@pytest.mark.parametrize("options", OPTIONS, ids=[str(sorted(o.items()))[:60] for o in OPTIONS])
def test_same_bytes_as_scrapys_exporter(options: dict[str, Any]) -> None:
    items = ITEMS if options.get("encoding") != "latin-1" else ITEMS[:1]
    assert written(ArticleJsonLinesExporter, items, **options) == written(JsonLinesItemExporter, items, **options)


@pytest.mark.parametrize("name", ["jsonlines", "jsonl", "jl"])
def test_the_project_exports_jsonlines_with_it_under_each_name(name: str) -> None:
    """``-O out.jsonl`` asks for "jsonl", FEEDS for "jsonlines"."""
    from scrapy.utils.misc import load_object
    from scrapy.utils.project import get_project_settings

    assert load_object(get_project_settings().getdict("FEED_EXPORTERS")[name]) is ArticleJsonLinesExporter
