"""The tables, shared by every backend (SQLAlchemy Core), named so ``datasette mesint.db`` reads well.

This module always describes the newest schema: a new database is created from it and stamped at the
newest Alembic revision (``mesint.store.migrations``). A change here needs a revision that makes the same
change to existing databases; ``tests/store/test_migrations.py`` checks that running every revision from
an empty database gives exactly this schema, on SQLite and on PostgreSQL.

Backend differences live in small functions at the bottom (full-text search, the view's SQL text).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection

metadata = sa.MetaData()

# JSON columns: JSONB where PostgreSQL offers it, JSON text elsewhere.
JSONType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

documents = sa.Table(
    "documents",
    metadata,
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

events = sa.Table(
    "events",
    metadata,
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
    sa.Column("record", JSONType, nullable=False, comment="the full event as mesint.serialize.event_to_dict"),
    sa.Column(
        "incident_id",
        sa.String(128),
        comment="the canonical event of this event's incident (its own id when it stands alone); added in v2",
    ),
    sa.Index("ix_events_date_start", "date_start"),
    sa.Index("ix_events_event_type", "event_type"),
    sa.Index("ix_events_admin1", "admin1"),
    sa.Index("ix_events_actor1", "actor1"),
    sa.Index("ix_events_actor2", "actor2"),
    sa.Index("ix_events_document_id", "document_id"),
    sa.Index("ix_events_incident_id", "incident_id"),
)


def _child_columns() -> list[sa.Column]:
    """Columns every per-event table shares: the event, and the document its span points into.

    The document is kept per row (not only per event) so that once events from several reports merge,
    each source's span still says which text it indexes into.
    """
    return [
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(128), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("ordinal", sa.Integer, nullable=False, comment="position in the event record"),
    ]


citations = sa.Table(
    "citations",
    metadata,
    *_child_columns(),
    sa.Column("outlet", sa.Text, nullable=False),
    sa.Column("date", sa.Date),
    sa.Column("date_text", sa.Text),
    sa.Column("affiliation", sa.Text),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("span_start", sa.Integer, nullable=False),
    sa.Column("span_end", sa.Integer, nullable=False),
    sa.Index("ix_citations_event_id", "event_id"),
    sa.Index("ix_citations_outlet", "outlet"),
)

claims = sa.Table(
    "claims",
    metadata,
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
    sa.Index("ix_claims_event_id", "event_id"),
)

provenance = sa.Table(
    "provenance",
    metadata,
    *_child_columns(),
    sa.Column("field", sa.Text, nullable=False),
    sa.Column("span_start", sa.Integer, nullable=False),
    sa.Column("span_end", sa.Integer, nullable=False),
    sa.Index("ix_provenance_event_id", "event_id"),
)

non_events = sa.Table(
    "non_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("ordinal", sa.Integer, nullable=False),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("quote", sa.Text, nullable=False),
    sa.Column("span_start", sa.Integer, nullable=False),
    sa.Column("span_end", sa.Integer, nullable=False),
    sa.Index("ix_non_events_document_id", "document_id"),
)

incident_members = sa.Table(
    "incident_members",
    metadata,
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
    sa.Column("features", JSONType, comment="each comparator's value for the deciding pair, and that pair"),
    sa.Column("decided_by", sa.Text, nullable=False, comment='"ingest" or "analyst:NAME"'),
    sa.Column("decided_at", sa.DateTime, nullable=False),
    sa.Column("manual", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Index("ix_incident_members_incident_id", "incident_id"),
)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("action", sa.Text, nullable=False, comment="merge | split"),
    sa.Column("detail", JSONType, nullable=False, comment="the events, and the incidents before and after"),
)

RECONCILE_TABLES: tuple[sa.Table, ...] = (incident_members, audit_log)

CORE_TABLES: tuple[sa.Table, ...] = (documents, events, citations, claims, provenance, non_events)

FTS_TABLE = "events_fts"
EVENTS_VIEW = "events_view"


def events_view_select() -> sa.Select:
    """One row per event with its sources joined by "; " — the table to browse in datasette."""
    sources = (
        sa.select(
            citations.c.event_id,
            sa.func.aggregate_strings(citations.c.label, "; ").label("sources"),
            sa.func.count(sa.distinct(citations.c.outlet)).label("sources_count"),
        )
        .group_by(citations.c.event_id)
        .subquery("s")
    )
    return (
        sa.select(
            events.c.id,
            events.c.date_start,
            events.c.date_end,
            events.c.event_type,
            events.c.sub_event_type,
            events.c.actor1,
            events.c.actor2,
            events.c.location_text,
            events.c.place,
            events.c.admin1,
            events.c.country,
            events.c.lat,
            events.c.lon,
            events.c.geo_precision,
            events.c.killed,
            events.c.wounded,
            sources.c.sources,
            sa.func.coalesce(sources.c.sources_count, 0).label("sources_count"),
            events.c.incident_id,
            events.c.quote,
            documents.c.name.label("document"),
            events.c.document_id,
        )
        .select_from(
            events.join(documents, documents.c.id == events.c.document_id).outerjoin(
                sources, sources.c.event_id == events.c.id
            )
        )
        .order_by(events.c.date_start, events.c.id)
    )


def create_views(conn: Connection) -> None:
    """(Re)create the views, compiled for the connection's dialect: one definition serves every backend."""
    sql = events_view_select().compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
    conn.exec_driver_sql(f"DROP VIEW IF EXISTS {EVENTS_VIEW}")
    conn.exec_driver_sql(f"CREATE VIEW {EVENTS_VIEW} AS {sql}")


