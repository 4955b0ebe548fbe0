"""``USER_AGENT`` built from the contact setting at crawl time.

``settings.py`` is read once, so a user agent written there with the contact
baked in would ignore ``-s NEWSSPIDER_CONTACT=...``. This add-on composes it
when the crawler's settings are final; a ``USER_AGENT`` the user sets
(``-s USER_AGENT=...``, a spider's ``custom_settings``) still wins, since
add-ons write at a lower priority.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from scrapy.settings import BaseSettings


def project_version() -> str:
    try:
        return version("newsspider")
    except PackageNotFoundError:
        return "0"


def user_agent(contact: str) -> str:
    return f"newsspider/{project_version()} (+{contact})" if contact else f"newsspider/{project_version()}"


class ContactUserAgent:
    def update_settings(self, settings: BaseSettings) -> None:
        settings.set("USER_AGENT", user_agent(settings.get("NEWSSPIDER_CONTACT", "")), priority="addon")
