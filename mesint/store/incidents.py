"""The incident layer's reads and writes (SQLAlchemy Core, every backend): placing a new document's events,
an analyst's merge and split, the audit log, and the rows an incident is built from.

Every function takes the caller's open connection: ``SQLStore`` owns the transactions.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from mesint.errors import InputError
from mesint.reconcile.blocking import could_match, date_window
from mesint.reconcile.cluster import Decision, place_events
from mesint.reconcile.features import EventView
from mesint.reconcile.incident import Member
from mesint.store import schema

ev = schema.events
im = schema.incident_members
_CHUNK = 500
MAX_RANGE_DAYS = 31

# Columns reconciliation compares, read without parsing the JSON record (fast on a large store).
_VIEW_COLUMNS = (
    ev.c.id,
    ev.c.document_id,
    ev.c.incident_id,
    ev.c.date_start,
    ev.c.date_end,
    ev.c.event_type,
    ev.c.sub_event_type,
    ev.c.actor1,
    ev.c.actor2,
    ev.c.place,
    ev.c.admin1,
    ev.c.country,
    ev.c.lat,
    ev.c.lon,
    ev.c.uncertainty_km,
    ev.c.geo_precision,
    ev.c.killed,
    ev.c.wounded,
    ev.c.quote,
    ev.c.location_text,
)


def _view(row: Any) -> EventView:
    return EventView(
        id=row.id,
        document_id=row.document_id,
        date_start=row.date_start,
        date_end=row.date_end or row.date_start,
        event_type=row.event_type,
        sub_event_type=row.sub_event_type,
        actor1=row.actor1,
        actor2=row.actor2,
        place=row.place,
        admin1=row.admin1,
        country=row.country,
        lat=row.lat,
        lon=row.lon,
        uncertainty_km=row.uncertainty_km,
        geo_precision=row.geo_precision,
        killed=row.killed,
        wounded=row.wounded,
        quote=row.quote,
        location_text=row.location_text,
    )


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


# -- placing a new document's events ----------------------------------------------------------------------


def reconcile_document(conn: Connection, document_id: str, event_ids: Sequence[str], *, now: dt.datetime) -> list[
    Decision
]:
    """Place the document's newly stored events into stored incidents (block → compare → cluster).

    One range query on the indexed ``date_start`` fetches every stored event near the document's dates;
    blocking and scoring run in Python. An incident that already holds an event of this document is not a
    candidate (one report's events are distinct incidents). Decisions are written to ``events.incident_id``
    and ``incident_members``.
    """
    if not event_ids:
        return []
    new: list[EventView] = []
    for chunk in _chunks(list(event_ids)):
        new.extend(_view(r) for r in conn.execute(sa.select(*_VIEW_COLUMNS).where(ev.c.id.in_(chunk))))
    windows = [w for w in (date_window(v) for v in new) if w is not None]
    if not windows:
        return []
    stored_rows: dict[str, Any] = {}
    for lo, hi in _disjoint(windows):
        for r in conn.execute(
            sa.select(*_VIEW_COLUMNS).where(
                # The lower bound lets the date_start index serve the query; an event whose dates span more
                # than MAX_RANGE_DAYS is a campaign, not an incident to merge automatically.
                ev.c.date_start >= lo - dt.timedelta(days=MAX_RANGE_DAYS),
                ev.c.date_start <= hi,
                sa.func.coalesce(ev.c.date_end, ev.c.date_start) >= lo,
                ev.c.document_id != document_id,
            )
        ):
            stored_rows[r.id] = r
    # Incidents this document already reached (through an earlier analyst merge, say) stay apart.
    own = {r.incident_id for r in conn.execute(sa.select(ev.c.incident_id).where(ev.c.document_id == document_id))}
    by_day: dict[dt.date, list[tuple[str, EventView]]] = defaultdict(list)
    for r in stored_rows.values():
        incident = r.incident_id or r.id
        if incident in own:
            continue
        view = _view(r)
        for day in _days(view.date_start, view.date_end):
            by_day[day].append((incident, view))
    candidates: dict[str, list[tuple[str, EventView]]] = {}
    for v in new:
        window = date_window(v)
        if window is None:
            continue
        seen: set[str] = set()
        found = candidates.setdefault(v.id, [])
        for day in _days(*window):
            for incident, s in by_day.get(day, ()):
                if s.id not in seen:
                    seen.add(s.id)
                    if could_match(v, s):
                        found.append((incident, s))
    decisions = place_events(new, {k: c for k, c in candidates.items() if c})
    for d in decisions:
        conn.execute(ev.update().where(ev.c.id == d.event_id).values(incident_id=d.incident_id))
        conn.execute(
            im.insert(),
            {
                "event_id": d.event_id,
                "incident_id": d.incident_id,
                "score": d.pair.score,
                "reason": d.pair.reason() + f" (against {d.pair.stored_id})",
                "features": {
                    "against": d.pair.stored_id,
                    **{k: v for k, v in d.pair.features.items()},
                    "runner_up": (
                        {"event": d.runner_up.stored_id, "score": d.runner_up.score} if d.runner_up else None
                    ),
                },
                "decided_by": "ingest",
                "decided_at": now,
                "manual": False,
            },
        )
    return decisions


def _days(start: dt.date | None, end: dt.date | None) -> list[dt.date]:
    if start is None:
        return []
    end = end or start
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def _disjoint(windows: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """Overlapping date windows joined: one indexed range query per stretch of the report's dates."""
    out: list[tuple[dt.date, dt.date]] = []
    for lo, hi in sorted(windows):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


# -- reading incidents ------------------------------------------------------------------------------------


def _in(column: sa.ColumnElement[Any]) -> sa.BinaryExpression[bool]:
    return column.in_(sa.bindparam("ids", expanding=True))


# Built once with expanding IN lists: SQLAlchemy then compiles each statement once, instead of building and
# caching a new statement per call, which cost more than running it on a page of incidents.
_MEMBERS = sa.select(ev.c.id, ev.c.document_id, ev.c.incident_id, ev.c.record).where(_in(ev.c.incident_id))
_CLAIMS = sa.select(schema.claims).where(_in(schema.claims.c.event_id)).order_by(
    schema.claims.c.event_id, schema.claims.c.ordinal
)
_DECISIONS = sa.select(im).where(_in(im.c.event_id))
_NAMES = sa.select(schema.documents.c.id, schema.documents.c.name).where(_in(schema.documents.c.id))


def _rows(conn: Connection, stmt: sa.Select[Any], ids: Iterable[str]) -> Iterator[Any]:
    for chunk in _chunks(list(ids)):
        yield from conn.execute(stmt, {"ids": list(chunk)}).all()


def members_of(
    conn: Connection, incident_ids: Sequence[str], *, with_names: bool = True
) -> dict[str, list[Member]]:
    """Every member of each incident, canonical first, then in the order they joined; ``with_names``: each
    with its document's name (what ``explain_incident`` prints; building the incident does not need it)."""
    rows = list(_rows(conn, _MEMBERS, incident_ids))
    claims = claim_rows(conn, [r.id for r in rows])
    decided = decisions(conn, [r.id for r in rows if r.id != r.incident_id])
    names = document_names(conn, {r.document_id for r in rows}) if with_names else {}
    grouped: dict[str, list[Member]] = defaultdict(list)
    for r in rows:
        grouped[r.incident_id].append(
            Member(r.record, r.document_id, claims.get(r.id, []), decided.get(r.id), names.get(r.document_id))
        )
    for inc, members in grouped.items():
        if len(members) > 1:
            members.sort(
                key=lambda m: (m.record["id"] != inc, str((m.decision or {}).get("decided_at") or ""), m.record["id"])
            )
    return dict(grouped)


def claim_rows(conn: Connection, event_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in _rows(conn, _CLAIMS, event_ids):
        out[r.event_id].append(dict(r._mapping))
    return out


def decisions(conn: Connection, event_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for r in _rows(conn, _DECISIONS, event_ids):
        row = dict(r._mapping)
        row["decided_at"] = _iso(row["decided_at"])
        out[r.event_id] = row
    return out


def document_names(conn: Connection, doc_ids: Iterable[str]) -> dict[str, str]:
    return {r.id: r.name for r in _rows(conn, _NAMES, doc_ids)}


def incident_of(conn: Connection, event_id: str) -> str:
    return str(conn.execute(sa.select(ev.c.incident_id).where(ev.c.id == event_id)).scalar_one())


def _member_ids(conn: Connection, incident_id: str) -> list[str]:
    return list(conn.execute(sa.select(ev.c.id).where(ev.c.incident_id == incident_id).order_by(ev.c.id)).scalars())


# -- an analyst's decisions -------------------------------------------------------------------------------


def merge(conn: Connection, a: str, b: str, *, who: str, now: dt.datetime) -> dict[str, Any]:
    """Put the incidents of events ``a`` and ``b`` together; ``a``'s incident keeps its canonical event."""
    into, other = incident_of(conn, a), incident_of(conn, b)
    if into == other:
        raise InputError(f"{a} and {b} are already one incident ({into})")
    before = {into: _member_ids(conn, into), other: _member_ids(conn, other)}
    moved = before[other]
    conn.execute(ev.update().where(ev.c.incident_id == other).values(incident_id=into))
    conn.execute(im.delete().where(im.c.event_id.in_(moved)))
    conn.execute(
        im.insert(),
        [
            {
                "event_id": m,
                "incident_id": into,
                "score": None,
                "reason": f"merged by {who}: {a} and {b} are one incident",
                "features": None,
                "decided_by": f"analyst:{who}",
                "decided_at": now,
                "manual": True,
            }
            for m in moved
        ],
    )
    detail = {"events": [a, b], "before": before, "after": {into: _member_ids(conn, into)}}
    _audit(conn, who=who, action="merge", detail=detail, now=now)
    return detail


def split(conn: Connection, event_id: str, *, who: str, now: dt.datetime) -> dict[str, Any]:
    """Take ``event_id`` out of its incident: it stands alone. When it was the canonical event, the member
    that joined earliest becomes the canonical event of the others."""
    incident = incident_of(conn, event_id)
    before = _member_ids(conn, incident)
    if len(before) == 1:
        raise InputError(f"{event_id} is not merged with any other event; nothing to split")
    rest = [m for m in before if m != event_id]
    if event_id == incident:
        joined = decisions(conn, rest)
        new_canonical = min(rest, key=lambda m: (str((joined.get(m) or {}).get("decided_at") or ""), m))
        conn.execute(ev.update().where(ev.c.id.in_(rest)).values(incident_id=new_canonical))
        conn.execute(im.update().where(im.c.event_id.in_(rest)).values(incident_id=new_canonical))
        conn.execute(im.delete().where(im.c.event_id == new_canonical))
        remaining = new_canonical
    else:
        remaining = incident
    conn.execute(ev.update().where(ev.c.id == event_id).values(incident_id=event_id))
    conn.execute(im.delete().where(im.c.event_id == event_id))
    # Recorded so the split is visible in ``show`` (and marks the event as an analyst's decision).
    conn.execute(
        im.insert(),
        {
            "event_id": event_id,
            "incident_id": event_id,
            "score": None,
            "reason": f"split by {who} from incident {incident}",
            "features": {"split_from": incident},
            "decided_by": f"analyst:{who}",
            "decided_at": now,
            "manual": True,
        },
    )
    detail = {
        "event": event_id,
        "before": {incident: before},
        "after": {remaining: _member_ids(conn, remaining), event_id: [event_id]},
    }
    _audit(conn, who=who, action="split", detail=detail, now=now)
    return detail


def _audit(conn: Connection, *, who: str, action: str, detail: Mapping[str, Any], now: dt.datetime) -> None:
    conn.execute(schema.audit_log.insert(), {"at": now, "who": who, "action": action, "detail": dict(detail)})


def audit_entries(conn: Connection, event_id: str | None = None) -> list[dict[str, Any]]:
    """The audit log, oldest first; with ``event_id``, only the entries that name it."""
    a = schema.audit_log
    rows = [
        {"id": r.id, "at": _iso(r.at), "who": r.who, "action": r.action, "detail": r.detail}
        for r in conn.execute(sa.select(a).order_by(a.c.id))
    ]
    if event_id is None:
        return rows
    return [r for r in rows if event_id in str(r["detail"])]


def _iso(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC).isoformat() if value.tzinfo is None else value.isoformat()