SOURCES_VIEW = "sources_view"


def sources_view_select() -> sa.Select:
    """One row per cited outlet: how many events and documents cite it, first and last citation date."""
    return (
        sa.select(
            citations.c.outlet,
            sa.func.count(sa.distinct(citations.c.event_id)).label("events"),
            sa.func.count(sa.distinct(citations.c.document_id)).label("documents"),
            sa.func.min(citations.c.date).label("first_cited"),
            sa.func.max(citations.c.date).label("last_cited"),
        )
        .group_by(citations.c.outlet)
        .order_by(citations.c.outlet)
    )


def create_sources_view(conn: Connection) -> None:
    """(Re)create ``sources_view``, the outlets table to browse in datasette beside ``events_view``."""
    sql = sources_view_select().compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
    conn.exec_driver_sql(f"DROP VIEW IF EXISTS {SOURCES_VIEW}")
    conn.exec_driver_sql(f"CREATE VIEW {SOURCES_VIEW} AS {sql}")


# -- full-text search: SQLite FTS5 kept in sync by triggers; other backends fall back to LIKE for now --

# The text indexed for an event; actors are one column so "--q Hurras" finds either side.
_FTS_VALUES = (
    "new.id, new.quote, new.location_text, "
    "trim(coalesce(new.actor1, '') || ' ' || coalesce(new.actor2, '') || ' ' || "
    "coalesce(new.assoc_actor_1, '') || ' ' || coalesce(new.assoc_actor_2, '')), "
    "new.place, new.notes"
)


def sqlite_has_fts5(conn: Connection) -> bool:
    """Whether this SQLite library can build FTS5 tables."""
    return bool(conn.exec_driver_sql("SELECT sqlite_compileoption_used('ENABLE_FTS5')").scalar())


def has_search_index(conn: Connection) -> bool:
    """Whether this database carries the full-text index (only SQLite builds one, when FTS5 is present)."""
    return conn.dialect.name == "sqlite" and sa.inspect(conn).has_table(FTS_TABLE)


