"""Run extraction again on the raw bytes already stored, so a better extractor improves old documents.

Each document is rebuilt from its raw bytes the way it was first read (a collected web page or feed entry
through ``mesint.collect.article``, a file through ``mesint.collect.files``), extracted, and its text,
title, events and non-events are replaced in one transaction: a failure leaves that document as it was.
The document id (sha256 of the raw bytes) does not change, so collected items and versions stay linked.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import sqlalchemy as sa

from mesint.collect.article import web_document
from mesint.collect.files import document_from_bytes
from mesint.errors import InputError, StoreError
from mesint.model import Document, Report
from mesint.pipeline import extract_document
from mesint.store import incidents, schema
from mesint.store.rows import report_rows
from mesint.store.sql import SQLStore

d = schema.documents


@dataclass(slots=True)
class ReextractSummary:
    documents: int = 0
    events_before: int = 0
    events_after: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (document name, one-line message)


def document_from_row(row: Any) -> Document:
    """The ``Document`` a stored row's raw bytes give today, with the stored URL, outlet and dates kept."""
    m = row._mapping
    fetched_at = m["fetched_at"].replace(tzinfo=dt.UTC) if m["fetched_at"] is not None else None
    if str(m["uri"]).startswith(("http://", "https://")):
        doc = web_document(
            m["raw"],
            url=m["uri"],
            media_type=m["media_type"],
            title=m["title"],
            published=m["published"],
            publisher=m["publisher"],
            fetched_at=fetched_at,
        )
    else:
        doc = document_from_bytes(
            m["raw"], name=m["name"], uri=m["uri"], published=m["published"], media_type=m["media_type"]
        )
        doc = _with(doc, publisher=m["publisher"], fetched_at=fetched_at)
    return _with(doc, id=m["id"], name=m["name"])


def reextract(
    store: SQLStore,
    *,
    since: dt.date | None = None,
    on_progress: Callable[[str, bool], None] | None = None,
    client: Any = None,
    window: int = 64,
) -> ReextractSummary:
    """Re-extract every document fetched (or, for files, ingested) on or after ``since`` (all when None).

    With a Dask ``client`` (``mesint.scale.dask.dask_client``) the extraction runs on its workers, at most
    ``window`` documents in flight, as ``mesint ingest --workers`` does; this process still writes, one
    document at a time and in the same order, so the incidents come out as in a serial run.
    """
    summary = ReextractSummary()
    stmt = sa.select(d.c.id).order_by(d.c.ingested_at, d.c.id)
    if since is not None:
        start = dt.datetime.combine(since, dt.time())
        stmt = stmt.where(sa.func.coalesce(d.c.fetched_at, d.c.ingested_at) >= start)
    with store._read() as conn:
        ids = list(conn.execute(stmt).scalars())
    for doc_id, row, extracted in _extracted(store, ids, client, window):
        name = row.name if row is not None else doc_id
        try:
            if isinstance(extracted, Exception):
                raise extracted
            before, after = _replace(store, row, extracted)
        except (InputError, StoreError) as exc:
            summary.failures.append((name, str(exc)))
            ok = False
        else:
            summary.documents += 1
            summary.events_before += before
            summary.events_after += after
            ok = True
        if on_progress is not None:
            on_progress(name, ok)
    return summary


def _extracted(
    store: SQLStore, ids: list[str], client: Any, window: int
) -> Iterator[tuple[str, Any, Report | Exception]]:
    """(document id, stored row, its new Report or the error) in ``ids`` order, extracted here or on Dask."""

    def rows() -> Iterator[tuple[str, Any, Document | Exception]]:
        for doc_id in ids:
            with store._read() as conn:
                row = conn.execute(sa.select(d).where(d.c.id == doc_id)).one_or_none()
            if row is None:
                continue  # deleted since the list was read
            try:
                yield doc_id, row, document_from_row(row)
            except InputError as exc:
                yield doc_id, row, exc

    if client is None:
        for doc_id, row, doc in rows():
            yield doc_id, row, doc if isinstance(doc, Exception) else extract_document(doc)
        return
    from mesint.scale.dask import _extract

    pending: deque[tuple[str, Any, Any]] = deque()

    def done(item: tuple[str, Any, Any]) -> tuple[str, Any, Report | Exception]:
        doc_id, row, future = item
        if isinstance(future, Exception):
            return doc_id, row, future
        try:
            return doc_id, row, future.result()
        except Exception as exc:  # a worker's failure is this document's, reported like any other
            return doc_id, row, InputError(f"extraction failed on a worker: {type(exc).__name__}: {exc}")

    for doc_id, row, doc in rows():
        pending.append((doc_id, row, doc if isinstance(doc, Exception) else client.submit(_extract, doc, pure=False)))
        if len(pending) >= window:
            yield done(pending.popleft())
    while pending:
        yield done(pending.popleft())


def _replace(store: SQLStore, row: Any, report: Report) -> tuple[int, int]:
    """Swap one document's extraction results. Events whose id survives are updated in place, so what
    points at them (analysts' corrections, verifications) stays; events that no longer come out go."""
    rows = report_rows(report, ingested_at=row.ingested_at)
    ev = schema.events
    new_ids = set(rows.event_ids())
    with store._write(f"re-extract document {row.name}") as conn:
        old_ids = set(conn.execute(sa.select(ev.c.id).where(ev.c.document_id == row.id)).scalars())
        gone, kept = old_ids - new_ids, old_ids & new_ids
        for chunk in _chunks(sorted(gone)):
            conn.execute(ev.delete().where(ev.c.id.in_(chunk)))  # cascades to citations, claims, provenance
        conn.execute(schema.non_events.delete().where(schema.non_events.c.document_id == row.id))
        conn.execute(d.update().where(d.c.id == row.id).values(text=report.document.text, title=report.document.title))
        children = (
            (schema.citations, rows.citations),
            (schema.claims, rows.claims),
            (schema.provenance, rows.provenance),
        )
        for chunk in _chunks(sorted(kept)):
            for table, _ in children:
                conn.execute(table.delete().where(table.c.event_id.in_(chunk)))
        for event_row in rows.events:
            if event_row["id"] in kept:
                values = {k: v for k, v in event_row.items() if k != "id"}
                conn.execute(ev.update().where(ev.c.id == event_row["id"]).values(**values))
        for table, child_rows in children:
            kept_rows = [r for r in child_rows if r["event_id"] in kept]
            if kept_rows:
                conn.execute(table.insert(), kept_rows)
        added = store._insert_events(conn, rows)  # the new ids, with their children
        store._insert_non_events(conn, rows)
        # New events join incidents exactly as on ingest (same transaction: all or nothing).
        incidents.reconcile_document(conn, row.id, added, now=dt.datetime.now(dt.UTC).replace(microsecond=0))
    return len(old_ids), len(kept) + len(added)


def _chunks(ids: list[str], size: int = 500) -> Iterator[list[str]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def _with(doc: Document, **changes: Any) -> Document:
    return replace(doc, **changes)
