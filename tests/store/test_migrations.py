"""The migration registry: steps run once, in order, recorded in ``schema_migrations``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from mesint.errors import StoreError
from mesint.store import open_store
from mesint.store.migrations import MIGRATIONS, Migrations
from mesint.store.sqlite import create_sqlite_engine


def test_fresh_database_records_every_step(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    open_store(str(path)).close()
    open_store(str(path)).close()  # a second open applies nothing again
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    assert rows == [(m.version, m.name) for m in MIGRATIONS.steps]
    assert rows[0] == (1, "core tables")
    assert {
        "documents",
        "events",
        "citations",
        "claims",
        "provenance",
        "non_events",
        "schema_migrations",
        "events_fts",
        "events_view",
    } <= names


def test_registered_versions_are_contiguous() -> None:
    assert [m.version for m in MIGRATIONS.steps] == list(range(1, MIGRATIONS.latest + 1))


def test_a_later_step_runs_once_on_an_existing_database(tmp_path: Path) -> None:
    engine = create_sqlite_engine(str(tmp_path / "r.db"))
    steps = Migrations()

    @steps(1)
    def create_things(conn: sa.Connection) -> None:
        conn.exec_driver_sql("CREATE TABLE things (id INTEGER PRIMARY KEY)")

    with engine.begin() as conn:
        assert steps.apply(conn) == [1]

    @steps(2, "add a column")
    def add_colour(conn: sa.Connection) -> None:
        conn.exec_driver_sql("ALTER TABLE things ADD COLUMN colour TEXT")

    with engine.begin() as conn:
        assert [m.version for m in steps.pending(conn)] == [2]
        assert steps.apply(conn) == [2]
        assert steps.apply(conn) == []
        assert steps.applied(conn) == {1, 2}
        cols = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(things)")]
    assert cols == ["id", "colour"]
    engine.dispose()


def test_a_failing_step_leaves_nothing_behind(tmp_path: Path) -> None:
    engine = create_sqlite_engine(str(tmp_path / "f.db"))
    steps = Migrations()

    @steps(1)
    def half_done(conn: sa.Connection) -> None:
        conn.exec_driver_sql("CREATE TABLE half (id INTEGER)")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError), engine.begin() as conn:
        steps.apply(conn)
    with engine.connect() as conn:
        assert steps.applied(conn) == set()
        assert not sa.inspect(conn).has_table("half")
    engine.dispose()


def test_registry_refuses_duplicates() -> None:
    steps = Migrations()
    steps(1)(lambda conn: None)
    with pytest.raises(ValueError, match="twice"):
        steps(1)(lambda conn: None)
    with pytest.raises(ValueError, match="start at 1"):
        steps(0)(lambda conn: None)


def test_newer_database_is_refused_by_the_registry(tmp_path: Path) -> None:
    engine = create_sqlite_engine(str(tmp_path / "n.db"))
    newer, older = Migrations(), Migrations()
    for v in (1, 2):
        newer(v)(lambda conn: None)
    older(1)(lambda conn: None)
    with engine.begin() as conn:
        newer.apply(conn)
    with pytest.raises(StoreError, match="newer"), engine.begin() as conn:
        older.apply(conn)
    engine.dispose()
