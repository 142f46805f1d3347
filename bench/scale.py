"""Scale figures per back end: ingest rate, bbox + date query p95, and extraction speed-up from 1 to 2 workers.

    python bench/scale.py            # 10,000 and 100,000 synthetic events on SQLite and PostgreSQL/PostGIS
    python bench/scale.py --big      # ... and 1,000,000 on PostgreSQL (100,000 ingested, the rest cloned in SQL)
    python bench/scale.py --sizes 2000 --no-dask

Synthetic events are the events extracted from tests/reports, cloned into new documents with new ids, dates
spread over 2014-2023 and points spread over Iraq and Syria, generated one document at a time (memory stays
flat) and written through ``Store.add_report``: the real write path, one transaction per document of 100
events with its rows, JSON record and indexes (search, spatial); reconciliation off, so the figure is the
store's, not the matcher's. That path runs at about 1,000 events/s on this shared 2-core VM, so past
``--ingest-max`` (100,000) events the rest are copies of the ingested rows made in SQL (``clone_fill``: new
ids and random points, the database's own insert path with every index and trigger) and the ingest rate
printed is the add_report one of the first 100,000.

Query: the API's shape, through the store's own filters (``SQLStore._filters`` with ``EventQuery(bbox=...,
date_from=..., date_to=...)``: ``bbox_filter`` is lon/lat ranges on SQLite, the PostGIS GIST index on
PostgreSQL), the first 500 matching ids by date; 60 random boxes of 1.5 x 1.0 degrees and 180-day windows.
Digest: ``collect_digest`` + ``write_digest`` (HTML, Markdown, map and timeline PNGs; no PDF) for one week.
PostgreSQL runs in a temporary cluster (``mesint.scale.pgtemp``) with fsync off, so its ingest rate is an
upper bound.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "tests" / "reports"
BOX = (35.7, 32.3, 48.6, 37.4)  # west, south, east, north: Syria and Iraq
PER_DOC = 100


def templates() -> list[Any]:
    from mesint.collect.files import read_document
    from mesint.pipeline import extract_document

    events = []
    for path in sorted(REPORTS.glob("*.txt")):
        events.extend(extract_document(read_document(path)).events)
    return [e for e in events if e.place is not None]


def synthetic_reports(n_events: int, tmpl: list[Any], seed: int = 7) -> Iterator[Any]:
    """The synthetic reports, one at a time (the same ones for the same ``seed``)."""
    from mesint.model import DateMention, Document, Report

    rng = random.Random(seed)
    base = dt.date(2014, 1, 1)
    for k in range(0, n_events, PER_DOC):
        raw = f"synthetic report {k}".encode()
        doc_id = hashlib.sha256(raw).hexdigest()
        source = tmpl[(k // PER_DOC) % len(tmpl)]
        text = source.quote * 2  # spans of the cloned events must index into some text
        doc = Document(id=doc_id, name=f"synthetic-{k}.txt", uri="", raw=raw, text=text)
        evs = []
        for j in range(min(PER_DOC, n_events - k)):
            e = tmpl[(k + j) % len(tmpl)]
            day = base + dt.timedelta(days=rng.randrange(3650))
            place = replace(e.place, lon=rng.uniform(BOX[0], BOX[2]), lat=rng.uniform(BOX[1], BOX[3]))
            date = DateMention(start=day, end=day, basis=e.date.basis if e.date else "explicit")
            evs.append(replace(e, id=f"s{k + j:08d}", doc_id=doc_id, date=date, place=place, citations=(),
                               claims=(), provenance=()))
        yield Report(document=doc, events=tuple(evs))


def ingest_rate(store: Any, reports: Iterator[Any]) -> tuple[float, float]:
    """(events per second, seconds) over the reports' ``add_report`` calls (generating them not counted)."""
    n, spent = 0, 0.0
    for r in reports:
        t = time.perf_counter()
        store.add_report(r)
        spent += time.perf_counter() - t
        n += len(r.events)
    return n / spent, spent


def clone_fill(store: Any, target: int) -> tuple[int, float]:
    """Grow ``events`` to ``target`` rows by copying the ingested ones in SQL (new ids, new random points,
    dates kept), batch by batch: the database's own insert path, indexes and triggers included, without
    Python building each row. Returns (rows added, seconds)."""
    from mesint.store.schema import events as ev

    sqlite = store.engine.dialect.name == "sqlite"
    rnd = "(abs(random()) % 1000000) / 1000000.0" if sqlite else "random()"
    record = "json_set(record, '$.id', {new})" if sqlite else "jsonb_set(record, '{{id}}', to_jsonb({new}))"
    cols = [c.name for c in ev.columns]
    added, t = 0, time.perf_counter()
    with store.engine.connect() as conn:
        have = conn.execute(sa.text("SELECT count(*) FROM events")).scalar_one()
        base = conn.execute(sa.text("SELECT count(*) FROM events WHERE id LIKE 's%'")).scalar_one()
    k = 0
    while have + added < target:
        k += 1
        new = f"'c{k}-' || id"
        exprs = {
            "id": new,
            "incident_id": new,
            "lon": f"{BOX[0]} + {rnd} * {BOX[2] - BOX[0]:.4f}",
            "lat": f"{BOX[1]} + {rnd} * {BOX[3] - BOX[1]:.4f}",
            "record": record.format(new=new),
        }
        m = min(base, target - have - added)
        sql = (
            f"INSERT INTO events ({', '.join(cols)}) SELECT {', '.join(exprs.get(c, c) for c in cols)} "
            f"FROM events WHERE id LIKE 's%' ORDER BY id LIMIT {m}"
        )
        with store.engine.begin() as conn:
            conn.execute(sa.text(sql))  # text(): the "%" of LIKE and modulo escaped for each driver
        added += m
    return added, time.perf_counter() - t


