"""Pytest fixtures of the Redis unit tests: one throwaway ``redis-server`` per
test module (skipped when none is installed) and a client on an emptied
database per test. A test module uses them by importing both names."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.helpers import redisserver


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[redisserver.RedisServer]:
    if not redisserver.available():
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    with redisserver.RedisServer(tmp_path_factory.mktemp("redis")) as running:
        yield running


@pytest.fixture
def client(server: redisserver.RedisServer) -> Any:
    connection = server.client()
    connection.flushdb()
    return connection
