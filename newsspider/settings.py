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
# USER_AGENT is "newsspider/<version> (+<NEWSSPIDER_CONTACT>)", composed at crawl
# time by newsspider.useragent.ContactUserAgent (ADDONS below); -s USER_AGENT wins.
ROBOTSTXT_OBEY = True
#: Scrapy's default parser, keeping the Sitemap: lines for discovery (fetched once per site).
ROBOTSTXT_PARSER = "newsspider.spiders.robots.SitemapRobotParser"
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
#: Largest feed or sitemap read, as downloaded and once gunzipped (the sitemap
#: protocol allows 50 MB); pages keep DOWNLOAD_MAXSIZE.
NEWSSPIDER_LISTING_MAXSIZE = 50 * 1024 * 1024
RETRY_TIMES = 2
#: A failed DNS lookup is retried this many times at most (RETRY_TIMES for the
#: rest), and not again for a host that already failed in the run.
NEWSSPIDER_DNS_RETRY_TIMES = 1
#: The failure's own line (spider, robots.txt middleware) says it once, with the reason.
RETRY_GIVE_UP_LOG_LEVEL = "DEBUG"
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 10
#: Requests to loopback/private/link-local hosts are refused unless the crawl
#: started at that host and port; True lets every one through.
NEWSSPIDER_ALLOW_INTERNAL_ADDRESSES = False
DOWNLOADER_MIDDLEWARES = {
    # Before Scrapy's own (offsite 50, robots.txt 100): refuse first, fetch nothing.
    "newsspider.middlewares.addresses.InternalAddressMiddleware": 40,
    # Scrapy's own, in their places, refusing with the outcome as data (middlewares/refusals.py).
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "newsspider.middlewares.refusals.OffsiteRefusals": 50,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "newsspider.middlewares.refusals.RobotsTxtRefusals": 100,
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "newsspider.middlewares.refusals.HttpCompressionRefusals": 590,
    # Above RedirectMiddleware (600): the address every response came from, after DNS.
    "newsspider.middlewares.addresses.ConnectedAddressMiddleware": 610,
    # Scrapy's retries, with DNS failures retried once (newsspider/middlewares/network.py).
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "newsspider.middlewares.network.NetworkRetryMiddleware": 550,
    # Skips pages the archive has (listed date, ETag/Last-Modified, 304).
    "newsspider.middlewares.incremental.IncrementalDownloaderMiddleware": 650,
    # Above everything that changes a response (decompression at 590): keeps it as received.
    "newsspider.middlewares.warc.WarcCaptureMiddleware": 950,
}
SPIDER_MIDDLEWARES = {
    # Above HttpErrorMiddleware (50), which would swallow the 404/410 first.
    "newsspider.middlewares.tombstones.TombstoneSpiderMiddleware": 55,
    # Between the two: counts why article requests end without an item.
    "newsspider.middlewares.outcomes.OutcomeSpiderMiddleware": 52,
}
#: Duplicate requests are filtered within a run only, never across runs (see
#: newsspider/state/dupefilter.py: the archive state decides what is fetched again).
DUPEFILTER_CLASS = "newsspider.state.dupefilter.RunDupeFilter"

# --- Items and output -------------------------------------------------------
ITEM_PIPELINES = {
    "newsspider.pipelines.pagetype.PageTypePipeline": 100,
    "newsspider.pipelines.boilerplate.BoilerplatePipeline": 200,
    "newsspider.pipelines.dates.DatesPipeline": 300,
    "newsspider.pipelines.hashing.ContentHashPipeline": 400,
    "newsspider.pipelines.validate.RequiredFieldsPipeline": 500,
    # Values that break the published schema repaired or cleared (counted), never exported.
    "newsspider.pipelines.contract.SchemaContractPipeline": 550,
    # After the contract (a line dropped there is never indexed), before the archive
    # state (a syndicated copy dropped here is never claimed).
    "newsspider.pipelines.syndication.SyndicationPipeline": 570,
    "newsspider.pipelines.archive.ArchiveStatePipeline": 600,
}

