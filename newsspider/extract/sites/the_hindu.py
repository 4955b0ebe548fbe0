"""The Hindu (thehindu.com): national and business news, with PTI and Reuters
copy beside its correspondents' stories.

Story pages end in ``/article<id>.ece``. The byline is ``Special Correspondent
CHANDIGARH, February 01, 2020 19:36 IST`` (place in capitals before the date:
``newsspider.wire.from_byline`` reads it); dates come from the NewsArticle
JSON-LD and ``meta[name=publish-date]``. The story is ``div#content-body-*``
after ``h2.intro``; inside it sit "Also Read" cards, "Click here to read ..."
links, and on later layouts the "Published - ..." line and the free-article
limit pitch.
"""

from __future__ import annotations

from newsspider.extract.sites.base import SiteProfile

SITE = "https://www.thehindu.com"

PROFILE = SiteProfile(
    name="the_hindu",
    publisher="The Hindu",
    domains=("thehindu.com",),
    timezone="Asia/Kolkata",
    language="en",
    feeds=(
        f"{SITE}/business/feeder/default.rss",
        f"{SITE}/news/feeder/default.rss",
        f"{SITE}/news/national/feeder/default.rss",
        f"{SITE}/news/international/feeder/default.rss",
        f"{SITE}/business/Economy/feeder/default.rss",
    ),
    sitemaps=(
        f"{SITE}/sitemap/googlenews/all/all.xml",
    ),
    article_url=r"/article\d+\.ece(?:[?#]|$)",
    boilerplate=(
        r"(?P<page_furniture>^(?:Share Article|PRINT|A\s*A\s*A|Return to frontpage|Comments|Copy link|Email"
        r"|Subscription Benefits Include)$)",
        r"(?P<link_prompt>^Click here to (?:read|download|watch|see)\b.{0,80}$)",
        r"(?P<published>^(?:Published|Updated)\s*[-:–]\s*[A-Z][a-z]+ \d{1,2}, \d{4}\b.{0,30}$)",
        r"(?P<subscription>^You have reached your limit for free articles\b|^To continue enjoying\b.{0,80}subscri"
        r"|^This article is closed for comments\.?$)",
    ),
)