def create_search_index(conn: Connection) -> bool:
    """Create the FTS5 table and its triggers, and index the events already stored. False when unavailable."""
    if conn.dialect.name != "sqlite" or not sqlite_has_fts5(conn):
        return False
    conn.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
        "event_id UNINDEXED, quote, location_text, actors, place, notes, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    # Keyed by event id, not rowid: VACUUM may renumber the rowids of a table with a text primary key.
    conn.exec_driver_sql(
        f"CREATE TRIGGER IF NOT EXISTS events_fts_insert AFTER INSERT ON events BEGIN "
        f"INSERT INTO {FTS_TABLE} (event_id, quote, location_text, actors, place, notes) "
        f"VALUES ({_FTS_VALUES}); END"
    )
    conn.exec_driver_sql(
        f"CREATE TRIGGER IF NOT EXISTS events_fts_delete AFTER DELETE ON events BEGIN "
        f"DELETE FROM {FTS_TABLE} WHERE event_id = old.id; END"
    )
    conn.exec_driver_sql(
        f"CREATE TRIGGER IF NOT EXISTS events_fts_update AFTER UPDATE ON events BEGIN "
        f"DELETE FROM {FTS_TABLE} WHERE event_id = old.id; "
        f"INSERT INTO {FTS_TABLE} (event_id, quote, location_text, actors, place, notes) "
        f"VALUES ({_FTS_VALUES}); END"
    )
    conn.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE} (event_id, quote, location_text, actors, place, notes) "
        f"SELECT {_FTS_VALUES.replace('new.', 'e.')} FROM events AS e "
        f"WHERE e.id NOT IN (SELECT event_id FROM {FTS_TABLE})"
    )
    return True


# -- serve (migration 4): API tokens, analysts' corrections and verifications ------------------------------

api_tokens = sa.Table(
    "api_tokens",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.Text, nullable=False, server_default=""),
    sa.Column("role", sa.Text, nullable=False, comment="viewer, analyst or admin"),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True, comment="sha256 hex of the token"),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("revoked_at", sa.DateTime),
)

corrections = sa.Table(
    "corrections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String(128), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    sa.Column("field", sa.Text, nullable=False),
    sa.Column("old_value", JSONType),
    sa.Column("new_value", JSONType),
    sa.Column("who", sa.Text, nullable=False, comment="the token's name and id"),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Index("ix_corrections_event_id", "event_id"),
)

verifications = sa.Table(
    "verifications",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String(128), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    sa.Column("status", sa.Text, nullable=False, comment="verified or disputed"),
    sa.Column("note", sa.Text),
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Index("ix_verifications_event_id", "event_id"),
)

SERVE_TABLES: tuple[sa.Table, ...] = (api_tokens, corrections, verifications)

# The API pages through incidents in date order: this index covers that order and the canonical-row test
# (``id == incident_id``) without reading the rows, whose large ``record`` JSON sits before ``incident_id``.
serve_listing_index = sa.Index("ix_events_listing", events.c.date_start, events.c.id, events.c.incident_id)

# Filters find the incidents of matching reports from these indexes alone (migration 6).
FILTER_INDEXES: tuple[sa.Index, ...] = (
    sa.Index("ix_events_admin1_incident", events.c.admin1, events.c.incident_id),
    sa.Index("ix_events_type_incident", events.c.event_type, events.c.incident_id),
    sa.Index("ix_events_subtype_incident", events.c.sub_event_type, events.c.incident_id),
    sa.Index("ix_events_id_incident", events.c.id, events.c.incident_id, events.c.date_start),
)

# SQLite's answer to a bounding box + date window (migration 10): the box's latitude band from the index alone.
# PostgreSQL uses its PostGIS index instead (migration 8).
place_index = sa.Index(
    "ix_events_place_date", events.c.lat, events.c.lon, events.c.date_start, events.c.date_end, events.c.id
).ddl_if(dialect="sqlite")

# Counts over a date window read no event rows (migration 9): the digest's previous period, the API's date filters.
period_index = sa.Index(
    "ix_events_period",
    events.c.date_start,
    events.c.date_end,
    events.c.incident_id,
    events.c.id,
    events.c.country,
    events.c.event_type,
    events.c.killed,
)

# -- collect (migration 5): the followed feeds and pages, and every item collected from them --

sources = sa.Table(
    "sources",
    metadata,
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

collected_items = sa.Table(
    "collected_items",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source", sa.Text, nullable=False, comment="the source's name when it was collected"),
    sa.Column("canonical_url", sa.Text, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False, comment="sha256 of the item's normalised text"),
    sa.Column(
        "document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("first_seen", sa.DateTime, nullable=False),
    sa.Column("version_of", sa.String(64), comment="the document this text replaces (same URL, older text)"),
    sa.Index("ix_collected_items_canonical_url", "canonical_url"),
    sa.Index("ix_collected_items_content_hash", "content_hash"),
    sa.Index("ix_collected_items_document_id", "document_id"),
)

COLLECT_TABLES: tuple[sa.Table, ...] = (sources, collected_items)