def query_p95(store: Any, runs: int = 60, seed: int = 11) -> tuple[float, int]:
    """(p95 in ms, median rows) of the bbox + date query through the store's filters."""
    from mesint.query import EventQuery
    from mesint.store.schema import events as ev

    rng = random.Random(seed)
    times, rows = [], []
    with store.engine.connect() as conn:
        for _ in range(runs):
            w, s = rng.uniform(BOX[0], BOX[2] - 1.5), rng.uniform(BOX[1], BOX[3] - 1.0)
            d0 = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(3000))
            q = EventQuery(bbox=(w, s, w + 1.5, s + 1.0), date_from=d0, date_to=d0 + dt.timedelta(days=180))
            stmt = sa.select(ev.c.id).where(*store._filters(q)).order_by(ev.c.date_start, ev.c.id).limit(500)
            t = time.perf_counter()
            rows.append(len(conn.execute(stmt).all()))
            times.append(time.perf_counter() - t)
    return statistics.quantiles(times, n=20)[18] * 1000, int(statistics.median(rows))


def digest_seconds(store: Any, out: Path) -> float:
    """Seconds to collect and write one week's digest (no PDF) from the store."""
    from mesint.publish.digest import collect_digest
    from mesint.publish.render import write_digest

    t = time.perf_counter()
    record = collect_digest(store, dt.date(2019, 2, 4), dt.date(2019, 2, 10))
    write_digest(record, out, pdf=False)
    return time.perf_counter() - t


def extraction_speedup(workers_list: tuple[int, ...] = (1, 2), repeat: int = 3) -> dict[int, float]:
    """Seconds to extract tests/reports ``repeat`` times on a LocalCluster of 1 and of 2 workers."""
    from mesint.collect.files import read_document
    from mesint.scale.dask import _extract, dask_client

    docs = [read_document(p) for p in sorted(REPORTS.glob("*.txt"))] * repeat
    out = {}
    for n in workers_list:
        with dask_client(workers=n) as client:
            client.gather(client.map(_extract, docs[: 2 * n], pure=False))  # warm: knowledge loaded per worker
            t = time.perf_counter()
            client.gather(client.map(_extract, docs, pure=False))
            out[n] = time.perf_counter() - t
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--big", action="store_true", help="also 1,000,000 events")
    ap.add_argument("--sizes", type=int, nargs="*", help="event counts (default 10000 100000)")
    ap.add_argument("--no-pg", action="store_true", help="SQLite only")
    ap.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    ap.add_argument("--sqlite-max", type=int, default=100_000,
                    help="largest size also run on SQLite (default 100000; larger sizes: PostgreSQL only)")
    ap.add_argument("--ingest-max", type=int, default=100_000,
                    help="events written through add_report per size; the rest are cloned in SQL (default 100000)")
    ap.add_argument("--no-dask", action="store_true", help="skip the extraction speed-up")
    args = ap.parse_args(argv)
    sizes = args.sizes or [10_000, 100_000] + ([1_000_000] if args.big else [])

    from mesint.store import open_store

    tmpl = templates()
    t0 = time.process_time()
    cluster = None
    if not args.no_pg:
        from mesint.scale.pgtemp import start_cluster

        cluster = start_cluster()
    try:
        print(f"{'backend':<10}{'events':>10}{'ingest ev/s':>13}{'ingest s':>10}{'query p95 ms':>14}"
              f"{'rows':>6}{'digest s':>10}", flush=True)
        for n in sizes:
            with tempfile.TemporaryDirectory() as tmp:
                # SQLite past --sqlite-max: its per-row FTS5 triggers make even the SQL fill ~2 ms a row here.
                on_sqlite = not args.no_sqlite and n <= args.sqlite_max
                backends = [("sqlite", str(Path(tmp) / "bench.db"))] if on_sqlite else []
                if cluster is not None:
                    backends.append(("postgis", cluster.create_database(f"bench{n}")))
                for name, url in backends:
                    with open_store(url) as store:
                        ingested = min(n, args.ingest_max)
                        rate, spent = ingest_rate(store, synthetic_reports(ingested, tmpl))
                        cloned, fill = clone_fill(store, n) if n > ingested else (0, 0.0)
                        with store.engine.begin() as conn:
                            conn.exec_driver_sql("ANALYZE" if name == "sqlite" else "ANALYZE events")
                        p95, rows = query_p95(store)
                        digest = digest_seconds(store, Path(tmp) / f"digest-{name}")
                    print(f"{name:<10}{n:>10,}{rate:>13,.0f}{spent:>10.0f}{p95:>14.1f}{rows:>6}{digest:>10.1f}"
                          + (f"   (first {ingested:,} via add_report; {cloned:,} cloned in SQL in {fill:.0f} s)"
                             if cloned else ""), flush=True)
                    if name == "postgis" and cluster is not None:
                        cluster.drop_database(f"bench{n}")
    finally:
        if cluster is not None:
            cluster.stop()
    print(f"this process: {time.process_time() - t0:.0f} s CPU (the PostgreSQL server's own CPU not included)")
    if not args.no_dask:
        secs = extraction_speedup()
        print(f"extraction of tests/reports x3: 1 worker {secs[1]:.2f}s, 2 workers {secs[2]:.2f}s, "
              f"speed-up {secs[1] / secs[2]:.2f}x (linear: 2.00x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
