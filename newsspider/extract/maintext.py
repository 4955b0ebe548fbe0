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
title link to another page of the site and one or two excerpt paragraphs (related-story
lists). Where such cards, a paragraph each, hold most of the page (a listicle's items),
the walk is made again taking them for story (see :data:`CARDS_OVER_STORY`). Containers
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
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree

from newsspider import wire
from newsspider.dates import reads_as_date
from newsspider.extract import meta
from newsspider.extract.boilerplate import SEE_ALSO_ANY, by_first_letter
from newsspider.extract.fields import shown_words
from newsspider.extract.page import Elements, Page
from newsspider.lang.dates import CHANGE_WORDS, CLOCK_JOINERS, MONTHS, WEEKDAYS

#: Elements whose content is never text of the story: not walked at all (navigation,
#: asides and footers are furniture wherever they are, and skipping them is a third of
#: the walk on a typical page; ``<rt>`` and ``<rp>`` are a ruby's reading aid, the
#: furigana over Japanese kanji, not words of the sentence).
_SKIP = frozenset({
    "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "option",
    "textarea", "input", "object", "embed", "video", "audio", "canvas", "map", "head", "title",
    "math", "picture", "source", "nav", "aside", "footer", "rt", "rp",
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
    "dialog", "address", "fieldset", "legend",
})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Tags of furniture: those of :data:`_BOILERPLATE_TAGS` and :data:`_SWALLOWERS`.
_FURNITURE_TAGS = _BOILERPLATE_TAGS | _SWALLOWERS


#: Class strings a memo of them holds at most (it is emptied when full).
_MEMO_LIMIT = 50_000


def _class_words(pattern: str) -> re.Pattern[str]:
    """The regex of class words ``pattern``, to search lower-cased class strings with.
    (Its alternatives grouped by first letter: a search tries one group at each
    position rather than every alternative; 0.63 → 0.30 ms per page for the class
    strings of a page's blocks, on aeb, wcxb and trafeval with the memo empty.)"""
    return re.compile(by_first_letter(pattern))


class _ClassMatcher:
    """A regex over lower-cased class/id strings, memoised: class strings repeat within a
    page and across a site's pages, and a regex search per element would cost more than
    the walk itself."""

    def __init__(self, pattern: str, limit: int = _MEMO_LIMIT) -> None:
        self._regex = _class_words(pattern)
        self.seen: dict[str, bool] = {}
        self._limit = limit

    def __call__(self, attrs: str) -> bool:
        found = self.seen.get(attrs)
        if found is None:
            if len(self.seen) >= self._limit:
                self.seen.clear()
            found = self.seen[attrs] = self._regex.search(attrs.lower()) is not None
        return found


#: class/id words of page furniture ("widget": see :data:`_WIDGET_WORDS`; a caption is also
#: a "légende", a "Bildunterschrift" or a picture's metadata, subtitle or source
#: ("img-metadata", "image-subtitle"), never "legendary"; comments are also
#: "Kommentare" or "comentarios"; an author's box also an "autor" or "auteur" one;
#: WordPress themes' note under a post, "This entry was
#: posted in ...", is "postmetadata" or "entry-utility"). Not
#: ``contextmenu`` (a class some CMSs
#: put on every paragraph), "ad" between digits (hex ids: ``w-node-b5343ad4``), a
#: layout's word for the column beside a sidebar (``content-sidebar-wrap``,
#: ``has-sidebar``, ``hasSidebar``, a BEM modifier ``article--sidebar-right``,
#: ``sidebar-enabled``) or beside navigation (``with-navigation``, ``has-section-nav``,
#: ``offset-nav``, ``content-nav-section``, ``navpadding``), a newsletter's own issue
#: (``newsletter-post``); an
#: accordion's ``<details>`` is text too (FAQs in a story). (Each lookbehind follows the word it
#: guards, so that every branch opens with a letter: the regex engine then skips positions
#: that open none, 3.5 → 1.4 µs per class string, measured on 55,000 of real pages; and
#: it is asked only where the word is there, not at every "a", "n" or "s": 1.70 → 1.47 µs
#: per class string, on the 269,000 of aeb, trafeval and wcxb. One branch opening with a
#: group, "(?:affiliate|...)disclosure", is enough for the engine to try every position:
#: spelt out, 2.1-2.8 → 1.6 µs per class string, on the 264,000 of those sets' blocks.
#: ``test_class_words_open_with_a_letter`` keeps it so.)
_FURNITURE_WORDS = _class_words(
    r"(?:comment(?!ary)|kommentar|coment[aá]rio|related|shar(?:e|ing)|social|newsletter(?!-(?:post|content|issue|body|article))|subscri|sign-?up|promo|advert|sponsor|"
    r"caption|legende?(?!ar)|bildunter|credit|img[-_]?(?:meta|subtitle|copyright|source)|image[-_]?(?:meta|subtitle|copyright|source)|"
    r"photo[-_]?(?:meta|subtitle|copyright|source)|cookie|consent|gdpr|breadcrumb|nav(?<!with-nav)(?<!has-nav)(?<!no-nav)(?<!offset-nav)(?<!section-nav)(?<!content-nav)(?!-?padding)|"
    r"menu(?<!contextmenu)|footer|"
    r"sidebar(?<!with-sidebar)(?<!has-sidebar)(?<!hassidebar)(?<!one-sidebar)(?<!no-sidebar)(?<!content-sidebar)(?<!and-sidebar)(?<!withsidebar)(?<!--sidebar)"
    r"(?<!w_sidebar)(?!-?(?:enabled|collapsed))|recommend|"
    r"popular|trending|disqus|outbrain|taboola|also-?read|read-?more|more-?stories|most-?read|"
    r"toolbar|modal|popup|byline|author|autor|auteur|dateline|timestamp|masthead|rating|postmeta|entry-utility|"
    r"affiliate[-_]?disclosure|advertiser[-_]?disclosure|advertising[-_]?disclosure|commission[-_]?disclosure|"
    r"ftc[-_]?disclosure|editorial[-_]?disclosure|disclosure[-_]?(?:box|note|text|statement|notice|banner)|"
    r"cta(?<![a-z0-9]cta)(?![a-z])|"
    r"ad(?<![a-z0-9]ad)s?(?![a-z0-9])|meta(?<![a-z]meta)(?![a-z])|hide(?<![a-z]hide)(?![a-z])|print(?<![a-z]print)(?![a-z])|"
    r"hidden(?<![a-z:-]hidden)(?<!overflow_hidden)(?![a-z-])|tag(?<![a-z]tag)s?(?![a-z0-9-]))"
)
#: class words of the element holding one post (hAtom's ``hentry``, WordPress's
#: ``type-post``): never furniture by its class, whose other words are the post's own
#: taxonomy (``author-jane-doe``, ``tag-navigation``), not the block's role. (A post
#: card inside a related-posts box is still furniture: it sits in one. Each lookbehind after
#: the word's first letter, as in :data:`_FURNITURE_WORDS`: 3.4 → 2.4 µs per class string.)
_POST_WORDS = _class_words(r"h(?<![\w-]h)-?entry(?![\w-])|t(?<![\w-]t)ype-post(?![\w-])")
#: class words of an element shown on hover (a card popping up over a name).
_HOVER_WORDS = r"tooltip|popover|rollover"
_is_hover = _ClassMatcher(_HOVER_WORDS)
#: class words of inline elements there for machines or screen readers only, or shown
#: only on hover; or of a picture's caption or credit set inline in a paragraph
#: (``<span class="rte-image"><span class="caption">``, ``<em class="copyright">``): not
#: words of the story. (Each lookbehind after the word's first letter, as in
#: :data:`_FURNITURE_WORDS`.)
_is_invisible = _ClassMatcher(
    r"h(?<![a-z-]h)idden(?![a-z-])|h(?<![a-z-]h)ide(?![a-z-])|s(?<![a-z-]s)r-only(?![a-z-])|"
    r"s(?<![a-z-]s)creen-reader-text(?![a-z-])|v(?<![a-z-]v)isually-?hidden(?![a-z-])|"
    rf"{_HOVER_WORDS}|caption|copyright|photo-?credit|image-?credit"
)
#: Inline elements whose class is asked (:data:`_is_invisible`).
_INLINE_ASKED = frozenset({"span", "em", "strong", "small"})


def _hover_trigger(el: etree._Element, attrs: str) -> bool:
    """Whether an element classed as shown on hover is the visible link that shows it, with
    the card after it (``<span class="rollover-people"><a>Jane Doe</a><span
    class="rollover-people-block">...``): walked, as the name is a word of the sentence;
    the card inside is skipped by its own class."""
    return not (el.text or "").strip() and len(el) > 0 and el[0].tag == "a" and _is_hover(attrs)


#: class words of a <blockquote> that embeds a social media post.
_is_embedded_post = _ClassMatcher(r"tweet|instagram|tiktok|fb-post|facebook")
#: class/id words of a widget: a sidebar's box ("widget widget_recent_entries") or a
#: page builder's block holding the story ("so-panel widget widget_sow-editor",
#: "widget-span widget-type-cell"); only one holding less story than this (chars,
#: a few paragraphs: a sidebar's "About me", a call to support the site) is furniture.
#: Elementor's ``elementor-widget`` wraps every paragraph of a story: never furniture.
_WIDGET_WORDS = _class_words(r"w(?<!elementor-w)idget")
_WIDGET_STORY = 800

#: class/id words of furniture holding long text of its own, other than the story: comment
#: threads, related stories, sidebars, footers, menus, pop-ups and cookie notices, an
#: author's box, hidden or print-only blocks, an advertiser's disclosure (its legal text).
#: Furniture named otherwise is a *box* (a newsletter's, a share bar, a promotion, an
#: advert's slot, the post's meta line), which holds a few lines: one holding far more
#: story than the page's best container is the story's wrapper, named for a box beside
#: the story (see :data:`BOX_OVER_STORY`).
_LONG_FURNITURE_WORDS = _class_words(
    r"comment|kommentar|coment|disqus|related|recommend|popular|trending|more-?stories|most-?read|"
    r"outbrain|taboola|sidebar|footer|nav|menu|modal|popup|cookie|consent|gdpr|author|autor|auteur|hid(?:e|den)|"
    r"print|disclos"
)
#: What a block's class and id (joined) say of it, as bits: furniture (and no post's
#: element, see :data:`_POST_WORDS`), a widget (see :data:`_WIDGET_WORDS`), a box (see
#: :data:`_LONG_FURNITURE_WORDS`). Memoised by
#: class string in :data:`_ROLES`, as the class matchers are: one lookup per block
#: where three memos were asked.
_FURNITURE_ROLE = 1
_WIDGET_ROLE = 2
_BOX_ROLE = 4
_ROLES: dict[str, int] = {}
_UNKNOWN = -1


def _role(attrs: str) -> int:
    """The role bits of a block's class and id (``attrs``), noted in :data:`_ROLES`."""
    if len(_ROLES) >= _MEMO_LIMIT:
        _ROLES.clear()
    lowered = attrs.lower()
    found = _FURNITURE_WORDS.search(lowered) is not None and _POST_WORDS.search(lowered) is None
    role = _FURNITURE_ROLE if found else 0
    if found and _LONG_FURNITURE_WORDS.search(lowered) is None:
        role |= _BOX_ROLE
    if "idget" in attrs and _WIDGET_WORDS.search(lowered) is not None:
        role |= _WIDGET_ROLE
    _ROLES[attrs] = role
    return role


#: Where "teaser cards" hold this many times the best container's score, and the typical
#: one holds a paragraph (``CARD_STORY`` chars: a listing's cards hold a line), they are
#: the story (a listicle's items, a guide's product or place sections), not a list of
#: related stories.
CARDS_OVER_STORY = 4.0
CARD_STORY = 200
#: A block of the same kind (tag and first class) beside the story's container, with the
#: same parent, holding this much story (chars) in two units or more, or in one long
#: paragraph (``_SIBLING_PARAGRAPH``), and ``1 / _SIBLING_CLEAN`` of that or less in
#: link lists, furniture and cards, is more of the story: a story split over sibling
#: sections (a CMS's "first paragraph", "body" and "rest" blocks) whose parent also holds
#: the page's furniture, and so loses to one of them; a one-line notice of the story's
#: own class under it ("Comments are moderated") is not. (Measured: trafeval +6
#: phrases, wcxb page F1 +0.26 summed over its pages, aeb unchanged. A sibling may hold
#: up to half its story in link lists and furniture (a section's box of link tips, its
#: pictures' captions): 1/10 → 1/2 took trafeval +9 phrases, wcxb body F1 +0.0001 and
#: word F1 +0.0004, aeb unchanged; a sibling of 60 chars in two units, or one paragraph of
#: 200 (were 100 and 400): trafeval +2 phrases, wcxb body F1 +0.0001, aeb unchanged.)
_SIBLING_STORY = 60
_SIBLING_PARAGRAPH = 200
_SIBLING_CLEAN = 2
#: Blocks never taken for a teaser card: a ``<p>`` is a paragraph, whatever its lines
#: link to ("... (Read also: <a>...</a>)", a reblogged post's linked source line); a
#: list, a table, a table's row or cell is part of a list or a table (a recipe's
#: ingredient linking to the brand's page, a wiki's table of appearances, a photo's
#: details), while a card is one item of a list. (Measured: trafeval +1 phrase net,
#: wcxb body F1 +0.0001, aeb unchanged.)
_NEVER_CARDS = frozenset({"p", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "td", "th"})

#: A block whose class names it a story's body ("article-body", "story__text",
#: "note-body") and holding a paragraph's worth of story is no teaser card, however
#: short: a story whose first paragraph sits in a block of its own beside a byline
#: or heading link looks like a card otherwise. (A body block holding no story, only
#: lazy-loading placeholders, may still be one. Measured: trafeval +1 phrase,
#: aeb, wcxb, dates, india unchanged.)
_STORY_BODY_CLASS = re.compile(
    r"(?<![a-z])(?:article|story|note|detail)[-_]*(?:body|content|text)(?![-\w])", re.IGNORECASE)
#: How many times the best container's score a block inside a box must score, unreduced
#: (furniture's blocks score a quarter), to be the story's container (see
#: :meth:`_Walk.take_wrapping_box`): a newsletter's issue on the newsletter's page, in a
#: block classed "cc-newsletter", beside long testimonials. (Measured: wcxb body F1
#: +0.0014, the one such page, 0.01 -> 0.99; aeb, trafeval, dates, india unchanged; the
#: same at 1.25. At 1.0, and before "print" and "disclos" were words of long furniture,
#: an advertiser's disclosure, a print-only notice and a home page's teaser took the place
#: of three stories.)
BOX_OVER_STORY = 1.5
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


def _hides(style: str) -> bool:
    """Whether an inline style hides its element. (Most styles hold neither "none" nor
    "hidden", which a substring test in the lower-cased style tells faster than the
    regex's search; "dden", as ``re.IGNORECASE`` also matches "i" to "ı" and "İ".)"""
    lowered = style.lower()
    return ("none" in lowered or "dden" in lowered) and _HIDDEN.search(style) is not None


#: Short lines that are inserts, not story ("Also read: ...").
_INSERT = re.compile(
    r"^\W*(also read|read also|read more|more from|see also|related:|advert|comments?\W*$|"
    r"this slideshow requires|"
    r"click here|subscribe|sign up|follow us|share this|watch:|recommended|"
    r"published|posted (?:on|by|in)|(?:last )?updated\b|filed under|photo:|image:)|^\s*©",
    re.IGNORECASE,
)
#: A "see also" lead in any language of the boilerplate table ("Lesen Sie auch: ...",
#: "À lire aussi » ...") and a separator: an insert line, not prose that happens to start
#: with the same words ("Relacionado con el caso, ..."). A bare lead ("Mehr zum Thema",
#: "Lesen Sie auch:") is left as it is: the boilerplate pipeline takes it for the heading
#: of a related-links list and drops the list with it.
_SEE_ALSO = re.compile(rf"^\W*(?:{SEE_ALSO_ANY})(?:\s*[:|»>–—…]|\s+-)\s*\w", re.IGNORECASE)
#: How a publisher's appeal box opens (Business Standard's has no class, only a style).
_APPEAL = re.compile(r"dear (?:reader|subscriber|user)s?\b", re.IGNORECASE)


#: The id React's streaming server rendering gives a hidden block of content sent late
#: (``<div hidden id="S:0">``), which its script then moves into place.
_STREAMED_ID = re.compile(r"S:\d+")


def _streamed_in(el: etree._Element) -> bool:
    """Whether a ``hidden`` block is content streamed in by React (Next.js's app router
    sends a page's story so): shown once the page's script has run, unlike other
    hidden blocks."""
    ident = el.get("id")
    return ident is not None and _STREAMED_ID.fullmatch(ident) is not None


def _opens_appeal(el: etree._Element) -> bool:
    """Whether a block opens with "Dear Reader": a publisher's appeal box, drawn with an
    inline style and no class (Business Standard's "Dear Reader, ... Support quality
    journalism"), skipped like a hidden block. Only styled blocks are asked, and only
    for their first words (most are told by their own text, before their descendants'
    text is iterated)."""
    own = el.text
    if own and own.strip()[:1] not in ("", "d", "D"):
        return False
    start = ""
    for text in el.itertext():
        if not start.strip() and text.strip()[:1] not in ("", "d", "D"):
            return False  # (the appeal opens with "Dear": most styled blocks are told at their first words)
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
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\w*\.?"
    r"|\b(?:[ap]\.?m\.?|[a-z]{1,3}[sd]t|gmt|utc|updated|published|posted|modified|last|first|on|at|min|mins|read)\b"
    r"|[\d\W_]+",
    re.IGNORECASE,
)


