"""The switch: ``NEWSSPIDER_REDIS_URL`` (setting, ``-s`` or environment variable).

Unset (the default), this add-on changes nothing: one process, Scrapy's
scheduler, the embedded SQLite state. Set to ``redis://host:port/db``, it
makes the crawl one worker among several sharing that Redis server:

- the request queue and the duplicate filter are scrapy-redis's, on Redis
  (``newsspider.redis.scheduler.RedisScheduler``, ``RedisDupeFilter``), so
  every worker takes requests from one frontier;
- the archive state is on Redis (``newsspider.redis.store``), so each
  story is exported once whichever worker fetches it;
- start URLs can be pushed to ``P:<spider>:start_urls``
  (:mod:`newsspider.redis.coordinator`);
- batch files carry the worker's name (``%(worker)s``, ``NEWSSPIDER_WORKER``,
  default ``<hostname>-<pid>``), so workers sharing a folder never collide.

Keys start with ``NEWSSPIDER_REDIS_PREFIX`` (default ``newsspider``): one
prefix per archive. Needs ``pip install newsspider[redis]``; nothing here is
imported from it unless the switch is on.
"""

from __future__ import annotations

import os

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings

ENVIRONMENT_VARIABLE = "NEWSSPIDER_REDIS_URL"


def redis_url(settings: BaseSettings) -> str:
    return settings.get("NEWSSPIDER_REDIS_URL") or os.environ.get(ENVIRONMENT_VARIABLE, "")


class RedisAddon:
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisAddon:
        if not redis_url(crawler.settings):
            raise NotConfigured  # the switch is off: silently not enabled
        return cls()

    def update_settings(self, settings: BaseSettings) -> None:
        url = redis_url(settings)
        if not url:
            return
        try:
            import scrapy_redis  # noqa: F401
        except ImportError as exc:
            raise RuntimeError(f"{ENVIRONMENT_VARIABLE} is set but scrapy-redis is not installed: "
                               "pip install 'newsspider[redis]'") from exc
        from newsspider.redis.coordinator import RedisCoordinator
        from newsspider.redis.feeds import with_worker
        from newsspider.redis.worker import RedisWorker, default_worker_id

        prefix = settings["NEWSSPIDER_REDIS_PREFIX"]

        def force(name: str, value: object) -> None:
            """Set over the project's value (the switch wins), not over the user's own ``-s``."""
            priority = max(settings.getpriority(name) or 0, SETTINGS_PRIORITIES["addon"])
            if priority < SETTINGS_PRIORITIES["cmdline"] or name == "NEWSSPIDER_REDIS_URL":
                settings.set(name, value, priority)

        def default(name: str, value: object) -> None:
            if not settings.get(name):
                force(name, value)

        force("NEWSSPIDER_REDIS_URL", url)
        force("REDIS_URL", url)
        default("NEWSSPIDER_WORKER", default_worker_id())
        force("SCHEDULER", "newsspider.redis.scheduler.RedisScheduler")
        force("DUPEFILTER_CLASS", "newsspider.redis.dupefilter.RedisDupeFilter")
        force("NEWSSPIDER_STATE_STORE", "newsspider.redis.store.RedisStateStore")
        force("NEWSSPIDER_SYNDICATION_STORAGE", "newsspider.redis.syndication.redis_storage")
        default("SCHEDULER_QUEUE_KEY", f"{prefix}:%(spider)s:requests")
        default("SCHEDULER_DUPEFILTER_KEY", f"{prefix}:%(spider)s:dupefilter")
        default("REDIS_START_URLS_KEY", f"{prefix}:%(name)s:start_urls")
        force("FEED_URI_PARAMS", "newsspider.redis.feeds.worker_uri_params")
        feeds = settings.getdict("FEEDS")
        force("FEEDS", {with_worker(str(uri)): options for uri, options in feeds.items()})
        settings.set_in_component_priority_dict("EXTENSIONS", RedisWorker, 470)
        settings.set_in_component_priority_dict("EXTENSIONS", RedisCoordinator, 480)
