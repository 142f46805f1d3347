"""The one SQLAlchemy Core code path every backend shares: writes, filters, reads.

A backend subclasses ``SQLStore`` and overrides only the small hooks at the top of the class (how a write
transaction starts, insert-or-ignore, full-text search); every query below is written once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from mesint.errors import NotFound, StoreError
from mesint.model import Report
from mesint.query import EventQuery
from mesint.reconcile.incident import build_incident, explain_incident
from mesint.store import incidents, migrations, schema
from mesint.store.base import AddResult
from mesint.store.rows import ReportRows, report_rows
from mesint.store.search import search_terms

MIN_PREFIX = 6  # like git: a shorter prefix is too likely to be ambiguous to be worth guessing
_CHUNK = 500  # ids per IN (...) list, well under every backend's bound-parameter limit

ev = schema.events
canon = ev.alias("incident")  # an incident's canonical row (``id == incident_id``)

# Columns ``--q`` searches when the backend has no full-text index.
_SEARCH_COLUMNS = (
    ev.c.quote,
    ev.c.location_text,
    ev.c.actor1,
    ev.c.actor2,
    ev.c.assoc_actor_1,
    ev.c.assoc_actor_2,
    ev.c.place,
    ev.c.notes,
)
_ACTOR_COLUMNS = (ev.c.actor1, ev.c.actor2, ev.c.assoc_actor_1, ev.c.assoc_actor_2)


def db_error_message(exc: SQLAlchemyError) -> str:
    """The driver's own one-line message, without SQLAlchemy's SQL echo and link."""
    orig = exc.orig if isinstance(exc, DBAPIError) else None
    return str(orig or exc).strip().splitlines()[0]


class SQLStore:
    """A ``Store`` over any SQLAlchemy engine; see ``mesint.store.base.Store`` for the contract."""

    def __init__(self, engine: Engine, *, url: str) -> None:
        self.engine = engine
        self.url = url
        self._upgrade()
        with self._read() as conn:
            self._fts = schema.has_search_index(conn)

    # -- backend hooks -------------------------------------------------------------------------------------

    def _write_options(self) -> dict[str, Any]:
        """Execution options for a write transaction (SQLite uses one to say BEGIN IMMEDIATE)."""
        return {}

    def _insert_ignore(self, table: sa.Table) -> sa.Insert:
        """INSERT that skips rows whose primary key is already there.

        Rows are filtered against the stored ids first, so a plain INSERT is correct; a backend with an
        ON CONFLICT clause uses it to stay correct against a concurrent writer too.
        """
        return table.insert()

    def _check_database(self, conn: Connection) -> None:
        """Refuse a database that is not ours before migrating it (backend-specific wording)."""

    def _error(self, action: str, exc: SQLAlchemyError) -> StoreError:
        return StoreError(f"{self.url}: cannot {action}: {db_error_message(exc)}")

    # -- transactions --------------------------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise self._error("read the database", exc) from None

    @contextmanager
    def _write(self, action: str = "write to the database") -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back on any exception."""
        try:
            with self.engine.connect() as conn:
                conn.execution_options(**self._write_options())
                with conn.begin():
                    yield conn
        except SQLAlchemyError as exc:
            raise self._error(action, exc) from None

    def _upgrade(self) -> None:
        """Run the pending Alembic revisions (``mesint.store.migrations``) in one write transaction."""
        with self._read() as conn:
            self._check_database(conn)
            current = migrations.is_current(conn)
        # Only take the write lock when there is work: a read-only database stays readable.
        if not current:
            with self._write("create or upgrade the schema") as conn:
                migrations.upgrade(conn)

    # -- writes --------------------------------------------------------------------------------------------

    def add_report(self, report: Report, *, reconcile: bool = False) -> AddResult:
        """Store one report (see ``Store.add_report``). With ``reconcile``, in the same transaction, place its
        new events into stored incidents (``mesint.reconcile``): ``mesint.ingest`` asks for it; a plain
        ``add_report`` keeps every event its own incident."""
        rows = report_rows(report, ingested_at=dt.datetime.now(dt.UTC).replace(microsecond=0))
        doc_id = rows.document["id"]
        now = _now()
        with self._write(f"store document {report.document.name}") as conn:
            if self._document_exists(conn, doc_id):
                return AddResult(doc_id, new_document=False, events_added=0)
            self._insert_document(conn, rows)
            added = self._insert_events(conn, rows)
            self._insert_non_events(conn, rows)
            if reconcile:
                # Same transaction: a document is stored with its reconciliation decisions or not at all.
                incidents.reconcile_document(conn, doc_id, added, now=now)
        return AddResult(doc_id, new_document=True, events_added=len(added))

    def _insert_document(self, conn: Connection, rows: ReportRows) -> None:
        conn.execute(schema.documents.insert(), rows.document)

    def _insert_events(self, conn: Connection, rows: ReportRows) -> list[str]:
        """Insert events not stored yet, with their citations, claims and provenance; return their ids."""
        stored = self._existing_event_ids(conn, rows.event_ids())
        ordered = [i for i in rows.event_ids() if i not in stored]
        new_ids = set(ordered)
        if not new_ids:
            return []
        _insert_many(conn, self._insert_ignore(ev), [r for r in rows.events if r["id"] in new_ids])
        for table, child_rows in (
            (schema.citations, rows.citations),
            (schema.claims, rows.claims),
            (schema.provenance, rows.provenance),
        ):
            _insert_many(conn, table.insert(), [r for r in child_rows if r["event_id"] in new_ids])
        return ordered

    def _insert_non_events(self, conn: Connection, rows: ReportRows) -> None:
        _insert_many(conn, schema.non_events.insert(), rows.non_events)

    def _existing_event_ids(self, conn: Connection, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(ids):
            found.update(conn.execute(sa.select(ev.c.id).where(ev.c.id.in_(chunk))).scalars())
        return found

    # -- reads ---------------------------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        with self._read() as conn:
            return self._document_exists(conn, doc_id)

    def _document_exists(self, conn: Connection, doc_id: str) -> bool:
        d = schema.documents
        return conn.execute(sa.select(d.c.id).where(d.c.id == doc_id)).first() is not None

    def events(self, q: EventQuery | None = None) -> list[dict[str, Any]]:
        """One dict per incident (its canonical event, with every member's sources and claims)."""
        q = q or EventQuery()
        # Page the ids first (index-only), then count sources for that page alone.
        page = (
            sa.select(canon.c.id)
            .where(*self._incident_filters(q))
            .order_by(canon.c.date_start.asc().nulls_last(), canon.c.id)
        )
        if q.limit is not None:
            page = page.limit(q.limit)
        if q.offset:
            page = page.offset(q.offset)
        page_ids = page.subquery("page")
        stmt = (
            sa.select(canon.c.id, _incident_sources_count().label("sources_count"))
            .join_from(canon, page_ids, page_ids.c.id == canon.c.id)
            .order_by(canon.c.date_start.asc().nulls_last(), canon.c.id)
        )
        with self._read() as conn:
            rows = conn.execute(stmt).all()
            members = incidents.members_of(conn, [r.id for r in rows], with_names=False)
        return [build_incident(members[r.id], sources_count=r.sources_count) for r in rows]

    def count_events(self, q: EventQuery | None = None) -> int:
        """How many incidents match ``q``."""
        q = q or EventQuery()
        filters = self._filters(q)
        if filters and not getattr(q, "min_sources", None):
            # Incidents with a matching report: counted from the reports' own rows (index-only).
            stmt = sa.select(sa.func.count(sa.distinct(ev.c.incident_id))).where(*filters)
        else:
            stmt = sa.select(sa.func.count()).select_from(canon).where(*self._incident_filters(q))
        with self._read() as conn:
            return int(conn.execute(stmt).scalar_one())

    def _incident_filters(self, q: EventQuery) -> list[sa.ColumnElement[bool]]:
        """Canonical events whose incident has a member matching every filter."""
        where: list[sa.ColumnElement[bool]] = [canon.c.id == canon.c.incident_id]
        filters = self._filters(q)
        if filters:
            where.append(canon.c.id.in_(sa.select(ev.c.incident_id).where(*filters)))
        min_sources = getattr(q, "min_sources", None)
        if min_sources:
            where.append(_incident_sources_count() >= min_sources)
        return where

    def _filters(self, q: EventQuery) -> list[sa.ColumnElement[bool]]:
        where: list[sa.ColumnElement[bool]] = []
        if q.date_from is not None:
            # Overlap of [date_start, date_end] with [date_from, date_to]; an undated event never overlaps.
            where.append(sa.func.coalesce(ev.c.date_end, ev.c.date_start) >= q.date_from)
        if q.date_to is not None:
            where.append(ev.c.date_start <= q.date_to)
        if q.event_type:
            where.append(_type_filter(q.event_type))
        if q.actor:
            where.append(sa.or_(*(col.icontains(q.actor, autoescape=True) for col in _ACTOR_COLUMNS)))
        if q.admin1:
            # Stored governorates are canonical names: exact equality on the canonical spelling lets the
            # admin1 index answer; a name the gazetteer does not know is compared case-insensitively.
            from mesint.query import canonical_admin1

            canonical = canonical_admin1(q.admin1)
            if canonical:
                where.append(ev.c.admin1.in_(sorted({canonical, q.admin1})))
            else:
                where.append(_ieq(ev.c.admin1, q.admin1))
        if q.country:
            country = _COUNTRIES.get(q.country.strip().casefold())
            where.append(ev.c.country == country if country else _ieq(ev.c.country, q.country))
        if q.q:
            where.append(self._search(search_terms(q.q)))
        if q.bbox is not None:
            where.append(self.bbox_filter(*q.bbox))
        return where

    def bbox_filter(self, west: float, south: float, east: float, north: float) -> sa.ColumnElement[bool]:
        """Events inside a lon/lat box; an event without coordinates never matches. A backend with a spatial
        index overrides this (PostGIS: the GIST index on ``events.geom``)."""
        return sa.and_(ev.c.lon.between(west, east), ev.c.lat.between(south, north))

    def _search(self, terms: list[str]) -> sa.ColumnElement[bool]:
        """Every term somewhere in the searchable text. Backends with an index override this."""
        if not terms:
            return sa.false()
        return sa.and_(
            *(sa.or_(*(col.icontains(term, autoescape=True) for col in _SEARCH_COLUMNS)) for term in terms)
        )

    def event(self, event_id: str) -> dict[str, Any]:
        """One event by id or unique prefix: for a canonical event its whole incident, explained."""
        with self._read() as conn:
            row = self._find_event(conn, event_id.strip())
            incident_id = row.incident_id or row.id
            members = incidents.members_of(conn, [incident_id])[incident_id]
            if row.id != incident_id:  # a member: its own report, pointing at its incident
                members = [m for m in members if m.record["id"] == row.id]
            ids = [m.record["id"] for m in members]
            doc_ids = {m.document_id for m in members}
            children = {
                name: list(
                    conn.execute(
                        sa.select(t.c.event_id, t.c.ordinal, t.c.document_id, t.c.span_start, t.c.span_end, *extra)
                        .where(t.c.event_id.in_(ids))
                        .order_by(t.c.event_id, t.c.ordinal)
                    )
                )
                for name, t, extra in (
                    ("citations", schema.citations, ()),
                    ("claims", schema.claims, ()),
                    ("provenance", schema.provenance, (schema.provenance.c.field,)),
                )
            }
            texts = self._texts(conn, doc_ids | {r.document_id for rs in children.values() for r in rs})
            d = schema.documents
            doc = conn.execute(
                sa.select(d.c.id, d.c.name, d.c.uri, d.c.published, d.c.title).where(d.c.id == row.document_id)
            ).one()
            own_decision = incidents.decisions(conn, [row.id]).get(row.id)
            audit = incidents.audit_entries(conn, row.id)
            sources_count = conn.execute(
                sa.select(_incident_sources_count()).where(canon.c.id == incident_id)
            ).scalar_one() if row.id == incident_id else row.sources_count

        def quoted(r: Any) -> str:
            return texts.get(r.document_id, "")[r.span_start : r.span_end]

        # Each member's citations and claims get the words their spans cover in that member's document.
        with_text = []
        for m in members:
            rec = dict(m.record)
            for name in ("citations", "claims"):
                items = list(rec.get(name) or [])
                for r in children[name]:
                    if r.event_id == rec["id"] and r.ordinal < len(items):
                        items[r.ordinal] = {**items[r.ordinal], "text": quoted(r)}
                rec[name] = items
            with_text.append(replace(m, record=rec))
        record = build_incident(with_text, sources_count=sources_count)
        record["document"] = {
            "id": doc.id,
            "name": doc.name,
            "uri": doc.uri,
            "published": _iso(doc.published),
            "title": doc.title,
        }
        record["provenance_text"] = {r.field: quoted(r) for r in children["provenance"] if r.event_id == row.id}
        lines, notes = explain_incident(with_text, record)
        if row.id != incident_id:
            record["incident"] = incident_id
            reason = (own_decision or {}).get("reason") or ""
            lines.insert(0, f"part of incident {incident_id}: {reason}")
            notes.insert(0, f"Part of incident {incident_id} ({reason}); show that id for every report.")
        elif own_decision and own_decision.get("manual"):
            lines.insert(0, own_decision["reason"])
            notes.insert(0, f"{own_decision['reason'].capitalize()}.")
        record["reconciliation"] = lines
        record["audit"] = audit
        record["notes"] = [*(record.get("notes") or []), *notes]
        return record

    # -- incidents: an analyst's decisions -----------------------------------------------------------------

    def merge(self, event_a: str, event_b: str, *, who: str) -> dict[str, Any]:
        """Make the incidents of two events one (an analyst's decision, kept in ``audit_log``)."""
        with self._write("merge incidents") as conn:
            a = self._find_event(conn, event_a.strip()).id
            b = self._find_event(conn, event_b.strip()).id
            return incidents.merge(conn, a, b, who=who, now=_now())

    def split(self, event_id: str, *, who: str) -> dict[str, Any]:
        """Take an event out of its incident (an analyst's decision, kept in ``audit_log``)."""
        with self._write("split an incident") as conn:
            found = self._find_event(conn, event_id.strip()).id
            return incidents.split(conn, found, who=who, now=_now())

    def audit_log(self, event_id: str | None = None) -> list[dict[str, Any]]:
        """Analysts' merges and splits, oldest first (only those naming ``event_id`` when given)."""
        with self._read() as conn:
            return incidents.audit_entries(conn, event_id)

    def _find_event(self, conn: Connection, event_id: str) -> Any:
        base = sa.select(
            ev.c.id, ev.c.document_id, ev.c.incident_id, ev.c.record, _sources_count().label("sources_count")
        )
        row = conn.execute(base.where(ev.c.id == event_id)).first() if event_id else None
        if row is not None:
            return row
        if len(event_id) < MIN_PREFIX:
            raise NotFound(
                f"no event with id {event_id!r} (give the full id or at least {MIN_PREFIX} characters)"
            )
        # A prefix as a range, so the primary-key index serves it on every backend.
        upper = event_id[:-1] + chr(ord(event_id[-1]) + 1)
        rows = conn.execute(base.where(ev.c.id >= event_id, ev.c.id < upper).order_by(ev.c.id).limit(6)).all()
        if not rows:
            raise NotFound(f"no event with id or id prefix {event_id!r}")
        if len(rows) > 1:
            shown = ", ".join(r.id for r in rows[:5])
            more = " ..." if len(rows) > 5 else ""
            raise NotFound(
                f"id prefix {event_id!r} is ambiguous: it matches {shown}{more}; give more characters"
            )
        return rows[0]

    def _texts(self, conn: Connection, doc_ids: Iterable[str]) -> dict[str, str]:
        d = schema.documents
        ids = list(doc_ids)
        out: dict[str, str] = {}
        for chunk in _chunks(ids):
            out.update(
                (r.id, r.text) for r in conn.execute(sa.select(d.c.id, d.c.text).where(d.c.id.in_(chunk)))
            )
        return out

    def documents(self) -> list[dict[str, Any]]:
        d = schema.documents
        n_events = sa.select(sa.func.count()).where(ev.c.document_id == d.c.id).scalar_subquery()
        n_non = sa.select(sa.func.count()).where(schema.non_events.c.document_id == d.c.id).scalar_subquery()
        stmt = sa.select(
            d.c.id,
            d.c.name,
            d.c.uri,
            d.c.media_type,
            d.c.title,
            d.c.publisher,
            d.c.published,
            d.c.fetched_at,
            d.c.ingested_at,
            n_events.label("events"),
            n_non.label("non_events"),
        ).order_by(d.c.ingested_at, d.c.id)
        with self._read() as conn:
            return [
                {
                    **row._asdict(),
                    **{k: _iso(row._mapping[k]) for k in ("published", "fetched_at", "ingested_at")},
                }
                for row in conn.execute(stmt)
            ]

    # -- lifecycle -----------------------------------------------------------------------------------------

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.url!r})"


