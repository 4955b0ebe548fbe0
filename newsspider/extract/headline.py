"""The headline: the page's h1 where it is the story's, else a title form's story part.

In this order:

1. an h1 that agrees with a stated headline (JSON-LD, microdata or page-state
   ``headline``, ``og:title``) or the ``<title>``, without a kicker or a tail the
   title form leaves off ("Local News | Story", "Story | Site"), or a subtitle, a
   date or a source in elements of its own after it ("<h1><span>Story</span>
   <small>Subtitle</small></h1>");
2. an h1 that says a run of a title form's parts ("Story - Subtitle : Site" and the
   h1 "Story"), before an h2 that says another;
3. an h2 that says a title form whole or a run of its parts, where no h1 agrees
   (the h1 is the site's logo or a section's name, or there is none);
4. the page's one h1 of its own, where no title form agrees with it: annotators
   and readers take the visible heading over an SEO ``og:title``;
5. the first stated headline, else the ``<title>``, with the site's name taken off
   (a form that is the site's name alone is none: an ``og:title`` "Site").

The site's name is what the page says it is (``og:site_name``, the publisher of
its structured data, the profile's publisher), its domain ("regards.fr",
"tageszeitung" in ``www.tageszeitung.it``, "Ökologisch Bauen" for
``oekologisch-bauen.de``; an archived copy's, the page it holds), the part every
title form of the page repeats at one end ("Story | Blog Name" in ``<title>`` and
``og:title`` alike, "Blog Name » Blog Archive » Story"), what a title form puts
before a run another form says whole ("Blog Name: Story" and the ``og:title``
"Story"), or a first h1 a title form ends with (a logo). It goes wherever the
title says it: at the end with a section's label before it ("Story | Section |
Site"), inside with a tagline after it ("Story : Site | Tagline"), glued to the
story ("StorySite Tagline"), or as the host before it ("site.example Story"). A
kicker standing in the h1 before the headline ("Immobilienkrise Rene Benko-Firma
...", a kicker element) is dropped where a title form gives the headline without it.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit

from newsspider.extract import meta
from newsspider.extract.fields import clean
from newsspider.extract.page import Page
from newsspider.lang.bylines import CJK_PUBLICATION_ENDINGS

_SEPARATORS = r"\s+(?:\||-|–|—|::|:|»|«|·|•|//|/|\\)\s+|\s*(?:\||｜|│|»|«|•)\s*"
#: The separators of a text without CJK: the hyphen and underscore between CJK words
#: (the patterns below) can match nowhere in it. The patterns that hold the CJK
#: blocks are compiled on first need: a class of ~28,000 characters costs the regex
#: compiler 1.6-1.7 ms each, at every start-up (most crawls never need them).
_LATIN_SEPARATORS = re.compile(_SEPARATORS)
#: Where an archived copy's address holds the page's own URL ("/web/2014/http://site.example/").
_EMBEDDED_URL = re.compile(r"https?:/+([^/?#\s]+)", re.IGNORECASE)
#: A colon after a word, where a blog's name may end ("Blog: Story").
_COLON = re.compile(r"(?<=\w):\s+")
#: The combining diaeresis, which a domain may write as an e ("ä" → "ae").
_DIAERESIS = "\u0308"
#: Where CJK characters start: a text whose greatest character is below holds none.
_CJK_FIRST = "\u3000"


@functools.cache
def _cjk_separators() -> re.Pattern[str]:
    # a CJK letter, or a full-width mark ("！-新华网"), beside the hyphen or underscore
    return re.compile(_SEPARATORS + r"|(?<=[\u3000-\u9fff\uff01-\uff60])[-_]|[-_](?=[\u3000-\u9fff\uff01-\uff60])")


@functools.cache
def _cjk_letter() -> re.Pattern[str]:
    return re.compile(r"[\u3000-\u9fff\uac00-\ud7af]")


def _separators(text: str) -> re.Pattern[str]:
    """The title separators' pattern for ``text``: the same matches as one pattern for all."""
    return _cjk_separators() if text and max(text) >= _CJK_FIRST else _LATIN_SEPARATORS