#: Words a date line says in other languages besides the date ("15. Mai 2019, 05:28 Uhr",
#: "Publié le 3 mars 2021 à 10h12", "Publicado el 3 de marzo"), by language, lower case.
DATE_LINE_WORDS: dict[str, tuple[str, ...]] = {
    "de": ("am", "um", "uhr", "vom", "stand", "veröffentlicht", "zuletzt", "erstellt"),
    "fr": ("le", "à", "h", "publié", "mis", "jour"),
    "es": ("el", "de", "del", "a", "las", "publicado", "hs", "h"),
    "it": ("il", "alle", "ore", "pubblicato"),
    "pt": ("em", "de", "às", "publicado", "h"),
    "nl": ("op", "om", "gepubliceerd", "uur"),
}
#: Every word a date-only line may hold that :data:`_DATE_WORDS` leaves: month and weekday
#: names and change labels of every language the date reader knows, and the words above.
_DATE_LINE_WORDS = frozenset(
    word for names in (*MONTHS.values(), WEEKDAYS, CHANGE_WORDS, CLOCK_JOINERS, *DATE_LINE_WORDS.values())
    for name in names for word in name.split()
)


def _date_words_only(text: str) -> bool:
    """Whether ``text`` holds nothing but a date's words, digits and signs."""
    rest = _DATE_WORDS.sub(" ", text)
    return all(word in _DATE_LINE_WORDS for word in rest.lower().split())


