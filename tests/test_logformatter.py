"""A dropped or failed item is one log line naming its page, never the item's body."""

from __future__ import annotations

from scrapy import Spider
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from newsspider.items import Article
from newsspider.logformatter import OneLineLogFormatter

URL = "https://news.example/2026/12/06/port-reopens.html"
BODY = "The port reopened on Friday after a week of repairs to the northern quay."


def formatted(result: dict) -> str:
    return result["msg"] % result["args"]


def formatter_and_spider() -> tuple[OneLineLogFormatter, Spider]:
    crawler = get_crawler(Spider, {"LOG_FORMATTER": "newsspider.logformatter.OneLineLogFormatter"})
    return OneLineLogFormatter.from_crawler(crawler), Spider.from_crawler(crawler, name="t")


def test_a_drop_whose_reason_names_the_page_is_that_reason_alone() -> None:
    formatter, spider = formatter_and_spider()
    item = Article(url=URL, articleBody=BODY)
    result = formatter.dropped(item, DropItem(f"not an article (forum): {URL}"), None, spider)
    assert formatted(result) == f"Dropped: not an article (forum): {URL}"


def test_a_drop_whose_reason_does_not_name_the_page_gets_its_url() -> None:
    formatter, spider = formatter_and_spider()
    result = formatter.dropped(Article(url=URL, articleBody=BODY), DropItem("StatePipeline failed"), None, spider)
    assert formatted(result) == f"Dropped: StatePipeline failed: {URL}"
    assert BODY not in formatted(result) and "\n" not in formatted(result)


def test_a_reason_over_several_lines_is_logged_on_one() -> None:
    formatter, spider = formatter_and_spider()
    result = formatter.dropped(Article(url=URL), DropItem("rejected by the remote check:\n  status 451"), None, spider)
    assert formatted(result) == f"Dropped: rejected by the remote check: status 451: {URL}"


def test_the_drop_keeps_the_level_the_exception_asks_for() -> None:
    formatter, spider = formatter_and_spider()
    result = formatter.dropped(Article(url=URL), DropItem(f"copy: {URL}", log_level="DEBUG"), None, spider)
    assert result["level"] == 10


def test_an_item_error_names_the_url_not_the_item() -> None:
    formatter, spider = formatter_and_spider()
    result = formatter.item_error(Article(url=URL, articleBody=BODY), ValueError("bad"), None, spider)
    assert formatted(result) == f"Error processing {URL}"
    without_url = formatter.item_error({"headline": "x"}, ValueError("bad"), None, spider)
    assert formatted(without_url) == "Error processing dict"