def _has_cjk(text: str) -> bool:
    return bool(text) and max(text) >= _CJK_FIRST and _cjk_letter().search(text) is not None


_SEPARATOR_CHARS = " |｜│-–—:»«·•/\\_"
_GUILLEMETS = "«»"
_MARKS = _SEPARATOR_CHARS.translate({ord(c): None for c in _GUILLEMETS})
#: Marks between an h1's headline and a tail the title forms leave off ("Story | Site").
_TAIL_SEPARATORS = frozenset({"|", "-", "–", "—", "•", "·", "::"})
_WORD = re.compile(r"\w+")
_LETTERS = re.compile(r"[\W_]+")
#: Parts of a blog's ``<title>`` that name its archive, not the post.
_ARCHIVE = re.compile(r"^(?:blog\s*archiv(?:e)?|archiv(?:e)?s?|blog)$", re.IGNORECASE)
_BLOCK_TAGS = frozenset({"br", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "header"})
_GENERIC_LABELS = frozenset({"www", "m", "amp", "com", "co", "org", "net", "gov", "ac", "edu", "or", "ne", "blog"})
#: Where a word may break ("Mes\xadsen\xadger"): no letter of the headline.
SOFT_HYPHEN = "\xad"
#: The mark documentation generators link a heading with ("Logging HOWTO<a>¶</a>"): no letter of it.
PERMALINK = "¶"
_SENTENCE_MARKS = frozenset(".!?")
#: How many h2 elements may repeat a title form's parts.
SUBHEADINGS_MAX = 10
#: A site's name is at most this long; a story's part is longer.
SITE_NAME_MAX = 80
#: A section's label between the story and the site's name has at most this many words.
LABEL_WORDS_MAX = 4
#: How many letters a cut headline keeps at least to be completed from another form.
TRUNCATED_MIN = 20
#: A part at least this much the site's name (by letters) is the site's wherever it stands.
SITE_SHARE_MIN = 0.5
#: A CJK publication's name is at most this long ("NHKニュース", "中国新闻网").
CJK_SITE_NAME_MAX = 8
#: The longest text whose letters, keys or parts are kept in a cache: a title's, a
#: heading's; a longer one (a page's whole text in its <title>) is read afresh each time.
CACHED_TEXT_MAX = 500

_T = TypeVar("_T")


class _ShortTextCache(Generic[_T]):
    """A function of a text whose results are cached for texts of at most
    :data:`CACHED_TEXT_MAX` characters only: each entry stays small, where an lru_cache
    would keep whatever long texts a page gives it."""

    def __init__(self, function: Callable[[str], _T], maxsize: int) -> None:
        self._function = function
        self._cached = functools.lru_cache(maxsize=maxsize)(function)
        functools.update_wrapper(self, function)

    def __call__(self, text: str) -> _T:
        return self._cached(text) if len(text) <= CACHED_TEXT_MAX else self._function(text)

    def cache_info(self) -> functools._CacheInfo:
        return self._cached.cache_info()


def _short_text_cache(maxsize: int) -> Callable[[Callable[[str], _T]], _ShortTextCache[_T]]:
    return lambda function: _ShortTextCache(function, maxsize)


def words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold().replace(SOFT_HYPHEN, "")))


def similar(a: str, b: str) -> bool:
    """Whether two headlines are the same story's: most words of the shorter one are in
    the longer one, which is at most twice as long (an h1 that adds a few words to
    ``og:title`` matches; a section name does not)."""
    wa, wb = words(a), words(b)
    shorter, longer = sorted((len(wa), len(wb)))
    return bool(shorter) and longer <= 2 * shorter and len(wa & wb) >= 0.8 * shorter


