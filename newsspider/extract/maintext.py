"""Main text of a page: the story, without the page around it.

One pass over the parsed tree (``lxml.etree.iterwalk``; no copy, no mutation,
no per-node XPath) cuts the body into *text units*: the text a block element
holds directly, split where a nested block or a ``<br>`` starts. Each unit is
judged as it closes: story-like (30+ chars, mostly unlinked), link list (mostly
link text) or neither. Every block element then gets, in O(1) from running sums
snapshotted at its start, the balance of what it encloses::

    score = story chars - link-list chars - (chars held by furniture or teaser cards) / 2

and the best-scoring element is the story's container (a deeper one wins ties,
so a wrapper adding only furniture never beats it). *Furniture* is a block whose
tag (header, figure, form...) or class/id (comment, related, share, newsletter,
caption, cookie...) says it is not story; a *teaser card* is a block holding a
title link and one or two excerpt paragraphs (related-story lists). Containers
that sit inside furniture (comment threads, cookie notices) score a quarter.
The main text is the container's units, minus those inside furniture or cards
below it, link lists, an ``<h1>`` before the story (the headline) and short
inserts ("Also read: ..."); an embedded post (a tweet) is kept as quoted story
whatever widget wraps it; a date-only or byline-only line at its top (a ``<time>``
inside ``<article>``, "By Jane Doe") is front matter, not story. Navigation, asides,
footers, scripts, hidden blocks, "Dear Reader" appeal boxes and hidden or hover-only
spans are not walked at all.
"""

from __future__ import annotations

import re

from lxml import etree

from newsspider import wire
from newsspider.dates import reads_as_date
from newsspider.extract.page import Page

#: Elements whose content is never text of the story: not walked at all (navigation,
#: asides and footers are furniture wherever they are, and skipping them is a third of
#: the walk on a typical page).
_SKIP = frozenset({
    "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "option",
    "textarea", "input", "object", "embed", "video", "audio", "canvas", "map", "head", "title",
    "math", "picture", "source", "nav", "aside", "footer",
})
#: Skipped elements that a second walk, where the first found no story, reads after all
#: (see :func:`main_text`): ``<noscript>``, and, as furniture, navigation, asides and
#: footers holding most of the page.
_SKIP_LENIENT = _SKIP - {"noscript"}
_SWALLOWERS = frozenset({"nav", "aside", "footer"})
#: Furniture tags that the second walk takes for story.
_CAPTIONS = frozenset({"figure", "figcaption", "caption"})
#: Elements that start a new text unit (everything else is inline: its text joins the unit).
_BLOCKS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
    "section", "article", "main", "header", "footer", "aside", "nav", "figure", "figcaption",
    "form", "fieldset", "legend", "address", "details", "summary", "center", "body", "hr",
    "menu", "dialog", "noindex", "amp-img",
})
#: Block tags whose whole content is page furniture, not story.
_BOILERPLATE_TAGS = frozenset({
    "header", "figure", "figcaption", "caption", "form", "menu",
    "dialog", "address", "fieldset", "legend", "details", "summary",
})
class _ClassMatcher:
    """A regex over lower-cased class/id strings, memoised: class strings repeat within a
    page and across a site's pages, and a regex search per element would cost more than
    the walk itself."""

    def __init__(self, pattern: str, limit: int = 50_000) -> None:
        self._regex = re.compile(pattern)
        self.seen: dict[str, bool] = {}
        self._limit = limit

    def __call__(self, attrs: str) -> bool:
        found = self.seen.get(attrs)
        if found is None:
            if len(self.seen) >= self._limit:
                self.seen.clear()
            found = self.seen[attrs] = self._regex.search(attrs.lower()) is not None
        return found


