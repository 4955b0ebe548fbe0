"""Sample ``Article`` items for tests: a complete wire story and a tombstone."""

from __future__ import annotations

from typing import Any

from newsspider.items import Article, ArticleContext
from newsspider.pipelines.hashing import content_hash

BODY = "The summit opened on Friday.\n\nThe chairman spoke about data."


def article(**changes: Any) -> Article:
    fields: dict[str, Any] = {
        "url": "https://www.business-standard.com/article/companies/story-119011800410_1.html",
        "canonicalUrl": "https://www.business-standard.com/article/companies/story-119011800410_1.html",
        "headline": "Indian data must be owned by Indians",
        "description": "The chairman spoke at the summit.",
        "articleBody": BODY,
        "authors": [{"name": "Ananya Rao"}],
        "agency": "PTI",
        "dateline": "Gandhinagar",
        "datePublished": "2019-01-18T13:00:00+05:30",
        "datePublishedRaw": "First Published: Fri, January 18 2019. 13:00 IST",
        "dateModified": "2019-01-18",
        "dateModifiedRaw": "January 18, 2019",
        "inLanguage": "en-IN",
        "section": "Companies",
        "keywords": ["Reliance", "Data"],
        "mainImage": {"url": "https://bsmedia.business-standard.com/img/1.jpg"},
        "publisher": "Business Standard",
        "isAccessibleForFree": True,
        "contentHash": content_hash(BODY),
        "dateDownloaded": "2026-11-30T12:00:00+00:00",
        "spider": "business_standard",
    }
    fields.update(changes)
    return with_context(Article(**fields), timezone="Asia/Kolkata")


def with_context(item: Article, **context: Any) -> Article:
    """``item`` with an :class:`ArticleContext` made of ``context``."""
    item.context = ArticleContext(**context)
    return item


def tombstone() -> Article:
    return Article(url="https://example.com/gone.html", dateDownloaded="2026-11-30T12:00:00Z", spider="article", removed=True)
