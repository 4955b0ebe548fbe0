"""Scrapy's own extensions that the settings keep off are not even imported.

Scrapy imports every extension it lists (``EXTENSIONS_BASE``) and only then asks
it whether it is on. The remote control's module imports aiohttp's web server:
0.15 s of CPU at every start, a twentieth of a 181-page crawl's, for an extension
``REMOTE_CONTROL_ENABLED = False`` keeps off; the telnet console's imports
Twisted's conch (5 ms). Where its own setting keeps one off, this add-on takes it
out of ``EXTENSIONS_BASE`` (an entry ``None`` in ``EXTENSIONS`` would not do:
Scrapy imports the keys of ``EXTENSIONS`` to compare them with the base's). The
crawl is the same: the extension would have raised ``NotConfigured`` at once.
One switched on (``-s REMOTE_CONTROL_ENABLED=True``) loads as before.
"""

from __future__ import annotations

from scrapy.settings import BaseSettings

#: Scrapy's extensions whose import costs, and the setting that switches each on.
SWITCHES = {
    "scrapy.extensions.remote_control.RemoteControl": "REMOTE_CONTROL_ENABLED",
    "scrapy.extensions.telnet.TelnetConsole": "TELNETCONSOLE_ENABLED",
}


class UnloadedExtensions:
    def update_settings(self, settings: BaseSettings) -> None:
        base = settings.getdict("EXTENSIONS_BASE")
        off = [path for path, switch in SWITCHES.items() if path in base and not settings.getbool(switch)]
        if off:
            settings.set("EXTENSIONS_BASE", {path: order for path, order in base.items() if path not in off},
                         priority=settings.getpriority("EXTENSIONS_BASE") or 0)
