"""The web API's own reads and writes, in SQLAlchemy Core on the store's engine.

The store answers the questions the CLI asks; the API asks a few more (a map view of many events, counts
by day/type/governorate, a bounding box, a minimum number of sources) and keeps its own tables: tokens,
analysts' corrections and verifications (migration 4). Every query here reuses ``SQLStore._filters`` for
the filters both share, so ``/api/events`` and ``mesint events`` always agree.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from mesint.errors import InputError, NotFound
from mesint.query import EventQuery
from mesint.reconcile.incident import build_incident
from mesint.serve.cache import GenerationCache, LruCache
from mesint.store import incidents, schema
from mesint.store.sql import SQLStore, _incident_sources_count, canon

ev = schema.events
ROLES = ("viewer", "analyst", "admin")  # each role may do everything the ones before it may
TOKEN_PREFIX = "mesint_"

# The compact event shape the map and the list need: plain columns, no JSON parsing.
MAP_COLUMNS = (
    "id",
    "date_start",
    "date_end",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "place",
    "admin1",
    "country",
    "lat",
    "lon",
    "geo_precision",
    "uncertainty_km",
    "killed",
    "wounded",
)


def now_utc() -> dt.datetime:
    """UTC wall-clock time without tzinfo, as every DATETIME column keeps it."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def iso(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=dt.UTC).isoformat()
    return value.isoformat()


# -- events --------------------------------------------------------------------------------------------------


def _member_filters(store: SQLStore, q: EventQuery) -> list[sa.ColumnElement[bool]]:
    """Conditions on one stored event: the store's filters plus sub-event type and bounding box."""
    where = list(store._filters(q))
    if q.sub_type:
        where.append(sa.func.lower(ev.c.sub_event_type) == sa.func.lower(sa.literal(q.sub_type)))
    if q.bbox is not None:
        w, s, e, n = q.bbox
        where.append(sa.and_(ev.c.lon.between(w, e), ev.c.lat.between(s, n)))
    return where


def incident_filters(store: SQLStore, q: EventQuery) -> list[sa.ColumnElement[bool]]:
    """Conditions on an incident's canonical row (``canon``), as ``SQLStore._incident_filters`` writes them:
    an incident matches when one of its members matches every filter."""
    where: list[sa.ColumnElement[bool]] = [canon.c.id == canon.c.incident_id]
    members = _member_filters(store, q)
    if members:
        where.append(canon.c.id.in_(sa.select(ev.c.incident_id).where(*members)))
    if q.min_sources:
        where.append(_incident_sources_count() >= q.min_sources)
    return where


def count_statement(store: SQLStore, q: EventQuery) -> sa.Select[Any]:
    """How many incidents match ``q``: as ``SQLStore.count_events`` counts them, plus sub-type and bbox."""
    members = _member_filters(store, q)
    if members and not q.min_sources:
        # Incidents with a matching report, counted from the reports' own rows (index-only).
        return sa.select(sa.func.count(sa.distinct(ev.c.incident_id))).where(*members)
    return sa.select(sa.func.count()).select_from(canon).where(*incident_filters(store, q))


ID_BYTES = 80  # what one cached incident id costs in memory (a 16-character str and its list slot)


def list_events(
    store: SQLStore,
    q: EventQuery,
    *,
    view: str = "full",
    counts: GenerationCache | None = None,
    orders: LruCache | None = None,
    generation: int = 0,
) -> tuple[int, list[dict[str, Any]]]:
    """(incidents matching, one page of them): ``full`` dicts as ``store.events`` builds them (every member's
    sources and claims), or the compact ``map`` view read from the canonical rows' columns.

    Neither the total nor the order depends on the page, and both are what costs: with no filter the
    listing index gives the page directly and ``counts`` keeps the total for the data's ``generation``;
    with filters, the matching incidents are sorted once and ``orders`` keeps their ids in order, so every
    page of that filter is a slice and ``total`` is its length."""
    filtered = len(incident_filters(store, q)) > 1
    key = replace(q, limit=None, offset=0)
    with store._read() as conn:
        if filtered:
            if orders is not None:
                ids = orders.get_or_compute(key, generation, lambda: _ordered_ids(conn, store, key))
            else:
                ids = _ordered_ids(conn, store, key)
            total = len(ids)
            page_ids = ids[q.offset : None if q.limit is None else q.offset + q.limit]
        else:
            total = counts.get(key, generation) if counts is not None else None
            if total is None:
                total = int(conn.execute(count_statement(store, key)).scalar_one())
                if counts is not None:
                    counts.put(key, generation, total)
            page_ids = _ordered_ids(conn, store, q)
        rows = _page_rows(conn, page_ids, view)
        if view == "map":
            return total, [_map_row(r._mapping) for r in rows]
        members = incidents.members_of(conn, [r.id for r in rows], with_names=False)
    return total, [build_incident(members[r.id], sources_count=r.sources_count) for r in rows]


