"""Load on ``GET /api/events``: 50 concurrent clients for 30 s against a 100,000-event database.

    python bench/api_load.py [--events 100000] [--clients 50] [--seconds 30] [--db PATH] [--view full|map]

Builds the database with bulk inserts (synthetic events spread over Iraq and Syria, one document per 1,000
events), starts ``mesint serve`` on 127.0.0.1 in a subprocess (so the clients do not share the server's
interpreter), gives every client its own viewer token (the server's default per-token rate limit stays on),
and prints requests/s, p50/p95/p99 latency and errors. Loopback only; each client loops until the deadline.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import sqlalchemy as sa

from mesint.serve.data import create_token
from mesint.store import open_store, schema

TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
    ("Strategic developments", "Arrests"),
]
PLACES = [
    ("Mosul", "Nineveh", "Iraq", 36.34, 43.13),
    ("Tarmiyah", "Baghdad", "Iraq", 33.67, 44.40),
    ("Kirkuk", "Kirkuk", "Iraq", 35.47, 44.39),
    ("Ramadi", "Al-Anbar", "Iraq", 33.43, 43.30),
    ("Hajin", "Deir ez-Zor", "Syria", 34.69, 40.83),
    ("Idlib", "Idlib", "Syria", 35.93, 36.63),
    ("Raqqa", "Ar-Raqqa", "Syria", 35.95, 39.01),
    ("Daraa", "Dar'a", "Syria", 32.62, 36.10),
]
ACTORS = ["Islamic State (ISIS)", "Military Forces of Iraq", "Military Forces of Syria", "Hayat Tahrir al-Sham", None]
OUTLETS = ["Reuters", "AFP", "Shafaq News", "SANA", "SOHR", "Rudaw"]


def build_database(path: Path, n_events: int, seed: int = 1) -> None:
    """Synthetic documents, events and citations, written with executemany in a few transactions."""
    rng = random.Random(seed)
    store = open_store(str(path))
    store.close()
    engine = sa.create_engine(f"sqlite:///{path}")
    has_incident = "incident_id" in {c["name"] for c in sa.inspect(engine).get_columns("events")}
    start = dt.date(2018, 1, 1)
    now = dt.datetime(2024, 1, 1)
    per_doc = 1000
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA synchronous = OFF")
        for d in range(0, n_events, per_doc):
            text = f"synthetic bulletin {d}\n" + "An incident was reported. " * 40
            raw = text.encode()
            doc_id = hashlib.sha256(raw).hexdigest()
            conn.execute(
                schema.documents.insert(),
                {"id": doc_id, "name": f"bench-{d // per_doc:04d}.txt", "uri": "", "media_type": "text/plain",
                 "published": start, "ingested_at": now, "text": text, "raw": raw},
            )  # fmt: skip
            events, citations = [], []
            for i in range(d, min(d + per_doc, n_events)):
                etype, sub = rng.choice(TYPES)
                place, admin1, country, lat, lon = rng.choice(PLACES)
                lat += rng.uniform(-0.3, 0.3)
                lon += rng.uniform(-0.3, 0.3)
                day = start + dt.timedelta(days=rng.randrange(6 * 365))
                a1, a2 = rng.choice(ACTORS), rng.choice(ACTORS)
                killed = rng.choice([None, 0, 1, 2, 3, 5, 12])
                eid = hashlib.sha256(f"bench-{i}".encode()).hexdigest()[:16]
                outlets = rng.sample(OUTLETS, rng.choice([1, 1, 1, 2, 3]))
                quote = f"{sub} near {place}: {a1 or 'unknown'} against {a2 or 'unknown'}, {killed or 0} killed."
                record = {
                    "id": eid, "date": day.isoformat(), "date_basis": "stated", "event_type": etype,
                    "sub_event_type": sub, "actor1": a1, "actor2": a2, "assoc_actor_1": None, "assoc_actor_2": None,
                    "location_text": f"near {place}", "place": place, "admin1": admin1, "country": country,
                    "lat": lat, "lon": lon, "geo_precision": 2, "uncertainty_km": 5.0, "killed": killed,
                    "wounded": None, "sources": [f"{o}, {day:%B} {day.day}, {day.year}" for o in outlets],
                    "citations": [{"outlet": o, "date": day.isoformat(), "affiliation": None,
                                   "label": f"{o}, {day}", "span": [0, 10]} for o in outlets],
                    "claims": [], "quote": quote, "span": [0, 10], "document": doc_id, "section": [],
                    "geo": None, "notes": [], "provenance": {},
                }  # fmt: skip
                row = {
                    "id": eid, "document_id": doc_id, "date_start": day, "date_end": day, "date_basis": "stated",
                    "event_type": etype, "sub_event_type": sub, "actor1": a1, "actor2": a2,
                    "location_text": f"near {place}", "place": place, "admin1": admin1, "country": country,
                    "lat": lat, "lon": lon, "geo_precision": 2, "uncertainty_km": 5.0, "killed": killed,
                    "wounded": None, "quote": quote, "span_start": 0, "span_end": 10, "record": record,
                }  # fmt: skip
                if has_incident:
                    row["incident_id"] = eid
                events.append(row)
                citations += [
                    {"event_id": eid, "document_id": doc_id, "ordinal": k, "outlet": o, "date": day,
                     "label": f"{o}, {day}", "span_start": 0, "span_end": 10}
                    for k, o in enumerate(outlets)
                ]  # fmt: skip
            conn.execute(schema.events.insert(), events)
            conn.execute(schema.citations.insert(), citations)
    engine.dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(url: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("server did not start")


async def client(base: str, token: str, deadline: float, view: str, seed: int, out: list[tuple[float, int]]) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=30) as http:
        while time.monotonic() < deadline:
            params: dict[str, str | int] = {"view": view, "offset": rng.randrange(0, 50) * 100}
            pick = rng.random()
            if pick < 0.3:
                params["type"] = rng.choice(TYPES)[0]
            elif pick < 0.5:
                params["admin1"] = rng.choice(PLACES)[1]
            elif pick < 0.6:
                year = rng.randrange(2018, 2024)
                params |= {"from": f"{year}-03-01", "to": f"{year}-05-31"}
            t0 = time.perf_counter()
            try:
                r = await http.get("/api/events", params=params)
                status = r.status_code
            except httpx.HTTPError:
                status = 0
            out.append((time.perf_counter() - t0, status))


async def run_load(base: str, tokens: list[str], seconds: float, view: str) -> list[tuple[float, int]]:
    results: list[tuple[float, int]] = []
    deadline = time.monotonic() + seconds
    await asyncio.gather(*(client(base, t, deadline, view, i, results) for i, t in enumerate(tokens)))
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--view", choices=("full", "map"), default="full")
    ap.add_argument("--db", type=Path, help="reuse or create this database (default: a temporary one)")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "load.db"
    if not db.exists():
        t0 = time.perf_counter()
        build_database(db, args.events)
        print(f"built {args.events:,} events in {time.perf_counter() - t0:.1f} s: {db}")
    with open_store(str(db)) as store:
        n = store.count_events()
        tokens = [create_token(store, "viewer", f"load-{i}")[1] for i in range(args.clients)]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "MESINT_DB": str(db)}
    server = subprocess.Popen(
        [sys.executable, "-m", "mesint", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(base + "/api/openapi.json", server)
        results = asyncio.run(run_load(base, tokens, args.seconds, args.view))
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()  # uvicorn drains open connections first; the run is over
            server.wait(timeout=10)
        tmp.cleanup()
    lat = sorted(r[0] * 1000 for r in results)
    errors = sum(1 for _, s in results if s != 200)
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else [lat[0]] * 99
    print(
        f"{n:,} events · {args.clients} clients · {args.seconds:.0f} s · view={args.view}: "
        f"{len(results):,} requests, {len(results) / args.seconds:.1f} req/s, "
        f"p50 {q[49]:.1f} ms, p95 {q[94]:.1f} ms, p99 {q[98]:.1f} ms, errors {errors}"
    )
    if errors:
        codes: dict[int, int] = {}
        for _, s in results:
            if s != 200:
                codes[s] = codes.get(s, 0) + 1
        print("error statuses:", codes)


if __name__ == "__main__":
    main()
