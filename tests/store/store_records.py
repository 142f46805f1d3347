"""Hand-built records for the store tests: a short digest in the genre, written for these tests."""

from __future__ import annotations

import datetime as dt
import hashlib

from mesint.model import (
    Actor,
    Citation,
    Claim,
    Count,
    DateMention,
    Document,
    Event,
    NonEvent,
    Place,
    Report,
    Span,
)
from mesint.vocab import DateBasis, GeoPrecision, ItemKind

DIGEST = "\n".join(
    (
        "Weekly digest, February 4-10, 2019",
        "",
        "Syria",
        "Hama Province: On February 5, 2019, Hurras al-Din fighters attacked a Syrian army position near "
        "Kafr Nabudah, killing three soldiers (SANA, February 5, 2019).",
        "On the night of February 6-7, 2019, a coalition air strike hit an ISIS hideout in Hajin, "
        "Deir ez-Zor (Deir ez-Zor 24, February 7, 2019).",
        "Iraq",
        "An IED exploded near Tarmiyah north of Baghdad on February 8, 2019, killing two soldiers and "
        "wounding four (Shafaq News, February 8, 2019; Alsumaria, February 8, 2019).",
        "In the ITIC's assessment, the attacks will continue in the coming weeks.",
        "",
    )
)


def make_document(text: str = DIGEST, *, name: str = "digest-2019-02-10.txt") -> Document:
    raw = text.encode("utf-8")
    return Document(
        id=hashlib.sha256(raw).hexdigest(),
        name=name,
        uri=f"file:///reports/{name}",
        raw=raw,
        text=text,
        title="Weekly digest",
        publisher="Test Centre",
        published=dt.date(2019, 2, 10),
        fetched_at=dt.datetime(2019, 2, 10, 12, 30, tzinfo=dt.UTC),
    )


def span_of(doc: Document, needle: str, start: int = 0) -> Span:
    i = doc.text.index(needle, start)
    return Span(doc.id, i, i + len(needle))


def event_id(doc: Document, span: Span, ordinal: int = 0) -> str:
    return hashlib.sha256(f"{doc.id}:{span.start}:{span.end}:{ordinal}".encode()).hexdigest()[:16]


def citation(doc: Document, outlet: str, day: dt.date, within: Span) -> Citation:
    text = f"{outlet}, {day:%B} {day.day}, {day.year}"
    return Citation(outlet=outlet, date=day, span=span_of(doc, text, within.start), date_text=None)


def make_event(
    doc: Document,
    quote: str,
    *,
    dates: tuple[dt.date, dt.date],
    event_type: str,
    sub_event_type: str,
    actor1: str,
    actor2: str | None,
    place: str,
    admin1: str,
    country: str,
    outlets: tuple[str, ...],
    killed: int | None = None,
    wounded: int | None = None,
    lat: float | None = None,
    lon: float | None = None,
) -> Event:
    span = span_of(doc, quote)
    cites = tuple(citation(doc, o, dates[1], span) for o in outlets)
    k = Count.exact(killed) if killed is not None else None
    w = Count.exact(wounded) if wounded is not None else None
    claims = tuple(Claim(citation=c, killed=k, wounded=w, span=span) for c in cites)
    a1 = Actor(actor1, "Rebel group", text=actor1)
    place_span = span_of(doc, place, span.start)
    return Event(
        id=event_id(doc, span),
        doc_id=doc.id,
        date=DateMention(dates[0], dates[1], DateBasis.STATED),
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor1=a1,
        actor2=Actor(actor2, "State forces") if actor2 else None,
        location_text=place,
        place=Place(place, admin1, country, lat, lon, GeoPrecision.EXACT, 2.0, ("geonames:1",)),
        killed=k,
        wounded=w,
        citations=cites,
        claims=claims,
        span=span,
        quote=quote,
        location_span=place_span,
        section=(country,),
        notes=("test note",),
        provenance=(("location_text", place_span), ("date", span_of(doc, "February", span.start))),
    )


def digest_report(doc: Document | None = None) -> Report:
    """Three events (one with a date range, one with two sources) and one assessment."""
    doc = doc or make_document()
    line = {w: next(x for x in doc.text.splitlines() if w in x) for w in ("Hurras", "Hajin", "Tarmiyah")}
    hama = make_event(
        doc,
        line["Hurras"],
        dates=(dt.date(2019, 2, 5), dt.date(2019, 2, 5)),
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Hurras al-Din",
        actor2="Military Forces of Syria",
        place="Kafr Nabudah",
        admin1="Hama",
        country="Syria",
        outlets=("SANA",),
        killed=3,
        lat=35.44,
        lon=36.50,
    )
    hajin = make_event(
        doc,
        line["Hajin"],
        dates=(dt.date(2019, 2, 6), dt.date(2019, 2, 7)),
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        actor1="Global Coalition Against Daesh",
        actor2="Islamic State (IS)",
        place="Hajin",
        admin1="Deir ez-Zor",
        country="Syria",
        outlets=("Deir ez-Zor 24",),
    )
    tarmiyah = make_event(
        doc,
        line["Tarmiyah"],
        dates=(dt.date(2019, 2, 8), dt.date(2019, 2, 8)),
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        actor1="Islamic State (IS)",
        actor2="Military Forces of Iraq",
        place="Tarmiyah",
        admin1="Baghdad",
        country="Iraq",
        outlets=("Shafaq News", "Alsumaria"),
        killed=2,
        wounded=4,
    )
    assessment = span_of(doc, "In the ITIC's assessment, the attacks will continue in the coming weeks.")
    return Report(
        document=doc,
        events=(hama, hajin, tarmiyah),
        non_events=(NonEvent(ItemKind.ASSESSMENT, doc.text[assessment.start : assessment.end], assessment),),
    )
