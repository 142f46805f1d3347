from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mesint.store import SQLiteStore, open_store
from mesint.store.sql import SQLStore


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A SQLite file, for the tests about SQLite itself (pragmas, the file read without mesint)."""
    return tmp_path / "mesint.db"


@pytest.fixture
def store(db_url: str) -> Iterator[SQLStore]:
    """A new store on each selected back end (tests/conftest.py: ``--backend``)."""
    s = open_store(db_url)
    assert isinstance(s, SQLStore)
    yield s
    s.close()


@pytest.fixture
def sqlite_store(db_path: Path) -> Iterator[SQLiteStore]:
    s = open_store(str(db_path))
    assert isinstance(s, SQLiteStore)
    yield s
    s.close()
