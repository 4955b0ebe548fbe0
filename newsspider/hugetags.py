"""Tags of too many attributes, cut before libxml2 parses a page (:func:`cut_huge_tags`).

A library: the page parse (``extract.page``), the fragments of a page parsed on their
own (structured data's HTML, a site's story markup) and discovery's read of a home
page all guard their parse with it.
"""

from __future__ import annotations

import re
from typing import Any, AnyStr


#: Attributes one tag keeps at most (see :func:`cut_huge_tags`). The most on one tag in
#: the 3,273 pages of the five bench sets is 136 (a CMS's list of classes written without
#: its quotes); then 71 (a shop's ``<input>`` of ``data-*``).
MAX_ATTRIBUTES = 2000
_SPACE = r"[ \t\n\r\f]"
#: One attribute as libxml2 reads it (it follows the HTML5 tokenizer): a ``<`` or a quote
#: in a name is part of it, a ``>`` in a quoted value does not end the tag, an attribute
#: may follow a quoted value without a space. Possessive: no backtracking, so linear.
_ATTRIBUTE = (r"[ \t\n\r\f/]*+[^ \t\n\r\f/>][^ \t\n\r\f/>=]*+"
              rf"""(?:{_SPACE}*+={_SPACE}*+(?:"[^"]*+"|'[^']*+'|[^ \t\n\r\f>]*+))?+""")
#: Characters of the blocks a page is read in: a run without ``>`` twice as long holds one.
_BLOCK = MAX_ATTRIBUTES
_TAG_NAME = r"<[A-Za-z][^ \t\n\r\f/>]*+"
#: Elements whose text holds no tags: libxml2 reads a ``<`` in them as text.
_RAW_TEXT = "script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext"


class _TagPatterns:
    """The patterns of :func:`cut_huge_tags`, for ``str`` (``binary=False``) or ``bytes``."""

    def __init__(self, binary: bool) -> None:
        def compiled(pattern: str) -> re.Pattern[Any]:
            return re.compile(pattern.encode("ascii") if binary else pattern)

        self.gt: Any = b">" if binary else ">"
        self.lt: Any = b"<" if binary else "<"
        self.tag_start = compiled("<[A-Za-z]")
        #: A whole tag of at most MAX_ATTRIBUTES attributes (or one the page ends in).
        self.short_tag = compiled(rf"{_TAG_NAME}(?:{_ATTRIBUTE}){{0,{MAX_ATTRIBUTES}}}+[ \t\n\r\f/]*+(?:>|\Z)")
        #: A tag's name and its first MAX_ATTRIBUTES attributes.
        self.kept = compiled(rf"{_TAG_NAME}(?:{_ATTRIBUTE}){{{MAX_ATTRIBUTES}}}")
        #: The attributes after those, to the tag's end.
        self.rest = compiled(rf"(?:{_ATTRIBUTE})*+")
        self.raw_text = compiled(rf"<(/?)(?i:{_RAW_TEXT})(?![^ \t\n\r\f/>])")


_PATTERNS = {str: _TagPatterns(binary=False), bytes: _TagPatterns(binary=True)}


