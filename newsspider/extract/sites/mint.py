"""Mint (livemint.com): business and markets news from HT Media, with PTI,
Reuters and Bloomberg copy beside its own.

Story pages end in a 14-digit id (``...-11613646112891.html``; AMP
``.../amp-11613646112891.html``). The headline, "2 min read . Updated: 18 Feb
2021, 04:55 PM IST" and the summary sit in ``article#article_<id>``, the story
in ``div.mainArea`` (``div.FirstEle`` then ``div.paywall``), cut by "MORE
FROM THIS SECTION" and "TRENDING STORIES" carousels whose heading runs into
their "See All" link, followed by the newsletter box and app pitches. Wire
copy carries "This story has been published from a wire agency feed ...".
"""

from __future__ import annotations

from newsspider.extract.sites.base import SiteProfile

SITE = "https://www.livemint.com"

PROFILE = SiteProfile(
    name="mint",
    publisher="Mint",
    domains=("livemint.com",),
    timezone="Asia/Kolkata",
    language="en",
    feeds=(
        f"{SITE}/rss/news",
        f"{SITE}/rss/Markets",
        f"{SITE}/rss/companies",
        f"{SITE}/rss/money",
        f"{SITE}/rss/opinion",
    ),
    sitemaps=(
        f"{SITE}/sitemap/today.xml",
        f"{SITE}/sitemap/yesterday.xml",
    ),
    article_url=r"\d{14}\.html(?:[?#]|$)",
    boilerplate=(
        r"(?P<related_links>^(?:MORE FROM THIS SECTION|TRENDING STORIES|Recommended For You|Top Picks)"
        r"\s*(?:See All)?$)",
        r"(?P<newsletter>^Subscribe to Mint Newsletters?\b|^\* ?Enter a valid email$"
        r"|^\* ?Thank you for subscribing to our newsletter\.?$)",
        r"(?P<app_promo>^Catch all the .{0,120}\bUpdates on Live ?Mint\b|^Download (?:The |the )?Mint (?:News )?App\b"
        r"|^Never miss a story! Stay connected and informed with Mint\b)",
        r"(?P<syndication>^\(?This story has been published from a wire agency feed without modifications\b)",
        r"(?P<reading_time>^\d{1,3} min read.{0,40}$)",
        r"(?P<updated>^Updated\s*:?\s*\d{1,2} [A-Z][a-z]{2} \d{4}, \d{1,2}:\d{2} [AP]M IST$)",
    ),
)