def element_text(el: Any) -> str:
    """An element's text with a space where a line break, a block or a change of case
    across inline elements ("Nationale Demo</span><span>Der 9. Juli") separates two
    pieces; pieces of one word ("Wo<em>rd</em>") stay together."""
    pieces: list[str] = []

    def add(text: str | None, boundary: bool) -> None:
        if not text:
            return
        if pieces and (boundary or _glued(pieces[-1], text)):
            pieces.append(" ")
        pieces.append(text)

    def walk(node: Any, boundary: bool) -> None:
        if not isinstance(node.tag, str) or node.tag in ("script", "style", "noscript"):
            add(node.tail, True)
            return
        block = node.tag in _BLOCK_TAGS
        add(node.text, block or boundary)
        for child in node:
            walk(child, block)
        add(node.tail, block or node.tag == "br")

    add(el.text, False)
    for child in el:
        walk(child, False)
    return (clean("".join(pieces).replace(SOFT_HYPHEN, "")) or "").removesuffix(PERMALINK).rstrip()


def _glued(before: str, after: str) -> bool:
    """Whether two pieces of inline elements would read as one word where a reader sees
    two: a capital after a small letter or after a sentence's mark ("Wow!</span>Manuela")."""
    return (before[-1:].islower() or before[-1:] in _SENTENCE_MARKS) and after[:1].isupper()


def site_names(page: Page, layers: dict[str, dict[str, Any]], publisher: str | None) -> tuple[str, ...]:
    """What the page says the site is called, and its domain's name (an archived copy's:
    the host of the URL its address holds, "/web/2014/http://www.site.example/story")."""
    names = [publisher or "", *(layer.get("publisher") or "" for layer in layers.values())]
    canonical = layers.get("meta", {}).get("canonicalUrl") or ""
    hosts = []
    for url in (page.url, canonical):
        split = urlsplit(url)
        hosts.append(split.hostname or "")
        if embedded := _EMBEDDED_URL.search(split.path):
            hosts.append(embedded.group(1).split(":")[0].casefold())
    for url_host in dict.fromkeys(h.removeprefix("www.") for h in hosts):
        if url_host:
            names.append(url_host)
            labels = [label for label in url_host.split(".")[:-1] if label not in _GENERIC_LABELS]
            names.extend(labels[-1:])  # www.tageszeitung.it → tageszeitung, news.com.au → news
    return tuple(n for n in dict.fromkeys(names) if n and len(n) > 2)


def _names_site(part: str, names: tuple[str, ...]) -> bool:
    return _site_share(part, names) > 0


def _site_share(part: str, names: tuple[str, ...]) -> float:
    """How much of a part names the site: 1 where it is the site's name, a part of it, a
    blog's archive or a CJK publication's name; the name's share of the part's letters
    where the part holds it ("Krimiblog-Archiv" on krimiblog.example: 0.6); 0 where the
    part names no site."""
    folded = _letters(part)
    if not folded or len(part) > SITE_NAME_MAX:
        return 0.0
    stripped = part.strip()
    if _ARCHIVE.match(stripped) or _cjk_publication(stripped):
        return 1.0
    if len(folded) < (2 if _has_cjk(folded) else 3):
        return 0.0
    share = 0.0
    for key in _name_keys(names):
        for spelled in _site_keys(part):
            if spelled in key:
                return 1.0
            if key in spelled:
                share = max(share, len(key) / len(spelled))
    return share


@functools.lru_cache(maxsize=256)
def _name_keys(names: tuple[str, ...]) -> tuple[str, ...]:
    """The site's names as :func:`_site_keys` spells them, but the ones too short to tell
    a site by (three letters: "bbc" is a word's part)."""
    return tuple(dict.fromkeys(key for name in names for key in _site_keys(name)
                               if len(key) >= (2 if _has_cjk(key) else 4)))


@functools.lru_cache(maxsize=256)
def _all_name_keys(names: tuple[str, ...]) -> frozenset[str]:
    """The site's names as :func:`_site_keys` spells them, the short ones too: where a part
    is a name whole (:func:`_is_site`, "BBC | Story" on bbc.example), three letters tell
    the site, where :func:`_name_keys` looks for a name inside a part ("bbc" in "Abbcott")."""
    return frozenset(key for name in names for key in _site_keys(name))


