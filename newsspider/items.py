"""The archived article, one JSON object per line.

Field names and formats follow zyte-common-items' ``Article`` where one
exists: a normalised value sits next to the raw text it came from
(``datePublished`` / ``datePublishedRaw``). The order of the fields is the
order of the keys in the exported JSON Lines (see ``EXPORT_FIELDS``).
What the pipelines need and the archive does not (page type, time zone,
listed date) travels beside the item in an :class:`ArticleContext`
(``article.context``), never exported.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime, timezone
from typing import Any


@dataclass
class Article:
    #: URL of the fetched page, after redirects.
    url: str | None = None
    #: The page's own canonical URL (``<link rel=canonical>``, ``og:url``, JSON-LD
    #: ``url``), absolute and canonicalised; the story's identity in the archive.
    canonicalUrl: str | None = None
    #: The story's headline, plain text, whitespace collapsed.
    headline: str | None = None
    #: Standfirst / summary as the publisher gives it (meta description, JSON-LD
    #: ``description``), plain text.
    description: str | None = None
    #: The story's text, plain text, paragraphs separated by one blank line,
    #: boilerplate and the leading dateline credit removed.
    articleBody: str | None = None
    #: People who wrote the story: ``[{"name": "..."}]``; never an agency or a desk.
    authors: list[dict[str, str]] = field(default_factory=list)
    #: Wire agency credited (``AFP``, ``PTI``, ``IANS``, ``ANI``, ``Reuters``,
    #: ``AP``, ``Bloomberg``, ``Xinhua``, ``UNI`` ...); null for staff stories.
    agency: str | None = None
    #: Place the story was filed from, as written in the dateline (``Pyongyang``).
    dateline: str | None = None
    #: Publication time, ISO 8601 with seconds and the offset the page states
    #: (or the publisher's zone); ``YYYY-MM-DD`` where the page gives only a
    #: day, or a time but no offset and no zone is known.
    datePublished: str | None = None
    #: The text ``datePublished`` was read from, as found on the page.
    datePublishedRaw: str | None = None
    #: Last modification time, same format as ``datePublished``.
    dateModified: str | None = None
    #: The text ``dateModified`` was read from, as found on the page.
    dateModifiedRaw: str | None = None
    #: Language of the story, BCP 47 (``en``, ``en-IN``, ``hi``).
    inLanguage: str | None = None
    #: Section of the site the story belongs to (``Companies``, ``Markets``).
    section: str | None = None
    #: Keywords / tags the publisher gives, in page order, without duplicates.
    keywords: list[str] = field(default_factory=list)
    #: Lead image: ``{"url": "https://..."}`` (absolute) or null.
    mainImage: dict[str, str] | None = None
    #: Publisher's name (``Business Standard``).
    publisher: str | None = None
    #: False where the page marks the story as paywalled, true where it says it
    #: is free, null where it says nothing.
    isAccessibleForFree: bool | None = None
    #: sha256 (hex) of ``articleBody`` as exported.
    contentHash: str | None = None
    #: When the page was fetched: ISO 8601 in UTC (``2026-11-30T12:00:00+00:00``).
    dateDownloaded: str | None = None
    #: Name of the spider that produced the item.
    spider: str | None = None
    #: The story's version in the archive (the state in ``NEWSSPIDER_STATE_DIR``):
    #: 1 for its first line, 2, 3 ... for updates whose ``contentHash`` changed.
    #: Set by incremental runs; null ("not tracked") in a full run (the
    #: ``article`` spider, ``-a incremental=false``, the state off), which exports
    #: what it fetched without numbering it; 1 in a full run kept with ``JOBDIR``
    #: (its job state exports each page once).
    version: int | None = None
    #: ``contentHash`` of the version this one replaces (updates only), else null.
    previousContentHash: str | None = None
    #: True on a tombstone: the story's URL now answers 404/410.
    removed: bool | None = None
    #: Where the page's ``response`` record is in the crawl's WARC files
    #: (``NEWSSPIDER_WARC_DIR``; ``scrapy crawl warc``: the record it was read
    #: from): ``{"file": "<name>.warc.gz" (no folder), "offset": <byte offset of
    #: the record's gzip member>, "recordId": "<urn:uuid:...>" (its
    #: ``WARC-Record-ID``)}``; null where no WARC is kept.
    warc: dict[str, str | int] | None = None
    #: The story this copy belongs to: 16 hex digits, the same on every copy of
    #: one wire story across sites (found by text: near-duplicate bodies after
    #: credits and boilerplate are removed), derived from the canonical URL of
    #: the earliest copy in the archive, so stable across runs and machines. An
    #: updated version of a story (same URL, changed text) keeps its storyId.
    #: Null where syndication is off or the body is empty (tombstones).
    storyId: str | None = None
    #: ``canonicalUrl`` (else ``url``) of the earliest archived copy of this
    #: story; null on that copy itself and where ``storyId`` is null.
    duplicateOf: str | None = None
    #: Estimated Jaccard similarity (0–1, 3 decimals) of this body's word
    #: 5-grams to the earliest copy's (MinHash); 1.0 on that copy, null where
    #: ``storyId`` is null.
    similarity: float | None = None

    @property
    def context(self) -> ArticleContext:
        """What the pipelines need about this item and the archive does not keep
        (not a field: never exported); empty until set."""
        context = self.__dict__.get("_context")
        if context is None:
            context = self.__dict__["_context"] = ArticleContext()
        return context

    @context.setter
    def context(self, value: ArticleContext) -> None:
        self.__dict__["_context"] = value


@dataclass(slots=True)
class ArticleContext:
    """Carried beside an :class:`Article` (``article.context``) from the spider to the
    pipelines; never exported, not in the schema."""

    #: IANA zone used to read dates that state no offset (from the site profile
    #: or the page; extraction's ``_timezone``).
    timezone: str | None = None
    #: What extraction took the page for (``article``, ``liveblog``, ``video``,
    #: ``section``, ``blocked`` ...; extraction's ``_pageType``); non-articles are dropped.
    page_type: str | None = None
    #: Publication date from the feed or sitemap that led to the page
    #: (``request.meta["listed_date"]``), used when the page itself has none.
    listed_date: str | None = None


#: The exported keys, in order (``FEED_EXPORT_FIELDS``).
EXPORT_FIELDS: list[str] = [f.name for f in fields(Article)]
_FIELD_NAMES = frozenset(EXPORT_FIELDS)


def article_from(data: dict[str, Any], *, listed_date: str | None = None) -> Article:
    """Build an ``Article`` from extraction's dict, ignoring keys that are not
    fields; its ``_timezone`` and ``_pageType`` go to the item's context."""
    article = Article(**{k: v for k, v in data.items() if k in _FIELD_NAMES})
    article.context = ArticleContext(timezone=data.get("_timezone"), page_type=data.get("_pageType"),
                                     listed_date=listed_date)
    return article


def download_time() -> str:
    """Now, as ``dateDownloaded`` is written: UTC, to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()
