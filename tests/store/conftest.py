from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mesint.store import SQLiteStore, open_store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "mesint.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[SQLiteStore]:
    s = open_store(str(db_path))
    assert isinstance(s, SQLiteStore)
    yield s
    s.close()
