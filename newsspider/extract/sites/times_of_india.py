"""The Times of India (timesofindia.indiatimes.com): news and the TOI blogs
(edit-page columns), with PTI, ANI, IANS and Reuters copy.

Story pages are ``/.../articleshow/<msid>.cms``; blog posts
``/blogs/<blog>/<slug>/``. Blog posts (WordPress, AMP) have the dates in
``article:published_time`` (the visible "March 14, 2020, 7:47 AM IST" is the
last edit), the story in ``div.main-content``, then "END OF ARTICLE" and the
comment widgets; the page header offers "WRITE FOR TOI BLOGS" and marks print
columns "FROM TOI PRINT EDITION".
"""

from __future__ import annotations

from newsspider.extract.sites.base import SiteProfile

SITE = "https://timesofindia.indiatimes.com"

PROFILE = SiteProfile(
    name="times_of_india",
    publisher="The Times of India",
    domains=("timesofindia.indiatimes.com", "timesofindia.com"),
    timezone="Asia/Kolkata",
    language="en",
    feeds=(
        f"{SITE}/rssfeedstopstories.cms",
        f"{SITE}/rssfeedmostrecent.cms",
        f"{SITE}/rssfeeds/-2128936835.cms",
        f"{SITE}/rssfeeds/1898055.cms",
        f"{SITE}/blogs/feed/defaultrss",
    ),
    sitemaps=(
        f"{SITE}/sitemap/today",
        f"{SITE}/sitemap/yesterday",
    ),
    article_url=r"/articleshow/\d+\.cms(?:[?#]|$)|/blogs/(?!author/|tag/|category/|feed/)[\w-]+/[\w-]+/?(?:[?#]|$)",
    boilerplate=(
        r"(?P<blog_promo>^(?:WRITE FOR TOI BLOGS|FROM TOI PRINT EDITION)$)",
        r"(?P<page_furniture>^(?:Top Comment|Start a Conversation|Visual Stories|Facebook Twitter Linkedin Email"
        r"|Popular from [\w ]{1,40})$)",
    ),
)
