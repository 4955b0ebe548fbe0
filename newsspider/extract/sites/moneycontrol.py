"""Moneycontrol (moneycontrol.com): markets and business news, podcasts, with
PTI and Reuters copy beside "Moneycontrol News" stories.

Story pages are ``/news/<section>/.../<slug>-<id>.html`` (older ones
``..._<id>.html``). ``h1.article_title``, ``h2.article_desc``,
``div.article_author``, ``div.article_schedule`` ("February 18, 2021 / 07:31
PM IST"); dates also in the NewsArticle JSON-LD. The story is
``div.content_wrapper``; around it "first published: ...", "Tags: #...",
the app pitch ("Discover the latest Business News, Sensex, and Nifty
updates ...") and the footer ("Advertise with Us", "Follow us on").
"""

from __future__ import annotations

from newsspider.extract.sites.base import SiteProfile

SITE = "https://www.moneycontrol.com"

PROFILE = SiteProfile(
    name="moneycontrol",
    publisher="Moneycontrol",
    domains=("moneycontrol.com",),
    timezone="Asia/Kolkata",
    language="en",
    feeds=(
        f"{SITE}/rss/latestnews.xml",
        f"{SITE}/rss/MCtopnews.xml",
        f"{SITE}/rss/business.xml",
        f"{SITE}/rss/marketreports.xml",
        f"{SITE}/rss/economy.xml",
    ),
    sitemaps=(
        f"{SITE}/news/news-sitemap.xml",
    ),
    # Slugs may hold "|" and percent-escapes: ".../2021-wtc-final-|-has-india-..._15233081.html".
    article_url=r"/news/(?:[^/?#]+/)*[^/?#]+[-_]\d{5,9}\.html(?:[?#]|$)",
    boilerplate=(
        r"(?P<first_published>^(?i:first published)\s*:)",
        r"(?P<tags>^Tags\s*:\s*#)",
        r"(?P<footer>^(?:Advertise with Us|Follow us on|Copyright ©.{0,80}Moneycontrol)\b.{0,120}$)",
        r"(?P<app_promo>^Discover the latest Business News, Sensex,? and Nifty updates\b"
        r"|^Download (?:the )?(?:Moneycontrol|MC) App\b)",
    ),
)
