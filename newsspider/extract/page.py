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
#:
#: The text is given to libxml2 as UTF-8 bytes with the encoding named: from a
#: ``str`` lxml hands over the string's own buffer (Latin-1, UTF-16 or UCS-4 by
#: its widest character), which libxml2 converts as it reads. On wcxb and aeb
#: (1,537 pages, interleaved, same trees on all 3,275 bench pages): 1.97 ms a
#: page from the str, 1.67 from the response's own UTF-8 body (``Page.utf8``),
#: 1.93 encoding the str first.
#:
#: ``collect_ids=False``: libxml2 does not build the document's table of ``id``
#: attributes, which only ``getElementById`` and XPath's ``id()`` read (nothing
#: here: lxml.html's ``get_element_by_id`` is an XPath on ``@id``), and does not
#: report each repeated ``id`` into the parser's error log. Same trees; trafeval's
#: 949 pages, parsed 5 times each way, best run: 0.850 -> 0.802 ms a page.
_PARSER = lxml.html.HTMLParser(encoding="utf-8", collect_ids=False)
_STR_PARSER = lxml.html.HTMLParser(collect_ids=False)
for _parser in (_PARSER, _STR_PARSER):
    _parser.set_element_class_lookup(
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
    #: ``html`` encoded in UTF-8 where the caller has it already (a UTF-8 response's
    #: body): parsed as it is instead of encoding ``html`` again (see :attr:`utf8_text`).
    utf8: bytes | None = field(default=None, repr=False)

    @cached_property
    def tree(self) -> lxml.html.HtmlElement:
        try:
            return self._parse()
        except (ValueError, etree.ParserError):
            return lxml.html.document_fromstring("<html></html>", parser=_STR_PARSER)

    def _parse(self) -> lxml.html.HtmlElement:
        source = self.utf8_text
        if source is None:
            return lxml.html.document_fromstring(self._text(), parser=_STR_PARSER)
        return lxml.html.document_fromstring(source, parser=_PARSER)

    def _text(self) -> str:
        # lxml refuses a str that declares its own encoding (``<?xml ... encoding=?>``).
        return _XML_DECLARATION.sub("", self.html or "", count=1) or "<html></html>"

    @cached_property
    def utf8_text(self) -> bytes | None:
        """The text the tree is parsed from, in UTF-8: the caller's :attr:`utf8` where it
        has them and no XML declaration opens the page, else encoded here (once: layers
        scanning the HTML for ASCII words scan these bytes faster than the text); None
        where the text holds a lone surrogate, no UTF-8 (then parsed from the str)."""
        if self.utf8 and not _XML_DECLARATION.match(self.html):
            return self.utf8
        try:
            return self._text().encode("utf-8")
        except UnicodeEncodeError:
            return None
