"""JSON-LD blocks of a page, parsed leniently and flattened.

Publishers' JSON-LD is often not valid JSON: raw control characters inside
strings, trailing commas, several objects in one block, HTML comments around
it. Each block is tried strictly, then repaired; a block that still does not
parse is skipped (and counted by the caller), never fatal.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from newsspider.extract import fields as f
from newsspider.extract import people
from newsspider.extract.meta import head

if TYPE_CHECKING:
    from newsspider.extract.page import Page

ARTICLE_TYPES = {
    "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "article", "blogposting",
    "liveblogposting", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
    "scholarlyarticle", "techarticle", "report", "socialmediaposting", "webpage",
}

_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_COMMENTS = re.compile(r"^\s*(<!--|//\s*<!\[CDATA\[|/\*<!\[CDATA\[\*/)|(-->|//\s*\]\]>|/\*\]\]>\*/)\s*$")
#: How a block that ``_COMMENTS`` can match starts or ends, once stripped: the pattern is
#: tried on those only (the same results), since its closing half is tried at every
#: character of a block, ``articleBody`` and all: 24 -> 0.2 µs a page on trafeval's
#: blocks, 33 -> 0.2 on wcxb's (the same texts out on the 2,945 blocks of the five sets).
_WRAPPED_START = ("<", "/")
_WRAPPED_END = (">", "/")
_CONTROL = re.compile(r"[\x00-\x1f]")
_BAD_ESCAPE = re.compile(r'\\(?!["\\/bfnrtu])')
#: Lists and objects nested deeper than this make a block unreadable. The layers walk a
#: block's values by recursion (``_walk``, ``resolved``, ``people.authors``), so an author
#: in 700 nested lists ended the JSON-LD layer in a RecursionError (and ``json.loads``
#: itself raises one past about 1,000 levels), losing the page's headline and dates with
#: it. The deepest block of the five bench sets' 2,918 is 11 levels deep.
MAX_DEPTH = 100


def loads_lenient(text: str) -> Any | None:
    """Parse one JSON-LD block; None where even the repaired text is not JSON, or where
    it is nested deeper than ``MAX_DEPTH`` (no real block is; see there)."""
    try:
        data = _loads_repaired(text)
    except RecursionError:
        return None
    return None if _deeper_than(data, MAX_DEPTH, text) else data


def _deeper_than(data: Any, limit: int, text: str) -> bool:
    """Whether ``data`` (parsed from ``text``) nests lists and objects more than ``limit``
    deep: walked without recursion, and only where ``text`` has brackets enough (a
    count in C: nearly every block has fewer than ``limit``)."""
    if text.count("[") + text.count("{") <= limit:
        return False
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def _loads_repaired(text: str) -> Any | None:
    """One JSON-LD block parsed, strictly, then repaired step by step."""
    text = text.strip()
    if text.startswith(_WRAPPED_START) or text.endswith(_WRAPPED_END):
        text = _COMMENTS.sub("", text)
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        pass
    # Raw control characters inside strings: allowed by strict=False.
    repaired = _TRAILING_COMMA.sub(r"\1", text)
    try:
        return json.loads(repaired, strict=False)
    except ValueError:
        pass
    # Newlines/tabs outside strings are fine; inside strings JSON needs them escaped.
    repaired = _CONTROL.sub(" ", repaired)
    try:
        return json.loads(repaired, strict=False)
    except ValueError:
        pass
    # Invalid escapes ("\\'", "\\ ") and a trailing semicolon.
    repaired = _BAD_ESCAPE.sub(r"\\\\", repaired).rstrip().rstrip(";")
    try:
        return json.loads(repaired, strict=False)
    except ValueError:
        pass
    # Several objects one after another ("{...}{...}") or a list missing its brackets.
    try:
        return json.loads("[" + re.sub(r"}\s*{", "},{", repaired) + "]", strict=False)
    except ValueError:
        return None


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for child in node:
            yield from _walk(child)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"):
            child = node.get(key)
            if isinstance(child, (dict, list)):
                yield from _walk(child)


def types_of(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1].casefold() for k in kinds if k}


def blocks(page: Page) -> list[Any]:
    """Every JSON-LD block that parsed (cached on the page); ``page.cache['jsonld_broken']``
    counts the blocks that did not."""
    if "jsonld" not in page.cache:
        parsed, broken = [], 0
        for text in head(page).jsonld:
            data = loads_lenient(text)
            if data is None:
                broken += 1 if text.strip() else 0
            else:
                parsed.append(data)
        page.cache["jsonld"] = parsed
        page.cache["jsonld_broken"] = broken
    return page.cache["jsonld"]


def objects(page: Page) -> list[dict[str, Any]]:
    """All JSON-LD objects of the page, ``@graph``, lists and nested entities flattened."""
    if "jsonld_objects" not in page.cache:
        page.cache["jsonld_objects"] = [obj for block in blocks(page) for obj in _walk(block)]
    return page.cache["jsonld_objects"]


def article_objects(page: Page) -> list[dict[str, Any]]:
    """The objects that describe an article (``NewsArticle`` and kin), most specific first:
    a ``WebPage`` comes only after every real article type (cached: the layers ask
    3-4 times a page; a new list each time)."""
    if "jsonld_articles" not in page.cache:
        found = [o for o in objects(page) if types_of(o) & ARTICLE_TYPES]
        page.cache["jsonld_articles"] = sorted(found, key=lambda o: types_of(o) <= {"webpage"})
    return list(page.cache["jsonld_articles"])


def main_article(page: Page) -> dict[str, Any] | None:
    """The article object the page is about: the one whose ``url`` / ``mainEntityOfPage``
    is this page, else the first real article type with a body, else the first (cached:
    the page-type features, the classifier and this layer all ask)."""
    if "jsonld_main" not in page.cache:
        page.cache["jsonld_main"] = _main_article(page)
    return page.cache["jsonld_main"]


def _main_article(page: Page) -> dict[str, Any] | None:
    found = article_objects(page)
    if not found:
        return None
    targets = {u.rstrip("/") for u in (page.url, *head(page).links.get("canonical", ())) if u}
    for obj in found:
        if {u.rstrip("/") for u in _urls(obj)} & targets and not types_of(obj) <= {"webpage"}:
            return obj
    return next((o for o in found if o.get("articleBody") and not types_of(o) <= {"webpage"}), found[0])


def _urls(obj: dict[str, Any]) -> list[str]:
    urls = []
    for key in ("url", "mainEntityOfPage", "@id"):
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str):
            urls.append(value.strip())
    return urls


def resolved(page: Page, value: Any) -> Any:
    """``value`` with every reference (an object holding only ``@id``) replaced by the
    object of the page's JSON-LD that has that ``@id``: WordPress's Yoast writes
    ``"author": {"@id": ".../#/schema/person/..."}`` and the ``Person`` elsewhere in
    its ``@graph``."""
    if isinstance(value, list):
        return [resolved(page, v) for v in value]
    if isinstance(value, dict) and "@id" in value and len(value) == 1:
        return _by_id(page).get(str(value["@id"]), value)
    return value


def _by_id(page: Page) -> dict[str, dict[str, Any]]:
    if "jsonld_by_id" not in page.cache:
        page.cache["jsonld_by_id"] = {str(o["@id"]): o for o in objects(page) if "@id" in o and len(o) > 1}
    return page.cache["jsonld_by_id"]


def _text_list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [t for v in value for t in _text_list(v)]
    if isinstance(value, dict):
        value = value.get("name")
    text = f.clean(value)
    return [text] if text else []


def _free(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold() if value is not None else ""
    return {"true": True, "false": False, "yes": True, "no": False}.get(text)


def extract(page: Page) -> dict[str, Any]:
    """Raw fields from the page's main article object (dates are left to ``pagedates``)."""
    obj = main_article(page)
    if obj is None:
        return {}
    publisher = obj.get("publisher")
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    canonical = next((f.absolute(page, u) for u in _urls(obj) if u.startswith(("http", "/"))), None)
    free = _free(obj.get("isAccessibleForFree"))
    parts = obj.get("hasPart")
    for part in parts if isinstance(parts, list) else [parts]:
        if isinstance(part, dict) and _free(part.get("isAccessibleForFree")) is False:
            free = False
    section = _text_list(obj.get("articleSection"))
    # the article's language, else the page's: a Japanese Person "山田 太郎" is one name
    language = obj.get("inLanguage") if isinstance(obj.get("inLanguage"), str) else None
    language = language or head(page).lang
    return {
        "canonicalUrl": canonical,
        "headline": f.plain(obj.get("headline")) or f.plain(obj.get("name")),
        "description": f.plain(obj.get("description")),
        "articleBody": f.html_to_text(obj.get("articleBody") or obj.get("text")),
        "authors": people.authors([resolved(page, obj.get("author")), resolved(page, obj.get("creator"))],
                                  language=language),
        "_authorValues": [resolved(page, obj.get("author"))],
        "inLanguage": f.language(obj.get("inLanguage") if isinstance(obj.get("inLanguage"), str) else None),
        "section": section[0] if section else None,
        "keywords": f.split_keywords(obj.get("keywords")),
        "mainImage": f.image(page, obj.get("image") or obj.get("thumbnailUrl")),
        "publisher": f.clean(publisher.get("name")) if isinstance(publisher, dict) else f.clean(publisher),
        "isAccessibleForFree": free,
        "_types": types_of(obj),
    }


def all_types(page: Page) -> set[str]:
    """Every ``@type`` named by the page's JSON-LD (for classifying the page)."""
    return {t for obj in objects(page) for t in types_of(obj)}