def _sources_count() -> sa.ScalarSelect[int]:
    """Distinct outlets citing the event (correlated, so it works in any SELECT over events)."""
    c = schema.citations
    return (
        sa.select(sa.func.count(sa.distinct(c.c.outlet)))
        .where(c.c.event_id == ev.c.id)
        .correlate(ev)
        .scalar_subquery()
    )


def _incident_sources_count() -> sa.ScalarSelect[int]:
    """Distinct outlets citing any member of the incident whose canonical row is ``canon``."""
    c = schema.citations
    member = ev.alias("member")
    return (
        sa.select(sa.func.count(sa.distinct(c.c.outlet)))
        .select_from(c.join(member, member.c.id == c.c.event_id))
        .where(member.c.incident_id == canon.c.id)
        .correlate(canon)
        .scalar_subquery()
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


_COUNTRIES = {"iq": "Iraq", "irq": "Iraq", "iraq": "Iraq", "sy": "Syria", "syr": "Syria", "syria": "Syria"}


def _type_filter(value: str) -> sa.ColumnElement[bool]:
    """An ACLED event type or sub-event type in any case; exact on the canonical spelling so indexes help."""
    from mesint.vocab import EVENT_TYPES, SUB_EVENT_PARENT

    folded = value.strip().casefold()
    event_type = next((t for t in EVENT_TYPES if t.casefold() == folded), None)
    if event_type:
        return ev.c.event_type == event_type
    sub = next((s for s in SUB_EVENT_PARENT if s.casefold() == folded), None)
    if sub:
        return ev.c.sub_event_type == sub
    return sa.or_(_ieq(ev.c.event_type, value), _ieq(ev.c.sub_event_type, value))


def _ieq(col: sa.ColumnElement[Any], value: str) -> sa.ColumnElement[bool]:
    """Case-insensitive equality, lower-cased by the database on both sides so the two always agree."""
    return sa.func.lower(col) == sa.func.lower(sa.literal(value))


def _insert_many(conn: Connection, stmt: sa.Insert, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(stmt, rows)


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)  # stored as UTC wall-clock time
    return value.isoformat()
