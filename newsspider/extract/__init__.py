"""Page → raw article fields, in layers.

Each layer is a module with a pure function of a :class:`Page`; this module
only decides the order of trust between them. Structured data (JSON-LD,
microdata, ``__NEXT_DATA__``), then meta / Open Graph, then the site
profile's own rules override what the generic layers found; the main-text
extractor fills the body where structured data has no full body.
"""

from __future__ import annotations

from typing import Any

from newsspider.extract.page import Page


def extract(page: Page) -> dict[str, Any]:
    """Raw ``Article`` fields (dates as found, not yet normalised) for ``page``."""
    fields: dict[str, Any] = {}
    fields["headline"] = _first(page.tree.xpath("//meta[@property='og:title']/@content | //h1//text()"))
    paragraphs = [" ".join(p.text_content().split()) for p in page.tree.iter("p")]
    fields["articleBody"] = "\n\n".join(p for p in paragraphs if p)
    profile = page.profile
    if profile is not None:
        fields["publisher"] = profile.publisher
        fields["_timezone"] = profile.timezone
        if profile.extract is not None:
            fields.update({k: v for k, v in profile.extract(page).items() if v not in (None, "", [])})
    fields.setdefault("_pageType", "article")
    return fields


def _first(values: list[str]) -> str | None:
    return next((" ".join(v.split()) for v in values if v.strip()), None)
