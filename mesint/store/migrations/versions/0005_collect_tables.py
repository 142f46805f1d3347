"""collect tables

Followed sources (schedule, validators, failures) and the items collected from them. Registry version 5.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mesint.store.migrations.guards import has_table

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if not has_table("sources"):
        op.create_table(
            "sources",
            sa.Column("name", sa.Text, primary_key=True),
            sa.Column("url", sa.Text, nullable=False),
            sa.Column("kind", sa.Text, nullable=False, comment="rss, atom, html or sitemap"),
            sa.Column("every_seconds", sa.Integer, nullable=False, comment="how often the source is due"),
            sa.Column("outlet", sa.Text, comment="publisher written on its documents"),
            sa.Column("etag", sa.Text, comment="validator for the next conditional request"),
            sa.Column("last_modified", sa.Text, comment="Last-Modified as the server sent it"),
            sa.Column("added_at", sa.DateTime, nullable=False),
            sa.Column("last_fetch_at", sa.DateTime),
            sa.Column("last_status", sa.Text, comment="ok, not modified, or failed"),
            sa.Column("last_error", sa.Text, comment="the last failure's one-line reason"),
            sa.Column("items_seen", sa.Integer, nullable=False, server_default="0"),
            sa.Column("consecutive_failures", sa.Integer, nullable=False, server_default="0"),
            sa.Column("disabled_reason", sa.Text, comment="set when the source failed too often; collect skips it"),
        )
    if not has_table("collected_items"):
        op.create_table(
            "collected_items",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("source", sa.Text, nullable=False, comment="the source's name when it was collected"),
            sa.Column("canonical_url", sa.Text, nullable=False),
            sa.Column(
                "content_hash", sa.String(64), nullable=False, comment="sha256 of the item's normalised text"
            ),
            sa.Column(
                "document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
            ),
            sa.Column("first_seen", sa.DateTime, nullable=False),
            sa.Column(
                "version_of", sa.String(64), comment="the document this text replaces (same URL, older text)"
            ),
        )
        for column in ("canonical_url", "content_hash", "document_id"):
            op.create_index(f"ix_collected_items_{column}", "collected_items", [column])


def downgrade() -> None:
    op.drop_table("collected_items")
    op.drop_table("sources")
