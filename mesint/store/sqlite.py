"""The default backend: one SQLite file (WAL, foreign keys on, a busy timeout, FTS5 for ``--q``)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from mesint.errors import StoreError
from mesint.store import migrations, schema
from mesint.store.search import fts5_query
from mesint.store.sql import SQLStore, db_error_message

BUSY_TIMEOUT_MS = 30_000  # wait this long for another writer (a parallel ingest) before giving up
MEMORY = ":memory:"
_WRITE = "mesint_write"  # execution option: this transaction will write, so take the lock up front

_fts = sa.table(schema.FTS_TABLE, sa.column("event_id"))


class SQLiteStore(SQLStore):
    """A ``Store`` in one SQLite file; open it with ``mesint.store.open_store`` or ``open_sqlite``."""

    def _write_options(self) -> dict[str, Any]:
        return {_WRITE: True}

    def _insert_ignore(self, table: sa.Table) -> sa.Insert:
        return sqlite_dialect.insert(table).on_conflict_do_nothing()

    def _check_database(self, conn: Connection) -> None:
        if not migrations.is_mesint_database(set(sa.inspect(conn).get_table_names())):
            raise StoreError(
                f"{self.url}: a SQLite database, but not a mesint one (it has no {migrations.VERSION_TABLE} "
                "table); give another database path"
            )

    def _search(self, terms: list[str]) -> sa.ColumnElement[bool]:
        if not self._fts:
            return super()._search(terms)
        if not terms:
            return sa.false()
        match = sa.literal_column(schema.FTS_TABLE).op("MATCH")(fts5_query(terms))
        return schema.events.c.id.in_(sa.select(_fts.c.event_id).where(match))

    def _error(self, action: str, exc: SQLAlchemyError) -> StoreError:
        return StoreError(f"{self.url}: cannot {action}: {_explain(db_error_message(exc))}")


def open_sqlite(path: str | Path) -> SQLiteStore:
    """Open (creating if needed) the SQLite database at ``path``; ``":memory:"`` gives a private one.

    Raises ``StoreError`` with a one-line message for a folder, a missing or unwritable folder, a file
    that is not a SQLite database, or a SQLite database that mesint did not create.
    """
    name = str(path)
    if name != MEMORY:
        p = Path(name).expanduser()
        if p.is_dir():
            raise StoreError(f"{p}: is a folder; give the path of a database file (e.g. {p / 'mesint.db'})")
        if not p.parent.is_dir():
            raise StoreError(f"{p}: cannot create the database: folder {p.parent} does not exist")
        name = str(p)
    engine = create_sqlite_engine(name)
    try:
        return SQLiteStore(engine, url=name)
    except BaseException:
        engine.dispose()
        raise


def create_sqlite_engine(path: str) -> Engine:
    """An engine with our connection settings; transactions (DDL included) are real: BEGIN ... COMMIT."""
    memory = path == MEMORY
    engine = sa.create_engine(
        f"sqlite:///{path}",
        # Non-ASCII names (Arabic, Kurdish transliterations) stay readable in datasette.
        json_serializer=lambda obj: json.dumps(obj, ensure_ascii=False),
        # An in-memory database lives in one connection; share it.
        poolclass=StaticPool if memory else None,
        connect_args={"check_same_thread": False} if memory else {},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" hook below issue BEGIN itself (pysqlite's own would come too late).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not memory:
            # WAL: readers never block the writer. Persistent; harmless to repeat, but needs a writable file.
            try:
                cur.execute("PRAGMA journal_mode = WAL")
                cur.execute("PRAGMA synchronous = NORMAL")
            except sqlite3.OperationalError:
                pass  # a read-only file: stay in its journal mode, reads still work
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A writer takes the lock at BEGIN, so two ingests queue on the busy timeout instead of one failing
        # with "database is locked" half-way through its document.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")

    return engine


def _explain(message: str) -> str:
    """sqlite3's terse messages, with what the user can do about them."""
    hints = {
        "file is not a database": "the file is not a SQLite database (is it the right path?)",
        "unable to open database file": (
            "unable to open the database file (does the folder exist and is it writable?)"
        ),
        "attempt to write a readonly database": "the database is read-only (check the file's permissions)",
        "database is locked": "the database is locked by another process (try again when it has finished)",
    }
    for key, hint in hints.items():
        if key in message:
            return hint
    return message
