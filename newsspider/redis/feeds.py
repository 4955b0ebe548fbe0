"""Feed file names of a worker: ``%(worker)s`` (``NEWSSPIDER_WORKER``) beside
the run's own parameters (``newsspider.feedstorage.run_uri_params``)."""

from __future__ import annotations

from typing import Any

from scrapy import Spider

from newsspider.feedstorage import run_uri_params


def worker_uri_params(params: dict[str, Any], spider: Spider) -> dict[str, Any]:
    """``FEED_URI_PARAMS`` of a scaled-out crawl."""
    return {**run_uri_params(params, spider), "worker": spider.crawler.settings["NEWSSPIDER_WORKER"]}


def with_worker(uri: str) -> str:
    """``uri`` naming its file after the worker too: ``%(worker)s`` after
    ``%(time)s`` unless the URI already has it; URIs without ``%(time)s``
    (one ``-o`` file) are left alone."""
    if "%(worker)s" in uri or "%(time)s" not in uri:
        return uri
    return uri.replace("%(time)s", "%(time)s-%(worker)s", 1)
