"""NDTV (ndtv.com): general and business news (NDTV Profit), with PTI,
Reuters, AFP and IANS copy, often "Edited by <editor> (with inputs from
Reuters)".

Story pages are ``/<section>/<slug>-<7-digit id>`` (``?amp=1`` for AMP); videos
(``/video/...``) and photo galleries are not stories. The byline nav
``nav.pst-by`` holds the topic, the editor with the wire credit and
``meta[itemprop=datePublished]``; the story is ``div#ins_storybody``. Wire
copy ends with "(Except for the headline, this story has not been edited by
NDTV staff ...)" (a generic disclaimer rule); inside the story sit the
JioSaavn "Promoted" box and after it "Track Latest News Live on NDTV.com ...".
Its feeds are served by FeedBurner.

The byline nav runs the topic link, the author and the date together
("Economy Press Trust of India Updated: ..."), so a syndicated story's credit
is read here from the author's own ``itemprop=name``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsspider import wire
from newsspider.extract.sites.base import SiteProfile

if TYPE_CHECKING:
    from newsspider.extract.page import Page

_AUTHOR_NAMES = "//nav[contains(@class, 'pst-by')]//*[@itemprop='author']//*[@itemprop='name']"


def extract(page: Page) -> dict[str, Any]:
    """The wire agency named as the story's author in the byline nav, if any."""
    for node in page.tree.xpath(_AUTHOR_NAMES):
        agency = wire.agency_name(node.text_content())
        if agency:
            return {"agency": agency}
    return {}


FEEDBURNER = "https://feeds.feedburner.com"

PROFILE = SiteProfile(
    name="ndtv",
    publisher="NDTV",
    domains=("ndtv.com",),
    timezone="Asia/Kolkata",
    language="en",
    feeds=(
        f"{FEEDBURNER}/ndtvprofit-latest",
        f"{FEEDBURNER}/ndtvnews-top-stories",
        f"{FEEDBURNER}/ndtvnews-latest",
        f"{FEEDBURNER}/ndtvnews-india-news",
        f"{FEEDBURNER}/ndtvnews-world-news",
    ),
    sitemaps=(
        "https://www.ndtv.com/sitemap/google-news-sitemap",
    ),
    article_url=r"^https?://[^/]+/(?!video/|videos/|photos?/|webstories/)(?:[\w-]+/)+[\w-]+-\d{6,8}(?:[?#]|$)",
    boilerplate=(
        r"(?P<footer_promo>^Track Latest News Live on NDTV\.com\b|^Watch Live News\s*:?$"
        r"|^Featured Video Of The Day$)",
        r"(?P<promoted>^Promoted$|^(?:Promoted\s*)?Listen to the latest songs,? only on JioSaavn\.com\.?$)",
    ),
    extract=extract,
)
