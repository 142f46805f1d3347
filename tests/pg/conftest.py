"""PostgreSQL-only tests: an empty database per test in the session's temporary cluster (``pg_cluster``,
tests/conftest.py), skipped with the reason where the server binaries, PostGIS or psycopg are absent; CI
installs them (scripts/install-pg.sh), so there these tests run."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from mesint.scale.pgtemp import TempCluster

REPORTS = Path(__file__).resolve().parents[1] / "reports"
_names = itertools.count()


@pytest.fixture
def pg_url(pg_cluster: TempCluster) -> Iterator[str]:
    """A fresh empty database in the session's cluster, dropped after the test."""
    name = f"t{next(_names)}"
    url = pg_cluster.create_database(name)
    yield url
    pg_cluster.drop_database(name)


@pytest.fixture(scope="session")
def report_files() -> list[Path]:
    """The hand-written reports of tests/reports (not the holdout), in a stable order."""
    return sorted(REPORTS.glob("*.txt"))
