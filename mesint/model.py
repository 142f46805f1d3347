"""The plain records that flow through the pipeline.

Frozen, slotted dataclasses with no I/O and no business logic. Every extracted value keeps a
``Span`` back into the decoded text of its ``Document``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mesint.slotinit import slot_init
from mesint.vocab import DateBasis, GeoPrecision, ItemKind


@slot_init
@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets ``[start, end)`` into a document's decoded text."""

    doc_id: str
    start: int
    end: int

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@slot_init
@dataclass(frozen=True, slots=True)
class Document:
    """One report as collected: raw bytes kept, text decoded, identified by the sha256 of the bytes."""

    id: str
    name: str
    uri: str
    raw: bytes
    text: str
    media_type: str = "text/plain"
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    fetched_at: dt.datetime | None = None


@slot_init
@dataclass(frozen=True, slots=True)
class Item:
    """One unit of the report's own structure: a bullet, a paragraph, a "Province:" line, a caption."""

    span: Span
    text: str
    kind: ItemKind
    section: tuple[str, ...] = ()
    depth: int = 0
    country: str | None = None  # from the section or the item ("Iraq", "Syria")
    admin1: str | None = None  # from a "X Province:" prefix or the section heading
    admin1_span: Span | None = None


@slot_init
@dataclass(frozen=True, slots=True)
class Citation:
    """One attribution: "(Outlet, Month D, YYYY)" — who says so, and when."""

    outlet: str
    date: dt.date | None
    span: Span
    affiliation: str | None = None
    date_text: str | None = None  # the date as printed, e.g. "February 2 and 3, 2019"

    @property
    def label(self) -> str:
        """The attribution as analysts write it: "Outlet, Month D, YYYY"."""
        parts = [self.outlet] if self.outlet else []
        if self.affiliation:
            parts.append(self.affiliation)
        if self.date_text:
            parts.append(self.date_text)
        elif self.date:
            parts.append(f"{self.date:%B} {self.date.day}, {self.date.year}")
        return ", ".join(parts)


@slot_init
@dataclass(frozen=True, slots=True)
class DateMention:
    start: dt.date
    end: dt.date
    basis: DateBasis
    span: Span | None = None
    text: str = ""

    def iso(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


@slot_init
@dataclass(frozen=True, slots=True)
class Count:
    """A casualty figure; ``low == best == high`` for one stated number."""

    low: int | None
    best: int | None
    high: int | None
    note: str | None = None  # "several", "sustained casualties": a vague amount, kept as a note

    @classmethod
    def exact(cls, n: int) -> Count:
        return cls(n, n, n)

    @classmethod
    def vague(cls, note: str) -> Count:
        return cls(None, None, None, note)


@slot_init
@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor from the alias table, with the text that named it."""

    canonical: str
    kind: str  # ACLED actor type: "State forces", "Rebel group", "Civilians", ...
    text: str = ""
    span: Span | None = None


@slot_init
@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened, as resolved by the geo stage."""

    name: str | None
    admin1: str | None
    country: str | None
    lat: float | None = None
    lon: float | None = None
    precision: GeoPrecision | None = None
    uncertainty_km: float | None = None
    gazetteer_ids: tuple[str, ...] = ()
    admin2: str | None = None
    anchor: str | None = None
    offset_km: float | None = None
    bearing_deg: float | None = None
    resolved: bool = True
    note: str | None = None


@slot_init
@dataclass(frozen=True, slots=True)
class Claim:
    """One source's version of an event: its figures and where it says them."""

    citation: Citation | None
    killed: Count | None
    wounded: Count | None
    span: Span
    victims: str | None = None


@slot_init
@dataclass(frozen=True, slots=True)
class Event:
    id: str
    doc_id: str
    date: DateMention | None
    event_type: str
    sub_event_type: str
    actor1: Actor | None
    actor2: Actor | None
    location_text: str | None
    place: Place | None
    killed: Count | None
    wounded: Count | None
    citations: tuple[Citation, ...]
    claims: tuple[Claim, ...]
    span: Span
    quote: str
    assoc_actor_1: Actor | None = None
    assoc_actor_2: Actor | None = None
    location_span: Span | None = None
    item_kind: ItemKind = ItemKind.INCIDENT
    section: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    # field name -> span it was read from (provenance for every field)
    provenance: tuple[tuple[str, Span], ...] = ()


@slot_init
@dataclass(frozen=True, slots=True)
class NonEvent:
    """An item that is not an incident: assessment, statement, forecast, background, caption."""

    kind: ItemKind
    quote: str
    span: Span


@slot_init
@dataclass(frozen=True, slots=True)
class Problem:
    """A soft failure, kept with the report instead of aborting it."""

    stage: str
    message: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Report:
    """The one record that flows through the pipeline."""

    document: Document
    items: tuple[Item, ...] = ()
    events: tuple[Event, ...] = ()
    non_events: tuple[NonEvent, ...] = ()
    problems: tuple[Problem, ...] = field(default_factory=tuple)
