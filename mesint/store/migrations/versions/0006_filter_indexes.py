"""filter indexes

Covering indexes so listing and counting incidents by governorate or type read no table rows. Registry
version 6.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

from mesint.store.migrations.guards import create_index_once

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_events_admin1_incident": ["admin1", "incident_id"],
    "ix_events_type_incident": ["event_type", "incident_id"],
    "ix_events_subtype_incident": ["sub_event_type", "incident_id"],
    "ix_events_id_incident": ["id", "incident_id", "date_start"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        create_index_once(name, "events", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="events")
