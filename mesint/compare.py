"""Our events against another dataset's (ACLED, imported with ``mesint import acled``) for the same days.

Two events match when they are at most ``MAX_DAYS_APART`` days apart (a date range counts by its nearest
day), in the same place, and of the same event type. "The same place" is within ``MAX_KM`` or the two
uncertainty radii together, whichever is more, or, when either side has no coordinates, the same
governorate. A pair with different event types still matches when it is on the same day within
``SAME_SPOT_KM`` (the two sides coded one incident differently, which is worth seeing). Pairs are taken
cheapest first, each event in at most one pair; the cost adds the day gap, the distance in units of
``MAX_KM`` and a penalty for a different (sub-)type. Everything left over is "only ours" or "only ACLED".
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from geographiclib.geodesic import Geodesic

from mesint.errors import InputError
from mesint.query import EventQuery, canonical_admin1
from mesint.store.base import Store

MAX_DAYS_APART = 1
MAX_KM = 25.0
SAME_SPOT_KM = 10.0
TYPE_PENALTY = 1.0
SUBTYPE_PENALTY = 0.25
DATASETS = ("acled",)

EventDict = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Match:
    ours: EventDict
    theirs: EventDict
    days_apart: int
    km: float | None
    same_type: bool
    differences: tuple[str, ...]  # fields the two sides code differently


@dataclass(frozen=True, slots=True)
class Comparison:
    dataset: str
    date_from: dt.date | None
    date_to: dt.date | None
    matched: list[Match] = field(default_factory=list)
    only_ours: list[EventDict] = field(default_factory=list)
    only_theirs: list[EventDict] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        ours = len(self.matched) + len(self.only_ours)
        theirs = len(self.matched) + len(self.only_theirs)
        return {
            "dataset": self.dataset,
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "ours": ours,
            "theirs": theirs,
            "matched": len(self.matched),
            "only_ours": len(self.only_ours),
            "only_theirs": len(self.only_theirs),
            "recall_of_theirs": round(len(self.matched) / theirs, 3) if theirs else None,
            "share_of_ours_matched": round(len(self.matched) / ours, 3) if ours else None,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "matched": [
                {
                    "ours": m.ours.get("id"),
                    "theirs": m.theirs.get("id"),
                    "days_apart": m.days_apart,
                    "km": m.km,
                    "same_type": m.same_type,
                    "differences": list(m.differences),
                }
                for m in self.matched
            ],
            "only_ours": [e.get("id") for e in self.only_ours],
            "only_theirs": [e.get("id") for e in self.only_theirs],
        }


def _interval(event: EventDict) -> tuple[dt.date, dt.date] | None:
    from mesint.publish.exporters.fields import event_interval

    return event_interval(event)


def days_apart(a: EventDict, b: EventDict) -> int | None:
    """Days between two events' dates; 0 when their ranges overlap; None when either is undated."""
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return None
    if ia[1] < ib[0]:
        return (ib[0] - ia[1]).days
    if ib[1] < ia[0]:
        return (ia[0] - ib[1]).days
    return 0


def km_apart(a: EventDict, b: EventDict) -> float | None:
    if None in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return None
    line = Geodesic.WGS84.Inverse(float(a["lat"]), float(a["lon"]), float(b["lat"]), float(b["lon"]))
    return round(line["s12"] / 1000.0, 1)


def _admin1(event: EventDict) -> str | None:
    name = event.get("admin1")
    if not name:
        return None
    return (canonical_admin1(str(name)) or str(name)).casefold()


def _radius(event: EventDict) -> float:
    value = event.get("uncertainty_km")
    return float(value) if isinstance(value, int | float) else 0.0


def _differences(a: EventDict, b: EventDict) -> tuple[str, ...]:
    out = []
    for key in ("event_type", "sub_event_type", "actor1", "actor2"):
        if (a.get(key) or None) != (b.get(key) or None):
            out.append(key)
    if (a.get("killed") or 0) != (b.get("killed") or 0):
        out.append("killed")
    return tuple(out)


def pair(ours: EventDict, theirs: EventDict) -> tuple[float, Match] | None:
    """The cost and the match when the two events can be one incident, else None."""
    gap = days_apart(ours, theirs)
    if gap is None or gap > MAX_DAYS_APART:
        return None
    km = km_apart(ours, theirs)
    if km is not None:
        near = km <= max(MAX_KM, _radius(ours) + _radius(theirs))
    else:
        near = _admin1(ours) is not None and _admin1(ours) == _admin1(theirs)
    if not near:
        return None
    same_type = ours.get("event_type") == theirs.get("event_type")
    if not same_type and not (gap == 0 and km is not None and km <= SAME_SPOT_KM):
        return None
    cost = gap + (km if km is not None else MAX_KM) / MAX_KM
    if not same_type:
        cost += TYPE_PENALTY
    elif ours.get("sub_event_type") != theirs.get("sub_event_type"):
        cost += SUBTYPE_PENALTY
    return cost, Match(ours, theirs, gap, km, same_type, _differences(ours, theirs))


