"""Fixtures for the collect tests: the local web server (``local_web.py``), fast fetch settings, a store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from local_web import LocalWeb, start_server

from mesint.collect.web import FetchPolicy
from mesint.store import open_store
from mesint.store.sql import SQLStore


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    server, thread = start_server()
    try:
        yield server.web
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def policy() -> FetchPolicy:
    """Fast settings for tests: no host delay, short timeouts and back-off."""
    return FetchPolicy(
        connect_timeout_s=2.0, read_timeout_s=1.0, deadline_s=3.0, retries=2, backoff_s=0.01, host_delay_s=0.0
    )


@pytest.fixture
def store(db_url: str) -> Iterator[SQLStore]:
    s = open_store(db_url)  # each back end (tests/conftest.py)
    assert isinstance(s, SQLStore)
    try:
        yield s
    finally:
        s.close()