def byline_line(text: str) -> re.Match[str] | None:
    """``text`` read as a byline line ("By Jane Doe", "BY JANE DOE AND JOHN ROE"):
    group ``names``; None for anything else ("By the numbers", "By Monday, all ...")."""
    return _BYLINE_LINE.match(text)


def front_line(text: str) -> bool:
    """Whether a short line at the top of the story is a byline or a date only."""
    byline = _BYLINE_LINE.match(text)
    if byline is not None:
        return not wire.agency_name(byline.group("names"))
    return _date_words_only(text) and reads_as_date(text)


def main_text(page: Page, min_story: float = _MIN_STORY) -> str:
    """The story of ``page`` as plain text, paragraphs separated by a blank line;
    empty where no block scores ``min_story`` (about: chars of story-like text).

    Where the page shows no story, or one line beside a ``<noscript>`` holding much
    more text (see :func:`_noscript_holds_more`), a second walk reads ``<noscript>`` too: pages
    drawn by script keep the story there for browsers without it (a whole site
    wrapped in one, a blog post's body beside its script template). It also walks,
    as furniture, a ``<nav>``, ``<aside>`` or ``<footer>`` holding more than half of
    the page's text (an element left open in a sidebar widget makes lxml's parser nest
    the rest of the page, story included, inside the sidebar), and takes captions for
    story: on a photo gallery, they are all the text there is."""
    body = next(page.tree.iterchildren("body"), None)  # (find("body"), without its path parsing)
    if body is None:
        body = page.tree
    site = _site(page)
    own = _own_urls(page)
    elements = page.elements
    text = _walk(body, _SKIP, site, min_story=min_story, own=own, elements=elements)
    if text and not _noscript_holds_more(body, len(text)):
        return text
    lenient = _walk(body, _SKIP_LENIENT, site, len(body.text_content()), min_story=min_story, own=own,
                    elements=elements)
    return lenient if len(lenient) > len(text) else text


#: A story shorter than this (chars) may be the page's fallback for browsers without
#: script (see :func:`_noscript_holds_more`).
_WEAK_STORY = 300


def _noscript_holds_more(body: etree._Element, found: int) -> bool:
    """Whether a story found this short (``found`` chars, under :data:`_WEAK_STORY`)
    stands beside a ``<noscript>`` holding three times as much text: a blog whose post
    body is a script's template, with the post itself in ``<noscript>`` for browsers
    without script (the first walk then finds only the blog's description line)."""
    if found >= _WEAK_STORY:
        return False
    return any(len(fallback.text_content()) > 3 * found for fallback in body.iter("noscript"))