@_short_text_cache(maxsize=4096)
def _site_keys(text: str) -> tuple[str, ...]:
    """The text's letters as a domain may spell them: as they are, without accents
    ("Nestlé" → "nestle"), and with a diaeresis written as an e ("Mäscot" → "maescot")."""
    folded = _letters(text)
    if folded.isascii():
        return (folded,)
    decomposed = unicodedata.normalize("NFKD", folded)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    with_e = "".join("e" if c == _DIAERESIS else c for c in decomposed
                     if c == _DIAERESIS or not unicodedata.combining(c))
    return tuple(dict.fromkeys((folded, bare, with_e)))


def _cjk_publication(part: str) -> bool:
    """Whether ``part`` is a CJK publication's name by its ending ("新华网", "조선일보"):
    a few characters, where a story's part is longer."""
    return len(part) <= CJK_SITE_NAME_MAX and part.endswith(CJK_PUBLICATION_ENDINGS) and _has_cjk(part)


def _is_site(part: str, names: tuple[str, ...]) -> bool:
    """Whether a leading part is the site's name itself (a story's first words may hold
    it: "Skibergsteigen: ..." on bergsteigen.com)."""
    return bool(_letters(part)) and (_ARCHIVE.match(part.strip()) is not None
                                     or not _all_name_keys(names).isdisjoint(_site_keys(part)))


def strip_site(title: str | None, names: tuple[str, ...]) -> str | None:
    """``Story | Site`` → ``Story``, ``Site » Blog Archive » Story`` → ``Story``, ``Story :
    Site | Tagline`` → ``Story``, ``site.example Story`` → ``Story``: drops the parts at
    the end that name the site, at the start that are its name, and from a part that
    is its name on; the story's part is never dropped."""
    if not title:
        return None
    title = _without_host(title, names)
    parts = _parts(title)
    words = [_word_count(part) for part, _, _ in parts]
    words_before = list(itertools.accumulate(words))  # the words of the parts up to each
    most_before = list(itertools.accumulate(words, max))  # the most words a part has up to each
    end = len(parts)
    while end > 1 and _site_tail(parts[end - 1][0], words_before[end - 2], names):
        end -= 1
    site_at_end = end < len(parts)
    while site_at_end and end > 1 and _label_before_site(title, parts[end - 2: end], most_before[end - 2]):
        end -= 1
    first = 0
    while end - first > 1 and _is_site(parts[first][0], names):
        first += 1
    end = first + _site_inside(parts[first:end], words[first:end], names)
    start, end = parts[first][1], parts[end - 1][2]
    return clean(_without_glued_name(_quoted(title, start, end), names).strip(_MARKS)) or title


def _without_host(title: str, names: tuple[str, ...]) -> str:
    """The title without the site's host name, as its address writes it, before the story
    with no separator ("site.example Story"; "Site.example reports ..." is a story's)."""
    for name in names:
        if "." in name and name.islower() and title.startswith(name + " ") and _letters(title[len(name):]):
            return title[len(name):].strip()
    return title


def _without_glued_name(story: str, names: tuple[str, ...]) -> str:
    """The story without a name of the site of two words or more glued to its end, where
    a template writes the tagline with no separator ("Truckwash A31Das andere Branchenbuch")."""
    for name in names:
        if _word_count(name) > 1 and story.endswith(name) and story[: -len(name)][-1:].isalnum():
            return story[: -len(name)]
    return story


def _label_before_site(title: str, last_two: tuple[tuple[str, int, int], ...], most_before: int) -> bool:
    """Whether the last of the parts left before the site's name is a section's label: a
    few words after a bar, fewer than the story's, the longest part before it has
    (``most_before`` words): "Story | Patient Education | Site"; not "Story - Part 49 -
    Site", where a dash may join the story's own parts."""
    (_, _, bar_from), (label, bar_to, _) = last_two
    return "|" in title[bar_from: bar_to] and _word_count(label) <= LABEL_WORDS_MAX \
        and _word_count(label) < most_before


def _site_tail(part: str, words_before: int, names: tuple[str, ...]) -> bool:
    """Whether a title's last part names the site: mostly its name, or its name in no more
    words than the parts before have (not a story's part that names the site:
    "gipfelbuch.ch - Outdoornews - Neue Schneekarten auf Gipfelbuch.ch")."""
    share = _site_share(part, names)
    return share >= SITE_SHARE_MIN or (share > 0 and _word_count(part) <= words_before)


