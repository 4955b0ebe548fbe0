"""Scrapy's own components that the settings keep off are not even imported.

Scrapy imports every extension and downloader middleware it lists
(``EXTENSIONS_BASE``, ``DOWNLOADER_MIDDLEWARES_BASE``) and only then asks it
whether it is on. The remote control's module imports aiohttp's web server:
0.15 s of CPU at every start, a twentieth of a 181-page crawl's, for an extension
``REMOTE_CONTROL_ENABLED = False`` keeps off; the telnet console's imports
Twisted's conch (5 ms); the cookies middleware's imports tldextract, and with it
requests and filelock, for a middleware ``COOKIES_ENABLED = False`` keeps off:
27-30 ms of CPU for the import alone (timed after Scrapy's own), 0.07 s of a
one-page crawl's CPU (``benchmarks/profile_crawl.py --limit 1``, six rounds
each, interleaved against the previous version: 0.80-0.84 s -> 0.74-0.77 s).
Where its own setting keeps one off, this add-on takes it out of its base list
(an entry ``None`` in ``EXTENSIONS`` would not do: Scrapy imports the keys of
``EXTENSIONS`` to compare them with the base's). The crawl is the same: the
component would have raised ``NotConfigured`` at once. One switched on
(``-s COOKIES_ENABLED=True``, or a site profile's settings) loads as before.
"""

from __future__ import annotations

from scrapy.settings import BaseSettings

#: Scrapy's components whose import costs: base list -> {component: the setting that switches it on}.
SWITCHES = {
    "EXTENSIONS_BASE": {
        "scrapy.extensions.remote_control.RemoteControl": "REMOTE_CONTROL_ENABLED",
        "scrapy.extensions.telnet.TelnetConsole": "TELNETCONSOLE_ENABLED",
    },
    "DOWNLOADER_MIDDLEWARES_BASE": {
        "scrapy.downloadermiddlewares.cookies.CookiesMiddleware": "COOKIES_ENABLED",
    },
}


class UnloadedExtensions:
    def update_settings(self, settings: BaseSettings) -> None:
        for name, switches in SWITCHES.items():
            base = settings.getdict(name)
            off = [path for path, switch in switches.items() if path in base and not settings.getbool(switch)]
            if off:
                settings.set(name, {path: order for path, order in base.items() if path not in off},
                             priority=settings.getpriority(name) or 0)