#: class/id words of page furniture.
_is_furniture = _ClassMatcher(
    r"(?:comment|related|shar(?:e|ing)|social|newsletter|subscri|sign-?up|promo|advert|sponsor|"
    r"caption|credit|cookie|consent|gdpr|breadcrumb|nav|menu|footer|widget|"
    r"(?<!with-)(?<!has-)(?<!one-)(?<!no-)sidebar|recommend|"
    r"popular|trending|disqus|outbrain|taboola|also-?read|read-?more|more-?stories|most-?read|"
    r"toolbar|modal|popup|byline|author|dateline|timestamp|masthead|rating|"
    r"(?<![a-z])(?:ads?|meta|hide|print)(?![a-z])|(?<![a-z-])hidden(?![a-z-])|(?<![a-z])tags?(?![a-z0-9-]))"
)
#: class words of inline elements there for machines or screen readers only, or shown
#: only on hover.
_is_invisible = _ClassMatcher(
    r"(?<![a-z-])(?:hidden|hide|sr-only|screen-reader-text|visually-?hidden)(?![a-z-])|"
    r"tooltip|popover|rollover"
)
#: class words of a <blockquote> that embeds a social media post.
_is_embedded_post = _ClassMatcher(r"tweet|instagram|tiktok|fb-post|facebook")
#: Unlinked chars that make a unit a paragraph however many links it holds.
_PARAGRAPH = 50
#: Score (about: chars of story-like text) below which a page has no story.
_MIN_STORY = 80
#: Where a short post's body is marked (see :func:`short_post`), most telling first:
#: hAtom's ``entry-content`` (WordPress and many others), then the whole ``hentry``.
_POST_BODIES = (
    etree.XPath("//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')]"),
    etree.XPath("//*[contains(concat(' ', normalize-space(@class), ' '), ' hentry ')]"),
)
#: Inline style of an element nobody sees.
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
#: Short lines that are inserts, not story ("Also read: ...").
_INSERT = re.compile(
    r"^\W*(also read|read also|read more|more from|see also|related:|advert|comments?\W*$|"
    r"this slideshow requires|"
    r"click here|subscribe|sign up|follow us|share this|watch:|recommended|"
    r"published|posted (?:on|by|in)|(?:last )?updated\b|filed under|photo:|image:)|^\s*©",
    re.IGNORECASE,
)
#: How a publisher's appeal box opens (Business Standard's has no class, only a style).
_APPEAL = re.compile(r"dear (?:reader|subscriber|user)s?\b", re.IGNORECASE)


def _opens_appeal(el: etree._Element) -> bool:
    """Whether a block opens with "Dear Reader": a publisher's appeal box, drawn with an
    inline style and no class (Business Standard's "Dear Reader, ... Support quality
    journalism"), skipped like a hidden block. Only styled blocks are asked, and only
    for their first words."""
    start = ""
    for text in el.itertext():
        start += text
        if len(start.strip()) >= 20:
            break
    return _APPEAL.match(start.strip()) is not None


#: Lines among the first ``_FRONT`` paragraphs that are the page's front matter, not
#: story, when at most ``_FRONT_CHARS`` long: a byline ("By Jane Doe"; a wire credit
#: "By Reuters" stays, the credit step reads it) or a date only ("12 March 2024",
#: a ``<time>`` inside ``<article>``). Left in, they also hide a wire opening such as
#: ``NAIROBI (AFP) —`` from :func:`newsspider.wire.from_body`.
_FRONT = 3
_FRONT_CHARS = 80
_BYLINE_LINE = re.compile(
    r"^(?i:(?:(?:written|posted|reported|story)\s+)?by):?\s+"
    r"(?P<names>[A-Z][\w'’.-]*(?:(?:\s+|\s*[,&|]\s*|\s+(?i:and)\s+)[A-Z][\w'’.-]*){0,5})$"
)
#: What a date-only line may hold besides the date itself.
_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
    r"|\b(?:[ap]\.?m\.?|[a-z]{1,3}[sd]t|gmt|utc|updated|published|posted|modified|last|first|on|at|min|mins|read)\b"
    r"|[\d\W_]+",
    re.IGNORECASE,
)


def byline_line(text: str) -> re.Match[str] | None:
    """``text`` read as a byline line ("By Jane Doe", "BY JANE DOE AND JOHN ROE"):
    group ``names``; None for anything else ("By the numbers", "By Monday, all ...")."""
    return _BYLINE_LINE.match(text)


def front_line(text: str) -> bool:
    """Whether a short line at the top of the story is a byline or a date only."""
    byline = _BYLINE_LINE.match(text)
    if byline is not None:
        return not wire.agency_name(byline.group("names"))
    return not _DATE_WORDS.sub("", text) and reads_as_date(text)


