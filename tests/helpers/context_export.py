"""An item pipeline for end-to-end tests: exports what an item's context holds.

The listing date an article was found with travels in ``article.context``,
which is never exported; a test crawl that checks it end to end puts this
pipeline in ``ITEM_PIPELINES`` and ``_listedDate`` in ``FEED_EXPORT_FIELDS``.
"""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter

from newsspider.items import Article


class ListedDateExport:
    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article):
            return item
        return {**ItemAdapter(item).asdict(), "_listedDate": item.context.listed_date}
