"""The floor for the load benchmark: fetch each URL and parse it with lxml, nothing else."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import lxml.html
import scrapy


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, urls: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.urls_file = urls

    async def start(self) -> AsyncIterator[Any]:
        with open(self.urls_file, encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    yield scrapy.Request(line.strip())

    def parse(self, response: scrapy.http.Response) -> Any:
        root = lxml.html.fromstring(response.body)
        yield {"url": response.url, "nodes": len(root)}
