"""The views as each revision created them, frozen here so an old revision keeps meaning what it meant.

A revision that changes a view adds a new function below; ``mesint.store.schema`` carries the newest one
for databases created from scratch (``tests/store/test_migrations.py`` checks both paths agree).
"""

from __future__ import annotations

import sqlalchemy as sa

_EVENT_COLUMNS = (
    "id", "date_start", "date_end", "event_type", "sub_event_type", "actor1", "actor2", "location_text",
    "place", "admin1", "country", "lat", "lon", "geo_precision", "killed", "wounded",
)


def _events_view(with_incident: bool) -> sa.Select:
    e = sa.table("events", *(sa.column(c) for c in (*_EVENT_COLUMNS, "incident_id", "quote", "document_id")))
    d = sa.table("documents", sa.column("id"), sa.column("name"))
    c = sa.table("citations", sa.column("event_id"), sa.column("label"), sa.column("outlet"))
    sources = (
        sa.select(
            c.c.event_id,
            sa.func.aggregate_strings(c.c.label, "; ").label("sources"),
            sa.func.count(sa.distinct(c.c.outlet)).label("sources_count"),
        )
        .group_by(c.c.event_id)
        .subquery("s")
    )
    incident = [e.c.incident_id] if with_incident else []
    return (
        sa.select(
            *(e.c[n] for n in _EVENT_COLUMNS),
            sources.c.sources,
            sa.func.coalesce(sources.c.sources_count, 0).label("sources_count"),
            *incident,
            e.c.quote,
            d.c.name.label("document"),
            e.c.document_id,
        )
        .select_from(e.join(d, d.c.id == e.c.document_id).outerjoin(sources, sources.c.event_id == e.c.id))
        .order_by(e.c.date_start, e.c.id)
    )


def events_view_v1() -> sa.Select:
    """``events_view`` of revision 0001: one row per event with its sources joined by "; "."""
    return _events_view(with_incident=False)


def events_view_v2() -> sa.Select:
    """``events_view`` of revision 0002: the same, with each event's ``incident_id``."""
    return _events_view(with_incident=True)


def sources_view_v3() -> sa.Select:
    """``sources_view`` of revision 0003: each cited outlet, its event and document counts, citation dates."""
    c = sa.table("citations", sa.column("outlet"), sa.column("event_id"), sa.column("document_id"), sa.column("date"))
    return (
        sa.select(
            c.c.outlet,
            sa.func.count(sa.distinct(c.c.event_id)).label("events"),
            sa.func.count(sa.distinct(c.c.document_id)).label("documents"),
            sa.func.min(c.c.date).label("first_cited"),
            sa.func.max(c.c.date).label("last_cited"),
        )
        .group_by(c.c.outlet)
        .order_by(c.c.outlet)
    )
