"""A real database for the API tests: the bundled test reports ingested once, copied for each test."""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Starlette 1.x prefers the httpx2 fork for its TestClient; httpx (pinned) works the same for these tests.
warnings.filterwarnings("ignore", message=r"Using `httpx` with `starlette.testclient`")

from fastapi.testclient import TestClient  # noqa: E402
from serve_fixtures import REPORTS, Tokens  # noqa: E402

from mesint.ingest import ingest_paths  # noqa: E402
from mesint.serve.app import ServeSettings, create_app  # noqa: E402
from mesint.serve.data import create_token  # noqa: E402
from mesint.store import open_store  # noqa: E402
from mesint.store.sql import SQLStore  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives Debian chromium through playwright (needs /usr/bin/chromium)")


def _seed(url: str) -> Tokens:
    with open_store(url) as store:
        summary = ingest_paths(sorted(REPORTS.glob("*.txt")), store)
        assert summary.ok and summary.events_added > 50, summary.failures
        return Tokens(*(create_token(store, role, f"test-{role}")[1] for role in ("viewer", "analyst", "admin")))


@pytest.fixture(scope="session")
def seeded_db(
    db_backend: str, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> tuple[str, Tokens]:
    """The seeded database once per back end (tests/conftest.py): a SQLite file, or a PostgreSQL template."""
    if db_backend == "sqlite":
        path = tmp_path_factory.mktemp("serve") / "seed.db"
        return str(path), _seed(str(path))
    seeded: dict[str, Tokens] = {}
    name = request.getfixturevalue("pg_copy")("serve_seed", lambda url: seeded.setdefault("tokens", _seed(url)))
    return name, seeded["tokens"]


@pytest.fixture
def db_url(seeded_db: tuple[str, Tokens], db_backend: str, tmp_path: Path, new_db_url: Callable[..., str]) -> str:
    """A private copy of the seeded database: tests may write to it."""
    src, _ = seeded_db
    if db_backend != "sqlite":
        return new_db_url(template=src)
    dst = tmp_path / "mesint.db"
    shutil.copyfile(src, dst)
    return str(dst)


@pytest.fixture
def db_path(db_url: str, db_backend: str) -> Path:
    """The SQLite file itself, for tests that read it without mesint."""
    if db_backend != "sqlite":
        pytest.skip("reads the SQLite file directly")
    return Path(db_url)


@pytest.fixture
def tokens(seeded_db: tuple[str, Tokens]) -> Tokens:
    return seeded_db[1]


@pytest.fixture
def store(db_url: str) -> Iterator[SQLStore]:
    s = open_store(db_url)
    assert isinstance(s, SQLStore)
    yield s
    s.close()


@pytest.fixture
def settings() -> ServeSettings:
    return ServeSettings()


@pytest.fixture
def client(store: SQLStore, settings: ServeSettings) -> Iterator[TestClient]:
    with TestClient(create_app(settings, store)) as c:
        yield c
