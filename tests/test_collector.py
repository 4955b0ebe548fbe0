"""The garbage-collector extension: frozen start-up objects and a higher young threshold while the engine runs."""

from __future__ import annotations

import gc

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from newsspider.extensions.collector import SETTING, CollectorSettings


def test_collector_set_for_the_crawl_and_restored_after() -> None:
    before = gc.get_threshold()
    extension = CollectorSettings.from_crawler(get_crawler(settings_dict={SETTING: 4321}))
    start_up_objects = [[n] for n in range(100)]  # containers made before the engine starts
    try:
        extension.engine_started()
        assert gc.get_freeze_count() >= len(start_up_objects)
        assert gc.get_threshold() == (4321, *before[1:])
        assert gc.isenabled()
    finally:
        extension.engine_stopped()
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_zero_keeps_python_settings() -> None:
    with pytest.raises(NotConfigured):
        CollectorSettings.from_crawler(get_crawler(settings_dict={SETTING: 0}))


def test_project_settings_enable_it() -> None:
    from newsspider import settings

    assert settings.EXTENSIONS["newsspider.extensions.collector.CollectorSettings"] is not None
    assert settings.NEWSSPIDER_GC_YOUNG_THRESHOLD > 700
