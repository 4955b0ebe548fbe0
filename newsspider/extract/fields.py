"""Small cleaners shared by the layers: text, URLs, language tags, people, keywords,
images, and HTML bodies from structured data turned into plain text."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

import lxml.html

if TYPE_CHECKING:
    from newsspider.extract.page import Page

_SPACE = re.compile(r"\s+")


def clean(text: Any) -> str | None:
    """Plain text with HTML entities decoded and whitespace collapsed; None where empty."""
    if text is None or isinstance(text, (dict, list, bool)):
        return None
    text = _SPACE.sub(" ", html.unescape(str(text))).strip()
    return text or None


_TAG = re.compile(r"<[^>]{0,500}>")


def plain(text: Any) -> str | None:
    """:func:`clean` for values that may carry inline HTML (``<em>``, ``<br/>``)."""
    if isinstance(text, str) and "<" in text:
        text = _TAG.sub(" ", text)
    return clean(text)


def absolute(page: Page, url: Any) -> str | None:
    """``url`` made absolute against the page's URL; None for empty or non-http values."""
    url = clean(url)
    if not url or url.startswith(("data:", "javascript:", "#")):
        return None
    url = urljoin(page.url or "", url)
    return url if url.startswith(("http://", "https://", "file://")) else None


_LANG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z0-9]{2,8}))?")


def language(value: Any) -> str | None:
    """BCP 47 from ``en_US``, ``en-us``, ``EN``: ``en-US``, ``en``; None for junk."""
    value = clean(value)
    match = _LANG.match(value or "")
    if not match:
        return None
    lang, region = match.group(1).lower(), match.group(2)
    if region and len(region) == 2:
        return f"{lang}-{region.upper()}"
    return f"{lang}-{region.title()}" if region and len(region) == 4 else lang


def split_keywords(value: Any) -> list[str]:
    """Keywords from a comma/semicolon separated string or a list of them."""
    if isinstance(value, list):
        return [k for v in value for k in split_keywords(v)]
    if isinstance(value, dict):
        return split_keywords(value.get("name"))
    text = clean(value)
    if not text:
        return []
    return [k for k in (clean(part) for part in re.split(r"[,;|]", text)) if k]


def dedupe(values: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for value in values:
        key = value.casefold()
        if key not in seen:
            seen.add(key)
            out.append(value)
    return out


def image(page: Page, value: Any) -> dict[str, str] | None:
    """``{"url": absolute}`` from a URL string, an ``ImageObject`` or a list of either."""
    if isinstance(value, list):
        return next((found for v in value if (found := image(page, v))), None)
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl") or value.get("@id")
    url = absolute(page, value) if isinstance(value, str) else None
    return {"url": url} if url else None


_BLOCK_TAGS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section",
               "article", "ul", "ol", "table", "tr", "figure", "pre", "hr"}
_DROP_TAGS = ("script", "style", "noscript", "iframe", "figcaption", "button", "form", "svg")


