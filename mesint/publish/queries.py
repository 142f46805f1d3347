"""Read-only questions the digest asks the store beyond ``store.events``: non-events and period totals.

They go through the store's own engine and tables (SQLAlchemy Core), so every backend answers them the same
way; nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from mesint.errors import StoreError
from mesint.store import schema

ev = schema.events
docs = schema.documents
ne = schema.non_events


@dataclass(frozen=True, slots=True)
class PeriodTotals:
    """How many events a period holds, by country and by event type, and the killed they sum to."""

    date_from: dt.date
    date_to: dt.date
    events: int
    killed: int
    documents: int = 0  # reports published in the period: whether the database covers it at all
    by_country: dict[str, int] = field(default_factory=dict)
    by_type: dict[str, int] = field(default_factory=dict)


def _engine(store: Any) -> Engine:
    engine = getattr(store, "engine", None)
    if not isinstance(engine, Engine):
        raise StoreError(f"{getattr(store, 'url', store)}: this store does not expose a SQL engine for digests")
    return engine


def _in_window(date_from: dt.date, date_to: dt.date) -> list[sa.ColumnElement[bool]]:
    # The same overlap rule as EventQuery: [date_start, date_end] meets [date_from, date_to]; and only the
    # canonical event of each incident, so a story told by three reports counts once, as store.events does.
    where = [sa.func.coalesce(ev.c.date_end, ev.c.date_start) >= date_from, ev.c.date_start <= date_to]
    if "incident_id" in ev.c:
        where.append(sa.or_(ev.c.incident_id.is_(None), ev.c.incident_id == ev.c.id))
    return where


def period_totals(store: Any, date_from: dt.date, date_to: dt.date) -> PeriodTotals:
    """Totals for a period, computed in the database (no event records are loaded).

    The documents are counted first: a period without reports is not compared against (see
    ``overview_bullets``), so its events are not counted at all. The events are read in one grouped scan
    (country × type, with the killed), not one scan per total: the overlap test cannot bound ``date_start``
    from below, so each scan walks every event that starts before the period ends.
    """
    where = _in_window(date_from, date_to)
    country = sa.func.coalesce(ev.c.country, "")
    stmt = sa.select(country, ev.c.event_type, sa.func.count(), sa.func.sum(ev.c.killed)).where(*where)
    try:
        with _engine(store).connect() as conn:
            documents = conn.execute(
                sa.select(sa.func.count()).select_from(docs).where(docs.c.published.between(date_from, date_to))
            ).scalar()
            rows = list(conn.execute(stmt.group_by(country, ev.c.event_type))) if documents else []
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read period totals: {exc.__class__.__name__}: {exc}".splitlines()[0]) from None
    by_country: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    killed = 0
    for name, event_type, n, dead in rows:
        by_country[name] += int(n)
        by_type[event_type] += int(n)
        killed += int(dead or 0)
    return PeriodTotals(
        date_from=date_from,
        date_to=date_to,
        events=sum(by_country.values()),
        killed=killed,
        documents=int(documents or 0),
        by_country=dict(by_country),
        by_type=dict(by_type),
    )


def non_events(
    store: Any,
    date_from: dt.date,
    date_to: dt.date,
    kinds: Iterable[str],
    *,
    event_documents: Iterable[str] = (),
) -> list[dict[str, Any]]:
    """Non-events of the given kinds from the documents of the period, in document then report order.

    A non-event has no date of its own: it belongs to the period when its document was published in it, or
    when its document is one that the period's events were read from (``event_documents``).
    """
    kinds = list(kinds)
    doc_ids = list(dict.fromkeys(event_documents))
    in_period = docs.c.published.between(date_from, date_to)
    # Chunked ids stay well under every backend's bound-parameter limit.
    chunks = [doc_ids[i : i + 500] for i in range(0, len(doc_ids), 500)]
    which = sa.or_(in_period, *(docs.c.id.in_(c) for c in chunks))
    stmt = (
        sa.select(
            ne.c.kind,
            ne.c.quote,
            ne.c.span_start,
            ne.c.span_end,
            ne.c.document_id,
            docs.c.name,
            docs.c.title,
            docs.c.publisher,
            docs.c.published,
        )
        .select_from(ne.join(docs, docs.c.id == ne.c.document_id))
        .where(ne.c.kind.in_(kinds), which)
        .order_by(docs.c.published, docs.c.name, ne.c.ordinal)
    )
    try:
        with _engine(store).connect() as conn:
            rows = list(conn.execute(stmt))
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read non-events: {exc.__class__.__name__}".splitlines()[0]) from None
    return [
        {
            "kind": r.kind,
            "quote": r.quote,
            "span": [r.span_start, r.span_end],
            "document": r.document_id,
            "document_name": r.name,
            "document_title": r.title,
            "publisher": r.publisher,
            "published": r.published.isoformat() if r.published else None,
        }
        for r in rows
    ]
