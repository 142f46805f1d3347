"""Time ingest (extract + store + reconcile) of one digest into a database of many events.

    python bench/reconcile.py                       # 10,000 synthetic events over 2019, then the sample digest
    python bench/reconcile.py --events 50000 --days 90 --keep /tmp/bench.db

The database is built through the store API: ``add_report`` of synthetic reports of 50 events each, not
reconciled (random events merging would only blur the figure), at fourteen towns of the region around the
sample's dates, so the digest meets hundreds of candidates. Prints the build time and, for the digest,
extraction and store + reconciliation times separately (the issue's target: a few seconds in all).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import tempfile
import time
from pathlib import Path

from mesint.collect.files import read_document
from mesint.model import Actor, Citation, Claim, Count, DateMention, Document, Event, Place, Report, Span
from mesint.pipeline import extract_document
from mesint.store import open_store
from mesint.vocab import EVENT_TYPES, DateBasis, GeoPrecision

SAMPLE = Path(__file__).resolve().parent.parent / "mesint" / "data" / "samples" / "itic-2019-02-06.txt"
START = dt.date(2019, 1, 1)
ACTORS = (
    "Islamic State (ISIS)",
    "Military Forces of Syria",
    "Military Forces of Iraq",
    "Syrian Democratic Forces (SDF)",
    "Hayat Tahrir al-Sham (HTS)",
    "Popular Mobilization Forces (PMF)",
    "Civilians (Syria)",
    "Civilians (Iraq)",
)
OUTLETS = ("SANA", "Reuters", "Shafaq News", "Syrian Observatory for Human Rights", "Amaq News Agency")
# (name, admin1, country, lat, lon): towns the sample and its region talk about.
PLACES = (
    ("Albukamal", "Deir ez-Zor", "Syria", 34.452, 40.919),
    ("Hajin", "Deir ez-Zor", "Syria", 34.695, 40.831),
    ("Manbij", "Aleppo", "Syria", 36.528, 37.955),
    ("Aleppo", "Aleppo", "Syria", 36.202, 37.161),
    ("Hama", "Hama", "Syria", 35.131, 36.757),
    ("Idlib", "Idlib", "Syria", 35.931, 36.634),
    ("Mosul", "Nineveh", "Iraq", 36.335, 43.119),
    ("Samarra", "Salah al-Din", "Iraq", 34.196, 43.886),
    ("Tikrit", "Salah al-Din", "Iraq", 34.607, 43.678),
    ("Haditha", "Al-Anbar", "Iraq", 34.137, 42.377),
    ("Ramadi", "Al-Anbar", "Iraq", 33.419, 42.663),
    ("Kirkuk", "Kirkuk", "Iraq", 35.468, 44.392),
    ("Tarmiyah", "Baghdad", "Iraq", 33.674, 44.396),
    ("Baqubah", "Diyala", "Iraq", 33.746, 44.643),
)


def synthetic_report(n: int, rng: random.Random, days: int, per_doc: int) -> Report:
    text = f"synthetic report {n}\n" + "x" * 200
    raw = text.encode()
    doc_id = hashlib.sha256(raw).hexdigest()
    doc = Document(id=doc_id, name=f"synthetic-{n:05d}.txt", uri="", raw=raw, text=text)
    span = Span(doc_id, 0, 10)
    events = []
    for i in range(per_doc):
        event_type = rng.choice(tuple(EVENT_TYPES))
        sub = rng.choice(EVENT_TYPES[event_type])
        name, admin1, country, lat, lon = rng.choice(PLACES)
        day = START + dt.timedelta(days=rng.randrange(days))
        outlet = rng.choice(OUTLETS)
        cite = Citation(outlet, day, span)
        killed = Count.exact(rng.randrange(0, 12)) if rng.random() < 0.6 else None
        a1, a2 = rng.sample(ACTORS, 2)
        events.append(
            Event(
                id=hashlib.sha256(f"{doc_id}:{i}".encode()).hexdigest()[:16],
                doc_id=doc_id,
                date=DateMention(day, day, DateBasis.STATED),
                event_type=event_type,
                sub_event_type=sub,
                actor1=Actor(a1, "x"),
                actor2=Actor(a2, "x"),
                location_text=f"near {name}",
                place=Place(
                    name,
                    admin1,
                    country,
                    lat + rng.uniform(-0.2, 0.2),
                    lon + rng.uniform(-0.2, 0.2),
                    GeoPrecision.NEAR,
                    rng.choice((2.0, 8.0, 15.0)),
                ),
                killed=killed,
                wounded=None,
                citations=(cite,),
                claims=(Claim(cite, killed, None, span),),
                span=span,
                quote=f"{a1} attacked {a2} near {name} ({outlet}) #{n}-{i}",
            )
        )
    return Report(document=doc, events=tuple(events))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=365, help="spread the events over this many days of 2019")
    parser.add_argument("--per-doc", type=int, default=50)
    parser.add_argument("--keep", type=Path, help="write the database here instead of a temporary folder")
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.db"
        path.unlink(missing_ok=True)
        with open_store(str(path)) as store:
            t0 = time.perf_counter()
            for n in range(args.events // args.per_doc):
                store.add_report(synthetic_report(n, rng, args.days, args.per_doc))
            build = time.perf_counter() - t0
            stored = store.count_events()
            print(f"built {args.events:,} events ({stored:,} incidents) in {build:.1f} s")
            doc = read_document(SAMPLE)
            t1 = time.perf_counter()
            report = extract_document(doc)
            t2 = time.perf_counter()
            result = store.add_report(report, reconcile=True)
            t3 = time.perf_counter()
            merged = stored + result.events_added - store.count_events()
            print(f"digest {doc.name}: {result.events_added} events, {merged} merged into stored incidents")
            print(f"  extract {t2 - t1:.2f} s + store and reconcile {t3 - t2:.2f} s = {t3 - t1:.2f} s")
            t4 = time.perf_counter()
            listed = store.events()
            print(f"  list all {len(listed):,} incidents: {time.perf_counter() - t4:.2f} s")


if __name__ == "__main__":
    main()
