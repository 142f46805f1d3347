"""STIX 2.1 bundle (built with the ``stix2`` library) for threat-intelligence platforms (OpenCTI, MISP).

- a ``report`` per source document, referring to everything read from it;
- a ``location`` per place (coordinates, precision in metres, governorate, country);
- actors by their ACLED type: state and external forces and civilians, protesters and rioters are
  ``identity`` objects, named armed groups ``threat-actor`` objects, unidentified ones ``intrusion-set``
  objects (a pattern of activity whose author is not known);
- a ``note`` per event: the quote, the coded fields and every source's claim, referring to the event's
  actors and place (no custom properties: the validator wants those as registered extensions);
- ``relationship`` objects from each event's actor1 to its actor2 (``targets`` where STIX defines it,
  ``related-to`` otherwise).

Ids are UUIDv5 of our own ids (document sha256, event id, place, actor name) and times come from the data
(event dates, publication dates), so exporting the same events twice gives the same bundle.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from mesint.publish.exporters import EventDict, Exporter, ExportOptions
from mesint.publish.exporters.fields import COUNTRY_CODES, actor_inter, claims, event_interval, text

NAMESPACE = uuid.UUID("b9e04d4f-0520-547f-8454-6d666f29551a")  # uuid5(URL, "https://github.com/mesint/mesint/stix")
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
REGION = "western-asia"  # STIX region vocabulary: Iraq and Syria

# ACLED inter code → STIX object for an actor of that type.
_IDENTITY_CLASS = {1: "organization", 5: "group", 6: "group", 7: "class", 8: "organization"}
_ARMED_GROUPS = frozenset({2, 3, 4})
_TARGETABLE = frozenset({"identity", "location"})  # what a threat-actor or intrusion-set "targets" in STIX 2.1


def stix_id(kind: str, key: str) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, f'{kind}:{key}')}"


MESINT_IDENTITY = stix_id("identity", "mesint")


def _day(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    if isinstance(value, str) and value.strip():
        try:
            return _day(dt.datetime.fromisoformat(value.strip()))
        except ValueError:
            return None
    return None


def _actor_type(name: str, country: str | None) -> tuple[str, int | None]:
    inter = actor_inter(name, country)
    if inter in _ARMED_GROUPS:
        return ("intrusion-set" if name.lower().startswith("unidentified") else "threat-actor"), inter
    return "identity", inter


def _place_key(event: EventDict) -> str | None:
    geo = event.get("geo") if isinstance(event.get("geo"), Mapping) else {}
    ids = geo.get("gazetteer_ids") or []
    parts = [event.get("place"), event.get("admin1"), event.get("country"), event.get("lat"), event.get("lon")]
    if not any(p is not None for p in parts):
        return None
    return "|".join(map(str, ids)) + "|" + "|".join(text(p) for p in parts)


class _BundleBuilder:
    """Collects STIX objects as plain dicts (id → properties), then builds them with ``stix2`` once."""

    def __init__(self, options: ExportOptions) -> None:
        self.options = options
        self.objects: dict[str, dict[str, Any]] = {}
        self.report_refs: dict[str, list[str]] = {}

    def _stamp(self, obj_id: str, when: dt.datetime) -> None:
        """Shared objects are as old as the earliest event that names them."""
        obj = self.objects[obj_id]
        if when < obj["created"]:
            obj["created"] = obj["modified"] = when

    def _add(self, obj_id: str, when: dt.datetime, **props: Any) -> str:
        if obj_id in self.objects:
            self._stamp(obj_id, when)
        else:
            self.objects[obj_id] = {
                "type": obj_id.split("--", 1)[0],
                "id": obj_id,
                "created": when,
                "modified": when,
                "created_by_ref": MESINT_IDENTITY,
                **props,
            }
        return obj_id

    def _document(self, doc_id: str) -> Mapping[str, Any]:
        return self.options.documents.get(doc_id, {})

    def event_time(self, event: EventDict) -> dt.datetime:
        interval = event_interval(event)
        if interval:
            return _day(interval[0]) or EPOCH
        doc = self._document(text(event.get("document")))
        return _day(doc.get("published")) or _day(self.options.generated_at) or EPOCH

    def location(self, event: EventDict, when: dt.datetime) -> str | None:
        key = _place_key(event)
        country = COUNTRY_CODES.get(text(event.get("country")))
        lat, lon = event.get("lat"), event.get("lon")
        has_point = isinstance(lat, int | float) and isinstance(lon, int | float)
        if key is None or not (has_point or country):
            return None
        props: dict[str, Any] = {
            "name": text(event.get("place") or event.get("admin1") or event.get("country")),
            "region": REGION,
        }
        if has_point:
            props["latitude"], props["longitude"] = float(lat), float(lon)
            radius = event.get("uncertainty_km")
            if isinstance(radius, int | float) and radius > 0:
                props["precision"] = float(radius) * 1000.0
        if country:
            props["country"] = country[2]
        if event.get("admin1"):
            props["administrative_area"] = text(event.get("admin1"))
        return self._add(stix_id("location", key), when, **props)

    def actor(self, name: str, country: str | None, when: dt.datetime) -> str:
        kind, inter = _actor_type(name, country)
        obj_id = stix_id(kind, name)
        if kind == "identity":
            props: dict[str, Any] = {"identity_class": _IDENTITY_CLASS.get(inter or 0, "unknown")}
            if inter == 1:
                props["sectors"] = ["defense"]
            return self._add(obj_id, when, name=name, **props)
        if kind == "threat-actor":
            return self._add(obj_id, when, name=name, threat_actor_types=["unknown"])
        return self._add(obj_id, when, name=name)

    def relationship(self, source: str, target: str, when: dt.datetime) -> str:
        source_type, target_type = source.split("--")[0], target.split("--")[0]
        armed = source_type in ("threat-actor", "intrusion-set")
        rel = "targets" if armed and target_type in _TARGETABLE else "related-to"
        obj_id = stix_id("relationship", f"{source}|{rel}|{target}")
        return self._add(obj_id, when, relationship_type=rel, source_ref=source, target_ref=target)

    def event(self, event: EventDict) -> None:
        when = self.event_time(event)
        country = event.get("country")
        doc_id = text(event.get("document")) or "unknown"
        report_id = stix_id("report", doc_id)
        refs: list[str] = []
        actor_ids: dict[str, str] = {}
        for role in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
            for name in text(event.get(role)).split("; "):
                if name.strip():
                    actor_id = self.actor(name.strip(), country, when)
                    actor_ids.setdefault(role, actor_id)
                    refs.append(actor_id)
        place_id = self.location(event, when)
        if place_id:
            refs.append(place_id)
        if "actor1" in actor_ids and "actor2" in actor_ids and actor_ids["actor1"] != actor_ids["actor2"]:
            refs.append(self.relationship(actor_ids["actor1"], actor_ids["actor2"], when))
        note_props: dict[str, Any] = {
            "abstract": _abstract(event),
            "content": _content(event),
            "object_refs": _unique([report_id, *refs]),
            "labels": [text(v) for v in (event.get("event_type"), event.get("sub_event_type")) if v],
            "external_references": [{"source_name": "mesint", "external_id": text(event.get("id"))}],
        }
        authors = [text(s) for s in event.get("sources") or [] if s]
        if authors:
            note_props["authors"] = authors
        confidence = event.get("confidence")
        if isinstance(confidence, int) and not isinstance(confidence, bool) and 0 <= confidence <= 100:
            note_props["confidence"] = confidence
        note_id = self._add(stix_id("note", text(event.get("id"))), when, **note_props)
        self.report_refs.setdefault(doc_id, []).extend([note_id, *refs])
        self._report(report_id, doc_id, when, event)

    def _report(self, report_id: str, doc_id: str, when: dt.datetime, event: EventDict) -> None:
        doc = self._document(doc_id)
        published = _day(doc.get("published"))
        if report_id in self.objects:
            obj = self.objects[report_id]
            if published is None and when > obj["published"]:
                obj["published"] = when  # undated document: as late as its latest event
            return
        name = text(doc.get("title") or doc.get("name")) or f"mesint document {doc_id[:12]}"
        refs = [{"source_name": "mesint document", "external_id": doc_id}]
        self._add(
            report_id,
            published or when,
            name=name,
            report_types=["threat-report"],
            published=published or when,
            object_refs=[],  # filled in build()
            external_references=refs,
        )

    def build(self) -> Any:
        import stix2  # a heavy import: only when a STIX export is asked for

        first = min((o["created"] for o in self.objects.values()), default=EPOCH)
        identity = stix2.v21.Identity(
            id=MESINT_IDENTITY,
            created=first,
            modified=first,
            name="Mesopotamia Intel (mesint)",
            identity_class="system",
            description="Open-source tool that turns OSINT reports about Iraq and Syria into coded events.",
        )
        built: list[Any] = [identity]
        for doc_id, refs in self.report_refs.items():
            self.objects[stix_id("report", doc_id)]["object_refs"] = _unique(refs)
        classes = {
            "report": stix2.v21.Report,
            "note": stix2.v21.Note,
            "location": stix2.v21.Location,
            "identity": stix2.v21.Identity,
            "threat-actor": stix2.v21.ThreatActor,
            "intrusion-set": stix2.v21.IntrusionSet,
            "relationship": stix2.v21.Relationship,
        }
        for props in self.objects.values():
            fields = {k: v for k, v in props.items() if k != "type"}
            built.append(classes[props["type"]](**fields))
        bundle_key = ",".join(sorted(o.id for o in built))
        return stix2.v21.Bundle(objects=built, id=stix_id("bundle", bundle_key))


def _unique(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def _abstract(event: EventDict) -> str:
    actors = " → ".join(text(a) for a in (event.get("actor1"), event.get("actor2")) if a) or "unknown actors"
    place = ", ".join(text(p) for p in (event.get("place"), event.get("admin1")) if p) or "unknown place"
    kind = text(event.get("sub_event_type") or event.get("event_type")) or "Event"
    return f"{text(event.get('date')) or 'undated'}: {kind}, {actors}, {place}"


def _figure(value: Any) -> str:
    return "not reported" if value is None else text(value)


def _content(event: EventDict) -> str:
    lines = [
        text(event.get("quote")),
        "",
        f"Event type: {text(event.get('event_type'))} / {text(event.get('sub_event_type'))}",
        f"Date: {text(event.get('date'))} ({text(event.get('date_basis'))})",
        f"Location as written: {text(event.get('location_text'))}",
        f"Killed: {_figure(event.get('killed'))}; wounded: {_figure(event.get('wounded'))}",
        f"Sources: {text(event.get('sources'))}",
    ]
    for claim in claims(event):
        lines.append(
            f"Claim by {text(claim.get('source')) or 'the report'}: killed {_figure(claim.get('killed'))}, "
            f"wounded {_figure(claim.get('wounded'))}"
            + (f" ({text(claim.get('victims'))})" if claim.get("victims") else "")
        )
    for note in event.get("notes") or []:
        lines.append(f"Note: {text(note)}")
    return "\n".join(lines).strip()


def bundle(events: Sequence[EventDict], options: ExportOptions | None = None) -> Any:
    """The ``stix2`` Bundle for ``events``."""
    builder = _BundleBuilder(options or ExportOptions())
    for event in events:
        builder.event(event)
    return builder.build()


def render(events: Sequence[EventDict], options: ExportOptions) -> bytes:
    data = json.loads(bundle(events, options).serialize())
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


EXPORTER = Exporter(
    name="stix",
    extension="json",
    media_type="application/stix+json;version=2.1",
    render_events=render,
    description="STIX 2.1 bundle: reports, locations, actors, a note per event, relationships",
)