def _days(interval: tuple[dt.date, dt.date] | None, margin: int) -> list[dt.date]:
    if interval is None:
        return []
    start = interval[0] - dt.timedelta(days=margin)
    return [start + dt.timedelta(days=k) for k in range((interval[1] - interval[0]).days + 2 * margin + 1)]


def compare_events(
    ours: Sequence[EventDict],
    theirs: Sequence[EventDict],
    *,
    dataset: str = "acled",
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> Comparison:
    """Match two lists of event dicts one to one, cheapest pairs first (pure)."""
    # Block by day (dedupe's first step), so only events a day or so apart are ever compared.
    by_day: dict[dt.date, list[int]] = defaultdict(list)
    for j, b in enumerate(theirs):
        for day in _days(_interval(b), 0):
            by_day[day].append(j)
    candidates: list[tuple[float, int, int, Match]] = []
    for i, a in enumerate(ours):
        nearby = sorted({j for day in _days(_interval(a), MAX_DAYS_APART) for j in by_day.get(day, ())})
        for j in nearby:
            found = pair(a, theirs[j])
            if found is not None:
                candidates.append((found[0], i, j, found[1]))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    used_ours: set[int] = set()
    used_theirs: set[int] = set()
    matched: list[tuple[int, Match]] = []
    for _cost, i, j, match in candidates:
        if i in used_ours or j in used_theirs:
            continue
        used_ours.add(i)
        used_theirs.add(j)
        matched.append((i, match))
    grown = _augmented(candidates, matched)
    used_ours = {i for i, _, _ in grown}
    used_theirs = {j for _, j, _ in grown}
    matched = sorted(((i, m) for i, _, m in grown), key=lambda m: m[0])
    return Comparison(
        dataset=dataset,
        date_from=date_from,
        date_to=date_to,
        matched=[m for _, m in matched],
        only_ours=[e for i, e in enumerate(ours) if i not in used_ours],
        only_theirs=[e for j, e in enumerate(theirs) if j not in used_theirs],
    )


def _augmented(
    candidates: list[tuple[float, int, int, Match]], matched: list[tuple[int, Match]]
) -> list[tuple[int, int, Match]]:
    """The cheapest-first matching, grown by alternating paths (Kuhn's algorithm) where one more pair can be made:
    "ours" A on 8 March and B on 8-18 March against "theirs" on 8 and 13 March, where cheapest-first gives B the 8th
    and leaves the 13th unmatched."""
    options: dict[int, list[tuple[int, Match]]] = defaultdict(list)
    for _cost, i, j, match in candidates:  # (cheapest first)
        options[i].append((j, match))
    owner: dict[int, tuple[int, Match]] = {}
    for i, match in matched:
        j = next(j for j, m in options[i] if m is match)
        owner[j] = (i, match)

    def grow(i: int, seen: set[int], depth: int = 0) -> bool:
        if depth > 50:
            return False  # (a path that long is no near-tie between neighbours; stay cheapest-first there)
        for j, match in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or grow(owner[j][0], seen, depth + 1):
                owner[j] = (i, match)
                return True
        return False

    taken = {i for i, _ in owner.values()}
    for i in list(options):
        if i not in taken and grow(i, set()):
            taken = {k for k, _ in owner.values()}
    return [(i, j, match) for j, (i, match) in owner.items()]


def document_id(event: EventDict) -> str:
    """The event's document id: ``store.events`` gives the id, ``store.event`` a dict with it."""
    doc = event.get("document")
    return str(doc.get("id")) if isinstance(doc, Mapping) else str(doc)


def member_events(store: Store, query: EventQuery) -> list[EventDict]:
    """Every stored event matching ``query``, one dict per event rather than per incident.

    The store reconciles events across documents into incidents and lists the incidents; a comparison
    must see each dataset's own events, so incidents with several members are opened up (one read each).
    """
    found: list[EventDict] = []
    for incident in store.events(query):
        members = [str(m) for m in incident.get("members") or [] if m]
        if len(members) <= 1:
            found.append(incident)
            continue
        for member_id in members:
            member = store.event(member_id)
            if _overlaps(member, query.date_from, query.date_to):
                found.append(member)
    return found


def _overlaps(event: EventDict, date_from: dt.date | None, date_to: dt.date | None) -> bool:
    interval = _interval(event)
    if interval is None:
        return date_from is None and date_to is None
    return (date_from is None or interval[1] >= date_from) and (date_to is None or interval[0] <= date_to)


def compare_with(
    store: Store,
    dataset: str,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> Comparison:
    """Our stored events against the stored events of ``dataset`` in ``[date_from, date_to]``."""
    name = dataset.strip().lower()
    if name not in DATASETS:
        raise InputError(f"cannot compare with {dataset!r}; options: {', '.join(DATASETS)}")
    from mesint.imports.acled import is_acled_document

    foreign = {str(d["id"]) for d in store.documents() if is_acled_document(d)}
    if not foreign:
        raise InputError("no ACLED data in this database: run `mesint import acled FILE.csv` first")
    found = member_events(store, EventQuery(date_from=date_from, date_to=date_to))
    ours = [e for e in found if document_id(e) not in foreign]
    theirs = [e for e in found if document_id(e) in foreign]
    return compare_events(ours, theirs, dataset=name, date_from=date_from, date_to=date_to)
