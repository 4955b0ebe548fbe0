"""The Economic Times (economictimes.indiatimes.com): business news, with PTI,
Reuters and Bloomberg copy beside its own stories and ET Now interviews.

Story pages are ``/<section>/.../articleshow/<msid>.cms`` (AMP on
``m.economictimes.com``). Dates come from the NewsArticle JSON-LD; the story
is ``div.artText``, paragraphs split by ``<br>`` pairs. Around and inside it:
the "Font Size / Abc Small" toolbar of the byline box, the ETMarkets promotion
("What's moving Sensex and Nifty ...", "Download The Economic Times News
App ..."), the syndication note of wire copy ("This story has not been edited
by economictimes.com and is auto–generated ...", with an en dash the generic
rule does not expect) and the comment form ("Share this Comment"); the page's "Synopsis" and "Related" headings sit above
the story.
"""

from __future__ import annotations

from newsspider.extract.sites.base import SiteProfile

SITE = "https://economictimes.indiatimes.com"

PROFILE = SiteProfile(
    name="economic_times",
    publisher="The Economic Times",
    domains=("economictimes.indiatimes.com", "economictimes.com"),
    timezone="Asia/Kolkata",
    language="en",
    feeds=(
        f"{SITE}/rssfeedstopstories.cms",
        f"{SITE}/rssfeedsdefault.cms",
        f"{SITE}/markets/rssfeeds/1977021501.cms",
        f"{SITE}/news/economy/rssfeeds/1373380680.cms",
        f"{SITE}/industry/rssfeeds/13352306.cms",
    ),
    sitemaps=(
        f"{SITE}/etstatic/sitemaps/et/news/sitemap-today.xml",
    ),
    article_url=r"/articleshow/\d+\.cms(?:[?#]|$)",
    boilerplate=(
        r"(?P<page_furniture>^(?:Font Size|Abc Small|Abc Medium|Abc Large|Share this Comment"
        r"|Read More News on|Save|Print|Comments?|Synopsis|Related)$)",
        r"(?P<market_promo>^\(?What's moving Sensex and Nifty\b|^Download The Economic Times (?:News )?App\b"
        r"|^\(?You can now subscribe to our (?:ETMarkets )?WhatsApp channel\)?)",
        r"(?P<syndication>^\(?This (?:story|article) has not been edited by (?:economictimes\.com|ET)\b)",
    ),
)
