"""Publisher profiles: every module in this package that defines ``PROFILE``.

A page is matched to a profile by its URL's host, or, for saved pages and
``file://`` URLs, by what the page says of itself: its canonical URL,
``og:url`` or ``og:site_name``.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newsspider.extract.meta import head
from newsspider.extract.sites.base import SiteProfile

if TYPE_CHECKING:
    from newsspider.extract.page import Page


@lru_cache(maxsize=1)
def all_profiles() -> tuple[SiteProfile, ...]:
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        profile = getattr(module, "PROFILE", None)
        if isinstance(profile, SiteProfile):
            found.append(profile)
    return tuple(found)


def profile_by_name(name: str) -> SiteProfile | None:
    return next((p for p in all_profiles() if p.name == name), None)


def profile_for_url(url: str | None) -> SiteProfile | None:
    """The profile of the site that owns ``url``'s host; None for a URL with no host,
    or none a reader can take apart (a page's ``og:url`` of ``http://[::1/x``)."""
    try:
        host = urlsplit(url or "").hostname
    except ValueError:
        return None
    if not host:
        return None
    return _profile_for_host(host)


@lru_cache(maxsize=4096)
def _profile_for_host(host: str) -> SiteProfile | None:
    """Memoised (profiles are fixed at import): extraction asks about the same page's
    host about five times, and a crawl's pages share a few hosts."""
    return next((p for p in all_profiles() if p.owns_host(host)), None)


def profile_for_page(page: Page) -> SiteProfile | None:
    found = profile_for_url(page.url)
    if found:
        return found
    found_head = head(page)
    for url in found_head.links.get("canonical", []) + found_head.meta.get("og:url", []):
        found = profile_for_url(url.strip())
        if found:
            return found
    names = {n.strip().casefold() for n in found_head.meta.get("og:site_name", [])}
    return next((p for p in all_profiles() if p.publisher.casefold() in names), None)
