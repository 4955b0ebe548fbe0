"""Page → raw article fields, in layers.

Each layer is a module with a pure function of a :class:`Page` sharing one parsed
tree: ``meta`` (meta / Open Graph / Dublin Core / links, collected in one pass),
``jsonld``, ``microdata``, ``nextdata`` (embedded page state), ``maintext`` (the
body from the page itself), ``pagedates``, ``classify``, and ``newsspider.wire``
for the agency and dateline. This module decides the order of trust between
them, and trims the body's top (the headline, byline and date lines repeated there,
a standfirst standing before the wire credit) before the credit is read; the site
profile's own rules override what the generic layers found.

A layer that fails on a broken page is skipped and noted in
``page.cache["problems"]`` (what went wrong) and ``page.cache["failed_layers"]``
(its name, which the spider counts); extraction itself never raises.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from typing import Any

from lxml import etree

from newsspider.extract import classify, jsonld, meta, microdata, nextdata
from newsspider.extract import fields as f
from newsspider.extract.maintext import byline_line, front_line
from newsspider.extract.page import Page

logger = logging.getLogger(__name__)

#: Structured-data bodies (JSON-LD / microdata ``articleBody``, page state) are
#: sometimes teasers, summaries, or the body plus furniture; the main-text body is
#: the default. Measured on the aeb set (see ``_body``): a structured body wins
#: where main text found (next to) nothing, where it holds main text's body and is
#: longer by ``STRUCTURED_LONGER``, or where it is a shorter exact part of main text
#: (main text took extra furniture around the marked body).
STRUCTURED_BODY_MIN = 200
STRUCTURED_LONGER = 3.0
STRUCTURED_SUBSET_MIN = 1000
STRUCTURED_SUBSET_SHARE = 0.97

#: Fields a site profile rules on whenever its ``extract`` returns them, even empty: no
#: authors (the byline names only an agency), no agency (a staff story), no dateline.
#: Other values it returns override only where not empty (empty: not found there).
PROFILE_VERDICTS = frozenset({"authors", "agency", "dateline"})

_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|:|»|·)\s+")
_WORD = re.compile(r"\w+")


def extract(page: Page) -> dict[str, Any]:
    """Raw ``Article`` fields (dates as found, not yet normalised) for ``page``."""
    layers = {
        "meta": _run(page, "meta", meta.extract, {}),
        "jsonld": _run(page, "jsonld", jsonld.extract, {}),
        "microdata": _run(page, "microdata", microdata.extract, {}),
        "nextdata": _run(page, "nextdata", nextdata.extract, {}),
    }
    if page.cache.get("jsonld_broken"):
        page.cache.setdefault("problems", []).append(f"jsonld: {page.cache['jsonld_broken']} block(s) not JSON")
    m, j, md, nd = layers["meta"], layers["jsonld"], layers["microdata"], layers["nextdata"]
    structured = (md, j, nd)  # a marked-up body element first, then JSON-LD text, then page state

    fields: dict[str, Any] = {}
    fields["canonicalUrl"] = m.get("canonicalUrl") or j.get("canonicalUrl")
    fields["headline"] = _run(page, "headline", lambda p: _headline(p, m, structured), None)
    fields["description"] = _pick("description", j, m, md, nd)
    body = _run(page, "maintext", _main_text, "")
    if not body and (m.get("_ogType") == "article" or classify.says_article(j.get("_types"), md.get("_types"))):
        body = _run(page, "shortpost", lambda p: _short_post(p, fields["description"]), "")
    body = body or _run(page, "howto", _howto_body, "")
    fields["articleBody"] = _run(page, "body", lambda p: _body(body, structured), body)
    publisher = page.profile.publisher if page.profile else None
    publisher = publisher or j.get("publisher") or m.get("publisher") or md.get("publisher")
    fields["publisher"] = publisher
    exclude = tuple(n.casefold() for n in (publisher, m.get("publisher")) if n)
    bylines = _run(page, "byline", _byline_texts, [])
    fields["authors"] = (j.get("authors") or md.get("authors") or nd.get("authors") or m.get("authors")
                         or f.authors(bylines))
    fields["authors"] = [a for a in fields["authors"] if a["name"].casefold() not in exclude]
    fields.update(_run(page, "wire", lambda p: _credit(fields, layers, bylines), {}))
    fields["inLanguage"] = m.get("inLanguage") or j.get("inLanguage") or md.get("inLanguage")
    fields["section"] = _pick("section", j, m, md) or _run(page, "breadcrumbs", _breadcrumb_section, None)
    fields["keywords"] = f.dedupe([k for layer in (j, md, m) for k in layer.get("keywords") or ()])
    fields["mainImage"] = _pick("mainImage", j, m, md)
    fields["isAccessibleForFree"] = _run(page, "paywall", lambda p: _accessible(p, layers, fields["articleBody"]))
    fields.update(_run(page, "pagedates", _dates, {}))
    fields["_pageType"] = _run(page, "classify", lambda p: _classify(p, layers, fields), "article")

    profile = page.profile
    if profile is not None:
        fields["publisher"] = profile.publisher
        fields["_timezone"] = profile.timezone
        if profile.language and not fields.get("inLanguage"):
            fields["inLanguage"] = profile.language
        if profile.extract is not None:
            override = _run(page, "profile", profile.extract, {})
            fields.update({k: v for k, v in override.items() if k in PROFILE_VERDICTS or v not in (None, "", [])})
    fields.setdefault("_pageType", "article")
    return fields


def _run(page: Page, name: str, layer: Callable[[Page], Any], default: Any = None) -> Any:
    """One layer, made harmless: a failure is logged, noted on the page and gives ``default``."""
    try:
        return layer(page)
    except Exception as exc:  # noqa: BLE001 - a broken page must never stop extraction
        logger.debug("Extraction layer %(layer)s failed on %(url)s: %(error)r",
                     {"layer": name, "url": page.url, "error": exc})
        page.cache.setdefault("problems", []).append(f"{name}: {exc!r}")
        page.cache.setdefault("failed_layers", []).append(name)
        return default


def _pick(key: str, *layers: dict[str, Any]) -> Any:
    return next((layer[key] for layer in layers if layer.get(key)), None)


def _main_text(page: Page) -> str:
    from newsspider.extract.maintext import main_text

    return main_text(page) or ""


#: Story score (about: chars of story-like text) of a wire flash: one sentence.
FLASH_MIN = 40
#: Share of the description's 4-word shingles a short post (see :func:`_short_post`)
#: must hold.
SHORT_POST_DESCRIBED = 0.6


def _short_post(page: Page, description: str | None) -> str:
    """A post too short for main text (a few lines on a blog, a wire flash of one
    sentence): from the element its CMS marks as the body, without link lists, else
    with them (a post that is a list of links, not the line under them); else the
    page's best block however short. Taken only where the page's description (a CMS's
    excerpt of the post) is in it."""
    from newsspider.extract.maintext import main_text, short_post

    described = _shingles(description.rstrip(" .…[]")) if description else set()
    for text in _lazy(lambda: short_post(page), lambda: short_post(page, links=True),
                      lambda: main_text(page, min_story=FLASH_MIN)):
        if text and _share(described, _shingles(text)) >= SHORT_POST_DESCRIBED:
            return text
    return ""


def _lazy(*makers: Callable[[], str]) -> Iterator[str]:
    return (make() for make in makers)


def _howto_body(page: Page) -> str:
    """The text of a how-to guide (schema.org ``HowTo``: a description and steps, each
    named and directed), for a page that draws it by script from that data alone."""
    for obj in jsonld.objects(page):
        if "howto" not in jsonld.types_of(obj):
            continue
        parts = [f.html_to_text(obj.get("description"))]
        for step in _as_list(obj.get("step")):
            if isinstance(step, dict):
                parts.append(f.clean(step.get("name")) if isinstance(step.get("name"), str) else "")
                for direction in _as_list(step.get("itemListElement")) or [step]:
                    if isinstance(direction, dict):
                        parts.append(f.html_to_text(direction.get("text")))
        return "\n\n".join(p for p in parts if p)
    return ""


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value is not None else []


def _body(main: str, structured: tuple[dict[str, Any], ...]) -> str:
    """The main-text body, unless a structured body is clearly better (module constants)."""
    bodies = [b for layer in structured if len(b := layer.get("articleBody") or "") >= STRUCTURED_BODY_MIN]
    if not bodies:
        # a short post main text could not tell from the page around it: the element
        # the page marks as the body (microdata, first of ``structured``), however short
        return main or structured[0].get("articleBody") or ""
    if len(main) < STRUCTURED_BODY_MIN:
        return max(bodies, key=len)
    main_shingles = _shingles(main)
    for body in bodies:
        if len(body) > len(main) * STRUCTURED_LONGER and _share(main_shingles, _shingles(body)) >= 0.9:
            return body
        if STRUCTURED_SUBSET_MIN <= len(body) < len(main) * 0.9 \
                and _share(body_shingles := _shingles(body), main_shingles) >= STRUCTURED_SUBSET_SHARE:
            return _paragraphed(body, body_shingles, main)
    return main


def _paragraphed(body: str, body_shingles: set[int], main: str) -> str:
    """``body``, or where it is one flat paragraph (sentences glued: "economy?The Finance
    Minister") the paragraphs of ``main`` that it covers, when they cover it all; a
    paragraph repeated further down (a standfirst that is the story's first sentence)
    is taken once."""
    if "\n" in body or "\n" not in main:
        return body
    kept = [(p, sh) for p in main.split("\n\n") if _share(sh := _shingles(p), body_shingles) >= 0.9]
    later: set[int] = set()
    paragraphs = []
    for text, shingles in reversed(kept):
        if _share(shingles, later) < 0.9:
            paragraphs.append(text)
        later |= shingles
    text = "\n\n".join(reversed(paragraphs))
    return text if _share(body_shingles, _shingles(text)) >= STRUCTURED_SUBSET_SHARE else body


def _shingles(text: str) -> set[int]:
    words = _WORD.findall(text.casefold())
    return {hash(tuple(words[i:i + 4])) for i in range(max(len(words) - 3, 1))}


def _share(part: set[int], whole: set[int]) -> float:
    """Share of ``part``'s 4-word shingles found in ``whole``."""
    return len(part & whole) / len(part) if part else 0.0


# Headline --------------------------------------------------------------------------------

def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _similar(a: str, b: str) -> bool:
    """Whether two headlines are the same story's: most words of the shorter one are in
    the longer one, which is at most twice as long (an h1 that adds a few words to
    ``og:title`` matches; a section name does not)."""
    wa, wb = _words(a), _words(b)
    shorter, longer = sorted((len(wa), len(wb)))
    return bool(shorter) and longer <= 2 * shorter and len(wa & wb) >= 0.8 * shorter


def _strip_site(title: str | None, site_names: tuple[str, ...]) -> str | None:
    """``Story | Site`` → ``Story``: drops a trailing (or leading) part that names the site."""
    if not title:
        return None
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1:
        names = [n.casefold() for n in site_names if n]
        last, first = parts[-1].casefold(), parts[0].casefold()
        if any(n in last or last in n for n in names) or (len(parts[-1]) < 30 and len(parts[0]) > 2 * len(parts[-1])
                                                         and "." in last):
            return f.clean(title[: title.rfind(parts[-1])].rstrip(" |-–—:»·"))
        if any(n in first or first in n for n in names):
            return f.clean(title[len(parts[0]):].lstrip(" |-–—:»·"))
    return title


def _headline(page: Page, m: dict[str, Any], structured: tuple[dict[str, Any], ...]) -> str | None:
    site_names = (m.get("publisher") or "", page.profile.publisher if page.profile else "",
                  *(layer.get("publisher") or "" for layer in structured))
    candidates = [c for c in (*(layer.get("headline") for layer in structured),
                              _strip_site(m.get("headline"), site_names)) if c]
    h1s = [t for el in meta.head(page).h1s[:5] if (t := f.clean(el.text_content()))]
    for h1 in h1s:
        if any(_similar(h1, c) for c in candidates):
            return h1
    if candidates:
        return candidates[0]
    return h1s[0] if h1s else None


# Authors, agency, dateline -------------------------------------------------------------------

#: Byline-like elements: searched near the headline (under the h1's ancestor
#: ``BYLINE_LEVELS`` levels up), over the whole tree only where the page has no h1.
#: Elements marked as bylines first; only where none is found, unmarked "By Name" or
#: "By <a>Name</a>" lines (checked by :func:`_unmarked_byline`).
BYLINE_LEVELS = 4
#: Each XPath's first predicate is implied by its second, and cheaper: most elements
#: stop there (a fifth and two fifths less time on real pages; the same elements).
_MARKED_BYLINES = etree.XPath(
    "descendant-or-self::*[@class or @id or @itemprop or @rel][@itemprop='author' or @rel='author' or "
    "contains(@class,'yline') or contains(@class,'uthor') or contains(@id,'yline') or contains(@class,'ateline')]"
)
_UNMARKED_BYLINES = etree.XPath(
    "descendant-or-self::*[contains(text(),'By')]"
    "[starts-with(normalize-space(text()),'By ') or normalize-space(text())='By']"
)
BYLINE_MAX = 250
_INLINE_TAGS = {"span", "a", "b", "strong", "em", "i", "small", "address", "time", "font"}
_SKIP_TAGS = {"body", "html", "article", "main", "meta", "script", "style", "img", "link", "noscript"}


def _byline_region(page: Page) -> Any:
    h1s = meta.head(page).h1s
    if not h1s:
        return page.tree
    region = h1s[0]
    for _ in range(BYLINE_LEVELS):
        parent = region.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        region = parent
    return region


def _byline_block(el: Any) -> Any:
    """The block holding an inline byline element: ``<span itemprop=author>`` sits in a
    line that also says "(with inputs from Reuters)" or the dateline."""
    while el.tag in _INLINE_TAGS:
        parent = el.getparent()
        if parent is None or parent.tag in _SKIP_TAGS or len(parent.text_content()) > BYLINE_MAX:
            break
        el = parent
    return el


def _unmarked_byline(text: str) -> bool:
    """Whether the text of an element without a byline class is one: "By" and names
    only ("By Jane Doe", "By Asha Rao and Li Wei"), or "By" and names followed by the
    date ("By Asha Rao Published: Nov 19, 2024 ...")."""
    return byline_line(f.DATE_PART.sub("", text).strip(" |,")) is not None


def _byline_texts(page: Page) -> list[str]:
    """Short texts of byline-like elements (outermost ones, in page order)."""
    region = _byline_region(page)
    texts = _texts_of(_MARKED_BYLINES(region), marked=True)
    return texts or _texts_of(_UNMARKED_BYLINES(region), marked=False)


def _texts_of(elements: list[Any], marked: bool) -> list[str]:
    texts: list[str] = []
    seen: set[Any] = set()
    for el in elements:
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS or any(a in seen for a in el.iterancestors()):
            continue
        if "comment" in (el.get("class") or "").casefold():
            continue
        el = _byline_block(el)
        seen.add(el)
        text = f.clean(el.text_content())
        if text and len(text) <= BYLINE_MAX and (marked or _unmarked_byline(text)):
            texts.append(text)
        if len(texts) >= 6:
            break
    return texts


def _credit(fields: dict[str, Any], layers: dict[str, dict[str, Any]], bylines: list[str]) -> dict[str, Any]:
    """Agency and dateline from bylines and author values, then from the body's opening,
    whose credit is removed from the body."""
    wire = f.wire_module()
    if wire is None:
        return {}
    agency = dateline = None
    texts = [*bylines]
    for layer in layers.values():
        for value in layer.get("_authorValues") or ():
            for item in value if isinstance(value, list) else [value]:
                name = item.get("name") if isinstance(item, dict) else item
                if isinstance(name, str):
                    texts.append(name)
    texts.extend(layers["meta"].get("_authorTexts") or ())
    for text in texts:
        if not hasattr(wire, "from_byline"):
            break
        credit = wire.from_byline(text)
        agency = agency or credit.agency
        dateline = dateline or credit.dateline
    out: dict[str, Any] = {}
    body = fields.get("articleBody") or ""
    if body and hasattr(wire, "from_body"):
        names = [a["name"] for a in fields.get("authors") or ()] + ([agency] if agency else [])
        body = _front_matter(body, fields.get("headline"), names)
        leads = [text for text in (fields.get("description"), fields.get("headline")) if text]
        credit, body = _body_credit(wire, body, leads)
        agency = agency or credit.agency
        dateline = dateline or credit.dateline
        out["articleBody"] = body
    out["agency"] = agency
    out["dateline"] = dateline
    return out


#: How many paragraphs at the top of the body :func:`_front_matter` looks at, and how
#: long one may be.
FRONT_PARAGRAPHS = 4
FRONT_CHARS = 150
_BYLINE_WORDS = re.compile(r"\b(?:by|and)\b|[\W_]+", re.IGNORECASE)
_BREADCRUMB = re.compile(r"^(?:home|start)\s*[>»/›|]", re.IGNORECASE)


def _front_matter(body: str, headline: str | None, names: list[str]) -> str:
    """The body without the page's header lines at its top: the headline repeated, a
    breadcrumb trail ("Home >Money >Personal Finance"), a byline or date line ("2 min
    read . Updated: 18 Feb 2021, 04:55 PM IST Navneet Dubey", once the authors' names and
    the agency are taken out of it)."""
    paragraphs = body.split("\n\n")
    title = (headline or "").casefold()
    drop = 0
    for text in paragraphs[:FRONT_PARAGRAPHS]:
        if len(text) > FRONT_CHARS:
            break
        if text.casefold() != title and not _BREADCRUMB.match(text):
            rest = text
            for name in names:
                rest = rest.replace(name, " ")
            rest = " ".join(rest.split())
            if _BYLINE_WORDS.sub("", rest) and not front_line(rest):
                break
        drop += 1
    return "\n\n".join(paragraphs[drop:]) if 0 < drop < len(paragraphs) else body


#: Paragraphs at the top of the body that may stand before the wire credit: a
#: standfirst (NDTV's ``h2.sp-descp``, Moneycontrol's ``h2.article_desc``, The Hindu's
#: ``h2.intro``, Mint's summary) or the headline repeated.
LEAD_PARAGRAPHS = 2


def _body_credit(wire: Any, body: str, leads: list[str]) -> tuple[Any, str]:
    """``wire.from_body`` on the body; where its opening holds no credit but the body
    opens with paragraphs like the description or headline (``leads``), on what follows
    them: "Standfirst.\n\nMumbai: The Reserve Bank ..." gives the dateline ``Mumbai``
    and loses only "Mumbai: ", the standfirst stays."""
    credit, text = wire.from_body(body)
    if not body.lstrip().startswith(text):  # the opening held a credit
        return credit, text
    paragraphs = body.split("\n\n")
    for skip in range(1, min(LEAD_PARAGRAPHS, len(paragraphs) - 1) + 1):
        if not any(_similar(paragraphs[skip - 1], lead) for lead in leads):
            break
        rest = "\n\n".join(paragraphs[skip:])
        found, story = wire.from_body(rest)
        if not rest.lstrip().startswith(story) and _credible(found, paragraphs[skip][:80]):
            return found, "\n\n".join([*paragraphs[:skip], story])
    return credit, text


def _credible(credit: Any, opening: str) -> bool:
    """Whether a credit found past the lead is one: an agency, or a place in capitals or
    of at most two words ("Mumbai:", "NEW DELHI:"), not a title ("Star Wars Jedi: Fallen
    Order is ...")."""
    if credit.agency:
        return True
    place = credit.dateline or ""
    return bool(place) and (len(place.split()) <= 2 or place.upper() in opening)


# Other fields -------------------------------------------------------------------------------

def _breadcrumb_section(page: Page) -> str | None:
    """The last breadcrumb before the story itself (JSON-LD ``BreadcrumbList``)."""
    for obj in jsonld.objects(page):
        if "breadcrumblist" not in jsonld.types_of(obj):
            continue
        items = obj.get("itemListElement")
        if not isinstance(items, list):
            continue
        names = []
        for item in sorted((i for i in items if isinstance(i, dict)), key=lambda i: _position(i)):
            thing = item.get("item") if isinstance(item.get("item"), dict) else {}
            url = thing.get("@id") or thing.get("url") or (item.get("item") if isinstance(item.get("item"), str) else "")
            names.append((f.clean(item.get("name") or thing.get("name")), url))
        names = [(n, u) for n, u in names if n]
        if names and (names[-1][1] or "").rstrip("/") in (page.url.rstrip("/"), "") and len(names) > 1:
            names = names[:-1]
        if names and names[-1][0].casefold() not in ("home", "homepage"):
            return names[-1][0]
    return None


def _position(item: dict[str, Any]) -> int:
    try:
        return int(item.get("position") or 0)
    except (TypeError, ValueError):
        return 0


#: A body shorter than this (characters) next to a "subscribe to continue reading"
#: prompt is a paywall teaser; the prompt is only looked for on such pages.
PAYWALL_TEASER = 1500
#: Prompts of paywalls, lower case (plain substring tests: a regex over a whole
#: page's text costs milliseconds).
PAYWALL_PROMPTS = (
    "subscribe to continue reading", "subscribe to read", "subscribe to unlock", "to continue reading, subscribe",
    "is for subscribers", "is only available to subscribers", "available to subscribers only",
    "for subscribers only", "subscriber-only", "subscriber only", "exclusively for subscribers",
    "become a member to read", "unlock this article", "unlock this story", "continue reading with a subscription",
    "to read the full article, subscribe", "to read the full story, subscribe", "premium members only",
)


def _accessible(page: Page, layers: dict[str, dict[str, Any]], body: str) -> bool | None:
    for key in ("jsonld", "microdata", "meta"):
        value = layers[key].get("isAccessibleForFree")
        if value is not None:
            return value
    if len(body) < PAYWALL_TEASER:
        text = page.tree.text_content().lower()
        if any(prompt in text for prompt in PAYWALL_PROMPTS):
            return False
    return None


def _dates(page: Page) -> dict[str, Any]:
    try:
        from newsspider.extract.pagedates import find_dates
    except ImportError:
        return {}
    found = find_dates(page) or {}
    return {k: v for k, v in found.items() if k in ("datePublishedRaw", "dateModifiedRaw", "_timezone") and v}


def _classify(page: Page, layers: dict[str, dict[str, Any]], fields: dict[str, Any]) -> str:
    main_types = layers["jsonld"].get("_types") or layers["microdata"].get("_types") or set()
    types = jsonld.all_types(page) | (layers["microdata"].get("_types") or set())
    return classify.page_type(
        page, body=fields.get("articleBody") or "", types=types, main_types=set(main_types),
        og_type=layers["meta"].get("_ogType"), title=meta.head(page).title,
        paywalled=fields.get("isAccessibleForFree"),
    )
