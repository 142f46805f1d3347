"""serve tables

API tokens (hashed), analysts' corrections (who, when, old and new value) and verifications; the index
the API pages incidents with. Registry version 4.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from mesint.store.migrations.guards import create_index_once, has_table

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    if not has_table("api_tokens"):
        op.create_table(
            "api_tokens",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("name", sa.Text, nullable=False, server_default=""),
            sa.Column("role", sa.Text, nullable=False, comment="viewer, analyst or admin"),
            sa.Column("token_hash", sa.String(64), nullable=False, unique=True, comment="sha256 hex of the token"),
            sa.Column("created_at", sa.DateTime, nullable=False),
            sa.Column("revoked_at", sa.DateTime),
        )
    if not has_table("corrections"):
        op.create_table(
            "corrections",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("event_id", sa.String(128), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
            sa.Column("field", sa.Text, nullable=False),
            sa.Column("old_value", JSON),
            sa.Column("new_value", JSON),
            sa.Column("who", sa.Text, nullable=False, comment="the token's name and id"),
            sa.Column("at", sa.DateTime, nullable=False),
        )
        op.create_index("ix_corrections_event_id", "corrections", ["event_id"])
    if not has_table("verifications"):
        op.create_table(
            "verifications",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("event_id", sa.String(128), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
            sa.Column("status", sa.Text, nullable=False, comment="verified or disputed"),
            sa.Column("note", sa.Text),
            sa.Column("who", sa.Text, nullable=False),
            sa.Column("at", sa.DateTime, nullable=False),
        )
        op.create_index("ix_verifications_event_id", "verifications", ["event_id"])
    # The API pages through incidents in date order; this index covers that order and the canonical-row test.
    create_index_once("ix_events_listing", "events", ["date_start", "id", "incident_id"])


def downgrade() -> None:
    op.drop_index("ix_events_listing", table_name="events")
    for table in ("verifications", "corrections", "api_tokens"):
        op.drop_table(table)
