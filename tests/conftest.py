"""The database back ends every store-using test runs on: ``--backend=sqlite|postgresql|both``.

A test (or fixture) that asks for ``db_url`` runs once per selected back end, as ``test_x[sqlite]`` and
``test_x[postgresql]``. The default is ``$MESINT_TEST_BACKENDS`` or ``both``; PostgreSQL + PostGIS comes from
one temporary cluster per session (``mesint.scale.pgtemp``: Debian's server binaries run as an unprivileged
user), and each test gets a fresh database copied from a template that already holds the mesint schema
(``CREATE DATABASE ... TEMPLATE``: a file copy, much faster than creating PostGIS and the tables again).
Where the PostgreSQL binaries, PostGIS or psycopg are missing, the ``[postgresql]`` cases are skipped with
the reason (``scripts/install-pg.sh`` installs them).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

BACKENDS = ("sqlite", "postgresql")
ENV = "MESINT_TEST_BACKENDS"
_TEMPLATE = "mesint_template"
_names = itertools.count()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=(*BACKENDS, "both"),
        default=None,
        help=f"database back end(s) for store-using tests (default: ${ENV} or both)",
    )


def selected_backends(config: pytest.Config) -> tuple[str, ...]:
    choice = config.getoption("--backend") or os.environ.get(ENV, "").strip() or "both"
    if choice == "both":
        return BACKENDS
    if choice not in BACKENDS:
        raise pytest.UsageError(f"{ENV}={choice!r}: expected sqlite, postgresql or both")
    return (choice,)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_backend" in metafunc.fixturenames:
        # Session scope: fixtures of any scope may depend on the back end, and pytest runs each back end's
        # cases together.
        metafunc.parametrize("db_backend", selected_backends(metafunc.config), scope="session")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """One temporary PostgreSQL + PostGIS cluster for the session; skips when it cannot exist here."""
    from mesint.scale.pgtemp import find_pg_bin, has_postgis, start_cluster

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


@pytest.fixture(scope="session")
def pg_template(pg_cluster: object) -> str:
    """A database holding the current mesint schema (PostGIS included), the template of every test database."""
    from mesint.store import open_store

    url = pg_cluster.create_database(_TEMPLATE)  # type: ignore[attr-defined]
    open_store(url).close()  # closes its engine: CREATE DATABASE ... TEMPLATE needs no session on it
    return _TEMPLATE


class Databases:
    """Makes fresh databases on one back end and removes them (the PostgreSQL ones: dropped) when asked."""

    def __init__(self, backend: str, folder: Path, request: pytest.FixtureRequest) -> None:
        self.backend = backend
        self._folder = folder
        self._request = request
        self._created: list[str] = []

    def new(self, template: str | None = None, *, empty: bool = False) -> str:
        n = next(_names)
        if self.backend == "sqlite":
            return str(self._folder / f"mesint-{n}.db")
        cluster = self._request.getfixturevalue("pg_cluster")
        if not empty:
            template = template or self._request.getfixturevalue("pg_template")
        name = f"t{n}"
        url = cluster.create_database(name, template=template)
        self._created.append(name)
        return url

    def drop_all(self) -> None:
        if self._created:
            cluster = self._request.getfixturevalue("pg_cluster")
            for name in self._created:
                cluster.drop_database(name)
            self._created.clear()


@pytest.fixture
def new_db_url(db_backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Callable[..., str]]:
    """A factory of fresh databases on this test's back end: ``new_db_url()`` (on PostgreSQL: the schema
    already created), ``new_db_url(empty=True)`` (nothing in it, not even PostGIS), or
    ``new_db_url(template=NAME)`` (a copy of a PostgreSQL database this session prepared, see ``pg_copy``).
    Each is removed after the test."""
    dbs = Databases(db_backend, tmp_path, request)
    yield dbs.new
    dbs.drop_all()


@pytest.fixture(scope="module")
def module_db_url(
    db_backend: str, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[str]:
    """One fresh database shared by a module's tests (property tests that add to it example after example)."""
    dbs = Databases(db_backend, tmp_path_factory.mktemp("db"), request)
    yield dbs.new()
    dbs.drop_all()


@pytest.fixture
def db_url(new_db_url: Callable[..., str]) -> str:
    """A fresh database on the back end this test case runs on: a SQLite path, or a ``postgresql`` URL."""
    return new_db_url()


@pytest.fixture(scope="session")
def pg_copy(request: pytest.FixtureRequest) -> Callable[[str, Callable[[str], None]], str]:
    """Prepare, once per session, a named PostgreSQL database filled by ``fill(url)`` (then closed), to be
    copied per test with ``new_db_url(template=NAME)`` — the PostgreSQL twin of copying a seeded SQLite file."""
    done: dict[str, str] = {}

    def prepare(name: str, fill: Callable[[str], None]) -> str:
        if name not in done:
            cluster = request.getfixturevalue("pg_cluster")
            url = cluster.create_database(name, template=request.getfixturevalue("pg_template"))
            fill(url)
            done[name] = name
        return done[name]

    return prepare