EXTENSIONS = {
    # First, so that no secret reaches the log (not even "Overridden settings").
    "newsspider.logredact.LogRedaction": 0,
    # The archive state, for the components that use it (crawler.get_extension).
    "newsspider.state.crawler.ArchiveState": 100,
    # When the run started: names its batch files and run summary.
    "newsspider.feedstorage.RunStart": 100,
    # Start-up's objects frozen and fewer young collections while the crawl runs.
    "newsspider.extensions.collector.CollectorSettings": 100,
    # Outcome totals per group, for the run summary and one log line.
    "newsspider.extensions.outcomes.OutcomeTotals": 480,
    # Before the run summary, so that its end-of-run checks are in the summary file.
    "newsspider.extensions.monitor.ItemMonitor": 490,
    # Versions, coverage and freshness of the exported items, for the run summary and `scrapy report`.
    "newsspider.extensions.storytally.StoryTallyExtension": 495,
    "newsspider.extensions.summary.RunSummary": 500,
}

# NEWSSPIDER_DATES_FUTURE_TOLERANCE (seconds a date may lie after the download time) and
# NEWSSPIDER_DATES_MIN_YEAR (dates before 1 January of it are too old) default to the
# limits extraction judges dates by: newsspider.dates.FUTURE_TOLERANCE and OLDEST_YEAR.

FEED_EXPORT_ENCODING = "utf-8"
#: Scrapy's JSON Lines exporter, with an article's line made directly (newsspider/exporters.py),
#: under each of the format's names (``-O out.jsonl`` asks for "jsonl").
FEED_EXPORTERS = dict.fromkeys(("jsonlines", "jsonl", "jl"), "newsspider.exporters.ArticleJsonLinesExporter")
FEED_EXPORT_FIELDS = EXPORT_FIELDS
FEED_STORE_EMPTY = False
FEEDS = {
    "%(archive_dir)s/%(name)s/%(day)s/%(time)s-%(batch_id)05d.%(ext)s": {"format": "jsonlines", "encoding": "utf-8"},
}
#: Adds %(archive_dir)s, %(day)s (UTC day the run started), a run-wide %(time)s and %(ext)s.
FEED_URI_PARAMS = "newsspider.feedstorage.run_uri_params"
#: Root folder of the archive batches (use an absolute path under scrapyd).
NEWSSPIDER_ARCHIVE_DIR = "archive"
#: Items per archive batch file (``-o``/``-O`` files are never split).
FEED_EXPORT_BATCH_ITEM_COUNT = 500
#: Write archive batches gzipped (``.jsonl.gz``).
NEWSSPIDER_GZIP = False
#: Feed files are written under a temporary name and renamed when complete.
FEED_STORAGES = {
    "": "newsspider.feedstorage.AtomicFileFeedStorage",
    "file": "newsspider.feedstorage.AtomicFileFeedStorage",
}

#: Folder of the WARC files every fetched page is kept in (newsspider/middlewares/warc.py);
#: empty: none are written (use an absolute path under scrapyd). Needs ``pip install newsspider[warc]``.
NEWSSPIDER_WARC_DIR = ""
#: A WARC file is closed and the next one opened once it holds this many bytes.
NEWSSPIDER_WARC_MAX_SIZE = 1024**3
#: Close the ``.open`` WARC files that killed crawls left in the folder (after their
#: last complete record); off for a folder that writers on several machines share.
NEWSSPIDER_WARC_RECOVER = True

