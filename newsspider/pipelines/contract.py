"""Keeps every exported line valid against the published schema.

A consumer that validates the archive's lines (``article.schema.json``) must
never meet an invalid one, so a value that breaks the schema is repaired or
cleared here, before the archive state claims a version. URL values (``url``,
``canonicalUrl``, ``mainImage.url``) are first made absolute against the page
URL and escaped with w3lib's ``safe_url_string`` (a space in a path, a
scheme-relative ``//cdn...``); a URL holding markup (``<?= $img ?>``, ``<%``)
is template junk, not a URL, and is not escaped into one. What still fails is
set to null (or, in a list, left out) and counted as
``newsspider/invalid/<field>`` with one warning. Where clearing cannot help
(``url``, or a required text of a story), the item is dropped, counted
``newsspider/dropped/invalid_<field>``.

The check is the schema module's fast one (:func:`newsspider.schema.plainly_valid`):
valid items, nearly all, cost one pass of plain checks. Which fields of an
invalid item break the schema, jsonschema says where it is installed (the
``monitor`` extra); without it, each field is checked alone with the fast
check, so the contract holds in every installation.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urljoin

from scrapy.exceptions import DropItem
from w3lib.url import safe_url_string

from newsspider.items import EXPORT_FIELDS, Article
from newsspider.pipelines.base import ArticlePipeline
from newsspider.schema import checks_available, field_errors, line_of, plainly_valid
from newsspider.stats import count

logger = logging.getLogger(__name__)

#: Characters that mark a template or markup left in a URL, never part of one.
_MARKUP = ("<", ">", "{{", "}}", "{%", "%}")
_URL_FIELDS = ("url", "canonicalUrl")


class SchemaContractPipeline(ArticlePipeline):
    step = "contract"

    def process_article(self, item: Article) -> Article:
        line = line_of(item)
        if plainly_valid(line):
            return item
        broken = _broken_fields(line)
        for name in broken:
            if name in line:
                line[name] = repaired(name, line[name], base=item.url)
        still = _broken_fields(line)
        for name in broken:
            if name in still:
                continue
            setattr(item, name, line[name])
            count(self.stats, "invalid", name)
            logger.warning("%(field)s broke the schema, cleared or repaired: %(url)s",
                           {"field": name, "url": item.url})
        if still:
            name = still[0]
            count(self.stats, "dropped", f"invalid_{name}")
            raise DropItem(f"{name} breaks the schema and cannot be cleared: {item.url}")
        return item


def _broken_fields(line: dict[str, Any]) -> list[str]:
    """The fields of ``line`` that break the schema: jsonschema's verdict where it
    is installed, else each field checked alone by the fast check (:func:`probe`)."""
    if plainly_valid(line):
        return []
    if not checks_available():
        return [name for name in EXPORT_FIELDS if not plainly_valid(probe(line, name))]
    found: list[str] = []
    for name, _message in field_errors(line):
        if name not in found:
            found.append(name)
    return found


#: A valid story line, whose fields stand in for all but the one a probe checks.
_VALID: dict[str, Any] = {
    **dict.fromkeys(EXPORT_FIELDS), "url": "https://example.com/", "headline": "-", "articleBody": "-",
    "authors": [], "keywords": [], "contentHash": "0" * 64, "dateDownloaded": "2000-01-01T00:00:00+00:00",
    "spider": "-",
}


def probe(line: dict[str, Any], name: str) -> dict[str, Any]:
    """A line valid but for field ``name`` of ``line`` (and its ``removed``, which
    decides whether the story's texts are required)."""
    return {**_VALID, "removed": line.get("removed"), name: line.get(name)}


def repaired(name: str, value: Any, *, base: str | None) -> Any:
    """``value`` of field ``name`` made valid where it can be, else null (a list:
    without its invalid members); whether the result is valid is checked after."""
    if name in _URL_FIELDS:
        return absolute_url(value, base) or (value if name == "url" else None)
    if name == "mainImage":
        image_url = absolute_url(value.get("url"), base) if isinstance(value, dict) else None
        return {"url": image_url} if image_url else None
    if name == "authors":
        return [a for a in value if isinstance(a, dict) and a.keys() == {"name"} and _text(a["name"])] \
            if isinstance(value, list) else []
    if name == "keywords":
        return list(dict.fromkeys(k for k in value if _text(k))) if isinstance(value, list) else []
    return None


def absolute_url(value: Any, base: str | None) -> str | None:
    """``value`` as an absolute, escaped URL (resolved against ``base``), or None
    where it is no URL at all (not text, empty, markup)."""
    if not isinstance(value, str) or not value.strip() or any(mark in value for mark in _MARKUP):
        return None
    url = safe_url_string(urljoin(base or "", value.strip()))
    return url if "://" in url else None


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value)
