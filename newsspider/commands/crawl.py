"""``scrapy crawl`` for scheduled runs: the exit status says whether the run failed.

Scrapy's own ``crawl`` exits with status 0 whenever the crawl could start,
so cron and scrapyd never notice a run that fetched nothing or died halfway.
This one exits with status 1 when the run failed, for the reasons in
``newsspider.extensions.summary.run_failures``: the spider closed for a
reason other than ``finished``, no story was found although one was
expected (``NEWSSPIDER_EXPECT_ITEMS``), too many errors
(``NEWSSPIDER_MAX_ERROR_RATE``) or a feed file could not be stored.

Mistakes on the command line are found before the crawl starts and said in
one line, with exit status 2 and no traceback: a spider the project does not
have, a spider argument the spider refuses (``ArgumentError``: see
``newsspider.arguments``).

With ``-o``/``-O``, only the files given are written (Scrapy would also
write the project's ``FEEDS``, the archive batches), and they are never
split into batches unless their name asks for it (``%(batch_id)d``).
"""

from __future__ import annotations

import argparse
import logging
import sys

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.crawler import Crawler
from scrapy.exceptions import UsageError

from newsspider.commands.output import only_cli_feeds
from newsspider.extensions.summary import run_failures
from newsspider.arguments import ArgumentError

#: Exit status of a command-line mistake (as Scrapy's own usage errors).
USAGE_ERROR = 2

logger = logging.getLogger(__name__)


class Command(ScrapyCrawlCommand):
    crawler: Crawler | None = None

    def long_desc(self) -> str:
        return (f"{self.short_desc()}. Exits with status 1 when the run failed (see the run "
                "summary's 'failures'); with -o/-O, writes only the files given.")

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        only_cli_feeds(self.settings, opts)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        """Scrapy's ``crawl`` run, with the crawler made through the process's
        public ``create_crawler`` so that its stats can be read at the end; a
        mistake in the spider's name or arguments ends it first, in one line."""
        if len(args) < 1:
            raise UsageError
        if len(args) > 1:
            raise UsageError("running 'scrapy crawl' with more than one spider is not supported")
        mistake = self.argument_mistake(args[0], opts.spargs)
        if mistake:
            sys.stderr.write(f"scrapy crawl {args[0]}: {mistake}\n")
            self.exitcode = USAGE_ERROR
            return
        assert self.crawler_process is not None
        self.crawler = self.crawler_process.create_crawler(args[0])
        self.crawler_process.crawl(self.crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        if self.exitcode or self.crawler.stats is None:
            return
        failures = run_failures(self.crawler.stats.get_stats(), self.crawler.settings)
        for failure in failures:
            logger.error("Crawl failed: %(failure)s", {"failure": failure})
        if failures:
            self.exitcode = 1

    def argument_mistake(self, name: str, arguments: dict[str, str]) -> str | None:
        """What is wrong with the spider's name or arguments, or None."""
        assert self.crawler_process is not None
        loader = self.crawler_process.spider_loader
        try:
            spidercls = loader.load(name)
        except KeyError:
            return f"no spider of that name (scrapy list names them: {', '.join(sorted(loader.list()))})"
        check = getattr(spidercls, "check_arguments", None)
        if check is None:
            return None
        assert self.settings is not None
        try:
            check(self.settings, **arguments)
        except ArgumentError as error:
            return str(error)
        return None
