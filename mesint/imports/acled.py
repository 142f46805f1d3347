"""An ACLED CSV export → stored events with source "ACLED", for comparing their coding with ours.

The file becomes one ``Document`` (id = sha256 of its bytes, media type text/csv, publisher ACLED), so
importing it twice changes nothing, and each Iraq or Syria row one ``Event`` whose span is the row's
characters in that document: ``mesint show`` quotes the row back. Rows of other countries are skipped and
counted; a row that cannot be read (no date, a bad coordinate) is skipped and reported by line number.

Event ids hash ACLED's ``event_id_cnty``, so the same ACLED event in two overlapping exports is stored
once (the first import keeps it). Field by field:

- ``event_date`` (ISO, "15 March 2021" or "15/03/2021") → a one-day date; ``time_precision`` 2 or 3 is kept
  as a note, since ACLED then only knows the week or the month.
- actors and associated actors as ACLED names them; ``inter1``/``inter2`` give their actor type.
- ``admin1`` → the gazetteer's canonical governorate (ACLED's "Ninewa" is our "Nineveh").
- ``geo_precision`` → precision and an uncertainty radius (``PRECISION_RADIUS_KM``; a governorate's own
  radius for precision 3).
- ``fatalities`` → killed, as ACLED's one claim; ACLED's own sources go into the notes.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from mesint.errors import InputError
from mesint.knowledge.actors import ACTOR_KINDS
from mesint.model import Actor, Citation, Claim, Count, DateMention, Document, Event, Place, Report, Span
from mesint.store.base import Store
from mesint.vocab import DateBasis, GeoPrecision

SOURCE = "ACLED"
MEDIA_TYPE = "text/csv"
COUNTRIES = ("Iraq", "Syria")
REQUIRED = ("event_date", "event_type", "sub_event_type", "actor1", "country", "latitude", "longitude")
PRECISION_RADIUS_KM = {1: 2.0, 2: 15.0}
"""Uncertainty radius for ACLED geo precision 1 (the town) and 2 (near it, part of a region)."""
MAX_BAD_ROWS_SHOWN = 5
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y", "%d/%m/%Y")
_KIND_BY_INTER = {code: kind for kind, code in ACTOR_KINDS.items()}


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What one ``import acled`` did."""

    document_id: str
    rows: int
    events: int  # Iraq/Syria rows read into events
    events_added: int  # of those, not stored before
    new_document: bool
    skipped_countries: dict[str, int] = field(default_factory=dict)
    bad_rows: tuple[str, ...] = ()  # "line N: why"


def _date(value: str) -> dt.date:
    value = value.strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"event_date {value!r} is not a date")


def _int(value: str | None) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return int(float(value))
    except ValueError:
        return None


def _coordinate(record: dict[str, str], column: str, bound: float) -> float | None:
    """A coordinate, None when blank (ACLED always gives one; our own exports may not)."""
    value = (record.get(column) or "").strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"{column} {value!r} is not a number") from None
    if not -bound <= number <= bound:
        raise ValueError(f"{column} {number} is out of range")
    return number


def _actor(name: str | None, inter: int | None) -> Actor | None:
    name = (name or "").strip()
    if not name:
        return None
    return Actor(canonical=name, kind=_KIND_BY_INTER.get(inter or 0, ""), text=name)


def _canonical_admin1(name: str) -> str:
    from mesint.geo import load_gazetteer

    return load_gazetteer().canonical_admin1(name) or name


def _admin1_radius(name: str) -> float:
    from mesint.geo import load_gazetteer

    return load_gazetteer().admin1_radius_km(name)


