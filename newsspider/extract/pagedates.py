"""A page's publication and modification dates, as found, cross-checked.

Sources in order of trust: structured data (JSON-LD of the article object,
microdata), meta tags (and RDFa), ``<time>`` elements and date lines in the
article's zone (the headline's article-like ancestor), the text just around
the headline, then a date in the URL (or the canonical URL). The most trusted
source wins unless another one shows it wrong:

- a visible "01:41 PM" beats a structured "01:41" on the same day (some
  sites' meta tags drop the PM);
- a structured day that differs from the URL's loses to a visible day that
  agrees with the URL, and to the URL itself when it is more than a day later
  (the URL is written once, at first publication);
- a page that shows as its date the day its structured data calls "modified",
  and nowhere the "published" one, is dated as shown (evergreen pages rewritten
  in place), unless the URL has the published day;
- a UTC timestamp gives way to the same instant written with the page's offset,
  or shown (or written by another structured source) without one in the page's
  known zone, or at an offset some zone has where the zone is unknown (the page's
  offset is kept; a page that shows that instant shows the published day). A UTC
  time in the small hours after the URL's day is given at the page's known offset
  where that puts it on the URL's day; where the zone is unknown it is kept as it is,
  not traded for the URL's day: the instant is exact, the local day a guess (tried,
  one page's day won on the bench).
- where the page's zone is unknown, a time without an offset takes the one the page
  states for the same instant: a structured time the offset another source gives its
  wall clock, a visible time (chosen on its day) the offset that makes it the first
  structured instant; where it is known, a day shown alone takes the time of a
  structured instant that falls on that day there;
- a structured day the page never shows gives way to another structured source
  that has the day the page shows, else to a ``<time>`` more than a day away from
  it (unless the URL has the structured day);
- a structured date not written in ISO 8601 (a template's "Jun 24, 2025")
  loses to a different date the page shows;
- a ``<time>`` that is, to the second, the structured "modified" instant is the
  last change, not the publication;
- dates in page headers and top bars above the headline (today's date),
  navigation, sidebars, related-story lists, comments and quoted posts (an
  embedded social post's ``<blockquote>`` has its own ``<time>``) are never
  candidates, nor microdata dates of other stories' items (cards) where the
  headline's own item has some,
  nor are dates after the download time (``page.downloaded``, the only "now"
  extraction knows) or before ``newsspider.dates.OLDEST_YEAR``.

Only where no element around or after the headline carries a date is a date line
above it read (one that is no page chrome: a page whose only ``h1`` is a heading
in its body or side column has its title block above it); only where none does is
the article's text searched (after the headline, never above it; what a reader
sees, not scripts). A day shown without a year ("[06月24日 11時30分]", "13. Januar, 21:37
Uhr") is read only where no element around or after the headline shows a date with one, from
a ``<time>`` or date line of the story's zone holding that day alone (or under a date's
label: "Published: 13 January") or with its time, in the year the URL, the structured data,
a dated link to the same story or another date on the page gives (else, for a day with its
time, the download time's, or the capture time's of a web archive's copy; never a day after
it). Only where neither text nor URL has one, a script's state (or
JSON a meta tag holds) that names a publication date (``"publishedAt": "..."``). None rather than a guess: a number is a date only
where it reads as one. The raw text is returned as found (or, where
``newsspider.dates`` would misread it, as a plain ISO rendering of the same
day and time); the DatesPipeline normalises it. ``_timezone`` names a zone
whose offset matches the one the page's own dates state, else the zone of a
one-zone country's domain (``.de``; of a web archive's copy, the original's).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from itertools import chain, compress, repeat
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from newsspider import dates
from newsspider.extract import jsonld
from newsspider.extract.datecandidates import (
    MonthDay,
    Reading,
    archived,
    dates_in,
    may_hold_date,
    month_days,
    plausible,
    read_iso,
    read_text,
    url_date,
    with_year,
)
from newsspider.extract.fields import shown_start, shown_words
from newsspider.extract.meta import LOCALE_KEYS, head
from newsspider.lang.bylines import DATE_NOTES
from newsspider.lang.dates import (
    CHANGE_WORDS,
    CMS_DEFAULT_LANGUAGES,
    GENERIC_TLDS,
    MONTH_FIRST_LANGUAGES,
    OFFSET_ZONES,
    ZONES_BY_LANGUAGE,
    ZONES_BY_SCRIPT,
    ZONES_BY_TLD,
)

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from newsspider.extract.page import Elements, Page

PUBLISHED, MODIFIED = "published", "modified"
_DAY = timedelta(days=1)
_STRUCTURED = ("jsonld", "microdata", "meta")
#: How structured data writes a date: ISO 8601, or epoch seconds.
_MACHINE_WRITTEN = re.compile(r"\s*(?:\d{4}-\d\d?-\d\d?|\d{9,13}(?:\.\d+)?\s*$)")

#: Meta names/properties, most trusted first.
_META_KEYS: dict[str, str] = {
    **dict.fromkeys(
        (
            "article:published_time", "og:published_time", "og:article:published_time", "article:published",
            "datepublished", "publish-date", "publishdate", "published-date", "published_time", "published_date",
            "publish_date", "pubdate", "og:pubdate", "pub_date", "publication_date", "publication-date",
            "dc.date.issued", "dcterms.issued", "dc.date.published", "sailthru.date", "parsely-pub-date",
            "article.published", "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime",
            "created-date", "datecreated", "dc.date.created", "dcterms.created", "citation_publication_date",
            "citation_date", "prism.publicationdate", "schema:datepublished", "schema:datecreated", "dc:created",
            "dcterms:created", "article:published_date", "article:post_date", "article:publicationdate",
            "analyticsattributes.articledate", "content_create_date", "dateposted", "pdate", "doc_date",
            "og:regdate", "dc.date", "dcterms.date", "dc:date", "date", "displaydate",
        ),
        PUBLISHED,
    ),
    **dict.fromkeys(
        (
            "article:modified_time", "og:updated_time", "article:modified", "og:modified_time", "datemodified",
            "modified-date", "modified_time", "last-modified", "lastmod", "dc.date.modified", "dcterms.modified",
            "last-updated", "article:updated_time", "updated_time", "revised", "schema:datemodified", "dc:modified",
            "dcterms:modified", "og:article:modified_time", "article:modified_date", "article:post_modified",
            "modificationdate", "revision_date", "lastdate",
        ),
        MODIFIED,
    ),
}
#: Rank of each known name (``_META_KEYS`` is in the order of trust).
_META_RANK = {key: rank for rank, key in enumerate(_META_KEYS)}
_PUBLISHED_META = re.compile(r"pub.*date|publish|created|issued|uploaded")
_MODIFIED_META = re.compile(r"modif|updated|revised")
#: The JSON-LD keys of an article's dates: its publication's, then its last change's.
_JSONLD_KEYS = ("datePublished", "dateCreated", "uploadDate", "dateModified")
_MICRODATA = {"datePublished": PUBLISHED, "dateCreated": PUBLISHED, "dateModified": MODIFIED}

# The patterns on class and id are matched against lowercased text (see _marks).

#: Containers whose dates are not the story's: navigation, sidebars, lists of
#: other stories, comments, page headers and footers.
_OFF_ARTICLE = re.compile(
    r"sidebar|related|comment(?!ary)|widget|footer|recommend|suggested|similar|teaser|popular|trending|breadcrumb|"
    r"(?<![a-z])nav|menu|topbar|top-bar|top_bar|ticker|newsletter|promo|more-?stories|also-?read|read-?more|most-?read|"
    r"calendar|weather|cookie|masthead|site-?header|header-?top|top-?header|respond|reply|pingback|trackback|"
    r"archive|tagcloud|blogroll|aside|latest",
)
#: Lists of other stories and comments, even inside the article's zone.
_OFF_STORY = re.compile(
    r"related|comment(?!ary)|recommend|suggested|similar|popular|trending|more-?stories|also-?read|read-?more|most-?read|"
    r"(?<![a-z])(?:respond|reply|promo)(?![a-z])|pingback|trackback|newsletter",
)
#: Page chrome whose headings are not the story's headline.
_CHROME = re.compile(
    r"(?<![\w-])header(?![\w-])|site-?header|page-?header|masthead|branding|logo|site-?title|navbar|"
    r"(?<![a-z])nav(?![a-z])|menu|top-?bar|modal|popup|dialog|overlay",
)
_HATOM = re.compile(r"\b(?:published|updated)\b")
#: Words in the class or id of an element that holds a date line or a byline.
_DATE_HOLDER_WORDS = (
    "date", "time", "publish", "posted", "byline", "meta", "datum", "stamp", "author", "submitted", "created",
    "updated", "info", "subline", "kicker", "zeit", "fecha", "data", "postfooter", "post-footer", "entryfooter",
    "entry-footer", "entry-header", "article-header", "post-header",
)
#: Letters from the rarest in class attributes to the commonest (trafeval's); any other
#: character counts as common as the last.
_RARE_FIRST = "qzjxvkwyfhbgdpucsrlmaointe"


def _anchored(words: list[str]) -> str:
    """A pattern that finds a text holding one of ``words`` where an alternation of them
    does, each word entered by its rarest letter (:data:`_RARE_FIRST`), the letters before
    it checked looking behind: every branch then opens on one of a few letters, which the
    engine skips to at one C test a character, rather than trying the words at almost every
    letter (:data:`_ANY_MARK` over the class attributes the memo has not seen, 4,500
    characters a trafeval page: 0.093 -> 0.073 ms; the same attributes found)."""
    branches: dict[str, list[str]] = {}
    for word in words:
        at = min(range(len(word)), key=lambda i: _RARE_FIRST.find(word[i]) % (len(_RARE_FIRST) + 1))  # -1: last
        behind = f"(?<={re.escape(word[:at + 1])})" if at else ""
        branches.setdefault(word[at], []).append(behind + re.escape(word[at + 1:]))
    return "|".join(re.escape(letter) + "(?:" + "|".join(rest) + ")" for letter, rest in sorted(branches.items()))


#: One search for all the words (:func:`_anchored`): it runs on every id and on every class
#: attribute the memo has not seen (~100 ids a page). (Before, as an alternation factored by
#: prefixes: 0.75-0.82 µs a search against 1.04-1.25 for the words one after another, wcxb's
#: class attributes; anchored, :func:`_scan` on trafeval and dates: 0.330 -> 0.285 ms a page.)
_DATE_HOLDER = re.compile(_anchored(list(_DATE_HOLDER_WORDS)))
#: Class of a ``<time>`` that marks the last change.
_UPDATED = re.compile(r"updated|modified", re.IGNORECASE)
#: The label of a date line that gives the last change ("Updated: ...", "Aktualisiert am ..."),
#: at the end of the text before the date (see :func:`_change_label`).
_MODIFIED_LABEL = re.compile("(?:" + dates.alternation(list(CHANGE_WORDS)) + r")[^0-9]{0,20}$", re.IGNORECASE)
#: The same for an ASCII text, lowercased: its ASCII words, case-sensitive (no other word's
#: letter is any ASCII letter's other case).
_MODIFIED_LABEL_ASCII = re.compile(
    "(?:" + dates.alternation([word for word in CHANGE_WORDS if word.isascii()]) + r")[^0-9]{0,20}$")
#: How far before the end of a text a match of :data:`_MODIFIED_LABEL` can start: its
#: longest word, 20 characters, and the final newline ``$`` may stand before.
_LABEL_REACH = max(map(len, CHANGE_WORDS)) + 21
#: A date's label at the start of a line, words only (see :func:`_labelled`).
_DATE_NOTE = re.compile(r"(?:" + dates.alternation(list(DATE_NOTES)) + r")(?!\w)")
_NOT_WORD = re.compile(r"[^\w\s]")
_ARTICLE_ROOT = re.compile(r"article|post|entry|story|content|main|hentry")
#: How far into a date holder's text a date is looked for.
_HOLDER_TEXT = 300
#: How much of the zone's text before and after the headline is searched for a date line.
_BEFORE_HEADLINE = 80
_AFTER_HEADLINE = 500
#: How long an h1 in a page header must be for the page's title quoting it to make it the headline.
_TITLE_QUOTED = 20
#: The offsets zones have: -12 to +14 hours, in whole half hours (and Nepal's +05:45, left out).
_WESTMOST, _EASTMOST, _HALF_HOUR = timedelta(hours=-12), timedelta(hours=14), timedelta(minutes=30)
#: How many levels above the headline a date still belongs to its story.
_NEAR = 4


@dataclass(frozen=True)
class Candidate:
    raw: str
    reading: Reading
    kind: str
    #: jsonld, microdata, meta, meta-name (a meta not in the known list), time,
    #: text, url: the order of trust.
    source: str


def find_dates(page: Page) -> dict[str, Any]:
    """``datePublishedRaw`` and ``dateModifiedRaw`` (text as found, or None), and
    ``_timezone`` where the page reveals its zone."""
    latest = _latest(page)
    walk = _scan(page.elements)
    elements = walk.elements
    headline = _headline(page, elements)
    implausible: list[Candidate] = []
    found = _structured(page, latest, elements, implausible, headline)
    in_url = next(filter(None, (url_date(url, latest) for url in _urls(page))), None)
    # A day shown without a year takes it from the URL's day, else the structured one's.
    anchor = in_url[1] if in_url else found[0].reading.day if found else None
    visible = _visible(page, latest, headline, walk, anchor)
    visible = _marked_changes(found, visible)
    zone = _page_zone([*found, *visible], page)
    last_change = _last_change(found, visible)
    # A story does not appear after its last change: such a date is another one
    # (today's, in a bar the page does not mark as chrome).
    shown = [c for c in visible if c.kind == PUBLISHED and not (last_change and c.reading.day > last_change + _DAY)]
    if shown:
        # Metas known only by a name that sounds right rank below what the page shows.
        found = [c for c in found if c.source != "meta-name"]
    if not shown and not in_url and not any(c.kind == PUBLISHED for c in found):
        # A page whose only visible date is its last change ("updated", hAtom's
        # class for a post's only date, a wiki's "last edited"): the best day it states.
        shown = visible
    if not shown and not in_url and not found and not visible:
        found = _in_scripts(page, latest)
    published = _choose([c for c in found if c.kind == PUBLISHED], shown, in_url, zone)
    published = _as_shown(published, found, shown, in_url[1] if in_url else None)
    published = _timed(published, [c for c in [*found, *shown] if c.kind == PUBLISHED], zone)
    published = _offset_of_instant(published, [c for c in found if c.kind == PUBLISHED], zone)
    modified = _choose([c for c in found if c.kind == MODIFIED], [c for c in visible if c.kind == MODIFIED], None)
    result: dict[str, Any] = {
        "datePublishedRaw": _raw_for(published, zone) or _stated(implausible, PUBLISHED),
        "dateModifiedRaw": _raw_for(modified, zone) or _stated(implausible, MODIFIED),
    }
    if zone:
        result["_timezone"] = zone
    return result


def _latest(page: Page) -> date | None:
    """The newest day the page's dates can be (with the grace of ``dates.FUTURE_TOLERANCE``):
    the download time's, or a web archive's copy's capture time (the copy shows the page
    as it was then: a day without a year is the last such day before it, not before the
    download); None where neither is known."""
    archive = archived(page.url)
    now = archive[0] if archive else page.downloaded
    return (now + dates.FUTURE_TOLERANCE).date() if now else None


def _last_change(found: list[Candidate], visible: list[Candidate]) -> date | None:
    """The latest day the page says it changed, not before the day its most trusted
    structured "published" says (a post scheduled after its last edit: "modified"
    26 October, "published" 31 October); None where it names no change. (Not the
    latest structured "published": a forum's replies are microdata items too.)"""
    changes = [c.reading.day for c in [*found, *visible] if c.kind == MODIFIED]
    if not changes:
        return None
    published = next((c.reading.day for c in found if c.kind == PUBLISHED and c.source in _STRUCTURED), None)
    return max(changes) if published is None else max(*changes, published)


# -- collecting -------------------------------------------------------------

#: Class attribute → its marks (``_HOLDER``, ``_TITLED``): a page repeats its classes,
#: and a site's pages share them, so the tests mostly run once per attribute. Emptied
#: when full (a memo, not state).
_CLASS_MARKS: dict[str | None, int] = {None: 0}
_CLASS_MARKS_MAX = 20_000
_HOLDER, _TITLED = 1, 2
#: Classes of an entry's or article's title (plain substrings, case as written), as one
#: search: a class attribute the memo has not seen costs one C-level scan, not five.
_TITLE_CLASSES = ("entry-title", "post-title", "article-title", "story-title", "headline")
_TITLE_CLASS = re.compile("|".join(map(re.escape, _TITLE_CLASSES)))


#: Either kind of mark, in lower case: one search tells the attributes with no mark (19
#: in 20), which then cost one search, not two. (A title class as written is one in lower
#: case too: lower-casing leaves its lower-case letters and hyphens as they are.)
_ANY_MARK = re.compile(_anchored([*_DATE_HOLDER_WORDS, *_TITLE_CLASSES]))


def _class_marks(attribute: str) -> int:
    """The marks of a class attribute the memo has not seen (most are one site's own:
    trafeval 125 a page, wcxb 155). No pattern holds a space, so the attribute's are its
    names' together, found by one search of each pattern on the whole attribute: 1.0-1.2 µs,
    against 1.35-1.6 name by name with a memo of names (trafeval, wcxb, dates; same marks);
    0.77-0.80 µs with :data:`_ANY_MARK` first (trafeval and wcxb, same marks)."""
    lowered = attribute.lower()
    if _ANY_MARK.search(lowered) is None:
        return 0
    return (_HOLDER if _DATE_HOLDER.search(lowered) else 0) | (_TITLED if _TITLE_CLASS.search(attribute) else 0)


def _titled(name: str | None) -> bool:
    return name is not None and _TITLE_CLASS.search(name) is not None


@dataclass(slots=True)
class _Walk:
    """What :func:`_scan` found."""

    #: Every element that may carry a date or be the headline, in page order.
    elements: list[HtmlElement]
    #: Those among them that hold a date line (a ``<time>``, a class or id that speaks of
    #: dates): the ones :func:`_visible` reads (a set: it asks of each element in turn).
    dated: set[HtmlElement]


#: Tags whose elements the walk keeps whatever their attributes.
_KEPT_TAGS = ("time", "h1", "h2")


def _scan(walk: Elements) -> _Walk:
    """Every element that may carry a date, in page order: ``<time>``, those whose
    class or id speaks of dates (date lines, bylines), microdata (``itemprop``),
    RDFa (``property``); and those that may be the headline (``h1``, ``h2``, a title's
    class), so that the walk knows what comes before it.

    One pass with cheap tests over the ~1,000 elements of a page as :attr:`Page.elements`
    read them once for this layer, the page features and the bylines (tag, attribute
    names, class, id): testing each class anew costs more (ids are mostly unique: tested
    as they come). No pattern spans class and id (none holds a space): each is tested
    alone. Selecting
    the elements in C costs more too: libxml2's XPath visits a page nearly as slowly
    as ``iter`` with the Python tests, and a case-blind test of a class is many
    ``contains(translate(@class, ...), 'date')`` (wcxb, 300-400 pages, ms/page:
    ``iter`` alone 0.33-0.43; the selection ``descendant::*[@class or @id or @itemprop
    or @property]`` alone 0.69, before any test; with the case-blind tests in XPath 53;
    this walk about 0.9, a third of it on the ~150 class attributes a page that the
    memo has not seen). Tried again, with the marked classes known first (``//@class``,
    then ``contains($marked, concat($sep, @class, $sep))``, ids alike): 2.1 against 0.78
    ms/page on trafeval; ``//@id | //@itemprop | //@property`` alone (0.12 ms) costs what
    reading those attributes in the walk does. This layer's own walk (``iter``, then
    ``keys()`` and the class and id of each element) cost 0.40 ms a trafeval page, of
    which ``iter`` alone 0.07, with ``keys()`` 0.13, with the class read 0.22: what the
    shared walk reads once for three layers."""
    marks = _CLASS_MARKS
    if len(marks) >= _CLASS_MARKS_MAX:
        marks.clear()
        marks[None] = 0
    holds_date = _DATE_HOLDER.search
    found = []
    dated = set()
    for element, tag, names, name, ident in zip(walk.nodes, walk.tags, walk.names, walk.classes, walk.ids):
        if name is not None:
            marked = marks.get(name)
            if marked is None:
                marked = marks[name] = _class_marks(name)
            if marked:
                found.append(element)
                if marked & _HOLDER or tag == "time" or ident is not None and holds_date(ident.lower()):
                    dated.add(element)
                continue
            if len(names) == 1 and tag not in _KEPT_TAGS:
                continue  # most elements: a class alone that marks nothing
        if tag == "time" or ident is not None and holds_date(ident.lower()):
            found.append(element)
            dated.add(element)
        elif tag in _KEPT_TAGS or "itemprop" in names and element.get("itemprop") in _MICRODATA \
                or "property" in names and element.get("property"):
            found.append(element)
    return _Walk(found, dated)


def _structured(page: Page, latest: date | None, elements: list[HtmlElement],
                implausible: list[Candidate], headline: HtmlElement | None = None) -> list[Candidate]:
    """JSON-LD, microdata and meta candidates, most trusted first; dates that
    are stated plainly but cannot be right (in the future, before news sites)
    go to ``implausible``."""
    found: list[Candidate] = []

    def add(raw: Any, kind: str, source: str) -> None:
        if isinstance(raw, list) and raw:
            raw = raw[0]
        if isinstance(raw, (int, float)) and not isinstance(raw, bool) and 10**8 < raw < 10**14:
            # Epoch seconds or milliseconds (some CMSs' JSON-LD).
            raw = datetime.fromtimestamp(raw / 1000 if raw > 10**11 else raw, timezone.utc).isoformat()
        if not isinstance(raw, str) or not raw.strip():
            return
        reading = read_iso(raw)
        if reading is not None:
            into = found if plausible(reading.day, latest) else implausible
            into.append(Candidate(raw.strip(), reading, kind, source))

    for obj in _dated_articles(page)[:1] or _dated_objects(page)[:1]:
        for key in _JSONLD_KEYS[:-1]:
            add(obj.get(key), PUBLISHED, "jsonld")
        add(obj.get("dateModified"), MODIFIED, "jsonld")

    tree = page.tree
    for element in _own_microdata([e for e in elements if e.get("itemprop") in _MICRODATA], headline):
        if not _excluded(element, tree):
            value = element.get("content") or element.get("datetime") or element.text_content()
            add(value, _MICRODATA[element.get("itemprop")], "microdata")

    metas = head(page).meta
    rdfa: dict[str, str] = {}
    for element in elements:
        # RDFa in the body lists several properties in one attribute: "dc:date dc:created".
        if element.get("property") and element.get("content") and element.tag != "meta":
            for key in element.get("property").lower().split():
                rdfa.setdefault(key, element.get("content"))
    # The known names the page has, in the order of trust (a page has a few of the 60).
    for key in sorted((metas.keys() | rdfa.keys()) & _META_KEYS.keys(), key=_META_RANK.__getitem__):
        content = (metas.get(key) or [rdfa.get(key)])[0]
        if content:
            add(content, _META_KEYS[key], "meta")
    # Then any other meta whose name says what it holds ("sw-pubdate", "article.created").
    for key, contents in metas.items():
        if contents and (kind := _meta_name_kind(key)):
            add(contents[0], kind, "meta-name")
    return found


def _own_microdata(dated: list[HtmlElement], headline: HtmlElement | None) -> list[HtmlElement]:
    """The microdata dates of the page's own item: where several items carry dates (story
    cards, each its own ``itemscope``, beside the story's), those of the item that holds
    the headline, else of the first item (and dates in no item)."""
    if len(dated) < 2:
        return dated
    scopes = [next((a for a in e.iterancestors() if a.get("itemscope") is not None), None) for e in dated]
    items = [scope for scope in dict.fromkeys(scopes) if scope is not None]
    if len(items) < 2:
        return dated
    ancestors = set(headline.iterancestors()) if headline is not None else set()
    own = next((scope for scope in items if scope in ancestors), items[0])
    return [e for e, scope in zip(dated, scopes) if scope is None or scope is own]


@lru_cache(maxsize=_CLASS_MARKS_MAX)
def _meta_name_kind(key: str) -> str | None:
    """The kind of date an unknown meta name names (None: none, or a known name). Names
    repeat from page to page ("og:title", "viewport"): the two searches run once a name."""
    if key in _META_KEYS:
        return None
    return MODIFIED if _MODIFIED_META.search(key) else PUBLISHED if _PUBLISHED_META.search(key) else None


#: A publication date in a script's state: a quoted name that says so, then a quoted value.
_SCRIPT_DATE = re.compile(
    r'["\'](?:datePublished|publishDate|published_?[aA]t|firstPublishDate|first-publication|publicationDate|'
    r'pubDate|createdAt|created_at|dateCreated|publishedFirst|publish_date|published_date)["\']'
    r'\s*:\s*["\']([^"\']{8,40})["\']')
#: A piece of every name :data:`_SCRIPT_DATE` knows: a script without any (most: trackers,
#: widgets) is not searched (the pattern opens on a quote, where the engine tries every name).
#: The search run on every page (warm, in turns with the plain one): wcxb 0.32 -> 0.25 ms a page,
#: trafeval 0.073 -> 0.057, the same results; most of what is left is reading the scripts' text.
_SCRIPT_DATE_WORDS = ("ublish", "ublication", "ubDate", "reated")


def _in_scripts(page: Page, latest: date | None) -> list[Candidate]:
    """Last resort, on pages that state no date anywhere else (no structured data, no
    visible date, none in the URL): the first publication date a script's state holds
    under a name that says so (a Next.js or Nuxt page's ``"publishedAt": "..."``,
    a data layer's ``"first-publication"``), as read by machine. Only these pages pay
    for the search (3% of the bench's dated pages; on them 2 right, 0 wrong)."""
    for text in _script_texts(page):
        if not any(word in text for word in _SCRIPT_DATE_WORDS):
            continue
        for match in _SCRIPT_DATE.finditer(text):
            reading = read_iso(match[1])
            if reading is not None and plausible(reading.day, latest):
                return [Candidate(match[1], reading, PUBLISHED, "script")]
    return []


def _script_texts(page: Page) -> Iterator[str]:
    """Scripts' text, then JSON a meta tag holds (a framework's metadata written as
    ``<meta name="script:ld+json" content="{...}">``)."""
    for script in page.tree.iter("script"):
        yield script.text or ""
    for contents in head(page).meta.values():
        yield from (content for content in contents if content.startswith("{"))


def _dated_articles(page: Page) -> list[dict[str, Any]]:
    """The article objects (``jsonld.article_objects``, most specific first) that carry a
    date: a dateless ``WebPage`` or ``Article`` stub (a theme's) does not hide the dated
    object of another type beside it (a fact check's ``ClaimReview``)."""
    return [o for o in jsonld.article_objects(page) if any(o.get(key) for key in _JSONLD_KEYS)]


def _dated_objects(page: Page) -> list[dict[str, Any]]:
    """JSON-LD objects of any type that carry a publication date (when no article object does)."""
    return [o for o in jsonld.objects(page) if o.get("datePublished") and "comment" not in jsonld.types_of(o)]


def _visible(
    page: Page, latest: date | None, headline: HtmlElement | None, walk: _Walk, anchor: date | None = None
) -> list[Candidate]:
    """``<time>`` elements, date holders and the lines around the headline: those in
    the article's zone first, then those close around the headline (a blog's day
    heading above its posts), then those after the headline elsewhere; page order within each.
    Where none has a date with a year, one without (see :func:`_yearless`; ``anchor``: the
    day the page's URL or structured data states)."""
    tree = page.tree
    monthfirst = (tree.get("lang") or "").lower() in MONTH_FIRST_LANGUAGES
    zone = near = None
    if headline is None:
        zone = _main_zone(page.elements)
    else:
        zone = _zone_of(headline)
        ancestors = [a for a in headline.iterancestors() if a.tag not in ("body", "html")]
        near = ancestors[min(_NEAR, len(ancestors) - 1)] if ancestors else None
    frame = frozenset(headline.iterancestors()) if headline is not None else frozenset()
    ranked: tuple[list[Candidate], ...] = ([], [], [])
    holders: set[Any] = set()
    #: Elements in comments, sidebars and page chrome whose text may hold a date: read only
    #: where the page has no other date, for the days :func:`_anywhere` must not take.
    excluded: list[tuple[HtmlElement, str]] = []
    #: Dated elements above the headline and away from it: read only where the page has
    #: no other date (see :func:`_above_headline`).
    above: list[HtmlElement] = []
    #: Dated elements of the zone and around the headline with no date with a year: read
    #: for one without only where the page shows none with (see :func:`_yearless`).
    unread: list[tuple[HtmlElement, HtmlElement | None, bool]] = []
    passed = headline is None
    dated = walk.dated
    in_zone, in_near = _run_within(zone), _run_within(near)
    for element in walk.elements:
        if element is headline:
            passed = True
            continue
        if element not in dated:
            continue
        rank = 0 if in_zone(element) else 1 if in_near(element) else 2
        if rank == 2 and not passed:
            above.append(element)  # page headers and top bars (today's date) come before the headline
            continue
        text = _date_text(element, holders)
        # Outside the zone, and anywhere above the headline, page chrome (a top bar
        # with today's date) is no place for the story's date.
        chrome = rank == 2 or not passed
        root = zone if rank == 0 else near if rank == 1 else None
        if text is None:
            if rank < 2:
                unread.append((element, root, chrome))
            continue
        if _excluded(element, root, frame, chrome):
            excluded.append((element, text))
            continue
        candidate = _from_element(element, text, monthfirst, latest)
        if candidate is None:
            if rank < 2:
                unread.append((element, root, chrome))
            continue
        holders.add(element)
        ranked[rank].append(candidate)
    if headline is not None and zone is not None:
        ranked[0].extend(_around_headline(headline, zone, monthfirst, latest))
    found = [candidate for group in ranked for candidate in group]
    if found:
        return found
    shown = _yearless(unread, frame)
    found = _above_headline(above, frame, holders, monthfirst, latest)
    if not found:
        rejected = {c.reading.day for c in (_from_element(e, text, monthfirst, latest) for e, text in excluded) if c}
        found = _anywhere(tree, headline, zone, monthfirst, latest, rejected)
    if shown:
        # The year of a day shown without one: the URL's or the structured data's, else
        # that of a link to the same story that has a date, else of the date the page shows
        # elsewhere, else (only for a day shown with its time) the download time's.
        anchor = anchor or _story_link_day(page, latest) or (found[0].reading.day if found else None)
        dated_shown = _with_years(shown, anchor, latest)
        if dated_shown:
            return dated_shown
    return found


def _main_zone(walk: Elements) -> HtmlElement | None:
    """The page's first ``article``, ``main`` or ``role="main"`` element (the zone of a page
    with no headline), found in the shared walk's lists by C-level scans (the XPath ``//article
    | //main | //*[@role='main']`` cost 0.40-0.54 ms a page, on 8% of trafeval's pages)."""
    tags = walk.tags
    first = min([tags.index(tag) for tag in ("article", "main") if tag in tags], default=len(tags))
    with_role = compress(range(first), map(operator.contains, walk.names, repeat("role")))
    at = next((i for i in with_role if walk.nodes[i].get("role") == "main"), first)
    return walk.nodes[at] if at < len(tags) else None


def _yearless(
    unread: list[tuple[HtmlElement, HtmlElement | None, bool]], frame: frozenset[Any]
) -> list[tuple[str, MonthDay, str, str]]:
    """Days shown without a year where a page's own date is expected, on a page that shows
    none with one: the first ``<time>`` or date line of the story's zone, or close around
    its headline, that holds the day alone or with a time of day ("13 Jan", "[06月24日
    11時30分]", a live ticker's "Stand: 13. Januar, 21:37 Uhr"). Not a day among other words
    without a time (a list of stories' "13 Jan", "Long March 5"), nor one in the story's
    text (tried: a schedule's "September 10 12pm" after the headline, wrong on wcxb).
    As (text found, reading, kind, source)."""
    for element, root, chrome in unread:
        text = _words(element, _HOLDER_TEXT * 2)[:_HOLDER_TEXT]
        for found in month_days(text):
            line = found.clock or found.alone or _labelled(text, found.span)
            if line and not _excluded(element, root, frame, chrome):
                kind = MODIFIED if _change_label(text[:found.span[0]]) else PUBLISHED
                return [(text[found.span[0]:found.span[1]], found, kind, "time" if element.tag == "time" else "text")]
    return []


def _change_label(before: str) -> bool:
    """Whether the text before a date ends with the label of a change ("Updated: "), as
    :data:`_MODIFIED_LABEL` finds it: only the end that a match can reach is searched, and an
    ASCII one lowercased, without the case-blind pattern (58 words, every place tried: 6-14 µs
    on a byline's text, ~100 on a longer one, against 0.3-0.8; trafeval and dates call it
    about 4 times a page)."""
    tail = before[-_LABEL_REACH:]
    if tail.isascii():
        return _MODIFIED_LABEL_ASCII.search(tail.lower()) is not None
    return _MODIFIED_LABEL.search(tail) is not None


def _labelled(text: str, span: tuple[int, int]) -> bool:
    """Whether ``text`` is the day at ``span`` and a date's label alone ("Published: 13 January",
    "Veröffentlicht am 13. Januar", "Updated 13 Jan"; :data:`~newsspider.lang.bylines.DATE_NOTES`
    and a short joining word): a date line, as a day alone is."""
    rest = " ".join(_NOT_WORD.sub(" ", (text[:span[0]] + " " + text[span[1]:]).lower()).split())
    label = _DATE_NOTE.match(rest)
    return label is not None and len(rest[label.end():].strip()) <= 3


def _story_link_day(page: Page, latest: date | None) -> date | None:
    """The day in the URL of a link to the same story: the page's own URL has no date, but
    another version of it (the regular edition of an easy-language story, its AMP or print
    copy) is filed under one with the same identifier (the URL's last segment's longest run
    of letters and digits, with a digit, 8 characters or more)."""
    path = page.url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    token = max(re.findall(r"[A-Za-z0-9]+", path), key=len, default="")
    if len(token) < 8 or not any(c.isdigit() for c in token):
        return None
    for element in page.tree.iter("a", "link"):
        href = element.get("href") or ""
        if token in href and (found := url_date(href, latest)) is not None:
            return found[1]
    return None


def _with_years(shown: list[tuple[str, MonthDay, str, str]], anchor: date | None, latest: date | None) -> list[Candidate]:
    """Candidates of the days :func:`_yearless` found, each in the year :func:`with_year` gives.
    A day shown without its time of day takes its year only from the page's evidence, not
    from the download time (a lexicon's "13 August", a magazine's issue "April 30": the
    pages of the bench that have them are undated or older)."""
    found = []
    for raw, month_day, kind, source in shown:
        if month_day.clock is None and anchor is None:
            continue
        day = with_year(month_day.month, month_day.day, anchor, latest)
        if day is not None:
            reading = Reading(day, month_day.clock, month_day.meridiem, month_day.offset_on(day), month_day.span)
            found.append(Candidate(raw, reading, kind, source))
    return found


def _above_headline(
    above: list[HtmlElement], frame: frozenset[Any], holders: set[Any], monthfirst: bool, latest: date | None
) -> list[Candidate]:
    """Last resort before the text search, on pages with no dated element around the
    headline or after it: the first date line above the headline and away from it that
    is no page chrome (header, navigation, top bar, sidebar). A page whose "headline" is
    an ``h1`` in its body or side column (a section's heading, "Quicklinks") has its title
    block, with the date line, above it."""
    for element in above:
        text = _date_text(element, holders)
        if text is None or _excluded(element, None, frame, chrome=True):
            continue
        candidate = _from_element(element, text, monthfirst, latest)
        if candidate is not None:
            return [candidate]
    return []


def _anywhere(
    tree: HtmlElement,
    headline: HtmlElement | None,
    zone: HtmlElement | None,
    monthfirst: bool,
    latest: date | None,
    rejected: set[date],
) -> list[Candidate]:
    """Last resort, on pages with no dated element: the first date in the article's
    zone, else in the page after the headline (never in the page header above it),
    that is not the date of a sidebar's or a comment's element.

    Only what a reader sees is read (:func:`~newsspider.extract.fields.shown_words`), not
    what scripts and style sheets hold: on a page they are most of the text (80% on
    wcxb's pages), and the dates in them (a page state's items, a script's build date)
    are not the page's line that a reader sees (on the bench sets' dated pages, 3 right
    and 2 wrong of the 12 it found; read in full they cost half of the layer on wcxb)."""
    title = _words(headline) if headline is not None else ""
    for root in (zone, tree.find("body")):
        if root is None:
            continue
        text = shown_words(root)
        start = max(text.find(title), 0) if title else 0
        for reading in dates_in(text[start:], monthfirst, latest, single_spaced=True):
            if reading.day not in rejected:
                raw = text[start + reading.span[0]:start + reading.span[1]]
                return [Candidate(raw, reading, PUBLISHED, "text")]
    return []


def _date_text(element: HtmlElement, holders: set[Any]) -> str | None:
    """The text :func:`_from_element` reads of a dated element: its start, glued (a date
    holder's), or "" (a ``<time>``'s, read from its attributes first); None where it holds
    no date of its own. Cheap: the reading waits until the element is known to be the story's
    (half of the dated elements with a date are in comments, sidebars or page chrome)."""
    if element.tag == "time" or element.get("title") and _HATOM.search(element.get("class") or ""):
        return ""
    # (``iter`` includes the element itself, which is no <time> here: ``find(".//time")``
    # without its path parsing)
    if element.getparent() in holders or next(element.iter("time"), None) is not None:
        return None  # the <time> inside says it better
    glued = element.text_content()[: _HOLDER_TEXT * 2]
    return glued if may_hold_date(glued) else None  # most holders (bylines, labels) hold none


def _from_element(element: HtmlElement, glued: str, monthfirst: bool, latest: date | None) -> Candidate | None:
    """The date of a dated element (``glued``: its :func:`_date_text`)."""
    if not glued:
        value = element.get("datetime") or element.get("title")
        reading = read_iso(value) if value else None
        shown = _shown_otherwise(element, reading, monthfirst, latest)
        if reading is None or shown is not None:
            value = " ".join(element.text_content().split())
            reading = shown or read_text(value, monthfirst, latest, single_spaced=True)
            value = value[reading.span[0]:reading.span[1]] if reading else value
        if reading is None or not plausible(reading.day, latest):
            return None
        marks = (element.get("class") or "") + " " + (element.get("itemprop") or "")
        kind = MODIFIED if _UPDATED.search(marks) and "publish" not in marks else PUBLISHED
        return Candidate(value.strip(), reading, kind, "time")
    # text_content() is cheap; where it glues the date to a word, its text nodes apart
    # (read only then: the glued text has the date on three holders in four; trafeval:
    # 1,300 of 5,100 holders read twice, not all, find_dates 3% less CPU)
    for text in _holder_texts(element, glued):
        reading = read_text(text, monthfirst, latest, single_spaced=True)
        if reading is not None:
            kind = MODIFIED if _change_label(text[: reading.span[0]]) else PUBLISHED
            return Candidate(text[reading.span[0]:reading.span[1]], reading, kind, "text")
    return None


def _shown_otherwise(element: HtmlElement, stated: Reading | None, monthfirst: bool,
                     latest: date | None) -> Reading | None:
    """The date a ``<time>`` shows as its text where that is more than a day from the one its
    ``datetime`` states (``<time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time>``:
    the attribute is fed from another field, the last edit or the copy's import; the reader
    sees the text). Within a day, the two are one instant in two zones: the attribute's stands;
    so it does where the text, read in the other order of day and month, agrees with it
    ("12/09/2025" beside "2025-12-09": the page writes month first)."""
    if stated is None:
        return None
    text = " ".join(element.text_content().split())
    if not text or not may_hold_date(text):
        return None
    readings = [read_text(text, first, latest, single_spaced=True) for first in (monthfirst, not monthfirst)]
    if readings[0] is None or any(r is not None and abs(r.day - stated.day) <= _DAY for r in readings):
        return None
    return None if _more_than_a_day(text, readings[0].span) else readings[0]


#: A time of day, outside the date read in a ``<time>``'s text ("10:18 | 29 juin 2019").
_CLOCK_DIGITS = re.compile(r"\d{1,2}\s?[:h]\s?\d\d")
_DIGIT = re.compile(r"\d")


def _more_than_a_day(text: str, span: tuple[int, int]) -> bool:
    """Whether a ``<time>``'s text says more than the day read at ``span``: the label of a change
    ("Updated July 9, 2019": the attribute may be the first publication's), or another day's
    number (a range, "3 July – 10 July 2019", "du 3 au 10 juillet 2019", or a second date), its
    time of day aside. Then it is no plain rendering of another day: the attribute stands."""
    rest = _CLOCK_DIGITS.sub(" ", text[:span[0]] + " " + text[span[1]:])
    return _change_label(text[:span[0]]) or _DIGIT.search(rest) is not None


def _holder_texts(element: HtmlElement, glued: str) -> Iterator[str]:
    """A date holder's text as :func:`_from_element` reads it: glued, then its text nodes apart."""
    yield " ".join(glued.split())[:_HOLDER_TEXT]
    yield _words(element, _HOLDER_TEXT * 2)[:_HOLDER_TEXT]


def _words(element: HtmlElement, limit: int = 0) -> str:
    """The element's text, single-spaced, its text nodes kept apart: pages glue
    blocks ("Jane Doe</div><div>June 12, 2025", "Posted<span>May 3") that
    ``text_content()`` would run together. ``limit``: characters enough."""
    if not limit:
        return " ".join(" ".join(element.itertext()).split())
    parts, size = [], 0
    for piece in element.itertext():
        parts.append(piece)
        size += len(piece)
        if size >= limit:
            break
    return " ".join(" ".join(parts).split())


def _around_headline(headline: HtmlElement, zone: HtmlElement, monthfirst: bool, latest: date | None) -> list[Candidate]:
    """Dates in the zone's text just before and after the headline (kickers, bylines),
    its text nodes apart (see :func:`_words`) as far as past the headline only (the
    cheap glued text says how far: most of a zone is the story)."""
    glued, glued_title = zone.text_content(), headline.text_content()
    end = glued.find(glued_title) if glued_title else -1
    text = _words(zone, end + len(glued_title) + 4 * _AFTER_HEADLINE if end >= 0 else 0)
    title = _words(headline)
    at = text.find(title) if title else -1
    if at < 0:
        return []
    start = max(0, at - _BEFORE_HEADLINE)
    window = text[start: at + len(title) + _AFTER_HEADLINE]
    found = []
    for reading in dates_in(window, monthfirst, latest, single_spaced=True):
        before = window[max(0, reading.span[0] - 30): reading.span[0]]
        kind = MODIFIED if _change_label(before) else PUBLISHED
        found.append(Candidate(window[reading.span[0]:reading.span[1]], reading, kind, "text"))
    return found


def _headline(page: Page, elements: list[HtmlElement]) -> HtmlElement | None:
    """The story's headline: the first ``h1`` outside page chrome, else an ``h1`` in a
    page-title banner that starts the page's title, else an element classed as an
    entry's or article's title, else an ``h2`` that starts the page's ``<title>``
    (``elements``: the walk's, which holds every such element)."""
    found = head(page)
    for lenient in (False, True):  # then an h1 in a "header" that holds most of the page
        for element in found.h1s:
            if not _in_chrome(element, lenient) and not _OFF_STORY.search(_marks(element)):
                return element
    title = (found.title or "").casefold()
    titles = [t.casefold() for t in found.meta.get("og:title", ())] + [title]
    for element in found.h1s:
        # A page-title banner ("hero") above the story is a <header> too: an h1 there
        # that starts the page's title is the story's headline, not the site's name
        # (nor is a breadcrumb's last item, which repeats it in the navigation).
        text = " ".join(element.text_content().split()).casefold()
        if len(text) >= _TITLE_QUOTED and any(t.startswith(text) for t in titles) and not _OFF_STORY.search(
                _marks(element)) and not _in_navigation(element):
            return element
    for element in elements:
        if _titled(element.get("class")) and not _in_chrome(element) and not _OFF_STORY.search(_marks(element)):
            return element
    for element in (e for e in elements if e.tag == "h2") if len(title) > 10 else ():
        text = " ".join(element.text_content().split()).casefold()
        if len(text) > 10 and title.startswith(text) and not _in_chrome(element):
            return element
    return None


def _in_navigation(element: HtmlElement) -> bool:
    return any(a.tag == "nav" or "breadcrumb" in _marks(a) for a in element.iterancestors())


def _in_chrome(element: HtmlElement, lenient: bool = False) -> bool:
    """True inside the site's header or navigation (where the site's name is the ``h1``);
    ``lenient``: not inside a "header" that holds most of the page (a theme's unclosed
    ``<header>`` nests the whole page in it; a costlier test, made only when needed)."""
    in_header = False
    for ancestor in element.iterancestors():
        if ancestor.tag in ("article", "main", "body"):
            return ancestor.tag == "body" and in_header
        marks = _marks(ancestor)
        if (ancestor.tag == "nav" or _CHROME.search(marks)) and not (lenient and _holds_page(ancestor)):
            return True
        in_header = in_header or ancestor.tag == "header" and not _ARTICLE_ROOT.search(marks) and not (
            lenient and _holds_page(ancestor))
    return in_header


def _holds_page(element: HtmlElement) -> bool:
    """Whether ``element`` holds more than half of the page's text."""
    body = next((a for a in element.iterancestors() if a.tag == "body"), None)
    return body is not None and 2 * len(element.text_content()) > len(body.text_content())


def _marks(element: HtmlElement) -> str:
    """Class and id, lowercased (the patterns matched against them are lowercase:
    a case-insensitive search is many times slower, and this runs on every element)."""
    return ((element.get("class") or "") + " " + (element.get("id") or "")).lower()


def _zone_of(headline: HtmlElement) -> HtmlElement | None:
    """The element around the headline where the story's own dates are: the
    headline's nearest article-like ancestor, or its third ancestor (never the whole body)."""
    ancestors = [a for a in headline.iterancestors() if a.tag not in ("body", "html")]
    for depth, ancestor in enumerate(ancestors):
        if ancestor.tag in ("article", "main") or (
            depth >= 1 and _ARTICLE_ROOT.search((ancestor.get("class") or "").lower())
        ):
            return ancestor
    return ancestors[min(2, len(ancestors) - 1)] if ancestors else None


def _within(element: HtmlElement, root: HtmlElement) -> bool:
    # ``in`` compares lxml elements by identity (they define no ``==``), in C.
    return root in element.iterancestors()


def _run_within(root: HtmlElement | None) -> Callable[[HtmlElement], bool]:
    """:func:`_within` ``root`` for elements asked in page order: those within it follow
    each other, so once one is not after one that is, no later one is, and none is tested
    (dated elements after the story: comments, sidebars, footers)."""
    entered = left = False

    def within(element: HtmlElement) -> bool:
        nonlocal entered, left
        if root is None or left:
            return False
        if _within(element, root):
            entered = True
            return True
        left = entered
        return False
    return within


def _excluded(
    element: HtmlElement, zone: HtmlElement | None, frame: frozenset[Any] = frozenset(), chrome: bool = False
) -> bool:
    """True in comments, quoted posts and lists of other stories (up to ``zone``); with ``chrome``,
    also in navigation, sidebars, page headers and footers, until an ``article`` is
    reached. ``frame`` holds the headline's ancestors: page wrappers whose class
    names the layout ("two-columns-right-sidebar") say nothing about what they hold;
    nor does the class of the body's own child, which wraps the whole page."""
    for node in chain((element,), element.iterancestors()):
        tag = node.tag
        if node is zone or tag == "body" or node in frame:
            return False
        marks = _marks(node)
        wrapper = (parent := node.getparent()) is not None and parent.tag == "body"
        if chrome and (tag in ("aside", "nav", "footer") or not wrapper and _off_article(marks)
                       or tag == "header" and not _ARTICLE_ROOT.search(marks)):
            return True
        if tag == "blockquote" or _off_story(marks):
            return True
        chrome = chrome and tag != "article"
    return False


# The same ancestors' class and id are tested for each dated element, and a site's pages
# share them (the long alternations cost about a microsecond a test): remembered by text.
@lru_cache(maxsize=_CLASS_MARKS_MAX)
def _off_article(marks: str) -> bool:
    return _OFF_ARTICLE.search(marks) is not None


@lru_cache(maxsize=_CLASS_MARKS_MAX)
def _off_story(marks: str) -> bool:
    return _OFF_STORY.search(marks) is not None


def _urls(page: Page) -> list[str]:
    """The fetched URL, then the page's canonical ones (a syndicated copy keeps the original's)."""
    found = head(page)
    return [page.url, *found.links.get("canonical", ()), *found.meta.get("og:url", ())]


# -- choosing ---------------------------------------------------------------


def _choose(
    structured: list[Candidate], visible: list[Candidate], in_url: tuple[str, date] | None, zone: str | None = None
) -> Candidate | None:
    """The candidate to trust among the page's structured and visible ones and its URL's day
    (``zone``: the page's, see :func:`_page_zone`)."""
    from_url = Candidate(in_url[0], Reading(in_url[1]), PUBLISHED, "url") if in_url else None
    if structured:
        best = _offset_stated_elsewhere(structured[0], structured + visible, zone)
        if from_url is not None and best.reading.day != from_url.reading.day:
            # The URL is written once, when the story is first published: a visible
            # date that agrees with it beats structured data that does not (a
            # republished story, or a UTC timestamp of a story filed late in the evening).
            agreeing = [c for c in visible if c.reading.day == from_url.reading.day]
            if agreeing:
                return agreeing[0]
            if best.reading.day - from_url.reading.day > timedelta(days=1):
                return from_url
        for other in visible:
            if _lost_meridiem(best.reading, other.reading):
                return other
        if visible and all(c.reading.day != best.reading.day for c in visible):
            # A day the page never shows: unless it is a UTC time the page shows locally,
            # another structured source that has the day shown wins (a JSON-LD block
            # left with the draft's day, the meta tags and the byline with the story's).
            local = _shown_locally(best, visible, zone) if best.reading.offset == timedelta(0) else None
            if local is not None:
                return local
            best = next((c for c in structured[1:] if c.reading.day == visible[0].reading.day), best)
            if _time_elsewhere(best, visible[0], from_url):
                return visible[0]
        if visible and not _MACHINE_WRITTEN.match(best.raw) and best.reading.day != visible[0].reading.day:
            # Structured data must be ISO 8601; a date written there for people
            # ("Jun 24, 2025", "Wed, 04 May 2022 02:41:00 GMT") is a template's
            # rendering of some other field (the last publish): the page's own wins.
            return visible[0]
        if best.reading.offset == timedelta(0):
            # A UTC timestamp; the same instant written with the page's own offset reads better.
            instant = _instant(best.reading)
            local = [c for c in structured + visible if c.reading.offset and _instant(c.reading) == instant]
            # (or written without one by another structured source: a meta's "2019-11-18 20:58:46"
            # beside the JSON-LD's "2019-11-19T04:58:46Z")
            return local[0] if local else _shown_locally(best, visible + structured, zone) or _local_midnight(
                best, zone) or _on_url_day(best, from_url, zone) or best
        return best
    if visible:
        if from_url is not None and abs(visible[0].reading.day - from_url.reading.day) > timedelta(days=1):
            agreeing = [c for c in visible if abs(c.reading.day - from_url.reading.day) <= timedelta(days=1)]
            return agreeing[0] if agreeing else from_url
        return visible[0]
    return from_url


def _time_elsewhere(best: Candidate, shown: Candidate, from_url: Candidate | None) -> bool:
    """Whether the page's first ``<time>`` beats a structured day it never shows: a day
    more than one day away (not the same instant in another zone) that no URL backs
    (an import's or a migration's stamp in the JSON-LD, the story's day in the byline;
    dates 0.918 → 0.920, trafeval 0.893 → 0.898, wcxb 0.878 → 0.883 in quick_eval)."""
    return (shown.source == "time" and abs(shown.reading.day - best.reading.day) > _DAY
            and (from_url is None or from_url.reading.day != best.reading.day))


def _marked_changes(found: list[Candidate], visible: list[Candidate]) -> list[Candidate]:
    """Visible dates that are, to the second, the instant structured data calls
    "modified" (and not the "published" one) are the page's last change, however
    unlabelled: a ``<time datetime>`` beside the byline fed from the same field."""
    changed = {_instant(c.reading) for c in found if c.kind == MODIFIED and c.reading.clock and c.reading.clock[2]}
    changed.discard(None)
    if not changed:
        return visible
    changed -= {_instant(c.reading) for c in found if c.kind == PUBLISHED}
    return [replace(c, kind=MODIFIED) if c.kind == PUBLISHED and _instant(c.reading) in changed else c
            for c in visible]


def _as_shown(published: Candidate | None, found: list[Candidate], shown: list[Candidate],
              url_day: date | None = None) -> Candidate | None:
    """A page that shows, as its date, the day its structured data says it was
    modified, and nowhere the day it says it was published, presents itself as of
    the day shown (an evergreen page rewritten under the same URL): the visible wins.
    Not where the URL has the published day (``url_day``): the URL is written at the
    first publication, and a news page shows its last update ("Nov 13, 2019, 10:28am
    EST" on a story filed under /2019/11/8/)."""
    changed = next((c for c in found if c.kind == MODIFIED), None)
    if published is None or published.source not in _STRUCTURED or changed is None or url_day == published.reading.day:
        return published
    moment = _instant(published.reading)
    if changed.reading.day == published.reading.day or any(
            c.reading.day == published.reading.day or moment and _instant(c.reading) == moment for c in shown):
        return published  # (shown as the same instant at another offset: "01:19Z" beside "20:19-05:00")
    return next((c for c in shown if c.reading.day == changed.reading.day), published)


def _timed(chosen: Candidate | None, others: list[Candidate], zone: str | None = None) -> Candidate | None:
    """``chosen`` where it states a time; where it states only the day, the first other
    candidate that states the same day with a time (a JSON-LD day beside the meta tag's
    full time, a byline's "July 11, 2011" beside it): the day is kept, the time is the
    page's own. Midnight is no stated time (a day written as an instant). Else, in a known
    zone, the first instant that falls on that day there ("2018-12-31T23:11:59+00:00"
    beside a Berlin page's "2019-01-01": 00:11:59 at +01:00)."""
    if chosen is None or chosen.reading.clock is not None:
        return chosen
    same_day = next((c for c in others if c.reading.day == chosen.reading.day and c.reading.clock
                     and c.reading.clock != (0, 0, 0)), None)
    if same_day is not None or zone is None:
        return same_day or chosen
    return next(filter(None, (_local_on(c, chosen.reading.day, zone) for c in others)), chosen)


def _on_url_day(utc: Candidate, from_url: Candidate | None, zone: str | None) -> Candidate | None:
    """A UTC instant after the URL's day that falls on it in the page's known zone, at that
    zone's offset ("Tue Nov 19 2019 03:05:46 GMT+0000" on a New York page filed under
    /2019/11/18/: 22:05:46-05:00): the same instant on the day the newsroom filed it. (Not
    traded for the URL's day where the zone is unknown: the local day would be a guess.)"""
    if zone is None or from_url is None or utc.reading.day == from_url.reading.day:
        return None
    return _local_on(utc, from_url.reading.day, zone)


def _local_on(candidate: Candidate, day: date, zone: str) -> Candidate | None:
    """The candidate's instant in ``zone``, where it falls on ``day`` and is no local midnight."""
    moment = _instant(candidate.reading)
    if moment is None:
        return None
    local = moment.astimezone(ZoneInfo(zone))
    clock = (local.hour, local.minute, local.second)
    if local.date() != day or clock == (0, 0, 0):
        return None
    reading = replace(candidate.reading, day=day, clock=clock, offset=local.utcoffset())
    return Candidate(local.isoformat(), reading, candidate.kind, candidate.source)


def _offset_stated_elsewhere(best: Candidate, others: list[Candidate], zone: str | None) -> Candidate:
    """Where the page's zone is unknown, a structured time without an offset takes the
    offset another of the page's sources states for the same wall clock ("2023-11-08
    22:19:12" in the JSON-LD beside "2023-11-08T22:19:12+00:00" in a meta tag, a
    ``<time>`` "2019-11-19 02:24:00 UTC"): else its time would be lost (a time with no
    offset keeps only its day), and with it the trade for the time the page shows."""
    reading = best.reading
    if zone is not None or reading.offset is not None or reading.clock in (None, (0, 0, 0)):
        return best
    return next((c for c in others if c.reading.offset is not None and c.reading.day == reading.day
                 and c.reading.clock == reading.clock), best)


def _offset_of_instant(chosen: Candidate | None, structured: list[Candidate], zone: str | None) -> Candidate | None:
    """Where the page's zone is unknown, a chosen time shown without an offset ("February
    24, 2020 | 9:25pm") takes the offset that makes it the instant a structured "published"
    states ("2020-02-25T02:25:54Z": -05:00), as :func:`_shown_locally` finds it (the first
    structured time with an offset only: any other could match a half hour by chance); else
    only its day could be kept. (The structured time lost to the visible one on its day: a UTC
    instant after the local midnight, the URL with the local day.)"""
    if zone is not None or chosen is None or chosen.reading.clock is None or chosen.reading.offset is not None:
        return chosen
    stated = next((c for c in structured if c.source in _STRUCTURED and c.reading.clock is not None
                   and c.reading.offset is not None), None)
    return (_shown_locally(_in_utc(stated), [chosen], None) or chosen) if stated else chosen


def _in_utc(candidate: Candidate) -> Candidate:
    """The candidate's instant read at UTC (its text kept)."""
    moment = _instant(candidate.reading)
    if moment is None or candidate.reading.offset == timedelta(0):
        return candidate
    utc = moment.astimezone(timezone.utc)
    reading = replace(candidate.reading, day=utc.date(), clock=(utc.hour, utc.minute, utc.second), offset=timedelta(0))
    return replace(candidate, reading=reading)


def _shown_locally(utc: Candidate, visible: list[Candidate], zone: str | None) -> Candidate | None:
    """The UTC time ``utc`` as the page shows it: a visible time without an offset
    that is the same instant (to the minute, where it shows no seconds) at the page
    zone's offset ("21:37" beside "12:37Z" on a Tokyo page), or, where the zone is
    unknown, at an offset some zone has (a whole half hour, -12 to +14 hours: "03/05/2022
    21:44" beside "2022-05-04T00:44:52Z" on a Brazilian page). Given with that offset,
    so the day is the page's where the offset moves it."""
    if utc.reading.clock is None:
        return None
    wall = _wall(utc.reading)
    for other in visible:
        if other.reading.clock is None or other.reading.offset is not None:
            continue
        shift = _wall(other.reading) - (wall if other.reading.clock[2] else wall.replace(second=0))
        if shift and (shift in _offsets_of(zone, wall) if zone else _zone_offset(shift)):
            local = (wall + shift).replace(tzinfo=timezone(shift))
            reading = Reading(local.date(), (local.hour, local.minute, local.second), other.reading.meridiem, shift,
                              other.reading.span)
            return Candidate(local.isoformat(), reading, other.kind, other.source)
    return None


def _offsets_of(zone: str, moment: datetime) -> tuple[timedelta | None, ...]:
    """The zone's offsets in ``moment``'s year: in winter and in summer, as a site may
    show either all year (a blog set to a fixed "UTC+1" shows summer times at +01:00 in Berlin)."""
    info = ZoneInfo(zone)
    return info.utcoffset(moment.replace(month=1, day=1)), info.utcoffset(moment.replace(month=7, day=1))


def _local_midnight(utc: Candidate, zone: str | None) -> Candidate | None:
    """The day of a UTC time that is midnight to the second in the page's zone
    ("2022-11-06T23:00:00.000Z" on a Berlin page): a day stored without a time, turned
    into an instant from the local midnight. Given as that day (the instant is no
    time the page was published at)."""
    if zone is None or utc.reading.clock in (None, (0, 0, 0)):
        return None
    local = _wall(utc.reading).replace(tzinfo=timezone.utc).astimezone(ZoneInfo(zone))
    if (local.hour, local.minute, local.second) != (0, 0, 0):
        return None
    day = local.date()
    return Candidate(day.isoformat(), Reading(day, None, False, None, utc.reading.span), utc.kind, utc.source)


def _zone_offset(shift: timedelta) -> bool:
    """Whether some zone can have ``shift`` as its offset from UTC."""
    return _WESTMOST <= shift <= _EASTMOST and not shift % _HALF_HOUR


def _wall(reading: Reading) -> datetime:
    clock = reading.clock or (0, 0, 0)
    return datetime(reading.day.year, reading.day.month, reading.day.day, *clock)


def _instant(reading: Reading) -> datetime | None:
    if reading.clock is None or reading.offset is None:
        return None
    moment = datetime.combine(reading.day, datetime.min.time()).replace(
        hour=reading.clock[0], minute=reading.clock[1], second=reading.clock[2]
    )
    return moment.replace(tzinfo=timezone(reading.offset))


def _lost_meridiem(structured: Reading, shown: Reading) -> bool:
    """True where the visible time says PM (or AM) and the structured one is the
    same wall-clock minute twelve hours away on the same day."""
    if not shown.meridiem or structured.clock is None or shown.clock is None:
        return False
    if structured.day != shown.day:
        return False
    return structured.clock[1:] == shown.clock[1:] and abs(structured.clock[0] - shown.clock[0]) == 12


def _stated(implausible: list[Candidate], kind: str) -> str | None:
    """Where the page has no believable date of this kind, the implausible one its
    structured data states, as found: the dates pipeline then refuses it with a
    counted reason (``future``, ``too_old``) and keeps the raw text, rather than
    the page looking undated."""
    return next((c.raw for c in implausible if c.kind == kind), None)


def _raw_for(candidate: Candidate | None, zone: str | None) -> str | None:
    """The candidate's text where the date library reads it to the same day;
    else a plain ISO rendering of what was read, with the offset the text states
    (never a different day)."""
    if candidate is None:
        return None
    reading = candidate.reading
    if _reads_as(candidate.raw, reading.day, zone):
        return candidate.raw
    plain = reading.day.isoformat()
    if reading.clock is not None:
        plain += "T%02d:%02d:%02d" % reading.clock
        if reading.offset is not None:
            plain = datetime.fromisoformat(plain).replace(tzinfo=timezone(reading.offset)).isoformat()
    return plain if _reads_as(plain, reading.day, zone) else candidate.raw


def _reads_as(raw: str, day: date, zone: str | None) -> bool:
    normalized = dates.normalize_date(raw, zone)
    return normalized is not None and normalized[:10] == day.isoformat()


# -- zone -------------------------------------------------------------------

def _country_zone(page: Page) -> str | None:
    """The zone of the page's country: its domain's (``.de``: Europe/Berlin; not a
    domain sold to all, ``.co``), else its language tag's region (``pt-BR`` names no
    one zone, ``ar-EG`` does), else its language's, where one country speaks it
    (``ko``: a ``.com`` in Korean that says +09:00 is in Seoul, not Tokyo), else, on a page
    that names no language, its title's script's (``ZONES_BY_SCRIPT``; a title in Han letters
    alone is Japanese where the page's text writes kana among them). Not a tag
    sites of many countries keep as their software set it (``es-ES``)."""
    archive = archived(page.url)
    url = archive[1] if archive else page.url  # a web archive's copy: the original's site
    host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    tld = host.rsplit(".", 1)[-1].lower()
    if tld in ZONES_BY_TLD and tld not in GENERIC_TLDS:
        return ZONES_BY_TLD[tld]
    tag = _language_tag(page)
    if not tag:
        zone = _script_zone(head(page).title or "")
        return _JAPAN if zone == _HAN and _kana_written(page) else zone
    if "-".join(tag) in CMS_DEFAULT_LANGUAGES:
        return None
    region = next((part for part in tag[1:] if len(part) == 2), None)  # "zh-Hant-TW": after the script
    if region:
        return ZONES_BY_TLD.get(region)
    return ZONES_BY_LANGUAGE.get(tag[0])


#: A language tag: a language, then a script, region or variant ("pt-BR", "zh-Hant-TW").
_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*")


def _language_tag(page: Page) -> list[str]:
    """The page's language tag as its parts, lowercase: ``<html lang>``, where it names no
    region the page's locale of the same language (``lang="es"`` and ``og:locale``
    ``es_CO``), and where the page has no ``lang`` its locale; [] for none."""
    found = head(page)
    lang = _tag_parts(found.lang)
    if len(lang) > 1:
        return lang
    locale = _tag_parts(found.first(*LOCALE_KEYS))
    return locale if locale and (not lang or locale[0] == lang[0]) else lang


def _tag_parts(value: str | None) -> list[str]:
    tag = (value or "").strip().lower().replace("_", "-").split(",")[0].strip()
    return tag.split("-") if _LANGUAGE_TAG.fullmatch(tag) else []


_SCRIPTS = tuple((re.compile(f"[{chars}]"), zone) for chars, zone in ZONES_BY_SCRIPT)
_LETTER = re.compile(r"[^\W\d_]")
#: The zones of kana and of Han in ``ZONES_BY_SCRIPT``: Japanese writes both.
_JAPAN, _HAN = "Asia/Tokyo", "Asia/Shanghai"


def _script_zone(title: str) -> str | None:
    """The zone of the script most of ``title``'s letters are written in (``ZONES_BY_SCRIPT``),
    where it writes more than half of them; a title with kana is Japanese, its Han letters
    counted with the kana. None for a title mostly in Latin letters (a Greek "μm" in an
    English title), in a script of many clocks (a Russian title naming 习近平), or mixed."""
    letters = len(_LETTER.findall(title))
    if not letters:
        return None
    counts = {zone: len(script.findall(title)) for script, zone in _SCRIPTS}
    if counts[_JAPAN]:
        counts[_JAPAN] += counts[_HAN]
    zone = max(counts, key=counts.__getitem__)
    return zone if counts[zone] * 2 > letters else None


#: How much of the page's shown text :func:`_kana_written` reads, and the least share of kana
#: among its kana and Han letters that makes it Japanese (prose in Japanese writes about half
#: its letters in kana; a Chinese page has none, or a shop name's "の" among thousands of Han).
_KANA_SAMPLE, _KANA_SHARE = 3000, 0.1
#: Hiragana and katakana letters (not the middle dot and the long-vowel mark, which Chinese text borrows).
_KANA = re.compile("[\u3041-\u309f\u30a1-\u30fa]")
_HAN_LETTER = re.compile("[\u4e00-\u9fff]")


def _kana_written(page: Page) -> bool:
    """Whether the text a page shows is Japanese (kana among its Han letters), where its title,
    written in Han letters alone, may be Chinese or Japanese ("東京都知事選 開票速報")."""
    body = page.tree.find("body")
    text = shown_start(body, _KANA_SAMPLE) if body is not None else ""
    kana = len(_KANA.findall(text))
    return kana > 0 and kana >= _KANA_SHARE * (kana + len(_HAN_LETTER.findall(text)))


def _page_zone(candidates: list[Candidate], page: Page) -> str | None:
    """An IANA zone whose offset on that day is the non-zero offset the page's dates
    state, the page's own country's first (:func:`_country_zone`); else that country's zone."""
    preferred = _country_zone(page)
    stated = next((c.reading for c in candidates if c.reading.offset and c.reading.clock), None)
    if stated is None or stated.clock is None:  # (the second test is for the type checker)
        return preferred
    moment = datetime.combine(stated.day, datetime.min.time()).replace(hour=stated.clock[0])
    for name in ((preferred,) if preferred else ()) + OFFSET_ZONES:
        if ZoneInfo(name).utcoffset(moment) == stated.offset:
            return name
    return None
