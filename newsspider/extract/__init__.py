"""Page → raw article fields, in layers.

Each layer is a module with a pure function of a :class:`Page` sharing one parsed
tree: ``meta`` (meta / Open Graph / Dublin Core / links, collected in one pass),
``jsonld``, ``microdata``, ``nextdata`` (embedded page state), ``maintext`` (the
body from the page itself), ``headline``, ``bylines`` (the people a byline names,
read by ``people``), ``frontmatter`` (the body's top trimmed, the wire credit read
with ``newsspider.wire``), ``pagedates``, ``classify``. This module decides the
order of trust between them; the site profile's own rules override what the
generic layers found.

A layer that fails on a broken page is skipped and noted in
``page.cache["problems"]`` (what went wrong) and ``page.cache["failed_layers"]``
(its name, which the spider counts); extraction itself never raises.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

from newsspider.extract import bylines, classify, frontmatter, headline, jsonld, meta, microdata, nextdata, people
from newsspider.extract import fields as f
from newsspider.extract.page import Page
from newsspider.extract.sites import profile_for_page
from newsspider.extract.sites.base import SiteProfile

logger = logging.getLogger(__name__)

#: Structured-data bodies (JSON-LD / microdata ``articleBody``, page state) are
#: sometimes teasers, summaries, or the body plus furniture; the main-text body is
#: the default. Measured on the aeb set (see ``_body``): a structured body wins
#: where main text found (next to) nothing, where it holds main text's body and is
#: longer by ``STRUCTURED_LONGER``, or where it is a shorter exact part of main text
#: (main text took extra furniture around the marked body). A page-state body (found
#: by key name, not declared an article's body) must also hold ``STATE_SUBSET_OF_MAIN``
#: of main text's length: a smaller part is one of the story's blocks (a CMS's rich-text
#: block), not the story (wcxb: four pages whose page state held 17-37% of the story;
#: body F1 +0.002, no change on aeb and trafeval).
STRUCTURED_BODY_MIN = 200
STRUCTURED_LONGER = 3.0
STRUCTURED_SUBSET_MIN = 1000
STRUCTURED_SUBSET_SHARE = 0.97
STATE_SUBSET_OF_MAIN = 0.5
#: Where the page state stands in ``structured`` (``_body``'s microdata, JSON-LD, page state).
PAGE_STATE_POSITION = 2

#: Fields a site profile rules on whenever its ``extract`` returns them, even empty: no
#: authors (the byline names only an agency), no agency (a staff story), no dateline.
#: Other values it returns override only where not empty (empty: not found there).
PROFILE_VERDICTS = frozenset({"authors", "agency", "dateline"})

_WORD = re.compile(r"\w+")


def extract(page: Page, profile: SiteProfile | None = None) -> dict[str, Any]:
    """Raw ``Article`` fields (dates as found, not yet normalised) for ``page``, by the
    rules of ``profile``, or of the site profile the page belongs to where not given."""
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

    profile = profile or _run(page, "profile", profile_for_page, None)
    publisher = (profile.publisher if profile else None) or j.get("publisher") or m.get("publisher") \
        or md.get("publisher")
    site_names = headline.site_names(page, layers, publisher)

    fields: dict[str, Any] = {}
    fields["canonicalUrl"] = m.get("canonicalUrl") or j.get("canonicalUrl")
    if profile is None:  # a site profile's pages are the site's stories
        kind = _run(page, "classify", classify.early_type, "article")
        if kind != "article":  # a forum, a product, a list...: dropped, not worth a body
            return {**fields, "headline": m.get("headline"), "_pageType": kind}
    fields["headline"] = _run(page, "headline", lambda p: headline.headline(p, layers, site_names), None)
    fields["description"] = _pick("description", j, m, md, nd)
    body = _run(page, "maintext", _main_text, "")
    if not body and (m.get("_ogType") == "article" or classify.says_article(j.get("_types"), md.get("_types"))):
        body = _run(page, "shortpost", lambda p: _short_post(p, fields["description"]), "")
    body = body or _run(page, "howto", _howto_body, "")
    fields["articleBody"] = _run(page, "body", lambda p: _body(body, structured), body)
    fields["publisher"] = publisher
    # the site's stated name, not its domain: a personal blog's domain is its author's name
    exclude = people.not_people([n for n in (publisher, m.get("publisher"), j.get("publisher")) if n],
                                urlsplit(page.url).hostname or "", fields["articleBody"] or "")
    fields["authors"] = _authors(page, layers, exclude, fields["articleBody"] or "")
    byline_texts = _run(page, "bylinetexts", bylines.byline_texts, [])
    fields.update(_run(page, "wire", lambda p: frontmatter.credit(fields, layers, byline_texts), {}))
    fields["inLanguage"] = m.get("inLanguage") or j.get("inLanguage") or md.get("inLanguage")
    fields["section"] = _pick("section", j, m, md) or _run(page, "breadcrumbs", _breadcrumb_section, None)
    fields["keywords"] = f.dedupe([k for layer in (j, md, m) for k in layer.get("keywords") or ()])
    fields["mainImage"] = _pick("mainImage", j, m, md)
    fields["isAccessibleForFree"] = _run(page, "paywall", lambda p: _accessible(p, layers, fields["articleBody"]))
    fields.update(_run(page, "pagedates", _dates, {}))
    fields["_pageType"] = _run(page, "classify", lambda p: _classify(p, layers, fields), "article")

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


def _authors(page: Page, layers: dict[str, dict[str, Any]], exclude: tuple[str, ...],
             body: str) -> list[dict[str, str]]:
    """The people who wrote the story: structured data first (JSON-LD, microdata, page
    state, meta tags), else the page's byline; never the site itself.

    A byline line among the ``body``'s first paragraphs ("Von Matthias Lauerer", "Ein
    Interview von Eugen Zentner mit ...") naming full names, none of the structured
    ones, overrules them: those are the CMS account that uploaded the piece.

    The byline under the headline that a byline word opens ("By ...", "Autor: ...")
    overrules structured names that name none of its people and are weak: meta tags
    alone (a theme's or a site's owner, a site name: "EFC Example" over "Geschrieben
    von Cooper"), or a layer another layer contradicts by naming the byline's people
    (JSON-LD's uploader where microdata and the byline agree). Microdata naming more
    people than the byline, the byline's among them, also marked other stories'
    authors on the page: the byline's are the story's. A byline naming all the structured
    names' people and more, which another layer names too, names them all (JSON-LD that
    lists the first author only where the byline and meta tags list them all)."""
    found: list[dict[str, str]] = []
    source = ""
    host = urlsplit(page.url).hostname or ""
    for key in AUTHOR_LAYERS:
        found = _layer_authors(layers, key, exclude, host)
        if found:
            source = key
            break
    if not found:
        return _run(page, "byline", lambda p: bylines.byline_authors(p, exclude), [])
    found = _run(page, "fullnames", lambda p: bylines.fuller_names(p, found, exclude), found)
    lead = _run(page, "leadbyline", lambda p: bylines.lead_authors(body, exclude), [])
    if lead and not _shared(found, lead) and _capitalised_full_names(lead):
        return lead
    if any(people.is_slug(a["name"]) or _is_handle(a["name"]) for a in found):
        return _unslugged(page, layers, found, exclude)
    others = [a for key in AUTHOR_LAYERS if key != source for a in _layer_authors(layers, key, exclude, host)]
    if not others and source not in ("meta", "microdata"):
        return found  # the byline overrules only meta tags, microdata, or a layer the others contradict
    byline = _run(page, "byline", lambda p: bylines.block_authors(p, exclude, opened=True), [])
    if len(byline) > len(found) and all(_shared([a], byline) or _shared([a], found) for a in others) \
            and all(_shared([a], byline) for a in found) and all(_shared([b], found + others) for b in byline):
        return byline  # one layer names the first of the people the byline and another layer name
    if byline and not _shared(found, byline) and (source == "meta" or _shared(others, byline)
                                                   or _one_words(found) and _capitalised_full_names(byline)):
        return byline  # an account's one word ("KatieS") where the byline names "Jane Doe"
    if source == "microdata" and len(found) > len(byline) > 0 and all(_shared([b], found) for b in byline):
        return byline  # itemprop=author on other stories' and comments' bylines too: the story's names its own
    return found


#: Where structured author names are read, most trusted first.
AUTHOR_LAYERS = ("jsonld", "microdata", "nextdata", "meta")


def _layer_authors(layers: dict[str, dict[str, Any]], key: str, exclude: tuple[str, ...],
                   host: str) -> list[dict[str, str]]:
    if key == "meta":  # read again with the site's names: "Jobs & Hire" before it is cut at "&"
        texts = [t for t in layers["meta"].get("_authorTexts") or () if not _credits_elsewhere(t, host)]
        return people.authors(texts, exclude)
    return [a for a in layers[key].get("authors") or () if a["name"].casefold() not in exclude]


_ADDRESS = re.compile(r"(?:https?://|www\.)([\w.-]+)", re.IGNORECASE)


def _credits_elsewhere(text: Any, host: str) -> bool:
    """Whether a meta author names someone with the address of another site: a theme's
    or a plug-in's maker ("Frank Example - http://example-themes.example"), credited on
    every page of every site that uses it, not the story's author."""
    found = _ADDRESS.search(text) if isinstance(text, str) else None
    if found is None:
        return False
    other = found.group(1).casefold().removeprefix("www.")
    own = host.casefold().removeprefix("www.")
    return not (own.endswith(other) or other.endswith(own))


def _is_handle(name: str) -> bool:
    """A name in one word in lower case ("arianschlichenmayer"): maybe an account's."""
    return name.islower() and " " not in name


def _one_words(these: list[dict[str, str]]) -> bool:
    """Whether every name is one word in Latin or another spaced script (an account's
    name, a first name alone), not a full name nor a Chinese or Japanese name."""
    return all(" " not in a["name"] and not people.is_cjk(a["name"]) for a in these)


def _capitalised_full_names(these: list[dict[str, str]]) -> bool:
    """Whether every name is a person's full name: two words or more, each capitalised
    ("Aoife O'Riordan"; not "Haustierbesitzern für Haustierbesitzer", a tagline's words)."""
    return all(len(words) > 1 and all(w[:1].isupper() for w in words)
               for words in (a["name"].split() for a in these))


def _shared(these: list[dict[str, str]], those: list[dict[str, str]]) -> bool:
    """Whether any person is in both lists (same letters)."""
    return any(people.same_person(a["name"], b["name"]) for a in these for b in those)


def _unslugged(page: Page, layers: dict[str, dict[str, Any]], found: list[dict[str, str]],
               exclude: tuple[str, ...]) -> list[dict[str, str]]:
    """Account handles ("ganesh-sitaraman") replaced by the name another layer or the
    byline gives the same person; where all are handles of nobody the byline names,
    the byline's people (the handle is the uploader's)."""
    byline = _run(page, "byline", lambda p: bylines.byline_authors(p, exclude), [])
    names = [a["name"] for key in ("meta", "microdata", "nextdata") for a in layers[key].get("authors") or ()]
    names = [n for n in [*names, *(b["name"] for b in byline)] if not people.is_slug(n) and not _is_handle(n)]
    matched = [{"name": next((n for n in names if people.same_person(a["name"], n)), a["name"])} for a in found]
    if byline and all(people.is_slug(a["name"]) for a in matched):
        return byline
    return matched


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
    """The main-text body, unless a structured body is clearly better (module constants).
    ``structured``: microdata, JSON-LD, page state (whose body is a guess by key name)."""
    bodies = [(b, position == PAGE_STATE_POSITION) for position, layer in enumerate(structured)
              if len(b := layer.get("articleBody") or "") >= STRUCTURED_BODY_MIN]
    if not bodies:
        # a short post main text could not tell from the page around it: the element
        # the page marks as the body (microdata, first of ``structured``), however short
        return main or structured[0].get("articleBody") or ""
    if len(main) < STRUCTURED_BODY_MIN:
        return max((b for b, _ in bodies), key=len)
    # main text's shingles, made where a body's length asks for them (most structured
    # bodies are about as long as main text's, and no comparison is made)
    main_shingles: set[int] | None = None
    for body, page_state in bodies:
        least = max(STRUCTURED_SUBSET_MIN, len(main) * STATE_SUBSET_OF_MAIN if page_state else 0)
        longer = len(body) > len(main) * STRUCTURED_LONGER
        if not longer and not least <= len(body) < len(main) * 0.9:
            continue
        if main_shingles is None:
            main_shingles = _shingles(main)
        if longer and _share(main_shingles, _shingles(body)) >= 0.9:
            return body
        if not longer and _share(body_shingles := _shingles(body), main_shingles) >= STRUCTURED_SUBSET_SHARE:
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
    """Hashes of the text's runs of 4 words (of all its words where it has fewer)."""
    words = _WORD.findall(text.casefold())
    if len(words) < 4:
        return {hash(tuple(words))}
    return set(map(hash, zip(words, words[1:], words[2:], words[3:])))


def _share(part: set[int], whole: set[int]) -> float:
    """Share of ``part``'s 4-word shingles found in ``whole``."""
    return len(part & whole) / len(part) if part else 0.0


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
#: Words of which every prompt holds one: three scans of a page's text rule out the
#: eighteen prompts where none is there (trafeval's texts: 0.35 -> 0.25 ms a page;
#: a newsletter's "subscribe" is on many pages).
_PAYWALL_WORDS = ("subscri", "member", "unlock")


def _accessible(page: Page, layers: dict[str, dict[str, Any]], body: str) -> bool | None:
    for key in ("jsonld", "microdata", "meta"):
        value = layers[key].get("isAccessibleForFree")
        if value is not None:
            return value
    if len(body) < PAYWALL_TEASER:
        text = page.tree.text_content().lower()
        if any(word in text for word in _PAYWALL_WORDS) and any(prompt in text for prompt in PAYWALL_PROMPTS):
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
        paywalled=fields.get("isAccessibleForFree"), dated=bool(fields.get("datePublishedRaw")),
    )
