"""What a publisher's profile holds (one small module per site in this package),
and what the profiles' own extraction shares."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from newsspider.extract.page import Page

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class SiteProfile:
    #: Spider name for the site (``scrapy crawl <name>``).
    name: str
    #: Publisher's name as exported (``Business Standard``).
    publisher: str
    #: Registered domains; subdomains match too (``business-standard.com``).
    domains: tuple[str, ...]
    #: IANA zone for dates that state no offset (and for ambiguous abbreviations).
    timezone: str = "UTC"
    #: Default language of the site's stories (BCP 47).
    language: str | None = None
    #: RSS/Atom feeds and sitemaps the site's spider starts from.
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    #: Regex an article URL matches (search, not full match); None: any URL.
    article_url: str | None = None
    #: Regexes: a body paragraph matching any of them is boilerplate.
    boilerplate: tuple[str, ...] = ()
    #: Site-specific extraction: raw Article fields that override the generic ones.
    extract: Callable[[Page], dict[str, Any]] | None = None
    #: Extra spider settings (cookies for a consent wall, say).
    settings: dict[str, Any] = field(default_factory=dict)

    def owns_host(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return any(host == d or host.endswith("." + d) for d in self.domains)

    @property
    def article_pattern(self) -> re.Pattern[str] | None:
        return re.compile(self.article_url) if self.article_url else None


def block_paragraphs(root: HtmlElement, blocks: Collection[str],
                     skip: Callable[[HtmlElement], bool] | None = None) -> list[str]:
    """The text of ``root`` cut into paragraphs where an element named in ``blocks``
    starts or ends, white space folded. Comments, and the elements ``skip`` accepts,
    give no text (their tails do): a profile reads a story container this way where
    its markup breaks paragraphs in its own manner."""
    found: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = _SPACE.sub(" ", "".join(buffer)).strip()
        buffer.clear()
        if text:
            found.append(text)

    def walk(node: HtmlElement) -> None:
        if not isinstance(node.tag, str) or (skip is not None and skip(node)):
            return
        block = node.tag in blocks
        if block:
            flush()
        buffer.append(node.text or "")
        for child in node:
            walk(child)
            buffer.append(child.tail or "")
        if block:
            flush()

    walk(root)
    flush()
    return found
