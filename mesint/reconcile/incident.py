"""An incident as users see it: the canonical event's record, with every member's sources and claims.

Pure: the store reads the rows and hands them in. The canonical event is the first stored report of the
incident; its fields (date, type, actors, place) are the incident's. What merging adds:

- ``sources`` / ``citations`` / ``claims``: every member's, canonical first, each once;
- ``fatalities``: ``{"killed": {low, best, high, basis}, "wounded": {...}}`` (rule: ``reconcile.claims``),
  and for an incident of several reports ``killed`` / ``wounded`` become the coded best figures;
- ``claim_ledger``: each claim with its outlet, outlet kind, Admiralty grade, date, document and whether it
  is the perpetrator's own;
- ``confidence`` / ``confidence_reason`` (rule: ``reconcile.confidence``);
- ``members``: the event ids of the incident, canonical first.

A lone event keeps its record exactly as extracted; the keys above are added.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from mesint.reconcile.claims import LedgerClaim, fatalities, ledger_for_event
from mesint.reconcile.confidence import assess


@dataclass(frozen=True, slots=True)
class Member:
    """One stored event of an incident, as the store read it."""

    record: Mapping[str, Any]
    document_id: str
    claim_rows: Sequence[Mapping[str, Any]] = ()
    decision: Mapping[str, Any] | None = None  # its incident_members row, when a decision placed it
    document_name: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


def _union(items: list[Any], key: Any) -> list[Any]:
    seen: set[Any] = set()
    out = []
    for item in items:
        k = key(item)
        if k in seen:
            continue
        seen.add(k)
        out.append(item)
    return out


def build_incident(members: Sequence[Member], *, sources_count: int | None = None) -> dict[str, Any]:
    """The incident dict; ``members[0]`` is the canonical event."""
    canonical = members[0]
    out: dict[str, Any] = dict(canonical.record)
    if sources_count is not None:
        out["sources_count"] = sources_count
    ledger: list[LedgerClaim] = []
    for m in members:
        ledger.extend(
            ledger_for_event(m.record, m.claim_rows, m.document_id, perpetrators=[canonical.record.get("actor1")])
        )
    if len(members) > 1:
        out["sources"] = _union([s for m in members for s in m.record.get("sources") or []], lambda s: s)
        out["citations"] = _union(
            [c for m in members for c in m.record.get("citations") or []], lambda c: (c.get("label"), c.get("outlet"))
        )
        out["claims"] = [c for m in members for c in m.record.get("claims") or []]
    figures = fatalities(ledger)
    if len(members) > 1:
        out["killed"] = figures["killed"]["best"]
        out["wounded"] = figures["wounded"]["best"]
    outlets = [c.get("outlet") or c.get("label") for m in members for c in m.record.get("citations") or []]
    outlets = [o for o in outlets if o]
    perpetrator_only = bool(ledger) and all(c.perpetrator for c in ledger)
    conf = assess(outlets, perpetrator_only=perpetrator_only)
    out["fatalities"] = figures
    out["claim_ledger"] = [c.as_dict() for c in ledger]
    out["confidence"] = conf.level
    out["confidence_reason"] = conf.reason
    out["independent_sources"] = conf.independent_sources
    out["members"] = [m.record["id"] for m in members]
    return out


def explain_incident(members: Sequence[Member], incident: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """(``reconciliation`` lines, sentences for ``notes``) explaining an incident for ``mesint show``."""
    lines: list[str] = []
    notes: list[str] = []
    canonical = members[0]
    if len(members) > 1:
        lines.append(
            f"one incident told by {len(members)} reports; canonical event {canonical.record['id']} "
            f"({canonical.document_name or canonical.document_id[:12]}, first stored)"
        )
    for m in members[1:]:
        d = m.decision or {}
        who = d.get("decided_by") or "ingest"
        sources = "; ".join(m.record.get("sources") or []) or "no attributed source"
        lines.append(
            f"{m.record['id']} ({m.document_name or m.document_id[:12]}) joined by {who} "
            f"at {d.get('decided_at')}: {d.get('reason') or 'no reason recorded'}"
        )
        if d.get("manual"):
            notes.append(f"Merged by an analyst ({who}) with the report in {m.document_name}: {sources}.")
        else:
            notes.append(
                f"Judged the same incident as the report in {m.document_name} ({sources}): "
                f"{d.get('reason') or ''}."
            )
    figures = incident.get("fatalities") or {}
    for which in ("killed", "wounded"):
        f = figures.get(which) or {}
        if f.get("best") is not None or len(members) > 1:
            lines.append(f"{which}: low {f.get('low')} best {f.get('best')} high {f.get('high')} — {f.get('basis')}")
        if "perpetrator's claim only" in str(f.get("basis")):
            notes.append(f"{which.capitalize()} figure is the perpetrator's claim only.")
    lines.append(f"confidence {incident.get('confidence')}: {incident.get('confidence_reason')}")
    notes.append(f"Confidence {incident.get('confidence')}: {incident.get('confidence_reason')}.")
    return lines, notes
