"""``schema.plainly_valid`` (the monitor's fast check) gives jsonschema's verdict.

It may only say "valid" where jsonschema finds no error: checked on the items
extracted from every fixture page (through the item pipelines that shape a line)
and on a table of lines that each break one rule of the schema.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsspider import schema
from newsspider.extract import extract
from newsspider.extract.page import Page
from newsspider.items import article_from
from newsspider.pipelines.hashing import content_hash
from newsspider.schema import field_errors, line_of, plainly_valid
from tests.helpers.articles import article, tombstone

jsonschema = pytest.importorskip("jsonschema")

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def jsonschema_valid(line: Any) -> bool:
    return not list(schema._validator().iter_errors(line))


def fixture_lines() -> list[dict[str, Any]]:
    lines = []
    for path in sorted(FIXTURES.rglob("*.html")):
        item = article_from(extract(Page(url=f"https://news.example.com/{path.stem}.html",
                                         html=path.read_text("utf-8", "replace"))))
        item.url = f"https://news.example.com/{path.stem}.html"
        item.spider = "article"
        item.dateDownloaded = "2026-11-30T12:00:00+00:00"
        line = line_of(item)
        lines.append(line)
        if item.articleBody and item.headline:
            hashed = dict(line, contentHash=content_hash(item.articleBody), version=1)
            lines.append(hashed)
    return lines


def test_fixture_items_get_the_same_verdict() -> None:
    lines = fixture_lines()
    assert len(lines) > 60
    verdicts = [(plainly_valid(line), jsonschema_valid(line)) for line in lines]
    assert all(fast == full for fast, full in verdicts)
    assert sum(fast for fast, _ in verdicts) > 30  # the fast path is taken on real items


VALID = line_of(article())
URL = "https://example.com/a.html"

#: (field, value that breaks the schema there); None as field: the key is removed.
BREAKS: list[tuple[str, Any]] = [
    ("url", None), ("url", "/relative/path.html"), ("url", "https://exa mple.com/"), ("url", 5),
    ("canonicalUrl", "www.example.com/a"), ("canonicalUrl", ["https://example.com/"]),
    ("headline", ""), ("headline", None), ("headline", 3), ("description", ""), ("description", ["x"]),
    ("articleBody", ""), ("articleBody", None), ("agency", ""), ("dateline", 1), ("section", ""),
    ("publisher", ""), ("authors", None), ("authors", "Jane Doe"), ("authors", [{"name": ""}]),
    ("authors", [{"name": "Jane", "url": URL}]), ("authors", [{}]), ("authors", ["Jane"]),
    ("authors", [{"name": 5}]), ("datePublished", "2019-04-22 11:50"), ("datePublished", "2019-13-01"),
    ("datePublished", "2019-04-22T11:50:00+05:30x"), ("datePublished", "2019-04-22T24:00:00Z"),
    ("datePublished", 20190422), ("dateModified", "22 April 2019"), ("datePublishedRaw", 5),
    ("dateModifiedRaw", ["x"]), ("inLanguage", "english language"), ("inLanguage", "e"), ("inLanguage", 1),
    ("keywords", None), ("keywords", ["a", "a"]), ("keywords", [""]), ("keywords", [1]), ("keywords", "a, b"),
    ("mainImage", {"url": "img/1.jpg"}), ("mainImage", {}), ("mainImage", {"url": URL, "width": 5}),
    ("mainImage", URL), ("isAccessibleForFree", "true"), ("isAccessibleForFree", 1),
    ("contentHash", "ABC"), ("contentHash", None), ("contentHash", "0" * 63), ("contentHash", "A" * 64),
    ("previousContentHash", "xyz"), ("dateDownloaded", None), ("dateDownloaded", "2026-11-30T12:00:00+05:30"),
    ("dateDownloaded", "2026-11-30"), ("spider", ""), ("spider", None), ("version", 0), ("version", "1"),
    ("version", True), ("version", 1.5), ("removed", "yes"), ("removed", 1), ("removed", False),
    ("warc", {"file": "a.warc.gz", "offset": 0}), ("warc", {"file": "warc/a.warc.gz", "offset": 0, "recordId": "<urn:x>"}),
    ("warc", {"file": "a.warc.gz", "offset": -1, "recordId": "<urn:x>"}), ("warc", "a.warc.gz"),
    ("warc", {"file": "a.warc.gz", "offset": "0", "recordId": "<urn:x>"}),
    ("warc", {"file": "a.warc.gz", "offset": 0, "recordId": "urn:uuid:x"}),
]
#: Lines valid by the schema that the fast check may pass on to jsonschema.
ODD_BUT_VALID: list[tuple[str, Any]] = [
    ("version", 2.0), ("datePublished", "2019-04-22T11:50:00Z\n"), ("url", "file:///tmp/page.html"),
    ("datePublished", None), ("removed", None), ("keywords", []), ("authors", []), ("mainImage", None),
    ("warc", None), ("warc", {"file": "news-20261204T101500Z-7-00000.warc.gz", "offset": 1234,
                              "recordId": "<urn:uuid:0a2b4f3e-6f5e-4c1c-9d88-7f00c1a1b2c3>"}),
]


@pytest.mark.parametrize(("field", "value"), BREAKS)
def test_a_broken_rule_gets_the_same_verdict(field: str, value: Any) -> None:
    line = dict(VALID, **{field: value}) if (field, value) != ("removed", False) else dict(VALID, removed=False, headline=None)
    assert jsonschema_valid(line) is False, (field, value)
    assert plainly_valid(line) is False
    assert field_errors(line)  # jsonschema's messages


@pytest.mark.parametrize(("field", "value"), ODD_BUT_VALID)
def test_an_odd_valid_line_is_never_called_invalid(field: str, value: Any) -> None:
    line = dict(VALID, **{field: value})
    assert jsonschema_valid(line) is True
    assert field_errors(line) == []


@pytest.mark.parametrize("change", ["missing", "extra", "not_a_dict"])
def test_a_broken_shape_gets_the_same_verdict(change: str) -> None:
    line: Any = copy.deepcopy(VALID)
    if change == "missing":
        del line["section"]
    elif change == "extra":
        line["_timezone"] = "Asia/Kolkata"
    else:
        line = list(line.items())
    assert not jsonschema_valid(line)
    assert not plainly_valid(line)


def test_tombstone_and_full_line_pass_the_fast_check() -> None:
    for line in (VALID, line_of(tombstone())):
        assert jsonschema_valid(line)
        assert plainly_valid(line)


def test_valid_lines_do_not_load_jsonschema() -> None:
    code = (
        "import sys\n"
        "from newsspider import schema\n"
        "from tests.helpers.articles import article\n"
        "assert schema.checks_available()\n"
        "assert schema.field_errors(schema.line_of(article())) == []\n"
        "assert 'jsonschema' not in sys.modules\n"
        "assert schema.field_errors(dict(schema.line_of(article()), version=0))\n"
        "assert 'jsonschema' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parent.parent,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_the_items_context_is_never_exported() -> None:
    from itemadapter import ItemAdapter

    from newsspider.items import EXPORT_FIELDS, ArticleContext, article_from

    item = article_from({"headline": "Rain", "_pageType": "video", "_timezone": "Asia/Kolkata"},
                        listed_date="2026-11-30")
    assert item.context == ArticleContext(timezone="Asia/Kolkata", page_type="video", listed_date="2026-11-30")
    assert list(ItemAdapter(item).asdict()) == EXPORT_FIELDS
    assert not any(name.startswith("_") or name == "context" for name in EXPORT_FIELDS)
    assert not hasattr(item.context, "__dict__")  # slotted
