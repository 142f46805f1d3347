"""A real temporary PostgreSQL + PostGIS cluster for the tests in this folder (one per session).

Skipped, with the reason, only when the PostgreSQL server binaries or the psycopg driver are absent; CI
installs them (scripts/install-pg.sh), so there these tests run.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from mesint.scale.pgtemp import TempCluster, find_pg_bin, has_postgis, start_cluster

REPORTS = Path(__file__).resolve().parents[1] / "reports"
_names = itertools.count()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[TempCluster]:
    bin_dir = find_pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries not installed (run scripts/install-pg.sh)")
    pytest.importorskip("psycopg", reason="psycopg not installed (pip install -e '.[scale]')")
    if not has_postgis(bin_dir):
        pytest.skip("PostGIS not installed for this PostgreSQL (run scripts/install-pg.sh)")
    cluster = start_cluster(bin_dir)
    try:
        yield cluster
    finally:
        cluster.stop()


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
