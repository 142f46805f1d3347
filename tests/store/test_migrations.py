"""The schema's Alembic revisions, on every selected back end (``--backend``): a new database, every revision
run from an empty one (which must give exactly ``mesint.store.schema``), databases of the registry that came
before Alembic, refusing a newer schema, stepping down and up again, all-or-nothing upgrades, the CLI."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Engine
from store_records import digest_report

from mesint.errors import StoreError
from mesint.store import migrations, open_store, schema
from mesint.store.postgres import (
    GEOM_COLUMN,
    GEOM_DATES_INDEX,
    GEOM_INDEX,
    SEARCH_INDEX,
    create_postgres_engine,
)
from mesint.store.sqlite import create_sqlite_engine

ROOT = Path(__file__).resolve().parents[2]
# GeoAlchemy2 (mesint[scale]) teaches SQLAlchemy's PostgreSQL reflection the ``geometry`` type of ``geom``.
with contextlib.suppress(ImportError):
    import geoalchemy2  # noqa: F401
# PostGIS's own table, and the PostgreSQL extras that no SQLAlchemy table describes (revision 0007).
_NOT_IN_METADATA = {"spatial_ref_sys", GEOM_COLUMN, GEOM_INDEX, GEOM_DATES_INDEX, SEARCH_INDEX}


def engine_for(url: str) -> Engine:
    return create_sqlite_engine(url) if "://" not in url else create_postgres_engine(url)


@pytest.fixture
def engine(new_db_url: Callable[..., str]) -> Iterator[Engine]:
    """An engine on an empty database (no schema, no PostGIS)."""
    e = engine_for(new_db_url(empty=True))
    yield e
    e.dispose()


def _include(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    return name not in _NOT_IN_METADATA and not (name or "").startswith("events_fts")


def schema_diff(conn: sa.Connection) -> list[object]:
    """What Alembic's autogenerate would change to make this database match ``schema.metadata``."""
    dialect = conn.dialect.name

    def include(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
        only_on = getattr(getattr(obj, "_ddl_if", None), "dialect", None)  # Index(...).ddl_if(dialect=...)
        if only_on is not None and only_on != dialect:
            return False
        return _include(obj, name, type_, reflected, compare_to)

    ctx = MigrationContext.configure(conn, opts={"include_object": include, "compare_type": True})
    return compare_metadata(ctx, schema.metadata)


def shape(conn: sa.Connection) -> dict[str, object]:
    """Tables, views, each table's columns and indexes (names and columns), as the database reports them."""
    insp = sa.inspect(conn)
    tables = sorted(set(insp.get_table_names()) - {"spatial_ref_sys"})
    return {
        "tables": tables,
        "views": sorted(insp.get_view_names()),
        "columns": {t: [c["name"] for c in insp.get_columns(t)] for t in tables if not t.startswith("events_fts")},
        "indexes": {
            t: sorted((i["name"], tuple(i["column_names"])) for i in insp.get_indexes(t))
            for t in tables
            if not t.startswith("events_fts")
        },
        "view_columns": {v: [c["name"] for c in insp.get_columns(v)] for v in sorted(insp.get_view_names())},
    }


def test_new_database_is_created_at_the_head(engine: Engine) -> None:
    with engine.begin() as conn:
        assert migrations.upgrade(conn) == [migrations.head()]
    with engine.begin() as conn:
        assert migrations.upgrade(conn) == []  # nothing left to do
        assert migrations.current(conn) == migrations.head() == migrations.history()[-1].revision
        assert migrations.is_current(conn)
        assert schema_diff(conn) == []
        names = set(sa.inspect(conn).get_table_names())
    assert {"alembic_version", "documents", "events", "incident_members", "api_tokens", "sources"} <= names
    assert migrations.LEGACY_TABLE not in names


def test_every_revision_from_empty_gives_the_schema(new_db_url: Callable[..., str]) -> None:
    """Running 0001 … head one by one builds what a new database gets from ``schema`` in one go."""
    stepped, fresh = engine_for(new_db_url(empty=True)), engine_for(new_db_url(empty=True))
    try:
        with stepped.begin() as conn:
            ran = migrations.upgrade(conn, from_scratch=True)
        assert ran == [r.revision for r in migrations.history()]
        with fresh.begin() as conn:
            migrations.upgrade(conn)
        with stepped.connect() as a, fresh.connect() as b:
            assert schema_diff(a) == []
            assert shape(a) == shape(b)
            if a.dialect.name == "postgresql":
                for index in (SEARCH_INDEX, GEOM_INDEX, GEOM_DATES_INDEX):
                    assert a.execute(sa.text("SELECT to_regclass(:n) IS NOT NULL"), {"n": index}).scalar()
    finally:
        stepped.dispose()
        fresh.dispose()


def test_down_to_nothing_and_up_again(engine: Engine) -> None:
    with engine.begin() as conn:
        migrations.upgrade(conn, from_scratch=True)
    with engine.begin() as conn:
        migrations.downgrade(conn, "0001")
        assert migrations.current(conn) == "0001"
        assert "incident_id" not in {c["name"] for c in sa.inspect(conn).get_columns("events")}
    with engine.begin() as conn:
        migrations.downgrade(conn, "base")
        assert set(sa.inspect(conn).get_table_names()) - {"spatial_ref_sys"} == {"alembic_version"}
    with engine.begin() as conn:
        migrations.upgrade(conn)
        assert schema_diff(conn) == []


def test_a_failed_upgrade_leaves_nothing_behind(engine: Engine) -> None:
    """The revisions run in the caller's transaction, DDL included, on both back ends."""
    with pytest.raises(RuntimeError, match="power cut"), engine.begin() as conn:
        migrations.upgrade(conn, from_scratch=True)
        raise RuntimeError("power cut")
    with engine.connect() as conn:
        assert set(sa.inspect(conn).get_table_names()) - {"spatial_ref_sys"} == set()


def make_legacy(url: str, versions: list[int], engine: Engine) -> None:
    """A database as the pre-Alembic registry left it: the schema of registry step 6, its version table."""
    with engine.begin() as conn:
        migrations.upgrade(conn, to="0006")
        conn.execute(sa.text("DROP TABLE alembic_version"))
        conn.execute(sa.text("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                             "applied_at TIMESTAMP NOT NULL)"))
        for v in versions:
            conn.execute(
                sa.text("INSERT INTO schema_migrations VALUES (:v, :n, '2026-11-01 00:00:00')"), {"v": v, "n": f"s{v}"}
            )


def test_registry_database_is_stamped_and_upgraded_keeping_its_data(
    new_db_url: Callable[..., str],
) -> None:
    url = new_db_url(empty=True)
    engine = engine_for(url)
    make_legacy(url, [1, 2, 3, 4, 5, 6], engine)
    with engine.begin() as conn:
        assert migrations.current(conn) == "0006"
        conn.execute(sa.text("INSERT INTO sources (name, url, kind, every_seconds, added_at) "
                             "VALUES ('feed', 'https://example.org/rss', 'rss', 3600, '2026-11-01 00:00:00')"))
    engine.dispose()
    with open_store(url) as store:
        store.add_report(digest_report())
        assert store.count_events() == 3
        with store.engine.connect() as conn:
            assert migrations.current(conn) == migrations.head()
            assert not sa.inspect(conn).has_table(migrations.LEGACY_TABLE)
            assert conn.execute(sa.text("SELECT url FROM sources")).scalar() == "https://example.org/rss"
            assert schema_diff(conn) == []


def test_registry_steps_run_out_of_order_are_completed(new_db_url: Callable[..., str]) -> None:
    """The registry once shipped steps 1, 4 and 5 without 2: such a database lacks step 2's objects but has
    later steps' tables. It is stamped at 0001; the revisions after it add what is missing, and only that."""
    url = new_db_url(empty=True)
    engine = engine_for(url)
    make_legacy(url, [1, 4, 5], engine)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP VIEW events_view"))
        for index in ("ix_events_incident_id", "ix_events_listing", *("ix_events_admin1_incident",
                      "ix_events_type_incident", "ix_events_subtype_incident", "ix_events_id_incident")):
            conn.execute(sa.text(f"DROP INDEX {index}"))
        conn.execute(sa.text("ALTER TABLE events DROP COLUMN incident_id"))
        conn.execute(sa.text("DROP TABLE incident_members"))
        conn.execute(sa.text("DROP TABLE audit_log"))
        assert migrations.current(conn) == "0001"
    engine.dispose()
    with open_store(url) as store:
        store.add_report(digest_report())
        assert {len(e["members"]) for e in store.events()} == {1}
        with store.engine.connect() as conn:
            assert migrations.current(conn) == migrations.head()
            assert schema_diff(conn) == []


def test_newer_registry_version_is_refused(new_db_url: Callable[..., str]) -> None:
    url = new_db_url(empty=True)
    engine = engine_for(url)
    make_legacy(url, [1, 2, 3, 4, 5, 6, 7], engine)
    engine.dispose()
    with pytest.raises(StoreError, match="newer than this mesint"):
        open_store(url)


def test_unknown_revision_is_refused(db_url: str) -> None:
    open_store(db_url).close()
    engine = engine_for(db_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    engine.dispose()
    with pytest.raises(StoreError, match="ffff_from_the_future is newer than this mesint") as info:
        open_store(db_url)
    assert "\n" not in str(info.value)


def test_history_lists_the_registry_steps_then_later_revisions() -> None:
    revs = migrations.history()
    assert [r.revision for r in revs][:6] == [migrations.LEGACY_REVISIONS[n] for n in range(1, 7)]
    assert [r.down_revision for r in revs] == [None, *(r.revision for r in revs[:-1])]
    assert all(r.title and r.doc for r in revs)


def test_revisions_ship_inside_the_package() -> None:
    """Found from the package, not an alembic.ini in the working folder; a package, so wheels carry them."""
    assert migrations.VERSIONS.is_relative_to(ROOT / "mesint")
    assert (migrations.VERSIONS / "__init__.py").is_file()
    assert not list(ROOT.glob("alembic.ini"))


def test_sqlite_legacy_file_from_the_cli(tmp_path: Path) -> None:
    """``mesint db current`` looks without changing; ``db upgrade`` adopts and upgrades; ``history`` lists."""
    from typer.testing import CliRunner

    from mesint.cli import app

    path = tmp_path / "old.db"
    engine = create_sqlite_engine(str(path))
    make_legacy(str(path), [1, 2, 3, 4, 5, 6], engine)
    engine.dispose()
    runner = CliRunner()
    looked = runner.invoke(app, ["db", "current", "--db", str(path)])
    assert looked.exit_code == 1 and "0006" in looked.output and "mesint db upgrade" in looked.output
    with sqlite3.connect(path) as db:  # still the registry's table: looking changed nothing
        assert db.execute("SELECT count(*) FROM schema_migrations").fetchone() == (6,)
    up = runner.invoke(app, ["db", "upgrade", "--db", str(path)])
    assert up.exit_code == 0 and f"revision {migrations.head()}" in up.output
    now = runner.invoke(app, ["db", "current", "--db", str(path)])
    assert now.exit_code == 0 and f"{migrations.head()} (head)" in now.output
    history = runner.invoke(app, ["db", "history"])
    assert history.exit_code == 0
    listed = [line.split()[0] for line in history.output.splitlines() if line and not line[0].isspace()]
    assert listed == [r.revision for r in migrations.history()]
    missing = runner.invoke(app, ["db", "current", "--db", str(tmp_path / "none.db")])
    assert isinstance(missing.exception, StoreError) and "no database there" in str(missing.exception)
    assert not (tmp_path / "none.db").exists()