def _ordered_ids(conn: Connection, store: SQLStore, q: EventQuery) -> list[str]:
    """The ids of the incidents matching ``q``, in listing order (date, then id), paged by ``q``."""
    stmt = (
        sa.select(canon.c.id)
        .where(*incident_filters(store, q))
        .order_by(canon.c.date_start.asc().nulls_last(), canon.c.id)
        .offset(q.offset)
    )
    if q.limit is not None:
        stmt = stmt.limit(q.limit)
    return list(conn.execute(stmt).scalars().all())  # fetchall: one call, not one per row


def _page_statement(view: str) -> sa.Select[Any]:
    # Built once: making the correlated sources count (an alias of the 30-column events table) costs more
    # Python than running it for a page.
    n_sources = _incident_sources_count().label("sources_count")
    cols = [canon.c[name] for name in MAP_COLUMNS] if view == "map" else [canon.c.id]
    return sa.select(*cols, n_sources).where(canon.c.id.in_(sa.bindparam("ids", expanding=True)))


_PAGE_STATEMENTS = {view: _page_statement(view) for view in ("map", "full")}
_IDS_PER_QUERY = 2000  # bound parameters per IN list: a 20,000-event map page stays under every backend's limit


def _page_rows(conn: Connection, ids: list[str], view: str) -> list[Any]:
    """The page's canonical rows in the order of ``ids``, each with its incident's count of distinct sources."""
    found: dict[str, Any] = {}
    for start in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[start : start + _IDS_PER_QUERY]
        found.update((r.id, r) for r in conn.execute(_PAGE_STATEMENTS[view], {"ids": chunk}).all())
    return [found[i] for i in ids if i in found]


def _map_row(row: Mapping[str, Any]) -> dict[str, Any]:
    start, end = row["date_start"], row["date_end"]
    date = None if start is None else start.isoformat() if end in (None, start) else f"{start}/{end}"
    out = {k: row[k] for k in MAP_COLUMNS if k not in {"date_start", "date_end"}}
    return {**out, "date": date, "sources_count": row["sources_count"]}


def document_events(store: SQLStore, doc_id: str) -> list[dict[str, Any]]:
    """The events read from one document, in date order, each with the incident it was placed in."""
    c = schema.citations
    n_sources = (
        sa.select(sa.func.count(sa.distinct(c.c.outlet))).where(c.c.event_id == ev.c.id).correlate(ev).scalar_subquery()
    )
    stmt = (
        sa.select(ev.c.record, ev.c.incident_id, n_sources.label("sources_count"))
        .where(ev.c.document_id == doc_id)
        .order_by(ev.c.date_start.asc().nulls_last(), ev.c.id)
    )
    with store._read() as conn:
        rows = conn.execute(stmt).all()
    return [{**r.record, "incident": r.incident_id, "sources_count": r.sources_count} for r in rows]


def document_summary(store: SQLStore, doc_id: str) -> dict[str, Any]:
    for doc in store.documents():
        if doc["id"] == doc_id:
            return doc
    raise NotFound(f"no document with id {doc_id!r}")


def stats(store: SQLStore, q: EventQuery) -> dict[str, Any]:
    """Counts of the matching events by day, by event type and by governorate (with fatalities)."""
    where = incident_filters(store, q)
    ev = canon  # counts are per incident, read from its canonical row
    n = sa.func.count().label("count")
    killed = sa.func.coalesce(sa.func.sum(ev.c.killed), 0).label("killed")
    with store._read() as conn:
        total = int(conn.execute(sa.select(sa.func.count()).select_from(ev).where(*where)).scalar_one())
        by_day = conn.execute(
            sa.select(ev.c.date_start, n, killed)
            .where(*where, ev.c.date_start.is_not(None))
            .group_by(ev.c.date_start)
            .order_by(ev.c.date_start)
        ).all()
        by_type = conn.execute(
            sa.select(ev.c.event_type, n, killed).where(*where).group_by(ev.c.event_type).order_by(n.desc())
        ).all()
        by_admin1 = conn.execute(
            sa.select(ev.c.admin1, ev.c.country, n, killed)
            .where(*where)
            .group_by(ev.c.admin1, ev.c.country)
            .order_by(n.desc())
        ).all()
    return {
        "total": total,
        "by_day": [{"date": iso(r.date_start), "count": r.count, "killed": r.killed} for r in by_day],
        "by_type": [{"event_type": r.event_type, "count": r.count, "killed": r.killed} for r in by_type],
        "by_admin1": [
            {"admin1": r.admin1, "country": r.country, "count": r.count, "killed": r.killed} for r in by_admin1
        ],
    }


