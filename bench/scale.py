"""Scale figures per back end: ingest rate, bbox + date query p95, and extraction speed-up from 1 to 2 workers.

    python bench/scale.py            # 10,000 and 100,000 synthetic events on SQLite and PostgreSQL/PostGIS
    python bench/scale.py --big      # ... and 1,000,000
    python bench/scale.py --sizes 2000 --no-dask

Synthetic events are the events extracted from tests/reports, cloned into new documents with new ids, dates
spread over 2014-2023 and points spread over Iraq and Syria, written through ``Store.add_report`` (one
transaction per document of ~100 events; reconciliation off, so the figure is the store's write path).
The query is the API's shape: events inside a lon/lat box and a date range, first 500 by date. SQLite answers
it from lat/lon and the date index; PostgreSQL from the PostGIS GIST index. PostgreSQL runs in a temporary
cluster (``mesint.scale.pgtemp``) with fsync off, so its ingest rate is an upper bound.
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


def synthetic_reports(n_events: int, tmpl: list[Any], seed: int = 7) -> list[Any]:
    from mesint.model import DateMention, Document, Report

    rng = random.Random(seed)
    reports = []
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
        reports.append(Report(document=doc, events=tuple(evs)))
    return reports


def ingest_rate(store: Any, reports: list[Any]) -> float:
    n = sum(len(r.events) for r in reports)
    t = time.perf_counter()
    for r in reports:
        store.add_report(r)
    return n / (time.perf_counter() - t)


def query_p95(store: Any, postgis: bool, runs: int = 60, seed: int = 11) -> float:
    rng = random.Random(seed)
    ev = sa.table("events", sa.column("id"), sa.column("lat"), sa.column("lon"), sa.column("date_start"))
    times = []
    with store.engine.connect() as conn:
        for _ in range(runs):
            w, s = rng.uniform(BOX[0], BOX[2] - 1.5), rng.uniform(BOX[1], BOX[3] - 1.0)
            box = (w, s, w + 1.5, s + 1.0)
            d0 = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(3000))
            where = [ev.c.date_start >= d0, ev.c.date_start <= d0 + dt.timedelta(days=180)]
            if postgis:
                from mesint.store.postgres import bbox_filter

                where.append(bbox_filter(*box))
            else:
                where += [ev.c.lon.between(box[0], box[2]), ev.c.lat.between(box[1], box[3])]
            stmt = sa.select(ev.c.id).where(*where).order_by(ev.c.date_start, ev.c.id).limit(500)
            t = time.perf_counter()
            conn.execute(stmt).all()
            times.append(time.perf_counter() - t)
    return statistics.quantiles(times, n=20)[18] * 1000


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
    ap.add_argument("--no-dask", action="store_true", help="skip the extraction speed-up")
    args = ap.parse_args(argv)
    sizes = args.sizes or [10_000, 100_000] + ([1_000_000] if args.big else [])

    from mesint.store import open_store

    tmpl = templates()
    cluster = None
    if not args.no_pg:
        from mesint.scale.pgtemp import start_cluster

        cluster = start_cluster()
    try:
        print(f"{'backend':<12}{'events':>10}{'ingest ev/s':>14}{'bbox+date p95 ms':>19}")
        for n in sizes:
            reports = synthetic_reports(n, tmpl)
            with tempfile.TemporaryDirectory() as tmp:
                backends = [("sqlite", str(Path(tmp) / "bench.db"))]
                if cluster is not None:
                    backends.append(("postgis", cluster.create_database(f"bench{n}")))
                for name, url in backends:
                    with open_store(url) as store:
                        rate = ingest_rate(store, reports)
                        if name == "postgis":
                            with store.engine.begin() as conn:
                                conn.exec_driver_sql("ANALYZE events")
                        p95 = query_p95(store, postgis=name == "postgis")
                    print(f"{name:<12}{n:>10,}{rate:>14,.0f}{p95:>19.1f}", flush=True)
                    if name == "postgis" and cluster is not None:
                        cluster.drop_database(f"bench{n}")
    finally:
        if cluster is not None:
            cluster.stop()
    if not args.no_dask:
        secs = extraction_speedup()
        print(f"extraction of tests/reports x3: 1 worker {secs[1]:.2f}s, 2 workers {secs[2]:.2f}s, "
              f"speed-up {secs[1] / secs[2]:.2f}x (linear: 2.00x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