def html_to_text(value: Any) -> str:
    """Plain text from a structured-data body that may carry HTML: blocks become
    paragraphs separated by a blank line, entities are decoded."""
    if not isinstance(value, str):
        return ""
    if "<" not in value:
        paragraphs = re.split(r"\n\s*\n|\r\n\s*\r\n", html.unescape(value))
        if len(paragraphs) == 1:
            paragraphs = value.split("\n") if "\n" in value else paragraphs
        return "\n\n".join(p for p in (clean(x) for x in paragraphs) if p)
    try:
        root = lxml.html.fragment_fromstring(value, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return clean(re.sub(r"<[^>]+>", " ", value)) or ""
    return element_text(root)


def element_text(root: Any) -> str:
    """Text of an element, block by block, paragraphs separated by a blank line; scripts,
    styles, captions and forms skipped (the tree is not modified: layers share it)."""
    chunks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = clean("".join(current))
        if text:
            chunks.append(text)
        current.clear()

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None or tag in _DROP_TAGS:
            return
        block = tag in _BLOCK_TAGS
        if block:
            flush()
        if el.text:
            current.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    return "\n\n".join(chunks)


# People ---------------------------------------------------------------------------------

_BY = re.compile(r"^\s*(?:(?:written|posted|reported|edited|compiled|story|text|words)\s+)?by[:\s]+", re.I)
#: Where a byline's date part starts ("By Jane Doe Published: Jul 11, 2021 ..."): cut off.
DATE_PART = re.compile(r"\b(?:(?:last|first)\s+)?(?:updated|published|posted|modified)\b.*", re.I | re.S)
_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\||/)\s*", re.I)
_NOT_A_PERSON = re.compile(
    r"(\d|@|https?:|www\.|\.com\b|\bago\b|e-?mail|\bauthor\b|\bstaff\b|\bdesk\b|\bbureau\b|\bteam\b|"
    r"\beditor(s|ial)?\b|\bcorrespondent\b|\bnews\b|\bservice\b|\bagency\b|\bonline\b|\bcontributor\b|"
    r"\bupdated\b|\bpublished\b|\bfollow\b|\bread\b|\bmore\b|\bwire\b|\bdigital\b|\bmedia\b|\breporter\b|"
    r"\bfeeds?\b|\bsyndicated\b|\bguest\b|\badmin\b|\bnewsroom\b|\bweb\b|\btimes\b|\bexpress\b|\bpost\b|\bnow\b)",
    re.I,
)


def wire_module() -> Any | None:
    """``newsspider.wire``, or None while it cannot be imported (never fatal here)."""
    try:
        from newsspider import wire
    except Exception:  # noqa: BLE001
        return None
    return wire


def _agency_name(text: str) -> str | None:
    agency_name = getattr(wire_module(), "agency_name", None)
    if agency_name is None:
        return None
    try:
        return agency_name(text)
    except Exception:  # noqa: BLE001 - a byline the library chokes on is simply no agency
        return None


def person_names(text: Any, exclude: tuple[str, ...] = ()) -> list[str]:
    """People's names in a byline string: ``By A and B`` → ``[A, B]``; desks, agencies,
    times, e-mail prompts and site names are not people."""
    text = clean(text)
    if not text or len(text) > 200:
        return []
    text = DATE_PART.sub("", text)
    text = _BY.sub("", text.split(" | ")[0])  # "Name | Place", "Names | Agency": names come first
    text = re.sub(r"\s*\(.*?\)\s*", " ", text)  # "(with inputs from Reuters)"
    names = []
    for part in _SPLIT.split(text):
        name = clean(_BY.sub("", part or ""))
        if not name or _NOT_A_PERSON.search(name):
            continue
        words = name.split()
        if not 1 <= len(words) <= 5 or not any(c.isupper() for c in name):
            continue
        # "PTI NEW DELHI" (an agency and its dateline), "Economy Press Trust of India" (a
        # topic link run into the agency): not people
        if name.casefold() in exclude or _agency_name(words[0]) \
                or any(_agency_name(" ".join(words[i:])) for i in range(len(words))):
            continue
        names.append(name.title() if name.isupper() else name)
    return names


def authors(values: list[Any], exclude: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """``[{"name": ...}]`` from JSON-LD author values (objects, lists, strings) and byline
    strings; organisations are skipped, duplicates removed."""
    names: list[str] = []
    for value in values:
        if isinstance(value, list):
            names.extend(a["name"] for a in authors(value, exclude))
            continue
        if isinstance(value, dict):
            kinds = value.get("@type")
            kinds = {str(k).casefold() for k in (kinds if isinstance(kinds, list) else [kinds]) if k}
            if kinds & {"organization", "newsmediaorganization", "corporation"}:
                continue
            value = value.get("name")
            if isinstance(value, list):
                names.extend(a["name"] for a in authors(value, exclude))
                continue
        names.extend(person_names(value, exclude))
    return [{"name": n} for n in dedupe(names)]
