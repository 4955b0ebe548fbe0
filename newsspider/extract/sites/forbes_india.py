"""Forbes India (forbesindia.com): business features and news.

Story pages are ``/article/<section>/<slug>/<id>/<page>``. The headline is a
bare ``h1`` with the standfirst in ``h4``; ``div.author-name`` holds "By
<author>", ``div.update-date`` "Published: Jul 11, 2021 05:52:14 PM IST"
(the WebPage JSON-LD gives the same as "05:52:14 PM IST Jul 11, 2021"). The
story is ``div#info``, written with closing ``</p>`` tags and no opening ones,
so a parser drops those end tags and with them most paragraph breaks: the body
is read here from the page's source, each ``</p>`` ending a paragraph. A
"Related stories" box sits inside the story; "Advertise With Us" and the
subscription pitch around it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import lxml.html

from newsspider import wire
from newsspider.hugetags import cut_huge_tags
from newsspider.extract.sites.base import SiteProfile, block_paragraphs

if TYPE_CHECKING:
    from newsspider.extract.page import Page

#: The story's container in the source, up to the "Show More" link (or the footer).
_STORY = re.compile(r"<div[^>]*\bid=[\"']info[\"'][^>]*>(.*?)"
                    r"(?:<a[^>]*\bclass=[\"']readMore\b|<footer\b|</body>|\Z)", re.S | re.I)
_END_P = re.compile(r"</p\s*>", re.I)
#: Not story text: embedded players, images, the related-stories box, the Covid coverage link.
_DROP = ("//script | //style | //iframe | //img | //figure | //figcaption"
         " | //*[contains(@class, 'related-atrical') or contains(@class, 'forbslife_article')]")
#: Elements that start a new paragraph.
_BLOCKS = {"p", "div", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "table"}


def extract(page: Page) -> dict[str, Any]:
    """The story's paragraphs, cut at the source's ``</p>`` tags (and the credit
    of a wire story's opening, removed from them)."""
    match = _STORY.search(page.html or "")
    if match is None:
        return {}
    root = lxml.html.fragment_fromstring(cut_huge_tags(_END_P.sub("</p><p>", match.group(1)))[0],
                                      create_parent="div")
    for node in root.xpath(_DROP):
        node.drop_tree()
    body = "\n\n".join(block_paragraphs(root, _BLOCKS))
    if not body:
        return {}
    credit, body = wire.from_body(body)
    # agency and dateline only where the opening gives them: an empty one would clear the byline's
    found = {"agency": credit.agency, "dateline": credit.dateline}
    return {"articleBody": body, **{key: value for key, value in found.items() if value}}


SITE = "https://www.forbesindia.com"

PROFILE = SiteProfile(
    name="forbes_india",
    publisher="Forbes India",
    domains=("forbesindia.com",),
    timezone="Asia/Kolkata",
    language="en",
    feeds=(
        f"{SITE}/feeds/rss-feeds_article.xml",
        f"{SITE}/rssfeed/rss_all.xml",
    ),
    article_url=r"/article/[\w-]+/[\w-]+/\d+/\d+(?:[?#]|$)",
    boilerplate=(
        r"(?P<related_links>^Related stories$)",
        r"(?P<footer>^(?:Advertise With Us|Subscribe Now|Get Forbes India Magazine)\b.{0,80}$)",
        r"(?P<subscription>^(?:Check out our (?:Festive|anniversary|special) offers?\b.{0,200}"
        r"|Click here to know more\.?)$)",
    ),
    extract=extract,
)
