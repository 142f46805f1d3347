"""PostgreSQL (+ PostGIS) backend: the shared SQL code path with PostgreSQL's own answers to the hooks.

- insert-or-ignore is ``INSERT ... ON CONFLICT DO NOTHING``;
- ``--q`` uses a GIN index over ``to_tsvector('simple', ...)`` of the searchable columns (the same text
  SQLite's FTS5 table indexes), with a prefix match on each term's last word like FTS5's ``"term"*``;
- ``events.geom`` is a PostGIS ``geometry(Point, 4326)`` generated from ``lon``/``lat`` (so the shared insert
  code never has to know about it) with a GIST index, when the server has PostGIS;
- writers queue on one transaction-scoped advisory lock, as SQLite's ``BEGIN IMMEDIATE`` makes them: two
  ingests never reconcile against each other's uncommitted events, and a document is stored once. Readers
  are never blocked (MVCC). ``add_report``, ``merge`` and ``split`` are retried on a serialization failure,
  a deadlock or a unique-key race, which the lock makes rare but a stricter isolation level could raise.

These extras are created by Alembic revision 0007 (``ensure_extras``), and again on open when missing (a
server that gained PostGIS later), idempotently, under the writers' lock, so two processes opening a new
database at once do not race.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from mesint.errors import StoreError
from mesint.model import Report
from mesint.query import EventQuery
from mesint.store import migrations, schema
from mesint.store.base import AddResult
from mesint.store.sql import SQLStore, db_error_message

T = TypeVar("T")

WRITE_LOCK_KEY = 0x6D65_7369_6E74  # "mesint": the advisory lock every write transaction takes first
RETRIES = 8
_POSTGIS_TABLES = frozenset({"spatial_ref_sys"})  # CREATE EXTENSION postgis makes it in public
SEARCH_INDEX = "ix_events_search"
GEOM_COLUMN = "geom"
GEOM_INDEX = "ix_events_geom"
# Box and date window in one GIST index (btree_gist adds the date columns): the API's bbox + date query
# finds its candidates from this index alone, where the point index would hand a date filter every event in
# the box (revision 0008). Its date expression is the store's overlap test's, so the planner matches it.
GEOM_DATES_INDEX = "ix_events_geom_dates"
SRID = 4326

# SQLSTATEs worth retrying a whole write for: serialization_failure, deadlock_detected, unique_violation.
_RETRY_SQLSTATES = frozenset({"40001", "40P01", "23505"})

# The text indexed for an event: the same columns as SQLite's FTS5 table. Written once as SQL so the index
# and the query carry the very same expression (the planner matches them structurally; a bound parameter for
# the configuration would not match).
_SEARCH_COLUMNS = (
    "quote", "location_text", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "place", "notes",
)


def search_vector_sql(prefix: str = "") -> str:
    """``to_tsvector('simple', ...)`` over the searchable columns, each qualified with ``prefix``."""
    parts = " || ' ' || ".join(f"coalesce({prefix}{c}, '')" for c in _SEARCH_COLUMNS)
    return f"to_tsvector('simple'::regconfig, {parts})"


_WORD = re.compile(r"\w+")


def tsquery_text(terms: list[str]) -> str | None:
    """Every term as a phrase (``a <-> b``) with a prefix match on its last word, ANDed; None if no word."""
    phrases = []
    for term in terms:
        words = [w.lower() for w in _WORD.findall(term)]
        if not words:
            continue
        quoted = [f"'{w}'" for w in words]
        quoted[-1] += ":*"
        phrases.append("(" + " <-> ".join(quoted) + ")")
    return " & ".join(phrases) or None


class RetryableStoreError(StoreError):
    """A write that lost a race with another transaction; running it again is correct."""


class PostgresStore(SQLStore):
    """A ``Store`` in a PostgreSQL database; open it with ``mesint.store.open_store("postgresql://...")``."""

    def __init__(self, engine: Engine, *, url: str) -> None:
        self.postgis = False
        super().__init__(engine, url=url)

    # -- backend hooks -------------------------------------------------------------------------------------

    def _insert_ignore(self, table: sa.Table) -> sa.Insert:
        return postgresql.insert(table).on_conflict_do_nothing()

    def _check_database(self, conn: Connection) -> None:
        if not migrations.is_mesint_database(set(sa.inspect(conn).get_table_names()) - _POSTGIS_TABLES):
            raise StoreError(
                f"{self.url}: a PostgreSQL database, but not a mesint one (it has tables and no "
                f"{migrations.VERSION_TABLE} table); give an empty database or a mesint one"
            )

    def _error(self, action: str, exc: SQLAlchemyError) -> StoreError:
        message = f"{self.url}: cannot {action}: {db_error_message(exc)}"
        if _sqlstate(exc) in _RETRY_SQLSTATES:
            return RetryableStoreError(message)
        return StoreError(message)

    def _filters(self, q: EventQuery) -> list[sa.ColumnElement[bool]]:
        # PostgreSQL text holds no NUL character, so a filter value with one matches nothing (and, sent as a
        # parameter, would be an error rather than an empty answer).
        values = (getattr(q, f.name) for f in dataclasses.fields(q))
        if any(isinstance(v, str) and "\x00" in v for v in values):
            return [sa.false()]
        return super()._filters(q)

    def bbox_filter(self, west: float, south: float, east: float, north: float) -> sa.ColumnElement[bool]:
        exact = super().bbox_filter(west, south, east, north)
        if not self.postgis:
            return exact
        # The GIST index finds the candidates; its boxes are single precision, so the exact test decides.
        return sa.and_(bbox_filter(west, south, east, north), exact)

    def _search(self, terms: list[str]) -> sa.ColumnElement[bool]:
        query = tsquery_text(terms)
        if query is None:
            return sa.false()
        hit = schema.events.alias("fts")
        match = sa.literal_column(search_vector_sql("fts.")).op("@@")(
            sa.func.to_tsquery(sa.literal_column("'simple'::regconfig"), query)
        )
        return schema.events.c.id.in_(sa.select(hit.c.id).where(match))

    # -- transactions --------------------------------------------------------------------------------------

    @contextmanager
    def _write(self, action: str = "write to the database") -> Iterator[Connection]:
        """One transaction holding the writers' advisory lock (released at COMMIT or ROLLBACK)."""
        with super()._write(action) as conn:
            conn.execute(sa.select(sa.func.pg_advisory_xact_lock(WRITE_LOCK_KEY)))
            yield conn

    def _retrying(self, fn: Callable[[], T]) -> T:
        for attempt in range(RETRIES):
            try:
                return fn()
            except RetryableStoreError:
                if attempt == RETRIES - 1:
                    raise
                time.sleep(random.uniform(0.01, 0.05) * 2**attempt)  # jitter: two losers do not collide again
        raise AssertionError("unreachable")

    def add_report(self, report: Report, *, reconcile: bool = False) -> AddResult:
        return self._retrying(lambda: SQLStore.add_report(self, report, reconcile=reconcile))

    def merge(self, event_a: str, event_b: str, *, who: str) -> dict[str, Any]:
        return self._retrying(lambda: SQLStore.merge(self, event_a, event_b, who=who))

    def split(self, event_id: str, *, who: str) -> dict[str, Any]:
        return self._retrying(lambda: SQLStore.split(self, event_id, who=who))

    # -- schema --------------------------------------------------------------------------------------------

    def _upgrade(self) -> None:
        super()._upgrade()
        with self._read() as conn:
            missing = missing_extras(conn)
        if missing:
            with self._write("create the PostgreSQL search and spatial indexes") as conn:
                ensure_extras(conn)
        with self._read() as conn:
            self.postgis = GEOM_COLUMN in _columns(conn, schema.events.name)

    def upgrade_report(self) -> dict[str, Any]:
        """What ``mesint db upgrade`` prints: schema revision and the backend's extras."""
        with self._read() as conn:
            return {
                "revision": migrations.current(conn),
                "postgis": self.postgis,
                "search_index": _has_index(conn, SEARCH_INDEX),
                "spatial_index": _has_index(conn, GEOM_INDEX),
                "spatial_date_index": _has_index(conn, GEOM_DATES_INDEX),
            }


