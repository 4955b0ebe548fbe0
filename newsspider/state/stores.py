"""Which store keeps a crawl's archive state.

``NEWSSPIDER_STATE_STORE`` names the class: the embedded
:class:`~newsspider.state.store.StateStore` (SQLite) by default; the Redis
switch (:mod:`newsspider.redis.addon`) sets
:class:`~newsspider.state.redis_store.RedisStateStore`, shared by every
worker. A store class is built with ``from_crawler(crawler, folder, job=...)``
when it has one, else ``cls(folder, job=...)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from scrapy.crawler import Crawler
from scrapy.utils.job import job_dir
from scrapy.utils.misc import build_from_crawler, load_object

from newsspider.state.store import StateStore

if TYPE_CHECKING:
    from newsspider.state.redis_store import RedisStateStore


def open_store(crawler: Crawler, folder: str | Path) -> StateStore | RedisStateStore:
    """The crawl's archive state store, opened."""
    store_cls = load_object(crawler.settings.get("NEWSSPIDER_STATE_STORE") or StateStore)
    return build_from_crawler(store_cls, crawler, folder, job=job_dir(crawler.settings))