def _site_inside(parts: tuple[tuple[str, int, int], ...], words: list[int], names: tuple[str, ...]) -> int:
    """Where the parts the site's name starts end the story's ("Story : Site | Tagline |
    Founded 2005"): the first part after the first that is mostly the site's name, where
    no part after it has more words than the longest before it; else all the parts."""
    most_before = list(itertools.accumulate(words, max))
    most_after = [*reversed(list(itertools.accumulate(reversed(words[1:]), max))), 0]  # from each next part on
    for i in range(1, len(parts)):
        if _site_share(parts[i][0], names) >= SITE_SHARE_MIN and most_before[i - 1] >= most_after[i]:
            return i
    return len(parts)


def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _quoted(title: str, start: int, end: int) -> str:
    """``title[start:end]`` with the guillemets next to it that quote it or close a quote
    it opens ("Und «ganz normalem Deutsch» | Site", "«Wir waren in Quarantäne»"): a
    guillemet is a separator too ("Site » Blog Archive » Story")."""
    while 0 < start and end < len(title) and title[start - 1] in _GUILLEMETS and title[end] in _GUILLEMETS:
        start, end = start - 1, end + 1
    while title[start:end].count("«") != title[start:end].count("»"):
        if end < len(title) and title[end] in _GUILLEMETS:
            end += 1
        elif 0 < start and title[start - 1] in _GUILLEMETS:
            start -= 1
        else:
            break
    return title[start:end]


@_short_text_cache(maxsize=1024)
def _parts(title: str) -> tuple[tuple[str, int, int], ...]:
    """The title's parts between separators, with where each starts and ends."""
    parts, start = [], 0
    for sep in _separators(title).finditer(title):
        parts.append((title[start:sep.start()], start, sep.start()))
        start = sep.end()
    parts.append((title[start:], start, len(title)))
    return tuple(p for p in parts if _letters(p[0])) or ((title, 0, len(title)),)


def repeated_end(forms: list[str]) -> str | None:
    """The part that two title forms of the page share at opposite ends: the site's
    name, which one form puts first and the other last ("Blog » Archive » Story A"
    and "Story A | Blog" share "Blog")."""
    if len(forms) < 2:
        return None
    first, second = ([p[0].strip().casefold() for p in _parts(form)] for form in forms[:2])
    if len(first) < 2 or len(second) < 2:
        return None
    for part in (first[0], first[-1]):
        if part in (second[0], second[-1]) and (part == first[0]) != (part == second[0]):
            return part
    return None


def headline(page: Page, layers: dict[str, dict[str, Any]], names: tuple[str, ...]) -> str | None:
    """The page's headline (see the module's docstring); None only where the page has no
    h1, no title and no structured headline."""
    m = layers.get("meta", {})
    head = meta.head(page)
    forms = [t for t in dict.fromkeys((m.get("headline"), head.title)) if t]
    structured = [h for key in ("microdata", "jsonld", "nextdata") if (h := layers.get(key, {}).get("headline"))]
    raw_forms = [*structured, *forms]
    names = (*names, *_sites_of_forms(forms, structured))
    h1s = [(el, t) for el in head.h1s[:5] if (t := _without_lead_element(el, raw_forms) or element_text(el))]
    names = (*names, *_logo_h1s([t for _, t in h1s], forms, raw_forms))
    stated = [c for c in (strip_site(t, names) for t in (*structured, m.get("headline"))) if c]
    title = strip_site(head.title, names)
    stated = [_untruncated(c, [*stated, *([title] if title else [])]) for c in stated]
    candidates = [*stated, *([title] if title else [])]
    if any(not _only_site(c, names, forms) for c in candidates):  # an og:title that is the site's name
        stated = [c for c in stated if not _only_site(c, names, forms)]
        title = title if title and not _only_site(title, names, forms) else None
        candidates = [*stated, *([title] if title else [])]
    h1s = [(el, t) for el, t in h1s if not _is_site(t, names)]
    for group in (stated, [title] if title else []):  # the page's stated headline before its <title>
        for el, h1 in h1s:
            for candidate in group:
                if lead := _lead_piece(el, h1, candidate):
                    return lead
                if similar(h1, candidate):
                    return _trimmed_heading(h1, candidate)
    said = [h1 for _, h1 in h1s
            if _site_share(h1, names) < SITE_SHARE_MIN and any(_repeats_part(h1, form) for form in raw_forms)]
    if said:  # an h1 that says a run of a title form's parts: the longest, not a section's label before it
        return max(said, key=lambda h1: len(_letters(h1)))
    h2s = [h2 for h2 in _subheadings(page) if _site_share(h2, names) < SITE_SHARE_MIN]
    for h2 in h2s:  # an h2 that says a title form whole (the h1 is the site's or a section's)
        if any(_letters(h2) == _letters(candidate) for candidate in candidates):
            return _trimmed_heading(h2, candidates[0])
    for candidate in candidates:  # an h2 that says a run of a title form's parts, the rest the site's
        for h2 in h2s:
            if _repeats_part(h2, candidate):
                return h2
    own = [h1 for _, h1 in h1s if _own_heading(h1, forms, names, m.get("description"))]
    if len(own) == 1:  # the page's one h1 of its own, which no title form repeats
        return own[0]
    if candidates:
        return candidates[0]
    return h1s[0][1] if h1s else None