def _site(page: Page) -> tuple[str, ...]:
    """The hosts of the page's site, without ``www.``: that of its URL and, where it
    declares another (a copy served by an archive, a cache or a proxy), that of its
    canonical URL. Links to them (or relative ones) lead to another page of the site."""
    hosts = [page.url, meta.canonical_url(page) or ""]
    sites = (urlsplit(url.strip()).hostname or "" for url in hosts)
    return tuple(dict.fromkeys(host.removeprefix("www.") for host in sites if host))


def _own_urls(page: Page) -> tuple[str, ...]:
    """The page's own addresses (its URL, its canonical URL): a title link to one of them
    (a blog post's permalink heading) leads to no other page, so makes no teaser card."""
    return tuple(url for url in (page.url, meta.canonical_url(page)) if url)


def _links_within(href: str | None, sites: tuple[str, ...]) -> bool:
    """Whether a link leads to another page of the site (``sites``: its hosts; relative,
    or to one of its hosts or a subdomain): a teaser card's title link does; a
    product's shop link, an in-page anchor or a link to another site does not."""
    if not href:
        return False
    href = href.strip()
    if href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return False
    found = _LINK_HOST.match(href)
    if found is None:
        return True
    host = found.group(1).lower()
    return any(host == site or host.endswith("." + site) or site.endswith("." + host) for site in sites)


#: The host of an absolute link (``https://www.site.example/...``, ``//site.example``).
_LINK_HOST = re.compile(r"(?:[a-z][a-z0-9+.-]*:)?//(?:www\.)?([^/?#:]+)", re.IGNORECASE)


#: A ``<noscript>`` this short that names JavaScript asks for it ("Please enable
#: JavaScript to read our articles"): a notice, not the story. Its styles do not count.
_NOTICE_CHARS = 600
def _script_notice(el: etree._Element) -> bool:
    text = shown_words(el)
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
            return _walk(found[0], _SKIP, _site(page), whole=True, links=links, elements=page.elements)
    return ""


#: Characters nobody sees, that only mark where a word may break ("Mit\xadtel\xadal\xadter"):
#: dropped from the story's text, so that its words are words.
_INVISIBLE = "\xad\u200b\u2060\ufeff"
_INVISIBLE_CHARS = dict.fromkeys(map(ord, _INVISIBLE))


@dataclass(slots=True)
class _Unit:
    """A text unit: the text a block holds directly, up to a nested block or ``<br>``."""

    block: str  #: tag of the block it is in
    #: stack depth of its innermost furniture or teaser-card ancestor (0: none)
    furniture: int
    parts: list[str]
    chars: int = 0
    link_chars: int = 0
    hrefs: list[str | None] | None = None  #: where its links lead

    def is_link_list(self) -> bool:
        """Mostly link text, and too little else to be a paragraph."""
        return self.link_chars * 2 > self.chars and self.chars - self.link_chars < _PARAGRAPH

    def text(self) -> str:
        text = "".join(self.parts)
        # (none is ASCII, which str.isascii() tells at once; substring tests otherwise:
        # 0.1-0.5 µs a paragraph, where a regex class search took 3.8)
        if not text.isascii() and any(char in text for char in _INVISIBLE):
            text = text.translate(_INVISIBLE_CHARS)
        return " ".join(text.split())


@dataclass(slots=True)
class _OpenBlock:
    """What a block element needs at its end, noted at its start: the walk's running
    sums then (the block's share is the difference), where its units start, and the
    enclosing block's tag and furniture depth to restore. (Filled in by
    :meth:`_Walk._open`, and reused once the block is closed: making a new one per
    block would cost a tenth of the walk.)"""

    outer_block: str = ""
    first_unit: int = 0
    story: int = 0
    link_lists: int = 0
    moved: int = 0
    story_units: int = 0
    quotes: int = 0
    site_link_lists: int = 0
    outer_furniture: int = 0
    widget: bool = False  #: whether its class or id says "widget" (see :data:`_WIDGET_STORY`)
    tag: str = ""
    classes: str | None = None  #: its class attribute
    parent: int = 0  #: the walk's number of the block enclosing it, in the order opened (0: none)

    def story_block(self, last: int) -> _StoryBlock:
        """This block as a :class:`_StoryBlock` whose units end at ``last``."""
        return _StoryBlock(self.parent, self.tag, self.classes, self.first_unit, last)


@dataclass(slots=True)
class _StoryBlock:
    """A block holding story and next to nothing else (see :data:`_SIBLING_STORY`): its
    parent's serial, tag and class attribute, its units ``units[first:last]``."""

    parent: int
    tag: str
    classes: str | None
    first: int
    last: int


@dataclass(slots=True)
class _Choice:
    """The story's container: its units ``units[first:last]``, and its stack depth
    (units inside furniture or cards deeper than it are left out)."""

    first: int
    last: int
    depth: int


