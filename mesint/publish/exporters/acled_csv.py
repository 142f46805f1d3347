"""ACLED CSV: ACLED's export columns in ACLED's order, filled by the rules of ACLED's codebook.

- ``time_precision``: 1 for a known day; 2 when the date is known to within a week (a range of up to seven
  days); 3 for a longer range. A range is coded on its middle day (the first of the two middle days).
- ``inter1``/``inter2``: the actor type codes 1-8 (``inter2`` is 0 without a second actor);
  ``interaction``: the two codes joined lowest first ("13"), or the one code and 0 ("10") for a sole actor.
- ``disorder_type``: political violence, demonstrations or strategic developments by (sub-)event type.
- ``civilian_targeting``: "Civilian targeting" for violence against civilians and for explosions and mob
  violence whose target (actor2) is civilians; empty otherwise.
- ``fatalities``: the conservative killed figure; no figure is 0, as in ACLED.
- ``source``: the outlets cited, joined with "; "; ``source_scale`` from the outlet registry's kinds.
- ``notes``: the quote the event was read from, with our coding notes in brackets.
- ``event_id_cnty``: the country's alpha-3 code and our event id ("IRQ-a4204c642f258468").
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

from mesint.knowledge.outlets import load_outlets
from mesint.publish.exporters import EventDict, Exporter, ExportOptions
from mesint.publish.exporters.fields import (
    COUNTRY_CODES,
    actor_inter,
    conservative_fatalities,
    event_interval,
    outlets,
    text,
)

COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
"""ACLED's export columns, in ACLED's order."""

REGION = "Middle East"
WEEK_DAYS = 7

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC = "Strategic developments"
BOTH = f"{POLITICAL_VIOLENCE}; {DEMONSTRATIONS}"

# Sub-event types that are violence inside a demonstration: ACLED counts them under both disorder types.
_VIOLENT_DEMONSTRATION_SUBTYPES = frozenset({"Excessive force against protesters", "Mob violence"})
_DISORDER_BY_TYPE = {
    "Battles": POLITICAL_VIOLENCE,
    "Explosions/Remote violence": POLITICAL_VIOLENCE,
    "Violence against civilians": POLITICAL_VIOLENCE,
    "Protests": DEMONSTRATIONS,
    "Riots": DEMONSTRATIONS,
    "Strategic developments": STRATEGIC,
}
# Event types in which civilians as the target (inter2 = 7) make the event civilian targeting.
_TARGETING_TYPES = frozenset({"Explosions/Remote violence", "Riots"})
CIVILIAN_TARGETING = "Civilian targeting"
CIVILIANS = 7

# ACLED's source scales by the outlet registry's kind; listed in the order ACLED joins two scales.
_SCALE_ORDER = ("Local partner", "New media", "Subnational", "National", "Regional", "International", "Other")
_SCALE_BY_KIND = {
    "local media": "Subnational",
    "Kurdish media": "Subnational",
    "state media": "National",
    "government": "National",
    "military": "National",
    "opposition media": "National",
    "international wire": "International",
    "international media": "International",
    "international organization": "International",
    "social media account": "New media",
    "militant outlet": "New media",
    "monitor": "Other",
    "think tank": "Other",
}


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    if sub_event_type in _VIOLENT_DEMONSTRATION_SUBTYPES:
        return BOTH
    return _DISORDER_BY_TYPE.get(event_type or "", "")


def interaction(inter1: int | None, inter2: int | None) -> str:
    """The joint code, lowest first; a sole actor's code followed by 0; empty without any actor type."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return ""
    if len(codes) == 1:
        return f"{codes[0]}0"
    return f"{codes[0]}{codes[1]}"


def civilian_targeting(event_type: str | None, inter2: int | None) -> str:
    if event_type == "Violence against civilians":
        return CIVILIAN_TARGETING
    if event_type in _TARGETING_TYPES and inter2 == CIVILIANS:
        return CIVILIAN_TARGETING
    return ""


