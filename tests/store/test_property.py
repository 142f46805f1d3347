"""Property tests (sqlite-utils' habit): whatever text an event carries, the store gives it back unchanged."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import replace

import pytest
import sqlalchemy as sa
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from store_records import digest_report, make_document

from mesint.errors import StoreError
from mesint.model import Actor, Citation, Claim, Count, DateMention, Document, Event, Place, Report, Span
from mesint.query import EventQuery
from mesint.serialize import event_to_dict
from mesint.store import open_store
from mesint.store.sql import SQLStore
from mesint.vocab import EVENT_TYPES, DateBasis, GeoPrecision

text = st.text(max_size=80)
maybe_text = st.none() | text
counts = st.none() | st.integers(0, 10**6).map(Count.exact) | text.map(Count.vague)
dates = st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))
coords = st.none() | st.floats(-90, 90, allow_nan=False)


@pytest.fixture(scope="module")
def prop_store(module_db_url: str) -> Iterator[SQLStore]:
    s = open_store(module_db_url)
    assert isinstance(s, SQLStore)
    yield s
    s.close()


@st.composite
def reports(draw: st.DrawFn) -> Report:
    body = draw(st.text(min_size=1, max_size=300))
    fields = {
        "quote": draw(text),
        "location_text": draw(maybe_text),
        "actor1": draw(maybe_text),
        "actor2": draw(maybe_text),
        "place": draw(maybe_text),
        "admin1": draw(maybe_text),
        "country": draw(maybe_text),
        "outlets": draw(st.lists(text, max_size=3)),
        "notes": draw(st.lists(text, max_size=3)),
        "section": draw(st.lists(text, max_size=2)),
    }
    # Ids are content hashes, as in the pipeline: fixed once every field is drawn (below).
    doc_id = "pending"
    start = draw(st.integers(0, len(body)))
    end = draw(st.integers(start, len(body)))
    span = Span(doc_id, start, end)
    d1 = draw(dates)
    d2 = draw(st.dates(d1, dt.date(2040, 12, 31)))
    event_type = draw(st.sampled_from(sorted(EVENT_TYPES)))
    cites = tuple(Citation(o, draw(st.none() | dates), span, draw(maybe_text)) for o in fields["outlets"])
    lat = draw(coords)
    place = Place(
        fields["place"],
        fields["admin1"],
        fields["country"],
        lat,
        None if lat is None else lat * 2,
        draw(st.none() | st.sampled_from(GeoPrecision)),
        draw(st.none() | st.floats(0, 500, allow_nan=False)),
    )
    event = Event(
        id="pending",
        doc_id=doc_id,
        date=DateMention(d1, d2, draw(st.sampled_from(DateBasis))),
        event_type=event_type,
        sub_event_type=draw(st.sampled_from(EVENT_TYPES[event_type])),
        actor1=Actor(fields["actor1"], "Rebel group") if fields["actor1"] is not None else None,
        actor2=Actor(fields["actor2"], "State forces") if fields["actor2"] is not None else None,
        location_text=fields["location_text"],
        place=draw(st.none() | st.just(place)),
        killed=draw(counts),
        wounded=draw(counts),
        citations=cites,
        claims=tuple(Claim(c, draw(counts), draw(counts), span, draw(maybe_text)) for c in cites),
        span=span,
        quote=fields["quote"],
        section=tuple(fields["section"]),
        notes=tuple(fields["notes"]),
        provenance=(("quote", span),),
    )
    content = json.dumps([body, event_to_dict(event)], sort_keys=True, default=str).encode()
    doc_id = hashlib.sha256(content).hexdigest()
    event = replace(event, id=doc_id[:20], doc_id=doc_id)
    doc = Document(id=doc_id, name=draw(text) or "r.txt", uri="", raw=content, text=body)
    return Report(document=doc, events=(event,))


@settings(max_examples=60, deadline=None)
@given(report=reports())
def test_any_event_round_trips(prop_store: SQLStore, report: Report) -> None:
    # PostgreSQL's text and jsonb cannot hold NUL (test_nul_is_refused_on_postgresql); every other text can.
    assume(not (_is_postgres(prop_store) and "\\x00" in repr(report)))
    prop_store.add_report(report)
    (event,) = report.events
    expected = event_to_dict(event)
    listed = prop_store.events(EventQuery(date_from=event.date.start, date_to=event.date.start))
    (found,) = [e for e in listed if e["id"] == event.id]
    assert {k: found[k] for k in expected} == expected
    # ``event`` adds the document's summary in place of its id, and the text of every span.
    shown = prop_store.event(event.id)
    assert shown["document"]["id"] == expected["document"]
    assert [{k: v for k, v in c.items() if k != "text"} for c in shown["citations"]] == expected["citations"]
    quoted = report.document.text[event.span.start : event.span.end]
    assert [c["text"] for c in shown["claims"]] == [quoted] * len(event.claims)
    assert [c["text"] for c in shown["citations"]] == [quoted] * len(event.citations)
    assert shown["provenance_text"] == {"quote": quoted}


@settings(max_examples=60, deadline=None)
@given(q=st.text(max_size=40), actor=st.text(max_size=10))
def test_any_search_text_is_safe(prop_store: SQLStore, q: str, actor: str) -> None:
    query = EventQuery(q=q, actor=actor)
    assert len(prop_store.events(query)) == prop_store.count_events(query)


def _is_postgres(store: SQLStore) -> bool:
    return store.engine.dialect.name == "postgresql"


def test_nul_is_refused_on_postgresql(prop_store: SQLStore) -> None:
    """SQLite keeps a NUL character like any other; PostgreSQL cannot, and says so in one line, storing
    nothing of the document."""
    plain = digest_report()
    report = digest_report(make_document(plain.document.text + "\nEnd of digest\x00\n", name="nul.txt"))
    doc = report.document
    if not _is_postgres(prop_store):
        assert prop_store.add_report(report).new_document
        with prop_store.engine.connect() as conn:
            stored = conn.execute(sa.text("SELECT text FROM documents WHERE id = :i"), {"i": doc.id}).scalar_one()
        assert stored == doc.text and stored.endswith("\x00\n")
        return
    with pytest.raises(StoreError, match="NUL") as info:
        prop_store.add_report(report)
    assert "\n" not in str(info.value)
    assert not prop_store.has_document(doc.id)