#: Replace secrets (passwords in URLs, tokens, auth headers, *_PASSWORD settings) by *** in the log.
NEWSSPIDER_LOG_REDACTION = True
#: Root of the run summaries (<root>/<spider>/<day>/<time>.stats.json); empty: the archive's.
NEWSSPIDER_SUMMARY_DIR = ""
#: One file for this run's summary instead (stats as JSON); empty: under NEWSSPIDER_SUMMARY_DIR.
NEWSSPIDER_SUMMARY_FILE = ""
#: End-of-run checks (newsspider/extensions/monitor.py): schema, coverage, error rate.
NEWSSPIDER_MONITOR_ENABLED = True
#: Share of articles that must have a datePublished.
NEWSSPIDER_MONITOR_MIN_DATE_COVERAGE = 0.8
#: Folder of the embedded archive state (SQLite).
NEWSSPIDER_STATE_DIR = "state"
#: Keep the archive state: export only new and changed stories, tombstones.
NEWSSPIDER_STATE_ENABLED = True
#: Spiders that export every page they fetch, every run (explicit URL lists);
#: ``-a incremental=true|false`` overrides for one run of any spider.
NEWSSPIDER_FULL_RUN_SPIDERS = ["article"]
#: -a recheck=7d: archived stories published within this age are rechecked (2d, 6h, 30m, 1w forms).
NEWSSPIDER_RECHECK_MAX_AGE = "30d"
#: -a recheck: most stories rechecked in one run (extra requests; conditional, after the listings).
NEWSSPIDER_RECHECK_BUDGET = 200
#: Copies of one wire story across sites (newsspider/pipelines/syndication.py):
#: ``link`` exports every copy with storyId/duplicateOf/similarity, ``drop`` only
#: the earliest copy, ``off`` none of it.
NEWSSPIDER_SYNDICATED = "link"
#: Seconds a story stays in the syndication index (later copies link to it).
NEWSSPIDER_SYNDICATION_WINDOW = 7 * 86400
#: Function ``(crawler) -> Storage`` of the syndication index; the Redis switch sets its own.
NEWSSPIDER_SYNDICATION_STORAGE = "newsspider.pipelines.syndication.sqlite_storage"
#: Exit status 1 when a run saw no story at all (new, changed or unchanged).
NEWSSPIDER_EXPECT_ITEMS = True
#: Exit status 1 (and the monitor's error_rate check fails) when (ERROR log lines +
#: items dropped for a fault) / requests sent exceeds this (newsspider/extensions/errorrate.py).
NEWSSPIDER_MAX_ERROR_RATE = 0.2
#: Young-generation threshold of Python's garbage collector during a crawl (Python's
#: default: 700; 0 leaves it as Python sets it). See newsspider.extensions.collector.
NEWSSPIDER_GC_YOUNG_THRESHOLD = 5000

# --- Scale-out: several workers on one Redis (newsspider/redis/addon.py) -----
ADDONS = {
    "newsspider.useragent.ContactUserAgent": 0,
    # Scrapy's extensions and middlewares their settings keep off are not imported (newsspider/unloaded.py).
    "newsspider.unloaded.UnloadedExtensions": 0,
    "newsspider.redis.addon.RedisAddon": 0,
}
#: ``redis://host:port/db``: share the queue, duplicate filter and archive state
#: with every worker using it (also read from the environment variable of that
#: name). Empty: one process, embedded state. Needs ``pip install newsspider[redis]``.
NEWSSPIDER_REDIS_URL = ""
#: First part of every Redis key: one prefix per archive.
NEWSSPIDER_REDIS_PREFIX = "newsspider"
#: This worker's name, in its batch file names; empty: ``<hostname>-<pid>``.
NEWSSPIDER_WORKER = ""
#: Seconds after which a worker that stopped sending heartbeats is taken for
#: dead and its unfinished work goes back to the shared queue.
NEWSSPIDER_REDIS_HEARTBEAT = 15.0
#: Class of the archive state (``from_crawler(crawler, folder, job=...)`` or
#: ``cls(folder, job=...)``); the Redis switch sets its own.
NEWSSPIDER_STATE_STORE = "newsspider.state.store.StateStore"

LOG_LEVEL = "INFO"
#: A dropped item logged as one line (its reason and URL), not with the whole item after it.
LOG_FORMATTER = "newsspider.logformatter.OneLineLogFormatter"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_INDENT = None
#: Scrapy's check for ``return value`` in generator callbacks re-reads and parses the
#: callback's source whenever its cache (weak, keyed by the bound method) has lost
#: it: ~0.7 ms each time, ~0.75 ms per page of a crawl (benchmarks/profile_crawl.py).
WARN_ON_GENERATOR_RETURN_VALUE = False