def main_text(page: Page) -> str:
    """The story of ``page`` as plain text, paragraphs separated by a blank line.

    Where the page shows no story, a second walk reads ``<noscript>`` too: pages
    drawn by script keep the story there for browsers without it (a whole site
    wrapped in one, a blog post's body beside its script template). It also walks,
    as furniture, a ``<nav>``, ``<aside>`` or ``<footer>`` holding more than half of
    the page's text (an element left open in a sidebar widget makes lxml's parser nest
    the rest of the page, story included, inside the sidebar), and takes captions for
    story: on a photo gallery, they are all the text there is."""
    body = page.tree.find("body")
    if body is None:
        body = page.tree
    return _walk(body, _SKIP) or _walk(body, _SKIP_LENIENT, len(body.text_content()))


#: A ``<noscript>`` this short that names JavaScript asks for it ("Please enable
#: JavaScript to read our articles"): a notice, not the story. Its styles do not count.
_NOTICE_CHARS = 600
_SHOWN_TEXT = etree.XPath(".//text()[not(parent::style or parent::script)]")


def _script_notice(el: etree._Element) -> bool:
    text = " ".join(" ".join(_SHOWN_TEXT(el)).split())
    return len(text) < _NOTICE_CHARS and "javascript" in text.casefold()


def short_post(page: Page, links: bool = False) -> str:
    """The text of a post too short for :func:`main_text` to tell from the page around
    it (a few lines on a blog), read from the element a CMS marks as the post's body
    (:data:`_POST_BODIES`): all its text but furniture, and but link lists unless
    ``links`` (a post that is a list of links). For pages that say they are an article;
    the orchestrator asks only where main text found nothing."""
    for find in _POST_BODIES:
        found = find(page.tree)
        if found:
            return _walk(found[0], _SKIP, whole=True, links=links)
    return ""