def facets(store: SQLStore) -> dict[str, list[str]]:
    """The distinct values the dashboard's filter lists offer (types, sub-types, governorates, actors)."""
    with store._read() as conn:

        def distinct(col: sa.ColumnElement[Any]) -> list[str]:
            return [v for v in conn.execute(sa.select(col).where(col.is_not(None)).distinct().order_by(col)).scalars()]

        actors = sorted(set(distinct(ev.c.actor1)) | set(distinct(ev.c.actor2)))
        return {
            "event_types": distinct(ev.c.event_type),
            "sub_event_types": distinct(ev.c.sub_event_type),
            "admin1": distinct(ev.c.admin1),
            "actors": actors,
        }


# -- corrections and verifications ---------------------------------------------------------------------------

EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)
_TEXT_FIELDS = (
    "sub_event_type",
    "actor1",
    "actor2",
    "assoc_actor_1",
    "assoc_actor_2",
    "location_text",
    "place",
    "admin1",
    "country",
)
CORRECTABLE = (
    "date",
    "event_type",
    *_TEXT_FIELDS,
    "lat",
    "lon",
    "geo_precision",
    "uncertainty_km",
    "killed",
    "wounded",
)
_GEO_KEYS = {
    "place": "name",
    "admin1": "admin1",
    "country": "country",
    "lat": "lat",
    "lon": "lon",
    "geo_precision": "geo_precision",
    "uncertainty_km": "uncertainty_km",
}


def check_correction(field: str, value: Any) -> Any:
    """The value to store for ``field``, or ``InputError`` saying what is allowed."""
    if field not in CORRECTABLE:
        raise InputError(f"{field!r} cannot be corrected; correctable fields: {', '.join(CORRECTABLE)}")
    if field == "date":
        _date_range(value)
        return str(value).strip()
    if field == "event_type":
        if value not in EVENT_TYPES:
            raise InputError(f"event_type {value!r} is not an ACLED event type; options: {', '.join(EVENT_TYPES)}")
        return value
    if field == "sub_event_type":
        if not isinstance(value, str) or not value.strip():
            raise InputError("sub_event_type must be a non-empty string")
        return value.strip()
    if field in _TEXT_FIELDS:
        if value is not None and not isinstance(value, str):
            raise InputError(f"{field} must be a string or null")
        return (value or "").strip() or None
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(f"{field} must be a number or null")
    bounds = {
        "lat": (-90, 90),
        "lon": (-180, 180),
        "geo_precision": (1, 3),
        "uncertainty_km": (0, 20_000),
        "killed": (0, 1_000_000),
        "wounded": (0, 1_000_000),
    }
    low, high = bounds[field]
    if not low <= value <= high:
        raise InputError(f"{field} must be between {low} and {high}, not {value}")
    if field in {"geo_precision", "killed", "wounded"}:
        if int(value) != value:
            raise InputError(f"{field} must be a whole number, not {value}")
        return int(value)
    return float(value)


def _date_range(value: Any) -> tuple[dt.date, dt.date]:
    text = str(value or "").strip()
    try:
        start, _, end = text.partition("/")
        d0 = dt.date.fromisoformat(start)
        d1 = dt.date.fromisoformat(end) if end else d0
    except ValueError:
        raise InputError(f"date {value!r} is not YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD") from None
    if d1 < d0:
        raise InputError(f"date {value!r} ends before it starts")
    return d0, d1


def correct_event(store: SQLStore, event_id: str, changes: Mapping[str, Any], who: str) -> list[dict[str, Any]]:
    """Apply an analyst's field changes to one event; each change is kept with who, when and the old value.

    The event's columns and its stored record change together in one transaction; a field whose value does
    not change records nothing. Returns the corrections written.
    """
    if not changes:
        raise InputError("nothing to correct: send a JSON object of field → new value")
    clean = {field: check_correction(field, value) for field, value in changes.items()}
    at = now_utc()
    written: list[dict[str, Any]] = []
    with store._write(f"correct event {event_id}") as conn:
        row = conn.execute(sa.select(ev.c.id, ev.c.record).where(ev.c.id == event_id)).first()
        if row is None:
            raise NotFound(f"no event with id {event_id!r}")
        record = dict(row.record)
        geo = dict(record.get("geo") or {})
        values: dict[str, Any] = {}
        for field, new in clean.items():
            old = record.get(field)
            if old == new:
                continue
            record[field] = new
            if field == "date":
                values["date_start"], values["date_end"] = _date_range(new)
            else:
                values[field] = new
                if field in _GEO_KEYS and geo:
                    geo[_GEO_KEYS[field]] = new
            written.append(
                {"event_id": row.id, "field": field, "old_value": old, "new_value": new, "who": who, "at": at}
            )
        if not written:
            return []
        if geo:
            record["geo"] = geo
        conn.execute(ev.update().where(ev.c.id == row.id).values(record=record, **values))
        conn.execute(schema.corrections.insert(), written)
    return [{**w, "at": iso(at)} for w in written]


