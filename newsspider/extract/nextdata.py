"""Article fields from embedded page state: ``script#__NEXT_DATA__`` (Next.js) and
similar JSON scripts.

The state has no fixed schema; the article is the object with the longest body
under a body-like key (``articleBody``, ``htmlContent``, ``body``, ``content`` ...),
its headline and description under the usual names beside it.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from newsspider.extract import fields as f
from newsspider.extract import people
from newsspider.extract.meta import head

if TYPE_CHECKING:
    from newsspider.extract.page import Page

STATE_IDS = ("__NEXT_DATA__", "__NUXT_DATA__", "__FRONTITY_CONNECT_STATE__", "__APOLLO_STATE__")
BODY_KEYS = ("articleBody", "htmlContent", "bodyHtml", "contentHtml", "body", "content", "storyContent",
             "articleContent", "text", "html")
_BODY_KEY_SET = frozenset(BODY_KEYS)
HEADLINE_KEYS = ("headline", "pageTitle", "title", "seoTitle", "name")
DESCRIPTION_KEYS = ("description", "metaDescription", "summary", "synopsis", "subtitle", "standfirst")
AUTHOR_KEYS = ("authors", "author", "byline", "articleMappedMultipleAuthors", "authorName")
#: A body shorter than this is a teaser or a caption, not the story.
MIN_BODY = 400
#: Objects visited at most: state blobs can be megabytes of unrelated data.
MAX_NODES = 50_000


def state(page: Page) -> Any | None:
    """The first embedded state script that parses (cached)."""
    if "nextdata" not in page.cache:
        scripts = head(page).json_scripts
        data = None
        for key in STATE_IDS:
            text = scripts.get(key)
            if text and text.strip():
                try:
                    data = json.loads(text)
                    break
                except (ValueError, RecursionError):  # nested past the interpreter's limit: not read
                    page.cache.setdefault("problems", []).append(f"nextdata: {key} is not JSON")
        page.cache["nextdata"] = data
    return page.cache["nextdata"]


def _body(value: Any) -> str:
    if isinstance(value, str):
        return f.html_to_text(value) if len(value) >= MIN_BODY else ""
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value[:5]):
        parts = []
        for block in value:
            text = next((block[k] for k in ("html", "text", "content", "value") if isinstance(block.get(k), str)), "")
            if text:
                parts.append(f.html_to_text(text))
        return "\n\n".join(p for p in parts if p)
    return ""


def _article(data: Any) -> tuple[dict[str, Any], str] | None:
    """The object with the longest body, in a depth-first walk in document order
    (the first of equal bodies wins). Objects are tested against ``_BODY_KEY_SET``
    before the keys are tried in order, and only lists and objects are stacked:
    0.25 s instead of 0.42 s for the 108 page states of the bench, same objects."""
    best: tuple[dict[str, Any], str] | None = None
    stack = [data]
    seen = 0
    while stack and seen < MAX_NODES:
        node = stack.pop()
        seen += 1
        if type(node) is list:
            stack.extend(reversed(node))
            continue
        if type(node) is not dict:
            continue
        if not _BODY_KEY_SET.isdisjoint(node):
            for key in BODY_KEYS:
                if key in node and isinstance(node[key], (str, list)):
                    body = _body(node[key])
                    if len(body) >= MIN_BODY and (best is None or len(body) > len(best[1])):
                        best = (node, body)
                    break
        children = [v for v in node.values() if type(v) is dict or type(v) is list]
        children.reverse()
        stack.extend(children)
    return best


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    return next((text for k in keys if isinstance(obj.get(k), str) and (text := f.plain(obj[k]))), None)


def extract(page: Page) -> dict[str, Any]:
    data = state(page)
    if data is None:
        return {}
    found = _article(data)
    if found is None:
        return {}
    obj, body = found
    author_values = next((obj[k] for k in AUTHOR_KEYS if obj.get(k)), None)
    return {
        "headline": _first(obj, HEADLINE_KEYS),
        "description": _first(obj, DESCRIPTION_KEYS),
        "articleBody": body,
        "authors": people.authors([author_values]) if author_values else [],
        "_authorValues": [author_values],
    }
