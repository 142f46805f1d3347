"""incidents and audit log

Reconciliation: ``events.incident_id`` (every event first stands alone: its own id), ``incident_members``
(each decision, its score and why), ``audit_log`` (analysts' merges and splits); ``events_view`` gains
``incident_id``. Registry version 2.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from mesint.store.migrations.guards import create_index_once, has_column, has_table, replace_view
from mesint.store.migrations.views import events_view_v1, events_view_v2

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    if not has_column("events", "incident_id"):
        op.add_column(
            "events",
            sa.Column(
                "incident_id",
                sa.String(128),
                comment="the canonical event of this event's incident (its own id when it stands alone); "
                "added in v2",
            ),
        )
    events = sa.table("events", sa.column("id"), sa.column("incident_id"))
    op.execute(events.update().where(events.c.incident_id.is_(None)).values(incident_id=events.c.id))
    create_index_once("ix_events_incident_id", "events", ["incident_id"])
    if not has_table("incident_members"):
        op.create_table(
            "incident_members",
            sa.Column(
                "event_id",
                sa.String(128),
                sa.ForeignKey("events.id", ondelete="CASCADE"),
                primary_key=True,
                comment="an event placed by a decision (an event without a row stands alone, as first stored)",
            ),
            sa.Column("incident_id", sa.String(128), nullable=False, comment="the canonical event it was placed in"),
            sa.Column("score", sa.Float, comment="the pair score that decided it; null for an analyst's decision"),
            sa.Column("reason", sa.Text, nullable=False, comment="one line: why"),
            sa.Column("features", JSON, comment="each comparator's value for the deciding pair, and that pair"),
            sa.Column("decided_by", sa.Text, nullable=False, comment='"ingest" or "analyst:NAME"'),
            sa.Column("decided_at", sa.DateTime, nullable=False),
            sa.Column("manual", sa.Boolean, nullable=False, server_default=sa.false()),
        )
        op.create_index("ix_incident_members_incident_id", "incident_members", ["incident_id"])
    if not has_table("audit_log"):
        op.create_table(
            "audit_log",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("at", sa.DateTime, nullable=False),
            sa.Column("who", sa.Text, nullable=False),
            sa.Column("action", sa.Text, nullable=False, comment="merge | split"),
            sa.Column("detail", JSON, nullable=False, comment="the events, and the incidents before and after"),
        )
    replace_view("events_view", events_view_v2())


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS events_view")
    op.drop_table("audit_log")
    op.drop_table("incident_members")
    op.drop_index("ix_events_incident_id", table_name="events")
    op.drop_column("events", "incident_id")
    replace_view("events_view", events_view_v1())