def _sqlstate(exc: SQLAlchemyError) -> str | None:
    orig = exc.orig if isinstance(exc, DBAPIError) else None
    return getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)


def _columns(conn: Connection, table: str) -> set[str]:
    # information_schema, not sa.inspect: the inspector warns about the geometry type it does not know.
    rows = conn.execute(
        sa.text(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = :t"
        ),
        {"t": table},
    )
    return set(rows.scalars())


def _has_index(conn: Connection, name: str) -> bool:
    return bool(conn.execute(sa.text("SELECT to_regclass(:n) IS NOT NULL"), {"n": name}).scalar())


def _extension_available(conn: Connection, name: str) -> bool:
    return bool(
        conn.execute(sa.text("SELECT count(*) FROM pg_available_extensions WHERE name = :n"), {"n": name}).scalar()
    )


def _postgis_available(conn: Connection) -> bool:
    return _extension_available(conn, "postgis")


def missing_extras(conn: Connection) -> list[str]:
    """The backend-specific objects this database lacks (the spatial ones only when PostGIS is installed)."""
    missing = [] if _has_index(conn, SEARCH_INDEX) else [SEARCH_INDEX]
    if _postgis_available(conn):
        if GEOM_COLUMN not in _columns(conn, schema.events.name):
            missing.append(GEOM_COLUMN)
        if not _has_index(conn, GEOM_INDEX):
            missing.append(GEOM_INDEX)
        if _extension_available(conn, "btree_gist") and not _has_index(conn, GEOM_DATES_INDEX):
            missing.append(GEOM_DATES_INDEX)
    return missing


