"""Time one week's digest from a database of many synthetic events (target: under 10 s for 100,000).

    python bench/digest.py                    # 100,000 events over ten years, digest of one week, 3 runs
    python bench/digest.py --events 20000 --keep /tmp/bench.db --runs 5

The database is built with SQLAlchemy Core inserts into the store's own tables (documents, events,
citations, claims, non_events); each event record has the ``event_to_dict`` shape. Each run is a fresh
Python process, as ``mesint digest`` is: its imports, the store's first queries and every file written
(HTML, PDF, Markdown, PNGs). Prints wall and CPU seconds per stage, the median over the runs, and the whole
process's wall and CPU time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from mesint.geo import load_gazetteer
from mesint.knowledge.outlets import load_outlets
from mesint.store import open_store, schema
from mesint.vocab import EVENT_TYPES

START = dt.date(2015, 1, 1)
DAYS = 3653
ACTORS = (
    "Islamic State (ISIS)",
    "Military Forces of Syria",
    "Military Forces of Iraq",
    "Syrian Democratic Forces (SDF)",
    "Hayat Tahrir al-Sham (HTS)",
    "Popular Mobilization Forces",
    "Military Forces of Turkey",
    "Civilians (Syria)",
    "Civilians (Iraq)",
)


def build_database(path: Path, n_events: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    store = open_store(str(path))
    govs = load_gazetteer().governorates
    outlets = [o.name for o in load_outlets()]
    types = [(t, s) for t, subs in EVENT_TYPES.items() for s in subs]
    weeks = DAYS // 7 + 1
    now = dt.datetime(2025, 1, 1)
    docs = []
    for w in range(weeks):
        published = START + dt.timedelta(days=7 * w + 6)
        docs.append({
            "id": hashlib.sha256(f"bench-doc-{w}".encode()).hexdigest(),
            "name": f"bench-week-{w:04d}.txt", "uri": "", "media_type": "text/plain", "title": None,
            "publisher": "bench", "published": published, "fetched_at": None, "ingested_at": now,
            "text": "synthetic", "raw": b"synthetic",
        })
    events, citations, claims, non_events = [], [], [], []
    for n in range(n_events):
        day = START + dt.timedelta(days=rng.randrange(DAYS))
        doc = docs[min((day - START).days // 7, weeks - 1)]
        gov = rng.choice(govs)
        lat, lon = gov.lat + rng.uniform(-0.4, 0.4), gov.lon + rng.uniform(-0.4, 0.4)
        event_type, sub = rng.choice(types)
        a1, a2 = rng.sample(ACTORS, 2)
        killed = rng.choice([None, None, 0, 1, 1, 2, 3, 5, 8, 13, 40])
        outs = rng.sample(outlets, rng.choice([1, 1, 1, 2, 3]))
        eid = hashlib.sha256(f"bench-event-{n}".encode()).hexdigest()[:16]
        quote = f"Synthetic incident {n}: {a1} and {a2} near {gov.capital} ({outs[0]}, {day:%B} {day.day}, {day.year})."
        label = f"{day:%B} {day.day}, {day.year}"
        cits = [{"outlet": o, "date": day.isoformat(), "affiliation": None, "label": f"{o}, {label}", "span": [0, 9]}
                for o in outs]
        cls = [{"source": c["label"], "killed": (killed + rng.choice([0, 0, 2]) if killed is not None else None),
                "wounded": None, "killed_note": None, "wounded_note": None, "victims": None, "span": [0, 9]}
               for c in cits]
        record = {
            "id": eid, "date": day.isoformat(), "date_basis": "stated", "event_type": event_type,
            "sub_event_type": sub, "actor1": a1, "actor2": a2, "assoc_actor_1": None, "assoc_actor_2": None,
            "location_text": f"near {gov.capital}", "place": gov.capital, "admin1": gov.name, "country": gov.country,
            "lat": lat, "lon": lon, "geo_precision": 2, "uncertainty_km": rng.choice([1.0, 5.0, 12.0, 30.0]),
            "killed": killed, "wounded": None, "sources": [c["label"] for c in cits], "citations": cits,
            "claims": cls, "quote": quote, "span": [0, 9], "document": doc["id"], "section": [], "geo": None,
            "notes": [], "provenance": {},
        }
        events.append({
            "id": eid, "document_id": doc["id"], "date_start": day, "date_end": day, "date_basis": "stated",
            "event_type": event_type, "sub_event_type": sub, "actor1": a1, "actor2": a2, "assoc_actor_1": None,
            "assoc_actor_2": None, "location_text": record["location_text"], "place": gov.capital, "admin1": gov.name,
            "admin2": None, "country": gov.country, "lat": lat, "lon": lon, "geo_precision": 2,
            "uncertainty_km": record["uncertainty_km"], "killed": killed, "wounded": None, "quote": quote,
            "span_start": 0, "span_end": 9, "section": None, "notes": None, "record": record,
            "incident_id": eid,  # each synthetic event stands alone: its own incident
        })
        for i, c in enumerate(cits):
            citations.append({"event_id": eid, "document_id": doc["id"], "ordinal": i, "outlet": c["outlet"],
                              "date": day, "date_text": None, "affiliation": None, "label": c["label"],
                              "span_start": 0, "span_end": 9})
            claims.append({"event_id": eid, "document_id": doc["id"], "ordinal": i, "source": c["label"],
                           "outlet": c["outlet"], "source_date": day, "killed": cls[i]["killed"],
                           "span_start": 0, "span_end": 9})
    for w, doc in enumerate(docs):
        for k, kind in enumerate(("assessment", "statement", "forecast")):
            non_events.append({"document_id": doc["id"], "ordinal": k, "kind": kind, "span_start": 0, "span_end": 9,
                               "quote": f"Synthetic {kind} of week {w} (Bench outlet, {doc['published']:%B %d, %Y})."})
    with store.engine.begin() as conn:  # type: ignore[attr-defined]
        for table, rows in ((schema.documents, docs), (schema.events, events), (schema.citations, citations),
                            (schema.claims, claims), (schema.non_events, non_events)):
            for i in range(0, len(rows), 5000):
                conn.execute(table.insert(), rows[i : i + 5000])
    store.close()


def one_run(db: Path, start: dt.date, out: Path, pdf: bool) -> dict[str, object]:
    """One digest in this process, stage by stage (the imports first, as the command pays them)."""
    from mesint.publish.digest import Timings, stage

    timings: Timings = {}
    with stage(timings, "imports"):
        import matplotlib.pyplot  # noqa: F401  (the figures' import, paid by the first digest of a process)
        import weasyprint  # noqa: F401

        from mesint.publish.digest import collect_digest
        from mesint.publish.render import write_digest
    end = start + dt.timedelta(days=6)
    with open_store(str(db)) as store:
        digest = collect_digest(store, start, end, timings=timings)
    files = write_digest(digest, out, pdf=pdf, timings=timings)
    pages = 0
    if files.pdf and shutil.which("pdfinfo"):  # poppler-utils, where installed
        info = subprocess.run(["pdfinfo", str(files.pdf)], capture_output=True, text=True).stdout
        pages = int(next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), 0))
    return {"stages": timings, "events": len(digest.incidents), "images": len(files.images), "pdf_pages": pages}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--week", default="2020-03-02", help="first day of the digest week")
    parser.add_argument("--keep", type=Path, help="build (or reuse) the database at this path")
    parser.add_argument("--runs", type=int, default=3, help="digests to time, each in a fresh process")
    parser.add_argument("--no-pdf", action="store_true")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # one run, its figures as JSON
    args = parser.parse_args()
    start = dt.date.fromisoformat(args.week)
    tmp = tempfile.TemporaryDirectory()
    if args.child:
        print(json.dumps(one_run(args.child, start, Path(tmp.name) / "out", not args.no_pdf)))
        return 0
    db = args.keep or Path(tmp.name) / "bench.db"
    if not db.exists():
        t0 = time.perf_counter()
        build_database(db, args.events)
        print(f"built {args.events:,} events in {time.perf_counter() - t0:.1f} s: {db}")
    with open_store(str(db)) as store, store.engine.connect() as conn:  # type: ignore[attr-defined]
        stored = conn.execute(sa.select(sa.func.count()).select_from(schema.events)).scalar()
    runs = []
    for _ in range(max(1, args.runs)):
        command = [sys.executable, __file__, "--child", str(db), "--week", args.week]
        cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        done = subprocess.run(command + (["--no-pdf"] if args.no_pdf else []), capture_output=True, text=True)
        wall = time.perf_counter() - t0
        cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            print(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "the run failed", file=sys.stderr)
            return 1
        run = json.loads(done.stdout.strip().splitlines()[-1])
        run["process"] = [wall, (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)]
        runs.append(run)
    first = runs[0]
    print(
        f"digest {start}..{start + dt.timedelta(days=6)}: {first['events']} of {stored:,} stored events, "
        f"{first['images']} images, {first['pdf_pages'] or 'no'} PDF pages; median of {len(runs)} fresh processes"
    )
    print(f"{'stage':<24}{'wall s':>8}{'CPU s':>8}")
    for name in first["stages"]:
        wall = statistics.median(r["stages"][name][0] for r in runs)
        cpu = statistics.median(r["stages"][name][1] for r in runs)
        print(f"{name:<24}{wall:>8.2f}{cpu:>8.2f}")
    staged = [(sum(w for w, _ in r["stages"].values()), sum(c for _, c in r["stages"].values())) for r in runs]
    print(f"{'stages, total':<24}{statistics.median(w for w, _ in staged):>8.2f}"
          f"{statistics.median(c for _, c in staged):>8.2f}")
    print(f"{'whole process':<24}{statistics.median(r['process'][0] for r in runs):>8.2f}"
          f"{statistics.median(r['process'][1] for r in runs):>8.2f}")
    print("runs (whole process wall s): " + ", ".join(f"{r['process'][0]:.2f}" for r in runs))
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
