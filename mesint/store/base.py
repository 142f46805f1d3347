"""The store interface every backend implements (geopy's shape: one protocol, one module per backend)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from mesint.model import Report
from mesint.query import EventQuery


@dataclass(frozen=True, slots=True)
class AddResult:
    """What ``Store.add_report`` did with one report."""

    document_id: str
    new_document: bool
    events_added: int


@runtime_checkable
class Store(Protocol):
    """Documents and their events, written one document per transaction and read back as plain dicts."""

    url: str
    """Where the store lives, as the user would write it (a path or a database URL, no password)."""

    def add_report(self, report: Report) -> AddResult:
        """Store a report's document, events and non-events in one transaction.

        A document already stored (same sha256) changes nothing: ``new_document`` is False. Events are keyed
        by their content-hash id, so an event already present is not written again. On any failure nothing
        of this report is kept, and ``StoreError`` is raised.
        """
        ...

    def has_document(self, doc_id: str) -> bool: ...

    def events(self, q: EventQuery | None = None) -> list[dict[str, Any]]:
        """Events matching ``q`` ordered by ``date_start`` then ``id``: each is the stored
        ``event_to_dict`` output plus ``sources_count`` (distinct outlets citing it)."""
        ...

    def count_events(self, q: EventQuery | None = None) -> int:
        """How many events match ``q`` (its limit and offset are ignored)."""
        ...

    def event(self, event_id: str) -> dict[str, Any]:
        """One event by id, or by a unique id prefix of at least 6 characters; raises ``NotFound``.

        The dict is the stored event plus ``sources_count``, ``document`` ({id, name, uri, published,
        title}), a ``text`` key on each citation and claim, and ``provenance_text`` ({field: text}): the
        words each span covers in the stored document text.
        """
        ...

    def documents(self) -> list[dict[str, Any]]:
        """Every stored document (no text or bytes) with its event and non-event counts, by ingest time."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...
