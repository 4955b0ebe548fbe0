"""A fetched page, parsed once and shared by every extraction layer.

This module imports nothing else of the package (but the library :mod:`newsspider.hugetags`,
which guards the parse): every layer imports it, and the
site profile a page belongs to is found by :func:`newsspider.extract.sites.profile_for_page`,
not by the page itself (which made ``page`` → ``sites`` → ``meta`` → ``page`` a circle).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from datetime import datetime
from functools import cached_property
from typing import Any

import lxml.html
from lxml import etree

from newsspider.hugetags import cut_huge_tags

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
#:
#: ``huge_tree=True``: libxml2 otherwise stops building the tree 256 elements deep and
#: drops the rest of the page without an error: 130 unclosed ``<font><b>`` pairs (a
#: CMS's broken markup repeated down a page) before the story lost the whole story,
#: counted as a page with no body. With it the limit is 2,048 levels (the layers walk
#: the tree without recursion: a story 2,000 deep is extracted), and a text node may be
#: longer than 10 MB (a body is at most ``DOWNLOAD_MAXSIZE``, 16 MB, anyway).
_PARSER = lxml.html.HTMLParser(encoding="utf-8", collect_ids=False, huge_tree=True)
_STR_PARSER = lxml.html.HTMLParser(collect_ids=False, huge_tree=True)
for _parser in (_PARSER, _STR_PARSER):
    _parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )


@dataclass(slots=True, frozen=True)
class Elements:
    """Every element under a root element (the root first), in document order, with its
    tag, its attribute names, its class and its id, read once: ``tags[i]`` is
    ``nodes[i]``'s tag, and so on (a ``class`` or ``id`` the element does not have: None).

    Why: the page features, the byline search and the dates layer each walked the
    whole tree and asked every element its tag and attributes from Python. lxml makes
    a new proxy object for an element at every walk (unless one is alive) and a new
    string at every ``.tag`` and ``.get``; here each happens once a page, and the
    proxies stay alive while the page does, so that the walks left (the main text's)
    find them made. ``extract()`` on trafeval (``benchmarks/bench_ab.py``, 5 interleaved
    rounds): 8.30 -> 7.51 ms CPU a page, ``find_dates`` in it 1.72 -> 1.24; but on wcxb
    (bigger pages) 8.76 -> 9.20, ``find_dates`` 1.15 -> 0.97: the collector's extra work
    (below) outweighs the walks saved there. A crawl of trafeval (``profile_crawl.py
    --no-profile``, two runs each, in turns): 14.78 -> 14.31 and 17.53 -> 16.62 s CPU;
    instructions of ``extract()`` (callgrind, 80 pages each of trafeval, wcxb and
    dates): 60.9M a page before, 58.1M after (-4.6%).

    The attribute names are kept as tuples (the empty one shared): kept alive with the
    page, ``keys()``'s lists were promoted by the cyclic garbage collector to its
    oldest generation and set off its full collections (400 trafeval pages, in process:
    7 full collections against main's 1, 0.36 ms a page in the collector against 0.08;
    with tuples, which it stops tracking at its first pass, 4 and 0.26)."""

    nodes: list[lxml.html.HtmlElement]
    tags: list[str]
    #: Each element's attribute names (empty for most).
    names: list[tuple[str, ...]]
    classes: list[str | None]
    ids: list[str | None]
    #: Each element's place in the lists, made on first use (see :meth:`places`).
    _places: dict[lxml.html.HtmlElement, int] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, root: lxml.html.HtmlElement) -> Elements:
        nodes: list[lxml.html.HtmlElement] = []
        tags: list[str] = []
        names: list[tuple[str, ...]] = []
        classes: list[str | None] = []
        ids: list[str | None] = []
        for element in root.iter(etree.Element):
            nodes.append(element)
            tags.append(element.tag)
            keys = element.keys()
            names.append(tuple(keys) if keys else ())
            classes.append(element.get("class") if "class" in keys else None)
            ids.append(element.get("id") if "id" in keys else None)
        return cls(nodes, tags, names, classes, ids)

    def within(self, element: lxml.html.HtmlElement) -> slice:
        """Where ``element`` (one of :attr:`nodes`) and its descendants stand in the lists."""
        nodes = self.nodes
        start = nodes.index(element)
        for node in chain((element,), element.iterancestors()):
            if node is nodes[0]:
                break
            following = next(node.itersiblings(etree.Element), None)
            if following is not None:
                return slice(start, nodes.index(following, start))
        return slice(start, len(nodes))

    def places(self) -> dict[lxml.html.HtmlElement, int]:
        """Each element's place in the lists (made once, on first use), for a layer that
        walks the tree its own way (the main text's ``iterwalk``, which needs the end of
        each element) to read what :meth:`of` read of the elements it meets, not ask lxml
        again: the main text's blocks, their attribute names, class and id (see
        ``maintext._Walk._open``). A look-up here and three in the lists cost less than
        ``keys()`` and two ``get()``, the dictionary's making included: ``extract()``'s
        instructions (callgrind, the same pages, 2026-12-05) 0.21M fewer a page on 60
        wcxb pages, 0.04M on 120 trafeval pages (which have fewer blocks)."""
        if not self._places and self.nodes:
            self._places.update(zip(self.nodes, range(len(self.nodes))))
        return self._places

    def rows(self, part: slice = slice(None)) -> Iterator[tuple[lxml.html.HtmlElement, str, tuple[str, ...], str | None]]:
        """(element, tag, attribute names, class) of the elements in ``part``, in order."""
        return zip(self.nodes[part], self.tags[part], self.names[part], self.classes[part])


def _stopped_too_deep(parser: lxml.html.HTMLParser) -> bool:
    """Whether the parser's last parse ended at libxml2's depth limit: its one fatal
    error, the last in its log (read in 0.012 ms a trafeval page)."""
    error = parser.error_log.last_error
    return error is not None and error.type_name == "ERR_RESOURCE_LIMIT"


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
    #: Tags of too many attributes the parse cut (see :func:`cut_huge_tags`), once
    #: :attr:`tree` is built.
    cut_tags: int = field(default=0, init=False, repr=False)
    #: Whether the parse stopped where elements nest past libxml2's limit (2,048 levels
    #: with ``huge_tree``): the rest of the page is not in :attr:`tree`. Set once
    #: :attr:`tree` is built.
    too_deep: bool = field(default=False, init=False, repr=False)

    @cached_property
    def elements(self) -> Elements:
        """Every element of :attr:`tree`, read once for the layers (see :class:`Elements`)."""
        return Elements.of(self.tree)

    @cached_property
    def tree(self) -> lxml.html.HtmlElement:
        try:
            return self._parse()
        except (ValueError, etree.ParserError):
            return lxml.html.document_fromstring("<html></html>", parser=_STR_PARSER)

    def _parse(self) -> lxml.html.HtmlElement:
        source, parser = self.utf8_text, _PARSER
        if source is None:
            source, parser = self._text(), _STR_PARSER
        source, self.cut_tags = cut_huge_tags(source)
        tree = lxml.html.document_fromstring(source, parser=parser)
        self.too_deep = _stopped_too_deep(parser)
        return tree

    def _text(self) -> str:
        # lxml refuses a str that declares its own encoding (``<?xml ... encoding=?>``).
        return _XML_DECLARATION.sub("", self.html or "", count=1) or "<html></html>"

    @property
    def utf8_text(self) -> bytes | None:
        """The text the tree is parsed from, in UTF-8: the caller's :attr:`utf8` where it
        has them and no XML declaration opens the page, else encoded here (not kept: only
        the parse reads it, and a copy of the page for its life would cost memory); None
        where the text holds a lone surrogate, no UTF-8 (then parsed from the str)."""
        if self.utf8 and not _XML_DECLARATION.match(self.html):
            return self.utf8
        try:
            return self._text().encode("utf-8")
        except UnicodeEncodeError:
            return None