class _Walk:
    """One pass over a tree, cutting it into :class:`_Unit` and scoring every block
    (see the module docstring). ``skip``: tags not walked, except a ``<button>``
    holding paragraphs; ``page_chars`` (the page's text length, on the second walk of
    :func:`main_text`): walk those of :data:`_SWALLOWERS` holding more than half of
    it, and take :data:`_CAPTIONS` for story."""

    __slots__ = (
        "skip", "site", "page_chars", "units", "site_link_lists", "cards", "card_sizes", "unit", "block", "furniture", "quoting", "embedded",
        "story", "link_lists", "moved", "story_units", "quotes", "stack", "spare",
        "main_holders", "best_score", "best", "best_held", "best_units", "serial", "open_serial", "story_blocks", "best_block",
        "within", "led", "headers", "leads", "story_widgets", "big_widgets", "small_widgets",
        "elements", "places", "box", "unboxed", "box_score", "box_best",
    )

    def __init__(self, skip: frozenset[str], site: tuple[str, ...], page_chars: int, cards: bool = True,
                 own: tuple[str, ...] = (), story_widgets: frozenset[str] = frozenset(),
                 elements: Elements | None = None) -> None:
        self.skip = skip
        # the page's elements with their attribute names, classes and ids, read once (see _open)
        self.elements = elements
        self.places: dict[etree._Element, int] = elements.places() if elements is not None else {}
        # kinds of widget (tag and first class) that hold story, however little (see _walk);
        # and those seen holding story of a widget's size or more, or less
        self.story_widgets = story_widgets
        self.big_widgets: set[str] = set()
        self.small_widgets: set[str] = set()
        self.cards = cards  # whether teaser cards are told apart (see _walk)
        self.card_sizes: list[int] = []  # story-like chars held by each teaser card
        self.site = site
        # _links_within(href, site), by href; the page's own addresses lead within no more
        self.within: dict[str | None, bool] = dict.fromkeys(own, False)
        self.site_link_lists = 0  # link-list units linking within the site (running sum)
        self.page_chars = page_chars
        self.units: list[_Unit] = []
        self.unit: _Unit | None = None  # the unit being filled
        self.block = "body"  # tag of the innermost open block
        self.furniture = 0  # stack depth of the innermost enclosing furniture element
        self.quoting = 0  # depth of enclosing <blockquote>
        # depth of enclosing embedded posts (tweets...): quoted story whatever widget wraps
        # them, though they still weigh as furniture in choosing the container
        self.embedded = 0
        # Running sums over closed units: story-like chars, link-list chars, chars held by
        # furniture or teaser cards, story-like units; and <blockquote>s met.
        self.story = self.link_lists = self.moved = 0
        self.story_units = self.quotes = 0
        # per story-like unit, in order: the site link lists closed before it (running
        # sum), so that a block tells whether a title link comes before its first story
        self.led: list[int] = []
        # per open block or skipped element: its snapshot, or None (skipped)
        self.stack: list[_OpenBlock | None] = []
        self.spare: list[_OpenBlock] = []  # closed blocks' records, to reuse
        self.main_holders: frozenset[etree._Element] = frozenset()  # see _holds_main
        self.best_score = 0.0
        self.best = _Choice(0, 0, 0)
        self.best_held = 0  # story chars the best container holds
        self.best_units = 0  # its story-like units: 1, a lone paragraph (see _judge)
        self.serial = 0  # blocks opened so far
        self.open_serial = 0  # serial of the innermost open block
        self.story_blocks: list[_StoryBlock] = []  # blocks of story only (see _SIBLING_STORY)
        self.best_block = _StoryBlock(0, "", None, 0, 0)  # the best container's parent and tag
        self.headers: list[_Choice] = []  # <header> furniture holding story-like text (see _lead)
        self.leads: list[_Choice] = []  # blocks classed as a lead, outside furniture (see _lead)
        # stack depth of the outermost furniture where it is a box (see _LONG_FURNITURE_WORDS;
        # 0: none), and of the outermost furniture inside it that is none; the best unreduced
        # score of a block in a box (and in no other furniture), and that block as best_* hold one
        self.box = self.unboxed = 0
        self.box_score = 0.0
        self.box_best: tuple[_Choice, int, int, _StoryBlock] | None = None

    def run(self, body: etree._Element) -> None:
        skip = self.skip
        closing = _BLOCKS | skip  # elements whose end pops the stack
        stack = self.stack
        units = self.units
        links = 0  # depth of enclosing <a>
        href: str | None = None  # where the open link leads
        walker = etree.iterwalk(body, events=("start", "end", "comment"))
        for event, el in walker:
            if event == "start":
                tag = el.tag
                if tag in _BLOCKS:
                    if tag in skip and self._skipped(el, tag) or not self._open(el, tag):
                        walker.skip_subtree()  # its end event still comes, with its tail
                        stack.append(None)
                        continue
                elif tag in skip and self._skipped(el, tag):
                    walker.skip_subtree()
                    stack.append(None)
                    continue
                elif tag == "a":
                    links += 1
                    if links == 1:
                        href = el.get("href")
                elif tag == "br":
                    if self.unit is not None:
                        self._close_unit()
                elif tag in _INLINE_ASKED and (attrs := el.get("class")) and _is_invisible(attrs) \
                        and not _hover_trigger(el, attrs) \
                        or tag == "noscript" and _script_notice(el):
                    walker.skip_subtree()
                    continue
                text = el.text
            elif event == "end":
                tag = el.tag
                if tag == "a":
                    links -= 1
                elif tag in closing and (opened := stack.pop()) is not None:
                    self._close(el, opened)
                text = el.tail
            else:  # a comment
                text = el.tail
            if text:  # (adding it inline: a call per text would cost a tenth of the walk)
                unit = self.unit
                if not text.isspace():
                    if unit is None:
                        unit = self.unit = _Unit(self.block, 0 if self.embedded else self.furniture, [])
                        units.append(unit)
                    unit.parts.append(text)
                    unit.chars += len(text)
                    if links:
                        unit.link_chars += len(text)
                        if unit.hrefs is None:
                            unit.hrefs = [href]
                        elif unit.hrefs[-1] is not href:
                            unit.hrefs.append(href)
                elif unit is not None:  # the space between two inline elements: "<em>a</em> <em>b</em>"
                    unit.parts.append(" ")
        if self.unit is not None:
            self._close_unit()

    def _skipped(self, el: etree._Element, tag: str) -> bool:
        """Whether an element of ``skip`` is left out, closing the unit before it if it is
        a block. Walked (as inline) after all: a ``<button>`` holding paragraphs (a
        ``<div>`` left open in it makes lxml's parser nest the rest of the page inside
        the button); a swallower holding the page's ``<main>`` (see :meth:`_holds_main`);
        on the second walk, a swallower holding most of the page."""
        if tag == "button" and next(el.iter("p"), None) is not None:  # (find(".//p") without its path parsing)
            self.stack.append(None)
            return False
        if self.page_chars and tag in _SWALLOWERS and len(el.text_content()) * 2 > self.page_chars \
                or tag in _SWALLOWERS and self._holds_main(el):
            return False
        if self.unit is not None and tag in _BLOCKS:
            self._close_unit()
        return True

    def _holds_main(self, swallower: etree._Element) -> bool:
        """Whether a ``<nav>``, ``<aside>`` or ``<footer>`` holds the page's ``<main>``: an
        element left open in a menu makes lxml's parser nest the rest of the page, story
        included, inside the menu (a ``<nav>``, a ``navigation__sub-menu`` block in it),
        which is then no menu but the page. Its elements holding ``<main>`` are noted
        (:attr:`main_holders`): walked, and never furniture, whatever their tag or class;
        nor is the furniture around the swallower (a ``<header>``), which holds the page."""
        main = next(swallower.iter("main"), None)
        if main is None:
            return False
        self.main_holders = frozenset(main.iterancestors())
        self.furniture = 0
        return True

    def _open(self, el: etree._Element, tag: str) -> bool:
        """Start a block, unless nobody sees it (``hidden``, an inline style hiding it,
        an appeal box): False."""
        # (the attribute names, class and id as Page.elements read them, where the block is
        # one of them: a look-up of its place and three of lists, not three calls into lxml;
        # else the names read at once, and only the values present looked up: many blocks
        # have no attribute or only a class; four lookups cost twice as much)
        at = self.places.get(el)
        if at is None:
            names = el.keys()
            classes = el.get("class") if names and "class" in names else None
            ident = el.get("id") if names and "id" in names else None
        else:
            elements = self.elements
            names, classes, ident = elements.names[at], elements.classes[at], elements.ids[at]
        if names:
            style = el.get("style") if "style" in names else None
            if style and (_hides(style) or _opens_appeal(el)) \
                    or "hidden" in names and not _streamed_in(el):
                return False
        if self.unit is not None:
            self._close_unit()
        opened = self.spare.pop() if self.spare else _OpenBlock()
        opened.outer_block = self.block
        opened.first_unit = len(self.units)
        opened.story = self.story
        opened.link_lists = self.link_lists
        opened.moved = self.moved
        opened.story_units = self.story_units
        opened.quotes = self.quotes
        opened.site_link_lists = self.site_link_lists
        opened.outer_furniture = self.furniture
        opened.widget = False
        opened.tag = tag
        opened.classes = classes
        opened.parent = self.open_serial
        self.open_serial = self.serial = self.serial + 1
        self.stack.append(opened)
        if tag == "blockquote":
            self.quotes += 1
            self.quoting += 1
            if _is_embedded_post(classes or ""):
                self.embedded += 1
        if tag in _FURNITURE_TAGS and not (self.page_chars and tag in _CAPTIONS) \
                and el not in self.main_holders \
                and not (tag == "figure" and _holds_story(el)) \
                and not (tag == "header" and _header_holds_story(el)):
            self._furnish(False)
        elif tag != "body":  # its classes describe the page ("single-author"), not a block
            attrs = classes
            # a heading's id is its text as an anchor ("h-how-social-shopping-works"), not a role
            if tag in _HEADINGS:
                ident = None
            if ident:
                attrs = f"{attrs} {ident}" if attrs else ident
            # (the memo read inline: a call per block costs a tenth of the walk)
            if attrs and (role := _ROLES.get(attrs, _UNKNOWN)):
                if role is _UNKNOWN:
                    role = _role(attrs)
                if role & _FURNITURE_ROLE and el not in self.main_holders:
                    self._furnish(bool(role & _BOX_ROLE))
                elif role & _WIDGET_ROLE:
                    opened.widget = True
        self.block = tag
        return True

    def _furnish(self, box: bool) -> None:
        """Note the block opening (the top of the stack) as furniture; a box (see
        :data:`_LONG_FURNITURE_WORDS`) where ``box``."""
        depth = len(self.stack)
        if not self.furniture:
            self.box = depth if box else 0
        elif self.box and not box and not self.unboxed:
            self.unboxed = depth
        self.furniture = depth

    def _close(self, el: etree._Element, opened: _OpenBlock) -> None:
        if self.unit is not None:
            self._close_unit()
        if opened.tag == "blockquote":
            self.quoting -= 1
            if self.embedded and _is_embedded_post(el.get("class") or ""):
                self.embedded -= 1
        if self.story > opened.story:  # else: no story-like text inside, neither story nor card
            if opened.tag == "header" and self.furniture == len(self.stack) + 1:
                self.headers.append(_Choice(opened.first_unit, len(self.units), self.furniture))
            elif not self.furniture and opened.classes and _is_lead(opened.classes):
                self.leads.append(_Choice(opened.first_unit, len(self.units), 0))
            self._judge(opened, len(self.stack) + 1)
        if self.box > len(self.stack):
            self.box = 0
        if self.unboxed > len(self.stack):
            self.unboxed = 0
        self.block = opened.outer_block
        self.furniture = opened.outer_furniture
        self.open_serial = opened.parent
        self.spare.append(opened)

    def _judge(self, opened: _OpenBlock, depth: int) -> None:
        """Score a closing block holding story-like text; note what furniture or a teaser
        card holds as moved (it counts against the blocks around it)."""
        inner_moved = self.moved - opened.moved
        held = self.story - opened.story - inner_moved
        score = held - (self.link_lists - opened.link_lists) - inner_moved / 2
        if self.furniture:  # this element is or sits in furniture (comments, a cookie notice...)
            if self.box and not self.unboxed and score > self.box_score:
                self.box_score = score
                self.box_best = (_Choice(opened.first_unit, len(self.units), depth), held,
                                 self.story_units - opened.story_units, opened.story_block(len(self.units)))
            score /= 4
        if score > self.best_score:
            self.best_score = score
            self.best = _Choice(opened.first_unit, len(self.units), depth)
            self.best_held = held
            self.best_units = self.story_units - opened.story_units
            self.best_block = opened.story_block(len(self.units))
        elif self.best_units == 1 and opened.first_unit <= self.best.first and not self.furniture \
                and held >= self.best_held + _PARAGRAPH \
                and (score + self.best_held > 0 or self.units[self.best.first].furniture <= depth):
            # A lone paragraph is never the whole story: where it wins, the block around
            # it lost to the link lists or furniture it also holds (a tag cloud, a comment
            # form), which its main text leaves out; the nearest block holding more story
            # than the paragraph is the container. Not a block that would leave the
            # paragraph out (it sits in a block taken for a teaser card) and that, even
            # with the paragraph's story, holds more link lists and furniture than story:
            # that is the page around the story (its menus, a cookie notice), not a
            # container of more of it.
            self.best = _Choice(opened.first_unit, len(self.units), depth)
            self.best_held = held
            self.best_units = self.story_units - opened.story_units
            self.best_block = opened.story_block(len(self.units))
        elif score == self.best_score and opened.first_unit <= self.best.first and not self.furniture:
            # a wrapper adding nothing to the container: their siblings are the container's
            self.best_block = opened.story_block(len(self.units))
        if opened.widget and held >= _WIDGET_STORY:
            self.big_widgets.add(_kind(opened.classes, opened.tag))
        if self.furniture == depth:
            self.moved += held
        elif opened.widget and held < _WIDGET_STORY and not self._story_widget(opened, held) \
                or self.cards and self._teaser_card(opened, held):
            self.moved += held
            if held and (not opened.widget or held >= _WIDGET_STORY):
                self.card_sizes.append(held)
            for unit in self.units[opened.first_unit:]:
                if unit.furniture < depth:
                    unit.furniture = depth
        elif not self.furniture and held >= _SIBLING_STORY \
                and (held >= _SIBLING_PARAGRAPH or self.story_units - opened.story_units >= 2) \
                and (self.link_lists - opened.link_lists + inner_moved) * _SIBLING_CLEAN <= held:
            self.story_blocks.append(opened.story_block(len(self.units)))

    def take_wrapping_box(self) -> None:
        """Take the best block inside a box (see :data:`_LONG_FURNITURE_WORDS`) for the
        story's container where, unreduced, it scores :data:`BOX_OVER_STORY` times the
        best container's score: the box is the story's wrapper. Only beside a container
        that holds a story itself (:data:`_MIN_STORY`): on a page with none (a form, a
        listing), a newsletter's sign-up box would otherwise become its story."""
        if self.box_best is not None and self.best_score >= _MIN_STORY \
                and self.box_score > BOX_OVER_STORY * self.best_score:
            self.best, self.best_held, self.best_units, self.best_block = self.box_best
            self.best_score = self.box_score

    def _story_widget(self, opened: _OpenBlock, held: int) -> bool:
        """Whether a widget holding less than a widget's story is of a kind that holds story
        on this page (see :func:`_walk`); noting its kind where it holds a paragraph."""
        kind = _kind(opened.classes, opened.tag)
        if kind in self.story_widgets:
            return True
        if held >= _PARAGRAPH:
            self.small_widgets.add(kind)
        return False

    def sibling_story(self) -> list[_StoryBlock]:
        """The best container's siblings of the same kind holding story only (see
        :data:`_SIBLING_STORY`): the rest of a story split over sibling blocks."""
        best = self.best_block
        if not best.parent:
            return []
        kind = _kind(best.classes, best.tag)
        return [block for block in self.story_blocks if block.parent == best.parent and block.first != best.first
                and _kind(block.classes, block.tag) == kind]

    def _teaser_card(self, opened: _OpenBlock, held: int) -> bool:
        """A title link to another page of the site and a paragraph or two of excerpt
        (quoted text is no teaser; a product's heading linking to its shop, or a list
        item's in-page anchor, is story; nor is a block of :data:`_NEVER_CARDS`). A list
        item's title comes first: one whose links to the site all follow its story (a
        glossary's entry, a definition and then links to its kinds) is story. (Not asked
        of other blocks: a promotion box, its pitch and then its links, is no story.
        Measured: trafeval +3 phrases, wcxb body F1 +0.0001, aeb unchanged.)"""
        return (
            0 < self.story_units - opened.story_units <= 2
            and (self.led[opened.story_units] > opened.site_link_lists if opened.tag == "li"
                 else self.site_link_lists > opened.site_link_lists)
            and held < 600 and self.quotes == opened.quotes and not self.quoting
            and opened.tag not in _NEVER_CARDS
            and not (held >= _PARAGRAPH and opened.classes and _STORY_BODY_CLASS.search(opened.classes))
        )

    def _close_unit(self) -> None:
        """Judge the unit closing: story-like, link list or neither."""
        unit = self.unit
        self.unit = None
        chars = unit.chars
        story = chars - unit.link_chars
        if chars > 2 * story and story < _PARAGRAPH:  # unit.is_link_list(), inline
            self.link_lists += chars
            # (asked of link lists only: a tenth of the units; memoised per walk, as a
            # page's menus and lists repeat their links)
            if unit.hrefs:
                within = self.within
                for href in unit.hrefs:
                    found = within.get(href)
                    if found is None:
                        found = within[href] = _links_within(href, self.site)
                    if found:
                        self.site_link_lists += 1
                        break
        elif chars >= 30:
            self.story += story
            self.story_units += 1
            self.led.append(self.site_link_lists)
        elif unit.block == "p":  # a very short paragraph is still a paragraph, at half weight
            self.story += story // 2
        # other short unlinked lines weigh nothing either way


