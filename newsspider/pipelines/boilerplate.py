"""Strips boilerplate paragraphs from ``articleBody``.

Generic rules apply to every item, the site profile's rules to its own
pages (see :mod:`newsspider.extract.boilerplate`). Each rule that fires on an
item is counted as ``newsspider/boilerplate/<rule>``; an item none fired on as
``newsspider/boilerplate/clean``. A body that was nothing but boilerplate is
left empty (and counted as ``emptied``): validation then drops the item with
its own reason rather than archiving junk.
"""

from __future__ import annotations

import logging

from newsspider.extract.boilerplate import Rule, clean_body, site_rules
from newsspider.extract.sites import all_profiles, profile_for_url
from newsspider.extract.sites.base import SiteProfile
from newsspider.items import Article
from newsspider.pipelines.base import ArticlePipeline
from newsspider.stats import count

logger = logging.getLogger(__name__)

STEP = "boilerplate"


class BoilerplatePipeline(ArticlePipeline):
    step = STEP
    passes_on_failure = True

    def process_article(self, item: Article) -> Article:
        if not item.articleBody:
            return item
        body, fired = clean_body(item.articleBody, self._rules_for(item))
        for name in fired:
            count(self.stats, STEP, name)
        if not fired:
            count(self.stats, STEP, "clean")
        if not body:
            count(self.stats, STEP, "emptied")
            logger.warning("Body was all boilerplate (%(rules)s): %(url)s",
                           {"rules": ", ".join(fired), "url": item.url})
        item.articleBody = body
        return item

    @staticmethod
    def _rules_for(item: Article) -> tuple[Rule, ...]:
        profile = _profile(item)
        return site_rules(profile.name, profile.boilerplate) if profile else ()


def _profile(item: Article) -> SiteProfile | None:
    found = profile_for_url(item.canonicalUrl or item.url) or profile_for_url(item.url)
    if found is None and item.publisher:
        name = item.publisher.casefold()
        found = next((p for p in all_profiles() if p.publisher.casefold() == name), None)
    return found
