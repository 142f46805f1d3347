"""Every schema step mesint has shipped, oldest first. Add a step at the bottom; never edit a shipped one.

A step receives the open connection (inside the upgrade's transaction) and must work on every backend:
use SQLAlchemy Core, and put a backend difference behind a function in ``mesint.store.schema``.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from mesint.store import schema
from mesint.store.migrations.registry import Migrations

MIGRATIONS = Migrations()


@MIGRATIONS(1, "core tables")
def create_core_tables(conn: Connection) -> None:
    """Documents, events and their citations, claims, provenance; non-events; search index; views."""
    schema.metadata.create_all(conn, tables=list(schema.CORE_TABLES), checkfirst=True)
    schema.create_search_index(conn)
    schema.create_views(conn)


@MIGRATIONS(4, "serve tables")
def create_serve_tables(conn: Connection) -> None:
    """API tokens (hashed), analysts' corrections (who, when, old and new value) and verifications."""
    schema.metadata.create_all(conn, tables=list(schema.SERVE_TABLES), checkfirst=True)
    schema.serve_listing_index.create(conn, checkfirst=True)


@MIGRATIONS(5, "collect tables")
def create_collect_tables(conn: Connection) -> None:
    """Followed sources (schedule, validators, failures) and the items collected from them."""
    schema.metadata.create_all(conn, tables=list(schema.COLLECT_TABLES), checkfirst=True)


@MIGRATIONS(2, "incidents and audit log")
def add_incidents(conn: Connection) -> None:
    """Reconciliation: ``events.incident_id``, ``incident_members`` (each decision, its score and why),
    ``audit_log`` (analysts' merges and splits); the view gains ``incident_id``."""
    schema.add_incident_column(conn)
    schema.metadata.create_all(conn, tables=list(schema.RECONCILE_TABLES), checkfirst=True)
    schema.create_views(conn)


@MIGRATIONS(3, "sources view")
def create_sources_view(conn: Connection) -> None:
    """``sources_view``: each cited outlet with its event and document counts and citation dates."""
    schema.create_sources_view(conn)


@MIGRATIONS(6, "filter indexes")
def create_filter_indexes(conn: Connection) -> None:
    """Covering indexes so listing and counting incidents by governorate or type read no table rows."""
    for index in schema.FILTER_INDEXES:
        index.create(conn, checkfirst=True)
