"""The New Indian Express (newindianexpress.com): national news and columns,
with PTI, IANS and ANI copy ("By PTI", body opening ``LUCKNOW:``) beside
"Express News Service" stories; the "By PTI" line opens ``div#storyContent``.

Story pages are ``/<section>/.../<yyyy>/<mon>/<dd>/<slug>-<id>.html``.
``h1.ArticleHead``, a summary (``div.straptxt``), "Published: 20th December
2020 07:15 AM | Last Updated: ..." with the A+/A/A- font buttons; dates also
in the NewsArticle JSON-LD. The story is ``div#storyContent``; around it the
e-mail share form ("Share Via Email"), the Telegram pitch ("Now we are on
Telegram too ...") and the comment notice ("We respect your thoughts and
views ...", a generic rule).
"""

from __future__ import annotations

from newsspider.extract.sites.base import SiteProfile

SITE = "https://www.newindianexpress.com"

PROFILE = SiteProfile(
    name="new_indian_express",
    publisher="The New Indian Express",
    domains=("newindianexpress.com",),
    timezone="Asia/Kolkata",
    language="en",
    feeds=(
        f"{SITE}/Nation/rssfeed/?id=170&getXmlFeed=true",
        f"{SITE}/Business/rssfeed/?id=182&getXmlFeed=true",
    ),
    sitemaps=(
        f"{SITE}/sitemap.xml",
    ),
    article_url=r"/\d{4}/(?i:[a-z]{3})/\d{2}/[\w-]+-\d{5,9}\.html(?:[?#]|$)",
    boilerplate=(
        r"(?P<byline>^By\s+(?:[A-Z][\w.'’-]*\s*){1,5}$)",
        r"(?P<telegram>^Now we are on Telegram too\.? Follow us for updates\.?$)",
        r"(?P<page_furniture>^(?:Share Via Email|A\+\s*A\s*A-|TAGS|Comments)$)",
        r"(?P<published>^Published\s*:\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b.{0,80}$)",
    ),
)
