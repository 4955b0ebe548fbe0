"""SchemaContractPipeline: every exported line is valid against the published schema."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from newsspider.items import Article
from newsspider.pipelines.contract import SchemaContractPipeline, absolute_url
from newsspider.schema import line_of, validate_line
from tests.helpers import benchrun
from tests.helpers.articles import article, tombstone

PAGE = "https://www.example-news.com/world/2026/11/30/summit-opens.html"


def run(item: Article) -> tuple[Article, dict[str, Any]]:
    crawler = get_crawler(settings_dict={})
    crawler.stats.open_spider()
    out = SchemaContractPipeline.from_crawler(crawler).process_item(item)
    return out, crawler.stats.get_stats()


#: (mainImage.url as found, as exported: repaired, or None where cleared)
IMAGE_URLS = [
    ("https://cdn.example-news.com/img/summit photo.jpg", "https://cdn.example-news.com/img/summit%20photo.jpg"),
    ("//cdn.example-news.com/img/summit.jpg", "https://cdn.example-news.com/img/summit.jpg"),
    ("/img/summit.jpg", "https://www.example-news.com/img/summit.jpg"),
    ("img/summit.jpg", "https://www.example-news.com/world/2026/11/30/img/summit.jpg"),
    ("https://cdn.example-news.com/img/<?= $story->image ?>", None),
    ("https://cdn.example-news.com/{{ image.src }}", None),
    ("   ", None),
]


@pytest.mark.parametrize(("found", "exported"), IMAGE_URLS)
def test_main_image_url_repaired_or_cleared(found: str, exported: str | None) -> None:
    item, stats = run(article(url=PAGE, mainImage={"url": found}))
    assert item.mainImage == ({"url": exported} if exported else None)
    assert validate_line(line_of(item)) == []
    assert stats["newsspider/invalid/mainImage"] == 1


def test_valid_item_untouched_and_uncounted() -> None:
    original = article()
    expected = line_of(original)
    item, stats = run(original)
    assert line_of(item) == expected
    assert not [name for name in stats if name.startswith("newsspider/invalid/")]


def test_tombstone_passes() -> None:
    item, stats = run(tombstone())
    assert item.removed is True
    assert not [name for name in stats if name.startswith("newsspider/invalid/")]


@pytest.mark.parametrize(("field", "found", "exported"), [
    ("canonicalUrl", "/world/summit-opens.html", "https://www.example-news.com/world/summit-opens.html"),
    ("canonicalUrl", "<%= canonical %>", None),
    ("inLanguage", "English", None),
    ("datePublished", "22/04/2019", None),
    ("section", "", None),
    ("authors", [{"name": "Ananya Rao"}, {"name": ""}, {"role": "editor"}], [{"name": "Ananya Rao"}]),
    ("keywords", ["Summit", "", "Summit", "Data"], ["Summit", "Data"]),
])
def test_field_repaired_or_cleared(field: str, found: Any, exported: Any) -> None:
    item, stats = run(article(url=PAGE, **{field: found}))
    assert getattr(item, field) == exported
    assert validate_line(line_of(item)) == []
    assert stats[f"newsspider/invalid/{field}"] == 1


def test_without_jsonschema_the_fast_check_finds_the_fields(monkeypatch) -> None:
    from newsspider.pipelines import contract

    assert contract.plainly_valid(contract._VALID)
    monkeypatch.setattr(contract, "checks_available", lambda: False)
    item, stats = run(article(url=PAGE, mainImage={"url": "<?= $img ?>"}, inLanguage="English",
                              keywords=["a", "a"]))
    assert (item.mainImage, item.inLanguage, item.keywords) == (None, None, ["a"])
    assert validate_line(line_of(item)) == []
    assert {name for name in stats if name.startswith("newsspider/invalid/")} == {
        "newsspider/invalid/mainImage", "newsspider/invalid/inLanguage", "newsspider/invalid/keywords"}


def test_unrepairable_required_field_drops_counted() -> None:
    crawler = get_crawler(settings_dict={})
    crawler.stats.open_spider()
    with pytest.raises(DropItem, match="url"):
        SchemaContractPipeline.from_crawler(crawler).process_item(article(url="not a url <at all>"))
    assert crawler.stats.get_value("newsspider/dropped/invalid_url") == 1


@pytest.mark.parametrize(("value", "base", "expected"), [
    ("https://a.example/x y", None, "https://a.example/x%20y"),
    ("//a.example/x", "http://b.example/", "http://a.example/x"),
    ("x.jpg", None, None),
    (None, "http://b.example/", None),
    ("https://a.example/<img>", None, None),
])
def test_absolute_url(value: Any, base: str | None, expected: str | None) -> None:
    assert absolute_url(value, base) == expected


def test_every_bench_set_exports_only_valid_lines(shared: Path) -> None:
    """The spider callback and every pipeline, in process, over every real page of
    ``../shared/bench``: not one exported line breaks the schema (the items are the
    session's one run, ``tests/helpers/benchrun.py``, which the bench gates score too)."""
    if importlib.util.find_spec("jsonschema") is None:
        pytest.skip("jsonschema is not installed")
    sets = benchrun.bench_sets(shared)
    assert sets
    problems: list[str] = []
    exported = 0
    for name, (_pages, items, _why) in benchrun.runs(shared, sets).items():
        for url, line in items.items():
            exported += 1
            problems += [f"{name} {url}: {error}" for error in validate_line(line_of(line))]
    assert exported > 1000
    assert problems == [], "\n".join(problems[:20])
