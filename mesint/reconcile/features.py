"""One small comparator per field (dedupe's ``variables/`` shape): two event mentions in, a number out.

Every comparator returns a similarity in ``[0, 1]`` or ``None`` when it cannot judge (a missing value); a
comparator that finds the two mentions incompatible returns ``0.0`` and :data:`VETO_FEATURES` lists those
whose ``0.0`` forbids a merge whatever the others say. Pure: no I/O beyond the cached actor table.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from mesint.knowledge.actors import load_actor_table
from mesint.slotinit import slot_init

EARTH_RADIUS_KM = 6371.0088
MIN_RADIUS_KM = 2.0  # an exact point still means "somewhere in that village": never compare at 0 km
COARSE_RADIUS_KM = 50.0  # beyond this a location names a region, not a place: weak evidence
NAMED_REACH_KM = 50.0  # a report that names the other's place may sit this far off (geocoded to its dateline)
COARSE_PLACE_CAP = 0.2  # the most that agreeing coarse locations contribute


@slot_init
@dataclass(frozen=True, slots=True)
class EventView:
    """The fields reconciliation compares, read from a stored event record (``event_to_dict`` shape)."""

    id: str
    document_id: str
    date_start: dt.date | None
    date_end: dt.date | None
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    place: str | None
    admin1: str | None
    country: str | None
    lat: float | None
    lon: float | None
    uncertainty_km: float | None
    geo_precision: int | None
    killed: int | None
    wounded: int | None
    quote: str
    location_text: str | None

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> EventView:
        start, end = parse_date(record.get("date"))
        return cls(
            id=record["id"],
            document_id=record.get("document") or "",
            date_start=start,
            date_end=end,
            event_type=record.get("event_type") or "",
            sub_event_type=record.get("sub_event_type") or "",
            actor1=record.get("actor1"),
            actor2=record.get("actor2"),
            place=record.get("place"),
            admin1=record.get("admin1"),
            country=record.get("country"),
            lat=record.get("lat"),
            lon=record.get("lon"),
            uncertainty_km=record.get("uncertainty_km"),
            geo_precision=record.get("geo_precision"),
            killed=record.get("killed"),
            wounded=record.get("wounded"),
            quote=record.get("quote") or "",
            location_text=record.get("location_text"),
        )

    @property
    def radius_km(self) -> float:
        return max(self.uncertainty_km or 0.0, MIN_RADIUS_KM)

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None


def parse_date(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """ "2019-02-02" or "2019-02-02/2019-02-03" → (start, end)."""
    if not value:
        return None, None
    start, _, end = value.partition("/")
    first = dt.date.fromisoformat(start)
    return first, dt.date.fromisoformat(end) if end else first


# -- dates ------------------------------------------------------------------------------------------------


def date_gap_days(a: EventView, b: EventView) -> int | None:
    """Days between the two date windows; 0 when they overlap, None when either is undated."""
    if a.date_start is None or b.date_start is None or a.date_end is None or b.date_end is None:
        return None
    return max(0, (max(a.date_start, b.date_start) - min(a.date_end, b.date_end)).days)


def date_window_days(a: EventView, b: EventView) -> int:
    """How far apart two windows may be: one day (a late-night event, a report dated the next day), two when
    either date is a range ("the night of February 2-3" may be reported as the 4th)."""
    ranged = any(v.date_start != v.date_end for v in (a, b))
    return 2 if ranged else 1


def compare_dates(a: EventView, b: EventView) -> float | None:
    gap = date_gap_days(a, b)
    if gap is None:
        return None
    if gap > date_window_days(a, b):
        return 0.0
    if gap == 0:
        return 1.0 if (a.date_start, a.date_end) == (b.date_start, b.date_end) else 0.85
    return 0.5 if gap == 1 else 0.3


# -- places -----------------------------------------------------------------------------------------------


def km_apart(a: EventView, b: EventView) -> float | None:
    """Great-circle distance (haversine: well inside the radii's own error at these distances)."""
    if not (a.has_point and b.has_point):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _name_key(name: str) -> str:
    from mesint.geo.names import loose_key

    return loose_key(name)


_WORD_RUN = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")


@lru_cache(maxsize=4096)
def _text_keys(text: str) -> frozenset[str]:
    """Loose keys of every one-, two- and three-word run: "near Tal Afar" holds the key of "Tal Afar"."""
    words = _WORD_RUN.findall(text)
    keys = set()
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            k = _name_key(" ".join(words[i : i + n]))
            if len(k) >= 3:
                keys.add(k)
    return frozenset(keys)


def _specific(v: EventView) -> bool:
    return bool(v.place) and (v.geo_precision or 3) < 3


def _named_in(x: EventView, y: EventView) -> bool:
    """``x``'s place is named in ``y``'s place, location phrase or quote (any spelling)."""
    key = _name_key(x.place or "")
    return bool(key) and key in _text_keys(f"{y.place or ''} {y.location_text or ''} {y.quote}")


def names_agree(a: EventView, b: EventView) -> bool:
    """One report names the place the other resolved to (Haditha = Hadithah), and does not contradict it:
    when both resolved to a specific place, each must name the other's ("near Mahmudiyah, south of
    Baghdad" names Baghdad as an anchor, not as the place of an incident in Baghdad).

    A governorate or region name agrees with everything in it, so it is no evidence either way.
    """
    if _specific(a) and _specific(b):
        return _name_key(a.place or "") == _name_key(b.place or "") or (_named_in(a, b) and _named_in(b, a))
    return any(_specific(x) and _named_in(x, y) for x, y in ((a, b), (b, a)))


def compare_places(a: EventView, b: EventView) -> float | None:
    """1 at the same point, falling to 0 at the sum of the two uncertainty radii (a veto beyond it, unless
    one report names the other's place and the two are within 50 km).

    Coarse locations (radius over 50 km: a governorate centroid) say little: capped at 0.2 unless the place
    names agree. Without coordinates: the same governorate is weak agreement, another one a veto.
    """
    km = km_apart(a, b)
    if km is None:
        if a.admin1 and b.admin1:
            return 0.3 if a.admin1 == b.admin1 else 0.0
        return None
    reach = a.radius_km + b.radius_km
    if km > reach:
        # "Baghdad – ... near Tarmiyah" geocoded to its Baghdad heading still names Tarmiyah.
        return 0.9 if km <= NAMED_REACH_KM and names_agree(a, b) else 0.0
    closeness = 1.0 - km / reach
    if max(a.radius_km, b.radius_km) > COARSE_RADIUS_KM:
        closeness = min(closeness, COARSE_PLACE_CAP)
    if names_agree(a, b):
        closeness = max(closeness, 0.9)
    return closeness


# -- event types ------------------------------------------------------------------------------------------

# Pairs of ACLED event types that different outlets plausibly use for one incident: a clash reported as
# shelling, an IED that killed a civilian reported as an attack on civilians. Anything else (a protest and
# a battle, a strategic development and violence) is a veto.
_CROSS_TYPE: Mapping[frozenset[str], float] = {
    frozenset({"Battles", "Explosions/Remote violence"}): 0.4,
    frozenset({"Explosions/Remote violence", "Violence against civilians"}): 0.3,
    frozenset({"Battles", "Violence against civilians"}): 0.3,
    frozenset({"Protests", "Riots"}): 0.5,
}


def compare_types(a: EventView, b: EventView) -> float:
    if a.sub_event_type and a.sub_event_type == b.sub_event_type:
        return 1.0
    if a.event_type == b.event_type:
        return 0.6
    return _CROSS_TYPE.get(frozenset({a.event_type, b.event_type}), 0.0)


# -- actors -----------------------------------------------------------------------------------------------

_UNKNOWN_PREFIXES = ("unidentified", "unknown")


@slot_init
@dataclass(frozen=True, slots=True)
class _ActorInfo:
    name: str
    kind: str | None
    country: str | None
    parent: str | None


@lru_cache(maxsize=1024)
def _actor(name: str) -> _ActorInfo:
    entry = load_actor_table().get(name)
    if entry is None:
        return _ActorInfo(name, None, None, None)
    return _ActorInfo(name, entry.kind, entry.country, entry.parent)


def _vague(name: str | None) -> bool:
    return name is None or name.lower().startswith(_UNKNOWN_PREFIXES)


def actor_similarity(x: str | None, y: str | None) -> float:
    """1 for one actor, 0.8 for a unit and its umbrella (Tribal Mobilization within the PMF), 0.6 for two
    state forces of one country (army and police: outlets confuse them), 0.5 when one side is unknown or
    unidentified, 0 for two different known actors."""
    if _vague(x) or _vague(y):
        return 0.5
    assert x is not None and y is not None
    if x == y:
        return 1.0
    ax, ay = _actor(x), _actor(y)
    if ax.parent == y or ay.parent == x or (ax.parent and ax.parent == ay.parent):
        return 0.8
    if ax.kind == ay.kind == "State forces" and ax.country and ax.country == ay.country:
        return 0.6
    return 0.0


def compare_actors(a: EventView, b: EventView) -> float:
    """Both sides compared; the other side's own report may swap them (a clash told by either party)."""
    straight = (actor_similarity(a.actor1, b.actor1), actor_similarity(a.actor2, b.actor2))
    swapped = (actor_similarity(a.actor1, b.actor2), actor_similarity(a.actor2, b.actor1))
    best = max((straight, swapped), key=lambda pair: (min(pair), sum(pair)))
    if min(best) == 0.0:
        return 0.0
    return sum(best) / 2


# -- casualties -------------------------------------------------------------------------------------------


def _closeness(x: int, y: int) -> float:
    if x == y:
        return 1.0
    return min(x, y) / max(x, y)


def compare_casualties(a: EventView, b: EventView) -> float | None:
    """Ratio of the smaller to the larger figure (8 vs 9 killed: 0.89), averaged over killed and wounded.

    Sources disagree on figures all the time, so this never vetoes; it only ranks candidates.
    """
    scores = [
        _closeness(x, y) for x, y in ((a.killed, b.killed), (a.wounded, b.wounded)) if x is not None and y is not None
    ]
    return sum(scores) / len(scores) if scores else None


# -- text -------------------------------------------------------------------------------------------------

_STOPWORDS = frozenset(
    (
        *("a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"),
        *("was", "were", "is", "are", "its", "it", "his", "her", "their", "that", "this", "which", "who"),
        *("as", "after", "before", "near", "during", "said", "says", "according", "reported"),
    )
)
_TOKEN = re.compile(r"[^\W_]+")


@lru_cache(maxsize=8192)
def _content_tokens(text: str) -> frozenset[str]:
    return frozenset(t for t in _TOKEN.findall(text.lower()) if t not in _STOPWORDS and len(t) > 2)


def compare_text(a: EventView, b: EventView) -> float | None:
    """Jaccard overlap of the quotes' content words: other outlets use other words, so a weak signal."""
    ta, tb = _content_tokens(a.quote), _content_tokens(b.quote)
    if not ta or not tb:
        return None
    return len(ta & tb) / len(ta | tb)


COMPARATORS = {
    "date": compare_dates,
    "place": compare_places,
    "type": compare_types,
    "actors": compare_actors,
    "casualties": compare_casualties,
    "text": compare_text,
}
"""Every comparator by feature name, in the order explanations print them."""

VETO_FEATURES = frozenset({"date", "place", "type", "actors"})
"""Features whose 0.0 means "not the same incident" (a date outside the window, a place beyond both
radii, incompatible types, contradicting actors)."""


def compare(a: EventView, b: EventView) -> dict[str, float | None]:
    """Every comparator's value for one pair."""
    return {name: fn(a, b) for name, fn in COMPARATORS.items()}