def _only_site(candidate: str, names: tuple[str, ...], forms: list[str]) -> bool:
    """Whether a title form is the site's name alone: its domain's ("Ars Technica" on
    arstechnica.example, "site.example"), or a name another form ends with ("Mähwerk" and
    "Story | Mähwerk"); not a name only ``og:site_name`` gives, which may be the page's
    own title ("Annual Report 2015")."""
    key = _letters(candidate)
    by_domain = any(n.islower() and " " not in n and _letters(n) == key for n in names)
    by_form = any(len(parts := _parts(form)) > 1 and key == _letters(parts[-1][0]) for form in forms)
    return _is_site(candidate, names) and (by_domain or by_form)


def _untruncated(candidate: str, others: list[str]) -> str:
    """The candidate, or the longer form another gives of it where it is cut with an
    ellipsis ("... essential reading for Hong Kong leader..." and the whole ``<title>``)."""
    stem = candidate.rstrip()
    for ellipsis in ("...", "…"):
        stem = stem.removesuffix(ellipsis)
    key = _letters(stem)
    if stem == candidate.rstrip() or len(key) < TRUNCATED_MIN:
        return candidate
    return next((o for o in others if _letters(o).startswith(key) and len(_letters(o)) > len(key)), candidate)


def _sites_of_forms(forms: list[str], structured: list[str]) -> list[str]:
    """The site's names the title forms give: the part two forms share at opposite ends
    ("Blog » Archive » Story" and "Story | Blog"), the parts before a blog's first archive
    ("Blog » Blog Archive » Story"), and what a form puts before a separator or a colon
    and a longer run that another form says whole ("Blog: Story" and the ``og:title``
    "Story"); never a stated headline ("Opinion | Story" and "Story - Site" share the story)."""
    found = [shared] if (shared := repeated_end(forms)) else []
    for form in forms:
        parts = _parts(form)
        archive = next((i for i, (part, _, _) in enumerate(parts[1:], 1) if _ARCHIVE.match(part.strip())), 0)
        found.extend([form[: parts[archive - 1][2]].strip()] if archive else [])
        found.extend(_leads_before_forms(form, [*structured, *forms]))
    stated = {_letters(h) for h in structured}
    return [name for name in found if _letters(name) not in stated]


def _leads_before_forms(form: str, others: list[str]) -> list[str]:
    """What a form puts before a separator or a colon where another form says the rest
    whole, in more words than the lead ("Blog: Story" and the ``og:title`` "Story"). The
    letters after the splits are counted from the end, each letter once: a form of many
    parts is not read again for each split."""
    words: dict[str, int] = {}
    for other in others:
        words[key] = max(words.get(key := _letters(other), 0), _word_count(other))
    lengths, folded = {len(key) for key in words}, _letters(form)
    splits = _splits(form)
    after = [0] * len(splits)  # how many letters follow each split
    count, read_from = 0, len(form)
    for i in sorted(range(len(splits)), key=lambda i: splits[i][1], reverse=True):
        count += len(_letters(form[splits[i][1]: read_from]))
        after[i], read_from = count, splits[i][1]
    leads = []
    for (lead_end, _), count in zip(splits, after):
        key = folded[len(folded) - count:] if count in lengths else None
        if key in words and _word_count(lead := form[:lead_end].strip()) < words[key]:
            leads.append(lead)
    return leads


