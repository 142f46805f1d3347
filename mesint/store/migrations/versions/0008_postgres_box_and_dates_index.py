"""postgres box and dates index

PostgreSQL with PostGIS only: one GIST index over ``events.geom``, ``date_start`` and
``coalesce(date_end, date_start)`` (with the ``btree_gist`` extension), so a bounding box and a date window
are answered together from the index: at 1,000,000 events the API's bbox + date query read every event
in the box through the point index alone. SQLite: nothing.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from mesint.store.postgres import ensure_extras

        ensure_extras(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        from mesint.store.postgres import GEOM_DATES_INDEX

        op.execute(f"DROP INDEX IF EXISTS {GEOM_DATES_INDEX}")
