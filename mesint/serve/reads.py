"""The API's read side: pooled read-only SQLite connections, and a generation number that moves on every write.

Every cache in the server (responses, filter orders, totals, token look-ups) keys its entries on
``generation()``, so a commit anywhere (this server, ``mesint ingest`` in another process, ``mesint token
revoke``) makes the next request miss and see the new data; nothing has to expire on a timer.

SQLite tells a connection whether another connection has committed since it last asked (``PRAGMA
data_version``, a read of shared memory, no I/O). One read-only "watch" connection that never writes asks
it before each cached answer; every commit is another connection's, so every commit moves the generation.
A request reads the generation before it reads the data, so what it caches under a generation is never
older than that generation. Other backends (PostgreSQL) have no such counter: there the generation also
moves every ``ttl`` seconds, which bounds how stale a cached answer can be, and the server's own writes
move it at once.
"""

from __future__ import annotations

import copy
import sqlite3
import threading
import time
from pathlib import Path
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool

from mesint.serve import jsonio
from mesint.store.sql import SQLStore
from mesint.store.sqlite import BUSY_TIMEOUT_MS, MEMORY, SQLiteStore

MMAP_BYTES = 256 * 1024 * 1024  # read pages straight from the page cache instead of copying them per read
CACHE_KIB = 16 * 1024  # SQLite page cache per read connection


class ReadSide:
    """``store``: the same store read through its own pool; ``generation()``: see the module docstring."""

    def __init__(self, store: SQLStore, *, pool_size: int = 8, ttl: float = 2.0) -> None:
        self.writer = store
        self.ttl = ttl
        self._gen = 0
        self._seen: int | None = None
        self._lock = threading.Lock()
        self._engine: Engine | None = None
        self._watch: sqlite3.Connection | None = None
        path = store.url if isinstance(store, SQLiteStore) else None
        if path is not None and path != MEMORY and Path(path).is_file():
            uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
            self._engine = _read_only_engine(uri, pool_size)
            self._watch = _read_only_connection(uri)
            reader = copy.copy(store)  # same class and search settings; only its engine differs
            reader.engine = self._engine
            self.store: SQLStore = reader
        else:
            self.store = store

    @property
    def tracks_commits(self) -> bool:
        """Whether the database says when it changed (SQLite file), or the generation also moves on a timer."""
        return self._watch is not None

    def generation(self) -> int:
        """A number that differs from any earlier one once a commit has happened since it was read."""
        with self._lock:
            if self._watch is None:
                return self._gen * 1_000_000_000 + int(time.monotonic() / self.ttl)
            version = self._watch.execute("PRAGMA data_version").fetchone()[0]
            if version != self._seen:
                self._seen = version
                self._gen += 1
            return self._gen

    def bump(self) -> None:
        """This server just wrote: forget every cached answer now (the watch would also see it)."""
        with self._lock:
            self._gen += 1

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        if self._watch is not None:
            self._watch.close()


def _read_only_connection(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA query_only = 1")  # belt and braces: mode=ro already refuses writes
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return conn


def _read_only_engine(uri: str, pool_size: int) -> Engine:
    # A fixed pool as large as the thread pool: connections (and their page caches) live as long as the
    # server; none is opened per request.
    return sa.create_engine(
        "sqlite://",
        creator=lambda: _read_only_connection(uri),
        json_deserializer=jsonio.loads,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=0,
        pool_timeout=60,
    )