def _splits(form: str) -> list[tuple[int, int]]:
    """Where a title form may split into a lead and the rest: its separators, and a colon
    after a word ("Blog: Story")."""
    return [(sep.start(), sep.end()) for pattern in (_separators(form), _COLON) for sep in pattern.finditer(form)]


def _logo_h1s(h1s: list[str], forms: list[str], raw_forms: list[str]) -> list[str]:
    """A first h1 that a title form ends with ("Story | Blog Name", <h1>Blog Name</h1>): the
    site's, but where a form says it whole ("Blog Name | Story" and the ``og:title`` "Story")."""
    stated = {_letters(form) for form in raw_forms}
    return [h1 for h1 in h1s[:1] if _letters(h1) not in stated and any(_ends_form(h1, form, h1s[1:]) for form in forms)]


def _ends_form(h1: str, form: str, other_h1s: list[str]) -> bool:
    """Whether a title form ends with the h1 as its last parts, which have no more words
    than the parts before them or follow what another h1 says (a site's name after the
    story, not the story after a kicker: "Corona-Pandemie - „Es kommt auch darauf an, wie
    die Menschen sterben“")."""
    parts = _parts(form)
    folded = _letters(h1)
    joined, starts = _part_letters(form)
    tail = len(joined) - len(folded)  # where the h1's letters start in the form's, if it ends it
    if not folded or not joined.endswith(folded) or tail not in starts[1:]:
        return False
    before = form[: parts[starts.index(tail) - 1][2]]
    return _word_count(h1) <= _word_count(before) or any(_letters(other) == _letters(before) for other in other_h1s)


def _lead_piece(el: Any, h1: str, candidate: str) -> str | None:
    """The text of an h1's first elements where it says the stated headline and the rest
    of the h1 is a subtitle, a date or a source of its own ("<h1><span>Story</span>
    <small>A subtitle</small></h1>" and the ``og:title`` "Story")."""
    key = _letters(candidate)
    if not key or not _letters(h1).startswith(key) or _letters(h1) == key:
        return None
    el, children = _unwrapped(el)  # <h1><span><a>Story</a> <span>(source)</span></span></h1>
    text = el.text or ""
    for child in children:
        if _letters(text) == key:
            return clean(text.replace(SOFT_HYPHEN, ""))
        text = f"{text} {element_text(child)} {child.tail or ''}"
    return None


def _unwrapped(el: Any) -> tuple[Any, list[Any]]:
    """The heading's innermost element that holds it all (an h1's one link or span, with
    no text around it), and that element's child elements but scripts and styles."""
    while not (el.text or "").strip() and len(el) == 1 and not (el[0].tail or "").strip():
        el = el[0]
    return el, [c for c in el if isinstance(c.tag, str) and c.tag not in ("script", "style", "noscript")]


def _without_lead_element(h1: Any, forms: list[str]) -> str | None:
    """The text after an h1's first element where a title form says that text as a
    part of its own: the first element is a kicker, a date or a label set apart
    ("<h1><span>Olympia in Paris</span> Getränke per Schiff</h1>" and "Getränke per
    Schiff - Site"); an inline word ("<h1><em>Titanic</em> sinks</h1>") stays."""
    el, children = _unwrapped(h1)  # <h1><a><span>Label</span> Story</a></h1>
    if (el.text or "").strip() or len(children) < 1 or not element_text(children[0]):
        return None
    rest = (clean(" ".join([children[0].tail or "", *(f"{element_text(c)} {c.tail or ''}" for c in children[1:])]))
            or "").lstrip(_MARKS)
    if not rest or len(rest.split()) < 2 or element_text(children[0]).endswith((".", "!", "?")):
        return None  # a kicker is a label, not a sentence of the headline
    return rest.replace(SOFT_HYPHEN, "") if any(_repeats_part(rest, form) for form in forms) else None


