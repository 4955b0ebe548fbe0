"""The crawl command's own start-up work (its exit statuses are tested end to end in e2e)."""

from __future__ import annotations

import gc

from newsspider.commands.crawl import GC_YOUNG_THRESHOLD, settle_garbage_collector


def test_garbage_collector_settled_for_the_crawl() -> None:
    before = gc.get_threshold()
    start_up_objects = [[n] for n in range(100)]  # containers made before the crawl starts
    try:
        settle_garbage_collector()
        assert gc.get_freeze_count() >= len(start_up_objects)
        assert gc.get_threshold() == (GC_YOUNG_THRESHOLD, *before[1:])
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