def cut_huge_tags(source: AnyStr) -> tuple[AnyStr, int]:
    """``source`` without the attributes of a tag past its :data:`MAX_ATTRIBUTES`th, and
    how many tags lost some.

    Why: libxml2's time grows with the square of the number of distinct attributes on
    one tag: 10,000 take 0.14 s of CPU, 20,000 0.63 s, 100,000 about 3 minutes, while
    the crawl's reactor stands still. Real tags have few (136 at most in the bench), but
    a ``<`` before a letter in plain text or a tag broken before its ``>`` makes every
    word up to the next ``>`` an attribute, and a hostile page can write them itself.
    Cutting the attributes keeps the page and its story: the tree is the one libxml2
    builds without the guard, but for the attributes dropped (which no layer reads);
    refusing the page would lose a story that stands outside the tag. Making the rest of
    the tag text instead, which would give back the words of a broken tag, made a
    hostile tag's 48,000 attribute names a story's body, in place of its own. A tag cut
    to 2,000 attributes costs libxml2 7 ms; a 16 MB page of tags of 1,999 (written
    against the guard) 8 s, where one tag of 100,000 took minutes.

    Linear, and next to free on a normal page. Such a tag is 4,000 characters long at
    least (an attribute takes two: a name and a space), so it holds one whole block of
    the :data:`MAX_ATTRIBUTES` characters the page is read in, and a block of a tag of
    attributes has no ``<`` or no ``>`` (but for a tag written against this guard,
    below). ``find`` (``memchr``) looks for both in each block; only the tags of a run
    holding a block without one (a long text or script, a ``data:`` URI or a JSON
    attribute: 16 blocks in a trafeval page, 32 KB of its 145), with the tag the run may
    stand in, are read attribute by attribute. A tag is cut by its number of attributes,
    never by its length, and never in a ``<script>`` or ``<style>`` (whose text holds no
    tags: 11 bench pages have a script with a ``<`` before a letter and 2,000 words
    after it). Parse alone and guard + parse of each page in turns, 6 rounds: trafeval
    0.98 -> 1.03 ms a page, wcxb (bigger pages) 1.77 -> 1.87 (about 0.4% of a page's
    crawl CPU); a regex ``>[^>]{4000}`` over the page alone took 0.12 ms on trafeval,
    where the guard takes 0.044. Not caught: a tag with both a quoted ``>`` and a ``<``
    in a name in every 2,000 characters of its attributes (libxml2 reads on past both):
    a page written against this guard, not a broken one.
    """
    patterns = _PATTERNS[type(source)]
    find, gt, lt = source.find, patterns.gt, patterns.lt
    cuts: list[tuple[int, int]] = []
    raw = _RawText(source, patterns.raw_text)
    position = 0  # read up to here
    for block in range(0, len(source) - _BLOCK + 1, _BLOCK):
        if block >= position and (find(gt, block, block + _BLOCK) < 0 or find(lt, block, block + _BLOCK) < 0):
            position = _cut_run(source, position, block, patterns, raw, cuts)
    if not cuts:
        return source, 0
    kept = [0, *(i for cut in cuts for i in cut), len(source)]
    return source[:0].join(source[a:b] for a, b in zip(kept[::2], kept[1::2])), len(cuts)


def _cut_run(source: AnyStr, read: int, block: int, patterns: _TagPatterns, raw: _RawText,
             cuts: list[tuple[int, int]]) -> int:
    """Note in ``cuts`` the attributes to drop from the tags of too many in the run
    without ``>`` around ``block`` (the page read up to ``read``), and in the tag it may
    stand in (its ``>`` in a quoted value); where to read on from. (``find`` looks for
    each ``<``: a run is mostly a script or a long text, which a regex reads 10 times
    slower.)"""
    start = max(source.rfind(patterns.gt, read, block), read)
    end = source.find(patterns.gt, block)
    end = len(source) if end < 0 else end
    before = source.rfind(patterns.lt, read, start)  # where the tag it may stand in opens
    position = start if before < 0 else before
    while (tag := source.find(patterns.lt, position, end)) >= 0:
        whole = patterns.short_tag.match(source, tag)
        if whole is None and patterns.tag_start.match(source, tag) is None:
            position = tag + 1  # not a tag: a "<" before no letter
        elif whole is not None:
            position = whole.end()
        elif raw.inside(tag):
            break
        else:
            kept = patterns.kept.match(source, tag).end()
            position = patterns.rest.match(source, kept).end()
            cuts.append((kept, position))
    return max(position, end)


class _RawText:
    """Whether a place in a page is in the text of a ``<script>`` (or the like), read
    on from the last place asked (asked in page order: each part read once)."""

    def __init__(self, source: str | bytes, pattern: re.Pattern[Any]) -> None:
        self.source = source
        self.pattern = pattern
        self.read = 0
        self.opened = False

    def inside(self, at: int) -> bool:
        for tag in self.pattern.finditer(self.source, self.read, at):
            self.opened = not tag.group(1)
        self.read = max(self.read, at)
        return self.opened

