"""Reading event dicts the way every exporter needs them: dates, fatalities, actor types, sources.

Event dicts come from ``store.events`` (``mesint.serialize.event_to_dict`` plus ``sources_count``); later
stages may add keys (``fatalities``, ``claims``, ``confidence``, ``members``) or leave some out, so every
reader here uses ``.get`` and tolerates a missing or ``None`` value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from mesint.knowledge.actors import ACTOR_KINDS, load_actor_table

EventDict = Mapping[str, Any]

COUNTRY_CODES: dict[str, tuple[int, str, str]] = {
    "Iraq": (368, "IRQ", "IQ"),
    "Syria": (760, "SYR", "SY"),
}
"""Country → (ISO 3166 numeric, alpha-3, alpha-2): the two countries mesint covers."""

# Actor names whose type is plain from the name when the alias table does not know them.
_KIND_BY_NAME = (
    (re.compile(r"^(military|police|security) forces\b", re.I), 1),
    (re.compile(r"^rioters\b", re.I), 5),
    (re.compile(r"^protesters\b", re.I), 6),
    (re.compile(r"^civilians\b", re.I), 7),
    (re.compile(r"^unidentified (armed|tribal|communal)", re.I), 3),
)


def event_interval(event: EventDict) -> tuple[dt.date, dt.date] | None:
    """``(start, end)`` of the event's date ("YYYY-MM-DD" or "YYYY-MM-DD/YYYY-MM-DD"), or None."""
    value = event.get("date")
    if not isinstance(value, str) or not value.strip():
        return None
    first, _, last = value.strip().partition("/")
    try:
        start = dt.date.fromisoformat(first)
        end = dt.date.fromisoformat(last) if last else start
    except ValueError:
        return None
    return (start, end) if start <= end else (end, start)


def conservative_fatalities(event: EventDict) -> int | None:
    """The conservative killed figure: the coded ``killed`` (already the lowest non-perpetrator figure),
    else the low end of a reconciled ``fatalities`` value; None when nothing is known."""
    killed = event.get("killed")
    if isinstance(killed, int) and not isinstance(killed, bool):
        return killed
    fatalities = event.get("fatalities")
    if isinstance(fatalities, int) and not isinstance(fatalities, bool):
        return fatalities
    if isinstance(fatalities, Mapping):
        # Reconciled incidents carry {"killed": {"low", "best", "high"}, ...}; older shapes {"low", ...}.
        figures = fatalities.get("killed") if isinstance(fatalities.get("killed"), Mapping) else fatalities
        for key in ("low", "best"):
            value = figures.get(key)
            if isinstance(value, int) and not isinstance(value, bool):
                return value
    return None


def actor_inter(name: str | None, country: str | None = None) -> int | None:
    """ACLED's inter code (1-8) of an actor name: from the alias table, else from a plain name."""
    if not name:
        return None
    entry = load_actor_table().get(name, country)
    if entry is not None:
        return entry.inter
    for pattern, code in _KIND_BY_NAME:
        if pattern.search(name.strip()):
            return code
    return None


def actor_kind(name: str | None, country: str | None = None) -> str | None:
    """ACLED's actor type ("State forces", "Rebel group", ...) of an actor name, or None."""
    code = actor_inter(name, country)
    if code is None:
        return None
    return next((kind for kind, c in ACTOR_KINDS.items() if c == code), None)


def outlets(event: EventDict) -> list[str]:
    """The outlets cited, in order, each once; the source labels when citations are absent."""
    seen: dict[str, None] = {}
    for citation in event.get("citations") or []:
        if isinstance(citation, Mapping) and citation.get("outlet"):
            seen.setdefault(str(citation["outlet"]), None)
    if not seen:
        for label in event.get("sources") or []:
            if label:
                seen.setdefault(str(label), None)
    return list(seen)


def claims(event: EventDict) -> list[Mapping[str, Any]]:
    """The event's claims (each source's figures) as dicts; anything else in the list is skipped."""
    return [c for c in event.get("claims") or [] if isinstance(c, Mapping)]


def coordinates(event: EventDict) -> tuple[float, float] | None:
    """``(lon, lat)`` when the event has both, as floats; None otherwise."""
    lat, lon = event.get("lat"), event.get("lon")
    if isinstance(lat, int | float) and isinstance(lon, int | float):
        return float(lon), float(lat)
    return None


def text(value: Any) -> str:
    """A field as text: lists joined with "; ", None as ""."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(text(v) for v in value if v is not None)
    return str(value)
