"""The PostgreSQL back end against the SQLite one: same events, same filters, PostGIS and full text."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from pg_helpers import mesint, serial_sqlite

from mesint.errors import StoreError
from mesint.ingest import ingest_paths
from mesint.query import EventQuery
from mesint.store import migrations, open_store
from mesint.store.postgres import PostgresStore, bbox_filter, tsquery_text


@pytest.fixture
def both(pg_url: str, tmp_path: Path, report_files: list[Path]) -> tuple[Any, Any]:
    sqlite = open_store(str(tmp_path / "m.db"))
    pg = open_store(pg_url)
    for store in (sqlite, pg):
        assert ingest_paths(report_files, store).ok
    yield sqlite, pg
    sqlite.close()
    pg.close()


def test_open_store_gives_postgres_with_its_indexes(pg_url: str) -> None:
    with open_store(pg_url) as store:
        assert isinstance(store, PostgresStore)
        info = store.upgrade_report()
    assert info["postgis"] and info["search_index"] and info["spatial_index"] and info["spatial_date_index"]
    assert info["revision"] == migrations.head()
    with open_store(pg_url.replace("postgresql+psycopg://", "postgresql://")) as again:  # reopening is a no-op
        assert again.count_events() == 0


def test_same_events_as_sqlite(both: tuple[Any, Any], tmp_path: Path, report_files: list[Path]) -> None:
    sqlite, pg = both
    events = pg.events()
    assert len(events) > 100
    assert events == sqlite.events()
    some = events[0]["id"]
    assert pg.event(some) == sqlite.event(some)
    assert pg.event(some[:8])["id"] == some


def test_reingest_changes_nothing(both: tuple[Any, Any], report_files: list[Path]) -> None:
    _, pg = both
    before = pg.count_events()
    summary = ingest_paths(report_files, pg)
    assert summary.documents_new == 0 and summary.documents_skipped_existing == len(report_files)
    assert pg.count_events() == before


@pytest.mark.parametrize(
    "query",
    [
        EventQuery(date_from=dt.date(2019, 1, 1), date_to=dt.date(2019, 12, 31)),
        EventQuery(event_type="Explosions/Remote violence"),
        EventQuery(actor="Islamic State"),
        EventQuery(admin1="Ninawa"),
        EventQuery(country="Syria"),
        EventQuery(q="Raqq"),
        EventQuery(q='"roadside bomb"'),
        EventQuery(q="killed Deir"),
        EventQuery(q='"'),  # no word: nothing, on both, no error
        EventQuery(limit=5, offset=3),
    ],
    ids=lambda q: repr({k: v for k, v in vars(q).items() if v}) if hasattr(q, "__dict__") else str(q),
)
def test_filters_agree_with_sqlite(both: tuple[Any, Any], query: EventQuery) -> None:
    sqlite, pg = both
    want = [e["id"] for e in sqlite.events(query)]
    assert [e["id"] for e in pg.events(query)] == want
    assert pg.count_events(query) == sqlite.count_events(query)


def test_full_text_finds_and_uses_the_gin_index(both: tuple[Any, Any]) -> None:
    _, pg = both
    hits = pg.events(EventQuery(q="Tarmiyah"))
    assert hits and all("tarmiyah" in json.dumps(e).lower() for e in hits)
    with pg.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")  # a tiny table: make the planner show the index
        where = pg._search(["Tarmiyah"])
        plan = "\n".join(
            r[0]
            for r in conn.execute(
                sa.text("EXPLAIN " + str(sa.select(sa.literal_column("1")).where(where).compile(
                    dialect=conn.dialect, compile_kwargs={"literal_binds": True})))
            )
        )
    assert "ix_events_search" in plan


def test_tsquery_text_quotes_every_word() -> None:
    assert tsquery_text(["Raqq"]) == "('raqq':*)"
    assert tsquery_text(["roadside bomb", "it's"]) == "('roadside' <-> 'bomb':*) & ('it' <-> 's':*)"
    assert tsquery_text(["'); DROP TABLE events; --"]) == "('drop' <-> 'table' <-> 'events':*)"
    assert tsquery_text(["!!"]) is None


def test_postgis_geometry_follows_lat_lon_and_bbox_uses_it(both: tuple[Any, Any]) -> None:
    _, pg = both
    with pg.engine.connect() as conn:
        located = conn.execute(sa.text("SELECT count(*) FROM events WHERE lat IS NOT NULL")).scalar()
        with_geom = conn.execute(sa.text("SELECT count(*) FROM events WHERE geom IS NOT NULL")).scalar()
        assert located and located == with_geom
        # Baghdad governorate's rough box: every hit lies in it, and the SQL path agrees with lat/lon.
        box = (43.8, 32.8, 45.0, 34.0)
        ev = sa.table("events", sa.column("id"), sa.column("lat"), sa.column("lon"))
        inside = set(conn.execute(sa.select(ev.c.id).where(bbox_filter(*box))).scalars())
        by_numbers = set(
            conn.execute(
                sa.select(ev.c.id).where(ev.c.lon.between(box[0], box[2]), ev.c.lat.between(box[1], box[3]))
            ).scalars()
        )
        assert inside and inside == by_numbers
        conn.exec_driver_sql("SET enable_seqscan = off")
        compiled = sa.select(ev.c.id).where(bbox_filter(*box)).compile(
            dialect=conn.dialect, compile_kwargs={"literal_binds": True}
        )
        plan = "\n".join(r[0] for r in conn.exec_driver_sql(f"EXPLAIN {compiled}"))
    assert "ix_events_geom" in plan


def test_merge_and_split_on_postgres(both: tuple[Any, Any]) -> None:
    sqlite, pg = both
    a, b = (e["id"] for e in pg.events()[:2])
    for store in (sqlite, pg):
        store.merge(a, b, who="tester")
    assert pg.events() == sqlite.events()
    for store in (sqlite, pg):
        store.split(b, who="tester")
    assert pg.events() == sqlite.events()
    assert [x["action"] for x in pg.audit_log()] == [x["action"] for x in sqlite.audit_log()]


def test_cli_events_and_q_on_postgres(pg_url: str, tmp_path: Path, report_files: list[Path]) -> None:
    db = pg_url.replace("postgresql+psycopg://", "postgresql://")
    run = mesint("ingest", *map(str, report_files), "--db", db)
    assert run.returncode == 0, run.stderr
    pg_out = mesint("events", "--db", db, "--q", "Raqqa", "--format", "json")
    lite = tmp_path / "m.db"
    serial_sqlite(lite, report_files)
    lite_out = mesint("events", "--db", str(lite), "--q", "Raqqa", "--format", "json")
    assert pg_out.returncode == 0, pg_out.stderr
    assert json.loads(pg_out.stdout) == json.loads(lite_out.stdout) and json.loads(pg_out.stdout)
    env_run = mesint("events", "--admin1", "Nineveh", "--format", "csv", env={"MESINT_DB": db})
    assert env_run.returncode == 0 and env_run.stdout.count("\n") > 1
    up = mesint("db", "upgrade", "--db", db)
    assert up.returncode == 0 and "PostGIS on" in up.stdout, up.stdout + up.stderr


def test_bad_postgres_urls_are_one_line_errors(pg_cluster: Any) -> None:
    with pytest.raises(StoreError, match=r"no_such_database.* does not exist"):
        open_store(pg_cluster.url("no_such_database"))
    run = mesint("events", "--db", f"postgresql://nobody:secret@127.0.0.1:{pg_cluster.port}/x")
    assert run.returncode != 0 and "Traceback" not in run.stderr and "secret" not in run.stderr
