"""core tables

Documents, events and their citations, claims and provenance; non-events; SQLite's full-text index
(FTS5, kept in sync by triggers); ``events_view``. Registry version 1.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from mesint.store.migrations.guards import replace_view
from mesint.store.migrations.views import events_view_v1

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _child_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(128), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("ordinal", sa.Integer, nullable=False, comment="position in the event record"),
    ]


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(64), primary_key=True, comment="sha256 of the raw bytes"),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("uri", sa.Text, nullable=False, server_default=""),
        sa.Column("media_type", sa.Text, nullable=False, server_default="text/plain"),
        sa.Column("title", sa.Text),
        sa.Column("publisher", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("fetched_at", sa.DateTime),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
        sa.Column("text", sa.Text, nullable=False, comment="decoded text; every span indexes into it"),
        sa.Column("raw", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.String(128), primary_key=True, comment="stable content hash"),
        sa.Column(
            "document_id",
            sa.String(64),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
            comment="the document the event was first read from",
        ),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("date_basis", sa.Text),
        sa.Column("event_type", sa.Text, nullable=False),
        sa.Column("sub_event_type", sa.Text, nullable=False),
        sa.Column("actor1", sa.Text),
        sa.Column("actor2", sa.Text),
        sa.Column("assoc_actor_1", sa.Text),
        sa.Column("assoc_actor_2", sa.Text),
        sa.Column("location_text", sa.Text),
        sa.Column("place", sa.Text),
        sa.Column("admin1", sa.Text),
        sa.Column("admin2", sa.Text),
        sa.Column("country", sa.Text),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("uncertainty_km", sa.Float),
        sa.Column("killed", sa.Integer),
        sa.Column("wounded", sa.Integer),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("section", sa.Text, comment='section path joined with " > "'),
        sa.Column("notes", sa.Text, comment='notes joined with "; "'),
        sa.Column("record", JSON, nullable=False, comment="the full event as mesint.serialize.event_to_dict"),
    )
    for column in ("date_start", "event_type", "admin1", "actor1", "actor2", "document_id"):
        op.create_index(f"ix_events_{column}", "events", [column])
    op.create_table(
        "citations",
        *_child_columns(),
        sa.Column("outlet", sa.Text, nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("date_text", sa.Text),
        sa.Column("affiliation", sa.Text),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
    )
    op.create_index("ix_citations_event_id", "citations", ["event_id"])
    op.create_index("ix_citations_outlet", "citations", ["outlet"])
    op.create_table(
        "claims",
        *_child_columns(),
        sa.Column("source", sa.Text, comment="the citation label, when the claim is attributed"),
        sa.Column("outlet", sa.Text),
        sa.Column("source_date", sa.Date),
        sa.Column("killed", sa.Integer),
        sa.Column("killed_low", sa.Integer),
        sa.Column("killed_high", sa.Integer),
        sa.Column("killed_note", sa.Text),
        sa.Column("wounded", sa.Integer),
        sa.Column("wounded_low", sa.Integer),
        sa.Column("wounded_high", sa.Integer),
        sa.Column("wounded_note", sa.Text),
        sa.Column("victims", sa.Text),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
    )
    op.create_index("ix_claims_event_id", "claims", ["event_id"])
    op.create_table(
        "provenance",
        *_child_columns(),
        sa.Column("field", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
    )
    op.create_index("ix_provenance_event_id", "provenance", ["event_id"])
    op.create_table(
        "non_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
    )
    op.create_index("ix_non_events_document_id", "non_events", ["document_id"])
    # The backend's own search index: SQLite's FTS5 table and triggers here; PostgreSQL's GIN index is 0007.
    from mesint.store.schema import create_search_index

    create_search_index(op.get_bind())
    replace_view("events_view", events_view_v1())


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS events_view")
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("events_fts_insert", "events_fts_delete", "events_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS events_fts")
    for table in ("non_events", "provenance", "claims", "citations", "events", "documents"):
        op.drop_table(table)
