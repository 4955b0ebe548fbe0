"""A refused request says why, as data: :class:`Refused`, an ``IgnoreRequest``
with its outcome (``newsspider/<step>/<reason>``) as attributes.

``failure_outcome`` (:mod:`newsspider.middlewares.outcomes`) reads those
attributes; it never parses a message. The project's own middlewares raise
``Refused``; Scrapy's components that refuse requests with a plain
``IgnoreRequest`` are used through the subclasses below, which only re-raise
their refusal as a ``Refused`` (``settings.DOWNLOADER_MIDDLEWARES`` puts them
in their parents' places). A refusal by redirects running out is read from the
request (``redirect_ttl``), which ``RedirectMiddleware`` keeps for that.
"""

from __future__ import annotations

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.robotstxt import RobotParser


class Refused(IgnoreRequest):
    """``IgnoreRequest`` with its outcome: ``step`` (``skipped`` or ``failed``) and
    ``reason``; ``counted`` where the raiser already counted it."""

    def __init__(self, step: str, reason: str, message: str, *, counted: bool = False) -> None:
        super().__init__(message)
        self.step = step
        self.reason = reason
        self.counted = counted


class OffsiteRefusals(OffsiteMiddleware):
    """Scrapy's ``OffsiteMiddleware``: ``skipped/offsite``."""

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        try:
            super().process_request(request)
        except Refused:
            raise
        except IgnoreRequest as exc:
            raise Refused("skipped", "offsite", str(exc)) from exc


class RobotsTxtRefusals(RobotsTxtMiddleware):
    """Scrapy's ``RobotsTxtMiddleware``: ``skipped/robots_txt``."""

    def process_request_2(self, rp: RobotParser | None, request: Request) -> None:
        try:
            super().process_request_2(rp, request)
        except Refused:
            raise
        except IgnoreRequest as exc:
            raise Refused("skipped", "robots_txt", str(exc)) from exc


class HttpCompressionRefusals(HttpCompressionMiddleware):
    """Scrapy's ``HttpCompressionMiddleware``: ``failed/maxsize_decompressed`` (a body
    that outgrows ``DOWNLOAD_MAXSIZE`` as it is decompressed, its only refusal)."""

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Request | Response:
        try:
            return super().process_response(request, response)
        except Refused:
            raise
        except IgnoreRequest as exc:
            raise Refused("failed", "maxsize_decompressed", str(exc)) from exc


def redirects_exhausted(request: Request) -> bool:
    """Whether ``request`` is a redirect that ``RedirectMiddleware`` refused to follow
    further: it counts the redirects left down in ``meta["redirect_ttl"]``
    (from ``REDIRECT_MAX_TIMES``) and refuses at 0."""
    return request.meta.get("redirect_ttl") == 0