def _subheadings(page: Page) -> list[str]:
    """The texts of the page's first h2 elements (a story's headline where its h1 is the
    site's or a section's, or where it has none)."""
    found = []
    for el in meta.head(page).h2s:
        if len(found) == SUBHEADINGS_MAX:
            break
        if text := element_text(el):
            found.append(text)
    return found


@_short_text_cache(maxsize=4096)
def _letters(text: str) -> str:
    return _LETTERS.sub("", text.casefold())


@_short_text_cache(maxsize=1024)
def _part_letters(title: str) -> tuple[str, tuple[int, ...]]:
    """The letters of a title's parts joined, and where each part's start in them: the
    letters of a run of parts, as no separator holds a letter."""
    letters = [_letters(part) for part, _, _ in _parts(title)]
    return "".join(letters), tuple(itertools.accumulate(map(len, letters[:-1]), initial=0))


def _repeats_part(heading: str, title: str) -> bool:
    """Whether a heading says a run of a title form's parts between separators
    ("Alles Neue" of "Alles Neue | Blog 2.0"). Each part has a letter, so a run that
    starts at a part can only end where its letters are as many as the heading's: one
    comparison a part, not one a run."""
    folded = _letters(heading)
    joined, starts = _part_letters(title)
    ends = {*starts[1:], len(joined)}
    return bool(folded) and any(start + len(folded) in ends and joined.startswith(folded, start) for start in starts)


def _own_heading(h1: str, forms: list[str], names: tuple[str, ...], description: str | None) -> bool:
    """Whether an h1 may be the story's headline where no title form agrees with it: it
    has letters, and is not the site's name (a logo in an h1), a part the title forms
    give to the site or the last part of one ("Story | Blog Name" and the h1 "Blog
    Name"), or the page's description."""
    folded = _letters(h1)
    if not folded or _names_site(h1, names):
        return False
    if description and _letters(description) == folded:
        return False
    for form in forms:
        story = strip_site(form, names) or ""
        site_part = _letters(form.casefold().replace(story.casefold(), "", 1))
        parts = _parts(form)
        if (len(folded) >= 3 and folded in site_part) \
                or (len(parts) > 1 and _letters(parts[-1][0]) == folded != _letters(story)):
            return False
    return True


def _trimmed_heading(h1: str, candidate: str) -> str:
    """The heading, or the candidate where it is the candidate with a tail after a
    separator ("EU-Taxonomie: ... nicht nachhaltig | Umweltbundesamt") or a kicker before it:
    a word or more and no mark ("Immobilienkrise Rene Benko-Firma ..." and "Rene
    Benko-Firma ..."), or words and a separator ("Local News | Brothel busted ...",
    "Auftragshoch bei FACC : Luftfahrt ..."). A kicker is not a number or an article
    ("2025", "The"), nor words with a colon ("Nutzerbasierte Abrechnung: Musik-Stars
    ..." is one headline)."""
    candidate = candidate.replace(SOFT_HYPHEN, "")
    folded_h1, folded = h1.casefold(), candidate.casefold()
    if len(folded) < len(folded_h1) and folded_h1.endswith(folded) and len(folded.split()) >= 2:
        before = h1[: len(h1) - len(candidate)]
        kicker = before.rstrip()
        words_only = kicker[-1:].isalnum()
        separated = any(sep.end() == len(before) for sep in _separators(before).finditer(before))
        if len(kicker) >= 4 and not kicker.isdigit() and (words_only or separated) \
                and _letters(kicker.strip(_SEPARATOR_CHARS)):
            return h1[len(h1) - len(candidate):].strip()
    if len(folded) < len(folded_h1) and folded_h1.startswith(folded) and len(folded.split()) >= 2:
        rest = h1[len(candidate):]
        sep = _separators(rest).match(rest)
        if sep and sep.group().strip() in _TAIL_SEPARATORS:
            return h1[: len(candidate)].strip()
    return h1