def _walk(body: etree._Element, skip: frozenset[str], page_chars: int = 0, whole: bool = False,
          links: bool = False) -> str:
    """The story under ``body``, not walking elements whose tag is in ``skip``, except a
    ``<button>`` holding paragraphs. ``page_chars`` (the page's text length; given on the
    second walk of :func:`main_text`): walk those of :data:`_SWALLOWERS` holding more
    than half of it, take :data:`_CAPTIONS` for story. ``whole``: the story is all of
    ``body`` (no container is chosen), however short; ``links``: with its link lists."""
    # A unit: [block tag, stack depth of its innermost furniture or teaser-card
    # ancestor (0: none), text parts, chars, link chars]
    units: list[list] = []
    # Running sums over closed units: story-like chars, link-list chars, chars held by
    # furniture or teaser cards, count of story-like units, count of link-list units;
    # and of <blockquote> elements met.
    good = bad = moved = ngood = nlinks = quotes = 0
    quoting = 0  # depth of enclosing <blockquote>
    # depth of enclosing embedded posts (tweets...): quoted story whatever widget wraps
    # them, though they still weigh as furniture in choosing the container
    embedded = 0
    best_score, best = 0.0, (0, 0, 0)
    # Per open block or skipped element: None (skipped) or the block's snapshot:
    # (enclosing block tag, len(units), good, bad, moved, ngood, nlinks, quotes, fdepth).
    stack: list = []
    unit: list | None = None
    fdepth = 0  # stack depth of the innermost enclosing furniture element
    link = 0  # depth of enclosing <a>
    block_tag = "body"

    def close() -> None:
        nonlocal unit, good, bad, ngood, nlinks
        tag, _, _, chars, link_chars = unit
        unit = None
        if link_chars * 2 > chars and chars - link_chars < _PARAGRAPH:
            bad += chars
            nlinks += 1
        elif chars >= 30:
            good += chars - link_chars
            ngood += 1
        elif tag == "p":  # a very short paragraph is still a paragraph, at half weight
            good += (chars - link_chars) // 2
        # other short unlinked lines weigh nothing either way

    def add(text: str) -> None:
        nonlocal unit
        if unit is None:
            unit = [block_tag, 0 if embedded else fdepth, [], 0, 0]
            units.append(unit)
        unit[2].append(text)
        n = len(text)
        unit[3] += n
        if link:
            unit[4] += n

    furniture_seen = _is_furniture.seen  # the memo, read inline: a call per element costs
    walker = etree.iterwalk(body, events=("start", "end", "comment"))
    for event, el in walker:
        if event == "start":
            tag = el.tag
            if tag in skip:
                # a <button> holding paragraphs is walked (as inline): a <div> left open in
                # it makes lxml's parser nest the rest of the page inside the button
                if tag == "button" and el.find(".//p") is not None:
                    stack.append(None)
                elif not (page_chars and tag in _SWALLOWERS and len(el.text_content()) * 2 > page_chars):
                    if unit is not None and tag in _BLOCKS:
                        close()
                    walker.skip_subtree()
                    stack.append(None)
                    continue
            if tag in _BLOCKS:
                style = el.get("style")
                if style and (_HIDDEN.search(style) is not None or _opens_appeal(el)) or el.get("hidden") is not None:
                    walker.skip_subtree()
                    stack.append(None)
                    continue
                if unit is not None:
                    close()
                stack.append((block_tag, len(units), good, bad, moved, ngood, nlinks, quotes, fdepth))
                if tag == "blockquote":
                    quotes += 1
                    quoting += 1
                    if _is_embedded_post(el.get("class") or ""):
                        embedded += 1
                if tag in _BOILERPLATE_TAGS and not (page_chars and tag in _CAPTIONS) or tag in _SWALLOWERS:
                    fdepth = len(stack)
                elif tag != "body":  # its classes describe the page ("single-author"), not a block
                    attrs = el.get("class")
                    ident = el.get("id")
                    if ident:
                        attrs = f"{attrs} {ident}" if attrs else ident
                    if attrs:
                        found = furniture_seen.get(attrs)
                        if found is None:
                            found = _is_furniture(attrs)
                        if found:
                            fdepth = len(stack)
                block_tag = tag
            elif tag == "a":
                link += 1
            elif tag == "br":
                if unit is not None:
                    close()
            elif tag == "span" and (attrs := el.get("class")) and _is_invisible(attrs) \
                    or tag == "noscript" and _script_notice(el):
                walker.skip_subtree()  # its tail still comes with its end event
                continue
            text = el.text
        elif event == "end":
            tag = el.tag
            if tag == "a":
                link -= 1
            elif (tag in _BLOCKS or tag in skip) and (state := stack.pop()) is not None:
                if unit is not None:
                    close()
                block_tag, first, good0, bad0, moved0, ngood0, nlinks0, quotes0, fdepth0 = state
                if tag == "blockquote":
                    quoting -= 1
                    if embedded and _is_embedded_post(el.get("class") or ""):
                        embedded -= 1
                if good > good0:  # else: no story-like text inside, neither story nor card
                    depth = len(stack) + 1
                    inner_moved = moved - moved0
                    held = good - good0 - inner_moved
                    score = held - (bad - bad0) - inner_moved / 2
                    if fdepth:  # this element is or sits in furniture (comments, a cookie notice...)
                        score /= 4
                    if score > best_score:
                        best_score, best = score, (first, len(units), depth)
                    if fdepth == depth:
                        moved += held
                    elif (
                        nlinks > nlinks0 and 0 < ngood - ngood0 <= 2 and held < 600
                        and quotes == quotes0 and not quoting  # quoted text is no teaser
                    ):
                        # a teaser card: a title link and a paragraph or two of excerpt
                        moved += held
                        for u in units[first:]:
                            if u[1] < depth:
                                u[1] = depth
                fdepth = fdepth0
            text = el.tail
        else:  # a comment
            text = el.tail
        if text:
            if not text.isspace():
                add(text)
            elif unit is not None:  # the space between two inline elements: "<em>a</em> <em>b</em>"
                unit[2].append(" ")
    if unit is not None:
        close()
    if whole:
        best = (0, len(units), 1)
    elif best_score < _MIN_STORY:
        return ""
    first, last, depth = best
    paragraphs = []
    started = False  # an <h1> before the story is its headline; after, a sub-heading
    for tag, furniture, parts, chars, link_chars in units[first:last]:
        if furniture > depth or not links and link_chars * 2 > chars and chars - link_chars < _PARAGRAPH:
            continue
        if tag == "h1" and not started:
            continue
        text = " ".join("".join(parts).split())
        if len(text) < 120 and _INSERT.match(text):
            continue
        if len(paragraphs) < _FRONT and len(text) <= _FRONT_CHARS and front_line(text):
            continue
        paragraphs.append(text)
        started = started or chars >= 30
    return "\n\n".join(paragraphs)
