"""postgres search and geometry

PostgreSQL only: the GIN full-text index over the searchable columns and, where the server has PostGIS,
``events.geom`` (a point generated from lon/lat) with its GIST index. SQLite's search index came with 0001;
there this revision does nothing. A server that gains PostGIS later gets the column when a store next
opens the database for writing (``PostgresStore``), by the same function.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from mesint.store.postgres import ensure_extras

        ensure_extras(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        from mesint.store.postgres import GEOM_COLUMN, GEOM_INDEX, SEARCH_INDEX

        op.execute(f"DROP INDEX IF EXISTS {GEOM_INDEX}")
        op.execute(f"ALTER TABLE events DROP COLUMN IF EXISTS {GEOM_COLUMN}")
        op.execute(f"DROP INDEX IF EXISTS {SEARCH_INDEX}")