VERIFY_STATUSES = ("verified", "disputed")


def verify_event(store: SQLStore, event_id: str, status: str, note: str | None, who: str) -> dict[str, Any]:
    if status not in VERIFY_STATUSES:
        raise InputError(f"status {status!r} is not one of {', '.join(VERIFY_STATUSES)}")
    at = now_utc()
    row = {"event_id": event_id, "status": status, "note": (note or "").strip() or None, "who": who, "at": at}
    with store._write(f"verify event {event_id}") as conn:
        if conn.execute(sa.select(ev.c.id).where(ev.c.id == event_id)).first() is None:
            raise NotFound(f"no event with id {event_id!r}")
        conn.execute(schema.verifications.insert(), row)
    return {**row, "at": iso(at)}


def event_annotations(store: SQLStore, event_id: str) -> dict[str, list[dict[str, Any]]]:
    """Corrections and verifications of one event, oldest first."""
    c, v = schema.corrections, schema.verifications
    with store._read() as conn:
        corr = conn.execute(
            sa.select(c.c.field, c.c.old_value, c.c.new_value, c.c.who, c.c.at)
            .where(c.c.event_id == event_id)
            .order_by(c.c.id)
        ).all()
        ver = conn.execute(
            sa.select(v.c.status, v.c.note, v.c.who, v.c.at).where(v.c.event_id == event_id).order_by(v.c.id)
        ).all()
    return {
        "corrections": [{**r._asdict(), "at": iso(r.at)} for r in corr],
        "verifications": [{**r._asdict(), "at": iso(r.at)} for r in ver],
    }


# -- tokens ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TokenInfo:
    id: int
    name: str
    role: str

    @property
    def who(self) -> str:
        """How corrections name their author: the token's name and id (a name alone may repeat)."""
        return f"{self.name or 'token'}#{self.id}"

    def may(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)


def hash_token(token: str) -> str:
    """SHA-256 of the token. Tokens are 256 random bits, so a slow password hash (scrypt, PBKDF2) adds
    nothing against guessing and would cost every request tens of milliseconds; an unsalted fast hash
    also lets the lookup be one indexed equality."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(store: SQLStore, role: str, name: str = "") -> tuple[TokenInfo, str]:
    """A new token for ``role``; the plain token is returned once and only its hash is kept."""
    if role not in ROLES:
        raise InputError(f"unknown role {role!r}; options: {', '.join(ROLES)}")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    t = schema.api_tokens
    with store._write("create a token") as conn:
        new_id = conn.execute(
            t.insert().values(name=name.strip(), role=role, token_hash=hash_token(token), created_at=now_utc())
        ).inserted_primary_key[0]
    return TokenInfo(int(new_id), name.strip(), role), token


def list_tokens(store: SQLStore) -> list[dict[str, Any]]:
    t = schema.api_tokens
    with store._read() as conn:
        rows = conn.execute(sa.select(t.c.id, t.c.name, t.c.role, t.c.created_at, t.c.revoked_at).order_by(t.c.id))
        return [{**r._asdict(), "created_at": iso(r.created_at), "revoked_at": iso(r.revoked_at)} for r in rows]


def revoke_token(store: SQLStore, token_id: int) -> bool:
    """Revoke a token; False when it was already revoked. Raises ``NotFound`` for an unknown id."""
    t = schema.api_tokens
    with store._write("revoke a token") as conn:
        row = conn.execute(sa.select(t.c.revoked_at).where(t.c.id == token_id)).first()
        if row is None:
            raise NotFound(f"no token with id {token_id}")
        if row.revoked_at is not None:
            return False
        conn.execute(t.update().where(t.c.id == token_id).values(revoked_at=now_utc()))
    return True


def token_for(store: SQLStore, token: str) -> TokenInfo | None:
    """The live token matching ``token``, or None (unknown or revoked)."""
    return token_for_hash(store, hash_token(token))


def token_for_hash(store: SQLStore, token_hash: str) -> TokenInfo | None:
    t = schema.api_tokens
    with store._read() as conn:
        row = conn.execute(
            sa.select(t.c.id, t.c.name, t.c.role).where(t.c.token_hash == token_hash, t.c.revoked_at.is_(None))
        ).first()
    return None if row is None else TokenInfo(row.id, row.name, row.role)