def ensure_extras(conn: Connection) -> list[str]:
    """Create what ``missing_extras`` lists, inside the caller's transaction; return what was created."""
    created = []
    missing = missing_extras(conn)  # again, under the writers' lock: another process may have done it
    if SEARCH_INDEX in missing:
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {SEARCH_INDEX} ON events USING GIN ({search_vector_sql()})")
        created.append(SEARCH_INDEX)
    if GEOM_COLUMN in missing or GEOM_INDEX in missing:
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS postgis")
    if GEOM_COLUMN in missing:
        # Generated, so every writer (ingest, copy, a PATCH of lat/lon) keeps it right without knowing it.
        conn.exec_driver_sql(
            f"ALTER TABLE events ADD COLUMN IF NOT EXISTS {GEOM_COLUMN} geometry(Point, {SRID}) "
            f"GENERATED ALWAYS AS (CASE WHEN lon IS NOT NULL AND lat IS NOT NULL "
            f"THEN ST_SetSRID(ST_MakePoint(lon, lat), {SRID}) END) STORED"
        )
        created.append(GEOM_COLUMN)
    if GEOM_INDEX in missing:
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {GEOM_INDEX} ON events USING GIST ({GEOM_COLUMN})")
        created.append(GEOM_INDEX)
    if GEOM_DATES_INDEX in missing:
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS btree_gist")
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {GEOM_DATES_INDEX} ON events USING GIST "
            f"({GEOM_COLUMN}, date_start, (coalesce(date_end, date_start)))"
        )
        created.append(GEOM_DATES_INDEX)
    return created


def events_geom() -> sa.ColumnClause[Any]:
    """``events.geom`` as a GeoAlchemy2 column (unqualified: it names the ``events`` row in scope)."""
    from geoalchemy2 import Geometry

    return sa.column(GEOM_COLUMN, Geometry("POINT", srid=SRID, spatial_index=False))


def bbox_filter(west: float, south: float, east: float, north: float) -> sa.ColumnElement[bool]:
    """Events inside a lon/lat box, answered by the GIST index (``geom && ST_MakeEnvelope(...)``)."""
    return events_geom().op("&&")(sa.func.ST_MakeEnvelope(west, south, east, north, SRID))


def postgres_url(url: str) -> str:
    """``postgres://`` / ``postgresql://`` → SQLAlchemy's psycopg 3 URL (``postgresql+psycopg://``)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in {"postgres", "postgresql"}:
        scheme = "postgresql+psycopg"
    return urlunsplit((scheme, parts.netloc, parts.path, parts.query, parts.fragment))


def display_url(url: str) -> str:
    """The URL without its password, as error messages and ``store.url`` show it."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _json_dumps(obj: Any) -> str:
    # A plain function, not a closure: psycopg caches its JSON dumpers by the function's code.
    return json.dumps(obj, ensure_ascii=False)


def create_postgres_engine(url: str) -> Engine:
    """An engine with our settings (psycopg 3, JSON kept readable, dead pooled connections replaced)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise StoreError("PostgreSQL needs the psycopg driver: pip install 'mesint[scale]'") from None
    return sa.create_engine(postgres_url(url), json_serializer=_json_dumps, pool_pre_ping=True)


def open_postgres(url: str) -> PostgresStore:
    """Open (creating the schema if needed) the PostgreSQL database at ``url``; ``StoreError`` on failure."""
    engine = create_postgres_engine(url)
    shown = display_url(url)
    try:
        return PostgresStore(engine, url=shown)
    except StoreError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"{shown}: cannot open the database: {db_error_message(exc)}") from None
