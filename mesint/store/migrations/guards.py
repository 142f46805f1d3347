"""Helpers the revisions share: what the database already holds, and frozen view definitions.

The home-made registry that preceded Alembic numbered its steps out of order (for a while it shipped
steps 1, 4 and 5 without 2), so a database it created can hold a later step's tables without an earlier
step's. Such a database is stamped at the last step of its unbroken prefix (``adopt_legacy``) and the later
revisions run on it; they therefore create a table or index only when it is missing.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def has_table(name: str) -> bool:
    return sa.inspect(op.get_bind()).has_table(name)


def has_column(table: str, column: str) -> bool:
    return column in {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def has_index(table: str, name: str) -> bool:
    return name in {i["name"] for i in sa.inspect(op.get_bind()).get_indexes(table)}


def create_index_once(name: str, table: str, columns: list[str]) -> None:
    if not has_index(table, name):
        op.create_index(name, table, columns)


def replace_view(name: str, select: sa.Select) -> None:
    """(Re)create a view from a Core select, compiled for the migrating database's dialect."""
    bind = op.get_bind()
    sql = select.compile(dialect=bind.dialect, compile_kwargs={"literal_binds": True})
    op.execute(f"DROP VIEW IF EXISTS {name}")
    op.execute(f"CREATE VIEW {name} AS {sql}")


def drop_view(name: str) -> None:
    op.execute(f"DROP VIEW IF EXISTS {name}")
