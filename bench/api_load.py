"""Load on ``GET /api/events``: 50 concurrent clients for 30 s against a 100,000-event database.

    python bench/api_load.py [--events 100000] [--clients 50] [--seconds 30] [--db PATH] [--view full|map]
                             [--workers N] [--cache-mb MB] [--client raw|httpx] [--spread] [--rate N]

Builds the database with bulk inserts (synthetic events spread over Iraq and Syria, one document per 1,000
events), starts ``mesint serve`` on 127.0.0.1 in a subprocess (so the clients do not share the server's
interpreter; access log off), gives every client its own viewer token, and prints requests/s, p50/p95/p99
latency, errors, how many answers came from the server's page cache, the CPU seconds the server and the
clients used, and the same figures per 5-second slice of the run (the first slices are the cold start:
every page is new to the server). Loopback only; each client keeps one connection and loops until the
deadline, asking again as soon as it has its answer.

Each request asks for a random page (offset 0-4,900 in steps of 100) with no filter or one of 19 filters
(event type, governorate, a spring of one year): 1,000 distinct pages. ``--spread`` adds a random
``min_sources`` (0-3) and an actor filter to some requests, so that far fewer answers repeat.
``--cache-mb 0`` turns the server's cache off: every request then reads the database.

The per-token rate limit stays on, at 6,000 a minute (``--rate``). The server's own default, 600 a minute
with bursts of 120, is meant for people at a dashboard: 50 clients that never pause may make at most
50 × (120 + 10 × 30) = 21,000 requests in 30 s under it, 700 a second, and the rest are answered 429, which
count as errors here (a client that gets one waits the Retry-After it was given, as a polite client does).
``--rate 600`` measures that.

The default client speaks HTTP/1.1 over asyncio streams: httpx costs several times more CPU per request,
and here the clients share the machine's cores with the server (``--client httpx`` to compare).
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
from urllib.parse import urlencode

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


def pick_params(rng: random.Random, view: str, spread: bool) -> dict[str, str | int]:
    params: dict[str, str | int] = {"view": view, "offset": rng.randrange(0, 50) * 100}
    pick = rng.random()
    if pick < 0.3:
        params["type"] = rng.choice(TYPES)[0]
    elif pick < 0.5:
        params["admin1"] = rng.choice(PLACES)[1]
    elif pick < 0.6:
        year = rng.randrange(2018, 2024)
        params |= {"from": f"{year}-03-01", "to": f"{year}-05-31"}
    if spread:
        params["min_sources"] = rng.randrange(0, 4)
        if rng.random() < 0.3:
            params["actor"] = rng.choice([a for a in ACTORS if a]).split()[0]
    return params


Result = tuple[float, int, bool, float]  # seconds, status (0: no answer), from the server's cache, when it was asked


async def raw_client(
    host: str, port: int, token: str, deadline: float, view: str, seed: int, spread: bool, out: list[Result]
) -> None:
    """One keep-alive HTTP/1.1 connection; a broken one is reopened (and the request counted as an error)."""
    rng = random.Random(seed)
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    while time.monotonic() < deadline:
        target = "/api/events?" + urlencode(pick_params(rng, view, spread))
        request = f"GET {target} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n\r\n".encode()
        t0 = time.perf_counter()
        status, hit, retry = 0, False, 0.0
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(host, port)
            assert reader is not None
            writer.write(request)
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 30)
            lines = head.decode("latin-1").split("\r\n")
            headers = dict(line.lower().split(": ", 1) for line in lines[1:] if ": " in line)
            await reader.readexactly(int(headers.get("content-length", "0")))
            status = int(lines[0].split()[1])
            hit = headers.get("x-cache") == "hit"
            retry = float(headers.get("retry-after", "0")) if status == 429 else 0.0
        except (TimeoutError, OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            if writer is not None:
                writer.close()
            reader = writer = None
        out.append((time.perf_counter() - t0, status, hit, t0))
        if status == 429:  # as a polite client does: wait as told (the 429 still counts as an error)
            await asyncio.sleep(max(0.0, min(retry, deadline - time.monotonic())))
    if writer is not None:
        writer.close()


async def httpx_client(
    base: str, token: str, deadline: float, view: str, seed: int, spread: bool, out: list[Result]
) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=30) as http:
        while time.monotonic() < deadline:
            params = pick_params(rng, view, spread)
            t0 = time.perf_counter()
            try:
                r = await http.get("/api/events", params=params)
                status, hit = r.status_code, r.headers.get("x-cache") == "hit"
            except httpx.HTTPError:
                status, hit = 0, False
            out.append((time.perf_counter() - t0, status, hit, t0))
            if status == 429:
                retry = float(r.headers.get("retry-after", "0"))
                await asyncio.sleep(max(0.0, min(retry, deadline - time.monotonic())))


async def run_load(
    port: int, tokens: list[str], seconds: float, view: str, *, kind: str = "raw", spread: bool = False
) -> list[Result]:
    results: list[Result] = []
    deadline = time.monotonic() + seconds
    if kind == "httpx":
        base = f"http://127.0.0.1:{port}"
        jobs = [httpx_client(base, t, deadline, view, i, spread, results) for i, t in enumerate(tokens)]
    else:
        jobs = [raw_client("127.0.0.1", port, t, deadline, view, i, spread, results) for i, t in enumerate(tokens)]
    await asyncio.gather(*jobs)
    return results


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) of a process and its live children (uvicorn's workers), from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == pid or int(fields[1]) == pid:  # fields[1]: the parent's pid
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def timeline(results: list[Result], width: float = 5.0) -> str:
    """p95 and cache hits per slice of the run: a cold start shows in the first slices, a steady state after."""
    start = min(r[3] for r in results)
    slices: dict[int, list[Result]] = {}
    for r in results:
        slices.setdefault(int((r[3] - start) // width), []).append(r)
    parts = []
    for k in sorted(slices):
        lat = sorted(r[0] * 1000 for r in slices[k])
        p95 = statistics.quantiles(lat, n=100)[94] if len(lat) > 1 else lat[0]
        hits = 100 * sum(1 for r in slices[k] if r[2]) / len(lat)
        parts.append(f"{k * width:.0f}-{(k + 1) * width:.0f} s: {len(lat)} req, p95 {p95:.0f} ms, {hits:.0f} % hits")
    return "; ".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--view", choices=("full", "map"), default="full")
    ap.add_argument("--db", type=Path, help="reuse or create this database (default: a temporary one)")
    ap.add_argument("--workers", type=int, default=1, help="mesint serve --workers (default 1)")
    ap.add_argument("--cache-mb", type=float, help="mesint serve --cache-mb (default: the server's)")
    ap.add_argument("--client", choices=("raw", "httpx"), default="raw")
    ap.add_argument("--spread", action="store_true", help="add min_sources and actor filters: fewer repeats")
    ap.add_argument(
        "--rate",
        type=int,
        default=6000,
        help="mesint serve --rate, requests a minute per token (default 6000; the server's own default, 600, "
        "holds 50 clients that never pause to 700 req/s in all, and answers the rest 429)",
    )
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
    env = {**os.environ, "MESINT_DB": str(db)}
    command = [sys.executable, "-m", "mesint", "serve", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--workers", str(args.workers), "--no-access-log"]
    if args.cache_mb is not None:
        command += ["--cache-mb", str(args.cache_mb)]
    command += ["--rate", str(args.rate)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}/api/openapi.json", server)
        load0, server0, client0 = os.getloadavg()[0], process_cpu(server.pid), time.process_time()
        results = asyncio.run(run_load(port, tokens, args.seconds, args.view, kind=args.client, spread=args.spread))
        server_cpu, client_cpu = process_cpu(server.pid) - server0, time.process_time() - client0
        load1 = os.getloadavg()[0]
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()  # uvicorn drains open connections first; the run is over
            server.wait(timeout=10)
        tmp.cleanup()
    lat = sorted(r[0] * 1000 for r in results)
    errors = sum(1 for _, s, *_ in results if s != 200)
    hits = sum(1 for _, _, hit, _ in results if hit)
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else [lat[0]] * 99
    print(
        f"{n:,} events · {args.clients} clients · {args.seconds:.0f} s · view={args.view} · "
        f"{args.workers} worker{'s' if args.workers > 1 else ''} · client={args.client}"
        f" · rate {args.rate}/min per token"
        f"{' · spread' if args.spread else ''}: "
        f"{len(results):,} requests, {len(results) / args.seconds:.1f} req/s "
        f"({(len(results) - errors) / args.seconds:.1f} answered 200), "
        f"p50 {q[49]:.1f} ms, p95 {q[94]:.1f} ms, p99 {q[98]:.1f} ms, errors {errors}, "
        f"cache hits {100 * hits / max(1, len(results)):.0f} %"
    )
    print(
        f"CPU: server {server_cpu:.1f} s, clients {client_cpu:.1f} s over {args.seconds:.0f} s wall on "
        f"{os.cpu_count()} cores; load average {load0:.1f} → {load1:.1f}"
    )
    print("by time slice (when asked):", timeline(results))
    if errors:
        codes: dict[int, int] = {}
        for _, s, *_ in results:
            if s != 200:
                codes[s] = codes.get(s, 0) + 1
        print("error statuses:", codes)


if __name__ == "__main__":
    main()
