"""The top of the body and the wire credit: the agency and the dateline from the
bylines and author values, then from the body's opening, whose credit is removed;
before that, the page's header lines repeated at the body's top (the headline, a
breadcrumb trail, a byline or a date line) are trimmed, so that neither the headline
nor the byline ever opens ``articleBody``.
"""

from __future__ import annotations

import re
from typing import Any

from newsspider import wire
from newsspider.extract.headline import similar
from newsspider.extract.maintext import front_line

#: How many paragraphs at the top of the body :func:`front_matter` looks at, and how
#: long one may be.
FRONT_PARAGRAPHS = 4
FRONT_CHARS = 150
_BYLINE_WORDS = re.compile(r"\b(?:by|and)\b|[\W_]+", re.IGNORECASE)
_BREADCRUMB = re.compile(r"^(?:home|start)\s*[>»/›|]", re.IGNORECASE)
#: Paragraphs at the top of the body that may stand before the wire credit: a
#: standfirst (NDTV's ``h2.sp-descp``, Moneycontrol's ``h2.article_desc``, The Hindu's
#: ``h2.intro``, Mint's summary) or the headline repeated.
LEAD_PARAGRAPHS = 2


def credit(fields: dict[str, Any], layers: dict[str, dict[str, Any]], bylines: list[str]) -> dict[str, Any]:
    """``agency``, ``dateline`` and the trimmed ``articleBody``: the credit of the bylines
    and author values first, then of the body's opening (removed from the body)."""
    agency = dateline = None
    for text in _credit_texts(layers, bylines):
        found = wire.from_byline(text)
        agency = agency or found.agency
        dateline = dateline or found.dateline
    out: dict[str, Any] = {}
    body = fields.get("articleBody") or ""
    if body:
        names = [a["name"] for a in fields.get("authors") or ()] + ([agency] if agency else [])
        body = front_matter(body, fields.get("headline"), names, bylines)
        leads = [text for text in (fields.get("description"), fields.get("headline")) if text]
        found, body = _body_credit(body, leads)
        agency = agency or found.agency
        dateline = dateline or found.dateline
        out["articleBody"] = body
    out["agency"] = agency
    out["dateline"] = dateline
    return out


def _credit_texts(layers: dict[str, dict[str, Any]], bylines: list[str]) -> list[str]:
    texts = [*bylines]
    for layer in layers.values():
        for value in layer.get("_authorValues") or ():
            for item in value if isinstance(value, list) else [value]:
                name = item.get("name") if isinstance(item, dict) else item
                if isinstance(name, str):
                    texts.append(name)
    texts.extend(layers["meta"].get("_authorTexts") or ())
    return texts


def front_matter(body: str, headline: str | None, names: list[str], bylines: list[str] = ()) -> str:
    """The body without the page's header lines at its top: the headline repeated, a
    breadcrumb trail ("Home >Money >Personal Finance"), a byline block's text, a byline
    or date line ("2 min read . Updated: 18 Feb 2021, 04:55 PM IST Navneet Dubey", once
    the authors' names and the agency are taken out of it)."""
    paragraphs = body.split("\n\n")
    title = (headline or "").casefold()
    header = {" ".join(b.split()).casefold() for b in bylines}
    drop = 0
    for text in paragraphs[:FRONT_PARAGRAPHS]:
        if len(text) > FRONT_CHARS:
            break
        folded = " ".join(text.split()).casefold()
        if folded != title and folded not in header and not _BREADCRUMB.match(text):
            rest = text
            for name in names:
                rest = rest.replace(name, " ")
            rest = " ".join(rest.split())
            if _BYLINE_WORDS.sub("", rest) and not front_line(rest):
                break
        drop += 1
    return "\n\n".join(paragraphs[drop:]) if 0 < drop < len(paragraphs) else body


def _body_credit(body: str, leads: list[str]) -> tuple[wire.Credit, str]:
    """``wire.from_body`` on the body; where its opening holds no credit but the body
    opens with paragraphs like the description or headline (``leads``), on what follows
    them: "Standfirst.\n\nMumbai: The Reserve Bank ..." gives the dateline ``Mumbai``
    and loses only "Mumbai: ", the standfirst stays."""
    found, text = wire.from_body(body)
    if not body.lstrip().startswith(text):  # the opening held a credit
        return found, text
    paragraphs = body.split("\n\n")
    for skip in range(1, min(LEAD_PARAGRAPHS, len(paragraphs) - 1) + 1):
        if not any(similar(paragraphs[skip - 1], lead) for lead in leads):
            break
        rest = "\n\n".join(paragraphs[skip:])
        later, story = wire.from_body(rest)
        if not rest.lstrip().startswith(story) and _credible(later, paragraphs[skip][:80]):
            return later, "\n\n".join([*paragraphs[:skip], story])
    return found, text


def _credible(found: wire.Credit, opening: str) -> bool:
    """Whether a credit found past the lead is one: an agency, or a place in capitals or
    of at most two words ("Mumbai:", "NEW DELHI:"), not a title ("Star Wars Jedi: Fallen
    Order is ...")."""
    if found.agency:
        return True
    place = found.dateline or ""
    return bool(place) and (len(place.split()) <= 2 or place.upper() in opening)
