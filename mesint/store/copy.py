"""``mesint db copy SRC DST``: a whole database from one back end to another, nothing lost.

Every table the schema knows (documents, events and their children, incidents, audit log, API tokens,
corrections, verifications, sources, collected items — and any table a later migration adds to
``schema.metadata``) is copied row for row, ids included, in foreign-key order, in one transaction on the
destination: a failed copy leaves the destination as it was. The destination must hold no documents.
Derived objects are not copied but rebuilt by the destination itself: its schema and views by its
migrations, SQLite's FTS5 rows by their triggers, PostgreSQL's search index and PostGIS column by its
backend step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from mesint.errors import StoreError
from mesint.store import open_store, schema
from mesint.store.sql import SQLStore

BATCH = 1000


@dataclass(slots=True)
class CopySummary:
    """Rows copied per table, in the order they were copied."""

    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def copied_tables() -> list[sa.Table]:
    """Every table of the schema, parents before children (the migrations' version table, not in the schema's
    metadata, belongs to each database)."""
    return list(schema.metadata.sorted_tables)


def copy_database(
    src_url: str, dst_url: str, *, on_table: Callable[[str, int], None] | None = None
) -> CopySummary:
    """Copy every row of the database at ``src_url`` into the (empty) one at ``dst_url``.

    Both are opened with ``open_store`` (so both are upgraded to the current schema first). Raises
    ``StoreError`` when the destination already holds documents, when source and destination are the same,
    or when the copy fails (then nothing is kept).
    """
    src = open_store(src_url)
    try:
        dst = open_store(dst_url)
        try:
            if not isinstance(src, SQLStore) or not isinstance(dst, SQLStore):
                raise StoreError("db copy works between SQL stores (SQLite, PostgreSQL)")
            if src.url == dst.url:
                raise StoreError(f"{src.url}: source and destination are the same database")
            return _copy(src, dst, on_table)
        finally:
            dst.close()
    finally:
        src.close()


def _copy(src: SQLStore, dst: SQLStore, on_table: Callable[[str, int], None] | None) -> CopySummary:
    summary = CopySummary()
    with src._read() as read, dst._write("copy the database into it") as write:
        existing = write.execute(sa.select(sa.func.count()).select_from(schema.documents)).scalar_one()
        if existing:
            raise StoreError(f"{dst.url}: already holds {existing} document(s); copy into an empty database")
        src_tables = set(sa.inspect(read).get_table_names())
        for table in copied_tables():
            if table.name not in src_tables:
                continue  # a source older than this schema: its upgrade created every table, so this is moot
            n = _copy_table(read, write, table)
            summary.rows[table.name] = n
            if on_table is not None:
                on_table(table.name, n)
        _reset_sequences(write)
    return summary


def _copy_table(read: Connection, write: Connection, table: sa.Table) -> int:
    order = list(table.primary_key.columns) or list(table.columns)
    result = read.execution_options(stream_results=True, yield_per=BATCH).execute(
        sa.select(*table.columns).order_by(*order)
    )
    n = 0
    for part in result.partitions(BATCH):
        rows = [dict(r._mapping) for r in part]
        write.execute(table.insert(), rows)
        n += len(rows)
    return n


def _reset_sequences(conn: Connection) -> None:
    """PostgreSQL: move each serial id's sequence past the copied ids, so the next insert does not collide."""
    if conn.dialect.name != "postgresql":
        return  # SQLite's INTEGER PRIMARY KEY takes max(rowid) + 1 by itself
    for table in copied_tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, sa.Integer) or pk[0].autoincrement is False:
            continue
        seq = conn.execute(
            sa.text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name}
        ).scalar()
        if seq:
            conn.execute(
                sa.text(f"SELECT setval(:s, coalesce((SELECT max({pk[0].name}) FROM {table.name}), 0) + 1, false)"),
                {"s": seq},
            )


def table_counts(url: str) -> dict[str, int]:
    """Rows per copied table (what a round trip must preserve)."""
    store = open_store(url)
    try:
        assert isinstance(store, SQLStore)
        with store._read() as conn:
            present = set(sa.inspect(conn).get_table_names())
            return {
                t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                for t in copied_tables()
                if t.name in present
            }
    finally:
        store.close()
