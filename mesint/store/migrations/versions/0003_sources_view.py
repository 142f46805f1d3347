"""sources view

``sources_view``: each cited outlet with its event and document counts and citation dates. Registry
version 3.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from mesint.store.migrations.guards import drop_view, replace_view
from mesint.store.migrations.views import sources_view_v3

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    replace_view("sources_view", sources_view_v3())


def downgrade() -> None:
    drop_view("sources_view")