def _records(text: str) -> tuple[list[str], list[tuple[dict[str, str], int, int, int]]]:
    """Header and rows of a CSV text, each row with its character span and first line number.

    The csv module gives no offsets, so the reader is fed line by line and the lines each record used
    are counted (a quoted field may span lines).
    """
    # Split on "\n" only: str.splitlines also breaks on characters that may sit inside a field.
    lines = [line for line in re.split(r"(?<=\n)", text) if line]
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    sample = lines[0] if lines else ""
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.reader(iter(lines), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("the file is empty") from None
    except csv.Error as exc:
        raise InputError(f"not a CSV file ({exc})") from None
    columns = [h.strip().lower() for h in header]
    rows = []
    consumed = reader.line_num
    try:
        for values in reader:
            first, consumed = consumed, reader.line_num
            if not any(v.strip() for v in values):
                continue
            record = dict(zip(columns, values, strict=False))
            start, end = starts[first], starts[consumed]
            while end > start and text[end - 1] in "\r\n":
                end -= 1
            rows.append((record, start, end, first + 1))
    except csv.Error as exc:
        raise InputError(f"line {reader.line_num}: not valid CSV ({exc})") from None
    return columns, rows


def _event(record: dict[str, str], doc_id: str, span: Span, text: str) -> Event:
    acled_id = (record.get("event_id_cnty") or "").strip()
    key = f"acled:{acled_id}" if acled_id else f"acled:{doc_id}:{span.start}"
    event_id = hashlib.sha256(key.encode()).hexdigest()[:16]
    if not (record.get("event_date") or "").strip():
        raise ValueError("no event_date")
    day = _date(record["event_date"])
    lat, lon = _coordinate(record, "latitude", 90), _coordinate(record, "longitude", 180)
    if (lat is None) != (lon is None):
        raise ValueError("latitude and longitude: one is given without the other")
    precision_code = _int(record.get("geo_precision"))
    precision = GeoPrecision(precision_code) if precision_code in (1, 2, 3) else None
    admin1 = _canonical_admin1(record.get("admin1", "").strip()) if record.get("admin1", "").strip() else None
    if precision == GeoPrecision.REGION:
        radius = _admin1_radius(admin1) if admin1 else None
    else:
        radius = PRECISION_RADIUS_KM.get(precision_code or 0)
    location = (record.get("location") or "").strip() or None
    place = Place(
        name=location,
        admin1=admin1,
        country=record["country"].strip(),
        lat=lat,
        lon=lon,
        precision=precision,
        uncertainty_km=radius,
        admin2=(record.get("admin2") or "").strip() or None,
        note="as coded by ACLED",
    )
    citation = Citation(outlet=SOURCE, date=None, span=span)
    fatalities = _int(record.get("fatalities"))
    killed = Count.exact(fatalities) if fatalities is not None else None
    notes = []
    if acled_id:
        notes.append(f"ACLED event {acled_id}")
    time_precision = _int(record.get("time_precision"))
    if time_precision in (2, 3):
        known = "week" if time_precision == 2 else "month"
        notes.append(f"ACLED time precision {time_precision}: the date is known to the {known}")
    if (record.get("source") or "").strip():
        notes.append(f"ACLED sources: {record['source'].strip()}")
    if (record.get("civilian_targeting") or "").strip():
        notes.append(record["civilian_targeting"].strip())
    inter1, inter2 = _int(record.get("inter1")), _int(record.get("inter2"))
    return Event(
        id=event_id,
        doc_id=doc_id,
        date=DateMention(day, day, DateBasis.STATED, span=span, text=record["event_date"].strip()),
        event_type=record["event_type"].strip(),
        sub_event_type=record["sub_event_type"].strip(),
        actor1=_actor(record.get("actor1"), inter1),
        actor2=_actor(record.get("actor2"), inter2),
        assoc_actor_1=_actor(record.get("assoc_actor_1"), None),
        assoc_actor_2=_actor(record.get("assoc_actor_2"), None),
        location_text=location,
        place=place,
        killed=killed,
        wounded=None,
        citations=(citation,),
        claims=(Claim(citation=citation, killed=killed, wounded=None, span=span),),
        span=span,
        quote=(record.get("notes") or "").strip() or text[span.start : span.end],
        notes=tuple(notes),
    )


def read_acled(raw: bytes, *, name: str, uri: str | None = None) -> tuple[Report, ImportSummary]:
    """Parse an ACLED CSV export into a report (pure: nothing is stored)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: not UTF-8 text; ACLED exports are UTF-8 CSV") from None
    if "\x00" in text:
        raise InputError(f"{name}: a binary file, not an ACLED CSV export")
    try:
        columns, rows = _records(text)
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise InputError(
            f"{name}: not an ACLED export: missing column(s) {', '.join(missing)} "
            f"(found {', '.join(columns[:8])}{' ...' if len(columns) > 8 else ''})"
        )
    doc_id = hashlib.sha256(raw).hexdigest()
    skipped: Counter[str] = Counter()
    bad: list[str] = []
    events: list[Event] = []
    for record, start, end, line in rows:
        country = (record.get("country") or "").strip()
        if country not in COUNTRIES:
            skipped[country or "(none)"] += 1
            continue
        try:
            events.append(_event(record, doc_id, Span(doc_id, start, end), text))
        except (ValueError, KeyError) as exc:
            bad.append(f"line {line}: {exc}")
    document = Document(
        id=doc_id,
        name=name,
        uri=uri or name,
        raw=raw,
        text=text,
        media_type=MEDIA_TYPE,
        title=f"ACLED export {name}",
        publisher=SOURCE,
        fetched_at=dt.datetime.now(dt.UTC),
    )
    summary = ImportSummary(
        document_id=doc_id,
        rows=len(rows),
        events=len(events),
        events_added=0,
        new_document=False,
        skipped_countries=dict(skipped),
        bad_rows=tuple(bad),
    )
    return Report(document=document, events=tuple(events)), summary


def import_acled(path: str | Path, store: Store) -> ImportSummary:
    """Read the ACLED CSV at ``path`` and store its Iraq and Syria rows as events (one transaction)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: a folder, not an ACLED CSV file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    report, summary = read_acled(raw, name=path.name, uri=path.resolve().as_uri())
    if not summary.rows:
        raise InputError(f"{path}: a header and no rows: nothing to import")
    result = store.add_report(report)
    return ImportSummary(
        document_id=summary.document_id,
        rows=summary.rows,
        events=summary.events,
        events_added=result.events_added,
        new_document=result.new_document,
        skipped_countries=summary.skipped_countries,
        bad_rows=summary.bad_rows,
    )


def is_acled_document(doc: dict[str, object]) -> bool:
    """Whether a ``store.documents()`` row is an imported ACLED file."""
    return doc.get("publisher") == SOURCE and doc.get("media_type") == MEDIA_TYPE