def _kind(classes: str | None, tag: str) -> str:
    """A block's kind, as :meth:`_Walk.sibling_story` compares it: its tag and first class."""
    if not classes:
        return tag
    words = classes.split(None, 1)
    return f"{tag}.{words[0]}" if words else tag


def _with_siblings(walk: _Walk, chosen: _Choice) -> list[_Unit]:
    """The chosen container's units, and those of its sibling story blocks (see
    :meth:`_Walk.sibling_story`), in the page's order."""
    units = walk.units
    siblings = walk.sibling_story()
    if not siblings:
        return units[chosen.first:chosen.last]
    ranges = sorted([(chosen.first, chosen.last)] + [(block.first, block.last) for block in siblings])
    return [unit for first, last in ranges for unit in units[first:last]]


def _holds_story(figure: etree._Element) -> bool:
    """Whether a ``<figure>`` holds a table or a quote (a block editor's table, a pull
    quote): story, not a picture and its caption."""
    return next(figure.iter("table", "blockquote"), None) is not None


#: A ``<header>`` holding this many paragraphs, and this many chars in them, holds story
#: (a page builder's text block whose heading and paragraphs sit in one ``<header>``),
#: not a page's or a story's heading, byline and standfirst.
_HEADER_PARAGRAPHS = 3
_HEADER_STORY = 400