def coded_date(start: dt.date, end: dt.date) -> tuple[dt.date, int]:
    """The day ACLED would code for ``[start, end]`` and its time precision."""
    days = (end - start).days
    if days == 0:
        return start, 1
    middle = start + dt.timedelta(days=days // 2)
    return middle, 2 if days + 1 <= WEEK_DAYS else 3


def source_scale(names: Sequence[str]) -> str:
    registry = load_outlets()
    scales = set()
    for name in names:
        outlet = registry.get(name) or registry.match(name)
        scales.add(_SCALE_BY_KIND.get(outlet.kind, "Other") if outlet else "Other")
    if not scales:
        return ""
    return "-".join(s for s in _SCALE_ORDER if s in scales)


def _timestamp(event: EventDict, options: ExportOptions) -> int:
    """When we recorded the event (its document's ingest time), else the export time, as Unix seconds."""
    doc = options.documents.get(str(event.get("document") or ""), {})
    moment: Any = doc.get("ingested_at") if doc else None
    if isinstance(moment, str):
        try:
            moment = dt.datetime.fromisoformat(moment)
        except ValueError:
            moment = None
    if not isinstance(moment, dt.datetime):
        moment = options.generated_at
    if moment is None:
        return 0
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return int(moment.timestamp())


def _notes(event: EventDict) -> str:
    quote = text(event.get("quote")).strip()
    ours = [n for n in event.get("notes") or [] if n]
    return f"{quote} [{'; '.join(map(str, ours))}]".strip() if ours else quote


def acled_row(event: EventDict, options: ExportOptions | None = None) -> dict[str, Any]:
    """One event as an ACLED row (column → value); values are ints, floats or strings."""
    options = options or ExportOptions()
    country = event.get("country")
    codes = COUNTRY_CODES.get(country or "")
    interval = event_interval(event)
    day, precision = coded_date(*interval) if interval else (None, None)
    inter1 = actor_inter(event.get("actor1"), country)
    inter2 = actor_inter(event.get("actor2"), country) if event.get("actor2") else 0
    names = outlets(event)
    fatalities = conservative_fatalities(event)
    event_type = event.get("event_type")
    geo = event.get("geo") if isinstance(event.get("geo"), dict) else {}
    lat, lon = event.get("lat"), event.get("lon")
    return {
        "event_id_cnty": f"{codes[1] if codes else 'XXX'}-{event.get('id', '')}",
        "event_date": day.isoformat() if day else "",
        "year": day.year if day else "",
        "time_precision": precision or "",
        "disorder_type": disorder_type(event_type, event.get("sub_event_type")),
        "event_type": text(event_type),
        "sub_event_type": text(event.get("sub_event_type")),
        "actor1": text(event.get("actor1")),
        "assoc_actor_1": text(event.get("assoc_actor_1")),
        "inter1": inter1 if inter1 is not None else "",
        "actor2": text(event.get("actor2")),
        "assoc_actor_2": text(event.get("assoc_actor_2")),
        "inter2": inter2 if inter2 is not None else "",
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": civilian_targeting(event_type, inter2),
        "iso": codes[0] if codes else "",
        "region": REGION if codes else "",
        "country": text(country),
        "admin1": text(event.get("admin1")),
        "admin2": text(geo.get("admin2")),
        "admin3": "",
        "location": text(event.get("place") or event.get("admin1")),
        "latitude": lat if lat is not None else "",
        "longitude": lon if lon is not None else "",
        "geo_precision": event.get("geo_precision") or "",
        "source": "; ".join(names),
        "source_scale": source_scale(names),
        "notes": _notes(event),
        "fatalities": fatalities if fatalities is not None else 0,
        "tags": "crowd size=no report" if event_type in ("Protests", "Riots") else "",
        "timestamp": _timestamp(event, options),
    }


def render(events: Sequence[EventDict], options: ExportOptions) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for event in events:
        writer.writerow(acled_row(event, options))
    # Plain UTF-8 without a byte-order mark, as ACLED's own files: a BOM would end up in the first
    # column's name for pandas and R users who read with the default encoding.
    return buf.getvalue().encode("utf-8")


EXPORTER = Exporter(
    name="acled-csv",
    extension="csv",
    media_type="text/csv",
    render_events=render,
    description="ACLED's columns and codes, one event per row",
)
