"""A real database for the API tests: the bundled test reports ingested once, copied for each test."""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

# Starlette 1.x prefers the httpx2 fork for its TestClient; httpx (pinned) works the same for these tests.
warnings.filterwarnings("ignore", message=r"Using `httpx` with `starlette.testclient`")

from fastapi.testclient import TestClient  # noqa: E402
from serve_fixtures import REPORTS, Tokens  # noqa: E402

from mesint.ingest import ingest_paths  # noqa: E402
from mesint.serve.app import ServeSettings, create_app  # noqa: E402
from mesint.serve.data import create_token  # noqa: E402
from mesint.store import SQLiteStore, open_store  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives Debian chromium through playwright (needs /usr/bin/chromium)")


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Tokens]:
    path = tmp_path_factory.mktemp("serve") / "seed.db"
    with open_store(str(path)) as store:
        summary = ingest_paths(sorted(REPORTS.glob("*.txt")), store)
        assert summary.ok and summary.events_added > 50, summary.failures
        tokens = Tokens(*(create_token(store, role, f"test-{role}")[1] for role in ("viewer", "analyst", "admin")))
    return path, tokens


@pytest.fixture
def db_path(seeded_db: tuple[Path, Tokens], tmp_path: Path) -> Path:
    """A private copy of the seeded database: tests may write to it."""
    src, _ = seeded_db
    dst = tmp_path / "mesint.db"
    shutil.copyfile(src, dst)
    return dst


@pytest.fixture
def tokens(seeded_db: tuple[Path, Tokens]) -> Tokens:
    return seeded_db[1]


@pytest.fixture
def store(db_path: Path) -> Iterator[SQLiteStore]:
    s = open_store(str(db_path))
    assert isinstance(s, SQLiteStore)
    yield s
    s.close()


@pytest.fixture
def settings() -> ServeSettings:
    return ServeSettings()


@pytest.fixture
def client(store: SQLiteStore, settings: ServeSettings) -> Iterator[TestClient]:
    with TestClient(create_app(settings, store)) as c:
        yield c
