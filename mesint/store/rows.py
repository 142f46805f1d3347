"""Records to table rows: pure functions, no I/O (compute first, then write)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from mesint.model import Count, Document, Event, Report
from mesint.serialize import event_to_dict

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class ReportRows:
    """Everything one report writes, ready for ``INSERT``; events appear once each, in report order."""

    document: Row
    events: list[Row]
    citations: list[Row]
    claims: list[Row]
    provenance: list[Row]
    non_events: list[Row]

    def event_ids(self) -> list[str]:
        return [row["id"] for row in self.events]


def utc_naive(moment: dt.datetime | None) -> dt.datetime | None:
    """A UTC wall-clock time without tzinfo: what SQLite's DATETIME keeps, and what we read back as UTC."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def document_row(doc: Document, *, ingested_at: dt.datetime) -> Row:
    return {
        "id": doc.id,
        "name": doc.name,
        "uri": doc.uri,
        "media_type": doc.media_type,
        "title": doc.title,
        "publisher": doc.publisher,
        "published": doc.published,
        "fetched_at": utc_naive(doc.fetched_at),
        "ingested_at": utc_naive(ingested_at),
        "text": doc.text,
        "raw": doc.raw,
    }


def event_row(e: Event, *, document_id: str) -> Row:
    record = event_to_dict(e)
    place = e.place
    return {
        "id": e.id,
        "document_id": document_id,
        "date_start": e.date.start if e.date else None,
        "date_end": e.date.end if e.date else None,
        "date_basis": record["date_basis"],
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actor1": record["actor1"],
        "actor2": record["actor2"],
        "assoc_actor_1": record["assoc_actor_1"],
        "assoc_actor_2": record["assoc_actor_2"],
        "location_text": e.location_text,
        "place": record["place"],
        "admin1": record["admin1"],
        "admin2": place.admin2 if place else None,
        "country": record["country"],
        "lat": record["lat"],
        "lon": record["lon"],
        "geo_precision": record["geo_precision"],
        "uncertainty_km": record["uncertainty_km"],
        "killed": record["killed"],
        "wounded": record["wounded"],
        "quote": e.quote,
        "span_start": e.span.start,
        "span_end": e.span.end,
        "section": " > ".join(e.section) or None,
        "notes": "; ".join(record["notes"]) or None,
        "record": record,
        "incident_id": e.id,  # every event starts as its own incident; reconciliation may place it in another
    }


def _count_columns(prefix: str, count: Count | None) -> Row:
    return {
        prefix: count.best if count else None,
        f"{prefix}_low": count.low if count else None,
        f"{prefix}_high": count.high if count else None,
        f"{prefix}_note": count.note if count else None,
    }


def report_rows(report: Report, *, ingested_at: dt.datetime) -> ReportRows:
    """All rows of one report. A repeated event id (the extractor's duplicate) is kept once: the first.

    Every row points at the report's own document: all its spans index into that text.
    """
    doc = report.document
    seen: set[str] = set()
    events, citations, claims, provenance = [], [], [], []
    for e in report.events:
        if e.id in seen:
            continue
        seen.add(e.id)
        events.append(event_row(e, document_id=doc.id))
        for i, c in enumerate(e.citations):
            citations.append(
                {
                    "event_id": e.id,
                    "document_id": doc.id,
                    "ordinal": i,
                    "outlet": c.outlet,
                    "date": c.date,
                    "date_text": c.date_text,
                    "affiliation": c.affiliation,
                    "label": c.label,
                    "span_start": c.span.start,
                    "span_end": c.span.end,
                }
            )
        for i, cl in enumerate(e.claims):
            claims.append(
                {
                    "event_id": e.id,
                    "document_id": doc.id,
                    "ordinal": i,
                    "source": cl.citation.label if cl.citation else None,
                    "outlet": cl.citation.outlet if cl.citation else None,
                    "source_date": cl.citation.date if cl.citation else None,
                    **_count_columns("killed", cl.killed),
                    **_count_columns("wounded", cl.wounded),
                    "victims": cl.victims,
                    "span_start": cl.span.start,
                    "span_end": cl.span.end,
                }
            )
        for i, (field, span) in enumerate(e.provenance):
            provenance.append(
                {
                    "event_id": e.id,
                    "document_id": doc.id,
                    "ordinal": i,
                    "field": field,
                    "span_start": span.start,
                    "span_end": span.end,
                }
            )
    non_events = [
        {
            "document_id": doc.id,
            "ordinal": i,
            "kind": n.kind.value,
            "quote": n.quote,
            "span_start": n.span.start,
            "span_end": n.span.end,
        }
        for i, n in enumerate(report.non_events)
    ]
    return ReportRows(
        document=document_row(doc, ingested_at=ingested_at),
        events=events,
        citations=citations,
        claims=claims,
        provenance=provenance,
        non_events=non_events,
    )
