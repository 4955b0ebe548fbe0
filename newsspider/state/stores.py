"""The archive state store: what every store offers (:class:`Store`), and which
one a crawl opens.

``NEWSSPIDER_STATE_STORE`` names the class: the embedded
:class:`~newsspider.state.store.StateStore` (SQLite) by default; the Redis
switch (:mod:`newsspider.redis.addon`) sets
``newsspider.redis.store.RedisStateStore``, shared by every worker. The class
is loaded by its path, so ``state/`` never imports ``redis/`` (``redis/``
builds on ``state/``, not the other way round). A store class is built with
``from_crawler(crawler, folder, job=...)`` when it has one, else
``cls(folder, job=...)``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol, runtime_checkable

from scrapy.crawler import Crawler
from scrapy.utils.job import job_dir
from scrapy.utils.misc import build_from_crawler, load_object

from newsspider.state.store import Decision, Fetch, StateStore, Story


@runtime_checkable
class Store(Protocol):
    """The archive state as the pipeline, the middlewares and the feed storage
    use it: look a story up, claim an item (a version to export), and tie the
    claims to a batch file that is committed once renamed into place (the
    two-phase commit described in :mod:`newsspider.state.store`)."""

    @property
    def recovered(self) -> Mapping[str, int]:
        """What settling killed runs (or dead workers) did when the store opened, by outcome."""
        ...

    def close(self) -> None: ...

    def story(self, key: str) -> Story | None: ...

    def story_for_url(self, url: str) -> Story | None: ...

    def claim(self, fetch: Fetch) -> Decision: ...

    def touch(self, fetch: Fetch) -> None: ...

    def batch_opened(self, path: str | os.PathLike[str]) -> None: ...

    def batch_ready(self, path: str | os.PathLike[str], partial: str | os.PathLike[str]) -> int: ...

    def batch_stored(self, path: str | os.PathLike[str]) -> int: ...


def open_store(crawler: Crawler, folder: str | Path) -> Store:
    """The crawl's archive state store, opened."""
    store_cls = load_object(crawler.settings.get("NEWSSPIDER_STATE_STORE") or StateStore)
    store = build_from_crawler(store_cls, crawler, folder, job=job_dir(crawler.settings))
    if not isinstance(store, Store):
        raise TypeError(f"NEWSSPIDER_STATE_STORE {store_cls!r} does not implement newsspider.state.stores.Store")
    return store
