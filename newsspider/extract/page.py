"""A fetched page, parsed once and shared by every extraction layer.

This module imports nothing else of the package: every layer imports it, and the
site profile a page belongs to is found by :func:`newsspider.extract.sites.profile_for_page`,
not by the page itself (which made ``page`` → ``sites`` → ``meta`` → ``page`` a circle).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any

import lxml.html
from lxml import etree

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")

#: lxml.html's default parser picks a Python class per element through a
#: Python callback (for its form/input helpers); one fixed class per node
#: kind keeps every HtmlElement method and makes the parse about 30% cheaper.
_PARSER = lxml.html.HTMLParser()
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement,
        comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity,
    )
)


@dataclass
class Page:
    """HTML and URL of one page, with its lxml tree built lazily, once.

    Layers read ``page.tree`` (never re-parse ``page.html``) and may cache what
    they compute in ``page.cache`` for the layers after them.

    ``downloaded`` (aware, UTC) is when the page was fetched: the only "now"
    extraction judges dates against (a date after it is not the story's), so
    that the same page and time always give the same fields. None for a page
    read outside a crawl: then no date counts as in the future.
    """

    url: str
    html: str
    downloaded: datetime | None = None
    cache: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def tree(self) -> lxml.html.HtmlElement:
        # lxml refuses a str that declares its own encoding (``<?xml ... encoding=?>``).
        html = _XML_DECLARATION.sub("", self.html or "", count=1)
        try:
            return lxml.html.document_fromstring(html or "<html></html>", parser=_PARSER)
        except (ValueError, etree.ParserError):
            return lxml.html.document_fromstring("<html></html>", parser=_PARSER)
