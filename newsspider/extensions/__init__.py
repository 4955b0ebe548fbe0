"""Scrapy extensions: run-level concerns (summary, exit status, monitoring)."""
