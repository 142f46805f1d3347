"""Every source's claim about an incident, side by side, and the figures coded from them.

The coded figure follows ACLED's rule: **best is the most conservative (lowest) figure among the credible
claims**, a claim being credible unless it comes from the perpetrator's own side (an ISIS outlet on an ISIS
attack, state media on the army's strike) or from a source graded E (unreliable). When only the perpetrator
(or only unreliable sources) gave a number, best is the lowest of those and the figure is flagged
("perpetrator's claim only"). ``low`` and ``high`` span every numeric claim, credible or not. A vague
amount ("several fighters") gives no number: it stays a claim, with its words as a note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from mesint.knowledge.actors import load_actor_table
from mesint.knowledge.outlets import Outlet, load_outlets
from mesint.slotinit import slot_init

_SIDE_KINDS = frozenset({"state media", "government", "military"})


@slot_init
@dataclass(frozen=True, slots=True)
class Figure:
    low: int | None
    best: int | None
    high: int | None
    note: str | None = None

    @property
    def numeric(self) -> bool:
        return self.best is not None


@slot_init
@dataclass(frozen=True, slots=True)
class LedgerClaim:
    """One source's version: who (outlet, its kind and Admiralty grade), when, what, and where it says so."""

    event_id: str
    document_id: str
    source: str | None
    outlet: str | None
    outlet_kind: str | None
    reliability: str
    date: str | None
    killed: Figure | None
    wounded: Figure | None
    victims: str | None
    span: tuple[int, int]
    perpetrator: bool

    def as_dict(self) -> dict[str, Any]:
        def fig(f: Figure | None) -> dict[str, Any] | None:
            return None if f is None else {"low": f.low, "best": f.best, "high": f.high, "note": f.note}

        return {
            "source": self.source,
            "outlet": self.outlet,
            "outlet_kind": self.outlet_kind,
            "reliability": self.reliability,
            "date": self.date,
            "killed": fig(self.killed),
            "wounded": fig(self.wounded),
            "victims": self.victims,
            "span": list(self.span),
            "document": self.document_id,
            "event": self.event_id,
            "perpetrator": self.perpetrator,
        }


def _strip_qualifiers(text: str) -> str:
    return re.sub(r"\([^)]*\)", "", text).strip()


@lru_cache(maxsize=4096)
def match_outlet(name: str) -> Outlet | None:
    """The registry entry an attribution names (cached: the same outlets recur in every listing)."""
    return load_outlets().match(name)


@lru_cache(maxsize=8192)
def perpetrators_outlet(outlet: Outlet | None, actor1: str | None) -> bool:
    """Whether the outlet speaks for the side that acted (actor1): its claim is not an independent count."""
    if outlet is None or not actor1 or not outlet.affiliation:
        return False
    table = load_actor_table()
    acting = table.get(actor1)
    speaker = table.get(_strip_qualifiers(outlet.affiliation))
    if acting is None:
        return False
    if speaker is not None and (speaker is acting or speaker.canonical in {acting.parent, acting.canonical}):
        return True
    # State media and military outlets speak for their own country's forces.
    return (
        outlet.kind in _SIDE_KINDS
        and acting.kind == "State forces"
        and bool(outlet.country)
        and outlet.country == acting.country
    )


def _figure(row: Mapping[str, Any], prefix: str) -> Figure | None:
    best, note = row.get(prefix), row.get(f"{prefix}_note")
    if best is None and note is None:
        return None
    low, high = row.get(f"{prefix}_low"), row.get(f"{prefix}_high")
    return Figure(low if low is not None else best, best, high if high is not None else best, note)


def ledger_for_event(
    record: Mapping[str, Any],
    claim_rows: Sequence[Mapping[str, Any]],
    document_id: str,
    *,
    perpetrators: Iterable[str | None] = (),
) -> list[LedgerClaim]:
    """One stored event's claims (``claims`` table rows) as ledger entries.

    A claim is the perpetrator's when its outlet speaks for the event's actor1 or for one of
    ``perpetrators`` (the incident's actor1 as the canonical report codes it).

    An unattributed claim takes the event's first source; an event with figures but no claim row (an item
    without an attribution) gives one claim from its own figures, so no figure is lost when events merge.
    """
    sources = record.get("sources") or []
    citations = record.get("citations") or []
    default_source = sources[0] if sources else None
    default_outlet = citations[0].get("outlet") if citations else None
    default_date = citations[0].get("date") if citations else None
    acting = {a for a in (record.get("actor1"), *perpetrators) if a}
    rows = list(claim_rows)
    if not rows and (record.get("killed") is not None or record.get("wounded") is not None):
        span = record.get("span") or [0, 0]
        rows = [
            {
                "source": None,
                "outlet": None,
                "source_date": None,
                "killed": record.get("killed"),
                "wounded": record.get("wounded"),
                "victims": None,
                "span_start": span[0],
                "span_end": span[1],
            }
        ]
    out = []
    for row in rows:
        source = row.get("source") or default_source
        outlet_name = row.get("outlet") or (default_outlet if not row.get("source") else None)
        outlet = match_outlet(outlet_name or source or "") if (outlet_name or source) else None
        date = row.get("source_date")
        out.append(
            LedgerClaim(
                event_id=record["id"],
                document_id=document_id,
                source=source,
                outlet=outlet.name if outlet else outlet_name,
                outlet_kind=outlet.kind if outlet else None,
                reliability=outlet.reliability if outlet else "F",
                date=date.isoformat() if hasattr(date, "isoformat") else (date or default_date),
                killed=_figure(row, "killed"),
                wounded=_figure(row, "wounded"),
                victims=row.get("victims"),
                span=(int(row.get("span_start") or 0), int(row.get("span_end") or 0)),
                perpetrator=any(perpetrators_outlet(outlet, a) for a in acting),
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class Coded:
    """A coded figure and how it was chosen."""

    low: int | None
    best: int | None
    high: int | None
    basis: str

    def as_dict(self) -> dict[str, Any]:
        return {"low": self.low, "best": self.best, "high": self.high, "basis": self.basis}


def code_figure(claims: Iterable[LedgerClaim], which: str) -> Coded:
    """``which`` is "killed" or "wounded": the low/best/high of the claims by the rule in the module doc."""
    figures = [(c, getattr(c, which)) for c in claims]
    numeric = [(c, f) for c, f in figures if f is not None and f.numeric]
    if not numeric:
        vague = sorted({f.note for _, f in figures if f is not None and f.note})
        return Coded(None, None, None, f"no figure given ({'; '.join(vague)})" if vague else "no figure given")
    credible = [(c, f) for c, f in numeric if not c.perpetrator and c.reliability != "E"]
    pool = credible or numeric
    chosen_claim, chosen = min(pool, key=lambda cf: (cf[1].best, cf[0].reliability))
    low = min(f.low if f.low is not None else f.best for _, f in numeric)
    high = max(f.high if f.high is not None else f.best for _, f in numeric)
    who = chosen_claim.outlet or chosen_claim.source or "an unattributed report"
    if credible:
        basis = f"lowest credible figure ({who})" if len(numeric) > 1 else f"one figure ({who})"
    elif all(c.perpetrator for c, _ in numeric):
        basis = f"perpetrator's claim only ({who})"
    else:
        basis = f"unreliable source only ({who})"
    return Coded(low, chosen.best, high, basis)


def fatalities(claims: Sequence[LedgerClaim]) -> dict[str, Any]:
    """``{"killed": {low, best, high, basis}, "wounded": {...}}`` for an incident's claims."""
    return {"killed": code_figure(claims, "killed").as_dict(), "wounded": code_figure(claims, "wounded").as_dict()}
