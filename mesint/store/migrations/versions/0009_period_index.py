"""period index

A covering index for counts over a date window (the digest's previous-period totals, the API's date filters):
date, incident, and the columns those counts group by, so no event row (with its large ``record`` JSON before
``incident_id``) is read. Both back ends.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

from mesint.store.migrations.guards import create_index_once

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COLUMNS = ["date_start", "date_end", "incident_id", "id", "country", "event_type", "killed"]


def upgrade() -> None:
    create_index_once("ix_events_period", "events", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_events_period", table_name="events")