def _header_holds_story(header: etree._Element) -> bool:
    paragraphs = list(header.iter("p"))
    if len(paragraphs) < _HEADER_PARAGRAPHS:  # (most headers: their text is not read)
        return False
    count = chars = 0
    for paragraph in paragraphs:
        count += 1
        chars += len(paragraph.text_content())
        if count >= _HEADER_PARAGRAPHS and chars >= _HEADER_STORY:
            return True
    return False


def _cards_are_story(sizes: list[int], best_score: float) -> bool:
    """Whether the teaser cards of a page (``sizes``: story chars of each) are its story
    (see :data:`CARDS_OVER_STORY`): the walk is then made again without telling them
    apart, so that they score as story."""
    return sum(sizes) > CARDS_OVER_STORY * best_score and sorted(sizes)[len(sizes) // 2] >= CARD_STORY


def _walk(body: etree._Element, skip: frozenset[str], site: tuple[str, ...], page_chars: int = 0,
          whole: bool = False, links: bool = False, min_story: float = _MIN_STORY,
          own: tuple[str, ...] = (), elements: Elements | None = None) -> str:
    """The story under ``body`` (see :class:`_Walk` for ``skip`` and ``page_chars``).
    ``whole``: the story is all of ``body`` (no container is chosen), however short;
    ``links``: with its link lists; ``elements``: the page's (:attr:`Page.elements`),
    whose attributes the walk reads instead of asking lxml."""
    walk = _Walk(skip, site, page_chars, own=own, elements=elements)
    walk.run(body)
    if not whole and _cards_are_story(walk.card_sizes, walk.best_score):
        walk = _Walk(skip, site, page_chars, cards=False, own=own, elements=elements)
        walk.run(body)
    if not whole and (kinds := walk.big_widgets & walk.small_widgets):
        # A page builder's blocks, each a "widget": where one of a kind holds a story's
        # worth, the kind is the story's block, and its short ones (a paragraph or two
        # between pictures) are more of the story, not a sidebar's boxes.
        walk = _Walk(skip, site, page_chars, cards=walk.cards, own=own, story_widgets=frozenset(kinds),
                     elements=elements)
        walk.run(body)
    if not whole:  # (after the walks above, whose best container it may replace)
        walk.take_wrapping_box()
    if whole:
        chosen = _Choice(0, len(walk.units), 1)
        units = walk.units
    elif walk.best_score < min_story:
        return ""
    else:
        chosen = walk.best
        units = _with_siblings(walk, chosen)
        lead = _lead(walk, chosen)
        if lead:
            return "\n\n".join([*lead, *_paragraphs(units, chosen.depth, links, site)])
    return "\n\n".join(_paragraphs(units, chosen.depth, links, site))


#: Story chars (unlinked) that make a paragraph of an article's ``<header>`` its lead.
_LEAD = 80


#: Class words of a block holding a story's lead (its standfirst, "chapô", "bajada",
#: "Vorspann"): ``article-lead``, ``entry-summary``, ``ce_articleIntro``, ``chapo``. Not a
#: "leaderboard" (an advertising slot) or an "introduction" section of the story.
_is_lead = _ClassMatcher(
    r"lead(?![a-z])|intro(?![a-z])|chap[oô](?![a-z])|chapeau(?![a-z])|standfirst|summary(?![a-z])|excerpt(?![a-z])"
    r"|dek(?![a-z])|deck(?![a-z])|bajada|entradilla|sumario(?![a-z])|vorspann|teaser(?![a-z])|abstract(?![a-z])"
    r"|sapo(?![a-z])|occhiello|catenaccio|linha-fina")
#: Story chars a lead block (see :data:`_is_lead`) holds at most: more is a story's
#: part, not its lead.
_LEAD_BLOCK = 1500


def _lead(walk: _Walk, chosen: _Choice) -> list[str]:
    """The lead of the story before its container (see :func:`_header_lead`), or the
    paragraphs of a block classed as a lead (:data:`_is_lead`) that ends where the
    container starts, with no story between them."""
    found = _header_lead(walk, chosen)
    if found:
        return found
    units = walk.units
    for block in reversed(walk.leads):
        if block.last > chosen.first:
            continue
        if _story_between(units[block.last:chosen.first]):
            return []
        lead = [unit.text() for unit in units[block.first:block.last]
                if unit.furniture == 0 and unit.chars - unit.link_chars >= _PARAGRAPH and not unit.is_link_list()]
        if sum(map(len, lead)) > _LEAD_BLOCK:
            return []
        return [text for text in lead if not front_line(text)]
    return []


def _story_between(units: list[_Unit]) -> bool:
    """Whether ``units`` (between a lead and the story's container) hold story-like text
    outside furniture."""
    return any(unit.furniture == 0 and unit.chars >= 30 and not unit.is_link_list() for unit in units)


def _header_lead(walk: _Walk, chosen: _Choice) -> list[str]:
    """The lead of the story (its standfirst, teaser or summary) where it sits in the
    article's ``<header>``, beside the headline, byline and date, which is furniture: the
    paragraphs of :data:`_LEAD` story chars or more held by the ``<header>`` itself (not by
    a byline, date or share block inside it) after a heading, where that header opens the
    story: it ends where the container starts, or it is the container's first block,
    with no story between them. A page's own header (its logo, menu and tagline) opens
    no story: the article's headline stands between them."""
    units = walk.units
    for header in reversed(walk.headers):
        if header.first < chosen.first:
            if header.last > chosen.first or _story_between(units[header.last:chosen.first]):
                return []
            break
        if header.last <= chosen.last and header.depth > chosen.depth and not any(
                unit.furniture <= chosen.depth and unit.chars >= 30 and not unit.is_link_list()
                for unit in units[chosen.first:header.first]):
            break
    else:
        return []
    lead: list[str] = []
    titled = False
    for unit in units[header.first:header.last]:
        if unit.block in _HEADINGS:
            titled = True
        elif titled and unit.furniture == header.depth and unit.block in ("p", "div") \
                and unit.chars - unit.link_chars >= _LEAD and not unit.is_link_list():
            text = unit.text()
            if not front_line(text):
                lead.append(text)
    return lead


#: Blocks whose link (a linked sub-heading, a paragraph or list item that is one link)
#: is part of the story where story comes before and after it; a link list before the
#: story (breadcrumbs, categories) or after it (tags, related stories) is not.
_LINKED_LINES = frozenset({"p", "li"})


def _last_story(units: list[_Unit], depth: int) -> int:
    """Index of the container's last story-like unit (-1: none)."""
    for index in range(len(units) - 1, -1, -1):
        unit = units[index]
        if unit.furniture <= depth and unit.chars >= 30 and not unit.is_link_list():
            return index
    return -1


#: A table's cells: one that is a link (a product's name linking to its test, an
#: ingredient to the brand's page, a platform to its download page) is an entry of the
#: table, wherever it leads.
_CELLS = frozenset({"td", "th"})


def _linked_line(unit: _Unit, site: tuple[str, ...]) -> bool:
    """Whether a link-list unit inside the story is a line of it: a linked sub-heading
    (a listicle's item linking to the product), or a paragraph or list item linking out
    of the site (a source, a shop); not one linking to another page of the site ("SEE
    MORE: ...", another story's headline in capitals between paragraphs)."""
    if unit.block in _HEADINGS:
        return True
    hrefs = unit.hrefs or ()
    if unit.block in _CELLS:
        return not _jumps_within_page(hrefs)
    if unit.block in _LINKED_LINES and _asks_behind_toggle(unit, hrefs):
        return True
    return (unit.block in _LINKED_LINES or _SPELLED_URL.search(unit.text()) is not None) \
        and not any(_links_within(href, site) for href in hrefs) and not _jumps_within_page(hrefs)


#: How a question ends, in the scripts whose FAQs the bench shows (Latin, and the
#: full-width mark of Chinese and Japanese).
_QUESTION_ENDS = ("?", "？")


def _asks_behind_toggle(unit: _Unit, hrefs: list[str | None] | tuple[()]) -> bool:
    """Whether a line is an FAQ's question whose link goes nowhere (``href="#"``): an
    accordion's title, which a script turns into the toggle showing the answer under it.
    A line of the story, unlike a table of contents' entry, whose links lead to an anchor
    ("#how-we-tested"). Only a question: other links to "#" are a page's buttons ("Print",
    "Talk to an expert"). (Measured: wcxb body F1 +0.0001, 4 FAQ pages of two publishers
    gaining their questions, trafeval, aeb, dates and india unchanged.)"""
    return bool(hrefs) and all(href is not None and href.strip() == "#" for href in hrefs) \
        and unit.text().endswith(_QUESTION_ENDS)


#: A line spelling out the address it links to ("[1] https://example.org/report.pdf"):
#: a source cited in the story, in whatever block (a forum post's lines split by
#: ``<br>`` sit in a ``<div>``). Measured: trafeval +1 phrase, wcxb body F1 +0.0001
#: (source and registration lines of listings), aeb, dates, india unchanged.
_SPELLED_URL = re.compile(r"(?:https?://|www\.)\S{4,}")


def _jumps_within_page(hrefs: list[str | None] | tuple[()]) -> bool:
    """Whether every link of a line leads to an anchor of the same page: an entry of a
    table of contents ("1. How we tested", "Jump to: Recipe"), which repeats a
    sub-heading of the story, not a line of it."""
    return bool(hrefs) and all(href is not None and href.lstrip().startswith("#") for href in hrefs)


def _paragraphs(units: list[_Unit], depth: int, links: bool, site: tuple[str, ...]) -> list[str]:
    """The container's units as paragraphs, but those inside furniture or cards below
    it (deeper than ``depth``), link lists unless ``links``, an ``<h1>`` before the
    story (its headline), short inserts and front matter; and a heading over link lists
    only (bare, or the titles of teaser cards), followed by another heading ("Upcoming
    events" and their links, then the story's next section; see also
    :func:`_without_trailing_headings`)."""
    paragraphs: list[str] = []
    headings: list[bool] = []  # whether each paragraph is a heading
    started = False  # an <h1> before the story is its headline; after, a sub-heading
    over_links = False  # the last paragraph is a heading, and link lists after it were left out
    last = _last_story(units, depth)
    for index, unit in enumerate(units):
        if unit.furniture > depth:
            over_links = over_links or bool(headings) and headings[-1] and unit.is_link_list()
            continue
        if not links and unit.is_link_list() and not (started and index < last and _linked_line(unit, site)):
            over_links = over_links or bool(headings) and headings[-1]
            continue
        if unit.block == "h1" and not started:
            continue
        text = unit.text()
        if len(text) < 120 and (_INSERT.match(text) or _SEE_ALSO.match(text)):
            continue
        if len(paragraphs) < _FRONT and len(text) <= _FRONT_CHARS and front_line(text):
            continue
        heading = unit.block in _HEADINGS
        if over_links and heading:
            paragraphs.pop()
            headings.pop()
        over_links = False
        paragraphs.append(text)
        headings.append(heading)
        started = started or unit.chars >= 30
    return _without_trailing_headings(paragraphs, headings)


def _without_trailing_headings(paragraphs: list[str], headings: list[bool]) -> list[str]:
    """``paragraphs`` without the headings that end them: a heading after the story's
    last paragraph heads nothing of it (the list of related links, the newsletter form
    or the map under it was left out)."""
    end = len(paragraphs)
    while end and headings[end - 1]:
        end -= 1
    return paragraphs[:end]
