"""Settings for newsspider. Every one can be overridden with ``-s NAME=VALUE``.

Components are listed here in the order they run; each can be switched off by
setting its entry to ``None`` (``-s 'ITEM_PIPELINES={...}'``) or by its own
``*_ENABLED`` setting where it has one.
"""

from __future__ import annotations

from newsspider.items import EXPORT_FIELDS

BOT_NAME = "newsspider"
SPIDER_MODULES = ["newsspider.spiders"]
NEWSPIDER_MODULE = "newsspider.spiders"
COMMANDS_MODULE = "newsspider.commands"

# --- Politeness -------------------------------------------------------------
#: Who to contact about the crawler; put a URL or an e-mail address here.
NEWSSPIDER_CONTACT = "https://github.com/newsspider/newsspider"
USER_AGENT = f"newsspider/0.1 (+{NEWSSPIDER_CONTACT})"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
COOKIES_ENABLED = False

# --- Safety -----------------------------------------------------------------
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 10
#: Requests to loopback/private/link-local hosts are refused unless the crawl
#: started at that host and port; True lets every one through.
NEWSSPIDER_ALLOW_INTERNAL_ADDRESSES = False
DOWNLOADER_MIDDLEWARES = {
    # Before Scrapy's own (offsite 50, robots.txt 100): refuse first, fetch nothing.
    "newsspider.middlewares.addresses.InternalAddressMiddleware": 40,
}

# --- Items and output -------------------------------------------------------
ITEM_PIPELINES = {
    "newsspider.pipelines.pagetype.PageTypePipeline": 100,
    "newsspider.pipelines.boilerplate.BoilerplatePipeline": 200,
    "newsspider.pipelines.dates.DatesPipeline": 300,
    "newsspider.pipelines.hashing.ContentHashPipeline": 400,
    "newsspider.pipelines.validate.RequiredFieldsPipeline": 500,
    "newsspider.pipelines.archive.ArchiveStatePipeline": 600,
}

EXTENSIONS = {
    "newsspider.extensions.summary.RunSummary": 500,
}

FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORT_FIELDS = EXPORT_FIELDS
FEED_STORE_EMPTY = False
FEEDS = {
    "archive/%(name)s/%(time)s.jsonl": {"format": "jsonlines", "encoding": "utf-8"},
}
#: Feed files are written under a temporary name and renamed when complete.
FEED_STORAGES = {
    "": "newsspider.feedstorage.AtomicFileFeedStorage",
    "file": "newsspider.feedstorage.AtomicFileFeedStorage",
}

#: Where the run summary (stats as JSON) is written; empty: beside the output.
NEWSSPIDER_SUMMARY_FILE = ""
#: Folder of the embedded archive state (SQLite).
NEWSSPIDER_STATE_DIR = "state"

LOG_LEVEL = "INFO"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_INDENT = None
