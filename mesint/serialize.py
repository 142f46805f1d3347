"""Records to the plain JSON shape users see (``mesint extract --format json``, the store, the API)."""

from __future__ import annotations

from typing import Any

from mesint.model import Actor, Citation, Claim, Count, Event, NonEvent, Place, Report


def _count_value(count: Count | None) -> int | None:
    return None if count is None else count.best


def _actor_name(actor: Actor | None) -> str | None:
    return None if actor is None else actor.canonical


def citation_to_dict(c: Citation) -> dict[str, Any]:
    return {
        "outlet": c.outlet,
        "date": c.date.isoformat() if c.date else None,
        "affiliation": c.affiliation,
        "label": c.label,
        "span": c.span.as_list(),
    }


def claim_to_dict(c: Claim) -> dict[str, Any]:
    return {
        "source": c.citation.label if c.citation else None,
        "killed": _count_value(c.killed),
        "wounded": _count_value(c.wounded),
        "killed_note": c.killed.note if c.killed else None,
        "wounded_note": c.wounded.note if c.wounded else None,
        "victims": c.victims,
        "span": c.span.as_list(),
    }


def place_to_dict(p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {
        "name": p.name,
        "admin1": p.admin1,
        "admin2": p.admin2,
        "country": p.country,
        "lat": p.lat,
        "lon": p.lon,
        "geo_precision": int(p.precision) if p.precision is not None else None,
        "uncertainty_km": p.uncertainty_km,
        "gazetteer_ids": list(p.gazetteer_ids),
        "anchor": p.anchor,
        "offset_km": p.offset_km,
        "bearing_deg": p.bearing_deg,
        "resolved": p.resolved,
        "note": p.note,
    }


def event_to_dict(e: Event) -> dict[str, Any]:
    """The event shape of the gold files, plus provenance and geo detail."""
    place = e.place
    notes = list(e.notes)
    for label, count in (("killed", e.killed), ("wounded", e.wounded)):
        if count is not None and count.note:
            notes.append(f"{label}: {count.note}")
    return {
        "id": e.id,
        "date": e.date.iso() if e.date else None,
        "date_basis": e.date.basis.value if e.date else None,
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actor1": _actor_name(e.actor1),
        "actor2": _actor_name(e.actor2),
        "assoc_actor_1": _actor_name(e.assoc_actor_1),
        "assoc_actor_2": _actor_name(e.assoc_actor_2),
        "location_text": e.location_text,
        "place": place.name if place else None,
        "admin1": place.admin1 if place else None,
        "country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "geo_precision": int(place.precision) if place and place.precision is not None else None,
        "uncertainty_km": place.uncertainty_km if place else None,
        "killed": _count_value(e.killed),
        "wounded": _count_value(e.wounded),
        "sources": [c.label for c in e.citations],
        "citations": [citation_to_dict(c) for c in e.citations],
        "claims": [claim_to_dict(c) for c in e.claims],
        "quote": e.quote,
        "span": e.span.as_list(),
        "document": e.doc_id,
        "section": list(e.section),
        "geo": place_to_dict(place),
        "notes": notes,
        "provenance": {name: span.as_list() for name, span in e.provenance},
    }


def non_event_to_dict(n: NonEvent) -> dict[str, Any]:
    return {"kind": n.kind.value, "quote": n.quote, "span": n.span.as_list()}


def report_to_dict(report: Report) -> dict[str, Any]:
    doc = report.document
    return {
        "document": doc.name,
        "document_id": doc.id,
        "published": doc.published.isoformat() if doc.published else None,
        "events": [event_to_dict(e) for e in report.events],
        "non_events": [non_event_to_dict(n) for n in report.non_events],
        "problems": [{"stage": p.stage, "message": p.message} for p in report.problems],
    }
